// Builds what every handler receives: the dataset, its search engine, the clock and the version.
import { readFileSync } from 'node:fs';
import type { Config } from './config/env.js';
import type { Dataset } from './dataset/types.js';
import type { AppContext } from './interactions/types.js';
import { setComponentSigningKey } from './replies/custom-id.js';
import { buildSearchEngine, type SearchEngine } from './search/engine.js';
import type { Store } from './store/store.js';

function packageVersion(): string {
  // src/context.ts runs from src/ (through tsx) or compiled from dist/src/.
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as {
        name?: unknown;
        version?: unknown;
      };
      if (pkg.name === 'dossier') return typeof pkg.version === 'string' ? pkg.version : 'unknown';
    } catch {
      // not this one
    }
  }
  return 'unknown';
}

export function createContext(
  dataset: Dataset,
  options: {
    config?: Config;
    now?: () => number;
    store?: Store;
    postToChannel?: AppContext['postToChannel'];
    commandIds?: AppContext['commandIds'];
    /** Built while the dataset was read (loadIndexedDataset); built here when not given. */
    engine?: SearchEngine;
    loaded?: AppContext['loaded'];
  } = {},
): AppContext {
  const { store } = options;
  // Buttons and menus are signed with the configured key (else with this process's own).
  if (options.config?.componentSigningKey) setComponentSigningKey(options.config.componentSigningKey);
  return {
    dataset,
    engine: options.engine ?? buildSearchEngine(dataset),
    now: options.now ?? Date.now,
    version: packageVersion(),
    ...(options.loaded ? { loaded: options.loaded } : {}),
    ...(options.config ? { config: options.config } : {}),
    ...(store
      ? {
          store,
          zoneFor: async (guildId: string | undefined) =>
            guildId ? (await store.settings.get(guildId))?.timeZone : undefined,
        }
      : {}),
    ...(options.postToChannel ? { postToChannel: options.postToChannel } : {}),
    ...(options.commandIds ? { commandIds: options.commandIds } : {}),
  };
}
