// `npm run ask -- "/actor name:ivanov" [--json] [--autocomplete]`: one command, for scripts.
import { commands } from '../commands/index.js';
import { ConfigError } from '../src/config/env.js';
import { StartupError, boot } from '../src/boot.js';
import { ConsoleSession } from '../src/console/session.js';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const autocomplete = args.includes('--autocomplete');
  const line = args.filter((a) => !a.startsWith('--')).join(' ');
  if (!line.trim()) {
    console.error('Usage: npm run ask -- "/event query:tashkent bombings" [--json] [--autocomplete]');
    return 2;
  }
  const { dispatcher } = await boot();
  const session = new ConsoleSession(dispatcher, commands, json);
  const output = await session.handle(autocomplete ? `? ${line}` : line);
  if (output !== undefined) console.log(output);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof StartupError;
    console.error(known ? (error as Error).message : `ask failed: ${String(error)}`);
    process.exitCode = 1;
  },
);
