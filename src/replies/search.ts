// /search's answer: one page of every record matching the query, counted truly, with Previous and
// Next and a menu opening any of them. Only the asker sees the list; what they open is posted in
// the channel (or shown to them alone with private:true). The query rides in the footer, since a
// custom id (100 characters) cannot hold it; the buttons carry its signed digest.
import { ButtonStyle, ComponentType, type APIButtonComponent } from 'discord-api-types/v10';
import type { Dataset } from '../dataset/types.js';
import type { ScoredResult, SearchKind } from '../search/engine.js';
import { encodeCustomId, textDigest } from './custom-id.js';
import { EPHEMERAL_FLAG, LIMITS, escapeUserText, stripControls, truncate } from './limits.js';
import { labelWithDetail } from './lookup.js';
import { OPEN_MODE, pickMenu } from './menus.js';
import { finalizeMessage, type ActionRow, type MessagePayload } from './payload.js';

export const SEARCH_ACTION = 'search';
export const SEARCH_PAGE_SIZE = 10;
const QUERY_MARK = 'Search: ';

const KIND_CODE = { event: 'e', quote: 'q', actor: 'a' } as const;
const KIND_LABEL: Record<SearchKind, string> = { event: 'Event', quote: 'Quotation', actor: 'Actor' };
const KIND_PLURAL: Record<SearchKind, [string, string]> = {
  event: ['event', 'events'],
  quote: ['quotation or statement', 'quotations and statements'],
  actor: ['actor', 'actors'],
};

/** The kind a code names ('' for all kinds), or undefined for a code this bot never issued. */
export function kindOfCode(code: string | undefined): SearchKind | '' | undefined {
  if (code === '-') return '';
  return (Object.keys(KIND_CODE) as SearchKind[]).find((kind) => KIND_CODE[kind] === code);
}

const ZERO_WIDTH_SPACE = '\u200b';

/**
 * The query as a search shows and keeps it: one line, no control characters or zero-width spaces
 * (which the footer uses to break an "@"), at most 200 long.
 */
export function normalizeSearchQuery(query: string): string {
  // Whitespace (newlines too) becomes single spaces; other control characters go.
  const plain = stripControls(query.replace(/\s+/g, ' ')).replaceAll(ZERO_WIDTH_SPACE, '');
  return truncate(plain.trim(), 200, '');
}

/** The query as the footer keeps it: every "@" broken by a zero-width space, so "@here" is no mention. */
function footerQuery(query: string): string {
  return query.replaceAll('@', `@${ZERO_WIDTH_SPACE}`);
}

/** The query a search page keeps in its footer, if the footer is one. */
export function queryFromFooters(footers: readonly string[] | undefined): string | undefined {
  for (const footer of footers ?? []) {
    const at = footer.lastIndexOf(`\n${QUERY_MARK}`);
    if (at !== -1) return footer.slice(at + 1 + QUERY_MARK.length).replaceAll(ZERO_WIDTH_SPACE, '');
  }
  return undefined;
}

export interface SearchPage {
  readonly query: string;
  readonly kind: SearchKind | '';
  readonly page: number;
  readonly total: number;
  readonly totals: Readonly<Record<SearchKind, number>>;
  readonly results: readonly ScoredResult[];
  readonly privately: boolean;
}

function counted(n: number, [one, many]: [string, string]): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

export function searchPageMessage(
  dataset: Dataset,
  search: SearchPage,
  invokerId: string,
  now: number,
): MessagePayload {
  const pages = Math.max(1, Math.ceil(search.total / SEARCH_PAGE_SIZE));
  const first = search.page * SEARCH_PAGE_SIZE;
  const lines = search.results.map(
    (r, i) =>
      `${first + i + 1}. **${escapeUserText(truncate(r.label, 150))}** — ${KIND_LABEL[r.kind]} · ${escapeUserText(truncate(r.detail, 120))}`,
  );
  const kinds = search.kind ? [search.kind] : (['event', 'quote', 'actor'] as const);
  const breakdown = kinds.map((k) => counted(search.totals[k], KIND_PLURAL[k])).join(', ');
  const button = (label: 'Previous' | 'Next', target: number, disabled: boolean): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: encodeCustomId({
      action: SEARCH_ACTION,
      owner: invokerId,
      issuedAt: now,
      args: [
        search.kind ? KIND_CODE[search.kind] : '-',
        String(target),
        textDigest(search.query),
        search.privately ? OPEN_MODE.privateNew : OPEN_MODE.publicly,
      ],
    }),
    disabled,
  });
  const components: ActionRow[] = [];
  if (search.results.length > 0) {
    components.push(
      pickMenu(
        dataset,
        search.kind || 'any',
        search.results.map((r) => ({
          id: r.id,
          label: r.label,
          detail: labelWithDetail(KIND_LABEL[r.kind], r.detail, 60),
        })),
        {
          owner: invokerId,
          now,
          mode: search.privately ? OPEN_MODE.privateNew : OPEN_MODE.publicly,
          placeholder: search.privately
            ? 'Open one (only you will see it)'
            : 'Open one (posted in the channel)',
        },
      ),
    );
  }
  if (pages > 1) {
    components.push({
      type: ComponentType.ActionRow,
      components: [
        button('Previous', search.page - 1, search.page === 0),
        button('Next', search.page + 1, search.page >= pages - 1),
      ],
    });
  }
  const footer =
    `Page ${search.page + 1} of ${pages.toLocaleString('en-US')} · best first\n` +
    truncate(`${QUERY_MARK}${footerQuery(search.query)}`, LIMITS.footerText - 200, '');
  return finalizeMessage({
    embeds: [
      {
        title: truncate(`Search: “${escapeUserText(search.query)}”`, LIMITS.embedTitle),
        description: [`**${counted(search.total, ['match', 'matches'])}** (${breakdown})`, '', ...lines].join(
          '\n',
        ),
        footer: { text: footer },
      },
    ],
    components,
    flags: EPHEMERAL_FLAG,
  });
}
