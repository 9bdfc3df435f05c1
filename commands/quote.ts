// /quote query [speaker]: a quotation or reported statement, optionally by one speaker.
import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { UserError } from '../src/interactions/errors.js';
import { MAX_OPTION_LENGTH, booleanOption, stringOption } from '../src/interactions/options.js';
import type { AppContext, ChatCommandModule } from '../src/interactions/types.js';
import {
  autocompleteResponse,
  lookupComponents,
  lookupResponse,
  resolveQuery,
} from '../src/lookups/lookup.js';
import { escapeUserText, truncate } from '../src/replies/limits.js';
import { privateOption, queryOption } from './shared.js';

/** Only actors who said something are worth offering as speakers. */
function hasQuotes(context: AppContext, actorId: string): boolean {
  return (context.dataset.byActor.get(actorId)?.quotes.length ?? 0) > 0;
}

/** The speaker option, resolved to one actor id or a clear message. */
function resolveSpeaker(context: AppContext, typed: string): string {
  const result = resolveQuery(context, 'actor', typed, (id) => hasQuotes(context, id));
  const shown = escapeUserText(truncate(typed.trim(), 100));
  if (result.status === 'none') throw new UserError(`No speaker found for “${shown}”.`);
  if (result.status === 'ambiguous') {
    // Namesakes share a label: each is told apart by its role.
    const names = result.results
      .slice(0, 5)
      .map((r) => `**${escapeUserText(r.label)}** (${escapeUserText(r.detail)})`);
    const more = result.matchCount > names.length ? ` and ${result.matchCount - names.length} more` : '';
    throw new UserError(`“${shown}” could be ${names.join(', ')}${more}. Pick the speaker from the list.`);
  }
  return result.results[0]!.id;
}

const speakerFilter = (context: AppContext, typed: string | undefined) => {
  if (!typed?.trim()) return undefined;
  const speaker = resolveSpeaker(context, typed);
  return (id: string) => {
    const entry = context.dataset.byId.get(id);
    return entry?.type === 'quote' && entry.record.speaker === speaker;
  };
};

export const quote: ChatCommandModule = {
  definition: {
    name: 'quote',
    description: 'Find a quotation or reported statement, with who said it and where it was reported',
    options: [
      queryOption('query', 'Words from the quotation, or the speaker’s name'),
      {
        type: ApplicationCommandOptionType.String,
        name: 'speaker',
        description: 'Only what this person or organization said',
        required: false,
        autocomplete: true,
        max_length: MAX_OPTION_LENGTH,
      },
      privateOption,
    ],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  execute: (context, invocation) => {
    const filter = speakerFilter(context, stringOption(invocation.options, 'speaker'));
    return lookupResponse(context, {
      kind: 'quote',
      query: stringOption(invocation.options, 'query') ?? '',
      invokerId: invocation.user.id,
      privately: booleanOption(invocation.options, 'private'),
      ...(filter ? { filter } : {}),
    });
  },
  autocomplete: (context, invocation) => {
    const typed = stringOption(invocation.options, invocation.focused) ?? '';
    if (invocation.focused === 'speaker') {
      return autocompleteResponse(context, 'actor', typed, (id) => hasQuotes(context, id));
    }
    let filter: ((id: string) => boolean) | undefined;
    try {
      filter = speakerFilter(context, stringOption(invocation.options, 'speaker'));
    } catch {
      filter = undefined; // an unresolved speaker is reported when the command runs, not while typing
    }
    return autocompleteResponse(context, 'quote', typed, filter);
  },
  components: lookupComponents,
};
