// An interview whose introduction names its subject first and its interviewee later, by a trade, and
// whose credit line says "Y talked to X …; a longer version of their conversation ran in …".
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const text = article(
  [
    'For five weeks, the most closely watched patient in Norvania has been a truck driver. Borik Tamsen, deputy chairman of the Union of Norvan Hauliers, has led the hunger strike at the border since it began on June 27. The person who decides each morning whether Tamsen can go on is Anna Velis, a cardiologist at City Hospital No. 4 in Rask. She found half an hour for us between her rounds.',
    'Q: How many men are fasting today?',
    'A: Eleven this morning, twelve if you count Borik. They work in relays.',
    'Q: How is he?',
    'A: Worse than he says. I came here on June 28 thinking it would last a week.',
    'Ilse Marr talked to Dr. Velis at the camp on August 2, 2011; a longer version of their conversation ran in the August 4 issue of the Rask weekly Posten, and it appears here shortened.',
  ],
  'Publication: Eurasia Daily Monitor Volume: 8 Issue: 148',
);
const { draft } = draftOf(text);

describe('a credit line that tells where a version of the conversation ran', () => {
  it('is the source of the answers, dated by the issue', () => {
    const credit = draft.sources.find((s) => s.kind === 'in-sentence' && s.outlet === 'Posten');
    expect(credit?.date).toBe('2011-08-04');
  });

  it('gives the answers to the one person both it and the introduction name, not to the first named', () => {
    const answers = draft.quotes.filter((q) => q.kind === 'direct');
    expect(answers).toHaveLength(2);
    expect(new Set(answers.map((q) => q.speaker))).toEqual(new Set(['anna-velis']));
  });
});

describe('people told by a role with no article, or by a trade', () => {
  const kindOf = (name: string) => draft.actors.find((a) => a.name === name)?.kind;

  it('makes a person of "X, deputy chairman of the Union …" and of "X, a cardiologist at …"', () => {
    expect(kindOf('Borik Tamsen')).toBe('person');
    expect(kindOf('Anna Velis')).toBe('person');
  });

  it('keeps a number after a name\'s last word in the name ("City Hospital No. 4")', () => {
    expect(kindOf('City Hospital No. 4')).toBe('organization');
  });

  it('reads no role in a clause after the comma ("Vetra Halk, where his son X works as a clerk")', () => {
    const paragraphs = [
      'On May 2, the minutes reached Vetra Halk, where his son Ivo Tamsen works as a clerk.',
    ];
    const kind = draftOf(article(paragraphs)).draft.actors.find((a) => a.name === 'Vetra Halk')?.kind;
    expect(kind).toBe('place');
  });

  it('makes a place of a plant named with its number ("Thermal Power Plant No. 2 (TPP-2)")', () => {
    const paragraphs = [
      'On January 9, a fire at the capital’s Thermal Power Plant No. 2 (TPP-2) left Rask without power. The bank lent $80 million for the repair of TPP-2.',
    ];
    const actors = draftOf(article(paragraphs)).draft.actors;
    expect(actors.find((a) => a.name === 'Thermal Power Plant No. 2')?.kind).toBe('place');
  });
});

describe('a credit line that calls the outlet by a lower-case kind first', () => {
  it('reads "the February 19 issue of the opposition weekly Zhana Dala" as the outlet, not "February"', () => {
    const { draft } = draftOf(
      article(
        [
          'Galym Sadyrov, a retired engineer, led the protests in Kumyr. Below, he answers questions about the blackouts.',
          'Q: Why did the city lose its water?',
          'A: Because the pumps stopped. Nobody replaced the generators.',
          'Q: What do you expect now?',
          'A: Nothing from the capital. We will see in March.',
          'The interview was conducted by Aizhan Tolen in Kumyr on February 14, 2009, and appeared in the February 19 issue of the opposition weekly Zhana Dala. It is reprinted here, shortened.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 35',
      ),
    );
    const credit = draft.sources.find(
      (s) => s.kind === 'in-sentence' && /interview was conducted/.test(s.raw),
    );
    expect(credit).toMatchObject({ outlet: 'Zhana Dala', date: '2009-02-19' });
  });
});
