// Message components carry their state in the custom id: what to do, for whom, since when.
// Format: action:owner:issuedAt(base36 seconds):arg...:tag (at most 100 characters). The tag is a
// short HMAC of the rest, so only ids this bot issued are honoured; select values carry their own
// tag, bound to the menu's id, so only values the menu offered are accepted.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { LIMITS } from './limits.js';

/** Components older than this answer "expired" instead of acting. */
export const COMPONENT_TTL_MS = 15 * 60 * 1000;
/** Clocks of processes sharing a key may differ a little; an id from further ahead is forged. */
const CLOCK_SKEW_MS = 60 * 1000;
/** 12 base64url characters: 72 bits, far beyond guessing within a component's 15 minutes. */
const TAG_LENGTH = 12;
/** 8 characters (48 bits) per select value: it only has to bind a value to an already signed menu. */
const VALUE_TAG_LENGTH = 8;
const VALUE_SEPARATOR = '.';

export interface ComponentRef {
  readonly action: string;
  /** The user who may use it, or undefined for anyone. */
  readonly owner: string | undefined;
  readonly issuedAt: number;
  readonly args: readonly string[];
}

/**
 * The key signing every custom id. Random per process unless set from COMPONENT_SIGNING_KEY
 * (required when several processes serve the same servers, so each honours the others' ids).
 */
let signingKey: Buffer = randomBytes(32);

export function setComponentSigningKey(key: string): void {
  signingKey = Buffer.from(key, 'utf8');
}

function mac(text: string, length: number): string {
  return createHmac('sha256', signingKey).update(text).digest('base64url').slice(0, length);
}

/** Constant-time comparison of the bytes: a forged tag of other characters may differ in length. */
function sameTag(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function encodeCustomId(ref: ComponentRef): string {
  const body = [ref.action, ref.owner ?? '-', Math.floor(ref.issuedAt / 1000).toString(36), ...ref.args].join(
    ':',
  );
  const id = `${body}:${mac(body, TAG_LENGTH)}`;
  if (id.length > LIMITS.customId) throw new Error(`custom id too long (${id.length}): ${ref.action}`);
  return id;
}

/** Parses a custom id; undefined for anything this bot did not issue (forged, altered, stale format). */
export function decodeCustomId(customId: unknown): ComponentRef | undefined {
  if (typeof customId !== 'string' || customId.length > LIMITS.customId) return undefined;
  const cut = customId.lastIndexOf(':');
  if (cut === -1 || !sameTag(customId.slice(cut + 1), mac(customId.slice(0, cut), TAG_LENGTH)))
    return undefined;
  const [action, owner, issued, ...args] = customId.slice(0, cut).split(':');
  if (!action || !owner || !issued || !/^[a-z-]+$/.test(action) || !/^[0-9a-z]+$/.test(issued))
    return undefined;
  if (owner !== '-' && !/^\d{1,20}$/.test(owner)) return undefined;
  return { action, owner: owner === '-' ? undefined : owner, issuedAt: parseInt(issued, 36) * 1000, args };
}

/**
 * Buttons under public answers that only show what anyone may ask for again (a citation, an
 * actor's list): they work as long as the message lasts, not 15 minutes.
 */
const LASTING_ACTIONS: ReadonlySet<string> = new Set(['cite', 'list']);

/**
 * A short signed digest of text a component cannot carry in its id (a search query, kept in its
 * message), so the handler can tell that text read back from the message is the text it issued.
 */
export function textDigest(text: string): string {
  return mac(`text\n${text}`, VALUE_TAG_LENGTH);
}

/** Too old to act on, or issued in the future (which no id of ours ever is). */
export function isExpired(ref: ComponentRef, now: number): boolean {
  if (ref.issuedAt - now > CLOCK_SKEW_MS) return true;
  return !LASTING_ACTIONS.has(ref.action) && now - ref.issuedAt > COMPONENT_TTL_MS;
}

/** A select option's value: the plain value and a tag binding it to the menu's custom id. */
export function encodeSelectValue(customId: string, value: string): string {
  const signed = `${value}${VALUE_SEPARATOR}${mac(`${customId}\n${value}`, VALUE_TAG_LENGTH)}`;
  if (signed.length > LIMITS.selectValue) throw new Error(`select value too long (${signed.length})`);
  return signed;
}

/** The plain value of a select option this menu offered; undefined for any other value. */
export function decodeSelectValue(customId: string, signed: unknown): string | undefined {
  if (typeof signed !== 'string') return undefined;
  const cut = signed.lastIndexOf(VALUE_SEPARATOR);
  if (cut === -1) return undefined;
  const value = signed.slice(0, cut);
  return sameTag(signed.slice(cut + 1), mac(`${customId}\n${value}`, VALUE_TAG_LENGTH)) ? value : undefined;
}
