// The main loop: each dated mention that tells a happening becomes an event. The skip rules
// (skip-rules.ts) drop dates that are modifiers, limits, conditions, opinions, sayings, or a
// happening told again; the rest are drafted by draft.ts with their same-day and "also" sub-events.
import type { Analysis } from '../../analysis.js';
import type { InterviewVoice } from '../interview.js';
import { EVENT_NOUN } from './act-patterns.js';
import { draftEvents } from './draft.js';
import { happeningKey, skipContext } from './skip-context.js';
import { firingRules, notesNamedHappening } from './skip-rules.js';
import type { EventDraft } from './types.js';

/** A dated mention the skip rules dropped, and every rule that fired for it (for the bench's explain). */
export interface SkippedDate {
  readonly start: number;
  readonly text: string;
  readonly rules: readonly string[];
}

/** The events the article's dates tell, in the order of the dates; `onSkip` hears every drop. */
export function eventsFromDates(
  an: Analysis,
  voice: InterviewVoice | undefined,
  onSkip?: (skipped: SkippedDate) => void,
): EventDraft[] {
  const events: EventDraft[] = [];
  // "the 1998 agreement" names again a happening already drafted: one event per year and noun.
  const namedHappenings = new Set<string>();
  for (const d of an.dates) {
    const c = skipContext(an, d, voice, events, namedHappenings);
    if (!c) continue;
    const firing = firingRules(c);
    if (notesNamedHappening(c, firing)) namedHappenings.add(happeningKey(c, EVENT_NOUN));
    if (firing.length > 0) {
      onSkip?.({ start: d.mention.start, text: d.mention.text, rules: firing });
      continue;
    }
    events.push(...draftEvents(an, d, c.spec.start, c.clause, voice, events.at(-1)));
  }
  return events;
}
