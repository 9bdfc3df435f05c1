// An election or a referendum printed with no state or place of its own ("the parliamentary elections
// of October 14", "the March 18 referendum", "a repeat election") is the home country's vote (the
// country the article names most often, home-government.ts, when its title names that country too):
// events list that country among their actors. Unlike "the government", it is no mention of the
// country: no one speaks through a vote.
import type { Analysis } from '../analysis.js';
import { countryWords, homeCountry } from './home-government.js';

/**
 * An election or a referendum: "the parliamentary elections of February 27", "the snap election",
 * "the March 18 referendum", "the runoff", "a repeat election" (group 1 the words before the noun).
 */
const ELECTION =
  /\b((?:(?:[Tt]he|[Aa]|[Aa]n|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Nn]ext|[Ll]ast) )?(?:(?:\p{Lu}\p{Ll}+ \d{1,2}|\d{4}|snap|early|repeat|next|first|second|final|first-round|second-round|local|municipal|regional|provincial|parliamentary|presidential|legislative|general|gubernatorial|mayoral|national|constitutional|disputed|coming|upcoming|new) )*)(?:elections?|referendum|runoff|run-off|re-run|plebiscite)\b/gu;

/** Where each sentence names the home country's vote, computed once per analysis. */
const cache = new WeakMap<Analysis, Map<number, { at: number; end: number; key: string }[]>>();

/**
 * The home country at each election or referendum of the sentence that has no state or place of its
 * own: no country's or place's name or adjective among its words or just before them ("Dravina's snap
 * elections", "the Kyrgyz presidential election"), none after it ("elections in Ukraine", "the
 * gubernatorial election in Chardak province").
 */
export function electionHits(an: Analysis, sentence: number): { at: number; end: number; key: string }[] {
  let bySentence = cache.get(an);
  if (!bySentence) {
    bySentence = findElections(an);
    cache.set(an, bySentence);
  }
  return bySentence.get(sentence) ?? [];
}

function findElections(an: Analysis): Map<number, { at: number; end: number; key: string }[]> {
  const out = new Map<number, { at: number; end: number; key: string }[]>();
  const { table } = an;
  const home = homeCountry(table);
  if (!home) return out;
  const countries = countryWords(table);
  /** The states a text names by a capitalised word (a name, a capital, an adjective; "X’s" too). */
  const statesIn = (text: string) =>
    [...text.matchAll(/\p{Lu}[\p{L}’'-]+/gu)]
      .map((w) => countries.get(w[0].replace(/[’']s$/, '')))
      .filter((c) => c !== undefined);
  // (The home country must be the one the title names: in an article on Russia's neighbours, Russia
  // is often named most and holds none of their votes.)
  if (!statesIn(an.text.split('\n', 1)[0] ?? '').includes(home)) return out;
  const kindOf = (key: string | undefined) => table.actors.get(key ?? '')?.kind;
  const placed = (start: number, end: number) =>
    table.mentions.some(
      (k) => k.start < end && start < k.end && ['country', 'place'].includes(kindOf(k.actors[0]) ?? ''),
    );
  for (const s of an.sentences) {
    // (A sentence naming another state gives its votes to none: "Moscow is busy with the Duma
    // elections", "the referendum that Ardzania held".)
    let otherState: boolean | undefined;
    for (const m of s.text.matchAll(ELECTION)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      const before = s.text.slice(Math.max(0, m.index - 24), m.index);
      const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const owner = /(\p{Lu}[\p{L}-]+)(?:['’]s)?\s$/u.exec(before)?.[1];
      const ownWords = [...(m[1] ?? '').matchAll(/\p{Lu}[\p{L}-]+/gu)].map((w) => w[0]);
      otherState ??= statesIn(s.text).some((c) => c !== home);
      // (Nor a noun the election qualifies, "election observers", "the election commission"; nor "the
      // election of a chairman".)
      if (
        (owner !== undefined && countries.has(owner)) ||
        ownWords.some((w) => countries.has(w)) ||
        /^ (?:in|of|for) (?:the )?\p{Lu}/u.test(after) ||
        /^(?:-|\s(?:commissions?|observers?|monitors?|monitoring|law|laws|code|campaign|results?|officials?|day|night|fraud|boycott|headquarters|program|programme|process|workers?|board)\b)/.test(
          after,
        ) ||
        /^ of (?:a|an|the|its|his|her|their) \p{Ll}/u.test(after) ||
        otherState ||
        placed(start - 24, end)
      )
        continue;
      out.set(s.index, [...(out.get(s.index) ?? []), { at: start, end, key: home }]);
    }
  }
  return out;
}
