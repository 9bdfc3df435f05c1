// "was called to the ministry", "called up the reservists": a summons is an act, not someone's
// name for a thing ("called the vote a mistake"), so its date is a happening's.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('"called" as a summons', () => {
  const { draft } = draftOf(
    article(
      [
        'In April the Kestrian consul was called to the Temirian Foreign Ministry and handed a note.',
        'On April 9, the Kestrian army called up the reservists of the border districts.',
        'On April 14, the Kestrian premier called the blockade a crime.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 9 Issue: 70',
    ),
  );
  const dated = (start: string) => draft.events.filter((e) => e.date.start === start);

  it('drafts a consul "called to" a ministry', () => {
    expect(dated('2012-04')).toHaveLength(1);
  });

  it('drafts reservists "called up"', () => {
    expect(dated('2012-04-09')).toHaveLength(1);
  });

  it('still skips "called the blockade a crime"', () => {
    expect(dated('2012-04-14')).toHaveLength(0);
  });
});
