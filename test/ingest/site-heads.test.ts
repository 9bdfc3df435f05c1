// A site named for a body ("the Border Guard Cemetery") is a place, not the body.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('a site whose name holds a body’s head word', () => {
  it.each([
    ['The veterans laid wreaths at the Border Guard Cemetery in Dorsk on May 9.', 'Border Guard Cemetery'],
    ['The rally was moved to the Police Academy Stadium on June 2.', 'Police Academy Stadium'],
  ])('drafts a place: %s', (sentence, name) => {
    const { draft } = draftOf(article([sentence]));
    expect(draft.actors.find((a) => a.name === name)?.kind).toBe('place');
  });
});
