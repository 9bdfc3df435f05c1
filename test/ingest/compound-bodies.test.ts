// A joint body named in lower case after the compound of the two states or regions it joins ("the
// Latvian-Estonian fisheries commission", "a joint Polish–Lithuanian working group on energy") is an
// organisation under that whole name, and acts in the events it leads.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const draft = (paragraphs: string[]) => draftOf(article(paragraphs)).draft;

describe('a joint body named after a compound of two states', () => {
  it('is an organisation under the whole name, the field after "on" kept', () => {
    const d = draft([
      'The Latvian-Estonian fisheries commission met in Riga on May 3 and set new quotas (LETA, May 4).',
      'A joint Polish–Lithuanian working group on energy is due to meet in Vilnius on June 2.',
    ]);
    const names = d.actors.filter((a) => a.kind === 'organization').map((a) => a.name);
    expect(names).toContain('Latvian-Estonian fisheries commission');
    expect(names).toContain('Polish–Lithuanian working group on energy');
    const on = (date: string) => d.events.find((e) => e.date.start === date)?.actors ?? [];
    expect(on('2009-05-03')).toContain('latvian-estonian-fisheries-commission');
    expect(on('2009-06-02')).toContain('polish-lithuanian-working-group-on-energy');
  });

  it('ends its field at a verb ("the X-Y commission on borders met")', () => {
    const d = draft(['The Latvian-Estonian commission on borders met in Riga on May 3 (LETA, May 4).']);
    expect(d.actors.map((a) => a.name)).toContain('Latvian-Estonian commission on borders');
  });
});
