// A console session: each line is a slash command (or "choose N" for the last menu or button),
// answered through the same dispatcher Discord uses, and printed as text or as the JSON payload.
import type { Dispatcher } from '../interactions/dispatch.js';
import type { CommandModule, Invoker, ResolvedChannel, Response } from '../interactions/types.js';
import { MAX_LINE_BYTES } from './lines.js';
import { parseLine } from './parse.js';
import { callbackBody, renderResponse, type ConsoleControl } from './render.js';

/** The console user: an admin of a console "server", so every command can be tried. */
export const CONSOLE_USER: Invoker = { id: '100000000000000001', permissions: 0x20n };
export const CONSOLE_GUILD_ID = '100000000000000002';
export const CONSOLE_CHANNEL_ID = '100000000000000003';

/** In the console any channel id names a text channel of the console server. */
function consoleChannels(options: Readonly<Record<string, unknown>>): Record<string, ResolvedChannel> {
  const channels: Record<string, ResolvedChannel> = Object.create(null) as Record<string, ResolvedChannel>;
  for (const value of Object.values(options)) {
    if (typeof value === 'string' && /^\d{17,20}$/.test(value)) {
      channels[value] = { id: value, type: 0, guildId: CONSOLE_GUILD_ID };
    }
  }
  return channels;
}

export const CONSOLE_HELP = [
  'Type a command as in Discord, for example:',
  '  /event tashkent bombings        /event query:tashkent bombings private:true',
  '  /quote karimov                  /quote query:terrorist speaker:karimov',
  '  /actor ivanov                   /onthisday 06-02      /about',
  '  /message <text>                 ("Look up in Dossier" on a message)',
  '  ? /actor kari                   (autocomplete choices for the last option)',
  '  choose N                        (pick entry N of the last menu, or press button N)',
  '  help, quit',
].join('\n');

export class ConsoleSession {
  private controls: ConsoleControl[] = [];

  constructor(
    private readonly dispatcher: Dispatcher,
    private readonly modules: readonly CommandModule[],
    private readonly json: boolean,
  ) {}

  /**
   * The output for one line; undefined for a blank or comment line, except in JSON mode, where
   * every line gives exactly one output line (console-level messages as {"error"} or {"help"}).
   */
  async handle(rawLine: string): Promise<string | undefined> {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return this.json ? JSON.stringify({ skipped: line }) : undefined;
    if (line === 'help') return this.note('help', CONSOLE_HELP);
    if (/^choose\b/i.test(line)) {
      const choose = /^choose\s+(\d+)$/i.exec(line);
      return choose ? this.choose(Number(choose[1])) : this.note('error', this.chooseHint());
    }
    if (line.startsWith('?')) return this.autocomplete(line.slice(1).trim());
    const parsed = parseLine(line, this.modules);
    if (parsed.kind === 'error') return this.note('error', parsed.message);
    const base = { user: CONSOLE_USER, guildId: CONSOLE_GUILD_ID, channelId: CONSOLE_CHANNEL_ID };
    const response =
      parsed.kind === 'message'
        ? await this.dispatcher.messageCommand({
            ...base,
            command: parsed.command,
            message: { id: '100000000000000004', content: parsed.content },
          })
        : await this.dispatcher.command({
            ...base,
            channels: consoleChannels(parsed.options),
            command: parsed.command,
            ...(parsed.subcommand !== undefined ? { subcommand: parsed.subcommand } : {}),
            options: parsed.options,
          });
    return this.output(response);
  }

  /** The answer to a line too long to be a command, which was dropped unread. */
  tooLong(bytes: number): string {
    return this.note(
      'error',
      `Skipped a line of ${bytes.toLocaleString('en-US')} bytes: a command fits on one line of at most ${MAX_LINE_BYTES.toLocaleString('en-US')}.`,
    );
  }

  /** A console-level message: as is, or in JSON mode as one object on one line. */
  private note(kind: 'error' | 'help', message: string): string {
    return this.json ? JSON.stringify({ [kind]: message }) : message;
  }

  private chooseHint(): string {
    return this.controls.length === 0
      ? 'There is nothing to choose.'
      : `Type choose N, where N is 1 to ${this.controls.length}.`;
  }

  private async choose(n: number): Promise<string> {
    const control = this.controls[n - 1];
    if (!control) return this.note('error', this.chooseHint());
    const response = await this.dispatcher.component({
      user: CONSOLE_USER,
      guildId: CONSOLE_GUILD_ID,
      customId: control.customId,
      values: control.value === undefined ? [] : [control.value],
      messageFooters: control.messageFooters,
    });
    return this.output(response);
  }

  private async autocomplete(line: string): Promise<string> {
    const parsed = parseLine(line, this.modules);
    if (parsed.kind !== 'command')
      return this.note(
        'error',
        parsed.kind === 'error' ? parsed.message : 'Only slash commands autocomplete.',
      );
    const focused = Object.keys(parsed.options).at(-1) ?? '';
    const response = await this.dispatcher.autocomplete({
      user: CONSOLE_USER,
      guildId: CONSOLE_GUILD_ID,
      command: parsed.command,
      ...(parsed.subcommand !== undefined ? { subcommand: parsed.subcommand } : {}),
      options: parsed.options,
      focused,
    });
    return this.output(response);
  }

  private output(response: Response): string {
    const rendered = renderResponse(response);
    if (response.type !== 'choices') this.controls = rendered.controls;
    return this.json ? JSON.stringify(callbackBody(response)) : rendered.text;
  }
}
