// Structured logs through pino, on stderr so stdout stays free for the console and --json output:
// one JSON object per line, or pino-pretty's readable lines when stderr is a terminal. `Logger` is
// the project's one entry point; call sites pass an Error itself (as `error`) and pino's serializer
// keeps its type, message and stack. Secrets are never passed in; every line is still scrubbed of
// them (`redact`), whatever field or message a secret might have reached.
import pino from 'pino';
import pretty from 'pino-pretty';
import type { LogLevel } from './config/env.js';

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger adding `fields` to every line (shard, interaction id, ...). */
  child(fields: LogFields): Logger;
}

/** Replaces any occurrence of the given secrets in a text (e.g. an error message quoting a URL). */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 8) out = out.split(secret).join('[redacted]');
  return out;
}

/**
 * The message goes in as the first field, not as pino's msg argument (which pino writes last): a
 * line reads time, level, bindings, message, then the fields it describes, as it always has.
 */
function wrap(logger: pino.Logger): Logger {
  return {
    debug: (message, fields) => logger.debug({ message, ...fields }),
    info: (message, fields) => logger.info({ message, ...fields }),
    warn: (message, fields) => logger.warn({ message, ...fields }),
    error: (message, fields) => logger.error({ message, ...fields }),
    child: (fields) => wrap(logger.child(fields)),
  };
}

/** Where lines go by default: pretty on a terminal, JSON lines otherwise (files, pipes, collectors). */
function defaultWrite(): (line: string) => void {
  if (!process.stderr.isTTY) return (line) => process.stderr.write(line);
  const stream = pretty({ destination: 2, sync: true, colorize: true, messageKey: 'message' });
  return (line) => stream.write(line);
}

/**
 * A logger at `level`. `write` receives each line (JSON, newline-terminated) after secrets are
 * scrubbed; by default stderr (see defaultWrite). Each line carries time, level, message and the
 * process id; child loggers add their own fields.
 */
export function createLogger(
  level: LogLevel,
  write?: (line: string) => void,
  secrets: readonly (string | undefined)[] = [],
): Logger {
  const out = write ?? defaultWrite();
  const logger = pino(
    {
      level,
      messageKey: 'message',
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: pino.stdSerializers.err, err: pino.stdSerializers.err },
    },
    { write: (line: string) => out(redact(line, secrets)) },
  );
  return wrap(logger);
}

/** A logger that drops everything (tests, one-shot JSON output). */
export const silentLogger: Logger = createLogger('error', () => undefined);
