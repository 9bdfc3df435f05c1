// Paged lists of records (an actor's events, an actor's quotations, a day's entries): ten a page,
// Previous and Next, and a menu to open any record of the page. Lists are private messages, so
// paging never moves a public answer under other readers.
import { ButtonStyle, ComponentType, type APIButtonComponent } from 'discord-api-types/v10';
import { formatDateSpec } from '../dataset/dates.js';
import type { Dataset, DatasetEvent, DatasetQuote } from '../dataset/types.js';
import { actorName } from './cite.js';
import { encodeCustomId } from './custom-id.js';
import { EPHEMERAL_FLAG, truncate } from './limits.js';
import { ACTION, OPEN_MODE, pickMenu, type PickCandidate } from './menus.js';
import { finalizeMessage, type ActionRow, type MessagePayload } from './payload.js';
import { recordLine } from './records.js';

export const PAGE_SIZE = 10;

/** Which list a button or page belongs to; its subject is an actor id or a YYYY-MM-DD date. */
export const LIST_KIND = { actorEvents: 'e', actorQuotes: 'q', day: 'd' } as const;
export type ListKind = (typeof LIST_KIND)[keyof typeof LIST_KIND];

export function isListKind(value: unknown): value is ListKind {
  return value === 'e' || value === 'q' || value === 'd';
}

/** A list resolved from its subject: what to call it and its records in order. */
export interface RecordList {
  readonly subject: string;
  readonly kind: ListKind;
  readonly title: string;
  readonly items: readonly (DatasetEvent | DatasetQuote)[];
}

/** A record as a menu entry: an event by its title, a quotation by its speaker and words. */
export function listCandidate(dataset: Dataset, record: DatasetEvent | DatasetQuote): PickCandidate {
  const when = record.date ? formatDateSpec(record.date) : 'undated';
  if ('title' in record && record.title !== undefined && 'status' in record)
    return { id: record.id, label: record.title, detail: when };
  const quote = record as DatasetQuote;
  return { id: quote.id, label: `${actorName(dataset, quote.speaker)}: ${quote.text}`, detail: when };
}

function pageButton(
  list: RecordList,
  label: 'Previous' | 'Next',
  target: number,
  disabled: boolean,
  now: number,
): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: encodeCustomId({
      action: ACTION.page,
      owner: undefined,
      issuedAt: now,
      args: [list.subject, list.kind, String(target)],
    }),
    disabled,
  };
}

/** One page of a list (clamped to the pages there are), private to whoever opened it. */
export function recordListMessage(
  dataset: Dataset,
  list: RecordList,
  page: number,
  now: number,
): MessagePayload {
  const { items } = list;
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const current = Math.min(Math.max(0, page), pages - 1);
  const slice = items.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const lines = slice.map(
    (r, i) => `${current * PAGE_SIZE + i + 1}. ${truncate(recordLine(r, dataset), 380)}`,
  );
  const components: ActionRow[] = [];
  if (slice.length > 0) {
    components.push(
      pickMenu(
        dataset,
        'any',
        slice.map((r) => listCandidate(dataset, r)),
        { owner: undefined, now, mode: OPEN_MODE.privateNew, placeholder: 'Open one of these' },
      ),
    );
  }
  if (pages > 1) {
    components.push({
      type: ComponentType.ActionRow,
      components: [
        pageButton(list, 'Previous', current - 1, current === 0, now),
        pageButton(list, 'Next', current + 1, current >= pages - 1, now),
      ],
    });
  }
  return finalizeMessage({
    embeds: [
      {
        title: list.title,
        description: lines.join('\n') || 'None in the dataset.',
        footer: {
          text: `Page ${current + 1} of ${pages} · ${items.length.toLocaleString('en-US')} in all · oldest first`,
        },
      },
    ],
    components,
    flags: EPHEMERAL_FLAG,
  });
}
