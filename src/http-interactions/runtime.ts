// The bot in HTTP-interactions mode (`npm run start:http`): no gateway connection. Discord POSTs
// each interaction to /interactions; follow-ups and daily posts go out by REST. Replicas are
// stateless: they share settings and the post ledger through the store (PostgreSQL for several),
// and every replica runs the daily-post ticker, whose ledger claims send each post exactly once.
import { ConfigError, type Config } from '../config/env.js';
import { boot, prepare, StartupError, type Booted, type Prepared } from '../boot.js';
import { createHttpService, listen, type HttpService } from '../http/service.js';
import { mountWebPages } from '../web/routes.js';
import type { Dispatcher, InteractionDispatcher } from '../interactions/dispatch.js';
import type { AppContext, CommandModule } from '../interactions/types.js';
import type { Logger } from '../log.js';
import { createDiscordRest, fetchBotUser, restChannelPoster } from '../rest/client.js';
import { CommandIdDirectory } from '../rest/command-ids.js';
import { createRestPostSender } from '../rest/post-sender.js';
import { createDailyPostTicker, DEFAULT_TICK_INTERVAL_MS, type DailyPostTicker } from '../schedule/ticker.js';
import { createInteractionsEndpoint, type InteractionsEndpoint } from './endpoint.js';
import { publicKeyFromHex } from './verify.js';

/** How long start-up waits for the command ids /help links (fetched on regardless). */
const COMMAND_IDS_WAIT_MS = 2000;
/** The port when PORT is unset. */
export const DEFAULT_HTTP_PORT = 8080;
/** How long stopping waits for requests in flight, then for deferred answers, then for a post. */
const STOP_GRACE_MS = 10_000;

export interface HttpBot {
  readonly booted: Booted;
  readonly service: HttpService;
  readonly endpoint: InteractionsEndpoint;
  readonly ticker: DailyPostTicker;
  readonly logger: Logger;
  /** 503 on /healthz, no new requests, those in flight and deferred answers finish, store closed. */
  stop(reason?: string): Promise<void>;
}

export interface HttpBotOptions {
  readonly commands: readonly CommandModule[];
  /** From prepare(env) when the caller made them already. */
  readonly prepared?: Prepared;
  readonly now?: () => number;
  /** Time between daily-post passes (default 30 s). */
  readonly tickIntervalMs?: number;
  /** Defer an answer not ready after this long (default 2.5 s). */
  readonly deferAfterMs?: number;
  /** Wraps the real dispatcher (tests slow it down or make it throw). */
  readonly wrapDispatcher?: (dispatcher: Dispatcher) => InteractionDispatcher;
}

interface HttpSettings {
  readonly token: string;
  readonly applicationId: string;
  readonly publicKey: string;
}

/** What the HTTP mode cannot run without, each missing variable named. */
export function requireHttpSettings(config: Config): HttpSettings {
  const problems: string[] = [];
  if (!config.discordToken)
    problems.push('DISCORD_TOKEN: is required (follow-ups and daily posts go out by REST)');
  if (!config.applicationId)
    problems.push('DISCORD_APPLICATION_ID: is required (interactions for other applications are refused)');
  if (!config.publicKey)
    problems.push('DISCORD_PUBLIC_KEY: is required (every interaction’s signature is checked with it)');
  if (!config.componentSigningKey)
    problems.push(
      'COMPONENT_SIGNING_KEY: is required, so that every replica (and the next start) honours the buttons ' +
        'and menus the others sent; set it to 32 or more random characters',
    );
  if (problems.length > 0) throw new ConfigError(problems);
  return { token: config.discordToken!, applicationId: config.applicationId!, publicKey: config.publicKey! };
}

export async function startHttpBot(env: NodeJS.ProcessEnv, options: HttpBotOptions): Promise<HttpBot> {
  const prepared = options.prepared ?? prepare(env);
  const { config, logger } = prepared;
  const settings = requireHttpSettings(config);
  const publicKey = publicKeyFromHex(settings.publicKey);
  const rest = createDiscordRest(config, settings.token);
  const loaded: { booted?: Booted; dispatcher?: InteractionDispatcher } = {};
  const service = createHttpService({
    prepared,
    commands: options.commands,
    dataset: () => loaded.booted?.context.dataset,
  });
  const endpoint = createInteractionsEndpoint({
    publicKey,
    applicationId: settings.applicationId,
    // Set once the dataset is loaded; requests still in flight while stopping are answered.
    dispatcher: () => loaded.dispatcher,
    rest,
    logger,
    onInteraction: (sample) => service.metrics.recordInteraction(sample),
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
  });
  service.router.post('/interactions', endpoint.handle);
  await listen(service, prepared, config.port ?? DEFAULT_HTTP_PORT);

  let booted: Booted;
  let botUserId: string;
  // /help links commands by the ids Discord assigned; fetched in the background once booted.
  const commandIds = new CommandIdDirectory(logger, options.now);
  try {
    // The token is proved before the dataset loads: a wrong one stops start-up at once.
    botUserId = (
      await fetchBotUser(rest).catch((error: unknown) => {
        const status = (error as { status?: unknown }).status;
        throw new StartupError(
          status === 401
            ? 'Discord refused DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the Developer Portal.'
            : `Could not reach Discord's REST API to check DISCORD_TOKEN: ${String((error as Error).message ?? error)}`,
        );
      })
    ).id;
    booted = await boot(env, {
      commands: options.commands,
      postToChannel: restChannelPoster(rest) satisfies AppContext['postToChannel'],
      commandIds: commandIds.lookup,
      prepared,
      ...(options.now ? { now: options.now } : {}),
    });
  } catch (error) {
    await service.server.close();
    throw error;
  }
  loaded.booted = booted;
  // Usually at once; a Discord slow to answer delays readiness by 2 s at most (/help then waits).
  await Promise.race([
    commandIds.attach({ rest, applicationId: settings.applicationId, guildId: config.guildId }),
    new Promise((resolve) => setTimeout(resolve, COMMAND_IDS_WAIT_MS).unref()),
  ]);
  // The read-in-context and search pages, on the same server (they read the dataset in service).
  mountWebPages(service.router, { current: () => booted.context, dataDir: booted.config.dataDir });
  loaded.dispatcher = options.wrapDispatcher ? options.wrapDispatcher(booted.dispatcher) : booted.dispatcher;

  const ticker = createDailyPostTicker({
    store: booted.store,
    dataset: () => booted.context.dataset,
    sender: createRestPostSender(rest, () => botUserId),
    clock: booted.context.now,
    log: (level, message, fields) => logger[level](message, fields),
    onResult: (result) => service.metrics.recordDailyPost(result.outcome),
  });
  const intervalMs = options.tickIntervalMs ?? DEFAULT_TICK_INTERVAL_MS;
  ticker.start({ intervalMs });
  logger.info('daily posts started', { intervalMs });
  service.health.ready(() => ({ dataset: booted.context.loaded?.version }));
  logger.info('http interactions ready', {
    port: service.server.port,
    applicationId: settings.applicationId,
    apiBase: config.apiBase ?? 'discord.com',
  });

  let stopping: Promise<void> | undefined;
  const stop = (reason = 'stop requested') => {
    stopping ??= (async () => {
      service.health.stopping();
      logger.info('shutting down', { reason, deferred: endpoint.pending });
      await service.server.close(STOP_GRACE_MS);
      await endpoint.drain(STOP_GRACE_MS);
      let grace: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>(
        (resolve) => (grace = setTimeout(() => resolve('late'), STOP_GRACE_MS)),
      );
      // A post stuck in a long rate-limit wait must not hold the shutdown: its claim stays open and
      // another replica (or the next start) checks the channel before posting again.
      const outcome = await Promise.race([ticker.stop(), late]);
      clearTimeout(grace);
      logger.info(
        outcome === 'late' ? 'daily posts stopped with a post still in flight' : 'daily posts stopped',
      );
      await booted.store.close();
      logger.info('http interactions stopped');
    })();
    return stopping;
  };

  return { booted, service, endpoint, ticker, logger, stop };
}
