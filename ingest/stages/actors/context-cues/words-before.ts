// What is printed before the name: an outlet's or a body's noun ("the newspaper", "the potash
// producer"), an article's "by", a preposition of place, a list of places or regions.
import { isCommonGivenName } from '../../../language/gender.js';
import { PLAIN_FULL_NAME } from '../../../language/lexicon.js';
import { PERSON_ROLES } from './appositive.js';
import { vote, type Accumulated } from '../tally.js';
import type { Around, CueSite } from './site.js';

/** A person's role ending right before the name, after a comma: "Northbay’s chief executive, ". */
const ROLE_THEN_COMMA = new RegExp(`\\b(?:${PERSON_ROLES}),\\s$`);

export const LOCATIVE =
  /\b(?:in|(?<![Aa]ccording |\b(?:speak|speaks|spoke|spoken|speaking|talk|talks|talked|talking|write|wrote|written|writing|say|says|said|reply|replied|listen|listened|letter|belong|belongs|belonged) )to|from|at|outside|near|into|toward|towards|via|across|around|inside|within|of|between|through|visited|visiting|reached|left|entered)\s(?:the\s)?$/;
/** "OSCE", "KRC", "G7": an abbreviation of a body. */
export const ABBREVIATION = /^\p{Lu}[\p{Lu}\p{N}&]{1,6}$/u;
/** A title of a body right before the name: "Director-General of the Tagharhydro company ". */
const TITLE_OF_BODY_BEFORE =
  /\b\p{Lu}[\p{L}-]*\s(?:of|at)\s(?:the\s)?(?:[\p{L}’'-]+\s){1,4}(?:company|firm|monopoly|corporation|concern|holding|bank|utility)\s$/u;
const ORG_NOUN_BEFORE =
  /\b(?:company|firm|monopoly|corporation|concern|holding|producer|exporter|utility|operator|venture|bank|watchdog|regulator|conglomerate|giant|consortium|airline|lender|(?:shipping|ferry) line)\s$/;
/** A body's kind before its name, "the opposition party Free Tavrenia" (not "the party Ivan Dorn founded"). */
const BODY_NOUN_BEFORE =
  /\b(?:party|movement|bloc|coalition|group|alliance|organi[sz]ation|association|NGO|foundation|charity|federation|society|network|union)\s$/;

const OWNED_BEFORE =
  /\b(?:(?:purchase|sale|takeover|acquisition|privati[sz]ation|nationali[sz]ation|dismantling|bankruptcy) of|(?:stake|shares|holding) in)\s(?:the\s)?$/;
const NOUN_AFTER =
  /^ (?!(?:for|on|in|to|from|at|by|with|and|or|was|is|had|has|which|that|after|before|since)\b)\p{Ll}/u;

/** An outlet's or a body's noun before the name, a preposition of place before it or a sentence's start. */
export function voteFromWordsBefore(site: CueSite, a: Accumulated, { after, before }: Around): void {
  const { text, sentence, candidate: c, name, start } = site;
  // "Northbay’s chief executive, Graham Whitlock, was due …": a full name set in commas right after a
  // person's role is that person.
  if (
    c.kind === undefined &&
    PLAIN_FULL_NAME.test(name) &&
    name.includes(' ') &&
    /^,/.test(after) &&
    ROLE_THEN_COMMA.test(before)
  )
    vote(a, 'person', 'strong');
  if (/\b(?:reporter|correspondent|journalist|editor|anchor)s? (?:from|of|for|at)\s$/.test(before))
    vote(a, 'media', 'strong');
  if (
    /\b(?:newspaper|weekly|daily|magazine|news agency|news website|website|TV channel|broadcaster)\s$/.test(
      before,
    )
  )
    vote(a, 'media', 'strong');
  if (
    /\bby\s$/.test(before) &&
    c.kind === undefined &&
    name.includes(' ') &&
    /\b(?:article|report|column|interview|piece|book|commentary|op-ed)\b/.test(
      text.slice(Math.max(sentence.start, start - 40), start),
    )
  )
    vote(a, 'person', 'strong');
  // "the Russian potash producer Uralkali", "the state company Naftogaz": a body named after its kind.
  // (Not a title's holder: "Director-General of the Tagharhydro company Murod Saidakhmedov".)
  if (
    c.kind === undefined &&
    ORG_NOUN_BEFORE.test(before) &&
    // ("led by crane operator Kamran Aghayev": a job before a person's full name.)
    !(name.includes(' ') && isCommonGivenName(name.split(' ')[0] ?? '')) &&
    !(
      name.includes(' ') &&
      TITLE_OF_BODY_BEFORE.test(text.slice(Math.max(sentence.start, start - 100), start))
    )
  )
    vote(a, 'organization', 'strong');
  if (
    c.kind === undefined &&
    BODY_NOUN_BEFORE.test(before) &&
    !isCommonGivenName(name.split(' ')[0] ?? '') &&
    // ("the party Ivan Dorn founded in 2005": a relative clause's subject, its verb with no object after.)
    !/^\s(?:\p{Ll}+ed|led|ran|set up)(?=\s(?:in|on|at|with|by|after|before|last|this)\b|[.,;]|$)/u.test(after)
  )
    vote(a, 'organization', 'strong');
  // "Madina Tsorieva founded Highland Waters in 2001 and has chaired the group ever since": what one
  // founds or chairs is a body (not an owner: "founded Magomedov’s party").
  if (
    c.kind === undefined &&
    /\b(?:founded|co-founded|chairs|(?:has|had) (?:since )?chaired)\s$/.test(before) &&
    !/^[’']s\s/.test(after) &&
    !isCommonGivenName(name.split(' ')[0] ?? '')
  )
    vote(a, 'organization', 'strong');
  // "the purchase of Varnok Steel", "a stake in Kestrgaz": what is bought, sold or held in shares is
  // a company (not "a stake in the Varnok grain terminal", a place before the works it names).
  if (OWNED_BEFORE.test(before) && !NOUN_AFTER.test(after)) vote(a, 'organization', 'strong');
  // ("at the HCU summit": an abbreviation after a preposition is still a body, not a place.)
  // (Not an owner after "to": "next to Andrei’s photograph" governs the photograph.)
  const ownerAfterTo = /\bto\s$/.test(before) && /^[’']s\s/.test(after);
  // ("in Tessarin", "from Tessarin": one word after "in" or "from", not an owner, is where, a vote that
  // outweighs a capital speaking for its state, "Tessarin says …".)
  const where = /\b(?:in|from)\s$/.test(before) && !name.includes(' ') && !/^[’']s\s/.test(after) ? 2 : 1;
  if (LOCATIVE.test(before) && !ABBREVIATION.test(name) && !ownerAfterTo) vote(a, 'place', 'weak', where);
  // "the minister's visit to Ostrov": one travels to a place, even one that speaks for its state.
  if (
    /\b(?:visit|visits|trip|journey|flew|travell?ed|returned|moved) to\s$/.test(before) &&
    !name.includes(' ')
  )
    vote(a, 'place', 'strong');
  if (/\b(?:in|to|from|at|between)\s\p{Lu}[\p{L}-]+\s(?:and|or)\s$/u.test(before)) vote(a, 'place', 'weak');
  // "the Farkhor and Hamadoni districts", "the Osh and Batken regions": names sharing a plural
  // region noun are those regions.
  if (
    (/^ (?:and|or) \p{Lu}[\p{L}-]+ (?:districts|regions|provinces|oblasts)\b/u.test(after) ||
      (/^ (?:districts|regions|provinces|oblasts)\b/.test(after) && /(?:,| and| or)\s$/.test(before))) &&
    !name.includes(' ')
  )
    vote(a, 'place', 'strong');
  // "the village of Yangisoy": a settlement, whatever else its name heads ("Yangisoy chairman …").
  if (
    /\bthe (?:village|town|city|settlement|district|region|province) of\s$/.test(before) &&
    !name.includes(' ')
  )
    vote(a, 'place', 'strong');
  // "the Solvetsk-based Center": a body is based in a place.
  if (/^-based\b/.test(after)) vote(a, 'place', 'strong');
  // "in Dushanbe, Kulob and Kurgan-Tyube": a longer list after the preposition, and "In Tuzbulak, …"
  // at a sentence's start.
  if (
    /\b(?:in|to|from|at|between)\s(?:\p{Lu}[\p{L}-]+,\s)+(?:\p{Lu}[\p{L}-]+,?\s(?:and|or)\s)?$/u.test(before)
  )
    vote(a, 'place', 'weak');
  // ("In Brussels I met …": the pronoun is no part of a place's name.)
  if (
    /^(?:In|At|From|Near|Outside)\s$/.test(text.slice(sentence.start, start)) &&
    !ABBREVIATION.test(name) &&
    !/ I$/.test(name)
  )
    vote(a, 'place', 'weak');
}
