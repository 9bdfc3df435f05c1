// Words addressed to a body at its sitting or to a gathering are a happening, dated like one:
// "Addressing the cabinet on May 4, …", "…, telling parliament that …", "told a rally in Osh on May 8".
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 120';
const datesOf = (text: string) => draftOf(article([text], HEADER)).draft.events.map((e) => e.date.start);

describe('an address at a sitting or a gathering', () => {
  it('is a happening when the address opens the sentence', () => {
    expect(
      datesOf(
        'Addressing the Temirian Cabinet of Ministers on May 4, Prime Minister Ivan Lupu said that the gas tariff would rise in the autumn.',
      ),
    ).toContain('2009-05-04');
  });

  it('is a happening when it follows the date as "telling parliament"', () => {
    expect(
      datesOf(
        'Prime Minister Ivan Lupu changed his tone on May 6, telling parliament that the gas tariff would stay as it was.',
      ),
    ).toContain('2009-05-06');
  });

  it('is a happening when a leader tells a rally', () => {
    expect(
      datesOf(
        'Opposition leader Dina Kerey told a rally in Ostrov on May 8 that the count had been falsified.',
      ),
    ).toContain('2009-05-08');
  });

  it('is a happening when a minister tells parliament or a press conference', () => {
    expect(
      datesOf('Economy Minister Gulnara Seitova told parliament on May 2 that the border would stay open.'),
    ).toContain('2009-05-02');
    expect(
      datesOf('Prime Minister Ivan Lupu told a press conference on May 12 that the audit would go on.'),
    ).toContain('2009-05-12');
  });

  it('is a happening when a president tells a meeting of officials somewhere', () => {
    expect(
      datesOf(
        'President Ivan Lupu told a meeting of district governors in Navobod on May 13 that aid would not be refused.',
      ),
    ).toContain('2009-05-13');
  });

  it('is a happening whatever view it tells: "told parliament on May 11 that X welcomed …"', () => {
    expect(
      datesOf('Foreign Minister Ivan Lupu told parliament on May 11 that Ostrov welcomed the arbitration.'),
    ).toContain('2009-05-11');
  });

  it('counts calling the cabinet into session as an act, not an opinion', () => {
    expect(
      datesOf(
        'Prime Minister Ivan Lupu called his cabinet into emergency session on May 5 and said afterwards that the country would not yield.',
      ),
    ).toContain('2009-05-05');
  });

  it('leaves words told to a briefing the date of a saying', () => {
    expect(
      datesOf('Spokeswoman Dina Kerey told a briefing on May 9 that the loan was a separate matter.'),
    ).not.toContain('2009-05-09');
  });

  it('leaves words told to journalists the date of a saying', () => {
    expect(
      datesOf('Prime Minister Ivan Lupu told journalists on May 9 that the gas tariff would stay as it was.'),
    ).not.toContain('2009-05-09');
  });
});
