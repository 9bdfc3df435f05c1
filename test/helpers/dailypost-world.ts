// /dailypost as an admin drives it, through the dispatcher with an in-memory store, a settable
// clock and a channel poster that records posts (or fails them on demand).
import { expect } from 'vitest';
import { commands } from '../../commands/index.js';
import { createContext } from '../../src/context.js';
import { Dispatcher } from '../../src/interactions/dispatch.js';
import type { CommandInvocation, Response } from '../../src/interactions/types.js';
import { silentLogger } from '../../src/log.js';
import { EPHEMERAL_FLAG } from '../../src/replies/limits.js';
import type { MessagePayload } from '../../src/replies/payload.js';
import { openStore, type Store } from '../../src/store/store.js';
import { createTestApp, GUILD_ID } from './app.js';
import { expectWithinDiscordLimits } from './limits.js';

export const ADMIN = { id: '400000000000000001', permissions: 0x20n };
export const MEMBER = { id: '400000000000000002', permissions: 0x400n | 0x800n };
export const TEXT_CHANNEL = { id: '500000000000000001', type: 0, guildId: GUILD_ID };

export interface DailyPostWorld {
  readonly store: Store;
  readonly dispatcher: Dispatcher;
  readonly clock: { now: number };
  readonly posted: { channelId: string; payload: MessagePayload }[];
  /** Makes every post into a channel throw `error` (undefined: posts succeed again). */
  failPosts(error: unknown): void;
  /** Runs `/dailypost subcommand` as the admin; the private reply's text (or its embeds as JSON). */
  dailypost(
    subcommand: string,
    options?: CommandInvocation['options'],
    extra?: Partial<CommandInvocation>,
  ): Promise<string>;
  close(): Promise<void>;
}

export async function dailyPostWorld(now: number): Promise<DailyPostWorld> {
  const app = await createTestApp();
  const store = await openStore(':memory:');
  const clock = { now };
  const posted: DailyPostWorld['posted'] = [];
  let failure: unknown;
  const context = createContext(app.context.dataset, {
    now: () => clock.now,
    store,
    postToChannel: async (channelId, payload) => {
      if (failure) throw failure;
      posted.push({ channelId, payload });
    },
  });
  const dispatcher = new Dispatcher(commands, context, silentLogger);
  return {
    store,
    dispatcher,
    clock,
    posted,
    failPosts: (error) => {
      failure = error;
    },
    dailypost: async (subcommand, options = {}, extra = {}) => {
      const response: Response = await dispatcher.command({
        command: 'dailypost',
        subcommand,
        options,
        user: ADMIN,
        guildId: GUILD_ID,
        ...extra,
      });
      expectWithinDiscordLimits(response);
      if (response.type !== 'reply') throw new Error('reply expected');
      expect(response.payload.flags).toBe(EPHEMERAL_FLAG);
      return response.payload.content ?? JSON.stringify(response.payload.embeds);
    },
    close: () => store.close(),
  };
}
