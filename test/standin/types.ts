// Public types of the Discord stand-in: what a test configures, and what it reads back.

import type { APIApplicationCommand, APIMessage, APIUser } from 'discord.js';
import type { PermissionInput } from './permissions.js';

export type { PermissionInput };

/** Channel types the stand-in knows by name (numbers are Discord's). */
export const ChannelTypes = {
  GuildText: 0,
  DM: 1,
  GuildVoice: 2,
  GuildCategory: 4,
  GuildAnnouncement: 5,
  GuildStageVoice: 13,
  GuildForum: 15,
} as const;

export interface UserSpec {
  id?: string;
  username: string;
  globalName?: string | null;
  bot?: boolean;
  avatar?: string | null;
}

export interface RoleSpec {
  id?: string;
  name: string;
  permissions?: PermissionInput;
  position?: number;
  color?: number;
  hoist?: boolean;
  mentionable?: boolean;
}

export interface OverwriteSpec {
  /** A role id or role name (type 'role'), or a user id or username (type 'member'); the guild id is @everyone. */
  id: string;
  type: 'role' | 'member';
  allow?: PermissionInput;
  deny?: PermissionInput;
}

export interface ChannelSpec {
  id?: string;
  name: string;
  /** Discord channel type; default 0 (text). See ChannelTypes. */
  type?: number;
  /** Id or name of a category channel in the same guild. */
  parent?: string;
  topic?: string | null;
  position?: number;
  nsfw?: boolean;
  overwrites?: OverwriteSpec[];
}

export interface MemberSpec {
  /** A user id or username of a configured user. */
  user: string;
  /** Role ids or names. */
  roles?: string[];
  nick?: string | null;
  joinedAt?: string;
}

export interface GuildSpec {
  id?: string;
  name: string;
  /** User id or username; default: an auto-created "guild-owner" user (the owner has every permission). */
  owner?: string;
  /** Permissions of @everyone (whose role id is the guild id). Default: Discord's usual defaults. */
  everyonePermissions?: PermissionInput;
  roles?: RoleSpec[];
  /** Default: one text channel "general". */
  channels?: ChannelSpec[];
  /** Default: every configured (non-bot) user, without roles. The bot and owner are always members. */
  members?: MemberSpec[];
  /** The bot's membership: extra roles (ids or names) and/or a managed bot role with these permissions. */
  bot?: { roles?: string[]; permissions?: PermissionInput; nick?: string | null };
  locale?: string;
  features?: string[];
}

export interface StandinOptions {
  /** Port for HTTP and the gateway; 0 (default) picks a free one. */
  port?: number;
  /** Bot token the stand-in accepts (`Authorization: Bot <token>`, IDENTIFY). Default: a generated one. */
  token?: string;
  applicationId?: string;
  /** The bot user; its id defaults to the application id, as on Discord. */
  bot?: { id?: string; username?: string; globalName?: string | null };
  /** Application flags in READY and /applications/@me. */
  applicationFlags?: number;
  /** Users besides the bot. Default: one user "tester". */
  users?: UserSpec[];
  guilds?: GuildSpec[];
  /** Recommended shard count from GET /gateway/bot. Default 1. */
  shards?: number;
  /** session_start_limit.max_concurrency. Default 16 so one process can identify many shards at once. */
  maxConcurrency?: number;
  /** heartbeat_interval sent in HELLO. Default 41250 ms (Discord's). */
  heartbeatIntervalMs?: number;
  /** How long a nonce with enforce_nonce de-duplicates messages in a channel. Default 5 minutes. */
  nonceWindowMs?: number;
  /** An interaction must get its callback within this time. Default 3000 ms (Discord's). */
  interactionAckDeadlineMs?: number;
  /** Interaction tokens (edits, follow-ups) expire after this. Default 15 minutes. */
  interactionTokenTtlMs?: number;
  /** The stand-in's clock (ms since the Unix epoch). Default Date.now. advanceTime() adds to it. */
  clock?: () => number;
  /** Log each request and gateway event: true for console.log, or a function. Default off. */
  log?: boolean | ((line: string) => void);
}

/** A file uploaded in a multipart request. */
export interface UploadedFile {
  /** The form field, e.g. "files[0]". */
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

/** One HTTP request the stand-in answered. */
export interface RequestRecord {
  seq: number;
  /** Stand-in clock time. */
  at: number;
  method: string;
  /** Decoded path after /api/v10, e.g. "/webhooks/1/tok/messages/@original". */
  path: string;
  /** The matched route template, e.g. "/channels/:channel/messages"; null for unknown routes. */
  route: string | null;
  query: Record<string, string>;
  /** Whether a correct bot token came with it ("none" when no Authorization header). */
  auth: 'bot' | 'none' | 'invalid';
  /** JSON body, or the parsed payload_json of a multipart body; undefined if none. */
  body: unknown;
  files: UploadedFile[];
  status: number;
  response: unknown;
  /** Set when an injected fault answered. */
  fault?: string;
}

export type MessageSource = 'channel' | 'interaction' | 'user';

/** A message as the stand-in stores it. `message` is its current state. */
export interface StoredMessage {
  message: APIMessage;
  channelId: string;
  guildId: string | null;
  /** "channel": the bot's POST /channels/:id/messages; "interaction": a reply, update or follow-up; "user": postAsUser. */
  source: MessageSource;
  ephemeral: boolean;
  interactionId: string | null;
  deleted: boolean;
  /** Stand-in clock time of creation. */
  createdAt: number;
}

export interface CallbackResponse {
  kind: 'callback';
  /** Interaction callback type: 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete, 9 modal. */
  type: number;
  /** The callback's `data` (message fields, choices, modal). */
  data: Record<string, unknown> | undefined;
  body: unknown;
  files: UploadedFile[];
  withResponse: boolean;
  at: number;
  /** The message the callback created or updated (types 4, 5, 6, 7). */
  message: APIMessage | null;
}

export interface EditResponse {
  kind: 'edit';
  /** "@original" or a follow-up message id. */
  target: string;
  body: unknown;
  files: UploadedFile[];
  at: number;
  message: APIMessage;
}

export interface FollowupResponse {
  kind: 'followup';
  body: unknown;
  files: UploadedFile[];
  at: number;
  message: APIMessage;
}

export interface DeleteResponse {
  kind: 'delete';
  target: string;
  at: number;
}

export type InteractionResponse = CallbackResponse | EditResponse | FollowupResponse | DeleteResponse;

export interface GatewaySessionInfo {
  sessionId: string;
  shard: [number, number];
  intents: number;
  /** Last sequence number sent. */
  seq: number;
  connected: boolean;
  /** False once the client closed with 1000/1001 or the session was invalidated. */
  resumable: boolean;
  identifiedAt: number;
  resumes: number;
}

export interface StandinStats {
  connections: number;
  identifies: number;
  resumes: number;
  disconnects: number;
  heartbeats: number;
  dispatches: number;
  requests: number;
  unknownRoutes: number;
  /** enforce_nonce posts answered with an existing message. */
  nonceReplays: number;
}

export interface StandinEvents {
  request: [RequestRecord];
  unknownRoute: [RequestRecord];
  connect: [{ remote: string }];
  identify: [GatewaySessionInfo];
  resume: [{ session: GatewaySessionInfo; replayed: number }];
  disconnect: [{ sessionId: string | null; shard: [number, number] | null; code: number }];
  dispatch: [{ sessionId: string; shard: [number, number]; t: string; s: number }];
  /** A gateway op from a client other than heartbeat, identify and resume (e.g. presence update). */
  gatewayOp: [{ sessionId: string | null; op: number; d: unknown }];
  message: [StoredMessage];
  messageUpdate: [StoredMessage];
  nonceReplay: [StoredMessage];
  interactionResponse: [{ interactionId: string; response: InteractionResponse }];
  commands: [{ guildId: string | null; commands: APIApplicationCommand[] }];
}

export type { APIUser };
