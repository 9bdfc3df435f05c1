// What the skip rules (skip-rules.ts) read about one dated mention: its sentence, the text before
// and after it, its clause and the clause its opinion would be in, and what the events drafted so far
// already date. Computed once per mention, so that every rule can be asked, not only the first.
import type { DateSpec } from '../../../src/dataset/schema.js';
import type { Analysis, ResolvedMention } from '../../analysis.js';
import type { InterviewVoice } from '../interview.js';
import type { Sentence } from '../segment.js';
import { OCCASION, OCCASION_AFTER, OPINION_VERB } from './act-patterns.js';
import { clauseAround } from './clauses.js';
import { ADDRESSED_AFTER, addressesBody } from './saying.js';
import type { EventDraft } from './types.js';

export interface SkipContext {
  readonly an: Analysis;
  readonly d: ResolvedMention;
  readonly spec: DateSpec;
  readonly voice: InterviewVoice | undefined;
  /** The events drafted before this mention. */
  readonly events: readonly EventDraft[];
  /** "the 1998 agreement" keys (year and noun) of the happenings named so far. */
  readonly namedHappenings: ReadonlySet<string>;
  readonly s: Sentence;
  /** The mention's offset in its sentence, and the sentence's text before and after it. */
  readonly offset: number;
  readonly before: string;
  readonly after: string;
  readonly clause: string;
  /** The dated clause without someone's name for a happening ("in what critics called a purge"). */
  readonly named: string;
  /** Said at a named occasion or to a body at its sitting: a happening of its own. */
  readonly atOccasion: boolean;
  /** Opens an item of a list of dated clauses ("on March 9, …; on March 11, …"): a happening each. */
  readonly datedListItem: boolean;
  /** Some event drafted so far has this mention's day. */
  readonly dayDrafted: boolean;
}

/** "that called on …", "which condemned …", ", a move the union condemned": someone else's view. */
const RELATIVE_OPINION = new RegExp(
  `(?:\\b(?:that|which) |, (?:a|an) \\p{Ll}+ (?:that |which )?(?:the |its |their )?(?:[\\p{L}-]+ ){1,3})(?:${OPINION_VERB.source})`,
  'gu',
);

/** A named check that skips a dated mention telling no happening. */
export interface SkipRule {
  readonly name: string;
  readonly fires: (c: SkipContext) => boolean;
}

/** The context of `d`, or undefined when it has no date or no sentence (never an event). */
export function skipContext(
  an: Analysis,
  d: ResolvedMention,
  voice: InterviewVoice | undefined,
  events: readonly EventDraft[],
  namedHappenings: ReadonlySet<string>,
): SkipContext | undefined {
  const spec = d.spec;
  if (!spec) return undefined;
  const s = an.sentences[d.sentence];
  if (!s) return undefined;
  const offset = d.mention.start - s.start;
  const after = s.text.slice(offset + d.mention.text.length);
  const before = s.text.slice(0, offset);
  const clause = clauseAround(s.text, offset);
  // The opinion must be the dated clause's own, not a relative clause's ("…, which Tiraspol denounced").
  // (A colon opens a clause of its own: "…, which called the affair a spy story, did not have long to
  // wait: on March 21, both men were released".)
  // (Nor a concessive clause's: "cut off gas on January 9, although nobody believed that …".)
  let own = clauseAround(
    s.text,
    offset,
    /; |: |, and |, but | — | – |, (?:which|who|whose) |, (?:although|though|even though|whereas) /g,
  );
  // A relative clause ends at its comma ("…, which has monitored it since 2013, welcomed …").
  if (/, (?:which|who|whose) $/.test(s.text.slice(0, s.text.indexOf(own)))) own = own.split(', ')[0] ?? own;
  // ("answered on March 6 with a rally in Yablanik, where Vasilev accused …": a clause of a place
  // after the date is that place's, not the date's; one before it only interrupts.)
  const where = own.indexOf(', where ', offset - s.text.indexOf(own));
  if (where >= 0) own = own.slice(0, where);
  // "…, in what critics called a purge": someone's name for the happening, which stays one.
  // So is a relative clause's name for someone ("arrested a man whom it described as the buyer"), with
  // "that" as with "which" ("held drills that the opposition called a provocation").
  const named = own
    .replace(/\b(?:in )?what (?:\p{L}+ ){1,6}(?:called|termed|described as)\b/gu, '')
    // ("…, a move that Ulmergaz’s chief executive, Vadim Orlik, called “…”": the subject may be long.)
    .replace(/\b(?:whom|which|that) [^.;“”"]{1,80}? (?:called|termed|described as)\b/gu, '')
    // A relative clause's own opinion or appeal is its subject's, not the date's act ("signed a
    // declaration that called on …"), and so is an appositive's ("…, a step the union condemned").
    .replace(RELATIVE_OPINION, '');
  // (or right after the date: "The next day, after a closed hearing of the committee, its chairman said …")
  // and "Speaking to parliament on March 2", "to the cabinet": an address to a body at its sitting.
  const atOccasion =
    OCCASION.test(before) ||
    OCCASION_AFTER.test(after) ||
    addressesBody(an, before) ||
    ADDRESSED_AFTER.test(after);
  const dayDrafted = events.some((e) => e.mention.spec?.start === spec.start);
  // (Days, not years: "In 2008, X believed …; in 2010, he called it a mistake" tells views held.)
  const datedListItem =
    !d.mention.relative && spec.start.length === 10 && ITEM_OPENING.test(before) && datedItems(an, s) >= 2;
  return {
    an,
    d,
    spec,
    voice,
    events,
    namedHappenings,
    s,
    offset,
    before,
    after,
    clause,
    named,
    atOccasion,
    datedListItem,
    dayDrafted,
  };
}

/** The key under which "the 1998 agreement" names a happening: its year and its noun. */
export function happeningKey(c: SkipContext, eventNoun: RegExp): string {
  return `${c.spec.start} ${eventNoun.exec(c.after)?.[1] ?? ''}`;
}

/**
 * The words before a date that opens an item of a semicolon list (the sentence's first, or one after
 * a semicolon or the colon that begins the list): "On ", "; and on ", ": the next day".
 */
const ITEM_OPENING = /(?:^|[;:]\s)(?:and\s|then\s)?(?:on\s|in\s|by\s)?(?:the\s)?$/i;

/** How many items of sentence `s`'s semicolon list open with a date (the first may open the sentence). */
function datedItems(an: Analysis, s: Sentence): number {
  if (!s.text.includes('; ')) return 0;
  return an.dates.filter(
    (o) => o.sentence === s.index && ITEM_OPENING.test(s.text.slice(0, o.mention.start - s.start)),
  ).length;
}
