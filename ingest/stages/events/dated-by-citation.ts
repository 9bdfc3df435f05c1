// Events from sentences that print no date but tell of a past action, dated by their own citation and
// flagged for the reviewer.
import type { Analysis } from '../../analysis.js';
import { ACTION, SAYING } from './act-patterns.js';
import { headline, withoutCitations } from './headline.js';
import { actorsInSentence } from './sentence-actors.js';
import type { EventDraft } from './types.js';

/**
 * "Customs officers had begun turning back fuel trucks (Kestinform, April 14)": a sentence that prints
 * no date but tells of a past action, dated by its own citation, flagged for the reviewer.
 */
export function eventsDatedByCitation(an: Analysis): EventDraft[] {
  const out: EventDraft[] = [];
  for (const s of an.sentences) {
    if (an.dates.some((d) => d.sentence === s.index && !d.citation)) continue;
    const own = an.citations.filter((c) => c.sentence === s.index && c.kind === 'bracket');
    const spec = own.map((c) => an.citationDates.get(c.start)).find((d) => d?.start.length === 10);
    const text = withoutCitations(an, s.index);
    if (!spec || !ACTION.test(text) || SAYING.test(text) || /\?$/.test(text) || /[“"]/.test(text)) continue;
    const { actors, places } = actorsInSentence(an, s.index);
    if (actors.length === 0) continue;
    const mention = an.dates.find((d) => d.citation && own.includes(d.citation));
    out.push({
      mention: mention ?? {
        mention: { start: s.start, end: s.start, text: '', modifier: false },
        sentence: s.index,
        planned: false,
        spec,
      },
      status: 'reported',
      actors,
      places,
      citations: own,
      evidence: s.text,
      title: headline(text),
      summary: text,
      flags: ['dated only by its citation: the sentence prints no date; check when it happened'],
    });
  }
  return out;
}
