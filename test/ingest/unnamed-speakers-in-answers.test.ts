import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

/** Each direct quotation with its speaker's name and every other name the draft gives the speaker. */
const quotesOf = (text: string) => {
  const { draft } = draftOf(text);
  return draft.quotes
    .filter((q) => q.kind === 'direct')
    .map((q) => {
      const speaker = draft.actors.find((a) => a.id === q.speaker);
      return { speaker: speaker?.name ?? q.speaker, aliases: speaker?.aliases ?? [], text: q.text };
    });
};
const speakerOf = (text: string, words: string) => quotesOf(text).find((q) => q.text.startsWith(words));

// An interviewee retells what someone never named said: the words are that person's, under the
// article's own description of them.
describe('someone described, never named, whose words an answer retells', () => {
  it('reads "read out the warrant and then said to me" as the described officer speaking', () => {
    const text = article([
      'They took our computers. The officer in charge read out the warrant and then said to me, “Go home and look after your grandchildren.”',
    ]);
    expect(speakerOf(text, 'Go home')?.speaker).toBe('officer in charge');
  });

  it('drafts "one of them" and names the group it is one of', () => {
    const text = article([
      'She spent eleven days in a cell. When the guards led her out on Friday, one of them turned to our mother and said, “Your daughter should have kept quiet.”',
    ]);
    const q = speakerOf(text, 'Your daughter');
    expect(q?.speaker).toBe('one of them');
    expect(q?.aliases).toContain('one of the guards');
  });

  it('drafts "One of the women told me" (a plural in -men)', () => {
    const text = article([
      'Forty families arrived yesterday. One of the women told me, “We did not run from the war.”',
    ]);
    expect(speakerOf(text, 'We did not run')?.speaker).toBe('one of the women');
  });

  it('keeps whom the teller knows in the description: "a police colonel I have known since school"', () => {
    const text = article([
      'The police fired rubber bullets. In the middle of the gas a police colonel I have known since school came up to me and said, “Go home, this is not your day.”',
    ]);
    expect(speakerOf(text, 'Go home')?.speaker).toBe('a police colonel I have known since school');
  });

  it('keeps where she was in the description: "A woman on the highway at Tavrin told me on March 3"', () => {
    const text = article([
      'Pensioners blocked the roads in March. A woman on the highway at Tavrin told me on March 3, “I have voted for every government for fifty years.”',
    ]);
    const q = speakerOf(text, 'I have voted');
    expect([q?.speaker, ...(q?.aliases ?? [])]).toContain('A woman on the highway at Tavrin');
  });

  it('reads words shouted right before the quotation marks: "an Altyrian officer shouted at them"', () => {
    const text = article([
      'Altyria closed the river in May. When they reached the bridge an Altyrian officer shouted at them, “This is Altyrian water now, go home.”',
    ]);
    expect(speakerOf(text, 'This is Altyrian water')?.speaker).toBe('an Altyrian officer');
  });

  it('reads an aside, then a deed: "The officer in charge, a polite young man, looked at … and said"', () => {
    const text = article([
      'I was in the building when they arrived. The officer in charge, a polite young man, looked at the shelves of archive tapes and said to me, “Madam, you may take your handbag.”',
    ]);
    expect(speakerOf(text, 'Madam')?.speaker).toBe('officer in charge');
  });

  it('gives the words to "A colonel", not to the aside "a polite man" after it', () => {
    const text = article([
      'They came at four. A colonel, a polite man, I never learned his name, took me by the arm and said, “Grandfather, go home.”',
    ]);
    expect(speakerOf(text, 'Grandfather')?.speaker).toBe('A colonel');
  });

  it('drafts "One of the officers, a young man, very polite, held up a letter and said" as one of the officers', () => {
    const text = article([
      'They took our membership list. One of the officers, a young man, very polite, held up a letter and said to me, “Your friends write very warmly, chairman.”',
    ]);
    expect(speakerOf(text, 'Your friends')?.speaker).toBe('one of the officers');
  });

  it('does not draft the officer "on the radio was polite" with the verb in the name', () => {
    const text = article([
      'The Bars came up on her port side. The officer on the radio was polite and very clear. He said, “This is the Harzanian sector.”',
    ]);
    expect(speakerOf(text, 'This is the Harzanian')?.speaker).toBe('officer on the radio');
  });
});

// "he said, “…”" after a person described in the clause or the sentence before: the pronoun is theirs.
describe('a pronoun whose words follow, after a person described', () => {
  it('gives "he told her" to the officer who acted in the clause before', () => {
    const text = article([
      'Her husband visited her on Friday. When the officer took her from the Dalga office in February, he told her, “You wrote that he is ill.”',
    ]);
    expect(speakerOf(text, 'You wrote')?.speaker).toBe('officer');
  });

  it('gives "he said" to the officer in charge described in the sentence before', () => {
    const text = article([
      'They took my laptop. The officer in charge was polite. When I asked him which false information he meant, he said, “Madam, you know better than I do.”',
    ]);
    expect(speakerOf(text, 'Madam')?.speaker).toBe('officer in charge');
  });

  it('gives "he said to me" to the investigator the teller showed the book to', () => {
    const text = article([
      'The prosecutors seized our books. When I showed the investigator the book, he said to me, “Then the book will go to the experts as well.”',
    ]);
    expect(speakerOf(text, 'Then the book')?.speaker).toBe('investigator');
  });

  it('gives "he read it twice, gave it back to me and said" to the officer described before', () => {
    const text = article([
      'The officer who came up the ladder was young and very polite. I showed him the licence, he read it twice, gave it back to me and said, “Captain, this is a souvenir.”',
    ]);
    expect(speakerOf(text, 'Captain')?.speaker).toBe('officer who came up the ladder');
  });

  it('gives "He looked at the screen and said" to "their lieutenant" the teller showed it to', () => {
    const text = article([
      'They put eight men on our deck. I showed their lieutenant our position on the plotter. He looked at the screen for a long time and said, “The line is where my cutter is.”',
    ]);
    expect(speakerOf(text, 'The line')?.speaker).toBe('their lieutenant');
  });

  it('gives words to an officer known by rank: "At the district station a major told me, …"', () => {
    const text = article([
      'I was photographing the walls. At the district station a major told me, "You are not a journalist here, you are a witness." So I sat for six hours.',
    ]);
    expect(speakerOf(text, 'You are not')?.speaker).toBe('a major');
  });

  it('gives "he said to me, …" to "a deputy minister" who flew in the sentence before', () => {
    const text = article([
      'A deputy minister flew in from the capital by helicopter that evening. He thanked us in front of the cameras, and then in the tent he said to me, "Colonel, the search is finished."',
    ]);
    expect(speakerOf(text, 'Colonel')?.speaker).toBe('a deputy minister');
  });

  it('keeps two places in the description: "the commander of the checkpoint outside Khazlar"', () => {
    const text = article([
      'The envoy left on Friday. The next morning the commander of the checkpoint outside Khazlar stopped our car. He said, “The envoy has gone back, and we are still here.”',
    ]);
    expect(speakerOf(text, 'The envoy')?.speaker).toBe('commander of the checkpoint outside Khazlar');
  });

  it('leaves a man only spoken of ("a dead man cannot drive") out', () => {
    const text = article([
      'Lasha Kobaleli has not eaten for nine days. I told him that a dead man cannot drive to Portavel. He said to me, “Doctor, if I go, the trucks go home.”',
    ]);
    expect(quotesOf(text).map((q) => q.speaker)).not.toContain('a dead man');
  });

  it('leaves an aside about someone named before it ("…, a man I have worked with since 2003,") out', () => {
    const text = article([
      'Two weeks ago the head of the Zarafian topographers, a man I have worked with since 2003, telephoned me. He said, “The maps are the same as they were.”',
    ]);
    expect(speakerOf(text, 'The maps')?.speaker).not.toBe('a man');
  });

  it('leaves a person inside the quoted words out when the speaker splits them', () => {
    const text = article([
      'Samir Gulzade leads the drivers’ union. “They arrested the man who counted the money,” he said, “not the men who decided where it went.”',
    ]);
    expect(quotesOf(text).map((q) => q.speaker)).not.toContain('man');
  });
});
