// What only the PostgreSQL backend has: migrations under an advisory lock with a table of applied
// versions, start-up failures that name the host but never the password, and statements that
// survive a lost connection.
import { spawn } from 'node:child_process';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/env.js';
import { StoreError } from '../../src/store/errors.js';
import { openPostgresStore, type PostgresStore } from '../../src/store/postgres.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres-migrations.js';
import { freshPostgresDatabase, hasPostgres } from '../helpers/postgres.js';

const opened: PostgresStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

async function query<Row extends object>(url: string, sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(!hasPostgres)('the PostgreSQL store', () => {
  it('migrates once when eight stores (eight sessions) open at the same moment', async () => {
    const url = await freshPostgresDatabase();
    const stores = await Promise.all(Array.from({ length: 8 }, () => openPostgresStore(url)));
    opened.push(...stores);
    const versions = await query<{ version: number }>(url, 'SELECT version FROM dossier_schema_versions');
    expect(versions.map((v) => v.version)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
    // Every one of them works on the one schema.
    await Promise.all(stores.map((s, i) => s.settings.update(`g${i}`, { channelId: 'c', enabled: true }, 1)));
    expect(await stores[0]?.settings.listEnabled()).toHaveLength(8);
  });

  it('refuses a database a newer build migrated, leaving it untouched', async () => {
    const url = await freshPostgresDatabase();
    await (await openPostgresStore(url)).close();
    await query(url, "INSERT INTO dossier_schema_versions (version, description) VALUES (99, 'future')");
    const error = await openPostgresStore(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ kind: 'too-new' });
    expect((error as Error).message).toMatch(/schema version 99/);
  });

  it('a server that cannot be reached: the message names host and port, never the password', async () => {
    const secret = 'hunter2-very-secret';
    // Port 1 on loopback: nothing listens there.
    const url = `postgres://dossier:${secret}@127.0.0.1:1/dossier`;
    const error = await openPostgresStore(url, { connectTimeoutMs: 2000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'unreachable', where: '127.0.0.1:1/dossier' });
    expect((error as Error).message).toContain('127.0.0.1:1/dossier');
    expect((error as Error).message).not.toContain(secret);
  });

  it('a wrong password or database: refused, naming the host, never the password', async () => {
    const url = new URL(await freshPostgresDatabase());
    url.password = 'not-the-password-xyz';
    const wrongPassword = await openPostgresStore(url.toString()).catch((e: unknown) => e);
    expect(wrongPassword).toMatchObject({ kind: 'refused' });
    expect((wrongPassword as Error).message).toContain(`${url.hostname}:${url.port}`);
    expect((wrongPassword as Error).message).toMatch(/password authentication failed/);
    expect((wrongPassword as Error).message).not.toContain('not-the-password-xyz');

    const noDatabase = new URL(await freshPostgresDatabase());
    noDatabase.pathname = '/no_such_database';
    const missing = await openPostgresStore(noDatabase.toString()).catch((e: unknown) => e);
    expect(missing).toMatchObject({ kind: 'refused' });
    expect((missing as Error).message).toMatch(/no_such_database/);
  });

  it('the bot with an unreachable DATABASE_URL stops at once, naming the host, never the password', async () => {
    const secret = 'pa55-word-not-to-show';
    const child = spawn(process.execPath, [path.resolve('dist/src/main.js')], {
      cwd: tmpdir(),
      env: {
        PATH: process.env.PATH ?? '',
        DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.not.used',
        DATABASE_URL: `postgres://dossier:${secret}@127.0.0.1:1/dossier`,
        DATA_DIR: path.resolve('data'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.once('exit', (c) => done(c)));
    expect(code).toBe(1);
    expect(output).toContain('Cannot use the PostgreSQL database at 127.0.0.1:1/dossier (DATABASE_URL)');
    expect(output).not.toContain(secret);
    expect(output).not.toMatch(/loading the dataset/); // it stopped before the long part
  });

  it('DATABASE_URL is checked at start-up without echoing it', () => {
    const bad = 'mysql://root:topsecret@db/dossier';
    expect(() => parseConfig({ DATABASE_URL: bad })).toThrow(/DATABASE_URL: must be a PostgreSQL URL/);
    try {
      parseConfig({ DATABASE_URL: bad });
    } catch (error) {
      expect((error as Error).message).not.toContain('topsecret');
    }
    expect(parseConfig({ DATABASE_URL: 'postgres://u:p@h:5432/d' }).databaseUrl).toBe(
      'postgres://u:p@h:5432/d',
    );
    expect(parseConfig({}).databaseUrl).toBeUndefined();
  });

  it('a connection lost mid-run: the statement is retried with backoff and the claim stays single', async () => {
    const proxy = await startProxy(await freshPostgresDatabase());
    try {
      const retries: { where: string; attempt: number; waitMs: number; error: string }[] = [];
      const store = await openPostgresStore(proxy.url, { onRetry: (info) => retries.push(info) });
      opened.push(store);
      await store.settings.update('g1', { channelId: 'c1', enabled: true }, 1);
      // The server goes away for a moment (a restart, a failover): connections cut, new ones refused.
      proxy.cut(1200);
      const request = {
        guildId: 'g1',
        localDate: '2026-06-02',
        channelId: 'c1',
        nonce: 'n',
        now: 10,
        leaseMs: 60_000,
      };
      const claim = await store.ledger.claim(request);
      expect(claim).toMatchObject({ isRetry: false, entry: { attempts: 1 } });
      expect(retries.length).toBeGreaterThan(1);
      expect(retries.map((r) => r.waitMs)).toEqual([...retries.map((r) => r.waitMs)].sort((a, b) => a - b));
      expect(retries[0]?.where).toBe(proxy.where);
      proxy.cut(300);
      expect(await store.ledger.claim({ ...request, now: 11 })).toBeUndefined(); // still held: one claim
      await store.ledger.markSent('g1', '2026-06-02', 'm1', 12);
      expect(await store.ledger.get('g1', '2026-06-02')).toMatchObject({ status: 'sent', attempts: 1 });
    } finally {
      await proxy.close();
    }
  });

  it('gives up with a StoreError naming the host when the server stays away', async () => {
    const proxy = await startProxy(await freshPostgresDatabase());
    try {
      const store = await openPostgresStore(proxy.url, { retryForMs: 1500 });
      opened.push(store);
      proxy.cut(5000);
      const error = await store.settings.get('g1').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect(error).toMatchObject({ kind: 'unreachable', where: proxy.where });
      expect((error as Error).message).not.toContain(new URL(proxy.url).password);
    } finally {
      await proxy.close();
    }
  });
});

/** A TCP relay to the test server that can cut every connection and refuse new ones for a while. */
async function startProxy(target: string): Promise<{
  url: string;
  where: string;
  cut(refuseForMs: number): void;
  close(): Promise<void>;
}> {
  const upstream = new URL(target);
  const sockets = new Set<Socket>();
  let refuseUntil = 0;
  const server = createServer((client) => {
    if (Date.now() < refuseUntil) return client.destroy();
    const server = connect(Number(upstream.port), upstream.hostname);
    for (const socket of [client, server]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(server).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = new URL(target);
  url.port = String(port);
  return {
    url: url.toString(),
    where: `127.0.0.1:${port}${url.pathname}`,
    cut: (refuseForMs) => {
      refuseUntil = Date.now() + refuseForMs;
      for (const socket of sockets) socket.destroy();
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
