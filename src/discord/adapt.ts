// Turns discord.js interactions into the platform-neutral invocations the dispatcher takes. Option
// values are forwarded raw, as Discord sent them: the dispatcher checks them against the command's
// own definition, so a forged or stale payload is answered, never trusted.
import {
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type BaseInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type MessageComponentInteraction,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import type {
  AutocompleteInvocation,
  CommandInvocation,
  ComponentInvocation,
  Invoker,
  MessageCommandInvocation,
  OptionValue,
  ResolvedChannel,
} from '../interactions/types.js';

function isOptionValue(value: unknown): value is OptionValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

const NESTING = new Set<ApplicationCommandOptionType>([
  ApplicationCommandOptionType.Subcommand,
  ApplicationCommandOptionType.SubcommandGroup,
]);

interface ParsedOptions {
  subcommand?: string;
  options: Record<string, OptionValue>;
  channels?: Record<string, ResolvedChannel>;
}

/** A channel option's channel as discord.js resolved it (a cached channel or the raw API data). */
function resolvedChannel(option: CommandInteractionOption): ResolvedChannel | undefined {
  const channel = option.channel as { id?: unknown; type?: unknown; guildId?: unknown; guild_id?: unknown };
  if (!channel || typeof channel.id !== 'string' || typeof channel.type !== 'number') return undefined;
  const guildId = channel.guildId ?? channel.guild_id;
  return { id: channel.id, type: channel.type, ...(typeof guildId === 'string' ? { guildId } : {}) };
}

/**
 * Options by name, raw. A subcommand (inside a group, if any) is named and its options are the
 * ones returned. A value that is not a string, number or boolean is dropped, so a required option
 * reads as missing. Channel, user and role options carry the id as their value; channels also come
 * back resolved (type and guild), for the commands that must check them.
 */
export function parseOptions(data: readonly CommandInteractionOption[]): ParsedOptions {
  const nested = data.find((o) => NESTING.has(o.type));
  if (nested) {
    const inner =
      nested.type === ApplicationCommandOptionType.SubcommandGroup
        ? (nested.options ?? []).find((o) => o.type === ApplicationCommandOptionType.Subcommand)
        : nested;
    return { ...parseOptions(inner?.options ?? []), subcommand: inner?.name ?? nested.name };
  }
  // Keyed by names and ids from the payload: no prototype, so no name can reach Object's members.
  const parsed: ParsedOptions = { options: Object.create(null) as Record<string, OptionValue> };
  for (const option of data) {
    if (!isOptionValue(option.value)) continue;
    parsed.options[option.name] = option.value;
    const channel =
      option.type === ApplicationCommandOptionType.Channel ? resolvedChannel(option) : undefined;
    if (channel) {
      parsed.channels ??= Object.create(null) as Record<string, ResolvedChannel>;
      parsed.channels[channel.id] = channel;
    }
  }
  return parsed;
}

function base(interaction: BaseInteraction): {
  user: Invoker;
  guildId?: string;
  channelId?: string;
} {
  const permissions = interaction.memberPermissions?.bitfield;
  return {
    user: { id: interaction.user.id, ...(permissions !== undefined ? { permissions } : {}) },
    ...(interaction.guildId ? { guildId: interaction.guildId } : {}),
    ...(interaction.channelId ? { channelId: interaction.channelId } : {}),
  };
}

export function toCommandInvocation(interaction: ChatInputCommandInteraction): CommandInvocation {
  return {
    ...base(interaction),
    command: interaction.commandName,
    ...parseOptions(interaction.options.data),
  };
}

export function toAutocompleteInvocation(interaction: AutocompleteInteraction): AutocompleteInvocation {
  // The focused option is the one Discord marks, at whatever depth.
  const focused = (function find(data: readonly CommandInteractionOption[]): string | undefined {
    for (const option of data) {
      if (option.focused) return option.name;
      const inner = option.options && find(option.options);
      if (inner) return inner;
    }
    return undefined;
  })(interaction.options.data);
  return {
    ...base(interaction),
    command: interaction.commandName,
    ...parseOptions(interaction.options.data),
    focused: focused ?? '',
  };
}

export function toComponentInvocation(interaction: MessageComponentInteraction): ComponentInvocation {
  return {
    ...base(interaction),
    customId: interaction.customId,
    values: interaction.isAnySelectMenu() ? [...interaction.values] : [],
  };
}

interface EmbedText {
  readonly title?: string | null;
  readonly description?: string | null;
}

/** The text a message shows: its content, then its embeds' titles and descriptions (bot posts). */
function messageText(message: { content?: string; embeds?: readonly EmbedText[] }): string {
  const parts = [message.content ?? ''];
  for (const embed of message.embeds ?? []) parts.push(embed.title ?? '', embed.description ?? '');
  return parts.filter((part) => part.trim() !== '').join('\n');
}

export function toMessageCommandInvocation(
  interaction: MessageContextMenuCommandInteraction,
): MessageCommandInvocation {
  const target = interaction.targetMessage;
  return {
    ...base(interaction),
    command: interaction.commandName,
    message: { id: interaction.targetId, content: messageText(target) },
  };
}
