// Quote records from the quotations (direct) and statements (reported) drafts, numbered per speaker;
// a statement with no speaker is left out and reported.
import type { Quote } from '../../../src/dataset/schema.js';
import type { Analysis } from '../../analysis.js';
import { slugify } from '../../language/words.js';
import type { ReviewReport } from '../../report.js';
import { draftReview, NO_SOURCE } from './review.js';
import type { RecordIds, StageDrafts } from './types.js';

/** A quote record per quotation and per statement whose speaker is an actor, quotations first. */
export function assembleQuotes(
  an: Analysis,
  drafts: StageDrafts,
  records: RecordIds,
  report: ReviewReport,
): Quote[] {
  const { prefix, ids, keyToId, sourceIds } = records;
  const quotes: Quote[] = [];
  const perSpeaker = new Map<string, number>();
  const quoteId = (speakerKey: string, kind: 'q' | 's') => {
    const name = slugify(an.table.actors.get(speakerKey)?.name ?? speakerKey, 24);
    const n = (perSpeaker.get(`${kind}${name}`) ?? 0) + 1;
    perSpeaker.set(`${kind}${name}`, n);
    return ids.take(`${prefix}-${kind}-${name}-${n}`);
  };
  for (const q of drafts.quotations) {
    const speaker = keyToId(q.speaker);
    if (!speaker || q.text.trim() === '') continue;
    if (q.speakerDoubt)
      report.add('check', 'quote', `quotation: speaker guessed (${q.speakerDoubt})`, q.text);
    const sources = sourceIds(q.citations);
    quotes.push({
      id: quoteId(q.speaker, 'q'),
      kind: 'direct',
      speaker,
      text: q.text,
      ...(q.parts.length > 1 ? { parts: [...q.parts] } : {}),
      ...(q.date ? { date: q.date } : {}),
      sources,
      evidence: [q.evidence],
      review: draftReview([
        sources.length === 0 && NO_SOURCE,
        q.speakerDoubt && `speaker guessed: ${q.speakerDoubt}`,
      ]),
    });
  }
  for (const st of drafts.statements) {
    // (A reading that leaves no words — an attribution alone — is no statement; a record needs text.)
    if (st.evidence.trim() === '') {
      report.add('warning', 'statement', 'statement left out: no words found', st.evidence);
      continue;
    }
    if (!st.speaker.actor) {
      report.add(
        'warning',
        'statement',
        `statement left out: no speaker found (${st.speaker.doubt ?? ''})`,
        st.evidence,
      );
      continue;
    }
    const speaker = keyToId(st.speaker.actor);
    if (!speaker) continue;
    if (st.speaker.doubt)
      report.add('check', 'statement', `speaker guessed (${st.speaker.doubt})`, st.evidence);
    const sources = sourceIds(st.citations);
    quotes.push({
      id: quoteId(st.speaker.actor, 's'),
      kind: 'reported',
      speaker,
      text: st.evidence,
      ...(st.date ? { date: st.date } : {}),
      sources,
      evidence: [st.evidence],
      review: draftReview([
        sources.length === 0 && NO_SOURCE,
        st.speaker.doubt && `speaker guessed: ${st.speaker.doubt}`,
      ]),
    });
  }
  return quotes;
}
