import { describe, expect, it } from 'vitest';
import { nameGender, pronounGender, reflexiveGender, titleGender } from '../../ingest/language/gender.js';
import { article, draftOf, statementMatching } from './helpers.js';

describe('gender cues of a name', () => {
  it('reads a common given name first, then a gendered surname ending', () => {
    expect(nameGender('Irina Kapanadze')).toBe('female');
    expect(nameGender('Gulnara Tashieva')).toBe('female');
    expect(nameGender('Giorgi Lomidze')).toBe('male');
    expect(nameGender('Kairat Nurlybekova')).toBe('male');
    expect(nameGender('Asylbek Jumabai')).toBe('male');
    expect(nameGender('Nazgul Osmon')).toBe('female');
    expect(nameGender('Leman Mammadova')).toBe('female');
    expect(nameGender('Tolkun Baisalov')).toBe('male');
    expect(nameGender('Vesna Zhuravskaya')).toBe('female');
    expect(nameGender('Dainė Petrauskienė')).toBe('female');
    expect(nameGender('Marek Wiśniewski')).toBe('male');
    expect(nameGender('Ales Bialiatski')).toBe('male');
    expect(nameGender('Goran Babić')).toBe('male');
    expect(nameGender('Ioana Popescu')).toBe('female');
    expect(nameGender('Pierre Dubois')).toBe('male');
    expect(nameGender('Stepan Gurko')).toBe('male');
    expect(nameGender('Marta Dovgal')).toBe('female');
  });

  it('gives "she" the woman, not the man named last: "Her first deputy, Stepan Gurko, read out a letter in which she wrote that …"', () => {
    const { draft } = draftOf(
      article([
        'National Bank Governor Marta Dovgal did not attend on July 10. Her first deputy, Stepan Gurko, read out a letter in which she wrote that the bank would decide by August 4 whether to revoke the license.',
      ]),
    );
    const statement = statementMatching(draft, /she wrote/);
    expect(statement?.speaker).toBe('marta-dovgal');
  });
  it('gives no cue for a name that carries none', () => {
    expect(nameGender('Tamaz Kvaratskhelia')).toBeUndefined();
    expect(nameGender('Kim Hovhannisyan')).toBeUndefined();
    expect(nameGender('Kvaratskhelia')).toBeUndefined();
    expect(nameGender("Ivan Sokolov's spokesman")).toBeUndefined();
    expect(nameGender("Olga Rybina's aides")).toBeUndefined();
    expect(nameGender("Ivan Sokolov's spokeswoman")).toBe('female');
    expect(nameGender('detained reporter’s mother')).toBe('female');
  });
  it('reads titles, "herself"/"himself" after a name, and the pronouns', () => {
    expect(titleGender('said Mrs ')).toBe('female');
    expect(titleGender('met Ms. ')).toBe('female');
    expect(titleGender('asked Mr. ')).toBe('male');
    expect(titleGender('asked the ')).toBeUndefined();
    expect(titleGender('ministry spokeswoman ')).toBe('female');
    expect(titleGender('by Chairwoman ')).toBe('female');
    expect(titleGender('ministry spokesman ')).toBeUndefined();
    expect(reflexiveGender(', herself a former judge')).toBe('female');
    expect(reflexiveGender(' himself wrote')).toBe('male');
    expect(pronounGender('She')).toBe('female');
    expect(pronounGender('his')).toBe('male');
    expect(pronounGender('they')).toBeUndefined();
  });
});

const speakers = (paragraphs: string[]) =>
  draftOf(article(paragraphs))
    .draft.quotes.filter((q) => q.kind === 'direct')
    .map((q) => q.speaker);

describe('"she" and "he" prefer a person of their gender', () => {
  it('passes over a man named first to the woman after him', () => {
    expect(
      speakers([
        'The lawyer of the blogger Pavel Rudin, Olga Marchenko, called the charges invented. “Nobody has read the file,” she said on May 4.',
      ]),
    ).toEqual(['olga-marchenko']);
  });
  it('passes over a sentence naming only a man to the woman named before it', () => {
    expect(
      speakers([
        'Judge Dinara Sadykova opened the hearing in Ostrov on May 2. The defendant, Timur Abenov, did not speak. “The verdict will be read on Monday,” she told reporters.',
      ]),
    ).toEqual(['dinara-sadykova']);
  });
  it('reads Mr and Mrs before a name', () => {
    expect(
      speakers([
        'Opposition leader Tamaz Beridze met Mayor Eteri Kalandia in Batumi on May 3. Mr Beridze asked for the port to be opened, and Mrs Kalandia refused. “The port stays closed,” she said.',
      ]),
    ).toEqual(['eteri-kalandia']);
  });
  it('reads a "-woman" title before a name', () => {
    expect(
      speakers([
        'The port authority’s spokeswoman, Eteri Kalandia, met opposition leader Tamaz Beridze in Batumi on May 3. “The port stays closed,” he said.',
      ]),
    ).toEqual(['tamaz-beridze']);
  });
  it('reads "herself" and "himself" after a name', () => {
    expect(
      speakers([
        'Mayor Eteri Kalandia, herself a former minister, met Tamaz Beridze in Batumi on May 3. “The port stays closed,” he said.',
      ]),
    ).toEqual(['tamaz-beridze']);
    expect(
      speakers([
        'Opposition leader Tamaz Beridze met Mayor Eteri Kalandia in Batumi on May 3. Beridze, himself a former minister, left early. “The port stays closed,” she said.',
      ]),
    ).toEqual(['eteri-kalandia']);
  });
  it('never rules out a person without a cue, and keeps the subject when nobody fits', () => {
    expect(
      speakers([
        'Opposition leader Tamaz Beridze met Mayor Eteri Kalandia in Batumi on May 3. “The port stays closed,” she said.',
      ]),
    ).toEqual(['tamaz-beridze']);
    expect(
      speakers(['Ivan Sokolov met Oleg Rybin in Batumi on May 3. “The port stays open,” she said.']),
    ).toEqual(['ivan-sokolov']);
  });
  it('puts the woman first among the actors of what "she" did', () => {
    const { draft } = draftOf(
      article([
        'The blogger Artem Zubov and his lawyer, Irina Saakian, left the court in Yerevan on March 2. On March 9 she filed an appeal.',
      ]),
    );
    expect(draft.events.find((e) => e.date.start === '2009-03-09')?.actors[0]).toBe('irina-saakian');
  });
});

describe('the antecedent of "he" acting', () => {
  it('is not a name inside quoted words, whichever rule asks', () => {
    const { draft } = draftOf(
      article([
        'Mayor Eteri Kalandia closed the port of Batumi on May 1. “Let Kalandia explain it to the fishermen,” Tamaz Beridze said the next day. On May 3 he filed a complaint in Tbilisi.',
      ]),
    );
    expect(draft.events.find((e) => e.date.start === '2009-05-03')?.actors[0]).toBe('tamaz-beridze');
  });
});
