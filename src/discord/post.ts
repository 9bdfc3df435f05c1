// Posts a message into a channel outside any interaction: the daily post and its preview. The
// context's postToChannel is bound late, because the client exists only after start-up.
import { MessageFlags, type Client, type Message, type MessageCreateOptions } from 'discord.js';
import { UserError } from '../interactions/errors.js';
import type { AppContext } from '../interactions/types.js';
import type { MessagePayload } from '../replies/payload.js';

/** A channel message with the payload's text, embeds, components and mentions (never ephemeral). */
export function channelMessageOptions(payload: MessagePayload): MessageCreateOptions {
  const flags = (payload.flags ?? 0) & MessageFlags.SuppressEmbeds;
  return {
    ...(payload.content !== undefined ? { content: payload.content } : {}),
    ...(payload.embeds ? { embeds: payload.embeds } : {}),
    ...(payload.components ? { components: payload.components } : {}),
    ...(flags ? { flags } : {}),
    allowedMentions: { parse: [...payload.allowed_mentions.parse] },
  };
}

/** Sends `payload` to a channel; discord.js errors (DiscordAPIError with status and code) pass through. */
export async function sendToChannel(
  client: Client,
  channelId: string,
  payload: MessagePayload,
  extra: Pick<MessageCreateOptions, 'nonce' | 'enforceNonce'> = {},
): Promise<Message> {
  const channel = await client.channels.fetch(channelId);
  if (!channel?.isSendable()) throw new Error(`channel ${channelId} does not take messages`);
  return channel.send({ ...channelMessageOptions(payload), ...extra });
}

export interface ChannelPoster {
  /** For createContext/boot: posts through the attached client. */
  readonly postToChannel: NonNullable<AppContext['postToChannel']>;
  attach(client: Client): void;
}

/** A postToChannel for the context, working once the bot's client is attached. */
export function lateChannelPoster(): ChannelPoster {
  let client: Client | undefined;
  return {
    postToChannel: async (channelId, payload) => {
      if (!client?.isReady()) {
        throw new UserError('Posting into a channel needs the bot connected to Discord.');
      }
      await sendToChannel(client, channelId, payload);
    },
    attach: (attached) => {
      client = attached;
    },
  };
}
