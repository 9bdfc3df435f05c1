// A dated meeting is its host's event: "the CIS summit in Minsk on May 20", "a session of
// the Russian–Georgian commission, due on June 5", "at a council meeting in late March". Whoever
// attends, speaks or is asked to come, the date is the meeting's, and the body that meets leads its
// actors; with no host named, the place it is held in leads. Read by event-actors.ts.
import { modifiesNext, type NameHit } from './clause-subject.js';

/** Nouns of a gathering that a date can be the date of. */
const MEETING = /\b(?:summit|session|meeting|congress|conference|plenum|sitting)\b/g;
/** With no host, the talks themselves: "the next round of talks is scheduled for June 14 in X". */
const TALKS = /\b(?:summit|session|meeting|congress|conference|plenum|sitting|talks|consultations)\b/g;

/**
 * What may stand between the meeting (with its host) and its date: a bracketed abbreviation, the
 * place ("in Minsk", "at the Palace of Congresses"), then the date itself ("on May 20"), a relative
 * clause that holds it (", at which the two presidents were to meet on", "that was to open in X on",
 * ", where Y was to join on") or a schedule's participle (", scheduled for", "due in X on").
 */
const TO_DATE =
  /^(?:\s*\([^)]{1,20}\))?(?:\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[^,;()]{0,40}?)?(?:,?\s+(?:(?:at |in )?which|where|that)\s[^,;()]{0,80}?|,?\s+(?:(?:is|was|are|were)\s+(?:still\s+)?)?(?:due|scheduled|planned|set|expected)\b[^,;()]{0,40}?)?\s+(?:on|in|for|from|by)(?:\s+(?:early|mid|late|the))?\s*$/u;

/** After "of" or "between", the rest of the members' phrase first ("…, Azerbaijani and Turkish ministers"). */
const MEMBERS_TO_DATE = new RegExp(`^(?:[^;(),]|, (?=\\p{Lu}))*?${TO_DATE.source.slice(1)}`, 'u');

/** "Speaking at a meeting of the council on May 6, he said …": the speaker's words, not the meeting. */
const SPEAKS_AT =
  /\b(?:[Ss]peaking|[Aa]ddressing|said|says|told|tells|addressed)\b[^,;]{0,30}\s(?:at|to)\s(?:the\s|a\s|an\s)?$/;

/** "the summit of the littoral states in X, due on": the members' phrase, then the way to the date. */
const OF_TO_DATE = new RegExp(`^(?:\\s+of\\s[^;(),]*?)?${TO_DATE.source.slice(1)}`, 'u');

/** Lower-case words a host's name may be followed by before the meeting noun ("ministerial"). */
const BEFORE_NOUN = /^(?:\s*\([^)]{1,20}\))?(?:\s+(?:[\p{Ll}-]+))?(?:\s+[\p{Ll}-]+)?\s+$/u;

/**
 * The host of the meeting the date at `dateAt` is the date of, among `hits` (the sentence's names in
 * text order, only those drafted): the name right before the meeting noun ("the CIS summit"), else
 * the first after "of" or "between" right after it ("the summit of the CSTO", "a meeting between X
 * and Y"). Searched from `from` (where the date's clause opens).
 */
export function meetingHost(
  text: string,
  from: number,
  dateAt: number,
  hits: readonly NameHit[],
): NameHit | undefined {
  const before = text.slice(from, dateAt);
  const named = hits.filter((h) => !h.stands && !h.person && h.at >= from && h.end <= dateAt);
  for (const m of [...before.matchAll(MEETING)].reverse()) {
    const at = from + m.index;
    const end = at + m[0].length;
    const prefix = named.filter((h) => h.end <= at && BEFORE_NOUN.test(text.slice(h.end, at))).at(-1);
    if (SPEAKS_AT.test(text.slice(from, prefix?.at ?? at))) continue;
    const of = /^\s+(?:of|between)\s+(?:the\s+)?/.exec(text.slice(end, end + 14));
    const i = of ? hits.findIndex((h) => !h.stands && h.at === end + of[0].length) : -1;
    // ("a meeting between Gazprom deputy chairman Ivan Lupu and …": Lupu, whom "Gazprom" qualifies.)
    const first = hits[i];
    const after = first && modifiesNext(text, first, hits[i + 1]) ? hits[i + 1] : first;
    if (prefix && TO_DATE.test(text.slice(end, dateAt))) return prefix;
    // "a press conference that the Memorial group had planned to hold in X on May 3": the subject of
    // the relative clause right after the meeting noun holds it.
    const holder = hits.find(
      (h) =>
        !h.stands &&
        h.at > end &&
        h.end <= dateAt &&
        /^\s+(?:that|which)\s+(?:the\s+)?$/.test(text.slice(end, h.at)),
    );
    if (holder && TO_DATE.test(text.slice(end, dateAt))) return holder;
    if (after && MEMBERS_TO_DATE.test(text.slice(after.end, dateAt))) return after;
  }
  return undefined;
}

/**
 * Where a dated meeting with no host named is held: the place after "in" or "at" between the meeting
 * noun and its date ("the summit of the littoral states in X, due on July 20"), or right after the
 * date ("talks are scheduled for June 14 in X"). `isPlace` tells a place's hit.
 */
export function meetingPlace(
  text: string,
  from: number,
  dateAt: number,
  hits: readonly NameHit[],
  isPlace: (h: NameHit) => boolean,
): NameHit | undefined {
  const places = hits.filter((h) => isPlace(h) && !h.stands);
  const m = [...text.slice(from, dateAt).matchAll(TALKS)].at(-1);
  if (!m) return undefined;
  const end = from + m.index + m[0].length;
  if (SPEAKS_AT.test(text.slice(from, end - m[0].length)) || !OF_TO_DATE.test(text.slice(end, dateAt)))
    return undefined;
  return (
    places.find(
      (h) => h.at > end && h.at < dateAt && /\b(?:in|at)\s(?:the\s)?$/.test(text.slice(end, h.at)),
    ) ??
    places.find((h) => h.at > dateAt && /^[^,;]{0,25}\s(?:in|at)\s(?:the\s)?$/.test(text.slice(dateAt, h.at)))
  );
}
