// Scoring: top-1 and top-5 accuracy of ranked answers against the intended record, and latency
// percentiles. A must-find-nothing query is right only when the engine returns nothing.
import { CLASSIC_KINDS, type BenchQuery, type QueryKind } from './queries.js';

export interface Outcome {
  readonly query: BenchQuery;
  /** What the engine returned, best first. */
  readonly ids: readonly string[];
  readonly ms: number;
}

export interface Accuracy {
  readonly n: number;
  /** Share of queries, 0..1. */
  readonly top1: number;
  readonly top5: number;
}

export interface Score {
  readonly all: Accuracy;
  /** Queries with one right answer (a record, or nothing). */
  readonly oneAnswer: Accuracy;
  /** The first query set's kinds (exact to none). */
  readonly classic: Accuracy;
  /** Without the must-find-nothing queries (plain libraries always return something). */
  readonly withoutNone: Accuracy;
  readonly byKind: Partial<Record<QueryKind, Accuracy>>;
}

/**
 * Where the query's answer is among `ids`: 0 = first; -1 = missing. A none-query is right at 0 when
 * ids is empty. A query several records answer equally is right (0) anywhere in the first five.
 */
export function rankOf(query: BenchQuery, ids: readonly string[]): number {
  if (query.expected === null) return ids.length === 0 ? 0 : -1;
  const rank = ids.slice(0, 5).indexOf(query.expected);
  return query.several && rank > 0 ? 0 : rank;
}

function accuracy(outcomes: readonly Outcome[]): Accuracy {
  if (outcomes.length === 0) return { n: 0, top1: 0, top5: 0 };
  let top1 = 0;
  let top5 = 0;
  for (const { query, ids } of outcomes) {
    const rank = rankOf(query, ids);
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 5) top5++;
  }
  return { n: outcomes.length, top1: top1 / outcomes.length, top5: top5 / outcomes.length };
}

export function score(outcomes: readonly Outcome[]): Score {
  const byKind: Partial<Record<QueryKind, Accuracy>> = {};
  const kinds = [...new Set(outcomes.map((o) => o.query.kind))];
  for (const kind of kinds) byKind[kind] = accuracy(outcomes.filter((o) => o.query.kind === kind));
  return {
    all: accuracy(outcomes),
    oneAnswer: accuracy(outcomes.filter((o) => !o.query.several)),
    classic: accuracy(outcomes.filter((o) => (CLASSIC_KINDS as readonly string[]).includes(o.query.kind))),
    withoutNone: accuracy(outcomes.filter((o) => o.query.expected !== null)),
    byKind,
  };
}

export interface Latency {
  readonly n: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/** Nearest-rank percentile of `values` (ms). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function latency(ms: readonly number[]): Latency {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** Every k-th item so that at most `limit` remain, spread over the whole list (deterministic). */
export function spreadSample<T>(items: readonly T[], limit: number | undefined): T[] {
  if (limit === undefined || items.length <= limit) return [...items];
  const step = items.length / limit;
  return Array.from({ length: limit }, (_, i) => items[Math.floor(i * step)]!);
}
