// The learned event filter's model: the perceptron's weights, the feature set they were trained on
// and the threshold a mention's score must pass to be kept. Read from a small committed JSON file
// (`npm run train:ingest` writes it); a missing or corrupt file is a clear error, not a crash.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { FeatureSet } from './candidate-features.js';
import { scoreOf, type Weights } from './perceptron.js';

export interface EventModel {
  readonly featureSet: FeatureSet;
  readonly threshold: number;
  readonly weights: Weights;
}

/** The committed weights the pipeline reads when the event filter is `learned`. */
export const EVENT_MODEL_PATH = path.resolve(import.meta.dirname, 'event-filter-weights.json');

const ModelSchema = z.object({
  featureSet: z.enum(['rules', 'form', 'cues', 'full']),
  threshold: z.number(),
  weights: z.record(z.string(), z.number()),
});

export class EventModelError extends Error {}

/** The model in `text` (the JSON of a weights file named `source`), or an EventModelError. */
export function parseEventModel(text: string, source: string): EventModel {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new EventModelError(
      `The event filter's weights in ${source} are not JSON (${(error as Error).message}); run npm run train:ingest`,
    );
  }
  const parsed = ModelSchema.safeParse(json);
  if (!parsed.success)
    throw new EventModelError(
      `The event filter's weights in ${source} are not a model (${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''}); run npm run train:ingest`,
    );
  return parsed.data;
}

const cache = new Map<string, EventModel>();

/** The model in the weights file at `file`, read once; an EventModelError when missing or corrupt. */
export function readEventModel(file = EVENT_MODEL_PATH): EventModel {
  const known = cache.get(file);
  if (known) return known;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new EventModelError(
      `The event filter's weights cannot be read from ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); run npm run train:ingest`,
    );
  }
  const model = parseEventModel(text, file);
  cache.set(file, model);
  return model;
}

/** The weights file's text: sorted keys, one weight a line, so that a retrain diffs well. */
export function formatEventModel(model: EventModel): string {
  const weights = Object.keys(model.weights)
    .sort()
    .map((k) => `    ${JSON.stringify(k)}: ${model.weights[k]}`);
  return `{\n  "featureSet": ${JSON.stringify(model.featureSet)},\n  "threshold": ${model.threshold},\n  "weights": {\n${weights.join(',\n')}\n  }\n}\n`;
}

/** Whether the model keeps a mention with `features`. */
export function keeps(model: EventModel, features: readonly string[]): boolean {
  return scoreOf(model.weights, features) > model.threshold;
}
