import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('a body named after its kind, in any article', () => {
  it('drafts "the opposition movement Tash Kuchu" as an organisation and the rally as its act', () => {
    const { draft } = draftOf(
      article([
        'On April 25, several thousand supporters of the opposition movement Tash Kuchu rallied outside parliament to demand the minister’s resignation.',
      ]),
    );
    const body = draft.actors.find((a) => a.name === 'Tash Kuchu');
    expect(body?.kind).toBe('organization');
    expect(draft.events.find((e) => e.date.start.endsWith('-04-25'))?.actors).toContain(body?.id);
  });
});
