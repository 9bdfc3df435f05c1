// The engines the benchmark compares, by the names the command line uses.
import { DossierAdapter } from './dossier.js';
import { FlexSearchAdapter } from './flexsearch.js';
import { FuseAdapter } from './fuse.js';
import { MiniSearchAdapter } from './minisearch.js';
import type { SearchAdapter } from './types.js';

export const ADAPTERS = {
  dossier: () => new DossierAdapter(),
  fuse: () => new FuseAdapter(),
  flexsearch: () => new FlexSearchAdapter(),
  minisearch: () => new MiniSearchAdapter(),
} satisfies Record<string, () => SearchAdapter>;

export type AdapterName = keyof typeof ADAPTERS;
export const ADAPTER_NAMES = Object.keys(ADAPTERS) as AdapterName[];

/** Engines too slow to run every query at scale: the runner samples their queries. */
export const SLOW_ADAPTERS: ReadonlySet<AdapterName> = new Set(['fuse']);

export function createAdapter(name: string): SearchAdapter {
  const make = ADAPTERS[name as AdapterName];
  if (!make) throw new Error(`unknown adapter "${name}" (known: ${ADAPTER_NAMES.join(', ')})`);
  return make();
}
