// The HTTP-interactions endpoint's own checks, against the stand-in's signed POSTs: signatures
// (unsigned, wrong key, tampered body, tampered timestamp) refused before anything else happens,
// PING, bad input answered with a clear 4xx, deferral then REST, and a stop that lets deferred
// answers finish. The command suite itself runs in both modes in commands.test.ts.
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatcher, InteractionDispatcher } from '../../src/interactions/dispatch.js';
import { encodeSelectValue } from '../../src/replies/custom-id.js';
import { EPHEMERAL_FLAG } from '../../src/replies/limits.js';
import { answer, bodyOf, componentsOf, embedOf, startHttpHarness, type HttpHarness } from './harness.js';

let h: HttpHarness;
let url: string;
beforeAll(async () => {
  h = await startHttpHarness();
  url = `${h.http.service.server.url}/interactions`;
});
afterAll(async () => {
  await h?.close();
});

/** A complete, valid interaction payload (a /about command in the stand-in's guild). */
function aboutPayload(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '1300000000000000001',
    application_id: h.discord.applicationId,
    type: 2,
    token: 'itok.test-token',
    version: 1,
    guild_id: h.discord.guildId('Newsroom'),
    channel_id: h.discord.channelId('general'),
    member: { user: { id: h.discord.user('alice').id }, permissions: '0' },
    data: { id: '1', name: 'about', type: 1 },
    ...extra,
  };
}

/** The dispatcher, each answer (autocomplete too) held back `ms`. */
function slowDown(ms: number) {
  const later = <T>(value: Promise<T>) =>
    value.then((v) => new Promise<T>((r) => setTimeout(() => r(v), ms)));
  return (d: Dispatcher): InteractionDispatcher => ({
    command: (i) => later(d.command(i)),
    autocomplete: (i) => later(d.autocomplete(i)),
    component: (i) => later(d.component(i)),
    messageCommand: (i) => later(d.messageCommand(i)),
  });
}

const client = () => h.discord.interactionsEndpoint;

/** POSTs `body` signed as Discord would, with `headers` replacing some of the signed ones. */
function postSigned(body: string, headers: Record<string, string> = {}) {
  return client().post(url, body, { ...client().sign(body), ...headers });
}

async function metric(name: string): Promise<string[]> {
  const text = await (await fetch(`${h.http.service.server.url}/metrics`)).text();
  return text.split('\n').filter((line) => line.startsWith(name));
}

describe('signature checks', () => {
  it('refuses unsigned, wrong-key, tampered-body and tampered-timestamp requests with 401, and does nothing', async () => {
    const body = JSON.stringify(aboutPayload());
    const requestsBefore = h.discord.requests.length;
    const linesBefore = h.logLines.length;
    const interactionsBefore = await metric('dossier_interactions_total');
    const signed = client().sign(body);

    const unsigned = await client().post(url, body, { 'content-type': 'application/json' });
    const onlyTimestamp = await client().post(url, body, {
      'content-type': 'application/json',
      'x-signature-timestamp': signed['x-signature-timestamp'],
    });
    const otherKey = generateKeyPairSync('ed25519').privateKey;
    const wrongKey = await client().post(url, body, { ...client().sign(body, { key: otherKey }) });
    const tamperedBody = await client().post(url, body.replace('about', 'abouT'), { ...signed });
    const tamperedTimestamp = await client().post(url, body, {
      ...signed,
      'x-signature-timestamp': String(Number(signed['x-signature-timestamp']) + 1),
    });
    const notHex = await client().post(url, body, { ...signed, 'x-signature-ed25519': 'zz'.repeat(64) });
    const shortSignature = await client().post(url, body, {
      ...signed,
      'x-signature-ed25519': signed['x-signature-ed25519'].slice(0, 126),
    });

    for (const result of [
      unsigned,
      onlyTimestamp,
      wrongKey,
      tamperedBody,
      tamperedTimestamp,
      notHex,
      shortSignature,
    ]) {
      expect(result.status).toBe(401);
      expect(result.json).toMatchObject({ error: expect.stringMatching(/signature|not signed/i) });
    }
    // Nothing happened: no call to Discord, no interaction handled or counted.
    expect(h.discord.requests.length).toBe(requestsBefore);
    expect(
      h
        .logs()
        .slice(linesBefore)
        .filter((l) => l.message === 'interaction'),
    ).toEqual([]);
    expect(await metric('dossier_interactions_total')).toEqual(interactionsBefore);
    // The same request, correctly signed, is answered.
    const good = await postSigned(body);
    expect(good.status).toBe(200);
    expect(good.json).toMatchObject({ type: 4, data: { embeds: [{ title: 'About Dossier' }] } });
  });

  it('checks the signature before the body is parsed: an unsigned broken body is 401, not 400', async () => {
    const result = await client().post(url, '{not json', { 'content-type': 'application/json' });
    expect(result.status).toBe(401);
  });

  it('answers a signed PING with PONG', async () => {
    const pong = await h.discord.ping(url);
    expect(pong.status).toBe(200);
    expect(pong.contentType).toBe('application/json');
    expect(pong.json).toEqual({ type: 1 });
  });

  it('answers a minimal signed PING ({"type":1}) too, unless it names another application', async () => {
    const bare = await postSigned(JSON.stringify({ type: 1 }));
    expect(bare.status).toBe(200);
    expect(bare.json).toEqual({ type: 1 });
    const other = await postSigned(JSON.stringify({ type: 1, application_id: '42' }));
    expect(other.status).toBe(403);
    expect(other.json).toMatchObject({ error: expect.stringMatching(/not 42/) });
    const unsigned = await client().post(url, JSON.stringify({ type: 1 }), {
      'content-type': 'application/json',
    });
    expect(unsigned.status).toBe(401);
  });
});

describe('bad input, signed', () => {
  it('a wrong content type is 415, malformed JSON 400, a body over the limit 413', async () => {
    const body = JSON.stringify(aboutPayload());
    const form = await postSigned(body, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect(form.json).toMatchObject({ error: expect.stringMatching(/application\/json/) });
    const broken = await postSigned('{"type": 2,');
    expect(broken.status).toBe(400);
    expect(broken.json).toMatchObject({ error: 'The body is not valid JSON.' });
    const huge = JSON.stringify(aboutPayload({ padding: 'x'.repeat(300 * 1024) }));
    const tooLarge = await postSigned(huge);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.json).toMatchObject({ error: expect.stringMatching(/over \d+ bytes/) });
  });

  it('an unknown type, another application, or JSON that is no interaction get a clear 4xx', async () => {
    const unknown = await postSigned(JSON.stringify(aboutPayload({ type: 99 })));
    expect(unknown).toMatchObject({ status: 400, json: { error: 'Unknown interaction type 99.' } });
    const other = await postSigned(JSON.stringify(aboutPayload({ application_id: '1111111111111111111' })));
    expect(other.status).toBe(403);
    expect(other.json).toMatchObject({ error: expect.stringMatching(/not 1111111111111111111/) });
    const notOne = await postSigned(JSON.stringify([1, 2, 3]));
    expect(notOne.status).toBe(400);
    expect(notOne.json).toMatchObject({ error: expect.stringMatching(/^Not an interaction/) });
    const noToken = await postSigned(JSON.stringify(aboutPayload({ token: undefined })));
    expect(noToken).toMatchObject({ status: 400, json: { error: expect.stringMatching(/token/) } });
    const noUser = await postSigned(JSON.stringify(aboutPayload({ member: undefined })));
    expect(noUser).toMatchObject({ status: 400, json: { error: expect.stringMatching(/no user/) } });
  });

  it('GET /interactions is 405; the bot keeps answering afterwards', async () => {
    const get = await fetch(url);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const body = await answer(h.discord.chatInput({ name: 'actor', options: { name: 'karimov' } }));
    expect(embedOf(body)?.title).toBe('Islam Karimov');
  });

  it('answers a modal submit (no command has one) with a private note', async () => {
    const handle = h.discord.modalSubmit({ customId: 'x', fields: { a: 'b' } });
    const body = await answer(handle);
    expect((Number(body.flags) & EPHEMERAL_FLAG) !== 0).toBe(true);
    expect(body.content).toMatch(/does not handle this kind of interaction/);
  });
});

describe('deferral', () => {
  let slow: HttpHarness;
  beforeAll(async () => {
    // Every answer takes 300 ms, past the 50 ms the endpoint waits: it defers, then answers by REST.
    slow = await startHttpHarness({ deferAfterMs: 50, wrap: slowDown(300) });
  });
  afterAll(async () => {
    await slow?.close();
  });

  it('a command is deferred in the response, then @original is edited by REST', async () => {
    const handle = slow.discord.chatInput({ name: 'actor', options: { name: 'karimov' } });
    const callback = await handle.response();
    expect(callback.type).toBe(5);
    const [edit] = await handle.edits(1);
    expect(edit?.target).toBe('@original');
    expect(embedOf(bodyOf(edit!))?.title).toBe('Islam Karimov');
    expect(bodyOf(edit!).allowed_mentions).toEqual({ parse: [] });
    expect(handle.original()?.embeds[0]?.title).toBe('Islam Karimov');
    const line = await slow.logLineOf(handle.id);
    expect(line).toMatchObject({ outcome: 'edit', deferred: true, command: 'actor' });
  });

  it('a private miss after a public deferral goes as a private follow-up and the "thinking" is removed', async () => {
    const handle = slow.discord.chatInput({ name: 'event', options: { query: 'karimov football stadium' } });
    expect((await handle.response()).type).toBe(5);
    const [followup] = await handle.followups(1);
    expect((Number(bodyOf(followup!).flags) & EPHEMERAL_FLAG) !== 0).toBe(true);
    expect(String(bodyOf(followup!).content)).toMatch(/^No event found/);
    await handle.waitFor((r) => r.kind === 'delete');
  });

  it('a component is deferred as an update, then its message is edited in place', async () => {
    // A private lookup: its picker replaces the private "thinking", and the choice replaces the picker.
    const ask = slow.discord.chatInput({ name: 'actor', options: { name: 'ivanov', private: true } });
    await ask.edits(1);
    const [select] = componentsOf(ask.original() as unknown as Record<string, unknown>, 3);
    const customId = String(select?.custom_id);
    const chosen = slow.discord.select({
      customId,
      values: [encodeSelectValue(customId, 'igor-ivanov')],
      message: ask.original()!,
    });
    expect((await chosen.response()).type).toBe(6);
    const [edit] = await chosen.edits(1);
    expect(embedOf(bodyOf(edit!))?.title).toBe('Igor Ivanov');
    expect(slow.discord.message(ask.original()!.id)?.message.embeds[0]?.title).toBe('Igor Ivanov');
  });

  it('autocomplete is never deferred', async () => {
    const callback = await slow.discord
      .autocomplete({ name: 'event', focused: 'query', options: { query: 'tashk' } })
      .response();
    expect(callback.type).toBe(8);
  });

  it('stopping waits for a deferred answer still to be sent', async () => {
    const handle = slow.discord.chatInput({ name: 'actor', options: { name: 'karimov' } });
    expect((await handle.response()).type).toBe(5);
    await slow.http.stop('test: stop with an answer pending');
    expect(handle.responses.some((r) => r.kind === 'edit')).toBe(true);
    const health = await fetch(`${slow.http.service.server.url}/healthz`).catch(() => undefined);
    expect(health).toBeUndefined();
  });
});

describe('metrics in HTTP mode', () => {
  it('count the interactions answered, by command and outcome', async () => {
    await answer(h.discord.chatInput({ name: 'actor', options: { name: 'karimov' } }));
    const lines = await metric('dossier_interactions_total{kind="command",command="actor",outcome="reply"}');
    expect(lines).toHaveLength(1);
    expect(Number(lines[0]?.split(' ').at(-1))).toBeGreaterThanOrEqual(1);
    const health = await fetch(`${h.http.service.server.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
