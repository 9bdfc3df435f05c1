// `npm run train:ingest [-- --feature-set rules|form|cues|full --threshold T --epochs N]`: trains the
// learned event filter on the gold of fixtures 01–05 and our articles 06–66 and writes its weights to
// ingest/learn/event-filter-weights.json (sorted keys, rounded), which the pipeline reads when the
// event filter is `learned`. The defaults are those docs/decisions/013 chose by cross-validation.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readRegistry } from '../ingest/files/registry.js';
import type { FeatureSet } from '../ingest/learn/candidate-features.js';
import { EVENT_MODEL_PATH, formatEventModel, type EventModel } from '../ingest/learn/model.js';
import { trainPerceptron } from '../ingest/learn/perceptron.js';
import { DATA_DIR, examplesOf, labelledCandidates, trainingCases } from './ingest-learn.js';
import { REPO_ROOT } from './ingest-cases.js';
import { CHOSEN } from './ingest-folds.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const featureSet = (arg('feature-set') ?? CHOSEN.featureSet) as FeatureSet;
const threshold = Number(arg('threshold') ?? CHOSEN.threshold);
const epochs = Number(arg('epochs') ?? CHOSEN.epochs);
const cases = await trainingCases();
const data = await labelledCandidates(cases, await readRegistry(DATA_DIR));
const examples = examplesOf(data, featureSet);
const model: EventModel = { featureSet, threshold, weights: trainPerceptron(examples, { epochs }) };
await writeFile(EVENT_MODEL_PATH, formatEventModel(model));
const positives = examples.filter((e) => e.label).length;
console.log(
  `${cases.length} articles, ${examples.length} dated mentions (${positives} events): ${Object.keys(model.weights).length} weights (features ${featureSet}, threshold ${threshold}, ${epochs} epochs) written to ${path.relative(REPO_ROOT, EVENT_MODEL_PATH)}`,
);
