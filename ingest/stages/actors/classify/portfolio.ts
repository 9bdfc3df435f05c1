// A minister's portfolio printed after the title ("the Minister of Economic Affairs and
// Communications", "Secretary for Health and Social Welfare"): words of a title, no actor of their own.
import { FIELD_NOUNS, ROLE_MODIFIERS } from '../../../language/lexicon.js';
import type { PhraseAtHand } from './candidates.js';

/** A portfolio title and "of" or "for", then any fields before this one joined by commas or "and". */
const PORTFOLIO_TITLE_BEFORE =
  /\b(?:Minister|Ministers|Secretary|Commissioner|Undersecretary) (?:of|for) (?:the )?(?:\p{Lu}\p{L}+(?:,? and |, | ))*$/u;

/** Portfolio words beyond the title words a title's field already takes. */
const PORTFOLIO_WORDS = new Set(
  `Food Fisheries Forests Forestry Environment Tourism Sport Sports Youth Science Welfare Housing Labour
   Employment Mining Railways Roads Family Women Veterans Religion Religions Environmental Rural`.split(
    /\s+/,
  ),
);

const portfolioWord = (w: string) => ROLE_MODIFIERS.has(w) || FIELD_NOUNS.has(w) || PORTFOLIO_WORDS.has(w);

/** True when the phrase is a portfolio after a minister's title (it then drafts no actor). */
export function isPortfolioOfTitle(p: PhraseAtHand): boolean {
  const { text, sentence, phrase, words } = p;
  if (!words.every(portfolioWord)) return false;
  return PORTFOLIO_TITLE_BEFORE.test(text.slice(Math.max(sentence.start, phrase.start - 120), phrase.start));
}
