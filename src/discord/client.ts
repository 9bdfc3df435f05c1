// The discord.js client as Dossier runs it: the Guilds intent only (no privileged intents), DM
// channels as partials so DM interactions still have a channel, mentions off by default, and the
// REST base from the config so the same build talks to Discord or to the test stand-in.
import { Client, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import type { Config } from '../config/env.js';

/** Environment variables discord.js reads itself, meant for processes a ShardingManager spawns. */
const MANAGER_VARIABLES = ['SHARDS', 'SHARD_COUNT'] as const;

/**
 * discord.js reads SHARDS and SHARD_COUNT from the environment; Dossier's shard manager sets them
 * for its processes. Anywhere else (a leftover SHARD_COUNT=auto from an old .env would crash the
 * client) the client is built without seeing them.
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
