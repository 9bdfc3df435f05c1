// A real capital acting stands for its country, in central Europe and the Balkans too: "Bratislava
// called off the restart" is Slovakia's act, when the article names Slovakia.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 40';
const firstActorOn = (text: string, start: string) =>
  draftOf(article([text], HEADER)).draft.events.find((e) => e.date.start === start)?.actors[0];

describe('a European capital that acts', () => {
  it('stands for Slovakia', () => {
    expect(
      firstActorOn(
        'Slovakia buys most of its power from abroad. On February 9, Bratislava cancelled the tender for a new grid link.',
        '2009-02-09',
      ),
    ).toBe('slovakia');
  });

  it('stands for Serbia and for Greece', () => {
    const text =
      'Serbia and Greece both depend on the same pipe. On February 10, Belgrade asked for an emergency loan; on February 12, Athens closed two gas-fired plants.';
    expect(firstActorOn(text, '2009-02-10')).toBe('serbia');
    expect(firstActorOn(text, '2009-02-12')).toBe('greece');
  });
});
