// `npm run ask -- "/actor name:ivanov" [--json] [--autocomplete]`: one command, for scripts.
import { commands } from '../commands/index.js';
import { ConfigError } from '../src/config/env.js';
import { StartupError, boot } from '../src/boot.js';
import { ConsoleSession } from '../src/console/session.js';
import { UsageError, parseScriptArgs } from '../src/util/args.js';

const USAGE = 'npm run ask -- "/event query:tashkent bombings" [--json] [--autocomplete]';

async function main(): Promise<number> {
  const { values, positionals } = parseScriptArgs(
    process.argv.slice(2),
    { json: { type: 'boolean' }, autocomplete: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
  );
  const line = positionals.join(' ');
  if (values.help || !line.trim()) {
    console.error(`Usage: ${USAGE}`);
    return values.help ? 0 : 2;
  }
  const { dispatcher } = await boot(process.env, { commands });
  const session = new ConsoleSession(dispatcher, commands, values.json === true);
  const output = await session.handle(values.autocomplete ? `? ${line}` : line);
  if (output !== undefined) console.log(output);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known =
      error instanceof ConfigError || error instanceof StartupError || error instanceof UsageError;
    console.error(known ? (error as Error).message : `ask failed: ${String(error)}`);
    process.exitCode = known && error instanceof UsageError ? 2 : 1;
  },
);
