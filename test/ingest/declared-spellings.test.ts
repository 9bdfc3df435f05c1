import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const persons = (paragraphs: string[]) =>
  draftOf(article(paragraphs))
    .draft.actors.filter((a) => a.kind === 'person')
    .map((a) => [a.name, ...a.aliases].join(' | '));

describe('a person’s other spelling declared by the article', () => {
  it('joins "which spelled his name X" to the man named before', () => {
    const names = persons([
      'On May 4, Deputy Minister of Justice Mykhailo Bondar told reporters that the case was closed.',
      'Pravda, which spelled his name Mikhail Bondar, said on May 5 that the ministry had given in.',
    ]);
    expect(names.filter((n) => n.includes('Bondar'))).toHaveLength(1);
    expect(names.find((n) => n.startsWith('Mykhailo Bondar'))).toContain('Mikhail Bondar');
  });

  it('joins "which render her name as X" when the surname is spelled differently too', () => {
    const names = persons([
      'Judge Gülnarə Məmmədova told the court on March 2 that the hearing would be held in private.',
      'Russian agencies, which render her name as Gulnara Mamedova, reported the ruling the next day.',
    ]);
    expect(names).toHaveLength(1);
    expect(names[0]).toContain('Gulnara Mamedova');
  });

  it('joins "(whom Russian papers call X)" to the name before the parenthesis', () => {
    const names = persons([
      'The talks were led by Vitaliy Hordiyenko, the chief executive of the pipeline company.',
      'Hordiyenko (whom Russian papers call Vitaly Gordienko) refused to sign on June 9.',
    ]);
    expect(names).toHaveLength(1);
    expect(names[0]).toContain('Vitaly Gordienko');
  });

  it('joins ", as the paper spells his name," to the man, not to a woman of the same surname', () => {
    const names = persons([
      'Energy Minister Oleksiy Marchenko said on April 2 that the tariff would rise in July.',
      'Iryna Marchenko, a deputy and no relation to the minister, opposed the rise on April 3.',
      'Izvestia wrote that Aleksei Marchenko, as the paper spells his name, would soon resign.',
    ]);
    expect(names).toHaveLength(2);
    expect(names.find((n) => n.startsWith('Oleksiy Marchenko'))).toContain('Aleksei Marchenko');
    expect(names.find((n) => n.startsWith('Iryna Marchenko'))).not.toContain('Aleksei Marchenko');
  });

  it('keeps real namesakes apart when nothing declares a spelling', () => {
    const names = persons([
      'Energy Minister Oleksiy Marchenko said on April 2 that the tariff would rise in July.',
      'Opposition deputy Aleksei Marchenko, no relation to the minister, called the rise a theft.',
    ]);
    expect(names).toHaveLength(2);
  });
});
