// The scheduler's PostSender over Discord's REST API (an @discordjs/rest REST): the gateway bot
// passes its client's REST (sharing its rate-limit buckets), the HTTP mode its own. discord.js's
// REST waits out short 429s and retries 5xx a few times; what still fails reaches the ticker as a
// PostSendError (403/404 turn posting off, the rest is retried later).
import type { REST } from '@discordjs/rest';
import { Routes, type APIMessage } from 'discord-api-types/v10';
import { isOwnDailyPost } from '../schedule/post-identity.js';
import { PostSendError, toPostSendError, type PostSender } from '../schedule/sender.js';

/** How many of a channel's latest messages a retry looks through for the day's post. */
export const RECENT_MESSAGES_CHECKED = 50;

export function createRestPostSender(
  rest: Pick<REST, 'get' | 'post'>,
  /** The bot's own user id (its posts are recognised by it), once known. */
  botUserId: () => string | undefined,
): PostSender {
  return {
    send: async (channelId, body, { nonce, enforceNonce }) => {
      try {
        const message = (await rest.post(Routes.channelMessages(channelId), {
          body: { ...body, nonce, enforce_nonce: enforceNonce },
        })) as APIMessage;
        return { messageId: message.id };
      } catch (error) {
        throw toPostSendError(error);
      }
    },
    findRecentOwnPost: async (channelId, query) => {
      const ownId = botUserId();
      if (!ownId) throw new PostSendError('the bot user is not known yet', undefined);
      let messages: APIMessage[];
      try {
        messages = (await rest.get(Routes.channelMessages(channelId), {
          query: new URLSearchParams({ limit: String(RECENT_MESSAGES_CHECKED) }),
        })) as APIMessage[];
      } catch (error) {
        throw toPostSendError(error);
      }
      const own = messages.find((message) =>
        isOwnDailyPost(
          { id: message.id, authorId: message.author.id, nonce: message.nonce, embeds: message.embeds },
          ownId,
          query,
        ),
      );
      return own ? { messageId: own.id } : undefined;
    },
  };
}
