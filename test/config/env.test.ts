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

  it('reads the HTTP server’s PORT and HOST and the application’s public key', () => {
    const key = 'AB'.repeat(32);
    expect(parseConfig({ PORT: '8080', HOST: '127.0.0.1', DISCORD_PUBLIC_KEY: key })).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      publicKey: key.toLowerCase(),
    });
    expect(parseConfig({})).toMatchObject({ port: undefined, host: '0.0.0.0', publicKey: undefined });
    expect(() => parseConfig({ PORT: '70000' })).toThrow(/PORT: must be a port number from 0 to 65535/);
    expect(() => parseConfig({ PORT: '-1' })).toThrow(/PORT: must be a port number/);
    expect(() => parseConfig({ DISCORD_PUBLIC_KEY: 'abc' })).toThrow(/DISCORD_PUBLIC_KEY: must be the 64/);
  });
});
