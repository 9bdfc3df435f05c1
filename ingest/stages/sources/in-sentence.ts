// Sources named inside a sentence, from each finder in turn, each dropped if it overlaps one found before.
import type { DateMention } from '../dates.js';
import type { Sentence } from '../segment.js';
import { accordingToSources, quotedBySources } from './according-to.js';
import { reportedSources } from './reported.js';
import type { SentenceScan } from './sentence-scan.js';
import { speechActSources } from './speech-acts.js';
import { toldSources } from './told.js';
import type { Citation, OutletKnowledge } from './types.js';

/** Sources named inside the sentence. `dates` are the sentence's date mentions. */
export function findInSentenceSources(
  text: string,
  sentence: Sentence,
  dates: readonly DateMention[],
  know: OutletKnowledge,
): Citation[] {
  const scan: SentenceScan = { text, sentence, dates, know };
  const candidates = [
    ...accordingToSources(scan),
    ...quotedBySources(scan),
    ...speechActSources(scan),
    ...reportedSources(scan),
    ...toldSources(scan),
  ];
  const found: Citation[] = [];
  for (const c of candidates) if (!found.some((f) => f.start < c.end && c.start < f.end)) found.push(c);
  return found;
}
