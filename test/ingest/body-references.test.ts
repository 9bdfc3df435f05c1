// Definite references to bodies and facilities the article named before ("the Northern Sea Fleet …
// the fleet"), and bodies named only by their owner and what they do ("the council's housing commission").
import { describe, expect, it } from 'vitest';
import { article, draftOf, statementMatching } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const draft = (paragraphs: string[]) => draftOf(article(paragraphs, HEADER)).draft;
/** The names of the actors of the event on `start`, main actor first. */
function actorsOn(paragraphs: string[], start: string): string[] {
  const d = draft(paragraphs);
  const names = new Map(d.actors.map((a) => [a.id, a.name]));
  return (d.events.find((e) => e.date.start === start)?.actors ?? []).map((id) => names.get(id) ?? id);
}

describe('the head noun of a body or facility named before', () => {
  it('names the body again: "the fleet", "the consortium", "the directorate"', () => {
    expect(
      actorsOn(
        [
          'The Northern Sea Fleet has used the harbor of Varsk since 1996. On May 4 the fleet moved two frigates out of the bay.',
        ],
        '2009-05-04',
      )[0],
    ).toBe('Northern Sea Fleet');
    expect(
      actorsOn(
        [
          'The Valdor Mining Consortium owns three pits near Varsk. On May 6 the consortium laid off 300 miners.',
        ],
        '2009-05-06',
      )[0],
    ).toBe('Valdor Mining Consortium');
    expect(
      actorsOn(
        ['The Ostrov Rail Directorate runs the coastal line. On May 9 the directorate cut the night trains.'],
        '2009-05-09',
      )[0],
    ).toBe('Ostrov Rail Directorate');
  });

  it('leaves a head with other meanings alone ("the front" of a war, not the Ostrov Popular Front)', () => {
    expect(
      actorsOn(
        [
          'The Ostrov Popular Front won twelve seats in March. On May 7 the front moved forward by a mile near Varsk.',
        ],
        '2009-05-07',
      ),
    ).not.toContain('Ostrov Popular Front');
  });
});

describe('a facility named again in an attribution', () => {
  it('says nothing: the body named before it speaks', () => {
    const d = draft([
      'The Velsk mine employs 3,000 people. Borvex, the Ostrovian company that has owned the mine since 2004, called the strike illegal and said that it would not negotiate "under pressure" (Ostrov Daily, May 3).',
    ]);

    expect(d.quotes.find((q) => q.text === 'under pressure')?.speaker).toBe('borvex');
  });

  it('is not the speaker when its own people speak after it', () => {
    const d = draft([
      'The Northern Sea Fleet has used the harbor of Varsk since 1996. The fleet left the bay on May 4, although its press office insists that the move is "a routine exercise."',
    ]);
    const names = new Map(d.actors.map((a) => [a.id, a.name]));
    expect(d.quotes.map((q) => names.get(q.speaker))).not.toContain('Northern Sea Fleet');
  });
});

describe('a body named by its owner and what it does', () => {
  it('is drafted under its own words and acts in its clause', () => {
    const paragraphs = [
      'On May 5, the city council’s housing commission ordered the demolition of twelve kiosks.',
      'The ministry’s building inspectorate, which had inspected the kiosks on May 2, found no permits.',
    ];
    const d = draft(paragraphs);
    expect(d.actors.map((a) => a.name)).toEqual(
      expect.arrayContaining(['housing commission', 'building inspectorate']),
    );
    expect(actorsOn(paragraphs, '2009-05-05')).toContain('housing commission');
    expect(actorsOn(paragraphs, '2009-05-02')).toContain('building inspectorate');
  });

  it('is a ministry too ("the republic’s interior ministry"), which "the ministry" then names', () => {
    const paragraphs = [
      'Last spring the republic’s interior ministry raided the newsroom. On May 6 the ministry returned two laptops.',
    ];
    expect(draft(paragraphs).actors.map((a) => a.name)).toContain('interior ministry');
    expect(actorsOn(paragraphs, '2009-05-06')).toContain('interior ministry');
  });

  it('is no body of a person’s ("the minister’s family council")', () => {
    const d = draft(['On May 5, the minister’s family council met in Ostrov.']);
    expect(d.actors.map((a) => a.name)).not.toContain('family council');
  });
});

describe('a body named again by its head and another of its words', () => {
  const text = article([
    'On March 27, Chairman of the Chardak Provincial Election Commission Nazim Orazov spoke to Tavpress. The provincial commission says that the recount was fair.',
  ]);

  it('names the body ("the provincial commission" of the Chardak Provincial Election Commission)', () => {
    const { draft } = draftOf(text);
    const said = statementMatching(draft, /provincial commission says/);
    expect(said?.speaker).toBe('chardak-provincial-election-commission');
    expect(draft.actors.map((a) => a.name)).not.toContain('provincial commission');
  });
});
