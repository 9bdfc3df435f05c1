// Per-server daily-post settings: where, when and in which zone to post, and whether posting is on.
import type Database from 'better-sqlite3';

export const DEFAULT_POST_TIME = '09:00';
export const DEFAULT_TIME_ZONE = 'UTC';

export interface GuildSettings {
  readonly guildId: string;
  readonly channelId: string | null;
  /** HH:MM, 24-hour, on the server's wall clock. */
  readonly postTime: string;
  /** IANA zone name, e.g. Europe/Berlin. */
  readonly timeZone: string;
  readonly enabled: boolean;
  /** Post a short "nothing today" note on days without entries (off by default: post nothing). */
  readonly emptyDayNote: boolean;
  /** Why posting was turned off automatically (deleted channel, missing permission), if it was. */
  readonly disabledReason: string | null;
  /** When it was turned off automatically, epoch ms. */
  readonly disabledAt: number | null;
  readonly updatedAt: number;
}

export type GuildSettingsPatch = Partial<
  Pick<GuildSettings, 'channelId' | 'postTime' | 'timeZone' | 'enabled' | 'emptyDayNote'>
>;

interface Row {
  guild_id: string;
  channel_id: string | null;
  post_time: string;
  time_zone: string;
  enabled: number;
  empty_day_note: number;
  disabled_reason: string | null;
  disabled_at: number | null;
  updated_at: number;
}

function fromRow(row: Row): GuildSettings {
  return {
    guildId: row.guild_id,
    channelId: row.channel_id,
    postTime: row.post_time,
    timeZone: row.time_zone,
    enabled: row.enabled === 1,
    emptyDayNote: row.empty_day_note === 1,
    disabledReason: row.disabled_reason,
    disabledAt: row.disabled_at,
    updatedAt: row.updated_at,
  };
}

/** A server that has never configured anything. */
export function defaultGuildSettings(guildId: string, now: number): GuildSettings {
  return {
    guildId,
    channelId: null,
    postTime: DEFAULT_POST_TIME,
    timeZone: DEFAULT_TIME_ZONE,
    enabled: false,
    emptyDayNote: false,
    disabledReason: null,
    disabledAt: null,
    updatedAt: now,
  };
}

export interface GuildSettingsStore {
  get(guildId: string): GuildSettings | undefined;
  /** Applies the change (creating the row with defaults if needed). Turning posting on clears an automatic disable. */
  update(guildId: string, patch: GuildSettingsPatch, now: number): GuildSettings;
  /** Turns posting off because Discord refused the channel, keeping the reason for the admins. */
  disable(guildId: string, reason: string, now: number): void;
  /** Servers with posting on and a channel set. */
  listEnabled(): GuildSettings[];
}

export function createGuildSettingsStore(db: Database.Database): GuildSettingsStore {
  const select = db.prepare<[string], Row>('SELECT * FROM guild_settings WHERE guild_id = ?');
  const upsert = db.prepare(`
    INSERT INTO guild_settings
      (guild_id, channel_id, post_time, time_zone, enabled, empty_day_note, disabled_reason, disabled_at, updated_at)
    VALUES
      (@guildId, @channelId, @postTime, @timeZone, @enabled, @emptyDayNote, @disabledReason, @disabledAt, @updatedAt)
    ON CONFLICT (guild_id) DO UPDATE SET
      channel_id = excluded.channel_id, post_time = excluded.post_time, time_zone = excluded.time_zone,
      enabled = excluded.enabled, empty_day_note = excluded.empty_day_note,
      disabled_reason = excluded.disabled_reason, disabled_at = excluded.disabled_at,
      updated_at = excluded.updated_at`);
  const disableStatement = db.prepare(`
    UPDATE guild_settings SET enabled = 0, disabled_reason = ?, disabled_at = ?, updated_at = ?
    WHERE guild_id = ?`);
  const selectEnabled = db.prepare<[], Row>(
    'SELECT * FROM guild_settings WHERE enabled = 1 AND channel_id IS NOT NULL ORDER BY guild_id',
  );

  const get = (guildId: string) => {
    const row = select.get(guildId);
    return row ? fromRow(row) : undefined;
  };

  const update = db.transaction((guildId: string, patch: GuildSettingsPatch, now: number) => {
    const current = get(guildId) ?? defaultGuildSettings(guildId, now);
    const next: GuildSettings = { ...current, ...definedOnly(patch), updatedAt: now };
    const reenabled = patch.enabled === true;
    const row = {
      ...next,
      enabled: next.enabled ? 1 : 0,
      emptyDayNote: next.emptyDayNote ? 1 : 0,
      disabledReason: reenabled ? null : next.disabledReason,
      disabledAt: reenabled ? null : next.disabledAt,
    };
    upsert.run(row);
    return get(guildId) ?? next;
  });

  return {
    get,
    update: (guildId, patch, now) => update.immediate(guildId, patch, now),
    disable: (guildId, reason, now) => {
      db.transaction(() => disableStatement.run(reason, now, now, guildId)).immediate();
    },
    listEnabled: () => selectEnabled.all().map(fromRow),
  };
}

function definedOnly(patch: GuildSettingsPatch): GuildSettingsPatch {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}
