// "the Press Service of Latvian Railways said": a body's press service, department or delegation is
// drafted as the body it serves, not as a body of its own.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('a servant unit of a named body', () => {
  it.each([
    [
      'The Press Service of Latvian Railways said on May 3 that the freight trains would run.',
      'Latvian Railways',
      'Press Service of Latvian Railways',
    ],
    [
      'The Consular Department of the Georgian Foreign Ministry issued the visas on June 2.',
      'Georgian Foreign Ministry',
      'Consular Department of the Georgian Foreign Ministry',
    ],
    [
      'A Delegation of the European Parliament arrived in Chisinau on April 4.',
      'European Parliament',
      'Delegation of the European Parliament',
    ],
    [
      'Head of the Legal Department of the Central Bank Olga Lis said on May 5 that the rules stood.',
      'Central Bank',
      'Legal Department of the Central Bank',
    ],
  ])('%s', (sentence, body, unit) => {
    const { draft } = draftOf(article([sentence]));
    const names = draft.actors.map((a) => a.name);
    expect(names).toContain(body);
    expect(names).not.toContain(unit);
  });

  it('keeps a directorate of its own', () => {
    const { draft } = draftOf(
      article(['The Tomsk Directorate of the Interior Ministry opened a case on May 5.']),
    );
    expect(draft.actors.map((a) => a.name)).toContain('Tomsk Directorate of the Interior Ministry');
  });
});
