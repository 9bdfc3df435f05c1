// Discord's message limits in one place. Every reply and post passes through these helpers, so
// nothing we send can be rejected for size or ping anyone.

export const LIMITS = {
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Sum of all embed text in one message. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  content: 2000,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  selectOptions: 25,
  selectLabel: 100,
  selectValue: 100,
  selectDescription: 100,
  customId: 100,
  buttonLabel: 80,
  actionRows: 5,
  buttonsPerRow: 5,
} as const;

/** Message flag: only the invoking user sees the reply. */
export const EPHEMERAL_FLAG = 64;

/** On every message: mentions render, but nobody is notified. */
export const NO_MENTIONS = Object.freeze({ parse: [] as never[] });

/**
 * Cuts text to `max` UTF-16 units (what Discord counts), never splitting a surrogate pair, and
 * marks the cut with `marker` (pass '' to cut a query silently). Every cut goes through here.
 */
export function truncate(text: string, max: number, marker = '…'): string {
  if (text.length <= max) return text;
  let out = '';
  for (const point of text) {
    if (out.length + point.length > max - marker.length) break;
    out += point;
  }
  return `${out}${marker}`;
}

const MARKDOWN = /([\\*_~`|>#[\]])/g;
const LIST_MARKER = /^(\s*)([-+])(\s)/gm;
const NUMBERED_MARKER = /^(\s*\d+)\.(\s)/gm;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/**
 * Direction marks, embeddings, overrides and isolates: echoed in the bot's voice they can reorder
 * the text around them (spoofing what the bot says), so they never leave user text.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Removes control and bidirectional-formatting characters: the first step of echoing user text. */
export function stripControls(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '').replace(BIDI_CONTROLS, '');
}
const MENTION_LIKE = /@(everyone|here)|<(@[!&]?|#)(\d+)>/g;

/**
 * User text echoed back, made inert: markdown is escaped and mention syntax is broken with a
 * zero-width space, so it can neither format nor ping (allowed_mentions guards pings too).
 */
export function escapeUserText(text: string): string {
  return stripControls(text)
    .replace(MENTION_LIKE, (match) => match.replace(/^(@|<)/, '$1\u200b'))
    .replace(MARKDOWN, '\\$1')
    .replace(LIST_MARKER, '$1\\$2$3')
    .replace(NUMBERED_MARKER, '$1\\.$2');
}

/**
 * User text shown as inline code (`name`), cut to `max`: a backtick in it would close the span
 * early, and nothing inside a code span can be escaped, so backticks become a look-alike (ˋ).
 */
export function codeSpan(text: string, max: number): string {
  return `\`${truncate(stripControls(text).replace(/\s+/g, ' ').replace(/`/g, '\u02cb'), max) || ' '}\``;
}

/** A block quote of `text` (each line prefixed), cut to fit `max` characters in total. */
export function blockQuote(text: string, max: number): string {
  const quoted = text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  return truncate(quoted, max);
}
