// The rules that skip a dated mention telling no happening, each a named check: what it reads of
// the mention (its form, the words around it, its clause) is in skip-context.ts; what it reads of
// what the article tells elsewhere (a saying, a happening told again) in skip-rules-retold.ts; whether
// an opinion is the date's own clause's in opinion-scope.ts. The
// rules' verdict is "drop when any fires"; `firingRules` lists every rule that fires, not only the first.
import { IRREGULAR_PAST_ACTS } from '../../language/lexicon.js';
import { isTurn } from '../segment.js';
import { EVENT_NOUN, ALSO_DID, DID_THEN_OPINION, LIMIT, OPINION_VERB } from './act-patterns.js';
import { dateInLeadingTimeClause, dateInOwnSubclause } from './opinion-scope.js';
import { reportedAct } from './reported-act.js';
import { inSaying } from './saying.js';
import { happeningKey, type SkipContext, type SkipRule } from './skip-context.js';
import { RETOLD_RULES } from './skip-rules-retold.js';

/** The rules about the mention's own form and words, in the order from-dates.ts used to ask them. */
const FORM_RULES: readonly SkipRule[] = [
  // The date of a citation, unless it dates a speech act or a past act the report tells.
  {
    name: 'citation-date',
    fires: ({ an, d }) =>
      !!d.citation && !d.citation.speechAct && d.citation.kind !== 'dash' && !reportedAct(an, d),
  },
  {
    name: 'credit-line',
    fires: ({ an, d }) => an.citations.some((c) => c.credit && c.sentence === d.sentence),
  },
  // A quote box's dash citation dates its happening only when it describes it ("describing …").
  {
    name: 'dash-citation',
    fires: ({ d }) =>
      d.citation?.kind === 'dash' && !(d.citation.describing?.date?.start === d.mention.start),
  },
  // An interviewer's question recalls the news to ask about it ("The railway reopened on June 1.
  // Does the blockade still make sense?"): the introduction and the answers tell the happenings.
  {
    name: 'interview-question',
    fires: ({ an, s }) => !!an.turns && isTurn(an.paragraphs[s.paragraph]?.text ?? '', an.turns, 'question'),
  },
  // "the March rally": a modifier dates a happening only as a year before an event noun.
  {
    name: 'modifier',
    fires: ({ d, after }) =>
      !!d.mention.modifier && !(d.mention.from?.month === undefined && EVENT_NOUN.test(after)),
  },
];

/** "the 1998 agreement" names again a happening already drafted: one event per year and noun. */
const NAMED_AGAIN: SkipRule = {
  name: 'named-again',
  fires: (c) => !!c.d.mention.modifier && c.namedHappenings.has(happeningKey(c, EVENT_NOUN)),
};

/** A pronoun subject, then a verb in the simple present ("we take", "they bring"), not a past or a modal. */
const HABITUAL_AFTER = new RegExp(
  `^,? (?:we|they|I|you) (?!(?:will|would|had|have|were|was|did|could|should|might|must|can|may|${IRREGULAR_PAST_ACTS}|began|came|went|got|saw|told|said|spoke|found|heard|knew|thought)\\b)\\p{Ll}+(?<!ed)\\b`,
  'u',
);

/** A month printed with no year and no day ("in May"), which may tell what happens every year. */
function monthAlone(d: SkipContext['d']): boolean {
  const from = d.mention.from;
  return (
    !d.mention.relative && from?.month !== undefined && from.day === undefined && from.year === undefined
  );
}

/** The words of the date's own clause before it, and after it. */
const clauseBefore = (before: string) => before.split(/[;,:]\s/).at(-1) ?? '';
const clauseAfter = (after: string) => after.split(/[;,:.]\s/)[0] ?? '';

/** Words that say a thing happens every time: "always", "every spring", "each year". */
const ALWAYS = /\b(?:always|(?:every|each) (?:year|spring|summer|autumn|fall|winter|season|month|time))\b/i;

/** A past or perfect verb in the dated clause before its date. */
const PAST_BEFORE = new RegExp(
  `\\b(?:had|has|have|was|were|did|\\p{Ll}{2,}ed|${IRREGULAR_PAST_ACTS})\\b`,
  'u',
);

const WORD_RULES: readonly SkipRule[] = [
  // "Three months after the shooting at the Kushkent headworks, the quarrel … has moved to Moscow":
  // an opening that measures the writer's present from a happening, told in the present (perfect).
  {
    name: 'time-since-now',
    fires: ({ d, before, after }) =>
      !!d.mention.relative &&
      /^\s*$/.test(before) &&
      /\bafter$/.test(d.mention.text) &&
      // (The happening may take a relative clause: "Seven weeks after the siege, which lasted …, X's
      // grief has hardened".)
      /^ [^;.]{2,300}?, (?:(?!\b(?:who|whom|whose|which|that|when|where)\b)[^,;]){2,120}?\b(?:has|have|is|are|remains|remain|seems|looks)\b/.test(
        after,
      ),
  },
  // "had taken part in the 2004 protest": a happening of that year drafted already, taken part in.
  {
    name: 'took-part-in',
    fires: ({ d, before, events, spec }) =>
      !!d.mention.modifier &&
      /\bpart in the $/.test(before) &&
      events.some((e) => e.mention.spec?.start.startsWith(spec.start)),
  },
  {
    name: 'of-than-for-year',
    fires: ({ d, before }) =>
      /\b(?:of|than|for)\s$/.test(before) && !d.mention.relative && d.mention.from?.month === undefined,
  },
  // "not nine days, as last year", "as in 2009": a comparison with a time, not a happening told
  // (but "as recently as May" and "as long ago as 2006" date one).
  {
    name: 'as-comparison',
    fires: ({ before }) => /(?<!\b(?:early|late|recently|soon|ago|back) )\bas (?:in |on )?$/.test(before),
  },
  // The dated clause's own opinion (someone's name for the happening aside), unless at a meeting or
  // beside an act ("called the filling an act of hostility and ordered army units …", "summoned the
  // attaché and accused its guards of …").
  {
    name: 'opinion',
    // (An address to a sitting is a happening whatever it says: "told parliament last week that X welcomed …".)
    fires: ({ an, named, clause, s, offset, d, atOccasion, datedListItem }) =>
      !atOccasion &&
      !datedListItem &&
      OPINION_VERB.test(named) &&
      !dateInOwnSubclause(s.text, offset, d.mention.text) &&
      !dateInLeadingTimeClause(s.text, offset, d.mention.text, (at) =>
        an.table.mentions.some(
          (m) =>
            m.start >= s.start + at &&
            /^(?:the |\p{Lu}[\p{L}’'-]* )*$/u.test(an.text.slice(s.start + at, m.start)),
        ),
      ) &&
      !/\b(?:press conference|meeting|talks|visit)\b/.test(clause) &&
      !ALSO_DID.test(clause) &&
      !DID_THEN_OPINION.test(clause),
  },
  // (An item of a list of dated clauses is a happening of the list's, a reaction in words too: "on
  // March 9, the EU called the sentences disproportionate; on March 11, the US urged …".)
  {
    name: 'saying',
    fires: ({ an, d, offset, atOccasion, datedListItem }) =>
      inSaying(an, d, offset) && !atOccasion && !datedListItem,
  },
  // "The following week, the navy held exercises … from March 20 to 24": a vague time the clause
  // then gives exactly is the same happening, dated by the exact date.
  {
    name: 'refined-later',
    fires: ({ an, d, s, clause }) => {
      if (!d.mention.relative) return false;
      const clauseFrom = s.start + s.text.indexOf(clause);
      return an.dates.some(
        (o) =>
          o.sentence === d.sentence &&
          o.mention.start > d.mention.end &&
          o.mention.end <= clauseFrom + clause.length &&
          !o.mention.modifier &&
          (o.spec?.start.length ?? 0) > (d.spec?.start.length ?? 0) &&
          o.spec?.start.startsWith(d.spec?.start ?? '-') &&
          // (not a happening of its own: "…, which ran from August 1 to August 8")
          !/\b(?:which|who|that|when|after|before)\b/.test(an.text.slice(d.mention.end, o.mention.start)),
      );
    },
  },
  // "In May we take the flocks up, in October we bring them down": a month with no year before a
  // verb in the simple present tells what is done every year, not a happening.
  {
    name: 'habitual',
    fires: ({ d, before, after }) =>
      monthAlone(d) &&
      HABITUAL_AFTER.test(after) &&
      // ("My permit had run out in May, I admit": a past verb before the month dates its own act.)
      !PAST_BEFORE.test(clauseBefore(before)),
  },
  // "so that Dashtarian cotton can drink in July": what can happen in a month, every year (not "could
  // open in May", "can resume in June": a plan).
  {
    name: 'can-in-month',
    fires: ({ d, before }) =>
      monthAlone(d) &&
      /\bcan\s(?!be\b|open\b|start\b|begin\b|resume\b|take place\b)(?:\p{Ll}+\s){1,3}in\s$/u.test(
        clauseBefore(before),
      ),
  },
  // "The river always loses water in June", "every spring the road closes in April": a month with no
  // year or day in a clause that says it happens every time.
  {
    name: 'always',
    fires: ({ d, before, after }) =>
      monthAlone(d) &&
      (ALWAYS.test(clauseBefore(before)) ||
        // (Not a comparison after a past act: "blocked the highway in April as they do every spring".)
        (ALWAYS.test(clauseAfter(after)) &&
          !/\bas\s(?:\p{Ll}+\s){0,2}(?:do|does|did|has|have)\b/u.test(clauseAfter(after)) &&
          !PAST_BEFORE.test(clauseBefore(before)))),
  },
  // A limit or a comparison, not a happening; "frozen through 2030" is the end of a span, "booked
  // for the whole of May" what a booking covers.
  { name: 'limit', fires: ({ before }) => LIMIT.test(before) },
  // "were held until May 16" ends a state the clause began earlier; "…, when they were released"
  // after it tells the happening that ended it.
  {
    name: 'held-until',
    fires: ({ before, after }) =>
      /\b(?:was|were) (?:held|kept|detained)\b[^,;]{0,40}\buntil\s$/.test(before) &&
      !/^,\s+when\b/.test(after),
  },
  // "more than in the whole of June", "for the fifth time since May": a time a figure is measured
  // against or counted from, not a happening.
  {
    name: 'compared-time',
    fires: ({ before }) =>
      /\bthan (?:in |during |for |at )?(?:the whole of |all of |the same period (?:of|in) )?$/.test(before) ||
      /\bfor the (?:\p{Ll}+|\d+(?:st|nd|rd|th)) time since $/u.test(before),
  },
  // "The first frosts usually come in late October", "the passes are usually closed by mid-November":
  // what happens every year (not "the usually docile parliament rejected the bill on May 20", where
  // the adverb qualifies a noun's adjective).
  {
    name: 'usually',
    fires: ({ before }) =>
      /(?<!\b(?:[Tt]he|an?|its|his|her|their)\s|['’]s\s)\b(?:usually|normally|typically|traditionally)\b[^,;:]{0,60}$/.test(
        before,
      ),
  },
  // "if the pipeline closes this winter, …": a condition, not a happening; nor is what is in doubt
  // ("we will see whether it pays those who worked in May").
  // ("Whether that is enough will be clear on May 9", a sentence's subject, leaves its date alone).
  {
    name: 'condition',
    fires: ({ before }) =>
      /(?:^|[,;:]\s)(?:if|unless)\b[^,;:]*$/i.test(before) || /\bwhether\b[^,;:]*$/.test(before),
  },
];

const FORM_RULE_NAMES = new Set(FORM_RULES.map((r) => r.name));

/** Every skip rule, in the order from-dates.ts used to ask them. */
export const SKIP_RULES: readonly SkipRule[] = [...FORM_RULES, NAMED_AGAIN, ...WORD_RULES, ...RETOLD_RULES];

/** The names of the rules that fire for the mention of `c`, in order. */
export function firingRules(c: SkipContext): string[] {
  return SKIP_RULES.filter((r) => r.fires(c)).map((r) => r.name);
}

/**
 * Whether a modifier's happening is named for the first time: a rule before `named-again` would
 * have skipped it before its year and noun were noted, so only then is the key noted.
 */
export function notesNamedHappening(c: SkipContext, firing: readonly string[]): boolean {
  return !!c.d.mention.modifier && !firing.some((n) => FORM_RULE_NAMES.has(n));
}
