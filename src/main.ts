// `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the console.
import { commands } from '../commands/index.js';
import { ConfigError } from './config/env.js';
import { describeDataset } from './dataset/summary.js';
import { StartupError, boot } from './boot.js';
import { runConsole } from './console/run.js';
import { startDailyPosts } from './discord/daily-post.js';
import { lateChannelPoster } from './discord/post.js';
import { surviveUnexpectedErrors } from './process-errors.js';
import { startDiscordBot, stopOnSignals, stopWithShardingManager } from './discord/runtime.js';
import { reloadOnChange, reloadOnSignal } from './reload/triggers.js';
import { tellManager, waitForLoginTurn } from './startup-progress.js';

const CONSOLE_NOTICE =
  'No DISCORD_TOKEN is set, so Dossier runs the console: it reads slash commands from standard input. ' +
  'Set DISCORD_TOKEN (see .env.example) to run the Discord bot.';
const NO_INPUT_MESSAGE =
  'Dossier stopped: no DISCORD_TOKEN is set and standard input held no commands, so there was nothing to do.';

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  // Commands that post into a channel (the daily post's preview) use the client once it is up.
  const poster = lateChannelPoster();
  const booted = await boot(process.env, { commands, postToChannel: poster.postToChannel });
  const { config, context, dispatcher } = booted;
  surviveUnexpectedErrors(booted.logger);
  reloadOnSignal(booted.reloader);
  if (config.dataWatch) reloadOnChange(config.dataDir, booted.reloader, booted.logger);
  if (config.discordToken) {
    // Under the shard manager, processes log in one at a time (Discord paces identifies).
    await waitForLoginTurn();
    // The client is bot.client; bot.onStop(hook) runs before it is destroyed.
    const bot = await startDiscordBot(booted);
    tellManager({ type: 'dossier:ready' });
    poster.attach(bot.client);
    // Stop hooks run in order: the daily posts stop before the store closes.
    startDailyPosts(bot, booted);
    bot.onStop(() => booted.store.close());
    stopOnSignals(bot);
    stopWithShardingManager(bot);
    return;
  }
  // A service started without its .env must not look like a bot that runs: say what happens.
  const interactive = process.stdin.isTTY === true;
  if (!interactive) process.stderr.write(`${CONSOLE_NOTICE}\n`);
  const { lines } = await runConsole(dispatcher, commands, {
    json,
    banner: `Dossier console (no DISCORD_TOKEN set). Dataset: ${describeDataset(context.dataset)}`,
  });
  await booted.store.close();
  if (!interactive && lines === 0) {
    process.stderr.write(`${NO_INPUT_MESSAGE}\n`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof StartupError;
  console.error(known ? (error as Error).message : `Dossier failed to start: ${String(error)}`);
  process.exitCode = 1;
});
