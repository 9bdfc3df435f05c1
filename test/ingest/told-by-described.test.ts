// A speaker described by a plain noun phrase and never named: "a cousin of mine told me …", "Their
// mayor told me …", "The bakers in the old town say that …" (unnamed/told-by.ts).
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const interview = (answer: string) =>
  article(
    [
      'Anna Berzina has run a dairy in Valmiera since 2001. Her milk goes to Lithuania, and Lithuania closed its market to it in March (LETA, March 3). Below, Berzina answers our questions.',
      'Q: How is the dairy doing?',
      `A: ${answer}`,
      'The interview was conducted by Marat Omarov in Riga on March 20, 2009, and published in the March 24 issue of the Baltic Herald.',
    ],
    'Publication: Eurasia Daily Monitor Volume: 6 Issue: 60',
  );

function speakerOf(text: string, evidenceStart: string): string | undefined {
  const r = draftOf(text);
  const said = r.draft.quotes.find((q) => q.kind === 'reported' && q.evidence[0]?.includes(evidenceStart));
  const actor = r.draft.actors.find((a) => a.id === said?.speaker);
  return actor ? [actor.name, ...actor.aliases].join(' / ') : said?.speaker;
}

describe('a described speaker who tells the writer', () => {
  it('is drafted from its phrase when it tells me', () => {
    const text = interview(
      'Badly. Last week a cousin of mine in Kaunas wrote to me that the shops there no longer stock our cheese.',
    );
    expect(speakerOf(text, 'a cousin of mine in Kaunas wrote')).toContain('a cousin of mine in Kaunas');
  });

  it('keeps a possessive phrase ("Their mayor told me")', () => {
    const text = interview(
      'Our neighbors suffer too. Their mayor told me that half the farms may close by the autumn.',
    );
    expect(speakerOf(text, 'Their mayor told me')).toContain('Their mayor');
  });

  it('is drafted when a described phrase opens the sentence and says something', () => {
    const text = interview(
      'The bakers in the old town say that they will buy only Estonian butter this year.',
    );
    expect(speakerOf(text, 'The bakers in the old town say')).toContain('The bakers in the old town');
  });

  it('is drafted when a phrase the teller owns opens the sentence and says something', () => {
    const text = interview(
      'Badly. My lawyer says the court will hear our appeal next year. My wife says I should sell.',
    );
    expect(speakerOf(text, 'My lawyer says')).toContain('My lawyer');
    expect(speakerOf(text, 'My wife says')).toContain('My wife');
  });

  it('still leaves a bare "The opposition says" unnamed', () => {
    const text = interview('The opposition says that the border checks will end in May.');
    expect(speakerOf(text, 'The opposition says')).toBeUndefined();
  });

  it('leaves "The Latvian side" to its country', () => {
    const text = interview('The Latvian side says that the border checks will end in May.');
    const r = draftOf(text);
    expect(r.draft.actors.some((a) => /side/i.test(a.name))).toBe(false);
  });
});

describe('a group told by where its people work, speaking in an aside', () => {
  it('drafts "The rest, people at the ministry told me, is for …" as a statement of "people at the ministry"', () => {
    const text = interview(
      'The ministry paid half. The rest, people at the ministry told me, is for the milk we lost.',
    );
    expect(speakerOf(text, 'people at the ministry told me')).toContain('people at the ministry');
  });

  it('reads "say I …" as words reported: "Our lawyers say I will be called in the spring"', () => {
    const text = interview('Badly. Our lawyers say I will be called in the spring.');
    expect(speakerOf(text, 'Our lawyers say')).toContain('Our lawyers');
  });
});

describe('a man or woman from a body the article names', () => {
  it('is drafted as printed, a person: "a man from our Foreign Ministry telephoned and said that …"', () => {
    const text = interview(
      'Badly. The Foreign Ministry wrote to us in May. Last Thursday a man from our Foreign Ministry telephoned and said that there would be no summit.',
    );
    expect(speakerOf(text, 'a man from our Foreign Ministry')).toContain('a man from our Foreign Ministry');
  });
});
