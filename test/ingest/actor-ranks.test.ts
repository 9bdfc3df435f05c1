// Actor rules of the blind-article round: ranks written with a hyphen, long titles with a body.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('a hyphened military rank before a name', () => {
  it('is a title, so the person is named without it and the body before it is no person', () => {
    const { draft } = draftOf(
      article([
        'On May 3, Commander of the Northern Garrison Major-General Oleg Varin denied the report. Deputy Navy Chief Rear-Admiral Ivo Stanek agreed (Interfax, May 3).',
      ]),
    );
    const names = draft.actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Oleg Varin', 'Ivo Stanek']));
    expect(names.some((n) => n.includes('Major-General') || n.includes('Rear-Admiral'))).toBe(false);
  });
});

describe('a long title naming a body, then its holder', () => {
  it('splits the plain full name at the end from a body whose "of" parts run on', () => {
    const { draft } = draftOf(
      article([
        'On May 3, Head of the Press Service of the Ministry of Foreign Affairs of Norland Ivar Stenlund denied the report (Interfax, May 3).',
      ]),
    );
    const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
    expect(kinds['Ivar Stenlund']).toBe('person');
    // (A press service is drafted as the body it serves: servant-units.test.ts.)
    expect(kinds['Ministry of Foreign Affairs of Norland']).toBe('organization');
    expect(kinds['Press Service of the Ministry of Foreign Affairs of Norland']).toBeUndefined();
  });

  it('reads an ambassador "to" a country as a title before the name', () => {
    const { draft } = draftOf(
      article([
        'On May 3, the Norlandian Ambassador to Estmark Ivar Stenlund told Interfax that talks would resume (Interfax, May 3).',
      ]),
    );
    const names = draft.actors.map((a) => a.name);
    expect(names).toContain('Ivar Stenlund');
    expect(names.some((n) => n.startsWith('Estmark '))).toBe(false);
  });
});

describe('a company named later by its brand alone', () => {
  it('is the company, not a place, while a city that names an outlet stays a city', () => {
    const { draft } = draftOf(
      article([
        'On May 3, Varna Dobrich Holding bought a stake in Ostrava Bank, the lender said (Interfax, May 3).',
        'Depositors queued outside the branches of Ostrava in Plovdiv that week, Plovdiv Vesti reported on May 6. Plovdiv has no other bank.',
      ]),
    );
    const bank = draft.actors.find((a) => a.name === 'Ostrava Bank');
    expect(bank?.kind).toBe('organization');
    expect(bank?.aliases).toContain('Ostrava');
    expect(draft.actors.some((a) => a.name === 'Ostrava')).toBe(false);
    expect(draft.actors.find((a) => a.name === 'Plovdiv')?.kind).toBe('place');
  });
});

describe('a military unit named with its ordinal number', () => {
  it('keeps the number in the name', () => {
    const { draft } = draftOf(
      article([
        'On May 3, the 58th Guards Division left its barracks near Dorsk, and the 4th Army Corps followed two days later (Interfax, May 5).',
      ]),
    );
    const names = draft.actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['58th Guards Division', '4th Army Corps']));
    expect(names).not.toContain('Guards Division');
  });
});

describe('a body named again by part of its name', () => {
  it('is the body: its name less what "of" adds, or its head noun alone, when one body has it', () => {
    const { draft } = draftOf(
      article([
        'On May 3, the Central Bank of Norland cut its rate, and the Pensioners’ Union called a rally (Interfax, May 3).',
        'The Central Bank said on May 4 that prices would fall. The Union said on May 5 that they would not.',
      ]),
    );
    const names = draft.actors.map((a) => a.name);
    expect(names).not.toContain('Central Bank');
    expect(names).not.toContain('Union');
    const bank = draft.actors.find((a) => a.name === 'Central Bank of Norland');
    expect(bank?.aliases).toContain('Central Bank');
  });
});

describe('a town with no other cue', () => {
  it('is a place at the end of a list after "in", and after "In" opening a sentence', () => {
    const { draft } = draftOf(
      article([
        'The army keeps garrisons in Dorsk, Velta and Ormund-Kala (Interfax, May 3). In Pskadar, where the bank closed, depositors rioted.',
      ]),
    );
    const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
    expect(kinds['Ormund-Kala']).toBe('place');
    expect(kinds['Pskadar']).toBe('place');
  });
});

describe('a body "based" in a place', () => {
  it('names the place as a place of its own, and the body’s head after a title still holds the post', () => {
    const { draft } = draftOf(
      article([
        'On May 3, Director of the Dorsk-based Center for Marine Studies Ivar Stenlund said the catch had halved (Interfax, May 3).',
      ]),
    );
    const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
    expect(kinds['Dorsk']).toBe('place');
    expect(kinds['Ivar Stenlund']).toBe('person');
    expect(Object.keys(kinds).some((n) => n.includes('-based'))).toBe(false);
  });
});
