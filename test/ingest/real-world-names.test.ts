// Real-world names as real articles print them: a state under its official name ("the Russian
// Federation", "the People’s Republic of China") is one actor with its short name, and no word of it an
// actor apart; a middle initial is inside a name; the country in a title ("US Secretary of …") acts.
import { describe, expect, it } from 'vitest';
import { draftsUnder } from './helpers.js';

const { draft } = draftsUnder('Publication: Eurasia Daily Monitor Volume: 10 Issue: 94');

/** Each drafted actor as "kind: name / alias / …". */
const actorsOf = (...paragraphs: string[]) =>
  draft(...paragraphs).actors.map((a) => `${a.kind}: ${[a.name, ...(a.aliases ?? [])].join(' / ')}`);

describe('official names of known states', () => {
  it('"the People’s Republic of China" is China, not "Republic of China" (Taiwan)', () => {
    const actors = actorsOf(
      'The People’s Republic of China signed a gas deal with Turkmenistan on May 3. China will pay in yuan.',
    );
    expect(actors.filter((a) => /China/.test(a))).toHaveLength(1);
    expect(actors.join('\n')).toMatch(
      /^country: (People’s Republic of China|China) \/ (China|People’s Republic of China)$/m,
    );
  });
  it('"the Republic of China" stays Taiwan, apart from China', () => {
    const actors = actorsOf('The Republic of China and China quarrelled over the strait on May 6.');
    expect(actors.filter((a) => /China/.test(a))).toHaveLength(2);
  });
  it('"the Russian Federation", "the Kyrgyz Republic", "the Czech Republic": no "Federation" or "Republic" apart', () => {
    const actors = actorsOf(
      'The Russian Federation called a meeting on May 6. The Kyrgyz Republic closed its border on May 9 and Kyrgyzstan reopened it on May 10. The Czech Republic protested on May 11.',
    );
    expect(actors).not.toContainEqual(expect.stringMatching(/: (Federation|Republic)\b/));
    expect(actors).toContainEqual(expect.stringMatching(/^country: .*Kyrgyz Republic/));
    expect(actors.filter((a) => /Kyrgyz/.test(a))).toHaveLength(1);
    expect(actors).toContain('country: Czech Republic');
  });
  it('"the United States of America" is one name, with no place "America"', () => {
    const actors = actorsOf(
      'The United States of America spoke on May 7; the United States said more on May 8.',
    );
    expect(actors).not.toContainEqual(expect.stringMatching(/: America$/));
    expect(actors.filter((a) => /United States/.test(a))).toHaveLength(1);
  });
  it('"the Republic of Moldova" and "Moldova" are one actor; so are an invented state’s two names', () => {
    expect(
      actorsOf('The Republic of Moldova protested on May 5. Moldova recalled its envoy on May 6.'),
    ).toEqual([
      expect.stringMatching(/^country: (Republic of Moldova|Moldova) \/ (Moldova|Republic of Moldova)$/),
    ]);
    const orvenia = actorsOf(
      'The Republic of Orvenia protested on May 5. Orvenia recalled its envoy on May 6.',
    );
    expect(orvenia.filter((a) => /Orvenia/.test(a))).toHaveLength(1);
  });
  it('a state named by its own words before "Republic" is a country: "the Donetsk People’s Republic"', () => {
    const d = draft('The Donetsk People’s Republic held a vote on May 5.');
    expect(d.actors.map((a) => `${a.kind}: ${a.name}`)).toContain('country: Donetsk People’s Republic');
    expect(d.events.map((e) => e.date.start)).toContain('2013-05-05');
  });
});

describe('real names as real articles print them', () => {
  it('"George W. Bush", "Richard G. Lugar": a middle initial is inside the name', () => {
    const d = draft(
      'US President George W. Bush said on May 3 that he would go. Senator Richard G. Lugar arrived on May 5.',
    );
    const persons = d.actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(persons).toEqual(['George W. Bush', 'Richard G. Lugar']);
  });
  it('"US Secretary of Defense Donald Rumsfeld": the United States is an actor, and Rumsfeld leads the event', () => {
    const d = draft('US Secretary of Defense Donald Rumsfeld visited Baku on August 12.');
    const names = (ids: readonly string[]) => ids.map((id) => d.actors.find((a) => a.id === id)?.name);
    expect(d.actors.map((a) => `${a.kind}: ${a.name}`)).toContain('country: US');
    expect(names(d.events[0]?.actors ?? []).slice(0, 2)).toEqual(['Donald Rumsfeld', 'US']);
  });
  it('"UK Foreign Secretary Jack Straw": the country in the title is an actor', () => {
    const d = draft('UK Foreign Secretary Jack Straw arrived in Tashkent on May 8.');
    expect(d.actors.map((a) => `${a.kind}: ${a.name}`)).toContain('country: UK');
  });
  it('"Uzbekistan’s Minister of Foreign Affairs Sodiq Safoyev flew …": the minister leads, not his country', () => {
    const d = draft('Uzbekistan’s Minister of Foreign Affairs Sodiq Safoyev flew to Moscow on May 4.');
    expect(d.actors.find((a) => a.id === d.events[0]?.actors[0])?.name).toBe('Sodiq Safoyev');
  });
});
