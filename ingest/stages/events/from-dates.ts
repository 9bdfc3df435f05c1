// The main loop: each dated mention that tells a happening becomes an event. The rules skip dates
// that are modifiers, limits, conditions, opinions, sayings, or a happening told again; the rest are
// drafted by draft.ts with their same-day and "also" sub-events.
import type { Analysis } from '../../analysis.js';
import { retells, type InterviewVoice } from '../interview.js';
import { isTurn } from '../segment.js';
import {
  ALSO_DID,
  ANNOUNCED_PAST_ACT,
  DENIED_ON,
  EVENT_NOUN,
  LIMIT,
  OCCASION,
  OCCASION_AFTER,
  OPINION_VERB,
  RETOLD_DAY,
} from './act-patterns.js';
import { clauseAround } from './clauses.js';
import { draftEvents } from './draft.js';
import { reportedAct } from './reported-act.js';
import { addressesBody, inSaying, saidRightBefore } from './saying.js';
import type { EventDraft } from './types.js';

/** The events the article's dates tell, in the order of the dates. */
export function eventsFromDates(an: Analysis, voice: InterviewVoice | undefined): EventDraft[] {
  const events: EventDraft[] = [];
  // "the 1998 agreement" names again a happening already drafted: one event per year and noun.
  const namedHappenings = new Set<string>();
  for (const d of an.dates) {
    if (!d.spec) continue;
    if (d.citation && !d.citation.speechAct && d.citation.kind !== 'dash' && !reportedAct(an, d)) continue;
    if (an.citations.some((c) => c.credit && c.sentence === d.sentence)) continue;
    if (d.citation?.kind === 'dash' && !(d.citation.describing?.date?.start === d.mention.start)) continue;
    const s = an.sentences[d.sentence];
    if (!s) continue;
    // An interviewer's question recalls the news to ask about it ("The railway reopened on June 1.
    // Does the blockade still make sense?"): the introduction and the answers tell the happenings.
    if (an.turns && isTurn(an.paragraphs[s.paragraph]?.text ?? '', an.turns, 'question')) continue;
    const offset = d.mention.start - s.start;
    const after = s.text.slice(offset + d.mention.text.length);
    const before = s.text.slice(0, offset);
    if (d.mention.modifier && !(d.mention.from?.month === undefined && EVENT_NOUN.test(after))) continue;
    if (d.mention.modifier) {
      const key = `${d.spec.start} ${EVENT_NOUN.exec(after)?.[1] ?? ''}`;
      if (namedHappenings.has(key)) continue;
      namedHappenings.add(key);
      // "had taken part in the 2004 protest": a happening of that year drafted already, taken part in.
      const year = d.spec.start;
      if (/\bpart in the $/.test(before) && events.some((e) => e.mention.spec?.start.startsWith(year)))
        continue;
    }
    if (/\b(?:of|than|for)\s$/.test(before) && !d.mention.relative && d.mention.from?.month === undefined)
      continue;
    // "not nine days, as last year", "as in 2009": a comparison with a time, not a happening told
    // (but "as recently as May" and "as long ago as 2006" date one).
    if (/(?<!\b(?:early|late|recently|soon|ago|back) )\bas (?:in |on )?$/.test(before)) continue;
    const clause = clauseAround(s.text, offset);
    // The opinion must be the dated clause's own, not a relative clause's ("…, which Tiraspol denounced").
    let own = clauseAround(s.text, offset, /; |, and |, but | — | – |, (?:which|who|whose) /g);
    // A relative clause ends at its comma ("…, which has monitored it since 2013, welcomed …").
    if (/, (?:which|who|whose) $/.test(s.text.slice(0, s.text.indexOf(own)))) own = own.split(', ')[0] ?? own;
    // "…, in what critics called a purge": someone's name for the happening, which stays one.
    // So is a relative clause's name for someone ("arrested a man whom it described as the buyer").
    const named = own
      .replace(/\b(?:in )?what (?:\p{L}+ ){1,6}(?:called|termed|described as)\b/gu, '')
      .replace(/\b(?:whom|which) (?:\p{L}+ ){1,2}(?:called|termed|described as)\b/gu, '');
    if (
      OPINION_VERB.test(named) &&
      !/\b(?:press conference|meeting|talks|visit)\b/.test(clause) &&
      !ALSO_DID.test(clause)
    )
      continue;
    // (or right after the date: "The next day, after a closed hearing of the committee, its chairman said …")
    // and "Speaking to parliament on March 2", "to the cabinet": an address to a body at its sitting.
    const atOccasion = OCCASION.test(before) || OCCASION_AFTER.test(after) || addressesBody(an, before);
    if (inSaying(an, d, offset) && !atOccasion) continue;
    // "The following week, the navy held exercises … from March 20 to 24": a vague time the clause
    // then gives exactly is the same happening, dated by the exact date.
    const clauseFrom = s.start + s.text.indexOf(clause);
    const refined = an.dates.some(
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
    if (d.mention.relative && refined) continue;
    // A limit or a comparison, not a happening; "frozen through 2030" is the end of a span, "booked
    // for the whole of May" what a booking covers.
    if (LIMIT.test(before)) continue;
    // "were held until May 16" ends a state the clause began earlier; "…, when they were released"
    // after it tells the happening that ended it.
    if (
      /\b(?:was|were) (?:held|kept|detained)\b[^,;]{0,40}\buntil\s$/.test(before) &&
      !/^,\s+when\b/.test(after)
    )
      continue;
    // "if the pipeline closes this winter, …": a condition, not a happening; nor is what is in doubt
    // ("we will see whether it pays those who worked in May").
    // ("Whether that is enough will be clear on May 9", a sentence's subject, leaves its date alone).
    if (/(?:^|[,;:]\s)(?:if|unless)\b[^,;:]*$/i.test(before) || /\bwhether\b[^,;:]*$/.test(before)) continue;
    // An interview's closing line ("Ana Rus spoke to him in Ostrov on May 10 for the weekly Zorile,
    // which printed it on May 14") tells of the interview, not of the news.
    if (
      voice &&
      s.paragraph > Math.max(-1, ...voice.answers) &&
      /\b(?:spoke|talked) (?:to|with)\b|\binterview(?:ed)?\b/.test(s.text)
    )
      continue;
    // "the minister, speaking in Ostrov the same afternoon, claimed …", "…, the ministry said that
    // evening", "I asked the minister in committee yesterday": the date of a saying.
    if (/\bspeaking\b[^,;]*$/i.test(before) && !atOccasion) continue;
    if (saidRightBefore(before, after)) continue;
    // "a charge the ministry denied the next day": a denial or a reply is a saying (act-patterns.ts).
    if (DENIED_ON.test(before) && !/^ (?:by|with) (?:a|an)\b/.test(after)) continue;
    // A day some event drafted earlier already has: the three rules below drop a happening told again.
    const dayDrafted = events.some((e) => e.mention.spec?.start === d.spec?.start);
    // "were called off on July 22, the day after the gas was cut": the cut, drafted already on its day.
    if (d.mention.relative && / after$/.test(d.mention.text) && /,\s$/.test(before) && dayDrafted) continue;
    // "announced on May 2 that the court would sit on May 9": the announced happening has its own
    // date, and the announcement is only its source; an announcement whose news has no date of its
    // own ("announced on May 2 that it would audit the stations") is the decision, a happening. A
    // date in the citation or in an aside after a comma ("…, a step that, as X noted on May 9, …")
    // dates no announced news.
    const datedLater = an.dates.some(
      (o) =>
        o.sentence === d.sentence &&
        o.mention.start > d.mention.end &&
        !o.citation &&
        !/,\s/.test(an.text.slice(d.mention.end + 1, o.mention.start)),
    );
    const announces = /^,?\s(?!the day\b|when\b)(?:[\p{L}’'-]+\s){1,6}announced that\b/u.test(after);
    // But "announced that it had signed …" tells a past act, which the announcement dates.
    if (announces && datedLater && !ANNOUNCED_PAST_ACT.test(after)) continue;
    if (/\bannounced (?:on |in )?$/.test(before) && /^ that\b/.test(after) && datedLater) continue;
    // A quote box retells the week's news ("On Wednesday the ambassador packed his bags"): a day the
    // narrative has already drafted is that happening again.
    if (
      an.citations.some((c) => c.kind === 'dash' && an.sentences[c.sentence]?.paragraph === s.paragraph) &&
      d.spec.start.length === 10 &&
      dayDrafted
    )
      continue;
    // An interviewee retells the introduction's news ("In March our men were fishing … and the
    // sailors pointed machine guns at them"): a day or month the introduction has drafted, with an
    // actor or a word in common, is that happening (another of that day stays); a year alone ("this
    // year") is too wide to tell them apart.
    if (
      voice?.answers.has(s.paragraph) &&
      events.some(
        (e) =>
          e.mention.spec?.start === d.spec?.start &&
          !voice.answers.has(an.sentences[e.mention.sentence]?.paragraph ?? -1) &&
          (d.spec?.start.length === 4 || retells(an, d.sentence, e.mention.sentence)),
      )
    )
      continue;
    // "the vote on April 12 will show …", "the resolution of October 10", "… should become clear by
    // July 10": a happening already drafted, named again by its date (RETOLD_DAY in act-patterns.ts).
    if (RETOLD_DAY.test(before) && dayDrafted) continue;
    // "“…,” Sargsyan told reporters in Yerevan the next day": the date of a quotation's saying.
    // (An address or a press conference is a happening of its own: "he said in an address … on March 25".)
    // A quoted phrase inside the sentence ("citing “urgent repairs” to the bridge, which engineers had
    // declared sound in May") is no quotation closing before its attribution: that one ends in ",” or ”,".
    if (
      /(?:[,!?][”"]|[”"],)\s*[^“”"]{0,100}\b(?:said|told|added|declared|stated|insisted|warned|claimed)\b[^“”"]*$/.test(
        before,
      ) &&
      !/\b(?:address|speech|press conference|broadcast|session)\b/.test(
        before.slice(before.search(/[”"][^”"]*$/)),
      )
    )
      continue;
    events.push(...draftEvents(an, d, d.spec.start, clause, voice, events.at(-1)));
  }
  return events;
}
