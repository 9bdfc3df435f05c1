// The seeded benchmark query set: what people type into /event, /quote and /actor, each with the
// one record it should find (or null when it must find nothing). Queries are made specific enough to
// have one right answer: before a query is kept, its clean words are checked to match only its target.
//
//   node --import tsx bench/queries.ts <dataset dir> [--queries 300] [--seed 1]   (prints a summary)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset, formatProblem } from '../src/dataset/load.js';
import type { Dataset } from '../src/dataset/types.js';
import { normalizeText, tokenize } from '../src/text/normalize.js';
import { UsageError, numberArg, parseScriptArgs, runScript } from '../src/util/args.js';
import { translitVariants } from './names.js';
import { contentTokens } from './content-words.js';
import { CLASS_KINDS, ClassContext, classCommand, makeClassQuery, type ClassKind } from './query-classes.js';
import { Rng } from './rng.js';

export type Command = 'event' | 'quote' | 'actor';
/** The first query set's kinds: each query has one right answer. */
export type ClassicKind =
  'exact' | 'typo1' | 'typo2' | 'translit' | 'partial' | 'swapped' | 'prefix' | 'none';
export type QueryKind = ClassicKind | ClassKind;
export const CLASSIC_KINDS: readonly ClassicKind[] = [
  'exact',
  'typo1',
  'typo2',
  'translit',
  'partial',
  'swapped',
  'prefix',
  'none',
];
export const QUERY_KINDS: readonly QueryKind[] = [...CLASSIC_KINDS, ...CLASS_KINDS];

export interface BenchQuery {
  readonly kind: QueryKind;
  readonly command: Command;
  /** What the user types (for `prefix`: the autocomplete input). */
  readonly text: string;
  /** The record it should find; null when the right answer is "nothing found". */
  readonly expected: string | null;
  /** The name, title or quotation the query was made from (for reading the results). */
  readonly from?: string;
  /**
   * Other records answer it equally (namesakes, a repeated title): right when the intended one is
   * among the first five of the picker or answer.
   */
  readonly several?: boolean;
}

// The first set's kinds make about half the queries; the classes of issue 13 the other half.
const KIND_WEIGHTS: Record<QueryKind, number> = {
  exact: 12,
  typo1: 16,
  typo2: 12,
  translit: 12,
  partial: 12,
  swapped: 10,
  prefix: 16,
  none: 10,
  namesake: 12,
  'same-title': 10,
  dated: 14,
  cyrillic: 12,
  'uzbek-latin': 10,
  cut: 12,
  stem: 10,
  alias: 10,
  variant: 10,
};

// ---------------------------------------------------------------------------------------------
// The searchable text of each command, and an inverted index to prove a query has one answer

interface Catalog {
  readonly ids: string[];
  /** Normalised searchable words of each record (name and aliases; title; quotation and speaker). */
  readonly words: string[];
  readonly postings: Map<string, number[]>;
  /** Every distinct word, sorted: for prefix look-ups. */
  readonly vocabulary: string[];
  /** [normalised name, record index], sorted by name: for autocomplete prefixes. */
  readonly names: [string, number][];
}

function buildCatalog(entries: Iterable<{ id: string; searchable: string[]; names: string[] }>): Catalog {
  const ids: string[] = [];
  const words: string[] = [];
  const postings = new Map<string, number[]>();
  const names: [string, number][] = [];
  for (const entry of entries) {
    const index = ids.length;
    ids.push(entry.id);
    const tokens = new Set(entry.searchable.flatMap((s) => tokenize(s)));
    words.push([...tokens].join(' '));
    for (const token of tokens) {
      let list = postings.get(token);
      if (!list) postings.set(token, (list = []));
      list.push(index);
    }
    for (const name of entry.names) {
      const normalized = normalizeText(name);
      if (normalized !== '') names.push([normalized, index]);
    }
  }
  names.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return { ids, words, postings, vocabulary: [...postings.keys()].sort(), names };
}

/** The first index in [0, length) whose key is not below `key` (keys sorted ascending). */
function lowerBound(length: number, key: string, get: (i: number) => string): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (get(mid) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Records whose words contain every query word (a `prefixes` word: some word starting with it), up to `cap`. */
function matching(
  catalog: Catalog,
  tokens: readonly string[],
  prefixes: ReadonlySet<number>,
  cap = 3,
): number[] {
  if (tokens.length === 0) return [];
  const listFor = (i: number): number[] => {
    const token = tokens[i]!;
    if (!prefixes.has(i)) return catalog.postings.get(token) ?? [];
    const out = new Set<number>();
    for (
      let v = lowerBound(catalog.vocabulary.length, token, (i) => catalog.vocabulary[i]!);
      v < catalog.vocabulary.length;
      v++
    ) {
      const word = catalog.vocabulary[v]!;
      if (!word.startsWith(token)) break;
      for (const r of catalog.postings.get(word) ?? []) out.add(r);
      if (out.size > 200_000) break;
    }
    return [...out];
  };
  const lists = tokens.map((_, i) => listFor(i));
  let seed = 0;
  lists.forEach((list, i) => {
    if (list.length < lists[seed]!.length) seed = i;
  });
  const out: number[] = [];
  for (const record of lists[seed]!) {
    const words = catalog.words[record]!.split(' ');
    const ok = tokens.every((token, i) =>
      i === seed ? true : prefixes.has(i) ? words.some((w) => w.startsWith(token)) : words.includes(token),
    );
    if (ok) {
      out.push(record);
      if (out.length >= cap) break;
    }
  }
  return out;
}

function uniquelyFinds(
  catalog: Catalog,
  tokens: readonly string[],
  target: number,
  prefixes = new Set<number>(),
): boolean {
  const found = matching(catalog, tokens, prefixes, 2);
  return found.length === 1 && found[0] === target;
}

// ---------------------------------------------------------------------------------------------
// Misspelling

const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function neighbours(ch: string): string {
  for (let row = 0; row < KEYBOARD.length; row++) {
    const col = KEYBOARD[row]!.indexOf(ch);
    if (col < 0) continue;
    let out = (KEYBOARD[row]![col - 1] ?? '') + (KEYBOARD[row]![col + 1] ?? '');
    out += (KEYBOARD[row - 1]?.[col] ?? '') + (KEYBOARD[row + 1]?.[col] ?? '');
    return out || 'e';
  }
  return 'aeiou';
}

/** One realistic edit: a neighbouring key, a dropped, doubled or swapped letter, a wrong vowel. */
export function typo(word: string, rng: Rng): string {
  for (let attempt = 0; attempt < 10; attempt++) {
    // Keep the first letter most of the time: people rarely get it wrong.
    const i = rng.int(word.length > 3 ? 1 : 0, word.length - 1);
    const ch = word[i]!;
    let out: string;
    switch (rng.int(0, 4)) {
      case 0:
        out = word.slice(0, i) + rng.pick([...neighbours(ch)]) + word.slice(i + 1);
        break;
      case 1:
        out = word.slice(0, i) + word.slice(i + 1);
        break;
      case 2:
        out = word.slice(0, i) + ch + word.slice(i);
        break;
      case 3:
        out =
          i + 1 < word.length ? word.slice(0, i) + word[i + 1] + ch + word.slice(i + 2) : word.slice(0, i);
        break;
      default:
        out = 'aeiou'.includes(ch)
          ? word.slice(0, i) + rng.pick([...'aeiou'.replace(ch, '')]) + word.slice(i + 1)
          : word.slice(0, i) + rng.pick([...neighbours(ch)]) + word.slice(i + 1);
    }
    if (out !== word && out.length >= 2) return out;
  }
  return `${word}x`;
}

// ---------------------------------------------------------------------------------------------
// Must-find-nothing queries

const UNRELATED = [
  'eurovision song contest',
  'chocolate chip cookie recipe',
  'premier league transfer rumours',
  'sourdough starter hydration',
  'ukulele chords beginner',
  'marathon training schedule',
  'espresso machine descaling',
  'knitting patterns cardigan',
  'minecraft redstone tutorial',
  'gluten free pancakes',
  'surfboard wax temperature',
  'taylor swift concert tickets',
  'houseplant watering tips',
  'retro arcade joystick',
  'vegan lasagna',
  'skateboard kickflip',
  'jazz saxophone solo',
  'bicycle chain lubricant',
  'aquarium guppy breeding',
  'pokemon card prices',
  'yoga stretches hamstring',
  'wedding cake toppers',
  'pizza dough fermentation',
  'snowboard bindings',
  'crossword clue solver',
  'dinosaur fossil museum',
  'karaoke playlist',
  'lawnmower carburetor',
  'pumpkin spice latte',
  'roller coaster physics',
  'origami crane instructions',
  'barbecue brisket rub',
];
const SYLLABLES = [
  'blor',
  'quiz',
  'zeph',
  'frum',
  'plix',
  'wob',
  'gnar',
  'skree',
  'thup',
  'vorn',
  'yeet',
  'glim',
  'snaz',
  'chub',
  'drix',
  'flum',
];

function farFromVocabulary(
  word: string,
  vocabulary: ReadonlySet<string>,
  byLength: Map<number, string[]>,
): boolean {
  if (vocabulary.has(word)) return false;
  for (let len = word.length - 1; len <= word.length + 1; len++) {
    for (const other of byLength.get(len) ?? []) if (withinOneEdit(word, other)) return false;
  }
  return true;
}

/** True when one insertion, deletion, substitution or adjacent swap turns `a` into `b`. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Every word of the dataset: article texts (read from `dataDir`: the loaded dataset lets them go),
 * names, aliases, titles, summaries, quotations, sources.
 */
export function datasetVocabulary(dataset: Dataset, dataDir: string): Set<string> {
  const words = new Set<string>();
  const add = (text: string | undefined) => {
    if (text) for (const t of tokenize(text)) words.add(t);
  };
  for (const a of dataset.articles) {
    add(readFileSync(path.join(dataDir, a.textPath), 'utf8'));
    add(a.title);
    add(a.publication);
  }
  for (const a of dataset.actors) {
    add(a.name);
    a.aliases.forEach(add);
    add(a.description);
  }
  for (const e of dataset.events) {
    add(e.title);
    add(e.summary);
  }
  for (const q of dataset.quotes) {
    add(q.text);
    add(q.context);
  }
  for (const s of dataset.sources) add(s.raw);
  return words;
}

// ---------------------------------------------------------------------------------------------
// The query set

export function buildQueries(dataset: Dataset, dataDir: string, seed: number, count: number): BenchQuery[] {
  const rng = new Rng(seed ^ 0x5eed);
  const speakerName = new Map(dataset.actors.map((a) => [a.id, a]));
  const catalogs: Record<Command, Catalog> = {
    actor: buildCatalog(
      dataset.actors.map((a) => ({
        id: a.id,
        searchable: [a.name, ...a.aliases],
        names: [a.name, ...a.aliases],
      })),
    ),
    event: buildCatalog(dataset.events.map((e) => ({ id: e.id, searchable: [e.title], names: [e.title] }))),
    quote: buildCatalog(
      dataset.quotes.map((q) => {
        const speaker = speakerName.get(q.speaker);
        return { id: q.id, searchable: [q.text, speaker?.name ?? ''], names: [] };
      }),
    ),
  };
  const vocabulary = datasetVocabulary(dataset, dataDir);
  const byLength = new Map<number, string[]>();
  for (const word of vocabulary) {
    const list = byLength.get(word.length) ?? [];
    list.push(word);
    byLength.set(word.length, list);
  }

  const plan: { kind: QueryKind; command: Command }[] = [];
  const kinds = QUERY_KINDS;
  for (let i = 0; i < count; i++) {
    const kind = rng.weighted(
      kinds,
      kinds.map((k) => KIND_WEIGHTS[k]),
    );
    const command: Command = isClassKind(kind)
      ? classCommand(kind)
      : kind === 'prefix'
        ? rng.pick(['event', 'actor'] as const)
        : rng.weighted(['actor', 'event', 'quote'] as const, [4, 4, 2]);
    plan.push({ kind, command });
  }

  const queries: BenchQuery[] = [];
  const usedNone = new Set<string>();
  const classContext = new ClassContext(dataset);
  for (const { kind, command } of plan) {
    const query = isClassKind(kind)
      ? classQuery(rng, kind, command, classContext, catalogs[command])
      : kind === 'none'
        ? noneQuery(rng, command, vocabulary, byLength, usedNone)
        : targetQuery(rng, kind, command, dataset, catalogs[command], speakerName);
    if (query) queries.push(query);
  }
  return queries;
}

function isClassKind(kind: QueryKind): kind is ClassKind {
  return (CLASS_KINDS as readonly string[]).includes(kind);
}

function classQuery(
  rng: Rng,
  kind: ClassKind,
  command: Command,
  context: ClassContext,
  catalog: Catalog,
): BenchQuery | undefined {
  const find = (words: readonly string[], prefixes: ReadonlySet<number> = new Set()) =>
    matching(catalog, words, prefixes, 6);
  for (let attempt = 0; attempt < 2000; attempt++) {
    const made = makeClassQuery(rng, kind, context, rng.int(0, catalog.ids.length - 1), find);
    if (made) return { kind, command, ...made };
  }
  return undefined;
}

function noneQuery(
  rng: Rng,
  command: Command,
  vocabulary: ReadonlySet<string>,
  byLength: Map<number, string[]>,
  used: Set<string>,
): BenchQuery | undefined {
  for (let attempt = 0; attempt < 200; attempt++) {
    const text =
      attempt < 40 && rng.chance(0.7)
        ? rng.pick(UNRELATED)
        : Array.from({ length: rng.int(1, 3) }, () =>
            Array.from({ length: rng.int(2, 3) }, () => rng.pick(SYLLABLES)).join(''),
          ).join(' ');
    if (used.has(text)) continue;
    if (tokenize(text).every((w) => farFromVocabulary(w, vocabulary, byLength))) {
      used.add(text);
      return { kind: 'none', command, text, expected: null };
    }
  }
  return undefined;
}

function targetQuery(
  rng: Rng,
  kind: QueryKind,
  command: Command,
  dataset: Dataset,
  catalog: Catalog,
  actors: ReadonlyMap<string, Dataset['actors'][number]>,
): BenchQuery | undefined {
  for (let attempt = 0; attempt < 300; attempt++) {
    const index = rng.int(0, catalog.ids.length - 1);
    const made = makeQuery(rng, kind, command, dataset, catalog, index, actors);
    if (made) return { kind, command, text: made.text, expected: catalog.ids[index]!, from: made.from };
  }
  return undefined;
}

function makeQuery(
  rng: Rng,
  kind: QueryKind,
  command: Command,
  dataset: Dataset,
  catalog: Catalog,
  index: number,
  actors: ReadonlyMap<string, Dataset['actors'][number]>,
): { text: string; from: string } | undefined {
  // The words the query is made from, before misspelling.
  let from: string;
  let base: string[];
  if (command === 'actor') {
    const actor = dataset.actors[index]!;
    from = actor.aliases.length > 0 && rng.chance(0.25) ? rng.pick(actor.aliases) : actor.name;
    base = tokenize(from);
  } else if (command === 'event') {
    from = dataset.events[index]!.title;
    base = contentTokens(from);
  } else {
    const quote = dataset.quotes[index]!;
    const speaker = actors.get(quote.speaker);
    const words = quote.text.split(/\s+/);
    if (kind === 'exact') {
      const length = rng.int(5, 7);
      const start = rng.int(0, Math.max(0, words.length - length));
      from = words
        .slice(start, start + length)
        .join(' ')
        .replace(/[.,;:]+$/, '');
      base = tokenize(from);
    } else {
      from = quote.text;
      const content = [...new Set(contentTokens(quote.text))].filter((t) => t.length >= 4);
      const rare = content
        .map((t) => [t, catalog.postings.get(t)?.length ?? 0] as const)
        .sort((a, b) => a[1] - b[1])
        .slice(0, 4)
        .map(([t]) => t);
      const picked = rng.shuffled(rare).slice(0, rng.int(2, 3));
      const ordered = content.filter((t) => picked.includes(t));
      const surname = speaker ? tokenize(speaker.name).pop() : undefined;
      base = surname && rng.chance(0.7) ? [surname, ...ordered] : ordered;
    }
  }
  if (base.length === 0) return undefined;

  switch (kind) {
    case 'exact': {
      if (!uniquelyFinds(catalog, base, index)) return undefined;
      const text = rng.chance(0.5) ? from.toLowerCase() : from;
      return { text, from };
    }
    case 'typo1':
    case 'typo2': {
      if (!uniquelyFinds(catalog, base, index)) return undefined;
      const long = base.map((t, i) => [t, i] as const).filter(([t]) => t.length >= 4);
      if (long.length === 0) return undefined;
      const out = [...base];
      const edits = kind === 'typo1' ? 1 : 2;
      // Two edits go to two words, or to one word long enough to stay recognisable.
      const single = long.filter(([t]) => edits === 1 || t.length >= 7);
      if (!(edits === 2 && long.length >= 2) && single.length === 0) return undefined;
      const targets = edits === 2 && long.length >= 2 ? rng.shuffled(long).slice(0, 2) : [rng.pick(single)];
      for (const [token, i] of targets) {
        let misspelt = typo(token, rng);
        if (edits === 2 && targets.length === 1) misspelt = typo(misspelt, rng);
        // A typo that makes another real word of this command is not a typo any more.
        if (catalog.postings.has(misspelt)) return undefined;
        out[i] = misspelt;
      }
      return { text: out.join(' '), from };
    }
    case 'translit': {
      if (!uniquelyFinds(catalog, base, index)) return undefined;
      const own = new Set(
        command === 'actor'
          ? [dataset.actors[index]!.name, ...dataset.actors[index]!.aliases].map(normalizeText)
          : [],
      );
      const candidates = base
        .map((t, i) => [i, translitVariants(t).map((v) => normalizeText(v))] as const)
        .filter(([, variants]) => variants.length > 0);
      if (candidates.length === 0) return undefined;
      const [i, variants] = rng.pick(candidates);
      const out = [...base];
      out[i] = rng.pick(variants);
      const text = out.join(' ');
      if (own.has(text) || text === base.join(' ')) return undefined;
      return { text, from };
    }
    case 'partial': {
      if (base.length < 2 && base[0]!.length < 6) return undefined;
      const keep =
        base.length <= 2 ? base : rng.shuffled(base).slice(0, rng.int(2, Math.min(3, base.length)));
      const ordered = base.filter((t) => keep.includes(t));
      const prefixes = new Set<number>();
      const out = ordered.map((t, i) => {
        if (t.length >= 5 && (prefixes.size === 0 || rng.chance(0.5))) {
          prefixes.add(i);
          return t.slice(0, Math.max(3, Math.ceil((t.length * rng.int(50, 75)) / 100)));
        }
        return t;
      });
      if (prefixes.size === 0 || !uniquelyFinds(catalog, out, index, prefixes)) return undefined;
      return { text: out.join(' '), from };
    }
    case 'swapped': {
      if (base.length < 2 || !uniquelyFinds(catalog, base, index)) return undefined;
      // Names: surname first; titles: a few of their words in another order ("tashkent bombing").
      const words =
        command === 'actor' || base.length <= 3
          ? base
          : base.filter((t) => rng.shuffled(base).slice(0, rng.int(2, 3)).includes(t));
      if (words.length < 2 || !uniquelyFinds(catalog, words, index)) return undefined;
      const out =
        command === 'actor' || rng.chance(0.5) ? [...words].reverse() : [...words.slice(1), words[0]!];
      if (out.join(' ') === words.join(' ')) return undefined;
      return { text: out.join(' '), from };
    }
    case 'prefix': {
      if (command === 'quote') return undefined;
      const name = normalizeText(
        command === 'actor' ? dataset.actors[index]!.name : dataset.events[index]!.title,
      );
      const length = uniquePrefixLength(catalog, name, index);
      if (length === undefined) return undefined;
      const typed = name.slice(0, Math.min(name.length, length + rng.int(0, 3))).trimEnd();
      return { text: typed, from };
    }
    default:
      return undefined;
  }
}

/** The shortest prefix (≥ 3 characters) of `name` that no other record's name or alias starts with. */
function uniquePrefixLength(catalog: Catalog, name: string, index: number): number | undefined {
  const names = catalog.names;
  const at = lowerBound(names.length, name, (i) => names[i]![0]);
  const lcp = (other: string) => {
    let i = 0;
    while (i < other.length && i < name.length && other[i] === name[i]) i++;
    return i;
  };
  // In sorted order the names sharing most with `name` are its nearest neighbours (not its own).
  let longest = 0;
  for (let i = at - 1; i >= 0; i--) {
    if (names[i]![1] === index) continue;
    longest = Math.max(longest, lcp(names[i]![0]));
    break;
  }
  for (let i = at; i < names.length; i++) {
    if (names[i]![1] === index) continue;
    longest = Math.max(longest, lcp(names[i]![0]));
    break;
  }
  return longest >= name.length ? undefined : Math.max(3, longest + 1);
}

// ---------------------------------------------------------------------------------------------
// Cache and CLI

export function queriesPath(dir: string, count: number, seed: number): string {
  return path.join(dir, `queries-${count}-seed${seed}.json`);
}

/** The cached query set of a dataset directory, built (from the loaded dataset) when missing. */
export function loadOrBuildQueries(
  dir: string,
  dataset: Dataset | undefined,
  count: number,
  seed: number,
): BenchQuery[] {
  const file = queriesPath(dir, count, seed);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BenchQuery[];
  } catch {
    if (!dataset) throw new Error(`no cached queries at ${file} and no dataset to build them from`);
    const queries = buildQueries(dataset, dir, seed, count);
    writeFileSync(file, `${JSON.stringify(queries, null, 1)}\n`);
    return queries;
  }
}

const QUERIES_USAGE = 'queries.ts <dataset dir> [--queries N] [--seed S]';

async function main(argv: readonly string[]): Promise<void> {
  const { values, positionals } = parseScriptArgs(
    argv,
    { queries: { type: 'string' }, seed: { type: 'string' } },
    QUERIES_USAGE,
  );
  const dir = positionals[0];
  if (!dir || positionals.length > 1) throw new UsageError('Give one dataset directory.', QUERIES_USAGE);
  const count = numberArg(values.queries, 'queries', 300, QUERIES_USAGE, { min: 1 });
  const seed = numberArg(values.seed, 'seed', 1, QUERIES_USAGE);
  const started = performance.now();
  const loaded = await loadDataset(dir);
  if (!loaded.ok) {
    for (const p of loaded.problems.slice(0, 20)) console.error(formatProblem(p));
    throw new Error(`dataset in ${dir} has ${loaded.problems.length} problems`);
  }
  const queries = loadOrBuildQueries(dir, loaded.dataset, count, seed);
  const byKind = new Map<string, number>();
  for (const q of queries)
    byKind.set(`${q.kind}/${q.command}`, (byKind.get(`${q.kind}/${q.command}`) ?? 0) + 1);
  console.log(
    JSON.stringify({
      file: queriesPath(dir, count, seed),
      queries: queries.length,
      byKind: Object.fromEntries([...byKind].sort()),
      ms: Math.round(performance.now() - started),
    }),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runScript(() => main(process.argv.slice(2)));
}
