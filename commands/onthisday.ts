// /onthisday [date]: the day-precision events of a day and month, oldest first, "N years ago".
import {
  ApplicationCommandOptionType,
  ButtonStyle,
  ComponentType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { UserError } from '../src/interactions/errors.js';
import { stringOption } from '../src/interactions/options.js';
import type { AppContext, ChatCommandModule } from '../src/interactions/types.js';
import { lookupComponents } from '../src/lookups/lookup.js';
import { parseMonthDay } from '../src/lookups/month-day.js';
import { escapeUserText } from '../src/replies/limits.js';
import { encodeCustomId } from '../src/replies/custom-id.js';
import { LIST_KIND, listCandidate } from '../src/replies/lists.js';
import { ACTION, OPEN_MODE, pickMenu } from '../src/replies/menus.js';
import { ephemeralText, finalizeMessage, type ActionRow } from '../src/replies/payload.js';
import { buildDailyPost, eventsOnThisDay, formatMonthDay } from '../src/schedule/post.js';
import { localDateTime } from '../src/schedule/zoned-time.js';

/**
 * Under a day's entries: a menu opening any shown entry (with its links and Cite button), and,
 * when the day holds more than one message can show, a button to page through all of them.
 */
function dayComponents(context: AppContext, localDate: string, shown: number): ActionRow[] {
  const events = eventsOnThisDay(context.dataset, localDate);
  const now = context.now();
  const rows: ActionRow[] = [
    pickMenu(
      context.dataset,
      'any',
      events.slice(0, shown).map((e) => listCandidate(context.dataset, e)),
      { owner: undefined, now, mode: OPEN_MODE.privateNew, placeholder: 'Open one of these' },
    ),
  ];
  if (events.length > shown) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.Button,
          style: ButtonStyle.Primary,
          label: `All ${events.length.toLocaleString('en-US')} entries`,
          custom_id: encodeCustomId({
            action: ACTION.list,
            owner: undefined,
            issuedAt: now,
            args: [localDate, LIST_KIND.day],
          }),
        },
      ],
    });
  }
  return rows;
}

export const onthisday: ChatCommandModule = {
  definition: {
    name: 'onthisday',
    description: 'Events that happened on a day of the year (today by default)',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'date',
        description: 'A day: 06-02 or June 2 (default: today in this server’s time zone)',
        required: false,
        max_length: 40,
      },
    ],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  execute: async (context, invocation) => {
    const zone = (await context.zoneFor?.(invocation.guildId)) ?? 'UTC';
    const today = localDateTime(context.now(), zone).date;
    const typed = stringOption(invocation.options, 'date')?.trim();
    let localDate = today;
    if (typed) {
      const parsed = parseMonthDay(typed);
      if (!parsed.ok) throw new UserError(escapeUserText(parsed.message));
      localDate = `${today.slice(0, 4)}-${parsed.value}`;
    }
    if (eventsOnThisDay(context.dataset, localDate).length === 0) {
      const day = formatMonthDay(localDate);
      return {
        type: 'reply',
        payload: ephemeralText(
          `Nothing in the dataset happened on ${typed ? day : `today, ${day}`}. Only events with a known day appear here.`,
        ),
      };
    }
    const body = buildDailyPost(context.dataset, localDate, { kind: 'lookup', ephemeral: false });
    if (!body) throw new Error('an on-this-day reply with events must have a body');
    const { content, embeds } = body;
    return {
      type: 'reply',
      payload: finalizeMessage({
        ...(content ? { content } : {}),
        embeds,
        components: dayComponents(context, localDate, embeds.length),
      }),
    };
  },
  components: lookupComponents,
};
