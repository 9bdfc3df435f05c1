// "the governor", "the president": a one-holder role names again the person the article introduced
// by it ("Governor Y"), so an event the role does is that person's.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
function actorsOn(paragraphs: string[], day: string): (string | undefined)[] | undefined {
  const { draft } = draftOf(article(paragraphs, HEADER));
  const names = new Map(draft.actors.map((a) => [a.id, a.name]));
  return draft.events.find((e) => e.date.start === day)?.actors.map((k) => names.get(k));
}

describe('a role naming again the person introduced by it', () => {
  it('reads "the governor" as the governor named before', () => {
    expect(
      actorsOn(
        [
          'Governor Pavel Ostrovsky of the Kestrian north has asked for more money (Kestinform, May 2). On May 9 the governor opened the new ferry terminal in Ostrov.',
        ],
        '2009-05-09',
      )?.[0],
    ).toBe('Pavel Ostrovsky');
  });

  it('reads "the president" as the president named before', () => {
    expect(
      actorsOn(
        [
          'President Ivan Lupu of Kestria has promised a new port (Kestinform, May 2). On May 10 the president laid the first stone of the Ostrov pier.',
        ],
        '2009-05-10',
      ),
    ).toContain('Ivan Lupu');
  });

  it('does not read "the governor’s office" as the governor', () => {
    const { draft } = draftOf(
      article(
        [
          'Governor Pavel Ostrovsky of the Kestrian north has asked for more money (Kestinform, May 2). On May 9 officials from the governor’s office met the hauliers in Ostrov.',
        ],
        HEADER,
      ),
    );
    const names = new Map(draft.actors.map((a) => [a.id, a.name]));
    const e = draft.events.find((x) => x.date.start === '2009-05-09');
    expect(e?.actors.map((k) => names.get(k))).not.toContain('Pavel Ostrovsky');
  });
});
