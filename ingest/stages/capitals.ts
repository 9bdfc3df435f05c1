// Capitals the article never calls one: "Ostrov undertook …", "Lindau's answer" stand for a
// country's government, and the events list the country. A real country's capital is known
// ("Moscow protested": Russia, when the article names Russia). Two cues tell which country another
// city is the capital of: a news outlet named after the country datelined there ("(Kestinform, Ostrov, …)":
// national agencies and broadcasters sit in the capital), and, by elimination, "X's ambassador in Y"
// (Y is the capital of a country other than X, and of the one country left once X and the countries
// whose capital is known are set aside).
import { CAPITALS } from '../language/lexicon.js';
import { isStateLongForm } from './gazetteer.js';
import type { Citation } from './sources.js';

/** The first letters a country's name shares with an outlet named after it ("Kest-ria", "Kest-inform"). */
const STEM = 4;

/** What this stage needs of the actor table (actors.ts calls it, so it cannot import that module). */
interface Actors {
  readonly actors: ReadonlyMap<
    string,
    {
      readonly key: string;
      kind: string;
      name: string;
      readonly forms: ReadonlyMap<string, number>;
      capitalOf?: string;
    }
  >;
}

export function inferCapitals(text: string, table: Actors, citations: readonly Citation[]): void {
  const countries = [...table.actors.values()].filter((a) => a.kind === 'country');
  const placeKey = (name: string) =>
    [...table.actors.values()].find((a) => a.kind === 'place' && (a.name === name || a.forms.has(name)));
  const hasCapital = (country: string) => [...table.actors.values()].some((a) => a.capitalOf === country);
  const stemOf = (name: string) => name.toLowerCase().slice(0, STEM);
  // "KurInform" for Kuratia, "KyrTAG" for Kyrgyzstan: an agency's name often opens with a clipped
  // country name of three letters or more, ended by a capital or a hyphen.
  const clipped = (outlet: string, country: string) => {
    const head = /^\p{Lu}\p{Ll}{2,}(?=\p{Lu}|-)/u.exec(outlet)?.[0].toLowerCase();
    return head !== undefined && country.toLowerCase().startsWith(head);
  };
  for (const [country, ...cities] of CAPITALS) {
    // (The article may name the state by its long form only: "the Russian Federation".)
    const state = countries.find((k) =>
      [k.name, ...k.forms.keys()].some((f) => f === country || isStateLongForm(f, country)),
    );
    const place = cities.map(placeKey).find((p) => p !== undefined);
    if (state && place && !place.capitalOf) place.capitalOf = state.key;
  }
  for (const c of citations) {
    const place = c.place ? placeKey(c.place) : undefined;
    if (!place || place.capitalOf || c.outlet.length < STEM) continue;
    const named = countries.filter((k) => stemOf(k.name) === stemOf(c.outlet) || clipped(c.outlet, k.name));
    if (named.length === 1 && named[0] && !hasCapital(named[0].key)) place.capitalOf = named[0].key;
  }
  for (const m of text.matchAll(/\b(\p{Lu}[\p{L}-]+)['’]s ambassador (?:in|to) (\p{Lu}[\p{L}-]+)/gu)) {
    const place = placeKey(m[2] ?? '');
    const sender = countries.find((k) => k.name === m[1] || k.forms.has(m[1] ?? ''));
    if (!place || place.capitalOf || !sender) continue;
    const left = countries.filter((k) => k.key !== sender.key && !hasCapital(k.key));
    if (left.length === 1 && left[0]) place.capitalOf = left[0].key;
  }
}
