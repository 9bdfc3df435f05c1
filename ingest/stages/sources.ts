// Finds the sources an article cites: bracketed citations at sentence ends ("(Interfax, Moscow,
// June 2)"), sources named in the sentence ("Z reported on March 3", "according to an article by X
// in Y on May 21") and the dash attribution under a quote box. Parentheses that are not citations
// ("(CSTO)", "(Victory Day)", "(military intelligence)") are left alone.
import type { DateSpec } from '../../src/dataset/schema.js';
import { normalizeText } from '../../src/text/normalize.js';
import { MEDIA_WORDS, PLAIN_FULL_NAME, TITLE_WORDS } from '../language/lexicon.js';
import { GAZETTEER } from './gazetteer.js';
import { findDates, type DateMention } from './dates.js';
import type { Paragraph, Sentence } from './segment.js';

export interface Citation {
  readonly kind: 'bracket' | 'in-sentence' | 'dash';
  /** Verbatim, as the gold convention has it: inside the brackets, or the attributing phrase. */
  readonly raw: string;
  /** Offsets of `raw` in the article. */
  readonly start: number;
  readonly end: number;
  /** Offsets of the whole citation (the parenthesis included), which other extractors skip. */
  readonly spanStart: number;
  readonly spanEnd: number;
  readonly sentence: number;
  readonly outlet: string;
  readonly place?: string;
  readonly date?: DateMention;
  readonly page?: string;
  readonly number?: string;
  readonly author?: string;
  readonly note?: string;
  /** "told the agency": the outlet is the one cited just before. */
  readonly anaphoric?: boolean;
  /** "(Veloran Interior Ministry website, May 2)": the outlet is a body's own site, not a medium. */
  readonly website?: boolean;
  /** An interview's closing credit line: its dates are the interview's, not happenings. */
  readonly credit?: boolean;
  /** The phrase names a dated speech act ("in an address broadcast by Temir TV on March 25"). */
  readonly speechAct?: boolean;
  /** For a dash attribution: what the quoted words describe ("the opening of the dam three days earlier"). */
  readonly describing?: { readonly text: string; readonly start: number; readonly date?: DateMention };
}

const NAME = String.raw`\p{Lu}[\p{L}\p{N}'’.&/-]*(?: (?:of |the |de |al-)?[\p{Lu}\p{N}][\p{L}\p{N}'’.&/-]*)*`;
/** A website cited as the outlet: "www.osce.org", "kremlin.ru", "civil.ge/eng/article.php?id=1". */
const WEB_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?:\/\S*)?$/u;
const PAGE = /^pp?\.\s?(\d+(?:[-–]\d+)?)$/i;
const NUMBER = /^(?:no|nos|No|Nos|#)\.?\s?(\d+[\w/-]*)$/;

/** True when a name looks like a media outlet by its words (whole, "Itar-Tass", or hyphen parts). */
export function looksLikeMedia(name: string): boolean {
  return [...name.split(/\s+/), ...name.split(/[\s-]+/)].some(
    (w) => MEDIA_WORDS.has(w) || MEDIA_WORDS.has(w.replace(/[’']s$/, '')),
  );
}

interface ParsedPart {
  outlet?: string;
  author?: string;
  place?: string;
  date?: DateMention;
  page?: string;
  number?: string;
  notes: string[];
}

/** Parse one citation ("Kestria-24 TV, Veloran March 6") whose text starts at `offset`. */
function parseCitationText(text: string, offset: number): ParsedPart {
  const parsed: ParsedPart = { notes: [] };
  let pos = 0;
  // Commas inside a date ("December 15, 2011") do not separate parts.
  const dateSpans = findDates(text).filter((d) => !d.relative);
  const parts = text.split(/,/).reduce<string[]>((acc, part) => {
    const at = acc.join(',').length + (acc.length > 0 ? 1 : 0);
    const joined = acc.length > 0 && dateSpans.some((d) => d.start < at - 1 && at - 1 < d.end);
    if (joined) acc[acc.length - 1] += `,${part}`;
    else acc.push(part);
    return acc;
  }, []);
  let partIndex = 0;
  for (const rawPart of parts) {
    const lead = rawPart.length - rawPart.trimStart().length;
    const part = rawPart.trim();
    const partStart = offset + pos + lead;
    pos += rawPart.length + 1;
    if (part === '') continue;
    const page = PAGE.exec(part);
    if (page?.[1]) {
      parsed.page = page[1];
      continue;
    }
    const num = NUMBER.exec(part);
    if (num?.[1]) {
      parsed.number = num[1];
      continue;
    }
    const dates = findDates(part, partStart);
    const date = dates.find((d) => !d.relative);
    if (date && !parsed.date) {
      parsed.date = date;
      if (/^\d/.test(date.text) && date.from?.day !== undefined) parsed.notes.push('day before month');
      const prefix = part.slice(0, date.start - partStart).trim();
      if (prefix !== '' && /^\p{Lu}/u.test(prefix)) {
        if (!parsed.outlet && partIndex === 0) parsed.outlet = prefix;
        else {
          parsed.place ??= prefix;
          parsed.notes.push('no comma between place and date');
        }
      }
      partIndex++;
      continue;
    }
    if (/^\p{Lu}/u.test(part) || /^\p{N}+\p{L}/u.test(part) || WEB_ADDRESS.test(part)) {
      if (!parsed.outlet && partIndex === 0) parsed.outlet = part;
      else if (!parsed.place && parsed.outlet) parsed.place = part;
      else parsed.notes.push(`unparsed part "${part}"`);
    } else parsed.notes.push(`unparsed part "${part}"`);
    partIndex++;
  }
  // "(Lena Orlova, Kestria Herald, May 4)": a byline first, then the outlet by its media word.
  const { outlet, place } = parsed;
  if (outlet && place && looksLikeMedia(place) && !looksLikeMedia(outlet) && PLAIN_FULL_NAME.test(outlet)) {
    parsed.author = outlet;
    parsed.outlet = place;
    delete parsed.place;
  }
  return parsed;
}

/** Capitalised words standing right before an opening bracket ("Ekspress-Temir (no. 11, …)"). */
function nameBefore(text: string, open: number): { name: string; start: number } | undefined {
  const before = text.slice(Math.max(0, open - 80), open);
  const m = new RegExp(`(${NAME})\\s$`, 'u').exec(before);
  if (!m?.[1]) return undefined;
  const name = m[1].replace(/^(?:The|the) /, '');
  // "a report in Kestria Today on May 4 (p.2)": a date before the bracket is no outlet.
  if (findDates(name).some((d) => d.start === 0 && d.end === name.length)) return undefined;
  return { name, start: open - (before.length - m.index) + (m[1].length - name.length) };
}

/** Bracketed citations in one sentence. */
export function findBracketCitations(text: string, sentence: Sentence): Citation[] {
  const found: Citation[] = [];
  const body = sentence.text;
  const pattern = /\(([^()]{2,300})\)/g;
  for (const m of body.matchAll(pattern)) {
    // "(see Kestria Today, May 2)": a pointer to an earlier report cites it all the same.
    const see = /^(?:see|cf\.) (?=\p{Lu})/u.exec(m[1] ?? '')?.[0] ?? '';
    const inner = (m[1] ?? '').slice(see.length);
    const open = sentence.start + m.index;
    const close = open + m[0].length;
    const innerStart = open + 1 + see.length;
    if (
      /^\p{Ll}/u.test(inner) &&
      !/^(?:no|nos|p|pp)\.\s?\d/.test(inner) &&
      !WEB_ADDRESS.test(inner.split(',')[0] ?? '')
    )
      continue;
    let pos = 0;
    for (const segment of inner.split(';')) {
      const lead = segment.length - segment.trimStart().length;
      const segText = segment.trim();
      const segStart = innerStart + pos + lead;
      pos += segment.length + 1;
      if (segText === '') continue;
      const parsed = parseCitationText(segText, segStart);
      const hasLocator =
        parsed.date !== undefined || parsed.page !== undefined || parsed.number !== undefined;
      let outlet = parsed.outlet;
      let rawStart = segStart;
      let rawEnd = segStart + segText.length;
      const notes = [...parsed.notes];
      if (!outlet && hasLocator) {
        const named = nameBefore(text, open);
        if (named) {
          outlet = named.name;
          rawStart = named.start;
          rawEnd = close;
          notes.push('outlet named before the parenthesis');
        }
      }
      if (!outlet) continue;
      // "(Veloran Interior Ministry website, May 2)": the body publishes on its own site; it is the
      // outlet, and it stays a body ("(Kestria Online, May 2)" and "(www.osce.org)" are untouched).
      const site = / (?:official )?(?:website|web site|web page|site)$/i.exec(outlet);
      const website = site !== null && hasLocator && /^\p{Lu}/u.test(outlet);
      if (site && website) outlet = outlet.slice(0, site.index);
      const atSentenceEnd =
        /^\s*[.!?]?\s*$/.test(body.slice(close - sentence.start, close - sentence.start + 3)) ||
        close === sentence.end;
      if (!hasLocator) {
        // A bare name in brackets is a citation only at the end of a sentence and when it names media.
        if (!atSentenceEnd || !looksLikeMedia(outlet) || parsed.place) continue;
      }
      if (parsed.date && outlet === parsed.date.text) continue;
      const before = text.slice(Math.max(0, open - 2), open);
      if (/[”"]\s?$/.test(before)) notes.push('follows the closing quotation mark');
      const raw = text.slice(rawStart, rawEnd);
      found.push({
        kind: 'bracket',
        raw,
        start: rawStart,
        end: rawEnd,
        spanStart: Math.min(open, rawStart),
        spanEnd: close,
        sentence: sentence.index,
        outlet,
        ...(parsed.author ? { author: parsed.author } : {}),
        ...(parsed.place ? { place: parsed.place } : {}),
        ...(parsed.date ? { date: parsed.date } : {}),
        ...(parsed.page ? { page: parsed.page } : {}),
        ...(parsed.number ? { number: parsed.number } : {}),
        ...(website ? { website } : {}),
        ...(notes.length > 0 ? { note: `irregular: ${notes.join('; ')}` } : {}),
      });
    }
  }
  return found;
}

/** A medium named after an outlet, in lower case: "told Kestria-24 television", "Ostrov radio". */
export const MEDIA_AFTER = ' (?:television|TV|radio|newspaper|daily|weekly|news agency|channel)\\b';

/** Pronouns and the like, which a capital at the start of a sentence makes look like names. */
const PRONOUN = /^(?:He|She|It|I|We|They|You|This|That|Nobody|Somebody|Someone|Everyone|Everybody)$/;

/** A date mention that starts right at `at` (after optional "on"), among the sentence's dates. */
function dateAt(dates: readonly DateMention[], text: string, at: number): DateMention | undefined {
  const gap = /^ (?:on )?/.exec(text.slice(at, at + 4));
  const start = at + (gap?.[0].length ?? 0);
  return dates.find((d) => d.start === start || (gap && d.start === at + 1));
}

export interface OutletKnowledge {
  /** Is this name a media outlet (cited in brackets, in the registry as media, or media by its words)? */
  isOutlet(name: string): boolean;
  /** Is this name a person (so "X told the agency" names a speaker, not an outlet)? */
  isPerson(name: string): boolean;
  /** Is this name an actor of the article that is no medium (a person, place, country or body)? */
  isOtherActor?(name: string): boolean;
}

/**
 * "X told Izvestnik on August 14 that …": one word no one else in the article is, after "told" and
 * before a date, "that" or a clause, is an outlet. A person told something is named in full first.
 */
function unknownToldWord(name: string, after: string, know: OutletKnowledge): boolean {
  return (
    /^\p{Lu}[\p{L}\p{N}-]+$/u.test(name) &&
    !know.isPerson(name) &&
    !know.isOtherActor?.(name) &&
    !GAZETTEER.has(name) &&
    /^(?: on | that | in |[,;:.]| (?:he|she|it|they|the|a) )/.test(after)
  );
}

/** Sources named inside the sentence. `dates` are the sentence's date mentions. */
export function findInSentenceSources(
  text: string,
  sentence: Sentence,
  dates: readonly DateMention[],
  know: OutletKnowledge,
): Citation[] {
  const found: Citation[] = [];
  const body = sentence.text;
  const base = sentence.start;
  const push = (start: number, end: number, outlet: string, extra: Partial<Citation> = {}) => {
    if (found.some((f) => f.start < end && start < f.end)) return;
    found.push({
      kind: 'in-sentence',
      raw: text.slice(start, end),
      start,
      end,
      spanStart: start,
      spanEnd: end,
      sentence: sentence.index,
      outlet,
      ...extra,
    });
  };
  // "According to an article by Leyla Sabirova in the Tarim Herald on March 21"
  const according = new RegExp(
    `\\b[Aa]ccording to (?:(?:an?|the) (?:article|report|interview|commentary|piece|story|statement|editorial|dispatch)(?: by (${NAME}))? (?:in|on|from|with|published by|broadcast by|carried by) )?(?:the )?(${NAME})`,
    'gu',
  );
  for (const m of body.matchAll(according)) {
    // A full stop ending the sentence is no part of the name ("according to Kabar.").
    const outlet = (m[2] ?? '').replace(/\.$/, '');
    // "according to a report in Kestria Today": a report printed in a name makes it an outlet.
    const printedIn = /\b(?:article|report|piece|story|editorial|dispatch) in $/.test(
      m[0].slice(0, m[0].length - (m[2] ?? '').length).replace(/the $/, ''),
    );
    if (!know.isOutlet(outlet) && !WEB_ADDRESS.test(outlet) && !m[1] && !printedIn) continue;
    const start = base + m.index;
    let end = start + m[0].length - ((m[2] ?? '').length - outlet.length);
    const date = dateAt(dates, text, end);
    if (date) end = date.end;
    // "… on May 4 (p.2)": a page in brackets right after belongs to the citation.
    const page = /^ \(pp?\.\s?(\d+(?:[-–]\d+)?)\)/.exec(text.slice(end, end + 16));
    if (page?.[1]) end += page[0].length;
    push(start, end, outlet, {
      ...(m[1] ? { author: m[1] } : {}),
      ...(date ? { date } : {}),
      ...(page?.[1] ? { page: page[1] } : {}),
    });
  }
  // "According to one senior official quoted by the Tarim Herald": a described speaker a known
  // outlet quotes (other stages still read the speaker: the span skipped starts at "quoted").
  const quotedBy = new RegExp(
    `\\b[Aa]ccording to (?:an?|one|the|two|several) (?:[\\p{Ll}-]+ ){1,4}((?:quoted|cited) by (?:the )?)(${NAME})`,
    'gu',
  );
  for (const m of body.matchAll(quotedBy)) {
    const outlet = (m[2] ?? '').replace(/\.$/, '');
    if (!know.isOutlet(outlet)) continue;
    const start = base + m.index;
    let end = start + m[0].length - ((m[2] ?? '').length - outlet.length);
    const date = dateAt(dates, text, end);
    if (date) end = date.end;
    const quotedAt = start + m[0].length - (m[2] ?? '').length - (m[1] ?? '').length;
    push(start, end, outlet, { spanStart: quotedAt, ...(date ? { date } : {}) });
  }
  // "in an address broadcast by Temir TV on March 25", "in an interview with Novaya Vest"
  const speech = new RegExp(
    `\\b[Ii]n an? (?:\\w+ )?(?:address|interview|speech|statement|broadcast|appearance|article|op-ed|commentary|briefing)(?: (?:broadcast|published|aired|given|carried|printed))? (?:by|on|to|with|in) (?:the )?(${NAME})(?:${MEDIA_AFTER})?`,
    'gu',
  );
  // "Speaking on Temir TV the same day"
  const speaking = new RegExp(
    `\\b(?:[Ss]peaking|[Ww]riting|[Aa]ppearing) (?:on|to|in|with) (?:the )?(${NAME})`,
    'gu',
  );
  // Both forms name the outlet a person spoke through; they are recorded alike.
  // "In an interview with Moldpres on June 4": an interview given to a name that is no person.
  const interview = new RegExp(
    `\\b[Ii]n an? (?:\\w+ )?interview (?:with|to) (?:the )?(${NAME})(?:${MEDIA_AFTER})?(?= on \\p{Lu})`,
    'gu',
  );
  for (const pattern of [speech, speaking, interview]) {
    for (const m of body.matchAll(pattern)) {
      const outlet = m[1] ?? '';
      if (!know.isOutlet(outlet) && !(pattern === interview && !know.isPerson(outlet))) continue;
      const start = base + m.index;
      let end = start + m[0].length;
      const date = dateAt(dates, text, end);
      if (date) end = date.end;
      push(start, end, outlet, { speechAct: true, ...(date ? { date } : {}) });
    }
  }
  // "Novaya Vest reported that day", "Z reported on March 3"
  const reported = new RegExp(
    `(?<![\\p{L}])(?:the )?(${NAME})(?:, citing [^,;()]{2,60},)? (?:reported|wrote|quoted|cited|broadcast|announced|noted|claimed)\\b`,
    'gu',
  );
  for (const m of body.matchAll(reported)) {
    const outlet = (m[1] ?? '').replace(/^(?:The|In|On|As) /, '');
    if (know.isPerson(outlet) || !(know.isOutlet(outlet) || /reported|wrote/.test(m[0]))) continue;
    // "He wrote nothing", "its secretariat in X wrote to the ministry": a pronoun is no outlet, and
    // a letter written to someone is no publication.
    const after = body.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (
      !know.isOutlet(outlet) &&
      (PRONOUN.test(outlet) ||
        /^ (?:to|nothing|back|an? (?:\w+ )?(?:letter|book|note|complaint|appeal|petition))\b/.test(after))
    )
      continue;
    if (!know.isOutlet(outlet) && normalizeText(outlet).split(' ').length > 4) continue;
    const start = base + m.index + m[0].indexOf(outlet);
    let end = base + m.index + m[0].length;
    const date = dateAt(dates, text, end);
    if (date) end = date.end;
    push(start, end, outlet, date ? { date } : {});
  }
  // "Berdiyev told the agency", "X told Novaya Vest"
  // "Kaldarov, who led the delegation, told the paper": an aside between commas may part them.
  // "A senior diplomat, speaking on condition of anonymity, told Kestria Today": a described
  // speaker (a lower-case noun or pronoun) tells a known outlet too.
  const told = new RegExp(
    `(${NAME}|(?<![\\p{L}])\\p{Ll}+)(?:, [^,;()“”"]{2,60},|,)? told (?:(the (?:agency|newspaper|paper|daily|weekly|channel|station|radio|broadcaster|magazine|website))|(?:the )?(${NAME})(${MEDIA_AFTER})?)`,
    'gu',
  );
  for (const m of body.matchAll(told)) {
    const start = base + m.index;
    // A full stop ending the sentence is no part of the outlet ("she told the Kestria Herald.").
    const stop = m[3]?.endsWith('.') && !m[4] && m.index + m[0].length === body.trimEnd().length ? 1 : 0;
    if (m[3] && stop) m[3] = m[3].slice(0, -1);
    let end = start + m[0].length - stop;
    const date = dateAt(dates, text, end);
    if (date) end = date.end;
    if (m[2])
      push(start, end, m[2], { anaphoric: true, note: `"${m[2]}" refers to the outlet cited before` });
    else if (
      m[3] &&
      (know.isOutlet(m[3]) || m[4] || unknownToldWord(m[3], body.slice(m.index + m[0].length), know))
    ) {
      // The phrase starts at the speaker: "A senior diplomat, …, told" from its article on.
      const described =
        /\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ne)\s(?:[\p{L}-]+\s){0,3}$/u.exec(
          body.slice(Math.max(0, m.index - 60), m.index),
        );
      const lower = /^\p{Ll}/u.test(m[1] ?? '');
      const from = lower && described ? start - described[0].length : start;
      // Other stages still read the described speaker: the span skipped starts at "told".
      const toldAt = lower ? start + m[0].indexOf(' told') + 1 : start;
      push(from, end, m[3], { spanStart: toldAt, ...(date ? { date } : {}) });
    }
  }
  return found;
}

/**
 * The attribution of a quote box: an em dash after the closing quotation mark, then
 * "Name, Outlet, Date, describing …".
 */
export function findDashAttribution(
  text: string,
  paragraph: Paragraph,
  sentence: number,
  brackets: readonly Citation[] = [],
): Citation | undefined {
  const m = /[”"]\s*(?:—|–|--)\s*([^\n]+)$/u.exec(paragraph.text);
  if (!m?.[1]) return undefined;
  const attrStart = paragraph.start + m.index + m[0].length - m[1].length;
  const attribution = m[1];
  const dates = findDates(attribution, attrStart);
  const first = dates.find((d) => !d.relative);
  const parts = attribution.split(',').map((p) => p.trim());
  // "Georgian Prime Minister Bidzina Ivanishvili": the author is the name after the title.
  const words = (parts[0] ?? '').split(' ');
  const lastTitle = words.findLastIndex((w) => TITLE_WORDS.has(w));
  const named =
    lastTitle >= 0 && lastTitle < words.length - 1 ? words.slice(lastTitle + 1).join(' ') : parts[0];
  const author = named && /^\p{Lu}/u.test(named) && named.split(' ').length <= 4 ? named : undefined;
  // "Name, Kestrian analyst, interviewed by Radio Kestria, May 4", "Name, a retired colonel, to
  // Kestria Today, May 4": the outlet is the one named.
  const interviewed = parts
    .map((p) => /^(?:interviewed by|speaking to|in an interview with|to|told) (\p{Lu}.*)$/u.exec(p)?.[1])
    .find(Boolean);
  // ("Name, Deputy Secretary of the Council, Zerkalo Nedeli, August 18": a title is the speaker's,
  // and the outlet comes after it.)
  const titled = (part: string) => part.split(' ').some((w) => TITLE_WORDS.has(w)) && !looksLikeMedia(part);
  const outletIn = (part: string | undefined) =>
    part && /^\p{Lu}/u.test(part) && !first?.text.startsWith(part) ? part : undefined;
  const outlet = interviewed ?? (parts[1] && titled(parts[1]) ? outletIn(parts[2]) : outletIn(parts[1]));
  // "… speaking to the Mazhilis on October 12 (Kazakhstan Today, October 13)": no outlet of its own,
  // the attribution is cited by the bracket that closes it, which it takes in.
  const closing = outlet
    ? undefined
    : brackets.find((c) => c.kind === 'bracket' && c.start > attrStart && c.end <= paragraph.end);
  if (closing) {
    return {
      ...closing,
      kind: 'dash',
      raw: text.slice(attrStart, closing.spanEnd),
      start: attrStart,
      end: closing.spanEnd,
      spanStart: attrStart,
      ...(author ? { author } : {}),
      note: 'attribution after an em dash, cited by the bracket that closes it',
    };
  }
  if (!outlet && !author) return undefined;
  const rawEnd = first ? first.end : attrStart + (parts.slice(0, 2).join(', ').length || attribution.length);
  const rest = text.slice(rawEnd, paragraph.end).replace(/^[,\s]+/, '');
  const restStart = paragraph.end - rest.length;
  const describingDate = findDates(rest, restStart).at(-1);
  return {
    kind: 'dash',
    raw: text.slice(attrStart, rawEnd),
    start: attrStart,
    end: rawEnd,
    spanStart: attrStart,
    spanEnd: rawEnd,
    sentence,
    outlet: outlet ?? author ?? '',
    ...(author && outlet ? { author } : {}),
    ...(first ? { date: first } : {}),
    note: 'attribution after an em dash that follows the closing quotation mark',
    ...(rest.trim() !== ''
      ? {
          describing: {
            text: rest.replace(/[.\s]+$/, ''),
            start: restStart,
            ...(describingDate ? { date: describingDate } : {}),
          },
        }
      : {}),
  };
}

/** Stage "sources", first pass: bracket citations and quote boxes' dash attributions. */
export function findCitations(
  text: string,
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
): Citation[] {
  const citations: Citation[] = [];
  for (const s of sentences) citations.push(...findBracketCitations(text, s));
  for (const p of paragraphs) {
    const last = sentences.filter((s) => s.paragraph === p.index).at(-1);
    const dash = last ? findDashAttribution(text, p, last.index, citations) : undefined;
    if (dash) citations.push(dash);
  }
  // (A bracket taken into a dash attribution is cited once, by the attribution.)
  return citations.filter(
    (c) =>
      c.kind !== 'bracket' ||
      !citations.some((d) => d.kind === 'dash' && d.start < c.start && c.end <= d.end),
  );
}

/**
 * Stage "sources", second pass (it needs the actors: "told Ormanov" is not a source): sources named
 * in the sentence, added to the citations in reading order.
 */
export function withInSentenceSources(
  text: string,
  sentences: readonly Sentence[],
  sentenceDates: readonly (readonly DateMention[])[],
  citations: readonly Citation[],
  know: OutletKnowledge,
): Citation[] {
  const all = [...citations];
  for (const s of sentences) {
    const found = findInSentenceSources(text, s, sentenceDates[s.index] ?? [], know);
    for (const c of found) if (!all.some((x) => x.start < c.end && c.start < x.end)) all.push(c);
  }
  return all.sort((a, b) => a.start - b.start);
}

/**
 * "(KT, May 2)" in an article of Kestria Today: an outlet written as the initials of a known outlet
 * (the article's own publication, say) is that outlet.
 */
export function expandInitialOutlets(citations: Citation[], outlets: readonly string[]): void {
  const initials = (name: string) =>
    name
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
  for (const [i, c] of citations.entries()) {
    if (!/^\p{Lu}{2,6}$/u.test(c.outlet)) continue;
    const full = outlets.find((o) => o.includes(' ') && initials(o) === c.outlet);
    if (full) citations[i] = { ...c, outlet: full };
  }
}

/** Anaphoric in-sentence sources ("told the agency") take the outlet and date cited just before. */
export function resolveAnaphoricSources(
  text: string,
  citations: Citation[],
  citationDates: Map<number, DateSpec>,
): void {
  for (const [i, c] of citations.entries()) {
    if (!c.anaphoric) continue;
    const prev = citations
      .slice(0, i)
      .reverse()
      .find((p) => !p.anaphoric && p.kind !== 'dash');
    if (!prev) continue;
    citations[i] = { ...c, outlet: prev.outlet };
    const spec = citationDates.get(prev.start);
    if (spec) citationDates.set(c.start, spec);
  }
  // '"…," Ormanov told Novaya Vest, "…" (Novaya Vest, March 2)': an undated in-sentence citation
  // takes the date of the bracket citing the same outlet in its sentence, or in the next one when
  // the quotation goes on after a full stop ('"…," she told Novaya Vest. "…" (Novaya Vest, March 2)').
  for (const c of citations) {
    if (c.kind !== 'in-sentence' || c.date) continue;
    const goesOn = /^\.\s*[“"]/.test(text.slice(c.end, c.end + 4));
    if (citationDates.has(c.start) && !goesOn) continue;
    const same = citations.find(
      (b) =>
        b.kind === 'bracket' &&
        (b.sentence === c.sentence || (goesOn && b.sentence === c.sentence + 1)) &&
        b.outlet === c.outlet,
    );
    const spec = same ? citationDates.get(same.start) : undefined;
    if (spec) citationDates.set(c.start, spec);
  }
}
