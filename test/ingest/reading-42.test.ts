// Fixes found by reading why statements of our articles were missed: the people who speak for a body
// placed by its city ("Officials at the ministry in Rautala told …").
import { describe, expect, it } from 'vitest';
import { draftsUnder } from './helpers.js';

const { draft, statementSpeaker } = draftsUnder('Publication: Eurasia Daily Monitor Volume: 10 Issue: 94');

const aliasesOf = (d: ReturnType<typeof draft>, name: string) =>
  d.actors.find((a) => a.name === name)?.aliases ?? [];

describe('officials of a body the article places by its city', () => {
  it('an unnamed ministry: the officials speak, and the ministry is an actor of its own', () => {
    const text = 'Officials at the ministry in Rautala told her that I would be home by Easter.';
    expect(statementSpeaker(/would be home/, text)).toBe('Officials at the ministry in Rautala');
    expect(draft(text).actors.map((a) => a.name)).toContain('ministry in Rautala');
  });
  it('a named ministry: the officials keep the city in their printed phrase', () => {
    const text = 'Officials at the Finance Ministry in Ardani said that taxes would rise.';
    expect(statementSpeaker(/taxes would rise/, text)).toBe('Finance Ministry officials');
    expect(aliasesOf(draft(text), 'Finance Ministry officials')).toContain(
      'Officials at the Finance Ministry in Ardani',
    );
  });
  it('a ministry told again ("the ministry") is not stretched over the next city', () => {
    const d = draft(
      'The Energy Ministry said on May 4 that the plant would close. Officials at the ministry in Rautala told her that I would be home by Easter.',
    );
    expect(d.actors.map((a) => a.name)).not.toContain('Energy Ministry officials');
  });
  it('the body alone still speaks as itself', () => {
    expect(statementSpeaker(/would appeal/, 'The ministry in Kerven said that it would appeal.')).toBe(
      'ministry in Kerven',
    );
  });
});

describe('officials after a day or a month', () => {
  it('"On Monday officials at the prosecutor’s office told …": the day is no adjective of theirs', () => {
    expect(
      statementSpeaker(
        /withdrawn complaint/,
        "On Monday officials at the prosecutor's office told our lawyer that a withdrawn complaint cannot be revived.",
      ),
    ).toBe("officials at the prosecutor's office");
    expect(
      statementSpeaker(
        /taken offline/,
        'In January officials at the ministry told me that the plant could not be taken offline.',
      ),
    ).toBe('officials at the ministry');
  });
  it('a treasury is a workplace, and a named body’s headquarters part of the phrase', () => {
    expect(
      statementSpeaker(
        /salaries/,
        'Officials at the regional treasury told Gvirdis Moambe that September salaries would be paid late.',
      ),
    ).toBe('Officials at the regional treasury');
    const d = draft('Officials at the Border Troops headquarters say that the colonel retired in July.');
    expect(aliasesOf(d, 'Border Troops officials')).toContain('Officials at the Border Troops headquarters');
  });
});
