// The HTTP-interactions mode under load, against the gateway mode measured in the same run:
//
//   1. Gateway baseline: bench/burst.ts's burst (the real discord.js bot in this process, the
//      stand-in's gateway), N interactions at once.
//   2. The same N interactions, signed, POSTed at once by the stand-in to two `start:http` replica
//      processes in turn (round robin, as a load balancer): time from the POST to the response
//      (the interaction's first answer), p50/p95/p99/max, none may pass Discord's 3 s.
//   3. One replica's sustained throughput for /event lookups with autocannon on loopback (signed
//      requests cycling through the query set), against the gateway burst's interactions/s.
//
//   flock /tmp/dossier-heavy.lock npm run bench:http                  # 500 interactions at 100k
//   npm run bench:http -- --size 10k --count 200 --seed 1 [--duration 10] [--connections 10]
//                         [--database-url postgres://…] [--out bench/out/http.md]
//
// Replicas use one SQLite file each unless --database-url is given (lookups never touch the
// store). Prints a Markdown table, writes it to bench/out/http.md (figures in http.json), and exits
// non-zero if an interaction went unanswered or past 3 s.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { commandDefinitions } from '../commands/index.js';
import { createRest, deployCommands } from '../src/discord/index.js';
import { startStandin, type EndpointResult, type Standin } from '../test/standin/index.js';
import {
  DEADLINE_MS,
  USERS,
  fire,
  planBurst,
  runBurst,
  type BurstResult,
  type PlannedInteraction,
} from './burst.js';
import { ensureDataset, readManifest, sizeArg } from './generate.js';
import { numberArg, parseScriptArgs, runScript } from '../src/util/args.js';
import { buildQueries, loadOrBuildQueries, type BenchQuery } from './queries.js';
import { formatMs, machine } from './report-format.js';
import { latency, type Latency } from './score.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** How long the stand-in waits for an answer in the bench (Discord gives up at 3 s). */
const LATE_WAIT_MS = 30_000;
const COMPONENT_KEY = 'bench-signing-key-0123456789abcdef0123456789';

interface Replica {
  readonly process: ChildProcess;
  readonly url: string;
  output(): string;
  stop(): Promise<void>;
}

/** A port free on loopback now (the replica logs at warn, so it is told its port). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts dist/src/http-main.js (as npm run start:http) and waits until /healthz says 200. */
async function startReplica(discord: Standin, dataDir: string, database: string): Promise<Replica> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--max-old-space-size=8192', path.join(ROOT, 'dist/src/http-main.js')],
    {
      cwd: os.tmpdir(),
      env: {
        PATH: process.env.PATH ?? '',
        DISCORD_TOKEN: discord.token,
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_PUBLIC_KEY: discord.publicKey,
        DISCORD_API_BASE: discord.apiBase,
        COMPONENT_SIGNING_KEY: COMPONENT_KEY,
        DATA_DIR: path.resolve(dataDir),
        ...(database.startsWith('postgres') ? { DATABASE_URL: database } : { DATABASE_PATH: database }),
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const replica = (url: string): Replica => ({
    process: child,
    url,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  });
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      void fetch(`http://127.0.0.1:${port}/healthz`)
        .then((r) => {
          if (r.status !== 200) return;
          clearInterval(poll);
          resolve(replica(`http://127.0.0.1:${port}/interactions`));
        })
        .catch(() => undefined);
    }, 200);
    void exited.then(() => {
      clearInterval(poll);
      reject(new Error(`a replica exited before serving:\n${output}`));
    });
  });
}

export interface HttpBurstResult {
  readonly count: number;
  readonly answered: number;
  readonly deferred: number;
  readonly missing: number;
  readonly late: number;
  readonly perReplica: readonly number[];
  readonly firstAnswer: Latency;
  /** How long each POST waited in the stand-in to be written (not counted in its time). */
  readonly standinWait: Latency;
  /** The first answer counted from the interaction's creation, as the gateway burst counts it. */
  readonly fromCreation: Latency;
  readonly lookups: Latency;
  readonly autocomplete: Latency;
  readonly wallMs: number;
  /** CPU time spent during the burst: by each replica, and by the stand-in (this process). */
  readonly cpuSeconds: { readonly replicas: readonly number[]; readonly standin: number };
}

export interface ThroughputResult {
  readonly requestsPerSecond: number;
  readonly latencyP50: number;
  readonly latencyP99: number;
  readonly latencyMax: number;
  readonly total: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly durationS: number;
}

/** A replica's CPU time so far, from its /metrics (prom-client's process metrics). */
async function replicaCpuSeconds(replica: Replica): Promise<number> {
  const response = await fetch(replica.url.replace(/\/interactions$/, '/metrics'));
  const text = await response.text();
  return Number(/^process_cpu_seconds_total (\S+)$/m.exec(text)?.[1] ?? Number.NaN);
}

/** The same planned burst, POSTed signed to the replicas in turn, all at once. */
async function httpBurst(
  discord: Standin,
  plan: readonly PlannedInteraction[],
  replicas: readonly Replica[],
) {
  discord.useInteractionsEndpoint(replicas.map((r) => r.url));
  // Warm-up: a few, one at a time, to each replica (JIT, connections).
  for (const [i, item] of plan.slice(0, 10).entries())
    await fire(discord, item, USERS[i % USERS.length]!).endpointResult(10_000);
  // The gateway baseline's dataset, garbage now, is collected before the burst, not during it.
  (globalThis as { gc?: () => void }).gc?.();
  const cpuBefore = await Promise.all(replicas.map(replicaCpuSeconds));
  const ownBefore = process.cpuUsage();
  const started = performance.now();
  const handles = plan.map((item, i) => fire(discord, item, USERS[i % USERS.length]!));
  const results: EndpointResult[] = await Promise.all(
    handles.map((h) => h.endpointResult(LATE_WAIT_MS + 5000)),
  );
  const wallMs = performance.now() - started;
  const own = process.cpuUsage(ownBefore);
  const cpuAfter = await Promise.all(replicas.map(replicaCpuSeconds));
  const ok = (r: EndpointResult) => r.status === 200;
  const times = (filter: (i: number) => boolean) =>
    results.filter((r, i) => ok(r) && filter(i)).map((r) => r.ms);
  return {
    count: plan.length,
    answered: results.filter(ok).length,
    deferred: results.filter((r) => ok(r) && [5, 6].includes(Number((r.json as { type?: unknown }).type)))
      .length,
    missing: results.filter((r) => !ok(r)).length,
    late: results.filter((r) => r.ms > DEADLINE_MS).length,
    perReplica: replicas.map((replica) => results.filter((r) => r.url === replica.url).length),
    firstAnswer: latency(times(() => true)),
    standinWait: latency(results.map((r) => r.waitedMs ?? 0)),
    fromCreation: latency(results.filter(ok).map((r) => r.ms + (r.waitedMs ?? 0))),
    lookups: latency(times((i) => plan[i]!.kind === 'command')),
    autocomplete: latency(times((i) => plan[i]!.kind === 'autocomplete')),
    wallMs,
    cpuSeconds: {
      replicas: cpuAfter.map((after, i) => after - cpuBefore[i]!),
      standin: (own.user + own.system) / 1e6,
    },
  } satisfies HttpBurstResult;
}

/** One replica, autocannon on loopback: /event lookups, each request signed as Discord would. */
async function throughput(
  discord: Standin,
  replica: Replica,
  queries: readonly BenchQuery[],
  options: { duration: number; connections: number },
): Promise<ThroughputResult> {
  const guildId = discord.guildId('Newsroom');
  const channelId = discord.channelId('general');
  const userId = discord.user(USERS[0]!).id;
  const lookups = queries.filter((q) => q.command === 'event' && q.kind !== 'prefix');
  const signed = lookups.map((q, i) => {
    const body = JSON.stringify({
      id: String(1_400_000_000_000_000_000n + BigInt(i)),
      application_id: discord.applicationId,
      type: 2,
      token: `itok.bench-${i}`,
      version: 1,
      guild_id: guildId,
      channel_id: channelId,
      member: { user: { id: userId }, permissions: '0' },
      data: { id: '1', name: 'event', type: 1, options: [{ name: 'query', type: 3, value: q.text }] },
    });
    return { body, headers: { ...discord.interactionsEndpoint.sign(body) } };
  });
  let next = 0;
  const result = await autocannon({
    url: replica.url,
    connections: options.connections,
    duration: options.duration,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const item = signed[next++ % signed.length]!;
          return { ...request, method: 'POST', body: item.body, headers: item.headers };
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    latencyMax: result.latency.max,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    durationS: result.duration,
  };
}

const ms = (v: number) => formatMs(v, 1);
const lat = (l: Latency) => `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)} / ${ms(l.max)}`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

function report(
  label: string,
  datasetNote: string,
  gateway: BurstResult,
  http: HttpBurstResult,
  cannon: ThroughputResult,
  options: { connections: number; database: string },
): string {
  const gatewayRate = (gateway.count / gateway.wallMs) * 1000;
  const httpRate = (http.count / http.wallMs) * 1000;
  const passed = http.missing === 0 && http.late === 0;
  return [
    `### HTTP interactions: ${http.count} at once over two replicas, ${label} records`,
    '',
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}. ${datasetNote}`,
    `Baseline, same run: the gateway mode's burst (bench/burst.ts: the discord.js bot in the bench process, the same ${gateway.count} planned interactions). HTTP: two \`dist/src/http-main.js\` processes (${options.database}), the stand-in POSTing each interaction signed to them in turn; time from the POST written to the connection to the response, which is the interaction's first answer (as Discord would time it). The gateway row counts from the moment the stand-in created each interaction, so it includes the stand-in's own work of building the other interactions of the burst first.`,
    '',
    '| Mode | Interactions | Answered | Deferred | Over 3 s | First answer p50 / p95 / p99 / max | Lookups p99 | Autocomplete p99 | Whole burst | Interactions/s |',
    '|---|---|---|---|---|---|---|---|---|---|',
    `| gateway, 1 process (baseline) | ${gateway.count} | ${gateway.answered} | ${gateway.deferred} | ${gateway.late} | ${lat(gateway.firstCallback)} | ${ms(gateway.firstCallbackCommands.p99)} | ${ms(gateway.firstCallbackAutocomplete.p99)} | ${ms(gateway.wallMs)} | ${gatewayRate.toFixed(0)} |`,
    `| HTTP, 2 replicas (${http.perReplica.join(' + ')}) | ${http.count} | ${http.answered} | ${http.deferred} | ${http.late} | ${lat(http.firstAnswer)} | ${ms(http.lookups.p99)} | ${ms(http.autocomplete.p99)} | ${ms(http.wallMs)} | ${httpRate.toFixed(0)} |`,
    '',
    `The HTTP burst counted as the gateway row is (from each interaction's creation, including the stand-in's wait to write it: p50 / p99 ${ms(http.standinWait.p50)} / ${ms(http.standinWait.p99)}): ${lat(http.fromCreation)}.`,
    '',
    `CPU time during the HTTP burst: replicas ${http.cpuSeconds.replicas.map((s) => `${s.toFixed(2)} s`).join(' + ')}, the stand-in ${http.cpuSeconds.standin.toFixed(2)} s, on ${os.cpus().length} cores in ${ms(http.wallMs)}.`,
    '',
    `HTTP / gateway: p99 ${ratio(http.firstAnswer.p99, gateway.firstCallback.p99)}, max ${ratio(http.firstAnswer.max, gateway.firstCallback.max)}, interactions/s ${ratio(httpRate, gatewayRate)}. Target: all answered, p99 under 1 s, none over 3 s: ${passed && http.firstAnswer.p99 < 1000 ? 'met' : 'NOT met'}.`,
    '',
    `#### One replica, sustained /event lookups (autocannon, ${options.connections} connections, ${cannon.durationS} s, loopback)`,
    '',
    '| Requests/s (mean) | Latency p50 / p99 / max | Requests | Non-2xx | Errors | vs the gateway burst’s interactions/s |',
    '|---|---|---|---|---|---|',
    `| ${cannon.requestsPerSecond.toFixed(0)} | ${cannon.latencyP50} / ${cannon.latencyP99} / ${cannon.latencyMax} ms | ${cannon.total} | ${cannon.non2xx} | ${cannon.errors} | ${ratio(cannon.requestsPerSecond, gatewayRate)} |`,
    '',
    'Where these may not carry over: everything runs on one shared 2-core machine (replicas, stand-in and load generator compete for the same cores, so two replicas cannot show their scaling here); loopback has no TLS and no network latency; the gateway burst measures one burst, autocannon a sustained load of /event lookups only.',
    '',
  ].join('\n');
}

const USAGE =
  'npm run bench:http -- [--size 100k] [--count 500] [--seed 1] [--duration 10] [--connections 10] ' +
  '[--database-url postgres://…] [--out bench/out/http.md]';

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseScriptArgs(
    argv,
    {
      size: { type: 'string' },
      count: { type: 'string' },
      seed: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      'database-url': { type: 'string' },
      out: { type: 'string' },
    },
    USAGE,
    false,
  );
  const arg = (name: keyof typeof values) => values[name];
  const label = arg('size') ?? '100k';
  sizeArg(label, USAGE);
  const count = numberArg(arg('count'), 'count', 500, USAGE, { min: 1 });
  const seed = numberArg(arg('seed'), 'seed', 1, USAGE);
  const duration = numberArg(arg('duration'), 'duration', 10, USAGE, { min: 1 });
  const connections = numberArg(arg('connections'), 'connections', 10, USAGE, { min: 1 });
  const out = arg('out') ?? path.join('bench', 'out', 'http.md');
  const log = (m: string) => console.error(`[http] ${m}`);
  const generated = ensureDataset(path.join('bench', 'out'), label, seed, {
    log: (m) => log(`generate: ${m}`),
  });
  const dataDir = generated.dir;
  const c = generated.manifest.counts;
  const datasetNote = `Dataset: ${dataDir} (seed ${seed}; ${c.events.toLocaleString('en')} events, ${c.quotes.toLocaleString('en')} quotes, ${c.actors.toLocaleString('en')} actors).`;
  const cacheable = readManifest(dataDir) !== undefined;
  const queriesOf = (dataset: Parameters<typeof buildQueries>[0]) =>
    cacheable ? loadOrBuildQueries(dataDir, dataset, 300, seed) : buildQueries(dataset, dataDir, seed, 300);

  log(`gateway baseline: ${count} interactions`);
  let queries: readonly BenchQuery[] = [];
  const gateway = await runBurst({
    dataDir,
    count,
    seed,
    queries: (dataset) => (queries = queriesOf(dataset)),
    warmup: 10,
  });

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-http-'));
  const discord = await startStandin({
    users: USERS.map((username) => ({ username })),
    guilds: [{ name: 'Newsroom', channels: [{ name: 'general' }] }],
    // Waits for late answers too, so their time is measured (counted as over 3 s), not cut off.
    interactionAckDeadlineMs: LATE_WAIT_MS,
  });
  const replicas: Replica[] = [];
  try {
    await deployCommands({
      rest: createRest({ apiBase: discord.apiBase }, discord.token),
      definitions: commandDefinitions(),
      applicationId: discord.applicationId,
    });
    const database = arg('database-url');
    log('starting two replicas');
    replicas.push(
      ...(await Promise.all(
        [0, 1].map((i) => startReplica(discord, dataDir, database ?? path.join(tmp, `replica-${i}.sqlite`))),
      )),
    );
    const plan = planBurst(queries, count, seed);
    log(`HTTP burst: ${count} interactions over two replicas`);
    const http = await httpBurst(discord, plan, replicas);
    log(`throughput: one replica, ${duration} s`);
    await replicas[1]!.stop();
    replicas.pop();
    const cannon = await throughput(discord, replicas[0]!, queries, { duration, connections });
    const table = report(label, datasetNote, gateway, http, cannon, {
      connections,
      database: database ? 'one PostgreSQL database' : 'one SQLite file each',
    });
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, table);
    writeFileSync(
      out.replace(/\.md$/, '') + '.json',
      `${JSON.stringify({ gateway: { ...gateway, interactions: undefined }, http, cannon }, null, 1)}\n`,
    );
    console.log(table);
    return http.missing === 0 && http.late === 0 && cannon.non2xx === 0 ? 0 : 1;
  } finally {
    await Promise.all(replicas.map((r) => r.stop()));
    await discord.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runScript(() => main(process.argv.slice(2)));
}
