// The REST routes under /api/v10 that discord.js uses in login, commands, interactions and channel posts.

import type { APIMessage } from 'discord.js';
import { PermissionFlagsBits } from 'discord.js';
import type { CommandRegistry } from './commands.js';
import { DiscordErrors, HttpError } from './errors.js';
import { json, noContent, type Router } from './http.js';
import type { InteractionStore } from './interactions.js';
import { isTextBased, validateMessageBody, type ChannelState, type World } from './state.js';
import type { StandinEvents, StandinStats, StoredMessage } from './types.js';

type Json = Record<string, unknown>;

export interface RestDeps {
  world: World;
  commands: CommandRegistry;
  interactions: InteractionStore;
  applicationId: string;
  applicationFlags: number;
  gatewayUrl(): string;
  shards: number;
  maxConcurrency: number;
  nonceWindowMs: number;
  now(): number;
  stats: StandinStats;
  emit<K extends keyof StandinEvents>(event: K, ...args: StandinEvents[K]): void;
  /** A stored message was created (true) or changed (false). */
  onMessage(stored: StoredMessage, created: boolean): void;
  onMessageDelete(stored: StoredMessage): void;
}

function asJson(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Buffer.isBuffer(value) ? (value as Json) : {};
}

export function registerRoutes(router: Router, deps: RestDeps): void {
  const { world, commands, interactions } = deps;
  const nonces = new Map<string, { messageId: string; at: number }>();

  const application = (): Json => ({
    id: deps.applicationId,
    name: world.botUser.username,
    icon: null,
    description: '',
    summary: '',
    type: null,
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: deps.applicationFlags,
    owner: world.regularUsers()[0] ?? world.botUser,
    team: null,
    bot: world.botUser,
    redirect_uris: [],
    interactions_endpoint_url: null,
    role_connections_verification_url: null,
    tags: [],
    install_params: { scopes: ['bot', 'applications.commands'], permissions: '0' },
    integration_types_config: {
      '0': { oauth2_install_params: { scopes: ['bot', 'applications.commands'], permissions: '0' } },
    },
    approximate_guild_count: world.guilds.size,
  });

  const requireApp = (id: string | undefined): void => {
    if (id !== deps.applicationId) throw DiscordErrors.unknownApplication();
  };

  /** Guild channels need View Channel (else 403 Missing Access). */
  const requireView = (channel: ChannelState): void => {
    if (!channel.guildId) return;
    const perms = world.botPermissions(channel.id);
    if ((perms & PermissionFlagsBits.ViewChannel) === 0n) throw DiscordErrors.missingAccess();
  };

  const channelMessage = (channelId: string, messageId: string): StoredMessage => {
    const stored = world.messages.get(messageId);
    if (!stored || stored.deleted || stored.channelId !== channelId || stored.ephemeral)
      throw DiscordErrors.unknownMessage();
    return stored;
  };

  // ---- gateway, users, application ----

  router.add('GET', '/gateway', () => json({ url: deps.gatewayUrl() }), { auth: false });

  router.add('GET', '/gateway/bot', () =>
    json({
      url: deps.gatewayUrl(),
      shards: deps.shards,
      session_start_limit: {
        total: 1000,
        remaining: 1000 - deps.stats.identifies,
        reset_after: 14_400_000,
        max_concurrency: deps.maxConcurrency,
      },
    }),
  );

  router.add('GET', '/users/@me', () => json(world.botUser));
  router.add('GET', '/users/:user', ({ params }) => json(world.requireUser(params.user!)));
  router.add('POST', '/users/@me/channels', ({ body }) => {
    const recipient = asJson(body).recipient_id;
    if (typeof recipient !== 'string') throw DiscordErrors.unknownUser();
    const user = world.requireUser(recipient);
    if (user.bot) throw DiscordErrors.cannotSendToUser();
    return json(world.channelJson(world.dmChannel(user.id)));
  });
  router.add('GET', '/applications/@me', () => json(application()));

  // ---- application commands ----

  for (const scope of ['global', 'guild'] as const) {
    const base =
      scope === 'global' ? '/applications/:app/commands' : '/applications/:app/guilds/:guild/commands';
    const guildOf = (params: Record<string, string>): string | null => {
      requireApp(params.app);
      if (scope === 'global') return null;
      return world.requireGuild(params.guild!).id;
    };
    router.add('GET', base, ({ params }) => json(commands.list(guildOf(params))));
    router.add('PUT', base, ({ params, body }) => {
      const guildId = guildOf(params);
      const list = commands.overwrite(guildId, body);
      deps.emit('commands', { guildId, commands: list });
      return json(list);
    });
    router.add('POST', base, ({ params, body }) => {
      const guildId = guildOf(params);
      const { command, created } = commands.create(guildId, body);
      deps.emit('commands', { guildId, commands: commands.list(guildId) });
      return json(command, created ? 201 : 200);
    });
    router.add('GET', `${base}/:command`, ({ params }) =>
      json(commands.get(guildOf(params), params.command!)),
    );
    router.add('PATCH', `${base}/:command`, ({ params, body }) => {
      const guildId = guildOf(params);
      const command = commands.edit(guildId, params.command!, body);
      deps.emit('commands', { guildId, commands: commands.list(guildId) });
      return json(command);
    });
    router.add('DELETE', `${base}/:command`, ({ params }) => {
      const guildId = guildOf(params);
      commands.delete(guildId, params.command!);
      deps.emit('commands', { guildId, commands: commands.list(guildId) });
      return noContent();
    });
  }

  // ---- guilds ----

  router.add('GET', '/guilds/:guild', ({ params, query }) => {
    const guild = world.requireGuild(params.guild!);
    const body = world.guildJson(guild, false);
    if (query.get('with_counts') === 'true') {
      body.approximate_member_count = guild.members.size;
      body.approximate_presence_count = 0;
    }
    return json(body);
  });
  router.add('GET', '/guilds/:guild/channels', ({ params }) =>
    json(
      world.requireGuild(params.guild!).channelIds.map((id) => world.channelJson(world.channels.get(id)!)),
    ),
  );
  router.add('GET', '/guilds/:guild/roles', ({ params }) =>
    json([...world.requireGuild(params.guild!).roles.values()].map((r) => world.roleJson(r))),
  );
  router.add('GET', '/guilds/:guild/members/:user', ({ params }) => {
    const guild = world.requireGuild(params.guild!);
    const userId = params.user === '@me' ? world.botUser.id : params.user!;
    const member = guild.members.get(userId);
    if (!member) throw DiscordErrors.unknownMember();
    return json(world.memberJson(guild, member));
  });
  router.add('GET', '/guilds/:guild/members', ({ params, query }) => {
    const guild = world.requireGuild(params.guild!);
    const limit = Math.min(1000, Math.max(1, Number(query.get('limit') ?? 1)));
    const after = BigInt(query.get('after') ?? '0');
    const members = [...guild.members.values()]
      .filter((m) => BigInt(m.userId) > after)
      .sort((a, b) => (BigInt(a.userId) < BigInt(b.userId) ? -1 : 1))
      .slice(0, limit);
    return json(members.map((m) => world.memberJson(guild, m)));
  });

  // ---- channels and messages ----

  router.add('GET', '/channels/:channel', ({ params }) => {
    const channel = world.requireChannel(params.channel!);
    requireView(channel);
    return json(world.channelJson(channel));
  });

  router.add('POST', '/channels/:channel/typing', ({ params }) => {
    requireView(world.requireChannel(params.channel!));
    return noContent();
  });

  router.add('POST', '/channels/:channel/messages', ({ params, body, files }) => {
    const channel = world.requireChannel(params.channel!);
    requireView(channel);
    if (!isTextBased(channel.type)) throw DiscordErrors.nonTextChannel();
    if (channel.guildId) {
      const perms = world.botPermissions(channel.id);
      if ((perms & PermissionFlagsBits.SendMessages) === 0n) throw DiscordErrors.missingPermissions();
      if (files.length > 0 && (perms & PermissionFlagsBits.AttachFiles) === 0n)
        throw DiscordErrors.missingPermissions();
    }
    const data = asJson(body);
    validateMessageBody(data, files, true);
    const nonceKey = data.nonce === undefined ? null : `${channel.id}:${String(data.nonce)}`;
    if (nonceKey && data.enforce_nonce === true) {
      const previous = nonces.get(nonceKey);
      if (previous && deps.now() - previous.at <= deps.nonceWindowMs) {
        const stored = world.messages.get(previous.messageId);
        if (stored && !stored.deleted) {
          deps.stats.nonceReplays++;
          deps.emit('nonceReplay', stored);
          return json(stored.message);
        }
      }
    }
    const message = world.buildMessage({ channel, author: world.botUser, body: data, files });
    const stored = world.storeMessage({ message, source: 'channel' });
    if (nonceKey && data.enforce_nonce === true)
      nonces.set(nonceKey, { messageId: message.id, at: deps.now() });
    deps.onMessage(stored, true);
    return json(message);
  });

  router.add('GET', '/channels/:channel/messages', ({ params, query }) => {
    const channel = world.requireChannel(params.channel!);
    requireView(channel);
    const limit = Math.min(100, Math.max(1, Number(query.get('limit') ?? 50)));
    const before = query.get('before');
    const after = query.get('after');
    const around = query.get('around');
    let list = world.channelMessages(channel.id).map((m) => m.message);
    if (before) list = list.filter((m) => BigInt(m.id) < BigInt(before));
    if (after) list = list.filter((m) => BigInt(m.id) > BigInt(after));
    let result: APIMessage[];
    if (around) {
      const index = list.findIndex((m) => BigInt(m.id) >= BigInt(around));
      const start = Math.max(0, (index < 0 ? list.length : index) - Math.floor(limit / 2));
      result = list.slice(start, start + limit).reverse();
    } else if (after && !before) {
      result = list.slice(0, limit).reverse();
    } else {
      result = list.slice(-limit).reverse();
    }
    return json(result);
  });

  router.add('GET', '/channels/:channel/messages/:message', ({ params }) => {
    const channel = world.requireChannel(params.channel!);
    requireView(channel);
    return json(channelMessage(channel.id, params.message!).message);
  });

  router.add('PATCH', '/channels/:channel/messages/:message', ({ params, body, files }) => {
    const channel = world.requireChannel(params.channel!);
    const stored = channelMessage(channel.id, params.message!);
    if (stored.message.author.id !== world.botUser.id || stored.source === 'interaction') {
      throw new HttpError(403, { message: 'Cannot edit a message authored by another user', code: 50005 });
    }
    const data = asJson(body);
    validateMessageBody(data, files, false);
    stored.message = world.editMessage(stored.message, data, files);
    deps.onMessage(stored, false);
    return json(stored.message);
  });

  router.add('DELETE', '/channels/:channel/messages/:message', ({ params }) => {
    const channel = world.requireChannel(params.channel!);
    const stored = channelMessage(channel.id, params.message!);
    if (stored.message.author.id !== world.botUser.id && channel.guildId) {
      const perms = world.botPermissions(channel.id);
      if ((perms & PermissionFlagsBits.ManageMessages) === 0n) throw DiscordErrors.missingPermissions();
    }
    stored.deleted = true;
    deps.onMessageDelete(stored);
    return noContent();
  });

  router.add('PUT', '/channels/:channel/messages/:message/reactions/:emoji/@me', ({ params }) => {
    const channel = world.requireChannel(params.channel!);
    const stored = channelMessage(channel.id, params.message!);
    const message = stored.message as unknown as Json;
    const reactions = (Array.isArray(message.reactions) ? message.reactions : []) as Json[];
    const name = params.emoji!;
    const existing = reactions.find((r) => (r.emoji as Json).name === name);
    if (existing && existing.me !== true) {
      existing.count = Number(existing.count) + 1;
      existing.me = true;
    } else if (!existing) {
      reactions.push({ count: 1, me: true, emoji: { id: null, name } });
    }
    stored.message = { ...stored.message, reactions } as unknown as APIMessage;
    deps.onMessage(stored, false);
    return noContent();
  });

  // ---- interactions ----

  router.add(
    'POST',
    '/interactions/:interaction/:token/callback',
    ({ params, body, files, query }) =>
      interactions.callback(
        params.interaction!,
        params.token!,
        body,
        files,
        query.get('with_response') === 'true',
      ),
    { auth: false },
  );

  router.add(
    'POST',
    '/webhooks/:app/:token',
    ({ params, body, files, query }) =>
      interactions.followup(params.app!, params.token!, body, files, query.get('wait') === 'true'),
    { auth: false },
  );
  router.add(
    'GET',
    '/webhooks/:app/:token/messages/:message',
    ({ params }) => interactions.getMessage(params.app!, params.token!, params.message!),
    { auth: false },
  );
  router.add(
    'PATCH',
    '/webhooks/:app/:token/messages/:message',
    ({ params, body, files }) =>
      interactions.editMessage(params.app!, params.token!, params.message!, body, files),
    { auth: false },
  );
  router.add(
    'DELETE',
    '/webhooks/:app/:token/messages/:message',
    ({ params }) => interactions.deleteMessage(params.app!, params.token!, params.message!),
    { auth: false },
  );
}
