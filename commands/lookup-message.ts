// "Look up in Dossier": the message context-menu command listing the actors and events a message names.
import {
  ApplicationCommandType,
  ComponentType,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { lookupComponents } from '../src/lookups/lookup.js';
import { encodeCustomId } from '../src/replies/custom-id.js';
import type { MessageCommandModule } from '../src/interactions/types.js';
import { EPHEMERAL_FLAG, LIMITS, truncate } from '../src/replies/limits.js';
import { ACTION, labelWithDetail } from '../src/replies/lookup.js';
import { ephemeralText, finalizeMessage } from '../src/replies/payload.js';
import { linesWithin } from '../src/replies/records.js';

export const lookupMessage: MessageCommandModule = {
  definition: {
    type: ApplicationCommandType.Message,
    name: 'Look up in Dossier',
  } satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody,
  execute: (context, invocation) => {
    const { actors, events } = context.engine.mentionsIn(invocation.message.content);
    if (actors.length === 0 && events.length === 0) {
      return {
        type: 'reply',
        payload: ephemeralText(
          'That message names no actor or event in the dataset. Try `/event` or `/actor`.',
        ),
      };
    }
    const more = (n: number) => `…and ${n} more`;
    const line = (r: { label: string; detail: string }) => `• ${labelWithDetail(r.label, r.detail, 200)}`;
    const fields = [];
    if (actors.length > 0) {
      fields.push({
        name: `Actors (${actors.length})`,
        value: linesWithin(actors.map(line), LIMITS.fieldValue, more),
      });
    }
    if (events.length > 0) {
      fields.push({
        name: `Events (${events.length})`,
        value: linesWithin(events.map(line), LIMITS.fieldValue, more),
      });
    }
    const options = [...actors, ...events].slice(0, LIMITS.selectOptions).map((r) => ({
      label: truncate(r.label, LIMITS.selectLabel),
      value: r.id,
      description: truncate(
        `${r.kind === 'actor' ? 'Actor' : 'Event'} · ${r.detail}`,
        LIMITS.selectDescription,
      ),
    }));
    return {
      type: 'reply',
      payload: finalizeMessage({
        embeds: [{ title: 'In this message', description: 'Choose one below to open it.', fields }],
        components: [
          {
            type: ComponentType.ActionRow,
            components: [
              {
                type: ComponentType.StringSelect,
                custom_id: encodeCustomId({
                  action: ACTION.pick,
                  owner: invocation.user.id,
                  issuedAt: context.now(),
                  args: ['any', 'p'],
                }),
                placeholder: 'Open one',
                options,
              },
            ],
          },
        ],
        flags: EPHEMERAL_FLAG,
      }),
    };
  },
  components: lookupComponents,
};
