// /actor name: a person, organization, country, place or outlet, with its events and quotations.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { booleanOption, stringOption } from '../src/interactions/options.js';
import type { ChatCommandModule } from '../src/interactions/types.js';
import { autocompleteResponse, lookupComponents, lookupResponse } from '../src/lookups/lookup.js';
import { privateOption, queryOption } from './shared.js';

export const actor: ChatCommandModule = {
  definition: {
    name: 'actor',
    description: 'Look up a person, organization, country, place or media outlet',
    options: [queryOption('name', 'A name, surname, abbreviation or spelling variant'), privateOption],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  execute: (context, invocation) =>
    lookupResponse(context, {
      kind: 'actor',
      query: stringOption(invocation.options, 'name') ?? '',
      invokerId: invocation.user.id,
      privately: booleanOption(invocation.options, 'private'),
    }),
  autocomplete: (context, invocation) =>
    autocompleteResponse(context, 'actor', stringOption(invocation.options, invocation.focused) ?? ''),
  components: lookupComponents,
};
