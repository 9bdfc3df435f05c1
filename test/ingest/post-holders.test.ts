// A post's holder after a long title that ends in a state's long form, and the unnamed people of an
// office that a named holder does not stand for.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('a holder after a title "of the Republic of X"', () => {
  const { draft } = draftOf(
    article([
      'The trial resumed on April 15 (Orvenpress, April 15). The next day, First Deputy Prosecutor-General of the Republic of Orvenia Elchin Mammadli, who leads the prosecution, told state television that the defendants had lied.',
    ]),
  );
  const actor = (name: string) => draft.actors.find((a) => a.name === name);

  it('drafts the person, the title as his description, and the state under its long form', () => {
    expect(actor('Elchin Mammadli')).toMatchObject({
      kind: 'person',
      description: 'First Deputy Prosecutor-General of the Republic of Orvenia',
    });
    expect(actor('Republic of Orvenia')?.kind).toBe('country');
    expect(draft.actors.map((a) => a.name)).not.toContain('Republic');
  });
});

describe('people of an office a named holder does not stand for', () => {
  const { draft } = draftOf(
    article([
      'On October 7, First Deputy Minister of Energy and Industry Bahrom Nazarov said that the dam would be finished (Avesta, October 7). At a conference in May, a deputy minister from Tashkent said to me, “We are not afraid of your dam.” I put this to one of the minister’s deputies in April, and he told me, “Height is a matter of national dignity.”',
    ]),
  );
  const speakerOf = (words: string) =>
    draft.quotes.find((q) => q.kind === 'direct' && q.text.startsWith(words))?.speaker;

  it('keeps "a deputy minister from Tashkent" apart from the named first deputy minister', () => {
    expect(speakerOf('We are not afraid')).toBeDefined();
    expect(speakerOf('We are not afraid')).not.toBe('bahrom-nazarov');
  });

  it('does not take "the minister’s deputies" for the minister', () => {
    expect(speakerOf('Height is')).not.toBe('bahrom-nazarov');
  });
});

describe('a call made, then words said', () => {
  it('reports the words once, from the saying: "an investigator called my lawyer and said that …"', () => {
    const { draft } = draftOf(
      article([
        'The day after I was released on May 3, an investigator called my lawyer and said that my case would go to court in June.',
      ]),
    );
    const statements = draft.quotes.filter((q) => q.kind === 'reported');
    expect(statements).toHaveLength(1);
    expect([statements[0]?.evidence].flat().join(' ')).toMatch(
      /an investigator called my lawyer and said that my case/,
    );
  });
});

describe('a holder split off after a post’s field', () => {
  it('is a person with the post as description: "Chairman of the Assembly of Deputies’ Standing Committee on Budget and Finance Yaroslav Bilyk, who …"', () => {
    const actors = draftOf(
      article([
        'The commission met on July 9. Opening the hearings, Chairman of the Assembly of Deputies’ Standing Committee on Budget and Finance Yaroslav Bilyk, who also heads the commission, said that its task was to establish the facts.',
      ]),
    ).draft.actors;
    expect(actors.find((a) => a.name === 'Yaroslav Bilyk')).toMatchObject({
      kind: 'person',
      description: 'Chairman of the Assembly of Deputies’ Standing Committee on Budget and Finance',
    });
  });
});

describe('a holder after a title whose field has "or"', () => {
  it('is the person: "Special Representative of the Assembly of Northern States for Freedom of Religion or Belief Annika Strelitz"', () => {
    const actors = draftOf(
      article([
        'At a press conference on July 21, Special Representative of the Assembly of Northern States for Freedom of Religion or Belief Annika Strelitz, said that the closure was disproportionate.',
      ]),
    ).draft.actors;
    expect(actors.find((a) => a.name === 'Annika Strelitz')?.kind).toBe('person');
    expect(actors.map((a) => a.name)).not.toContain('Belief Annika Strelitz');
  });
});

describe('a company named by its kind, then a person', () => {
  it('drafts both: "Chief Executive of the Borovian state gas company Borovgaz Arkady Polikarpov warned …"', () => {
    const actors = draftOf(
      article([
        'Chief Executive of the Borovian state gas company Borovgaz Arkady Polikarpov warned on April 26 that his company would cut its deliveries.',
      ]),
    ).draft.actors;
    expect(actors.find((a) => a.name === 'Borovgaz')?.kind).toBe('organization');
    expect(actors.find((a) => a.name === 'Arkady Polikarpov')).toMatchObject({
      kind: 'person',
      description: 'Chief Executive of the Borovian state gas company Borovgaz',
    });
  });

  it('drafts both when the surname tells the person: "… company Kyrmanhydro Asylbek Jumabaev went further"', () => {
    const actors = draftOf(
      article([
        'Chairman of the Board of the Kyrmanian state hydropower company Kyrmanhydro Asylbek Jumabaev went further on March 8.',
      ]),
    ).draft.actors;
    expect(actors.find((a) => a.name === 'Kyrmanhydro')?.kind).toBe('organization');
    expect(actors.find((a) => a.name === 'Asylbek Jumabaev')?.kind).toBe('person');
  });

  it('leaves a company of three words whole when no given name opens the last two: "the carrier Sarvan Sea Lines said"', () => {
    const names = draftOf(
      article(['On May 3, the state shipping company Sarvan Sea Lines said that it would stop sailing.']),
    ).draft.actors.map((a) => a.name);
    expect(names).not.toContain('Sea Lines');
  });
});
