// The bot under stress: bad payloads, unsupported interactions, a dropped gateway connection, REST
// faults, slow answers that must be deferred, and errors that escape the dispatcher.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionDispatcher } from '../../src/discord/runtime.js';
import { encodeSelectValue } from '../../src/replies/custom-id.js';
import { EPHEMERAL_FLAG } from '../../src/replies/limits.js';
import type { InteractionHandle } from '../standin/index.js';
import { CALLBACK, answer, bodyOf, componentsOf, embedOf, startHarness, type Harness } from './harness.js';

const ephemeral = (body: Record<string, unknown>) => ((Number(body.flags) || 0) & EPHEMERAL_FLAG) !== 0;

describe('bad payloads and unsupported interactions', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  const cases: [string, Parameters<Harness['discord']['chatInput']>[0], RegExp][] = [
    [
      'an unknown command',
      { name: 'nonexistent', options: { query: 'x' } },
      /Unknown command `\/nonexistent`/,
    ],
    ['a missing required option', { name: 'event', options: [] }, /needs the option `query`/],
    ['a 5,000-character option', { name: 'event', options: { query: 'x'.repeat(5000) } }, /too long \(5000/],
    [
      'a number for a text option',
      { name: 'event', options: [{ name: 'query', type: 3, value: 42 }] },
      /`query` must be text/,
    ],
    [
      'text for a boolean option',
      {
        name: 'event',
        options: [
          { name: 'query', type: 3, value: 'karimov' },
          { name: 'private', type: 5, value: 'yes' },
        ],
      },
      /`private` must be true or false/,
    ],
    [
      'an unknown option',
      { name: 'actor', options: [{ name: 'bogus', type: 3, value: 'x' }] },
      /has no option `bogus`/,
    ],
  ];

  for (const [what, spec, expected] of cases) {
    it(`answers ${what} with a private explanation`, async () => {
      const body = await answer(h.discord.chatInput(spec));
      expect(ephemeral(body)).toBe(true);
      expect(body.content).toMatch(expected);
    });
  }

  it('answers a forged component id and an unsupported interaction, and logs them', async () => {
    const forged = await answer(h.discord.button({ customId: 'not:ours' }));
    expect(forged.content).toMatch(/no longer supported/);
    const modal = h.discord.modalSubmit({ customId: 'feedback', fields: { why: 'x' } });
    const body = await answer(modal);
    expect(ephemeral(body)).toBe(true);
    expect(body.content).toMatch(/does not handle this kind of interaction/);
    expect(await h.logLineOf(modal.id)).toMatchObject({
      level: 'warn',
      kind: 'unsupported',
      outcome: 'unsupported',
    });
    const user = h.discord.userCommand({ name: 'Profile', target: 'bob' });
    expect((await answer(user)).content).toMatch(/does not handle/);
  });

  it('keeps answering afterwards, with no error logged', async () => {
    const body = await answer(h.discord.chatInput({ name: 'about' }));
    expect(embedOf(body)?.title).toBe('About Dossier');
    expect(h.logs().filter((l) => l.level === 'error')).toEqual([]);
    expect(h.discord.unknownRequests).toEqual([]);
  });
});

describe('connection and REST faults', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('answers after a dropped gateway connection is resumed, including what came meanwhile', async () => {
    const resumed = h.discord.waitFor('resume', { timeoutMs: 5000 });
    expect(h.discord.dropConnection({ code: 4000 })).toBe(1);
    const during = h.discord.chatInput({ name: 'event', options: { query: 'duma air defense' } });
    await resumed;
    expect(embedOf(await answer(during, 4000))?.title).toMatch(/Duma/);
    const after = await answer(h.discord.chatInput({ name: 'actor', options: { name: 'karimov' } }));
    expect(embedOf(after)?.title).toBe('Islam Karimov');
    expect(h.discord.stats).toMatchObject({ identifies: 1, resumes: 1 });
  });

  it('resumes after the socket is terminated', async () => {
    const resumed = h.discord.waitFor('resume', { timeoutMs: 5000 });
    h.discord.dropConnection({ terminate: true });
    await resumed;
    const body = await answer(h.discord.chatInput({ name: 'about' }), 4000);
    expect(embedOf(body)?.title).toBe('About Dossier');
    expect(h.logs().some((l) => l.message === 'gateway resumed')).toBe(true);
  });

  it('gets the reply through a 429 with retry_after and through a 500', async () => {
    const limited = h.discord.rateLimitNext('POST', CALLBACK, { retryAfter: 0.05 });
    const first = await answer(h.discord.chatInput({ name: 'actor', options: { name: 'karimov' } }));
    expect(embedOf(first)?.title).toBe('Islam Karimov');
    expect(limited.hits).toBe(1);
    const failed = h.discord.failNext('POST', CALLBACK, 500);
    const second = await answer(h.discord.chatInput({ name: 'actor', options: { name: 'karimov' } }));
    expect(embedOf(second)?.title).toBe('Islam Karimov');
    expect(failed.hits).toBe(1);
  });

  it('follows up instead of crashing when the interaction was already acknowledged', async () => {
    // The first callback takes effect but the client sees a 500; its retry gets 40060.
    const fault = h.discord.injectFault({ method: 'POST', route: CALLBACK, status: 500, afterHandler: true });
    const handle = h.discord.chatInput({ name: 'actor', options: { name: 'karimov' } });
    // The retry backs off first: on a loaded machine the follow-up can come well after the callback.
    await handle.followups(1, 10_000);
    const responses = await handle.all({ quietMs: 300 });
    expect(fault.hits).toBe(1);
    expect(responses.map((r) => r.kind)).toEqual(['callback', 'followup']);
    expect(embedOf(bodyOf(responses[1]!))?.title).toBe('Islam Karimov');
    expect(await h.logLineOf(handle.id)).toMatchObject({ outcome: 'followup' });
    const still = await answer(h.discord.chatInput({ name: 'about' }));
    expect(embedOf(still)?.title).toBe('About Dossier');
  });
});

describe('slow answers and errors outside the dispatcher', () => {
  const mode = { delayMs: 0, fail: false };
  let h: Harness;
  beforeAll(async () => {
    const later = async <T>(value: Promise<T>): Promise<T> => {
      if (mode.fail) throw new Error('database on fire');
      const result = await value;
      await new Promise((resolve) => setTimeout(resolve, mode.delayMs));
      return result;
    };
    h = await startHarness({
      deferAfterMs: 100,
      wrap: (inner): InteractionDispatcher => ({
        command: (i) => later(inner.command(i)),
        autocomplete: (i) => inner.autocomplete(i),
        component: (i) => later(inner.component(i)),
        messageCommand: (i) => later(inner.messageCommand(i)),
      }),
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('answers quick work directly, without deferring', async () => {
    mode.delayMs = 0;
    const handle = h.discord.chatInput({ name: 'about' });
    expect((await handle.response()).type).toBe(4);
  });

  it('defers a slow lookup publicly, then edits in the answer', async () => {
    mode.delayMs = 300;
    const handle = h.discord.chatInput({ name: 'event', options: { query: 'duma air defense' } });
    const deferred = await handle.response();
    const [edit] = await handle.edits(1);
    expect(deferred).toMatchObject({ kind: 'callback', type: 5 });
    expect(ephemeral(bodyOf(deferred))).toBe(false);
    expect(edit).toMatchObject({ kind: 'edit', target: '@original' });
    expect(embedOf(bodyOf(edit!))?.title).toMatch(/Duma/);
    expect(bodyOf(edit!).allowed_mentions).toEqual({ parse: [] });
    expect(await h.logLineOf(handle.id)).toMatchObject({ outcome: 'edit', deferred: true });
  });

  it('defers privately when asked for a private answer', async () => {
    mode.delayMs = 300;
    const handle = h.discord.chatInput({
      name: 'event',
      options: { query: 'duma air defense', private: true },
    });
    const deferred = await handle.response();
    const [edit] = await handle.edits(1);
    expect(ephemeral(bodyOf(deferred))).toBe(true);
    expect(edit?.kind).toBe('edit');
    expect(h.discord.message(handle.original()!.id)?.ephemeral).toBe(true);
  });

  it('keeps a slow miss private: a private follow-up, and the public placeholder removed', async () => {
    mode.delayMs = 300;
    const handle = h.discord.chatInput({ name: 'event', options: { query: 'karimov football' } });
    await handle.waitFor((r) => r.kind === 'delete', 2000);
    const responses = handle.responses;
    expect(responses.map((r) => r.kind)).toEqual(['callback', 'followup', 'delete']);
    expect(ephemeral(bodyOf(responses[1]!))).toBe(true);
    expect(bodyOf(responses[1]!).content).toMatch(/No event found/);
  });

  /** A picker, however slow the lookup was: a reply, or (deferred) an edit or private follow-up. */
  async function pickerOf(ask: InteractionHandle) {
    const first = await ask.response();
    if (first.kind !== 'callback' || first.type !== 5)
      return { body: bodyOf(first), message: ask.original()! };
    const later = await ask.waitFor((r) => r.kind === 'edit' || r.kind === 'followup', 3000);
    const message = later.kind === 'followup' ? ask.followupMessages()[0]! : ask.original()!;
    return { body: bodyOf(later), message };
  }

  it('defers a slow choice from a private lookup, then edits the picker into the record', async () => {
    mode.delayMs = 0;
    const ask = h.discord.chatInput({ name: 'actor', options: { name: 'ivanov', private: true } });
    const { body, message } = await pickerOf(ask);
    const [select] = componentsOf(body, 3);
    mode.delayMs = 300;
    const choose = h.discord.select({
      customId: String(select?.custom_id),
      values: [encodeSelectValue(String(select?.custom_id), 'sergei-ivanov')],
      message,
    });
    const deferred = await choose.response();
    const [edit] = await choose.edits(1);
    expect(deferred).toMatchObject({ kind: 'callback', type: 6 });
    expect(edit).toMatchObject({ kind: 'edit', target: '@original' });
    expect(h.discord.message(message.id)?.message.embeds[0]?.title).toBe('Sergei Ivanov');
  });

  it('defers a slow choice from a public lookup, then posts the record as a public follow-up', async () => {
    mode.delayMs = 0;
    const ask = h.discord.chatInput({ name: 'actor', options: { name: 'ivanov' } });
    const { body, message } = await pickerOf(ask);
    expect(ephemeral(body)).toBe(true);
    const [select] = componentsOf(body, 3);
    mode.delayMs = 300;
    const choose = h.discord.select({
      customId: String(select?.custom_id),
      values: [encodeSelectValue(String(select?.custom_id), 'igor-ivanov')],
      message,
    });
    const deferred = await choose.response();
    const [followup] = await choose.followups(1);
    expect(deferred).toMatchObject({ kind: 'callback', type: 6 });
    expect(ephemeral(bodyOf(followup!))).toBe(false);
    expect(embedOf(bodyOf(followup!))?.title).toBe('Igor Ivanov');
    expect(h.discord.messages('general').at(-1)?.embeds[0]?.title).toBe('Igor Ivanov');
  });

  it('answers an error outside the dispatcher with a generic private message and a logged error id', async () => {
    mode.fail = true;
    try {
      const handle = h.discord.chatInput({ name: 'actor', options: { name: 'karimov' } });
      const body = await answer(handle);
      expect(ephemeral(body)).toBe(true);
      const errorId = /error id `([0-9a-f]+)`/.exec(String(body.content))?.[1];
      expect(errorId).toBeTruthy();
      expect(body.content).not.toContain('database on fire');
      const logged = h.logs().find((l) => l.message === 'interaction failed' && l.errorId === errorId);
      // The Error itself is logged: type, message and the stack that says where it came from.
      expect(logged).toMatchObject({
        level: 'error',
        error: { type: 'Error', message: 'database on fire', stack: expect.stringMatching(/\n\s+at /) },
        command: 'actor',
      });
      expect(await h.logLineOf(handle.id)).toMatchObject({ outcome: 'error', errorId });
    } finally {
      mode.fail = false;
    }
  });
});
