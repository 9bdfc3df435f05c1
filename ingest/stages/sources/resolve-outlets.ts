// After both passes: outlets written as initials expanded; "told the agency" takes the outlet cited before.
import type { DateSpec } from '../../../src/dataset/schema.js';
import { initialsOf } from '../../language/words.js';
import type { DayMention } from './speaker-day.js';
import type { Citation } from './types.js';

/**
 * "(KT, May 2)" in an article of Kestria Today: an outlet written as the initials of a known outlet
 * (the article's own publication, say) is that outlet.
 */
export function expandInitialOutlets(citations: Citation[], outlets: readonly string[]): void {
  const initials = (name: string) => initialsOf(name.split(/[\s-]+/));
  for (const [i, c] of citations.entries()) {
    if (!/^\p{Lu}{2,6}$/u.test(c.outlet)) continue;
    const full = outlets.find((o) => o.includes(' ') && initials(o) === c.outlet);
    if (full) citations[i] = { ...c, outlet: full };
  }
}

const BROADCAST_NOUN = /\b(?:station|channel|broadcaster|radio|television)$/;
const PRINT_NOUN = /\b(?:paper|newspaper|daily|weekly)$/;
/** An outlet's name that says it broadcasts: "Radio Erkin Sado", "Yulduz TV", "Rustavi-2". */
const BROADCASTER = (outlet: string) => /\b(?:Radio|TV|Television|Channel|FM)\b|[-\s]\d+$/.test(outlet);

/**
 * Anaphoric in-sentence sources ("told the agency") take the outlet cited just before (of the medium
 * the noun says, when it says one), and its date; "the same newspaper" takes its own sentence's one
 * day, if it gives one ("A week later, X told the same newspaper").
 */
export function resolveAnaphoricSources(
  text: string,
  citations: Citation[],
  citationDates: Map<number, DateSpec>,
  dates: readonly DayMention[],
): void {
  // "(Pajhwok, June 9)" after "told Pajhwok Afghan News": an outlet cited in brackets by its first
  // word(s) is the one outlet of the article whose name opens with them ("Pelka television" is not
  // "Pelka Vesti": a bracket only).
  for (const [i, c] of citations.entries()) {
    if (c.kind !== 'bracket') continue;
    const longer = new Set(citations.map((x) => x.outlet).filter((o) => o.startsWith(`${c.outlet} `)));
    const [full] = longer;
    if (full && longer.size === 1) citations[i] = { ...c, outlet: full };
  }
  const unresolved: number[] = [];
  for (const [i, c] of citations.entries()) {
    if (!c.anaphoric) continue;
    const earlier = citations
      .slice(0, i)
      .reverse()
      .filter((p) => !p.anaphoric && !p.noOutlet);
    // ("told the station": the outlet cited last, a quote box's too; "told the paper": the last not
    // named as a broadcaster. A bare "the agency" is the last outlet cited in the text.)
    const plain = earlier.find((p) => p.kind !== 'dash');
    const prev = BROADCAST_NOUN.test(c.outlet)
      ? earlier[0]
      : PRINT_NOUN.test(c.outlet)
        ? (earlier.find((p) => p.kind !== 'dash' && !BROADCASTER(p.outlet)) ?? plain)
        : plain;
    // ("Ivan Rudko told the paper that …" with no outlet cited before: no outlet to name.)
    if (!prev) {
      unresolved.push(i);
      continue;
    }
    citations[i] = { ...c, outlet: prev.outlet };
    // ("A week later, X told the same newspaper" is another telling to it, on the day the sentence
    // gives before the telling, not one inside what was told; "the paper" tells of the report cited.)
    const own = /\bsame\b/.test(c.outlet)
      ? dates.filter((d) => d.sentence === c.sentence && d.spec && !d.citation && d.mention.start < c.start)
      : [];
    const spec = own.length === 1 ? own[0]?.spec : citationDates.get(prev.start);
    if (spec) citationDates.set(c.start, spec);
  }
  for (const i of unresolved.reverse()) citations.splice(i, 1);
  // '"…," Ormanov told Novaya Vest, "…" (Novaya Vest, March 2)': an undated in-sentence citation
  // takes the date of the bracket citing the same outlet in its sentence, or in the next one when
  // the quotation goes on after a full stop ('"…," she told Novaya Vest. "…" (Novaya Vest, March 2)').
  for (const c of citations) {
    if (c.kind !== 'in-sentence' || c.date) continue;
    const goesOn = /^\.\s*[“"]/.test(text.slice(c.end, c.end + 4));
    if (citationDates.has(c.start) && !goesOn) continue;
    const same = citations.find(
      (b) =>
        b.kind === 'bracket' &&
        (b.sentence === c.sentence || (goesOn && b.sentence === c.sentence + 1)) &&
        b.outlet === c.outlet,
    );
    const spec = same ? citationDates.get(same.start) : undefined;
    if (spec) citationDates.set(c.start, spec);
  }
  // "Neighbors told Kavkaz-Uzel that … (Kavkaz-Uzel, July 18).": a source still undated is dated by
  // the nearest bracket citing the same outlet in its paragraph, before or after it.
  for (const c of citations) {
    if (c.kind !== 'in-sentence' || c.date || citationDates.has(c.start)) continue;
    const sameParagraph = (b: Citation) =>
      !text.slice(Math.min(b.end, c.end), Math.max(b.start, c.start)).includes('\n');
    const nearest = citations
      .filter((b) => b.kind === 'bracket' && b.outlet === c.outlet && sameParagraph(b))
      .sort((a, b) => Math.abs(a.start - c.start) - Math.abs(b.start - c.start))[0];
    const spec = nearest ? citationDates.get(nearest.start) : undefined;
    if (spec) citationDates.set(c.start, spec);
  }
}
