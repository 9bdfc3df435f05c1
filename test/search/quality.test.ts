// The lookup quality table: what people would type, and the record each must return first.
// Written from the article and from how users type (typos, transliterations, partial words,
// paraphrases), not from the engine's output.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { buildSearchEngine, type SearchEngine, type SearchKind } from '../../src/search/engine.js';

type Row = readonly [SearchKind, string, string | null];

const TABLE: readonly Row[] = [
  // Events: exact titles, paraphrases, typos, word order.
  ['event', 'tashkent bombings', 'tashkent-and-bukhara-bombings'],
  ['event', 'bukhara bombing', 'tashkent-and-bukhara-bombings'],
  ['event', 'tashkant bombings', 'tashkent-and-bukhara-bombings'],
  ['event', 'bombings in tashkent and bukhara', 'tashkent-and-bukhara-bombings'],
  ['event', 'bukhara explosion', 'tashkent-and-bukhara-bombings'],
  ['event', 'putin samarkand', 'putin-visits-samarkand'],
  ['event', 'putin visit samarqand', 'putin-visits-samarkand'],
  ['event', 'samarkand putin', 'putin-visits-samarkand'],
  ['event', 'karimov moscow visit', 'karimov-visits-moscow'],
  ['event', 'karimov trip to moskva', 'karimov-visits-moscow'],
  ['event', 'duma backs agreement', 'duma-backs-air-defense-agreement'],
  ['event', 'duma ratifies air defense agreement', 'duma-backs-air-defense-agreement'],
  ['event', 'grozny attack kadyrov', 'grozny-attack-kills-akhmad-kadyrov'],
  ['event', 'kadirov killed', 'grozny-attack-kills-akhmad-kadyrov'],
  ['event', 'victory day attack', 'grozny-attack-kills-akhmad-kadyrov'],
  ['event', 'igor ivanov mirzaev', 'igor-ivanov-meets-mirzayev-in-tashkent'],
  ['event', 'sco summit', 'sco-summit-tashkent-2004'],
  [
    'event',
    'uzbekistan withdraws collective security treaty',
    'uzbekistan-withdraws-from-collective-security-treaty',
  ],
  ['event', 'csto exercises', 'csto-antiterrorist-exercises-summer-2004'],
  ['event', 'joint military exercises 2005', 'joint-uzbek-russian-military-exercises-2005'],
  ['event', 'soros foundation', 'uzbekistan-ends-soros-foundation-work'],
  ['event', 'regional antiterrorist structure', 'rats-opens-in-tashkent'],
  ['event', 'us troops uzbekistan', 'us-coalition-deployment-in-uzbekistan'],
  ['event', 'sergey ivanov visits tashkent', 'sergei-ivanov-visits-tashkent'],
  ['event', 'fsb gru delegation', 'fsb-gru-delegation-accompanies-sergei-ivanov'],
  ['event', 'attacks planned in waziristan', 'karimov-says-attacks-planned-in-vaziristan'],
  ['event', 'air patrols agreement signed', 'russia-uzbekistan-air-defense-agreement-signed'],
  // Actors: names, surnames, transliterations, typos, abbreviations and expansions.
  ['actor', 'karimov', 'islam-karimov'],
  ['actor', 'karimof', 'islam-karimov'],
  ['actor', 'kairmov', 'islam-karimov'],
  ['actor', 'islam karimov', 'islam-karimov'],
  ['actor', 'sergey ivanov', 'sergei-ivanov'],
  ['actor', 'igor ivanov', 'igor-ivanov'],
  ['actor', 'kadirov', 'akhmad-kadyrov'],
  ['actor', 'mirzaev', 'ruslan-mirzayev'],
  ['actor', 'samarqand', 'samarkand'],
  ['actor', 'waziristan', 'vaziristan'],
  ['actor', 'csto', 'csto'],
  ['actor', 'shanghai cooperation organization', 'sco'],
  ['actor', 'federal security service', 'fsb'],
  ['actor', 'gulomov', 'kadyr-gulomov'],
  ['actor', 'tashkant', 'tashkent'],
  ['actor', 'vremya novostey', 'vremya-novostei'],
  ['actor', 'putin', 'vladimir-putin'],
  ['actor', 'russian defense minister', 'sergei-ivanov'],
  // Quotations and statements: words from the quotation, the gist, the speaker.
  ['quote', 'i have no doubt', 'karimov-organizers-outside-russia'],
  ['quote', 'organizers of this terrorist act', 'karimov-organizers-outside-russia'],
  ['quote', 'parallel between chechnya and uzbekistan', 'karimov-organizers-outside-russia'],
  ['quote', 'gulomov significant event', 'gulomov-ivanov-visit-significant'],
  ['quote', 'solidarity with russia', 'karimov-solidarity-with-russia'],
  ['quote', 'single economic space', 'karimov-single-economic-space'],
  // Queries that must find nothing.
  ['event', 'eurovision song contest', null],
  ['actor', 'harry potter', null],
  ['quote', 'football world cup final', null],
  ['event', 'moon landing', null],
  ['actor', 'zzqxv', null],
];

let engine: SearchEngine;

beforeAll(async () => {
  const result = await loadDataset('data');
  if (!result.ok) throw new Error('seed dataset must load');
  engine = buildSearchEngine(result.dataset);
});

describe('lookup quality table', () => {
  it('has at least 40 rows', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLE)('%s "%s" -> %s', (kind, query, expected) => {
    const result = engine.lookup({ kind, query });
    if (expected === null) {
      expect(result.status).toBe('none');
    } else {
      expect(result.status).toBe('found');
      expect(result.results[0]?.id).toBe(expected);
    }
  });
});
