// Turns discord.js interactions into the platform-neutral invocations the dispatcher takes. Option
// values are forwarded raw, as Discord sent them: the dispatcher checks them against the command's
// own definition, so a forged or stale payload is answered, never trusted.
import {
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
  ResolvedChannel,
} from '../interactions/types.js';
import { focusedOption, messageText, parseOptions, type OptionData } from '../interactions/option-data.js';

/** A channel option's channel as discord.js resolved it (a cached channel or the raw API data). */
function resolvedChannel(option: OptionData): ResolvedChannel | undefined {
  const channel = (option as CommandInteractionOption).channel as {
    id?: unknown;
    type?: unknown;
    guildId?: unknown;
    guild_id?: unknown;
  };
  if (!channel || typeof channel.id !== 'string' || typeof channel.type !== 'number') return undefined;
  const guildId = channel.guildId ?? channel.guild_id;
  return { id: channel.id, type: channel.type, ...(typeof guildId === 'string' ? { guildId } : {}) };
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
    ...parseOptions(interaction.options.data, resolvedChannel),
  };
}

export function toAutocompleteInvocation(interaction: AutocompleteInteraction): AutocompleteInvocation {
  const focused = focusedOption(interaction.options.data);
  return {
    ...base(interaction),
    command: interaction.commandName,
    ...parseOptions(interaction.options.data, resolvedChannel),
    focused: focused ?? '',
  };
}

export function toComponentInvocation(interaction: MessageComponentInteraction): ComponentInvocation {
  return {
    ...base(interaction),
    customId: interaction.customId,
    values: interaction.isAnySelectMenu() ? [...interaction.values] : [],
    messageFooters: (interaction.message?.embeds ?? []).flatMap((embed) =>
      typeof embed.footer?.text === 'string' ? [embed.footer.text] : [],
    ),
  };
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
