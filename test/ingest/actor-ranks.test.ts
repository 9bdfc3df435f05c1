// Actor rules of the blind-article round: ranks written with a hyphen, long titles with a body.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('a hyphened military rank before a name', () => {
  it('is a title, so the person is named without it and the body before it is no person', () => {
    const { draft } = draftOf(
      article([
        'On May 3, Commander of the Northern Garrison Major-General Oleg Varin denied the report. Deputy Navy Chief Rear-Admiral Ivo Stanek agreed (Interfax, May 3).',
      ]),
    );
    const names = draft.actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Oleg Varin', 'Ivo Stanek']));
    expect(names.some((n) => n.includes('Major-General') || n.includes('Rear-Admiral'))).toBe(false);
  });
});
