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
