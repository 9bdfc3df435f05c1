// Where a quotation's attribution lies: a quote box's author line, the gap of a split quotation, the
// clause after the closing mark, or the sentence before the opening one.
import type { Analysis } from '../../analysis.js';
import { resolveSpeaker, type SpeakerResolution } from '../speakers.js';
import { SPOKEN } from '../speakers/words.js';
import type { PlacedQuotation } from './types.js';

/** "Georgian Prime Minister Bidzina Ivanishvili": the person whose name ends the author line. */
export function authorSpeaker(an: Analysis, author: string): SpeakerResolution {
  const key = [...an.table.actors.values()].find(
    (a) => a.kind === 'person' && [...a.forms.keys()].some((f) => f === author || author.endsWith(` ${f}`)),
  )?.key;
  return key ? { actor: key, how: 'author' } : { how: 'none', doubt: `author "${author}" is not an actor` };
}

/**
 * The span that attributes a quotation without an author line: the words between its parts, else
 * the clause after it when that names a speaker, else the sentence up to its opening mark (from the
 * sentence before when that one ends in a colon and the quotation opens its own sentence).
 */
export function attributionRegion(an: Analysis, q: PlacedQuotation): { start: number; end: number } {
  const { text } = an;
  const { first, last, firstSentence, lastSentence } = q;
  if (q.group.gaps[0]) return q.group.gaps[0];
  let region: { start: number; end: number } | undefined;
  const after = text.slice(last.outerEnd, Math.min(lastSentence.end, last.outerEnd + 100));
  const clause = /^[^.;“"‘(]*/.exec(after)?.[0] ?? '';
  // "“…,” and the next day the ministry announced …": a clause of its own, not an attribution; nor
  // is "“…,” adding that he was conscious", the subject before the words speaking on, nor "“…,”
  // which his family denies", a comment on them.
  // ("“…,” a phrase the prime minister ignored": an appositive naming the words comments on them.)
  const newClause =
    /^[,\s]*(?:and|but|or|while|whereas|which|adding|saying|noting|warning|stressing|insisting|explaining|arguing|claiming)\b/.test(
      clause,
    ) ||
    /^[,\s]*(?:a|an|the)\s(?:[\p{Ll}-]+\s)?(?:phrase|remark|comment|formula|line|slogan|word|words|expression)\b(?! (?:coined|made|used|uttered|first used|borrowed) by\b)/u.test(
      clause,
    );
  // ("“…,” the most open challenge to the NSS chairman so far": a noun phrase saying nothing is a
  // comment on the words, whoever it names; not "a phrase coined by X".)
  const comment =
    /^[,\s]*(?:the|a|an)\s/.test(clause) &&
    !SPOKEN.test(clause) &&
    // (a verb of its own makes it an attribution: "the Kremlin’s press secretary Dmitry Peskov retorted")
    !/\b\p{Ll}{3,}ed\b/u.test(clause) &&
    !/\b(?:according to|coined|made|used|uttered|borrowed|attributed)\b/i.test(clause);
  // ("could be home “within days” if the inspections stopped, a trade that X rejected", "together
  // with the “Kabardino-Balkarian sector” of the Caucasus Front that X proclaimed": words quoted in
  // the middle of a clause, with no comma after them, are that clause's; what follows names no
  // speaker of theirs.)
  // (Unless the clause closes with an attribution: "… “a threat to stability” in the region,
  // Deputy Foreign Minister X said".)
  const midClause =
    !/[,.!?;:…]$/.test(q.parts.at(-1) ?? '') &&
    /^\s+[\p{Ll}\p{N}]/u.test(after) &&
    !/^\s+(?:said|says|told|tells|added|adds|asked|wrote|writes|declared|insisted|warned|replied)\b/.test(
      after,
    ) &&
    !/,\s(?!and\b|but\b|while\b)[^,;]{0,80}?\b(?:said|says|told|tells|added|complained|insisted|argued|warned|declared|noted|stressed|explained)\b(?![^,;]*\bthat\b)/.test(
      clause,
    );
  if (
    !midClause &&
    !comment &&
    /\S/.test(clause) &&
    /^[,\s]*\S/.test(clause) &&
    /^[,\s]/.test(after) &&
    clause.length > 2 &&
    !newClause
  )
    region = { start: last.outerEnd, end: last.outerEnd + clause.length };
  const attributionAfter = region && resolveSpeaker(an.table, text, an.sentences, region, lastSentence.index);
  if (attributionAfter?.actor && region) return region;
  let start = firstSentence.start;
  if (first.outerStart === firstSentence.start) {
    const prev = an.sentences[firstSentence.index - 1];
    // "… Viktor Brannik told deputies …, recognizes no such thing. “A sealed wagon is …” (Source, May 9)":
    // words standing alone in their sentence go on from the speaker of the sentence before.
    const alone = /^[\s.,]*(?:\([^()]*\)[\s.]*)?$/.test(text.slice(last.outerEnd, lastSentence.end));
    // (Not after a sentence with quoted words of its own: those words run on, “…,” he said. “…”.)
    const spokeBefore =
      prev?.paragraph === firstSentence.paragraph &&
      SPOKEN.test(prev.text) &&
      !/[“”"]/.test(prev.text) &&
      alone;
    if (prev && (/:\s*$/.test(prev.text) || spokeBefore)) start = prev.start;
  }
  // Inside another quotation, the attribution lies within it.
  return { start, end: first.outerStart };
}
