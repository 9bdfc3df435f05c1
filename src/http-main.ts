// `npm run start:http`: the bot as an HTTP server answering Discord's signed interaction requests
// (no gateway connection); see docs/http-interactions.md.
import { commands } from '../commands/index.js';
import { ConfigError } from './config/env.js';
import { StartupError, prepare } from './boot.js';
import { startHttpBot } from './http-interactions/runtime.js';
import { surviveUnexpectedErrors } from './process-errors.js';
import { catchProcessSignals } from './process-signals.js';
import { reloadOnChange } from './reload/triggers.js';

async function main(): Promise<void> {
  const prepared = prepare(process.env);
  const signals = catchProcessSignals(prepared.logger);
  const bot = await startHttpBot(process.env, { commands, prepared });
  const { booted } = bot;
  surviveUnexpectedErrors(bot.logger);
  signals.reloading(booted.reloader);
  if (booted.config.dataWatch) reloadOnChange(booted.config.dataDir, booted.reloader, bot.logger);
  signals.stopping(bot);
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof StartupError;
  console.error(known ? (error as Error).message : `Dossier failed to start: ${String(error)}`);
  process.exitCode = 1;
});
