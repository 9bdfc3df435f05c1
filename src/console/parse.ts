// Reads a console line as Discord would receive the command: "/event query:tashkent bombings",
// or with the first option's name left out: "/event tashkent bombings".
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type APIApplicationCommandOption,
} from 'discord-api-types/v10';
import type { CommandModule, OptionValue } from '../interactions/types.js';

export type ParsedLine =
  | { kind: 'command'; command: string; subcommand?: string; options: Record<string, OptionValue> }
  | { kind: 'message'; command: string; content: string }
  | { kind: 'error'; message: string };

/** The console's name for the message context-menu command: "/message <text>". */
export const MESSAGE_COMMAND_ALIAS = 'message';

function coerce(option: APIApplicationCommandOption | undefined, raw: string): OptionValue {
  switch (option?.type) {
    case ApplicationCommandOptionType.Boolean:
      return /^(true|yes|on|1)$/i.test(raw) ? true : /^(false|no|off|0)$/i.test(raw) ? false : raw;
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number:
      return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    default:
      return raw;
  }
}

export function parseLine(line: string, modules: readonly CommandModule[]): ParsedLine {
  const match = /^\/(\S+)\s*(.*)$/s.exec(line.trim());
  if (!match) return { kind: 'error', message: 'Commands start with a slash, e.g. /event tashkent bombings' };
  const name = match[1]!;
  let rest = match[2]!;
  if (name === MESSAGE_COMMAND_ALIAS) {
    const menu = modules.find((m) => m.definition.type === ApplicationCommandType.Message);
    if (!menu) return { kind: 'error', message: 'There is no message command.' };
    return { kind: 'message', command: menu.definition.name, content: rest };
  }
  const module = modules.find(
    (m) =>
      (m.definition.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput &&
      m.definition.name === name,
  );
  // An unknown command goes to the dispatcher, which answers it as Discord would.
  if (!module) return { kind: 'command', command: name, options: {} };
  let definitions = (module.definition as { options?: APIApplicationCommandOption[] }).options ?? [];
  // "/dailypost time 09:00": the first word names the subcommand.
  let subcommand: string | undefined;
  if (definitions.some((o) => o.type === ApplicationCommandOptionType.Subcommand)) {
    const [first = '', ...others] = rest.trim().split(/\s+/);
    const chosen = definitions.find((o) => o.name === first);
    subcommand = first;
    rest = others.join(' ');
    definitions = chosen && 'options' in chosen ? (chosen.options ?? []) : [];
  }
  const names = definitions.map((o) => o.name);
  // Keyed by typed names: no prototype, so "__proto__:x" is an (unknown) option like any other.
  const options: Record<string, OptionValue> = Object.create(null) as Record<string, OptionValue>;
  // Split on " name:" where name is a word; text before the first one belongs to the first option.
  const pattern = /(?:^|\s)([a-z][\w-]*):/g;
  const marks: { name: string; start: number; valueStart: number }[] = [];
  for (let m = pattern.exec(rest); m; m = pattern.exec(rest)) {
    // "why: ..." inside a query is text, unless `why` is one of the command's options; but
    // "bogus:1" (a value right after the colon) is meant as an option, so the dispatcher names it
    // as unknown instead of it joining the query. A URL's "https://" stays text.
    const valueFollows = /^[^\s/]/.test(rest.slice(m.index + m[0].length));
    if (!names.includes(m[1]!) && !valueFollows) continue;
    marks.push({ name: m[1]!, start: m.index, valueStart: m.index + m[0].length });
  }
  const leading = (marks.length > 0 ? rest.slice(0, marks[0]!.start) : rest).trim();
  if (leading !== '') {
    const first = names[0];
    if (!first) return { kind: 'error', message: `/${name} takes no options.` };
    options[first] = coerce(definitions[0], leading);
  }
  marks.forEach((mark, i) => {
    const end = i + 1 < marks.length ? marks[i + 1]!.start : rest.length;
    const value = rest.slice(mark.valueStart, end).trim();
    options[mark.name] = coerce(
      definitions.find((o) => o.name === mark.name),
      value,
    );
  });
  return { kind: 'command', command: name, ...(subcommand !== undefined ? { subcommand } : {}), options };
}
