// "repeated" reports words when it takes a view, a call or a hint told before ("repeated Riga's
// long-standing view that …", "repeated her call for …"), not as an adjective ("repeated warnings").
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => [q.speaker, q.evidence[0]]);

describe('"repeated" a view, a call or a hint', () => {
  it('reads "repeated X’s view that …"', () => {
    const text = article([
      'Foreign Ministry spokesman Ivo Brandt repeated Riga’s long-standing view that the border was settled in 1920.',
    ]);
    expect(statementsOf(text)).toEqual([
      [
        'ivo-brandt',
        'Foreign Ministry spokesman Ivo Brandt repeated Riga’s long-standing view that the border was settled in 1920.',
      ],
    ]);
  });

  it('reads "repeated her call for …" and the verb joined to it', () => {
    const text = article([
      'Senator Anna Berzina repeated her call for early elections on May 4, and warned that the coalition would fall.',
    ]);
    expect(statementsOf(text)).toEqual([
      ['anna-berzina', 'Senator Anna Berzina repeated her call for early elections on May 4'],
      ['anna-berzina', 'and warned that the coalition would fall.'],
    ]);
  });

  it('reads no statement in "repeated warnings"', () => {
    const text = article(['Mayor Janis Ozols ignored repeated warnings that the bridge was unsafe.']);
    expect(statementsOf(text)).toEqual([]);
  });
});
