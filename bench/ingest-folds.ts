// The writer-grouped folds of the learned event filter's cross-validation, the configuration it
// chose, and the candidate-level check: each writer's candidates labelled by a model trained on the
// other writers' (or on a share of them, for a learning curve), against the skip rules' verdicts.
import type { FeatureSet } from '../ingest/learn/candidate-features.js';
import type { EventModel } from '../ingest/learn/model.js';
import { scoreOf, trainPerceptron } from '../ingest/learn/perceptron.js';
import { examplesOf, type LabelledCandidate } from './ingest-learn.js';

/** The writers' sets, by article number: each set is one writer's articles. */
export const WRITER_SETS: readonly (readonly [number, number])[] = [
  [1, 3],
  [4, 5],
  [6, 17],
  [18, 21],
  [22, 24],
  [25, 27],
  [28, 30],
  [31, 33],
  [34, 36],
  [37, 39],
  [40, 42],
  [43, 45],
  [46, 48],
  [49, 51],
  [52, 54],
  [55, 57],
  [58, 60],
  [61, 63],
  [64, 66],
];

const numberOf = (name: string) => Number.parseInt(name.slice(0, 2), 10);
export const inSet = ([a, b]: readonly [number, number], name: string) =>
  numberOf(name) >= a && numberOf(name) <= b;

export interface Config {
  readonly featureSet: FeatureSet;
  readonly threshold: number;
  readonly epochs: number;
  /** Candidates only: leave the rules' features out, to see what the others learn alone. */
  readonly noRules?: boolean;
}

/** The configuration the cross-validation chose (docs/decisions/013-learned-event-filter.md). */
export const CHOSEN: Config = { featureSet: 'cues', threshold: 0, epochs: 5 };

const withoutRules = (features: readonly string[], config: Config) =>
  config.noRules ? features.filter((f) => !/^rules?:/.test(f)) : features;

export function train(data: readonly LabelledCandidate[], config: Config): EventModel {
  const examples = examplesOf(data, config.featureSet).map((e) => ({
    ...e,
    features: withoutRules(e.features, config),
  }));
  const weights = trainPerceptron(examples, { epochs: config.epochs });
  return { featureSet: config.featureSet, threshold: config.threshold, weights };
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * The candidates' own labels, cross-validated by writer: what the learned filter and the rules get
 * right and wrong. With `share` < 1 each model trains on that share of the other sets only (every
 * set leaves out the same rotation of the others), a point of a learning curve.
 */
export function candidateLevel(data: readonly LabelledCandidate[], config: Config, share = 1): string {
  const learned: Tally = { tp: 0, fp: 0, fn: 0 };
  const rules: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const [i, set] of WRITER_SETS.entries()) {
    const others = WRITER_SETS.filter((o, j) => o !== set && ((j + i) % 20) / 20 < share);
    const model = train(
      data.filter((d) => others.some((o) => inSet(o, d.article))),
      config,
    );
    const held = data.filter((d) => inSet(set, d.article));
    for (const [k, ex] of examplesOf(held, config.featureSet).entries()) {
      const kept = scoreOf(model.weights, withoutRules(ex.features, config)) > config.threshold;
      const byRules = (held[k]?.candidate.firing.length ?? 1) === 0;
      for (const [t, keep] of [[learned, kept] as const, [rules, byRules] as const]) {
        if (keep && ex.label) t.tp++;
        else if (keep) t.fp++;
        else if (ex.label) t.fn++;
      }
    }
  }
  const show = (t: Tally) => `kept wrongly ${t.fp}, dropped wrongly ${t.fn}, errors ${t.fp + t.fn}`;
  return `rules: ${show(rules)}; learned: ${show(learned)}`;
}
