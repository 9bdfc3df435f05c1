// /event query: the best-matching event as a cited embed.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { booleanOption, stringOption } from '../src/interactions/options.js';
import type { ChatCommandModule } from '../src/interactions/types.js';
import { autocompleteResponse, lookupComponents, lookupResponse } from '../src/lookups/lookup.js';
import { privateOption, queryOption } from './shared.js';

export const event: ChatCommandModule = {
  definition: {
    name: 'event',
    description: 'Look up an event: what happened, when, and the article that reports it',
    options: [queryOption('query', 'Words from the event: names, places, what happened'), privateOption],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  execute: (context, invocation) =>
    lookupResponse(context, {
      kind: 'event',
      query: stringOption(invocation.options, 'query') ?? '',
      invokerId: invocation.user.id,
      privately: booleanOption(invocation.options, 'private'),
    }),
  autocomplete: (context, invocation) =>
    autocompleteResponse(context, 'event', stringOption(invocation.options, invocation.focused) ?? ''),
  components: lookupComponents,
};
