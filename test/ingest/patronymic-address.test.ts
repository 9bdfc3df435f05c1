// A quoted address by given name and patronymic names the person already drafted by full name.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const names = (paragraphs: string[]) => draftOf(article(paragraphs)).draft.actors.map((a) => a.name);

describe('an address by given name and patronymic in a quotation', () => {
  it.each([
    'Pavel Orlov runs the bakery in Dorsk. In May an inspector told him, “Your ovens are too old, Pavel Sergeyevich, and the fine is due on Monday.”',
    'Pavel Orlov runs the bakery in Dorsk. In May an inspector told him, "Your ovens are too old, Pavel Sergeyevich."',
    'Pavel Orlov runs the bakery in Dorsk. In May an inspector told him, "Pavel Sergeyevich, your ovens are too old."',
  ])('drafts no second person: %s', (paragraph) => {
    const drafted = names([paragraph]);
    expect(drafted).toContain('Pavel Orlov');
    expect(drafted).not.toContain('Pavel Sergeyevich');
  });

  it('keeps a full name ending like a patronymic when no one shares its given name', () => {
    const drafted = names([
      'The mayor thanked the builders. “We owe this bridge to you, Ales Karpovich.” The bridge opened on May 4.',
    ]);
    expect(drafted).toContain('Ales Karpovich');
  });
});
