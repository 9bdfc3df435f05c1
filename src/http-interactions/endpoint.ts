// POST /interactions: Discord's "Interactions Endpoint URL". The signature is checked before
// anything else is read (missing or bad: 401, and nothing happens); then the content type, the
// JSON, the interaction's shape and application are checked (clear 4xx each); a PING is answered
// PONG; anything else goes through the same dispatcher as the gateway mode and is answered in the
// HTTP response within 3 s, or deferred there and answered by REST (see respond.ts).
import type { KeyObject } from 'node:crypto';
import { InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import { readBody } from '../http/body.js';
import type { InteractionSample } from '../http/metrics.js';
import { HttpError, type HttpReply, type HttpRequest } from '../http/router.js';
import {
  GENERIC_ERROR,
  UNSUPPORTED_INTERACTION,
  type InteractionDispatcher,
} from '../interactions/dispatch.js';
import { newErrorId } from '../interactions/errors.js';
import { TurnQueue } from '../interactions/turns.js';
import type { Response } from '../interactions/types.js';
import type { LogFields, Logger } from '../log.js';
import { decodeCustomId } from '../replies/custom-id.js';
import { ephemeralText } from '../replies/payload.js';
import { isKnownType, readEnvelope, toParsedInteraction, type ParsedInteraction } from './interaction.js';
import {
  DEFER_AFTER_MS,
  callbackFor,
  deferralFor,
  deliverDeferred,
  type CallbackBody,
  type Delivery,
  type WebhookRest,
} from './respond.js';
import { isValidSignature } from './verify.js';

/** Interactions are a few KiB; a message command's resolved message with embeds stays far below. */
export const DEFAULT_BODY_LIMIT_BYTES = 256 * 1024;

export interface InteractionsEndpointOptions {
  readonly publicKey: KeyObject;
  readonly applicationId: string;
  /** The dispatcher, once the dataset is loaded; until then interactions get 503. */
  readonly dispatcher: () => InteractionDispatcher | undefined;
  readonly rest: WebhookRest;
  readonly logger: Logger;
  readonly onInteraction?: (sample: InteractionSample) => void;
  readonly bodyLimitBytes?: number;
  readonly deferAfterMs?: number;
}

export interface InteractionsEndpoint {
  /** The POST /interactions handler. */
  readonly handle: (request: HttpRequest) => Promise<HttpReply>;
  /** Answers still to be sent by REST after a deferral. */
  readonly pending: number;
  /** Waits for the deferred answers (at most timeoutMs). */
  drain(timeoutMs: number): Promise<void>;
}

function isBarePing(body: unknown): body is { type: 1; application_id?: unknown } {
  return (
    typeof body === 'object' && body !== null && (body as { type?: unknown }).type === InteractionType.Ping
  );
}

function json(status: number, body: unknown): HttpReply {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

const refuse = (status: number, error: string) => json(status, { error });

function header(request: HttpRequest, name: string): string | undefined {
  const value = request.req.headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** What the log line and the metrics say about an interaction. */
function describe(parsed: ParsedInteraction): { kind: string; command?: string; subcommand?: string } {
  switch (parsed.kind) {
    case 'unsupported':
      return { kind: 'unsupported' };
    case 'component':
      return { kind: 'component', command: decodeCustomId(parsed.invocation.customId)?.action ?? 'unknown' };
    case 'command':
      return {
        kind: 'command',
        command: parsed.invocation.command,
        ...(parsed.invocation.subcommand ? { subcommand: parsed.invocation.subcommand } : {}),
      };
    default:
      return { kind: parsed.kind, command: parsed.invocation.command };
  }
}

function run(dispatcher: InteractionDispatcher, parsed: ParsedInteraction): Promise<Response> {
  switch (parsed.kind) {
    case 'command':
      return dispatcher.command(parsed.invocation);
    case 'autocomplete':
      return dispatcher.autocomplete(parsed.invocation);
    case 'component':
      return dispatcher.component(parsed.invocation);
    case 'message-command':
      return dispatcher.messageCommand(parsed.invocation);
    default:
      return Promise.resolve({ type: 'reply', payload: ephemeralText(UNSUPPORTED_INTERACTION) });
  }
}

/** Commands whose answer may be private are deferred privately (it cannot change afterwards). */
function defersEphemeral(parsed: ParsedInteraction): boolean {
  if (parsed.kind === 'command') return parsed.invocation.options.private === true;
  return parsed.kind === 'message-command' || parsed.kind === 'component';
}

export function createInteractionsEndpoint(options: InteractionsEndpointOptions): InteractionsEndpoint {
  const { publicKey, applicationId, rest, logger } = options;
  const limit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;
  const turns = new TurnQueue();
  const deferred = new Set<Promise<void>>();

  async function verifiedBody(request: HttpRequest): Promise<Buffer | HttpReply> {
    const signature = header(request, 'x-signature-ed25519');
    const timestamp = header(request, 'x-signature-timestamp');
    if (!signature || !timestamp)
      return refuse(401, 'The request is not signed (X-Signature-Ed25519, X-Signature-Timestamp).');
    let body: Buffer;
    try {
      body = await readBody(request.req, limit);
    } catch (error) {
      if (error instanceof HttpError) return refuse(error.status, error.message);
      throw error;
    }
    if (!isValidSignature(publicKey, signature, timestamp, body))
      return refuse(401, 'Invalid request signature.');
    return body;
  }

  async function handle(request: HttpRequest): Promise<HttpReply> {
    const started = performance.now();
    const body = await verifiedBody(request);
    if (!Buffer.isBuffer(body)) return body;
    // Signed by Discord from here on, and still checked: a bug or a changed format must not crash.
    if (!/^application\/json\s*(;|$)/i.test(header(request, 'content-type') ?? ''))
      return refuse(415, 'Interactions are JSON: Content-Type must be application/json.');
    let parsedJson: unknown;
    try {
      parsedJson = JSON.parse(body.toString('utf8'));
    } catch {
      return refuse(400, 'The body is not valid JSON.');
    }
    if (isBarePing(parsedJson)) {
      // A PING asks only whether the endpoint is alive and checks signatures: Discord's carries an
      // id, a token and more, but a minimal one (`{"type":1}`) is answered too, unless it names
      // another application.
      const { application_id: appId } = parsedJson;
      if (appId !== undefined && appId !== applicationId)
        return refuse(403, `This endpoint serves application ${applicationId}, not ${String(appId)}.`);
      return json(200, { type: InteractionResponseType.Pong });
    }
    const envelope = readEnvelope(parsedJson);
    if (!envelope.ok) return refuse(400, envelope.error);
    const interaction = envelope.envelope;
    if (interaction.application_id !== applicationId)
      return refuse(
        403,
        `This endpoint serves application ${applicationId}, not ${interaction.application_id}.`,
      );
    if (!isKnownType(interaction.type)) return refuse(400, `Unknown interaction type ${interaction.type}.`);
    const parsed = toParsedInteraction(interaction);
    if (parsed.kind === 'invalid') return refuse(400, parsed.error);
    const dispatcher = options.dispatcher();
    if (!dispatcher) return refuse(503, 'Dossier is starting: the dataset is still loading.');

    const described = describe(parsed);
    const log = logger.child({ interactionId: interaction.id });
    const fields: LogFields = { ...described, guildId: interaction.guild_id };
    const finish = (
      outcome: Delivery | 'unsupported' | 'error',
      firstAnswerMs: number,
      extra: LogFields = {},
    ) => {
      const latencyMs = Math.round(performance.now() - started);
      options.onInteraction?.({
        kind: described.kind,
        command: described.command,
        outcome,
        seconds: firstAnswerMs / 1000,
      });
      log[parsed.kind === 'unsupported' ? 'warn' : 'info']('interaction', {
        ...fields,
        latencyMs,
        outcome,
        ...extra,
      });
    };
    const failure = (error: unknown): Response => {
      const errorId = newErrorId();
      log.error('interaction failed', { ...fields, errorId, error });
      return { type: 'reply', payload: ephemeralText(`${GENERIC_ERROR} (error id \`${errorId}\`).`) };
    };

    const isComponent = parsed.kind === 'component';
    const pending = turns
      .next()
      .then(() => run(dispatcher, parsed))
      .catch(failure);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), Math.max(0, deferAfterMs - (performance.now() - started)));
    });
    const first = parsed.kind === 'autocomplete' ? await pending : await Promise.race([pending, late]);
    clearTimeout(timer);
    if (first !== 'late') {
      const { body: callback, delivery } = callbackFor(first, isComponent);
      finish(parsed.kind === 'unsupported' ? 'unsupported' : delivery, performance.now() - started);
      return json(200, callback);
    }

    // Too slow for the HTTP response: defer now, answer by REST when the dispatcher is done.
    const ephemeral = defersEphemeral(parsed);
    const deferral: CallbackBody = deferralFor(isComponent, ephemeral);
    const deferredAt = performance.now() - started;
    const target = { applicationId, token: interaction.token };
    const work: Promise<void> = pending
      .then((response) => deliverDeferred(rest, target, response, { isComponent, ephemeral }))
      .then(
        (delivery) => finish(delivery, deferredAt, { deferred: true }),
        (error: unknown) => {
          log.error('the deferred answer could not be sent', { ...fields, error });
          finish('error', deferredAt, { deferred: true });
        },
      )
      .finally(() => deferred.delete(work));
    deferred.add(work);
    return json(200, deferral);
  }

  return {
    handle,
    get pending() {
      return deferred.size;
    },
    drain: async (timeoutMs) => {
      if (deferred.size === 0) return;
      const limitReached = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref());
      await Promise.race([Promise.allSettled([...deferred]), limitReached]);
    },
  };
}
