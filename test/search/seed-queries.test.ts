// Hand-written questions about the seed article, as people in a discussion would type them: other
// scripts (Russian and Uzbek Cyrillic, Uzbek Latin), dates inside the words, words cut short,
// related word forms, namesakes. Written from the article, not from the engine's output. A row is
// right when the record comes first (an answer) or, for a name two records share, when the picker
// lists it. The bar is the issue's: at least 95% right, every row reported when one is wrong.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { buildSearchEngine, type SearchEngine, type SearchKind } from '../../src/search/engine.js';

type Row = readonly [SearchKind, string, string];

const ROWS: readonly Row[] = [
  // Cyrillic.
  ['actor', 'Каримов', 'islam-karimov'],
  ['actor', 'Ислам Каримов', 'islam-karimov'],
  ['actor', 'Иванов', 'sergei-ivanov'],
  ['actor', 'Иванов', 'igor-ivanov'],
  ['actor', 'Игорь Иванов', 'igor-ivanov'],
  ['actor', 'Сергей Иванов', 'sergei-ivanov'],
  ['actor', 'Тошкент', 'tashkent'],
  ['actor', 'Ташкент', 'tashkent'],
  ['actor', 'Бухоро', 'bukhara'],
  ['actor', 'Самарқанд', 'samarkand'],
  ['actor', 'Кодир Ғуломов', 'kadyr-gulomov'],
  ['actor', 'Путин', 'vladimir-putin'],
  ['actor', 'Мирзаев', 'ruslan-mirzayev'],
  ['actor', 'Кадыров', 'akhmad-kadyrov'],
  ['actor', 'Грозный', 'grozny'],
  ['actor', 'ОДКБ', 'csto'],
  ['actor', 'ФСБ', 'fsb'],
  ['actor', 'Интерфакс', 'interfax'],
  ['event', 'Путин Самарканд', 'putin-visits-samarkand'],
  ['event', 'взрывы Ташкент Бухара', 'tashkent-and-bukhara-bombings'],
  // Uzbek Latin.
  ['actor', 'Oʻzbekiston', 'uzbekistan'],
  ['actor', "G'ulomov", 'kadyr-gulomov'],
  ['actor', 'Buxoro', 'bukhara'],
  ['actor', 'Islom Karimov', 'islam-karimov'],
  ['event', 'Toshkent Buxoro bombings', 'tashkent-and-bukhara-bombings'],
  // Dates inside the words.
  ['event', 'karimov visit april 2004', 'karimov-visits-moscow'],
  ['event', 'air patrols 2001', 'russia-uzbekistan-air-defense-agreement-signed'],
  ['event', 'air defense agreement october 2001', 'russia-uzbekistan-air-defense-agreement-signed'],
  ['event', 'duma air defense june 2 2004', 'duma-backs-air-defense-agreement'],
  ['event', 'sco summit june', 'sco-summit-tashkent-2004'],
  ['event', 'sco summit june 11', 'sco-summit-tashkent-2004'],
  ['event', 'grozny attack may 9', 'grozny-attack-kills-akhmad-kadyrov'],
  ['event', 'ivanov visit may 13 2004', 'sergei-ivanov-visits-uzbekistan-may-13'],
  ['event', 'sergei ivanov tashkent april 2004', 'sergei-ivanov-visits-tashkent'],
  ['event', 'putin samarkand 2003', 'putin-visits-samarkand'],
  ['event', 'collective security treaty 1999', 'uzbekistan-withdraws-from-collective-security-treaty'],
  ['event', 'us troops 2001', 'us-coalition-deployment-in-uzbekistan'],
  ['event', 'bombings march 2004', 'tashkent-and-bukhara-bombings'],
  ['event', 'igor ivanov june 2004', 'igor-ivanov-meets-mirzayev-in-tashkent'],
  ['event', 'military exercises 2005', 'joint-uzbek-russian-military-exercises-2005'],
  ['quote', 'karimov may 28 2004', 'karimov-single-economic-space'],
  ['quote', 'gulomov april 2004', 'gulomov-ivanov-visit-significant'],
  ['quote', 'karimov vaziristan april 29', 'karimov-attacks-planned-in-vaziristan'],
  // Words cut short, anywhere.
  ['event', 'collective secur treaty', 'uzbekistan-withdraws-from-collective-security-treaty'],
  ['event', 'antiterr struct', 'rats-opens-in-tashkent'],
  ['actor', 'sergei iva', 'sergei-ivanov'],
  ['actor', 'mirzay ruslan', 'ruslan-mirzayev'],
  ['event', 'kadyr grozny att', 'grozny-attack-kills-akhmad-kadyrov'],
  ['event', 'soros found', 'uzbekistan-ends-soros-foundation-work'],
  // Related word forms and other words for the same thing.
  ['event', 'coalition deployment uzbekistan', 'us-coalition-deployment-in-uzbekistan'],
  ['event', 'duma ratification air defense', 'duma-backs-air-defense-agreement'],
  ['event', 'kadyrov assassination', 'grozny-attack-kills-akhmad-kadyrov'],
  ['event', 'kadyrov killed', 'grozny-attack-kills-akhmad-kadyrov'],
  [
    'event',
    'uzbekistan withdrawal collective security',
    'uzbekistan-withdraws-from-collective-security-treaty',
  ],
  ['event', 'human rights criticism washington', 'us-criticism-of-uzbek-human-rights'],
  ['event', 'strategic partnership russia uzbekistan', 'russia-uzbekistan-strategic-partnership-possible'],
  // Typos and transliterations.
  ['actor', 'Karimoff', 'islam-karimov'],
  ['actor', 'Groznyy', 'grozny'],
  ['actor', 'Vaziristan', 'vaziristan'],
  ['event', 'karimov vizits moskva', 'karimov-visits-moscow'],
  ['quote', 'karimov organizers of terrorist act', 'karimov-organizers-outside-russia'],
  ['quote', 'karimov solidarity', 'karimov-solidarity-with-russia'],
  ['event', 'Каримов Москва', 'karimov-visits-moscow'],
];

let engine: SearchEngine;

beforeAll(async () => {
  const result = await loadDataset('data');
  if (!result.ok) throw new Error('seed dataset must load');
  engine = buildSearchEngine(result.dataset);
});

/** Right: the answer, or one of the first five of a picker. */
function isRight([kind, query, expected]: Row): boolean {
  const result = engine.lookup({ kind, query });
  if (result.status === 'found') return result.results[0]?.id === expected;
  if (result.status === 'ambiguous') return result.results.slice(0, 5).some((r) => r.id === expected);
  return false;
}

describe('hand-written questions about the seed article', () => {
  it('are at least 95% right', () => {
    const wrong = ROWS.filter((row) => !isRight(row));
    // The rows missed are named in the failure message.
    expect(wrong.length, JSON.stringify(wrong)).toBeLessThanOrEqual(Math.floor(ROWS.length * 0.05));
  });

  it('get every Cyrillic one right', () => {
    const cyrillic = ROWS.filter(([, query]) => /[\u0400-\u04ff]/.test(query));
    expect(cyrillic.filter((row) => !isRight(row))).toEqual([]);
  });
});
