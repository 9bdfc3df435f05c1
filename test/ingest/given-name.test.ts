// A person told again by the given name alone, as a lawyer speaks of a client; a country printed
// only where a sentence starts.
import { describe, expect, it } from 'vitest';
import { article, draftOf, statementMatching } from './helpers.js';

const { draft } = draftOf(
  article(
    [
      'Leyla Aliyeva, a lawyer, has represented Nigar Hasanova, the editor of the weekly Yeni Ses, since February. Below, she answers our questions.',
      'Q: How is your client?',
      'A: Nigar was moved in March to the remand center. The verdict could come next month, and I have told Nigar to expect the worst. She told me on Friday that she would rather go to a colony than apologize.',
      'Q: And then?',
      'A: We will appeal.',
      'The interview was conducted by Murad Gasimov in Baku on April 22, 2014, and published in the April 26 issue of the Caspian Courier.',
    ],
    'Publication: Eurasia Daily Monitor Volume: 11 Issue: 79',
  ),
);

describe('a given name alone', () => {
  it('is the one person whose full name opens with it, not an actor of its own', () => {
    expect(draft.actors.map((a) => a.name)).not.toContain('Nigar');
    expect(draft.actors.find((a) => a.name === 'Nigar Hasanova')?.aliases).toContain('Nigar');
  });

  it('gives a pronoun after it its antecedent: "She told me on Friday that …" is the client’s', () => {
    const statement = statementMatching(draft, /^She told me/);
    expect(statement?.speaker).toBe('nigar-hasanova');
  });
});

describe('a common given name alone that a weak cue made a place', () => {
  it('is still the person: "… the last person to speak to Andrei"', () => {
    const names = draftOf(
      article([
        'On August 27, its best-known reporter, Andrei Tsurcan, left the newsroom. Police say a guard was the last person to speak to Andrei that evening.',
      ]),
    ).draft.actors.map((a) => a.name);
    expect(names).toContain('Andrei Tsurcan');
    expect(names).not.toContain('Andrei');
  });
});

describe('a country printed only at a sentence’s start', () => {
  it('is the country when the article prints its adjective: "Dravonia has been quick to …"', () => {
    const actors = draftOf(
      article([
        'On April 4, Dravonian Prime Minister Oleg Vyazemtsev signed a memorandum in Kolvensk. Dravonia has been quick to fill the space.',
      ]),
    ).draft.actors;
    expect(actors.find((a) => a.name === 'Dravonia')?.kind).toBe('country');
  });
});

describe('a surname in another transliteration opening a sentence', () => {
  it('is the person: "Khakimova" told before, then "“…” Hakimova said the next day that …"', () => {
    const { draft } = draftOf(
      article([
        'The speaker of the assembly, Nodira Khakimova, asked the court on February 19 to rule. On March 6, the court ruled for the prime minister. “The court counts days.” Hakimova said the next day that she would accept the ruling.',
      ]),
    );
    const statement = statementMatching(draft, /accept the ruling/);
    expect(statement?.speaker).toBe('nodira-khakimova');
  });
});

describe('a full name in another transliteration', () => {
  it('is the same person: "Arkady Kholodov" and "Arkady Holodov"', () => {
    const names = draftOf(
      article([
        'The banker Arkady Kholodov fled to Lindhaven on March 3. A Vestranian official said on May 2 that “Arkady Holodov will not be handed over.”',
      ]),
    ).draft.actors.map((a) => a.name);
    expect(names).toContain('Arkady Kholodov');
    expect(names).not.toContain('Arkady Holodov');
  });
});

describe('a common given name before an unknown surname', () => {
  it('makes a person of a name printed once with no title ("the way for Gennady Prokosh to be inaugurated")', () => {
    const { draft } = draftOf(
      article(['The ruling on April 27 cleared the way for Gennady Prokosh to be inaugurated as governor.']),
    );
    expect(draft.actors.map((a) => [a.name, a.kind])).toContainEqual(['Gennady Prokosh', 'person']);
  });
});

describe('a given name alone after "to"', () => {
  it('is the person when spoken to or owning what follows: "What would you say to Andrei", "next to Andrei’s photograph"', () => {
    const names = draftOf(
      article([
        'On August 27, its best-known reporter, Andrei Tsurcan, left the newsroom. What would you say to Andrei now? We will print his name next to Andrei’s photograph.',
      ]),
    ).draft.actors.map((a) => a.name);
    expect(names).toContain('Andrei Tsurcan');
    expect(names).not.toContain('Andrei');
  });
});

describe('a trade opening a sentence before a name', () => {
  it('is the person’s title, not part of the name: "Reporter Andrei Tsurcan disappeared …"', () => {
    const actors = draftOf(
      article(['Reporter Andrei Tsurcan disappeared on August 27. Lawyer Farid Ismailov appealed on May 2.']),
    ).draft.actors;
    expect(actors.map((a) => [a.name, a.kind])).toEqual(
      expect.arrayContaining([
        ['Andrei Tsurcan', 'person'],
        ['Farid Ismailov', 'person'],
      ]),
    );
  });
});
