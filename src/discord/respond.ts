// Sends a Response through discord.js, acknowledging each interaction exactly once: a reply or an
// update in time, a deferral when the answer is slow, and a follow-up (never a crash) when the
// interaction turns out to be acknowledged already.
import {
  DiscordAPIError,
  DiscordjsError,
  DiscordjsErrorCodes,
  MessageFlags,
  RESTJSONErrorCodes,
  type ChatInputCommandInteraction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type MessageComponentInteraction,
  type MessageContextMenuCommandInteraction,
  type ModalSubmitInteraction,
  type UserContextMenuCommandInteraction,
} from 'discord.js';
import type { Response } from '../interactions/types.js';
import { isEphemeral, type MessagePayload } from '../replies/payload.js';

/** Interactions answered with a message (everything but autocomplete). */
export type Answerable =
  | ChatInputCommandInteraction
  | MessageContextMenuCommandInteraction
  | UserContextMenuCommandInteraction
  | MessageComponentInteraction
  | ModalSubmitInteraction;

/** How the answer went out, for the interaction's log line. */
export type Delivery = 'reply' | 'update' | 'edit' | 'followup';

/** Discord wants the first answer within 3 s; past this, the work is deferred. */
export const DEFER_AFTER_MS = 2500;

/** How old an interaction's id may say it is and still be believed (see `deferDelay`). */
const TRUSTED_AGE_MS = 10_000;

/**
 * How long to wait before deferring: `deferAfterMs` counted from when Discord created the interaction
 * (its id's timestamp), not from when this process got to it, so time lost on the way (a busy event
 * loop, a slow gateway) does not push the deferral past Discord's deadline. A creation time in the
 * future or more than `TRUSTED_AGE_MS` old says more about the clocks (or a test double's ids) than
 * about the interaction, and is ignored.
 */
export function deferDelay(createdTimestamp: number, now: number, deferAfterMs: number): number {
  const age = now - createdTimestamp;
  if (!Number.isFinite(age) || age < 0 || age > TRUSTED_AGE_MS) return deferAfterMs;
  return Math.max(0, deferAfterMs - age);
}

function mentions(payload: MessagePayload) {
  return { parse: [...payload.allowed_mentions.parse] };
}

/** A new message: flags (ephemeral) and mentions as the payload says. */
export function replyOptions(payload: MessagePayload): InteractionReplyOptions {
  return {
    ...(payload.content !== undefined ? { content: payload.content } : {}),
    ...(payload.embeds ? { embeds: payload.embeds } : {}),
    ...(payload.components ? { components: payload.components } : {}),
    ...(payload.flags ? { flags: payload.flags & MessageFlags.Ephemeral } : {}),
    allowedMentions: mentions(payload),
  };
}

/**
 * A message replaced in place: every part is set, so nothing of the old message (a picker's
 * prompt, its menu) survives. Visibility cannot change after the fact, so the flags are left out.
 */
export function editOptions(payload: MessagePayload): InteractionEditReplyOptions {
  return {
    content: payload.content ?? '',
    embeds: payload.embeds ?? [],
    components: payload.components ?? [],
    allowedMentions: mentions(payload),
  };
}

export function isAlreadyAcknowledged(error: unknown): boolean {
  return (
    (error instanceof DiscordAPIError &&
      error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged) ||
    (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.InteractionAlreadyReplied)
  );
}

/** Discord no longer accepts a first answer (the 3 s deadline passed): nothing more can be sent. */
export function isExpiredInteraction(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownInteraction;
}

/** Acknowledges now and answers later: components keep their message, commands "think". */
export async function deferInteraction(interaction: Answerable, ephemeral: boolean): Promise<void> {
  if (interaction.deferred || interaction.replied) return;
  if (interaction.isMessageComponent()) await interaction.deferUpdate();
  else await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
}

/** The first answer; if Discord says it was already acknowledged, the answer goes as a follow-up. */
async function answerFirst(interaction: Answerable, response: Response, payload: MessagePayload) {
  try {
    if (response.type === 'update' && interaction.isMessageComponent()) {
      await interaction.update(editOptions(payload));
      return 'update';
    }
    await interaction.reply(replyOptions(payload));
    return 'reply';
  } catch (error) {
    if (!isAlreadyAcknowledged(error)) throw error;
    // discord.js marks the interaction replied only after its own call succeeds, so followUp()
    // would refuse; the interaction's webhook is what followUp uses underneath.
    await interaction.webhook.send(replyOptions(payload));
    return 'followup';
  }
}

/** Sends a message response, choosing the call by what has already been sent. */
export async function deliver(interaction: Answerable, response: Response): Promise<Delivery> {
  if (response.type === 'choices') throw new Error('autocomplete choices answer only autocomplete');
  const payload = response.payload;
  if (!interaction.deferred && !interaction.replied) return answerFirst(interaction, response, payload);
  if (interaction.replied) {
    await interaction.followUp(replyOptions(payload));
    return 'followup';
  }
  // Deferred by us: a component with deferUpdate, a command with deferReply.
  if (interaction.isMessageComponent()) {
    if (response.type === 'update') {
      await interaction.editReply(editOptions(payload));
      return 'edit';
    }
    await interaction.followUp(replyOptions(payload));
    return 'followup';
  }
  if (isEphemeral(payload) && !interaction.ephemeral) {
    // A miss or an error must not become public: answer privately, drop the public "thinking".
    await interaction.followUp(replyOptions(payload));
    await interaction.deleteReply().catch(() => undefined);
    return 'followup';
  }
  await interaction.editReply(editOptions(payload));
  return 'edit';
}

/**
 * Waits for the answer, deferring first if it takes longer than `deferAfterMs`, then sends it.
 * `deferEphemeral` chooses the deferral's visibility (it cannot change afterwards).
 */
export async function answerInTime(
  interaction: Answerable,
  pending: Promise<Response>,
  options: { deferAfterMs?: number; deferEphemeral: boolean },
): Promise<{ delivery: Delivery; deferred: boolean }> {
  // Handled here so a failed deferral cannot leave the answer's own failure unhandled.
  pending.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    const after = options.deferAfterMs ?? DEFER_AFTER_MS;
    timer = setTimeout(() => resolve('late'), deferDelay(interaction.createdTimestamp, Date.now(), after));
  });
  try {
    const first = await Promise.race([pending, late]);
    if (first !== 'late') return { delivery: await deliver(interaction, first), deferred: false };
  } finally {
    clearTimeout(timer);
  }
  await deferInteraction(interaction, options.deferEphemeral);
  return { delivery: await deliver(interaction, await pending), deferred: true };
}
