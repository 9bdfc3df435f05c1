// Answers an HTTP interaction the way src/discord/respond.ts answers a gateway one: the first answer
// is the HTTP response itself (a message, an update, choices) when it is ready in time; otherwise
// the response is a deferral and the answer follows by REST on the interaction's webhook
// (PATCH @original, or a follow-up when a private answer must not replace a public "thinking").
import type { REST } from '@discordjs/rest';
import { InteractionResponseType, Routes } from 'discord-api-types/v10';
import type { Response } from '../interactions/types.js';
import { messageBody } from '../rest/client.js';
import { EPHEMERAL_FLAG } from '../replies/limits.js';
import { isEphemeral, type MessagePayload } from '../replies/payload.js';

/** The REST calls a deferred answer needs (an @discordjs/rest REST; webhook routes need no token). */
export type WebhookRest = Pick<REST, 'patch' | 'post' | 'delete'>;

/** Discord wants the first answer within 3 s; past this, the answer is deferred. */
export const DEFER_AFTER_MS = 2500;

/** The body of an interaction callback (the HTTP response to Discord). */
export interface CallbackBody {
  readonly type: InteractionResponseType;
  readonly data?: Record<string, unknown>;
}

/** How the answer went out, for the log line (the same words as the gateway mode's). */
export type Delivery = 'reply' | 'update' | 'choices' | 'edit' | 'followup';

/** A new message: only the ephemeral flag can be set on an interaction reply. */
export function replyData(payload: MessagePayload): Record<string, unknown> {
  return messageBody(payload, EPHEMERAL_FLAG);
}

/** A message replaced in place: every part set, so nothing of the old one (a picker) survives. */
export function editData(payload: MessagePayload): Record<string, unknown> {
  return {
    content: payload.content ?? '',
    embeds: payload.embeds ?? [],
    components: payload.components ?? [],
    allowed_mentions: { parse: [...payload.allowed_mentions.parse] },
  };
}

/** The callback for an answer that is ready in time. */
export function callbackFor(
  response: Response,
  isComponent: boolean,
): { body: CallbackBody; delivery: Delivery } {
  if (response.type === 'choices') {
    const choices = response.choices.map((c) => ({ name: c.name, value: c.value }));
    return {
      body: { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } },
      delivery: 'choices',
    };
  }
  if (response.type === 'update' && isComponent) {
    return {
      body: { type: InteractionResponseType.UpdateMessage, data: editData(response.payload) },
      delivery: 'update',
    };
  }
  return {
    body: { type: InteractionResponseType.ChannelMessageWithSource, data: replyData(response.payload) },
    delivery: 'reply',
  };
}

/** The deferral: a component keeps its message (deferred update), a command "thinks". */
export function deferralFor(isComponent: boolean, ephemeral: boolean): CallbackBody {
  if (isComponent) return { type: InteractionResponseType.DeferredMessageUpdate };
  return {
    type: InteractionResponseType.DeferredChannelMessageWithSource,
    ...(ephemeral ? { data: { flags: EPHEMERAL_FLAG } } : {}),
  };
}

/**
 * Sends the answer after a deferral, choosing the call as the gateway mode does: an update edits
 * the component's message; a reply to a component is a follow-up; a private answer to a public
 * deferral is a private follow-up and the public "thinking" is removed; else @original is edited.
 */
export async function deliverDeferred(
  rest: WebhookRest,
  target: { readonly applicationId: string; readonly token: string },
  response: Response,
  deferral: { readonly isComponent: boolean; readonly ephemeral: boolean },
): Promise<Delivery> {
  if (response.type === 'choices') throw new Error('autocomplete choices answer only autocomplete');
  const original = Routes.webhookMessage(target.applicationId, target.token, '@original');
  const followup = Routes.webhook(target.applicationId, target.token);
  const { payload } = response;
  if (deferral.isComponent) {
    if (response.type === 'update') {
      await rest.patch(original, { body: editData(payload), auth: false });
      return 'edit';
    }
    await rest.post(followup, { body: replyData(payload), auth: false });
    return 'followup';
  }
  if (isEphemeral(payload) && !deferral.ephemeral) {
    await rest.post(followup, { body: replyData(payload), auth: false });
    await rest.delete(original, { auth: false }).catch(() => undefined);
    return 'followup';
  }
  await rest.patch(original, { body: editData(payload), auth: false });
  return 'edit';
}
