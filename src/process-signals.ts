// The signals an operator, a process manager or the sharding manager sends: SIGTERM and SIGINT stop
// the bot cleanly (exit 0), SIGHUP reloads its dataset. They are caught from the start: until a
// JavaScript listener exists, Node's own handler ends the process at once, so a stop sent just as
// the bot said it was ready killed it mid-way, and a SIGHUP passed to a shard still loading killed
// the shard.
import type { Logger } from './log.js';
import type { DatasetReloader } from './reload/dataset-reloader.js';

export interface Stoppable {
  stop(reason: string): Promise<void>;
}

export interface ProcessSignals {
  /** From now on SIGTERM and SIGINT stop `bot`: once, cleanly, exit code 0. */
  stopping(bot: Stoppable): void;
  /** From now on SIGHUP reloads the dataset; one that came during start-up is carried out now. */
  reloading(reloader: DatasetReloader): void;
}

export function catchProcessSignals(logger: Logger): ProcessSignals {
  let bot: Stoppable | undefined;
  let reloader: DatasetReloader | undefined;
  let stopping = false;
  let reloadAsked = false;

  const onStop = (signal: NodeJS.Signals) => {
    if (stopping) return logger.info('already shutting down', { signal });
    stopping = true;
    if (!bot) {
      // Nothing is answered yet and nothing is half-written (a store's transaction rolls back).
      logger.info('stopped by a signal before the bot was running', { signal });
      process.exit(0);
    }
    bot
      .stop(signal)
      .then(() => {
        process.exitCode = 0;
      })
      .catch((error: unknown) => {
        logger.error('shutdown failed', { error });
        process.exitCode = 1;
      })
      .finally(() => {
        // Anything still holding the event loop (keep-alive sockets) must not keep a stopped bot alive.
        setTimeout(() => process.exit(), 1000).unref();
      });
  };
  const onReload = () => {
    if (reloader) return void reloader.reload('SIGHUP');
    reloadAsked = true;
    logger.info('SIGHUP during start-up: the dataset is reloaded once it is in service');
  };
  process.on('SIGTERM', onStop);
  process.on('SIGINT', onStop);
  process.on('SIGHUP', onReload);

  return {
    stopping: (target) => {
      bot = target;
    },
    reloading: (target) => {
      reloader = target;
      if (reloadAsked) void target.reload('SIGHUP during start-up');
    },
  };
}
