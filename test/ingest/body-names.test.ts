// Bodies named for a cause ("for a …") and by heads the lexicon lacked (a church, a diet); a
// religious title before a name.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const kinds = (paragraph: string) =>
  new Map(draftOf(article([paragraph])).draft.actors.map((a) => [a.name, a.kind] as const));

describe('bodies by name', () => {
  it('keeps "for a" inside a body’s name: "the Movement for a Free Orvenia (MFO)"', () => {
    const k = kinds(
      'Only the nine deputies of the opposition Movement for a Free Orvenia (MFO) voted against on May 4.',
    );
    expect(k.get('Movement for a Free Orvenia')).toBe('organization');
    expect(k.has('Movement')).toBe(false);
  });

  it('makes bodies of a church and a diet', () => {
    const k = kinds(
      'The Selevites broke with the Orvenian Apostolic Church in 1871. On April 8, the Halmarian State Diet adopted a resolution calling for the preacher’s release.',
    );
    expect(k.get('Orvenian Apostolic Church')).toBe('organization');
    expect(k.get('Halmarian State Diet')).toBe('organization');
  });
});

describe('a religious title before a given name', () => {
  it('is no name of its own: "Brother Ilya" is Ilya Sarnavin', () => {
    const k = kinds(
      'The preacher Ilya Sarnavin was detained on March 25. In a sermon from December 2009, Brother Ilya said that the law of the state ends where the conscience begins.',
    );
    expect(k.get('Ilya Sarnavin')).toBe('person');
    expect(k.has('Brother Ilya')).toBe(false);
  });
});

describe('a company known by what it owes', () => {
  it('makes a company of "Kerbeshryba’s creditors", and keeps a bank’s brand its own: "Sarybel’s creditors"', () => {
    const k = kinds(
      'Kerbeshryba, which owned the trawler, filed for bankruptcy on August 1. Kerbeshryba’s creditors meet on October 20.',
    );
    expect(k.get('Kerbeshryba')).toBe('organization');
    const names = draftOf(
      article([
        'Sarybel Bank closed its doors on May 3. Sarybel’s creditors, most of them small depositors, met on May 10.',
      ]),
    ).draft.actors.map((a) => a.name);
    expect(names).toContain('Sarybel Bank');
    expect(names).not.toContain('Sarybel');
  });
});

describe('a prison named after its town', () => {
  it('keeps the town its own place: "held in the Tulvar pre-trial detention center" and "a church in Tulvar"', () => {
    const actors = draftOf(
      article([
        'The preacher Ilya Sarnavin has been held in the Tulvar pre-trial detention center since March 25. On July 24, the committee chairman opened a restored church in Tulvar instead.',
      ]),
    ).draft.actors;
    const center = actors.find((a) => a.name === 'Tulvar pre-trial detention center');
    expect(center?.kind).toBe('place');
    expect(center?.aliases ?? []).not.toContain('Tulvar');
  });
});
