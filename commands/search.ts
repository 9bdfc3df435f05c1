// /search query [kind]: every record matching the words, counted, ten a page, any of them opened.
import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { UserError } from '../src/interactions/errors.js';
import { MAX_OPTION_LENGTH, booleanOption, stringOption } from '../src/interactions/options.js';
import type { AppContext, ChatCommandModule, ComponentHandler, Response } from '../src/interactions/types.js';
import { lookupComponents } from '../src/lookups/lookup.js';
import { textDigest } from '../src/replies/custom-id.js';
import { escapeUserText, truncate } from '../src/replies/limits.js';
import { labelWithDetail } from '../src/replies/lookup.js';
import { OPEN_MODE } from '../src/replies/menus.js';
import { ephemeralText } from '../src/replies/payload.js';
import {
  SEARCH_ACTION,
  SEARCH_PAGE_SIZE,
  kindOfCode,
  normalizeSearchQuery,
  queryFromFooters,
  searchPageMessage,
} from '../src/replies/search.js';
import type { SearchKind } from '../src/search/engine.js';
import { privateOption } from './shared.js';

const KINDS: readonly SearchKind[] = ['event', 'quote', 'actor'];

function isKind(value: string | undefined): value is SearchKind {
  return KINDS.includes(value as SearchKind);
}

/** Nothing holds every word: say so privately, with the nearest records a lookup would suggest. */
function noMatches(context: AppContext, query: string, kind: SearchKind | ''): Response {
  const suggestions = (kind ? [kind] : KINDS)
    .flatMap((k) => {
      const result = context.engine.lookup({ kind: k, query, limit: 3 });
      return result.status === 'none' ? result.suggestions : result.results.slice(0, 3);
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, 3);
  const lines = [`No record holds every word of “${escapeUserText(truncate(query, 100))}”.`];
  if (suggestions.length > 0) {
    lines.push('Closest:');
    for (const s of suggestions)
      lines.push(`• **${escapeUserText(labelWithDetail(s.label, s.detail, 150))}**`);
  }
  lines.push('Try fewer words, another spelling, or no kind.');
  return { type: 'reply', payload: ephemeralText(lines.join('\n')) };
}

function page(
  context: AppContext,
  search: { query: string; kind: SearchKind | ''; page: number; privately: boolean },
  invokerId: string,
) {
  const options = search.kind ? { kind: search.kind } : {};
  let found = context.engine.search(search.query, {
    ...options,
    offset: search.page * SEARCH_PAGE_SIZE,
    limit: SEARCH_PAGE_SIZE,
  });
  const last = Math.max(0, Math.ceil(found.total / SEARCH_PAGE_SIZE) - 1);
  // A page past the end (the dataset shrank since): the last page there is.
  const at = Math.min(Math.max(0, search.page), last);
  if (at !== search.page)
    found = context.engine.search(search.query, {
      ...options,
      offset: at * SEARCH_PAGE_SIZE,
      limit: SEARCH_PAGE_SIZE,
    });
  return {
    total: found.total,
    payload: searchPageMessage(context.dataset, { ...search, page: at, ...found }, invokerId, context.now()),
  };
}

const turnPage: ComponentHandler = (context, invocation, ref) => {
  const [code, target, digest, mode] = ref.args;
  const kind = kindOfCode(code);
  const pageNumber = Number(target);
  if (kind === undefined || !Number.isInteger(pageNumber) || !digest)
    throw new UserError('This button is broken. Run /search again.');
  const query = queryFromFooters(invocation.messageFooters);
  if (query === undefined || textDigest(query) !== digest)
    throw new UserError('This search can no longer be paged. Run /search again.');
  const privately = mode === OPEN_MODE.privateNew;
  const { payload } = page(context, { query, kind, page: pageNumber, privately }, invocation.user.id);
  return { type: 'update', payload };
};

export const search: ChatCommandModule = {
  definition: {
    name: 'search',
    description: 'Every event, quotation and actor matching your words, ten a page',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'query',
        description: 'Words to find: names, places, what happened or was said',
        required: true,
        max_length: MAX_OPTION_LENGTH,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'kind',
        description: 'Only events, only quotations, or only actors',
        required: false,
        choices: [
          { name: 'Events', value: 'event' },
          { name: 'Quotations and statements', value: 'quote' },
          { name: 'Actors', value: 'actor' },
        ],
      },
      { ...privateOption, description: 'Open results only for you (the list is always only for you)' },
    ],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  execute: (context, invocation) => {
    const query = normalizeSearchQuery(stringOption(invocation.options, 'query') ?? '');
    if (query === '') throw new UserError('Type a few words to search for.');
    const typedKind = stringOption(invocation.options, 'kind');
    if (typedKind !== undefined && !isKind(typedKind))
      throw new UserError('`kind` must be one of: event, quote, actor.');
    const kind = typedKind ?? '';
    const privately = booleanOption(invocation.options, 'private');
    const { total, payload } = page(context, { query, kind, page: 0, privately }, invocation.user.id);
    return total === 0 ? noMatches(context, query, kind) : { type: 'reply', payload };
  },
  components: { ...lookupComponents, [SEARCH_ACTION]: turnPage },
};
