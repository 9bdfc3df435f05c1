// One capitalised phrase on its own: which part is a name, which a role or title before it
// ("Kestrian President Ivan Dorn", "Deputy Chairman of the State Security Committee Ruslan Temirov"),
// and what kind the words alone make it (registry, gazetteer, an organisation's or a place's head
// word, a media outlet's look). The context around the phrase is weighed later, in context-cues.ts.
import type { ActorKind } from '../../../src/dataset/schema.js';
import {
  COMPANY_WORD,
  ORG_HEADS,
  isPlaceOf,
  PLAIN_FULL_NAME,
  PLURAL_TITLES,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  TITLE_WORDS,
} from '../../language/lexicon.js';
import { GAZETTEER } from '../gazetteer.js';
import type { NamePhrase } from '../names.js';
import type { Registry } from '../../files/registry.js';
import type { Sentence } from '../segment.js';
import { looksLikeMedia } from '../sources.js';
import { normalizeText } from '../../../src/text/normalize.js';

const GOVERNED_TITLES = new Set(['Governor', 'Mayor', 'Akim', 'Hokim', 'Governor-General']);
/**
 * Last words that make a capitalised phrase a place: "Ulgar River", "Caspian Sea", "Usta Street",
 * "Trans-Sarkel Gas Pipeline".
 */
const GEOGRAPHIC_HEADS = new Set(
  `River Lake Sea Mountains Mountain Range Valley Gorge Pass Strait Bay Gulf Island Islands Peninsula
   Desert Basin Delta Canal Reservoir Dam Steppe Plateau Highlands Lowlands Coast Plain Street Avenue
   Square Boulevard Prospekt Prospect Highway Bridge Crossing Park Quarter Pipeline`.split(/\s+/),
);
/** The heads of a body's units: "Department of …", "Press Service of …", "Committee on X of …". */
const SUBUNIT_HEADS = new Set(
  'Department Service Directorate Division Section Committee Commission Delegation Mission Secretariat'.split(
    ' ',
  ),
);
const ROLE_TAIL = new RegExp(`(?:^|\\s)(?:${ROLE_NOUNS})(?:,)?\\s$`, 'i');

/** A name found in a phrase, with the kind and role the phrase's own words give it. */
export interface Candidate {
  phrase: NamePhrase;
  name: string;
  kind?: ActorKind;
  strength: 'strong' | 'weak' | 'none';
  role?: string;
  /** Offsets of the actor's name part inside the phrase. */
  start: number;
  end: number;
}

/** The lower-case or capitalised role printed just before a name ("TDA leader", "its editor,"). */
export function roleBefore(text: string, sentence: Sentence, at: number): string | undefined {
  const window = text.slice(Math.max(sentence.start, at - 120), at);
  if (!ROLE_TAIL.test(window)) return undefined;
  const words = window.replace(/,?\s$/, '').split(' ');
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? '';
    if (kept.length === 0) {
      kept.unshift(w);
      continue;
    }
    if (/^(?:the|its|his|her|their|our|a|an)$/.test(w)) {
      kept.unshift(w);
      break;
    }
    if (/[.;:!?)(]$/.test(w) || w.endsWith(',')) {
      // One appositive comma may be crossed: "the minister of energy, his cousin".
      if (w.endsWith(',') && !kept.join(' ').includes(',') && /^(?:his|her|its|their)$/.test(kept[0] ?? '')) {
        kept.unshift(w);
        continue;
      }
      break;
    }
    if (
      /^\p{Lu}/u.test(w) ||
      /^(?:deputy|first|former|acting|chief|senior|top|state|foreign|defense|interior|energy|opposition|security|prime|vice|executive|general|press|presidential|local|regional|party|of|and|the)$/.test(
        w,
      )
    ) {
      kept.unshift(w);
      continue;
    }
    break;
  }
  const role = kept.join(' ').replace(/,$/, '').trim();
  if (/^(?:the|a|an|its|his|her|their)$/i.test(role)) return undefined;
  return role === '' ? undefined : role;
}

/** A title ending in "of", "of the", "for" or "to" right before a phrase: "Deputy Chairman of the ", "Ambassador to ". */
const TITLE_OF = new RegExp(
  `((?:\\p{Lu}[\\p{L}-]*\\s)*(?:${[...TITLE_WORDS].join('|')})\\s+(?:of|for|to)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*-based\\s+)?)$`,
  'u',
);

/** Classify one phrase, splitting a leading role ("Kestrian President") from the name. */
export function classify(
  text: string,
  sentence: Sentence,
  phrase: NamePhrase,
  registry: Registry,
): Candidate[] {
  const tokens = phrase.tokens;
  const words = tokens.map((t) => t.text);
  const out: Candidate[] = [];
  const all = (
    from: number,
    to: number,
    kind?: ActorKind,
    strength: Candidate['strength'] = 'none',
    role?: string,
  ) => {
    const first = tokens[from];
    const last = tokens[to - 1];
    if (!first || !last) return;
    out.push({
      phrase,
      name: text.slice(first.start, last.end),
      ...(kind ? { kind } : {}),
      strength,
      ...(role ? { role } : {}),
      start: first.start,
      end: last.end,
    });
  };
  // "Security Service of Ukraine", "National Assembly of Armenia": the country a body belongs to is
  // an actor of the article too.
  const countryOfBody = (to: number) => {
    const last = tokens[to - 1];
    const before = tokens[to - 2];
    if (!last || !before) return;
    const known = GAZETTEER.get(last.text);
    if (
      known?.kind === 'country' &&
      !known.demonym &&
      /^ of (?:the )?$/.test(text.slice(before.end, last.start))
    )
      all(to - 1, to, 'country', 'strong');
  };
  // "the Press Service of the Ministry of Foreign Affairs", "the Investigative Department of the
  // Prosecutor-General's Office": the body a unit belongs to is an actor of the article too.
  const parentOfUnit = (to: number) => {
    const of = tokens.findIndex(
      (t, i) => i > 0 && i < to && text.slice(tokens[i - 1]?.end ?? 0, t.start) === ' of the ',
    );
    const unit = words.slice(0, Math.max(0, of)).some((w) => SUBUNIT_HEADS.has(w));
    if (unit && words.slice(of, to).some((w) => ORG_HEADS.has(w))) all(of, to, 'organization', 'strong');
  };
  // Role + name: the last title word splits them.
  let titleAt = -1;
  // ("Council of Commanders of the Border Troops", "Board of Governors": a plural title after a body's
  // head and "of" names the body's members, no person's post.)
  // (Nor does an office a body is attached to: "the Institute for Studies under the President of X".)
  const membersOfBody = (i: number) =>
    words.slice(0, i).some((w) => ORG_HEADS.has(w)) &&
    ((PLURAL_TITLES.has(words[i] ?? '') &&
      text.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0) === ' of ') ||
      text.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0) === ' under the ');
  words.forEach((w, i) => {
    if (TITLE_WORDS.has(w) && !membersOfBody(i)) titleAt = i;
  });
  if (titleAt >= 0 && titleAt < words.length - 1) {
    const nameTokens = words.slice(titleAt + 1);
    if (nameTokens.length <= 3 && !nameTokens.some((w) => ORG_HEADS.has(w) || TITLE_WORDS.has(w))) {
      const firstTok = tokens[0];
      const titleTok = tokens[titleAt];
      if (!firstTok || !titleTok) return out;
      let role = text.slice(firstTok.start, titleTok.end);
      const lead =
        roleBefore(text, sentence, firstTok.start) ??
        /(\p{Lu}[\p{L}\p{N}-]*['’]s )$/u.exec(
          text.slice(Math.max(sentence.start, firstTok.start - 40), firstTok.start),
        )?.[1];
      if (lead) role = `${lead.trim()} ${role}`;
      all(titleAt + 1, words.length, 'person', 'strong', role);
      // "EU Special Representative Pierre Morel", "Gazprom CEO Alexei Miller": the organisation in
      // the title is an actor too.
      words.slice(0, titleAt).forEach((w, i) => {
        const known = GAZETTEER.get(w);
        if ((known && !known.demonym && known.kind === 'organization') || COMPANY_WORD.test(w))
          all(i, i + 1, 'organization', 'strong');
      });
      // "Ulgar Governor": the governed place.
      if (GOVERNED_TITLES.has(words[titleAt] ?? '') && titleAt >= 1) {
        const prefix = words.slice(0, titleAt).filter((w) => !ROLE_MODIFIERS.has(w) && !TITLE_WORDS.has(w));
        if (prefix.length === titleAt) all(0, titleAt, 'place', 'strong');
      }
      return out;
    }
  }
  if (titleAt === words.length - 1) return out; // a role with no name ("the Security Council Secretary")
  // "Deputy Chairman of the Kestrian State Security Committee Ruslan Temirov", "Secretary of Defense
  // Donald Rumsfeld": the phrase completes a title; the person is the name at its end, the
  // organisation (when it has a head noun) an actor of its own, the whole title the description.
  const ofTitle = TITLE_OF.exec(text.slice(Math.max(sentence.start, phrase.start - 80), phrase.start));
  if (ofTitle && words.length >= 3) {
    const lastHead = words.findLastIndex((w) => ORG_HEADS.has(w));
    let split = lastHead >= 0 ? lastHead + 1 : words.length - 2;
    // "Security Service of Ukraine Volodymyr Rokytsky": what "of" joins belongs to the organisation.
    while (
      lastHead >= 0 &&
      split < words.length - 2 &&
      /^ of (?:the )?$/.test(text.slice(tokens[split - 1]?.end ?? 0, tokens[split]?.start ?? 0))
    )
      split++;
    let orgWords = split;
    // The holder is a plain full name printed right after the body ("… Assessments Timur Baikadamov"),
    // not two words joined by "of" ("… the Rule of Law").
    const gapBefore = (k: number) => text.slice(tokens.at(k - 1)?.end ?? 0, tokens.at(k)?.start ?? 0);
    const holderAtEnd =
      PLAIN_FULL_NAME.test(words.slice(-2).join(' ')) && gapBefore(-1) === ' ' && gapBefore(-2) === ' ';
    // "Committee for Rural Supply Marta Velkova": a portfolio after "for" is part of the title, not of
    // the organisation; the person is the plain full name at the end. But a bare head needs its field
    // ("Center for Strategic Assessments Timur Baikadamov"), and so does a field of two parts
    // ("Commission for Elections and Referendums"), unless it is all title words ("Energy Security").
    if (
      lastHead >= 0 &&
      split < words.length - 2 &&
      text.slice(tokens[split - 1]?.end ?? 0, tokens[split]?.start ?? 0) === ' for ' &&
      holderAtEnd
    ) {
      const field = words.slice(split, -2);
      const portfolio = field.every((w) => ROLE_MODIFIERS.has(w));
      const fieldGaps = text.slice(tokens[split]?.start ?? 0, tokens.at(-3)?.end ?? 0);
      split = words.length - 2;
      if (!portfolio && (lastHead === 0 || / and /.test(fieldGaps))) orgWords = split;
    }
    // "Press Service of the Ministry of Foreign Affairs of Uzbekistan Bakhodir Umarov": when what
    // "of" joins runs on past three words, the plain full name at the end is the holder (so after
    // fields listed with "on", commas and "and": "Committee on Trade, Roads and Energy of the X").
    const ofChain = () =>
      tokens
        .slice(lastHead + 1, -2)
        .every((t, i) =>
          /^(?: (?:(?:of|on|for) (?:the )?|and )?|, )$/.test(
            text.slice(tokens[lastHead + i]?.end ?? 0, t.start),
          ),
        );
    if (
      lastHead >= 0 &&
      ofChain() &&
      words.length - split > 3 &&
      PLAIN_FULL_NAME.test(words.slice(-2).join(' '))
    )
      orgWords = split = words.length - 2;
    const nameWords = words.slice(split);
    const orgEnd = tokens[split - 1];
    // (a person's name follows the body directly and has no "of" or "and the" inside: "… for Peace
    // and the Rule of Law" is still the body's field)
    const nameJoined = tokens
      .slice(split)
      .every((t, i) => text.slice(tokens[split + i - 1]?.end ?? 0, t.start) === ' ');
    if (
      orgEnd &&
      nameJoined &&
      nameWords.length >= 1 &&
      nameWords.length <= 3 &&
      // (a field's title words, "… on Energy and Foreign Trade", are no person's name)
      nameWords.every(
        (w) => /^\p{Lu}\p{Ll}/u.test(w) && !TITLE_WORDS.has(w) && !ORG_HEADS.has(w) && !ROLE_MODIFIERS.has(w),
      )
    ) {
      const role = `${ofTitle[1]}${text.slice(phrase.start, orgEnd.end)}`;
      if (lastHead >= 0) {
        all(0, orgWords, 'organization', 'strong');
        countryOfBody(orgWords);
        parentOfUnit(orgWords);
      }
      all(split, words.length, 'person', 'strong', role);
      return out;
    }
  }
  const name = text.slice(tokens[0]?.start ?? 0, tokens.at(-1)?.end ?? 0);
  const reg = registry.byName.get(normalizeText(name));
  if (reg && reg.length > 0) {
    all(0, words.length, registry.actors.find((a) => a.id === reg[0])?.kind, 'strong');
    return out;
  }
  const gaz = GAZETTEER.get(name);
  if (gaz && !gaz.demonym) {
    all(0, words.length, gaz.kind, 'strong');
    return out;
  }
  if (looksLikeMedia(name) && words.length >= 1 && !words.some((w) => ORG_HEADS.has(w) && w !== 'Agency')) {
    all(0, words.length, 'media', 'strong');
    return out;
  }
  if (words.some((w) => ORG_HEADS.has(w))) {
    all(0, words.length, 'organization', 'strong');
    countryOfBody(words.length);
    parentOfUnit(words.length);
    return out;
  }
  if (
    (words.length >= 2 && GEOGRAPHIC_HEADS.has(words.at(-1) ?? '')) ||
    (/ of /.test(phrase.text) && isPlaceOf(words[0] ?? '', /^\S+ of (\S+)/.exec(phrase.text)?.[1] ?? ''))
  ) {
    all(0, words.length, 'place', 'strong');
    return out;
  }
  // ("New Year", "Christmas Eve": feasts, no actors.)
  if (['Day', 'Summit', 'Year', 'Eve'].includes(words.at(-1) ?? '')) {
    // "Victory Day", "SCO Summit": keep any abbreviation inside, drop the rest.
    words.forEach((w, i) => {
      if (/^\p{Lu}{2,6}$/u.test(w)) all(i, i + 1);
    });
    return out;
  }
  if (words.length === 1 && COMPANY_WORD.test(name)) {
    all(0, 1, 'organization', 'strong');
    return out;
  }
  const role = roleBefore(text, sentence, phrase.start);
  if (role && words.length <= 3) {
    all(0, words.length, 'person', 'strong', role);
    return out;
  }
  all(0, words.length);
  return out;
}
