// A reporting verb in a sentence's leading time or reason clause is not the sentence's saying when
// the main clause has one of its own: "Last October, when X asked …, I warned that …".
import { describe, expect, it } from 'vitest';
import { article, draftOf, draftOfAnswer } from './helpers.js';

const reported = (d: ReturnType<typeof draftOf>['draft']) =>
  d.quotes.filter((q) => q.kind === 'reported').map((q) => d.actors.find((a) => a.id === q.speaker)?.name);

describe('a verb in a leading clause', () => {
  it('gives an answer’s "I warned that" to the interviewee, not to the body the when-clause names', () => {
    const d = draftOfAnswer(
      'Last October, when the Ostrov Mill Company asked the council to approve its winter regime, I warned that the looms would stop.',
    );
    expect(reported(d)).toEqual(['Dina Kerey']);
  });

  it('gives the main clause’s words to its subject: "After Petrov asked …, Ivanova said that …"', () => {
    const d = draftOf(
      article([
        'After Deputy Ivan Petrov asked the minister to resign on May 3, Minister Anna Ivanova said that she would stay.',
      ]),
    ).draft;
    expect(reported(d)).toEqual(['Anna Ivanova']);
  });

  it('keeps the saying of a leading clause when the main clause reports none', () => {
    const d = draftOf(
      article([
        'When Minister Anna Ivanova said on May 3 that she would stay, the deputies walked out of the hall.',
      ]),
    ).draft;
    expect(reported(d)).toEqual(['Anna Ivanova']);
  });

  it('keeps a leading clause’s words of its own: "After Aliyev said on May 3 that …, the ministry called …"', () => {
    const d = draftOf(
      article([
        'After President Ilham Aliyev said on May 3 that Baku would not attend the talks, the Armenian Foreign Ministry called the move a provocation.',
      ]),
    ).draft;
    expect(reported(d)).toContain('Ilham Aliyev');
  });
});
