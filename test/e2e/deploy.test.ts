// Registration through the deploy function: globally and to one guild, idempotent, from the same
// registry the runtime dispatches, with names Discord can tell apart.
import { ApplicationCommandType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions, commands } from '../../commands/index.js';
import { parseConfig } from '../../src/config/env.js';
import { assertUniqueNames, createRest, deployCommands, deployFromConfig } from '../../src/discord/deploy.js';
import { startStandin, type Standin } from '../standin/index.js';

let discord: Standin;
beforeAll(async () => {
  discord = await startStandin({ guilds: [{ name: 'Newsroom' }, { name: 'Other' }] });
});
afterAll(async () => {
  await discord?.close();
});

const key = (c: { type?: number; name: string }) => `${c.type ?? ApplicationCommandType.ChatInput}:${c.name}`;

describe('deployCommands', () => {
  it('registers the registry globally when no guild is given', async () => {
    const result = await deployCommands({
      rest: createRest({ apiBase: discord.apiBase }, discord.token),
      definitions: commandDefinitions(),
      applicationId: discord.applicationId,
    });
    expect(result.scope).toBe('global');
    expect(discord.commands().map(key)).toEqual(commands.map((m) => key(m.definition)));
    expect(discord.commands('Newsroom')).toEqual([]);
  });

  it('registers to one guild from the config, looking up the application id, and is idempotent', async () => {
    const config = parseConfig({
      DISCORD_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
      DISCORD_GUILD_ID: discord.guildId('Other'),
    });
    const first = await deployFromConfig(config, commandDefinitions());
    const again = await deployFromConfig(config, commandDefinitions());
    expect(first).toMatchObject({ scope: 'guild', guildId: discord.guildId('Other') });
    expect(again.commands.map((c) => c.id)).toEqual(first.commands.map((c) => c.id));
    expect(discord.commands('Other').map(key)).toEqual(commands.map((m) => key(m.definition)));
    expect(discord.requestsTo('GET', '/applications/@me')).toHaveLength(2);
    expect(discord.unknownRequests).toEqual([]);
  });

  it('clears a scope with clear: true, leaving the other scope alone', async () => {
    const config = parseConfig({
      DISCORD_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_GUILD_ID: discord.guildId('Other'),
    });
    const result = await deployFromConfig(config, commandDefinitions(), { clear: true });
    expect(result.commands).toEqual([]);
    expect(discord.commands('Other')).toEqual([]);
    expect(discord.commands()).toHaveLength(commands.length);
  });

  it('refuses to deploy without a token, and refuses duplicate names', async () => {
    await expect(deployFromConfig(parseConfig({}), commandDefinitions())).rejects.toThrow(
      /DISCORD_TOKEN is not set/,
    );
    const definitions = commandDefinitions();
    expect(() => assertUniqueNames(definitions)).not.toThrow();
    expect(() => assertUniqueNames([...definitions, definitions[0]!])).toThrow(/Two commands are named/);
  });
});
