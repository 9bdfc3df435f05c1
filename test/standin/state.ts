// The stand-in's model of Discord: users, guilds with roles, channels and members, DMs and messages,
// and how each is serialised the way Discord sends it.

import type { APIChannel, APIGuildMember, APIMessage, APIRole, APIUser } from 'discord.js';
import { DiscordErrors, type HttpError, invalidForm } from './errors.js';
import {
  computePermissions,
  DEFAULT_EVERYONE_PERMISSIONS,
  DM_PERMISSIONS,
  resolvePermissions,
  type OverwriteState,
} from './permissions.js';
import { isSnowflake, type SnowflakeGenerator, snowflakeTimestamp } from './snowflake.js';
import type {
  ChannelSpec,
  GuildSpec,
  MemberSpec,
  MessageSource,
  RoleSpec,
  StoredMessage,
  UploadedFile,
  UserSpec,
} from './types.js';

export interface RoleState {
  id: string;
  name: string;
  permissions: bigint;
  position: number;
  color: number;
  hoist: boolean;
  mentionable: boolean;
  managed: boolean;
  botId: string | null;
}

export interface ChannelState {
  id: string;
  type: number;
  guildId: string | null;
  name: string | null;
  position: number;
  parentId: string | null;
  topic: string | null;
  nsfw: boolean;
  overwrites: OverwriteState[];
  /** DM recipient (the user, not the bot). */
  recipientIds: string[];
  lastMessageId: string | null;
}

export interface MemberState {
  userId: string;
  roles: string[];
  nick: string | null;
  joinedAt: string;
}

export interface GuildState {
  id: string;
  name: string;
  ownerId: string;
  roles: Map<string, RoleState>;
  channelIds: string[];
  members: Map<string, MemberState>;
  locale: string;
  features: string[];
  joinedAt: string;
}

export interface StoredAttachment {
  id: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

type Json = Record<string, unknown>;

/** Text-based channel types: text, DM, voice (text-in-voice), announcement, threads, stage. */
const TEXT_BASED = new Set([0, 1, 2, 3, 5, 10, 11, 12, 13]);

export function isTextBased(type: number): boolean {
  return TEXT_BASED.has(type);
}

export class World {
  readonly users = new Map<string, APIUser>();
  readonly guilds = new Map<string, GuildState>();
  readonly channels = new Map<string, ChannelState>();
  /** Every message, ephemeral ones included, by id. */
  readonly messages = new Map<string, StoredMessage>();
  /** Ids of the visible messages of each channel, oldest first. */
  readonly channelMessageIds = new Map<string, string[]>();
  readonly attachments = new Map<string, StoredAttachment>();
  readonly #dmByUser = new Map<string, string>();
  #defaultOwnerId: string | null = null;

  constructor(
    readonly ids: SnowflakeGenerator,
    readonly now: () => number,
    readonly botUser: APIUser,
    /** Base URL for attachment downloads, e.g. http://127.0.0.1:PORT (set once listening). */
    public attachmentBase = '',
  ) {
    this.users.set(botUser.id, botUser);
  }

  // ---- users ----

  addUser(spec: UserSpec): APIUser {
    const id = spec.id ?? this.ids.next();
    if (this.users.has(id)) throw new Error(`user ${id} already exists`);
    const user: APIUser = {
      id,
      username: spec.username,
      discriminator: '0',
      global_name: spec.globalName ?? null,
      avatar: spec.avatar ?? null,
      ...(spec.bot ? { bot: true } : {}),
    };
    this.users.set(id, user);
    return user;
  }

  /** A user by id or username. */
  findUser(ref: string): APIUser | undefined {
    const byId = this.users.get(ref);
    if (byId) return byId;
    for (const user of this.users.values()) if (user.username === ref) return user;
    return undefined;
  }

  user(ref: string): APIUser {
    const user = this.findUser(ref);
    if (!user) throw new Error(`stand-in: unknown user ${ref}`);
    return user;
  }

  /** Users other than the bot and the auto-created owner, in creation order. */
  regularUsers(): APIUser[] {
    return [...this.users.values()].filter((u) => u.id !== this.botUser.id && u.id !== this.#defaultOwnerId);
  }

  // ---- guilds ----

  addGuild(spec: GuildSpec): GuildState {
    const id = spec.id ?? this.ids.next();
    if (this.guilds.has(id)) throw new Error(`guild ${id} already exists`);
    const ownerId = spec.owner ? this.user(spec.owner).id : this.#defaultOwner();
    const guild: GuildState = {
      id,
      name: spec.name,
      ownerId,
      roles: new Map(),
      channelIds: [],
      members: new Map(),
      locale: spec.locale ?? 'en-US',
      features: spec.features ?? [],
      joinedAt: new Date(this.now()).toISOString(),
    };
    this.guilds.set(id, guild);
    guild.roles.set(id, {
      id,
      name: '@everyone',
      permissions:
        spec.everyonePermissions === undefined
          ? DEFAULT_EVERYONE_PERMISSIONS
          : resolvePermissions(spec.everyonePermissions),
      position: 0,
      color: 0,
      hoist: false,
      mentionable: false,
      managed: false,
      botId: null,
    });
    (spec.roles ?? []).forEach((role, index) => this.addRole(id, role, index + 1));
    const botRoles = (spec.bot?.roles ?? []).map((ref) => this.role(guild, ref).id);
    if (spec.bot?.permissions !== undefined) {
      const managed = this.addRole(id, { name: this.botUser.username, permissions: spec.bot.permissions });
      managed.managed = true;
      managed.botId = this.botUser.id;
      botRoles.push(managed.id);
    }
    this.#addMember(guild, { userId: this.botUser.id, roles: botRoles, nick: spec.bot?.nick ?? null });
    this.#addMember(guild, { userId: ownerId, roles: [], nick: null });
    const members: MemberSpec[] = spec.members ?? this.regularUsers().map((u) => ({ user: u.id }));
    for (const member of members) this.addMember(id, member);
    const channels = spec.channels ?? [{ name: 'general' }];
    // Categories first so children can name their parent.
    for (const channel of channels.filter((c) => c.type === 4)) this.addChannel(id, channel);
    for (const channel of channels.filter((c) => c.type !== 4)) this.addChannel(id, channel);
    return guild;
  }

  guild(ref: string): GuildState {
    const byId = this.guilds.get(ref);
    if (byId) return byId;
    for (const guild of this.guilds.values()) if (guild.name === ref) return guild;
    throw new Error(`stand-in: unknown guild ${ref}`);
  }

  addRole(guildId: string, spec: RoleSpec, position?: number): RoleState {
    const guild = this.guild(guildId);
    const role: RoleState = {
      id: spec.id ?? this.ids.next(),
      name: spec.name,
      permissions: spec.permissions === undefined ? 0n : resolvePermissions(spec.permissions),
      position: spec.position ?? position ?? guild.roles.size,
      color: spec.color ?? 0,
      hoist: spec.hoist ?? false,
      mentionable: spec.mentionable ?? false,
      managed: false,
      botId: null,
    };
    guild.roles.set(role.id, role);
    return role;
  }

  role(guild: GuildState, ref: string): RoleState {
    const byId = guild.roles.get(ref);
    if (byId) return byId;
    for (const role of guild.roles.values()) if (role.name === ref) return role;
    throw new Error(`stand-in: unknown role ${ref} in guild ${guild.name}`);
  }

  addMember(guildId: string, spec: MemberSpec): MemberState {
    const guild = this.guild(guildId);
    const user = this.user(spec.user);
    return this.#addMember(guild, {
      userId: user.id,
      roles: (spec.roles ?? []).map((ref) => this.role(guild, ref).id),
      nick: spec.nick ?? null,
      ...(spec.joinedAt ? { joinedAt: spec.joinedAt } : {}),
    });
  }

  #addMember(
    guild: GuildState,
    m: { userId: string; roles: string[]; nick: string | null; joinedAt?: string },
  ): MemberState {
    const existing = guild.members.get(m.userId);
    if (existing) {
      existing.roles = [...new Set([...existing.roles, ...m.roles])];
      if (m.nick !== null) existing.nick = m.nick;
      return existing;
    }
    const member: MemberState = {
      userId: m.userId,
      roles: m.roles,
      nick: m.nick,
      joinedAt: m.joinedAt ?? new Date(this.now()).toISOString(),
    };
    guild.members.set(m.userId, member);
    return member;
  }

  #defaultOwner(): string {
    if (!this.#defaultOwnerId) this.#defaultOwnerId = this.addUser({ username: 'guild-owner' }).id;
    return this.#defaultOwnerId;
  }

  // ---- channels ----

  addChannel(guildId: string, spec: ChannelSpec): ChannelState {
    const guild = this.guild(guildId);
    const id = spec.id ?? this.ids.next();
    if (this.channels.has(id)) throw new Error(`channel ${id} already exists`);
    const overwrites: OverwriteState[] = (spec.overwrites ?? []).map((o) => ({
      id: o.type === 'role' ? (o.id === guild.id ? guild.id : this.role(guild, o.id).id) : this.user(o.id).id,
      type: o.type === 'role' ? 0 : 1,
      allow: o.allow === undefined ? 0n : resolvePermissions(o.allow),
      deny: o.deny === undefined ? 0n : resolvePermissions(o.deny),
    }));
    const parentId = spec.parent ? this.channel(spec.parent, guild.id).id : null;
    const channel: ChannelState = {
      id,
      type: spec.type ?? 0,
      guildId: guild.id,
      name: spec.name,
      position: spec.position ?? guild.channelIds.length,
      parentId,
      topic: spec.topic ?? null,
      nsfw: spec.nsfw ?? false,
      overwrites,
      recipientIds: [],
      lastMessageId: null,
    };
    this.channels.set(id, channel);
    guild.channelIds.push(id);
    return channel;
  }

  /** A channel by id, or by name (optionally within one guild). */
  channel(ref: string, guildId?: string): ChannelState {
    const byId = this.channels.get(ref);
    if (byId && (!guildId || byId.guildId === guildId)) return byId;
    for (const channel of this.channels.values()) {
      if (channel.name === ref && (!guildId || channel.guildId === guildId)) return channel;
    }
    throw new Error(`stand-in: unknown channel ${ref}`);
  }

  /** The DM channel between the bot and a user, created on first use. */
  dmChannel(userId: string): ChannelState {
    const existing = this.#dmByUser.get(userId);
    if (existing) return this.channels.get(existing)!;
    const user = this.user(userId);
    const channel: ChannelState = {
      id: this.ids.next(),
      type: 1,
      guildId: null,
      name: null,
      position: 0,
      parentId: null,
      topic: null,
      nsfw: false,
      overwrites: [],
      recipientIds: [user.id],
      lastMessageId: null,
    };
    this.channels.set(channel.id, channel);
    this.#dmByUser.set(user.id, channel.id);
    return channel;
  }

  /** The first text or announcement channel of a guild. */
  defaultChannel(guild: GuildState): ChannelState {
    for (const id of guild.channelIds) {
      const channel = this.channels.get(id)!;
      if (channel.type === 0 || channel.type === 5) return channel;
    }
    throw new Error(`stand-in: guild ${guild.name} has no text channel`);
  }

  // ---- permissions ----

  /** A member's permissions in a guild, or in one of its channels (with overwrites). */
  permissions(guildId: string, userId: string, channelId?: string): bigint {
    const guild = this.guild(guildId);
    const member = guild.members.get(userId);
    if (!member) return 0n;
    const everyone = guild.roles.get(guild.id)!.permissions;
    const memberRoles = member.roles.flatMap((id) => {
      const role = guild.roles.get(id);
      return role ? [{ id: role.id, permissions: role.permissions }] : [];
    });
    const channel = channelId ? this.channels.get(channelId) : undefined;
    if (!channel) {
      return computePermissions({
        guildId,
        ownerId: guild.ownerId,
        userId,
        everyone,
        memberRoles,
        overwrites: [],
      });
    }
    let overwrites = channel.overwrites;
    // Channels synced to a category inherit its overwrites when they have none of their own.
    if (overwrites.length === 0 && channel.parentId) {
      overwrites = this.channels.get(channel.parentId)?.overwrites ?? [];
    }
    return computePermissions({ guildId, ownerId: guild.ownerId, userId, everyone, memberRoles, overwrites });
  }

  /** The bot's permissions in a channel (DMs: Discord's fixed DM set). */
  botPermissions(channelId: string): bigint {
    const channel = this.channels.get(channelId);
    if (!channel || !channel.guildId) return DM_PERMISSIONS;
    return this.permissions(channel.guildId, this.botUser.id, channel.id);
  }

  // ---- serialisation ----

  roleJson(role: RoleState): APIRole {
    return {
      id: role.id,
      name: role.name,
      color: role.color,
      colors: { primary_color: role.color, secondary_color: null, tertiary_color: null },
      hoist: role.hoist,
      icon: null,
      unicode_emoji: null,
      position: role.position,
      permissions: role.permissions.toString(),
      managed: role.managed,
      mentionable: role.mentionable,
      flags: 0 as APIRole['flags'],
      ...(role.botId ? { tags: { bot_id: role.botId } } : {}),
    };
  }

  channelJson(channel: ChannelState): APIChannel {
    const base: Json = { id: channel.id, type: channel.type, flags: 0 };
    if (channel.type === 1) {
      return {
        ...base,
        last_message_id: channel.lastMessageId,
        recipients: channel.recipientIds.map((id) => this.user(id)),
      } as unknown as APIChannel;
    }
    const json: Json = {
      ...base,
      guild_id: channel.guildId,
      name: channel.name,
      position: channel.position,
      permission_overwrites: channel.overwrites.map((o) => ({
        id: o.id,
        type: o.type,
        allow: o.allow.toString(),
        deny: o.deny.toString(),
      })),
      parent_id: channel.parentId,
      nsfw: channel.nsfw,
    };
    if (channel.type !== 4) {
      json.last_message_id = channel.lastMessageId;
      json.rate_limit_per_user = 0;
    }
    if (channel.type === 0 || channel.type === 5 || channel.type === 15) json.topic = channel.topic;
    if (channel.type === 2 || channel.type === 13) {
      json.bitrate = 64000;
      json.user_limit = 0;
      json.rtc_region = null;
    }
    return json as unknown as APIChannel;
  }

  memberJson(guild: GuildState, member: MemberState): APIGuildMember {
    return {
      user: this.user(member.userId),
      nick: member.nick,
      avatar: null,
      banner: null,
      roles: member.roles,
      joined_at: member.joinedAt,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
    } as unknown as APIGuildMember;
  }

  /** The guild object; `create` adds the GUILD_CREATE extras (channels, members, joined_at...). */
  guildJson(guild: GuildState, create: boolean): Json {
    const json: Json = {
      id: guild.id,
      name: guild.name,
      icon: null,
      icon_hash: null,
      splash: null,
      discovery_splash: null,
      owner_id: guild.ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      widget_enabled: false,
      widget_channel_id: null,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [...guild.roles.values()].map((r) => this.roleJson(r)),
      emojis: [],
      features: guild.features,
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      max_presences: null,
      max_members: 500000,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: guild.locale,
      public_updates_channel_id: null,
      max_video_channel_users: 25,
      max_stage_video_channel_users: 50,
      nsfw_level: 0,
      stickers: [],
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      incidents_data: null,
    };
    if (create) {
      Object.assign(json, {
        joined_at: guild.joinedAt,
        large: false,
        unavailable: false,
        member_count: guild.members.size,
        voice_states: [],
        members: [...guild.members.values()].map((m) => this.memberJson(guild, m)),
        channels: guild.channelIds.map((id) => this.channelJson(this.channels.get(id)!)),
        threads: [],
        presences: [],
        stage_instances: [],
        guild_scheduled_events: [],
        soundboard_sounds: [],
      });
    }
    return json;
  }

  // ---- messages ----

  /**
   * Builds a message the way Discord returns it, from a create body (content, embeds, components, flags,
   * nonce, message_reference, attachments) and uploaded files.
   */
  buildMessage(args: {
    channel: ChannelState;
    author: APIUser;
    body: Json;
    files: UploadedFile[];
    type?: number;
    extra?: Json;
  }): APIMessage {
    const id = this.ids.next();
    const body = args.body;
    const json: Json = {
      id,
      type: args.type ?? (body.message_reference ? 19 : 0),
      channel_id: args.channel.id,
      author: args.author,
      content: typeof body.content === 'string' ? body.content : '',
      timestamp: new Date(snowflakeTimestamp(id)).toISOString(),
      edited_timestamp: null,
      tts: body.tts === true,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: this.#attachments(args.channel.id, body, args.files, []),
      embeds: normaliseEmbeds(body.embeds),
      pinned: false,
      flags: typeof body.flags === 'number' ? body.flags : 0,
      components: Array.isArray(body.components) ? body.components : [],
    };
    if (body.nonce !== undefined) json.nonce = body.nonce;
    if (body.message_reference)
      json.message_reference = { type: 0, channel_id: args.channel.id, ...(body.message_reference as Json) };
    if (body.poll) json.poll = body.poll;
    if (body.sticker_ids) json.sticker_items = [];
    Object.assign(json, args.extra ?? {});
    return json as unknown as APIMessage;
  }

  /** Applies an edit body (PATCH semantics: only the fields present change). */
  editMessage(message: APIMessage, body: Json, files: UploadedFile[]): APIMessage {
    const json = { ...(message as unknown as Json) };
    if ('content' in body) json.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body) json.embeds = normaliseEmbeds(body.embeds);
    if ('components' in body) json.components = Array.isArray(body.components) ? body.components : [];
    if ('flags' in body && typeof body.flags === 'number') {
      // Only SUPPRESS_EMBEDS (4) and IS_COMPONENTS_V2 (1 << 15) may be changed; keep the rest.
      const changeable = 4 | (1 << 15);
      json.flags = ((json.flags as number) & ~changeable) | (body.flags & changeable);
    }
    if ('attachments' in body || files.length > 0) {
      json.attachments = this.#attachments(
        message.channel_id,
        body,
        files,
        (message.attachments ?? []) as unknown as Json[],
      );
    }
    // The loading flag (128) goes once a deferred reply is edited.
    json.flags = ((json.flags as number) ?? 0) & ~128;
    json.edited_timestamp = new Date(this.now()).toISOString();
    return json as unknown as APIMessage;
  }

  #attachments(channelId: string, body: Json, files: UploadedFile[], previous: Json[]): Json[] {
    const listed = Array.isArray(body.attachments) ? (body.attachments as Json[]) : null;
    const result: Json[] = [];
    const byIndex = new Map<string, UploadedFile>();
    files.forEach((file, index) => {
      const match = /^files\[(\d+)\]$/.exec(file.field);
      byIndex.set(match ? match[1]! : String(index), file);
    });
    const fromFile = (file: UploadedFile, meta: Json): Json => {
      const id = this.ids.next();
      this.attachments.set(id, {
        id,
        filename: file.filename,
        contentType: file.contentType,
        data: file.data,
      });
      const url = `${this.attachmentBase}/attachments/${channelId}/${id}/${encodeURIComponent(file.filename)}`;
      return {
        id,
        filename: file.filename,
        size: file.data.length,
        url,
        proxy_url: url,
        content_type: file.contentType,
        ...(typeof meta.description === 'string' ? { description: meta.description } : {}),
      };
    };
    if (listed) {
      for (const meta of listed) {
        const key = String(meta.id);
        const file = byIndex.get(key);
        if (file) {
          result.push(fromFile(file, meta));
          byIndex.delete(key);
        } else {
          const kept = previous.find((a) => a.id === key);
          if (kept) result.push(kept);
        }
      }
    } else {
      result.push(...previous);
    }
    for (const file of byIndex.values()) result.push(fromFile(file, {}));
    return result;
  }

  /** Stores a message; visible (non-ephemeral) ones are listed in their channel. */
  storeMessage(args: {
    message: APIMessage;
    source: MessageSource;
    ephemeral?: boolean;
    interactionId?: string | null;
  }): StoredMessage {
    const channel = this.channels.get(args.message.channel_id);
    const stored: StoredMessage = {
      message: args.message,
      channelId: args.message.channel_id,
      guildId: channel?.guildId ?? null,
      source: args.source,
      ephemeral: args.ephemeral ?? false,
      interactionId: args.interactionId ?? null,
      deleted: false,
      createdAt: this.now(),
    };
    this.messages.set(args.message.id, stored);
    if (!stored.ephemeral) {
      const list = this.channelMessageIds.get(stored.channelId) ?? [];
      list.push(args.message.id);
      this.channelMessageIds.set(stored.channelId, list);
      if (channel) channel.lastMessageId = args.message.id;
    }
    return stored;
  }

  /** Visible, undeleted messages of a channel, oldest first. */
  channelMessages(channelId: string): StoredMessage[] {
    return (this.channelMessageIds.get(channelId) ?? [])
      .map((id) => this.messages.get(id)!)
      .filter((m) => !m.deleted);
  }

  requireChannel(id: string): ChannelState {
    const channel = this.channels.get(id);
    if (!channel) throw DiscordErrors.unknownChannel();
    return channel;
  }

  requireGuild(id: string): GuildState {
    const guild = this.guilds.get(id);
    if (!guild) throw DiscordErrors.unknownGuild();
    return guild;
  }

  /** Resolves a user by id for REST lookups (404 Unknown User when missing or not a snowflake). */
  requireUser(id: string): APIUser {
    const user = isSnowflake(id) ? this.users.get(id) : undefined;
    if (!user) throw DiscordErrors.unknownUser();
    return user;
  }
}

/** Discord fills in embed type "rich" and drops empty fields. */
function normaliseEmbeds(embeds: unknown): Json[] {
  if (!Array.isArray(embeds)) return [];
  return embeds.map((e: unknown) => {
    const embed = { ...(e as Json) };
    embed.type ??= 'rich';
    for (const key of Object.keys(embed))
      if (embed[key] === undefined || embed[key] === null) delete embed[key];
    return embed;
  });
}

/** Validates a message create body like Discord does (the common cases). */
export function validateMessageBody(body: Json, files: UploadedFile[], requireContent: boolean): void {
  if (typeof body.content === 'string' && body.content.length > 2000) {
    throw invalidLength('content', 2000);
  }
  const embeds = Array.isArray(body.embeds) ? body.embeds : [];
  if (embeds.length > 10) throw invalidLength('embeds', 10);
  let total = 0;
  embeds.forEach((e: unknown, i) => {
    const embed = e as Json;
    const check = (key: string, max: number, value: unknown): void => {
      if (typeof value === 'string') {
        if (value.length > max) throw invalidLength(`embeds.${i}.${key}`, max);
        total += value.length;
      }
    };
    check('title', 256, embed.title);
    check('description', 4096, embed.description);
    const fields = Array.isArray(embed.fields) ? (embed.fields as Json[]) : [];
    if (fields.length > 25) throw invalidLength(`embeds.${i}.fields`, 25);
    fields.forEach((f, j) => {
      check(`fields.${j}.name`, 256, f.name);
      check(`fields.${j}.value`, 1024, f.value);
    });
    check('footer.text', 2048, (embed.footer as Json | undefined)?.text);
    check('author.name', 256, (embed.author as Json | undefined)?.name);
  });
  if (total > 6000) throw invalidLength('embeds', 6000);
  const components = Array.isArray(body.components) ? body.components : [];
  if (components.length > 40) throw invalidLength('components', 40);
  if (body.nonce !== undefined) {
    const nonce = body.nonce;
    const ok =
      (typeof nonce === 'string' && nonce.length <= 25) ||
      (typeof nonce === 'number' && Number.isInteger(nonce));
    if (!ok)
      throw invalidForm('nonce', 'NONCE_TYPE_INVALID', 'Nonce must be at most 25 characters or an integer.');
  }
  if (requireContent) {
    const hasContent = typeof body.content === 'string' && body.content.trim().length > 0;
    const hasOther =
      embeds.length > 0 ||
      components.length > 0 ||
      files.length > 0 ||
      Boolean(body.poll) ||
      Boolean(body.sticker_ids);
    if (!hasContent && !hasOther) throw DiscordErrors.emptyMessage();
  }
}

function invalidLength(path: string, max: number): HttpError {
  return invalidForm(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
}
