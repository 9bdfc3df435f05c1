// The admin command's logic, as plain functions: parse the time, check the channel and the
// caller's permission, and render the current settings. commands/dailypost.ts is glue over these.
import { truncate } from '../replies/limits.js';
import { addDays, pad } from '../util/calendar.js';
import { defaultGuildSettings, type GuildSettings } from '../store/guild-settings.js';
import type { LedgerEntry } from '../store/post-ledger.js';
import type { Store } from '../store/store.js';
import { NEXT_POST_HORIZON_DAYS, nextPost, type NextPost } from './due.js';
import { formatMonthDay } from './post.js';
import type { Parsed } from './time-zones.js';
import { formatOffset, localDateTime, zoneOffsetMinutes } from './zoned-time.js';

export type { Parsed } from './time-zones.js';

const TIME = /^(\d{1,2}):(\d{2})$/;
const TWELVE_HOUR = /^(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s*m\.?$/i;

/**
 * A post time as HH:MM on the 24-hour clock. "9:05" is accepted as 09:05 (unambiguous); "9am",
 * "25:00", "12:60" and "0900" are refused with a message saying what to type instead.
 */
export function parsePostTime(input: string): Parsed<string> {
  const text = input.trim();
  const match = TIME.exec(text);
  if (match) {
    const hours = Number(match[1]);
    const minutes = Number(match[2]);
    if (hours > 23) {
      return {
        ok: false,
        message: `“${text}” is not a time of day: hours go from 00 to 23 (midnight is 00:00).`,
      };
    }
    if (minutes > 59)
      return {
        ok: false,
        message: `“${text}” is not a time of day: minutes go from 00 to 59.`,
      };
    return { ok: true, value: `${pad(hours)}:${pad(minutes)}` };
  }
  const twelve = TWELVE_HOUR.exec(text);
  if (twelve) {
    const hours = Number(twelve[1]);
    const minutes = Number(twelve[2] ?? '0');
    if (hours >= 1 && hours <= 12 && minutes <= 59) {
      const h24 = (hours % 12) + (twelve[3]?.toLowerCase() === 'p' ? 12 : 0);
      return {
        ok: false,
        message: `Use the 24-hour clock as HH:MM: for “${text}” type ${pad(h24)}:${pad(minutes)}.`,
      };
    }
  }
  return {
    ok: false,
    message: `“${truncate(text, 40)}” is not a time: use the 24-hour clock as HH:MM, e.g. 09:00 or 17:30.`,
  };
}

/** Discord channel types the post may go to: a text channel or an announcement channel. */
export const POSTABLE_CHANNEL_TYPES: ReadonlySet<number> = new Set([
  0 /* GuildText */, 5 /* GuildAnnouncement */,
]);

export interface ChannelCandidate {
  readonly id: string;
  /** The guild the channel belongs to (null for DMs). */
  readonly guildId: string | null;
  /** Discord's channel type number. */
  readonly type: number;
}

/** The channel is in the server being configured and is a text or announcement channel. */
export function validatePostChannel(guildId: string, channel: ChannelCandidate): Parsed<string> {
  if (channel.guildId !== guildId) {
    return { ok: false, message: 'That channel is not in this server. Choose a channel of this server.' };
  }
  if (!POSTABLE_CHANNEL_TYPES.has(channel.type)) {
    return {
      ok: false,
      message:
        'Choose a text or announcement channel: the daily post cannot go to a voice channel, forum, thread or category.',
    };
  }
  return { ok: true, value: channel.id };
}

const ADMINISTRATOR = 1n << 3n;
const MANAGE_GUILD = 1n << 5n;

/** The caller may configure the post: Manage Server (or Administrator). `permissions` as Discord sends it. */
export function canManageGuild(permissions: bigint | string | null | undefined): boolean {
  if (permissions === null || permissions === undefined) return false;
  let bits: bigint;
  try {
    bits = typeof permissions === 'bigint' ? permissions : BigInt(permissions);
  } catch {
    return false;
  }
  return (bits & (ADMINISTRATOR | MANAGE_GUILD)) !== 0n;
}

export const NOT_ALLOWED_MESSAGE =
  'Only members with the Manage Server permission can change the daily post.';

/** Posting can be turned on only once a channel is chosen. */
export function checkCanEnable(settings: GuildSettings): Parsed<true> {
  return settings.channelId === null
    ? { ok: false, message: 'Choose a channel for the daily post first, then turn it on.' }
    : { ok: true, value: true };
}

export interface SettingsViewInput {
  readonly settings: GuildSettings;
  readonly now: number;
  /** The latest ledger row, if any. */
  readonly latest?: LedgerEntry;
  /** The next post, when posting is on. */
  readonly next?: NextPost;
}

function localStamp(instant: number, zone: string): string {
  const local = localDateTime(instant, zone);
  return `${local.date} ${local.time}`;
}

/** The latest ledger row as a line: "Last post" only when something was posted that day. */
function describeLatest(entry: LedgerEntry): string {
  const day = `${formatMonthDay(entry.localDate)}, ${entry.localDate.slice(0, 4)}`;
  switch (entry.status) {
    case 'sent':
      return `Last post: ${day}: posted in <#${entry.channelId}>`;
    case 'empty':
      return `Latest day: ${day}: nothing in the dossier for that day, so nothing was posted`;
    case 'failed':
      return `Latest day: ${day}: not posted (${entry.lastError ?? 'unknown error'})`;
    case 'claimed':
      return entry.lastError
        ? `Latest day: ${day}: not posted yet, retrying after attempt ${entry.attempts} (${entry.lastError})`
        : `Latest day: ${day}: posting now`;
  }
}

/** The settings as the admin sees them, in Discord markdown. */
export function formatSettingsView({ settings, now, latest, next }: SettingsViewInput): string {
  const zone = settings.timeZone;
  const local = localDateTime(now, zone);
  const lines = ['**Daily “on this day” post**'];
  lines.push(`Posting: ${settings.enabled ? '**on**' : '**off**'}`);
  lines.push(`Channel: ${settings.channelId ? `<#${settings.channelId}>` : 'not chosen yet'}`);
  lines.push(
    `Time: ${settings.postTime} ${zone} (${formatOffset(zoneOffsetMinutes(now, zone))}; it is ${local.time} there now)`,
  );
  lines.push(
    `Days with no entries: ${settings.emptyDayNote ? 'post a short “nothing today” note' : 'post nothing'}`,
  );
  if (latest) lines.push(describeLatest(latest));
  if (settings.enabled && !next) {
    lines.push(
      'Next post: none planned: no day in the coming year has entries, and the empty-day note is off',
    );
  } else if (settings.enabled && next) {
    const when =
      next.at <= now
        ? 'within a minute'
        : `${localStamp(next.at, zone)} ${zone} (<t:${Math.floor(next.at / 1000)}:R>)`;
    lines.push(`Next post: ${formatMonthDay(next.localDate)} entries, ${when}`);
  }
  if (!settings.enabled && settings.disabledReason) {
    const at = settings.disabledAt === null ? '' : ` on ${localStamp(settings.disabledAt, zone)} ${zone}`;
    lines.push(
      '',
      `⚠️ Posting was turned off automatically${at} because ${settings.disabledReason}. ` +
        'Fix the channel or the bot’s permissions (or choose another channel), then turn posting on again.',
    );
  } else if (!settings.enabled && settings.channelId === null) {
    lines.push('', 'Choose a channel, a time and a time zone, then turn posting on.');
  }
  return lines.join('\n');
}

/** Gathers what the settings view shows for `guildId` from the store. */
export async function describeGuildSettings(
  store: Pick<Store, 'settings' | 'ledger'>,
  guildId: string,
  now: number,
  /** Whether a local date has entries to post (days without them post only the empty-day note). */
  hasEntries: (localDate: string) => boolean = () => true,
): Promise<string> {
  const settings = (await store.settings.get(guildId)) ?? defaultGuildSettings(guildId, now);
  const latest = await store.ledger.latest(guildId);
  // nextPost asks about at most NEXT_POST_HORIZON_DAYS days' ledger rows: read them first.
  const today = localDateTime(now, settings.timeZone).date;
  const days = Array.from({ length: NEXT_POST_HORIZON_DAYS }, (_, offset) => addDays(today, offset));
  const entries = new Map(
    await Promise.all(days.map(async (day) => [day, await store.ledger.get(guildId, day)] as const)),
  );
  const next = settings.enabled
    ? nextPost(
        settings,
        now,
        (localDate) => {
          if (latest && latest.localDate > localDate) return true;
          const entry = entries.get(localDate);
          // An empty day is open again once it has something to post (wouldPost decides).
          return entry?.status === 'sent' || entry?.status === 'failed';
        },
        (localDate) => settings.emptyDayNote || hasEntries(localDate),
      )
    : undefined;
  return formatSettingsView({ settings, now, ...(latest ? { latest } : {}), ...(next ? { next } : {}) });
}
