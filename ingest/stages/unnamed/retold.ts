// Passes for words an interviewee retells, said by someone never named: "one of them turned to our
// mother and said, “…”", and "When the officer took her away, he told her, “…”" (the person described
// before the pronoun).
import { IRREGULAR_PAST_ACTS } from '../../language/lexicon.js';
import { insideQuotes, quotedRanges } from '../quote-marks.js';
import type { Sentence } from '../segment.js';
import { DEED_AND } from '../speakers.js';
import { POSSESSIVE, SPEAKS_NEXT, WHERE_FROM } from './described.js';
import { type UnnamedScan, draftUnnamed } from './draft.js';
import { CRIED_OUT, DESCRIBED_PEOPLE } from './words.js';

/**
 * "one of them turned to our mother and said", "One of the women told me", "one of the officials at
 * the Ministry of Economics said": one of a group, drafted under the article's words (no rule knows
 * which one).
 */
const ONE_OF = new RegExp(
  `\\b[Oo]ne of (?:them|us|(?:the|their|our|those|his|her|its) (?:\\p{Ll}+ ){0,2}(?:\\p{Ll}+s|\\p{Ll}*men|children|people|police))(?: (?:of|at|in|from|on) [^,;.“”"]{1,50}?)?${SPEAKS_NEXT}`,
  'gu',
);

/** Groups named in the plural besides the described people's: "the elders", "the divers". */
const GROUPS =
  'diplomats|members|deputies|delegates|monitors|sailors|divers|elders|residents|villagers|protesters|demonstrators|pupils|students|miners|refugees|fishermen|passengers|prisoners|relatives|mothers|colleagues';
/** People in the plural, as a group is named: "the guards", "the women", "officials". */
const PEOPLE_PLURAL = `(?:${DESCRIBED_PEOPLE.split('|')
  .map((w) => (w.endsWith('man') ? `${w.slice(0, -3)}men` : w === 'police' ? w : `${w}s`))
  .join('|')}|${GROUPS})`;
const GROUP_BEFORE = new RegExp(
  `\\b(?:(?:the|their|its|our|his|her) )?(?:\\p{Ll}+ )?${PEOPLE_PLURAL}(?: (?:at|of|in|from) (?:the )?\\p{Lu}[\\p{L}-]*(?: (?:of )?\\p{Lu}[\\p{L}-]*){0,4})?\\b`,
  'gu',
);

export function findOneOfThem(scan: UnnamedScan, s: Sentence): void {
  for (const m of s.text.matchAll(ONE_OF)) {
    const start = s.start + m.index;
    const name = m[0].replace(/^One/, 'one');
    const actor = draftUnnamed(
      scan,
      s,
      start,
      start + m[0].length,
      name,
      'person',
      'unnamed one of a group',
      true,
    );
    if (!/ (?:them|us)$/.test(name)) continue;
    // ("When the guards led her out, one of them said": one of the guards, the group named last in
    // the paragraph's two sentences before.)
    const from = scan.sentences
      .slice(Math.max(0, s.index - 2), s.index)
      .filter((p) => p.paragraph === s.paragraph)
      .reduce((at, p) => Math.min(at, p.start), s.start);
    const span = scan.text.slice(from, start);
    const quoted = quotedRanges(span);
    const group = [...span.matchAll(GROUP_BEFORE)].filter((g) => !insideQuotes(quoted, g.index)).at(-1)?.[0];
    if (group)
      actor?.aliases.add(`one of ${/^(?:the|their|its|our|his|her) /.test(group) ? '' : 'the '}${group}`);
  }
}

/** "he said to me, “…”", "she told us, “…”": a pronoun's words, printed right after. */
const PRONOUN_SAYS = new RegExp(
  `\\b(?:[Hh]e|[Ss]he) (?:${DEED_AND})?(?:then |later |also |only )?(?:said|told|asked|replied|added|answered|explained|${CRIED_OUT})\\b[^.;“”"]{0,25}?[,:]? [“"]`,
  'gu',
);
/**
 * One person described, never named: "the officer in charge", "an investigator from Tashkent"; a post
 * only when "a" brings in someone new ("A deputy minister flew in": "the minister" is one named).
 */
const DESCRIBED_ONE = new RegExp(
  `\\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Oo]ur) (?:(?!${POSSESSIVE})\\p{Ll}+ )?(?:${DESCRIBED_PEOPLE.replace(/police\|/, '')}|(?<=\\b[Aa]n? (?:\\p{Ll}+ )?)(?:minister|ambassador|governor|mayor|director|chairman))(?: in charge|(?: ${WHERE_FROM}){1,2}| who [^,;.“”"]{3,50}?(?=,| (?:was|were|had|\\p{Ll}+ed)\\b))?(?![\\p{L}-])`,
  'gu',
);

/**
 * A deed or a state right after a described person: "took her", "was polite", "came up to me" (past
 * forms IRREGULAR_PAST_ACTS does not hold are listed here).
 */
const ACTS_AFTER = new RegExp(
  `^(?:,[^,;.“”"]{1,60},)? (?:(?:then|also|later|first) )?(?:\\p{Ll}+ed|was|were|had|came|went|flew|drove|told|read|sat|rang|shook|let|${IRREGULAR_PAST_ACTS})\\b`,
  'u',
);

/**
 * "When the officer took her from the office, he told her, “…”", "The officer in charge was polite.
 * When I asked him …, he said, “…”": the person described last before the pronoun, in its sentence or
 * the one before, with no one named in between, is the one who speaks.
 */
export function findDescribedBeforePronoun(scan: UnnamedScan, s: Sentence): void {
  const previous = scan.sentences[s.index - 1];
  const from = previous?.paragraph === s.paragraph ? previous.start : s.start;
  const quoted = quotedRanges(scan.text.slice(from, s.end), from);
  for (const p of s.text.matchAll(PRONOUN_SAYS)) {
    const at = s.start + p.index;
    // ("“They arrested the man who counted the money,” he said, “…”": words split by their speaker,
    // who was named before them.)
    if (/[”"],? $/.test(scan.text.slice(at - 3, at))) continue;
    const span = scan.text.slice(from, at);
    // (Never a phrase inside quoted words.)
    const last = [...span.matchAll(DESCRIBED_ONE)]
      .filter((d) => !insideQuotes(quoted, from + d.index))
      .at(-1);
    if (!last) continue;
    const start = from + last.index;
    const end = start + last[0].length;
    // (The person acts, "the officer took her", "The officer in charge was polite", or the teller acts
    // on them, "When I showed the investigator the book"; not "a dead man cannot drive", "a man I have
    // worked with since 2003", an aside about someone named before it.)
    const acts = ACTS_AFTER.test(scan.text.slice(end, end + 80));
    const tellerActs = /\b(?:I|[Ww]e) \p{Ll}+(?: (?:so|it|them|him|her))?(?: (?:to|at|with))? $/u.test(
      scan.text.slice(start - 40, start),
    );
    if ((!acts && !tellerActs) || /, $/.test(scan.text.slice(start - 2, start))) continue;
    // (Someone named or drafted in between is whom the pronoun may mean.)
    const person = (m: { actors: readonly string[]; via?: string }) =>
      m.via === 'group' || scan.table.actors.get(m.actors[0] ?? '')?.kind === 'person';
    const near = Math.min(start, s.start);
    if (scan.table.mentions.some((m) => m.start < at && m.end > near && person(m))) continue;
    const sentence = start >= s.start ? s : (previous ?? s);
    const noun =
      /(\p{Ll}+)(?: in charge| (?:in|from|at|of|on|near|outside|who) .*)?$/u.exec(last[0])?.[1] ?? '';
    draftUnnamed(
      scan,
      sentence,
      start,
      end,
      last[0].replace(/^[Tt]he /, '').replace(/^(?:[Tt]heir|[Oo]ur|An?)\b/, (w) => w.toLowerCase()),
      'person',
      `unnamed ${noun}`,
      true,
    );
  }
}
