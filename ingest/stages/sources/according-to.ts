// In-sentence sources after "according to": an outlet, a report in one, or a speaker an outlet quotes.
import { NAME, NUMBERED_NAME, WEB_ADDRESS } from './outlet-patterns.js';
import { dateAt, inSentenceCitation, type SentenceScan } from './sentence-scan.js';
import type { Citation } from './types.js';

const ACCORDING_TO = new RegExp(
  `\\b(?:[Aa]ccording to|[Bb]y the (?:estimate|count|reckoning|calculations?) of) (?:(?:an?|the) (?:article|report|interview|commentary|piece|story|statement|editorial|dispatch)(?: by (${NAME}))? (?:in|on|from|with|published by|broadcast by|carried by) )?(?:the )?(${NUMBERED_NAME})`,
  'gu',
);

/** "According to an article by Leyla Sabirova in the Tarim Herald on March 21", "by the estimate of X" */
export function accordingToSources(scan: SentenceScan): Citation[] {
  const { text, sentence, dates, know } = scan;
  const found: Citation[] = [];
  for (const m of sentence.text.matchAll(ACCORDING_TO)) {
    // A full stop ending the sentence is no part of the name ("according to Kabar.").
    // ("according to Arminfo’s Tbilisi correspondent": the outlet is the possessor.)
    const outlet = (m[2] ?? '').replace(/\.$/, '').replace(/['’]s(?: .*)?$/, '');
    // "according to a report in Kestria Today": a report printed in a name makes it an outlet.
    const printedIn = /\b(?:article|report|piece|story|editorial|dispatch) in $/.test(
      m[0].slice(0, m[0].length - (m[2] ?? '').length).replace(/the $/, ''),
    );
    if (!know.isOutlet(outlet) && !WEB_ADDRESS.test(outlet) && !m[1] && !printedIn) continue;
    const start = sentence.start + m.index;
    let end = start + m[0].length - ((m[2] ?? '').length - outlet.length);
    const date = dateAt(dates, text, end);
    if (date) end = date.end;
    // "… on May 4 (p.2)": a page in brackets right after belongs to the citation.
    const page = /^ \(pp?\.\s?(\d+(?:[-–]\d+)?)\)/.exec(text.slice(end, end + 16));
    if (page?.[1]) end += page[0].length;
    found.push(
      inSentenceCitation(scan, start, end, outlet, {
        ...(m[1] ? { author: m[1] } : {}),
        ...(date ? { date } : {}),
        ...(page?.[1] ? { page: page[1] } : {}),
      }),
    );
  }
  return found;
}

const QUOTED_BY = new RegExp(
  `\\b(?:[Aa]ccording to|[Ii]n the (?:words|view) of) (?:an?|one|the|two|several) (?:[\\p{L}-]+ ){1,4}((?:quoted|cited) by (?:the )?)(${NAME})`,
  'gu',
);

/**
 * "According to one senior official quoted by the Tarim Herald", "in the words of a bank official quoted
 * by X": a described speaker a known outlet
 * quotes (other stages still read the speaker: the span skipped starts at "quoted").
 */
export function quotedBySources(scan: SentenceScan): Citation[] {
  const { text, sentence, dates, know } = scan;
  const found: Citation[] = [];
  for (const m of sentence.text.matchAll(QUOTED_BY)) {
    const outlet = (m[2] ?? '').replace(/\.$/, '');
    if (!know.isOutlet(outlet)) continue;
    const start = sentence.start + m.index;
    let end = start + m[0].length - ((m[2] ?? '').length - outlet.length);
    const date = dateAt(dates, text, end);
    if (date) end = date.end;
    const quotedAt = start + m[0].length - (m[2] ?? '').length - (m[1] ?? '').length;
    found.push(
      inSentenceCitation(scan, start, end, outlet, { spanStart: quotedAt, ...(date ? { date } : {}) }),
    );
  }
  return found;
}
