// What an outlet's name looks like: a capitalised name, a web address, a medium after it, media words.
import { MEDIA_TAIL_WORDS, MEDIA_WORDS } from '../../language/lexicon.js';
import { FULL_MONTH_PATTERN } from '../../language/months.js';

/**
 * A capitalised name of one or more words: "Kestria Today", "Ministry of Defence", "Itar-Tass"; an
 * outlet's own lower-case last word may close it ("Ukrainska pravda"). A word ends in a letter or a
 * number ("DravInform." ends the sentence), and "of" before a day dates the issue ("the Varesh
 * Observer of May 28"); a Russian "i" joins two words of one name ("Argumenty i Fakty").
 */
export const NAME = String.raw`\p{Lu}(?:[\p{L}\p{N}'’.&/-]*[\p{L}\p{N}])?(?: (?:of (?!(?:${FULL_MONTH_PATTERN}) \d)|the |de |al-|i )?[\p{Lu}\p{N}](?:[\p{L}\p{N}'’.&/-]*[\p{L}\p{N}])?)*(?: (?:${MEDIA_TAIL_WORDS})(?![\p{L}]))?`;
/** An outlet's name that a number may open ("24 Saati", "5 Kanal"), never a year. */
export const NUMBERED_NAME = String.raw`(?:\p{N}{1,2} )?${NAME}`;
/** A website cited as the outlet: "www.osce.org", "kremlin.ru", "civil.ge/eng/article.php?id=1". */
export const WEB_ADDRESS =
  /^(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?:\/\S*)?$/u;

/** A medium named after an outlet, in lower case: "told Kestria-24 television", "Ostrov radio". */
export const MEDIA_AFTER = ' (?:television|TV|radio|newspaper|daily|weekly|news agency|channel)\\b';

/** Media described in lower case before an outlet's name: "the opposition weekly X", "the state channel X". */
export const MEDIUM =
  'agency|newspaper|paper|daily|weekly|channel|station|radio|broadcaster|magazine|website';
/** A span that ends in such a medium (and a space): the name after it is an outlet. */
export const MEDIUM_BEFORE = new RegExp(`\\b(?:${MEDIUM}|television) $`);

const MEDIA_TAIL = new RegExp(`^(?:${MEDIA_TAIL_WORDS})$`, 'u');

/** True when a name looks like a media outlet by its words (whole, "Itar-Tass", or hyphen parts). */
export function looksLikeMedia(name: string): boolean {
  // ("Canal 7" is a broadcaster, the "Karakum Canal" a waterway.)
  if (/^(?:Canal|Kanal) \d{1,2}$/.test(name)) return true;
  return [...name.split(/\s+/), ...name.split(/[\s-]+/)].some(
    (w) => MEDIA_WORDS.has(w) || MEDIA_WORDS.has(w.replace(/[’']s$/, '')) || MEDIA_TAIL.test(w),
  );
}
