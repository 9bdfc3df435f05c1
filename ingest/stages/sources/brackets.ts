// Bracketed citations in a sentence ("(Interfax, Moscow, June 2)"); the outlet may stand before them.
import { findDates } from '../dates.js';
import type { Sentence } from '../segment.js';
import { looksLikeMedia, NAME, WEB_ADDRESS } from './outlet-patterns.js';
import { parseCitationText } from './parse-citation.js';
import type { Citation } from './types.js';

/** Capitalised words standing right before an opening bracket ("Ekspress-Temir (no. 11, …)"). */
function nameBefore(text: string, open: number): { name: string; start: number } | undefined {
  const before = text.slice(Math.max(0, open - 80), open);
  const m = new RegExp(`(${NAME})\\s$`, 'u').exec(before);
  if (!m?.[1]) return undefined;
  const name = m[1].replace(/^(?:The|the) /, '');
  // "a report in Kestria Today on May 4 (p.2)": a date before the bracket is no outlet.
  if (findDates(name).some((d) => d.start === 0 && d.end === name.length)) return undefined;
  return { name, start: open - (before.length - m.index) + (m[1].length - name.length) };
}

/** Bracketed citations in one sentence. */
export function findBracketCitations(text: string, sentence: Sentence): Citation[] {
  const found: Citation[] = [];
  const body = sentence.text;
  const pattern = /\(([^()]{2,300})\)/g;
  for (const m of body.matchAll(pattern)) {
    // "(see Kestria Today, May 2)": a pointer to an earlier report cites it all the same.
    const see = /^(?:see|cf\.) (?=\p{Lu})/u.exec(m[1] ?? '')?.[0] ?? '';
    const inner = (m[1] ?? '').slice(see.length);
    const open = sentence.start + m.index;
    const close = open + m[0].length;
    const innerStart = open + 1 + see.length;
    if (
      /^\p{Ll}/u.test(inner) &&
      !/^(?:no|nos|p|pp)\.\s?\d/.test(inner) &&
      !WEB_ADDRESS.test(inner.split(',')[0] ?? '')
    )
      continue;
    let pos = 0;
    for (const segment of inner.split(';')) {
      const lead = segment.length - segment.trimStart().length;
      const segText = segment.trim();
      const segStart = innerStart + pos + lead;
      pos += segment.length + 1;
      if (segText === '') continue;
      const parsed = parseCitationText(segText, segStart);
      const hasLocator =
        parsed.date !== undefined || parsed.page !== undefined || parsed.number !== undefined;
      let outlet = parsed.outlet;
      let rawStart = segStart;
      let rawEnd = segStart + segText.length;
      const notes = [...parsed.notes];
      if (!outlet && hasLocator) {
        const named = nameBefore(text, open);
        if (named) {
          outlet = named.name;
          rawStart = named.start;
          rawEnd = close;
          notes.push('outlet named before the parenthesis');
        }
      }
      if (!outlet) continue;
      // "(Veloran Interior Ministry website, May 2)": the body publishes on its own site; it is the
      // outlet, and it stays a body ("(Kestria Online, May 2)" and "(www.osce.org)" are untouched).
      const site = / (?:official )?(?:website|web site|web page|site)$/i.exec(outlet);
      const website = site !== null && hasLocator && /^\p{Lu}/u.test(outlet);
      if (site && website) outlet = outlet.slice(0, site.index);
      const atSentenceEnd =
        /^\s*[.!?]?\s*$/.test(body.slice(close - sentence.start, close - sentence.start + 3)) ||
        close === sentence.end;
      if (!hasLocator) {
        // A bare name in brackets is a citation only at the end of a sentence and when it names media.
        if (!atSentenceEnd || !looksLikeMedia(outlet) || parsed.place) continue;
      }
      if (parsed.date && outlet === parsed.date.text) continue;
      const before = text.slice(Math.max(0, open - 2), open);
      if (/[”"]\s?$/.test(before)) notes.push('follows the closing quotation mark');
      const raw = text.slice(rawStart, rawEnd);
      found.push({
        kind: 'bracket',
        raw,
        start: rawStart,
        end: rawEnd,
        spanStart: Math.min(open, rawStart),
        spanEnd: close,
        sentence: sentence.index,
        outlet,
        ...(parsed.author ? { author: parsed.author } : {}),
        ...(parsed.place ? { place: parsed.place } : {}),
        ...(parsed.date ? { date: parsed.date } : {}),
        ...(parsed.page ? { page: parsed.page } : {}),
        ...(parsed.number ? { number: parsed.number } : {}),
        ...(website ? { website } : {}),
        ...(notes.length > 0 ? { note: `irregular: ${notes.join('; ')}` } : {}),
      });
    }
  }
  return found;
}
