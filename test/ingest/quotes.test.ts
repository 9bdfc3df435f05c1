import { describe, expect, it } from 'vitest';
import { findQuoteSpans, groupQuoteSpans } from '../../ingest/stages/quote-marks.js';
import { splitParagraphs } from '../../ingest/stages/segment.js';
import { article, draftOf } from './helpers.js';

function spansOf(text: string) {
  const p = splitParagraphs(text)[0];
  if (!p) throw new Error('no paragraph');
  return findQuoteSpans(text, p);
}

describe('quotation marks', () => {
  it('pairs straight and curly marks and keeps nested single quotes apart', () => {
    const text = '“He told me ‘we will win,’ and I believed him,” she said, and "so did we."';
    const scan = spansOf(text);
    expect(scan.problems).toEqual([]);
    expect(scan.spans.map((s) => [text.slice(s.start, s.end), s.depth])).toEqual([
      ['He told me ‘we will win,’ and I believed him,', 0],
      ['we will win,', 1],
      ['so did we.', 0],
    ]);
  });

  it('does not take apostrophes for quotation marks', () => {
    const text = '“The ministers’ cars and Moscow’s plans,” he said.';
    expect(spansOf(text).spans).toHaveLength(1);
  });

  it('reports unbalanced marks instead of guessing', () => {
    const scan = spansOf('He said “this never closes. And goes on.');
    expect(scan.spans).toEqual([]);
    expect(scan.problems[0]).toMatch(/unbalanced/);
  });

  it('joins a quotation split by its attribution, not two separate ones', () => {
    const text = '"We will not yield," Rahimov insisted, "not now." Later: "Another matter entirely."';
    const groups = groupQuoteSpans(text, spansOf(text).spans);
    expect(groups.map((g) => g.parts.length)).toEqual([2, 1]);
  });
});

describe('quotations in drafts', () => {
  const text = article([
    'Foreign Minister Aziz Rahimov met the envoy on June 4 (Asia-Plus, Dushanbe, June 4). "We will not yield," Rahimov insisted, "and [the government] will defend its borders."',
    'Interior Minister Farrukh Rahimov spoke later. Afterwards he told reporters: "Order has been restored." (Asia-Plus, June 5)',
    'The envoy, Jan Kowalski, described the meeting as frank. The minister was asked about it and the answer came fast: "We are calm."',
  ]);
  const { draft, report } = draftOf(text);
  const quotes = draft.quotes.filter((q) => q.kind === 'direct');

  it('joins parts with one space, keeps insertions, and keeps every part verbatim', () => {
    const q = quotes.find((x) => x.parts);
    expect(q?.text).toBe('We will not yield, and [the government] will defend its borders.');
    for (const p of q?.parts ?? []) expect(text).toContain(p);
  });

  it('keeps two people of one surname apart and resolves "he" to the last subject', () => {
    const speakers = Object.fromEntries(quotes.map((q) => [q.text, q.speaker]));
    expect(speakers['We will not yield, and [the government] will defend its borders.']).toBe('aziz-rahimov');
    expect(speakers['Order has been restored.']).toBe('farrukh-rahimov');
    expect(report.items.some((i) => i.message.includes('"he" taken to be Farrukh Rahimov'))).toBe(true);
  });

  it('drafts reported statements with their speaker', () => {
    const st = draft.quotes.filter((q) => q.kind === 'reported');
    expect(st.map((s) => s.speaker)).toContain('jan-kowalski');
  });
});

describe('statements reported in passing: ", saying that …"', () => {
  const text = article([
    'The crisis deepened on May 2, when the Water Ministry of Tajikistan closed the canal, saying that the river was too low to share (Asia-Plus, May 2).',
    'Ali Shodiev, the governor, left the hall, adding that the talks were over. Nobody spoke, saying “nothing” to anyone.',
  ]);
  const { draft } = draftOf(text);
  const statements = draft.quotes.filter((q) => q.kind === 'reported');

  it('gives the words to the subject of the clause they hang on, dated and cited', () => {
    expect(statements.map((s) => [s.speaker, s.text])).toEqual([
      [
        'water-ministry-of-tajikistan',
        'The crisis deepened on May 2, when the Water Ministry of Tajikistan closed the canal, saying that the river was too low to share',
      ],
      ['ali-shodiev', 'Ali Shodiev, the governor, left the hall, adding that the talks were over'],
    ]);
    expect(statements[0]?.date?.start).toBe('2009-05-02');
    expect(statements[0]?.sources).toHaveLength(1);
  });
});

describe('statements without a classic "said that"', () => {
  const text = article([
    'Governor Aziz Rahimov opened the polls in Kestria on May 3 (Asia-Plus, May 3). According to Rahimov, the vote had cost the region less than $100,000.',
    'The Veloran Defense Ministry said that 18 of its soldiers had been killed, while the Temirian Defense Ministry put its own losses at 12 (Asia-Plus, May 4).',
    'Prime Minister Daniyar Ormanov insisted the vote had no legal force. The Veloran Foreign Ministry accused Temiria of arming the rebels.',
    'The Central Asian Water Commission (CAWC), which has watched the river since 2003, welcomed the decision.',
    'Ormanov welcomed the delegation at the airport. The Veloran Defense Ministry put pressure on the rebels at once.',
  ]);
  const { draft } = draftOf(text);
  const statements = draft.quotes.filter((q) => q.kind === 'reported').map((s) => [s.speaker, s.text]);

  it('gives two speakers in one sentence a statement each, each with its own clause', () => {
    expect(statements).toContainEqual([
      'veloran-defense-ministry',
      'The Veloran Defense Ministry said that 18 of its soldiers had been killed',
    ]);
    expect(statements).toContainEqual([
      'temirian-defense-ministry',
      'the Temirian Defense Ministry put its own losses at 12',
    ]);
  });

  it('reads "put … at <figure>", "accused … of", "insisted" without "that" and "welcomed the decision"', () => {
    expect(statements).toContainEqual([
      'daniyar-ormanov',
      'Prime Minister Daniyar Ormanov insisted the vote had no legal force.',
    ]);
    expect(statements).toContainEqual([
      'veloran-foreign-ministry',
      'The Veloran Foreign Ministry accused Temiria of arming the rebels.',
    ]);
    expect(statements).toContainEqual([
      'central-asian-water-commission',
      'The Central Asian Water Commission (CAWC), which has watched the river since 2003, welcomed the decision.',
    ]);
  });

  it('takes "According to <surname>, <clause>" for the person, not a place described by the clause', () => {
    expect(statements).toContainEqual([
      'aziz-rahimov',
      'According to Rahimov, the vote had cost the region less than $100,000',
    ]);
    expect(draft.actors.map((a) => a.name)).not.toContain('Rahimov');
  });

  it('leaves out a welcome that is no stance and a "put" with no figure', () => {
    expect(statements.map(([, t]) => t).join('\n')).not.toMatch(/delegation|pressure/);
    expect(statements).toHaveLength(6);
  });
});

describe('a name closing an aside', () => {
  it('is not the subject of the verb after the aside', () => {
    const { draft } = draftOf(
      article([
        'Security Council Secretary Aziz Rahimov’s meeting in Kestria, with his counterpart Jan Kowalski, further indicated the close relationship as both countries prepared for the summit.',
        'The envoy, Daniyar Ormanov, described the meeting as a turning point.',
      ]),
    );
    expect(draft.quotes.filter((q) => q.kind === 'reported').map((q) => q.speaker)).toEqual([
      'daniyar-ormanov',
    ]);
  });
});

describe('a short quotation inside an accusation', () => {
  it('keeps "accused the court of hiding “two pages”" as the accuser\'s words', () => {
    const { draft } = draftOf(
      article([
        'Timur Aliyev, the defence lawyer, accused the court of hiding "two pages" of the file from the defence (Turan, May 3).',
      ]),
    );
    const quotes = draft.quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['two pages', 'timur-aliyev']]);
  });
});

describe('a person named only inside a reported clause or a quotation', () => {
  it('is not the speaker of "X said Y had been …“…”"', () => {
    const { draft } = draftOf(
      article([
        'Police in Varno detained the reporter Timur Vakhid on May 1.',
        'Foreign Ministry spokesman Pavel Orlin criticised the court, and said Timur Vakhid had been walking “on a public street, at noon, with nothing in his hands” (Kestria Radio, May 3).',
      ]),
    );
    const quotes = draft.quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => q.speaker)).toEqual(['pavel-orlin']);
  });

  it('is not the antecedent of the pronoun in "“If Y …,” he warned, “…”"', () => {
    const { draft } = draftOf(
      article([
        'Police in Varno detained the reporter Timur Vakhid on May 1.',
        'Defence Minister Pavel Orlin was blunter. “If Timur Vakhid is not released by Friday,” he warned on May 3, “the border crossings will close for everyone” (Kestria Radio, May 4).',
      ]),
    );
    const quotes = draft.quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => q.speaker)).toEqual(['pavel-orlin']);
  });
});

describe('words given in passing by the subject of a clause', () => {
  it('reads ", saying … “…”" and "a note describing … as “…”" as the subject\'s, not a person named on the way', () => {
    const { draft } = draftOf(
      article([
        'On May 3, the Armenian Ministry of Finance fined the bank, saying it had hidden “losses of a kind nobody expected” (Arka, May 4). That evening, the Georgian Foreign Ministry summoned the ambassador, Aram Petrosyan, and handed him a note describing the raid as “piracy on land” (Arka, May 5).',
      ]),
    );
    expect(draft.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.text])).toEqual([
      ['armenian-ministry-of-finance', 'losses of a kind nobody expected'],
      ['georgian-foreign-ministry', 'piracy on land'],
    ]);
  });
});

describe('a partial quotation about the subject of the reported clause', () => {
  it('gives "X said that Y had “…”" to X, and leaves it out when X is no actor', () => {
    const { draft } = draftOf(
      article([
        'President Ivo Marsk dismissed Defense Minister Karl Osen on May 3 (Portal, May 3). The palace press office said that Osen had “lost the trust of the president” over the boats. The Justice Ministry said that Osen had “broken the law on tenders” in 2004.',
      ]),
    );
    const quotes = draft.quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['justice-ministry', 'broken the law on tenders'],
    ]);
  });
});

describe('words of a note the subject hands over', () => {
  it('gives a second quotation after "and warning that" in the note to the body that issued it', () => {
    const { draft } = draftOf(
      article([
        'On May 3, the Morvanian Foreign Ministry summoned the Dalskian ambassador, Petr Holm, and handed him a note calling the deal "a fraud" and warning that Morvania would "use all legal means" to stop it (Portal, May 3).',
      ]),
    );
    const quotes = draft.quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['morvanian-foreign-ministry', 'a fraud'],
      ['morvanian-foreign-ministry', 'use all legal means'],
    ]);
  });
});

describe('a short quotation after a speech verb and "that"', () => {
  it('keeps "let it be known that its minister had a “…”" as the body’s words, not a scare quote', () => {
    const { draft } = draftOf(
      article([
        'The talks in Geneva were called off on May 4, when the Morvanian Foreign Ministry let it be known that its minister had a “prior engagement” (Portal, May 4). The ferry is a “floating ruin” now.',
      ]),
    );
    const quotes = draft.quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['morvanian-foreign-ministry', 'prior engagement'],
    ]);
  });
});

describe('a short quotation deep in a reported clause', () => {
  it('keeps "hinted that “…”" and "told X that … and that … “…”" as the speaker\'s words', () => {
    const { draft } = draftOf(
      article([
        'The Morvanian Foreign Ministry hinted on May 4 that “foreign hands” had damaged the pipeline (Portal, May 4). Deputy Interior Minister Ivan Petrov told Portal on May 5 that no suspect had crossed the border and that the passenger lists would be handed over “within a day” (Portal, May 5).',
      ]),
    );
    const quotes = draft.quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['morvanian-foreign-ministry', 'foreign hands'],
      ['ivan-petrov', 'within a day'],
    ]);
  });
});

describe('the quoted terms of a decision', () => {
  it('gives "barred … “until …”" to the body that made the decision', () => {
    const { draft } = draftOf(
      article([
        'On May 4, the Morvanian Transport Ministry barred all trucks from crossing at Dalsk "until the bridge is repaired" (Portal, May 4).',
      ]),
    );
    const quotes = draft.quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['morvanian-transport-ministry', 'until the bridge is repaired'],
    ]);
  });
});

describe('a city standing for its government', () => {
  it('gives "when Dravnik let it be known that … “…”" to the city, with no person named', () => {
    const { draft } = draftOf(
      article([
        'The ceasefire was signed in Dravnik in May 1994 (Portal, May 1).',
        'The talks in Geneva were called off on May 4, when Dravnik let it be known that its minister had a “prior engagement” (Portal, May 4).',
      ]),
    );
    const quotes = draft.quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([['dravnik', 'prior engagement']]);
  });
});

describe('a split quotation in straight marks', () => {
  it('reads the name after a closing straight mark as a name, as after a curly one', () => {
    const paragraph = (open: string, close: string) =>
      `Deputy Minister Arkadiy Dzhurin spoke on June 3. ${open}The charts are ordinary maps,${close} Jurin told reporters, ${open}and anyone can buy them.${close}`;
    for (const [open, close] of [
      ['“', '”'],
      ['"', '"'],
    ] as const) {
      const { draft } = draftOf(article([paragraph(open, close)]));
      const quote = draft.quotes.find((q) => q.kind === 'direct');
      expect(quote).toMatchObject({
        speaker: 'arkadiy-dzhurin',
        text: 'The charts are ordinary maps, and anyone can buy them.',
      });
    }
  });
});

describe('words a clause’s subject cites', () => {
  it('gives “…” after ", citing" to the subject of its clause, even with a person named before it', () => {
    const { draft } = draftOf(
      article([
        'The truce frayed at once: on May 2, border guards detained three inspectors near Tash-Bulak; on May 3, the Kestrian Hydropower Company closed the gates that Deputy Minister Ivan Petrov had inspected, citing “scheduled repairs”; and on May 4, the ministry protested.',
      ]),
    );
    const quote = draft.quotes.find((q) => q.text === 'scheduled repairs');
    expect(quote?.speaker).toBe(draft.actors.find((a) => a.name === 'Kestrian Hydropower Company')?.id);
  });
});
