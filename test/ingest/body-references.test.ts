// Definite references to bodies and facilities the article named before ("the Northern Sea Fleet …
// the fleet"), and bodies named only by their owner and what they do ("the council's housing commission").
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const draft = (paragraphs: string[]) => draftOf(article(paragraphs, HEADER)).draft;
/** The names of the actors of the event on `start`, main actor first. */
function actorsOn(paragraphs: string[], start: string): string[] {
  const d = draft(paragraphs);
  const names = new Map(d.actors.map((a) => [a.id, a.name]));
  return (d.events.find((e) => e.date.start === start)?.actors ?? []).map((id) => names.get(id) ?? id);
}

describe('a body named by its owner and what it does', () => {
  it('is drafted under its own words and acts in its clause', () => {
    const paragraphs = [
      'On May 5, the city council’s housing commission ordered the demolition of twelve kiosks.',
      'The ministry’s building inspectorate, which had inspected the kiosks on May 2, found no permits.',
    ];
    const d = draft(paragraphs);
    expect(d.actors.map((a) => a.name)).toEqual(
      expect.arrayContaining(['housing commission', 'building inspectorate']),
    );
    expect(actorsOn(paragraphs, '2009-05-05')).toContain('housing commission');
    expect(actorsOn(paragraphs, '2009-05-02')).toContain('building inspectorate');
  });

  it('is no body of a person’s ("the minister’s family council")', () => {
    const d = draft(['On May 5, the minister’s family council met in Ostrov.']);
    expect(d.actors.map((a) => a.name)).not.toContain('family council');
  });
});
