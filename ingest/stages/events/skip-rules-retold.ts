// The skip rules that read what else the sentence or the article tells: an interview's closing line,
// the date of a saying, an announcement whose news has its own date, a happening told again, and a
// day a quotation retells.
import { quoteBoxOf } from '../cite.js';
import { retells } from '../interview.js';
import { ANNOUNCED_PAST_ACT, DENIED_ON, REPLY_IN_DEEDS, RETOLD_DAY } from './act-patterns.js';
import { saidRightBefore } from './saying.js';
import type { SkipContext, SkipRule } from './skip-context.js';

/**
 * "announced on May 2 that the court would sit on May 9": a later date in the sentence, outside the
 * citation and no aside after a comma ("…, a step that, as X noted on May 9, …").
 */
function datedLater({ an, d }: SkipContext): boolean {
  return an.dates.some(
    (o) =>
      o.sentence === d.sentence &&
      o.mention.start > d.mention.end &&
      !o.citation &&
      !/,\s/.test(an.text.slice(d.mention.end + 1, o.mention.start)),
  );
}

export const RETOLD_RULES: readonly SkipRule[] = [
  // An interview's closing line ("Ana Rus spoke to him in Ostrov on May 10 for the weekly Zorile,
  // which printed it on May 14") tells of the interview, not of the news.
  {
    name: 'interview-closing',
    fires: ({ voice, s }) =>
      !!voice &&
      s.paragraph > Math.max(-1, ...voice.answers) &&
      /\b(?:spoke|talked) (?:to|with)\b|\binterview(?:ed)?\b/.test(s.text),
  },
  // "the minister, speaking in Ostrov the same afternoon, claimed …", "…, the ministry said that
  // evening", "I asked the minister in committee yesterday": the date of a saying.
  { name: 'speaking', fires: ({ before, atOccasion }) => /\bspeaking\b[^,;]*$/i.test(before) && !atOccasion },
  // (But "told parliament on May 4", "told a rally in Osh on May 4": an address at a sitting, a happening.)
  {
    name: 'said-right-before',
    fires: ({ before, after, atOccasion }) => saidRightBefore(before, after) && !atOccasion,
  },
  // "a charge the ministry denied the next day": a denial or a reply is a saying (act-patterns.ts).
  {
    name: 'denied',
    fires: ({ before, after }) => DENIED_ON.test(before) && !REPLY_IN_DEEDS.test(after),
  },
  // A day some event drafted earlier already has: the rules below drop a happening told again.
  // "were called off on July 22, the day after the gas was cut": the cut, drafted already on its day.
  {
    name: 'day-after-drafted',
    fires: ({ d, before, dayDrafted }) =>
      !!d.mention.relative && / after$/.test(d.mention.text) && /,\s$/.test(before) && dayDrafted,
  },
  // "announced on May 2 that the court would sit on May 9": the announced happening has its own
  // date, and the announcement is only its source; an announcement whose news has no date of its
  // own ("announced on May 2 that it would audit the stations") is the decision, a happening.
  // But "announced that it had signed …" tells a past act, which the announcement dates.
  {
    name: 'announced-dated-news',
    fires: (c) =>
      /^,?\s(?!the day\b|when\b)(?:[\p{L}’'-]+\s){1,6}announced that\b/u.test(c.after) &&
      datedLater(c) &&
      !ANNOUNCED_PAST_ACT.test(c.after),
  },
  {
    name: 'announced-on-dated-news',
    fires: (c) => /\bannounced (?:on |in )?$/.test(c.before) && /^ that\b/.test(c.after) && datedLater(c),
  },
  // A quote box retells the week's news ("On Wednesday the ambassador packed his bags"): a day the
  // narrative has already drafted is that happening again.
  {
    name: 'quote-box-retold',
    fires: ({ an, s, spec, dayDrafted }) =>
      !!quoteBoxOf(an, s.paragraph) && spec.start.length === 10 && dayDrafted,
  },
  // An interviewee retells the introduction's news ("In March our men were fishing … and the
  // sailors pointed machine guns at them"): a day or month the introduction has drafted, with an
  // actor or a word in common, is that happening (another of that day stays); a year alone ("this
  // year") is too wide to tell them apart.
  {
    name: 'answer-retells-intro',
    fires: ({ an, d, s, spec, voice, events }) =>
      !!voice?.answers.has(s.paragraph) &&
      events.some(
        (e) =>
          e.mention.spec?.start === spec.start &&
          !voice.answers.has(an.sentences[e.mention.sentence]?.paragraph ?? -1) &&
          (spec.start.length === 4 || retells(an, d.sentence, e.mention.sentence)),
      ),
  },
  // "the vote on April 12 will show …", "the resolution of October 10", "… should become clear by
  // July 10": a happening already drafted, named again by its date (RETOLD_DAY in act-patterns.ts).
  { name: 'retold-day', fires: ({ before, dayDrafted }) => RETOLD_DAY.test(before) && dayDrafted },
  // "“…,” Sargsyan told reporters in Yerevan the next day": the date of a quotation's saying.
  // (An address or a press conference is a happening of its own: "he said in an address … on March 25",
  // and so is a crowd addressed: "“…,” he told a crowd in Kalashahr on March 21"; most writers leave
  // "“…,” he told parliament on May 12" a quotation's date.)
  // A quoted phrase inside the sentence ("citing “urgent repairs” to the bridge, which engineers had
  // declared sound in May") is no quotation closing before its attribution: that one ends in ",” or ”,".
  {
    name: 'quotation-attribution',
    fires: ({ before }) =>
      /(?:[,!?][”"]|[”"],)\s*[^“”"]{0,100}\b(?:said|told|added|declared|stated|insisted|warned|claimed)\b[^“”"]*$/.test(
        before,
      ) &&
      !/\btold (?:a|an|the) (?:\p{Ll}+ ){0,2}(?:crowd|rally|audience|gathering)\b/u.test(before) &&
      !/\b(?:address|speech|press conference|broadcast|session)\b/.test(
        before.slice(before.search(/[”"][^”"]*$/)),
      ),
  },
  // "“They shook our hand on August 20,” she said": a day in someone's quoted sentence that the
  // article tells elsewhere, or a time that is no day ("We did it in March", "last week"), is the
  // quotation's retelling, not a happening of its own; a day only the quotation tells stays ("“Our
  // diplomats visited both men on April 19”"). A quote box's words are the article's.
  {
    name: 'in-quotation',
    fires: ({ an, d, s, spec }) =>
      !/^QUOTE:/.test(an.paragraphs[s.paragraph]?.text ?? '') &&
      !quoteBoxOf(an, s.paragraph) &&
      inQuotedSentence(an, d.mention.start, d.mention.end) &&
      (spec.start.length < 10 ||
        !!d.mention.relative ||
        an.dates.some(
          (o) =>
            o !== d && o.spec?.start === spec.start && !inQuotedSentence(an, o.mention.start, o.mention.end),
        )),
  },
];

/** Whether `start`–`end` lies inside a whole quoted sentence (not a phrase the reporter's carries). */
function inQuotedSentence(an: SkipContext['an'], start: number, end: number): boolean {
  return an.quotes.some((q) =>
    q.parts.some(
      (p) => p.start <= start && end <= p.end && /^\p{Lu}/u.test(an.text.slice(p.start, p.start + 1)),
    ),
  );
}
