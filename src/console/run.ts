// Console mode: a prompt in a terminal; with piped input, one command per line until the end.
// Resolves with how many lines were read, so a service started with no input at all can say so.
import { createInterface } from 'node:readline';
import type { Dispatcher } from '../interactions/dispatch.js';
import type { CommandModule } from '../interactions/types.js';
import { boundedLines, type InputLine } from './lines.js';
import { CONSOLE_HELP, ConsoleSession } from './session.js';

export async function runConsole(
  dispatcher: Dispatcher,
  modules: readonly CommandModule[],
  options: { json: boolean; banner: string },
): Promise<{ readonly lines: number }> {
  const session = new ConsoleSession(dispatcher, modules, options.json);
  const interactive = process.stdin.isTTY === true && !options.json;
  // A terminal gets readline's line editing; piped input is read in bounded lines.
  const rl = interactive
    ? createInterface({ input: process.stdin, output: process.stdout, terminal: true })
    : undefined;
  if (rl) {
    console.log(`${options.banner}\n${CONSOLE_HELP}\n`);
    rl.setPrompt('dossier> ');
    rl.prompt();
  }
  const input: AsyncIterable<InputLine> = rl ? typedLines(rl) : boundedLines(process.stdin);
  let lines = 0;
  for await (const line of input) {
    lines += 1;
    if ('tooLongBytes' in line) {
      console.log(session.tooLong(line.tooLongBytes));
      continue;
    }
    if (/^(quit|exit)$/i.test(line.text.trim())) break;
    const output = await session.handle(line.text);
    if (output !== undefined) console.log(rl ? `${output}\n` : output);
    rl?.prompt();
  }
  if (rl) {
    // Ctrl-D ends the session mid-prompt: end the prompt's line so the shell's starts on its own.
    process.stdout.write('\n');
    rl.close();
  }
  return { lines };
}

async function* typedLines(rl: AsyncIterable<string>): AsyncGenerator<InputLine> {
  for await (const text of rl) yield { text };
}
