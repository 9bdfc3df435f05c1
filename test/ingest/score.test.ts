import { describe, expect, it } from 'vitest';
import {
  actorKindsRight,
  mainActorFirst,
  missedTargets,
  precision,
  recall,
  scoreArticle,
  type Gold,
  type Prediction,
} from '../../bench/ingest-score.js';

const gold: Gold = {
  article: { title: 't', publication: 'p', volume: 1, issue: 1 },
  events: [{ key: 'e1', date: '2009-06-03', actors: ['Vlad Filat'], evidence: 'Filat met them on June 3' }],
  quotes: [{ key: 'q1', speaker: 'Vlad Filat', text: 'We will win.' }],
  statements: [],
  actors: [
    { name: 'Vlad Filat', kind: 'person', other_spellings: ['Filat'] },
    { name: 'OSCE', kind: 'organization', other_spellings: [] },
  ],
  sources: [{ raw: 'Moldpres, June 5', outlet: 'Moldpres', date: '2009-06-05' }],
};
const empty: Prediction = { events: [], quotes: [], statements: [], actors: [], sources: [] };

describe('scoreArticle', () => {
  it('counts an event right only with its date and main actor right', () => {
    const right = scoreArticle(gold, {
      ...empty,
      events: [
        { date: '2009-06-03', actorNames: [['Filat']], evidence: 'Then Filat met them on June 3 in town.' },
      ],
    });
    expect(right.events).toEqual({ tp: 1, predicted: 1, gold: 1 });
    const wrongDate = scoreArticle(gold, {
      ...empty,
      events: [{ date: '2009-06', actorNames: [['Vlad Filat']], evidence: 'Filat met them on June 3' }],
    });
    expect(wrongDate.events.tp).toBe(0);
    const wrongActor = scoreArticle(gold, {
      ...empty,
      events: [{ date: '2009-06-03', actorNames: [['OSCE']], evidence: 'Filat met them on June 3' }],
    });
    expect(wrongActor.events.tp).toBe(0);
  });

  it('tells how many events counted right name the main actor first', () => {
    const event = (actorNames: string[][]) => ({
      date: '2009-06-03',
      actorNames,
      evidence: 'Filat met them on June 3',
    });
    expect(mainActorFirst(gold, { ...empty, events: [event([['OSCE'], ['Filat']])] })).toEqual({
      first: 0,
      matched: 1,
    });
    expect(mainActorFirst(gold, { ...empty, events: [event([['Vlad Filat'], ['OSCE']])] })).toEqual({
      first: 1,
      matched: 1,
    });
  });

  it('counts a quotation right only with verbatim text and the right speaker', () => {
    expect(
      scoreArticle(gold, { ...empty, quotes: [{ text: 'We will win.', speakerNames: ['Vlad Filat'] }] })
        .quotes.tp,
    ).toBe(1);
    expect(
      scoreArticle(gold, { ...empty, quotes: [{ text: 'We will win', speakerNames: ['Vlad Filat'] }] }).quotes
        .tp,
    ).toBe(0);
    expect(
      scoreArticle(gold, { ...empty, quotes: [{ text: 'We will win.', speakerNames: ['OSCE'] }] }).quotes.tp,
    ).toBe(0);
  });

  it('matches actors by any of their names and sources by outlet and date, one to one', () => {
    const s = scoreArticle(gold, {
      ...empty,
      actors: [
        { names: ['Filat'], kind: 'person' },
        { names: ['Filat'], kind: 'person' },
        { names: ['Chisinau'], kind: 'place' },
      ],
      sources: [
        { outlet: 'Moldpres', date: '2009-06-05', raw: 'x' },
        { outlet: 'Moldpres', date: '2009-06-06', raw: 'y' },
      ],
    });
    expect(s.actors).toEqual({ tp: 1, predicted: 3, gold: 2 });
    expect(precision(s.actors)).toBeCloseTo(1 / 3);
    expect(recall(s.sources)).toBe(1);
    expect(precision(s.sources)).toBe(0.5);
  });

  it('pairs items so that the most are right: a name one gold actor also spells does not cost another', () => {
    // The gold lists the capital as a place and also as its country's other spelling; the draft has
    // both, in the order a greedy matcher would pair wrongly (the country taking the capital's draft).
    const withCapital: Gold = {
      ...gold,
      events: [
        { key: 'e1', date: '2009-06-03', actors: ['Vlad Filat'], evidence: 'Filat met them on June 3' },
        { key: 'e2', date: '2009-06-03', actors: ['Vlad Filat'], evidence: 'Filat met them on June 3' },
      ],
      actors: [
        { name: 'Moldova', kind: 'country', other_spellings: ['Chisinau'] },
        { name: 'Chisinau', kind: 'place', other_spellings: [] },
        { name: 'Vlad Filat', kind: 'person', other_spellings: ['Filat'] },
      ],
    };
    const s = scoreArticle(withCapital, {
      ...empty,
      events: [
        { date: '2009-06-03', actorNames: [['OSCE'], ['Filat']], evidence: 'Filat met them on June 3' },
        { date: '2009-06-03', actorNames: [['Filat']], evidence: 'Filat met them on June 3' },
      ],
      actors: [
        { names: ['Chisinau'], kind: 'place' },
        { names: ['Moldova'], kind: 'country' },
      ],
    });
    expect(s.actors).toEqual({ tp: 2, predicted: 2, gold: 3 });
    expect(s.events.tp).toBe(2);
    // Of two drafts of one event, the one that leads with its main actor is the one paired.
    expect(
      mainActorFirst(gold, {
        ...empty,
        events: [
          { date: '2009-06-03', actorNames: [['OSCE'], ['Filat']], evidence: 'Filat met them on June 3' },
          { date: '2009-06-03', actorNames: [['Filat']], evidence: 'Filat met them on June 3' },
        ],
      }),
    ).toEqual({ first: 1, matched: 1 });
  });

  it('tells how many actors counted right were drafted with the gold kind', () => {
    const pred: Prediction = {
      ...empty,
      actors: [
        { names: ['Filat'], kind: 'place' },
        { names: ['OSCE'], kind: 'organization' },
      ],
    };
    expect(actorKindsRight(gold, pred)).toEqual({ right: 1, matched: 2 });
  });

  it('names the targets a score misses', () => {
    const s = scoreArticle(gold, empty);
    expect(missedTargets(s)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^quotes recall/),
        expect.stringMatching(/^events recall/),
      ]),
    );
  });
});
