// Replies to a lookup: the record itself, a picker when the query is ambiguous, or a miss with
// suggestions.
import { ButtonStyle, ComponentType, type APIButtonComponent, type APIEmbed } from 'discord-api-types/v10';
import type { Dataset, DatasetRecord } from '../dataset/types.js';
import type { ScoredResult, SearchKind } from '../search/engine.js';
import { encodeCustomId } from './custom-id.js';
import { EPHEMERAL_FLAG, LIMITS, escapeUserText, truncate } from './limits.js';
import { ephemeralText, finalizeMessage, type ActionRow, type MessagePayload } from './payload.js';
import { articleOfRecord, recordLinkRow } from './links.js';
import { LIST_KIND, type ListKind } from './lists.js';
import { ACTION, OPEN_MODE, pickMenu } from './menus.js';
import { actorEmbed, eventEmbed, quoteEmbed } from './records.js';

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
      const button = (list: ListKind, label: string, count: number): APIButtonComponent => ({
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: truncate(`${label} (${count})`, LIMITS.buttonLabel),
        custom_id: encodeCustomId({
          action: ACTION.list,
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
            button(LIST_KIND.actorEvents, 'Events', records?.events.length ?? 0),
            button(LIST_KIND.actorQuotes, 'Quotations', records?.quotes.length ?? 0),
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

/**
 * Records too close to call, in a menu only the asker sees (and only they may use): the one they
 * choose is then posted in the channel, or shown to them alone with `private:true`.
 */
export function pickerMessage(
  dataset: Dataset,
  request: { kind: SearchKind; query: string; invokerId: string; privately: boolean },
  candidates: readonly ScoredResult[],
  matchCount: number,
  now: number,
): MessagePayload {
  const count = Math.max(matchCount, candidates.length);
  const listed = Math.min(candidates.length, LIMITS.selectOptions);
  const noun = KIND_NOUN[request.kind];
  const which =
    listed < count
      ? `The ${listed} best are listed; add a date, role or more words to narrow it. Choose the ${noun} you mean:`
      : `Choose the ${noun} you mean:`;
  const then = request.privately
    ? 'It will be shown to you alone.'
    : 'It will be posted in the channel; this list is only for you.';
  return finalizeMessage({
    content: truncate(
      `“${escapeUserText(request.query)}” matches ${count.toLocaleString('en-US')} records. ${which}\n-# ${then}`,
      LIMITS.content,
    ),
    components: [
      pickMenu(dataset, request.kind, candidates, {
        owner: request.invokerId,
        now,
        mode: request.privately ? OPEN_MODE.inPlace : OPEN_MODE.publicly,
        placeholder: 'Choose one',
      }),
    ],
    flags: EPHEMERAL_FLAG,
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
