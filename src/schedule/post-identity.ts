// How a day's post recognises itself: a deterministic nonce (Discord deduplicates on it with
// enforce_nonce) and a footer marker (found in the channel's history after the nonce window).
import { createHash } from 'node:crypto';

/** Discord accepts nonces of at most 25 characters. */
export const NONCE_MAX_LENGTH = 25;

/**
 * The nonce of server `guildId`'s post for `localDate`: the same on every attempt and in every
 * process, so a resend after a crash is recognised by Discord as the same message.
 */
export function dailyPostNonce(guildId: string, localDate: string): string {
  const digest = createHash('sha256').update(`dossier:on-this-day:${guildId}:${localDate}`).digest();
  // 96 bits in base 36 is at most 19 characters; "otd" + 19 stays under 25.
  const value = BigInt(`0x${digest.subarray(0, 12).toString('hex')}`);
  return `otd${value.toString(36).padStart(19, '0')}`;
}

/** The footer text of a scheduled post for `localDate`; nothing else carries it. */
export function dailyPostMarker(localDate: string): string {
  return `Dossier · on this day · ${localDate}`;
}

/** The parts of a fetched message needed to recognise our own post. */
export interface PostedMessage {
  readonly id: string;
  readonly authorId: string;
  readonly nonce?: string | number | null;
  readonly embeds: readonly { readonly footer?: { readonly text?: string } | null }[];
}

/** True when `message` is the bot's scheduled post carrying `marker` or `nonce`. */
export function isOwnDailyPost(
  message: PostedMessage,
  botUserId: string,
  marker: { readonly footer: string; readonly nonce: string },
): boolean {
  if (message.authorId !== botUserId) return false;
  if (message.nonce !== undefined && message.nonce !== null && String(message.nonce) === marker.nonce) {
    return true;
  }
  return message.embeds.some((embed) => embed.footer?.text === marker.footer);
}
