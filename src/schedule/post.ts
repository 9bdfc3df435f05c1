// The "on this day" post for one local date: a pure function of the date and the dataset, built
// as the plain Discord API message body, within Discord's limits, with mentions off.
import type { APIEmbed, APIEmbedField, RESTPostAPIChannelMessageJSONBody } from 'discord-api-types/v10';
import { formatDateSpec, monthName } from '../dataset/dates.js';
import type { Dataset, DatasetEvent } from '../dataset/types.js';
import { articleOf, describeArticle, formatSource, sourceOf } from '../replies/cite.js';
import { embedLength } from '../replies/payload.js';
import { blockQuote, EPHEMERAL_FLAG, escapeUserText, LIMITS, truncate } from '../replies/limits.js';
import { isLeapYear } from '../util/calendar.js';
import { dailyPostMarker, dailyPostNonce } from './post-identity.js';
import { localDateTime } from './zoned-time.js';

export const POST_COLOR = 0x8a6d3b;
/** Below this many characters an entry is too cut to be worth showing; fewer entries are shown. */
const MIN_ENTRY_CHARS = 400;

export type DailyPostBody = RESTPostAPIChannelMessageJSONBody & {
  readonly embeds: APIEmbed[];
  readonly allowed_mentions: { parse: never[] };
};

export type DailyPostOptions =
  | {
      /** The post the scheduler sends: carries the day's nonce and footer marker. */
      readonly kind: 'scheduled';
      readonly guildId: string;
      /** On a day without entries, post a short note instead of nothing. */
      readonly emptyDayNote: boolean;
    }
  | {
      /** A preview for an admin: no nonce, a footer that never passes for the day's post. */
      readonly kind: 'preview';
      /** Only the invoking admin sees it. */
      readonly ephemeral: boolean;
    }
  | {
      /** The /onthisday command: the same entries, answered to whoever asked. */
      readonly kind: 'lookup';
      readonly ephemeral: boolean;
    };

/**
 * Day-precision events whose month and day match `localDate` (YYYY-MM-DD), oldest first.
 * February 29 events are shown on February 28 in common years, so they are not skipped for years.
 */
export function eventsOnThisDay(dataset: Dataset, localDate: string): readonly DatasetEvent[] {
  const monthDay = localDate.slice(5);
  const events = dataset.byDayOfYear.get(monthDay) ?? [];
  if (monthDay !== '02-28' || isLeapYear(Number(localDate.slice(0, 4)))) return events;
  const leapDay = dataset.byDayOfYear.get('02-29') ?? [];
  return leapDay.length === 0 ? events : [...events, ...leapDay].sort(byStart);
}

function byStart(a: DatasetEvent, b: DatasetEvent): number {
  return a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0;
}

/** "22 years ago", "1 year ago", "this year", "in 2 years" (a planned event). */
export function yearsAgo(eventYear: number, localYear: number): string {
  const years = localYear - eventYear;
  if (years === 0) return 'this year';
  if (years < 0) return years === -1 ? 'in 1 year' : `in ${-years} years`;
  return years === 1 ? '1 year ago' : `${years} years ago`;
}

/** "June 2" for "2026-06-02". */
export function formatMonthDay(localDate: string): string {
  return `${monthName(Number(localDate.slice(5, 7)))} ${Number(localDate.slice(8, 10))}`;
}

/** One event as an embed of at most `budget` counted characters, or undefined if it cannot fit. */
function renderEntry(
  dataset: Dataset,
  event: DatasetEvent,
  localYear: number,
  budget: number,
): APIEmbed | undefined {
  const fields: APIEmbedField[] = [];
  const sources = event.sources.flatMap((id) => sourceOf(dataset, id) ?? []);
  if (sources.length > 0) {
    fields.push({
      name: sources.length === 1 ? 'Source' : 'Sources',
      value: truncate(sources.map((s) => escapeUserText(formatSource(s))).join('; '), LIMITS.fieldValue),
      inline: false,
    });
  }
  const article = articleOf(dataset, event.article);
  if (article) {
    fields.push({
      name: 'Article',
      value: truncate(describeArticle(article), LIMITS.fieldValue),
      inline: false,
    });
  }
  const title = truncate(escapeUserText(event.title), LIMITS.embedTitle);
  const fixed = title.length + fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  const room = Math.min(LIMITS.embedDescription, budget - fixed);
  const eventYear = Number(event.date.start.slice(0, 4));
  const status = event.status === 'happened' ? '' : ` · ${event.status}`;
  const heading = `**${formatDateSpec(event.date)}** · ${yearsAgo(eventYear, localYear)}${status}`;
  if (room < heading.length + 40) return undefined;
  const summary = escapeUserText(event.summary);
  const evidence = event.evidence[0];
  const quote =
    evidence === undefined ? '' : `\n\n${blockQuote(escapeUserText(evidence), LIMITS.embedDescription)}`;
  const description = truncate(`${heading}\n${summary}${quote}`, room);
  return {
    title,
    ...(article?.url ? { url: article.url } : {}),
    description,
    fields,
    color: POST_COLOR,
  };
}

/**
 * As many entries as Discord's limits allow (10 embeds, 6000 characters), each given a fair share
 * of what is left; returns the embeds and how many events did not fit.
 */
function fitEntries(
  dataset: Dataset,
  events: readonly DatasetEvent[],
  localYear: number,
  footer: string,
): { embeds: APIEmbed[]; omitted: number } {
  const budget = LIMITS.embedTotal - footer.length;
  let count = Math.min(events.length, LIMITS.embedsPerMessage);
  while (count > 1 && Math.floor(budget / count) < MIN_ENTRY_CHARS) count -= 1;
  for (; count >= 1; count -= 1) {
    const embeds: APIEmbed[] = [];
    let remaining = budget;
    for (let i = 0; i < count; i += 1) {
      const event = events[i];
      if (!event) break;
      const embed = renderEntry(dataset, event, localYear, Math.floor(remaining / (count - i)));
      if (!embed) break;
      embeds.push(embed);
      remaining -= embedLength(embed);
    }
    if (embeds.length === count) return { embeds, omitted: events.length - count };
  }
  return { embeds: [], omitted: events.length };
}

/**
 * The message body for `localDate`'s post, or undefined when there is nothing to post (no entries
 * and no "nothing today" note wanted). Scheduled posts carry the day's nonce with enforce_nonce.
 */
export function buildDailyPost(
  dataset: Dataset,
  localDate: string,
  options: DailyPostOptions,
): DailyPostBody | undefined {
  const events = eventsOnThisDay(dataset, localDate);
  const monthDay = formatMonthDay(localDate);
  const footer =
    options.kind === 'scheduled'
      ? dailyPostMarker(localDate)
      : options.kind === 'lookup'
        ? `Dossier · /onthisday ${localDate.slice(5)}`
        : `Dossier · preview of the post for ${localDate}`;
  const identity =
    options.kind === 'scheduled'
      ? { nonce: dailyPostNonce(options.guildId, localDate), enforce_nonce: true }
      : options.ephemeral
        ? { flags: EPHEMERAL_FLAG }
        : {};

  if (events.length === 0) {
    if (options.kind === 'scheduled' && !options.emptyDayNote) return undefined;
    const note =
      options.kind === 'preview'
        ? ' On such a day the scheduled post is skipped unless the "nothing today" note is on.'
        : '';
    return {
      embeds: [
        {
          title: `On this day: ${monthDay}`,
          description: `Nothing in the dossier happened on ${monthDay}.${note}`,
          footer: { text: footer },
          color: POST_COLOR,
        },
      ],
      allowed_mentions: { parse: [] },
      ...identity,
    };
  }

  const localYear = Number(localDate.slice(0, 4));
  const { embeds, omitted } = fitEntries(dataset, events, localYear, footer);
  const last = embeds[embeds.length - 1];
  if (last) last.footer = { text: footer };
  const more =
    omitted === 0
      ? ''
      : options.kind === 'lookup'
        ? `\n${events.length - omitted} of ${events.length} shown: “All ${events.length} entries” pages through every one.`
        : `\nand ${omitted} more — /onthisday ${localDate.slice(5)}`;
  return {
    content: truncate(`**On this day: ${monthDay}**${more}`, LIMITS.content),
    embeds,
    allowed_mentions: { parse: [] },
    ...identity,
  };
}

/** The preview an admin asks for: today's post in the server's zone, without the day's nonce. */
export function buildPreviewPost(
  dataset: Dataset,
  timeZone: string,
  now: number,
  ephemeral: boolean,
): DailyPostBody {
  const localDate = localDateTime(now, timeZone).date;
  // A preview always says something, so kind 'preview' never yields undefined.
  return (
    buildDailyPost(dataset, localDate, { kind: 'preview', ephemeral }) ?? {
      embeds: [],
      allowed_mentions: { parse: [] },
    }
  );
}
