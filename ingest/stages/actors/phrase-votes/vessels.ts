// Vessels: a name printed after a ship's noun ("the survey vessel Kapitan Orlov") names a vessel,
// even a person's name; one that acts or that the story comes back to is tallied as a place.
import type { NamePhrase } from '../../names.js';
import { record, vote, type Tally } from '../tally.js';

/** "the survey vessel Kapitan Orlov", "the patrol boat Berkut": a ship's name, even a person's, names a vessel. */
const VESSEL_BEFORE =
  /\b(?:ship|vessel|ferry|tanker|freighter|boat|cutter|frigate|corvette|destroyer|cruiser|submarine|icebreaker|trawler|barge|rig)\s$/;
const VESSEL_ACTS = /^ (?:\p{Ll}+ed|was|were|would|will|had|has|is|sailed|left|took|ran|sank|began)\b/u;

/** The names the article prints after a ship's noun. */
export function vesselNames(text: string, phrases: readonly NamePhrase[]): Set<string> {
  return new Set(
    phrases
      .filter((p) => VESSEL_BEFORE.test(text.slice(Math.max(0, p.start - 20), p.start)))
      .map((p) => p.text),
  );
}

/**
 * A vessel that acts ("the patrol boat Berkut ordered …") or that the story comes back to ("the
 * Admiral Orlov", no person) is drafted as a place, the kind a moving scene of events takes;
 * one named in passing ("seized the tanker Olga off Pelka") is scenery.
 */
export function tallyVessel(text: string, phrase: NamePhrase, tally: Tally): void {
  const acts = VESSEL_ACTS.test(text.slice(phrase.end, phrase.end + 20));
  if (!acts && text.split(phrase.text).length < 3) return;
  vote(record(tally, phrase.text, phrase.sentence, phrase.start, phrase.end), 'place', 'strong');
}
