// More shapes of names: a patronymic's "son of" inside a name ("Yahya ibn Salim"), a person by a
// trade in apposition ("a preacher"), and an outlet run together with its news word ("VorPress").
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const kinds = (paragraph: string) =>
  Object.fromEntries(draftOf(article([paragraph])).draft.actors.map((a) => [a.name, a.kind]));

describe('more name shapes', () => {
  it('reads "Yahya ibn Salim, a preacher," as one person', () => {
    expect(kinds('Yahya ibn Salim, a preacher, was arrested in Solmar on May 3.')).toMatchObject({
      'Yahya ibn Salim': 'person',
    });
  });

  it('reads "VorPress" and "SogdInform" as outlets, "Kyrmangaz" still as a company', () => {
    expect(
      kinds(
        'VorPress reported on May 3 that Kyrmangaz had cut the discharge. SogdInform said the same on May 4.',
      ),
    ).toMatchObject({ VorPress: 'media', SogdInform: 'media', Kyrmangaz: 'organization' });
  });
});
