// Stage "quotations": paired quotation marks found per paragraph, then each quotation's speaker
// (from its attribution, a quote box's dash line, or the sentence around it), date and sources.
import type { DateSpec } from '../../src/dataset/schema.js';
import type { Analysis } from '../analysis.js';
import type { ReviewReport } from '../report.js';
import { citationsFor } from './cite.js';
import { findQuoteSpans, groupQuoteSpans, type QuoteGroup } from './quote-marks.js';
import { namerOf } from './quote-namer.js';
import type { Paragraph } from './segment.js';
import type { Citation } from './sources.js';
import { bodyOfHolder, resolveSpeaker, type SpeakerResolution } from './speakers.js';

/** The quotation marks of every paragraph, split quotations grouped. */
export function findQuotations(
  text: string,
  paragraphs: readonly Paragraph[],
  report: ReviewReport,
): QuoteGroup[] {
  const quotes: QuoteGroup[] = [];
  for (const p of paragraphs) {
    const scan = findQuoteSpans(text, p);
    for (const problem of scan.problems)
      report.add('warning', 'quote', `paragraph ${p.index + 1}: ${problem}`);
    quotes.push(...groupQuoteSpans(text, scan.spans));
  }
  return quotes;
}

export interface QuotationDraft {
  /** Actor key of the speaker. */
  readonly speaker: string;
  readonly speakerDoubt?: string;
  readonly text: string;
  readonly parts: readonly string[];
  readonly date?: DateSpec;
  readonly citations: readonly Citation[];
  readonly evidence: string;
}

/** "described the closure as ", "called the vote ": a speaker's own word or phrase follows. */
// "said the vote had “buried” the treaty", "tells the world that we have ‘buried’ it": reported words
// (other verbs need "that": "warned of “consequences”" is a scare quote; "let it be known that its
// minister had a “scheduling conflict”", "hinted that “foreign services” …" and "told X that no one
// had crossed and that the lists would come “within a day”" are not); "citing “urgent
// repairs”": the reason someone gave; "accused the court of hiding “two pages”": the accuser's words;
// "dismissed the claim as “baseless”": the dismisser's. A second "that" clause is reported words too,
// however long the first ("told X that …, and that the deal was “done”"). "The plan was, in her view,
// “a wish list”": the words of the one whose view it is.
const CHARACTERIZED =
  /\b(?:describing|calling)\s(?:[^.;“”"]{0,60}?\s)?(?:as\s)?$|\b(?:accused|accuses)\s[^.;“”"]{1,60}?\sof\s[^.;“”"]{0,40}$|\b(?:described|called|termed|branded|dubbed|labell?ed|characteri[sz]ed)\s(?:[^.;“”"]{0,60}?\s)?(?:as\s)?$|\b(?:said|says|told|tells)\b[^.;“”"‘]{0,80}$|\b(?:said|says|told|tells|warned|declared|insisted|stated|promised|vowed|claimed|argued|announced|pledged|hinted|let it be known)\b[^.;“”"]{0,80}?\bthat\b[^.;“”"]{0,100}$|\b(?:said|says|told|tells)\b[^.;“”"]{0,80}?\bthat\b[^.;“”"]{0,200}?,?\s(?:and|but)\sthat\b[^.;“”"]{0,100}$|\b(?:dismissed|dismisses|denounced|denounces|rejected|rejects)\s[^.;“”"]{1,60}?\sas\s$|\bciting\s$|\bin (?:his|her) (?:own )?(?:words|view|opinion)\b[^.;“”"]{0,80}$/;

/**
 * Words a clause's subject gives in passing, or a document it issues: ", saying …", "a note describing
 * … as", "a note calling it “…” and warning that …".
 */
const PARTICIPLE_LEAD =
  /(?:,\s|\s(?:a|an|the) (?:note|statement|letter|communiqu[eé]|resolution|notice) (?:[^.;]*\sand\s)?)(?:saying|describing|calling|warning)\b[^.;“”"]*$/;

/** `client`: whom an interviewee's "my client" means (the interview's subject), if anyone. */
export function buildQuotations(an: Analysis, report: ReviewReport, client?: string): QuotationDraft[] {
  const out: QuotationDraft[] = [];
  const { text } = an;
  for (const g of an.quotes) {
    const [first, last] = [g.parts[0], g.parts.at(-1)];
    if (!first || !last) continue;
    const parts = g.parts.map((p) => text.slice(p.start, p.end).trim()).filter((p) => p !== '');
    if (parts.length === 0) continue;
    const firstSentence = an.sentences.find(
      (s) => s.start <= first.outerStart && first.outerStart < s.end + 1,
    );
    const lastSentence = an.sentences.find((s) => s.start <= last.outerEnd - 1 && last.outerEnd - 1 < s.end);
    if (!firstSentence || !lastSentence) continue;
    // Words of one or two words are scare quotes, not quotations, unless someone is said to have
    // used them ("described the closure as "blackmail"").
    if (
      g.parts.length === 1 &&
      parts[0] &&
      parts[0].split(/\s+/).length < 4 &&
      !/[.!?,]$/.test(parts[0]) &&
      !CHARACTERIZED.test(text.slice(firstSentence.start, first.outerStart))
    )
      continue;
    let res: SpeakerResolution = { how: 'none' };
    const dash = an.citations.find(
      (c) => c.kind === 'dash' && c.start >= last.outerEnd && c.start - last.outerEnd <= 4,
    );
    let region: { start: number; end: number } | undefined;
    if (dash?.author) {
      // "Georgian Prime Minister Bidzina Ivanishvili": the person whose name ends the author line.
      const key = [...an.table.actors.values()].find(
        (a) =>
          a.kind === 'person' &&
          [...a.forms.keys()].some((f) => f === dash.author || (dash.author ?? '').endsWith(` ${f}`)),
      )?.key;
      res = key
        ? { actor: key, how: 'author' }
        : { how: 'none', doubt: `author "${dash.author}" is not an actor` };
    } else if (g.gaps[0]) {
      region = g.gaps[0];
    } else {
      const after = text.slice(last.outerEnd, Math.min(lastSentence.end, last.outerEnd + 100));
      const clause = /^[^.;“"‘(]*/.exec(after)?.[0] ?? '';
      // "“…,” and the next day the ministry announced …": a clause of its own, not an attribution.
      const newClause = /^[,\s]*(?:and|but|or|while|whereas)\b/.test(clause);
      if (
        /\S/.test(clause) &&
        /^[,\s]*\S/.test(clause) &&
        /^[,\s]/.test(after) &&
        clause.length > 2 &&
        !newClause
      )
        region = { start: last.outerEnd, end: last.outerEnd + clause.length };
      const attributionAfter =
        region && resolveSpeaker(an.table, text, an.sentences, region, lastSentence.index);
      if (!attributionAfter?.actor) {
        let start = firstSentence.start;
        if (first.outerStart === firstSentence.start) {
          const prev = an.sentences[firstSentence.index - 1];
          if (prev && /:\s*$/.test(prev.text)) start = prev.start;
        }
        // Inside another quotation, the attribution lies within it.
        region = { start, end: first.outerStart };
      }
    }
    if (region)
      res = resolveSpeaker(an.table, text, an.sentences, region, firstSentence.index, first.outerStart);
    // "X halted the traffic …, citing “urgent repairs”", "…, saying the channel had broadcast “…”",
    // "handed him a note describing the incident as “…”": the words are the clause subject's.
    const lead = region ? text.slice(region.start, region.end) : '';
    res = (region && namerOf(an, lead, region.start, firstSentence.index)) ?? res; // "what X called “…”"
    // "barred the ships from calling at Khobeti “until the safety of navigation is restored”": the
    // quoted terms of a decision are the words of the body that made it.
    const terms = !res.actor && /^(?:until|unless|pending)\s/.test(parts[0] ?? '');
    if (region && (PARTICIPLE_LEAD.test(lead) || (!res.actor && /,\sciting\s$/.test(lead)) || terms)) {
      const clause = region.start + (lead.lastIndexOf(';') + 1);
      const subject = clauseSubject(an, clause, region.end);
      if (subject.actor) res = subject;
    }
    // "the day Brandt's ministry announced that it saw “…”": the body speaks, not the person who heads it.
    const owned = /(\p{Lu}[\p{L}-]+)['’]s (ministry|committee|department|agency) [^.,;“”"]*$/u.exec(lead);
    const ownedBody = owned?.[1] && owned[2] ? bodyOfHolder(an.table, owned[1], owned[2]) : undefined;
    if (ownedBody)
      res = { actor: ownedBody, how: 'role', doubt: `"${owned?.[0]}" taken to be the body it names` };
    if (res.how === 'pronoun' && res.actor)
      res = clientInstead(an, res, client, firstSentence.index, first.outerStart);
    const quoted = parts.join(' ');
    if (!res.actor) {
      report.add(
        'warning',
        'quote',
        `quotation left out: no speaker found (${res.doubt ?? 'no attribution'})`,
        quoted,
      );
      continue;
    }
    // Date: said on a date printed with the attribution, else the citation's date.
    const cites = dash ? [dash] : quoteCitations(an, firstSentence.index, lastSentence.index);
    const spoken = an.dates.find(
      (d) =>
        d.spec &&
        !d.planned &&
        d.sentence >= firstSentence.index - (region && region.start < firstSentence.start ? 1 : 0) &&
        d.sentence <= lastSentence.index &&
        !g.parts.some((p) => d.mention.start >= p.start && d.mention.end <= p.end) &&
        (!d.citation || d.citation.kind === 'in-sentence'),
    );
    let date: DateSpec | undefined = spoken?.spec;
    if (!date && g.depth === 1) date = nestedQuotationDate(an, g, firstSentence.index);
    if (!date) date = cites.map((c) => an.citationDates.get(c.start)).find((x) => !!x);
    out.push({
      speaker: res.actor,
      ...(res.doubt ? { speakerDoubt: res.doubt } : {}),
      text: quoted,
      parts,
      ...(date ? { date } : {}),
      citations: cites,
      evidence: text.slice(firstSentence.start, lastSentence.end),
    });
  }
  return out;
}

/**
 * "Nazarov will ask for seven years, and my client has told me …. “…,” he said": in a lawyer's
 * interview "my client" (the person the introduction is about) is the latest person a pronoun can
 * mean when it comes after the name the pronoun was given to.
 */
function clientInstead(
  an: Analysis,
  res: SpeakerResolution,
  subject: string | undefined,
  sentence: number,
  at: number,
): SpeakerResolution {
  const from = an.sentences[Math.max(0, sentence - 1)]?.start ?? 0;
  const client = an.text.slice(from, at).lastIndexOf('my client');
  const named = an.table.mentions
    .filter((m) => m.start >= from && m.end <= at && m.actors.includes(res.actor ?? ''))
    .at(-1);
  if (client < 0 || (named && named.start > from + client)) return res;
  return subject
    ? { actor: subject, how: 'role', doubt: '"my client" taken to be the interview\'s subject' }
    : res;
}

/** The first person or organisation named in a span: the subject of the clause it opens. */
function clauseSubject(an: Analysis, start: number, end: number): SpeakerResolution {
  const subject = an.table.mentions.find((m) => {
    const kind = an.table.actors.get(m.actors[0] ?? '')?.kind;
    return (
      m.start >= start &&
      m.end <= end &&
      m.actors.length === 1 &&
      (kind === 'person' || kind === 'organization')
    );
  });
  return subject ? { actor: subject.actors[0], how: 'name' } : { how: 'none' };
}

/** A quotation inside another: the date printed before it, or the occasion a quote box describes. */
function nestedQuotationDate(an: Analysis, g: QuoteGroup, sentence: number): DateSpec | undefined {
  const first = g.parts[0];
  const last = g.parts.at(-1);
  if (!first || !last) return undefined;
  const enclosing = an.quotes.find(
    (o) => o.depth === 0 && o.parts.some((p) => p.start <= first.start && p.end >= last.end),
  );
  const dash = an.citations.find((c) => c.kind === 'dash');
  const occasion = an.dates.find((d) => d.mention.start === dash?.describing?.date?.start);
  if (enclosing && occasion?.spec) return occasion.spec;
  const inside = an.dates
    .filter((d) => d.spec && !d.planned && d.mention.end <= first.start && d.sentence >= sentence - 3)
    .at(-1);
  return inside?.spec ?? an.dates.find((d) => d.citation?.kind === 'dash')?.spec;
}

/** Citations of the sentences a quotation spans, else those backing its last sentence. */
function quoteCitations(an: Analysis, first: number, last: number): Citation[] {
  const own = an.citations.filter((c) => c.sentence >= first && c.sentence <= last);
  return own.length > 0 ? own : citationsFor(an, last);
}
