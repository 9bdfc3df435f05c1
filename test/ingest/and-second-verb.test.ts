// A second reporting verb joined by "and" ("said that …, and called on …") is a statement of its own
// whose words start at the "and": the conjunction belongs to the second clause, as "but" does.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => [q.speaker, q.evidence[0]]);

describe('"…, and <verb> …" after a statement of the same speaker', () => {
  it('starts the second statement at ", and called on"', () => {
    const text = article([
      'Mayor Ivo Brandt said that the harbor had lost half its ships since May, and called on both capitals to reopen the canal.',
    ]);
    expect(statementsOf(text)).toEqual([
      ['ivo-brandt', 'Mayor Ivo Brandt said that the harbor had lost half its ships since May'],
      ['ivo-brandt', 'and called on both capitals to reopen the canal.'],
    ]);
  });

  it('starts it at a bare "and" too', () => {
    const text = article([
      'Senator Anna Berzina argued that the tariff was illegal and warned that farmers would sue the state.',
    ]);
    expect(statementsOf(text)).toEqual([
      ['anna-berzina', 'Senator Anna Berzina argued that the tariff was illegal'],
      ['anna-berzina', 'and warned that farmers would sue the state.'],
    ]);
  });

  it('keeps "but" where it was', () => {
    const text = article([
      'Minister Janis Ozols welcomed the ruling but said that the port would stay closed until June.',
    ]);
    expect(statementsOf(text)).toEqual([
      ['janis-ozols', 'Minister Janis Ozols welcomed the ruling'],
      ['janis-ozols', 'but said that the port would stay closed until June.'],
    ]);
  });
});
