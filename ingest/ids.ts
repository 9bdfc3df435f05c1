// Ids of drafted records: the article's from its header, every other record's under a short
// prefix of it, all within the 64 characters Discord custom ids leave them, never reused.
import type { Header } from './files/header.js';
import { slugify } from './language/words.js';

export const MAX_ID = 64;

/** Publication initials: "Eurasia Daily Monitor" -> "edm". */
function initials(publication: string): string {
  const letters = publication
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]?.toLowerCase() ?? '')
    .join('');
  return slugify(letters || publication, 10) || 'article';
}

type HeaderKey = Pick<Header, 'publication' | 'volume' | 'issue' | 'title'>;

/** "edm-3-45-veloran-leans-toward-stravograd": publication, volume, issue, title; at most 64 characters. */
export function deriveArticleId(header: HeaderKey): string {
  const stem = `${initials(header.publication)}-${header.volume}-${header.issue}`;
  const title = slugify(header.title, MAX_ID - stem.length - 1);
  return title ? `${stem}-${title}` : stem;
}

/**
 * The short prefix of every record id drafted from one article ("edm-3-45-veloran"): the issue
 * plus the title's first word, so that two articles of one issue do not collide.
 */
export function recordPrefix(articleId: string): string {
  const m = /^([a-z0-9]+-\d+-\d+)(?:-([a-z0-9]+))?/.exec(articleId);
  if (!m?.[1]) return articleId.slice(0, 24).replace(/-+$/, '');
  return m[2] ? `${m[1]}-${m[2].slice(0, 12)}` : m[1];
}

/** Hands out ids not yet taken (by the registry or this draft), numbering repeats. */
export class Ids {
  private readonly used: Set<string>;
  // The next number to try per stem: a stem repeated a thousand times is not counted up from 2 each time.
  private readonly next = new Map<string, number>();
  constructor(taken: Iterable<string>) {
    this.used = new Set(taken);
  }
  take(base: string): string {
    let stem = base.slice(0, MAX_ID - 4).replace(/-+$/, '');
    if (stem === '') stem = 'record';
    let id = stem;
    if (this.used.has(id)) {
      // Every number below the one stored was found taken before (ids are never given back).
      let n = this.next.get(stem) ?? 2;
      while (this.used.has(`${stem}-${n}`)) n++;
      id = `${stem}-${n}`;
      this.next.set(stem, n + 1);
    }
    this.used.add(id);
    return id;
  }
}
