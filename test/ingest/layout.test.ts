import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tidyLayout } from '../../ingest/files/layout.js';
import { hardWrap } from '../../bench/messy-copies.js';
import { article, draftOf } from './helpers.js';

const ARTICLES = path.resolve(import.meta.dirname, 'articles');
const read = (name: string) => readFileSync(path.join(ARTICLES, name), 'utf8');

describe('tidyLayout', () => {
  it('makes line ends \\n, every kind of space a plain one, and drops invisible characters', () => {
    const text =
      'T\r\n\r\nPublication:\u00a0EDM Volume:\u00a02 Issue:\u202f3\r\n\r\nOn June\u00a02  the\tmin\u00adister spoke.\u200b  \r\n';
    expect(tidyLayout(text)).toBe(
      'T\n\nPublication: EDM Volume: 2 Issue: 3\n\nOn June 2 the minister spoke.\n',
    );
  });

  it('makes a typewriter’s two hyphens an em dash as the publisher prints it, and leaves one hyphen or a longer run', () => {
    expect(tidyLayout('The deal -- if it holds -- is a start, Kestria-Gaz says. ---')).toBe(
      'The deal—if it holds—is a start, Kestria-Gaz says. ---',
    );
  });

  it('drops a line’s trailing spaces and keeps its indentation', () => {
    const indent = ' '.repeat(8);
    expect(tidyLayout(`${indent}x said it.   \n\nnext`)).toBe(`${indent}x said it.\n\nnext`);
  });

  it('joins lines hard-wrapped at a fixed width and keeps short lines printed as such', () => {
    const wrapped = [
      'T',
      '',
      'Publication: EDM Volume: 2 Issue: 3',
      '',
      'The Ministry of Energy said on October',
      '4. Baymukhanov’s office denied it, and the Russian-',
      'Ukrainian talks were put off until the',
      'spring; nobody in Kyiv would say why.',
      '',
      'QUOTE OF THE WEEK',
      '“We will not pay more than the Europeans.”',
      '— Oleh Dubyna, Naftogaz',
    ].join('\n');
    expect(tidyLayout(wrapped).split('\n').slice(4)).toEqual([
      'The Ministry of Energy said on October 4. Baymukhanov’s office denied it, and the Russian-Ukrainian talks were put off until the spring; nobody in Kyiv would say why.',
      '',
      'QUOTE OF THE WEEK',
      '“We will not pay more than the Europeans.”',
      '— Oleh Dubyna, Naftogaz',
    ]);
  });

  it('keeps a turn label that opens a line on a line of its own, in a paragraph of its own', () => {
    const wrapped = [
      'T',
      '',
      'Publication: EDM Volume: 2 Issue: 3',
      '',
      'Q: When did the pumping station at Unecha stop',
      'sending oil to the refinery, and who told you?',
      'A: On the evening of July 29, the dispatcher',
      'called us from Unecha and said the line was shut',
      'for repairs that would take a week or two.',
    ].join('\n');
    expect(tidyLayout(wrapped).split('\n').slice(4)).toEqual([
      'Q: When did the pumping station at Unecha stop sending oil to the refinery, and who told you?',
      '',
      'A: On the evening of July 29, the dispatcher called us from Unecha and said the line was shut for repairs that would take a week or two.',
    ]);
  });

  it('separates paragraphs printed one per line with no blank line between them', () => {
    const text = 'T\n\nPublication: EDM Volume: 2 Issue: 3\n\nFirst paragraph.\nSecond paragraph.\nThird.\n';
    expect(tidyLayout(text)).toBe(
      'T\n\nPublication: EDM Volume: 2 Issue: 3\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird.\n',
    );
  });

  it('ends a paragraph of a hard-wrapped text without blank lines where the next word would have fitted', () => {
    const text = [
      'T',
      '',
      'Publication: EDM Volume: 2 Issue: 3',
      'Gazprom cut the supply to Ukraine on January 1,',
      'and the transit to Europe stopped six days later',
      'when the valves at Orlovka were closed.',
      'Sofia had gas for a week. Bulgargaz asked Athens',
      'for help on January 8 and was refused the same',
      'evening, as the Greek network was short itself.',
    ].join('\n');
    expect(tidyLayout(text).split('\n').slice(4)).toEqual([
      'Gazprom cut the supply to Ukraine on January 1, and the transit to Europe stopped six days later when the valves at Orlovka were closed.',
      '',
      'Sofia had gas for a week. Bulgargaz asked Athens for help on January 8 and was refused the same evening, as the Greek network was short itself.',
    ]);
  });

  it('leaves an article in the publisher’s layout as it is', () => {
    for (const name of [
      '85_moscow-turns-spy-row-into-siege.txt',
      '89_interview-mazeikiai-union-engineer.txt',
    ]) {
      const text = read(name);
      expect(tidyLayout(text)).toBe(text);
    }
  });

  it('gives back the article as published from its hard-wrapped or one-per-line copy', () => {
    for (const name of [
      '85_moscow-turns-spy-row-into-siege.txt',
      '89_interview-mazeikiai-union-engineer.txt',
    ]) {
      const text = read(name);
      expect(tidyLayout(hardWrap(text, 72))).toBe(text);
      expect(tidyLayout(hardWrap(text, 60).replace(/\n/g, '\r\n'))).toBe(text);
      expect(tidyLayout(text.replace(/\n\n+/g, '\n'))).toBe(text);
    }
  });
});

describe('drafting a messy copy of an article', () => {
  it('drafts a hard-wrapped interview as the interview it is', () => {
    const text = read('89_interview-mazeikiai-union-engineer.txt');
    const clean = draftOf(text).draft;
    const messy = draftOf(hardWrap(text, 66).replace(/ (\d)/g, '\u00a0$1')).draft;
    expect(messy.text).toBe(text);
    expect(messy.quotes).toEqual(clean.quotes);
    expect(messy.events).toEqual(clean.events);
    expect(messy.quotes.length).toBeGreaterThan(3);
  });

  it('reads a header whose spaces are non-breaking', () => {
    const text = article(['The ministry met on June 2.']).replace(
      /Volume: 9 Issue: 12/,
      'Volume:\u00a09\u00a0Issue:\u00a012',
    );
    const { draft } = draftOf(text);
    expect(draft.article).toMatchObject({ volume: 9, issue: 12 });
  });
});
