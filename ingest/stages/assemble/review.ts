// The review state every drafted record starts in, and the flag of a record that cites no source.
import type { Review } from '../../../src/dataset/schema.js';

/** Every drafted record awaits review; its flags say what to check first. */
export function draftReview(flags: readonly (string | false | undefined)[] = []): Review {
  const kept = flags.filter((f): f is string => typeof f === 'string' && f !== '');
  return kept.length > 0 ? { state: 'draft', flags: kept } : { state: 'draft' };
}

/** Why a record has no source, for its review flags. */
export const NO_SOURCE = 'no source: neither its sentence nor the rest of its paragraph cites one';
