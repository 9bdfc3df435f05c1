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

/** Cuts text to `max` characters (by code point, never splitting a surrogate pair), marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  let out = '';
  for (const point of points) {
    if (out.length + point.length > max - 1) break;
    out += point;
  }
  return `${out}…`;
}

const MARKDOWN = /([\\*_~`|>#[\]])/g;
const LIST_MARKER = /^(\s*)([-+])(\s)/gm;
const NUMBERED_MARKER = /^(\s*\d+)\.(\s)/gm;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const MENTION_LIKE = /@(everyone|here)|<(@[!&]?|#)(\d+)>/g;

/**
 * User text echoed back, made inert: markdown is escaped and mention syntax is broken with a
 * zero-width space, so it can neither format nor ping (allowed_mentions guards pings too).
 */
export function escapeUserText(text: string): string {
  return text
    .replace(CONTROL_CHARACTERS, '')
    .replace(MENTION_LIKE, (match) => match.replace(/^(@|<)/, '$1\u200b'))
    .replace(MARKDOWN, '\\$1')
    .replace(LIST_MARKER, '$1\\$2$3')
    .replace(NUMBERED_MARKER, '$1\\.$2');
}

/** A block quote of `text` (each line prefixed), cut to fit `max` characters in total. */
export function blockQuote(text: string, max: number): string {
  const quoted = text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  return truncate(quoted, max);
}
