// Waiting for the stand-in's state to reach a condition, with timeouts that name what was awaited.

interface Pending {
  poll(): void;
  fail(error: Error): void;
}

/** Everything that awaits stand-in state registers here; `notify()` after every state change re-checks them. */
export class Waiters {
  #pending = new Set<Pending>();
  #closed = false;
  #scheduled: NodeJS.Immediate | null = null;

  /**
   * Re-checks every pending wait, on the next turn of the event loop: by then the HTTP request that changed
   * the state has been recorded and answered, so a test that wakes up sees a consistent stand-in.
   */
  notify(): void {
    if (this.#scheduled || this.#pending.size === 0) return;
    this.#scheduled = setImmediate(() => {
      this.#scheduled = null;
      for (const pending of [...this.#pending]) pending.poll();
    });
  }

  /**
   * Resolves with the first non-undefined result of `check`, checked now and after every `notify()`.
   * Rejects after `timeoutMs` with `describe()` in the message, or when the stand-in closes.
   */
  until<T>(check: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    let first: T | undefined;
    try {
      first = check();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    if (first !== undefined) return Promise.resolve(first);
    if (this.#closed) return Promise.reject(new Error(`stand-in is closed; was waiting for ${describe()}`));
    return new Promise<T>((resolve, reject) => {
      const pending: Pending = {
        poll: () => {
          let value: T | undefined;
          try {
            value = check();
          } catch (error) {
            finish();
            reject(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          if (value === undefined) return;
          finish();
          resolve(value);
        },
        fail: (error) => {
          finish();
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${describe()}`));
      }, timeoutMs);
      const finish = (): void => {
        clearTimeout(timer);
        this.#pending.delete(pending);
      };
      this.#pending.add(pending);
    });
  }

  /** Rejects every pending wait (used by close()). */
  closeAll(): void {
    this.#closed = true;
    if (this.#scheduled) clearImmediate(this.#scheduled);
    this.#scheduled = null;
    for (const pending of [...this.#pending]) pending.fail(new Error('stand-in closed while waiting'));
  }
}

/** Resolves after `ms` milliseconds. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
