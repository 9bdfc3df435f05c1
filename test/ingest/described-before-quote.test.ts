// Who speaks when the speaker is told before the words only by what they are: a role of a body in
// apposition before a name with no given-name cue ("the chairwoman of the herders’ union, Baatar
// Oyuntsetseg"), or a described person opening the sentence before “…,” he said.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const draft = (paragraphs: string[]) => draftOf(article(paragraphs)).draft;
const speakerOf = (d: ReturnType<typeof draft>, words: string) =>
  d.actors.find((a) => a.id === d.quotes.find((q) => q.text.includes(words))?.speaker)?.name;

describe('a role of a body in apposition before a name', () => {
  const d = draft([
    'Governor Sodnom Munkhbayar flew back to Tsagaanbulag on June 9. On June 18, riot police detained 27 people, among them the chairwoman of the herders’ union, Baatar Oyuntsetseg, who was released three days later. “They can arrest us,” she told reporters.',
  ]);

  it('drafts the name as a person with the role as her description, not as the union', () => {
    expect(d.actors.find((a) => a.name === 'Baatar Oyuntsetseg')).toMatchObject({
      kind: 'person',
      description: 'the chairwoman of the herders’ union',
    });
  });

  it('gives "she" to the chairwoman, past the governor', () => {
    expect(speakerOf(d, 'They can arrest us')).toBe('Baatar Oyuntsetseg');
  });

  it('still reads "the herders’ union, Dalbyr Khural," as the union’s name', () => {
    const other = draft([
      'On June 18, riot police detained 27 members of the herders’ union, Dalbyr Khural, in Tsagaanbulag.',
    ]);
    expect(other.actors.find((a) => a.name === 'Dalbyr Khural')?.kind).toBe('organization');
  });
});

describe('a described person before “…,” he said', () => {
  it('makes "A Halvanian diplomat who …" the speaker of the next sentence’s words', () => {
    const d = draft([
      'Colonel Vadim Hordiyenko met the mufti on May 3 in Solmar, the Halvanian port.',
      'A Halvanian diplomat who took part in the talks, and who asked not to be named, put the achievement in proportion. “We moved a repair shop four hundred meters,” he said. “The hard part is still behind the fence.”',
    ]);
    expect(speakerOf(d, 'We moved a repair shop')).toBe('A Halvanian diplomat');
  });

  it('keeps the whole description as an alias: "A senior official of the EU Delegation in Ravnigrad"', () => {
    const d = draft([
      'A senior official of the EU Delegation in Ravnigrad was blunter still. “The calendar in Brussels does not wait,” he told Glasnik on April 14.',
    ]);
    const speaker = d.actors.find((a) => a.id === d.quotes[0]?.speaker);
    expect(speaker?.name).toBe('A senior official');
    expect(speaker?.aliases).toContain('A senior official of the EU Delegation in Ravnigrad');
  });

  it('leaves the words to a person the sentence names: "A member of the commission since June, Kholodov …"', () => {
    const d = draft([
      'A member of the commission since it was set up in June, Mikhail Kholodov told his colleagues that he would not vote. “I did not choose my brother,” he said.',
    ]);
    expect(speakerOf(d, 'I did not choose my brother')).toBe('Mikhail Kholodov');
  });

  it('drafts no one when the next sentence’s words are not given to a pronoun', () => {
    const d = draft([
      'A Halvanian diplomat who took part in the talks put the achievement in proportion. The talks resume in June.',
    ]);
    expect(d.actors.map((a) => a.name)).not.toContain('A Halvanian diplomat');
  });
});
