// The draft checked before it is written: every record parsed by the dataset's schemas, every evidence
// string verbatim in the article, every id used once.
import {
  ActorSchema,
  ArticleSchema,
  EventSchema,
  QuoteSchema,
  SourceSchema,
} from '../../../src/dataset/schema.js';
import type { ReviewReport } from '../../report.js';
import type { Draft } from './types.js';

/** Parse every record with the dataset's schemas and prove each evidence string is verbatim. */
export function validateDraft(draft: Draft, report: ReviewReport): void {
  const check = (
    what: string,
    result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  ) => {
    if (!result.success)
      for (const issue of result.error?.issues ?? [])
        report.add('error', 'output', `${what}: ${issue.path.map(String).join('.')} ${issue.message}`);
  };
  check(`article ${draft.article.id}`, ArticleSchema.safeParse(draft.article));
  for (const a of draft.actors) check(`actor ${a.id}`, ActorSchema.safeParse(a));
  for (const s of draft.sources) check(`source ${s.id}`, SourceSchema.safeParse(s));
  for (const e of draft.events) check(`event ${e.id}`, EventSchema.safeParse(e));
  for (const q of draft.quotes) check(`quote ${q.id}`, QuoteSchema.safeParse(q));
  const verbatim = (what: string, s: string) => {
    if (!draft.text.includes(s))
      report.add('error', 'output', `${what}: text is not verbatim in the article`, s);
  };
  for (const a of draft.actors) for (const e of a.evidence) verbatim(`actor ${a.id}`, e.text);
  for (const e of draft.events) for (const ev of e.evidence) verbatim(`event ${e.id}`, ev);
  for (const q of draft.quotes) {
    for (const ev of q.evidence) verbatim(`quote ${q.id}`, ev);
    if (q.kind === 'direct') for (const p of q.parts ?? [q.text]) verbatim(`quote ${q.id}`, p);
  }
  for (const s of draft.sources) verbatim(`source ${s.id}`, s.raw);
  const all = [
    draft.article.id,
    ...draft.actors.map((a) => a.id),
    ...draft.sources.map((s) => s.id),
    ...draft.events.map((e) => e.id),
    ...draft.quotes.map((q) => q.id),
  ];
  const dup = all.filter((id, i) => all.indexOf(id) !== i);
  for (const id of new Set(dup)) report.add('error', 'output', `id ${id} is used twice`);
}
