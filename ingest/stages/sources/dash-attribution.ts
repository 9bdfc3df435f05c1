// A quote box's attribution: "— Name, Outlet, Date, describing …" after the closing quotation mark.
import { CAPITALS, CITIES, ORG_HEADS, ROLE_NOUNS, TITLE_WORDS } from '../../language/lexicon.js';
import { findDates } from '../dates.js';
import type { Paragraph } from '../segment.js';
import { looksLikeMedia } from './outlet-patterns.js';
import type { Citation } from './types.js';

/** Cities the lexicon knows: the capitals and the region's other cities. */
const KNOWN_CITIES = new Set([...CITIES, ...CAPITALS.flatMap(([, ...cities]) => cities)]);

const ROLE_AT_END = new RegExp(`\\s(?:${ROLE_NOUNS})$`);

/** An outlet named with the day it was told: "Kavkazsky Uzel on May 4." is Kavkazsky Uzel. */
function withoutDate(named: string): string {
  const date = findDates(named, 0).find((d) => !d.relative);
  const outlet = date ? named.slice(0, date.start).replace(/\s+(?:on|in)\s*$/, '') : named;
  return outlet.replace(/[\s.,;:]+$/, '');
}

/**
 * The attribution of a quote box: an em dash after the closing quotation mark, then
 * "Name, Outlet, Date, describing …".
 */
export function findDashAttribution(
  text: string,
  paragraph: Paragraph,
  sentence: number,
  brackets: readonly Citation[] = [],
): Citation | undefined {
  const m = /[”"]\s*(?:—|–|--)\s*([^\n]+)$/u.exec(paragraph.text);
  if (!m?.[1]) return undefined;
  // A quote box opens with its words, after a label at most ("QUOTE:"); a dash after a title in
  // quotation marks inside a sentence ("a series called “X”—on June 18, …") is no attribution.
  if (!/^\s*(?:\p{Lu}[\p{Lu} ]*:\s*)?[“"]/u.test(paragraph.text)) return undefined;
  const attrStart = paragraph.start + m.index + m[0].length - m[1].length;
  const attribution = m[1];
  const dates = findDates(attribution, attrStart);
  const first = dates.find((d) => !d.relative);
  const parts = attribution.split(',').map((p) => p.trim());
  // "Georgian Prime Minister Bidzina Ivanishvili": the author is the name after the title.
  const words = (parts[0] ?? '').split(' ');
  const lastTitle = words.findLastIndex((w) => TITLE_WORDS.has(w));
  let named =
    lastTitle >= 0 && lastTitle < words.length - 1 ? words.slice(lastTitle + 1).join(' ') : parts[0];
  // ("Chairman of the National Council’s Foreign Affairs Committee Tomasz Zelenka": a title holding a
  // body, then the name after the body's last word.)
  const bodyEnd = words.findLastIndex((w) => ORG_HEADS.has(w));
  if (named && /^\p{Ll}/u.test(named) && bodyEnd > lastTitle && bodyEnd < words.length - 1)
    named = words.slice(bodyEnd + 1).join(' ');
  const author = named && /^\p{Lu}/u.test(named) && named.split(' ').length <= 4 ? named : undefined;
  // "Name, Kestrian analyst, interviewed by Radio Kestria, May 4", "Name, a retired colonel, to
  // Kestria Today, May 4": the outlet is the one named.
  const interviewed = parts
    .map((p) => /^(?:interviewed by|speaking to|in an interview with|to|told) (\p{Lu}.*)$/u.exec(p)?.[1])
    .map((named) => named && withoutDate(named))
    .find(Boolean);
  // ("Name, Deputy Secretary of the Council, Zerkalo Nedeli, August 18": a title is the speaker's,
  // and the outlet comes after it.)
  // ("Name, Party of Regions deputy, Outlet, Date": a part that ends in a role noun is a title too.)
  const titled = (part: string) =>
    (part.split(' ').some((w) => TITLE_WORDS.has(w)) || ROLE_AT_END.test(part)) && !looksLikeMedia(part);
  // ("IRT radio, February 10": the medium in lower case after an outlet's name is no part of it.)
  const outletIn = (part: string | undefined) =>
    part && /^\p{Lu}/u.test(part) && !first?.text.startsWith(part)
      ? part.replace(/(?<=\S) (?:radio|television)$/, '')
      : undefined;
  // "Name, deputy of the Kengesh from Tuzbulak, Azat Soz, no. 8, May 4": after a description in lower
  // case, the outlet is the last capitalised part before the date (an issue number is no outlet).
  const beforeDate = parts.slice(2, first ? parts.findIndex((p) => first.text.startsWith(p)) : undefined);
  // ("…, chairman of Volgatel, Delovoy Vestnik, Moscow, July 10": the outlet, then its city, as in a
  // bracket citation.)
  // (A city known as one: the lexicon's, or one a bracket citation of the article names as a place;
  // "—…, spokesman, Gazprom, Kommersant, June 10" ends in an outlet.)
  const capitalised = beforeDate.filter((p) => !/^(?:no|p|pp)\.\s/.test(p) && outletIn(p));
  const last = capitalised.at(-1) ?? '';
  const city = capitalised.length >= 2 && (KNOWN_CITIES.has(last) || brackets.some((c) => c.place === last));
  const afterDescription =
    parts[1] && /^\p{Ll}/u.test(parts[1]) ? outletIn(capitalised.at(city ? -2 : -1)) : undefined;
  const outlet =
    interviewed ??
    (parts[1] && titled(parts[1]) ? outletIn(parts[2]) : (outletIn(parts[1]) ?? afterDescription));
  // "… speaking to the Mazhilis on October 12 (Kazakhstan Today, October 13)": no outlet of its own,
  // the attribution is cited by the bracket that closes it, which it takes in.
  const closing = outlet
    ? undefined
    : brackets.find((c) => c.kind === 'bracket' && c.start > attrStart && c.end <= paragraph.end);
  if (closing) {
    return {
      ...closing,
      kind: 'dash',
      raw: text.slice(attrStart, closing.spanEnd),
      start: attrStart,
      end: closing.spanEnd,
      spanStart: attrStart,
      ...(author ? { author } : {}),
      note: 'attribution after an em dash, cited by the bracket that closes it',
    };
  }
  if (!outlet && !author) return undefined;
  // ("—Hanna Lindqvist, Representative on Freedom of the Media, at the end of her visit, October 13":
  // a person's name, described, and the day, no outlet; "—Dubpress, May 4" is the outlet's own.)
  const speakerOnly =
    !outlet && !!author && author.includes(' ') && !looksLikeMedia(author) && parts.length >= 3;
  const rawEnd = first ? first.end : attrStart + (parts.slice(0, 2).join(', ').length || attribution.length);
  const rest = text.slice(rawEnd, paragraph.end).replace(/^[,\s]+/, '');
  const restStart = paragraph.end - rest.length;
  const describingDate = findDates(rest, restStart).at(-1);
  return {
    kind: 'dash',
    raw: text.slice(attrStart, rawEnd),
    start: attrStart,
    end: rawEnd,
    spanStart: attrStart,
    spanEnd: rawEnd,
    sentence,
    outlet: outlet ?? author ?? '',
    ...(author && (outlet || speakerOnly) ? { author } : {}),
    // (The outlet field then holds the speaker's name: sources and media skip a `noOutlet` citation.)
    ...(speakerOnly ? { noOutlet: true } : {}),
    ...(first ? { date: first } : {}),
    note: 'attribution after an em dash that follows the closing quotation mark',
    ...(rest.trim() !== ''
      ? {
          describing: {
            text: rest.replace(/[.\s]+$/, ''),
            start: restStart,
            ...(describingDate ? { date: describingDate } : {}),
          },
        }
      : {}),
  };
}
