// `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the console.
import { commands } from '../commands/index.js';
import { ConfigError } from './config/env.js';
import { describeDataset } from './dataset/summary.js';
import { StartupError, boot, prepare, type Booted, type Prepared } from './boot.js';
import { runConsole } from './console/run.js';
import { CommandIdDirectory } from './rest/command-ids.js';
import { startDailyPosts } from './discord/daily-post.js';
import { lateChannelPoster } from './discord/post.js';
import { createHttpService, listen, type HttpService } from './http/service.js';
import { surviveUnexpectedErrors } from './process-errors.js';
import { startDiscordBot, stopWithShardingManager } from './discord/runtime.js';
import { catchProcessSignals } from './process-signals.js';
import { reloadOnChange } from './reload/triggers.js';
import { tellManager, waitForLoginTurn } from './startup-progress.js';
import { UsageError, parseScriptArgs } from './util/args.js';
import { mountWebPages } from './web/routes.js';

const CONSOLE_NOTICE =
  'No DISCORD_TOKEN is set, so Dossier runs the console: it reads slash commands from standard input. ' +
  'Set DISCORD_TOKEN (see .env.example) to run the Discord bot.';
const NO_INPUT_MESSAGE =
  'Dossier stopped: no DISCORD_TOKEN is set and standard input held no commands, so there was nothing to do.';

/**
 * With PORT set, the gateway bot also serves /healthz and /metrics (503 until the dataset is in).
 * Shard processes share one environment, so they would all want the same port: they serve none.
 */
async function startHttpService(
  prepared: Prepared,
  dataset: () => Booted['context']['dataset'] | undefined,
): Promise<HttpService | undefined> {
  const { config, logger } = prepared;
  if (config.port === undefined || !config.discordToken) return undefined;
  if (process.env.SHARDING_MANAGER) {
    logger.warn('PORT is ignored in shard processes: they would all want the same port');
    return undefined;
  }
  const service = createHttpService({ prepared, commands, dataset });
  await listen(service, prepared, config.port);
  return service;
}

const USAGE = 'npm start [-- --json]   (--json: the console answers in JSON lines)';

async function main(): Promise<void> {
  const { values } = parseScriptArgs(process.argv.slice(2), { json: { type: 'boolean' } }, USAGE, false);
  const json = values.json ?? false;
  const prepared = prepare(process.env);
  const signals = catchProcessSignals(prepared.logger);
  // Filled in once the dataset is loaded; /metrics reads the dataset through it.
  const loaded: { booted?: Booted } = {};
  const http = await startHttpService(prepared, () => loaded.booted?.context.dataset);
  // Commands that post into a channel (the daily post's preview) use the client once it is up.
  const poster = lateChannelPoster();
  // /help links commands by the ids Discord assigned, fetched once the client is up.
  let commandIds: CommandIdDirectory | undefined;
  const booted = await boot(process.env, {
    commands,
    postToChannel: poster.postToChannel,
    commandIds: () => commandIds?.lookup() ?? new Map(),
    prepared,
  }).catch(async (error: unknown) => {
    await http?.server.close();
    throw error;
  });
  loaded.booted = booted;
  // The read-in-context and search pages read the dataset in service (a reload swaps it).
  if (http) mountWebPages(http.router, { current: () => booted.context, dataDir: booted.config.dataDir });
  http?.health.ready(() => ({ dataset: booted.context.loaded?.version }));
  const { config, context, dispatcher } = booted;
  surviveUnexpectedErrors(booted.logger);
  signals.reloading(booted.reloader);
  if (config.dataWatch) reloadOnChange(config.dataDir, booted.reloader, booted.logger);
  if (config.discordToken) {
    // Under the shard manager, processes log in one at a time (Discord paces identifies).
    await waitForLoginTurn();
    // The client is bot.client; bot.onStop(hook) runs before it is destroyed.
    const bot = await startDiscordBot(booted, {
      ...(http ? { onInteraction: (sample) => http.metrics.recordInteraction(sample) } : {}),
    }).catch(async (error: unknown) => {
      // Nothing may hold the process open after a failed start: the server, the store.
      await http?.server.close();
      await booted.store.close();
      throw error;
    });
    tellManager({ type: 'dossier:ready' });
    poster.attach(bot.client);
    commandIds = new CommandIdDirectory(booted.logger, booted.context.now);
    void commandIds.attach({
      rest: bot.client.rest,
      applicationId: bot.client.application?.id ?? bot.client.user?.id ?? '',
      guildId: config.guildId,
    });
    // Stop hooks run in order: the HTTP server and the daily posts stop before the store closes.
    if (http) {
      bot.onStop(() => {
        http.health.stopping();
        return http.server.close();
      });
    }
    startDailyPosts(bot, booted, {
      ...(http ? { onResult: (result) => http.metrics.recordDailyPost(result.outcome) } : {}),
    });
    bot.onStop(() => booted.store.close());
    signals.stopping(bot);
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
  const known = error instanceof ConfigError || error instanceof StartupError || error instanceof UsageError;
  console.error(known ? (error as Error).message : `Dossier failed to start: ${String(error)}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
