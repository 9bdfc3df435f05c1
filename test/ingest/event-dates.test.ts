// Dates of events in narrative prose: the article's year, relative days anchored on the narrative,
// plans later than the publication date, and the bodies and places events name.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe("the article's year", () => {
  it("counts Eurasia Daily Monitor's year from its volume, not from the latest year printed", () => {
    const { draft } = draftOf(
      article(
        [
          'The ferry line between Ostrava and Lindau, which reopened in October 2019 after a long dispute, stopped again on February 3. Kestria protested on February 5 (Kestinform, February 5).',
        ],
        'Publication: Eurasia Daily Monitor Volume: 18 Issue: 25',
      ),
    );
    expect(draft.events.map((e) => e.date.start)).toContain('2021-02-03');
  });
});
