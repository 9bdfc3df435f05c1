// The web pages' addresses, in one place: the Discord replies' "Read in context" links and the pages'
// own links are built from the same shapes.

export const RECORD_PREFIX = '/records/';
export const SEARCH_PATH = '/search';

/** `/records/<id>`, or the actor's page showing another article it is named in. */
export function recordHref(id: string, article?: string): string {
  const path = `${RECORD_PREFIX}${encodeURIComponent(id)}`;
  return article === undefined ? path : `${path}?article=${encodeURIComponent(article)}`;
}

export type SearchKindFilter = 'event' | 'quote' | 'actor';

export function searchHref(query: string, kind?: SearchKindFilter, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (kind) params.set('kind', kind);
  if (page > 1) params.set('page', String(page));
  return `${SEARCH_PATH}?${params.toString()}`;
}
