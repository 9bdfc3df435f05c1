// The dataset's file format, as zod schemas: the single source of truth for what a record may hold.
// The loader, the validate script and the ingest tool all parse through these.
import { isValidDate } from '../util/calendar.js';
import { z } from 'zod';

/** A kebab-case identifier, stable across releases because replies and ledgers refer to it. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case (a-z, 0-9 and single hyphens)')
  // Ids travel inside Discord custom ids and option values (100 characters at most, with a prefix).
  .max(64, 'must be at most 64 characters');

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when the partial date names a real calendar year, month or day (rejects 2004-02-30). */
export function isRealPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  // Checked for every date of every record at start-up: plain arithmetic, no Date object.
  return day === undefined || isValidDate(Number(year), m, Number(day));
}

/** `2004`, `2004-10` or `2004-06-02`: as precise as the article is, and no more. */
export const PartialDateSchema = z
  .string()
  .regex(PARTIAL_DATE, 'must be a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealPartialDate, { message: 'is not a real calendar date' });

export const DateQualifierSchema = z.enum(['early', 'mid', 'late', 'spring', 'summer', 'autumn', 'winter']);

/**
 * An honest date: the start, an optional end for ranges ("late March to early April 2004"),
 * qualifiers for vague parts, and whether the year was inferred from context rather than printed.
 */
export const DateSpecSchema = z
  .object({
    start: PartialDateSchema,
    startQualifier: DateQualifierSchema.optional(),
    end: PartialDateSchema.optional(),
    endQualifier: DateQualifierSchema.optional(),
    /** The year is not printed next to the date; it comes from the article's context. */
    yearInferred: z.boolean().default(false),
    /** The date as the article words it, verbatim ("late March and early April 2004"). */
    text: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
  })
  .strict()
  .refine((d) => d.end === undefined || d.end >= d.start, {
    message: 'end must not be before start',
    path: ['end'],
  })
  .refine((d) => d.endQualifier === undefined || d.end !== undefined, {
    message: 'endQualifier needs an end',
    path: ['endQualifier'],
  });

export const ActorKindSchema = z.enum(['person', 'organization', 'country', 'place', 'media']);

/** A sentence (or part of one) quoted verbatim from an article, proving a record. */
export const EvidenceSchema = z
  .object({
    article: IdSchema,
    text: z.string().min(1, 'must not be empty'),
  })
  .strict();

/**
 * Where a record stands in review. The ingest tool drafts records as `draft`, with `flags` saying
 * what it was unsure of; a person accepts them (`npm run review`). The bot never serves a draft and
 * the gate fails while `data/` holds one. Absent means a record curated by hand: accepted.
 */
export const ReviewSchema = z
  .object({
    state: z.enum(['draft', 'accepted']),
    /** What the reviewer should check ("no source: the sentence cites none"). */
    flags: z.array(z.string().min(1)).optional(),
  })
  .strict();

export const ActorSchema = z
  .object({
    id: IdSchema,
    kind: ActorKindSchema,
    /** The fullest form of the name the sources use. */
    name: z.string().min(1),
    /** Other forms users will type: spellings, transliterations, abbreviations, surname alone. */
    aliases: z.array(z.string().min(1)).default([]),
    /** The role or title the article gives ("Russian Defense Minister"). */
    description: z.string().min(1).optional(),
    /** Free-text hint to tell this actor from namesakes ("not Igor Ivanov"). */
    disambiguation: z.string().min(1).optional(),
    evidence: z.array(EvidenceSchema).min(1, 'an actor needs at least one evidence sentence'),
    review: ReviewSchema.optional(),
  })
  .strict();

export const ActorFileSchema = z.object({ actors: z.array(z.unknown()) }).strict();

export const SourceKindSchema = z.enum(['bracket', 'in-sentence', 'dash']);

/** An inline citation as the article prints it, parsed into its parts with the raw text kept. */
export const SourceSchema = z
  .object({
    id: IdSchema,
    kind: SourceKindSchema.default('bracket'),
    /** Verbatim, as printed: "Interfax, Moscow, June 2". */
    raw: z.string().min(1),
    outlet: z.string().min(1),
    /** The media-outlet actor, when the outlet is in the registry. */
    outletActor: IdSchema.optional(),
    place: z.string().min(1).optional(),
    date: PartialDateSchema.optional(),
    dateYearInferred: z.boolean().default(false),
    page: z.string().min(1).optional(),
    number: z.string().min(1).optional(),
    author: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
  })
  .strict();

export const EventStatusSchema = z.enum(['happened', 'planned', 'reported']);

export const EventSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1).max(200),
    /** Other names people know the event by ("Beslan siege", "the May 9 attack"). */
    aliases: z.array(z.string().min(1).max(200)).optional(),
    summary: z.string().min(1),
    date: DateSpecSchema,
    status: EventStatusSchema,
    /** Place actors (cities, regions, countries as places). */
    places: z.array(IdSchema).default([]),
    /** Who took part or was acted upon. */
    actors: z.array(IdSchema).default([]),
    sources: z.array(IdSchema).default([]),
    evidence: z.array(z.string().min(1)).min(1, 'an event needs at least one evidence sentence'),
    review: ReviewSchema.optional(),
  })
  .strict();

export const QuoteKindSchema = z.enum(['direct', 'reported']);

export const QuoteSchema = z
  .object({
    id: IdSchema,
    kind: QuoteKindSchema,
    speaker: IdSchema,
    /** A short name for the quotation, when people refer to it by one ("Karimov's no-doubt remark"). */
    title: z.string().min(1).max(200).optional(),
    /**
     * A direct quotation's words (the parts joined by one space when an attribution splits it),
     * or a reported statement's gist in the dataset's words.
     */
    text: z.string().min(1),
    /** For a direct quotation split by its attribution: each verbatim part, in order. */
    parts: z.array(z.string().min(1)).min(2).optional(),
    date: DateSpecSchema.optional(),
    context: z.string().min(1).optional(),
    sources: z.array(IdSchema).default([]),
    evidence: z.array(z.string().min(1)).min(1, 'a quote needs at least one evidence sentence'),
    review: ReviewSchema.optional(),
  })
  .strict()
  .refine((q) => q.parts === undefined || q.text === q.parts.join(' '), {
    message: 'text must equal the parts joined by one space',
    path: ['text'],
  })
  .refine((q) => q.kind === 'direct' || q.parts === undefined, {
    message: 'only a direct quotation has parts',
    path: ['parts'],
  });

export const ArticleSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1),
    publication: z.string().min(1),
    volume: z.number().int().positive(),
    issue: z.number().int().positive(),
    /** When it was published; `yearInferred`/`note` say when the text does not print it. */
    published: DateSpecSchema,
    /** Who wrote it, as printed ("Roger McDermott"), when the article names its authors. */
    authors: z.array(z.string().min(1)).optional(),
    /** The article's canonical address, when the maintainer knows it (never guessed). */
    url: z
      .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
      .max(512, 'must be at most 512 characters (Discord link buttons allow no more)')
      .optional(),
    /** Path of the article text, relative to the data directory. */
    textPath: z.string().regex(/^articles\/[^/]+\.txt$/, 'must be articles/<file>.txt'),
    review: ReviewSchema.optional(),
  })
  .strict();

/** One file per article under `records/`: the article and everything curated from it. */
export const RecordFileSchema = z
  .object({
    article: z.unknown(),
    sources: z.array(z.unknown()).default([]),
    events: z.array(z.unknown()).default([]),
    quotes: z.array(z.unknown()).default([]),
  })
  .strict();

export type PartialDate = z.infer<typeof PartialDateSchema>;
export type DateQualifier = z.infer<typeof DateQualifierSchema>;
export type DateSpec = z.infer<typeof DateSpecSchema>;
export type ActorKind = z.infer<typeof ActorKindSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type EventStatus = z.infer<typeof EventStatusSchema>;
export type EventRecord = z.infer<typeof EventSchema>;
export type QuoteKind = z.infer<typeof QuoteKindSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Review = z.infer<typeof ReviewSchema>;

/** True for a record still awaiting review. */
export const isDraft = (record: { readonly review?: Review | undefined }): boolean =>
  record.review?.state === 'draft';
