// Which clause a saying belongs to: a date in a leading time clause ("When X visited Y in 2009, he
// told …") or before a relative clause that does the saying ("set out on May 4 by the colonel, who
// told reporters that …") dates a happening of its own.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 9 Issue: 60';
const datesOf = (paragraphs: string[]) =>
  draftOf(article(paragraphs, HEADER)).draft.events.map((e) => e.date.start);

describe('a date in a leading time clause before a saying', () => {
  it('drafts the visit of "When … visited … in May, he told …"', () => {
    expect(
      datesOf([
        'When Kestrian President Ivan Lupu visited Ostrov in May, he told the dockers that the state would rebuild the port.',
      ]),
    ).toContain('2012-05');
  });

  it('drafts the trip of "After … flew to … on March 3, she said …"', () => {
    expect(
      datesOf([
        'After Temirian Premier Ana Rus flew to Veloran on March 3, she said that the talks had gone well.',
      ]),
    ).toContain('2012-03-03');
  });

  it('still reads a date before the saying in the main clause as the saying’s ("On May 2, Lupu told …")', () => {
    expect(
      datesOf([
        'On May 2, Kestrian President Ivan Lupu told the dockers that the state would rebuild the port.',
      ]),
    ).not.toContain('2012-05-02');
  });
});

describe('a saying in a relative clause after the date', () => {
  it('drafts "was set out on May 4 by …, who told reporters that …"', () => {
    expect(
      datesOf([
        'The official version was set out on May 4 by Kestrian Interior Minister Ivan Lupu, who told reporters in Ostrov that the men had fired first.',
      ]),
    ).toContain('2012-05-04');
  });

  it('drafts "were called off on June 2 by …, who said that …"', () => {
    expect(
      datesOf([
        'The Ostrov talks were called off on June 2 by Kestrian Foreign Minister Ana Rus, who said that the other side had not replied.',
      ]),
    ).toContain('2012-06-02');
  });
});

describe('an appeal and an outlet’s quoting are sayings', () => {
  it('dates no happening by "urged the court on May 3 to …"', () => {
    const dates = datesOf([
      'On May 2, Kestrian police detained Ivan Lupu in Ostrov. His lawyer, Ana Rus, urged the Ostrov city court on May 3 to release him on bail.',
    ]);
    expect(dates).toContain('2012-05-02');
    expect(dates).not.toContain('2012-05-03');
  });

  it('dates no happening by "On May 4, Temir TV quoted … as saying that …"', () => {
    const dates = datesOf([
      'On May 2, Kestrian police detained Ivan Lupu in Ostrov. On May 4, Temir TV quoted Kestrian Interior Minister Ana Rus as saying that the arrest had been lawful.',
    ]);
    expect(dates).toContain('2012-05-02');
    expect(dates).not.toContain('2012-05-04');
  });

  it('keeps the date of the act urged ("urged the ministry to reopen the crossing on June 9")', () => {
    expect(
      datesOf([
        'On June 2, Kestrian Premier Ana Rus urged the Temirian government to reopen the Ostrov crossing on June 9.',
      ]),
    ).toContain('2012-06-09');
  });
});

describe('a saying dated at the end of its sentence or between the parts of a quotation', () => {
  it('dates no happening by "…, the ministry said in a statement on May 4."', () => {
    const dates = datesOf([
      'On May 2, Kestrian police detained Ivan Lupu in Ostrov. The arrest was lawful, the Kestrian Interior Ministry said in a statement on May 4.',
    ]);
    expect(dates).toContain('2012-05-02');
    expect(dates).not.toContain('2012-05-04');
  });

  it('dates no happening by "“…,” he warned on May 5, “…”"', () => {
    const dates = datesOf([
      'On May 2, Kestrian police detained Ivan Lupu in Ostrov. “If he is not freed,” Temirian Premier Ana Rus warned on May 5, “we will close the border.”',
    ]);
    expect(dates).toContain('2012-05-02');
    expect(dates).not.toContain('2012-05-05');
  });
});

describe('a deadline given to someone', () => {
  it('dates no happening by "has until June 9 to decide" or "have until May 20 to"', () => {
    const dates = datesOf([
      'On May 2, the Kestrian Assembly passed the new customs code. President Ivan Lupu has until June 9 to sign it. Importers in Ostrov have until May 20 to register their stocks.',
    ]);
    expect(dates).toContain('2012-05-02');
    expect(dates).not.toContain('2012-06-09');
    expect(dates).not.toContain('2012-05-20');
  });

  it('still drafts a deadline set by an act ("gave the importers until May 20 to …")', () => {
    expect(
      datesOf([
        'On May 2, the Kestrian Customs Service gave importers in Ostrov until May 20 to register their stocks.',
      ]),
    ).toContain('2012-05-20');
  });
});

describe('an offset before a happening told with an irregular participle', () => {
  it('dates nothing by "…, some two weeks after the traders had begun a strike"', () => {
    const dates = datesOf([
      'On May 9, the Kestrian Assembly voted to close the Ostrov market, some two weeks after the traders had begun a strike.',
    ]);
    expect(dates).toContain('2012-05-09');
    expect(dates).not.toContain('2012-05-23');
  });

  it('dates nothing by "…, three days after the army had won the battle"', () => {
    const dates = datesOf([
      'On June 4, Temirian Premier Ana Rus flew to Ostrov, three days after the Temirian army had won the battle for the pass.',
    ]);
    expect(dates).toContain('2012-06-04');
    expect(dates).not.toContain('2012-06-07');
  });
});

describe('an offset from a plan, set beside a date', () => {
  it('dates nothing by "by May 18, two days before the ban is to take effect"', () => {
    const dates = datesOf([
      'On May 9, the Kestrian Assembly passed a ban on grain exports. Temirian traders must sell their stocks by May 18, two days before the ban is to take effect.',
    ]);
    expect(dates).toContain('2012-05-18');
    expect(dates).not.toContain('2012-05-16');
  });

  it('dates nothing by "on June 3, a week before the talks were to open"', () => {
    const dates = datesOf([
      'On June 1, Kestrian police detained Ivan Lupu in Ostrov. Temirian Premier Ana Rus recalled her ambassador on June 3, a week before the talks were to open.',
    ]);
    expect(dates).toContain('2012-06-03');
    expect(dates).not.toContain('2012-05-27');
  });
});

describe('a clause after ", and" that tells no happening of the date', () => {
  const evidence = (paragraphs: string[]) =>
    draftOf(article(paragraphs, HEADER)).draft.events.flatMap((e) => e.evidence);

  it('drafts no "…, and nobody was detained"', () => {
    const told = evidence([
      'On May 5, two hundred Kestrian traders marched through Ostrov, and nobody was detained by the police in Veloran.',
    ]);
    expect(told.some((e) => e.startsWith('nobody'))).toBe(false);
  });

  it('drafts no present perfect ("…, and the officers have wanted the port ever since")', () => {
    const told = evidence([
      'On May 5, the Kestrian navy left its base in Ostrov, and Temirian customs officers have wanted the port ever since.',
    ]);
    expect(told.some((e) => e.startsWith('Temirian customs officers have'))).toBe(false);
  });

  it('drafts no second part of a saying ("…, and that the Senate delayed it")', () => {
    const told = evidence([
      'Kestrian Premier Ana Rus told reporters that the Kestrian Assembly had passed the bill on May 3, and that the Kestrian Senate delayed it.',
    ]);
    expect(told.some((e) => e.startsWith('that the Kestrian Senate'))).toBe(false);
  });

  it('still drafts a second act with a subject of its own ("…, and the officers turned back forty trucks")', () => {
    const told = evidence([
      'On May 5, the Kestrian navy left its base in Ostrov, and Temirian customs officers turned back forty trucks.',
    ]);
    expect(told.some((e) => e.startsWith('Temirian customs officers turned'))).toBe(true);
  });
});
