// Cyrillic written in Latin letters, as the English-language sources spell these names: Russian,
// Ukrainian, Uzbek and Kazakh Cyrillic, so "Иванов" meets Ivanov and "Тошкент" meets Toshkent.
// Uzbek Latin needs no table: its oʻ and gʻ lose their modifier letter with the other apostrophes
// (see normalize.ts), and its x and q are folded by the search like any kh and k.

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Uzbek: ў is oʻ, ғ is gʻ, қ is q, ҳ is h.
  ў: 'o',
  ғ: 'g',
  қ: 'q',
  ҳ: 'h',
  // Ukrainian and Belarusian.
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  // Kazakh and Kyrgyz.
  ә: 'a',
  ө: 'o',
  ү: 'u',
  ұ: 'u',
  ң: 'ng',
  һ: 'h',
};

const CYRILLIC = /[\u0400-\u04ff]/;
const CYRILLIC_LETTERS = /[\u0400-\u04ff]/g;

/**
 * The text with its Cyrillic letters written in Latin ones (lower case). Run before accents are
 * stripped: й and ё would otherwise lose their marks and read as и and е.
 */
export function latinizeCyrillic(text: string): string {
  if (!CYRILLIC.test(text)) return text;
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(CYRILLIC_LETTERS, (letter) => CYRILLIC_TO_LATIN[letter] ?? letter);
}
