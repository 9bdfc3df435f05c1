import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/dataset/schema.js';
import { article, draftOf } from './helpers.js';

const country = (id: string, name: string, aliases: string[]): Actor => ({
  id,
  kind: 'country',
  name,
  aliases,
  evidence: [{ article: 'x', text: 'y' }],
});

describe('a registry actor the article names two ways', () => {
  it('is referred to once ("the US" printed and "American" standing for the United States)', () => {
    const { draft } = draftOf(
      article([
        'On May 3, 2009, the US offered Tolvaria a loan. American banks would lend the money, Finance Minister Arman Dosov said (Reuters, May 4).',
      ]),
      [country('united-states', 'United States', ['US', 'USA'])],
    );
    expect(draft.actorRefs.filter((a) => a.id === 'united-states')).toHaveLength(1);
  });
});
