// Reading a command's options as Discord sends them. The gateway runtime (discord.js's option
// objects) and the HTTP endpoint (the raw JSON) share this: both have the same fields. Values are
// forwarded raw; the dispatcher checks them against the command's own definition.
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { OptionValue, ResolvedChannel } from './types.js';

/** An option as Discord sends it: raw JSON, or discord.js's CommandInteractionOption. */
export interface OptionData {
  readonly name: string;
  readonly type: number;
  readonly value?: unknown;
  readonly focused?: boolean;
  readonly options?: readonly OptionData[];
}

export interface ParsedOptions {
  subcommand?: string;
  options: Record<string, OptionValue>;
  channels?: Record<string, ResolvedChannel>;
}

function isOptionValue(value: unknown): value is OptionValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

const NESTING = new Set<number>([
  ApplicationCommandOptionType.Subcommand,
  ApplicationCommandOptionType.SubcommandGroup,
]);

/**
 * Options by name, raw. A subcommand (inside a group, if any) is named and its options are the
 * ones returned. A value that is not a string, number or boolean is dropped, so a required option
 * reads as missing. Channel, user and role options carry the id as their value; channels also come
 * back resolved (type and guild, by `channelOf`), for the commands that must check them.
 */
export function parseOptions(
  data: readonly OptionData[],
  channelOf: (option: OptionData) => ResolvedChannel | undefined,
): ParsedOptions {
  const nested = data.find((o) => NESTING.has(o.type));
  if (nested) {
    const inner =
      nested.type === ApplicationCommandOptionType.SubcommandGroup
        ? (nested.options ?? []).find((o) => o.type === ApplicationCommandOptionType.Subcommand)
        : nested;
    return { ...parseOptions(inner?.options ?? [], channelOf), subcommand: inner?.name ?? nested.name };
  }
  // Keyed by names and ids from the payload: no prototype, so no name can reach Object's members.
  const parsed: ParsedOptions = { options: Object.create(null) as Record<string, OptionValue> };
  for (const option of data) {
    if (typeof option.name !== 'string' || !isOptionValue(option.value)) continue;
    parsed.options[option.name] = option.value;
    const channel = option.type === ApplicationCommandOptionType.Channel ? channelOf(option) : undefined;
    if (channel) {
      parsed.channels ??= Object.create(null) as Record<string, ResolvedChannel>;
      parsed.channels[channel.id] = channel;
    }
  }
  return parsed;
}

/** The option Discord marks as focused (autocomplete), at whatever depth. */
export function focusedOption(data: readonly OptionData[]): string | undefined {
  for (const option of data) {
    if (option.focused) return option.name;
    const inner = option.options && focusedOption(option.options);
    if (inner) return inner;
  }
  return undefined;
}

interface EmbedText {
  readonly title?: string | null;
  readonly description?: string | null;
}

/** The text a message shows: its content, then its embeds' titles and descriptions (bot posts). */
export function messageText(message: { content?: string; embeds?: readonly EmbedText[] }): string {
  const parts = [message.content ?? ''];
  for (const embed of message.embeds ?? []) parts.push(embed.title ?? '', embed.description ?? '');
  return parts.filter((part) => typeof part === 'string' && part.trim() !== '').join('\n');
}
