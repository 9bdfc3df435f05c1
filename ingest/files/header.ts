// Reads an article's header: the title line and the "Publication: … Volume: N Issue: M" line,
// plus a publication date when the header prints one.
import { MONTHS } from '../language/months.js';
import type { ReviewReport } from '../report.js';

export interface Header {
  readonly title: string;
  readonly publication: string;
  readonly volume: number;
  readonly issue: number;
  readonly author?: string;
  /** A day-precision date printed in the header, as `YYYY-MM-DD`. */
  readonly published?: string;
  /** The printed form of that date. */
  readonly publishedText?: string;
  /** Offset where the body (the first paragraph after the header) starts. */
  readonly bodyStart: number;
}

export type HeaderResult =
  | { readonly ok: true; readonly header: Header }
  | { readonly ok: false; readonly message: string; readonly title?: string; readonly bodyStart: number };

/**
 * "Publication: Eurasia Daily Monitor Volume: 1 Issue: 24", as the publisher prints it, or as a copy
 * may: without "Publication:", with commas or dashes, "Vol." and "No." ("Eurasia Daily Monitor,
 * Vol. 1, No. 24", "Eurasia Daily Monitor—Vol. 1"). The publication's name ends with a letter, not a
 * separator, and the separators before "Vol" are taken whole (a lookahead, which never backtracks):
 * a line of thousands of spaces costs no more than one of words.
 */
export const HEADER_LINE =
  /^[ \t]*(?<labelled>Publication:[ \t]*)?(?<publication>\S(?:[^\n]*?[^\s,;–—-])?)(?=(?<separator>[ \t,;–—-]+))\k<separator>Vol(?:ume|\.)?:?[ \t]*(?<volume>\d+)[ \t,;–—-]*(?:Issue|No\.?):?[ \t]*(?<issue>\d+)(?<rest>.*)$/m;
/** Without "Publication:", a header is one of the first lines and names no more than a publication. */
const UNLABELLED_HEADER_LINES = 4;
const MONTH_NAMES = Object.keys(MONTHS).join('|');
const HEADER_DATE = new RegExp(
  `\\b(?:(${MONTH_NAMES})\\.? (\\d{1,2}),? (\\d{4})|(\\d{1,2}) (${MONTH_NAMES})\\.? (\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b`,
);

const AUTHOR_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}`;
const BYLINE = new RegExp(
  String.raw`^\s*By:?[ \t]+(${AUTHOR_NAME}(?:(?:, | and |, and )${AUTHOR_NAME})*)[ \t]*(?=\n|$)`,
  'u',
);

/** The names a byline prints: "Roger McDermott and Igor Torbakov" is two authors. */
export function authorNames(author: string): string[] {
  return author
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A printed date ("June 4, 2004", "4 June 2004", "2004-06-04") as YYYY-MM-DD, if real. */
export function parsePrintedDate(text: string): { date: string; text: string } | undefined {
  const m = HEADER_DATE.exec(text);
  if (!m) return undefined;
  let y: number, mo: number, d: number;
  if (m[1]) [y, mo, d] = [Number(m[3]), MONTHS[m[1]] ?? 0, Number(m[2])];
  else if (m[5]) [y, mo, d] = [Number(m[6]), MONTHS[m[5]] ?? 0, Number(m[4])];
  else [y, mo, d] = [Number(m[7]), Number(m[8]), Number(m[9])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return undefined;
  return { date: `${y}-${pad(mo)}-${pad(d)}`, text: m[0] };
}

/** The header line: labelled anywhere near the top, or unlabelled among the first few lines. */
function findHeaderLine(text: string): RegExpExecArray | null {
  const m = HEADER_LINE.exec(text.slice(0, 5000));
  if (!m || m.groups?.labelled) return m;
  const linesBefore = text
    .slice(0, m.index)
    .split('\n')
    .filter((l) => l.trim() !== '').length;
  const publication = m.groups?.publication ?? '';
  const plainName = publication.length <= 80 && !/[.!?]\s/.test(publication);
  return linesBefore <= UNLABELLED_HEADER_LINES && plainName ? m : null;
}

/** Parse the header; the title is the first non-blank line before the publication line. */
export function parseHeader(text: string): HeaderResult {
  const firstLine = /^[ \t]*(\S[^\n]*)$/m.exec(text);
  const headerMatch = findHeaderLine(text);
  if (!headerMatch) {
    const title = firstLine?.[1]?.trim();
    const bodyStart = firstLine ? firstLine.index + firstLine[0].length : 0;
    return {
      ok: false,
      message: 'no "Publication: … Volume: N Issue: M" line in the first lines of the article',
      ...(title ? { title } : {}),
      bodyStart,
    };
  }
  const before = text.slice(0, headerMatch.index);
  const titleLine = before
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .at(0);
  let rest = headerMatch.groups?.rest ?? '';
  let author: string | undefined;
  const by = /\bBy:\s*(.+)$/.exec(rest);
  if (by?.[1]) {
    author = by[1].trim();
    rest = rest.slice(0, by.index);
  }
  let bodyStart = headerMatch.index + headerMatch[0].length;
  let printed = parsePrintedDate(rest);
  // A date line right under the header ("June 4, 2004") also counts as the publication date.
  const nextLine = /^\s*\n?[ \t]*([^\n]*)/.exec(text.slice(bodyStart));
  if (!printed && nextLine?.[1] && nextLine[1].trim().length <= 40) {
    const candidate = parsePrintedDate(nextLine[1]);
    if (candidate && candidate.text.length >= nextLine[1].trim().length - 2) {
      printed = candidate;
      bodyStart += nextLine[0].length;
    }
  }
  // A byline right under the header (or its date line): "By Roger McDermott", "By: A and B".
  const byline = BYLINE.exec(text.slice(bodyStart));
  if (!author && byline?.[1]) {
    author = byline[1];
    bodyStart += byline[0].length;
  }
  const title = titleLine ?? '';
  if (title === '') {
    return { ok: false, message: 'no title line before the "Publication:" line', bodyStart };
  }
  const volume = Number(headerMatch.groups?.volume);
  const issue = Number(headerMatch.groups?.issue);
  if (volume < 1 || issue < 1) {
    return { ok: false, message: 'volume and issue must be positive numbers', title, bodyStart };
  }
  return {
    ok: true,
    header: {
      title,
      publication: (headerMatch.groups?.publication ?? '').trim(),
      volume,
      issue,
      ...(author ? { author } : {}),
      ...(printed ? { published: printed.date, publishedText: printed.text } : {}),
      bodyStart,
    },
  };
}

export interface HeaderOverrides {
  readonly title?: string;
  readonly publication?: string;
  readonly volume?: number;
  readonly issue?: number;
  /** YYYY-MM-DD, or any printed date. */
  readonly published?: string;
  readonly url?: string;
}

/** The header as printed, with the command line's values over it; undefined when a part is missing. */
export function resolveHeader(
  text: string,
  report: ReviewReport,
  overrides: HeaderOverrides = {},
): Header | undefined {
  const parsed = parseHeader(text);
  let header: { -readonly [K in keyof Header]?: Header[K] } & { bodyStart: number };
  if (parsed.ok) header = { ...parsed.header };
  else {
    header = { bodyStart: parsed.bodyStart, ...(parsed.title ? { title: parsed.title } : {}) };
    const supplied = overrides.publication && overrides.volume && overrides.issue;
    report.add(
      supplied ? 'warning' : 'error',
      'header',
      `${parsed.message}${supplied ? '; using the values given on the command line' : '; add the line to the text or pass --publication, --volume and --issue'}`,
    );
  }
  if (overrides.title) header.title = overrides.title;
  if (overrides.publication) header.publication = overrides.publication;
  if (overrides.volume) header.volume = overrides.volume;
  if (overrides.issue) header.issue = overrides.issue;
  if (overrides.published) {
    const printed = /^\d{4}-\d{2}-\d{2}$/.test(overrides.published)
      ? { date: overrides.published, text: overrides.published }
      : parsePrintedDate(overrides.published);
    if (printed) {
      header.published = printed.date;
      header.publishedText = printed.text;
    } else report.add('error', 'header', `--date "${overrides.published}" is not a date`);
  }
  if (!header.title || !header.publication || !header.volume || !header.issue) return undefined;
  return header as Header;
}
