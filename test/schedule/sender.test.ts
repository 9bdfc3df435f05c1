import { describe, expect, it } from 'vitest';
import { classifySendFailure, PostSendError, toPostSendError } from '../../src/schedule/sender.js';

describe('toPostSendError', () => {
  it('keeps the status and code of a Discord API error', () => {
    const apiError = Object.assign(new Error('Unknown Channel'), { status: 404, code: 10003 });
    const converted = toPostSendError(apiError);
    expect(converted).toMatchObject({ status: 404, code: 10003, message: 'Unknown Channel' });
    expect(converted.cause).toBe(apiError);
  });

  it('reads a rate-limit error as 429 with its wait', () => {
    const limited = Object.assign(new Error('rate limited'), { retryAfter: 2500, timeToReset: 2500 });
    expect(toPostSendError(limited)).toMatchObject({ status: 429, retryAfterMs: 2500 });
  });

  it('treats anything else as a network failure', () => {
    expect(toPostSendError(new Error('socket hang up')).status).toBeUndefined();
    expect(toPostSendError('boom').message).toBe('boom');
  });
});

describe('classifySendFailure', () => {
  it('disables on 404 and 403, retries 429, 5xx and network errors, gives up on other 4xx', () => {
    expect(classifySendFailure(new PostSendError('x', 404)).action).toBe('disable');
    expect(classifySendFailure(new PostSendError('x', 403)).action).toBe('disable');
    expect(classifySendFailure(new PostSendError('x', 429, { retryAfterMs: 5000 }))).toMatchObject({
      action: 'retry',
      retryAfterMs: 5000,
    });
    expect(classifySendFailure(new PostSendError('x', 502)).action).toBe('retry');
    expect(classifySendFailure(new PostSendError('x', undefined)).action).toBe('retry');
    expect(classifySendFailure(new Error('unexpected')).action).toBe('retry');
    expect(classifySendFailure(new PostSendError('x', 400)).action).toBe('give-up');
  });
});
