// The Store interface on its own, so the backends can implement it without importing the module
// that opens them (store.ts), which would be an import cycle.
import type { GuildSettingsStore } from './guild-settings.js';
import type { PostLedger } from './post-ledger.js';

export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  /** Where the data lives, fit for a log line: the file path, or host:port/database (no password). */
  readonly where: string;
  readonly settings: GuildSettingsStore;
  readonly ledger: PostLedger;
  /** Closes the file or the connections. Idempotent. */
  close(): Promise<void>;
}
