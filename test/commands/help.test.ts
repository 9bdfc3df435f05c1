// /help: every command of the registry, as mentions a reader can tap when Discord's ids are known,
// and wording that works on phones; /about no longer tells phone users to right-click.
import { describe, expect, it, vi } from 'vitest';
import { commands } from '../../commands/index.js';
import { CommandIdDirectory } from '../../src/rest/command-ids.js';
import { createContext } from '../../src/context.js';
import { loadDataset } from '../../src/dataset/load.js';
import { Dispatcher } from '../../src/interactions/dispatch.js';
import type { Response } from '../../src/interactions/types.js';
import { createLogger } from '../../src/log.js';
import { FIXED_NOW, USER } from '../helpers/app.js';
import { expectWithinDiscordLimits } from '../helpers/limits.js';

async function dispatcherWith(ids?: ReadonlyMap<string, string>) {
  const loaded = await loadDataset('data');
  if (!loaded.ok) throw new Error('seed must load');
  const context = createContext(loaded.dataset, {
    now: () => FIXED_NOW,
    ...(ids ? { commandIds: () => ids } : {}),
  });
  return new Dispatcher(
    commands,
    context,
    createLogger('error', () => undefined),
  );
}

function textOf(response: Response): string {
  if (response.type === 'choices') throw new Error('expected a message');
  const embed = response.payload.embeds?.[0];
  return [embed?.description, ...(embed?.fields ?? []).map((f) => `${f.name}\n${f.value}`)].join('\n');
}

const CHAT_COMMANDS = ['event', 'quote', 'actor', 'onthisday', 'about', 'help'];

describe('/help', () => {
  it('mentions every chat command by the id Discord assigned, and each dailypost subcommand', async () => {
    const ids = new Map([...CHAT_COMMANDS, 'dailypost'].map((name, i) => [name, `11112222333344445${i}`]));
    const response = await (await dispatcherWith(ids)).command({ command: 'help', options: {}, user: USER });
    expectWithinDiscordLimits(response);
    if (response.type !== 'reply') throw new Error('expected a reply');
    expect(response.payload.flags).toBe(64);
    const text = textOf(response);
    for (const name of CHAT_COMMANDS) expect(text).toContain(`</${name}:${ids.get(name)}>`);
    expect(text).toContain(`</dailypost channel:${ids.get('dailypost')}>`);
    expect(text).toContain('</event:111122223333444450> `query` `[private]`');
    expect(text).toContain('long-press');
    expect(text).toContain('**Look up in Dossier**');
  });

  it('names commands as plain text while the ids are unknown', async () => {
    const text = textOf(await (await dispatcherWith()).command({ command: 'help', options: {}, user: USER }));
    expect(text).toContain('`/event` `query` `[private]`');
    expect(text).not.toMatch(/<\/\w+:/);
  });

  it('/about tells phone users to long-press, not only to right-click', async () => {
    const text = textOf(
      await (await dispatcherWith()).command({ command: 'about', options: {}, user: USER }),
    );
    expect(text).toMatch(/right-click a message \(on a phone, long-press it\)/);
  });
});

describe('the command id directory', () => {
  const logger = () => {
    const lines: string[] = [];
    return { logger: createLogger('debug', (line) => lines.push(line)), lines };
  };

  it('fetches chat command ids over REST, a guild’s own commands winning over global ones', async () => {
    const get = vi.fn(async (route: string) =>
      route.includes('/guilds/')
        ? [{ id: '2', name: 'event', type: 1 }]
        : [
            { id: '1', name: 'event', type: 1 },
            { id: '3', name: 'about', type: 1 },
            { id: '4', name: 'Look up in Dossier', type: 3 },
          ],
    );
    const directory = new CommandIdDirectory(logger().logger, () => FIXED_NOW);
    expect(directory.lookup().size).toBe(0);
    await directory.attach({ rest: { get }, applicationId: '9', guildId: '8' });
    expect([...directory.lookup()]).toEqual([
      ['event', '2'],
      ['about', '3'],
    ]);
  });

  it('keeps working without ids when Discord does not answer, and asks again an hour later', async () => {
    let now = FIXED_NOW;
    const get = vi.fn(async () => {
      throw new Error('503');
    });
    const { logger: log, lines } = logger();
    const directory = new CommandIdDirectory(log, () => now);
    await directory.attach({ rest: { get }, applicationId: '9' });
    expect(directory.lookup().size).toBe(0);
    expect(lines.some((l) => l.includes('could not fetch command ids'))).toBe(true);
    directory.lookup();
    expect(get).toHaveBeenCalledTimes(1);
    now += 61 * 60 * 1000;
    get.mockResolvedValueOnce([{ id: '5', name: 'help', type: 1 }] as never);
    directory.lookup();
    await directory.refresh();
    expect(directory.lookup().get('help')).toBe('5');
  });
});
