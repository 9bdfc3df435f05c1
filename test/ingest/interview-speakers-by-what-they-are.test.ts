// Speakers in an interview's questions and answers: a surname printed without its háček mark, the
// office a named person holds, the people close to someone, the teller's own colleagues, and a
// diplomat described by the embassy he came from.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const { draft } = draftOf(`Interview: The Dismissed Central Banker

Publication: Marchland Weekly Volume: 4 Issue: 21

Milena Kovačić governed the National Bank of Dravonia until February 19. Prime Minister Goran Lipovac accused her of waste. Below, Kovacic talks about the float.

Q: Depositors have been marching since February. What would you tell them?

A: On Monday I met Zoran Ilić and two others from the depositors' union. Ilic told me that the guarantee fund has paid barely half of the insured depositors so far.

Q: The prime minister says you burned the reserves without telling anyone.

A: On February 12 a counsellor from the Morvanian embassy came to my office and told me that Tarsk was ready to support the krun. My former colleagues at the bank tell me that the audit has already found 600 million krun in loans.

Q: Last week people close to President Vrabec told Kanal 5 that he signed the decree under pressure. Do you believe that?

A: I heard it too.

The interview was conducted by Vesna Marić in Lešnik on May 12, 2016.
`);
const speakerOf = (words: string) =>
  draft.quotes.find((q) => q.kind === 'reported' && q.evidence.some((e) => e.includes(words)))?.speaker;
const nameOf = (key: string | undefined) => draft.actors.find((a) => a.id === key)?.name;

describe('a name printed with and without its háček mark', () => {
  it('is one person: "Ilic told me" is Zoran Ilić’s', () => {
    expect(nameOf(speakerOf('guarantee fund'))).toBe('Zoran Ilić');
  });

  it('drafts "Kovacic" as no one of its own', () => {
    expect(draft.actors.map((a) => a.name)).not.toContain('Kovacic');
  });
});

describe('speakers told by what they are', () => {
  it('reads "The prime minister says" in a question as the prime minister named', () => {
    expect(nameOf(speakerOf('burned the reserves'))).toBe('Goran Lipovac');
  });

  it('drafts "people close to President Vrabec" as speakers, not Vrabec', () => {
    expect(nameOf(speakerOf('under pressure'))).toBe('people close to President Vrabec');
  });

  it('drafts "My former colleagues at the bank" as speakers, not the bank', () => {
    expect(nameOf(speakerOf('the audit'))).toBe('My former colleagues at the bank');
  });

  it('drafts "a counsellor from the Morvanian embassy" who "came to my office and told me"', () => {
    expect(nameOf(speakerOf('support the krun'))).toBe('a counsellor from the Morvanian embassy');
  });

  it('drafts "PNU deputies" and "Many people in Valesia" as the groups that speak', () => {
    const other = draftOf(
      article([
        'The Party of National Unity (PNU) won. PNU deputies, who tabled the amendment without notice, argued that a separate election would cost money the city does not have. Many people in Valesia now say that the new pipeline will solve the problem.',
      ]),
    ).draft;
    const said = (words: string) =>
      other.actors.find(
        (a) =>
          a.id ===
          other.quotes.find((q) => q.kind === 'reported' && q.evidence.some((e) => e.includes(words)))
            ?.speaker,
      )?.name;
    expect(said('cost money')).toBe('PNU deputies');
    expect(said('new pipeline')).toBe('Many people in Valesia');
  });

  it('drafts one unnamed group for "Sources close to Vrabec", which two passes read', () => {
    const other = draftOf(
      article([
        'President Anton Vrabec was silent. Sources close to Vrabec told Kanal 5 that he signed the decree under pressure.',
      ]),
    ).draft;
    expect(other.actors.filter((a) => /sources/i.test(a.name))).toHaveLength(1);
  });
});
