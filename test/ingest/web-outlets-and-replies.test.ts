import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const opening = 'The Ministry of Justice closed the canal road on May 3 (Gazeta.ru, May 4).';

// Outlets named by their web address ("Lenta.ru"), told as any outlet is told.
describe('an outlet named by its web address, told something in the sentence', () => {
  it('drafts "X told Lenta.ru on May 6 that …" as X’s statement, cited to Lenta.ru that day', () => {
    const { draft } = draftOf(
      article([
        `${opening} Marat Zhunusov told Lenta.ru on May 6 that the ditches had been dry for nine days.`,
      ]),
    );
    const statement = draft.quotes.find(
      (q) => q.kind === 'reported' && /Lenta\.ru/.test(q.evidence[0] ?? ''),
    );
    expect(draft.actors.find((a) => a.id === statement?.speaker)?.name).toBe('Marat Zhunusov');
    expect(draft.sources.map((s) => [s.outlet, s.date])).toContainEqual(['Lenta.ru', '2009-05-06']);
  });
});

describe('speakers the drafts used to miss', () => {
  it('reads "Zarafian officials reply that …" as a statement', () => {
    const { draft } = draftOf(
      article([
        `Zarafia closed the canal road on May 3 (Gazeta.ru, May 4). Zarafian officials reply that the hillside appears on the 1958 maps as well.`,
      ]),
    );
    expect(draft.quotes.filter((q) => q.kind === 'reported').map((q) => q.evidence[0])).toContainEqual(
      expect.stringContaining('reply that the hillside'),
    );
  });

  it('drafts "Residents of Min-Dzhar" as the group that told something', () => {
    const { draft } = draftOf(
      article([
        `${opening} Residents of Min-Dzhar, the last village on the canal, told Aina that their ditches had been dry.`,
      ]),
    );
    const statement = draft.quotes.find((q) => q.kind === 'reported');
    expect(draft.actors.find((a) => a.id === statement?.speaker)?.name).toBe('Residents of Min-Dzhar');
  });
});
