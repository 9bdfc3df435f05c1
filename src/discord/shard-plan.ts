// Which shards this host runs, out of how many, grouped into processes, and how fast they may
// identify: SHARD_TOTAL (or Discord's recommendation, asked of the configured API base: discord.js's
// own 'auto' fetches discord.com directly, ignoring DISCORD_API_BASE), SHARD_IDS, SHARDS_PER_PROCESS.
// The manager asks with plain fetch: loading discord.js's REST client for this one request would
// cost the manager process some 30 MB for its whole life.
import { Routes, type RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';
import type { Config } from '../config/env.js';

const DISCORD_API = 'https://discord.com/api';
const GATEWAY_REQUEST_TIMEOUT_MS = 15_000;

/** Discord lets `max_concurrency` shards identify per 5 seconds. */
const IDENTIFY_WINDOW_MS = 5_000;

export interface ShardPlan {
  /** Shards of the whole bot, over every host. */
  readonly total: number;
  readonly source: 'SHARD_TOTAL' | 'gateway';
  /** This host's shards, ascending. */
  readonly ids: readonly number[];
  /** The shards of each process this host runs: one loaded dataset per group. */
  readonly groups: readonly (readonly number[])[];
  /** Between one identify and the next that Discord allows (5 s / max_concurrency). */
  readonly identifyIntervalMs: number;
}

/** A bad SHARD_IDS, SHARD_TOTAL or SHARDS_PER_PROCESS, with a message naming it. */
export class ShardPlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShardPlanError';
  }
}

/**
 * SHARD_IDS as shard ids: `0-3`, `0,2,5`, `0-3,8-11`. Every id must be in 0..total-1 and appear
 * once: overlapping ranges are refused rather than silently merged, since they usually mean a
 * typo in a split between hosts.
 */
export function parseShardIds(text: string, total: number): number[] {
  const ids: number[] = [];
  const seen = new Set<number>();
  for (const raw of text.split(',')) {
    const part = raw.trim();
    const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    if (!match) {
      throw new ShardPlanError(
        `SHARD_IDS: "${part}" is not a shard id or range; write ids and ranges such as 0-3 or 0,2,5`,
      );
    }
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (to < from)
      throw new ShardPlanError(`SHARD_IDS: the range ${part} runs backwards; write ${to}-${from}`);
    if (to >= total) {
      throw new ShardPlanError(
        `SHARD_IDS: shard ${to} does not exist: with SHARD_TOTAL ${total} the shards are 0-${total - 1}`,
      );
    }
    for (let id = from; id <= to; id += 1) {
      if (seen.has(id)) throw new ShardPlanError(`SHARD_IDS: shard ${id} is listed twice (ranges overlap)`);
      seen.add(id);
      ids.push(id);
    }
  }
  return ids.sort((a, b) => a - b);
}

/** Consecutive runs of `size` ids: the shards each process runs. */
export function groupShards(ids: readonly number[], size: number): number[][] {
  const groups: number[][] = [];
  for (let i = 0; i < ids.length; i += size) groups.push(ids.slice(i, i + size));
  return groups;
}

export async function planShards(
  config: Pick<Config, 'apiBase' | 'shardTotal' | 'shardIds' | 'shardsPerProcess'>,
  token: string,
): Promise<ShardPlan> {
  const gateway = await fetchGatewayBot(config.apiBase, token);
  const concurrency = Math.max(1, gateway.session_start_limit.max_concurrency);
  const total = config.shardTotal === 'auto' ? gateway.shards : config.shardTotal;
  const ids = config.shardIds
    ? parseShardIds(config.shardIds, total)
    : Array.from({ length: total }, (_, i) => i);
  return {
    total,
    source: config.shardTotal === 'auto' ? 'gateway' : 'SHARD_TOTAL',
    ids,
    groups: groupShards(ids, config.shardsPerProcess),
    identifyIntervalMs: Math.ceil(IDENTIFY_WINDOW_MS / concurrency),
  };
}

/** GET /gateway/bot: the recommended shard count and how many shards may identify at once. */
async function fetchGatewayBot(
  apiBase: string | undefined,
  token: string,
): Promise<RESTGetAPIGatewayBotResult> {
  const where = apiBase ?? 'Discord';
  const fail = (why: string) =>
    new ShardPlanError(`could not ask ${where} for the gateway (GET /gateway/bot): ${why}`);
  let response: Response;
  try {
    response = await fetch(`${(apiBase ?? DISCORD_API).replace(/\/+$/, '')}/v10${Routes.gatewayBot()}`, {
      headers: { Authorization: `Bot ${token}` },
      signal: AbortSignal.timeout(GATEWAY_REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    throw fail(error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    throw fail(
      response.status === 401
        ? 'the token was refused (401)'
        : `it answered ${response.status} ${response.statusText}`,
    );
  }
  const body = (await response.json().catch(() => undefined)) as
    Partial<RESTGetAPIGatewayBotResult> | undefined;
  if (!Number.isInteger(body?.shards) || !Number.isInteger(body?.session_start_limit?.max_concurrency))
    throw fail('the answer is not a gateway description');
  return body as RESTGetAPIGatewayBotResult;
}
