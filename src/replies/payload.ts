// The message payload every reply and post is built as (Discord's own JSON shape), and the one
// function that makes any payload fit Discord's limits and mention nobody.
import type {
  APIActionRowComponent,
  APIComponentInMessageActionRow,
  APIEmbed,
  APIEmbedField,
} from 'discord-api-types/v10';
import { EPHEMERAL_FLAG, LIMITS, NO_MENTIONS, truncate } from './limits.js';

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

export interface MessagePayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: ActionRow[];
  flags?: number;
  allowed_mentions: { parse: never[] };
}

const EMBED_COLOR = 0x2b6cb0;

function fitField(field: APIEmbedField): APIEmbedField {
  return {
    name: truncate(field.name || '\u200b', LIMITS.fieldName),
    value: truncate(field.value || '\u200b', LIMITS.fieldValue),
    ...(field.inline ? { inline: true } : {}),
  };
}

/** Characters Discord counts toward the 6000 per message. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { color: EMBED_COLOR, ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, LIMITS.embedTitle);
  if (out.description !== undefined) out.description = truncate(out.description, LIMITS.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, LIMITS.footerText) };
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, LIMITS.authorName) };
  if (out.fields) out.fields = out.fields.slice(0, LIMITS.embedFields).map(fitField);
  return out;
}

/** Shrinks the embeds until their text fits the per-message total: drop late fields, then cut prose. */
function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  const total = () => embeds.reduce((sum, e) => sum + embedLength(e), 0);
  for (let i = embeds.length - 1; i >= 0 && total() > LIMITS.embedTotal; i--) {
    const embed = embeds[i]!;
    while ((embed.fields?.length ?? 0) > 0 && total() > LIMITS.embedTotal) embed.fields!.pop();
    const excess = total() - LIMITS.embedTotal;
    if (excess > 0 && embed.description) {
      embed.description = truncate(embed.description, Math.max(1, embed.description.length - excess));
    }
  }
  while (embeds.length > 1 && total() > LIMITS.embedTotal) embeds.pop();
  return embeds;
}

/** Every payload passes through here on its way out: limits enforced, mentions off. */
export function finalizeMessage(payload: Omit<MessagePayload, 'allowed_mentions'>): MessagePayload {
  const out: MessagePayload = { allowed_mentions: { ...NO_MENTIONS, parse: [] } };
  if (payload.content !== undefined) out.content = truncate(payload.content, LIMITS.content);
  if (payload.embeds) out.embeds = fitTotal(payload.embeds.slice(0, LIMITS.embedsPerMessage).map(fitEmbed));
  if (payload.components) out.components = payload.components.slice(0, LIMITS.actionRows);
  if (payload.flags) out.flags = payload.flags;
  if (!out.content && !out.embeds?.length) out.content = '\u200b';
  return out;
}

/** An ephemeral text reply: misses, errors, notes only the asker needs. */
export function ephemeralText(
  content: string,
  extra: Omit<MessagePayload, 'allowed_mentions'> = {},
): MessagePayload {
  return finalizeMessage({ ...extra, content, flags: EPHEMERAL_FLAG });
}

export function isEphemeral(payload: MessagePayload): boolean {
  return ((payload.flags ?? 0) & EPHEMERAL_FLAG) !== 0;
}
