// An office the article never gives a name to speaks as an unnamed speaker, even when another
// office of the same noun is held by someone named ("the prime minister" beside a justice minister).
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) => draftOf(text).draft.quotes.filter((q) => q.kind === 'reported');

describe('a qualified office as speaker', () => {
  it('drafts "the prime minister" when only another minister is named', () => {
    const text = article([
      'Justice Minister Ivan Petrov closed the union on May 2 (LETA, May 3).',
      'On May 4 the prime minister said on the radio that the union had broken the law.',
    ]);
    const { draft } = draftOf(text);
    const said = statementsOf(text).find((q) => q.evidence[0]?.includes('the prime minister said'));
    expect(draft.actors.find((a) => a.id === said?.speaker)?.name).toBe('prime minister');
  });

  it('drafts "the deputy finance minister" beside a named finance minister', () => {
    const text = article([
      'Finance Minister Anna Lis raised taxes in March.',
      'The deputy finance minister told reporters that the rise would be reversed.',
    ]);
    const { draft } = draftOf(text);
    const said = statementsOf(text).find((q) => q.evidence[0]?.startsWith('The deputy finance minister'));
    expect(draft.actors.find((a) => a.id === said?.speaker)?.name).toBe('deputy finance minister');
  });

  it('gives the office to the person named in it', () => {
    const text = article([
      'Prime Minister Ivan Petrov visited Riga on May 2.',
      'On May 4 the prime minister said on the radio that the visit had gone well.',
    ]);
    const said = statementsOf(text).find((q) => q.evidence[0]?.includes('the prime minister said'));
    expect(said?.speaker).toBe('ivan-petrov');
  });
});

describe('the spokesman of an office qualified by a country', () => {
  it('drafts "the Latvian prime minister\'s spokesman" as printed', () => {
    const text = article([
      'Latvijas Gaze raised its prices on May 2 (LETA, May 3).',
      'Riga stayed quiet at first; the Latvian prime minister’s spokesman told reporters on May 5 that the matter was closed.',
    ]);
    const { draft } = draftOf(text);
    const said = statementsOf(text).find((q) => q.evidence[0]?.includes('spokesman told'));
    expect(draft.actors.find((a) => a.id === said?.speaker)?.name).toBe('Latvian prime minister’s spokesman');
  });

  it("leaves a region's office alone", () => {
    const text = article([
      'Gazprom raised its prices on May 2. The Kurzeme regional prosecutor’s office said that it would look into the rise.',
    ]);
    const { draft } = draftOf(text);
    expect(draft.actors.some((a) => a.description?.startsWith('unnamed'))).toBe(false);
  });
});
