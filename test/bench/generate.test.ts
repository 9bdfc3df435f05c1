// The benchmark's generator: deterministic for a seed, and what it writes is a valid dataset.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDataset, generateDataset, parseSize, planCounts } from '../../bench/generate.js';
import { translitVariants } from '../../bench/names.js';
import { Rng } from '../../bench/rng.js';
import { formatProblem, loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/types.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function filesOf(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const sub of ['articles', 'records', 'actors']) {
    for (const name of readdirSync(path.join(dir, sub)).sort()) {
      out.set(`${sub}/${name}`, readFileSync(path.join(dir, sub, name), 'utf8'));
    }
  }
  return out;
}

describe('Rng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('sizes', () => {
  it('parses size labels and plans about 20% actors and 16 events and quotes per article', () => {
    expect(parseSize('10k')).toBe(10_000);
    expect(parseSize('1m')).toBe(1_000_000);
    expect(parseSize('500')).toBe(500);
    expect(() => parseSize('lots')).toThrow();
    const plan = planCounts(100_000);
    expect(plan.actors).toBe(20_000);
    expect(plan.articles).toBe(5_000);
  });
});

describe('transliteration variants', () => {
  it('spells names the other ways users type them', () => {
    expect(translitVariants('Ivanov')).toEqual(expect.arrayContaining(['Ivanoff', 'Ivanof']));
    expect(translitVariants('Sergei')).toContain('Sergey');
    expect(translitVariants('Khodzhaev')).toEqual(expect.arrayContaining(['Hodzhaev', 'Khojaev']));
    expect(translitVariants('Ivanov')).not.toContain('Ivanov');
  });
});

describe('generateDataset', () => {
  let dataset: Dataset;
  const dirA = path.join(tmp, 'a');

  beforeAll(async () => {
    generateDataset({ records: 500, seed: 3, outDir: dirA });
    const loaded = await loadDataset(dirA);
    if (!loaded.ok) throw new Error(loaded.problems.slice(0, 10).map(formatProblem).join('\n'));
    dataset = loaded.dataset;
  });

  it('writes a dataset that loadDataset accepts with no problems, evidence included', () => {
    expect(dataset.articles.length).toBeGreaterThan(0);
    const records = dataset.events.length + dataset.quotes.length + dataset.actors.length;
    expect(records).toBeGreaterThan(450);
    expect(records).toBeLessThan(550);
    expect(dataset.sources.length).toBeGreaterThan(0);
    // Every kind of actor, and quotes of both kinds, some split by their attribution.
    expect(new Set(dataset.actors.map((a) => a.kind))).toEqual(
      new Set(['person', 'place', 'organization', 'media', 'country']),
    );
    expect(dataset.quotes.some((q) => q.kind === 'reported')).toBe(true);
    expect(dataset.quotes.some((q) => q.parts !== undefined)).toBe(true);
    // Dates at several precisions.
    const precisions = new Set(dataset.events.map((e) => e.date.start.length));
    expect(precisions).toEqual(new Set([4, 7, 10]));
  });

  it('gives people spelling variants as aliases and shares surnames between namesakes', () => {
    const people = dataset.actors.filter((a) => a.kind === 'person');
    expect(people.filter((p) => p.aliases.length > 0).length).toBeGreaterThan(people.length / 2);
    const surnames = new Map<string, number>();
    for (const p of people) {
      const surname = p.name.split(' ').pop()!;
      surnames.set(surname, (surnames.get(surname) ?? 0) + 1);
    }
    expect(Math.max(...surnames.values())).toBeGreaterThan(1);
  });

  it('is byte-identical for the same seed and different for another', () => {
    const dirB = path.join(tmp, 'b');
    const dirC = path.join(tmp, 'c');
    generateDataset({ records: 500, seed: 3, outDir: dirB });
    generateDataset({ records: 500, seed: 4, outDir: dirC });
    const a = filesOf(dirA);
    expect(filesOf(dirB)).toEqual(a);
    expect(filesOf(dirC)).not.toEqual(a);
  });

  it('caches by size and seed', () => {
    const first = ensureDataset(tmp, '300', 5);
    expect(first.cached).toBe(false);
    const second = ensureDataset(tmp, '300', 5);
    expect(second.cached).toBe(true);
    expect(second.dir).toBe(first.dir);
    expect(second.manifest.counts).toEqual(first.manifest.counts);
  });
});
