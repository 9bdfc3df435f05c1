// Interactions: the record of each interaction sent to a client, what the client answered (callback, edits of
// @original, follow-ups, deletions), Discord's rules for those answers, and the handle tests await.

import type { APIInteraction, APIMessage } from 'discord.js';
import { validateChoices } from './commands.js';
import { DiscordErrors, HttpError, invalidForm } from './errors.js';
import type { Reply } from './http.js';
import type { EndpointResult } from './http-interactions.js';
import type { ChannelState, World } from './state.js';
import { validateMessageBody } from './state.js';
import type {
  CallbackResponse,
  EditResponse,
  FollowupResponse,
  InteractionResponse,
  StandinEvents,
  StoredMessage,
  UploadedFile,
} from './types.js';
import type { Waiters } from './wait.js';

type Json = Record<string, unknown>;

export interface InteractionState {
  id: string;
  token: string;
  /** 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  type: number;
  payload: Json;
  guildId: string | null;
  channelId: string;
  userId: string;
  createdAt: number;
  /** Human-readable: "/ask", "button:more", ... */
  label: string;
  callback: CallbackResponse | null;
  responses: InteractionResponse[];
  originalMessageId: string | null;
  followupIds: string[];
  /** Over HTTP: what the Interactions Endpoint answered (and why Discord refused it as a callback). */
  endpoint?: EndpointResult & { callbackError?: unknown };
}

export interface InteractionStoreConfig {
  applicationId: string;
  ackDeadlineMs: number;
  tokenTtlMs: number;
  now(): number;
  emit<K extends keyof StandinEvents>(event: K, ...args: StandinEvents[K]): void;
  /** Called when a stored message is created or updated (to dispatch gateway events). */
  onMessage(stored: StoredMessage, created: boolean): void;
}

/** Callback types allowed per interaction type (Discord rejects the others). */
const ALLOWED_CALLBACKS: Record<number, number[]> = {
  2: [4, 5, 9, 12],
  3: [4, 5, 6, 7, 9, 12],
  4: [8],
  5: [4, 5, 6, 7],
};

export class InteractionStore {
  readonly #byId = new Map<string, InteractionState>();
  readonly #byToken = new Map<string, InteractionState>();

  constructor(
    private readonly world: World,
    private readonly waiters: Waiters,
    private readonly config: InteractionStoreConfig,
  ) {}

  all(): InteractionState[] {
    return [...this.#byId.values()];
  }

  get(id: string): InteractionState | undefined {
    return this.#byId.get(id);
  }

  add(state: InteractionState): void {
    this.#byId.set(state.id, state);
    this.#byToken.set(state.token, state);
  }

  // ---- POST /interactions/:interaction/:token/callback ----

  callback(id: string, token: string, body: unknown, files: UploadedFile[], withResponse: boolean): Reply {
    const state = this.#byId.get(id);
    if (!state || state.token !== token) throw DiscordErrors.unknownInteraction();
    if (state.callback) throw DiscordErrors.alreadyAcknowledged();
    if (this.config.now() - state.createdAt > this.config.ackDeadlineMs)
      throw DiscordErrors.unknownInteraction();
    const request = asJson(body);
    const type = Number(request.type);
    if (!(ALLOWED_CALLBACKS[state.type] ?? []).includes(type)) {
      throw invalidForm(
        'type',
        'INTERACTION_RESPONSE_TYPE_INVALID',
        `Interaction response type ${type} is not valid here`,
      );
    }
    const data = request.data === undefined ? undefined : asJson(request.data);
    const channel = this.world.channels.get(state.channelId)!;
    let message: APIMessage | null = null;
    switch (type) {
      case 4: {
        validateMessageBody(data ?? {}, files, true);
        message = this.#createResponseMessage(state, channel, data ?? {}, files, false).message;
        state.originalMessageId = message.id;
        break;
      }
      case 5: {
        const flags = ((data?.flags as number | undefined) ?? 0) & 64;
        message = this.#createResponseMessage(state, channel, { flags: flags | 128 }, [], true).message;
        state.originalMessageId = message.id;
        break;
      }
      case 6:
      case 7: {
        const target = this.#componentMessage(state);
        if (!target) throw invalidForm('type', 'INTERACTION_RESPONSE_TYPE_INVALID', 'No message to update');
        state.originalMessageId = target.message.id;
        if (type === 7) {
          validateMessageBody(data ?? {}, files, false);
          this.#updateStored(target, this.world.editMessage(target.message, data ?? {}, files));
        }
        message = target.message;
        break;
      }
      case 8: {
        const choices = data?.choices;
        if (!Array.isArray(choices))
          throw invalidForm('data.choices', 'BASE_TYPE_REQUIRED', 'This field is required');
        if (choices.length > 25)
          throw invalidForm('data.choices', 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
        validateChoices(choices as Json[], 'data.choices');
        break;
      }
      case 9: {
        if (typeof data?.custom_id !== 'string' || typeof data.title !== 'string') {
          throw invalidForm('data', 'BASE_TYPE_REQUIRED', 'custom_id and title are required');
        }
        if (data.title.length > 45)
          throw invalidForm('data.title', 'BASE_TYPE_MAX_LENGTH', 'Must be 45 or fewer in length.');
        break;
      }
      default:
        break;
    }
    const response: CallbackResponse = {
      kind: 'callback',
      type,
      data,
      body,
      files,
      withResponse,
      at: this.config.now(),
      message,
    };
    state.callback = response;
    this.#record(state, response);
    if (!withResponse) return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: {
          id: state.id,
          type: state.type,
          response_message_id: message?.id ?? null,
          response_message_loading: type === 5,
          response_message_ephemeral: message ? ((message.flags ?? 0) & 64) !== 0 : false,
        },
        resource: { type, ...(message ? { message } : {}) },
      },
    };
  }

  // ---- /webhooks/:application/:token ... ----

  #forWebhook(applicationId: string, token: string): InteractionState {
    const state = this.#byToken.get(token);
    if (!state || applicationId !== this.config.applicationId) throw DiscordErrors.unknownWebhook();
    if (this.config.now() - state.createdAt > this.config.tokenTtlMs) {
      throw new HttpError(401, { message: 'Invalid Webhook Token', code: 50027 });
    }
    return state;
  }

  #target(state: InteractionState, messageRef: string): StoredMessage {
    const id = messageRef === '@original' ? state.originalMessageId : messageRef;
    if (
      !id ||
      (messageRef !== '@original' && !state.followupIds.includes(id) && id !== state.originalMessageId)
    ) {
      throw DiscordErrors.unknownMessage();
    }
    const stored = this.world.messages.get(id);
    if (!stored || stored.deleted) throw DiscordErrors.unknownMessage();
    return stored;
  }

  followup(applicationId: string, token: string, body: unknown, files: UploadedFile[], wait: boolean): Reply {
    const state = this.#forWebhook(applicationId, token);
    if (!state.callback) throw DiscordErrors.unknownWebhook();
    const data = asJson(body);
    validateMessageBody(data, files, true);
    const channel = this.world.channels.get(state.channelId)!;
    const stored = this.#createResponseMessage(state, channel, data, files, false, true);
    state.followupIds.push(stored.message.id);
    const response: FollowupResponse = {
      kind: 'followup',
      body,
      files,
      at: this.config.now(),
      message: stored.message,
    };
    this.#record(state, response);
    return wait ? { status: 200, body: stored.message } : { status: 204 };
  }

  getMessage(applicationId: string, token: string, messageRef: string): Reply {
    const state = this.#forWebhook(applicationId, token);
    return { status: 200, body: this.#target(state, messageRef).message };
  }

  editMessage(
    applicationId: string,
    token: string,
    messageRef: string,
    body: unknown,
    files: UploadedFile[],
  ): Reply {
    const state = this.#forWebhook(applicationId, token);
    const stored = this.#target(state, messageRef);
    const data = asJson(body);
    validateMessageBody(data, files, false);
    const edited = this.world.editMessage(stored.message, data, files);
    const empty =
      !edited.content &&
      (edited.embeds ?? []).length === 0 &&
      (edited.components ?? []).length === 0 &&
      (edited.attachments ?? []).length === 0;
    if (empty) throw DiscordErrors.emptyMessage();
    this.#updateStored(stored, edited);
    const response: EditResponse = {
      kind: 'edit',
      target: messageRef,
      body,
      files,
      at: this.config.now(),
      message: edited,
    };
    this.#record(state, response);
    return { status: 200, body: edited };
  }

  deleteMessage(applicationId: string, token: string, messageRef: string): Reply {
    const state = this.#forWebhook(applicationId, token);
    const stored = this.#target(state, messageRef);
    stored.deleted = true;
    this.#record(state, { kind: 'delete', target: messageRef, at: this.config.now() });
    return { status: 204 };
  }

  // ---- helpers ----

  #createResponseMessage(
    state: InteractionState,
    channel: ChannelState,
    data: Json,
    files: UploadedFile[],
    loading: boolean,
    followup = false,
  ): StoredMessage {
    const ephemeral = (((data.flags as number | undefined) ?? 0) & 64) !== 0;
    const commandType = (state.payload.data as Json | undefined)?.type as number | undefined;
    const messageType = followup ? 0 : state.type === 2 ? (commandType === 1 ? 20 : 23) : 0;
    const user = this.world.user(state.userId);
    const metadata: Json = {
      id: state.id,
      type: state.type,
      user,
      authorizing_integration_owners: state.payload.authorizing_integration_owners,
    };
    if (followup && state.originalMessageId) metadata.original_response_message_id = state.originalMessageId;
    if (state.type === 3) metadata.interacted_message_id = (state.payload.message as Json | undefined)?.id;
    const message = this.world.buildMessage({
      channel,
      author: this.world.botUser,
      body: loading ? { ...data, content: '' } : data,
      files,
      type: messageType,
      extra: {
        webhook_id: this.config.applicationId,
        application_id: this.config.applicationId,
        interaction_metadata: metadata,
        ...(state.type === 2
          ? {
              interaction: {
                id: state.id,
                type: state.type,
                name: (state.payload.data as Json).name,
                user,
              },
            }
          : {}),
      },
    });
    const stored = this.world.storeMessage({
      message,
      source: 'interaction',
      ephemeral,
      interactionId: state.id,
    });
    this.config.onMessage(stored, true);
    return stored;
  }

  /** The message a component or modal interaction came from, as stored (or as sent in the payload). */
  #componentMessage(state: InteractionState): StoredMessage | null {
    const sent = state.payload.message as APIMessage | undefined;
    if (!sent) return null;
    const stored = this.world.messages.get(sent.id);
    if (stored) return stored;
    // A message the test made up for the interaction: keep it so edits have something to change.
    return this.world.storeMessage({
      message: sent,
      source: 'interaction',
      ephemeral: ((sent.flags ?? 0) & 64) !== 0,
      interactionId: null,
    });
  }

  #updateStored(stored: StoredMessage, message: APIMessage): void {
    stored.message = message;
    this.config.onMessage(stored, false);
  }

  #record(state: InteractionState, response: InteractionResponse): void {
    state.responses.push(response);
    this.config.emit('interactionResponse', { interactionId: state.id, response });
    this.waiters.notify();
  }
}

function asJson(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Buffer.isBuffer(value) ? (value as Json) : {};
}

/** What tests hold after sending an interaction: the payload and everything the client answered. */
export class InteractionHandle {
  constructor(
    private readonly state: InteractionState,
    private readonly world: World,
    private readonly waiters: Waiters,
    /** Which gateway shard the interaction went to. */
    readonly shard: [number, number],
  ) {}

  get id(): string {
    return this.state.id;
  }

  get token(): string {
    return this.state.token;
  }

  /** The INTERACTION_CREATE data that was sent. */
  get payload(): APIInteraction {
    return this.state.payload as unknown as APIInteraction;
  }

  /** Everything answered so far, in order. */
  get responses(): readonly InteractionResponse[] {
    return this.state.responses;
  }

  get callback(): CallbackResponse | null {
    return this.state.callback;
  }

  /** The current state of @original (after edits), or null before a message-creating callback. */
  original(): APIMessage | null {
    const id = this.state.originalMessageId;
    return id ? (this.world.messages.get(id)?.message ?? null) : null;
  }

  /** Current state of the follow-up messages, in order. */
  followupMessages(): APIMessage[] {
    return this.state.followupIds.map((id) => this.world.messages.get(id)!.message);
  }

  /** Over HTTP: waits for what the endpoint answered (status, body, time, which URL). */
  endpointResult(timeoutMs = 4000): Promise<EndpointResult & { callbackError?: unknown }> {
    return this.waiters.until(
      () => this.state.endpoint,
      timeoutMs,
      () => `the endpoint's answer to ${this.state.label} (${this.state.id})`,
    );
  }

  /** Waits for the callback (the first response). */
  response(timeoutMs = 2000): Promise<CallbackResponse> {
    return this.waiters.until(
      () => this.state.callback ?? undefined,
      timeoutMs,
      () => `the callback of interaction ${this.state.label} (${this.state.id})`,
    );
  }

  /** Waits for the first response (past or future) matching a predicate. */
  waitFor<T extends InteractionResponse = InteractionResponse>(
    predicate: (response: InteractionResponse) => boolean,
    timeoutMs = 2000,
  ): Promise<T> {
    return this.waiters.until(
      () => this.state.responses.find(predicate) as T | undefined,
      timeoutMs,
      () => `a matching response to ${this.state.label}; got ${this.#summary()}`,
    );
  }

  /** Waits until there are at least `count` edits and returns them all. */
  edits(count = 1, timeoutMs = 2000): Promise<EditResponse[]> {
    return this.#atLeast('edit', count, timeoutMs);
  }

  /** Waits until there are at least `count` follow-ups and returns them all. */
  followups(count = 1, timeoutMs = 2000): Promise<FollowupResponse[]> {
    return this.#atLeast('followup', count, timeoutMs);
  }

  /**
   * Collects everything the client answers: waits for the callback (up to timeoutMs), then until nothing new has
   * arrived for quietMs (never past timeoutMs in total).
   */
  async all(options: { quietMs?: number; timeoutMs?: number } = {}): Promise<InteractionResponse[]> {
    const quietMs = options.quietMs ?? 150;
    const deadline = Date.now() + (options.timeoutMs ?? 3000);
    try {
      await this.response(Math.max(1, deadline - Date.now()));
    } catch {
      return [...this.state.responses];
    }
    for (;;) {
      const seen = this.state.responses.length;
      const wait = Math.min(quietMs, deadline - Date.now());
      if (wait <= 0) break;
      try {
        await this.waiters.until(
          () => (this.state.responses.length > seen ? true : undefined),
          wait,
          () => 'more responses',
        );
      } catch {
        break;
      }
    }
    return [...this.state.responses];
  }

  #atLeast<K extends 'edit' | 'followup'>(
    kind: K,
    count: number,
    timeoutMs: number,
  ): Promise<Extract<InteractionResponse, { kind: K }>[]> {
    type R = Extract<InteractionResponse, { kind: K }>;
    return this.waiters.until(
      () => {
        const found = this.state.responses.filter((r): r is R => r.kind === kind);
        return found.length >= count ? found : undefined;
      },
      timeoutMs,
      () => `${count} ${kind}(s) of ${this.state.label}; got ${this.#summary()}`,
    );
  }

  #summary(): string {
    if (this.state.responses.length === 0) return 'no responses';
    return this.state.responses
      .map((r) => (r.kind === 'callback' ? `callback type ${r.type}` : r.kind))
      .join(', ');
  }
}
