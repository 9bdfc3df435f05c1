// Configuration is parsed once, at the edge, from the environment; everything else receives Config.
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const snowflake = z
  .string()
  .trim()
  .regex(/^\d{17,20}$/, 'must be a Discord id (a snowflake of 17 to 20 digits)');

const EnvSchema = z.object({
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText.pipe(snowflake.optional()),
  DISCORD_GUILD_ID: optionalText.pipe(snowflake.optional()),
  DISCORD_API_BASE: optionalText.pipe(
    z.url({ message: 'must be a URL such as http://127.0.0.1:8080/api' }).optional(),
  ),
  DATABASE_PATH: optionalText.default('var/dossier.sqlite'),
  DATA_DIR: optionalText.default('data'),
  LOG_LEVEL: optionalText.pipe(z.enum(['debug', 'info', 'warn', 'error']).optional()).default('info'),
  SHARD_COUNT: optionalText.pipe(
    z
      .union([
        z.literal('auto'),
        z.string().regex(/^\d+$/, 'must be "auto" or a whole number').transform(Number),
      ])
      .pipe(z.union([z.literal('auto'), z.number().int().min(1).max(1000)]))
      .optional(),
  ),
  // 1: reload the dataset when a file under DATA_DIR changes (SIGHUP always reloads it).
  DATA_WATCH: optionalText.pipe(
    z.enum(['0', '1'], { message: 'must be 1 (watch the data directory) or 0' }).optional(),
  ),
  // A testing aid: the process's clock starts at this instant and runs at real speed from there.
  DOSSIER_CLOCK_START: optionalText.pipe(
    z.iso
      .datetime({ offset: true, message: 'must be an ISO instant such as 2026-06-02T08:59:00Z' })
      .transform((value) => Date.parse(value))
      .optional(),
  ),
});

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Config {
  readonly discordToken: string | undefined;
  readonly applicationId: string | undefined;
  readonly guildId: string | undefined;
  readonly apiBase: string | undefined;
  readonly databasePath: string;
  readonly dataDir: string;
  /** DATA_WATCH=1: reload the dataset when its files change. */
  readonly dataWatch: boolean;
  readonly logLevel: LogLevel;
  readonly shardCount: number | 'auto';
  /** DOSSIER_CLOCK_START (epoch ms): where the clock starts; unset outside tests. */
  readonly clockStart: number | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError naming every bad variable (never echoing a secret). */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  const e = result.data;
  return {
    discordToken: e.DISCORD_TOKEN,
    applicationId: e.DISCORD_APPLICATION_ID,
    guildId: e.DISCORD_GUILD_ID,
    apiBase: e.DISCORD_API_BASE,
    databasePath: e.DATABASE_PATH ?? 'var/dossier.sqlite',
    dataDir: e.DATA_DIR ?? 'data',
    dataWatch: e.DATA_WATCH === '1',
    logLevel: e.LOG_LEVEL ?? 'info',
    shardCount: e.SHARD_COUNT ?? 'auto',
    clockStart: e.DOSSIER_CLOCK_START,
  };
}
