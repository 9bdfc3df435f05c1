// The one seam between the scheduler and Discord. The runtime implements it over discord.js; tests
// implement it with fakes that fail, crash or already hold the message.
import type { DailyPostBody } from './post.js';

export interface SendOptions {
  /** Deterministic per server and day; Discord returns the existing message for a repeated nonce. */
  readonly nonce: string;
  readonly enforceNonce: true;
}

export interface RecentPostQuery {
  /** The footer text the day's post carries (dailyPostMarker). */
  readonly footer: string;
  /** The day's nonce (dailyPostNonce). */
  readonly nonce: string;
}

export interface PostSender {
  /** Posts `body` to the channel; resolves with Discord's message id or throws PostSendError. */
  send(channelId: string, body: DailyPostBody, options: SendOptions): Promise<{ messageId: string }>;
  /**
   * Looks through the channel's recent messages (e.g. the last 50) for the bot's own post carrying
   * the query's footer or nonce (see isOwnDailyPost); its id, or undefined if none. Throws
   * PostSendError like send.
   */
  findRecentOwnPost(channelId: string, query: RecentPostQuery): Promise<{ messageId: string } | undefined>;
}

/** A refusal or failure from Discord, with the HTTP status when there was a response. */
export class PostSendError extends Error {
  constructor(
    message: string,
    /** HTTP status; undefined for network failures and timeouts. */
    readonly status: number | undefined,
    options: { readonly retryAfterMs?: number; readonly code?: number; readonly cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'PostSendError';
    this.retryAfterMs = options.retryAfterMs;
    this.code = options.code;
  }
  /** For 429: how long Discord asked us to wait. */
  readonly retryAfterMs: number | undefined;
  /** Discord's JSON error code, e.g. 10003 unknown channel, 50013 missing permissions. */
  readonly code: number | undefined;
}

/**
 * disable: the channel is gone or closed to us (404, 403): posting stops until an admin fixes it.
 * retry: worth trying again later today (429, 5xx, network, anything unexpected).
 * give-up: Discord rejected this post itself (other 4xx): retrying the same body will not help.
 */
export type FailureAction =
  | { readonly action: 'disable'; readonly reason: string }
  | { readonly action: 'retry'; readonly retryAfterMs: number | undefined; readonly reason: string }
  | { readonly action: 'give-up'; readonly reason: string };

export function classifySendFailure(error: unknown): FailureAction {
  if (!(error instanceof PostSendError)) {
    const detail = error instanceof Error ? error.message : String(error);
    return { action: 'retry', retryAfterMs: undefined, reason: `unexpected error: ${detail}` };
  }
  const { status } = error;
  if (status === 404) {
    return {
      action: 'disable',
      reason: 'the channel was deleted or the bot can no longer see it (Discord answered 404)',
    };
  }
  if (status === 403) {
    return {
      action: 'disable',
      reason:
        'the bot is missing permission to post in the channel: it needs View Channel, Send Messages, Embed Links ' +
        'and Read Message History (Discord answered 403)',
    };
  }
  if (status === undefined || status === 429 || status >= 500) {
    return {
      action: 'retry',
      retryAfterMs: status === 429 ? error.retryAfterMs : undefined,
      reason:
        status === undefined
          ? `network error: ${error.message}`
          : `Discord answered ${status}: ${error.message}`,
    };
  }
  return { action: 'give-up', reason: `Discord rejected the post (${status}): ${error.message}` };
}

function numberField(value: object, key: string): number | undefined {
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'number' && Number.isFinite(field) ? field : undefined;
}

/**
 * A PostSendError from whatever the Discord client threw: discord.js's DiscordAPIError and
 * HTTPError carry `status` (and `code`), its RateLimitError carries `retryAfter` in ms; anything
 * else counts as a network failure (no status), which is retried.
 */
export function toPostSendError(error: unknown): PostSendError {
  if (error instanceof PostSendError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof error !== 'object' || error === null)
    return new PostSendError(message, undefined, { cause: error });
  const retryAfterMs = numberField(error, 'retryAfter');
  const status = numberField(error, 'status') ?? (retryAfterMs !== undefined ? 429 : undefined);
  const code = numberField(error, 'code');
  return new PostSendError(message, status, {
    cause: error,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    ...(code !== undefined ? { code } : {}),
  });
}
