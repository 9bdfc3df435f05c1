// "The government says …": a bare "the government" speaks for the country the article is about.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) => draftOf(text).draft.quotes.filter((q) => q.kind === 'reported');

describe('a bare "the government" as speaker', () => {
  it('in an analysis, is the country the article names most', () => {
    const text = article([
      'Latvia has raised its rail tariffs twice this year, and Lithuania has protested both times (LETA, May 3). Riga blames the cost of new wagons; Latvian shippers blame the minister.',
      'The government insists that the new tariff is fair. Latvian exporters disagree, and Latvia may yet lose the cargo to Klaipeda.',
    ]);
    const said = statementsOf(text).find((q) => q.evidence[0]?.startsWith('The government insists'));
    expect(said?.speaker).toBe('latvia');
  });

  it('is the country whose government was just named', () => {
    const text = article([
      'Latvia has raised its rail tariffs twice this year, and Riga says Latvian wagons need repair. The Estonian government has asked for talks. The government says that the new tariff breaks the transit treaty.',
    ]);
    const said = statementsOf(text).find((q) => q.evidence[0]?.includes('The government says'));
    expect(said?.speaker).toBe('estonia');
  });

  it('in an interview, is the country its introduction opens with', () => {
    const text = article(
      [
        'Anna Berzina has led the Latvian Farmers Union since 2008. Her members sell milk to Lithuania and Estonia, and both Lithuania and Estonia have closed their markets to it (LETA, March 3). Below, Berzina answers our questions.',
        'Q: Will the markets open again?',
        'A: The government said it would raise the matter in Brussels. Lithuania and Estonia say they will wait.',
        'Q: And your members?',
        'A: They are pouring milk into the fields.',
        'The interview was conducted by Marat Omarov in Riga on March 20, 2009, and published in the March 24 issue of the Baltic Herald.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 60',
    );
    const said = statementsOf(text).find((q) => q.evidence[0]?.startsWith('The government said'));
    expect(said?.speaker).toBe('latvia');
  });

  it('does not report what the government would say in a condition', () => {
    const text = article([
      'Latvia has raised its rail tariffs twice this year. If the government announced that the tariff would stay, Latvian shippers would move to Klaipeda.',
    ]);
    expect(statementsOf(text).some((q) => q.evidence[0]?.includes('If the government'))).toBe(false);
  });
});
