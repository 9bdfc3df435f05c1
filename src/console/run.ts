// Console mode: a prompt in a terminal; with piped input, one command per line until the end.
// Resolves with how many lines were read, so a service started with no input at all can say so.
import { createInterface } from 'node:readline';
import type { Dispatcher } from '../interactions/dispatch.js';
import type { CommandModule } from '../interactions/types.js';
import { CONSOLE_HELP, ConsoleSession } from './session.js';

export async function runConsole(
  dispatcher: Dispatcher,
  modules: readonly CommandModule[],
  options: { json: boolean; banner: string },
): Promise<{ readonly lines: number }> {
  const session = new ConsoleSession(dispatcher, modules, options.json);
  const interactive = process.stdin.isTTY === true && !options.json;
  const rl = createInterface({
    input: process.stdin,
    output: interactive ? process.stdout : undefined,
    terminal: interactive,
  });
  if (interactive) {
    console.log(`${options.banner}\n${CONSOLE_HELP}\n`);
    rl.setPrompt('dossier> ');
    rl.prompt();
  }
  let lines = 0;
  for await (const line of rl) {
    lines += 1;
    if (/^(quit|exit)$/i.test(line.trim())) break;
    const output = await session.handle(line);
    if (output !== undefined) console.log(interactive ? `${output}\n` : output);
    if (interactive) rl.prompt();
  }
  // Ctrl-D ends the session mid-prompt: end the prompt's line so the shell's starts on its own.
  if (interactive) process.stdout.write('\n');
  rl.close();
  return { lines };
}
