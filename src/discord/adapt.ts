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
} from '../interactions/types.js';

function isOptionValue(value: unknown): value is OptionValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * Options by name. Sub-commands (none registered yet) are flattened into their options; a value
 * that is not a string, number or boolean is dropped, so a required option reads as missing.
 */
export function optionValues(
  data: readonly CommandInteractionOption[],
  into: Record<string, OptionValue> = {},
): Record<string, OptionValue> {
  for (const option of data) {
    if (
      option.type === ApplicationCommandOptionType.Subcommand ||
      option.type === ApplicationCommandOptionType.SubcommandGroup
    ) {
      optionValues(option.options ?? [], into);
    } else if (isOptionValue(option.value)) {
      // Channel, user, role and mentionable options carry the id as their value.
      into[option.name] = option.value;
    }
  }
  return into;
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
    options: optionValues(interaction.options.data),
  };
}

export function toAutocompleteInvocation(interaction: AutocompleteInteraction): AutocompleteInvocation {
  const options = optionValues(interaction.options.data);
  const focused = interaction.options.data.find((o) => o.focused)?.name ?? '';
  return { ...base(interaction), command: interaction.commandName, options, focused };
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
