// Word families for matching: "deployed" and "deployment" share a stem. Kept apart from fold.ts,
// which ingest uses to compare names and which needs no stemmer.
import { stemmer } from 'stemmer';
import { foldWord } from './fold.js';

const STEMMABLE = /^[a-z]{4,}$/;

/**
 * The key words of one family share ("deployed", "deployment" -> "deploi"): the Porter stem of the
 * word as written (English endings read before folding changes them), then folded.
 */
export function stemWord(word: string): string {
  return foldWord(STEMMABLE.test(word) ? stemmer(word) : word);
}
