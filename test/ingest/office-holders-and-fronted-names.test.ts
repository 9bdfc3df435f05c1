// Persons by their office: "Public Defender Maia Zhghenti", "Chief Sanitary Inspector Arkady Vetrov",
// "the deputy minister" for a "Deputy Interior Minister" named before; and a name set before a
// pronoun's attribution ("Ekerot, he told journalists, had “…”"), which is not the speaker.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('titles of office', () => {
  it('read "Public Defender" and "Chief Sanitary Inspector" as titles, not part of the name', () => {
    const { draft } = draftOf(
      article([
        'Public Defender Maia Zhghenti told the session on June 6 that nine detainees had been injured. Chief Sanitary Inspector Arkady Vetrov added beer to the list on April 30.',
      ]),
    );
    const people = draft.actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people).toEqual(expect.arrayContaining(['Maia Zhghenti', 'Arkady Vetrov']));
    expect(people.some((n) => /Defender|Inspector/.test(n))).toBe(false);
  });
});

describe('"the deputy minister" after a "Deputy Interior Minister" was named', () => {
  it('is that minister, not an unnamed speaker of its own', () => {
    const { draft } = draftOf(
      article([
        'Two days later, the commission heard from Deputy Interior Minister Arsen Melikov, who had overseen the police operation. The deputy minister said that riot police had used no more force than the situation required.',
      ]),
    );
    const statement = draft.quotes.find(
      (q) => q.kind === 'reported' && q.evidence.some((e) => e.includes('riot police')),
    );
    expect(statement?.speaker).toBe('arsen-melikov');
    expect(draft.actors.map((a) => a.name)).not.toContain('deputy minister');
  });
});

describe('a name set before a pronoun’s attribution', () => {
  const { draft } = draftOf(
    article([
      'Magnus Ekerot, the chief executive of Aurelund Mining, spent five hours before the commission on June 4. Chairman of the Commission Ruben Melikov was not persuaded. Ekerot, he told journalists after the session, had “answered every question except the ones we asked.”',
    ]),
  );

  it('is what the pronoun’s speaker talks about: the words are Melikov’s', () => {
    const quote = draft.quotes.find(
      (q) => q.kind === 'direct' && q.text.startsWith('answered every question'),
    );
    expect(quote?.speaker).toBe('ruben-melikov');
  });
});
