// The day of the happening a sentence's subject refers back to: "On May 3 police detained two
// drivers; on May 4 … and on May 5 …. The drivers were released the following day": "the drivers"
// are those of May 3, so the offset counts from that day, not from the last day the list told.
import type { ResolvedMention } from '../../analysis.js';
import type { DateMention } from '../dates.js';
import type { Sentence } from '../segment.js';

/** A definite subject opening its sentence, before a verb: its head noun (without a plural "s"). */
const DEFINITE_SUBJECT =
  /^(?:The|These|Those|Both) (?:[\p{Ll}-]+ )??(\p{Ll}{3,}?)s? (?:was|were|had|has|have|\p{Ll}+ed)\b/u;

/**
 * The day of the one clause of the sentence before that introduced the subject's noun, when that
 * sentence told several days; undefined when none or more than one did, or it is the last one told.
 */
export function referredDay(
  d: DateMention,
  s: Sentence,
  dates: readonly ResolvedMention[],
  sentences: readonly Sentence[],
): string | undefined {
  if (d.relative?.unit !== 'day' && d.relative?.unit !== 'week') return undefined;
  // ("Two days later, the drivers were released": the subject after an opening offset)
  const opening = d.start === s.start ? s.text.slice(d.end - s.start).replace(/^,? /, '') : s.text;
  const head = DEFINITE_SUBJECT.exec(opening.replace(/^the /, 'The '))?.[1];
  const prev = sentences[s.index - 1];
  if (!head || !prev || prev.paragraph !== s.paragraph) return undefined;
  const days = dates.filter((o) => o.sentence === prev.index && o.spec?.start.length === 10 && !o.planned);
  if (days.length < 2) return undefined;
  const noun = new RegExp(`\\b${head}`, 'i');
  // Each day's clause: from its date to the next date of the sentence.
  const naming = days.filter((o, i) => {
    const from = o.mention.start - prev.start;
    const to = (days[i + 1]?.mention.start ?? prev.start + prev.text.length) - prev.start;
    return noun.test(prev.text.slice(from, to));
  });
  const only = naming.length === 1 ? naming[0] : undefined;
  return only && only !== days.at(-1) ? only.spec?.start : undefined;
}
