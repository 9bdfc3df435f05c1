// `npm run start:http`: the bot as an HTTP server answering Discord's signed interaction requests
// (no gateway connection); see docs/http-interactions.md.
import { commands } from '../commands/index.js';
import { ConfigError } from './config/env.js';
import { StartupError } from './boot.js';
import { startHttpBot } from './http-interactions/runtime.js';
import { surviveUnexpectedErrors } from './process-errors.js';
import { reloadOnChange, reloadOnSignal } from './reload/triggers.js';
import { stopOnSignals } from './stop-on-signals.js';

async function main(): Promise<void> {
  const bot = await startHttpBot(process.env, { commands });
  const { booted } = bot;
  surviveUnexpectedErrors(bot.logger);
  reloadOnSignal(booted.reloader);
  if (booted.config.dataWatch) reloadOnChange(booted.config.dataDir, booted.reloader, bot.logger);
  stopOnSignals(bot);
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof StartupError;
  console.error(known ? (error as Error).message : `Dossier failed to start: ${String(error)}`);
  process.exitCode = 1;
});
