// Joins a sentence's capitalised words into name phrases: plain spaces, "of" after a body's head, a
// body's fields and possessive offices join; everything else starts a new phrase.
import {
  COUNTRY_LONG_FORMS,
  LEGISLATURE_WORDS,
  ORGANIZATIONS,
  ORG_HEADS,
  STATE_OF_HEADS,
  isPlaceOf,
} from '../../language/lexicon.js';
import { isCommonGivenName } from '../../language/gender.js';
import type { Sentence, Span } from '../segment.js';
import { joinAbbreviated } from './abbreviations.js';
import {
  andBeforeHead,
  andBeforePartyWord,
  enumeratedField,
  fieldAfterAndThe,
  pairedField,
  pairedTitleField,
} from './fields.js';
import { nameAfterField } from './holders.js';
import { phrasesOfRun } from './phrase.js';
import { officeOf, pluralOwner } from './possessives.js';
import { heldPost, splitTitleHolders, titleOfBefore } from './title-holder.js';
import { tokenize } from './tokens.js';
import type { NamePhrase, Token } from './types.js';

// ("the Movement for a Free Orvenia", "the Party for an Open Society": a body named for its cause.)
const CONNECTORS = /^ (of|for|on|to|of the|for a|for an) $/;
/** Words a body named for its cause opens with: "Right to Life", "Freedom to Choose". */
const CAUSE_WORD = /^(?:Right|Rights|Freedom|Justice|Peace|Truth|Dignity|Return|Voice|Path|Road|Way)$/;
const FIELD_BODIES = /^(?:Committee|Subcommittee|Commission)$/;
/**
 * Known names with a small word inside, which join whole: states' long forms ("the United States of
 * America") and bodies' names ("the Office for Democratic Institutions and Human Rights").
 */
const KNOWN_JOINED_NAMES = [
  ...COUNTRY_LONG_FORMS.flatMap(([, ...forms]) => forms),
  ...ORGANIZATIONS.flat(),
].filter((f) => / (?:of|and|in|for|on) /.test(f));
/** The run's last words and the token after them open (or are) a known name. */
const opensKnownName = (text: string, current: readonly Token[], token: Token) =>
  current.some((t) => {
    const run = text.slice(t.start, token.end);
    return KNOWN_JOINED_NAMES.some((f) => f === run || f.startsWith(`${run} `));
  });
/** "Gerrit van Loon", "Ursula von der Leyen", "Rio de Janeiro": a lower-case particle inside one name. */
const PARTICLE = /^ (?:van|von|de|da|di|du|ter|ten)(?: (?:der|den|la|le))? $/;
const LEGISLATURE = new RegExp(`^(?:${LEGISLATURE_WORDS})$`);
const COMPOUND_ADJECTIVE = /-(?:led|backed|owned|controlled|funded|sponsored|brokered|born|made|built)$/;
/** "sits in the Duma for United Russia": after a legislature, "for" names a member's party, not a field. */
const partyAfter = (prev: Token, gap: string) => /^ for (?:the )?$/.test(gap) && LEGISLATURE.test(prev.text);

/** The token joins the run before it (see the module comment). */
function joins(text: string, current: readonly Token[], token: Token, after: Token | undefined): boolean {
  const prev = current.at(-1);
  if (!prev) return false;
  // ("The Turkish-led Egeport consortium": who leads or owns a body is no word of its name.)
  if (COMPOUND_ADJECTIVE.test(prev.text)) return false;
  // ("… of the People’s Kenes Arman Sadykov warned": "People’s" and its word are a whole name, which
  // only a body's head or "of" goes on: "the People’s Democratic Party", "People’s Assembly of X".)
  const owner = current.at(-2);
  const gap = text.slice(prev.end, token.start);
  if (owner?.text === 'People' && owner.possessive && gap === ' ' && !ORG_HEADS.has(token.text)) return false;
  return (
    (!prev.possessive &&
      ((gap === ' ' && !nameAfterField(text, current, token)) ||
        (PARTICLE.test(gap) && !ORG_HEADS.has(prev.text)) ||
        (CONNECTORS.test(gap) && current.some((t) => ORG_HEADS.has(t.text)) && !partyAfter(prev, gap)) ||
        // ("the Right to Life Center": a cause's word before "to", a body's head two words on; not
        // "the sale of Selvtelecom to Nordlink Holding".)
        (gap === ' to ' &&
          CAUSE_WORD.test(prev.text) &&
          current.filter((t) => t.text !== 'The').length === 1 &&
          after !== undefined &&
          text.slice(token.end, after.start) === ' ' &&
          ORG_HEADS.has(after.text)) ||
        // ("the Committee on CIS Affairs and Relations with Compatriots": relations with someone are a field.)
        // (A committee's only: "the Treaty on Allied Relations with Russia" names Russia apart.)
        (gap === ' with ' &&
          /^(?:Relations|Cooperation|Ties|Contacts|Links)$/.test(prev.text) &&
          current.some((t) => FIELD_BODIES.test(t.text))) ||
        // ("the Committee on the Budget and Taxes": a committee is named for its field, "the" or not.)
        (gap === ' on the ' && FIELD_BODIES.test(prev.text)) ||
        // ("the Agency for the Protection of Competition": a body's head is named for its task too.)
        (gap === ' for the ' && ORG_HEADS.has(prev.text) && !partyAfter(prev, gap)) ||
        // (A sentence's opening "The" is no word of the name: "The Gulf of Varna froze.")
        // ("the Beslan House of Culture": a building may carry its town's name before it.)
        (gap === ' of ' &&
          (current.filter((t) => t.text !== 'The').length === 1 || /^(?:House|Palace)$/.test(prev.text)) &&
          isPlaceOf(prev.text, token.text)) ||
        // ("George W. Bush", "Richard G. Lugar": a middle initial inside a person's name, after a
        // common given name; not "Plan B. Putin said", "Lot B. Gazprom won".)
        (gap === '. ' &&
          /^\p{Lu}$/u.test(prev.text) &&
          isCommonGivenName(current.at(-2)?.text ?? '') &&
          !prev.possessive) ||
        // ("the Republic of Orvenia", "the United States of America": a state's long form; "… for
        // Democratic Institutions and Human Rights": a known body's name.)
        (gap === ' of ' && STATE_OF_HEADS.has(prev.text)) ||
        (/^ (?:of|and|in|for|on) (?:the )?$/.test(gap) && opensKnownName(text, current, token)) ||
        pairedField(text, current, token, gap) ||
        fieldAfterAndThe(text, current, token, after, gap) ||
        enumeratedField(text, current, token, gap) ||
        // ("the Institute for Strategic Studies under the President of Uzbekistan", "the Council
        // under the Cabinet of Ministers": a body attached to an office names it as its own.)
        (gap === ' under the ' &&
          /^(?:President|Government|Cabinet|Prime)$/.test(token.text) &&
          current.some((t) => ORG_HEADS.has(t.text))) ||
        pairedTitleField(prev, token, after, gap) ||
        andBeforeHead(text, current, token, gap) ||
        andBeforePartyWord(text, current, token, gap))) ||
    officeOf(prev, token, gap) ||
    pluralOwner(prev, token, gap, current)
  );
}

/** The name phrases of a sentence, skipping the character ranges in `skip` (citations). */
export function findNamePhrases(text: string, sentence: Sentence, skip: readonly Span[] = []): NamePhrase[] {
  const tokens = tokenize(sentence, skip);
  const phrases: NamePhrase[] = [];
  let current: Token[] = [];
  const flush = () => {
    phrases.push(...phrasesOfRun(text, sentence, current));
    current = [];
  };
  // "Chairman of the … Standing Committee on Budget and Finance Yaroslav Bilyk": where a full name
  // was split off after a post's field, the post it holds.
  const holderAt = new Map<number, string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const next = tokens[i + 1];
    if (current.length > 0 && !joins(text, current, token, next)) {
      const first = current[0];
      const last = current.at(-1);
      const title =
        first && last && text.slice(last.end, token.start) === ' ' && nameAfterField(text, current, token)
          ? titleOfBefore(text.slice(Math.max(0, first.start - 120), first.start))
          : undefined;
      if (title && first && last) holderAt.set(token.start, heldPost(title, text, first.start, last.end));
      flush();
    }
    current.push(token);
    const gapAfter = next ? text.slice(token.end, next.start) : '';
    // A possessive ends the phrase, unless it opens an office or a plural owner's body.
    if (
      token.possessive &&
      !(next && (officeOf(token, next, gapAfter) || pluralOwner(token, next, gapAfter, current)))
    )
      flush();
  }
  flush();
  const held = phrases.map((p) => {
    const holderOf = holderAt.get(p.start);
    return holderOf && p.tokens.length === 2 ? { ...p, holderOf } : p;
  });
  return splitTitleHolders(text, joinAbbreviated(text, held));
}
