import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/env.js';

describe('parseConfig', () => {
  it('gives defaults for an empty environment: console mode, data/ and var/', () => {
    expect(parseConfig({})).toMatchObject({
      discordToken: undefined,
      dataDir: 'data',
      databasePath: 'var/dossier.sqlite',
      logLevel: 'info',
      shardTotal: 'auto',
    });
  });

  it('treats empty values as unset, as a copied .env.example has them', () => {
    expect(parseConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: '  ', SHARD_TOTAL: '' })).toMatchObject({
      discordToken: undefined,
      guildId: undefined,
      shardTotal: 'auto',
    });
  });

  it('names every bad variable at once, and never echoes the token', () => {
    const secret = 'MTIz.secret-token-value.xyz';
    let error: unknown;
    try {
      parseConfig({
        DISCORD_TOKEN: secret,
        DISCORD_APPLICATION_ID: 'not-a-snowflake',
        DISCORD_API_BASE: 'not a url',
        LOG_LEVEL: 'loud',
        SHARD_TOTAL: 'many',
        SHARD_IDS: '0-3;5',
        SHARDS_PER_PROCESS: '0',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of [
      'DISCORD_APPLICATION_ID',
      'DISCORD_API_BASE',
      'LOG_LEVEL',
      'SHARD_TOTAL',
      'SHARD_IDS',
      'SHARDS_PER_PROCESS',
    ]) {
      expect(message).toContain(name);
    }
    expect(message).not.toContain(secret);
  });

  it('accepts a numeric shard total, shard ids, shards per process and a test clock start', () => {
    const config = parseConfig({
      SHARD_TOTAL: '4',
      SHARD_IDS: ' 0-1, 3 ',
      SHARDS_PER_PROCESS: '2',
      DOSSIER_CLOCK_START: '2026-06-02T06:00:00Z',
    });
    expect(config).toMatchObject({ shardTotal: 4, shardIds: '0-1, 3', shardsPerProcess: 2 });
    expect(parseConfig({})).toMatchObject({ shardTotal: 'auto', shardIds: undefined, shardsPerProcess: 16 });
    expect(() => parseConfig({ DOSSIER_CLOCK_START: 'yesterday' })).toThrow(/DOSSIER_CLOCK_START/);
  });
});
