// The statement finder's main loop: each reporting verb in each sentence (REPORTING), its speaker (a
// name or pronoun before it, a body by its noun, "the former", an interviewee's "I", the speaker of a
// verb coordinated with it), whether what follows reports words (the verb's complement), and how two
// statements in one sentence share it (one speaker's list of verbs, or two speakers' clauses).
import type { Analysis } from '../../analysis.js';
import { interviewSubject, type InterviewVoice } from '../interview.js';
import type { QuoteSpan } from '../quote-marks.js';
import {
  bodyByNoun,
  formerOrLatter,
  personByRole,
  resolveSpeaker,
  sideSpeaker,
  type SpeakerResolution,
} from '../speakers.js';
import { endsInQuotation } from './ends-in-quotation.js';
import { BARE_GOVERNMENT, governmentCountry } from './government.js';
import {
  ASIDE_BEFORE,
  CALLED_BARE,
  CALLED_FOR,
  CALLED_PRONOUN,
  CLAUSE_BREAK,
  COMPLEMENT,
  COORDINATED,
  HEARER,
  MEASURE_WHICH,
  OWN_COMPLEMENT,
  REPORTING,
  STATE_CLAIM,
  THAT_AFTER_QUOTE,
  TOLD_TO,
  URGED_TO,
} from './reporting-verbs.js';
import {
  appositiveSubject,
  deedSpeaker,
  memberBefore,
  mentionBefore,
  namedIn,
  stateIn,
} from './speaker-mentions.js';
import { statementIn } from './statement-in.js';
import type { StatementDraft } from './types.js';

/**
 * Statements told by a reporting verb ("X said that …", "the ministry put its losses at 12"), added to
 * `out`; `voice` is the interview's, whose answers speak for the interviewee.
 */
export function addReported(
  an: Analysis,
  quoteSpans: readonly QuoteSpan[],
  voice: InterviewVoice | undefined,
  out: StatementDraft[],
): void {
  for (const s of an.sentences) {
    // "X said that … and warned that …": the second verb shares the first one's speaker.
    let previous: SpeakerResolution | undefined;
    for (const m of s.text.matchAll(REPORTING)) {
      const verbAt = s.start + m.index;
      // The subject: the words right before the verb, or a mention ending there ("his aides say",
      // "The committee, for its part, has asked").
      const lead = s.text.slice(Math.max(0, m.index - 60), m.index);
      const named = /((?:\p{Lu}[\p{L}’'-]+,?\s){1,3}(?:himself\s|herself\s)?|(?:he|she|He|She)\s)$/u.exec(
        lead,
      );
      // A name closing an aside is no subject: "X's meeting, with his counterpart Y, further indicated …".
      const subject = named && ASIDE_BEFORE.test(lead.slice(0, named.index)) ? null : named;
      const spoken = subject?.[1] ? undefined : mentionBefore(an, s.start + m.index);
      // "The Defense Ministry in Ostrov denied": the body the place name locates speaks.
      const seat = subject ? /\s(?:in|at)\s$/.exec(lead.slice(0, subject.index)) : null;
      const seatAt = s.start + m.index - lead.length + (seat?.index ?? 0) + 1;
      const seated = seat ? mentionBefore(an, seatAt) : undefined;
      const located = seated && an.table.actors.get(seated)?.kind === 'organization' ? seated : undefined;
      const apposed = appositiveSubject(an, s, verbAt);
      // "Officials at the Energy Ministry have acknowledged": the unnamed group, not the body it names.
      // "Delfi, citing sources in the ministry, reported": the unnamed sources the outlet cites.
      const cited = /,\sciting\s[^,;.“”"]{1,60},\s$/.exec(lead);
      const source = cited
        ? an.table.mentions.find(
            (x) => x.via === 'group' && x.start >= verbAt - lead.length + cited.index && x.end <= verbAt,
          )?.actors[0]
        : undefined;
      const group = source ?? (subject?.[1] ? mentionBefore(an, s.start + m.index) : undefined);
      let speaker: SpeakerResolution | undefined;
      // "my client has told me": in a lawyer's interview, the person the introduction is about.
      const client = /\bmy client\s$/i.test(lead) ? interviewSubject(an) : undefined;
      // "the former told …": one of the two people just named.
      const which = /\b[Tt]he (former|latter)\s$/.exec(lead)?.[1] as 'former' | 'latter' | undefined;
      const pair = which ? formerOrLatter(an.table, an.sentences, verbAt, s.index, which) : undefined;
      // "The Latvian side says …": the country.
      const side = sideSpeaker(an.table, lead, true);
      // "the union accuses …": the one body whose name ends in that noun.
      // "Brandt's ministry said …": the one body of that noun, the ministry the person heads.
      const noun = /\b(?:[Tt]he|\p{Lu}[\p{L}-]+['’]s) (\p{Ll}+)\s$/u.exec(lead)?.[1];
      const body = !subject?.[1] && !spoken && noun ? bodyByNoun(an.table, noun) : undefined;
      // "The akim says …": the person the article described by that noun.
      const holder =
        !subject?.[1] && !spoken && !body && noun ? personByRole(an.table, an.text, noun) : undefined;
      // "The government insists …": the country the article is about (government.ts).
      const government =
        !subject?.[1] && !spoken && !body && BARE_GOVERNMENT.test(lead)
          ? governmentCountry(an, verbAt, s.index, !!voice)
          : undefined;
      // "The deputy foreign minister denied …": the one person the article gave that qualified title
      // (a bare "the prosecutor" may be someone the article never names).
      const title =
        !subject?.[1] && !spoken && !body && !holder
          ? /\b[Tt]he (?:\p{Ll}+ ){1,2}\p{Ll}+\s$/u.exec(lead)
          : null;
      const titled = title
        ? resolveSpeaker(
            an.table,
            an.text,
            an.sentences,
            { start: verbAt - title[0].length, end: verbAt },
            s.index,
          )
        : undefined;
      // "I told him the canteen is ours": in an answer, the interviewee.
      // ("I asked them whether …" is a question, no claim.)
      const me =
        voice && voice.answers.has(s.paragraph) && /(?:^|\s)I\s$/.test(lead) && !/^ask/.test(m[1] ?? '')
          ? voice.person
          : undefined;
      if (client)
        speaker = { actor: client, how: 'role', doubt: '"my client" taken to be the interview\'s subject' };
      else if (me) speaker = { actor: me, how: 'pronoun' };
      else if (pair?.actor) speaker = pair;
      else if (side) speaker = { actor: side, how: 'role', doubt: 'a side taken to be its country' };
      else if (body) speaker = { actor: body, how: 'role', doubt: `"the ${noun}" taken to be ${body}` };
      else if (government)
        speaker = { actor: government, how: 'role', doubt: '"the government" taken to be its country' };
      else if (holder)
        speaker = {
          actor: holder,
          how: 'role',
          doubt: `"the ${noun}" taken to be ${an.table.actors.get(holder)?.name}`,
        };
      else if (titled?.how === 'role') speaker = titled;
      else if (apposed) speaker = { actor: apposed, how: 'name' };
      else if (group?.startsWith('unnamed:')) speaker = { actor: group, how: 'name' };
      else if (!subject?.[1] && !spoken && previous && COORDINATED.test(lead)) speaker = previous;
      else if (spoken) speaker = { actor: spoken, how: 'name' };
      else if (located) speaker = { actor: located, how: 'name' };
      else if (subject?.[1]) {
        const region = { start: s.start + m.index - subject[1].length, end: verbAt };
        const person = resolveSpeaker(an.table, an.text, an.sentences, region, s.index);
        // An organisation speaks too ("The Water Resources Ministry replies that …"), and a state
        // claiming something ("Kestria insists that …", or its capital: "Ostrov says it wants …"),
        // unless a preposition makes the name a place ("diplomats in Ostrov say").
        const claims =
          STATE_CLAIM.test(s.text.slice(m.index + m[0].length)) &&
          !/\b(?:in|at|from|of|to|for|with|by|on|near)\s$/i.test(an.text.slice(s.start, region.start));
        // "the Ishkarians have offered …": a people named by its plural demonym speaks for its state.
        const people = /^(?:The )?(\p{Lu}\p{Ll}+s) $/u.exec(subject[1])?.[1];
        const nation = an.table.actors.get(an.table.demonyms.get(people ?? '') ?? '');
        const organisation = person.actor
          ? undefined
          : (namedIn(an, region.start, region.end) ??
            (claims ? stateIn(an, region.start, region.end) : undefined) ??
            (nation?.kind === 'country' ? nation.key : undefined));
        // "Ivan Petrov of the Liberal Party accused …": the person before the body speaks.
        const named = memberBefore(an, region.start) ?? organisation;
        speaker = named ? { actor: named, how: 'name' } : person;
      }
      // "X met Y on May 2 and told …": the deed's subject, not its object.
      const doer = speaker?.actor ? undefined : deedSpeaker(an, s, verbAt);
      if (doer) speaker = { actor: doer, how: 'name' };
      if (speaker?.actor) previous = speaker;
      const rest = s.text.slice(m.index + m[0].length);
      if (/^[^“"]{0,40}:\s*$/.test(rest)) continue; // a direct quotation follows in the next sentence
      if (/^call/.test(m[1] ?? '') && /^\s(?:off|up|in|out|back)\b/.test(rest)) continue; // "called off the talks"
      if (endsInQuotation(an, quoteSpans, verbAt + m[0].length, s.end)) continue;
      // "told parliament the plan would cost …": the hearer comes before the reported words.
      const heard = /^(?:tells?|told)$/.test(m[1] ?? '') ? rest.replace(HEARER, '') : rest;
      // "urged both sides to …", "called on the minister to resign".
      const urges =
        (/^(?:urge[sd]|invite[sd])$/.test(m[1] ?? '') && URGED_TO.test(rest)) ||
        // "told us over the radio to stay in the harbor": an order given.
        (/^(?:tells?|told)$/.test(m[1] ?? '') && heard !== rest && TOLD_TO.test(heard)) ||
        (/^call(?:s|ed)$/.test(m[1] ?? '') && /^\son\s[^.;“"]{1,60}?\sto\s[“"]?\p{Ll}/u.test(rest)) ||
        // "called again for a referendum": a demand.
        (/^call(?:s|ed)$/.test(m[1] ?? '') && CALLED_FOR.test(rest));
      // "The suspension, which the minister announced on May 4, …": the measure told before.
      const announcedBefore = m[1] === 'announced' && MEASURE_WHICH.test(s.text.slice(0, m.index));
      // "… in what critics called the worst flood in memory": a naming by the clause's subject, after
      // any preposition ("left for what the ministry called a holiday", "on what X called a visit").
      const what =
        /\b(?:in|for|on|at|to|into|from|with|by|of|after|during) what\s[^,;.“”"]{2,60}$/.test(lead) &&
        /^\s(?:the|a|an)\s/.test(rest);
      const names =
        /^(?:calls|called|termed)$/.test(m[1] ?? '') &&
        (CALLED_BARE.test(rest) || CALLED_PRONOUN.test(rest) || what);
      const complement = OWN_COMPLEMENT[m[1] ?? ''] ?? COMPLEMENT;
      // In a relative clause ("X, who asked not to be named, said that …") the words end with it.
      const relative = /,\s(?:who|which)\s[^,;]*$/.test(lead);
      const own = (text: string) => complement.test(relative ? (text.split(/[,;]/)[0] ?? '') : text);
      const second = THAT_AFTER_QUOTE.test(rest);
      if (!own(rest) && !own(heard) && !urges && !names && !announcedBefore && !second) continue;
      // Inside a quotation only words reported of someone named count ("his aides say he will …").
      const quoted = quoteSpans.some((q) => verbAt >= q.outerStart && verbAt < q.outerEnd);
      if (quoted && !(spoken && an.table.mentions.some((x) => x.via === 'group' && x.actors[0] === spoken)))
        continue;
      if (!speaker || (!speaker.actor && !/^(?:he|she)\s$/i.test(subject?.[1] ?? ''))) continue;
      const earlier = out.filter((o) => o.sentence === s.index);
      if (earlier.length === 0) {
        out.push(statementIn(an, s, speaker, verbAt, /[\s,]+$/));
        continue;
      }
      // The same speaker's next verb in a list ("argued that …, warned that …, and accused …"):
      // each verb keeps its own words.
      const last = earlier.at(-1);
      const coordinated = COORDINATED.exec(lead);
      if (last && last.speaker.actor === speaker.actor) {
        // "X denied that …, and according to him …": the words before the later attribution.
        if (last.start > verbAt) {
          out.push({
            ...statementIn(an, s, speaker, verbAt, /[\s,]+$/),
            evidence: an.text.slice(s.start, last.start).replace(/[\s,]+(?:and\s)?$/, ''),
          });
          continue;
        }
        if (!coordinated) continue;
        // "said that Y honored the deal and had sought nothing": a past perfect after "and" goes on
        // with the reported clause, it is no second statement.
        if (/^had\s/.test(m[0]) && /\bthat\b/.test(an.text.slice(last.verbAt, verbAt))) continue;
        const breakAt = s.start + m.index - coordinated[0].length;
        // "…; he urged …": the words start at the pronoun; "…, but said …" at the "but" that turns
        // them, "…, and called on …" at the "and" that joins them (the second verb's own statement).
        const joint = /(?:\b(?:he|she|they|it)|(?<=^,?\s)(?:but|and))\s$/i.exec(coordinated[0]);
        const from = joint ? breakAt + joint.index : verbAt;
        if (breakAt <= last.verbAt) continue;
        out[out.indexOf(last)] = { ...last, evidence: an.text.slice(last.start, breakAt).trimEnd() };
        out.push(statementIn(an, s, speaker, verbAt, /[\s,]+$/, from));
        continue;
      }
      // "X, whose bloc won 2 percent according to the CEC, claimed …": words told in an aside before
      // the verb leave the sentence's own statement to its subject.
      const aside = earlier.length === 1 && earlier[0] && earlier[0].start > s.start;
      if (aside && earlier[0] && earlier[0].start + earlier[0].evidence.length <= verbAt) {
        out.push(statementIn(an, s, speaker, verbAt, /[\s,]+$/));
        continue;
      }
      // A second speaker in a clause of its own ("X said …, while Y put …"): each keeps its clause.
      const first = earlier[0];
      if (earlier.length > 1 || !first || first.speaker.actor === speaker.actor) continue;
      const cut = [...s.text.slice(0, m.index).matchAll(CLAUSE_BREAK)]
        .filter((b) => s.start + b.index > first.verbAt)
        .at(-1);
      if (!cut) continue;
      const evidence = an.text.slice(first.start, s.start + cut.index).trimEnd();
      out[out.indexOf(first)] = { ...first, evidence };
      out.push(statementIn(an, s, speaker, verbAt, /[\s,]+$/, s.start + cut.index + cut[0].length));
    }
  }
}
