// A quotation inside reported words is the person's who says them, when a body stands beside the
// person: "X Office spokeswoman Olena Bondar denied …, saying the decision “…”", "deputy X of the
// Green Steppe Party warned … “…”"; not a person the subject spoke about ("Valcu spoke about Tsurcan").
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const speakerOf = (paragraph: string, words: string) => {
  const d = draftOf(article([paragraph])).draft;
  return d.actors.find((a) => a.id === d.quotes.find((q) => q.text.includes(words))?.speaker)?.name;
};

describe('a body beside the person who speaks', () => {
  it('gives the words to the spokeswoman named after her office', () => {
    expect(
      speakerOf(
        'Prosecutor-General’s Office spokeswoman Olena Bondar denied any link with the talks, saying the decision “was taken by the court, on the law, and on nothing else.”',
        'was taken by the court',
      ),
    ).toBe('Olena Bondar');
  });

  it('gives the words to the deputy, not to the party he is of', () => {
    expect(
      speakerOf(
        'Opposition deputy Enkhjargal Sukhee of the Green Steppe Party warned in the Khural on June 19 that the line would turn Khar Tolgoi into “a Chinese mine with a Sartulian address.”',
        'a Chinese mine',
      ),
    ).toBe('Enkhjargal Sukhee');
  });

  it('keeps the words of the subject who spoke about someone', () => {
    expect(
      speakerOf(
        'President Iordan Valcu spoke about Andrei Tsurcan, the reporter who disappeared on August 27, promising that the investigation would be completed “without regard to rank or uniform.”',
        'without regard to rank',
      ),
    ).toBe('Iordan Valcu');
  });
});
