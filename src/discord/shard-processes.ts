// Runs this host's shard processes: one per group of shards (SHARDS_PER_PROCESS), each a discord.js
// client with `shards: [...]` and the bot's total, and one loaded dataset. (discord.js's
// ShardingManager runs exactly one shard per process, hence this small manager of its own.) All of them load at the
// same time; logins go one process at a time, paced as Discord allows identifies. A process gets
// time as long as it shows progress (no fixed ready timeout), and one that dies is started again.
import { fork, type ChildProcess } from 'node:child_process';
import type { Logger } from '../log.js';
import type { ShardProcessMessage } from '../startup-progress.js';
import type { ShardPlan } from './shard-plan.js';

/** A loading process that reports no progress for this long is taken as hung. */
export const PROGRESS_TIMEOUT_MS = 120_000;
/** After its turn to log in, a process gets this long plus the identify pacing of its shards. */
const LOGIN_TIMEOUT_MS = 60_000;
/** How long a process gets to shut down cleanly before it is killed. */
const STOP_TIMEOUT_MS = 10_000;
/** Waits before restarting a process that died: 1 s, doubling, at most 60 s. */
const restartDelayMs = (deaths: number) => Math.min(1_000 * 2 ** Math.max(0, deaths - 1), 60_000);

export interface ShardProcessesOptions {
  /** The bot's entry point (dist/src/main.js), and node arguments (a TypeScript loader in tests). */
  readonly script: string;
  readonly execArgv: readonly string[];
  readonly plan: ShardPlan;
  readonly env: NodeJS.ProcessEnv;
  readonly logger: Logger;
  readonly progressTimeoutMs?: number;
  /** A process ready this long before it dies starts again from the shortest restart delay. */
  readonly healthyAfterMs?: number;
}

/** Ten minutes of service: the death that follows is a new trouble, not the same one again. */
const HEALTHY_AFTER_MS = 600_000;

type Phase = 'loading' | 'waiting to log in' | 'logging in' | 'ready' | 'stopped';

interface ShardProcess {
  readonly shards: readonly number[];
  child?: ChildProcess;
  phase: Phase;
  /** Deaths in a row, each without a healthy spell of service before it: sets the restart delay. */
  deaths: number;
  /** When the process last became ready. */
  readyAt?: number | undefined;
  /** Restarts the hang timer; set while the process must show progress. */
  watchdog?: ReturnType<typeof setTimeout>;
}

export class ShardProcesses {
  private readonly processes: ShardProcess[];
  private readonly loginQueue: ShardProcess[] = [];
  private loggingIn: ShardProcess | undefined;
  private lastLoginAt = 0;
  private stopping = false;
  private startedAll = false;
  private failStart: ((error: Error) => void) | undefined;
  private readyWaiters: (() => void)[] = [];

  constructor(private readonly options: ShardProcessesOptions) {
    this.processes = options.plan.groups.map((shards) => ({ shards, phase: 'stopped', deaths: 0 }));
  }

  /**
   * Starts every process at once and resolves when all are ready. A process that exits or hangs
   * before that stops the rest (bad data or a refused login would fail again on every restart).
   */
  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.failStart = (error) => {
        this.failStart = undefined;
        void this.stop('SIGTERM').then(() => reject(error));
      };
      this.readyWaiters.push(() => {
        this.startedAll = true;
        this.failStart = undefined;
        resolve();
      });
      for (const process of this.processes) this.spawn(process);
    });
  }

  /** Signals every process to stop (no restart), waits for each, kills those that hang. */
  async stop(signal: NodeJS.Signals): Promise<void> {
    this.stopping = true;
    await Promise.all(
      this.processes.map(async (process) => {
        this.clearWatchdog(process);
        const child = process.child;
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill(signal);
        const timer = setTimeout(() => {
          this.log(process).warn('shard process did not stop in time; killing it');
          child.kill('SIGKILL');
        }, STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }),
    );
  }

  /** Passes a signal on to every running process (SIGHUP: reload the dataset). */
  signal(signal: NodeJS.Signals): void {
    for (const { child } of this.processes) {
      if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
    }
  }

  private log(process: ShardProcess): Logger {
    return this.options.logger.child({ shards: process.shards, childPid: process.child?.pid ?? null });
  }

  private spawn(process: ShardProcess): void {
    const { plan, env, script, execArgv } = this.options;
    // discord.js's client reads SHARDS and SHARD_COUNT and, with SHARDING_MANAGER set, makes
    // client.shard (its ids and the total), which the daily posts and the logs use.
    const child = fork(script, [], {
      execArgv: [...execArgv],
      env: {
        ...env,
        SHARDING_MANAGER: 'true',
        SHARDING_MANAGER_MODE: 'process',
        SHARDS: JSON.stringify(process.shards),
        SHARD_COUNT: String(plan.total),
      },
      stdio: 'inherit',
    });
    process.child = child;
    this.setPhase(process, 'loading');
    this.log(process).info('shard process started', { total: plan.total });
    child.on('message', (message: unknown) => this.onMessage(process, message));
    child.once('exit', (code, signal) => this.onExit(process, child, code, signal));
    child.on('error', (error) => this.log(process).error('shard process error', { error }));
  }

  private onMessage(process: ShardProcess, message: unknown): void {
    if (typeof message !== 'object' || message === null) return;
    const typed = message as Partial<ShardProcessMessage>;
    if (typed.type === 'dossier:progress' && process.phase === 'loading') {
      this.armWatchdog(process, this.options.progressTimeoutMs ?? PROGRESS_TIMEOUT_MS); // alive: more time
    } else if (typed.type === 'dossier:login-request') {
      this.setPhase(process, 'waiting to log in');
      this.loginQueue.push(process);
      this.grantNextLogin();
    } else if (typed.type === 'dossier:ready' && process.phase !== 'ready') {
      this.setPhase(process, 'ready');
      process.readyAt = Date.now();
      this.log(process).info('shard process ready');
      if (this.loggingIn === process) {
        this.loggingIn = undefined;
        this.grantNextLogin();
      }
      if (this.processes.every((p) => p.phase === 'ready')) {
        for (const waiter of this.readyWaiters.splice(0)) waiter();
      }
    }
  }

  /** One process logs in at a time, its first identify paced after the previous one's last. */
  private grantNextLogin(): void {
    if (this.loggingIn || this.stopping) return;
    const next = this.loginQueue.shift();
    if (!next?.child) return;
    this.loggingIn = next;
    const wait = Math.max(0, this.lastLoginAt + this.options.plan.identifyIntervalMs - Date.now());
    setTimeout(() => {
      if (this.stopping || next.phase !== 'waiting to log in' || !next.child?.connected) {
        if (this.loggingIn === next) this.loggingIn = undefined;
        return this.grantNextLogin();
      }
      this.setPhase(next, 'logging in');
      this.log(next).info('shard process logging in');
      next.child.send({ type: 'dossier:login-granted' });
      // Its shards identify one after another inside the process: the pacing counts from the last.
      this.lastLoginAt = Date.now() + (next.shards.length - 1) * this.options.plan.identifyIntervalMs;
    }, wait);
  }

  private setPhase(process: ShardProcess, phase: Phase): void {
    process.phase = phase;
    if (phase === 'loading') this.armWatchdog(process, this.options.progressTimeoutMs ?? PROGRESS_TIMEOUT_MS);
    else if (phase === 'logging in') {
      this.armWatchdog(
        process,
        LOGIN_TIMEOUT_MS + process.shards.length * this.options.plan.identifyIntervalMs,
      );
    } else this.clearWatchdog(process);
  }

  private armWatchdog(process: ShardProcess, ms: number): void {
    this.clearWatchdog(process);
    process.watchdog = setTimeout(() => {
      this.log(process).error('shard process made no progress; killing it', {
        phase: process.phase,
        waitedMs: ms,
      });
      process.child?.kill('SIGKILL');
    }, ms);
    process.watchdog.unref();
  }

  private clearWatchdog(process: ShardProcess): void {
    if (process.watchdog) clearTimeout(process.watchdog);
    process.watchdog = undefined;
  }

  private onExit(
    process: ShardProcess,
    child: ChildProcess,
    code: number | null,
    signal: NodeJS.Signals | null,
  ): void {
    if (process.child !== child) return;
    const wasLoggingIn = this.loggingIn === process;
    const phase = process.phase;
    this.setPhase(process, 'stopped');
    const queued = this.loginQueue.indexOf(process);
    if (queued >= 0) this.loginQueue.splice(queued, 1);
    if (wasLoggingIn) this.loggingIn = undefined;
    const fields = { exitCode: code, signal, phase };
    if (this.stopping) {
      this.log(process).info('shard process stopped', fields);
      return;
    }
    if (!this.startedAll) {
      this.log(process).error('shard process died while starting; stopping the others', fields);
      this.failStart?.(
        new Error(
          `the process of shard(s) ${process.shards.join(', ')} exited while starting (code ${code}, signal ${signal})`,
        ),
      );
      return;
    }
    const servedMs = process.readyAt === undefined ? 0 : Date.now() - process.readyAt;
    process.readyAt = undefined;
    if (servedMs >= (this.options.healthyAfterMs ?? HEALTHY_AFTER_MS)) process.deaths = 0;
    process.deaths += 1;
    const delayMs = restartDelayMs(process.deaths);
    this.log(process).error('shard process died; restarting it', { ...fields, restartInMs: delayMs });
    if (wasLoggingIn) this.grantNextLogin();
    // Not unref'd: with no process left, this timer is what keeps the manager alive.
    setTimeout(() => {
      if (!this.stopping) this.spawn(process);
    }, delayMs);
  }
}
