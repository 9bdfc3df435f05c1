// A day told as "the day after <clause>" beside a date, a gathering "called", and a person named
// only as the object of an act ("Police detained him on January 22").
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 35';
const { draft } = draftOf(
  article(
    [
      'Anton Rusu, a retired engineer, spent thirty years at the Ostrov power station. This winter he became the face of the protests in the city. Police detained him on January 22, the day after he called the first gathering outside the town hall on a local forum (Ostrov.info, January 23). On January 27, the day after President Ivan Lupu dismissed Energy Minister Pavel Orlov, the new minister, Dan Cretu, called Rusu "a specialist we should have heard" (Kestria TV, January 27). A week later Governor Mihai Sava was less generous.',
    ],
    HEADER,
  ),
);
const on = (date: string) => draft.events.filter((e) => e.date.start === date);

describe('a person named only as the object of an act', () => {
  it('is the actor of "Police detained him on January 22"', () => {
    expect(on('2009-01-22').map((e) => e.actors[0])).toContain('anton-rusu');
  });
});

describe('a gathering called is an act, not an opinion', () => {
  it('dates "the day after he called the first gathering outside …" the day before', () => {
    expect(on('2009-01-21').map((e) => e.actors[0])).toContain('anton-rusu');
  });
});

describe('"the day after <a titled name> <past verb> …" beside a date', () => {
  it('dates that clause the day before, whatever opinion the main clause gives', () => {
    expect(on('2009-01-26').flatMap((e) => e.actors)).toContain('ivan-lupu');
  });

  it('does not move the story to the day after: "A week later" counts from January 27', () => {
    expect(on('2009-02-03').flatMap((e) => e.actors)).toContain('mihai-sava');
  });
});

describe('the person a speaker characterises', () => {
  it('is no speaker: "the new minister, Dan Cretu, called Rusu “…”" is Cretu’s', () => {
    const quote = draft.quotes.find((q) => q.kind === 'direct' && q.text.startsWith('a specialist'));
    expect(quote?.speaker).toBe('dan-cretu');
  });
});

describe('"a week before <clause>" beside a date', () => {
  it('dates that clause a week after the date: "on September 1, a week before the presidents met"', () => {
    const events = draftOf(
      article(
        [
          'The Morvanian corvettes sailed home on September 1, a week before the presidents met in Lindavik, and since then the Kelmet Bank has belonged to Karvasia.',
        ],
        HEADER,
      ),
    ).draft.events;
    // (September of the year before the issue, which appeared about February 2009.)
    expect(events.find((e) => e.date.text === 'a week before')?.date.start).toBe('2008-09-08');
  });
});

describe('"ten years later" after a year its own sentence named', () => {
  it('counts from that year, though it told background: "founded in 1994 and bought by X ten years later"', () => {
    const events = draftOf(
      article(
        [
          'Zlatobank, founded in 1994 and bought by Arkady Kholodov ten years later, was the third-largest bank. It failed on February 4.',
        ],
        HEADER,
      ),
    ).draft.events;
    expect(events.find((e) => e.date.text === 'ten years later')?.date.start).toBe('2004');
  });
});
