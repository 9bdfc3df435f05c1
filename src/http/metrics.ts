// Prometheus metrics (prom-client), one registry per process, served at GET /metrics:
//   dossier_interactions_total{kind,command,outcome}   every interaction answered (or not)
//   dossier_interaction_duration_seconds{kind}         time from arrival to the answer
//   dossier_daily_posts_total{outcome}                 daily posts sent / failed (and why not)
//   dossier_dataset_records{kind}                      records of the dataset in service
//   dossier_http_requests_total{route,method,status}   HTTP requests by route pattern
// plus prom-client's process metrics (CPU, memory, event-loop lag, handles).
// Label values come from bounded sets (the registry's names, fixed outcomes): a forged command
// name counts as "other", so a payload cannot grow the series without end.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Dataset } from '../dataset/types.js';
import type { HttpReply } from './router.js';

/** The tick outcomes that count as "sent" and as "failed"; the rest are counted by their name. */
const POST_SENT = new Set(['sent', 'found-existing']);
const POST_FAILED = new Set(['retry-scheduled', 'disabled', 'gave-up', 'error']);

export interface InteractionSample {
  /** command, autocomplete, component, message-command, ping, unsupported... */
  readonly kind: string;
  readonly command?: string | undefined;
  readonly outcome: string;
  readonly seconds: number;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly known: ReadonlySet<string>;
  private readonly interactions: Counter<'kind' | 'command' | 'outcome'>;
  private readonly latency: Histogram<'kind'>;
  private readonly dailyPosts: Counter<'outcome'>;
  private readonly http: Counter<'route' | 'method' | 'status'>;

  constructor(options: {
    /** Command names and component actions of the registry: the only `command` label values. */
    readonly names: Iterable<string>;
    /** The dataset in service, or undefined while it loads. */
    readonly dataset: () => Dataset | undefined;
  }) {
    this.known = new Set(options.names);
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.interactions = new Counter({
      name: 'dossier_interactions_total',
      help: 'Interactions handled, by kind, command and outcome.',
      labelNames: ['kind', 'command', 'outcome'],
      registers,
    });
    this.latency = new Histogram({
      name: 'dossier_interaction_duration_seconds',
      help: 'Time from an interaction arriving to its first answer.',
      labelNames: ['kind'],
      // Discord's deadline is 3 s; the buckets resolve well under it.
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 2.5, 3, 5],
      registers,
    });
    this.dailyPosts = new Counter({
      name: 'dossier_daily_posts_total',
      help: 'Daily posts by outcome: sent, failed (will retry, disabled, gave up, error), empty.',
      labelNames: ['outcome'],
      registers,
    });
    this.http = new Counter({
      name: 'dossier_http_requests_total',
      help: 'HTTP requests by route pattern, method and status.',
      labelNames: ['route', 'method', 'status'],
      registers,
    });
    const dataset = options.dataset;
    new Gauge({
      name: 'dossier_dataset_records',
      help: 'Records of the dataset in service, by kind (0 while loading).',
      labelNames: ['kind'],
      registers,
      collect() {
        const current = dataset();
        for (const kind of ['articles', 'actors', 'events', 'quotes'] as const)
          this.set({ kind }, current ? current[kind].length : 0);
      },
    });
  }

  recordInteraction(sample: InteractionSample): void {
    const command =
      sample.command === undefined ? 'none' : this.known.has(sample.command) ? sample.command : 'other';
    this.interactions.inc({ kind: sample.kind, command, outcome: sample.outcome });
    this.latency.observe({ kind: sample.kind }, sample.seconds);
  }

  /** A daily-post tick result's outcome (see schedule/ticker.ts). */
  recordDailyPost(outcome: string): void {
    const label = POST_SENT.has(outcome) ? 'sent' : POST_FAILED.has(outcome) ? 'failed' : outcome;
    this.dailyPosts.inc({ outcome: label });
  }

  recordHttp(fields: { route: string; method: string; status: number }): void {
    const method = ['GET', 'HEAD', 'POST'].includes(fields.method) ? fields.method : 'other';
    this.http.inc({ route: fields.route, method, status: String(fields.status) });
  }

  /** The GET /metrics reply. */
  async reply(): Promise<HttpReply> {
    return {
      status: 200,
      headers: { 'content-type': this.registry.contentType, 'cache-control': 'no-store' },
      body: await this.registry.metrics(),
    };
  }
}
