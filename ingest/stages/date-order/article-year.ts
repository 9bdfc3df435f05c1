// The article's year: printed in the header, else its volume's (for a publication whose volumes are
// years), else an anniversary told for this year, else the latest year printed in a past context.
import type { Header } from '../../files/header.js';
import { findDates, isPlannedAt } from '../dates.js';
import type { Sentence } from '../segment.js';

/**
 * Publications whose volumes are calendar years: volume 1 of the Eurasia Daily Monitor is 2004 (the
 * seed article, Vol. 1, Issue 24, is June 2004). An article that prints no year of its own (only
 * background years, "in 2009") is dated by its volume, not by the latest year it happens to mention.
 */
const FIRST_VOLUME_YEAR: ReadonlyMap<string, number> = new Map([['eurasia daily monitor', 2004]]);

/** The year a header's volume stands for, when the publication numbers its volumes by year. */
function volumeYear(header: Pick<Header, 'publication' | 'volume'>): number | undefined {
  const first = FIRST_VOLUME_YEAR.get(header.publication.trim().toLowerCase());
  return first === undefined ? undefined : first + header.volume - 1;
}

/**
 * About when an issue appeared, for a publication whose volumes are years and whose issues come out
 * on weekdays (some 250 a year): issue 24 of volume 6 is early February 2009. Only an estimate, off by
 * weeks; it tells a December told in a February issue from the December ten months ahead. Volume 1
 * began mid-year, so it gives none.
 */
export function issueDay(header: Pick<Header, 'publication' | 'volume' | 'issue'>): string | undefined {
  const year = volumeYear(header);
  if (year === undefined || header.volume < 2 || header.issue > ISSUES_A_YEAR) return undefined;
  const day = new Date(Date.UTC(year, 0, 1 + Math.floor(((header.issue - 1) * 365) / ISSUES_A_YEAR)));
  return day.toISOString().slice(0, 10);
}
const ISSUES_A_YEAR = 250;

/** Where an unprinted year comes from, for the review report: "its volume (…)" or "the dates in the text". */
export function yearSource(header: Pick<Header, 'publication' | 'volume'>): string {
  return volumeYear(header) === undefined
    ? 'the dates in the text'
    : `its volume (${header.publication} ${header.volume})`;
}

/** The article's year: printed in the header, else its volume's, else the latest year printed in a past context. */
export function inferYear(sentences: readonly Sentence[], header: Header): number | undefined {
  if (header.published) return Number(header.published.slice(0, 4));
  const byVolume = volumeYear(header);
  if (byVolume !== undefined) return byVolume;
  const anniversary = anniversaryYear(sentences);
  if (anniversary !== undefined) return anniversary;
  let best: number | undefined;
  for (const s of sentences) {
    for (const d of findDates(s.text, s.start)) {
      const year = d.to?.year ?? d.from?.year;
      if (year === undefined || d.relative) continue;
      if (isPlannedAt(s.text, d.start - s.start, d.text)) continue;
      // "The lease runs until 2012": a bound is often still ahead of the article.
      if (!d.to && /\b(?:until|till|through|by|before)\s$/.test(s.text.slice(0, d.start - s.start))) continue;
      if (best === undefined || year > best) best = year;
    }
  }
  return best;
}

const TENS: Readonly<Record<string, number>> = {
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};
const ONES: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

/** "twenty", "twenty-five", "25" as a number. */
function countOf(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const [tens = '', ones] = word.toLowerCase().split('-');
  const t = TENS[tens];
  if (t === undefined) return undefined;
  return ones === undefined ? t : ONES[ones] !== undefined ? t + (ONES[ones] ?? 0) : undefined;
}

/**
 * "The treaty will be twenty years old this November", after "the 1996 transit treaty": an age told
 * for this year, of a thing the article dates, gives the year the article speaks in (1996 + 20).
 */
function anniversaryYear(sentences: readonly Sentence[]): number | undefined {
  const text = sentences.map((s) => s.text).join(' ');
  const AGE = /\b[Tt]he (\p{Ll}+) (?:will be|is|turns) ([\w-]+) years old this (?:year|\p{Lu}\p{Ll}+)\b/gu;
  for (const m of text.matchAll(AGE)) {
    const [, noun = '', count = ''] = m;
    const age = countOf(count);
    const born = new RegExp(`\\b(?:19|20)(\\d{2})(?= (?:[\\p{L}-]+ ){0,2}${noun}\\b)`, 'u').exec(
      text.slice(0, m.index),
    );
    if (age !== undefined && born) return Number(born[0]) + age;
  }
  return undefined;
}
