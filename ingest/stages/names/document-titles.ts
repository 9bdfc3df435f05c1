// The titles of laws and treaties ("the Law on Freedom of Conscience and Religious Associations", "the
// UN Convention on the Law of the Sea"): capitalised words that name a text, not an actor, so no
// phrase inside one is drafted ("Conscience" had become a place), unless it is a known country or
// place ("the Law on the Status of Crimea and Sevastopol").
import { ORG_HEADS } from '../../language/lexicon.js';
import { GAZETTEER } from '../gazetteer.js';
import type { Span } from '../segment.js';
import type { NamePhrase } from './types.js';

/** A capitalised word of a title, not a possessive ("a Decree on Mikhail Khodorkovsky's pardon"). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}-]*(?![\p{L}-]*['’]s\b)`;
/** A sea, a river or a lake a title names stays a place: "the Legal Status of the Varesh Sea". */
// ("the Sea of Azov", "Lake Sevan" too; not "the Law of the Sea", which names no sea.)
const WATER = String.raw`(?!${NAME_WORD} (?:Sea|Ocean|River|Lake|Strait|Gulf|Bay|Basin)\b|(?:Sea|Ocean|Gulf|Bay|Strait) of \p{Lu}|Lake \p{Lu})`;
const TITLE_WORD = WATER + NAME_WORD;
/** The nouns a document is named by; a title may open with a doctrine's, a name may end in an agreement's. */
const DOCUMENT_WORDS = 'Law|Code|Act|Treaty|Convention|Charter|Decree|Declaration|Protocol|Memorandum';
/**
 * A document's head (and a word before it, "UN Convention"), "on", then its subject: capitalised words
 * joined by "of" or "on"; "and" only before a last plural ("and Religious Associations"), not before
 * a name ("the Law on Elections and President X signed it").
 */
const DOCUMENT_TITLE = new RegExp(
  String.raw`\b(?:\p{Lu}[\p{L}-]* )?(?:${DOCUMENT_WORDS}|Concept|Doctrine) on (?:the )?${TITLE_WORD}(?: (?:of|on)(?: the)? ${TITLE_WORD}| ${TITLE_WORD})*(?: and(?: the)? (?:${TITLE_WORD} ){0,2}\p{Lu}\p{L}*s\b)?`,
  'gu',
);

/** Where the article prints a law's or a treaty's title. */
export function documentTitles(text: string): Span[] {
  return [...text.matchAll(DOCUMENT_TITLE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const DOCUMENT_HEAD = new RegExp(`^(?:${DOCUMENT_WORDS}|Agreement)$`);
/**
 * A phrase that is itself a document's name: one that ends in a document's head ("the Criminal Code",
 * "the Varaza Water Treaty", "the Association Agreement") or opens with one and "on" ("Treaty on
 * Alliance and Integration"), with no body's head in it ("the Commission for Democratic Law" is a body).
 */
function namesDocument(text: string): boolean {
  const words = text.replace(/^The /, '').split(' ');
  const documentWord =
    DOCUMENT_HEAD.test(words.at(-1) ?? '') || (DOCUMENT_HEAD.test(words[0] ?? '') && words[1] === 'on');
  return documentWord && !words.some((w) => ORG_HEADS.has(w) && !DOCUMENT_HEAD.test(w));
}

/**
 * The phrase names a document, or lies in a title and names no known country or place. (Not a treaty
 * the article abbreviates, "the Collective Security Treaty (CST)": its parties act under that name.)
 */
export function inDocumentTitle(p: NamePhrase, titles: readonly Span[], text: string): boolean {
  const known = GAZETTEER.get(p.text);
  const abbreviated = /^ \(\p{Lu}{2,6}\)/u.test(text.slice(p.end, p.end + 10));
  return (
    (namesDocument(p.text) && !abbreviated) ||
    (titles.some((t) => p.start >= t.start && p.end <= t.end) &&
      !(known && (known.kind === 'country' || known.kind === 'place')))
  );
}
