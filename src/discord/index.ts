// The Discord runtime's public face: start the bot, register commands, build a client.
export { createClient } from './client.js';
export { createDiscordPostSender, startDailyPosts } from './daily-post.js';
export type { DailyPostOptions } from './daily-post.js';
export { assertUniqueNames, createRest, deployCommands, deployFromConfig } from './deploy.js';
export type { DeployResult, DeployTarget } from './deploy.js';
export { lateChannelPoster } from './post.js';
export type { ChannelPoster } from './post.js';
export { planShards } from './shard-plan.js';
export type { ShardPlan } from './shard-plan.js';
export { startDiscordBot, stopWithShardingManager } from './runtime.js';
export type { DiscordBot, DiscordBotOptions, InteractionDispatcher } from './runtime.js';
