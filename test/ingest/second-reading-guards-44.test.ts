// Guards from the second reading of session 44's change (/work/team/review-44.md): each misfire the
// review found, as the probe that showed it, with what a careful annotator wants.
import { describe, expect, it } from 'vitest';
import { draftsUnder } from './helpers.js';

const { draft, kinds, statementSpeaker, eventActors, eventsOn, speakerOf } = draftsUnder(
  'Publication: Eurasia Daily Monitor Volume: 10 Issue: 100',
);
const sourcesOf = (text: string) => draft(text).sources.map((s) => `${s.outlet} ${s.date ?? ''}`.trim());

describe('sources told to "the same paper" (M1, M2)', () => {
  it('takes no date from inside the words told', () => {
    const text =
      'The smelter will not close, its director said (Delovaya Nedelya, Moscow, April 14). Oleg Vorontsov told the same paper that the contract signed on April 2 was void.';
    expect(sourcesOf(text)).toEqual(['Delovaya Nedelya 2013-04-14', 'Delovaya Nedelya 2013-04-14']);
  });
  it('with no outlet cited before, "the paper" names none', () => {
    expect(sourcesOf('Ivan Rudko told the same newspaper that the plant would close.')).toEqual([]);
    expect(sourcesOf('Ivan Rudko told the paper that the plant would close.')).toEqual([]);
  });
});

describe('an interview’s hand-over (M4)', () => {
  const answers = [
    'Q: Will the terminal be sold?',
    'A: I expect a decision next month.',
    'Q: And the price?',
    'A: Nobody knows the price.',
  ];
  it.each([
    'In February, Prime Minister Anvar Sadykhov told the newspaper Dorestan Times that the terminal would be sold. Lucia Feren, who runs Halvenik LNG, answered our questions in May.',
    'Last year Energy Minister Ivan Rudko told us that the terminal would never be sold. Below, Lucia Feren, who runs Halvenik LNG, answers our questions.',
    'We asked the ministry in March whether Deputy Minister Ivan Rudko had approved the price. Lucia Feren, who runs Halvenik LNG, spoke to EDM in May.',
    'Energy Minister Ivan Rudko refused to answer the questions of deputies in March. Lucia Feren, who runs Halvenik LNG, spoke to EDM in May.',
  ])('%s', (intro) => {
    expect(speakerOf('I expect a decision', intro, ...answers)).toBe('Lucia Feren');
  });
});

describe('quoted words (M6, M19)', () => {
  it('a scare quote after "asked X to …" is no one’s quotation', () => {
    expect(
      draft('Officials asked Ivan Rudko to explain the “missing” funds.').quotes.filter(
        (q) => q.kind === 'direct',
      ),
    ).toEqual([]);
  });
  it.each([
    'Ivan Rudko confirmed that the newspaper “Zerkalo” had been closed on May 3.',
    'Ivan Rudko said that the “Rose Revolution” had failed.',
  ])('a name in quotation marks is named, not said: %s', (text) => {
    expect(draft(text).quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });
});

describe('"the center" (M7, M8)', () => {
  it('a town’s centre cordoned off is no Center acting', () => {
    const text =
      'The Levada Center published a poll on March 2. In Kharsek, the center was cordoned off by police on March 4 after a rally.';
    expect(eventActors(text).find((e) => e.startsWith('2013-03-04'))).not.toMatch(/Center/);
  });
  it('"The center said …" is the Center’s statement', () => {
    const text =
      'The Right to Life Center, a group based in Kharsek, has documented 17 abductions. The center said on March 5 that six men were still missing.';
    expect(statementSpeaker(/six men/, text)).toBe('Right to Life Center');
  });
});

describe('"rejected the …" (M9)', () => {
  it.each([
    'The National Assembly rejected the ombudsman’s report on March 5 by 61 votes to 22.',
    'The Supreme Court rejected the claim against the newspaper.',
  ])('a vote or a ruling is no statement: %s', (text) => {
    expect(statementSpeaker(/rejected/, text)).toBeUndefined();
  });
});

describe('"the coalition", "the bloc" (M10, M11)', () => {
  it('"the coalition government" is no NGO called "Coalition for …"', () => {
    const text =
      'The Coalition for Democracy and Civil Society said on March 2 that the vote had been rigged. The coalition government of Prime Minister Kurmanbek Bakiev collapsed on April 5.';
    expect(eventActors(text).join(' | ')).not.toMatch(/2013-04-05 Coalition/);
  });
  it('"the former Soviet bloc" is no party’s bloc', () => {
    const text =
      'The opposition Azadliq bloc held a rally on October 9. Azerbaijan was part of the former Soviet bloc, and on October 12 the bloc’s old members met in Minsk.';
    expect(eventActors(text).join(' | ')).not.toMatch(/2013-10-12 Azadliq/);
  });
});

describe('years (M12, M13)', () => {
  it('"In March, next year’s budget was presented" is this year’s March', () => {
    const days = eventsOn(
      'In March, next year’s budget was presented to parliament by Finance Minister Ivan Rudko.',
    );
    expect(days).toContain('2013-03');
    expect(days).not.toContain('2014-03');
  });
  it('a plan told in the past with no date of the article’s own stays in the article’s year', () => {
    expect(eventsOn('Dashtgaz threatened to cut off gas to Altyria on January 9.')).toEqual(['2013-01-09']);
  });
});

describe('names (M14, M15, M16, M18)', () => {
  it.each([
    ['Belavia’s planes were grounded on May 3.', 'Belavia'],
    ['Kavkasia’s editor was fined on May 3.', 'Kavkasia'],
  ])('an airline’s or a paper’s possessive makes no country: %s', (text, name) => {
    expect(kinds(text)[name]).not.toBe('country');
  });
  it('"Green added that “…”": a surname is no party adjective', () => {
    const text =
      'Jonathan Green, an analyst at the Eurasia Group, said on May 3 that the deal was dead. Green added that “nobody believes it any more.”';
    expect(speakerOf('nobody believes it', text)).toBe('Jonathan Green');
  });
  it('"Veterans of the Karabakh war marched" makes no body', () => {
    expect(
      Object.keys(kinds('Veterans of the Karabakh war marched in Yerevan on May 9.')),
    ).not.toContainEqual(expect.stringMatching(/^Veterans/));
  });
  it('"North Ossetian officials" does not hide South Ossetia', () => {
    const text =
      'The Ossetian delegation arrived in Tskhinvali, the capital of the breakaway republic, to meet North Ossetian officials on May 4.';
    expect(kinds(text)['South Ossetia']).toBeDefined();
  });
});
