// A dispatcher over the real seed dataset, with a fixed clock, for command-level tests.
import { commands } from '../../commands/index.js';
import { createContext } from '../../src/context.js';
import { loadDataset } from '../../src/dataset/load.js';
import { Dispatcher } from '../../src/interactions/dispatch.js';
import type { AppContext } from '../../src/interactions/types.js';
import { createLogger, type Logger } from '../../src/log.js';

export const USER = { id: '200000000000000001', permissions: 0n };
export const OTHER_USER = { id: '200000000000000009', permissions: 0n };
export const GUILD_ID = '300000000000000001';
/** 2026-06-02T09:00:00Z: a date with day-precision events in the seed. */
export const FIXED_NOW = Date.UTC(2026, 5, 2, 9, 0, 0);

export interface TestApp {
  readonly context: AppContext;
  readonly dispatcher: Dispatcher;
  readonly logLines: string[];
  clock: { now: number };
}

export async function createTestApp(dataDir = 'data'): Promise<TestApp> {
  const result = await loadDataset(dataDir);
  if (!result.ok) throw new Error(`dataset ${dataDir} must load`);
  const clock = { now: FIXED_NOW };
  const context = createContext(result.dataset, { now: () => clock.now });
  const logLines: string[] = [];
  const logger: Logger = createLogger('debug', (line) => logLines.push(line));
  return { context, dispatcher: new Dispatcher(commands, context, logger), logLines, clock };
}
