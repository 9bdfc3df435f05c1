// The glue shared by /event, /quote and /actor: resolve what was typed (an id picked from
// autocomplete, or free text), and answer with the record, a picker or a miss.
import type { LookupResult, SearchKind } from '../search/engine.js';
import { UserError } from '../interactions/errors.js';
import type { AppContext, ComponentHandler, Response } from '../interactions/types.js';
import { decodeSelectValue } from '../replies/custom-id.js';
import { citationMessage } from '../replies/citation-message.js';
import { LIMITS, truncate } from '../replies/limits.js';
import { CITE_ACTION } from '../replies/links.js';
import {
  ACTION,
  actorListMessage,
  labelWithDetail,
  missMessage,
  pickerMessage,
  recordMessage,
} from '../replies/lookup.js';

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
      payload: pickerMessage(
        request.kind,
        request.query,
        result.results,
        result.matchCount,
        request.invokerId,
        now,
        request.privately,
      ),
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

const pick: ComponentHandler = (context, invocation, ref) => {
  const [kind, visibility] = ref.args;
  if (invocation.values.length !== 1) throw new UserError('Choose one entry of the menu.');
  const id = decodeSelectValue(invocation.customId, invocation.values[0]);
  if (id === undefined) throw new UserError('That choice was not in this menu. Run the command again.');
  const entry = context.dataset.byId.get(id);
  // "any": a menu mixing actors and events (the message context menu).
  const allowed = kind === 'any' ? entry?.type === 'actor' || entry?.type === 'event' : entry?.type === kind;
  if (!entry || !allowed)
    throw new UserError('That record is no longer in the dataset. Run the command again.');
  const payload = recordMessage(context.dataset, entry, {
    now: context.now(),
    privately: visibility === 'p',
    publicUrl: context.config?.publicUrl,
  });
  if (!payload) throw new UserError('That record cannot be shown.');
  // The picker becomes the record: same message, menu gone.
  return { type: 'update', payload: { ...payload, components: payload.components ?? [] } };
};

const openActorList: ComponentHandler = (context, _invocation, ref) => {
  const [actorId, list] = ref.args;
  if (!actorId || (list !== 'events' && list !== 'quotes'))
    throw new UserError('This button is broken. Run /actor again.');
  const payload = actorListMessage(context.dataset, actorId, list, 0, context.now());
  if (!payload) throw new UserError('That actor is no longer in the dataset.');
  // A new private message: paging must not move the public answer under other readers.
  return { type: 'reply', payload };
};

const turnPage: ComponentHandler = (context, _invocation, ref) => {
  const [actorId, list, page] = ref.args;
  const pageNumber = Number(page);
  if (!actorId || (list !== 'events' && list !== 'quotes') || !Number.isInteger(pageNumber)) {
    throw new UserError('This button is broken. Run /actor again.');
  }
  const payload = actorListMessage(context.dataset, actorId, list, pageNumber, context.now());
  if (!payload) throw new UserError('That actor is no longer in the dataset.');
  return { type: 'update', payload };
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
  [ACTION.actorList]: openActorList,
  [ACTION.page]: turnPage,
};
