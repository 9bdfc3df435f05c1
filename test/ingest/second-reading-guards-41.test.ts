// Guard tests for the misfires a second reading of round 41 found (review-41.md): each failed before its
// mend and passes with it.
import { describe, expect, it } from 'vitest';
import { article, draftOf, draftsUnder } from './helpers.js';

const { draft, eventsOn, eventActors, kinds, speakerOf, statementSpeaker } = draftsUnder(
  'Publication: Eurasia Daily Monitor Volume: 5 Issue: 140',
);

describe('M3 a32d084: "called on X … to <verb>" is still an appeal, with a date or an "and"', () => {
  it('"called on Tbilisi and Moscow on April 2 to show restraint" is no visit', () => {
    expect(
      eventsOn(
        'The OSCE chairman, Ivo Sand, called on Tbilisi and Moscow on April 2 to show restraint (Interfax, April 3).',
      ),
    ).not.toContain('2008-04-02');
  });
  it('"called on Parliament on April 2 to reject" is no visit', () => {
    expect(
      eventsOn(
        'The opposition Democratic Front called on Parliament on April 2 to reject the lease agreement (Interfax, April 3).',
      ),
    ).not.toContain('2008-04-02');
  });
});

describe('M1 4f97633: a day told in the past after the issue is last year’s', () => {
  // Volume 11 is 2014; issue 70 appeared about April 11; its citations stop at April 2.
  const { eventsOn: on2014 } = draftsUnder('Publication: Eurasia Daily Monitor Volume: 11 Issue: 70');
  it('"On July 15, police detained …" in an April issue is 2013', () => {
    expect(
      on2014(
        'The Ministry of Finance announced the cuts on April 1 (Inter-Info, April 2).',
        'On July 15, police in Almabad detained the two union leaders, and a court remanded them in custody the next day.',
      ),
    ).toContain('2013-07-15');
  });
});

describe('M4 db7f245: a leading-clause word in mid-sentence leaves the subject before it', () => {
  it('"Tokonov returned to Almabad after the talks, where Asanaliev …. On July 3, he said" is Tokonov', () => {
    expect(
      statementSpeaker(
        /agreement would be signed/,
        'Nurlan Tokonov returned to Almabad after the talks in Tashkent, where Kubat Asanaliev was waiting for him. On July 3, he said that the agreement would be signed in August (Aktav-Press, July 4).',
      ),
    ).toBe('Nurlan Tokonov');
  });
});

describe('M8 4f3721f: "as they do every spring" after a past act keeps the month', () => {
  it('"blocked the highway in April as they do every spring" is an event', () => {
    expect(
      eventsOn(
        'The farmers of Ortakul blocked the Almabad highway in April as they do every spring (Akt-Press, May 5).',
      ),
    ).toContain('2008-04');
  });
});

describe('M10 a3cab00: a ruler’s numeral is no pronoun', () => {
  it('"Peter I was" keeps the numeral', () => {
    const names = draft(
      'The monument to Peter I was removed from the square in Tallinn on May 3.',
    ).actors.map((a) => a.name);
    expect(names).not.toContain('Peter');
  });
});

describe('M7 c01b6fa: two places one vowel apart in one sentence are two places', () => {
  it('Karakol and Karakul', () => {
    const places = draft(
      'On May 3, border guards in Karakol detained two Uzbek citizens who had crossed from Karakul, a town 600 kilometers to the west in Uzbekistan’s Bukhara province.',
    ).actors.filter((a) => /^Karak/.test(a.name));
    expect(places).toHaveLength(2);
  });
});

describe('M6 6d8d689: the initials after "<Name> party" are the party’s', () => {
  it('"the ruling Unity and Order party (UO)" and "the UO leadership" are one actor', () => {
    const parties = draft(
      'Deputies of the ruling Unity and Order party (UO) approved the bill on January 10 (Ardani Times, January 11). Later that month the UO leadership expelled two dissenters.',
    ).actors.filter((a) => a.name === 'UO' || a.aliases.includes('UO') || /Unity and Order/.test(a.name));
    expect(parties).toHaveLength(1);
  });
});

describe('M9 a32d084: a village named before "chairman" stays a village', () => {
  it('"the village of Yangisoy … Yangisoy chairman X"', () => {
    expect(
      kinds(
        'Farmers in the village of Yangisoy blocked the road on April 28.',
        'Yangisoy chairman Nurlan Tokonov said on May 3 that the village would not pay for the water (Aktav-Press, May 4).',
      ).Yangisoy,
    ).toBe('place');
  });
});

describe('M11 a76569f: a "whom" clause that dates an interview is no act', () => {
  it('"X, whom Radio Azattyk interviewed on May 3, said …"', () => {
    expect(
      eventsOn(
        'Nurlan Tokonov, whom Radio Azattyk interviewed on May 3, said that the dam would be finished by the end of the year.',
      ),
    ).not.toContain('2008-05-03');
  });
});

describe('M5 12bff66: the aside before "told <outlet>"', () => {
  it('a saying in the aside dates no event: "Tokonov, who spoke to reporters on May 3, told …"', () => {
    expect(
      eventsOn(
        'Tokonov, who spoke to reporters on May 3, told Radio Azattyk on May 4 that the dam would be finished (Radio Azattyk, May 4).',
      ),
    ).not.toContain('2008-05-03');
  });
  it('the teller is no actor of what he tells: "A spokesman for X, Dmitri Ushakov, told …"', () => {
    expect(
      eventActors(
        'A spokesman for NordDrav Line, Dmitri Ushakov, told Tranzit Review that the company’s two ferries had carried some 410,000 tonnes since the line opened on March 16 (Tranzit Review, June 23).',
      ),
    ).not.toContainEqual(expect.stringMatching(/^2008-03-16 Dmitri Ushakov/));
  });
});

describe('M2 2118fe7: a single Q:/A: exchange', () => {
  it('is no interview when nothing says one was given (an explainer box)', () => {
    const { draft: d } = draftOf(
      article(
        [
          'The Tengal Littoral Council meets in Aktuz on June 5. President Oleg Vranek of Dorvania will chair it for the first time.',
          'Q: What is the Tengal Littoral Council?',
          'A: A body of the five states on the Tengal coast, set up in 1998 to share fishing quotas. It has no secretariat of its own.',
          'Its decisions need the consent of all five members (Dorvan-Press, May 20).',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    expect(d.quotes.some((q) => q.text.startsWith('A body of the five states'))).toBe(false);
  });
  it('answers by the person the question was put to', () => {
    const { draft: d } = draftOf(
      article(
        [
          "President Oleg Vranek dismissed the fishermen's complaints on May 2 (Dorvan-Press, May 3). We put one question to Marta Sellin, who leads the fishermen's union in Aktuz.",
          'Q: Will the fleet stay in port?',
          'A: Until the quotas are restored, yes. Vranek has not met us once.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    const answer = d.quotes.find((q) => q.text.startsWith('Until the quotas'));
    expect(d.actors.find((a) => a.id === answer?.speaker)?.name).not.toBe('Oleg Vranek');
  });
});

// (speakerOf kept for the 22b3152 lawyer case, which is a judgement call: see the report.)
void speakerOf;

describe('D1 08dd181: a state body named by its state is no other state’s', () => {
  it('a registry body printed with one state’s possessive does not match another state’s', () => {
    const base = {
      id: 'merkesia-national-assembly',
      kind: 'organization' as const,
      name: 'National Assembly',
      aliases: ['Merkesia’s National Assembly'],
      evidence: [{ article: 'edm-12-80', text: 'On April 24, Merkesia’s National Assembly voted.' }],
    };
    const { draft } = draftOf(
      article(
        [
          'On June 2, Talvaria’s National Assembly passed the budget by 61 votes to 48 (TalvInform, June 3). Talvarian deputies were divided. The National Assembly meets again on June 9.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 12 Issue: 120',
      ),
      [base],
    );
    expect(draft.actorRefs.find((r) => /National Assembly/.test(r.name))?.registered).toBe(false);
  });
});
