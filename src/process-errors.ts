// The last line of defence: an exception or rejection nothing else caught is logged with its stack
// and survived. Every interaction and tick has its own funnel; this catches what slips past them
// (a throwing event listener, a forgotten promise), so one bad payload cannot stop the bot.
import type { Logger } from './log.js';

let installed = false;

export function surviveUnexpectedErrors(logger: Logger): void {
  if (installed) return;
  installed = true;
  process.on('uncaughtException', (error, origin) =>
    logger.error('unexpected exception survived', { error, origin }),
  );
  process.on('unhandledRejection', (reason) =>
    logger.error('unhandled promise rejection survived', { error: reason }),
  );
}
