// The query classes that model what the first query set never asked (issue 13): namesakes and
// repeated titles (several right answers), dates inside queries, Cyrillic and Uzbek Latin input,
// words cut short anywhere, related word forms, event aliases, and place spellings that are common
// in the data. Each is made from a record of the dataset; `several` marks a query that more than one
// record answers equally (right when the intended one is among the first five).
import type { Dataset } from '../src/dataset/types.js';
import { monthName } from '../src/dataset/dates.js';
import { normalizeText, tokenize } from '../src/text/normalize.js';
import type { Rng } from './rng.js';
import { contentTokens } from './content-words.js';

export type ClassKind =
  'namesake' | 'same-title' | 'dated' | 'cyrillic' | 'uzbek-latin' | 'cut' | 'stem' | 'alias' | 'variant';

export const CLASS_KINDS: readonly ClassKind[] = [
  'namesake',
  'same-title',
  'dated',
  'cyrillic',
  'uzbek-latin',
  'cut',
  'stem',
  'alias',
  'variant',
];

export interface ClassQuery {
  readonly text: string;
  readonly expected: string;
  readonly several: boolean;
  readonly from: string;
}

/** The records (indexes) whose words hold every query word, at most a few (the caller's catalog). */
export type FindRecords = (words: readonly string[], prefixes?: ReadonlySet<number>) => readonly number[];

/** What the classes need to know of the dataset beyond one record, computed once. */
export class ClassContext {
  readonly titleCount = new Map<string, number>();
  readonly aliasCount = new Map<string, number>();
  readonly namesakes: number[] = [];
  readonly actorsById: ReadonlyMap<string, Dataset['actors'][number]>;

  constructor(readonly dataset: Dataset) {
    for (const event of dataset.events) {
      const key = normalizeText(event.title);
      this.titleCount.set(key, (this.titleCount.get(key) ?? 0) + 1);
      for (const alias of event.aliases ?? []) {
        const aliasKey = normalizeText(alias);
        this.aliasCount.set(aliasKey, (this.aliasCount.get(aliasKey) ?? 0) + 1);
      }
    }
    dataset.actors.forEach((actor, i) => {
      if (actor.disambiguation !== undefined) this.namesakes.push(i);
    });
    this.actorsById = new Map(dataset.actors.map((a) => [a.id, a]));
  }
}

const LATIN_TO_CYRILLIC: readonly [string, string][] = [
  ['shch', 'щ'],
  ['yo', 'ё'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['ye', 'е'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['a', 'а'],
  ['b', 'б'],
  ['v', 'в'],
  ['g', 'г'],
  ['d', 'д'],
  ['e', 'е'],
  ['z', 'з'],
  ['i', 'и'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['f', 'ф'],
  ['h', 'х'],
  ['c', 'к'],
  ['j', 'дж'],
  ['q', 'қ'],
  ['w', 'в'],
  ['x', 'кс'],
];

/** A Latin-spelled word as a Russian writer would spell it in Cyrillic ("ivanov" -> "иванов"). */
export function toCyrillic(word: string): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    // y: a vowel after a consonant (ы), a glide after a vowel (й).
    if (word[i] === 'y' && !['yo', 'yu', 'ya', 'ye'].includes(word.slice(i, i + 2))) {
      out += i > 0 && /[aeiou]/.test(word[i - 1]!) ? 'й' : 'ы';
      i++;
      continue;
    }
    const rule = LATIN_TO_CYRILLIC.find(([latin]) => word.startsWith(latin, i));
    if (rule) {
      out += rule[1];
      i += rule[0].length;
    } else {
      out += word[i];
      i++;
    }
  }
  return out;
}

/** A word as Uzbek Latin spells it: x for kh, q for k before a back vowel, gʻ and oʻ. */
export function toUzbekLatin(word: string, place: boolean): string {
  let out = word
    .replace(/kh/g, 'x')
    .replace(/k(?=[aou])/g, 'q')
    .replace(/g(?=[uo])/g, 'gʻ');
  // Russian -a endings of place names are Uzbek -o (Bukhara, Buxoro).
  if (place) out = out.replace(/a$/, 'o');
  return out;
}

/** Related forms of words common in titles: different words, one stem or meaning. */
const RELATED_FORMS: Readonly<Record<string, readonly string[]>> = {
  visits: ['visit', 'visited', 'visiting'],
  meets: ['meeting', 'met'],
  signed: ['signing', 'signs'],
  signs: ['signing', 'signed'],
  arrested: ['arrest', 'arrests'],
  appointed: ['appointment', 'appoints'],
  resigns: ['resignation', 'resigned'],
  opens: ['opening', 'opened'],
  wins: ['winning', 'winner'],
  elections: ['election', 'elected'],
  exercises: ['exercise', 'exercising'],
  bombing: ['bombed', 'bombings'],
  explosion: ['explosions', 'exploded'],
  protest: ['protests', 'protesters'],
  attack: ['attacks', 'attacked'],
  clash: ['clashes', 'clashed'],
  agreement: ['agreements', 'agreed'],
  decree: ['decrees', 'decreed'],
};

const content = contentTokens;

/** One right answer, several (2 to 5), or too many to be a fair question (undefined). */
function answersFor(count: number): boolean | undefined {
  if (count <= 0 || count > 5) return undefined;
  return count > 1;
}

/** A query of the class from the record at `index` of its command, or undefined when it cannot be made. */
export function makeClassQuery(
  rng: Rng,
  kind: ClassKind,
  context: ClassContext,
  index: number,
  find: FindRecords,
): ClassQuery | undefined {
  const { dataset } = context;
  const count = (words: readonly string[], prefixes?: ReadonlySet<number>) => find(words, prefixes).length;
  switch (kind) {
    case 'namesake': {
      if (context.namesakes.length === 0) return undefined;
      const actor = dataset.actors[rng.pick(context.namesakes)]!;
      const several = answersFor(count(tokenize(actor.name)));
      if (several === undefined) return undefined;
      return { text: actor.name.toLowerCase(), expected: actor.id, several, from: actor.name };
    }
    case 'same-title': {
      const event = dataset.events[index]!;
      const shared = context.titleCount.get(normalizeText(event.title)) ?? 0;
      if (shared < 2 || shared > 5) return undefined;
      return { text: event.title.toLowerCase(), expected: event.id, several: true, from: event.title };
    }
    case 'dated': {
      const event = dataset.events[index]!;
      const [year, month, day] = event.date.start.split('-').map(Number);
      if (month === undefined || event.date.end !== undefined) return undefined;
      const words = content(event.title);
      const picked =
        words.length <= 3 ? words : words.filter((w) => rng.shuffled(words).slice(0, 3).includes(w));
      // Records with the words and the date the query gives.
      const style = rng.int(0, 2);
      const dateWords =
        style === 0 || day === undefined
          ? `${monthName(month)} ${year}`
          : style === 1
            ? `${monthName(month)} ${day} ${year}`
            : `${year}`;
      const withWords = find(picked);
      // The date must be what tells the record apart from others with its words.
      if (withWords.length < 2) return undefined;
      const datePrefix = style === 2 ? `${year}` : event.date.start.slice(0, 7);
      const several = answersFor(
        withWords.filter((i) => dataset.events[i]!.date.start.startsWith(datePrefix)).length,
      );
      if (several === undefined) return undefined;
      return {
        text: `${picked.join(' ')} ${dateWords}`.toLowerCase(),
        expected: event.id,
        several,
        from: `${event.title} (${event.date.start})`,
      };
    }
    case 'cyrillic': {
      const actor = dataset.actors[index]!;
      if (actor.kind !== 'person' && actor.kind !== 'place') return undefined;
      const words = tokenize(actor.name);
      const several = answersFor(count(words));
      if (several === undefined) return undefined;
      const text = words.map(toCyrillic).join(' ');
      return {
        text: rng.chance(0.5) ? capitalizeWords(text) : text,
        expected: actor.id,
        several,
        from: actor.name,
      };
    }
    case 'uzbek-latin': {
      const actor = dataset.actors[index]!;
      if (actor.kind !== 'person' && actor.kind !== 'place') return undefined;
      const words = tokenize(actor.name);
      const text = words.map((w) => toUzbekLatin(w, actor.kind === 'place')).join(' ');
      if (text === words.join(' ')) return undefined;
      const several = answersFor(count(words));
      if (several === undefined) return undefined;
      return { text: capitalizeWords(text), expected: actor.id, several, from: actor.name };
    }
    case 'cut': {
      const event = dataset.events[index]!;
      const words = content(event.title).filter((w) => w.length >= 5);
      if (words.length < 2) return undefined;
      const picked = words.slice(0, 3);
      const cut = picked.map((w) => w.slice(0, Math.max(3, Math.ceil((w.length * rng.int(50, 75)) / 100))));
      const several = answersFor(count(cut, new Set(cut.map((_, i) => i))));
      if (several !== false) return undefined;
      return { text: cut.join(' '), expected: event.id, several, from: event.title };
    }
    case 'stem': {
      const event = dataset.events[index]!;
      const words = content(event.title);
      const at = words.findIndex((w) => RELATED_FORMS[w] !== undefined);
      if (at === -1 || count(words) !== 1) return undefined;
      const out = [...words];
      out[at] = rng.pick(RELATED_FORMS[words[at]!]!);
      return { text: out.join(' '), expected: event.id, several: false, from: event.title };
    }
    case 'alias': {
      const event = dataset.events[index]!;
      const alias = event.aliases?.[0];
      if (alias === undefined) return undefined;
      const shared = context.aliasCount.get(normalizeText(alias)) ?? 0;
      const several = answersFor(shared);
      if (several === undefined) return undefined;
      const text = rng.chance(0.5) ? alias.replace(/^the /, '') : alias;
      return { text: text.toLowerCase(), expected: event.id, several, from: alias };
    }
    case 'variant': {
      const event = dataset.events[index]!;
      const place = event.places
        .map((id) => context.actorsById.get(id))
        .find((a) => a !== undefined && a.aliases.length > 0);
      if (!place) return undefined;
      const words = content(event.title);
      const placeWords = tokenize(place.name);
      if (!placeWords.every((w) => words.includes(w)) || count(words) !== 1) return undefined;
      const variant = tokenize(rng.pick(place.aliases));
      const rest = words.filter((w) => !placeWords.includes(w));
      return {
        text: [...rest.slice(0, 3), ...variant].join(' '),
        expected: event.id,
        several: false,
        from: `${event.title} (${place.aliases.join(', ')})`,
      };
    }
  }
}

function capitalizeWords(text: string): string {
  return text.replace(/(^|\s)(\S)/g, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** The command each class asks through. */
export function classCommand(kind: ClassKind): 'actor' | 'event' {
  return kind === 'namesake' || kind === 'cyrillic' || kind === 'uzbek-latin' ? 'actor' : 'event';
}
