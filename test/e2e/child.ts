// Dossier's entry points as child processes, configured only by environment variables as an
// operator runs them, with their output collected for assertions.
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = resolve(import.meta.dirname, '../..');
// Node itself with tsx's loader, so signals reach the bot directly: the tsx CLI wraps it in a
// second process whose signal relay gives up after 30 ms and kills the child on a busy machine.
export const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface Child {
  readonly process: ChildProcess;
  output(): string;
  /** The structured log lines written so far (JSON lines on stderr), parsed. */
  logs(): Record<string, unknown>[];
  /** Resolves when a line matching `pattern` has been written (stdout or stderr). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<Exit>;
  /** Kills it (and, when started detached, everything it started) unless it has exited. */
  kill(signal?: NodeJS.Signals): void;
}

export interface RunOptions {
  /** Working directory: a scratch directory, so no .env is read. */
  readonly cwd: string;
  /** Its own process group, so kill() reaches the processes it starts too (shards). */
  readonly detached?: boolean;
  /** Arguments after the script. */
  readonly args?: readonly string[];
}

/**
 * Runs an entry point of the repository with only `env` (and PATH) set: a TypeScript one through
 * tsx's loader, a compiled one (`dist/…js`, built by the tests' global setup) on node alone.
 */
export function runScript(script: string, env: Record<string, string>, options: RunOptions): Child {
  const loader = script.endsWith('.ts') ? ['--import', TSX_LOADER] : [];
  const child = spawn(process.execPath, [...loader, resolve(ROOT, script), ...(options.args ?? [])], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  let output = '';
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<Exit>((done) => child.once('exit', (code, signal) => done({ code, signal })));
  let running = true;
  void exited.then(() => {
    running = false;
  });
  return {
    process: child,
    output: () => output,
    logs: () =>
      output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    exited,
    kill: (signal = 'SIGKILL') => {
      if (options.detached && child.pid !== undefined) {
        try {
          process.kill(-child.pid, signal);
        } catch {
          // the group is gone already
        }
      } else if (running) {
        child.kill(signal);
      }
    },
    waitFor: (pattern, timeoutMs = 30_000) =>
      new Promise<void>((resolveWait, reject) => {
        const check = () => {
          if (!pattern.test(output)) return;
          cleanup();
          resolveWait();
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timed out waiting for ${pattern}; output so far:\n${output}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        void exited.then(() => {
          if (!pattern.test(output)) {
            cleanup();
            reject(new Error(`exited before ${pattern}; output:\n${output}`));
          }
        });
        check();
      }),
  };
}

/** The port a child's HTTP server bound (its "http server listening" log line; PORT=0 picks one). */
export function listeningPort(logs: Record<string, unknown>[]): number {
  const line = logs.find((l) => l.message === 'http server listening');
  if (typeof line?.port !== 'number') throw new Error('the bot did not log its port');
  return line.port;
}
