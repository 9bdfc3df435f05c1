// The learned event filter's data: every dated mention the events stage weighs in an annotated
// article, with its features and its label from the article's gold. A mention is positive when a gold
// event has its date and that event's evidence, found in the text, holds the mention or overlaps the
// mention's clause. Shared by `npm run train:ingest` and `npm run bench:ingest:crossval`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EventCandidate } from '../ingest/learn/filter.js';
import { restrictFeatures, type FeatureSet } from '../ingest/learn/candidate-features.js';
import type { Example } from '../ingest/learn/perceptron.js';
import { draftArticle } from '../ingest/pipeline.js';
import type { Registry } from '../ingest/files/registry.js';
import {
  FIXTURE_DIR,
  NEW_FIXTURE_DIR,
  OWN_ARTICLES_DIR,
  readFixtureCases,
  type BenchCase,
} from './ingest-cases.js';
import type { Gold } from './ingest-score.js';

export interface LabelledCandidate {
  readonly article: string;
  readonly candidate: EventCandidate;
  readonly label: boolean;
}

/** Where a gold evidence stands in the text: every exact occurrence, else one with quotes folded. */
export function evidenceSpans(text: string, evidence: string): { start: number; end: number }[] {
  const find = (hay: string, needle: string) => {
    const spans: { start: number; end: number }[] = [];
    if (needle.length === 0) return spans;
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1))
      spans.push({ start: at, end: at + needle.length });
    return spans;
  };
  const exact = find(text, evidence);
  if (exact.length > 0) return exact;
  // (the same length after folding, so offsets stay those of the text)
  const fold = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s/g, ' ');
  return find(fold(text), fold(evidence).trim());
}

/** Whether the candidate is an event of the gold (see the head of this file). */
export function labelOf(text: string, gold: Gold, c: EventCandidate): boolean {
  const date = c.mention.spec?.start;
  const { start, end } = c.mention.mention;
  return gold.events.some(
    (g) =>
      g.date === date &&
      evidenceSpans(text, g.evidence).some(
        (e) => (e.start <= start && end <= e.end) || (e.start < c.clauseEnd && c.clauseStart < e.end),
      ),
  );
}

/** The labelled candidates of `cases`, drafted with the skip rules (whose drafted events the features read). */
export async function labelledCandidates(
  cases: readonly BenchCase[],
  registry: Registry,
): Promise<LabelledCandidate[]> {
  const out: LabelledCandidate[] = [];
  for (const c of cases) {
    const text = await readFile(c.textPath, 'utf8');
    const found: EventCandidate[] = [];
    draftArticle(text, { registry, onEventCandidate: (x) => found.push(x) });
    for (const candidate of found)
      out.push({ article: c.name, candidate, label: labelOf(text, c.gold, candidate) });
  }
  return out;
}

export function examplesOf(data: readonly LabelledCandidate[], set: FeatureSet): Example[] {
  return data.map((d) => ({ features: restrictFeatures(d.candidate.features, set), label: d.label }));
}

/** The training articles: the shared fixtures 01–05 and our own 06–66. */
export async function trainingCases(): Promise<BenchCase[]> {
  const cases: BenchCase[] = [];
  for (const dir of [FIXTURE_DIR, NEW_FIXTURE_DIR, OWN_ARTICLES_DIR])
    cases.push(...(await readFixtureCases(dir)));
  return cases;
}

export const DATA_DIR = path.resolve(import.meta.dirname, '..', process.env.DATA_DIR ?? 'data');
