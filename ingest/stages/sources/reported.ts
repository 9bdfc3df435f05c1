// In-sentence sources that report: "Novaya Vest reported that day", "Z reported on March 3".
import { normalizeText } from '../../../src/text/normalize.js';
import { TITLE_WORDS } from '../../language/lexicon.js';
import { GAZETTEER } from '../gazetteer.js';
import { FULL_MONTH_PATTERN, WEEKDAY_PATTERN } from '../../language/months.js';
import { NAME, WEB_ADDRESS } from './outlet-patterns.js';
import { dateAt, inSentenceCitation, type SentenceScan } from './sentence-scan.js';
import type { Citation } from './types.js';

/** Pronouns and the like, which a capital at the start of a sentence makes look like names. */
const PRONOUN =
  /^(?:He|She|It|I|We|They|You|This|That|Nobody|Somebody|Someone|Everyone|Everybody|Who|What|Which|Whoever)$/;

/** A day printed right before the outlet with no comma: "On February 11 Dalga wrote …". */
const DAY_BEFORE = new RegExp(
  `^(?:(?:${WEEKDAY_PATTERN}),? )?(?:${FULL_MONTH_PATTERN}) \\d{1,2}(?:, \\d{4})? (?=\\p{Lu})`,
  'u',
);

const REPORTED = new RegExp(
  `(?<![\\p{L}])(?:the )?(${NAME})(?:, citing [^,;()]{2,60},|(, which))? (?:reported|wrote|quoted|cited|broadcast|announced|noted|claimed|pointed out)\\b`,
  'gu',
);

/** The outlets the sentence says reported, wrote, quoted, cited, broadcast, announced, noted, claimed or pointed out. */
export function reportedSources(scan: SentenceScan): Citation[] {
  const { text, sentence, dates, know } = scan;
  const body = sentence.text;
  const found: Citation[] = [];
  for (const m of body.matchAll(REPORTED)) {
    const outlet = (m[1] ?? '').replace(/^(?:The|In|On|As) /, '').replace(DAY_BEFORE, '');
    if (know.isPerson(outlet) || !(know.isOutlet(outlet) || /reported|wrote/.test(m[0]))) continue;
    // ("drivers from Istrevia reported crossing …": a place the speakers come from is no outlet.)
    const before = body.slice(
      Math.max(0, m.index + m[0].indexOf(outlet) - 12),
      m.index + m[0].indexOf(outlet),
    );
    if (!know.isOutlet(outlet) && /\b(?:from|in|near)\s(?:the\s)?$/.test(before)) continue;
    // ("Ferghana.ru, which reported the briefing the same day": only a known outlet reports in an aside,
    // "as X pointed out the next day" only a known outlet too.)
    const known = know.isOutlet(outlet) || WEB_ADDRESS.test(outlet);
    if ((m[2] || /pointed out$/.test(m[0])) && !known) continue;
    // "He wrote nothing", "its secretariat in X wrote to the ministry": a pronoun is no outlet, and
    // a letter written to someone is no publication, nor a debt written off.
    const after = body.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (
      !know.isOutlet(outlet) &&
      (PRONOUN.test(outlet) ||
        /^ (?:to|nothing|back|off|down|an? (?:\w+ )?(?:letter|book|note|complaint|appeal|petition))\b/.test(
          after,
        ))
    )
      continue;
    if (!know.isOutlet(outlet) && normalizeText(outlet).split(' ').length > 4) continue;
    // ("Austria’s OMV reported a one-third drop", "FSB Director Nikolai Patrushev reported the operation
    // to Putin": a country's company the gazetteer knows, an official reporting to a superior, are no
    // publications; "SOCAR reported …" and "Armenia’s Aravot reported …" are.)
    const owner = /^(\p{Lu}[\p{L}-]+)[’']s (.+)$/u.exec(outlet);
    if (
      !know.isOutlet(outlet) &&
      ((owner && GAZETTEER.get(owner[2] ?? '')?.kind === 'organization') ||
        outlet.split(' ').some((w) => TITLE_WORDS.has(w)))
    )
      continue;
    const start = sentence.start + m.index + m[0].indexOf(outlet);
    let end = sentence.start + m.index + m[0].length;
    // ("reported the briefing the same day": the date after what was reported.)
    const object = /^ (?:the|its|his|her|their) \p{Ll}+/u.exec(text.slice(end, end + 30))?.[0].length ?? 0;
    const date = dateAt(dates, text, end) ?? (object ? dateAt(dates, text, end + object) : undefined);
    if (date) end = date.end;
    found.push(inSentenceCitation(scan, start, end, outlet, date ? { date } : {}));
  }
  return found;
}
