// Discord's REST API without the gateway client: @discordjs/rest (the REST layer discord.js itself
// uses, with its rate-limit handling) without loading discord.js. The HTTP mode talks to Discord
// only through this.
import { REST } from '@discordjs/rest';
import { MessageFlags, Routes, type APIUser } from 'discord-api-types/v10';
import type { Config } from '../config/env.js';
import type { AppContext } from '../interactions/types.js';
import type { MessagePayload } from '../replies/payload.js';

/** A REST client for the configured API base (Discord's own unless DISCORD_API_BASE is set). */
export function createDiscordRest(config: Pick<Config, 'apiBase'>, token: string): REST {
  return new REST(config.apiBase ? { api: config.apiBase } : {}).setToken(token);
}

/** The bot's own user (GET /users/@me): proves the token and names the author of the bot's posts. */
export async function fetchBotUser(rest: Pick<REST, 'get'>): Promise<APIUser> {
  return (await rest.get(Routes.user('@me'))) as APIUser;
}

/**
 * A message's JSON body from a payload: text, embeds, components, mentions, and of its flags only
 * those the message kind allows (`allowedFlags`: ephemeral for interaction replies, suppressed
 * embeds for channel messages).
 */
export function messageBody(payload: MessagePayload, allowedFlags: number): Record<string, unknown> {
  const flags = (payload.flags ?? 0) & allowedFlags;
  return {
    ...(payload.content !== undefined ? { content: payload.content } : {}),
    ...(payload.embeds ? { embeds: payload.embeds } : {}),
    ...(payload.components ? { components: payload.components } : {}),
    ...(flags ? { flags } : {}),
    allowed_mentions: { parse: [...payload.allowed_mentions.parse] },
  };
}

/** The context's postToChannel over REST (the daily post's "preview in the channel"). */
export function restChannelPoster(rest: Pick<REST, 'post'>): NonNullable<AppContext['postToChannel']> {
  return async (channelId, payload) => {
    // Never ephemeral: a channel message keeps only its suppressed-embeds flag.
    await rest.post(Routes.channelMessages(channelId), {
      body: messageBody(payload, MessageFlags.SuppressEmbeds),
    });
  };
}
