// Dates inside a lookup ("karimov visit april 2004", "summit june", "air patrols 2001"): a year,
// month or day says when the record happened. They are taken out of the words to match (a record
// rarely repeats its own date in its title) and compared with the record's date instead.

/** What the query says of the date: any of year, month and day. */
export interface QueryDate {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
}

const MONTH_WORDS: readonly (readonly [RegExp, number])[] = [
  [/^(?:jan|january|yanvar[ya]?)$/, 1],
  [/^(?:feb|february|fevral[ya]?)$/, 2],
  [/^(?:mar|march|marta?)$/, 3],
  [/^(?:apr|april|aprel[ya]?)$/, 4],
  [/^(?:may|maya?|mai)$/, 5],
  [/^(?:jun|june|iyun[ya]?)$/, 6],
  [/^(?:jul|july|iyul[ya]?)$/, 7],
  [/^(?:aug|august|avgusta?)$/, 8],
  [/^(?:sep|sept|september|sentyabr[ya]?)$/, 9],
  [/^(?:oct|october|oktyabr[ya]?)$/, 10],
  [/^(?:nov|november|noyabr[ya]?)$/, 11],
  [/^(?:dec|december|dekabr[ya]?)$/, 12],
];
/** Month names that are also everyday words ("may", "march", "mart"): a month only next to a number. */
const WORD_LIKE_MONTHS = /^(?:may|maya|mai|mar|march|mart|marta|jan|sep|dec)$/;
const YEAR = /^(1[89]\d\d|20\d\d)$/;
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;

function monthOf(word: string): number | undefined {
  for (const [pattern, month] of MONTH_WORDS) if (pattern.test(word)) return month;
  return undefined;
}

function dayOf(word: string | undefined): number | undefined {
  const match = word === undefined ? null : DAY.exec(word);
  const day = match ? Number(match[1]) : NaN;
  return day >= 1 && day <= 31 ? day : undefined;
}

/**
 * The query's words without those that give a date, and the date they give. When nothing but a
 * date was typed, the words stay: they are all the query has.
 */
export function splitQueryDate(words: readonly string[]): { words: string[]; date?: QueryDate } {
  const taken = new Array<boolean>(words.length).fill(false);
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  words.forEach((word, i) => {
    if (year === undefined && YEAR.test(word)) {
      year = Number(word);
      taken[i] = true;
      // 2004-06-02 arrives as "2004 06 02".
      const numericMonth = dayOf(words[i + 1]);
      if (
        month === undefined &&
        numericMonth !== undefined &&
        numericMonth <= 12 &&
        /^\d\d$/.test(words[i + 1]!)
      ) {
        month = numericMonth;
        taken[i + 1] = true;
        const numericDay = dayOf(words[i + 2]);
        if (numericDay !== undefined && /^\d\d$/.test(words[i + 2]!)) {
          day = numericDay;
          taken[i + 2] = true;
        }
      }
    }
  });
  words.forEach((word, i) => {
    if (month !== undefined || taken[i]) return;
    const found = monthOf(word);
    if (found === undefined) return;
    const before = taken[i - 1] ? undefined : dayOf(words[i - 1]);
    const after = taken[i + 1] ? undefined : dayOf(words[i + 1]);
    const nextToYear = taken[i - 1] === true || taken[i + 1] === true;
    if (WORD_LIKE_MONTHS.test(word) && before === undefined && after === undefined && !nextToYear) return;
    month = found;
    taken[i] = true;
    if (after !== undefined) {
      day = after;
      taken[i + 1] = true;
    } else if (before !== undefined) {
      day = before;
      taken[i - 1] = true;
    }
  });
  if (year === undefined && month === undefined) return { words: [...words] };
  const rest = words.filter((_, i) => !taken[i]);
  if (rest.length === 0) return { words: [...words] };
  return {
    words: rest,
    date: {
      ...(year !== undefined ? { year } : {}),
      ...(month !== undefined ? { month } : {}),
      ...(day !== undefined ? { day } : {}),
    },
  };
}

/**
 * A partial ISO date ("2004", "2004-06", "2004-06-02") as a number YYYYMMDD, its unknown parts
 * read as the earliest (`low`) or latest (`high`) they could be; 0 for no date.
 */
export function dateNumber(value: string, side: 'low' | 'high'): number {
  if (value === '') return 0;
  const [year, month, day] = value.split('-');
  const unknown = side === 'low' ? 0 : 99;
  return (
    Number(year) * 10_000 +
    (month === undefined ? unknown : Number(month)) * 100 +
    (day === undefined ? unknown : Number(day))
  );
}

/**
 * 1 when a record dated `low..high` (dateNumber) can be the date the query names, -1 when it cannot,
 * 0 when the record has no date.
 */
export function dateFit(date: QueryDate, low: number, high: number): -1 | 0 | 1 {
  if (low === 0) return 0;
  const span = (year: number) => {
    const from = year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0);
    const to = year * 10_000 + (date.month ?? 99) * 100 + (date.day ?? 99);
    return from <= high && to >= low;
  };
  if (date.year !== undefined) return span(date.year) ? 1 : -1;
  // A month (and day) of any year: the years the record spans, at most a few.
  const first = Math.floor(low / 10_000);
  const last = Math.floor(high / 10_000);
  if (last - first > 1) return 1;
  for (let year = first; year <= last; year++) if (span(year)) return 1;
  return -1;
}
