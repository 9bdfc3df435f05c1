// "Look up in Dossier": the message context-menu command listing the actors and events a message names.
import {
  ApplicationCommandType,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { lookupComponents } from '../src/lookups/lookup.js';
import type { MessageCommandModule } from '../src/interactions/types.js';
import { EPHEMERAL_FLAG, LIMITS } from '../src/replies/limits.js';
import { labelWithDetail } from '../src/replies/lookup.js';
import { OPEN_MODE, pickMenu } from '../src/replies/menus.js';
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
    const candidates = [...actors, ...events].map((r) => ({
      ...r,
      detail: `${r.kind === 'actor' ? 'Actor' : 'Event'} · ${r.detail}`,
    }));
    return {
      type: 'reply',
      payload: finalizeMessage({
        embeds: [{ title: 'In this message', description: 'Choose one below to open it.', fields }],
        components: [
          pickMenu(context.dataset, 'any', candidates, {
            owner: invocation.user.id,
            now: context.now(),
            mode: OPEN_MODE.inPlace,
            placeholder: 'Open one',
          }),
        ],
        flags: EPHEMERAL_FLAG,
      }),
    };
  },
  components: lookupComponents,
};
