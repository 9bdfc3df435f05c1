// Names whose surname takes an Arabic article ("Nasser al-Thawadi", "Hamid al-Sayegh"): one person,
// printed later as "Al-Thawadi", and a holder split off a long title as other holders are.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const { draft } = draftOf(
  article([
    'Deputy Secretary-General of the Qadiri Foreign Ministry for Eurasian Affairs Hamid al-Sayegh, who shuttled between the two capitals, told Al-Sabil on August 24 that both presidents had “understood that they needed each other.” Foreign Minister Nasser al-Thawadi said on August 20 that Qadirah was ready to host the commission. Al-Thawadi added that its engineers would verify the discharges.',
  ]),
);
const nameOf = (key: string | undefined) => draft.actors.find((a) => a.id === key)?.name;

describe('a surname with an Arabic article', () => {
  it('is part of the person’s name, not cut off', () => {
    const people = draft.actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people).toEqual(expect.arrayContaining(['Hamid al-Sayegh', 'Nasser al-Thawadi']));
    expect(people).not.toContain('Nasser');
  });

  it('splits the holder off a long title, the ministry an actor of its own', () => {
    expect(draft.actors.find((a) => a.name === 'Qadiri Foreign Ministry')?.kind).toBe('organization');
    const quote = draft.quotes.find((q) => q.kind === 'direct');
    expect(nameOf(quote?.speaker)).toBe('Hamid al-Sayegh');
  });

  it('meets its capitalised form: "Al-Thawadi added" is Nasser al-Thawadi’s', () => {
    const added = draft.quotes.find(
      (q) => q.kind === 'reported' && q.evidence.some((e) => e.includes('verify')),
    );
    expect(nameOf(added?.speaker)).toBe('Nasser al-Thawadi');
  });
});
