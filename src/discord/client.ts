// The discord.js client as Dossier runs it: the Guilds intent only (no privileged intents), DM
// channels as partials so DM interactions still have a channel, mentions off by default, and the
// REST base from the config so the same build talks to Discord or to the test stand-in.
import { Client, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import type { Config } from '../config/env.js';

/** Environment variables discord.js reads itself, meant for processes a ShardingManager spawns. */
const MANAGER_VARIABLES = ['SHARDS', 'SHARD_COUNT'] as const;

/**
 * discord.js reads SHARD_COUNT from the environment, but Dossier's own SHARD_COUNT ("auto" or a
 * number) is for the sharding manager: a standalone client would crash on "auto". Outside a
 * ShardingManager the client is built without seeing those variables.
 */
function withoutManagerEnvironment<T>(build: () => T): T {
  if (process.env.SHARDING_MANAGER) return build();
  const saved = MANAGER_VARIABLES.map((name) => [name, process.env[name]] as const);
  for (const [name] of saved) delete process.env[name];
  try {
    return build();
  } finally {
    for (const [name, value] of saved) if (value !== undefined) process.env[name] = value;
  }
}

export function createClient(
  config: Pick<Config, 'apiBase'>,
  overrides: Partial<ClientOptions> = {},
): Client {
  return withoutManagerEnvironment(
    () =>
      new Client({
        intents: [GatewayIntentBits.Guilds],
        partials: [Partials.Channel],
        allowedMentions: { parse: [] },
        ...(config.apiBase ? { rest: { api: config.apiBase } } : {}),
        ...overrides,
      }),
  );
}
