// From an article's text to draft records in the dataset's format: the article, new actors,
// sources, events, direct quotations and reported statements, each validated with the dataset's
// own schemas and checked to quote the article verbatim, plus the review report.
import {
  ActorSchema,
  ArticleSchema,
  EventSchema,
  QuoteSchema,
  SourceSchema,
  type Actor,
  type Article,
  type DateSpec,
  type EventRecord,
  type Quote,
  type Source,
} from '../dataset/schema.js';
import { analyzeArticle, type Analysis } from './analyze.js';
import { citationsFor } from './cite.js';
import { buildEvents } from './events.js';
import { parseHeader, parsePrintedDate, type Header } from './header.js';
import type { Registry } from './registry.js';
import { ReviewReport } from './report.js';
import { resolveSpeaker, type SpeakerResolution } from './speakers.js';
import type { Citation } from './sources.js';
import { buildStatements } from './statements.js';
import { foldName, slugify } from './text.js';

export interface HeaderOverrides {
  readonly title?: string;
  readonly publication?: string;
  readonly volume?: number;
  readonly issue?: number;
  /** YYYY-MM-DD, or any printed date. */
  readonly published?: string;
  readonly url?: string;
}

export interface DraftOptions {
  readonly registry: Registry;
  /** Override the derived article id. */
  readonly articleId?: string;
  readonly header?: HeaderOverrides;
}

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

export type DraftResult =
  | { readonly ok: true; readonly draft: Draft; readonly report: ReviewReport }
  | { readonly ok: false; readonly report: ReviewReport };

const MAX_ID = 64;

/** Publication initials: "Eurasia Daily Monitor" -> "edm". */
function initials(publication: string): string {
  const letters = publication
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]?.toLowerCase() ?? '')
    .join('');
  return slugify(letters || publication, 10) || 'article';
}

type HeaderKey = Pick<Header, 'publication' | 'volume' | 'issue' | 'title'>;

/** "edm-3-45-veloran-leans-toward-stravograd": publication, volume, issue, title; at most 64 characters. */
export function deriveArticleId(header: HeaderKey): string {
  const stem = `${initials(header.publication)}-${header.volume}-${header.issue}`;
  const title = slugify(header.title, MAX_ID - stem.length - 1);
  return title ? `${stem}-${title}` : stem;
}

/**
 * The short prefix of every record id drafted from one article ("edm-3-45-veloran"): the issue
 * plus the title's first word, so that two articles of one issue do not collide and the ids stay
 * within the 64 characters Discord custom ids leave them.
 */
export function recordPrefix(articleId: string): string {
  const m = /^([a-z0-9]+-\d+-\d+)(?:-([a-z0-9]+))?/.exec(articleId);
  if (!m?.[1]) return articleId.slice(0, 24).replace(/-+$/, '');
  return m[2] ? `${m[1]}-${m[2].slice(0, 12)}` : m[1];
}

class Ids {
  private readonly used: Set<string>;
  constructor(taken: Iterable<string>) {
    this.used = new Set(taken);
  }
  take(base: string): string {
    let stem = base.slice(0, MAX_ID - 4).replace(/-+$/, '');
    if (stem === '') stem = 'record';
    let id = stem;
    for (let n = 2; this.used.has(id); n++) id = `${stem}-${n}`;
    this.used.add(id);
    return id;
  }
}

function checkText(text: string, report: ReviewReport): boolean {
  if (text.trim() === '') {
    report.add('error', 'input', 'the file is empty');
    return false;
  }
  if (text.includes('\u0000') || (text.match(/\uFFFD/g)?.length ?? 0) > Math.max(5, text.length / 200)) {
    report.add('error', 'input', 'the file is not UTF-8 text (binary content or another encoding)');
    return false;
  }
  if (text.length > 150_000)
    report.add(
      'warning',
      'input',
      `the article is very long (${text.length} characters); check that it is one article`,
    );
  return true;
}

function resolveHeader(
  text: string,
  report: ReviewReport,
  overrides: HeaderOverrides = {},
): Header | undefined {
  const parsed = parseHeader(text);
  let header: { -readonly [K in keyof Header]?: Header[K] } & { bodyStart: number };
  if (parsed.ok) header = { ...parsed.header };
  else {
    header = { bodyStart: parsed.bodyStart, ...(parsed.title ? { title: parsed.title } : {}) };
    const supplied = overrides.publication && overrides.volume && overrides.issue;
    report.add(
      supplied ? 'warning' : 'error',
      'header',
      `${parsed.message}${supplied ? '; using the values given on the command line' : '; add the line to the text or pass --publication, --volume and --issue'}`,
    );
  }
  if (overrides.title) header.title = overrides.title;
  if (overrides.publication) header.publication = overrides.publication;
  if (overrides.volume) header.volume = overrides.volume;
  if (overrides.issue) header.issue = overrides.issue;
  if (overrides.published) {
    const printed = /^\d{4}-\d{2}-\d{2}$/.test(overrides.published)
      ? { date: overrides.published, text: overrides.published }
      : parsePrintedDate(overrides.published);
    if (printed) {
      header.published = printed.date;
      header.publishedText = printed.text;
    } else report.add('error', 'header', `--date "${overrides.published}" is not a date`);
  }
  if (!header.title || !header.publication || !header.volume || !header.issue) return undefined;
  return header as Header;
}

function speakerDoubt(report: ReviewReport, res: SpeakerResolution, what: string, excerpt: string): void {
  if (res.doubt)
    report.add(
      'check',
      'quote',
      `${what}: speaker ${res.actor ? 'guessed' : 'unresolved'} (${res.doubt})`,
      excerpt,
    );
}

/** Build the draft for one article. */
export function draftArticle(text: string, options: DraftOptions): DraftResult {
  const report = new ReviewReport();
  if (!checkText(text, report)) return { ok: false, report };
  const header = resolveHeader(text, report, options.header);
  if (!header) return { ok: false, report };
  const articleId = options.articleId ?? deriveArticleId(header);
  const an = analyzeArticle(text, header, options.registry, report);
  const prefix = recordPrefix(articleId);
  const ids = new Ids(options.registry.ids);

  // Article.
  let published: DateSpec;
  if (header.published)
    published = {
      start: header.published,
      yearInferred: false,
      text: header.publishedText ?? header.published,
    };
  else if (an.year !== undefined) {
    published = {
      start: String(an.year),
      yearInferred: true,
      note: `not printed; year inferred from the dates in the text${an.reference ? `, on or after ${an.reference} (the latest date it cites)` : ''}`,
    };
    report.add('check', 'header', `publication date not printed; year ${an.year} inferred from the text`);
  } else {
    report.add(
      'error',
      'header',
      'no publication date printed and no year in the text to infer it from; pass --date',
    );
    return { ok: false, report };
  }
  const article: Article = {
    id: articleId,
    title: header.title,
    publication: header.publication,
    volume: header.volume,
    issue: header.issue,
    published,
    ...(options.header?.url ? { url: options.header.url } : {}),
    textPath: `articles/${articleId}.txt`,
  };

  // Actors: registry ids for known ones, new ids for the rest.
  const actorId = new Map<string, string>();
  const newActors: Actor[] = [];
  const refs: ActorRef[] = [];
  const registryNames = options.registry.byName;
  for (const a of an.table.actors.values()) {
    if (a.registryId) {
      actorId.set(a.key, a.registryId);
      const reg = options.registry.actors.find((r) => r.id === a.registryId);
      refs.push({ id: a.registryId, name: reg?.name ?? a.name, kind: reg?.kind ?? a.kind, registered: true });
      continue;
    }
    const id = ids.take(slugify(a.name, 60) || 'actor');
    actorId.set(a.key, id);
    const aliases: string[] = [];
    const seen = new Set([foldName(a.name)]);
    for (const alias of a.aliases) {
      const f = foldName(alias);
      if (f === '' || seen.has(f)) continue;
      if (
        registryNames.has(f) ||
        newActors.some((n) => [n.name, ...n.aliases].some((x) => foldName(x) === f))
      ) {
        report.add('check', 'actor', `alias "${alias}" of ${a.name} left out: another actor already uses it`);
        continue;
      }
      seen.add(f);
      aliases.push(alias);
    }
    const evidenceSentence = an.sentences[a.evidenceSentence];
    const actor: Actor = {
      id,
      kind: a.kind,
      name: a.name,
      aliases,
      ...(a.description ? { description: a.description } : {}),
      evidence: [{ article: articleId, text: evidenceSentence?.text ?? a.name }],
    };
    newActors.push(actor);
    refs.push({ id, name: a.name, kind: a.kind, registered: false });
    if (a.kindCue === 'weak')
      report.add('check', 'actor', `${a.name}: kind "${a.kind}" is a guess from context`);
  }
  // A surname shared by two people in the article never becomes anyone's alias (aliases are unique).
  const keyToId = (key: string) => actorId.get(key);

  // Sources.
  const sourceId = new Map<number, string>();
  const sources: Source[] = [];
  for (const c of an.citations) {
    const date = an.citationDates.get(c.start);
    const outletKey = [...an.table.actors.values()].find(
      (a) =>
        a.kind === 'media' &&
        [a.name, ...a.aliases, ...a.forms.keys()].some((n) => foldName(n) === foldName(c.outlet)),
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

  // Events.
  const events: EventRecord[] = [];
  for (const e of buildEvents(an)) {
    const spec = e.mention.spec;
    if (!spec) continue;
    const actors = e.actors.map(keyToId).filter((x): x is string => !!x);
    const places = e.places.map(keyToId).filter((x): x is string => !!x);
    const main = an.table.actors.get(e.actors[0] ?? e.places[0] ?? '')?.name ?? 'event';
    events.push({
      id: ids.take(`${prefix}-ev-${spec.start}-${slugify(main, 20)}`),
      title: e.title,
      summary: e.summary,
      date: spec,
      status: e.status,
      places,
      actors,
      sources: sourceIds(e.citations),
      evidence: [e.evidence],
    });
  }

  // Direct quotations.
  const quotes: Quote[] = [];
  const perSpeaker = new Map<string, number>();
  const quoteId = (speaker: string, kind: 'q' | 's') => {
    const n = (perSpeaker.get(`${kind}${speaker}`) ?? 0) + 1;
    perSpeaker.set(`${kind}${speaker}`, n);
    return ids.take(`${prefix}-${kind}-${speaker}-${n}`);
  };
  for (const g of an.quotes) {
    const first = g.parts[0];
    const last = g.parts.at(-1);
    if (!first || !last) continue;
    const parts = g.parts.map((p) => text.slice(p.start, p.end).trim()).filter((p) => p !== '');
    if (parts.length === 0) continue;
    const firstSentence = an.sentences.find(
      (s) => s.start <= first.outerStart && first.outerStart < s.end + 1,
    );
    const lastSentence = an.sentences.find((s) => s.start <= last.outerEnd - 1 && last.outerEnd - 1 < s.end);
    if (!firstSentence || !lastSentence) continue;
    // Words of one or two words are scare quotes, not quotations.
    if (g.parts.length === 1 && parts[0] && parts[0].split(/\s+/).length < 4 && !/[.!?,]$/.test(parts[0]))
      continue;
    let res: SpeakerResolution = { how: 'none' };
    const dash = an.citations.find(
      (c) => c.kind === 'dash' && c.start >= last.outerEnd && c.start - last.outerEnd <= 4,
    );
    let region: { start: number; end: number } | undefined;
    if (dash?.author) {
      const key = [...an.table.actors.values()].find(
        (a) => a.kind === 'person' && a.forms.has(dash.author ?? ''),
      )?.key;
      res = key
        ? { actor: key, how: 'author' }
        : { how: 'none', doubt: `author "${dash.author}" is not an actor` };
    } else if (g.gaps[0]) {
      region = g.gaps[0];
    } else {
      const after = text.slice(last.outerEnd, Math.min(lastSentence.end, last.outerEnd + 100));
      const clause = /^[^.;“"‘(]*/.exec(after)?.[0] ?? '';
      if (
        /\S/.test(clause) &&
        new RegExp(`^[,\\s]*\\S`).test(clause) &&
        /^[,\s]/.test(after) &&
        clause.length > 2
      )
        region = { start: last.outerEnd, end: last.outerEnd + clause.length };
      const attributionAfter =
        region && resolveSpeaker(an.table, text, an.sentences, region, lastSentence.index);
      if (!attributionAfter?.actor) {
        let start = firstSentence.start;
        if (first.outerStart === firstSentence.start) {
          const prev = an.sentences[firstSentence.index - 1];
          if (prev && /:\s*$/.test(prev.text)) start = prev.start;
        }
        // Inside another quotation, the attribution lies within it.
        region = { start, end: first.outerStart };
      }
    }
    if (region) res = resolveSpeaker(an.table, text, an.sentences, region, firstSentence.index);
    const quoted = parts.join(' ');
    const evidence = text.slice(firstSentence.start, lastSentence.end);
    if (!res.actor) {
      report.add(
        'warning',
        'quote',
        `quotation left out: no speaker found (${res.doubt ?? 'no attribution'})`,
        quoted,
      );
      continue;
    }
    speakerDoubt(report, res, 'quotation', quoted);
    const speaker = keyToId(res.actor);
    if (!speaker) continue;
    // Date: said on a date printed with the attribution, else the citation's date.
    const cites = dash ? [dash] : quoteCitations(an, firstSentence.index, lastSentence.index);
    const spoken = an.dates.find(
      (d) =>
        d.spec &&
        !d.planned &&
        d.sentence >= firstSentence.index - (region && region.start < firstSentence.start ? 1 : 0) &&
        d.sentence <= lastSentence.index &&
        !g.parts.some((p) => d.mention.start >= p.start && d.mention.end <= p.end) &&
        (!d.citation || d.citation.kind === 'in-sentence'),
    );
    const enclosing =
      g.depth === 1
        ? an.quotes.find(
            (o) => o.depth === 0 && o.parts.some((p) => p.start <= first.start && p.end >= last.end),
          )
        : undefined;
    let date: DateSpec | undefined = spoken?.spec;
    if (!date && g.depth === 1) {
      const inside = an.dates
        .filter(
          (d) =>
            d.spec && !d.planned && d.mention.end <= first.start && d.sentence >= firstSentence.index - 3,
        )
        .at(-1);
      date = inside?.spec ?? an.dates.find((d) => d.citation?.kind === 'dash')?.spec;
      const occasion = an.dates.find(
        (d) => d.mention.start === an.citations.find((c) => c.kind === 'dash')?.describing?.date?.start,
      );
      if (enclosing && occasion?.spec) date = occasion.spec;
    }
    if (!date) date = cites.map((c) => an.citationDates.get(c.start)).find((x) => !!x);
    const speakerName = an.table.actors.get(res.actor)?.name ?? speaker;
    quotes.push({
      id: quoteId(slugify(speakerName, 24), 'q'),
      kind: 'direct',
      speaker,
      text: quoted,
      ...(parts.length > 1 ? { parts } : {}),
      ...(date ? { date } : {}),
      sources: sourceIds(cites),
      evidence: [evidence],
    });
  }

  // Reported statements.
  for (const st of buildStatements(an)) {
    const excerpt = st.evidence;
    if (!st.speaker.actor) {
      report.add(
        'warning',
        'statement',
        `statement left out: no speaker found (${st.speaker.doubt ?? ''})`,
        excerpt,
      );
      continue;
    }
    const speaker = keyToId(st.speaker.actor);
    if (!speaker) continue;
    if (st.speaker.doubt) report.add('check', 'statement', `speaker guessed (${st.speaker.doubt})`, excerpt);
    const cites = citationsFor(an, st.sentence);
    // A date printed before the reporting words dates them ("Two days later, Ormanov indicated").
    const inSentence = an.dates.find(
      (d) =>
        d.sentence === st.sentence &&
        d.spec &&
        !d.planned &&
        !d.mention.modifier &&
        d.mention.start < st.verbAt &&
        (!d.citation || d.citation.kind === 'in-sentence'),
    );
    const date = inSentence?.spec ?? cites.map((c) => an.citationDates.get(c.start)).find((x) => !!x);
    const speakerName = an.table.actors.get(st.speaker.actor)?.name ?? speaker;
    quotes.push({
      id: quoteId(slugify(speakerName, 24), 's'),
      kind: 'reported',
      speaker,
      text: excerpt,
      ...(date ? { date } : {}),
      sources: sourceIds(cites),
      evidence: [excerpt],
    });
  }

  const draft: Draft = { article, text, actors: newActors, actorRefs: refs, sources, events, quotes };
  validateDraft(draft, report);
  return report.hasErrors ? { ok: false, report } : { ok: true, draft, report };
}

/** Citations of the sentences a quotation spans, else those backing its last sentence. */
function quoteCitations(an: Analysis, first: number, last: number): Citation[] {
  const own = an.citations.filter((c) => c.sentence >= first && c.sentence <= last);
  return own.length > 0 ? own : citationsFor(an, last);
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

export type { Analysis };
