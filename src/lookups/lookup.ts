// The glue shared by /event, /quote and /actor: resolve what was typed (an id picked from
// autocomplete, or free text), and answer with the record, a picker or a miss.
import type { LookupResult, SearchKind } from '../search/engine.js';
import { UserError } from '../interactions/errors.js';
import type { AppContext, ComponentHandler, Response } from '../interactions/types.js';
import { decodeSelectValue } from '../replies/custom-id.js';
import { citationMessage } from '../replies/citation-message.js';
import { LIMITS, truncate } from '../replies/limits.js';
import { CITE_ACTION } from '../replies/links.js';
import { isListKind, recordListMessage, type ListKind, type RecordList } from '../replies/lists.js';
import { labelWithDetail, missMessage, pickerMessage, recordMessage } from '../replies/lookup.js';
import { ACTION, OPEN_MODE } from '../replies/menus.js';
import { eventsOnThisDay, formatMonthDay } from '../schedule/post.js';
import { isRealPartialDate } from '../dataset/schema.js';

export interface LookupRequest {
  readonly kind: SearchKind;
  readonly query: string;
  readonly invokerId: string;
  readonly privately: boolean;
  readonly filter?: (id: string) => boolean;
}

/** What the user typed, resolved: an autocomplete value is a record id; anything else is searched. */
export function resolveQuery(
  context: AppContext,
  kind: SearchKind,
  query: string,
  filter?: (id: string) => boolean,
): LookupResult {
  const direct = context.engine.describe(kind, query.trim());
  if (direct && (!filter || filter(direct.id)))
    return { status: 'found', results: [direct], suggestions: [], matchCount: 1 };
  return context.engine.lookup({ kind, query, ...(filter ? { filter } : {}) });
}

export function lookupResponse(context: AppContext, request: LookupRequest): Response {
  if (request.query.trim() === '') throw new UserError('Type a few words to look up.');
  const result = resolveQuery(context, request.kind, request.query, request.filter);
  const now = context.now();
  if (result.status === 'none') {
    return { type: 'reply', payload: missMessage(request.kind, request.query, result.suggestions) };
  }
  if (result.status === 'ambiguous') {
    return {
      type: 'reply',
      payload: pickerMessage(context.dataset, request, result.results, result.matchCount, now),
    };
  }
  const entry = context.dataset.byId.get(result.results[0]!.id);
  const payload =
    entry &&
    recordMessage(context.dataset, entry, {
      now,
      privately: request.privately,
      publicUrl: context.config?.publicUrl,
    });
  if (!payload) throw new Error(`search returned an unknown record: ${result.results[0]!.id}`);
  return { type: 'reply', payload };
}

export function autocompleteResponse(
  context: AppContext,
  kind: SearchKind,
  typed: string,
  filter?: (id: string) => boolean,
): Response {
  const choices = context.engine
    .autocomplete(kind, truncate(typed, 100, ''), filter ? 100 : LIMITS.autocompleteChoices)
    .filter((c) => !filter || filter(c.id))
    .slice(0, LIMITS.autocompleteChoices)
    .map((c) => ({ name: labelWithDetail(c.name, c.detail, LIMITS.choiceName), value: c.id }));
  return { type: 'choices', choices };
}

/** Record types a menu of this kind may open ("any": lists and the message command's menu). */
function opens(kind: string | undefined, type: string): boolean {
  return kind === 'any' ? type === 'actor' || type === 'event' || type === 'quote' : type === kind;
}

const pick: ComponentHandler = (context, invocation, ref) => {
  const [kind, mode] = ref.args;
  if (invocation.values.length !== 1) throw new UserError('Choose one entry of the menu.');
  const id = decodeSelectValue(invocation.customId, invocation.values[0]);
  if (id === undefined) throw new UserError('That choice was not in this menu. Run the command again.');
  const entry = context.dataset.byId.get(id);
  if (!entry || !opens(kind, entry.type))
    throw new UserError('That record is no longer in the dataset. Run the command again.');
  const payload = recordMessage(context.dataset, entry, {
    now: context.now(),
    privately: mode !== OPEN_MODE.publicly,
    publicUrl: context.config?.publicUrl,
  });
  if (!payload) throw new UserError('That record cannot be shown.');
  // A private lookup's picker becomes the record (same message, menu gone); a public lookup's
  // record goes to the channel as a new message; a list stays, the record opening beside it.
  if (mode === OPEN_MODE.inPlace) return { type: 'update', payload };
  return { type: 'reply', payload };
};

/** A list by its subject and kind: an actor's events or quotations, or a day's entries. */
export function resolveList(context: AppContext, subject: string, kind: ListKind): RecordList | undefined {
  if (kind === 'd') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(subject) || !isRealPartialDate(subject)) return undefined;
    return {
      subject,
      kind,
      title: `On this day: ${formatMonthDay(subject)}`,
      items: eventsOnThisDay(context.dataset, subject),
    };
  }
  const entry = context.dataset.byId.get(subject);
  if (entry?.type !== 'actor') return undefined;
  const records = context.dataset.byActor.get(subject);
  return kind === 'e'
    ? { subject, kind, title: `${entry.record.name}: events`, items: records?.events ?? [] }
    : {
        subject,
        kind,
        title: `${entry.record.name}: quotations and statements`,
        items: records?.quotes ?? [],
      };
}

function listOf(context: AppContext, args: readonly string[]): RecordList {
  const [subject, kind] = args;
  if (!subject || !isListKind(kind)) throw new UserError('This button is broken. Run the command again.');
  const list = resolveList(context, subject, kind);
  if (!list) throw new UserError('That list is no longer in the dataset. Run the command again.');
  return list;
}

/** Opens a list from a public answer: a new private message, so paging moves nothing public. */
const openList: ComponentHandler = (context, _invocation, ref) => ({
  type: 'reply',
  payload: recordListMessage(context.dataset, listOf(context, ref.args), 0, context.now()),
});

const turnPage: ComponentHandler = (context, _invocation, ref) => {
  const page = Number(ref.args[2]);
  if (!Number.isInteger(page)) throw new UserError('This button is broken. Run the command again.');
  return {
    type: 'update',
    payload: recordListMessage(context.dataset, listOf(context, ref.args), page, context.now()),
  };
};

/** "Cite": the record's citation formats, privately, for whoever asks. */
const cite: ComponentHandler = (context, _invocation, ref) => {
  const entry = ref.args[0] === undefined ? undefined : context.dataset.byId.get(ref.args[0]);
  if (!entry) throw new UserError('That record is no longer in the dataset.');
  return { type: 'reply', payload: citationMessage(context.dataset, entry) };
};

/** Component handlers of the lookup commands, by custom id action. */
export const lookupComponents: Readonly<Record<string, ComponentHandler>> = {
  [CITE_ACTION]: cite,
  [ACTION.pick]: pick,
  [ACTION.list]: openList,
  [ACTION.page]: turnPage,
};
