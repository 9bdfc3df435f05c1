// A soldier's or policeman's rank is a title, not part of the name ("Sergeant Levan Ghudushauri",
// "Corporal Gia Bolkvadze"); a Georgian region's name in "-eti" is a place, not a country's adjective.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const kinds = (paragraph: string) =>
  Object.fromEntries(draftOf(article([paragraph])).draft.actors.map((a) => [a.name, a.kind]));

describe('ranks and regions', () => {
  it('drafts "Sergeant Levan Ghudushauri" and "Corporal Gia Bolkvadze" under their names', () => {
    expect(
      kinds('Sergeant Levan Ghudushauri and Corporal Gia Bolkvadze were freed in Dzirovani on May 3.'),
    ).toMatchObject({ 'Levan Ghudushauri': 'person', 'Gia Bolkvadze': 'person' });
  });

  it('reads "the Tskhvaleti ceasefire line" as a region, not a country "Tskhvalet"', () => {
    const k = kinds(
      'Levan Ghudushauri has served in Dzirovani, the last village on the Ardanian side of the Tskhvaleti ceasefire line, since 2001.',
    );
    expect(k.Tskhvalet).toBeUndefined();
  });
});
