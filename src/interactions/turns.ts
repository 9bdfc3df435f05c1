// Interactions often arrive in bursts, many in one read from the gateway. Lookups are synchronous,
// so without help every lookup of a burst would run before any reply is sent, and everyone would
// wait for the whole burst. Taking turns, one per event-loop iteration, lets each reply go out as
// soon as its lookup is done and lets the deferral timers fire.

export class TurnQueue {
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;

  /** Resolves when it is the caller's turn; turns are first come, first served. */
  next(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    // setImmediate: the next turn comes after the event loop has polled for I/O (sent replies).
    setImmediate(() => {
      this.scheduled = false;
      this.waiting.shift()?.();
      this.schedule();
    });
  }
}
