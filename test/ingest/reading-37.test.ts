// Fixes found by classifying the misses of all our articles (06–234) and by reading 235–237, 241–243
// and 247–252 after their unread score was taken: each a form other writers use too.
import { describe, expect, it } from 'vitest';
import { draftsUnder } from './helpers.js';

const { draft, speakerOf, statementSpeaker, kinds, eventsOn, eventActors } = draftsUnder(
  'Publication: Eurasia Daily Monitor Volume: 12 Issue: 80',
);

describe('a post’s holder after the body’s seat or its lower-case post', () => {
  it('gives "Head of the X Delegation in Davrin Marta Kessel said that …" to Kessel', () => {
    expect(
      statementSpeaker(
        /eighteen men/,
        'The exchange took place at the Okhureti crossing on May 3.',
        'Head of the IHC Delegation in Davrin Marta Kessel said that all eighteen men had been examined by doctors.',
      ),
    ).toBe('Marta Kessel');
  });
  it('gives "Resident Representative of the X Bank in Lusovia Pieter Vandersloot told …" to him', () => {
    expect(
      statementSpeaker(
        /decide in May/,
        'Resident Representative of the Istran Reconstruction Bank in Lusovia Pieter Vandersloot told TV Meridian on April 13 that the bank would decide in May.',
      ),
    ).toBe('Pieter Vandersloot');
  });
  it('still gives "The Defense Ministry in Ostrov denied …" to the ministry', () => {
    expect(
      statementSpeaker(
        /troops had moved/,
        'The Defense Ministry in Ostrov denied that any troops had moved.',
      ),
    ).toBe('Defense Ministry');
  });
  it('gives "Sovereign Choice leader Rustam Kulmatov told a rally …" to the leader', () => {
    expect(
      statementSpeaker(
        /signatures/,
        '“In Tarkhania, nothing lasts as long as the temporary.”—Gulzhan Temirbayeva, deputy chairwoman of Sovereign Choice, Azat Soz, September 30',
        'The opposition is trying to force the question. Sovereign Choice leader Rustam Kulmatov told a rally in Kokjar on October 1 that the bloc had collected 210,000 signatures. “If the president is so sure,” Kulmatov asked, “why is he afraid?” Co-Chairman of the Sovereign Choice bloc Bolat Iskakov said the bloc would go to court.',
      ),
    ).toBe('Rustam Kulmatov');
  });
});

describe('a title "at" a body', () => {
  it('splits "Director of the X Department at the Polish Ministry of Economy Andrzej Kowalczyk"', () => {
    const k = kinds(
      'Director of the Energy Security Department at the Polish Ministry of Economy Andrzej Kowalczyk told Rzeczpospolita on May 17 that Poland regarded the decision as a test.',
    );
    expect(k['Andrzej Kowalczyk']).toBe('person');
    expect(k['Polish Ministry of Economy']).toBe('organization');
    expect(Object.keys(k).some((name) => name.includes('Economy Andrzej'))).toBe(false);
  });
});

describe('a family name that comes first', () => {
  const paragraph =
    'Head of the Eurasian Studies Program at the Lanzhen Institute of International Strategy Gao Minyu was less diplomatic. “A hub would turn Shagyr from a fortress into a bridge,” Gao wrote in a column for the Lanzhen Herald on October 1.';
  it('gives "Gao" alone to Gao Minyu, not to an outlet', () => {
    expect(speakerOf('A hub would turn', paragraph)).toBe('Gao Minyu');
    expect(kinds(paragraph)['Gao']).toBeUndefined();
  });
  it('leaves a Western given name alone as before: "He" is no family name', () => {
    expect(
      speakerOf(
        'We will not sign',
        'He Yafei, a Chinese envoy, arrived on May 2. Ivan Petrov met him. “We will not sign,” he said.',
      ),
    ).not.toBe('He Yafei');
  });
});

describe('an offset after a dated clause counts back to the happening it names', () => {
  it('dates ", a day after the State Border Guard Service (SBGS) detained …" the day before', () => {
    expect(
      eventsOn(
        'On July 27, the Lithuanian government approved a barrier along the border with Belarus, a day after the State Border Guard Service (SBGS) detained 171 migrants (Vilnius Post, Vilnius, July 27).',
      ),
    ).toEqual(expect.arrayContaining(['2015-07-27', '2015-07-26']));
  });
  it('dates "resigned four days after officers of the X (NIPS) searched …" back from the resignation', () => {
    const days = eventsOn(
      'On February 25, Andrei Sofronie resigned four days after officers of the National Integrity Prosecution Service (NIPS) searched the fund’s offices in Veltrava.',
    );
    expect(days).toEqual(expect.arrayContaining(['2015-02-25', '2015-02-21']));
    expect(days).not.toContain('2015-03-01');
  });
  it('dates ", three days before the bidders were due to submit …" three days on, not back', () => {
    const days = eventsOn(
      'On March 12, Prime Minister Anca Morarescu suspended the sale of Orvenian Airlines, three days before the two remaining bidders were due to submit their final offers.',
    );
    expect(days).toEqual(expect.arrayContaining(['2015-03-12', '2015-03-15']));
    expect(days).not.toContain('2015-03-09');
  });
});

describe('a post named again with "the"', () => {
  it('gives "the minister", "the deputy minister", "the deputy prime minister" to the one so titled', () => {
    const events = eventActors(
      'Transport and Communications Minister Vaidas Lukoševičius told the Seimas on December 9 that he had not known. The minister offered to resign on December 11.',
      'Deputy Infrastructure Minister Yaroslav Demchyshyn visited Mariupol in June. In July the deputy minister came again and promised help.',
      'Deputy Prime Minister for Economy and Privatization Teodor Valcu resigned on March 3. On March 4, the deputy prime minister left the country.',
    );
    expect(events).toContain('2015-12-11 Vaidas Lukoševičius');
    expect(events).toContain('2015-07 Yaroslav Demchyshyn');
    expect(events).toContain('2015-03-04 Teodor Valcu');
  });
  it('does not give "the minister" to a deputy minister, nor read "no relation to the minister"', () => {
    const events = eventActors(
      'Deputy Energy Minister Ivan Petrov visited the plant in June. In July the minister came again.',
    );
    expect(events.join(' ')).not.toContain('2015-07 Ivan Petrov');
    expect(
      statementSpeaker(
        /the blast/,
        'Energy Minister Zarina Bekmuratova spoke first. Chairman of the Management Board of Karsungaz Erlan Zhunusov—no relation to the minister—told KarInform that day that the blast was an accident.',
      ),
    ).toBe('Erlan Zhunusov');
  });
});

describe('"the government" after a government named acting', () => {
  it('is the country whose government the article named acting, not the one it names most', () => {
    const events = eventActors(
      'On July 27, the Lithuanian government approved a barrier along the border with Belarus. Belarus denies it; Belarus says Belarus is not to blame, and Belarus has closed its side.',
      'On July 2, the government declared an extraordinary situation along the border.',
    );
    expect(events.find((e) => e.startsWith('2015-07-02 '))).toMatch(/^2015-07-02 Lithuania\b/);
  });
  it('is not a government only addressed: "asked the Iraqi government to …"', () => {
    const events = eventActors(
      'Belarus has flown in migrants since May; Belarus denies it, and Belarus says so daily. On July 20, Vilnius asked the Iraqi government to suspend flights.',
      'On July 22, the government closed two border crossings.',
    );
    expect(events.find((e) => e.startsWith('2015-07-22 '))).not.toMatch(/^2015-07-22 Iraq\b/);
  });
});

describe('namesakes told apart by the post before the surname', () => {
  it('gives "Major Sattorov’s case" to the major, not the colonel of the same name', () => {
    const verdict = eventActors(
      'Major Ilhom Sattorov’s trial opened on August 1. The court refused to summon his former commander, Colonel Kurbon Sattorov (no relation), as a witness.',
      'A verdict in Major Sattorov’s case is expected before the end of August.',
    ).find((e) => e.startsWith('2015-08 '));
    expect(verdict).toContain('Ilhom Sattorov');
    expect(verdict).not.toContain('Kurbon Sattorov');
  });
});

describe('dates read from the clause around them', () => {
  it('keeps an act before the words beside it: "summoned the attaché and accused its guards of …"', () => {
    expect(
      eventsOn(
        'Relations soured: on July 15, Vilnius handed a note to the Belarusian chargé; on July 21, the Belarusian State Border Committee summoned the Lithuanian border attaché and accused Lithuanian guards of beating migrants.',
      ),
    ).toContain('2015-07-21');
  });
  it('counts "the following year" from the year a relative clause tells more of', () => {
    const days = eventsOn(
      'Free passage through the strait rests on a 2003 agreement, which the Ukrainian parliament ratified the following year.',
    );
    expect(days).toContain('2004');
    expect(days).not.toContain('2016');
  });
  it('reads "is to be turned in November" as a plan, not the narrative’s past November', () => {
    const days = eventsOn(
      'Hengtai approved the first tranche in September 2014. The money will pay for the tunnels into which the Vakhsh River is to be turned in November.',
    );
    expect(days).toContain('2015-11');
    expect(days).not.toContain('2014-11');
  });
});

describe('speakers with a body beside them', () => {
  it('drafts "X, chief executive of Y (BBT), which …, argued" as a person who speaks', () => {
    expect(
      statementSpeaker(
        /paid Lithuanian taxes/,
        'The port has been quiet since December 1.',
        'Julius Mockus, chief executive of Baltic Bulk Terminal (BBT), which is 30 percent owned by Kalinova, argued that his company paid Lithuanian taxes.',
      ),
    ).toBe('Julius Mockus');
  });
  it('gives "X of the Belarusian group Nioman Watch says …" to the member', () => {
    expect(
      statementSpeaker(
        /trapped/,
        'Alexei Lapitsky of the Belarusian group Nioman Watch says that hundreds of people are now trapped between the fences.',
      ),
    ).toBe('Alexei Lapitsky');
  });
  it('gives "Aides to Deputy Minister X said …" to his aides, not to him', () => {
    expect(
      statementSpeaker(
        /claims would be filed/,
        'Aides to Deputy Infrastructure Minister Yaroslav Demchyshyn said last week that the first claims would be filed soon.',
      ),
    ).toBe("Yaroslav Demchyshyn's aides");
  });
});

describe('words after a saying verb of the sentence’s own subject', () => {
  it('gives the second quotation of "X called … “…” and warned that Kyiv would “…”" to X', () => {
    expect(
      speakerOf(
        'bear full responsibility',
        'The Russian Foreign Ministry called the trial “a show of force against a fisherman” and warned that Kyiv would “bear full responsibility for the consequences” (Delovoi Kurs, October 17).',
      ),
    ).toBe('Russian Foreign Ministry');
  });
  it('gives "the Directorate …, the state body that …, asked the government in Kyiv to … “…”" to the Directorate', () => {
    expect(
      speakerOf(
        'at every level',
        'That evening, the Azov Ports Directorate (APD), the state body that runs the ports, asked the government in Kyiv to raise the inspections with Moscow “at every level and at every opportunity.”',
      ),
    ).toBe('Azov Ports Directorate');
  });
  it('does not give words to the subject of another clause: "X did not respond, but a commentary … accused …"', () => {
    expect(
      speakerOf(
        'before the ink is dry',
        'The Karsunian Energy Ministry did not respond, but an unsigned commentary published the following day accused officials in Mardakent of trying to reopen the agreement “before the ink is dry.”',
      ),
    ).not.toBe('Karsunian Energy Ministry');
  });
});

describe('a long title before a speaker with an appositive', () => {
  it('gives "Deputy Chairman of the … Committee of the National Assembly X, a senior figure in …, argued" to X', () => {
    expect(
      statementSpeaker(
        /institutions were working/,
        'Deputy Chairman of the Defense and National Security Committee of the National Assembly Bogdan Petrache, a senior figure in Morarescu’s Party of Orvenian Renewal (POR), argued that the veto showed that institutions were working.',
      ),
    ).toBe('Bogdan Petrache');
  });
  it('gives "X of the Memorial Human Rights Center, who visited …, accused …" to X, not the body', () => {
    expect(
      statementSpeaker(
        /staging a battle/,
        'Maryam Dolgiyeva of the Memorial Human Rights Center, who visited the house on July 18, accused the security forces of staging a battle after the men were dead.',
      ),
    ).toBe('Maryam Dolgiyeva');
  });
});

describe('one water named both ways round', () => {
  it('makes "the Sea of Azov" and "the Azov Sea" one place', () => {
    const d = draft(
      'The directorate runs the ports on the Sea of Azov. The 2003 agreement made the Azov Sea shared internal waters.',
    );
    expect(d.actors.filter((a) => a.kind === 'place').map((a) => a.name)).toEqual(['Sea of Azov']);
  });
});

describe('"it" after an opening phrase', () => {
  const paragraph =
    'The Uzbek Foreign Ministry was blunter. In a statement on July 21, it accused Dushanbe of “presenting its neighbors with a fait accompli” and said that Uzbekistan reserved the right to bring the matter before the United Nations.';
  it('gives the words of "In a statement on July 21, it accused X of “…”" to the body named before', () => {
    expect(speakerOf('presenting its neighbors', paragraph)).toBe('Uzbek Foreign Ministry');
    expect(statementSpeaker(/reserved the right/, paragraph)).toBe('Uzbek Foreign Ministry');
  });
  it('takes the last saying verb before the words: "X warned …, and Y said that Tehran would “…”"', () => {
    const d = draft(
      'On May 7, the Russian Foreign Ministry warned that any pipeline would need the consent of all five Caspian states, and Iran’s deputy oil minister said the following day that Tehran would “not allow” it.',
    );
    const words = d.quotes.find((q) => q.kind === 'direct' && q.text.includes('not allow'));
    expect(d.actors.find((a) => a.id === words?.speaker)?.name).not.toBe('Russian Foreign Ministry');
  });
});

describe('outlets', () => {
  const outlets = (...paragraphs: string[]) => draft(...paragraphs).sources.map((s) => s.outlet);
  it('reads "—Name, chairman of X, Outlet, City, Date": the outlet before its city', () => {
    const d = draft(
      '“Orvenia has turned security into a trade barrier.”—Gennady Lavrentsov, chairman of Volgatel, Delovoy Vestnik, Moscow, July 10',
      'The sale of Orvtelekom closed on July 3.',
    );
    expect(d.sources.map((s) => s.outlet)).toContain('Delovoy Vestnik');
    expect(d.sources.map((s) => s.outlet)).not.toContain('Moscow');
  });
  it('reads "X argued in Delovoi Kurs on October 20 that …" as a source', () => {
    expect(
      outlets(
        'Moscow had warned of consequences (Delovoi Kurs, October 17).',
        'Boris Yelagin of the Moscow Center for Maritime Policy argued in Delovoi Kurs on October 20 that the inspections had given Russia control of the strait.',
      ).filter((o) => o === 'Delovoi Kurs'),
    ).toHaveLength(2);
  });
  it('takes no outlet from a question’s "Who wrote …?"', () => {
    expect(outlets('Q: Who wrote the memo on the debt?', 'A: I wrote it, on February 7.')).not.toContain(
      'Who',
    );
  });
});

describe('times that date no happening', () => {
  it('drops a time a figure is compared with: "more than in the whole of June"', () => {
    const days = eventsOn(
      'From July 22 to July 26, the State Border Guard Service detained 652 people, more than in the whole of June.',
    );
    expect(days).toContain('2015-07-22');
    expect(days).not.toContain('2015-06');
  });
  it('drops a time a count starts from: "for the fifth time since May"', () => {
    const days = eventsOn(
      'On July 19, Russian inspectors in the Kerch Strait stopped the bulk carrier Zorya Pryazovya for the fifth time since May.',
    );
    expect(days).toContain('2015-07-19');
    expect(days).not.toContain('2015-05');
  });
  it('drops what usually happens: "The first frosts in the Varėna forests usually come in late October"', () => {
    expect(eventsOn('The first frosts in the Varėna forests usually come in late October.')).toEqual([]);
  });
});
