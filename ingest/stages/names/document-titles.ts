// The titles of laws and treaties ("the Law on Freedom of Conscience and Religious Associations", "the
// Treaty on Allied Relations"): capitalised words that name a text, not an actor, so no phrase is
// drafted from them ("Conscience" had become a place).
import type { Span } from '../segment.js';

const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
/** A sea, a river or a lake a title names stays a place: "the Legal Status of the Varesh Sea". */
const WATER = String.raw`(?!${NAME_WORD} (?:Sea|Ocean|River|Lake|Strait|Gulf|Bay|Basin)\b)`;
/** A document's head, "on", then its subject: capitalised words joined by "and", "of", "for", "the". */
const DOCUMENT_TITLE = new RegExp(
  String.raw`\b(?:Law|Code|Act|Treaty|Convention|Charter|Decree|Declaration|Protocol|Memorandum|Concept|Doctrine) on (?:the )?${NAME_WORD}(?: (?:(?:and|of|for|in|on)(?: the)? )?${WATER}${NAME_WORD})*`,
  'gu',
);

/** Where the article prints a law's or a treaty's title. */
export function documentTitles(text: string): Span[] {
  return [...text.matchAll(DOCUMENT_TITLE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
