// What the stage takes and hands on: the earlier stages' drafts in, the article's records out.
import type { Actor, Article, EventRecord, Quote, Source } from '../../../src/dataset/schema.js';
import type { Ids } from '../../ids.js';
import type { EventDraft } from '../events.js';
import type { QuotationDraft } from '../quotations.js';
import type { Citation } from '../sources.js';
import type { StatementDraft } from '../statements.js';

export interface ActorRef {
  readonly id: string;
  readonly name: string;
  readonly kind: Actor['kind'];
  /** Already in the registry (not written again). */
  readonly registered: boolean;
}

export interface Draft {
  readonly article: Article;
  readonly text: string;
  /** New actors, to go into actors/<article-id>.json. */
  readonly actors: Actor[];
  /** Every actor the records refer to. */
  readonly actorRefs: ActorRef[];
  readonly sources: Source[];
  readonly events: EventRecord[];
  readonly quotes: Quote[];
}

export interface StageDrafts {
  readonly events: readonly EventDraft[];
  readonly quotations: readonly QuotationDraft[];
  readonly statements: readonly StatementDraft[];
}

/**
 * What event and quote records are made with: the article's id prefix, the ids taken so far, and the
 * ids of actors (by key) and of sources (by citation).
 */
export interface RecordIds {
  readonly prefix: string;
  readonly ids: Ids;
  readonly keyToId: (key: string) => string | undefined;
  readonly sourceIds: (list: readonly Citation[]) => string[];
}
