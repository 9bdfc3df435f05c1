// A country's embassy or consulate that acts as a party ("the US embassy said"), named by the
// country's adjective or name; the building picketed or passed is none.
import { GAZETTEER } from '../../gazetteer.js';
import type { NamePhrase } from '../../names.js';
import { record, vote, type Tally } from '../tally.js';
import type { PhraseAt } from './types.js';

/** "the Kestrian embassy", "the US Embassy in Velmar": a country's mission, named by its adjective. */
const EMBASSY = /^ (?:[Ee]mbassy|[Cc]onsulate)(?: in \p{Lu}[\p{L}-]+)?(?![\p{L}-])/u;
/** What a mission does as a party: speaks or acts ("the embassy replied", "… in Velmar was careful"). */
const MISSION_ACTS =
  /^,? (?:(?:also|later|then) )?(?:said|says|added|replied|responded|announced|stated|confirmed|denied|declined|told|warned|protested|urged|called|issued|insisted|refused|was|is|has|had|would|will)\b/;

/** A person of the mission, who is the subject: "a diplomat at the Kestrian embassy told …". */
const STAFF_AT =
  /\b(?:diplomat|official|spokesman|spokeswoman|attach[ée]|staffer|source|employee)s? (?:at|of|from|in) the $/;

/**
 * "The Russian Embassy in Velmar was more careful", "the US embassy said", "sent it to the Kestrian
 * embassy. Only the embassy replied.": a country's embassy is a party when it (or "the embassy")
 * acts; the building picketed or passed ("outside the X embassy") is none. ("The X embassy in Velmar
 * said" and "a diplomat at the X embassy told" are unnamed speakers, drafted by the unnamed stage.)
 */
function actingEmbassy(text: string, phrase: NamePhrase, next: string): string | undefined {
  // ("the Kestrian Embassy in Velmar": the capitalised head is a word of the phrase.)
  const headed = phrase.tokens.length === 2 && /^(?:Embassy|Consulate)$/.test(phrase.tokens[1]?.text ?? '');
  const country = phrase.tokens[0]?.text ?? '';
  const known = GAZETTEER.get(country);
  if (
    (phrase.tokens.length !== 1 && !headed) ||
    !(known?.kind === 'country' || /^\p{Lu}\p{Ll}+(?:ian|an|i|ese|ish)$/u.test(country))
  )
    return undefined;
  const m = EMBASSY.exec(headed ? `${text.slice(phrase.tokens[0]?.end ?? 0, phrase.end)}${next}` : next);
  if (!m) return undefined;
  if (
    / (?:embassy|consulate) in /.test(m[0]) ||
    STAFF_AT.test(text.slice(Math.max(0, phrase.start - 40), phrase.start))
  )
    return undefined;
  const after = text.slice(phrase.tokens[0]?.end ?? 0).slice(m[0].length, m[0].length + 40);
  const acts =
    MISSION_ACTS.test(after) ||
    /\b[Tt]he (?:embassy|consulate)(?: (?:also|later|then))? (?:said|replied|responded|answered|announced|denied|confirmed|declined|protested|warned)\b/.test(
      text,
    );
  return acts ? `${country}${m[0]}` : undefined;
}

/** Tally the phrase's acting embassy, if it names one, as an organisation. True when it did. */
export function tallyActingEmbassy(at: PhraseAt, tally: Tally): boolean {
  const { text, phrase, next } = at;
  const embassy = actingEmbassy(text, phrase, next);
  if (!embassy) return false;
  vote(
    record(tally, embassy, phrase.sentence, phrase.start, phrase.start + embassy.length),
    'organization',
    'strong',
  );
  return true;
}
