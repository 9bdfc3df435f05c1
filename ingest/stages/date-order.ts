// Stage "find dates", second half: every date mention resolved in reading order, so "two days
// later" and "that day" follow the narrative, and each citation gets its own date. (dates.ts, the
// first half, finds the mentions and resolves one at a time.) The parts, under date-order/:
//   reading-order.ts     the reading: set up, then each sentence's mentions in turn, read by
//                        read-mention.ts (resolved, planned or not, the narrative moved)
//   anchor.ts            the day a mention counts from; happening-days.ts the days of happenings
//                        it names ("the eve of the vote"), night.ts the night told last,
//                        referred-day.ts the day of the happening its subject refers back to
//                        that-day.ts the day "that night" points back to
//   spoken-days.ts       the days an interview's answers and a quote box's words were spoken on
//   citation-dates.ts    citations' printed dates, and in-sentence sources dated by their sentence
//   article-year.ts      the article's year: printed, its volume's, an anniversary's, or inferred
//   types.ts             the article as read and the reading's state
export { yearSource } from './date-order/article-year.js';
export { resolveDatesInOrder } from './date-order/reading-order.js';
