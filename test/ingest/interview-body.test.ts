// An interview's introduction names the body its interviewee speaks for by its kind and then its name
// ("the farmers' movement Dalbyr", "her agency, Selvan-Tour"), or says the interviewee heads it now
// ("has chaired the X since"): the answers' "we" and "our" stand for that body.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const interview = (introduction: string, answer: string) =>
  draftOf(
    article(
      [
        `Aliya Serikova, a former teacher, has lived in Ostrov since 1990. ${introduction} Below, Serikova answers our questions.`,
        'Q: What happens next?',
        `A: ${answer}`,
        'Q: And after that?',
        'A: Nobody knows.',
        'The interview was conducted by Ana Rus in Ostrov on May 12, 2009, and published in the Steppe Herald on May 14.',
      ],
      HEADER,
    ),
  ).draft;
const leader = (draft: ReturnType<typeof interview>, date: string) =>
  draft.events.find((e) => e.date.start === date)?.actors[0];

describe('the body an interviewee speaks for', () => {
  it('is a name printed after a kind of body, drafted as an organisation', () => {
    const cases: [string, string, string][] = [
      [
        'As a young teacher she led the farmers’ movement Dalbyr in the Ostrov valley until 2008.',
        'On May 20 we will hold a congress abroad.',
        'dalbyr',
      ],
      [
        'She has run a small travel business in Ostrov since 1999. In March the tax police closed her agency, Selvan-Tour, for a month.',
        'On May 20 we reopened the office on the square.',
        'selvan-tour',
      ],
      [
        'In 2005 she coordinated the campaign of the opposition party Yrys in the north.',
        'In June we will hold a congress abroad.',
        'yrys',
      ],
    ];
    for (const [introduction, answer, body] of cases) {
      const draft = interview(introduction, answer);
      expect(draft.actors.find((a) => a.id === body)?.kind).toBe('organization');
      expect(draft.events.find((e) => e.evidence.join(' ').includes(answer.slice(0, 12)))?.actors[0]).toBe(
        body,
      );
    }
  });

  it('is the body the interviewee heads now, not one she worked at before', () => {
    const draft = interview(
      'She ran the audit department of the Ostrov Savings Bank until 2007. Since February she has chaired the Ostrov Depositors Union.',
      'On May 20 we will hold a rally on the square.',
    );
    expect(leader(draft, '2009-05-20')).toBe('ostrov-depositors-union');
  });
});
