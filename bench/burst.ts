// A burst of lookups arriving at once, through the real interaction path: the Discord stand-in on
// 127.0.0.1, the real bot in this process (boot + startDiscordBot, as in production) with the
// generated dataset, N interactions sent in one go. Each is stamped when the stand-in sends its
// INTERACTION_CREATE; what counts is when the stand-in has received the interaction's first callback
// (POST /interactions/:id/:token/callback): Discord's 3-second deadline.
//
//   npm run bench:burst                                    # 200 interactions at 100k records
//   npm run bench:burst -- --size 10k --count 500 --seed 1 [--data DIR] [--autocomplete 0.2]
//                          [--warmup 5] [--log-level warn] [--out bench/out/burst.md]
//
// Prints a Markdown table, writes it to bench/out/burst.md (each interaction's figures to
// bench/out/burst.json), and exits non-zero if an interaction
// was unanswered, answered twice, or first answered after 3 s. Stand-in and bot share this process's
// event loop, so the stand-in's own work (reading and checking each callback) counts against the
// bot: the figures are on the pessimistic side of what Discord would see.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { boot, type Booted } from '../src/boot.js';
import type { LogLevel } from '../src/config/env.js';
import type { Dataset } from '../src/dataset/types.js';
import { commandDefinitions, commands } from '../commands/index.js';
import { createRest, deployCommands, startDiscordBot, type DiscordBot } from '../src/discord/index.js';
import { GENERIC_ERROR } from '../src/interactions/dispatch.js';
import {
  startStandin,
  type InteractionHandle,
  type RequestRecord,
  type Standin,
} from '../test/standin/index.js';
import { ensureDataset, readManifest, sizeArg } from './generate.js';
import { buildQueries, loadOrBuildQueries, type BenchQuery, type Command } from './queries.js';
import { Rng } from './rng.js';
import { latency, type Latency } from './score.js';
import { formatMs, machine } from './report-format.js';
import { UsageError, numberArg, parseScriptArgs, runScript } from '../src/util/args.js';

/** Discord's deadline for an interaction's first answer. */
export const DEADLINE_MS = 3000;

export interface BurstOptions {
  /** The dataset the bot loads (DATA_DIR). */
  readonly dataDir: string;
  /** Interactions in the burst. */
  readonly count: number;
  readonly seed: number;
  /** The query set to draw from, given the bot's loaded dataset. */
  readonly queries: (dataset: Dataset) => readonly BenchQuery[];
  /** Share of the burst that is autocomplete (default 0.2). */
  readonly autocompleteShare?: number;
  /** Interactions answered one by one before the burst, not counted (default 5). */
  readonly warmup?: number;
  /** The bot's LOG_LEVEL (default warn, so the report is readable; info logs a line per interaction). */
  readonly logLevel?: LogLevel;
  /** How long to wait for first callbacks after the burst was sent (default 3 s past the deadline). */
  readonly waitMs?: number;
}

export interface PlannedInteraction {
  readonly kind: 'command' | 'autocomplete';
  readonly command: Command;
  /** The option the text goes in (for autocomplete, the focused one). */
  readonly option: string;
  readonly text: string;
  readonly queryKind: BenchQuery['kind'];
}

export interface BurstInteraction extends PlannedInteraction {
  readonly id: string;
  /** Stand-in clock (ms) when INTERACTION_CREATE was sent. */
  readonly sentAt: number;
  /** Ms from sending to the stand-in having the first callback; undefined when none came. */
  readonly firstCallbackMs: number | undefined;
  /** The first callback's type (4 reply, 5 deferred, 6 deferred update, 7 update, 8 choices). */
  readonly callbackType: number | undefined;
  /** The first callback's HTTP status at the stand-in (404 past the deadline). */
  readonly callbackStatus: number | undefined;
  /** Every callback request for this interaction (exactly one is right). */
  readonly callbacks: number;
  /** A deferred interaction's answer arrived afterwards (edit of @original or follow-up). */
  readonly completedLater: boolean;
  /** The answer was the generic error message. */
  readonly error: boolean;
}

export interface BurstResult {
  readonly count: number;
  readonly commands: number;
  readonly autocompletes: number;
  /** First callback accepted by the stand-in (2xx). */
  readonly answered: number;
  /** Callback type 5 or 6. */
  readonly deferred: number;
  /** Deferred ones whose answer then came (edit or follow-up). */
  readonly deferredCompleted: number;
  /** Callback type 4, 7 or 8. */
  readonly immediate: number;
  /** No callback at all. */
  readonly missing: number;
  /** First callback after DEADLINE_MS. */
  readonly late: number;
  /** Interactions with more than one callback request, or a rejected one. */
  readonly badCallbacks: number;
  /** Answers that were the generic error message. */
  readonly errors: number;
  readonly firstCallback: Latency;
  readonly firstCallbackCommands: Latency;
  readonly firstCallbackAutocomplete: Latency;
  /** boot(): configuration, dataset load + validation, store, search index. */
  readonly bootMs: number;
  /** startDiscordBot(): login until ready. */
  readonly loginMs: number;
  /** Time the stand-in took to send the whole burst. */
  readonly sendSpanMs: number;
  /** From the first send until the last first callback. */
  readonly wallMs: number;
  readonly interactions: readonly BurstInteraction[];
  /** The bot process's heap and RSS after the burst (MB). */
  readonly heapMB: number;
  readonly rssMB: number;
}

const CALLBACK_PATH = /^\/interactions\/(\d+)\/[^/]+\/callback$/;

/** A high-resolution wall clock for the stand-in, so sub-millisecond stamps survive. */
const preciseClock = () => performance.timeOrigin + performance.now();

/**
 * The burst's interactions, seeded: lookups from the query set's non-prefix queries (every kind, so
 * typos, transliterations and misses too), autocomplete from its prefix queries and keystroke
 * prefixes of the others, shuffled together.
 */
export function planBurst(
  queries: readonly BenchQuery[],
  count: number,
  seed: number,
  autocompleteShare = 0.2,
): PlannedInteraction[] {
  const rng = new Rng(seed).fork('burst');
  const lookups = rng.shuffled(queries.filter((q) => q.kind !== 'prefix'));
  const prefixes = rng.shuffled(queries.filter((q) => q.kind === 'prefix'));
  if (lookups.length === 0) throw new Error('the query set has no lookups');
  const nAutocomplete = Math.round(count * autocompleteShare);
  const optionOf = (command: Command) => (command === 'actor' ? 'name' : 'query');
  const planned: PlannedInteraction[] = [];
  for (let i = 0; i < count - nAutocomplete; i++) {
    const q = lookups[i % lookups.length]!;
    planned.push({
      kind: 'command',
      command: q.command,
      option: optionOf(q.command),
      text: q.text,
      queryKind: q.kind,
    });
  }
  const keystrokes = rng.shuffled(lookups);
  for (let i = 0; i < nAutocomplete; i++) {
    // Every other one a prefix query while they last, else half of a lookup's text being typed.
    const prefix = i % 2 === 0 ? prefixes[i / 2] : undefined;
    if (prefix) {
      planned.push({
        kind: 'autocomplete',
        command: prefix.command,
        option: optionOf(prefix.command),
        text: prefix.text,
        queryKind: 'prefix',
      });
      continue;
    }
    const q = keystrokes[i % keystrokes.length]!;
    const cut = Math.max(3, Math.ceil(q.text.length / 2));
    planned.push({
      kind: 'autocomplete',
      command: q.command,
      option: optionOf(q.command),
      text: q.text.slice(0, cut).trimEnd(),
      queryKind: q.kind,
    });
  }
  return rng.shuffled(planned);
}

/** Sends one planned interaction through the stand-in (gateway, or its interactions endpoint). */
export function fire(discord: Standin, item: PlannedInteraction, user: string): InteractionHandle {
  if (item.kind === 'autocomplete') {
    return discord.autocomplete({
      name: item.command,
      focused: item.option,
      options: { [item.option]: item.text },
      user,
    });
  }
  return discord.chatInput({ name: item.command, options: { [item.option]: item.text }, user });
}

/** The users a burst comes from. */
export const USERS = Array.from({ length: 25 }, (_, i) => `reader${String(i + 1).padStart(2, '0')}`);

/** Runs one burst end to end and shuts everything down; throws only if the set-up fails. */
export async function runBurst(options: BurstOptions): Promise<BurstResult> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'dossier-burst-'));
  const discord = await startStandin({
    users: USERS.map((username) => ({ username })),
    guilds: [{ name: 'Newsroom', channels: [{ name: 'general' }, { name: 'analysis' }] }],
    clock: preciseClock,
  });
  let booted: Booted | undefined;
  let bot: DiscordBot | undefined;
  try {
    const bootStart = performance.now();
    booted = await boot(
      {
        DISCORD_TOKEN: discord.token,
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_GUILD_ID: discord.guildId('Newsroom'),
        DISCORD_API_BASE: discord.apiBase,
        DATA_DIR: options.dataDir,
        DATABASE_PATH: path.join(tmp, 'dossier.sqlite'),
        LOG_LEVEL: options.logLevel ?? 'warn',
      },
      { commands },
    );
    const bootMs = performance.now() - bootStart;
    await deployCommands({
      rest: createRest(booted.config, discord.token),
      definitions: commandDefinitions(),
      applicationId: discord.applicationId,
      guildId: booted.config.guildId,
    });
    const loginStart = performance.now();
    bot = await startDiscordBot(booted);
    const loginMs = performance.now() - loginStart;
    const store = booted.store;
    bot.onStop(() => store.close());

    const queries = options.queries(booted.context.dataset);
    const plan = planBurst(queries, options.count, options.seed, options.autocompleteShare);
    // Warm-up, one at a time (JIT, first connections): not part of the figures.
    const warm = planBurst(queries, options.warmup ?? 5, options.seed + 1);
    for (const [i, item] of warm.entries()) {
      const handle = fire(discord, item, USERS[i % USERS.length]!);
      await handle.response(10_000);
      await handle.all({ quietMs: 50, timeoutMs: 5000 });
    }

    // Callback requests as the stand-in records them (`at` = when it had the whole request).
    const callbacks = new Map<string, RequestRecord[]>();
    let waiting: { ids: Set<string>; resolve: () => void } | undefined;
    const onRequest = (record: RequestRecord) => {
      const id = CALLBACK_PATH.exec(record.path)?.[1];
      if (!id) return;
      const list = callbacks.get(id) ?? [];
      list.push(record);
      callbacks.set(id, list);
      if (waiting?.ids.delete(id) && waiting.ids.size === 0) waiting.resolve();
    };
    discord.events.on('request', onRequest);

    const handles: InteractionHandle[] = [];
    const burstStart = discord.now();
    for (const [i, item] of plan.entries()) handles.push(fire(discord, item, USERS[i % USERS.length]!));
    const sendSpanMs = discord.now() - burstStart;
    const ids = new Set(handles.map((h) => h.id).filter((id) => !callbacks.has(id)));
    if (ids.size > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, sendSpanMs + (options.waitMs ?? DEADLINE_MS + 3000));
        waiting = {
          ids,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        };
      });
    }
    waiting = undefined;
    // Let deferred answers finish: stop() waits for the interactions in flight.
    await bot.stop('burst finished');
    discord.events.off('request', onRequest);

    const states = new Map(discord.interactions().map((s) => [s.id, s]));
    const interactions = handles.map((handle, i): BurstInteraction => {
      const state = states.get(handle.id)!;
      const requests = callbacks.get(handle.id) ?? [];
      const first = requests[0];
      const type = first ? Number((first.body as { type?: unknown } | undefined)?.type) : undefined;
      const bodies = state.responses.map(
        (r) =>
          (r.kind === 'callback' ? r.data : r.kind === 'delete' ? undefined : r.body) as
            { content?: unknown } | undefined,
      );
      return {
        ...plan[i]!,
        id: handle.id,
        sentAt: state.createdAt,
        firstCallbackMs: first ? first.at - state.createdAt : undefined,
        callbackType: type,
        callbackStatus: first?.status,
        callbacks: requests.length,
        completedLater: state.responses.some((r) => r.kind === 'edit' || r.kind === 'followup'),
        error: bodies.some((b) => typeof b?.content === 'string' && b.content.startsWith(GENERIC_ERROR)),
      };
    });
    const ok = (x: BurstInteraction) => x.callbackStatus !== undefined && x.callbackStatus < 300;
    const times = (xs: readonly BurstInteraction[]) =>
      xs.flatMap((x) => (x.firstCallbackMs === undefined ? [] : [x.firstCallbackMs]));
    const isDeferred = (x: BurstInteraction) => ok(x) && (x.callbackType === 5 || x.callbackType === 6);
    const lastCallback = Math.max(
      ...interactions.map((x) => (x.firstCallbackMs === undefined ? 0 : x.sentAt + x.firstCallbackMs)),
    );
    const memory = process.memoryUsage();
    return {
      count: interactions.length,
      commands: interactions.filter((x) => x.kind === 'command').length,
      autocompletes: interactions.filter((x) => x.kind === 'autocomplete').length,
      answered: interactions.filter(ok).length,
      deferred: interactions.filter(isDeferred).length,
      deferredCompleted: interactions.filter((x) => isDeferred(x) && x.completedLater).length,
      immediate: interactions.filter((x) => ok(x) && [4, 7, 8].includes(x.callbackType ?? 0)).length,
      missing: interactions.filter((x) => x.callbacks === 0).length,
      late: interactions.filter((x) => x.firstCallbackMs !== undefined && x.firstCallbackMs > DEADLINE_MS)
        .length,
      badCallbacks: interactions.filter((x) => x.callbacks > 1 || (x.callbacks === 1 && !ok(x))).length,
      errors: interactions.filter((x) => x.error).length,
      firstCallback: latency(times(interactions)),
      firstCallbackCommands: latency(times(interactions.filter((x) => x.kind === 'command'))),
      firstCallbackAutocomplete: latency(times(interactions.filter((x) => x.kind === 'autocomplete'))),
      bootMs,
      loginMs,
      sendSpanMs,
      wallMs: lastCallback - burstStart,
      interactions,
      heapMB: Math.round(memory.heapUsed / 1024 / 1024),
      rssMB: Math.round(memory.rss / 1024 / 1024),
    };
  } finally {
    if (bot) await bot.stop('burst finished');
    else booted?.store.close();
    await discord.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Whether the burst met the bar: every interaction answered once, each within the deadline. */
export function burstPassed(result: BurstResult): boolean {
  return (
    result.missing === 0 &&
    result.late === 0 &&
    result.badCallbacks === 0 &&
    result.answered === result.count &&
    result.firstCallback.max <= DEADLINE_MS
  );
}

// ---------------------------------------------------------------------------------------------
// Report

const ms = (v: number) => formatMs(v, 1);
const lat = (l: Latency) => `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)} / ${ms(l.max)}`;

export function burstMarkdown(result: BurstResult, label: string, datasetNote: string): string {
  const r = result;
  return [
    `### Burst: ${r.count} interactions at once, ${label} records`,
    '',
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}. ${datasetNote}`,
    `${r.commands} lookups (/event, /quote, /actor from the seeded query set, every query kind) and ${r.autocompletes} autocomplete interactions, from ${USERS.length} users, sent by the stand-in in ${ms(r.sendSpanMs)}; the real bot (boot + startDiscordBot) in the same process, warmed up with a few interactions first.`,
    `Time to first callback: from the stand-in sending INTERACTION_CREATE until it has received POST /interactions/:id/:token/callback (Discord's ${DEADLINE_MS / 1000}-second deadline). Stand-in and bot share one event loop, so these are on the pessimistic side.`,
    '',
    '| Interactions | Answered | Deferred (5/6) | Immediate (4/7/8) | Missing | Over 3 s | First callback p50 / p95 / p99 / max | Lookups p50 / p99 | Autocomplete p50 / p99 | Last first callback | Start-up (boot: load + validate + index) |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    `| ${r.count} | ${r.answered} | ${r.deferred}${r.deferred ? ` (${r.deferredCompleted} completed)` : ''} | ${r.immediate} | ${r.missing} | ${r.late} | ${lat(r.firstCallback)} | ${ms(r.firstCallbackCommands.p50)} / ${ms(r.firstCallbackCommands.p99)} | ${ms(r.firstCallbackAutocomplete.p50)} / ${ms(r.firstCallbackAutocomplete.p99)} | ${ms(r.wallMs)} | ${ms(r.bootMs)} |`,
    '',
    `Double or rejected callbacks: ${r.badCallbacks}. Generic error answers: ${r.errors}. Login until ready: ${ms(r.loginMs)}. Heap after the burst: ${r.heapMB} MB, RSS ${r.rssMB} MB. Verdict: ${burstPassed(r) ? 'every interaction answered once, within the deadline' : 'FAILED'}.`,
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// CLI

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

function logLevelArg(text: string | undefined): LogLevel {
  if (text === undefined) return 'warn';
  if (!(LOG_LEVELS as readonly string[]).includes(text))
    throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')}, not “${text}”.`, USAGE);
  return text as LogLevel;
}

const USAGE =
  'npm run bench:burst -- [--size 100k | --data dir] [--count N] [--seed S] [--autocomplete share] [--warmup N] [--log-level warn] [--out file.md]';

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseScriptArgs(
    argv,
    {
      size: { type: 'string' },
      data: { type: 'string' },
      count: { type: 'string' },
      seed: { type: 'string' },
      autocomplete: { type: 'string' },
      warmup: { type: 'string' },
      'log-level': { type: 'string' },
      out: { type: 'string' },
    },
    USAGE,
    false,
  );
  const arg = (name: keyof typeof values) => values[name];
  const label = arg('size') ?? '100k';
  sizeArg(label, USAGE);
  const count = numberArg(arg('count'), 'count', 200, USAGE, { min: 1 });
  const seed = numberArg(arg('seed'), 'seed', 1, USAGE);
  const out = arg('out') ?? path.join('bench', 'out', 'burst.md');
  const log = (m: string) => console.error(`[burst] ${m}`);
  let dataDir = arg('data');
  let datasetNote: string;
  if (dataDir) {
    datasetNote = `Dataset: ${dataDir}.`;
  } else {
    const generated = ensureDataset(path.join('bench', 'out'), label, seed, {
      log: (m) => log(`generate: ${m}`),
    });
    dataDir = generated.dir;
    const c = generated.manifest.counts;
    datasetNote = `Dataset: ${generated.dir} (seed ${seed}; ${c.events.toLocaleString('en')} events, ${c.quotes.toLocaleString('en')} quotes, ${c.actors.toLocaleString('en')} actors).`;
  }
  const cacheable = readManifest(dataDir) !== undefined;
  log(`dataset ${dataDir}; booting the bot and sending ${count} interactions`);
  const result = await runBurst({
    dataDir,
    count,
    seed,
    // Query sets are cached next to generated datasets only (never written into data/).
    queries: (dataset) =>
      cacheable ? loadOrBuildQueries(dataDir, dataset, 300, seed) : buildQueries(dataset, dataDir, seed, 300),
    autocompleteShare: numberArg(arg('autocomplete'), 'autocomplete', 0.2, USAGE, { max: 1, integer: false }),
    warmup: numberArg(arg('warmup'), 'warmup', 5, USAGE),
    logLevel: logLevelArg(arg('log-level')),
  });
  const table = burstMarkdown(result, arg('data') ? path.basename(dataDir) : label, datasetNote);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, table);
  const details = out.replace(/\.md$/, '') + '.json';
  writeFileSync(details, `${JSON.stringify(result, null, 1)}\n`);
  console.log(table);
  log(`written to ${out}; every interaction in ${details}`);
  for (const x of result.interactions.filter(
    (i) => i.callbacks !== 1 || (i.firstCallbackMs ?? 0) > DEADLINE_MS,
  ))
    log(`problem: ${JSON.stringify(x)}`);
  return burstPassed(result) ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runScript(() => main(process.argv.slice(2)));
}
