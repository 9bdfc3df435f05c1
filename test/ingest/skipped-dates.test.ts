import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../ingest/pipeline.js';
import type { SkippedDate } from '../../ingest/stages/events.js';
import { indexActors } from '../../ingest/files/registry.js';
import { article } from './helpers.js';

// The explain tool says which skip rules dropped a dated mention: the pipeline tells every drop,
// with every rule that fired, and nothing for a date drafted as an event.
describe('skipped dated mentions', () => {
  it('tells each dropped date with the rules that fired, and not the dates drafted', () => {
    const text = article([
      'The Latvian parliament approved the budget on May 4. If the cabinet resigns in June, the vote will be held again.',
    ]);
    const skipped: SkippedDate[] = [];
    const result = draftArticle(text, { registry: indexActors([]), onSkippedDate: (s) => skipped.push(s) });
    expect(result.ok).toBe(true);
    expect(skipped.map((s) => s.text)).toEqual(['June']);
    expect(skipped[0]?.rules).toContain('condition');
    expect(text.slice(skipped[0]!.start, skipped[0]!.start + 4)).toBe('June');
  });
});
