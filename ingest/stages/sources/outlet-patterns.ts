// What an outlet's name looks like: a capitalised name, a web address, a medium after it, media words.
import { MEDIA_WORDS } from '../../language/lexicon.js';

/** A capitalised name of one or more words: "Kestria Today", "Ministry of Defence", "Itar-Tass". */
export const NAME = String.raw`\p{Lu}[\p{L}\p{N}'’.&/-]*(?: (?:of |the |de |al-)?[\p{Lu}\p{N}][\p{L}\p{N}'’.&/-]*)*`;
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

/** True when a name looks like a media outlet by its words (whole, "Itar-Tass", or hyphen parts). */
export function looksLikeMedia(name: string): boolean {
  return [...name.split(/\s+/), ...name.split(/[\s-]+/)].some(
    (w) => MEDIA_WORDS.has(w) || MEDIA_WORDS.has(w.replace(/[’']s$/, '')),
  );
}
