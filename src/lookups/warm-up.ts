// Warm-up before a process says it is ready. The search and reply code runs unoptimised until V8
// has seen it run, and loading warms none of it here (the index is built in a worker thread), so a
// fresh process answers its first few hundred lookups several times slower than later ones. A burst
// that meets a process just started (a replica joining a load balancer under load, a shard
// restarted) would meet that; so lookups and autocompletes of the dataset's own names (as typed,
// with a typo, cut short) run first, within a time budget.
import type { SearchKind } from '../search/engine.js';
import type { AppContext } from '../interactions/types.js';
import { autocompleteResponse, lookupResponse } from './lookup.js';

export interface WarmUpOptions {
  /** Stop after this long, whatever is left (default 1,500 ms). */
  readonly budgetMs?: number;
  /** Records taken from each kind, spread over the dataset (default 60). */
  readonly perKind?: number;
}

export interface WarmUpResult {
  readonly lookups: number;
  readonly ms: number;
}

/** Every `step`-th item, up to `count` of them, spread over the whole list. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]!);
}

/** The ways a name is typed: whole, lower case with a letter dropped, and its start. */
function variantsOf(name: string): { lookups: string[]; typed: string } {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  const typo =
    longest.length > 4
      ? name.replace(longest, longest.slice(0, 2) + longest.slice(3)).toLowerCase()
      : name.toLowerCase();
  const lookups = [name, typo];
  if (words.length > 2) lookups.push(words.slice(0, 2).join(' '));
  return { lookups, typed: name.slice(0, Math.min(name.length, 4 + (name.length % 5))) };
}

function namesOf(context: AppContext, kind: SearchKind, perKind: number): string[] {
  const { dataset } = context;
  switch (kind) {
    case 'actor':
      return spread(dataset.actors, perKind).map((a) => a.name);
    case 'event':
      return spread(dataset.events, perKind).map((e) => e.title);
    case 'quote':
      return spread(dataset.quotes, perKind).map((q) => {
        const speaker = dataset.byId.get(q.speaker);
        const words = q.text.split(/\s+/).slice(0, 3).join(' ');
        return speaker?.type === 'actor' ? `${speaker.record.name} ${words}` : words;
      });
  }
}

/** Runs the warm-up; never throws (a failed warm-up lookup only ends it early). */
export function warmUpLookups(context: AppContext, options: WarmUpOptions = {}): WarmUpResult {
  const started = performance.now();
  const budgetMs = options.budgetMs ?? 1500;
  const perKind = options.perKind ?? 60;
  const kinds: SearchKind[] = ['event', 'actor', 'quote'];
  const names = kinds.map((kind) => ({ kind, names: namesOf(context, kind, perKind) }));
  let lookups = 0;
  try {
    // Round robin over the kinds, so a short budget still warms all three.
    for (let i = 0; i < perKind; i++) {
      for (const { kind, names: list } of names) {
        const name = list[i];
        if (name === undefined) continue;
        if (performance.now() - started > budgetMs) return { lookups, ms: performance.now() - started };
        const { lookups: queries, typed } = variantsOf(name);
        for (const query of queries) {
          lookupResponse(context, { kind, query, invokerId: '0', privately: false });
          lookups += 1;
        }
        autocompleteResponse(context, kind, typed);
        lookups += 1;
      }
    }
  } catch {
    // A lookup that fails here fails for users too and is reported there; readiness is not held up.
  }
  return { lookups, ms: performance.now() - started };
}
