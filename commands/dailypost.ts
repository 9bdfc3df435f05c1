// /dailypost: the admin command for the daily "on this day" post (Manage Server only, checked by
// Discord through default_member_permissions and again here).
import {
  ApplicationCommandOptionType,
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { UserError } from '../src/interactions/errors.js';
import { booleanOption, stringOption } from '../src/interactions/options.js';
import type { AppContext, ChatCommandModule, CommandInvocation } from '../src/interactions/types.js';
import { escapeUserText } from '../src/replies/limits.js';
import { ephemeralText, finalizeMessage } from '../src/replies/payload.js';
import { buildPreviewPost, eventsOnThisDay } from '../src/schedule/post.js';
import {
  NOT_ALLOWED_MESSAGE,
  canManageGuild,
  checkCanEnable,
  describeGuildSettings,
  parsePostTime,
  validatePostChannel,
} from '../src/schedule/settings.js';
import { classifySendFailure, toPostSendError } from '../src/schedule/sender.js';
import { autocompleteTimeZones, parseTimeZone } from '../src/schedule/time-zones.js';
import type { Store } from '../src/store/store.js';
import type { GuildSettingsPatch } from '../src/store/guild-settings.js';
import type { Result } from '../src/util/result.js';

const sub = (
  name: string,
  description: string,
  options: APIApplicationCommandBasicOption[] = [],
): APIApplicationCommandSubcommandOption => ({
  type: ApplicationCommandOptionType.Subcommand,
  name,
  description,
  options,
});

const definition = {
  name: 'dailypost',
  description: 'Set up the daily "on this day" post (Manage Server)',
  default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
  contexts: [InteractionContextType.Guild],
  options: [
    sub('show', 'Show the current settings and the next post'),
    sub('channel', 'Choose the channel to post in', [
      {
        type: ApplicationCommandOptionType.Channel,
        name: 'channel',
        description: 'A text or announcement channel',
        required: true,
        channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
      },
    ]),
    sub('time', 'Choose the time of day to post (24-hour HH:MM, in the server’s time zone)', [
      {
        type: ApplicationCommandOptionType.String,
        name: 'time',
        description: 'e.g. 09:00',
        required: true,
        max_length: 10,
      },
    ]),
    sub('timezone', 'Choose the server’s time zone', [
      {
        type: ApplicationCommandOptionType.String,
        name: 'zone',
        description: 'An IANA zone such as Europe/Berlin or America/New_York',
        required: true,
        autocomplete: true,
        max_length: 64,
      },
    ]),
    sub('on', 'Turn the daily post on'),
    sub('off', 'Turn the daily post off'),
    sub('emptyday', 'On days with nothing in the dataset, post a short note instead of nothing', [
      {
        type: ApplicationCommandOptionType.Boolean,
        name: 'note',
        description: 'Post the note',
        required: true,
      },
    ]),
    sub('preview', 'Show today’s post now', [
      {
        type: ApplicationCommandOptionType.String,
        name: 'where',
        description: 'Only to you (default) or into the post channel',
        required: false,
        choices: [
          { name: 'only to me', value: 'me' },
          { name: 'in the post channel', value: 'channel' },
        ],
      },
    ]),
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The guild, the store and the admin check every subcommand needs. */
function adminScope(context: AppContext, invocation: CommandInvocation): { guildId: string; store: Store } {
  if (!invocation.guildId) throw new UserError('The daily post is set up per server: run this in a server.');
  if (!canManageGuild(invocation.user.permissions)) throw new UserError(NOT_ALLOWED_MESSAGE);
  if (!context.store) throw new UserError('The daily post is not available here: no database is open.');
  return { guildId: invocation.guildId, store: context.store };
}

async function save(
  context: AppContext,
  store: Store,
  guildId: string,
  patch: GuildSettingsPatch,
  done: string,
) {
  const now = context.now();
  await store.settings.update(guildId, patch, now);
  return {
    type: 'reply' as const,
    payload: ephemeralText(
      `${done}\n\n${await describeGuildSettings(store, guildId, now, hasEntries(context))}`,
    ),
  };
}

/** Whether a local date has "on this day" entries, for the settings view's next post. */
const hasEntries = (context: AppContext) => (localDate: string) =>
  eventsOnThisDay(context.dataset, localDate).length > 0;

function parsed<T>(result: Result<T>): T {
  if (!result.ok) throw new UserError(escapeUserText(result.message));
  return result.value;
}

export const dailypost: ChatCommandModule = {
  definition,
  execute: async (context, invocation) => {
    const { guildId, store } = adminScope(context, invocation);
    const now = context.now();
    switch (invocation.subcommand) {
      case 'show':
        return {
          type: 'reply',
          payload: ephemeralText(await describeGuildSettings(store, guildId, now, hasEntries(context))),
        };
      case 'channel': {
        const id = stringOption(invocation.options, 'channel') ?? '';
        const channels = invocation.channels ?? {};
        const channel = Object.hasOwn(channels, id) ? channels[id] : undefined;
        if (!channel) throw new UserError('Choose a channel from the list.');
        const channelId = parsed(
          validatePostChannel(guildId, { ...channel, guildId: channel.guildId ?? null }),
        );
        return save(context, store, guildId, { channelId }, `The daily post will go to <#${channelId}>.`);
      }
      case 'time': {
        const postTime = parsed(parsePostTime(stringOption(invocation.options, 'time') ?? ''));
        return save(context, store, guildId, { postTime }, `The daily post time is now ${postTime}.`);
      }
      case 'timezone': {
        const timeZone = parsed(parseTimeZone(stringOption(invocation.options, 'zone') ?? '', now));
        return save(context, store, guildId, { timeZone }, `The server’s time zone is now ${timeZone}.`);
      }
      case 'on': {
        const current = await store.settings.get(guildId);
        if (current) parsed(checkCanEnable(current));
        else throw new UserError('Choose a channel first: `/dailypost channel`.');
        return save(context, store, guildId, { enabled: true }, 'The daily post is on.');
      }
      case 'off':
        return save(context, store, guildId, { enabled: false }, 'The daily post is off.');
      case 'emptyday': {
        const note = booleanOption(invocation.options, 'note');
        const done = note
          ? 'On empty days a short note will be posted.'
          : 'On empty days nothing will be posted.';
        return save(context, store, guildId, { emptyDayNote: note }, done);
      }
      case 'preview': {
        const settings = await store.settings.get(guildId);
        const zone = settings?.timeZone ?? 'UTC';
        const toChannel = stringOption(invocation.options, 'where') === 'channel';
        const body = buildPreviewPost(context.dataset, zone, now, !toChannel);
        const { content, embeds, flags } = body;
        const payload = finalizeMessage({
          ...(content ? { content } : {}),
          embeds,
          ...(flags ? { flags } : {}),
        });
        if (!toChannel) return { type: 'reply', payload };
        if (!settings?.channelId) throw new UserError('Choose a channel first: `/dailypost channel`.');
        if (!context.postToChannel) throw new UserError('Posting into a channel is not available here.');
        try {
          await context.postToChannel(settings.channelId, payload);
        } catch (error) {
          if (error instanceof UserError) throw error;
          // The same explanation the scheduler gives when Discord refuses the daily post.
          const failure = classifySendFailure(toPostSendError(error));
          if (failure.action === 'retry') {
            throw new UserError(
              `Discord did not take the preview just now (${failure.reason}). Try again in a minute.`,
            );
          }
          throw new UserError(
            `The preview could not be posted in <#${settings.channelId}>: ${failure.reason}. ` +
              'Choose another channel with `/dailypost channel`, or fix the bot’s permissions there.',
          );
        }
        return { type: 'reply', payload: ephemeralText(`Preview posted in <#${settings.channelId}>.`) };
      }
      default:
        throw new UserError('Choose one of the `/dailypost` subcommands.');
    }
  },
  autocomplete: (context, invocation) => {
    if (invocation.focused !== 'zone') return { type: 'choices', choices: [] };
    const typed = stringOption(invocation.options, 'zone') ?? '';
    return { type: 'choices', choices: autocompleteTimeZones(typed, context.now()) };
  },
};
