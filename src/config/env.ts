// Configuration is parsed once, at the edge, from the environment; everything else receives Config.
import { z } from 'zod';
import { isPostgresUrl } from '../store/location.js';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** An http(s) address without credentials, query or fragment: pages are found below its path. */
function isPublicBaseUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.username === '' &&
    url.password === '' &&
    url.search === '' &&
    url.hash === '' &&
    !value.includes('?') &&
    !value.includes('#')
  );
}

const snowflake = z
  .string()
  .trim()
  .regex(/^\d{17,20}$/, 'must be a Discord id (a snowflake of 17 to 20 digits)');

const EnvSchema = z.object({
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText.pipe(snowflake.optional()),
  DISCORD_GUILD_ID: optionalText.pipe(snowflake.optional()),
  // The application's Ed25519 public key (Developer Portal > General Information): HTTP interactions.
  DISCORD_PUBLIC_KEY: optionalText.pipe(
    z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, "must be the 64 hexadecimal characters of the application's public key")
      .transform((value) => value.toLowerCase())
      .optional(),
  ),
  DISCORD_API_BASE: optionalText.pipe(
    z.url({ message: 'must be a URL such as http://127.0.0.1:8080/api' }).optional(),
  ),
  DATABASE_PATH: optionalText.default('var/dossier.sqlite'),
  // The value is never echoed: it may hold a password.
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .refine(isPostgresUrl, 'must be a PostgreSQL URL: postgres://user:password@host:5432/database')
      .refine(
        (url) => URL.canParse(url),
        'is not a valid URL (percent-encode special characters in the password)',
      )
      .optional(),
  ),
  DATA_DIR: optionalText.default('data'),
  LOG_LEVEL: optionalText.pipe(z.enum(['debug', 'info', 'warn', 'error']).optional()).default('info'),
  // Sharding (npm run start:sharded). discord.js reads SHARD_COUNT itself, so Dossier's is SHARD_TOTAL.
  SHARD_TOTAL: optionalText.pipe(
    z
      .union([
        z.literal('auto'),
        z.string().regex(/^\d+$/, 'must be "auto" or a whole number').transform(Number),
      ])
      .pipe(z.union([z.literal('auto'), z.number().int().min(1).max(100_000)]))
      .optional(),
  ),
  // Checked against the total once it is known (it may come from Discord): see shard-plan.ts.
  SHARD_IDS: optionalText.pipe(
    z
      .string()
      .regex(
        /^\s*\d+(\s*-\s*\d+)?(\s*,\s*\d+(\s*-\s*\d+)?)*\s*$/,
        'must list shard ids and ranges, e.g. 0-3 or 0,2,5',
      )
      .optional(),
  ),
  SHARDS_PER_PROCESS: optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number of shards, at least 1')
      .transform(Number)
      .pipe(z.number().int().min(1, 'must be at least 1').max(1000))
      .optional(),
  ),
  // 1: reload the dataset when a file under DATA_DIR changes (SIGHUP always reloads it).
  DATA_WATCH: optionalText.pipe(
    z.enum(['0', '1'], { message: 'must be 1 (watch the data directory) or 0' }).optional(),
  ),
  // Signs component custom ids; shared by every process serving the same servers (shards).
  COMPONENT_SIGNING_KEY: optionalText.pipe(
    z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)').optional(),
  ),
  // The HTTP server (health, metrics, and in `npm run start:http` the interactions endpoint).
  PORT: optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, 'must be a port number from 0 to 65535')
      .transform(Number)
      .pipe(z.number().int().max(65_535, 'must be a port number from 0 to 65535'))
      .optional(),
  ),
  HOST: optionalText.default('0.0.0.0'),
  // Where people reach the bot's web pages (the read-in-context page); unset, replies link none.
  PUBLIC_URL: optionalText.pipe(
    z
      .string()
      .refine(
        isPublicBaseUrl,
        'must be an http(s) URL with no query or #fragment, e.g. https://dossier.example.org',
      )
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
  ),
  // A testing aid: the process's clock starts at this instant and runs at real speed from there.
  DOSSIER_CLOCK_START: optionalText.pipe(
    z.iso
      .datetime({ offset: true, message: 'must be an ISO instant such as 2026-06-02T08:59:00Z' })
      .transform((value) => Date.parse(value))
      .optional(),
  ),
});

/**
 * Shards per process unless SHARDS_PER_PROCESS says otherwise. Each process holds the whole
 * dataset; Dossier's shards (Guilds intent only) are light, so sixteen share one process well.
 */
export const DEFAULT_SHARDS_PER_PROCESS = 16;

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Config {
  readonly discordToken: string | undefined;
  readonly applicationId: string | undefined;
  readonly guildId: string | undefined;
  readonly apiBase: string | undefined;
  /** DISCORD_PUBLIC_KEY, lower-case hex: verifies the signatures of HTTP interactions. */
  readonly publicKey: string | undefined;
  readonly databasePath: string;
  /** DATABASE_URL: PostgreSQL, shared by every process and host; when unset, SQLite at databasePath. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  /** DATA_WATCH=1: reload the dataset when its files change. */
  readonly dataWatch: boolean;
  readonly logLevel: LogLevel;
  /** SHARD_TOTAL: the bot's shards over every host, or 'auto' (Discord's recommendation). */
  readonly shardTotal: number | 'auto';
  /** SHARD_IDS as written (this host's shards); undefined: all of them. */
  readonly shardIds: string | undefined;
  /** SHARDS_PER_PROCESS: shards run by one process with one loaded dataset. */
  readonly shardsPerProcess: number;
  /** COMPONENT_SIGNING_KEY; unset, each process signs with a key of its own made at start. */
  readonly componentSigningKey: string | undefined;
  /** PORT: where the HTTP server listens; unset, gateway mode serves no HTTP (start:http uses 8080). */
  readonly port: number | undefined;
  /** HOST: the address the HTTP server binds (default 0.0.0.0, every interface). */
  readonly host: string;
  /** PUBLIC_URL without a trailing slash: the base of the bot's web pages, linked from replies. */
  readonly publicUrl: string | undefined;
  /** DOSSIER_CLOCK_START (epoch ms): where the clock starts; unset outside tests. */
  readonly clockStart: number | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export const SIGNING_KEY_REQUIRED =
  'COMPONENT_SIGNING_KEY: is required when several processes serve the same servers (sharded), ' +
  'so that each honours the buttons and menus the others sent; set it to 32 or more random characters';

/** Parses the environment; throws ConfigError naming every bad variable (never echoing a secret). */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  const e = result.data;
  // A shard's buttons must be honoured by the shard started after it (a respawn): one shared key.
  if (env.SHARDING_MANAGER === 'true' && !e.COMPONENT_SIGNING_KEY)
    throw new ConfigError([SIGNING_KEY_REQUIRED]);
  return {
    discordToken: e.DISCORD_TOKEN,
    applicationId: e.DISCORD_APPLICATION_ID,
    guildId: e.DISCORD_GUILD_ID,
    apiBase: e.DISCORD_API_BASE,
    publicKey: e.DISCORD_PUBLIC_KEY,
    databasePath: e.DATABASE_PATH ?? 'var/dossier.sqlite',
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR ?? 'data',
    dataWatch: e.DATA_WATCH === '1',
    logLevel: e.LOG_LEVEL ?? 'info',
    shardTotal: e.SHARD_TOTAL ?? 'auto',
    shardIds: e.SHARD_IDS,
    shardsPerProcess: e.SHARDS_PER_PROCESS ?? DEFAULT_SHARDS_PER_PROCESS,
    componentSigningKey: e.COMPONENT_SIGNING_KEY,
    port: e.PORT,
    host: e.HOST ?? '0.0.0.0',
    publicUrl: e.PUBLIC_URL,
    clockStart: e.DOSSIER_CLOCK_START,
  };
}
