// Snowflake ids in Discord's format: milliseconds since the Discord epoch in the top 42 bits.

export const DISCORD_EPOCH = 1_420_070_400_000n;

/** Generates unique, increasing snowflakes from a clock (so ids and timestamps follow the stand-in's clock). */
export class SnowflakeGenerator {
  #last = 0n;

  constructor(private readonly now: () => number) {}

  next(): string {
    const stamp = BigInt(Math.floor(this.now())) - DISCORD_EPOCH;
    let id = (stamp << 22n) | (1n << 17n) | (1n << 12n);
    if (id <= this.#last) id = this.#last + 1n;
    this.#last = id;
    return id.toString();
  }
}

/** The Unix time in milliseconds encoded in a snowflake. */
export function snowflakeTimestamp(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** The shard a guild's events go to: `(guild_id >> 22) % shard_count`. */
export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

let shardSequence = 0n;

/**
 * A fresh snowflake (after `base`, default: a fixed date) whose guild shard is `shardId` of `shardCount`.
 * Use it to give a configured guild a known shard.
 */
export function snowflakeForShard(shardId: number, shardCount: number, base?: string): string {
  if (!Number.isInteger(shardCount) || shardCount < 1) throw new Error(`bad shard count ${shardCount}`);
  if (!Number.isInteger(shardId) || shardId < 0 || shardId >= shardCount) {
    throw new Error(`bad shard id ${shardId} of ${shardCount}`);
  }
  // About 2024-06 by default: old enough never to collide with ids made from the clock.
  const start = base ? BigInt(base) >> 22n : 300_000_000_000n;
  const count = BigInt(shardCount);
  let stamp = start + 1n;
  while (stamp % count !== BigInt(shardId)) stamp += 1n;
  shardSequence = (shardSequence + 1n) & 0xfffn;
  return ((stamp << 22n) | 0x20000n | shardSequence).toString();
}

/** Whether a string looks like a snowflake. */
export function isSnowflake(value: string): boolean {
  return /^\d{15,20}$/.test(value);
}
