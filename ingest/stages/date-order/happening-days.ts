// The days of happenings the text names, for offsets counted from them: "on the eve of the vote",
// "two days after the arrest", "a week before we started", "before it was due to take place".
import type { ResolvedMention } from '../../analysis.js';
import { IRREGULAR_PAST_ACTS } from '../../language/lexicon.js';
import { escapeRegExp } from '../../language/words.js';
import { REPORTING_ANYWHERE } from '../statements/reporting-verbs.js';
import type { Sentence } from '../segment.js';

/**
 * The day told last for a happening named by `noun`: a day printed beside the noun ("the vote on May
 * 3", "the May 3 vote", "a vote set for May 3"), for "on the eve of the vote".
 */
export function dayNamed(
  noun: string,
  dates: readonly ResolvedMention[],
  sentences: readonly Sentence[],
): string | undefined {
  const named = new RegExp(`\\b${noun}\\b`, 'i');
  return dates
    .filter((o) => {
      const s = sentences[o.sentence];
      if (!s || o.spec?.start.length !== 10) return false;
      const from = o.mention.start - s.start;
      return named.test(s.text.slice(Math.max(0, from - 40), o.mention.end - s.start + 12));
    })
    .at(-1)?.spec?.start;
}

/** The first day a paragraph printed for a past happening: "two days after the arrest" counts from it. */
export function paragraphFirstDay(
  paragraph: number,
  dates: readonly ResolvedMention[],
  sentences: readonly Sentence[],
): string | undefined {
  return dates.find(
    (o) =>
      sentences[o.sentence]?.paragraph === paragraph &&
      o.spec?.start.length === 10 &&
      !o.planned &&
      !o.mention.modifier &&
      !o.mention.relative,
  )?.spec?.start;
}

/**
 * The day an offset ending in "before" or "after" counts from when the words after it tell a
 * happening (`after`, the sentence's text after the offset): a beginning, an act or a plan.
 */
export function happeningDay(
  after: string,
  dates: readonly ResolvedMention[],
  sentences: readonly Sentence[],
  spanStart: string | undefined,
  spanEnd?: string,
): string | undefined {
  let day: string | undefined;
  // "Two days before the exercises began": counted from the first day of the span told last;
  // "a week after the talks ended", from its last day.
  if (/^ the (?:\p{Ll}+ ){0,2}\p{Ll}+ (?:began|started|opened)\b/u.test(after) && spanStart) day = spanStart;
  if (/^ the (?:\p{Ll}+ ){0,2}\p{Ll}+ (?:ended|finished|closed|broke up|wound up)\b/u.test(after) && spanEnd)
    day = spanEnd;
  // "We notified the mayor a week before we started": counted from the day told last as the one
  // something began ("On June 19, the union began a sit-in"), not from the narrative's day; so
  // "until the day after his article appeared", from the day told last as the one he published.
  const act =
    /^ (?:we|they|he|she|it|(?:his|her|its|their) \p{Ll}+) (?:(started|began)|(appeared|was published|came out))\b/u.exec(
      after,
    );
  if (act) {
    const told = act[1]
      ? /^[^;.]{0,60}\b(?:began|started)\b/
      : /^[^;.]{0,60}\b(?:published|appeared|came out)\b/;
    const began = dates
      .filter((o) => {
        const t = sentences[o.sentence]?.text ?? '';
        const from = o.mention.end - (sentences[o.sentence]?.start ?? 0);
        return o.spec?.start.length === 10 && told.test(t.slice(from));
      })
      .at(-1);
    if (began?.spec) day = began.spec.start;
  }
  // "The meeting was called off two days before it was due to take place": counted from the day
  // the plan told last was set for.
  if (/^ (?:it|they) (?:was|were) (?:due|scheduled|set|planned|expected) to\b/.test(after)) {
    const plan = dates.filter((o) => o.planned && o.spec?.start.length === 10).at(-1);
    if (plan?.spec) day = plan.spec.start;
  }
  return day;
}

/** A clause after "after"/"before": a subject, then a past verb or a passive ("the text was adopted"). */
const CLAUSE_AFTER = new RegExp(
  `^ (?:he|she|it|they|we|I|(?:the|his|her|its|their|our|my) (?:[\\p{L}’'-]+ ){0,3}?[\\p{L}-]+|(?:[\\p{Lu}][\\p{L}’'-]*\\s){1,4}?) ?(?:\\p{Ll}+ ){0,2}?(?:\\p{Ll}{2,}ed|${IRREGULAR_PAST_ACTS}|began|came|went|spoke|(?:was|were) \\p{Ll}+(?:ed|en|t))\\b`,
  'u',
);

/** A plan told as a clause: "before the new code is due to take effect". */
const PLAN_AFTER =
  /^ (?:the|its|their|his|her) [^,;.]{0,80}? (?:is|are|was|were) (?:due|scheduled|set|planned|expected) to\b/;

/** Whether the words after an offset ending in "after"/"before" tell a happening as a clause of its own. */
export function untoldHappening(after: string): boolean {
  return (
    (CLAUSE_AFTER.test(after) || PLAN_AFTER.test(after)) &&
    !/^[^,;]*\b(?:on|in) (?:\p{Lu}\p{Ll}+ \d|\d{4})/u.test(after)
  );
}

/** Words that open or fill a noun phrase but name no happening. */
const NOT_A_HAPPENING = new Set(
  'the a an his her its their our my this that these those first last second new whole same latest previous next he she it they we i you'.split(
    ' ',
  ),
);
/**
 * Where the noun phrase after "after the" ends: punctuation, a word that opens what follows it, or
 * the next clause's pronoun ("the night before the vote I went …").
 */
const PHRASE_END =
  /^(?:and|but|or|in|on|at|of|to|for|by|with|from|when|which|that|who|while|as|than|had|has|was|were)$/;
const PRONOUN_SUBJECT = /^(?:I|he|she|we|they|you)$/;

const PLAN_WORD = /^[^,;.]{0,40}\b(?:due|scheduled|set|planned|expected)\b/;

/** A word's stem, so that a noun meets its verb: "seizure" and "seized", "the vote" and "voted". */
function stem(word: string): string {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  const cut = w.replace(/(?:ations|ation|ions|ion|ures|ure|ments|ment|ings|ing|als|al|ed|es|s|e)$/, '');
  return cut.length >= 3 ? cut : w;
}

/**
 * The word that names the happening an offset counts from: the head of "the injunction", "his
 * arrest", "the signing of the deal"; or, when a clause tells it ("after prosecutors charged him"),
 * its past verb.
 */
function happeningWord(after: string): string | undefined {
  const words: string[] = [];
  let nextSubject = false;
  for (const m of after.matchAll(/[\p{L}’'-]+|\d+|[^\s\p{L}\d]/gu)) {
    const w = m[0];
    nextSubject = PRONOUN_SUBJECT.test(w);
    if (!/^[\p{L}\d]/u.test(w) || PHRASE_END.test(w) || nextSubject) break;
    words.push(w);
    if (words.length > 6) return undefined;
  }
  const content = words.filter((w) => !NOT_A_HAPPENING.has(w.toLowerCase()) && !/^\d+$/.test(w));
  // ("two days before he was due": a plan, which happeningDay reads.)
  if (content.length === 0 || PLAN_WORD.test(after)) return undefined;
  // ("the night before the vote I went …": a noun phrase, then the clause's own subject.)
  if (nextSubject || !untoldHappening(after)) return content.at(-1);
  // ("after anti-corruption prosecutors charged him": the verb, not the subject.)
  return content.slice(1).find((w) => /^\p{Ll}{3,}ed$/u.test(w));
}

/** How far back a named happening is looked for: it was told recently, and long texts stay linear. */
const LOOK_BACK = 80;

/** A noun a preposition governs is no clause's happening: "rejected an appeal against the arrest". */
const GOVERNED =
  /\b(?:against|over|about|for|after|before|since|despite|following|with|to)\s(?:the|his|her|its|their)\s$/;

/**
 * The day told last for the happening the words after an offset name, "two days after the seizure",
 * "the day after the injunction". Walking back from the offset over the last LOOK_BACK days, a day whose
 * clause holds the noun as its happening ("on February 24, the court issued an interim injunction",
 * "The Russian coast guard's seizure of the trawler … on June 11") wins, unless it is in someone's
 * words about it ("On April 17, Putin said that the annexation …") or governed by a preposition
 * ("an appeal against the arrest"). Failing that, the last day whose clause has a past verb of the
 * noun's stem ("Police arrested him on February 4"); an older noun in another paragraph does not beat
 * that newer verb. A person's name ("detained three days after O'ktam") is found in the clause.
 */
export function dayOfNamedHappening(
  after: string,
  before: number,
  dates: readonly ResolvedMention[],
  sentences: readonly Sentence[],
): string | undefined {
  const word = happeningWord(after);
  if (!word) return undefined;
  const key = stem(word);
  const person = /^\p{Lu}/u.test(word);
  // (Lower case only: "the Central Election Commission" names no election.)
  const noun = new RegExp(`(?<![\\p{L}])${escapeRegExp(word.replace(/s$/, ''))}s?(?![\\p{L}])`, 'gu');
  let verb: { day: string; paragraph: number } | undefined;
  for (let i = dates.length - 1, seen = 0; i >= 0 && seen < LOOK_BACK; i--) {
    const o = dates[i];
    const s = o && sentences[o.sentence];
    // (A happening the text names was told on a day of the story, not "this morning" of an answer.)
    if (
      !o?.spec ||
      !s ||
      o.spec.start.length !== 10 ||
      o.mention.start >= before ||
      o.mention.relative?.anchor === 'publication'
    )
      continue;
    seen++;
    const at = o.mention.start - s.start;
    const end = o.mention.end - s.start;
    // (The date's clause, within a window around it: "; " parts it from its neighbours.)
    const windowStart = Math.max(0, at - 100);
    const window = s.text.slice(windowStart, Math.min(s.text.length, before - s.start, end + 120));
    const opens = window.lastIndexOf('; ', at - windowStart);
    const closes = window.indexOf('; ', end - windowStart);
    const ownStart = windowStart + opens + 1;
    const own = window.slice(opens + 1, closes < 0 ? undefined : closes);
    if (person) {
      if (own.includes(word)) return o.spec.start;
      continue;
    }
    const happening = [...own.matchAll(noun)].some((n) => {
      const nounAt = ownStart + n.index;
      const between = nounAt > end ? s.text.slice(end, nounAt) : s.text.slice(nounAt, at);
      const lead = s.text.slice(Math.max(0, nounAt - 12), nounAt);
      return (
        !REPORTING_ANYWHERE.test(between) &&
        !GOVERNED.test(lead) &&
        // ("surveyed the route without incident": a happening that did not happen.)
        !/\b(?:without|no)\s(?:an?\s|any\s)?$/.test(lead)
      );
    });
    if (happening) return !verb || verb.paragraph === s.paragraph ? o.spec.start : verb.day;
    if (!verb && [...own.matchAll(/\b\p{Ll}+ed\b/gu)].some((w) => stem(w[0]) === key))
      verb = { day: o.spec.start, paragraph: s.paragraph };
  }
  return verb?.day;
}
