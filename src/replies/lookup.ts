// Replies to a lookup: the record itself, a picker when the query is ambiguous, or a miss with
// suggestions. Also the actor's paged lists of events and quotations.
import { ButtonStyle, ComponentType, type APIButtonComponent, type APIEmbed } from 'discord-api-types/v10';
import type { Dataset, DatasetRecord } from '../dataset/types.js';
import type { ScoredResult, SearchKind } from '../search/engine.js';
import { encodeCustomId, encodeSelectValue } from './custom-id.js';
import { EPHEMERAL_FLAG, LIMITS, escapeUserText, truncate } from './limits.js';
import { ephemeralText, finalizeMessage, type ActionRow, type MessagePayload } from './payload.js';
import { articleOfRecord, recordLinkRow } from './links.js';
import { actorEmbed, eventEmbed, quoteEmbed, recordLine } from './records.js';

export const ACTION = { pick: 'pick', actorList: 'actor-list', page: 'page' } as const;
export const PAGE_SIZE = 10;

const KIND_NOUN: Record<SearchKind, string> = {
  event: 'event',
  quote: 'quotation or statement',
  actor: 'actor',
};

/** "label — detail" cut to `max`, keeping the detail that tells namesakes apart. */
export function labelWithDetail(label: string, detail: string, max: number): string {
  const suffix = detail ? ` — ${detail}` : '';
  if (label.length + suffix.length <= max) return label + suffix;
  const room = max - Math.min(suffix.length, Math.floor(max / 2));
  return truncate(label, room) + truncate(suffix, max - truncate(label, room).length);
}

function flagsFor(privately: boolean): number | undefined {
  return privately ? EPHEMERAL_FLAG : undefined;
}

/** How a record reply is made: when, for whom, and where its pages live. */
export interface RecordReplyOptions {
  readonly now: number;
  readonly privately: boolean;
  /** PUBLIC_URL: with it, the reply links the record's read-in-context page. */
  readonly publicUrl?: string | undefined;
}

/** The embed for any record, its links and Cite button, and the buttons an actor's embed carries. */
export function recordMessage(
  dataset: Dataset,
  entry: DatasetRecord,
  options: RecordReplyOptions,
): MessagePayload | undefined {
  const { now, privately } = options;
  let embed: APIEmbed;
  let components: ActionRow[] = [];
  switch (entry.type) {
    case 'event':
      embed = eventEmbed(dataset, entry.record);
      break;
    case 'quote':
      embed = quoteEmbed(dataset, entry.record);
      break;
    case 'actor': {
      embed = actorEmbed(dataset, entry.record);
      const records = dataset.byActor.get(entry.record.id);
      const button = (list: 'events' | 'quotes', label: string, count: number): APIButtonComponent => ({
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: truncate(`${label} (${count})`, LIMITS.buttonLabel),
        custom_id: encodeCustomId({
          action: ACTION.actorList,
          owner: undefined,
          issuedAt: now,
          args: [entry.record.id, list],
        }),
        disabled: count === 0,
      });
      components = [
        {
          type: ComponentType.ActionRow,
          components: [
            button('events', 'Events', records?.events.length ?? 0),
            button('quotes', 'Quotations', records?.quotes.length ?? 0),
          ],
        },
      ];
      break;
    }
    default:
      return undefined;
  }
  const article = articleOfRecord(dataset, entry);
  if (article?.url) embed = { ...embed, url: article.url };
  components.push(recordLinkRow(dataset, entry, options.publicUrl, now));
  const flags = flagsFor(privately);
  return finalizeMessage({
    embeds: [embed],
    components,
    ...(flags ? { flags } : {}),
  });
}

/** An action row holding one invoker-only "pick" menu of records (values are record ids). */
export function pickMenu(
  kind: SearchKind | 'any',
  candidates: readonly { id: string; label: string; detail: string }[],
  invokerId: string,
  now: number,
  privately: boolean,
  placeholder: string,
): ActionRow {
  const customId = encodeCustomId({
    action: ACTION.pick,
    owner: invokerId,
    issuedAt: now,
    args: [kind, privately ? 'p' : 'o'],
  });
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: customId,
        placeholder,
        options: candidates.slice(0, LIMITS.selectOptions).map((c) => ({
          label: truncate(c.label, LIMITS.selectLabel),
          // Signed with the menu's id: the pick handler honours only values this menu offered.
          value: encodeSelectValue(customId, c.id),
          ...(c.detail ? { description: truncate(c.detail, LIMITS.selectDescription) } : {}),
        })),
      },
    ],
  };
}

/** An invoker-only select menu of close candidates. */
export function pickerMessage(
  kind: SearchKind,
  query: string,
  candidates: readonly ScoredResult[],
  matchCount: number,
  invokerId: string,
  now: number,
  privately: boolean,
): MessagePayload {
  const flags = flagsFor(privately);
  const count = Math.max(matchCount, candidates.length);
  const listed = Math.min(candidates.length, LIMITS.selectOptions);
  const which =
    listed < count
      ? `The ${listed} best are listed; add a date, role or more words to narrow it. Choose the ${KIND_NOUN[kind]} you mean:`
      : `Choose the ${KIND_NOUN[kind]} you mean:`;
  return finalizeMessage({
    content: truncate(
      `“${escapeUserText(query)}” matches ${count.toLocaleString('en-US')} records. ${which}`,
      LIMITS.content,
    ),
    components: [pickMenu(kind, candidates, invokerId, now, privately, 'Choose one')],
    ...(flags ? { flags } : {}),
  });
}

/** Nothing good enough: say so (only to the asker), with up to three suggestions. */
export function missMessage(
  kind: SearchKind,
  query: string,
  suggestions: readonly ScoredResult[],
): MessagePayload {
  const shown = escapeUserText(truncate(query.trim(), 100));
  const lines = [`No ${KIND_NOUN[kind]} found for “${shown}”.`];
  if (suggestions.length > 0) {
    lines.push('Did you mean:');
    for (const s of suggestions.slice(0, 3)) lines.push(`• **${labelWithDetail(s.label, s.detail, 150)}**`);
  } else {
    lines.push('Try fewer or different words, or pick from the autocomplete list.');
  }
  return ephemeralText(lines.join('\n'));
}

/** One page of an actor's events or quotations, with previous/next buttons. */
export function actorListMessage(
  dataset: Dataset,
  actorId: string,
  list: 'events' | 'quotes',
  page: number,
  now: number,
): MessagePayload | undefined {
  const entry = dataset.byId.get(actorId);
  if (entry?.type !== 'actor') return undefined;
  const records = dataset.byActor.get(actorId);
  const items = (list === 'events' ? records?.events : records?.quotes) ?? [];
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const current = Math.min(Math.max(0, page), pages - 1);
  const slice = items.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const lines = slice.map(
    (r, i) => `${current * PAGE_SIZE + i + 1}. ${truncate(recordLine(r, dataset), 380)}`,
  );
  const title = `${entry.record.name}: ${list === 'events' ? 'events' : 'quotations and statements'}`;
  const button = (label: string, target: number, disabled: boolean): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: encodeCustomId({
      action: ACTION.page,
      owner: undefined,
      issuedAt: now,
      args: [actorId, list, String(target), label === 'Previous' ? 'p' : 'n'],
    }),
    disabled,
  });
  return finalizeMessage({
    embeds: [
      {
        title,
        description: lines.join('\n') || 'None in the dataset.',
        footer: { text: `Page ${current + 1} of ${pages} · ${items.length} in all · oldest first` },
      },
    ],
    components:
      pages > 1
        ? [
            {
              type: ComponentType.ActionRow,
              components: [
                button('Previous', current - 1, current === 0),
                button('Next', current + 1, current >= pages - 1),
              ],
            },
          ]
        : [],
    flags: EPHEMERAL_FLAG,
  });
}
