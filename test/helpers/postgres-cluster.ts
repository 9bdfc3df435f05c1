// Vitest global setup: a real PostgreSQL for the tests. With TEST_DATABASE_URL set, that server is
// used; otherwise a throwaway cluster is made from Debian's postgresql binaries: initdb into a
// temporary directory, run as the `postgres` user when we are root (Postgres refuses root),
// listening on 127.0.0.1 only, on a free port, and removed when the tests end. On a server given by
// TEST_DATABASE_URL, the databases the run created are dropped at its end.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { freePort } from './ports.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL of the test PostgreSQL server; '' when none could be started (never in CI). */
    postgresUrl: string;
    /** Begins the name of every database this run creates, so the run can drop them at its end. */
    postgresDatabasePrefix: string;
  }
}

const PASSWORD = 'dossier-test-password';

function postgresBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : undefined;
}

/** Runs a Postgres binary as the postgres user when we are root, else as ourselves. */
function asPostgres(binary: string, args: string[]): void {
  const root = process.getuid?.() === 0;
  const [command, argv] = root ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
  const result = spawnSync(command, argv, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(
      `${path.basename(binary)} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/** Drops the databases this run made on a server it does not own (TEST_DATABASE_URL). */
async function dropRunDatabases(url: string, prefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1 || '%'",
      [prefix],
    );
    // FORCE ends a connection a failed test left open (PostgreSQL 13 and later).
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void> | void> {
  const prefix = `dossier_test_${randomBytes(4).toString('hex')}_`;
  project.provide('postgresDatabasePrefix', prefix);
  const given = process.env.TEST_DATABASE_URL?.trim();
  if (given) {
    project.provide('postgresUrl', given);
    return () => dropRunDatabases(given, prefix);
  }
  const bin = postgresBinaries();
  if (!bin) {
    const message =
      'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): install Debian\'s "postgresql" ' +
      'package or set TEST_DATABASE_URL to run the store tests against PostgreSQL.';
    if (process.env.CI === 'true') throw new Error(message);
    console.warn(`${message} The PostgreSQL tests are skipped.`);
    project.provide('postgresUrl', '');
    return () => undefined;
  }

  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-pg-'));
  const data = path.join(dir, 'data');
  const passwordFile = path.join(dir, 'password');
  writeFileSync(passwordFile, PASSWORD);
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
    chownSync(passwordFile, uid, gid);
  }
  const port = await freePort();
  asPostgres(path.join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    `--pwfile=${passwordFile}`,
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  // Loopback only, the socket in our own directory; durability is not wanted for throwaway data.
  const serverOptions = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  asPostgres(path.join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-o',
    serverOptions,
    '-l',
    path.join(dir, 'log'),
    '-w',
    'start',
  ]);
  project.provide('postgresUrl', `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`);

  return () => {
    try {
      asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
