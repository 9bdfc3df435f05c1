// Event drafts: every sentence that dates a happening ("On March 1, the Assembly voted …",
// "due to meet on April 20") becomes an event with its date, status, actors, places, sources and
// the sentence as evidence. Dates used as modifiers ("the March rally") or that only date a
// citation are not happenings.
import type { EventStatus } from '../../src/dataset/schema.js';
import type { Analysis, ResolvedMention } from '../analysis.js';
import { citationsFor, insideCitation } from './cite.js';
import { demonymHits, mainActorFirst } from './event-actors.js';
import { interviewVoice, retells, type InterviewVoice } from './interview.js';
import { isTurn } from './segment.js';
import { pronounAntecedent } from './speakers.js';

export interface EventDraft {
  readonly mention: ResolvedMention;
  readonly status: EventStatus;
  /** Actor keys in order of appearance, places excluded. */
  readonly actors: string[];
  readonly places: string[];
  readonly citations: ReturnType<typeof citationsFor>;
  readonly evidence: string;
  readonly title: string;
  readonly summary: string;
  /** What the reviewer should check. */
  readonly flags: readonly string[];
}

// Up to two plain words may stand before the noun: "the 1996 transit treaty".
const EVENT_NOUN =
  /^ (?:\p{Ll}+ ){0,2}(deployment|election|elections|war|attack|attacks|bombing|bombings|revolution|referendum|summit|session|visit|crisis|invasion|agreement|treaty|conflict|uprising|coup|massacre|earthquake|flood|floods|protests?|riots?)\b/u;
// "reported that", "denied the next day that", "went on television to insist that": sayings too
// ("reported that day" is not).
const SAID_ON =
  /\b(?:said|says|told (?:\w+ ){0,2}\w+|stated|claimed|warned|insisted|argued|noted|stressed|complained|reported|denied|promised(?: \w+)?|to (?:insist|say|argue|deny|explain))(?: (?:on|in) [^,;]{0,30}| the (?:following|next|previous|same) day| (?:a|an|one|two|three|four|five|six|seven|\d+|several|a few) (?:days?|weeks?) later)? that\b(?! (?:day|evening|morning|night|week|month)\b)|\bsaid on (?:television|the radio|radio|air)\b|\b(?:said|told(?: [\p{L}-]+){1,6}):\s*[“"]/u;
/**
 * "…, X announced that it had signed a deal", "… that the round, set for May 5, had been cancelled",
 * "… that they were suspending all contacts": an act done or under way, not a plan.
 */
const ANNOUNCED_PAST_ACT =
  /\bannounced that [^;]{0,80}?\b(?:had (?:already |just )?(?:been )?\p{Ll}+(?:ed|en)|(?:was|were) \p{Ll}+ing)\b/u;
/** "called the filling an act of hostility and ordered army units …": an act beside the opinion. */
const ALSO_DID =
  /\band (?:then |also )?(?:ordered|sent|signed|dismissed|fired|recalled|closed|suspended|announced|banned|deployed|launched|cancelled|canceled|appointed)\b/;
// "In a farewell address to the staff on May 5, …", "speaking at a meeting of the council on May 6":
// words said at a named occasion, which is a happening of its own.
const OCCASION =
  /\b(?:[Ii]n|[Aa]t|[Dd]uring) (?:a|an|the|his|her|its|their) (?:[\p{L}-]+ ){0,3}?(?:address|speech|press conference|news conference|meeting|session|briefing|congress|rally)\b[^,;]*$/u;
// "called off" is an act, not an opinion, and so are a call made ("his office called again") and a
// meeting or vote called ("called an emergency session"); "X accused him of …" is a charge in words
// ("a journalist accused of spying" is no one's saying); "This year I think …" is the speaker's view.
const OPINION_VERB =
  /\b(?:indicated|believed|described|called(?! off\b| again\b| back\b|[.,;]| (?:a|an) (?:[\p{L}-]+ )?(?:session|meeting|election|elections|referendum|strike|vote|summit|conference)\b)|termed|characterized|characterised|considered|suggested|denounced|condemned|criticized|criticised|praised|hailed|welcomed|accused(?! of\b)|(?:I|we) (?:think|believe|suppose))\b/u;

/** The clause of `sentence` around `offset`: between semicolons, dashes or ", and". */
function clauseAround(sentence: string, offset: number, boundaries = /; |, and |, but | — | – /g): string {
  const bounds = [...sentence.matchAll(boundaries)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  let start = 0;
  let end = sentence.length;
  for (const b of bounds) {
    if (b.end <= offset) start = b.end;
    else if (b.start >= offset) {
      end = b.start;
      break;
    }
  }
  return sentence.slice(start, end);
}

// (A bare date or weekday is left over once "Late on Tuesday," is cut from "Late on Tuesday, October 24, X …".)
const LEADING_TIME =
  /^(?:and |but )?(?:(?:on|in|by|at|from|since|during|until|early|late|last|this|next)\b[^,]{0,40}(?:, \d{4})?|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:, \d{4})?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:\w+ )?(?:days?|weeks?|months?|years?|hours?) (?:later|earlier|before|after)|the (?:next|following|previous|same) (?:day|week|month|year|morning|evening)|meanwhile|later|earlier|then|afterwards|subsequently|according to [^,]{0,60}),\s+/i;
const RELATIVE = /,\s(?:which|who|whose|where|when)\s[^,;]{1,100}(?:, \d{4}\b[^,;]{0,60})?(?:,|$)/;
const REPORTED_THAT = /^[^,]{0,60}\b(?:reported|said|wrote|announced)(?: on \p{Lu}\p{Ll}+ \d{1,2})? that /u;
const APPOSITIVE = /,\s(?:the|a|an|its|his|her)\s[^,;]{1,60},/;
const SUBORDINATE =
  /,\s(?:which|who|whose|where|when|after|while|as|saying|according to|but|and)\s|\s(?:saying|according to)\s|\s[—–]\s|:\s/;
const TRAILING_SMALL_WORDS = /\s+(?:of|the|a|an|to|in|and|for|on|with|by|at|from|that)$/i;

/**
 * A headline from the clause that dates the event: the leading time phrase, appositives, relative
 * clauses (unless the date is inside one) and citations dropped; cut at a word boundary.
 */
export function headline(clause: string, dateAt = -1, max = 90): string {
  let t = clause
    .replace(/\s+/g, ' ')
    .replace(/\s*\([^()]*\)/g, '')
    .trim();
  const colon = t.indexOf(': ');
  if (colon > 0 && colon < 70 && dateAt > colon) t = t.slice(colon + 2);
  for (let lead = LEADING_TIME.exec(t); lead; lead = LEADING_TIME.exec(t)) t = t.slice(lead[0].length);
  const reported = REPORTED_THAT.exec(t);
  if (reported) t = t.slice(reported[0].length);
  const relative = RELATIVE.exec(t);
  const inRelative =
    relative &&
    clause.includes(relative[0]) &&
    dateAt >= clause.indexOf(relative[0]) &&
    dateAt < clause.indexOf(relative[0]) + relative[0].length;
  if (relative && inRelative) t = t.slice(0, relative.index + relative[0].length).replace(/,$/, '');
  else {
    if (relative) t = t.replace(RELATIVE, (m) => (m.endsWith(',') ? '' : ''));
    t = t.replace(APPOSITIVE, '');
    const cut = SUBORDINATE.exec(t);
    if (cut && t.slice(0, cut.index).split(' ').length >= 3) t = t.slice(0, cut.index);
  }
  t = t.replace(/[\s.,;:“”"]+$/, '');
  if (t.length > max) t = t.slice(0, t.lastIndexOf(' ', max)).replace(TRAILING_SMALL_WORDS, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function shorten(text: string, max: number): string {
  const clean = text
    .replace(/\s+/g, ' ')
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/[.,;:\s]+$/, '')
    .trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

function withoutCitations(an: Analysis, sentence: number): string {
  const s = an.sentences[sentence];
  if (!s) return '';
  let out = s.text;
  for (const c of an.citations.filter((x) => x.sentence === sentence && x.kind === 'bracket').reverse()) {
    out = out.slice(0, c.spanStart - s.start).trimEnd() + out.slice(c.spanEnd - s.start);
  }
  return out.replace(/\s+([.,;])/g, '$1').trim();
}

/**
 * A surname two persons share ("Aliev", after "Timur Aliev, a nephew of President Aidar Aliev") is the one of them whose full name was printed last before it.
 */
function lastNamed(an: Analysis, candidates: readonly string[], at: number): string | undefined {
  const named = an.table.mentions.filter(
    (m) => m.end <= at && m.via === 'name' && m.actors.length === 1 && candidates.includes(m.actors[0] ?? ''),
  );
  return named.at(-1)?.actors[0];
}

/** Actor and place keys mentioned in a sentence, demonyms and capitals giving their countries. */
export function actorsInSentence(
  an: Analysis,
  sentence: number,
  span?: { start: number; end: number },
): { actors: string[]; places: string[] } {
  const s = an.sentences[sentence];
  const actors: string[] = [];
  const places: string[] = [];
  if (!s) return { actors, places };
  const hits: { at: number; key: string }[] = [];
  const inSpan = (at: number) => !span || (at >= span.start && at < span.end);
  for (const m of an.table.mentions) {
    if (m.sentence !== sentence || insideCitation(an, m.start, m.end)) continue;
    const key = m.actors.length === 1 ? (m.actors[0] ?? '') : lastNamed(an, m.actors, m.start);
    // An unnamed speaker is drafted for its words (decision 012), not as an actor of what happens.
    if (!key || key.startsWith('unnamed:')) continue;
    hits.push({ at: m.start, key });
    const capitalOf = an.table.actors.get(key)?.capitalOf;
    if (capitalOf) hits.push({ at: m.start + 0.5, key: capitalOf });
  }
  hits.push(...demonymHits(an, sentence));
  for (const h of hits.sort((a, b) => a.at - b.at)) {
    if (!inSpan(h.at)) continue;
    const actor = an.table.actors.get(h.key);
    if (!actor) continue;
    const list = actor.kind === 'place' ? places : actors;
    if (!list.includes(h.key)) list.push(h.key);
  }
  return { actors, places };
}

function actorsInParagraph(an: Analysis, paragraph: number): { actors: string[]; places: string[] } {
  const all = an.sentences.filter((x) => x.paragraph === paragraph).map((x) => actorsInSentence(an, x.index));
  return {
    actors: [...new Set(all.flatMap((x) => x.actors))],
    places: [...new Set(all.flatMap((x) => x.places))],
  };
}

/** In an interview's answer, "we did" is the interviewee's organisation and "I did" the interviewee. */
function firstPersonActors(an: Analysis, sentence: number, voice: InterviewVoice | undefined): string[] {
  const s = an.sentences[sentence];
  if (!voice || !s || !voice.answers.has(s.paragraph)) return [];
  const out: string[] = [];
  // "we", "our", and "the office" or "the paper" in the interviewee's mouth: his organisation; so is
  // what an editor prints ("I printed that promise again").
  if (
    voice.organisation &&
    (/\b(?:[Ww]e|[Oo]ur|us|the (?:office|paper|newspaper|editorial office|newsroom))\b/.test(s.text) ||
      (/\bI (?:printed|published|reprinted)\b/.test(s.text) &&
        an.table.actors.get(voice.organisation)?.kind === 'media'))
  )
    out.push(voice.organisation);
  // "two hundred of us stood outside": the interviewee is one of the "we" who act.
  if (/\b(?:I|[Mm]y|me|[Ww]e|us)\b/.test(s.text)) out.push(voice.person);
  return out;
}

/** "he said in an address … on March 25": the person "he" or "she" points to, when the clause names none. */
function pronounSubject(an: Analysis, sentence: number, clause: string): string | undefined {
  const s = an.sentences[sentence];
  // (Not one a subordinate clause opens with: "detained him after he photographed the house".)
  const pronoun =
    /(?<!\b(?:after|before|because|when|while|as|since|if|unless|until|though|although) )\b(?:[Hh]e|[Ss]he)\b/.exec(
      clause,
    );
  if (!s || !pronoun) return undefined;
  const clauseStart = s.start + s.text.indexOf(clause);
  const at = clauseStart + pronoun.index;
  const namesPerson = an.table.mentions.some(
    (m) =>
      m.start >= clauseStart &&
      m.end <= at &&
      m.actors.some((k) => an.table.actors.get(k)?.kind === 'person'),
  );
  const who = namesPerson ? undefined : pronounAntecedent(an.table, an.sentences, at, sentence).actor;
  // Nor is an unnamed speaker ("the commandant told his family …") the "he" of a happening.
  return who?.startsWith('unnamed:') ? undefined : who;
}

/**
 * "Yet it closed the crossing": "it" acting is the body or country the sentence named first before
 * it, else the one the previous sentence named first (its subject); a capital brings its country.
 */
function itSubject(an: Analysis, sentence: number, clause: string): string[] {
  const s = an.sentences[sentence];
  const it = /\b[Ii]t (?!is\b|was\b|seems\b|appears\b|remains\b)(?:\p{Ll}+ )?\p{Ll}+ed\b/u.exec(clause);
  if (!s || !it) return [];
  const at = s.start + s.text.indexOf(clause) + it.index;
  const notPerson = (m: (typeof an.table.mentions)[number]) =>
    m.actors.length === 1 &&
    m.via !== 'group' && // "officials like to recall …": people speaking, never "it"
    an.table.actors.get(m.actors[0] ?? '')?.kind !== 'person' &&
    !insideCitation(an, m.start, m.end);
  const first =
    an.table.mentions.find((m) => m.sentence === sentence && m.end <= at && notPerson(m)) ??
    an.table.mentions.find((m) => m.sentence === sentence - 1 && notPerson(m));
  const key = first?.actors[0];
  if (!key) return [];
  const country = an.table.actors.get(key)?.capitalOf;
  return country ? [key, country] : [key];
}

export function buildEvents(an: Analysis): EventDraft[] {
  const events: EventDraft[] = [];
  const voice = interviewVoice(an);
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
    const clause = clauseAround(s.text, offset);
    // The opinion must be the dated clause's own, not a relative clause's ("…, which Tiraspol denounced").
    let own = clauseAround(s.text, offset, /; |, and |, but | — | – |, (?:which|who|whose) /g);
    // A relative clause ends at its comma ("…, which has monitored it since 2013, welcomed …").
    if (/, (?:which|who|whose) $/.test(s.text.slice(0, s.text.indexOf(own)))) own = own.split(', ')[0] ?? own;
    // "…, in what critics called a purge": someone's name for the happening, which stays one.
    const named = own.replace(/\b(?:in )?what (?:\p{L}+ ){1,4}(?:called|termed|described as)\b/gu, '');
    if (
      OPINION_VERB.test(named) &&
      !/\b(?:press conference|meeting|talks|visit)\b/.test(clause) &&
      !ALSO_DID.test(clause)
    )
      continue;
    // "Temirov said on television that …", "aides said on May 3 that …": a statement, not a happening
    // (but a date inside the reported words, "that the license would be reviewed next month", is one).
    const saying = SAID_ON.exec(clause);
    const clauseAt = s.text.indexOf(clause);
    // A date in a relative clause before the saying ("X, who met Y on August 12, told …") is its own.
    const inRelative = /, (?:who|which|whose) [^,]*$/.test(s.text.slice(clauseAt, offset));
    // But "told its customers that it would take no more orders" or "told us that its presses were
    // full" is a notice of the sayer's own act or state (a warning, "warned that it would", stays a saying).
    const ownAct =
      /^told\b/.test(saying?.[0] ?? '') &&
      /^ (?:(?:it|they) (?:would|will)|(?:its|their) \p{Ll}+ (?:was|were|would|will))\b/u.test(
        s.text.slice(clauseAt + (saying?.index ?? 0) + (saying?.[0].length ?? 0)),
      );
    const atOccasion = OCCASION.test(before);
    if (
      saying &&
      offset < clauseAt + saying.index + saying[0].length &&
      !inRelative &&
      !ownAct &&
      !atOccasion &&
      !reportedAct(an, d)
    )
      continue;
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
    if (/\b(?:beyond|than|through)\s$|\bfor (?:the whole of|all of)\s$/.test(before)) continue;
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
    if (/\bspeaking\b[^,;]*$/.test(before) && !atOccasion) continue;
    // But "asked me to come back next Tuesday" dates what is asked for, a plan, and "answered on
    // March 3 with a note of protest" a reply made by a document or an act, not in words.
    if (
      /\b(?:said(?: on| in)?|(?:told|asked|answered)(?: (?!that\b)(?:\p{Ll}+|\p{Lu}[\p{L}’'-]*)){0,5}|stated|added|claimed|insisted|noted)\s$/u.test(
        before,
      ) &&
      !/\b(?:asked|told) (?:\p{Ll}+ ){1,2}to \p{Ll}+(?: \p{Ll}+){0,2}\s$/u.test(before) &&
      !(/\b(?:answered|replied|responded)\b/.test(before) && /^ (?:by|with) (?:a|an)\b/.test(after))
    )
      continue;
    // A day some event drafted earlier already has: the three rules below drop a happening told again.
    const dayDrafted = events.some((e) => e.mention.spec?.start === d.spec?.start);
    // "were called off on July 22, the day after the gas was cut": the cut, drafted already on its day.
    if (d.mention.relative && / after$/.test(d.mention.text) && /,\s$/.test(before) && dayDrafted) continue;
    // "On July 14, the ministry announced that …": the day of an announcement, whose news is what it
    // announces ("announced in February that he would stand" is a candidacy, and stays).
    // But "announced that it had signed …" tells a past act, which the announcement dates.
    if (
      /^,?\s(?!the day\b|when\b)(?:[\p{L}’'-]+\s){1,6}announced that\b/u.test(after) &&
      !ANNOUNCED_PAST_ACT.test(after)
    )
      continue;
    // "announced on May 2 that the court would sit on May 9": the announced happening has its own date.
    const datedLater = an.dates.some((o) => o.sentence === d.sentence && o.mention.start > d.mention.end);
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
    // "the vote on April 12 will show …": a happening already drafted, named again by its date.
    if (/\bthe \p{Ll}+ on $/u.test(before) && dayDrafted) continue;
    // "“…,” Sargsyan told reporters in Yerevan the next day": the date of a quotation's saying.
    // (An address or a press conference is a happening of its own: "he said in an address … on March 25".)
    // A quoted phrase inside the sentence ("citing “urgent repairs” to the bridge, which engineers had
    // declared sound in May") is no quotation closing before its attribution: that one ends in ",” or ”,".
    if (
      /(?:[,!?][”"]|[”"],)\s*[^“”"]{0,100}\b(?:said|told|added|declared|stated|insisted)\b[^“”"]*$/.test(
        before,
      ) &&
      !/\b(?:address|speech|press conference|broadcast|session)\b/.test(
        before.slice(before.search(/[”"][^”"]*$/)),
      )
    )
      continue;
    // "—X, Outlet, May 3, describing the opening of the dam three days earlier": the happening the
    // whole quote box tells, so the actors of all its sentences, in order.
    const boxed = an.citations.some(
      (c) => c.kind === 'dash' && c.describing?.date?.start === d.mention.start,
    );
    const { actors, places } = boxed ? actorsInParagraph(an, s.paragraph) : actorsInSentence(an, d.sentence);
    // (in the order given: "we" puts the organisation before the interviewee)
    for (const key of firstPersonActors(an, d.sentence, voice).reverse())
      if (!actors.includes(key)) actors.unshift(key);
    const he = pronounSubject(an, d.sentence, clause);
    if (he && !actors.includes(he)) actors.unshift(he);
    // ", and again from late November …" shares the subject of the clause before it.
    const subjectClause = /^(?:and |but )?(?:again|then|later|also)\b/.test(clause.trimStart())
      ? s.text.slice(0, s.text.indexOf(clause))
      : clause;
    for (const key of itSubject(an, d.sentence, subjectClause).reverse())
      if (!actors.includes(key)) actors.unshift(key);
    // "Police detained dozens the same night": where the day's happening was told, if no place is named.
    const previous = events.at(-1);
    if (
      d.mention.relative?.unit === 'same' &&
      places.length === 0 &&
      previous?.mention.spec?.start === d.spec.start
    )
      places.push(...previous.places);
    if (actors.length === 0 && places.length === 0) continue;
    // An interview's answer tells of the place the interviewee speaks from ("Last Tuesday the last
    // grain ship left the inner basin, because her owners in X …", said in the port): the credit
    // line's place, when the dated clause names none of its own.
    const here = voice?.answers.has(s.paragraph) ? interviewPlace(an) : undefined;
    if (here && !places.includes(here) && namesNoPlace(an, d.sentence, clause)) places.push(here);
    const status: EventStatus = d.planned
      ? 'planned'
      : /\b(?:reportedly|allegedly)\b/.test(clause)
        ? 'reported'
        : 'happened';
    const summary = withoutCitations(an, d.sentence);
    events.push({
      mention: d,
      status,
      actors,
      places,
      citations: citationsFor(an, d.sentence),
      evidence: s.text,
      title: headline(clause, offset - s.text.indexOf(clause)) || shorten(summary, 120),
      summary: summary || s.text,
      flags: [],
    });
    const sameDay = sameDayClause(s.text, offset);
    // "…; that evening, the ministry summoned …": a clause whose own time words are a date is drafted
    // from that date, not again as the first date's same-day clause.
    const sameDayDated =
      sameDay !== undefined &&
      an.dates.some(
        (o) =>
          o.sentence === d.sentence &&
          o.mention.start >= s.start + s.text.indexOf(sameDay) &&
          o.mention.start < s.start + s.text.indexOf(sameDay) + sameDay.length,
      );
    if (sameDay && !sameDayDated && !d.planned && d.spec.start.length === 10)
      events.push({
        ...events.at(-1)!,
        evidence: sameDay.trim(),
        title: headline(sameDay),
        status: 'happened',
      });
    const also = !d.planned && !sameDay ? alsoClause(an, d.sentence, offset) : undefined;
    if (also) {
      const at = s.start + s.text.indexOf(also);
      events.push({
        ...events.at(-1)!,
        ...actorsInSentence(an, d.sentence, { start: at, end: at + also.length }),
        evidence: also,
        title: headline(also),
        status: 'happened',
      });
    }
  }
  return [...events, ...eventsDatedByCitation(an)].map((e) => ({
    ...e,
    ...mainActorFirst(
      an,
      e.mention.sentence,
      clauseOf(an, e),
      e.mention.mention.start,
      e,
      voice?.answers.has(an.sentences[e.mention.sentence]?.paragraph ?? -1),
    ),
  }));
}

/** The absolute span of the clause an event was drafted from: its evidence when that is a clause. */
function clauseOf(an: Analysis, e: EventDraft): { from: number; to: number } {
  const s = an.sentences[e.mention.sentence];
  if (!s) return { from: 0, to: 0 };
  const at = e.evidence !== s.text ? s.text.indexOf(e.evidence) : -1;
  const clause = at >= 0 ? e.evidence : clauseAround(s.text, e.mention.mention.start - s.start);
  const from = s.start + (at >= 0 ? at : s.text.indexOf(clause));
  return { from, to: from + clause.length };
}

/** Whether the dated clause, up to a reason or a condition after it (", because her owners in X …"), names no place. */
function namesNoPlace(an: Analysis, sentence: number, clause: string): boolean {
  const s = an.sentences[sentence];
  if (!s) return true;
  const own = clause.split(/, (?:because|although|while|as|since|after|before|when|and) /)[0] ?? clause;
  const at = s.start + s.text.indexOf(clause);
  return actorsInSentence(an, sentence, { start: at, end: at + own.length }).places.length === 0;
}

/** The place actor the closing credit line sets the interview in ("… spoke to X in Khobeti on July 5"). */
function interviewPlace(an: Analysis): string | undefined {
  const place = an.citations.find((c) => c.credit)?.place;
  if (!place) return undefined;
  return [...an.table.actors.values()].find((a) => a.kind === 'place' && a.forms.has(place))?.key;
}

/**
 * "Interfax reported on April 9 that Transborneft had already booked the tankers": an act the report
 * tells in the past perfect, with no date of its own (nor a saying), is dated by the report.
 */
function reportedAct(an: Analysis, d: ResolvedMention): boolean {
  const s = an.sentences[d.sentence];
  if (!s) return false;
  const clause = clauseAround(s.text, d.mention.start - s.start);
  const saying = SAID_ON.exec(clause);
  if (!saying || !/^reported\b/.test(saying[0])) return false;
  const told = clause.slice(saying.index + saying[0].length);
  const toldAt = s.start + s.text.indexOf(clause) + saying.index + saying[0].length;
  const ownDate = an.dates.some(
    (o) =>
      o.sentence === d.sentence &&
      o.mention.start >= toldAt &&
      o.mention.start < toldAt + told.length &&
      !/\bfor (?:the whole of|all of)\s$/.test(an.text.slice(o.mention.start - 20, o.mention.start)),
  );
  return (
    /^ [^,;]{0,60}?\bhad (?:already |just |been )?\p{Ll}+(?:ed|en)\b/u.test(told) &&
    !SAYING.test(told) &&
    !ownDate
  );
}

/** A past action, not a saying: what a sentence needs to be an event with no date of its own. */
const ACTION =
  /\b(?:(?:had|have|has) begun|had been|began|closed|opened|detained|arrested|banned|blocked|killed|attacked|seized|launched|halted|raided|shelled|expelled|recalled|suspended|sentenced|released|deported|dismissed|resigned|fired|turned back|stormed|called at|visited|arrived|docked)\b/;
const SAYING =
  /\b(?:said|says|told|stated|added|claimed|argued|noted|warned|reported|denied|insisted|admitted|confirmed|according to)\b/;

/**
 * "Customs officers had begun turning back fuel trucks (Kestinform, April 14)": a sentence that prints
 * no date but tells of a past action, dated by its own citation, flagged for the reviewer.
 */
function eventsDatedByCitation(an: Analysis): EventDraft[] {
  const out: EventDraft[] = [];
  for (const s of an.sentences) {
    if (an.dates.some((d) => d.sentence === s.index && !d.citation)) continue;
    const own = an.citations.filter((c) => c.sentence === s.index && c.kind === 'bracket');
    const spec = own.map((c) => an.citationDates.get(c.start)).find((d) => d?.start.length === 10);
    const text = withoutCitations(an, s.index);
    if (!spec || !ACTION.test(text) || SAYING.test(text) || /\?$/.test(text) || /[“"]/.test(text)) continue;
    const { actors, places } = actorsInSentence(an, s.index);
    if (actors.length === 0) continue;
    const mention = an.dates.find((d) => d.citation && own.includes(d.citation));
    out.push({
      mention: mention ?? {
        mention: { start: s.start, end: s.start, text: '', modifier: false },
        sentence: s.index,
        planned: false,
        spec,
      },
      status: 'reported',
      actors,
      places,
      citations: own,
      evidence: s.text,
      title: headline(text),
      summary: text,
      flags: ['dated only by its citation: the sentence prints no date; check when it happened'],
    });
  }
  return out;
}

/**
 * "On June 2, the authorities set up two checkpoints, and customs officers began charging a fee":
 * a second clause with a subject and a past act of its own, no date of its own and no saying,
 * happened on the same date.
 */
function alsoClause(an: Analysis, sentence: number, offset: number): string | undefined {
  const s = an.sentences[sentence];
  if (!s) return undefined;
  const and = s.text.indexOf(', and ', offset);
  if (and < 0 || s.text.slice(offset, and).includes(';')) return undefined;
  const from = and + ', and '.length;
  const clause = (s.text.slice(from).split(/; /)[0] ?? '')
    .replace(/\s*\([^()]*\)\s*[.]?$/, '')
    .replace(/[.]$/, '');
  const at = s.start + from;
  const head = s.text.slice(from, from + 40);
  // "dismissed the chairman, and named him ambassador to X": a verb sharing the subject before it
  // adds to the same act; only a clause with a subject of its own is a second one.
  if (/^(?:\p{Ll}+ed|began|set|cut|shut|sent|took|made|held|won|lost|fled|seized|struck)\b/u.test(head))
    return undefined;
  const subject =
    an.table.mentions.some((m) => m.sentence === sentence && m.start >= at && m.start < at + 40) ||
    [...an.table.demonyms.keys()].some((adj) => new RegExp(`^(?:the )?${adj}\\b`).test(head));
  const ownDate = an.dates.some((d) => d.sentence === sentence && d.mention.start >= at);
  // "he is widely regarded as …" is a state now, not a past act.
  const pastAct =
    /^[^,;]{0,60}?(?<!\b(?:is|are|am) (?:\p{Ll}+ly )?)\b(?:\p{Ll}+ed|began|set|cut|shut|sent|took|made|held|won|lost|fled|seized|struck)\b/u;
  if (!subject || ownDate || !pastAct.test(clause) || SAYING.test(clause) || SAID_ON.test(clause))
    return undefined;
  return clause;
}

// A clause after a semicolon that continues the same day: "…; by evening, Temiria had closed …".
const SAME_DAY =
  /^(?:by (?:evening|nightfall|midday|noon|the afternoon|the end of the day)|that (?:evening|night|afternoon)|later (?:that|the same) day|the same day|hours later|within hours)\b/i;

/** The clause after the date's own, when it happens on the same day and names no date of its own. */
function sameDayClause(sentence: string, offset: number): string | undefined {
  const semicolon = sentence.indexOf('; ', offset);
  if (semicolon < 0) return undefined;
  const rest = sentence.slice(semicolon + 2);
  const clause = rest.split(/; /)[0] ?? '';
  return SAME_DAY.test(clause) ? clause.replace(/\s*\([^()]*\)\s*[.]?$/, '').replace(/[.]$/, '') : undefined;
}
