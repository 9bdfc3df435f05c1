// A country the article names by its adjective in "-an" ("a Mezharan conscript"), printing the
// country's own name only inside another ("the ruling United Mezhara faction"), is an actor.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('a country told by its adjective in "-an"', () => {
  it('is drafted under its name when the text spells that name somewhere', () => {
    const { draft } = draftOf(
      article([
        'In the early hours of March 4, a Mezharan conscript was killed near the village of Okhureti. The Mezharan Defense Ministry blamed Ardoni, and a deputy of the ruling United Mezhara faction called for calm.',
      ]),
    );
    expect(draft.actors.find((a) => a.name === 'Mezhara')?.kind).toBe('country');
    expect(draft.actors.map((a) => a.name)).not.toContain('Mezharan');
    expect(draft.events.find((e) => e.date.start.endsWith('-03-04'))?.actors).toContain('mezhara');
  });

  it('is not guessed when the text never spells the name: "the Kazan authorities"', () => {
    const { draft } = draftOf(article(['On May 3 the Kazan authorities closed the market.']));
    expect(draft.actors.map((a) => a.name)).not.toContain('Kaza');
  });
});
