// In-sentence sources someone told: "Berdiyev told the agency", "X told Novaya Vest", "told Y television",
// "…, telling the daily Z".
import { GAZETTEER } from '../gazetteer.js';
import { MEDIA_AFTER, MEDIUM, MEDIUM_BEFORE, NAME, NUMBERED_NAME } from './outlet-patterns.js';
import { dateAt, inSentenceCitation, type SentenceScan } from './sentence-scan.js';
import type { Citation, OutletKnowledge } from './types.js';

/**
 * "X told Izvestnik on August 14 that …": one word no one else in the article is (a web address's,
 * "Lenta.ru", too), after "told" and before a date, "that" or a clause, is an outlet. A person told
 * something is named in full first.
 */
function unknownToldWord(name: string, after: string, know: OutletKnowledge): boolean {
  return (
    /^\p{Lu}[\p{L}\p{N}-]+(?:\.[a-z]{2,4})?$/u.test(name) &&
    !know.isPerson(name) &&
    !know.isOtherActor?.(name) &&
    !GAZETTEER.has(name) &&
    /^(?: on | that | in |[,;:.]| (?:he|she|it|they|the|a) )/.test(after)
  );
}

/**
 * Whom someone told: "the paper", "the same paper" (the outlet cited before: not "the daily
 * Kommersant"), or an outlet, after a medium described in lower case ("the state channel ONT", "the
 * opposition weekly Azat Soz").
 */
const TOLD_WHOM = `(?:(the (?:same )?(?:${MEDIUM}))(?! \\p{Lu})|(?:the )?(?:(?:\\p{Ll}+ ){0,2}(?:${MEDIUM}|television) )?(${NUMBERED_NAME})(${MEDIA_AFTER})?)`;

const TOLD = new RegExp(
  `(${NAME}|(?<![\\p{L}])\\p{Ll}+)(?:, [^,;()“”"]{2,60},|, [^,;()“”"]{2,100}\\(\\p{Lu}{2,6}\\)[^,;()“”"]{0,20},|,)? (?:told|spoke to|talked to) ${TOLD_WHOM}`,
  'gu',
);
/** "…, telling Vedomosti that …": the participle tells an outlet too; the phrase starts at it. */
const TELLING = new RegExp(`()\\btelling ${TOLD_WHOM}`, 'gu');

/** An aside that tells a saying of its own, which dates no happening. */
const SAYING_ASIDE =
  /\b(?:said|says|told|spoke|spoken|talked|announced|declared|warned|insisted|claimed|argued)\b|\b(?:dismissed|called|described|denounced)\s(?!as\b)[^,]*\bas\b/;

/**
 * The outlets the sentence's speakers told; "the agency", "the paper" are anaphoric, the outlet cited
 * before. "Kaldarov, who led the delegation, told the paper": an aside between commas may part them.
 * An aside that spells a body's abbreviation may run longer ("X, spokesman for the Border Guard
 * Service of the State Committee for National Security (GKNB), told Avesta").
 * "A senior diplomat, speaking on condition of anonymity, told Kestria Today": a described speaker (a
 * lower-case noun or pronoun) tells a known outlet too. "who spoke to Interfax on May 3": speaking to
 * an outlet is telling it.
 */
export function toldSources(scan: SentenceScan): Citation[] {
  const { text, sentence, dates, know } = scan;
  const body = sentence.text;
  const found: Citation[] = [];
  for (const m of [...body.matchAll(TOLD), ...body.matchAll(TELLING)]) {
    // ("two days after I spoke to Ekho Moskvy": one's own talk told in an interview cites nothing.)
    if (/^(?:I|[Ww]e)$/.test(m[1] ?? '') && !/ told /.test(m[0])) continue;
    const start = sentence.start + m.index;
    // A full stop ending the sentence is no part of the outlet ("she told the Kestria Herald.").
    const stop = m[3]?.endsWith('.') && !m[4] && m.index + m[0].length === body.trimEnd().length ? 1 : 0;
    if (m[3] && stop) m[3] = m[3].slice(0, -1);
    // ("told Interfax’s correspondent": the outlet is the possessor.)
    if (m[3]) m[3] = m[3].replace(/['’]s(?: .*)?$/, '');
    let end = start + m[0].length - stop;
    const date = dateAt(dates, text, end);
    if (date) end = date.end;
    if (m[2])
      found.push(
        inSentenceCitation(scan, start, end, m[2], {
          anaphoric: true,
          note: `"${m[2]}" refers to the outlet cited before`,
        }),
      );
    else if (
      m[3] &&
      (know.isOutlet(m[3]) ||
        m[4] ||
        // ("the state channel ONT": the medium says what the name is.)
        MEDIUM_BEFORE.test(m[0].slice(0, m[0].lastIndexOf(m[3]))) ||
        // (One speaks to people as often as to outlets: only "told" makes an unknown word one.)
        (/ told /.test(m[0]) && unknownToldWord(m[3], body.slice(m.index + m[0].length), know)))
    ) {
      // The phrase starts at the speaker: "A senior diplomat, …, told" from its article on.
      const described =
        /\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ne)\s(?:[\p{L}-]+\s){0,3}$/u.exec(
          body.slice(Math.max(0, m.index - 60), m.index),
        );
      const lower = /^\p{Ll}/u.test(m[1] ?? '');
      const from = lower && described ? start - described[0].length : start;
      // Other stages still read the described speaker: the span skipped starts at "told". So they do a
      // speaker's aside, which may tell a happening of its own ("Koral, who flew to Almabad the next
      // day, told Almabad TV").
      // (Not an aside that is itself a saying: "Tokonov, who spoke to reporters on May 3, told …".)
      const asideText = /^[^,]*, (.*), (?:told|spoke to|talked to) /.exec(m[0])?.[1];
      const aside = asideText !== undefined && !SAYING_ASIDE.test(asideText);
      const toldAt = lower || aside ? start + m[0].search(/ (?:told|spoke to|talked to) /) + 1 : start;
      found.push(inSentenceCitation(scan, from, end, m[3], { spanStart: toldAt, ...(date ? { date } : {}) }));
    }
  }
  return found;
}
