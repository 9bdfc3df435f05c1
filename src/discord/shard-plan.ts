// How many shards to run and how fast to start them, asked of the configured API base: discord.js's
// own 'auto' shard count fetches discord.com directly, ignoring DISCORD_API_BASE.
import { Routes, type RESTGetAPIGatewayBotResult } from 'discord.js';
import type { Config } from '../config/env.js';
import { createRest } from './deploy.js';

/** Discord lets `max_concurrency` shards identify per 5 seconds. */
const IDENTIFY_WINDOW_MS = 5_000;

export interface ShardPlan {
  readonly count: number;
  readonly source: 'SHARD_COUNT' | 'gateway';
  /** Between one shard becoming ready and the next starting. */
  readonly delayMs: number;
}

/**
 * The shard count (SHARD_COUNT, or Discord's recommendation) and the pause between spawns, from
 * GET /gateway/bot on the configured API base. discord.js's own 'auto' asks discord.com directly,
 * ignoring DISCORD_API_BASE, so it is never used.
 */
export async function planShards(
  config: Pick<Config, 'apiBase' | 'shardCount'>,
  token: string,
): Promise<ShardPlan> {
  const gateway = (await createRest(config, token).get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  const concurrency = Math.max(1, gateway.session_start_limit.max_concurrency);
  const delayMs = Math.ceil(IDENTIFY_WINDOW_MS / concurrency);
  return config.shardCount === 'auto'
    ? { count: gateway.shards, source: 'gateway', delayMs }
    : { count: config.shardCount, source: 'SHARD_COUNT', delayMs };
}
