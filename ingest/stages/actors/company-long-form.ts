// A company's long form decided by its short one: "the chairman of Naftogaz Ukrainy" carries only a
// weak cue (a preposition) for a place, but "Naftogaz" alone, strongly a company, is the same body.
import { countryTailOf } from './spelling.js';
import type { Decided } from './merge.js';

/** Names of another weak kind whose short form (less a country's name) is strongly an organisation. */
export function decideCompanyLongForms(decided: Map<string, Decided>, countries: readonly string[]): void {
  const companies = [...decided].filter(([, d]) => d.kind === 'organization' && d.strong).map(([n]) => n);
  for (const [name, d] of decided) {
    if (d.strong || d.kind === 'organization') continue;
    if (companies.some((short) => countryTailOf(short, name, countries)))
      decided.set(name, { kind: 'organization', strong: false });
  }
}
