// Command-line arguments for every script, through node:util parseArgs: unknown flags are refused
// with the usage line (a mistyped `--jsno` must not silently run without JSON).
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type ArgOptions = NonNullable<ParseArgsConfig['options']>;

export class UsageError extends Error {
  constructor(message: string, usage: string) {
    super(`${message}\nUsage: ${usage}`);
    this.name = 'UsageError';
  }
}

/** Parses `argv` strictly; throws UsageError (message plus usage) for anything not in `options`. */
export function parseScriptArgs<O extends ArgOptions>(
  argv: readonly string[],
  options: O,
  usage: string,
  allowPositionals = true,
) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), usage);
  }
}

/**
 * A numeric flag: its default when absent; a UsageError naming the flag when it is not a number
 * within [min, max] (`--queries 3OO` must not run as NaN queries).
 */
export function numberArg(
  text: string | undefined,
  name: string,
  fallback: number,
  usage: string,
  { min = 0, max = Number.MAX_SAFE_INTEGER, integer = true } = {},
): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (
    text.trim() === '' ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  )
    throw new UsageError(
      `--${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, not “${text}”.`,
      usage,
    );
  return value;
}

/** Runs a script's main, printing a UsageError's message (exit code 2) instead of a stack. */
export function runScript(main: () => Promise<number | void> | number | void): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        if (typeof code === 'number') process.exitCode = code;
      },
      (error: unknown) => {
        if (!(error instanceof UsageError)) throw error;
        console.error(error.message);
        process.exitCode = 2;
      },
    );
}
