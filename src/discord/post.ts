// Posts a message into a channel outside any interaction: the daily post's preview. The context's
// postToChannel is bound late, because the client exists only after start-up; the post goes out
// through the client's REST (its rate-limit buckets), as the HTTP mode's does through its own.
import type { Client } from 'discord.js';
import { UserError } from '../interactions/errors.js';
import type { AppContext } from '../interactions/types.js';
import { restChannelPoster } from '../rest/client.js';

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
      await restChannelPoster(client.rest)(channelId, payload);
    },
    attach: (attached) => {
      client = attached;
    },
  };
}
