// Hand-written fakes for the scheduler tests: a clock that only moves when told, and a Discord
// channel stand-in that keeps posted messages, deduplicates nonces like Discord, and fails on cue.
import { isOwnDailyPost } from '../../src/schedule/post-identity.js';
import type { DailyPostBody } from '../../src/schedule/post.js';
import {
  PostSendError,
  type PostSender,
  type RecentPostQuery,
  type SendOptions,
} from '../../src/schedule/sender.js';

export const BOT_ID = 'bot-user';
/** Discord returns the existing message for a repeated nonce within "a few minutes". */
export const NONCE_WINDOW_MS = 5 * 60_000;

export class FakeClock {
  constructor(public now: number) {}
  readonly read = () => this.now;
  set(iso: string): void {
    this.now = Date.parse(iso);
  }
  advance(ms: number): void {
    this.now += ms;
  }
}

export interface FakeMessage {
  readonly id: string;
  readonly channelId: string;
  readonly body: DailyPostBody;
  readonly nonce: string;
  readonly at: number;
}

export class FakeSender implements PostSender {
  readonly messages: FakeMessage[] = [];
  readonly sendCalls: { channelId: string; nonce: string; at: number }[] = [];
  readonly lookups: { channelId: string; query: RecentPostQuery }[] = [];
  /** Errors thrown by the next sends to a channel, in order. */
  readonly failures = new Map<string, PostSendError[]>();
  /** Channels whose every send fails with this error. */
  readonly broken = new Map<string, PostSendError>();
  /** When false, findRecentOwnPost sees nothing (the post scrolled out of recent history). */
  historyVisible = true;
  /** Sends that never resolve: the process "crashes" while waiting. */
  hang = false;
  private nextId = 1;

  constructor(private readonly clock: FakeClock) {}

  failNext(channelId: string, ...errors: PostSendError[]): void {
    this.failures.set(channelId, [...(this.failures.get(channelId) ?? []), ...errors]);
  }

  /** Puts a message in the channel as if an earlier process had sent it. */
  deliver(channelId: string, body: DailyPostBody, nonce: string): FakeMessage {
    const message = { id: `m${this.nextId++}`, channelId, body, nonce, at: this.clock.now };
    this.messages.push(message);
    return message;
  }

  postsIn(channelId: string): FakeMessage[] {
    return this.messages.filter((m) => m.channelId === channelId);
  }

  async send(channelId: string, body: DailyPostBody, options: SendOptions): Promise<{ messageId: string }> {
    this.sendCalls.push({ channelId, nonce: options.nonce, at: this.clock.now });
    if (this.hang) return new Promise(() => undefined);
    const broken = this.broken.get(channelId);
    if (broken) throw broken;
    const queued = this.failures.get(channelId);
    const failure = queued?.shift();
    if (failure) throw failure;
    const duplicate = this.messages.find(
      (m) =>
        m.channelId === channelId && m.nonce === options.nonce && this.clock.now - m.at < NONCE_WINDOW_MS,
    );
    if (duplicate && options.enforceNonce) return { messageId: duplicate.id };
    return { messageId: this.deliver(channelId, body, options.nonce).id };
  }

  async findRecentOwnPost(
    channelId: string,
    query: RecentPostQuery,
  ): Promise<{ messageId: string } | undefined> {
    this.lookups.push({ channelId, query });
    const broken = this.broken.get(channelId);
    if (broken) throw broken;
    if (!this.historyVisible) return undefined;
    const found = this.postsIn(channelId).find((m) =>
      isOwnDailyPost(
        { id: m.id, authorId: BOT_ID, embeds: m.body.embeds.map((e) => ({ footer: e.footer ?? null })) },
        BOT_ID,
        query,
      ),
    );
    return found ? { messageId: found.id } : undefined;
  }
}

export const notFound = () => new PostSendError('Unknown Channel', 404, { code: 10003 });
export const forbidden = () => new PostSendError('Missing Permissions', 403, { code: 50013 });
export const rateLimited = (retryAfterMs: number) =>
  new PostSendError('You are being rate limited', 429, { retryAfterMs });
export const serverError = (status = 503) => new PostSendError('Service Unavailable', status);
