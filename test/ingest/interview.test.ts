// Styles the first fixtures did not cover: Q&A interviews without quotation marks, and people
// introduced by a long title that contains an organisation.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('a Q&A interview', () => {
  const text = article(
    [
      'Aliya Serikova has run the Taraz Water Board since 2005. Last month prosecutors opened a case against her board (Kazinform, March 3). Below, Serikova answers our questions.',
      'Q: Is the case political?',
      'A: Of course it is. Nobody opened a case when we were building the canal.',
      'Q: What comes next?',
      'A: We keep working. The canal will open in June whatever the court says.',
      'The interview was conducted by Marat Omarov in Taraz on March 20, 2009, and published in the March 24 issue of the Steppe Herald.',
    ],
    'Publication: Eurasia Daily Monitor Volume: 6 Issue: 60',
  );
  const { draft } = draftOf(text);

  it('makes each answer one quotation of the interviewee, dated by the interview and cited to the credit line', () => {
    const answers = draft.quotes.filter((q) => q.kind === 'direct');
    expect(answers.map((q) => q.text)).toEqual([
      'Of course it is. Nobody opened a case when we were building the canal.',
      'We keep working. The canal will open in June whatever the court says.',
    ]);
    expect(new Set(answers.map((q) => q.speaker))).toEqual(new Set(['aliya-serikova']));
    expect(answers.every((q) => q.date?.start === '2009-03-20')).toBe(true);
    const credit = draft.sources.find((s) => s.kind === 'in-sentence');
    expect(credit).toMatchObject({
      outlet: 'Steppe Herald',
      author: 'Marat Omarov',
      place: 'Taraz',
      date: '2009-03-24',
    });
    expect(answers.every((q) => credit && q.sources.includes(credit.id))).toBe(true);
  });

  it('does not take the credit line for an event', () => {
    expect(draft.events.some((e) => e.evidence[0]?.startsWith('The interview was conducted'))).toBe(false);
  });
});

describe("an interview whose turns carry the voices' own labels", () => {
  // No "Q:" / "A:": the paper's initials ask, the interviewee's surname answers; the introduction
  // names another person more often, and no line hands over to the interviewee.
  const text = article(
    [
      "Dana Vorel has been governor of Lisk province since 2006. The lease on the river port runs until 2015; Prime Minister Ion Marcu and Marcu's cabinet want it extended, and Marcu has said so twice (Lisk Courier, Lisk, May 2). Vorel spoke about the port.",
      'LC: Why oppose the lease?',
      'Vorel: Because the port pays the province nothing. Last Monday our council voted against it.',
      'LC: And the prime minister?',
      'Vorel: He has not called me since March.',
      'The interview was conducted by Petra Holm in Lisk on Wednesday, May 6, 2009, and first published in the Lisk Courier on May 9.',
    ],
    'Publication: River Review Volume: 3 Issue: 12',
  );
  const { draft } = draftOf(text);

  it('reads the labelled turns as questions and answers, and the answer label as the interviewee', () => {
    const answers = draft.quotes.filter((q) => q.kind === 'direct');
    expect(answers.map((q) => q.text)).toEqual([
      'Because the port pays the province nothing. Last Monday our council voted against it.',
      'He has not called me since March.',
    ]);
    expect(new Set(answers.map((q) => q.speaker))).toEqual(new Set(['dana-vorel']));
    expect(answers.every((q) => q.date?.start === '2009-05-06')).toBe(true);
  });

  it('dates the credit line by the day it names after the outlet, and takes the year from it, not from a bound ahead', () => {
    const credit = draft.sources.find(
      (s) => s.kind === 'in-sentence' && s.outlet === 'Lisk Courier' && s.author,
    );
    expect(credit).toMatchObject({ author: 'Petra Holm', date: '2009-05-09' });
    expect(draft.sources.find((s) => s.kind === 'bracket')?.date).toBe('2009-05-02');
  });

  it('drafts a name that opens the article and holds a post ("X has been governor of …") as a person', () => {
    expect(draft.actors.find((a) => a.name === 'Dana Vorel')?.kind).toBe('person');
  });
});

describe("an interview whose questions carry a web outlet's name", () => {
  const { draft } = draftOf(
    article(
      [
        'Irina Vasko runs the Lisk ferry line. She spoke to us about the strike.',
        'Lisk.info: When did the ferries stop?',
        'Vasko: Last Monday, when the crews walked off.',
        'Lisk.info: And when will they sail?',
        'Vasko: Not before the end of the month.',
        'This interview was conducted by Olek Brant in Lisk on Thursday, May 7, 2009, and published by Lisk.info on May 9.',
      ],
      'Publication: River Review Volume: 3 Issue: 12',
    ),
  );

  it('reads "Lisk.info:" as the questions and cites the answers to Lisk.info, dot and all', () => {
    const answers = draft.quotes.filter((q) => q.kind === 'direct');
    expect(answers.map((q) => q.text)).toEqual([
      'Last Monday, when the crews walked off.',
      'Not before the end of the month.',
    ]);
    expect(new Set(answers.map((q) => q.speaker))).toEqual(new Set(['irina-vasko']));
    expect(draft.sources.find((s) => s.author === 'Olek Brant')).toMatchObject({
      outlet: 'Lisk.info',
      date: '2009-05-09',
    });
  });
});

describe('labels that are no interview', () => {
  it('leaves an article with a single "Note:" paragraph and no turns as prose', () => {
    const { draft } = draftOf(
      article([
        'On May 4, Prime Minister Ion Marcu said that the port lease would be extended (Lisk Courier, May 5).',
        'Note: Marcu repeated the claim on May 6 (Lisk Courier, May 7).',
      ]),
    );
    expect(draft.quotes.filter((q) => q.kind === 'direct')).toEqual([]);
    expect(draft.quotes.some((q) => q.text.includes('extended'))).toBe(true);
  });
});

describe('a long title that contains an organisation', () => {
  it('drafts the person with the whole title as description, and the organisation too; no title word in a name', () => {
    const { draft } = draftOf(
      article([
        'On February 24, 2004, US Secretary of Defense Donald Rumsfeld visited Tashkent (Interfax, February 24). A week later, Deputy Chairman of the Uzbek State Security Service Rustam Inoyatov met him.',
      ]),
    );
    const byName = Object.fromEntries(draft.actors.map((a) => [a.name, a]));
    expect(byName['Donald Rumsfeld']).toMatchObject({
      kind: 'person',
      description: 'US Secretary of Defense',
    });
    expect(byName['Rustam Inoyatov']).toMatchObject({
      kind: 'person',
      description: 'Deputy Chairman of the Uzbek State Security Service',
    });
    expect(byName['Uzbek State Security Service']?.kind).toBe('organization');
    expect(draft.actors.map((a) => a.name).filter((n) => /Defense|Secretary|Chairman/.test(n))).toEqual([]);
  });

  it('drafts the country a body is "of" as an actor too', () => {
    const { draft } = draftOf(
      article([
        'The Supreme Council of Moldova voted on May 4 to close the port (Infotag, May 4). A day later, First Deputy Director of the Customs Service of Georgia Nino Abashidze said that the border would stay open.',
      ]),
    );
    const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
    expect(kinds).toMatchObject({
      Moldova: 'country',
      Georgia: 'country',
      'Supreme Council of Moldova': 'organization',
      'Customs Service of Georgia': 'organization',
      'Nino Abashidze': 'person',
    });
  });

  it('keeps a portfolio after "for" in the title, not in the organisation or the name', () => {
    const { draft } = draftOf(
      article([
        'Deputy Chairman of the Ostrovian State Grid Committee for Rural Supply Marta Velkova said on June 3 that the lines would be rebuilt (Interfax, June 3).',
      ]),
    );
    const byName = Object.fromEntries(draft.actors.map((a) => [a.name, a]));
    expect(byName['Marta Velkova']).toMatchObject({
      kind: 'person',
      description: 'Deputy Chairman of the Ostrovian State Grid Committee for Rural Supply',
    });
    expect(byName['Ostrovian State Grid Committee']?.kind).toBe('organization');
    expect(draft.actors.map((a) => a.name).filter((n) => /Rural/.test(n))).toEqual([]);
  });
});

describe('one actor under two forms', () => {
  it('merges a name written with and without a hyphen, and an organisation named again without its adjective', () => {
    const { draft } = draftOf(
      article([
        'On May 3, 2009, the Kestrian State Security Committee searched homes in Kyzylbar (Kazinform, May 4). Nobody in Kyzyl-Bar was surprised; the State Security Committee has searched the village before.',
      ]),
    );
    const names = draft.actors.map((a) => a.name);
    expect(names.filter((n) => /Kyzyl/.test(n))).toEqual(['Kyzylbar']);
    expect(names.filter((n) => /Committee/.test(n))).toEqual(['Kestrian State Security Committee']);
    expect(draft.actors.find((a) => a.name === 'Kyzylbar')?.aliases).toContain('Kyzyl-Bar');
  });
});

describe('the interviewee reporting their own words', () => {
  const text = article([
    'Timur Aliyev leads the strike at the Ganja plant. He spoke to us on May 3.',
    'Q: What did the police ask you?',
    'A: I told them the bread is baked by our wives. I asked them whether that was a crime.',
    'Q: And now?',
    'A: We bake again on Monday.',
    'Timur Aliyev spoke to Orhan Mammadov in Ganja on May 3, 2010.',
  ]);

  it('gives "I told them …" in an answer to the interviewee, and "I asked them whether" to no one', () => {
    const { draft } = draftOf(text);
    const statements = draft.quotes.filter((q) => q.kind === 'reported');
    expect(statements.map((q) => [q.speaker, q.evidence[0]])).toEqual([
      ['timur-aliyev', 'I told them the bread is baked by our wives.'],
    ]);
  });
});

describe("a credit line that opens with the outlet's own correspondent", () => {
  const text = article(
    [
      'Timur Aliev has led the Balkhash boatmen’s cooperative since 2010. Below, Aliev answers our questions.',
      'Q: Will the cooperative sell its boats?',
      'A: Never. The boats are all we have left.',
      'Q: And the fines?',
      'A: We will pay none of them.',
      'Lake Courier correspondent Dina Sagyn spoke to Timur Aliev in Balkhash on Tuesday, May 8, 2012. The interview has been shortened.',
    ],
    'Publication: Lake Courier Volume: 2 Issue: 9',
  );
  const { draft } = draftOf(text);

  it('takes the outlet, the reporter and the day from it, and drafts the outlet as a medium', () => {
    const credit = draft.sources.find((s) => s.kind === 'in-sentence');
    expect(credit).toMatchObject({ outlet: 'Lake Courier', author: 'Dina Sagyn', date: '2012-05-08' });
    expect(draft.actors.find((a) => a.name === 'Lake Courier')?.kind).toBe('media');
  });
});

describe('an interviewee named only at the start of a sentence, with surname-labelled answers', () => {
  const text = article(
    [
      'Ilona Varga served as Temiria’s envoy to the Ostrov talks from 2004 to 2006. On May 2, Kestrian Premier Ivan Lupu said the talks were over. Varga spoke to us about the talks.',
      'OH: What went wrong?',
      'Varga: Nothing went wrong that was not wrong in 2004. We simply stopped pretending.',
      'OH: And now?',
      'Varga: Now the fishermen pay. They always do.',
      'OH: Will the talks resume?',
      'Varga: Not this year.',
      'The interview was conducted by Marat Omarov in Ostrov on May 12, 2009, and published in the Ostrov Herald (OH) on May 14.',
    ],
    'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
  );
  const { draft } = draftOf(text);

  it('drafts the interviewee under the full name and gives every answer to her', () => {
    const varga = draft.actors.find((a) => a.name === 'Ilona Varga');
    expect(varga).toMatchObject({ kind: 'person' });
    const answers = draft.quotes.filter((q) => q.kind === 'direct');
    expect(answers).toHaveLength(3);
    expect(new Set(answers.map((q) => q.speaker))).toEqual(new Set([varga?.id]));
  });
});

describe('an interviewee named only at the start of a sentence, handed over to by surname', () => {
  // Another person is named more often in the introduction; the hand-over says who answers.
  const handOver = (verb: string) =>
    article(
      [
        `Ieva Kalniņa has worked at the Ostrov cannery since 1990, first as a packer and now as a shift manager. On May 2, Deputy Minister Ivan Lupu said the cannery would be sold. Lupu repeated it on May 5 (Kestria Radio, May 5). Below, Kalniņa ${verb} the sale, the boats and the union.`,
        'Q: Will the cannery be sold?',
        'A: Everyone says so. Nobody has asked us.',
        'Q: And the union?',
        'A: We meet on Friday.',
        'The interview was conducted by Marat Omarov in Ostrov on May 12, 2009, and published in the May 14 issue of the Ostrov Herald.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
    );

  it.each(['talks about', 'discusses', 'answers questions about'])(
    '"Below, Kalniņa %s …": drafts her under the full name and gives her every answer',
    (verb) => {
      const { draft } = draftOf(handOver(verb));
      const kalnina = draft.actors.find((a) => a.name === 'Ieva Kalniņa');
      expect(kalnina).toMatchObject({ kind: 'person' });
      const answers = draft.quotes.filter((q) => q.kind === 'direct');
      expect(answers).toHaveLength(2);
      expect(new Set(answers.map((q) => q.speaker))).toEqual(new Set([kalnina?.id]));
    },
  );
});

describe('an answer telling a day the introduction told', () => {
  const text = article(
    [
      'Nazira Bekova chairs the Lake Tuz boatmen’s union. On April 9, 2011, the Karakol City Court fined her for an unauthorized rally (Kabar, April 10). Below, Bekova answers our questions.',
      'Q: What happened?',
      'A: On April 9 the judge read out a fine that nobody in our union can pay. And on April 9 the Water Inspectorate closed the northern pier to our boats.',
      'Q: And now?',
      'A: We wait.',
      'The interview was conducted by Ruslan Omurov in Karakol on April 20, 2011, and published in the April 23 issue of the Lake Courier.',
    ],
    'Publication: Eurasia Daily Monitor Volume: 8 Issue: 80',
  );
  const { draft } = draftOf(text);

  it('drops the retelling (a word in common) and keeps another happening of that day', () => {
    const ofDay = draft.events.filter((e) => e.date.start === '2011-04-09').map((e) => e.evidence[0] ?? '');
    expect(ofDay.some((e) => e.startsWith('On April 9, 2011, the Karakol City Court fined her'))).toBe(true);
    expect(ofDay.some((e) => e.includes('the judge read out'))).toBe(false);
    expect(ofDay.some((e) => e.includes('closed the northern pier'))).toBe(true);
  });
});

describe('a local head interviewed', () => {
  const text = article([
    'Bakyt Osmonov was appointed mayor of Tokmok in May 2009. Below, Osmonov answers our questions.',
    'Q: How is the town coping?',
    'A: On June 12 we opened two new wells. The water is clean.',
    'Q: And the winter?',
    'A: We have coal for a month.',
    'The interview was conducted by Aida Kasymova in Tokmok on June 20, 2009, and published in the June 23 issue of the Chui Herald.',
  ]);
  const { draft } = draftOf(text);

  it('reads "we" in the answers as the place the interviewee heads', () => {
    const names = new Map(draft.actors.map((a) => [a.id, a.name]));
    const wells = draft.events.find((e) => e.date.start === '2009-06-12');
    expect(wells?.actors.map((k) => names.get(k))).toEqual(['Tokmok', 'Bakyt Osmonov']);
  });
});

describe('an interviewee named only at the start of the introduction, then by surname alone', () => {
  // No label or hand-over names her: the introduction opens with her full name and tells her again
  // by surname, while the man quoted in it is the last person named before the questions.
  const text = article(
    [
      'Tatsiana Varonka ran the campaign of a candidate who was jailed in May. Varonka was detained on the night of the vote and released on February 24. On May 16, Press Secretary Anton Shavel told state television that she was wanted for questioning. "She should come home," Shavel added. In Vilnius, she talked about the night of the vote.',
      'Q: Where were you that night?',
      'A: On the back of a truck with a loudspeaker.',
      'Q: And now?',
      'A: I wait for my case.',
      'The interview was conducted by Ihar Kouzal in Vilnius on June 14, 2011.',
    ],
    'Publication: Eurasia Daily Monitor Volume: 8 Issue: 124',
  );

  it('drafts her under the full name and gives her every answer', () => {
    const { draft } = draftOf(text);
    const varonka = draft.actors.find((a) => a.name === 'Tatsiana Varonka');
    expect(varonka).toMatchObject({ kind: 'person' });
    const answerTexts = ['On the back of a truck with a loudspeaker.', 'I wait for my case.'];
    const answers = draft.quotes.filter((q) => answerTexts.includes(q.text));
    expect(answers).toHaveLength(2);
    expect(new Set(answers.map((q) => q.speaker))).toEqual(new Set([varonka?.id]));
  });

  it('leaves an introduction that opens with a body’s name alone', () => {
    const body = text
      .replace('Tatsiana Varonka ran', 'Belarus Free Theatre ran')
      .replace('Varonka was detained', 'She was detained');
    expect(
      draftOf(body).draft.actors.some((a) => a.name === 'Belarus Free Theatre' && a.kind === 'person'),
    ).toBe(false);
  });
});

/** A lawyer's interview whose introduction is `introduction` and whose answers are two. */
const lawyerInterview = (introduction: string) =>
  article(
    [
      introduction,
      'Q: When did you see your client?',
      'A: On the night of March 29, at the airport.',
      'Q: And the trial?',
      'A: It opens in June.',
      'The interview was conducted by Nino Abashidze in Tbilisi on May 20, 2013.',
    ],
    'Publication: Eurasia Daily Monitor Volume: 10 Issue: 101',
  );

/** The speakers of the lawyer interview's two answers. */
function answerSpeakers(text: string) {
  const { draft } = draftOf(text);
  const answers = draft.quotes.filter((q) =>
    ['On the night of March 29, at the airport.', 'It opens in June.'].includes(q.text),
  );
  expect(answers).toHaveLength(2);
  return { speakers: new Set(answers.map((q) => q.speaker)), draft };
}

describe('an interviewee handed over to by a pronoun', () => {
  it('gives every answer to the subject of the sentence before the hand-over, not to his client, named first and more', () => {
    const { speakers, draft } = answerSpeakers(
      lawyerInterview(
        'Nodar Bakradze was arrested at the airport on March 28. On May 14, prosecutors sent the case against Bakradze to court. Bakradze denies the charges. His lawyer, Levan Chikvani, whose office was searched in April, says that his client will plead not guilty. Below, he answers questions about the case.',
      ),
    );
    expect(speakers).toEqual(new Set([draft.actors.find((a) => a.name === 'Levan Chikvani')?.id]));
  });
});

describe('an interviewee handed over to by a pronoun after a sentence naming someone else in a relative clause', () => {
  it('gives the answers to the introduction’s first person, not to the one the relative clause names', () => {
    const { speakers, draft } = answerSpeakers(
      lawyerInterview(
        'Levan Chikvani has represented Nodar Bakradze since his arrest on March 28. His office, with six lawyers, is one of those that must register under the law that President Imants Liepins signed on February 20. Below, he talks about the case.',
      ),
    );
    expect(speakers).toEqual(new Set([draft.actors.find((a) => a.name === 'Levan Chikvani')?.id]));
  });
});

describe('an interviewee handed over to by a pronoun after sentences the pronoun opens', () => {
  it('goes back over "He is now …" to the sentence that names him', () => {
    const { speakers, draft } = answerSpeakers(
      lawyerInterview(
        'At the summit on June 7, President Imants Liepins offered a deal to Nodar Bakradze. Levan Chikvani, a retired judge who headed the Supreme Court’s research institute from 1993 to 2001, has defended Bakradze since March. He is now a partner at the Institute of Public Law. Below, he discusses the case.',
      ),
    );
    expect(speakers).toEqual(new Set([draft.actors.find((a) => a.name === 'Levan Chikvani')?.id]));
  });
});

describe('an interviewee handed over to by a pronoun after quoted words', () => {
  it('goes back over the sentences quoted words open to the one that names him', () => {
    const { speakers, draft } = answerSpeakers(
      lawyerInterview(
        'President Mikheil Saakashvili dismissed the charges on May 2 (Civil Georgia, May 3). Levan Chikvani has promised to appeal. “I am not asking for mercy,” he told supporters in Batumi on May 8. “I am asking for a court” (Rezonansi, May 10). Below, he answers questions about the case.',
      ),
    );
    expect(speakers).toEqual(new Set([draft.actors.find((a) => a.name === 'Levan Chikvani')?.id]));
  });
});

describe('a credit line naming where the interview was conducted', () => {
  it('does not take the city the interviewer was in for the interviewee, nor a question’s "Does X" for a name', () => {
    const text = article(
      [
        'Levan Chikvani has represented Nodar Bakradze since March, when talks between Tbilisi and Tessarin collapsed. Below, Chikvani discusses the case.',
        'Q: Does Tessarin have any cards left?',
        'A: On the night of March 29, at the airport.',
        'Q: Tessarin says the trial is fair. And the trial?',
        'A: It opens in June.',
        'The interview was conducted by Nino Abashidze in Tessarin on May 20, 2013.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 10 Issue: 101',
    );
    const { speakers, draft } = answerSpeakers(text);
    expect(speakers).toEqual(new Set([draft.actors.find((a) => a.name === 'Levan Chikvani')?.id]));
    expect(draft.actors.map((a) => a.name)).not.toContain('Does Tessarin');
  });
});

describe('an interviewee handed over to by a role', () => {
  it('gives "Below, the former chairman answers questions" to the man the introduction is about', () => {
    const { speakers, draft } = answerSpeakers(
      lawyerInterview(
        'Levan Chikvani ran the bar association from 2002 until February 11, when he resigned. President Mikheil Saakashvili accepted the resignation the same day. Below, the former chairman answers questions about the case.',
      ),
    );
    expect(speakers).toEqual(new Set([draft.actors.find((a) => a.name === 'Levan Chikvani')?.id]));
    expect(draft.actors.map((a) => a.name)).not.toContain('Below');
  });
});

describe('an interviewee no cue names', () => {
  // No label, hand-over or credit names him: the introduction opens with him, and names his client more.
  it('gives the answers to the first person the introduction names, not to the one it names most', () => {
    const { speakers, draft } = answerSpeakers(
      lawyerInterview(
        'Levan Chikvani has represented Nodar Bakradze since his arrest on March 28. Bakradze denies the charges, and Bakradze’s family has hired a second firm. Chikvani, a former investigator, expects the court to hear Bakradze in June.',
      ),
    );
    expect(speakers).toEqual(new Set([draft.actors.find((a) => a.name === 'Levan Chikvani')?.id]));
  });
});
