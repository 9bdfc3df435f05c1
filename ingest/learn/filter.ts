// The choice the events stage makes for each dated mention: the skip rules' verdict (`rules`, the
// default) or the learned model's (`learned`), whose features include the rules that fire. A
// listener may be told of every candidate, its features and both verdicts (training, explaining).
import type { ResolvedMention } from '../analysis.js';
import type { SkipContext } from '../stages/events/skip-context.js';
import { candidateFeatures } from './candidate-features.js';
import { keeps, type EventModel } from './model.js';

export type EventFilterKind = 'rules' | 'learned';

export interface EventCandidate {
  readonly mention: ResolvedMention;
  /** Absolute offsets of the dated clause. */
  readonly clauseStart: number;
  readonly clauseEnd: number;
  /** Every feature (the `full` set), whatever the model uses. */
  readonly features: readonly string[];
  readonly firing: readonly string[];
  /** The verdict that was applied. */
  readonly kept: boolean;
}

export interface EventFilter {
  readonly kind: EventFilterKind;
  /** Required for `learned`. */
  readonly model?: EventModel;
  readonly onCandidate?: (c: EventCandidate) => void;
}

export const RULES_FILTER: EventFilter = { kind: 'rules' };

/** Whether the mention of `c`, with the skip rules `firing`, is kept as an event. */
export function keepsMention(filter: EventFilter, c: SkipContext, firing: readonly string[]): boolean {
  const learned = filter.kind === 'learned' ? filter.model : undefined;
  if (filter.kind === 'learned' && !learned) throw new Error('The learned event filter needs a model');
  if (!learned && !filter.onCandidate) return firing.length === 0;
  const features = candidateFeatures(c, firing, 'full');
  const kept = learned
    ? keeps(
        learned,
        learned.featureSet === 'full' ? features : candidateFeatures(c, firing, learned.featureSet),
      )
    : firing.length === 0;
  const clauseStart = c.s.start + c.s.text.indexOf(c.clause);
  filter.onCandidate?.({
    mention: c.d,
    clauseStart,
    clauseEnd: clauseStart + c.clause.length,
    features,
    firing,
    kept,
  });
  return kept;
}
