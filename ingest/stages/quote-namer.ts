// The one who gave a quoted name: "resigned in protest at what he called the government's “…”", "put
// off because of what the court called the “…”", "a charge the ministry dismissed as “…”". A naming in
// a "what" clause is its subject's, whoever else the sentence names before it (a lawyer cited in an
// aside, the sentence's own subject).
import type { Analysis } from '../analysis.js';
import { resolveSpeaker, type SpeakerResolution } from './speakers.js';

/** "what X called (the …) " right before the quotation: group 1 X, the namer. */
const WHAT_CALLED =
  /\bwhat\s((?:[^\s,;.“”"]+\s){1,6}?)(?:(?:has|had|have|once|later|then|now|publicly)\s)?(?:called|calls|termed|terms|dubbed|branded|described\sas|describes\sas)\s(?:[^.;,“”"]{0,40}\s)?$/u;

/**
 * "a charge the ministry dismissed as ", "a decision that Minister X defended as ", "a charge that X
 * dismissed the next day as ": a thing told before,
 * then a relative clause whose subject names it: group 1 that subject.
 */
const THING_NAMED =
  /\b(?:a|an|the) (?:[\p{L}-]+ ){0,3}?(?:charge|claim|accusation|allegation|decision|move|step|plan|proposal|measure|idea|ruling|law|deal|account|version|explanation|story|report|assertion|suggestion|verdict)s? (?:that |which )?((?:[^\s,;.“”"]+\s){1,8}?)(?:has |had )?(?:dismissed|defended|described|denounced|rejected|hailed|justified|praised|condemned|called|termed|branded|dubbed)(?:\s(?:the (?:next|same|following) (?:day|morning|evening|week)|on \p{Lu}\p{Ll}+ \d{1,2}|that (?:day|evening)|at once|immediately|publicly|later))?(?:\sas)?\s$/u;

/**
 * The speaker named by a naming clause that ends `lead` (the attribution before the quotation,
 * starting at `leadStart` in sentence `sentence`): "what X called", "a charge X dismissed as".
 */
export function namerOf(
  an: Analysis,
  lead: string,
  leadStart: number,
  sentence: number,
): SpeakerResolution | undefined {
  const thing = THING_NAMED.exec(lead);
  if (thing?.[1]) {
    const start = leadStart + thing.index + thing[0].indexOf(thing[1]);
    const res = subjectNamed(an, start, start + thing[1].length, sentence);
    if (res) return res;
  }
  const m = WHAT_CALLED.exec(lead);
  if (!m?.[1]) return undefined;
  const start = leadStart + m.index + 'what '.length;
  // "the Foreign Ministry summoned the ambassador, X, to protest against what it called …": "it" is
  // the body (or state) named last before it, not the person.
  // (A subject, not an owner or a place: "summoned Kharzia's ambassador in Kelmir"; and not when a
  // document comes between, "handed him a note protesting what it called …": the note's words.)
  if (/^it\s$/.test(m[1])) {
    const body = an.table.mentions
      .filter((x) => x.end <= start && x.sentence >= sentence - 1 && x.actors.length === 1)
      .filter((x) => ['organization', 'country'].includes(an.table.actors.get(x.actors[0] ?? '')?.kind ?? ''))
      .filter((x) => !/^['’]s\b/.test(an.text.slice(x.end, x.end + 2)))
      .filter(
        (x) =>
          !/\b(?:in|of|at|from|to|with|near|for|by)\s(?:the\s)?$/.test(
            an.text.slice(Math.max(0, x.start - 9), x.start),
          ),
      )
      .at(-1);
    const between = body ? an.text.slice(body.end, start) : '';
    if (
      body &&
      !/\b(?:note|letter|statement|resolution|declaration|report|decree|document|message)\b/.test(between)
    )
      return { actor: body.actors[0], how: 'pronoun' };
  }
  const res = subjectNamed(an, start, start + m[1].length, sentence);
  if (res) return res;
  // "what the court called": the body last named before whose name holds that noun ("the Supreme
  // Court of X").
  const noun = /^the (\p{Ll}+)\s$/u.exec(m[1])?.[1];
  const head = noun && noun.charAt(0).toUpperCase() + noun.slice(1);
  const body = an.table.mentions
    .filter((x) => x.end <= start && x.sentence >= sentence - 2 && x.actors.length === 1)
    .filter((x) => {
      const actor = an.table.actors.get(x.actors[0] ?? '');
      return actor?.kind === 'organization' && !!head && actor.name.split(' ').includes(head);
    })
    .at(-1);
  return body
    ? { actor: body.actors[0], how: 'role', doubt: `"the ${noun}" taken to be the body named before` }
    : undefined;
}

/** Whom a naming clause's subject names: whom the resolver reads there, else the body named in it. */
function subjectNamed(
  an: Analysis,
  start: number,
  end: number,
  sentence: number,
): SpeakerResolution | undefined {
  const res = resolveSpeaker(an.table, an.text, an.sentences, { start, end }, sentence);
  if (res.actor) return res;
  // "what the Russian Foreign Ministry called": the body the clause's subject names is the namer.
  const named = an.table.mentions
    .filter((x) => x.start >= start && x.end <= end && x.actors.length === 1)
    // (Not a country or place the subject is "of" or "in": "what opposition newspapers in Azerbaijan called".)
    .filter((x) => !['place', 'country'].includes(an.table.actors.get(x.actors[0] ?? '')?.kind ?? ''))
    .filter(
      (x) => !/\b(?:in|of|from|at|near)\s(?:the\s)?$/.test(an.text.slice(Math.max(0, x.start - 9), x.start)),
    )
    .at(-1);
  return named ? { actor: named.actors[0], how: 'name' } : undefined;
}
