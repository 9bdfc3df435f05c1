// "that night", "that same evening": the night the words point back to is that of the last day
// printed before them, in their own sentence or the one before, even when that day was told as
// background and did not move the narrative ("… jailed on May 14 for the riot after the vote of
// December 19. He was detained that night": December 19, not the day the story had reached). A
// night or an evening belongs to a happening; "that day" may still be the story's own day.
import type { ResolvedMention } from '../../analysis.js';
import type { DateMention } from '../dates.js';
import type { Sentence } from '../segment.js';
import { PAST_PERFECT_BEFORE } from './story-moves.js';

const THAT_NIGHT = /^(?:that|that same) (?:night|evening)$/i;

/** The last day printed right before a "that night"-like mention (or told in its sentence), if any. */
export function dayPointedBack(
  d: DateMention,
  s: Sentence,
  dates: readonly ResolvedMention[],
): string | undefined {
  if (!THAT_NIGHT.test(d.text)) return undefined;
  const printed = dates.filter(
    (o) =>
      (o.sentence === s.index || o.sentence === s.index - 1) &&
      o.mention.start < d.start &&
      // ("On Monday, he announced a sit-in, and the tents went up that night": a day its own sentence
      // told before it, even one counted from another.)
      (!o.mention.relative || o.sentence === s.index) &&
      !o.planned &&
      o.spec?.start.length === 10 &&
      !o.spec.end,
  );
  // ("On June 20, the court overturned the result of the June 5 election …. That evening": a day that
  // names a noun's happening gives way to the day the sentence tells; not in the past perfect, which
  // goes back to that happening: "… for his part in the riot after the December 19 vote. He had been
  // detained that night".)
  const told = PAST_PERFECT_BEFORE.test(s.text) ? [] : printed.filter((o) => !o.mention.modifier);
  return (told.length > 0 ? told : printed).at(-1)?.spec?.start;
}
