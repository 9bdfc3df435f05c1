// Who speaks, in the general grammar of reporting prose: namesakes set apart by "no relation to",
// speakers described but never named, attributions set inside the words.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) => draftOf(text).draft.quotes.filter((q) => q.kind === 'reported');

describe('two people who share a surname', () => {
  it('does not read "no relation to the minister" as pointing to the minister', () => {
    const statements = statementsOf(
      article([
        'Transport Minister Ruslan Terekhov opened the new bridge on May 4 (Kestria Radio, May 4). Deputy Anton Terekhov, no relation to the minister, voted against its budget. Terekhov added that the bridge had cost twice its estimate.',
      ]),
    );
    expect(statements.map((q) => q.speaker)).toEqual(['anton-terekhov']);
  });

  it('does not read "who is not related to the president" as pointing to the president', () => {
    const statements = statementsOf(
      article([
        'President Kanybek Sadyrov signed the decree on March 1. Deputy Chairman Bolot Sadyrov, who is not related to the president, spoke on March 3. Sadyrov added that the device had been made abroad.',
      ]),
    );
    expect(statements.map((q) => q.speaker)).toEqual(['bolot-sadyrov']);
  });

  it('reads a role noun said before the last full name as stale', () => {
    const statements = statementsOf(
      article([
        'Finance Minister Dana Sultanova spoke first. “We will pay,” the minister said. The next day the mayor of the port, Kamila Sultanova, said that the city had not been paid. Sultanova added that the workers would strike on Monday.',
      ]),
    );
    expect(statements.filter((q) => /workers would strike/.test(q.text)).map((q) => q.speaker)).toEqual([
      'kamila-sultanova',
    ]);
  });

  it('still reads "the minister" said after both names as the minister', () => {
    const statements = statementsOf(
      article([
        'Finance Minister Dana Sultanova and the mayor of the port, Kamila Sultanova, met on May 4. The minister spoke first. Sultanova said that the city would be paid by June.',
      ]),
    );
    expect(statements.map((q) => q.speaker)).toEqual(['dana-sultanova']);
  });
});

describe('a speaker who does something first and then speaks', () => {
  const quotesOf = (text: string) => draftOf(text).draft.quotes.filter((q) => q.kind === 'direct');
  const nameOf = (text: string, id: string) => {
    const { draft } = draftOf(text);
    const a = draft.actors.find((x) => x.id === id);
    return a ? [a.name, ...a.aliases] : [];
  };

  it('gives "a clerk from the mayor\'s office came … and told us, “…”" to the clerk', () => {
    const text = article([
      'The market stayed shut for a week (Kestria Radio, May 4). On Monday a clerk from the mayor’s office came to the stalls and told us, “Nobody will trade here until the rent is paid.”',
    ]);
    const [q] = quotesOf(text);
    expect(q?.text).toBe('Nobody will trade here until the rent is paid.');
    expect(nameOf(text, q?.speaker ?? '')).toContain('a clerk from the mayor’s office');
  });

  it('gives "the head of the department looked … and said, “…”" to the head of the department', () => {
    const text = article([
      'We took the samples to the regional water department on May 4. The deputy head of the department looked at the jars and said, “This is rust, not poison, and rust is nobody’s fault.”',
    ]);
    const [q] = quotesOf(text);
    expect(nameOf(text, q?.speaker ?? '')).toContain('The deputy head of the department');
  });

  it('gives "a man from the tax office came … and told my wife that …" to the man', () => {
    const text = article([
      'The shop was inspected twice in May (Kestria Radio, June 1). Last week a man from the tax office came to the shop and told my wife that the fine would be doubled if we appealed.',
    ]);
    const statements = statementsOf(text);
    expect(statements.map((s) => s.text)).toEqual([expect.stringMatching(/told my wife that the fine/)]);
    expect(nameOf(text, statements[0]?.speaker ?? '')).toContain('a man from the tax office');
  });

  it('gives "Petrova visited the port and told reporters that …" to Petrova', () => {
    const statements = statementsOf(
      article([
        'Transport Minister Irina Petrova visited the port on May 4 and told reporters that the new berth would open in June (Kestria Radio, May 4).',
      ]),
    );
    expect(statements.map((s) => s.speaker)).toEqual(['irina-petrova']);
  });
});

describe('an attribution set inside the next sentence', () => {
  it('keeps "…. The next meeting, he added, would …" a statement of its own', () => {
    const statements = statementsOf(
      article([
        'Foreign Minister Oleg Varin said on May 4 that the border talks had gone well. The next meeting, he added, would be held in June (Kestria Radio, May 4).',
      ]),
    );
    expect(statements.map((s) => s.text).sort()).toEqual([
      expect.stringMatching(
        /^Foreign Minister Oleg Varin said on May 4 that the border talks had gone well\.?$/,
      ),
      'The next meeting, he added, would be held in June',
    ]);
  });

  it('keeps "…. The fund, he said, had …" a statement of its own', () => {
    const statements = statementsOf(
      article([
        'Finance Minister Oleg Varin warned on May 4 that the budget would need cuts. The pension fund, he said, had already run out of money (Kestria Radio, May 4).',
      ]),
    );
    expect(statements).toHaveLength(2);
  });

  it('joins "…. Such claims, he argued, …" to the words it goes on with', () => {
    const statements = statementsOf(
      article([
        'Foreign Minister Oleg Varin denied on May 4 that troops had crossed the border. Such claims, he argued, were meant to wreck the talks (Kestria Radio, May 4).',
      ]),
    );
    expect(statements.map((s) => s.text)).toEqual([
      expect.stringMatching(
        /^Foreign Minister Oleg Varin denied .* Such claims, he argued, were meant to wreck the talks$/,
      ),
    ]);
  });
});

describe('an attribution between commas inside the words', () => {
  it('reads ", he told reporters the next day, would …" as an attribution', () => {
    const statements = statementsOf(
      article([
        'Transport Minister Oleg Varin closed the border crossing on May 4 (Kestria Radio, May 4). The crossing, he told reporters the next day, would stay shut until the bridge was repaired.',
      ]),
    );
    expect(statements.map((s) => [s.speaker, s.text])).toEqual([
      [
        'oleg-varin',
        'The crossing, he told reporters the next day, would stay shut until the bridge was repaired',
      ],
    ]);
  });

  it('reads ", he added, but only “…”" as an attribution when the quotation comes after it', () => {
    const statements = statementsOf(
      article([
        'Foreign Minister Oleg Varin opened the talks on May 4 (Kestria Radio, May 4). Foreign monitors would be welcome, he added, but only those “who come to help and not to judge.”',
      ]),
    );
    expect(statements.map((s) => s.speaker)).toEqual(['oleg-varin']);
  });
});

describe('reporting verbs with the complements of plain prose', () => {
  it('reads "denied any link between …" as a denial', () => {
    const statements = statementsOf(
      article([
        'Interior Ministry spokesman Oleg Varin denied any link between the raid and the newspaper’s reporting (Kestria Radio, May 4).',
      ]),
    );
    expect(statements.map((s) => s.speaker)).toEqual(['oleg-varin']);
  });

  it('reads "denied this the same day." as a denial of the claim just told', () => {
    const statements = statementsOf(
      article([
        'The opposition says the port was sold for a tenth of its value (Kestria Radio, May 4). Economy Minister Oleg Varin denied this the same day.',
      ]),
    );
    expect(statements.map((s) => s.text)).toEqual(['Economy Minister Oleg Varin denied this the same day.']);
  });

  it('does not read "denied them access" as a denial', () => {
    const statements = statementsOf(
      article([
        'Border Guard chief Oleg Varin denied them access to the island on May 4 (Kestria Radio, May 4).',
      ]),
    );
    expect(statements).toEqual([]);
  });

  it('reads "wrote to us that …" and "wrote to the mayor that …" as reported words', () => {
    const statements = statementsOf(
      article([
        'On May 4 the Kestrian Ministry of Health wrote to us that the clinic would stay open. The Kestrian Water Agency wrote to the mayor that the dam was safe.',
      ]),
    );
    expect(statements).toHaveLength(2);
  });

  it('reads ", telling the agency that …" as words of the clause’s subject, not of the body in his title', () => {
    const statements = statementsOf(
      article([
        'Deputy Chairman of the Kestrian Budget Committee Oleg Varin went further, telling Kestria Radio that the tax would be doubled by June (Kestria Radio, May 4).',
      ]),
    );
    expect(statements.map((s) => [s.speaker, s.text])).toEqual([
      ['oleg-varin', expect.stringMatching(/telling Kestria Radio that the tax would be doubled by June$/)],
    ]);
  });
});

describe("the head of state's office speaking without a name", () => {
  const draftedName = (text: string, id: string) => draftOf(text).draft.actors.find((a) => a.id === id)?.name;

  it('gives "the presidential press service said that X had “…”" to the press service', () => {
    const text = article([
      'Defense Minister Oleg Varin was dismissed on May 4. The presidential press service said that Varin had “failed the trust of the head of state” amid the quarrel over the new tanks (Kestria Radio, May 4).',
    ]);
    const { draft } = draftOf(text);
    const quotes = draft.quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => draftedName(text, q.speaker))).toEqual(['presidential press service']);
    // The words are the quotation; "amid the quarrel" is the writer's circumstance, not more words said.
    expect(draft.quotes.filter((q) => q.kind === 'reported')).toEqual([]);
  });

  it('gives "after the Kestrian presidential secretariat asked for “…”" to the secretariat', () => {
    const text = article([
      'Deputy Anna Kovic postponed her hearing on May 4 after the Kestrian presidential secretariat asked for “a pause in public statements” (Kestria Radio, May 4).',
    ]);
    const quotes = draftOf(text).draft.quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => draftedName(text, q.speaker))).toEqual(['Kestrian presidential secretariat']);
  });

  it('drafts no office for "an official in the presidential administration" or "according to the press service"', () => {
    const text = article([
      'An official in the presidential administration said that the tariff would stay (Kestria Radio, May 4). President Oleg Varin also announced that the port would be sold, according to the presidential press service (Kestria Radio, May 5).',
    ]);
    const names = draftOf(text).draft.actors.map((a) => a.name);
    expect(names.filter((n) => /^presidential/.test(n))).toEqual([]);
  });
});

describe('a pronoun after a sentence whose subject is a role', () => {
  const speakerNames = (text: string) => {
    const { draft } = draftOf(text);
    return draft.quotes
      .filter((q) => q.kind === 'reported')
      .map((q) => draft.actors.find((a) => a.id === q.speaker)?.name);
  };

  it('reads "The president’s account …. His aides said …" as the president named before, not one named later', () => {
    const names = speakerNames(
      article([
        'On May 4, Kestrian President Oleg Varin dismissed the head of the coast guard, Ivan Dorn, who had ordered the seizure of a ferry. Dorn had run the coast guard as his own fief since 2001. The president’s own account has been brief. His aides said that the president had learned of the seizure from the radio (Kestria Radio, May 6).',
        'In Ostrov, President Anna Kovic called for calm (Ostrov TV, May 7).',
      ]),
    );
    expect(names).toContain("Oleg Varin's aides");
  });

  it('reads "The minister’s reply was short. Her spokesman said …" as the minister', () => {
    const names = speakerNames(
      article([
        'Foreign Minister Dana Sultanova received the ambassador, Pavel Orlin, on May 4. Orlin protested at the arrests. The minister’s reply was short. Her spokesman said that the arrests were a matter for the courts (Kestria Radio, May 5).',
        'In Ostrov, Interior Minister Ivan Dorn said nothing (Ostrov TV, May 6).',
      ]),
    );
    expect(names).toContain("Dana Sultanova's spokesman");
  });
});

describe('a speaker parted from the verb by an aside between dashes', () => {
  it('reads "X—no relation to the minister—said that …" as X', () => {
    const statements = statementsOf(
      article([
        'Transport Minister Ruslan Terekhov opened the bridge on May 4. Deputy Anton Terekhov—no relation to the minister—said that the bridge had cost twice its estimate (Kestria Radio, May 4).',
      ]),
    );
    expect(statements.map((s) => s.speaker)).toEqual(['anton-terekhov']);
  });

  it('reads "X – a former envoy – argued that …" as X', () => {
    const statements = statementsOf(
      article([
        'Opposition leader Pavel Orlin – a former envoy to Ostrov – argued that the treaty would never be ratified (Kestria Radio, May 4).',
      ]),
    );
    expect(statements.map((s) => s.speaker)).toEqual(['pavel-orlin']);
  });

  it('gives "called the vote “…” and announced that …" after a dashed aside to the same speaker', () => {
    const statements = statementsOf(
      article([
        'Opposition leader Pavel Orlin—a former envoy to Ostrov—called the treaty “a surrender signed in a hurry” and announced that his party would leave the parliament (Kestria Radio, May 4).',
      ]),
    );
    expect(statements.map((s) => [s.speaker, s.text])).toEqual([
      ['pavel-orlin', expect.stringMatching(/announced that his party would leave the parliament$/)],
    ]);
  });
});

describe('"according to them" after a group that spoke', () => {
  const speakerNames = (text: string) => {
    const { draft } = draftOf(text);
    return draft.quotes
      .filter((q) => q.kind === 'reported')
      .map((q) => [draft.actors.find((a) => a.id === q.speaker)?.name ?? q.speaker, q.text]);
  };

  it('gives "Residents told …. According to them, …" to the residents', () => {
    const rows = speakerNames(
      article([
        'Residents told Kestria Radio that the water had turned brown on May 4. According to them, the plant upstream had dumped its waste at night (Kestria Radio, May 5).',
      ]),
    );
    expect(rows).toContainEqual([
      'Residents',
      expect.stringMatching(/^According to them, the plant upstream/),
    ]);
  });

  it('gives "The union said …. According to them, …" to the union', () => {
    const rows = speakerNames(
      article([
        'The Kestrian Miners Union said on May 4 that two shafts had flooded. According to them, the company had ignored three warnings (Kestria Radio, May 5).',
      ]),
    );
    expect(rows).toContainEqual([
      'Kestrian Miners Union',
      expect.stringMatching(/^According to them, the company/),
    ]);
  });

  it('gives no "according to them" to a person', () => {
    const rows = speakerNames(
      article([
        'Mayor Oleg Varin said on May 4 that the water was safe. According to them, the plant upstream had done nothing wrong (Kestria Radio, May 5).',
      ]),
    );
    expect(rows.filter(([, text]) => /According to them/.test(text ?? ''))).toEqual([]);
  });
});

describe('a request reported in passing', () => {
  it('reads "sent a note … asking that …" and ", demanding that …" as words of the clause’s subject', () => {
    const statements = statementsOf(
      article([
        'On May 4 the Kestrian Foreign Ministry sent Ostrov a note asking that all work on the dam stop until the survey is finished (Kestria Radio, May 5).',
        'On June 2 the Kestrian Miners Union wrote to the company demanding that the wages be paid by July (Kestria Radio, June 3).',
      ]),
    );
    expect(statements.map((s) => s.speaker)).toEqual(['kestrian-foreign-ministry', 'kestrian-miners-union']);
  });
});
