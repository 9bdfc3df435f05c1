// The kind a phrase's own words give it when no title splits it: the registry's or the gazetteer's
// entry, a media outlet's look, an organisation's head word, a place's last word, a company's word,
// a role printed before it.
import { COMPANY_WORD, ORG_HEADS, STATE_OF_HEADS, isPlaceOf, isPortOf } from '../../../language/lexicon.js';
import type { Registry } from '../../../files/registry.js';
import { normalizeText } from '../../../../src/text/normalize.js';
import { GAZETTEER } from '../../gazetteer.js';
import { looksLikeMedia } from '../../sources.js';
import {
  addBodyOfServantUnit,
  addCandidate,
  addCountryOfBody,
  addParentOfUnit,
  type PhraseAtHand,
} from './candidates.js';
import { roleBefore } from './role-before.js';

/** A run-together name ending in a news word: "VorPress", "SogdInform", "KarNews", "TarskInfo". */
const OUTLET_WORD = /^\p{Lu}\p{Ll}{2,}(?:Press|Inform|News|Info|Media|TV)$/u;

/**
 * Last words that make a capitalised phrase a place: "Ulgar River", "Caspian Sea", "Usta Street",
 * "Trans-Sarkel Gas Pipeline".
 */
const GEOGRAPHIC_HEADS = new Set(
  `River Lake Sea Mountains Mountain Range Valley Gorge Pass Strait Bay Gulf Island Islands Peninsula
   Desert Basin Delta Canal Reservoir Dam Steppe Plateau Highlands Lowlands Coast Plain Street Avenue
   Square Boulevard Prospekt Prospect Highway Bridge Crossing Park Quarter Pipeline Plant`.split(/\s+/),
);

/** Words naming a republic of Russia (or a historical one) before "Republic": places, not states. */
const RUSSIAN_REPUBLICS = new Set(
  `Komi Mari Tuva Tyva Altai Sakha Udmurt Chuvash Buryat Khakass Kalmyk Mordovian Mordovia Adyghe Karelian
   Dagestan Ingush Chechen Tatar Bashkir Crimean Weimar`.split(/\s+/),
);

/** Last words of a site, a place even when a body's head word names it. */
const SITE_HEADS = new Set(['Cemetery', 'Airport', 'Airfield', 'Stadium', 'Cathedral', 'Monastery']);

/** Classify the phrase as a whole, as one candidate (or, for a feast's name, its abbreviations). */
export function classifyWholePhrase(p: PhraseAtHand, registry: Registry): void {
  const { text, sentence, phrase, tokens, words } = p;
  const name = text.slice(tokens[0]?.start ?? 0, tokens.at(-1)?.end ?? 0);
  // The head word, before a number ("Thermal Power Plant No. 2" is a plant).
  const head = (/^No\. /.test(words.at(-1) ?? '') ? words.at(-2) : words.at(-1)) ?? '';
  const reg = registry.byName.get(normalizeText(name));
  if (reg && reg.length > 0) {
    addCandidate(p, 0, words.length, registry.actors.find((a) => a.id === reg[0])?.kind, 'strong');
    return;
  }
  const gaz = GAZETTEER.get(name);
  if (gaz && !gaz.demonym) {
    addCandidate(p, 0, words.length, gaz.kind, 'strong');
    return;
  }
  if (looksLikeMedia(name) && words.length >= 1 && !words.some((w) => ORG_HEADS.has(w) && w !== 'Agency')) {
    addCandidate(p, 0, words.length, 'media', 'strong');
    return;
  }
  // "the Republic of Orvenia": a state's long form is the country.
  // (Only opening the phrase: "the National Bank of the Republic of X" is the bank.)
  if (STATE_OF_HEADS.has(words[0] ?? '') && words.length > 1 && name.startsWith(`${words[0]} of `)) {
    addCandidate(p, 0, words.length, 'country', 'strong');
    return;
  }
  // ("the Donetsk People’s Republic", "the Molvoy Republic": a state named by its own words; not one
  // of Russia's republics, "the Komi Republic", "the Kabardino-Balkar Republic", which are places.)
  const peoples = /^People(?:['’]s)? Republic$/.test(words.slice(-2).join(' '));
  if (
    words.length >= 2 &&
    head === 'Republic' &&
    !words.some((w) => ORG_HEADS.has(w)) &&
    (peoples ||
      !words.some((w) => w.includes('-') || RUSSIAN_REPUBLICS.has(w) || GAZETTEER.get(w)?.kind === 'place'))
  ) {
    addCandidate(p, 0, words.length, 'country', 'strong');
    return;
  }
  // ("the Defence Forces Cemetery", "the Air Force Stadium": a site named for a body is a place.)
  if (words.length >= 2 && SITE_HEADS.has(head)) {
    addCandidate(p, 0, words.length, 'place', 'strong');
    return;
  }
  if (
    words.some((w) => ORG_HEADS.has(w)) ||
    (words.length >= 2 && isPortOf(words[0] ?? '') && / of /.test(name))
  ) {
    if (addBodyOfServantUnit(p, words.length)) return;
    addCandidate(p, 0, words.length, 'organization', 'strong');
    addCountryOfBody(p, words.length);
    addParentOfUnit(p, words.length);
    return;
  }
  if (
    (words.length >= 2 && GEOGRAPHIC_HEADS.has(head)) ||
    (/ of /.test(phrase.text) && isPlaceOf(words[0] ?? '', /^\S+ of (\S+)/.exec(phrase.text)?.[1] ?? ''))
  ) {
    addCandidate(p, 0, words.length, 'place', 'strong');
    return;
  }
  // ("New Year", "Christmas Eve": feasts, no actors.)
  if (['Day', 'Summit', 'Year', 'Eve'].includes(head)) {
    // "Victory Day", "SCO Summit": keep any abbreviation inside, drop the rest.
    words.forEach((w, i) => {
      if (/^\p{Lu}{2,6}$/u.test(w)) addCandidate(p, i, i + 1);
    });
    return;
  }
  // ("VorPress", "SogdInform", "KarNews": a run-together name ending in a news word is an outlet.)
  if (words.length === 1 && OUTLET_WORD.test(name)) {
    addCandidate(p, 0, 1, 'media', 'strong');
    return;
  }
  if (words.length === 1 && COMPANY_WORD.test(name)) {
    addCandidate(p, 0, 1, 'organization', 'strong');
    return;
  }
  // "First Deputy Prosecutor-General of the Republic of Orvenia Elchin Mammadli": the post's holder.
  if (phrase.holderOf && words.length === 2) {
    addCandidate(p, 0, 2, 'person', 'strong', phrase.holderOf);
    return;
  }
  const role = roleBefore(text, sentence, phrase.start);
  if (role && words.length <= 3) {
    addCandidate(p, 0, words.length, 'person', 'strong', role);
    return;
  }
  addCandidate(p, 0, words.length);
}
