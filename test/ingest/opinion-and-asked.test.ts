// An opinion followed by a request made of someone ("called the ban unlawful and asked the court to
// lift it") tells an act beside the opinion: the dated clause is an event.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('an opinion beside a request', () => {
  const { draft } = draftOf(
    article(
      [
        'On May 6, the Temirian foreign ministry called the ban unlawful and asked the Kestrian envoy to explain it.',
        'On May 9, the Kestrian transport ministry described the new fees as robbery and asked the Temirian cabinet to cancel them.',
        'On May 12, the Kestrian Assembly called the fees fair.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 9 Issue: 90',
    ),
  );
  const dated = (start: string) => draft.events.filter((e) => e.date.start === start);

  it('drafts "called … unlawful and asked … to …" as an event', () => {
    expect(dated('2012-05-06')).toHaveLength(1);
  });

  it('drafts "described … as … and asked … to …" as an event', () => {
    expect(dated('2012-05-09')).toHaveLength(1);
  });

  it('still skips an opinion alone ("called the fees fair")', () => {
    expect(dated('2012-05-12')).toHaveLength(0);
  });
});
