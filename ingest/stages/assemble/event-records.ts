// Event records from the events stage's drafts: an id from the date and the main actor, actors and
// places by id, sources by citation.
import type { EventRecord } from '../../../src/dataset/schema.js';
import type { Analysis } from '../../analysis.js';
import { slugify } from '../../language/words.js';
import type { EventDraft } from '../events.js';
import { draftReview, NO_SOURCE } from './review.js';
import type { RecordIds } from './types.js';

/** An event record per drafted event with a resolved date. */
export function assembleEvents(
  an: Analysis,
  drafts: readonly EventDraft[],
  records: RecordIds,
): EventRecord[] {
  const { prefix, ids, keyToId, sourceIds } = records;
  const events: EventRecord[] = [];
  for (const e of drafts) {
    const spec = e.mention.spec;
    if (!spec) continue;
    const main = an.table.actors.get(e.actors[0] ?? e.places[0] ?? '')?.name ?? 'event';
    const sources = sourceIds(e.citations);
    events.push({
      id: ids.take(`${prefix}-ev-${spec.start}-${slugify(main, 20)}`),
      title: e.title,
      summary: e.summary,
      date: spec,
      status: e.status,
      places: e.places.map(keyToId).filter((x): x is string => !!x),
      actors: e.actors.map(keyToId).filter((x): x is string => !!x),
      sources,
      evidence: [e.evidence],
      review: draftReview([sources.length === 0 && NO_SOURCE, ...e.flags]),
    });
  }
  return events;
}
