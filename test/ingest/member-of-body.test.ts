// "Ivan Petrov of the Liberal Party accused …": the person named before "of the <body>" is the
// subject who speaks; the body only says where they belong.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const speakersOf = (text: string) => draftOf(text).draft.quotes.map((q) => q.speaker);

describe('a person of a body speaks, not the body', () => {
  it.each([
    'The budget passed in May. Ivan Petrov of the opposition Liberal Party accused the government of hiding the true deficit.',
    'The budget passed in May. Ivan Petrov of the Liberal Party said that the deficit would grow.',
    'The budget passed in May. Ivan Petrov of the ruling Unity Party insisted that the deficit would shrink.',
  ])('drafts the person as the speaker: %s', (sentence) => {
    expect(speakersOf(article([sentence]))).toEqual(['ivan-petrov']);
  });
});
