// The learned event filter (docs/decisions/013): the perceptron, the features of a few sentences of
// our own, deterministic training, and the weights file: it loads, and a missing or corrupt one is
// a clear error.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../../ingest/learn/filter.js';
import { restrictFeatures } from '../../ingest/learn/candidate-features.js';
import {
  EventModelError,
  formatEventModel,
  parseEventModel,
  readEventModel,
} from '../../ingest/learn/model.js';
import { scoreOf, trainPerceptron, type Example } from '../../ingest/learn/perceptron.js';
import { lemmaOf, shapeOf } from '../../ingest/learn/words.js';
import { draftArticle } from '../../ingest/pipeline.js';
import { indexActors } from '../../ingest/files/registry.js';
import { article } from './helpers.js';

/** A toy set: "act" marks an event, "said" a saying; the other features are noise. */
function toySet(): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < 40; i++) {
    const noise = [`n${i % 7}`, `m${i % 3}`];
    out.push({ features: ['bias', 'act', ...noise], label: true });
    out.push({ features: ['bias', 'said', ...noise], label: false });
  }
  return out;
}

describe('the averaged perceptron', () => {
  it('learns a separable toy set', () => {
    const weights = trainPerceptron(toySet(), { epochs: 5 });
    for (const ex of toySet()) expect(scoreOf(weights, ex.features) > 0).toBe(ex.label);
    expect(weights['act']).toBeGreaterThan(0);
    expect(weights['said']).toBeLessThan(0);
  });

  it('trains the same weights, in the same order, every time', () => {
    const a = trainPerceptron(toySet(), { epochs: 7 });
    const b = trainPerceptron(toySet(), { epochs: 7 });
    expect(b).toEqual(a);
    expect(Object.keys(a)).toEqual(Object.keys(a).sort());
    const model = { featureSet: 'full' as const, threshold: 0, weights: a };
    expect(formatEventModel({ ...model, weights: b })).toBe(formatEventModel(model));
  });
});

/** The candidates the events stage weighs in an article of `paragraphs`. */
function candidatesOf(paragraphs: string[]): EventCandidate[] {
  const found: EventCandidate[] = [];
  const result = draftArticle(article(paragraphs, 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90'), {
    registry: indexActors([]),
    onEventCandidate: (c) => found.push(c),
  });
  expect(result.ok).toBe(true);
  return found;
}

describe('the features of a dated mention', () => {
  const [act, saying, plan, condition] = candidatesOf([
    'On May 4, the Kestrian border guards closed the Ostrov crossing.',
    'The Kestrian interior minister said on May 6 that the crossing would stay shut.',
    'The two governments will meet again in Veloran on June 2.',
    'If the talks fail in July, the Kestrian government may close the port.',
  ]).map((c) => c.features);

  it('describes an act: a day, absolute, the main clause, its verb, no rule firing', () => {
    expect(act).toEqual(
      expect.arrayContaining(['bias', 'rules:keep', 'gran:day', 'abs', 'clause:main', 'verb:clos', 'w-1:on']),
    );
    expect(act?.some((f) => f.startsWith('rule:'))).toBe(false);
  });

  it('names the rules that fire on a saying, and its speech verb before the date', () => {
    expect(saying).toEqual(
      expect.arrayContaining([
        'rules:drop',
        'rule:saying',
        'rule:said-right-before',
        'speech:before',
        'cue:would',
      ]),
    );
  });

  it('sees the plan by its modal and its verb after the modal', () => {
    expect(plan).toEqual(expect.arrayContaining(['cue:will', 'verb:meet', 'rules:keep']));
  });

  it('sees a condition: a month, the rule, a subordinate "if" clause', () => {
    expect(condition).toEqual(
      expect.arrayContaining(['gran:month', 'rule:condition', 'clause:sub:if', 'cue:modal']),
    );
  });

  it('has no proper name among the features: capitalised words are a shape', () => {
    const all = [act, saying, plan, condition].flat();
    expect(all.some((f) => /Kestri|Ostrov|Veloran/.test(f ?? ''))).toBe(false);
    expect(shapeOf('Ostrov')).toBe('Xx');
    expect(shapeOf('2009')).toBe('9');
    expect(lemmaOf('stopped')).toBe('stop');
    expect(lemmaOf('met')).toBe('meet');
  });

  it('keeps only its own groups in a smaller feature set', () => {
    expect(restrictFeatures(saying ?? [], 'rules').every((f) => /^(?:bias|rules?:)/.test(f))).toBe(true);
  });
});

describe('the weights file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'event-model-'));

  it('loads the committed weights, and the pipeline drafts with them', () => {
    const model = readEventModel();
    expect(Object.keys(model.weights).length).toBeGreaterThan(10);
    const result = draftArticle(
      article(['On May 4, the Kestrian border guards closed the Ostrov crossing.']),
      {
        registry: indexActors([]),
        eventFilter: 'learned',
      },
    );
    expect(result.ok).toBe(true);
  });

  it('gives a clear error for a missing file', () => {
    expect(() => readEventModel(path.join(dir, 'absent.json'))).toThrow(EventModelError);
    expect(() => readEventModel(path.join(dir, 'absent.json'))).toThrow(
      /cannot be read .*ENOENT.*train:ingest/,
    );
  });

  it('gives a clear error for a file that is not JSON, or not a model', () => {
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{"featureSet": "full", "weights": {');
    expect(() => readEventModel(broken)).toThrow(/not JSON/);
    expect(() => parseEventModel('{"featureSet": "full", "weights": {"bias": "x"}}', 'x.json')).toThrow(
      /x\.json are not a model/,
    );
  });

  it('round-trips what it writes', () => {
    const model = { featureSet: 'cues' as const, threshold: -0.5, weights: { b: -1.25, a: 2 } };
    const file = path.join(dir, 'model.json');
    writeFileSync(file, formatEventModel(model));
    expect(readEventModel(file)).toEqual(model);
  });
});
