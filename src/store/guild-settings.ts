// Per-server daily-post settings: where, when and in which zone to post, and whether posting is on.
import { placeholders, type ShardFilter, type SqlDriver, type SqlValue } from './sql.js';

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
  get(guildId: string): Promise<GuildSettings | undefined>;
  /**
   * Applies the change in one statement (creating the row with defaults if needed). Turning posting
   * on clears an automatic disable.
   */
  update(guildId: string, patch: GuildSettingsPatch, now: number): Promise<GuildSettings>;
  /** Turns posting off because Discord refused the channel, keeping the reason for the admins. */
  disable(guildId: string, reason: string, now: number): Promise<void>;
  /**
   * Servers with posting on and a channel set, by id; with `shards`, only those the given shards
   * serve ((guild_id >> 22) % total), filtered by the database.
   */
  listEnabled(shards?: ShardFilter): Promise<GuildSettings[]>;
}

/** Patch fields and the columns they write. */
const PATCH_COLUMNS = {
  channelId: 'channel_id',
  postTime: 'post_time',
  timeZone: 'time_zone',
  enabled: 'enabled',
  emptyDayNote: 'empty_day_note',
} as const satisfies Record<keyof GuildSettingsPatch, string>;

const INSERT_COLUMNS =
  'guild_id, channel_id, post_time, time_zone, enabled, empty_day_note, disabled_reason, disabled_at, updated_at';

export function createGuildSettingsStore(db: SqlDriver): GuildSettingsStore {
  const one = async (sql: string, params: SqlValue[]) => {
    const [row] = await db.all<Row>(sql, params);
    return row ? fromRow(row) : undefined;
  };

  return {
    get: (guildId) => one('SELECT * FROM guild_settings WHERE guild_id = ?', [guildId]),

    update: async (guildId, patch, now) => {
      const changes = definedOnly(patch);
      const created = { ...defaultGuildSettings(guildId, now), ...changes };
      // On conflict only the patched columns change, so two admins editing different settings at
      // the same moment both keep their change.
      const assignments = Object.keys(changes).map(
        (key) =>
          `${PATCH_COLUMNS[key as keyof GuildSettingsPatch]} = excluded.${PATCH_COLUMNS[key as keyof GuildSettingsPatch]}`,
      );
      if (changes.enabled === true) assignments.push('disabled_reason = NULL', 'disabled_at = NULL');
      assignments.push('updated_at = excluded.updated_at');
      const row = await one(
        `INSERT INTO guild_settings (${INSERT_COLUMNS}) VALUES (${placeholders(9)})
         ON CONFLICT (guild_id) DO UPDATE SET ${assignments.join(', ')}
         RETURNING *`,
        [
          guildId,
          created.channelId,
          created.postTime,
          created.timeZone,
          created.enabled ? 1 : 0,
          created.emptyDayNote ? 1 : 0,
          null,
          null,
          now,
        ],
      );
      return row ?? created;
    },

    disable: async (guildId, reason, now) => {
      await db.run(
        `UPDATE guild_settings SET enabled = 0, disabled_reason = ?, disabled_at = ?, updated_at = ?
         WHERE guild_id = ?`,
        [reason, now, now, guildId],
      );
    },

    listEnabled: async (shards) => {
      const where = ['enabled = 1', 'channel_id IS NOT NULL'];
      const params: SqlValue[] = [];
      if (shards) {
        if (shards.ids.length === 0) return [];
        where.push(`${db.shardOf('guild_id')} IN (${placeholders(shards.ids.length)})`);
        params.push(shards.total, ...shards.ids);
      }
      const rows = await db.all<Row>(
        `SELECT * FROM guild_settings WHERE ${where.join(' AND ')} ORDER BY guild_id`,
        params,
      );
      return rows.map(fromRow);
    },
  };
}

function definedOnly(patch: GuildSettingsPatch): GuildSettingsPatch {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}
