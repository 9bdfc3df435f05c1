// The event draft each part builds: a dated happening with its actors, places, sources and evidence.
import type { EventStatus } from '../../../src/dataset/schema.js';
import type { ResolvedMention } from '../../analysis.js';
import type { citationsFor } from '../cite.js';

export interface EventDraft {
  readonly mention: ResolvedMention;
  readonly status: EventStatus;
  /** Actor keys in order of appearance, places excluded. */
  readonly actors: string[];
  readonly places: string[];
  readonly citations: ReturnType<typeof citationsFor>;
  readonly evidence: string;
  readonly title: string;
  readonly summary: string;
  /** What the reviewer should check. */
  readonly flags: readonly string[];
}
