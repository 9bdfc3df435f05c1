// The bot's HTTP service in either mode: a server with GET /healthz and GET /metrics, its Health
// and Metrics for the runtime to update, and the Router others mount their routes on (the
// interactions endpoint, web pages). Started before the dataset loads, so /healthz says 503 then.
import type { Prepared } from '../boot.js';
import type { Dataset } from '../dataset/types.js';
import type { CommandModule } from '../interactions/types.js';
import { Health } from './health.js';
import { Metrics } from './metrics.js';
import { Router } from './router.js';
import { createHttpServer, type HttpServer } from './server.js';

export interface HttpService {
  readonly server: HttpServer;
  /** Add routes here (router.get(path, handler)); see router.ts. */
  readonly router: Router;
  readonly health: Health;
  readonly metrics: Metrics;
}

/** Command names and component actions: the values the metrics' `command` label may take. */
export function registryNames(commands: readonly CommandModule[]): string[] {
  return commands.flatMap((module) => [module.definition.name, ...Object.keys(module.components ?? {})]);
}

export function createHttpService(options: {
  readonly prepared: Prepared;
  readonly commands: readonly CommandModule[];
  /** The dataset in service; undefined while loading. */
  readonly dataset: () => Dataset | undefined;
}): HttpService {
  const health = new Health();
  const metrics = new Metrics({ names: registryNames(options.commands), dataset: options.dataset });
  const router = new Router().get('/healthz', () => health.reply()).get('/metrics', () => metrics.reply());
  const server = createHttpServer({
    router,
    logger: options.prepared.logger,
    onResponse: (fields) => metrics.recordHttp(fields),
  });
  return { server, router, health, metrics };
}

/** Starts the service on the configured PORT and HOST, saying where in the log. */
export async function listen(service: HttpService, prepared: Prepared, port: number): Promise<void> {
  await service.server.listen(port, prepared.config.host);
  prepared.logger.info('http server listening', { host: prepared.config.host, port: service.server.port });
}
