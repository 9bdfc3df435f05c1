// An unnamed speaker printed with "the" ("the governor's press service") is known without it too
// ("governor's press service"): the article is no part of a name a reviewer would write.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const aliasesOf = (text: string, name: string) =>
  draftOf(text).draft.actors.find((a) => a.name === name)?.aliases ?? [];

describe('the alias of an unnamed speaker without its article', () => {
  it('keeps "governor\'s press service" beside "The governor\'s press service"', () => {
    const text = article([
      'Governor Ivo Brandt flew to Riga on May 2. The governor’s press service said that he would return on May 4.',
    ]);
    expect(aliasesOf(text, "Ivo Brandt's press service")).toEqual([
      'The governor’s press service',
      'governor’s press service',
    ]);
  });

  it('keeps "council\'s press office" beside "The council\'s press office"', () => {
    const text = article([
      'Janis Ozols leads the Riga City Council. The council’s press office said that the vote would be held in June.',
    ]);
    expect(aliasesOf(text, "Riga City Council's press office")).toEqual([
      'The council’s press office',
      'council’s press office',
    ]);
  });

  it('adds nothing where the name is the bare phrase already', () => {
    const text = article(['The owner of one bakery told us that flour had run out.']);
    expect(aliasesOf(text, 'owner of one bakery')).toEqual(['The owner of one bakery']);
  });
});
