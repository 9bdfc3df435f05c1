// Stage "assemble": the drafts of the earlier stages made into records in the dataset's format,
// with ids, registry actors reused, every record parsed by the dataset's own schemas and its
// evidence proved verbatim.
import {
  ActorSchema,
  ArticleSchema,
  EventSchema,
  QuoteSchema,
  SourceSchema,
  type Actor,
  type Article,
  type EventRecord,
  type Quote,
  type Review,
  type Source,
} from '../../src/dataset/schema.js';
import { normalizeText } from '../../src/text/normalize.js';
import type { Analysis } from '../analysis.js';
import type { Registry } from '../files/registry.js';
import { Ids, recordPrefix } from '../ids.js';
import { slugify } from '../language/words.js';
import type { ReviewReport } from '../report.js';
import type { EventDraft } from './events.js';
import type { QuotationDraft } from './quotations.js';
import type { Citation } from './sources.js';
import type { StatementDraft } from './statements.js';

export interface ActorRef {
  readonly id: string;
  readonly name: string;
  readonly kind: Actor['kind'];
  /** Already in the registry (not written again). */
  readonly registered: boolean;
}

export interface Draft {
  readonly article: Article;
  readonly text: string;
  /** New actors, to go into actors/<article-id>.json. */
  readonly actors: Actor[];
  /** Every actor the records refer to. */
  readonly actorRefs: ActorRef[];
  readonly sources: Source[];
  readonly events: EventRecord[];
  readonly quotes: Quote[];
}

export interface StageDrafts {
  readonly events: readonly EventDraft[];
  readonly quotations: readonly QuotationDraft[];
  readonly statements: readonly StatementDraft[];
}

/** Every drafted record awaits review; its flags say what to check first. */
export function draftReview(flags: readonly (string | false | undefined)[] = []): Review {
  const kept = flags.filter((f): f is string => typeof f === 'string' && f !== '');
  return kept.length > 0 ? { state: 'draft', flags: kept } : { state: 'draft' };
}

/** Why a record has no source, for its review flags. */
const NO_SOURCE = 'no source: neither its sentence nor the rest of its paragraph cites one';

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

  const events: EventRecord[] = [];
  for (const e of drafts.events) {
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

  const quotes: Quote[] = [];
  const perSpeaker = new Map<string, number>();
  const quoteId = (speakerKey: string, kind: 'q' | 's') => {
    const name = slugify(an.table.actors.get(speakerKey)?.name ?? speakerKey, 24);
    const n = (perSpeaker.get(`${kind}${name}`) ?? 0) + 1;
    perSpeaker.set(`${kind}${name}`, n);
    return ids.take(`${prefix}-${kind}-${name}-${n}`);
  };
  for (const q of drafts.quotations) {
    const speaker = keyToId(q.speaker);
    if (!speaker) continue;
    if (q.speakerDoubt)
      report.add('check', 'quote', `quotation: speaker guessed (${q.speakerDoubt})`, q.text);
    const sources = sourceIds(q.citations);
    quotes.push({
      id: quoteId(q.speaker, 'q'),
      kind: 'direct',
      speaker,
      text: q.text,
      ...(q.parts.length > 1 ? { parts: [...q.parts] } : {}),
      ...(q.date ? { date: q.date } : {}),
      sources,
      evidence: [q.evidence],
      review: draftReview([
        sources.length === 0 && NO_SOURCE,
        q.speakerDoubt && `speaker guessed: ${q.speakerDoubt}`,
      ]),
    });
  }
  for (const st of drafts.statements) {
    if (!st.speaker.actor) {
      report.add(
        'warning',
        'statement',
        `statement left out: no speaker found (${st.speaker.doubt ?? ''})`,
        st.evidence,
      );
      continue;
    }
    const speaker = keyToId(st.speaker.actor);
    if (!speaker) continue;
    if (st.speaker.doubt)
      report.add('check', 'statement', `speaker guessed (${st.speaker.doubt})`, st.evidence);
    const sources = sourceIds(st.citations);
    quotes.push({
      id: quoteId(st.speaker.actor, 's'),
      kind: 'reported',
      speaker,
      text: st.evidence,
      ...(st.date ? { date: st.date } : {}),
      sources,
      evidence: [st.evidence],
      review: draftReview([
        sources.length === 0 && NO_SOURCE,
        st.speaker.doubt && `speaker guessed: ${st.speaker.doubt}`,
      ]),
    });
  }

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

/** Registry ids for known actors, new ids (name slugs) and records for the rest. */
function assembleActors(an: Analysis, articleId: string, ids: Ids, registry: Registry, report: ReviewReport) {
  const actorId = new Map<string, string>();
  const newActors: Actor[] = [];
  const refs: ActorRef[] = [];
  for (const a of an.table.actors.values()) {
    if (a.registryId) {
      actorId.set(a.key, a.registryId);
      const reg = registry.actors.find((r) => r.id === a.registryId);
      refs.push({ id: a.registryId, name: reg?.name ?? a.name, kind: reg?.kind ?? a.kind, registered: true });
      continue;
    }
    const id = ids.take(slugify(a.name, 60) || 'actor');
    actorId.set(a.key, id);
    const aliases: string[] = [];
    const seen = new Set([normalizeText(a.name)]);
    for (const alias of a.aliases) {
      const f = normalizeText(alias);
      if (f === '' || seen.has(f)) continue;
      // Aliases are unique across the registry: a shared surname never becomes anyone's alias.
      if (
        registry.byName.has(f) ||
        newActors.some((n) => [n.name, ...n.aliases].some((x) => normalizeText(x) === f))
      ) {
        report.add('check', 'actor', `alias "${alias}" of ${a.name} left out: another actor already uses it`);
        continue;
      }
      seen.add(f);
      aliases.push(alias);
    }
    newActors.push({
      id,
      kind: a.kind,
      name: a.name,
      aliases,
      ...(a.description ? { description: a.description } : {}),
      evidence: [{ article: articleId, text: an.sentences[a.evidenceSentence]?.text ?? a.name }],
      review: draftReview([a.kindCue === 'weak' && `kind "${a.kind}" is a guess from context`, a.inferred]),
    });
    refs.push({ id, name: a.name, kind: a.kind, registered: false });
    if (a.kindCue === 'weak')
      report.add('check', 'actor', `${a.name}: kind "${a.kind}" is a guess from context`);
  }
  return { actorId, newActors, refs };
}

/** A source record per citation, its outlet linked to the media actor of that name. */
function assembleSources(
  an: Analysis,
  prefix: string,
  ids: Ids,
  keyToId: (key: string) => string | undefined,
  report: ReviewReport,
) {
  const sourceId = new Map<number, string>();
  const sources: Source[] = [];
  for (const c of an.citations) {
    const date = an.citationDates.get(c.start);
    const outletKey = [...an.table.actors.values()].find(
      (a) =>
        a.kind === 'media' &&
        [a.name, ...a.aliases, ...a.forms.keys()].some((n) => normalizeText(n) === normalizeText(c.outlet)),
    )?.key;
    const id = ids.take(`${prefix}-src-${slugify(c.outlet, 20)}${date ? `-${date.start}` : ''}`);
    sourceId.set(c.start, id);
    const outletActor = outletKey ? keyToId(outletKey) : undefined;
    sources.push({
      id,
      kind: c.kind,
      raw: c.raw,
      outlet: c.outlet,
      ...(outletActor ? { outletActor } : {}),
      ...(c.place ? { place: c.place } : {}),
      ...(date ? { date: date.start, dateYearInferred: date.yearInferred } : { dateYearInferred: false }),
      ...(c.page ? { page: c.page } : {}),
      ...(c.number ? { number: c.number } : {}),
      ...(c.author ? { author: c.author } : {}),
      ...(c.note ? { note: c.note } : {}),
    });
    if (c.date && !date)
      report.add('warning', 'source', `citation date "${c.date.text}" could not be resolved`, c.raw);
  }
  const sourceIds = (list: readonly Citation[]) => [
    ...new Set(list.map((c) => sourceId.get(c.start)).filter((x): x is string => !!x)),
  ];
  return { sources, sourceIds };
}

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
