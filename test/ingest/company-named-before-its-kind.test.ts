// A company named before its lower-case kind ("the Tagharhydro state power company") is the company,
// and the person a capitalised title "of" it then names is a person, not a company named by its kind.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const kinds = (sentence: string) =>
  Object.fromEntries(draftOf(article([sentence])).draft.actors.map((a) => [a.name, a.kind]));

describe('a company named before its kind', () => {
  it('reads "Director-General of the Tagharhydro state power company Murod Saidakhmedov" as a company and a person', () => {
    expect(
      kinds(
        'First Deputy Director-General of the Tagharhydro state power company Murod Saidakhmedov said on May 5 that the discharge had been raised.',
      ),
    ).toMatchObject({ Tagharhydro: 'organization', 'Murod Saidakhmedov': 'person' });
  });

  it('keeps a company named after its kind: "the state company Naftogaz", "… company Ostrovenergo"', () => {
    expect(kinds('The state company Naftogaz said on May 5 that it would pay.')).toMatchObject({
      Naftogaz: 'organization',
    });
    expect(
      kinds('The chief of the Ostrov state power company Ostrovenergo said on May 5 that it rained.'),
    ).toMatchObject({ Ostrov: 'place', Ostrovenergo: 'organization' });
  });

  it('reads no company into a people’s adjective or a clause: "the Brennish company that", "Rusu added that the company"', () => {
    const k = kinds(
      'Ion Rusu, a lawyer, met Harwick Petroleum, the Brennish company that leads the consortium. Rusu added that the company would sue.',
    );
    expect(k['Ion Rusu']).toBe('person');
    expect(k.Brennish).toBeUndefined();
  });
});
