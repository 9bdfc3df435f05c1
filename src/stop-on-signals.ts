// Both runtimes (gateway and HTTP) stop on SIGTERM or SIGINT the same way: once, cleanly, exit 0.
import type { Logger } from './log.js';

/**
 * Stops the bot on SIGTERM or SIGINT and lets the process exit with code 0. A repeated signal
 * (a process manager and a wrapper both relaying it) joins the shutdown already under way.
 */
export function stopOnSignals(bot: { stop(reason: string): Promise<void>; readonly logger: Logger }): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return bot.logger.info('already shutting down', { signal });
    stopping = true;
    bot
      .stop(signal)
      .then(() => {
        process.exitCode = 0;
      })
      .catch((error: unknown) => {
        bot.logger.error('shutdown failed', { error });
        process.exitCode = 1;
      })
      .finally(() => {
        // Anything still holding the event loop (keep-alive sockets) must not keep a stopped bot alive.
        setTimeout(() => process.exit(), 1000).unref();
      });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
