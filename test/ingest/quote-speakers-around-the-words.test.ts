// Whose quoted words: not the subject of the reported clause they finish ("said that the president
// “does not …”"), not the one charged past a title ("accused Prime Minister X of having “…”"), not a
// person in a bracketed note ("(and no relation of the interior minister)"), and not one named in an
// appositive that comments on the words ("“…,” a phrase the prime minister ignored").
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const speakerOf = (paragraph: string) => {
  const { draft } = draftOf(article([paragraph]));
  const quote = draft.quotes.find((q) => q.kind === 'direct');
  return draft.actors.find((a) => a.id === quote?.speaker)?.name;
};

describe('the speaker of quoted words', () => {
  it('is the spokesman, not the president his reported clause is about', () => {
    expect(
      speakerOf(
        'President Anton Vrabec met the ambassador. His spokesman, Damir Kos, said on May 12 that the president “does not close doors that others may one day need to open.”',
      ),
    ).toBe('Damir Kos');
  });

  it('is the accuser, not the prime minister accused', () => {
    expect(
      speakerOf(
        'Prime Minister Kaarel Tamberg spoke first. Her namesake, Juhan Kask (no relation), the deputy leader of the opposition Homeland Party, accused Prime Minister Kaarel Tamberg of having “sold Saarvik for a headline in December.”',
      ),
    ).toBe('Juhan Kask');
  });

  it('is the deputy, not the namesake her bracketed note names', () => {
    expect(
      speakerOf(
        'Interior Minister Teodor Marescu spoke first. Anca Marescu, a deputy of the opposition Civic Union (and no relation of the interior minister), accused the government on July 22 of “trading grief for cheap gas.”',
      ),
    ).toBe('Anca Marescu');
  });

  it('is the one who remarked it, not the one an appositive after the words names', () => {
    expect(
      speakerOf(
        'Prime Minister Goran Lipovac refused. President Anton Vrabec spoke. Two days later Vrabec, whose relations with Lipovac have been cool, remarked that “every offer deserves a hearing,” a phrase the prime minister ignored.',
      ),
    ).toBe('Anton Vrabec');
  });

  it('is the charging body, not the one charged in apposition', () => {
    expect(
      speakerOf(
        'Three days later, investigators of the Khadarian Prosecutor’s Office charged the center’s director, Timur Vakhayevich Bersanov, with “inciting hatred toward a social group” (TavrInform, July 17).',
      ),
    ).toBe('Khadarian Prosecutor’s Office');
  });

  it('goes back past a sentence the pronoun opens: "He met Zaurbekov … “…,” he told journalists"', () => {
    expect(
      speakerOf(
        'Federal ombudsman Pyotr Andreyevich Orlovsky arrived on July 20. He met Interior Minister Ruslan Zaurbekov and visited the detention center. “I did not come here to read reports,” he told journalists before leaving.',
      ),
    ).toBe('Pyotr Andreyevich Orlovsky');
  });

  it('is not one named inside what a pronoun’s speaker said: "He said that he was ready to face Halip “…”"', () => {
    expect(
      speakerOf(
        'His son Mihai Draganov chose a softer tone that evening. He said that he had never asked for a delay, and that he was ready to face Teodor Halip “tomorrow, in February, or whenever the commission says.”',
      ),
    ).toBe('Mihai Draganov');
  });

  it('is still one with words of his own after it: "an offer X’s deputy, Y, dismissed as premature “…”"', () => {
    expect(
      speakerOf(
        'Mission head Henrik Aasland spoke first. He also suggested that the mission could mediate, an offer Saparov’s first deputy, Ruslan Temirkhanov, dismissed as premature “while a foreign parliament is writing our results for us.”',
      ),
    ).toBe('Ruslan Temirkhanov');
  });

  it('is a body’s unit, not the body it belongs to: "The Office … (OFE) of the Concord … (CED), which …, said"', () => {
    expect(
      speakerOf(
        'The Office for Free Elections (OFE) of the Concord of Eastern Democracies (CED), which had deployed 26 observers, said the next day that the run-off had been “competitive and, on the whole, well administered.”',
      ),
    ).toBe('Office for Free Elections');
  });

  it('is the one who said it past an aside with commas of its own, not a person named in what he said', () => {
    expect(
      speakerOf(
        'Commissioner Pyotr Orlovsky released the report on September 10. Orlovsky, who returned to Surkhaz on September 8, two months after his first visit, said that he had sent the report to President Konstantin Belsky and that he expected “not letters, but arrests.”',
      ),
    ).toBe('Pyotr Orlovsky');
  });

  it('is the press service, not the president its reported clause is about', () => {
    expect(
      speakerOf(
        'President Alikhan Zaurbekov chose a softer tone. His press service said in a statement on September 11 that the president “takes every figure in the report seriously.”',
      ),
    ).toBe("Alikhan Zaurbekov's press service");
  });

  it('is an official in a named man’s administration, not the man', () => {
    expect(
      speakerOf(
        'President Alikhan Zaurbekov was silent. A senior official in Zaurbekov’s administration told this author that the president regarded the report as the work of “people in Velikomir who want his chair.”',
      ),
    ).toBe('A senior official in Zaurbekov’s administration');
  });
});
