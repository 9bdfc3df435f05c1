import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

/** Each direct quotation with the name of its speaker. */
const quotesOf = (text: string) => {
  const { draft } = draftOf(text);
  return draft.quotes
    .filter((q) => q.kind === 'direct')
    .map((q) => [draft.actors.find((a) => a.id === q.speaker)?.name ?? q.speaker, q.text]);
};

// An interviewee tells what someone never named said to them: the person described speaks.
describe('a described person who speaks to the narrator', () => {
  it('drafts "the officer in charge said to me"', () => {
    const text = article([
      'They searched the office for six hours. At the end the officer in charge said to me, “You will hear from us again.”',
    ]);
    expect(quotesOf(text)).toEqual([['officer in charge', 'You will hear from us again.']]);
  });

  it('drafts "a Turkish colonel shook my hand and said to me" (a deed, then the words)', () => {
    const text = article([
      'Turkey withdrew its last unit in April. On the quay a Turkish colonel shook my hand at the gangway and said to me, “Now the harbor is yours to keep.”',
    ]);
    expect(quotesOf(text)).toEqual([['a Turkish colonel', 'Now the harbor is yours to keep.']]);
  });

  it('drafts "a police colonel read it, handed it back and said" (a list of deeds, then the words)', () => {
    const text = article([
      'The recount began on March 26. At the door a police colonel read our accreditation, handed it back and said, “This paper is from Ostrel.”',
    ]);
    expect(quotesOf(text)).toEqual([['a police colonel', 'This paper is from Ostrel.']]);
  });

  it('drafts "a spokeswoman for the Halmarian ministry" speaking after the words', () => {
    const text = article([
      'Halmaria recalled its envoy on May 20. A visit to Dastrava has been postponed “until the atmosphere improves,” a spokeswoman for the Halmarian ministry told Halmar Press on May 31.',
    ]);
    expect(quotesOf(text)).toEqual([
      ['a spokeswoman for the Halmarian ministry', 'until the atmosphere improves,'],
    ]);
  });

  it('drafts "the Polish guard on the far bank called across to us" by its noun, not where he stood', () => {
    const text = article([
      'Poland shut the crossing in March. Every evening the Polish guard on the far bank called across to us, “Go home, the bridge is closed.”',
    ]);
    expect(quotesOf(text)).toEqual([['Polish guard', 'Go home, the bridge is closed.']]);
  });

  it('does not take a capitalised word that is no country for an adjective', () => {
    const text = article(['On the road a Mercedes driver told me, “The pass is shut until May.”']);
    const { draft } = draftOf(text);
    expect(draft.actors.map((a) => a.name)).not.toContain('a Mercedes driver');
  });

  // A time phrase before a possessive ("In the spring my brother") is no part of the description.
  it.each([
    'The strike began in March. In the spring my brother told me that the mine would close.',
    'The strike began in March. At the end of the week his wife said that nothing would change.',
    'The strike began in March. By the autumn their lawyer told us that the case was lost.',
  ])('drafts no speaker "the spring my brother" from: %s', (sentence) => {
    const { draft } = draftOf(article([sentence]));
    const names = draft.actors.map((a) => a.name);
    expect(names.filter((n) => /\b(?:spring|week|autumn) (?:my|his|their)\b/.test(n))).toEqual([]);
  });
});
