// More of the forms a report takes: "says it found …" (a pronoun and a past verb), ", suggesting
// that …" after a verb of no speech, and the words of someone's critics or supporters.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const reported = (paragraph: string) => {
  const d = draftOf(article([paragraph])).draft;
  return d.quotes
    .filter((q) => q.kind === 'reported')
    .map((q) => ({ speaker: d.actors.find((a) => a.id === q.speaker)?.name, text: q.evidence.join(' ') }));
};

describe('more reporting forms', () => {
  it('reads "The OSB says it found banned literature" as the bureau’s claim', () => {
    expect(
      reported(
        'The Ostrevian Security Bureau (OSB) raided the society on May 3. The OSB says it found banned literature in the society’s office.',
      ),
    ).toEqual([expect.objectContaining({ speaker: 'Ostrevian Security Bureau' })]);
  });

  it('reads ", suggesting that …" as the words of the clause’s subject', () => {
    expect(
      reported(
        'Pavel Grekov met the envoy on May 3. Grekov went further, suggesting that the mediator’s stake in the port disqualified it.',
      ),
    ).toEqual([expect.objectContaining({ speaker: 'Pavel Grekov' })]);
  });

  it('drafts "his critics" in an aside as the speaker of what they say', () => {
    expect(
      reported(
        'President Oleh Bilyak met the envoy on May 3. He presents the lease as a victory and the arrests, his critics say, as proof that he is tough on extremism.',
      ),
    ).toEqual([expect.objectContaining({ speaker: "Oleh Bilyak's critics" })]);
  });

  it('reads no claim into the writer’s inference after a deed: "replaced the governor, suggesting that …"', () => {
    expect(
      reported(
        'The Kremlin replaced the governor of Kursk on May 3, suggesting that Moscow had lost patience with him.',
      ),
    ).toEqual([]);
  });

  it('reads no claim into a suggestion without "that"', () => {
    expect(
      reported(
        'Pavel Grekov met the envoy on May 3. Grekov went further, suggesting a new round of talks in June.',
      ),
    ).toEqual([]);
  });
});

describe('speakers told at some length before their verb', () => {
  it('reads past an aside between spaced dashes that holds a clause', () => {
    expect(
      reported(
        'Its group leader, Tihomir Kovačević – no relation to the defendant, as he is at pains to tell every visitor – claimed on May 13 that the agency had leaked the indictment.',
      ),
    ).toEqual([expect.objectContaining({ speaker: 'Tihomir Kovačević' })]);
  });

  it('drafts "Two members of the European delegation" as the group that speaks', () => {
    expect(
      reported(
        'Two members of the European delegation, who asked not to be named, said privately that they had never seen such lobbying.',
      ),
    ).toEqual([expect.objectContaining({ speaker: 'Two members of the European delegation' })]);
  });

  it('reads no group into "one of the four members who voted …" or "several member states"', () => {
    const d = draftOf(
      article([
        'His deputy, Nicolae Stamate, one of the four members who voted in June against the ruling, told the paper that the ballot was fair. Several member states told the council that they would wait.',
      ]),
    ).draft;
    expect(d.actors.map((a) => a.name).filter((n) => /member/i.test(n))).toEqual([]);
  });

  it('drafts the person after "The leader of the opposition Movement for Change (PZP),"', () => {
    expect(
      reported(
        'The leader of the opposition Movement for Change (PZP), Božidar Lukić, whose complaint forced the new date, insists that neither partner should get the mandate.',
      ),
    ).toEqual([expect.objectContaining({ speaker: 'Božidar Lukić' })]);
  });
});

describe('a statement and a quotation in one sentence', () => {
  it('keeps "said that the delay moved the fight to the autumn, when his voters would be “…”" a statement too', () => {
    expect(
      reported(
        'Ivan Ostrovtsev said on May 3 that the delay merely moved the fight to the autumn, when his voters would be “just as cold and a little poorer.”',
      ),
    ).toEqual([expect.objectContaining({ speaker: 'Ivan Ostrovtsev' })]);
  });
});

describe('a source cited after a speaker’s own words', () => {
  it('leaves "X told the committee that …, according to two deputies who were present" to X', () => {
    expect(
      reported(
        'Director Priit Vaher told a closed session of the security committee on May 3 that the two men had run a network of informants, according to two deputies who were present.',
      ),
    ).toEqual([expect.objectContaining({ speaker: 'Priit Vaher' })]);
  });

  it('gives the words to one who speaks for the body: "…, according to a spokeswoman for the commission"', () => {
    expect(
      reported(
        'The European Commission has said that any merger must respect the rules of the Energy Community, according to a spokeswoman for the commission.',
      ),
    ).toEqual([expect.objectContaining({ speaker: expect.stringMatching(/spokeswoman/) })]);
  });
});

describe('nouns and appositive quotations', () => {
  it('reads no saying into "the ADU’s claim"', () => {
    expect(
      reported(
        'Oleg Kirsanov met the envoy on May 3 and dismissed the ADU’s claim as an attempt to drag Zalesia into an election.',
      ).map((r) => r.speaker),
    ).not.toContain('ADU');
  });

  it('keeps a full claim a statement when a quotation is set beside it after a comma', () => {
    expect(
      reported(
        'Murod Saidakhmedov said on May 5 that the discharge now stood at 310 cubic meters per second, “more than the Sogdarans have canals to carry.”',
      ),
    ).toEqual([expect.objectContaining({ speaker: 'Murod Saidakhmedov' })]);
  });
});

describe('unnamed bodies and offices', () => {
  it('drafts "according to the regional health department" as the body that speaks', () => {
    expect(
      reported(
        'Police broke up the rally in Solmar on May 3; eleven people were hurt, according to the regional health department.',
      ),
    ).toEqual([expect.objectContaining({ speaker: 'regional health department' })]);
  });

  it('leaves a bare "according to the police" unnamed', () => {
    expect(reported('Some 600 people took part in the rally on May 3, according to the police.')).toEqual([]);
  });

  it('drafts "The office of Prosecutor-General Shota Kvinikadze" as his office', () => {
    expect(
      reported(
        'The office of Prosecutor-General Shota Kvinikadze confirmed on May 3 that the deputy had been summoned.',
      ),
    ).toEqual([expect.objectContaining({ speaker: "Shota Kvinikadze's office" })]);
  });
});
