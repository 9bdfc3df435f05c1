// Structured log lines (one JSON object per line) on stderr, so stdout stays free for the console
// and for --json output. Secrets are never passed in; `redact` guards the few places that could.
import type { LogLevel } from './config/env.js';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line (which shard and process a line comes from). */
  child(fields: LogFields): Logger;
}

/** Replaces any occurrence of the given secrets in a text (e.g. an error message quoting a URL). */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 8) out = out.split(secret).join('[redacted]');
  return out;
}

export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  secrets: readonly (string | undefined)[] = [],
  bindings: LogFields = { pid: process.pid },
): Logger {
  const emit = (at: LogLevel, message: string, fields?: LogFields) => {
    if (ORDER[at] < ORDER[level]) return;
    // A line's own fields come first and win over the logger's bindings (pid, shards).
    const line = JSON.stringify({
      time: new Date().toISOString(),
      level: at,
      message,
      ...fields,
      ...bindings,
      ...fields,
    });
    write(redact(line, secrets));
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (fields) => createLogger(level, write, secrets, { ...bindings, ...fields }),
  };
}

/** A logger that drops everything (tests, one-shot JSON output). */
export const silentLogger: Logger = createLogger('error', () => undefined);
