// Where a record can be read beyond Discord: the article at its own address, and the bot's
// read-in-context page. The web pages (src/web/) serve the path built here, so replies and pages
// cannot disagree about it.
import { ButtonStyle, ComponentType, type APIButtonComponent } from 'discord-api-types/v10';
import type { Dataset, DatasetArticle, DatasetRecord } from '../dataset/types.js';
import { articleOf } from './cite.js';
import { encodeCustomId } from './custom-id.js';
import type { ActionRow } from './payload.js';

/** The path of a record's read-in-context page below PUBLIC_URL (events, quotations and actors). */
export const CONTEXT_PAGE_PREFIX = '/records/';

/** The fragment the page's highlighted evidence carries: the browser scrolls to it, no script needed. */
export const EVIDENCE_FRAGMENT = 'evidence';

/**
 * `${publicUrl}/records/<id>#evidence`: the read-in-context page of a record, opened at its
 * highlighted evidence (on a phone the passage is often below the fold).
 */
export function contextPageUrl(publicUrl: string, recordId: string): string {
  const base = publicUrl.replace(/\/+$/, '');
  return `${base}${CONTEXT_PAGE_PREFIX}${encodeURIComponent(recordId)}#${EVIDENCE_FRAGMENT}`;
}

/** The article a record comes from; for an actor, the article that first names it. */
export function articleOfRecord(dataset: Dataset, entry: DatasetRecord): DatasetArticle | undefined {
  switch (entry.type) {
    case 'event':
    case 'quote':
      return articleOf(dataset, entry.record.article);
    case 'actor': {
      const first = entry.record.evidence[0];
      return first ? articleOf(dataset, first.article) : undefined;
    }
    case 'article':
      return entry.record;
    default:
      return undefined;
  }
}

/** The custom id action of the "Cite" button. */
export const CITE_ACTION = 'cite';

function linkButton(label: string, url: string): APIButtonComponent {
  return { type: ComponentType.Button, style: ButtonStyle.Link, label, url };
}

/**
 * The row under every record reply: the article at its own address (when known), the record's
 * read-in-context page (when PUBLIC_URL is set), and "Cite", which answers privately.
 */
export function recordLinkRow(
  dataset: Dataset,
  entry: DatasetRecord,
  publicUrl: string | undefined,
  now: number,
): ActionRow {
  const article = articleOfRecord(dataset, entry);
  const buttons: APIButtonComponent[] = [];
  if (article?.url) buttons.push(linkButton('Source article', article.url));
  if (publicUrl) buttons.push(linkButton('Read in context', contextPageUrl(publicUrl, entry.record.id)));
  buttons.push({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: 'Cite',
    custom_id: encodeCustomId({
      action: CITE_ACTION,
      owner: undefined,
      issuedAt: now,
      args: [entry.record.id],
    }),
  });
  return { type: ComponentType.ActionRow, components: buttons };
}
