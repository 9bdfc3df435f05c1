// Scores an ingest draft against a hand annotation: precision and recall for events (date and
// main actor right), quotations (verbatim text and speaker right), reported statements, actors
// and source citations. Pure functions, so the bench and the tests share one definition.
import { z } from 'zod';
import { normalizeText } from '../src/text/normalize.js';

const Nullable = <T extends z.ZodType>(t: T) => t.nullable().optional();

/** The gold annotation format of ../shared/fixtures/ingest/*.gold.json (see its README). */
export const GoldSchema = z.object({
  article: z.object({ title: z.string(), publication: z.string(), volume: z.number(), issue: z.number() }),
  events: z.array(
    z.object({
      key: z.string(),
      date: z.string(),
      qualifier: Nullable(z.string()),
      actors: z.array(z.string()),
      source: Nullable(z.union([z.string(), z.array(z.string())])),
      evidence: z.string(),
    }),
  ),
  quotes: z.array(
    z.object({ key: z.string(), speaker: z.string(), text: z.string(), kind: z.string().optional() }),
  ),
  // (A statement with no speaker at all, "we were told" in a quote box, is annotated by some writers
  // with a null speaker: no speaker a draft could name, so not scored. Two people speaking jointly
  // are annotated by some as a list: the first named is the one scored.)
  statements: z
    .array(
      z.object({
        key: z.string(),
        speaker: z
          .union([z.string(), z.array(z.string()).min(1)])
          .nullable()
          .transform((s) => (Array.isArray(s) ? (s[0] ?? null) : s)),
        evidence: z.string(),
      }),
    )
    .default([])
    .transform((list) => list.filter((s): s is typeof s & { speaker: string } => s.speaker !== null)),
  actors: z.array(
    z.object({ name: z.string(), kind: z.string(), other_spellings: z.array(z.string()).default([]) }),
  ),
  // (A quote box's attribution that names no outlet, "—X, at the end of her visit, October 13", is
  // annotated by some writers with a null outlet: no source a draft could give, so not scored.)
  sources: z
    .array(
      z.object({
        raw: z.string(),
        outlet: z.string().nullable(),
        date: Nullable(z.string()),
        style: z.string().optional(),
      }),
    )
    .transform((list) => list.filter((s): s is typeof s & { outlet: string } => s.outlet !== null)),
});
export type Gold = z.infer<typeof GoldSchema>;

/** What a draft predicts, reduced to what the scores compare. Names are every form of an actor. */
export interface Prediction {
  readonly events: readonly { date: string; actorNames: readonly (readonly string[])[]; evidence: string }[];
  readonly quotes: readonly { text: string; speakerNames: readonly string[] }[];
  readonly statements: readonly { speakerNames: readonly string[]; evidence: string }[];
  readonly actors: readonly { names: readonly string[]; kind: string }[];
  readonly sources: readonly { outlet: string; date?: string; raw: string }[];
}

export interface Counts {
  readonly tp: number;
  /** Predictions made. */
  readonly predicted: number;
  /** Gold items. */
  readonly gold: number;
}

export type Category = 'events' | 'quotes' | 'statements' | 'actors' | 'sources';
export const CATEGORIES: readonly Category[] = ['events', 'quotes', 'statements', 'actors', 'sources'];
export type Scores = Record<Category, Counts>;

export function precision(c: Counts): number {
  return c.predicted === 0 ? (c.gold === 0 ? 1 : 0) : c.tp / c.predicted;
}
export function recall(c: Counts): number {
  return c.gold === 0 ? 1 : c.tp / c.gold;
}

const KIND_ALIASES: Record<string, string> = { 'media outlet': 'media' };
function normalizeKind(kind: string): string {
  return KIND_ALIASES[kind] ?? kind;
}

function sameName(a: string, names: readonly string[]): boolean {
  const f = normalizeText(a);
  return names.some((n) => normalizeText(n) === f);
}

/** Quotation text compared as printed, modulo whitespace and the shape of quotation marks. */
function sameWords(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

/** Evidence that one side quotes within the other. */
export function overlaps(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}

/** Which gold item took which prediction, and which were left over on either side. */
export interface Matching {
  readonly pairs: readonly (readonly [gold: number, predicted: number])[];
  readonly missed: readonly number[];
  readonly spurious: readonly number[];
}

/**
 * One-to-one matching with the most pairs (augmenting paths, Kuhn's algorithm): a gold item that
 * accepts several predictions does not take the one another gold item needed (a capital the gold
 * lists both as a place and as its country's other spelling). A gold item tries the predictions it
 * `prefers` first (an event's drafts that lead with its main actor), then the earlier ones.
 */
function match<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  accepts: (g: G, p: P) => boolean,
  prefers: (g: G, p: P) => boolean = () => false,
): Matching {
  const candidates = gold.map((g) => {
    const accepted = predicted.flatMap((p, j) => (accepts(g, p) ? [j] : []));
    const first = accepted.filter((j) => prefers(g, predicted[j] as P));
    return [...first, ...accepted.filter((j) => !first.includes(j))];
  });
  const goldOf = new Map<number, number>(); // prediction → the gold item holding it
  const place = (gi: number, seen: Set<number>): boolean => {
    for (const j of candidates[gi] ?? []) {
      if (seen.has(j)) continue;
      seen.add(j);
      const holder = goldOf.get(j);
      if (holder === undefined || place(holder, seen)) {
        goldOf.set(j, gi);
        return true;
      }
    }
    return false;
  };
  const missed = gold.map((_, gi) => gi).filter((gi) => !place(gi, new Set()));
  const pairs = [...goldOf].map(([j, gi]) => [gi, j] as const).sort((a, b) => a[0] - b[0]);
  const spurious = predicted.map((_, j) => j).filter((j) => !goldOf.has(j));
  return { pairs, missed, spurious };
}

function countsOf(m: Matching): Counts {
  return {
    tp: m.pairs.length,
    predicted: m.pairs.length + m.spurious.length,
    gold: m.pairs.length + m.missed.length,
  };
}

/** Every form the gold uses for the actor named `name`. */
function goldForms(gold: Gold, name: string): string[] {
  const actor = gold.actors.find((a) => a.name === name || a.other_spellings.includes(name));
  return actor ? [actor.name, ...actor.other_spellings] : [name];
}

/** Whether a drafted event's first actor is the gold event's main actor (or the gold names none). */
function leadsWithMainActor(
  gold: Gold,
  event: Gold['events'][number],
  drafted: Prediction['events'][number],
): boolean {
  const main = event.actors[0];
  const lead = drafted.actorNames[0] ?? [];
  return main === undefined || goldForms(gold, main).some((f) => sameName(f, lead));
}

/** The matching behind each category's score: `npm run bench:ingest:explain` prints it. */
export function matchArticle(gold: Gold, pred: Prediction): Record<Category, Matching> {
  const actorMatches = (forms: readonly string[], names: readonly string[]) =>
    forms.some((f) => sameName(f, names));
  return {
    events: match(
      gold.events,
      pred.events,
      (g, p) => {
        const main = g.actors[0];
        return (
          p.date === g.date &&
          overlaps(p.evidence, g.evidence) &&
          (main === undefined || p.actorNames.some((names) => actorMatches(goldForms(gold, main), names)))
        );
      },
      (g, p) => leadsWithMainActor(gold, g, p),
    ),
    quotes: match(
      gold.quotes,
      pred.quotes,
      (g, p) => sameWords(g.text, p.text) && actorMatches(goldForms(gold, g.speaker), p.speakerNames),
    ),
    statements: match(
      gold.statements,
      pred.statements,
      (g, p) => overlaps(g.evidence, p.evidence) && actorMatches(goldForms(gold, g.speaker), p.speakerNames),
    ),
    actors: match(
      gold.actors,
      pred.actors,
      (g, p) => actorMatches([g.name, ...g.other_spellings], p.names),
      (g, p) => sameName(g.name, p.names.slice(0, 1)),
    ),
    sources: match(
      gold.sources,
      pred.sources,
      (g, p) => normalizeText(g.outlet) === normalizeText(p.outlet) && (g.date ?? undefined) === p.date,
    ),
  };
}

/**
 * Of the events counted right, how many name the gold's main actor first. The event score accepts the
 * main actor anywhere among the drafted ones; a record's first actor is the one an embed shows first.
 */
export function mainActorFirst(
  gold: Gold,
  pred: Prediction,
  events: Matching = matchArticle(gold, pred).events,
): { first: number; matched: number } {
  const { pairs } = events;
  const first = pairs.filter(([g, p]) => {
    const goldEvent = gold.events[g];
    const predicted = pred.events[p];
    return (
      goldEvent !== undefined && predicted !== undefined && leadsWithMainActor(gold, goldEvent, predicted)
    );
  }).length;
  return { first, matched: pairs.length };
}

/** The actors counted right that were drafted with another kind than the gold's (an embed shows the kind). */
export function actorsOfOtherKind(
  gold: Gold,
  pred: Prediction,
  actors: Matching = matchArticle(gold, pred).actors,
): Matching['pairs'] {
  return actors.pairs.filter(
    ([g, p]) => normalizeKind(gold.actors[g]?.kind ?? '') !== normalizeKind(pred.actors[p]?.kind ?? ''),
  );
}

/** Of the actors counted right, how many were drafted with the gold's kind. */
export function actorKindsRight(
  gold: Gold,
  pred: Prediction,
  actors: Matching = matchArticle(gold, pred).actors,
): { right: number; matched: number } {
  return {
    right: actors.pairs.length - actorsOfOtherKind(gold, pred, actors).length,
    matched: actors.pairs.length,
  };
}

export function scoreArticle(gold: Gold, pred: Prediction): Scores {
  return scoresOf(matchArticle(gold, pred));
}

/** The counts behind a matching's precision and recall, per category. */
export function scoresOf(m: Record<Category, Matching>): Scores {
  const out = {} as Record<Category, Counts>;
  for (const c of CATEGORIES) out[c] = countsOf(m[c]);
  return out;
}

export function addScores(a: Scores, b: Scores): Scores {
  const out = {} as Record<Category, Counts>;
  for (const c of CATEGORIES)
    out[c] = {
      tp: a[c].tp + b[c].tp,
      predicted: a[c].predicted + b[c].predicted,
      gold: a[c].gold + b[c].gold,
    };
  return out;
}

export function emptyScores(): Scores {
  const out = {} as Record<Category, Counts>;
  for (const c of CATEGORIES) out[c] = { tp: 0, predicted: 0, gold: 0 };
  return out;
}

/** The targets issue 17 sets (an independent evaluator judges them on held-out articles). */
export const TARGETS: Partial<Record<Category, { precision?: number; recall?: number }>> = {
  events: { precision: 0.85, recall: 0.9 },
  quotes: { precision: 0.9, recall: 0.9 },
  statements: { precision: 0.9, recall: 0.9 },
  actors: { precision: 0.9, recall: 0.9 },
  sources: { precision: 0.9, recall: 0.9 },
};

/** Categories whose overall figures miss their targets, described. */
export function missedTargets(scores: Scores): string[] {
  const missed: string[] = [];
  for (const [c, t] of Object.entries(TARGETS) as [Category, { precision?: number; recall?: number }][]) {
    if (t.precision !== undefined && precision(scores[c]) < t.precision)
      missed.push(`${c} precision ${precision(scores[c]).toFixed(2)} < ${t.precision}`);
    if (t.recall !== undefined && recall(scores[c]) < t.recall)
      missed.push(`${c} recall ${recall(scores[c]).toFixed(2)} < ${t.recall}`);
  }
  return missed;
}

export function formatScores(rows: readonly { name: string; scores: Scores }[]): string {
  const head = ['article'.padEnd(44), ...CATEGORIES.map((c) => c.padStart(17))].join(' ');
  const lines = [head, ''.padEnd(head.length, '-')];
  for (const row of rows) {
    const cells = CATEGORIES.map((c) => {
      const s = row.scores[c];
      return `P ${precision(s).toFixed(2)} R ${recall(s).toFixed(2)}`.padStart(17);
    });
    lines.push([row.name.slice(0, 44).padEnd(44), ...cells].join(' '));
  }
  return lines.join('\n');
}
