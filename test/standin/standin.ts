// A local stand-in for Discord's REST API and gateway, for end-to-end tests of a real discord.js client.
// Everything listens on 127.0.0.1 only.

import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIApplicationCommand, APIMessage, APIUser } from 'discord.js';
import { CommandRegistry } from './commands.js';
import { DiscordErrors, HttpError } from './errors.js';
import { Gateway, type SessionSelector } from './gateway.js';
import { InteractionsEndpointClient, type EndpointResult } from './http-interactions.js';
import { decodePath, Fault, type FaultRule, parseBody, readBody, type Reply, Router } from './http.js';
import { InteractionHandle, type InteractionState, InteractionStore } from './interactions.js';
import { type PermissionInput, resolvePermissions } from './permissions.js';
import { registerRoutes } from './rest.js';
import { SnowflakeGenerator } from './snowflake.js';
import { type ChannelState, type GuildState, World } from './state.js';
import type {
  ChannelSpec,
  GatewaySessionInfo,
  GuildSpec,
  MemberSpec,
  MessageSource,
  RequestRecord,
  StandinEvents,
  StandinOptions,
  StandinStats,
  StoredMessage,
  UserSpec,
} from './types.js';
import { Waiters } from './wait.js';

type Json = Record<string, unknown>;

/** Who invokes an interaction, and where. */
export interface InvokeSpec {
  /** User id or username; default: the first configured user. */
  user?: string;
  /** Guild id or name; default: the first guild. */
  guild?: string;
  /** Channel id or name; default: the guild's first text channel. */
  channel?: string;
  /** Invoke in the bot's DM with the user instead of a guild. */
  dm?: boolean;
  /** The invoker's permissions (member.permissions); default: computed from roles and channel overwrites. */
  permissions?: PermissionInput;
  /** app_permissions; default: the bot's computed permissions in the channel. */
  appPermissions?: PermissionInput;
  /** Default "en-US". */
  locale?: string;
}

export type OptionValue = string | number | boolean;

export interface ChatInputSpec extends InvokeSpec {
  /** Command name. */
  name: string;
  subcommand?: string;
  group?: string;
  /**
   * Option values by name (types come from the registered command when there is one, else string / integer /
   * number / boolean by JS type; user, channel and role options take an id or a name and get `resolved`),
   * or raw interaction options passed through as they are.
   */
  options?: Record<string, OptionValue> | Json[];
}

export interface AutocompleteSpec extends ChatInputSpec {
  /** The option being typed in; its value (in options) is the partial text, default "". */
  focused: string;
}

export interface ComponentSpec extends InvokeSpec {
  customId: string;
  /** The message carrying the component: a stored message id, a message object, or omitted (one is made up). */
  message?: string | APIMessage;
  /** Extra fields merged into `data` (e.g. `resolved` for user/role selects). */
  data?: Json;
}

export interface SelectSpec extends ComponentSpec {
  values: string[];
  /** 3 string (default), 5 user, 6 role, 7 mentionable, 8 channel. */
  componentType?: number;
}

export interface MessageCommandSpec extends InvokeSpec {
  name: string;
  /** A stored message id, a message object, or the content (and author) of a user message to make up. */
  target: string | APIMessage | { content: string; author?: string; embeds?: Json[] };
}

export interface UserCommandSpec extends InvokeSpec {
  name: string;
  /** User id or username. */
  target: string;
}

export interface ModalSubmitSpec extends InvokeSpec {
  customId: string;
  /** Text input values by custom_id. */
  fields: Record<string, string>;
  message?: string | APIMessage;
}

export interface RawInteractionSpec extends InvokeSpec {
  /** 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  type: number;
  data?: Json;
  message?: APIMessage;
}

export interface WaitForMessageOptions {
  timeoutMs?: number;
  source?: MessageSource;
  predicate?: (message: APIMessage) => boolean;
}

/** Starts a stand-in on 127.0.0.1 and resolves once it listens. */
export async function startStandin(options: StandinOptions = {}): Promise<Standin> {
  const standin = new Standin(options);
  await standin.listen(options.port ?? 0);
  return standin;
}

export class Standin {
  /** Typed events: request, unknownRoute, identify, resume, disconnect, message, interactionResponse, ... */
  readonly events = new EventEmitter<StandinEvents>();
  readonly stats: StandinStats = {
    connections: 0,
    identifies: 0,
    resumes: 0,
    disconnects: 0,
    heartbeats: 0,
    dispatches: 0,
    requests: 0,
    unknownRoutes: 0,
    nonceReplays: 0,
  };
  /** Every HTTP request answered, in order. */
  readonly requests: RequestRecord[] = [];
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: APIUser;

  readonly #options: StandinOptions;
  readonly #ids: SnowflakeGenerator;
  readonly #world: World;
  readonly #commands: CommandRegistry;
  readonly #interactions: InteractionStore;
  readonly #gateway: Gateway;
  readonly #router = new Router();
  readonly #waiters = new Waiters();
  readonly #faults: Fault[] = [];
  readonly #server: Server;
  readonly #consumed = new Set<string>();
  readonly #endpoint: InteractionsEndpointClient;
  readonly #commandIds = new Map<string, string>();
  #clockOffset = 0;
  #port = 0;
  #closed = false;
  #log: (line: string) => void;

  constructor(options: StandinOptions = {}) {
    this.#options = options;
    this.#ids = new SnowflakeGenerator(() => this.now());
    this.token = options.token ?? `standin.${randomBytes(18).toString('base64url')}`;
    this.applicationId = options.applicationId ?? options.bot?.id ?? this.#ids.next();
    this.botUser = {
      id: options.bot?.id ?? this.applicationId,
      username: options.bot?.username ?? 'Dossier',
      discriminator: '0',
      global_name: options.bot?.globalName ?? null,
      avatar: null,
      bot: true,
    };
    const log = options.log;
    this.#log =
      log === true ? (line) => console.log(`[standin] ${line}`) : typeof log === 'function' ? log : () => {};
    this.#world = new World(this.#ids, () => this.now(), this.botUser);
    this.#endpoint = new InteractionsEndpointClient(
      () => this.now(),
      options.interactionAckDeadlineMs ?? 3000,
    );
    for (const user of options.users ?? [{ username: 'tester' }]) this.#world.addUser(user);
    for (const guild of options.guilds ?? []) this.#world.addGuild(guild);
    this.#commands = new CommandRegistry(this.#ids, this.applicationId);
    this.#interactions = new InteractionStore(this.#world, this.#waiters, {
      applicationId: this.applicationId,
      ackDeadlineMs: options.interactionAckDeadlineMs ?? 3000,
      tokenTtlMs: options.interactionTokenTtlMs ?? 15 * 60_000,
      now: () => this.now(),
      emit: (event, ...args) => this.#emit(event, ...args),
      onMessage: (stored, created) => this.#onMessage(stored, created),
    });
    this.#gateway = new Gateway({
      token: this.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      path: '/gateway',
      resumeUrl: () => this.gatewayUrl,
      now: () => this.now(),
      newSessionId: () => randomBytes(16).toString('hex'),
      ready: (shard) => this.#readyData(shard),
      guildCreates: (shard) => this.#guildsOfShard(shard).map((guild) => this.#world.guildJson(guild, true)),
      membersChunk: (request) => this.#membersChunk(request),
      emit: (event, ...args) => this.#emit(event, ...args),
      stats: this.stats,
      log: (line) => this.#log(line),
    });
    registerRoutes(this.#router, {
      world: this.#world,
      commands: this.#commands,
      interactions: this.#interactions,
      applicationId: this.applicationId,
      applicationFlags: options.applicationFlags ?? 0,
      gatewayUrl: () => this.gatewayUrl,
      shards: options.shards ?? 1,
      maxConcurrency: options.maxConcurrency ?? 16,
      nonceWindowMs: options.nonceWindowMs ?? 5 * 60_000,
      now: () => this.now(),
      stats: this.stats,
      emit: (event, ...args) => this.#emit(event, ...args),
      onMessage: (stored, created) => this.#onMessage(stored, created),
      onMessageDelete: (stored) => this.#onMessageDelete(stored),
    });
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        this.#log(`http: handler crashed: ${String(error)}`);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: '500: Internal Server Error', code: 0 }));
      });
    });
    this.#server.on('upgrade', (req, socket, head: Buffer) => this.#gateway.handleUpgrade(req, socket, head));
  }

  /** Listens on 127.0.0.1 (startStandin does this). */
  async listen(port = 0): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, '127.0.0.1', () => {
        this.#server.off('error', reject);
        resolve();
      });
    });
    this.#port = (this.#server.address() as AddressInfo).port;
    this.#world.attachmentBase = `http://127.0.0.1:${this.#port}`;
  }

  get port(): number {
    return this.#port;
  }

  /** For `new Client({ rest: { api: standin.apiBase } })`. */
  get apiBase(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}/gateway`;
  }

  // ---- HTTP interactions ----

  /** The application's Ed25519 public key (64 hex characters): the bot's DISCORD_PUBLIC_KEY. */
  get publicKey(): string {
    return this.#endpoint.publicKey;
  }

  /** Signing and raw POSTs, for tests of the endpoint's checks (tampered bodies, wrong keys). */
  get interactionsEndpoint(): InteractionsEndpointClient {
    return this.#endpoint;
  }

  /**
   * Sends interactions to these Interactions Endpoint URLs (taken in turn, as a load balancer
   * would) instead of over the gateway, signed with the application's key; the HTTP response is
   * the callback. `[]` goes back to the gateway.
   */
  useInteractionsEndpoint(urls: string | readonly string[]): void {
    this.#endpoint.setUrls(typeof urls === 'string' ? [urls] : urls);
  }

  /** A signed PING (type 1), as Discord sends when the endpoint URL is saved in the portal. */
  ping(url = this.#endpoint.nextUrl()): Promise<EndpointResult> {
    return this.#endpoint.deliver(
      {
        id: this.#ids.next(),
        application_id: this.applicationId,
        type: 1,
        token: `itok.${randomBytes(48).toString('base64url')}`,
        version: 1,
        user: {
          id: this.botUser.id,
          username: 'discord',
          discriminator: '0',
          global_name: null,
          avatar: null,
        },
      },
      url,
    );
  }

  // ---- clock ----

  /** The stand-in's clock in ms (options.clock, default Date.now, plus advanceTime()). */
  now(): number {
    return (this.#options.clock ?? Date.now)() + this.#clockOffset;
  }

  /** Moves the stand-in's clock forward (nonce windows, interaction deadlines, token expiry). */
  advanceTime(ms: number): void {
    this.#clockOffset += ms;
  }

  // ---- world ----

  addUser(spec: UserSpec): APIUser {
    return this.#world.addUser(spec);
  }

  /** A user by id or username. */
  user(ref: string): APIUser {
    return this.#world.user(ref);
  }

  /** Adds a guild; connected shards it belongs to get GUILD_CREATE. Returns its id. */
  addGuild(spec: GuildSpec): string {
    const guild = this.#world.addGuild(spec);
    this.#gateway.dispatchGuild(guild.id, 'GUILD_CREATE', this.#world.guildJson(guild, true));
    return guild.id;
  }

  /** Removes a guild (the bot left or was kicked): GUILD_DELETE to its shard. */
  removeGuild(ref: string): void {
    const guild = this.#world.guild(ref);
    this.#gateway.dispatchGuild(guild.id, 'GUILD_DELETE', { id: guild.id });
    for (const id of guild.channelIds) this.#world.channels.delete(id);
    this.#world.guilds.delete(guild.id);
  }

  /** Adds a channel to a guild (CHANNEL_CREATE). Returns its id. */
  addChannel(guild: string, spec: ChannelSpec): string {
    const channel = this.#world.addChannel(this.#world.guild(guild).id, spec);
    this.#gateway.dispatchGuild(channel.guildId, 'CHANNEL_CREATE', this.#world.channelJson(channel));
    return channel.id;
  }

  /** Adds a member to a guild (GUILD_MEMBER_ADD for clients with the GuildMembers intent). */
  addMember(guild: string, spec: MemberSpec): void {
    const state = this.#world.guild(guild);
    const member = this.#world.addMember(state.id, spec);
    this.#gateway.dispatchGuild(
      state.id,
      'GUILD_MEMBER_ADD',
      { ...this.#world.memberJson(state, member), guild_id: state.id },
      1 << 1,
    );
  }

  /** A guild's id by name (or id). */
  guildId(ref: string): string {
    return this.#world.guild(ref).id;
  }

  /** A channel's id by name (or id), optionally within a guild (id or name). */
  channelId(ref: string, guild?: string): string {
    return this.#world.channel(ref, guild ? this.#world.guild(guild).id : undefined).id;
  }

  /** The channel object as GET /channels/:id returns it. */
  channel(ref: string): Json {
    return this.#world.channelJson(this.#world.channel(ref)) as unknown as Json;
  }

  /** The bot's DM channel with a user (created on first use); returns its id. */
  dmChannelId(user: string): string {
    return this.#world.dmChannel(this.#world.user(user).id).id;
  }

  guildIds(): string[] {
    return [...this.#world.guilds.keys()];
  }

  /** The guild ids a shard gets in READY. */
  guildIdsForShard(shardId: number, shardCount: number): string[] {
    return this.#guildsOfShard([shardId, shardCount]).map((g) => g.id);
  }

  /** A member's computed permissions in a guild or channel. */
  permissionsOf(user: string, guild: string, channel?: string): bigint {
    const g = this.#world.guild(guild);
    return this.#world.permissions(
      g.id,
      this.#world.user(user).id,
      channel ? this.#world.channel(channel, g.id).id : undefined,
    );
  }

  // ---- messages ----

  /** Visible messages of a channel (id or name), oldest first, as they are now. */
  messages(channel: string, filter: { source?: MessageSource } = {}): APIMessage[] {
    return this.storedMessages(channel)
      .filter((m) => !filter.source || m.source === filter.source)
      .map((m) => m.message);
  }

  /** Like messages() with the stand-in's bookkeeping (source, interaction id, ephemeral, deleted). */
  storedMessages(channel: string): StoredMessage[] {
    return this.#world.channelMessages(this.#world.channel(channel).id);
  }

  /** Any message by id (ephemeral ones included). */
  message(id: string): StoredMessage | undefined {
    return this.#world.messages.get(id);
  }

  /**
   * Resolves with the oldest visible message in the channel that no earlier waitForMessage returned (and that
   * matches the filter), waiting up to timeoutMs (default 2000) for one to be posted.
   */
  waitForMessage(channel: string, options: number | WaitForMessageOptions = {}): Promise<APIMessage> {
    const opts = typeof options === 'number' ? { timeoutMs: options } : options;
    const channelId = this.#world.channel(channel).id;
    return this.#waiters.until(
      () => {
        const found = this.#world
          .channelMessages(channelId)
          .find(
            (m) =>
              !this.#consumed.has(m.message.id) &&
              (!opts.source || m.source === opts.source) &&
              (!opts.predicate || opts.predicate(m.message)),
          );
        if (!found) return undefined;
        this.#consumed.add(found.message.id);
        return found.message;
      },
      opts.timeoutMs ?? 2000,
      () => `a new message in channel ${channel}${opts.source ? ` from ${opts.source}` : ''}`,
    );
  }

  /** A user posts a message (MESSAGE_CREATE to clients with the GuildMessages / DirectMessages intent). */
  postAsUser(channel: string, user: string, content: string | Json): APIMessage {
    const state = this.#world.channel(channel);
    const author = this.#world.user(user);
    const body = typeof content === 'string' ? { content } : content;
    const message = this.#world.buildMessage({ channel: state, author, body, files: [] });
    const stored = this.#world.storeMessage({ message, source: 'user' });
    this.#onMessage(stored, true);
    return message;
  }

  // ---- interactions ----

  /** Sends a slash-command interaction. */
  chatInput(spec: ChatInputSpec): InteractionHandle {
    const ctx = this.#context(spec);
    const command = this.#commands.find(spec.name, 1, ctx.guild?.id ?? null);
    const { options, resolved } = this.#buildOptions(spec, command, ctx, null);
    return this.#send(
      2,
      ctx,
      {
        ...this.#commandData(spec.name, 1, command),
        ...(options.length > 0 ? { options } : {}),
        ...(resolved ? { resolved } : {}),
      },
      `/${[spec.name, spec.group, spec.subcommand].filter(Boolean).join(' ')}`,
    );
  }

  /** Sends an autocomplete interaction (type 4) for the focused option. */
  autocomplete(spec: AutocompleteSpec): InteractionHandle {
    const ctx = this.#context(spec);
    const command = this.#commands.find(spec.name, 1, ctx.guild?.id ?? null);
    const { options } = this.#buildOptions(spec, command, ctx, spec.focused);
    return this.#send(
      4,
      ctx,
      { ...this.#commandData(spec.name, 1, command), options },
      `autocomplete /${spec.name}`,
    );
  }

  /** Sends a button press. */
  button(spec: ComponentSpec): InteractionHandle {
    const ctx = this.#context(spec);
    const message = this.#componentMessage(spec.message, ctx, {
      type: 2,
      style: 1,
      label: spec.customId,
      custom_id: spec.customId,
    });
    return this.#send(
      3,
      ctx,
      { custom_id: spec.customId, component_type: 2, ...spec.data },
      `button:${spec.customId}`,
      message,
    );
  }

  /** Sends a select menu choice (string select by default). */
  select(spec: SelectSpec): InteractionHandle {
    const ctx = this.#context(spec);
    const componentType = spec.componentType ?? 3;
    const message = this.#componentMessage(spec.message, ctx, {
      type: componentType,
      custom_id: spec.customId,
      ...(componentType === 3 ? { options: spec.values.map((v) => ({ label: v, value: v })) } : {}),
    });
    return this.#send(
      3,
      ctx,
      { custom_id: spec.customId, component_type: componentType, values: spec.values, ...spec.data },
      `select:${spec.customId}`,
      message,
    );
  }

  /** Sends a message context-menu command (data.type 3, target_id, resolved.messages). */
  messageCommand(spec: MessageCommandSpec): InteractionHandle {
    const ctx = this.#context(spec);
    const target = this.#targetMessage(spec.target, ctx);
    const command = this.#commands.find(spec.name, 3, ctx.guild?.id ?? null);
    return this.#send(
      2,
      ctx,
      {
        ...this.#commandData(spec.name, 3, command),
        target_id: target.id,
        resolved: { messages: { [target.id]: target } },
      },
      `message command ${spec.name}`,
    );
  }

  /** Sends a user context-menu command (data.type 2). */
  userCommand(spec: UserCommandSpec): InteractionHandle {
    const ctx = this.#context(spec);
    const target = this.#world.user(spec.target);
    const command = this.#commands.find(spec.name, 2, ctx.guild?.id ?? null);
    const resolved: Json = { users: { [target.id]: target } };
    const member = ctx.guild?.members.get(target.id);
    if (ctx.guild && member) {
      const { user: _user, ...rest } = this.#world.memberJson(ctx.guild, member) as unknown as Json;
      resolved.members = {
        [target.id]: {
          ...rest,
          permissions: this.#world.permissions(ctx.guild.id, target.id, ctx.channel.id).toString(),
        },
      };
    }
    return this.#send(
      2,
      ctx,
      { ...this.#commandData(spec.name, 2, command), target_id: target.id, resolved },
      `user command ${spec.name}`,
    );
  }

  /** Sends a modal submission with text input values. */
  modalSubmit(spec: ModalSubmitSpec): InteractionHandle {
    const ctx = this.#context(spec);
    const message = spec.message ? this.#componentMessage(spec.message, ctx, null) : undefined;
    return this.#send(
      5,
      ctx,
      {
        custom_id: spec.customId,
        components: Object.entries(spec.fields).map(([customId, value]) => ({
          type: 1,
          components: [{ type: 4, custom_id: customId, value }],
        })),
      },
      `modal:${spec.customId}`,
      message,
    );
  }

  /** Sends any interaction: the common fields are filled in from the invocation spec. */
  sendInteraction(spec: RawInteractionSpec): InteractionHandle {
    return this.#send(
      spec.type,
      this.#context(spec),
      spec.data ?? {},
      `interaction type ${spec.type}`,
      spec.message,
    );
  }

  /** Every interaction sent, with its responses. */
  interactions(): readonly InteractionState[] {
    return this.#interactions.all();
  }

  // ---- commands ----

  /** Registered commands: global (no argument) or of a guild (id or name). */
  commands(guild?: string): APIApplicationCommand[] {
    return this.#commands.list(guild ? this.#world.guild(guild).id : null);
  }

  // ---- requests and faults ----

  /** Requests to routes the stand-in does not know (answered 404). */
  get unknownRequests(): RequestRecord[] {
    return this.requests.filter((r) => r.route === null);
  }

  /** Requests matching a method and route pattern (same patterns as faults). */
  requestsTo(method: string, route: string | RegExp): RequestRecord[] {
    const probe = new Fault({ method, route, status: 0, times: Number.POSITIVE_INFINITY });
    return this.requests.filter((r) => probe.matches(r.method, r.path));
  }

  /** Makes the next matching request(s) fail; see FaultRule. */
  injectFault(rule: FaultRule): Fault {
    const fault = new Fault(rule);
    this.#faults.push(fault);
    return fault;
  }

  /** The next `times` matching requests answer `status` (500 by default) with Discord's error body. */
  failNext(method: string, route: string | RegExp, status = 500, times = 1): Fault {
    return this.injectFault({ method, route, status, times });
  }

  /** The next `times` matching requests answer 429 with retry_after (seconds, default 0.1). */
  rateLimitNext(
    method: string,
    route: string | RegExp,
    options: { retryAfter?: number; times?: number; global?: boolean } = {},
  ): Fault {
    return this.injectFault({ method, route, status: 429, ...options });
  }

  clearFaults(): void {
    for (const fault of this.#faults) fault.cancel();
    this.#faults.length = 0;
  }

  // ---- gateway ----

  sessions(): GatewaySessionInfo[] {
    return this.#gateway.sessions();
  }

  /**
   * Drops gateway connections (all, or one shard): closes with `code` (default 4000, resumable) or terminates
   * the socket. The client reconnects and RESUMEs; events sent meanwhile are replayed. Returns how many.
   */
  dropConnection(options: SessionSelector & { code?: number; terminate?: boolean } = {}): number {
    return this.#gateway.drop(options);
  }

  /** Sends op 7 RECONNECT (the client closes and resumes). */
  requestReconnect(selector: SessionSelector = {}): number {
    return this.#gateway.requestReconnect(selector);
  }

  /** Sends op 9 INVALID_SESSION. */
  invalidateSession(selector: SessionSelector & { resumable?: boolean } = {}): number {
    return this.#gateway.invalidateSession(selector);
  }

  /** Stop (false) or resume (true) acknowledging heartbeats. */
  setHeartbeatAcks(enabled: boolean): void {
    this.#gateway.heartbeatAcks = enabled;
  }

  /** Waits for the next event of a kind (optionally matching a predicate). */
  waitFor<K extends keyof StandinEvents>(
    event: K,
    options: { timeoutMs?: number; predicate?: (...args: StandinEvents[K]) => boolean } = {},
  ): Promise<StandinEvents[K]> {
    let got: StandinEvents[K] | undefined;
    const listener = ((...args: StandinEvents[K]) => {
      if (!got && (!options.predicate || options.predicate(...args))) got = args;
    }) as never;
    this.events.on(event, listener);
    return this.#waiters
      .until(
        () => got,
        options.timeoutMs ?? 2000,
        () => `event ${String(event)}`,
      )
      .finally(() => this.events.off(event, listener));
  }

  // ---- shutdown ----

  /** Closes the gateway and HTTP server and every connection; rejects pending waits. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#waiters.closeAll();
    await this.#gateway.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
    this.events.removeAllListeners();
  }

  // ---- internals ----

  #emit<K extends keyof StandinEvents>(event: K, ...args: StandinEvents[K]): void {
    (this.events.emit as (event: K, ...args: StandinEvents[K]) => boolean)(event, ...args);
    this.#waiters.notify();
  }

  #guildsOfShard(shard: [number, number]): GuildState[] {
    return [...this.#world.guilds.values()].filter(
      (g) => Number((BigInt(g.id) >> 22n) % BigInt(shard[1])) === shard[0],
    );
  }

  #readyData(shard: [number, number]): Json {
    return {
      v: 10,
      user_settings: {},
      user: { ...this.botUser, verified: true, mfa_enabled: false, email: null, flags: 0 },
      guilds: this.#guildsOfShard(shard).map((g) => ({ id: g.id, unavailable: true })),
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      application: { id: this.applicationId, flags: this.#options.applicationFlags ?? 0 },
      session_type: 'normal',
      auth: {},
      _trace: ['standin'],
    };
  }

  #membersChunk(request: Json): Json | null {
    const guildId = typeof request.guild_id === 'string' ? request.guild_id : null;
    const guild = guildId ? this.#world.guilds.get(guildId) : undefined;
    if (!guild) return null;
    const ids = Array.isArray(request.user_ids)
      ? request.user_ids.map(String)
      : typeof request.user_ids === 'string'
        ? [request.user_ids]
        : null;
    const query = typeof request.query === 'string' ? request.query.toLowerCase() : '';
    const limit =
      typeof request.limit === 'number' && request.limit > 0 ? request.limit : Number.POSITIVE_INFINITY;
    const members = [...guild.members.values()]
      .filter((m) =>
        ids ? ids.includes(m.userId) : this.#world.user(m.userId).username.toLowerCase().startsWith(query),
      )
      .slice(0, limit);
    return {
      guild_id: guild.id,
      members: members.map((m) => this.#world.memberJson(guild, m)),
      chunk_index: 0,
      chunk_count: 1,
      not_found: ids ? ids.filter((id) => !guild.members.has(id)) : [],
      ...(request.nonce ? { nonce: request.nonce } : {}),
    };
  }

  #onMessage(stored: StoredMessage, created: boolean): void {
    this.#emit(created ? 'message' : 'messageUpdate', stored);
    if (stored.ephemeral) return;
    const guild = stored.guildId ? this.#world.guilds.get(stored.guildId) : undefined;
    const member = guild?.members.get(stored.message.author.id);
    const base: Json = { ...(stored.message as unknown as Json) };
    if (guild) {
      base.guild_id = guild.id;
      if (member) {
        const { user: _user, ...rest } = this.#world.memberJson(guild, member) as unknown as Json;
        base.member = rest;
      }
    }
    const intent = guild ? 1 << 9 : 1 << 12;
    this.#gateway.dispatchGuild(stored.guildId, created ? 'MESSAGE_CREATE' : 'MESSAGE_UPDATE', base, intent);
  }

  #onMessageDelete(stored: StoredMessage): void {
    const intent = stored.guildId ? 1 << 9 : 1 << 12;
    this.#gateway.dispatchGuild(
      stored.guildId,
      'MESSAGE_DELETE',
      {
        id: stored.message.id,
        channel_id: stored.channelId,
        ...(stored.guildId ? { guild_id: stored.guildId } : {}),
      },
      intent,
    );
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    if (method === 'GET' && url.pathname.startsWith('/attachments/')) {
      const id = url.pathname.split('/')[3] ?? '';
      const attachment = this.#world.attachments.get(id);
      if (!attachment) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': attachment.contentType }).end(attachment.data);
      return;
    }
    const prefix = '/api/v10';
    const rawPath = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : null;
    const path = rawPath === null ? url.pathname : decodePath(rawPath);
    const authHeader = req.headers.authorization;
    const auth: RequestRecord['auth'] =
      authHeader === undefined ? 'none' : authHeader === `Bot ${this.token}` ? 'bot' : 'invalid';
    const raw = await readBody(req);
    const record: RequestRecord = {
      seq: this.requests.length + 1,
      at: this.now(),
      method,
      path,
      route: null,
      query: Object.fromEntries(url.searchParams),
      auth,
      body: undefined,
      files: [],
      status: 0,
      response: undefined,
    };
    let reply: Reply;
    try {
      const parsed = await parseBody(raw, req.headers['content-type']);
      record.body = parsed.body;
      record.files = parsed.files;
      reply = await this.#route(record, url.searchParams, rawPath !== null);
    } catch (error) {
      reply = toReply(error);
    }
    record.status = reply.status;
    record.response = reply.body;
    this.requests.push(record);
    this.stats.requests++;
    this.#log(`http: ${method} ${path} -> ${reply.status}${record.fault ? ` (fault ${record.fault})` : ''}`);
    const headers: Record<string, string> = { ...(reply.headers ?? {}) };
    let payload: string | undefined;
    if (reply.status !== 204 && reply.body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(reply.body);
    }
    res.writeHead(reply.status, headers);
    res.end(payload);
    this.#emit('request', record);
    if (record.route === null) this.#emit('unknownRoute', record);
  }

  async #route(record: RequestRecord, query: URLSearchParams, inApi: boolean): Promise<Reply> {
    const unknown = (): Reply => {
      this.stats.unknownRoutes++;
      this.#log(`http: UNKNOWN ROUTE ${record.method} ${record.path}`);
      return toReply(DiscordErrors.notFound());
    };
    if (!inApi) return unknown();
    const match = this.#router.match(record.method, record.path);
    if (match.kind !== 'route') return unknown();
    record.route = match.route.template;
    const fault = this.#faults.find((f) => f.matches(record.method, record.path));
    if (fault) {
      fault.hits++;
      record.fault = fault.describe();
      if (fault.rule.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.rule.delayMs));
    }
    if (fault && !fault.rule.afterHandler) return fault.reply(record.path, this.now());
    let reply: Reply;
    if (match.route.auth && record.auth !== 'bot') {
      reply = toReply(DiscordErrors.unauthorized());
    } else {
      try {
        reply = await match.route.handler({
          method: record.method,
          path: record.path,
          route: match.route.template,
          params: match.params,
          query,
          body: record.body,
          files: record.files,
        });
      } catch (error) {
        reply = toReply(error);
      }
    }
    return fault ? fault.reply(record.path, this.now()) : reply;
  }

  #defaultUser(): APIUser {
    const user = this.#world.regularUsers()[0];
    if (!user) throw new Error('stand-in: no user to invoke interactions; pass `user` or configure users');
    return user;
  }

  #context(spec: InvokeSpec): InvocationContext {
    const user = spec.user ? this.#world.user(spec.user) : this.#defaultUser();
    let guild: GuildState | null = null;
    let channel: ChannelState;
    if (spec.dm) {
      channel = this.#world.dmChannel(user.id);
    } else if (spec.channel) {
      channel = this.#world.channel(spec.channel, spec.guild ? this.#world.guild(spec.guild).id : undefined);
      guild = channel.guildId ? this.#world.guild(channel.guildId) : null;
    } else {
      const first = [...this.#world.guilds.values()][0];
      guild = spec.guild ? this.#world.guild(spec.guild) : (first ?? null);
      if (!guild) throw new Error('stand-in: no guild configured; pass `dm: true` or configure guilds');
      channel = this.#world.defaultChannel(guild);
    }
    if (guild && !guild.members.has(user.id)) {
      throw new Error(`stand-in: user ${user.username} is not a member of guild ${guild.name}`);
    }
    const permissions =
      spec.permissions !== undefined
        ? resolvePermissions(spec.permissions)
        : guild
          ? this.#world.permissions(guild.id, user.id, channel.id)
          : null;
    const appPermissions =
      spec.appPermissions !== undefined
        ? resolvePermissions(spec.appPermissions)
        : this.#world.botPermissions(channel.id);
    return { user, guild, channel, permissions, appPermissions, locale: spec.locale ?? 'en-US' };
  }

  #commandData(name: string, type: number, command: APIApplicationCommand | undefined): Json {
    let id = command?.id;
    if (!id) {
      const key = `${type}:${name}`;
      id = this.#commandIds.get(key) ?? this.#ids.next();
      this.#commandIds.set(key, id);
    }
    return { id, name, type, ...(command?.guild_id ? { guild_id: command.guild_id } : {}) };
  }

  /** Builds interaction options (and resolved data) from name -> value, typed by the registered command. */
  #buildOptions(
    spec: ChatInputSpec,
    command: APIApplicationCommand | undefined,
    ctx: InvocationContext,
    focused: string | null,
  ): { options: Json[]; resolved: Json | null } {
    if (Array.isArray(spec.options)) return { options: spec.options, resolved: null };
    let schema = (command?.options ?? []) as unknown as Json[];
    const findIn = (list: Json[], name: string, types: number[]): Json[] => {
      const option = list.find((o) => o.name === name && types.includes(Number(o.type)));
      if (!option && command) throw new Error(`stand-in: /${spec.name} has no sub-command (group) "${name}"`);
      return (option?.options ?? []) as Json[];
    };
    if (spec.group) schema = findIn(schema, spec.group, [2]);
    if (spec.subcommand) schema = findIn(schema, spec.subcommand, [1]);
    const values: Record<string, OptionValue> = { ...(spec.options ?? {}) };
    if (focused !== null && !(focused in values)) values[focused] = '';
    const resolved: Record<string, Json> = {};
    const addResolved = (kind: string, id: string, value: unknown): void => {
      resolved[kind] ??= {};
      resolved[kind][id] = value;
    };
    const options: Json[] = Object.entries(values).map(([name, value]) => {
      const def = schema.find((o) => o.name === name);
      if (command && !def) throw new Error(`stand-in: /${spec.name} has no option "${name}"`);
      const type = def ? Number(def.type) : inferType(value);
      const option: Json = { name, type, value };
      if (name === focused) {
        option.focused = true;
        option.value = String(value);
        return option;
      }
      switch (type) {
        case 3:
          option.value = String(value);
          break;
        case 4:
        case 10:
          if (typeof value !== 'number' || (type === 4 && !Number.isInteger(value))) {
            throw new Error(
              `stand-in: option "${name}" of /${spec.name} needs ${type === 4 ? 'an integer' : 'a number'}`,
            );
          }
          break;
        case 5:
          if (typeof value !== 'boolean')
            throw new Error(`stand-in: option "${name}" of /${spec.name} needs a boolean`);
          break;
        case 6:
        case 9: {
          const user = this.#world.findUser(String(value));
          if (user) {
            option.value = user.id;
            addResolved('users', user.id, user);
            const member = ctx.guild?.members.get(user.id);
            if (ctx.guild && member) {
              const { user: _user, ...rest } = this.#world.memberJson(ctx.guild, member) as unknown as Json;
              addResolved('members', user.id, {
                ...rest,
                permissions: this.#world.permissions(ctx.guild.id, user.id, ctx.channel.id).toString(),
              });
            }
            break;
          }
          if (type === 6) throw new Error(`stand-in: option "${name}": unknown user ${String(value)}`);
          const role = ctx.guild ? this.#world.role(ctx.guild, String(value)) : null;
          if (!role) throw new Error(`stand-in: option "${name}": unknown user or role ${String(value)}`);
          option.value = role.id;
          addResolved('roles', role.id, this.#world.roleJson(role));
          break;
        }
        case 7: {
          const channel = this.#world.channel(String(value), ctx.guild?.id);
          option.value = channel.id;
          const full = this.#world.channelJson(channel) as unknown as Json;
          addResolved('channels', channel.id, {
            id: channel.id,
            name: channel.name,
            type: channel.type,
            ...(full.parent_id ? { parent_id: full.parent_id } : {}),
            permissions: ctx.guild
              ? this.#world.permissions(ctx.guild.id, ctx.user.id, channel.id).toString()
              : '0',
          });
          break;
        }
        case 8: {
          if (!ctx.guild) throw new Error(`stand-in: role option "${name}" needs a guild`);
          const role = this.#world.role(ctx.guild, String(value));
          option.value = role.id;
          addResolved('roles', role.id, this.#world.roleJson(role));
          break;
        }
        default:
          break;
      }
      const choices = def?.choices as Json[] | undefined;
      if (Array.isArray(choices) && choices.length > 0 && !choices.some((c) => c.value === option.value)) {
        throw new Error(`stand-in: option "${name}" of /${spec.name} must be one of its choices`);
      }
      return option;
    });
    if (command && focused === null) {
      for (const def of schema) {
        if (def.required === true && !(String(def.name) in values)) {
          throw new Error(`stand-in: /${spec.name} needs option "${String(def.name)}"`);
        }
      }
    }
    let wrapped = options;
    if (spec.subcommand) wrapped = [{ name: spec.subcommand, type: 1, options }];
    if (spec.group) wrapped = [{ name: spec.group, type: 2, options: wrapped }];
    return { options: wrapped, resolved: Object.keys(resolved).length > 0 ? resolved : null };
  }

  #componentMessage(
    ref: string | APIMessage | undefined,
    ctx: InvocationContext,
    component: Json | null,
  ): APIMessage {
    if (typeof ref === 'string') {
      const stored = this.#world.messages.get(ref);
      if (!stored) throw new Error(`stand-in: unknown message ${ref}`);
      return stored.message;
    }
    if (ref) return this.#world.messages.get(ref.id)?.message ?? ref;
    return this.#world.buildMessage({
      channel: ctx.channel,
      author: this.botUser,
      body: {
        content: 'message with a component',
        components: component ? [{ type: 1, components: [component] }] : [],
      },
      files: [],
    });
  }

  #targetMessage(target: MessageCommandSpec['target'], ctx: InvocationContext): APIMessage {
    if (typeof target === 'string') {
      const stored = this.#world.messages.get(target);
      if (!stored) throw new Error(`stand-in: unknown message ${target}`);
      return stored.message;
    }
    if ('id' in target && 'channel_id' in target)
      return this.#world.messages.get(target.id)?.message ?? target;
    const spec = target as { content: string; author?: string; embeds?: Json[] };
    const author = spec.author ? this.#world.user(spec.author) : ctx.user;
    const message = this.#world.buildMessage({
      channel: ctx.channel,
      author,
      body: { content: spec.content, ...(spec.embeds ? { embeds: spec.embeds } : {}) },
      files: [],
    });
    this.#world.storeMessage({ message, source: 'user' });
    return message;
  }

  #send(
    type: number,
    ctx: InvocationContext,
    data: Json,
    label: string,
    message?: APIMessage,
  ): InteractionHandle {
    if (this.#closed) throw new Error('stand-in is closed');
    const { user, guild, channel } = ctx;
    const payload: Json = {
      id: this.#ids.next(),
      application_id: this.applicationId,
      type,
      data,
      token: `itok.${randomBytes(48).toString('base64url')}`,
      version: 1,
      locale: ctx.locale,
      app_permissions: ctx.appPermissions.toString(),
      entitlements: [],
      authorizing_integration_owners: guild ? { '0': guild.id } : { '0': '0' },
      context: guild ? 0 : 1,
      attachment_size_limit: 10 * 1024 * 1024,
      channel: this.#world.channelJson(channel),
      channel_id: channel.id,
    };
    if (guild) {
      const member = guild.members.get(user.id)!;
      payload.guild = { id: guild.id, locale: guild.locale, features: guild.features };
      payload.guild_id = guild.id;
      payload.guild_locale = guild.locale;
      payload.member = {
        ...(this.#world.memberJson(guild, member) as unknown as Json),
        permissions: (ctx.permissions ?? 0n).toString(),
      };
    } else {
      payload.user = user;
    }
    if (message) payload.message = message;
    const state: InteractionState = {
      id: payload.id as string,
      token: payload.token as string,
      type,
      payload,
      guildId: guild?.id ?? null,
      channelId: channel.id,
      userId: user.id,
      createdAt: this.now(),
      label,
      callback: null,
      responses: [],
      originalMessageId: null,
      followupIds: [],
    };
    this.#interactions.add(state);
    if (this.#endpoint.urls.length > 0) {
      void this.#deliverOverHttp(state);
      return new InteractionHandle(state, this.#world, this.#waiters, [0, 1]);
    }
    const session = this.#gateway.dispatchOne(guild?.id ?? null, 'INTERACTION_CREATE', payload);
    this.#log(`gateway: INTERACTION_CREATE ${label} -> shard ${session.shard.join('/')}`);
    return new InteractionHandle(state, this.#world, this.#waiters, session.shard);
  }

  /** POSTs the interaction to the endpoint; a 200 JSON answer is taken as its callback. */
  async #deliverOverHttp(state: InteractionState): Promise<void> {
    const result = await this.#endpoint.deliver(state.payload);
    this.#log(`http: POST ${result.url} ${state.label} -> ${result.status} in ${Math.round(result.ms)} ms`);
    let callbackError: unknown;
    if (result.status === 200 && result.json !== undefined && !this.#closed) {
      try {
        this.#interactions.callback(state.id, state.token, result.json, [], false);
      } catch (error) {
        callbackError = error instanceof HttpError ? error.body : String(error);
      }
    }
    state.endpoint = { ...result, ...(callbackError !== undefined ? { callbackError } : {}) };
    this.#waiters.notify();
  }
}

interface InvocationContext {
  user: APIUser;
  guild: GuildState | null;
  channel: ChannelState;
  permissions: bigint | null;
  appPermissions: bigint;
  locale: string;
}

function inferType(value: OptionValue): number {
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'number') return Number.isInteger(value) ? 4 : 10;
  return 3;
}

function toReply(error: unknown): Reply {
  if (error instanceof HttpError) return { status: error.status, body: error.body, headers: error.headers };
  return { status: 500, body: { message: `500: Internal Server Error (${String(error)})`, code: 0 } };
}
