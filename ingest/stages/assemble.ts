// Stage "assemble": the drafts of the earlier stages made into records in the dataset's format,
// with ids, registry actors reused, every record parsed by the dataset's own schemas and its
// evidence proved verbatim. The parts, under assemble/:
//   actor-records.ts    actors: registry ids reused, new records for the rest
//   source-records.ts   a source per citation, its outlet linked to the media actor
//   event-records.ts    events; quote-records.ts quotations and statements
//   review.ts           the review state and flags every record starts with
//   validate.ts         the schema, verbatim and unique-id checks of the whole draft
//   types.ts            the drafts in, the draft out, and the ids records are made with
import type { Article } from '../../src/dataset/schema.js';
import type { Analysis } from '../analysis.js';
import type { Registry } from '../files/registry.js';
import { Ids, recordPrefix } from '../ids.js';
import type { ReviewReport } from '../report.js';
import { assembleActors } from './assemble/actor-records.js';
import { assembleEvents } from './assemble/event-records.js';
import { assembleQuotes } from './assemble/quote-records.js';
import { assembleSources } from './assemble/source-records.js';
import type { Draft, StageDrafts } from './assemble/types.js';
import { validateDraft } from './assemble/validate.js';

export { draftReview } from './assemble/review.js';
export type { ActorRef, Draft, StageDrafts } from './assemble/types.js';
export { validateDraft } from './assemble/validate.js';

export function assembleDraft(
  an: Analysis,
  article: Article,
  drafts: StageDrafts,
  registry: Registry,
  report: ReviewReport,
): Draft {
  const prefix = recordPrefix(article.id);
  const ids = new Ids(registry.ids);
  const { actorId, newActors, refs } = assembleActors(an, article.id, ids, registry, report);
  const keyToId = (key: string) => actorId.get(key);
  const { sources, sourceIds } = assembleSources(an, prefix, ids, keyToId, report);
  const records = { prefix, ids, keyToId, sourceIds };
  const events = assembleEvents(an, drafts.events, records);
  const quotes = assembleQuotes(an, drafts, records, report);

  const draft: Draft = {
    article,
    text: an.text,
    actors: newActors,
    actorRefs: refs,
    sources,
    events,
    quotes,
  };
  validateDraft(draft, report);
  return draft;
}
