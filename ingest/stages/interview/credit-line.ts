// The closing credit line of an interview as a source citation, and the day of the interview it prints.
import type { DateSpec } from '../../../src/dataset/schema.js';
import type { Analysis } from '../../analysis.js';
import { findDates } from '../dates.js';
import { isAnyTurn, type Paragraph, type Sentence, type TurnLabels } from '../segment.js';
import type { Citation } from '../sources.js';
import {
  CORRESPONDENT_CREDIT,
  CREDIT,
  FOR_OUTLET_CREDIT,
  LOOSE_CREDIT,
  SPOKE_TO_CREDIT,
  VERSION_CREDIT,
} from './credit-patterns.js';

/** The credit line as a source citation (an in-sentence one), when the article has one. */
export function findCreditLine(
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
  turns: TurnLabels | undefined,
): Citation | undefined {
  if (!turns) return undefined;
  for (const s of [...sentences].reverse()) {
    if (isAnyTurn(paragraphs[s.paragraph]?.text ?? '', turns)) continue;
    const m =
      CREDIT.exec(s.text) ??
      SPOKE_TO_CREDIT.exec(s.text) ??
      LOOSE_CREDIT.exec(s.text) ??
      FOR_OUTLET_CREDIT.exec(s.text) ??
      CORRESPONDENT_CREDIT.exec(s.text) ??
      VERSION_CREDIT.exec(s.text);
    const outlet = m?.groups?.outlet ?? m?.groups?.outlet2;
    if (!m?.groups || !outlet) continue;
    const raw = s.text.replace(/[.\s]+$/, '');
    const when = m.groups.when ?? m.groups.when2;
    const date = when
      ? findDates(s.text, s.start).find(
          (d) =>
            d.text.startsWith(when.replace(/,.*/, '')) &&
            d.start - s.start > (m.index ?? 0) + m[0].indexOf(when) - 1,
        )
      : undefined;
    return {
      kind: 'in-sentence',
      raw,
      start: s.start,
      end: s.start + raw.length,
      spanStart: s.start,
      spanEnd: s.end,
      sentence: s.index,
      outlet,
      ...(m.groups.place ? { place: m.groups.place } : {}),
      ...(date ? { date } : {}),
      ...(m.groups.author ? { author: m.groups.author } : {}),
      ...(m.groups.number ? { number: m.groups.number } : {}),
      note: 'closing credit line of an interview: the source of every answer',
      credit: true,
    };
  }
  return undefined;
}

/** The first date printed in the credit line that is not the publication's: the day of the interview. */
export function interviewDate(an: Analysis, credit: Citation): DateSpec | undefined {
  return an.dates.find(
    (d) => d.sentence === credit.sentence && d.spec && d.mention.start !== credit.date?.start,
  )?.spec;
}
