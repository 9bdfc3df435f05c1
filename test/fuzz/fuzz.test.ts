// The project's own seeded fuzz test: hostile interactions of every kind (each command, subcommand,
// option and autocomplete; buttons and menus, real, tampered and forged; the message command; DMs;
// non-admins at admin commands; kinds the bot does not handle) sent through the stand-in to the bot
// as `npm start` runs it: compiled, in its own process, with the real discord.js client.
// Each must get exactly one answer within 3 s that fits Discord's limits, mentions nobody and
// echoes no control or bidi character; the process must stay alive and its memory flat.
// FUZZ_COUNT sets the count (default 2,000; `FUZZ_COUNT=10000 npx vitest run test/fuzz`), FUZZ_SEED
// the seed (a failure prints the seed and the interaction to replay).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Response } from '../../src/interactions/types.js';
import { createRest, deployCommands } from '../../src/discord/deploy.js';
import { commandDefinitions } from '../../commands/index.js';
import { runScript, type Child } from '../e2e/child.js';
import { botEnvironment } from '../e2e/live-bot.js';
import { expectWithinDiscordLimits } from '../helpers/limits.js';
import { startStandin, type InteractionHandle, type Standin } from '../standin/index.js';

const COUNT = Number(process.env.FUZZ_COUNT ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20260602);
/** Interactions in flight at once: a busy server, within what two cores answer in 3 s. */
const CONCURRENCY = 6;
const ANSWER_WITHIN_MS = 3000;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** mulberry32: a small seeded generator, so a failing run can be replayed exactly. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = random(SEED);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const chance = (p: number) => rand() < p;

/** Pieces of hostile text: words the dataset knows, markup, mentions, controls, other scripts. */
const PIECES = [
  'karimov',
  'ivanov',
  'tashkent',
  'bombings',
  'Karimof',
  'Tashkant',
  'Waziristan',
  'csto',
  'June 2',
  '06-02',
  'Europe/Berlin',
  'New_York',
  '09:00',
  '25:00',
  'UTC+3',
  'EST',
  '__proto__',
  'constructor',
  'toString',
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@&123456789012345678>',
  '<#1>',
  '**bold**',
  '__u__',
  '`code`',
  '```',
  '> quote',
  '# head',
  '- item',
  '1. item',
  '||spoiler||',
  '[link](http://x)',
  '\\',
  '\u202eevil',
  '\u2066iso\u2069',
  '\u200f',
  '\u061c',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\n',
  '\t',
  '😀',
  '👨‍👩‍👧',
  '\ud83d',
  'Ўзбекистон',
  'Каримов',
  'كريموف',
  'עברית',
  '\u0301',
  'ｆｕｌｌ',
  ' ',
  '',
  'x'.repeat(120),
  '9'.repeat(30),
  'null',
  'undefined',
  '%s%n',
  '${x}',
  '<script>',
  'a:b',
  'query:x',
];

function hostileText(): string {
  const parts: string[] = [];
  const n = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < n; i += 1) parts.push(pick(PIECES));
  const text = parts.join(pick([' ', '', ':', '/']));
  return chance(0.03) ? text.repeat(40) : text;
}

interface Defined {
  readonly name: string;
  readonly type?: number;
  readonly options?: readonly Defined[];
  readonly autocomplete?: boolean;
  readonly required?: boolean;
  readonly choices?: readonly { value: string | number }[];
}

/** Well-typed options for one invocation of a command (or subcommand), with hostile text. */
function optionsFor(
  defined: readonly Defined[],
  channels: readonly string[],
): Record<string, string | number | boolean> {
  const options: Record<string, string | number | boolean> = {};
  for (const option of defined) {
    if (!option.required && chance(0.4)) continue;
    if (option.type === 7) options[option.name] = pick(channels);
    else if (option.type === 5) options[option.name] = chance(0.5);
    else if (option.type === 4 || option.type === 10) options[option.name] = pick([0, -1, 7, 2 ** 53]);
    else if (option.choices) options[option.name] = pick(option.choices).value;
    else options[option.name] = hostileText();
  }
  return options;
}

/** Raw options as a forged payload may carry them: wrong types, unknown names, prototype names. */
function forgedOptions(defined: readonly Defined[]): Record<string, unknown>[] {
  const names = [...defined.map((o) => o.name), 'bogus', '__proto__', 'constructor', 'x`y'];
  return Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({
    name: pick(names),
    type: pick([3, 4, 5, 10]),
    value: pick([hostileText(), 42, true, 1e300, -0.5]),
  }));
}

interface Sent {
  readonly handle: InteractionHandle;
  readonly label: string;
}

/** Discord's own shapes of the answer as the bot's Response, for the shared limits check. */
function asResponse(kind: string, data: unknown): Response | undefined {
  const body = (data ?? {}) as Record<string, unknown>;
  if (kind === 'callback') {
    if (Array.isArray(body.choices))
      return { type: 'choices', choices: body.choices as { name: string; value: string }[] };
    if (body.content === undefined && body.embeds === undefined && body.components === undefined)
      return undefined;
  }
  return { type: 'reply', payload: body as never };
}

/** Memory of the bot process (resident set), in MB. */
async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

describe(`fuzzing the bot with ${COUNT} hostile interactions (seed ${SEED})`, () => {
  let discord: Standin;
  let bot: Child;
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'dossier-fuzz-'));
    discord = await startStandin({
      users: [{ username: 'alice' }, { username: 'bob' }],
      guilds: [
        { name: 'Newsroom', channels: [{ name: 'general' }, { name: 'news' }, { name: 'voice', type: 2 }] },
      ],
    });
    await deployCommands({
      rest: createRest({ apiBase: discord.apiBase }, discord.token),
      applicationId: discord.applicationId,
      guildId: discord.guildId('Newsroom'),
      definitions: commandDefinitions(),
    });
    bot = runScript(
      'dist/src/main.js',
      botEnvironment(discord, join(scratch, 'fuzz.sqlite'), { LOG_LEVEL: 'info' }),
      {
        cwd: scratch,
      },
    );
    await bot.waitFor(/"message":"discord bot ready"/, 30_000);
  }, 60_000);

  afterAll(async () => {
    bot?.kill('SIGKILL');
    await discord?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('answers each once, in time, within limits, with no mention and no control character; survives; memory flat', async () => {
    const definitions = commandDefinitions() as unknown as (Defined & { type?: number })[];
    const chat = definitions.filter((d) => (d.type ?? 1) === 1);
    const messageCommands = definitions.filter((d) => d.type === 3);
    const channels = ['general', 'news', 'voice'];
    /** Component ids and select values the bot has issued, to press again (and to tamper with). */
    const issued: { customId: string; values: string[]; message: string | undefined }[] = [];

    const invoker = () => ({
      user: pick(['alice', 'bob']),
      ...(chance(0.1) ? { dm: true } : {}),
      ...(chance(0.3)
        ? { permissions: pick([['ManageGuild'], ['Administrator'], ['SendMessages'], []] as const) }
        : {}),
    });

    function next(): Sent {
      const roll = rand();
      const who = invoker();
      if (roll < 0.45) {
        const command = pick(chat);
        const subs = (command.options ?? []).filter((o) => o.type === 1);
        const sub = subs.length > 0 ? pick(subs) : undefined;
        const own = sub ? (sub.options ?? []) : (command.options ?? []);
        if (!sub && chance(0.1)) {
          const raw = forgedOptions(own);
          return {
            handle: discord.chatInput({ name: command.name, options: raw, ...who }),
            label: `/${command.name} ${JSON.stringify(raw)}`,
          };
        }
        const options = optionsFor(own, channels);
        return {
          handle: discord.chatInput({
            name: command.name,
            ...(sub ? { subcommand: sub.name } : {}),
            options,
            ...who,
          }),
          label: `/${command.name} ${sub?.name ?? ''} ${JSON.stringify(options)}`,
        };
      }
      if (roll < 0.75) {
        const candidates = chat.flatMap((c) => {
          const subs = (c.options ?? []).filter((o) => o.type === 1);
          const groups =
            subs.length > 0
              ? subs.map((s) => ({ sub: s.name, options: s.options ?? [] }))
              : [{ sub: undefined, options: c.options ?? [] }];
          return groups.flatMap((g) =>
            g.options.filter((o) => o.autocomplete).map((o) => ({ command: c.name, ...g, focused: o.name })),
          );
        });
        const target = pick(candidates);
        const options = { ...optionsFor(target.options, channels), [target.focused]: hostileText() };
        return {
          handle: discord.autocomplete({
            name: target.command,
            ...(target.sub ? { subcommand: target.sub } : {}),
            options,
            focused: target.focused,
            ...who,
          }),
          label: `autocomplete /${target.command} ${target.focused} ${JSON.stringify(options)}`,
        };
      }
      if (roll < 0.9) {
        const known = issued.length > 0 && chance(0.7) ? pick(issued) : undefined;
        let customId = known?.customId ?? hostileText().slice(0, 100);
        if (known && chance(0.3)) customId = customId.slice(0, -1) + (customId.endsWith('A') ? 'B' : 'A');
        const message = known?.message;
        if (known && known.values.length > 0) {
          const values = chance(0.7)
            ? [pick(known.values)]
            : chance(0.5)
              ? [hostileText().slice(0, 100)]
              : known.values;
          return {
            handle: discord.select({ customId, values, ...(message ? { message } : {}), ...who }),
            label: `select ${customId} ${JSON.stringify(values)}`,
          };
        }
        if (chance(0.05)) {
          return {
            handle: discord.button({ customId: 'x', data: { custom_id: pick([42, null, {}, []]) }, ...who }),
            label: 'button with a non-string custom_id',
          };
        }
        return {
          handle: discord.button({ customId, ...(message ? { message } : {}), ...who }),
          label: `button ${customId}`,
        };
      }
      if (roll < 0.97 && messageCommands.length > 0) {
        const content = hostileText();
        return {
          handle: discord.messageCommand({ name: pick(messageCommands).name, target: { content }, ...who }),
          label: `message command on ${JSON.stringify(content)}`,
        };
      }
      if (chance(0.5))
        return {
          handle: discord.userCommand({ name: 'Profile', target: 'bob', ...who }),
          label: 'user command',
        };
      return {
        handle: discord.modalSubmit({
          customId: hostileText().slice(0, 100) || 'm',
          fields: { a: hostileText() },
          ...who,
        }),
        label: 'modal submit',
      };
    }

    /** The next interaction the stand-in can build (it refuses a few shapes Discord never sends). */
    function nextSendable(): Sent {
      for (;;) {
        try {
          return next();
        } catch (error) {
          if (!String(error).includes('stand-in:')) throw error;
        }
      }
    }

    async function check(sent: Sent): Promise<void> {
      const started = Date.now();
      const callback = await sent.handle.response(ANSWER_WITHIN_MS).catch(() => undefined);
      if (!callback) throw new Error(`no answer within ${ANSWER_WITHIN_MS} ms (seed ${SEED}): ${sent.label}`);
      expect(Date.now() - started, sent.label).toBeLessThanOrEqual(ANSWER_WITHIN_MS + 250);
      // A deferred answer is completed by an edit or a follow-up: wait for everything it sends.
      const all = await sent.handle.all({ quietMs: 60, timeoutMs: 4000 });
      expect(
        all.filter((r) => r.kind === 'callback'),
        sent.label,
      ).toHaveLength(1);
      for (const response of all) {
        const data =
          response.kind === 'callback'
            ? (response as { data?: unknown }).data
            : (response as { body?: unknown }).body;
        const shaped = asResponse(response.kind, data);
        if (!shaped) continue;
        expectWithinDiscordLimits(shaped);
        expect(
          FORBIDDEN.test(
            JSON.stringify(data).replace(/\\u([0-9a-f]{4})/gi, (_, h: string) =>
              String.fromCharCode(parseInt(h, 16)),
            ),
          ),
          sent.label,
        ).toBe(false);
        const payload = data as {
          components?: { components: { custom_id?: string; options?: { value: string }[] }[] }[];
        };
        for (const row of payload.components ?? []) {
          for (const component of row.components) {
            if (component.custom_id && issued.length < 200)
              issued.push({
                customId: component.custom_id,
                values: (component.options ?? []).map((o) => o.value),
                message: sent.handle.original()?.id,
              });
          }
        }
      }
    }

    let warmRss = 0;
    const pid = bot.process.pid!;
    let done = 0;
    const failures: string[] = [];
    const worker = async () => {
      while (done < COUNT) {
        done += 1;
        if (done === Math.floor(COUNT / 4)) warmRss = await rssMb(pid);
        const sent = nextSendable();
        await check(sent).catch((error: unknown) =>
          failures.push(`${sent.label}: ${String(error).slice(0, 400)}`),
        );
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(failures.slice(0, 5), `seed ${SEED}`).toEqual([]);
    expect(discord.interactions().length).toBeGreaterThanOrEqual(COUNT);
    // Every kind was exercised: commands, autocomplete, components, the message command, others.
    const kinds = new Set(discord.interactions().map((i) => i.label.split(/[ :]/)[0]));
    expect(kinds.size).toBeGreaterThanOrEqual(6);

    // Alive and still answering.
    expect(bot.process.exitCode).toBeNull();
    const about = await discord.chatInput({ name: 'about' }).response(ANSWER_WITHIN_MS);
    expect((about as { data?: { embeds?: { title?: string }[] } }).data?.embeds?.[0]?.title).toBe(
      'About Dossier',
    );
    const endRss = await rssMb(pid);
    // Flat: the last three quarters may not add more than a generous allowance for GC timing.
    expect(
      endRss - warmRss,
      `RSS ${warmRss.toFixed(0)} MB after a quarter, ${endRss.toFixed(0)} MB at the end`,
    ).toBeLessThan(80);
    expect(
      bot.logs().filter((l) => l.level === 'error'),
      'errors logged',
    ).toEqual([]);
  }, 600_000);
});
