// Passes for bodies the article never names: "the printing house in Veloran", "the ministry in
// Janabad", and a body known only by its kind after "according to" ("the regional health department").
import type { Sentence } from '../segment.js';
import { type UnnamedScan, draftUnnamed, kindOf } from './draft.js';
import { UNNAMED_BODY } from './words.js';

/**
 * "the printing house in Veloran", "the ministry in Janabad", "the Russian embassy in Kyiv": a body
 * the article never names, placed by a name.
 */
export function findUnnamedBodies(scan: UnnamedScan, s: Sentence): void {
  const { text, table } = scan;
  for (const m of s.text.matchAll(
    new RegExp(
      `\\b[Tt]he (?:(\\p{Lu}\\p{Ll}+) )?((?:${UNNAMED_BODY}|ministry|embassy|consulate)) (?:in|of|at) `,
      'gu',
    ),
  )) {
    const from = s.start + m.index + m[0].length;
    const place = table.mentions.find(
      (x) => x.sentence === s.index && x.actors.length === 1 && x.start === from,
    );
    if (!place || !m[2]) continue;
    // ("Officials at the Chinese embassy in Semirgan told …": the officials speak, drafted by an earlier
    // pass; the embassy is still an actor the article names.)
    const workplace = table.mentions.some(
      (x) => x.via === 'group' && x.start < place.end && s.start + m.index < x.end,
    );
    const printed = text.slice(s.start + m.index, place.end);
    const actor = draftUnnamed(
      scan,
      s,
      s.start + m.index,
      place.end,
      printed.replace(/^[Tt]he /, ''),
      'organization',
      `unnamed ${m[2]}`,
      workplace,
    );
    // ("the Turkish embassy in Staromir" is "the Turkish embassy" too: one country has one there.)
    if (m[1] && /^(?:embassy|consulate)$/.test(m[2])) actor?.aliases.add(`${m[1]} ${m[2]}`);
  }
}

/**
 * A body by its kind in lower case, after "according to": "the regional police", "the city health
 * department", "the presidential press service" (not one told before, "the same ministry", nor an
 * outlet, "the news service").
 */
const ACCORDING_TO_BODY =
  /\baccording to (the ((?!(?:same|said|above|latter|former|news|wire)\b)(?:[a-z]+ ){0,3}(?:police|department|service|authorities|administration|office|ministry|hospital|inspectorate|prosecutors?)))(?=[,.;)]|\s(?:and|but|which|who)\b|$)/g;

/**
 * "…, according to the regional health department", "600, according to the regional police": a body
 * the article names only by its kind, as the source of the words before it.
 */
export function findBodiesAccordingTo(scan: UnnamedScan, s: Sentence): void {
  for (const m of s.text.matchAll(ACCORDING_TO_BODY)) {
    if (!m[1] || !m[2] || m[2] === m[2].split(' ').at(-1)) continue; // ("the police" alone: too bare)
    const start = s.start + m.index + m[0].length - m[1].length;
    const kind = kindOf(m[2].split(' ').at(-1) ?? '');
    draftUnnamed(scan, s, start, start + m[1].length, m[2], kind, `unnamed ${m[2].split(' ').at(-1)}`);
  }
}
