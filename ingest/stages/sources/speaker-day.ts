// '“…,” Korotich told NTV, “…”' after 'Korotich said on May 11 that …': an undated outlet told between
// the parts of a quotation is dated by the day the paragraph just gave that speaker's words.
import type { DateSpec } from '../../../src/dataset/schema.js';
import { SPEECH_VERBS } from '../../language/lexicon.js';
import type { Sentence } from '../segment.js';
import type { Citation } from './types.js';

/** A resolved date mention, as the date stage hands it on (a citation's own date is no happening). */
export interface DayMention {
  readonly mention: { readonly start: number };
  readonly sentence: number;
  readonly spec?: DateSpec;
  readonly citation?: unknown;
}

const SPEECH = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`);
const TOLD_BY = /^(?:(\p{Lu}[\p{L}'’-]+)|([Hh]e|[Ss]he)) (?:told|spoke to|talked to) /u;
/** How many sentences back in the paragraph the speaker's dated words may stand. */
const LOOK_BACK = 3;

/**
 * An undated in-sentence citation whose speaker ("Korotich told NTV", "he told …") tells it inside a
 * quotation takes the one day of the nearest dated sentence before it in its paragraph, when that
 * sentence reports speech and names the same surname (a pronoun's speaker needs only the speech).
 */
export function datedBySpeakerBefore(
  sentences: readonly Sentence[],
  citations: readonly Citation[],
  dates: readonly DayMention[],
  citationDates: Map<number, DateSpec>,
): void {
  for (const c of citations) {
    if (c.kind !== 'in-sentence' || c.date || c.anaphoric || citationDates.has(c.start)) continue;
    const here = sentences[c.sentence];
    const who = TOLD_BY.exec(c.raw);
    if (!here || !who || !/[“”"]/.test(here.text)) continue;
    for (let i = c.sentence - 1; i >= Math.max(0, c.sentence - LOOK_BACK); i--) {
      const s = sentences[i];
      if (!s || s.paragraph !== here.paragraph) break;
      const days = dates.filter((d) => d.sentence === i && d.spec && !d.citation);
      if (days.length === 0) continue;
      // (The nearest dated sentence decides: an older one told something else. Two days in it
      // leave open which one the words were spoken on.)
      const exact = days.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.spec?.start ?? ''));
      const day = exact.length === 1 ? exact[0]?.spec : undefined;
      if (day && SPEECH.test(s.text) && (!who[1] || s.text.includes(who[1]))) citationDates.set(c.start, day);
      break;
    }
  }
}
