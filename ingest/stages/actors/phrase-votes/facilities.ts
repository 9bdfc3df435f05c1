// Facilities named after a place ("the Ulgar dam", "the Tolva gas field", "the Ostra road
// crossing"), tallied as places of their own, and names joined by dashes before a facility's head
// ("the Gazli–Bishkek pipeline"), which name the facility rather than places.
import { COMPANY_WORD } from '../../../language/lexicon.js';
import { escapeRegExp } from '../../../language/words.js';
import { GAZETTEER } from '../../gazetteer.js';
import type { NamePhrase } from '../../names.js';
import type { Candidate } from '../classify.js';
import { record, vote, type Tally } from '../tally.js';
import type { PhraseAt } from './types.js';

// ("the Ostra road crossing", "the Druzhba pipeline", "the Kara-Tau mine", "the Tolva gas field", "the Arel peninsula": a
// place's name with a lower-case head of terrain, region or installation names a place of its own;
// so do a trading or border post, "the Ostra market", "the Tolva checkpoint", and a group of states.)
const FACILITY =
  /^ (dam|bridge|airport|reservoir|canal|corridor|cascade|air base|(?:oil )?refinery|cathedral|mosque|monastery|stadium|square|market|bazaar|checkpoint|border post|(?:(?:road|rail|border) )?crossing|(?:(?:coastal|littoral|export) )?(?:gas |oil )?pipeline|(?:pre-trial )?detention cent(?:er|re)|prison|(?:(?:nuclear|thermal|hydroelectric|coal-fired|gas-fired|heat) )?power (?:plant|station)|(?:nuclear|thermal|hydropower|hydroelectric|heat) (?:plant|station)|(?:metro |railway |metering |pumping )?station|metro|tunnel|mine|peninsula|(?:gas |oil |offshore |onshore )?field|(?:(?:oil|gas) )?terminal|compressor station|light(?:house)?|region|states|valley|district|province|oblast|gorge)\b/;
/**
 * Heads whose place goes by its bare name too ("closed Dzhanakent" for "the Dzhanakent crossing",
 * "Tolva" for "the Tolva region", "at Sarvik" for "the Sarvik terminal"): the bare name joins the
 * actor as an alias (not of an oil or gas terminal, which often stands beside a region of its name,
 * nor of a prison or detention center, whose bare name is the town it is named after).
 */
const BARE_NAME_TOO =
  /(?:crossing|checkpoint|border post|market|bazaar|refinery|^terminal|air base|field|region|valley|district|province|oblast|gorge|plant|station)$/;
/** What may stand between "the" and such a place: "the Tolva region", "the disputed Arel field". */
const FACILITY_BEFORE = /(?:\b[Tt]he|\p{L}[’']s)\s(?:\p{Ll}+\s)?$/u;

/**
 * "the Gazli–Bishkek pipeline", "the Central Asia–Center pipeline": names joined by a dash before a
 * facility's head name the facility, not places of their own. The phrases joined into one (all but
 * the last), and for the last, where the facility's name starts.
 */
export function dashedFacilities(
  text: string,
  phrases: readonly NamePhrase[],
): { joined: Set<NamePhrase>; dashed: Map<NamePhrase, number> } {
  const joined = new Set<NamePhrase>();
  const dashed = new Map<NamePhrase, number>();
  for (let i = 0; i < phrases.length; i++) {
    let j = i;
    const next = (k: number) => phrases[k + 1];
    while (next(j) && next(j)?.start === (phrases[j]?.end ?? 0) + 1 && text[phrases[j]?.end ?? 0] === '–')
      j++;
    const first = phrases[i] as NamePhrase;
    const last = phrases[j] as NamePhrase;
    if (j > i && FACILITY.test(text.slice(last.end, last.end + 40))) {
      for (let k = i; k < j; k++) joined.add(phrases[k] as NamePhrase);
      dashed.set(last, first.start);
    }
    i = j;
  }
  return { joined, dashed };
}

/** Tally the facility a dashed phrase (starting at `from`) ends, as a place. */
export function tallyDashedFacility(text: string, phrase: NamePhrase, from: number, tally: Tally): void {
  const head = FACILITY.exec(text.slice(phrase.end))?.[0] ?? '';
  const name = text.slice(from, phrase.end) + head;
  vote(record(tally, name, phrase.sentence, from, phrase.end + head.length), 'place', 'strong');
}

/** Whether the article prints `name` bare as a party one deals with ("a deal with Ulgar", "sued by Ulgar"). */
function namedAsOwner(text: string, name: string): boolean {
  return new RegExp(
    `\\b(?:with|by|against)\\s${escapeRegExp(name)}(?![\\p{L}-])(?!\\s(?:\\p{Ll}+\\s)?terminal)`,
    'u',
  ).test(text);
}

/**
 * A facility named after the candidate's name (tallied as `name`, starting at `start`), tallied as a
 * place in its stead. True when there was one.
 */
export function tallyFacilityNamedAfter(
  at: PhraseAt,
  c: Candidate,
  name: string,
  start: number,
  tally: Tally,
): boolean {
  const { text, sentence, phrase } = at;
  // "the Ulgar dam": the facility is the actor, not the place it is named after.
  const facility = FACILITY.exec(text.slice(c.end, Math.min(sentence.end, c.end + 40)));
  // ("the Trans-Sorran Pipeline terminal": a facility's own name already ends in its head.)
  const ownHead = FACILITY.test(` ${(name.split(' ').at(-1) ?? '').toLowerCase()}`);
  // ("the KuratMunai oil terminal", "the Ulgar terminal" of "a deal with Ulgar": a company's
  // installation, named after its owner, is no place.)
  // ("the KGB's detention center", "the FSB prison": a possessive or a body's abbreviation names the
  // facility's owner, not the place it is named after; "the BTC pipeline" is the pipeline's own.)
  const owner =
    /[’']s$/.test(text.slice(c.start, c.end)) ||
    (/^\p{Lu}{2,}$/u.test(name) && !/pipeline$/.test(facility?.[1] ?? ''));
  if (
    facility?.[1] &&
    !owner &&
    !COMPANY_WORD.test(name) &&
    !ownHead &&
    !(facility[1] === 'terminal' && namedAsOwner(text, name)) &&
    FACILITY_BEFORE.test(text.slice(Math.max(sentence.start, start - 30), start))
  ) {
    const fname = `${name} ${facility[1]}`;
    const f = record(tally, fname, phrase.sentence, start, c.end + facility[0].length);
    if (BARE_NAME_TOO.test(facility[1])) f.aliases.add(name);
    vote(f, 'place', 'strong');
    return true;
  }
  return false;
}

/** A pipeline's head after a region's adjective: "the Caspian coastal pipeline". */
const PIPELINE_AFTER = /^ ((?:(?:coastal|littoral) )?(?:gas |oil )?pipeline)\b/;

/**
 * "the Caspian coastal pipeline", "the Central Asian pipeline": a region's adjective (no country's)
 * before a pipeline names the pipeline, a place of its own. True when tallied so.
 */
export function tallyRegionPipeline(
  at: PhraseAt,
  demonyms: ReadonlyMap<string, string>,
  tally: Tally,
): boolean {
  const { text, phrase } = at;
  const head = PIPELINE_AFTER.exec(at.next);
  const word = phrase.text;
  // (A demonym counts against it when it stands for a country; "Central Asian" stands for a region.)
  const of = demonyms.get(word);
  const countrys = of !== undefined && GAZETTEER.get(of)?.kind !== 'place';
  if (!head?.[1] || !/(?:an|ic)$/.test(word) || countrys) return false;
  if (
    GAZETTEER.get(word)?.kind === 'country' ||
    !/\b[Tt]he\s$/.test(text.slice(phrase.start - 4, phrase.start))
  )
    return false;
  const end = phrase.end + head[0].length;
  vote(record(tally, `${word} ${head[1]}`, phrase.sentence, phrase.start, end), 'place', 'strong');
  return true;
}
