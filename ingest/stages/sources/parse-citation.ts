// One citation's text parsed into its parts: outlet, author, place, date, page, number and what is irregular.
import { PLAIN_FULL_NAME } from '../../language/lexicon.js';
import { findDates, type DateMention } from '../dates.js';
import { looksLikeMedia, WEB_ADDRESS } from './outlet-patterns.js';

const PAGE = /^pp?\.\s?(\d+(?:[-–]\d+)?)$/i;
const NUMBER = /^(?:no|nos|No|Nos|#)\.?\s?(\d+[\w/-]*)$/;

export interface ParsedPart {
  outlet?: string;
  author?: string;
  place?: string;
  date?: DateMention;
  page?: string;
  number?: string;
  notes: string[];
}

/** Parse one citation ("Kestria-24 TV, Veloran March 6") whose text starts at `offset`. */
export function parseCitationText(text: string, offset: number): ParsedPart {
  const parsed: ParsedPart = { notes: [] };
  let pos = 0;
  // Commas inside a date ("December 15, 2011") do not separate parts.
  const dateSpans = findDates(text).filter((d) => !d.relative);
  const parts = text.split(/,/).reduce<string[]>((acc, part) => {
    const at = acc.join(',').length + (acc.length > 0 ? 1 : 0);
    const joined = acc.length > 0 && dateSpans.some((d) => d.start < at - 1 && at - 1 < d.end);
    if (joined) acc[acc.length - 1] += `,${part}`;
    else acc.push(part);
    return acc;
  }, []);
  let partIndex = 0;
  for (const rawPart of parts) {
    const lead = rawPart.length - rawPart.trimStart().length;
    const part = rawPart.trim();
    const partStart = offset + pos + lead;
    pos += rawPart.length + 1;
    if (part === '') continue;
    const page = PAGE.exec(part);
    if (page?.[1]) {
      parsed.page = page[1];
      continue;
    }
    const num = NUMBER.exec(part);
    if (num?.[1]) {
      parsed.number = num[1];
      continue;
    }
    const dates = findDates(part, partStart);
    const date = dates.find((d) => !d.relative);
    if (date && !parsed.date) {
      parsed.date = date;
      if (/^\d/.test(date.text) && date.from?.day !== undefined) parsed.notes.push('day before month');
      const prefix = part.slice(0, date.start - partStart).trim();
      if (prefix !== '' && /^\p{Lu}/u.test(prefix)) {
        if (!parsed.outlet && partIndex === 0) parsed.outlet = prefix;
        else {
          parsed.place ??= prefix;
          parsed.notes.push('no comma between place and date');
        }
      }
      partIndex++;
      continue;
    }
    if (/^\p{Lu}/u.test(part) || /^\p{N}+(?:\p{L}| \p{Lu})/u.test(part) || WEB_ADDRESS.test(part)) {
      if (!parsed.outlet && partIndex === 0) parsed.outlet = part;
      else if (!parsed.place && parsed.outlet) parsed.place = part;
      else parsed.notes.push(`unparsed part "${part}"`);
    } else parsed.notes.push(`unparsed part "${part}"`);
    partIndex++;
  }
  // "(Lena Orlova, Kestria Herald, May 4)": a byline first, then the outlet by its media word.
  const { outlet, place } = parsed;
  if (outlet && place && looksLikeMedia(place) && !looksLikeMedia(outlet) && PLAIN_FULL_NAME.test(outlet)) {
    parsed.author = outlet;
    parsed.outlet = place;
    delete parsed.place;
  }
  return parsed;
}
