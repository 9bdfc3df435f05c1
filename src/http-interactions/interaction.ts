// An interaction as Discord POSTs it to the endpoint (raw JSON, checked with zod), turned into the
// platform-neutral invocations the dispatcher takes, as src/discord/adapt.ts does for discord.js.
// Only the fields Dossier reads are checked; the rest of the payload is left alone.
import { ApplicationCommandType, InteractionType } from 'discord-api-types/v10';
import { z } from 'zod';
import { focusedOption, messageText, parseOptions, type OptionData } from '../interactions/option-data.js';
import type {
  AutocompleteInvocation,
  CommandInvocation,
  ComponentInvocation,
  Invoker,
  MessageCommandInvocation,
  ResolvedChannel,
} from '../interactions/types.js';

const snowflake = z.string().regex(/^\d{1,20}$/);
const user = z.object({ id: snowflake });

const OptionSchema: z.ZodType<OptionData> = z.lazy(() =>
  z.object({
    name: z.string(),
    type: z.number().int(),
    value: z.unknown().optional(),
    focused: z.boolean().optional(),
    options: z.array(OptionSchema).optional(),
  }),
);

const ResolvedChannelSchema = z.object({
  id: snowflake,
  type: z.number().int(),
  guild_id: snowflake.optional(),
});
const EmbedTextSchema = z.object({ title: z.string().nullish(), description: z.string().nullish() });
const ResolvedMessageSchema = z.object({
  content: z.string().optional(),
  embeds: z.array(EmbedTextSchema).optional(),
});

const EnvelopeSchema = z.object({
  id: snowflake,
  application_id: snowflake,
  type: z.number().int(),
  token: z.string().min(1).max(500),
  guild_id: snowflake.optional(),
  channel_id: snowflake.optional(),
  channel: z.object({ id: snowflake }).optional(),
  // In a server the invoker is the member's user; in a DM, `user`.
  member: z.object({ user, permissions: z.string().regex(/^\d+$/).optional() }).optional(),
  user: user.optional(),
  data: z.record(z.string(), z.unknown()).optional(),
  // A component's message: only its embeds' footers are read (a search keeps its query there).
  message: z
    .object({
      embeds: z
        .array(z.object({ footer: z.object({ text: z.string() }).optional() }).loose())
        .max(10)
        .optional(),
    })
    .loose()
    .optional(),
});

const CommandDataSchema = z.object({
  name: z.string(),
  type: z.number().int().optional(),
  options: z.array(OptionSchema).optional(),
  target_id: snowflake.optional(),
  resolved: z
    .object({
      channels: z.record(z.string(), ResolvedChannelSchema).optional(),
      messages: z.record(z.string(), ResolvedMessageSchema).optional(),
    })
    .optional(),
});

const ComponentDataSchema = z.object({
  custom_id: z.string().max(100),
  component_type: z.number().int().optional(),
  values: z.array(z.string()).max(25).optional(),
});

export type Envelope = z.infer<typeof EnvelopeSchema>;

/** What the endpoint does with a checked interaction. */
export type ParsedInteraction =
  | { readonly kind: 'command'; readonly invocation: CommandInvocation }
  | { readonly kind: 'autocomplete'; readonly invocation: AutocompleteInvocation }
  | { readonly kind: 'component'; readonly invocation: ComponentInvocation }
  | { readonly kind: 'message-command'; readonly invocation: MessageCommandInvocation }
  /** A kind Dossier has no handler for (a user command, a modal submit): answered with a note. */
  | { readonly kind: 'unsupported'; readonly type: number };

/** The envelope of an interaction, or a message saying why the JSON is not one. */
export function readEnvelope(json: unknown): { ok: true; envelope: Envelope } | { ok: false; error: string } {
  const result = EnvelopeSchema.safeParse(json);
  if (result.success) return { ok: true, envelope: result.data };
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'body';
  return { ok: false, error: `Not an interaction: ${where}: ${issue?.message ?? 'invalid'}.` };
}

const KNOWN_TYPES = new Set<number>([
  InteractionType.Ping,
  InteractionType.ApplicationCommand,
  InteractionType.MessageComponent,
  InteractionType.ApplicationCommandAutocomplete,
  InteractionType.ModalSubmit,
]);

export function isKnownType(type: number): boolean {
  return KNOWN_TYPES.has(type);
}

function base(envelope: Envelope): { user: Invoker; guildId?: string; channelId?: string } | undefined {
  const invoker = envelope.member?.user ?? envelope.user;
  if (!invoker) return undefined;
  const permissions = envelope.member?.permissions;
  const channelId = envelope.channel_id ?? envelope.channel?.id;
  return {
    user: { id: invoker.id, ...(permissions !== undefined ? { permissions: BigInt(permissions) } : {}) },
    ...(envelope.guild_id ? { guildId: envelope.guild_id } : {}),
    ...(channelId ? { channelId } : {}),
  };
}

/**
 * A channel option's channel from `data.resolved`. Discord's partial channels there carry no
 * guild_id: Discord offers and resolves only the channels of the server the command ran in (the
 * request is signed by Discord, so that holds), so that server is the channel's.
 */
function channelsFrom(
  resolved: Record<string, z.infer<typeof ResolvedChannelSchema>> | undefined,
  interactionGuildId: string | undefined,
) {
  return (option: OptionData): ResolvedChannel | undefined => {
    const channel = typeof option.value === 'string' ? resolved?.[option.value] : undefined;
    if (!channel) return undefined;
    const guildId = channel.guild_id ?? interactionGuildId;
    return { id: channel.id, type: channel.type, ...(guildId ? { guildId } : {}) };
  };
}

/**
 * The invocation an interaction asks for, or a message saying what is missing. Throws nothing,
 * whatever the JSON held.
 */
export function toParsedInteraction(
  envelope: Envelope,
): ParsedInteraction | { kind: 'invalid'; error: string } {
  // A PING never gets here: the endpoint answers it before reading an envelope.
  if (envelope.type === InteractionType.Ping || envelope.type === InteractionType.ModalSubmit)
    return { kind: 'unsupported', type: envelope.type };
  const common = base(envelope);
  if (!common) return { kind: 'invalid', error: 'Not an interaction: it names no user or member.' };
  if (envelope.type === InteractionType.MessageComponent) {
    const data = ComponentDataSchema.safeParse(envelope.data);
    if (!data.success)
      return { kind: 'invalid', error: 'Not a component interaction: data.custom_id is missing.' };
    return {
      kind: 'component',
      invocation: {
        ...common,
        customId: data.data.custom_id,
        values: data.data.values ?? [],
        messageFooters: (envelope.message?.embeds ?? []).flatMap((e) => (e.footer ? [e.footer.text] : [])),
      },
    };
  }
  const data = CommandDataSchema.safeParse(envelope.data);
  if (!data.success) return { kind: 'invalid', error: 'Not a command interaction: data.name is missing.' };
  const { name, options = [], resolved } = data.data;
  const commandType = data.data.type ?? ApplicationCommandType.ChatInput;
  if (envelope.type === InteractionType.ApplicationCommandAutocomplete) {
    return {
      kind: 'autocomplete',
      invocation: {
        ...common,
        command: name,
        ...parseOptions(options, channelsFrom(resolved?.channels, envelope.guild_id)),
        focused: focusedOption(options) ?? '',
      },
    };
  }
  if (commandType === ApplicationCommandType.ChatInput) {
    return {
      kind: 'command',
      invocation: {
        ...common,
        command: name,
        ...parseOptions(options, channelsFrom(resolved?.channels, envelope.guild_id)),
      },
    };
  }
  if (commandType === ApplicationCommandType.Message) {
    const targetId = data.data.target_id;
    const target = targetId ? resolved?.messages?.[targetId] : undefined;
    if (!targetId || !target)
      return { kind: 'invalid', error: 'Not a message command: the target message is missing.' };
    return {
      kind: 'message-command',
      invocation: { ...common, command: name, message: { id: targetId, content: messageText(target) } },
    };
  }
  return { kind: 'unsupported', type: envelope.type };
}
