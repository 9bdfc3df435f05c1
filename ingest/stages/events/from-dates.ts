// The main loop: each dated mention that tells a happening becomes an event. The skip rules
// (skip-rules.ts) drop dates that are modifiers, limits, conditions, opinions, sayings, or a
// happening told again; the rest are drafted by draft.ts with their same-day and "also" sub-events.
import type { Analysis } from '../../analysis.js';
import { keepsMention, RULES_FILTER, type EventFilter } from '../../learn/filter.js';
import type { InterviewVoice } from '../interview.js';
import { EVENT_NOUN } from './act-patterns.js';
import { draftEvents } from './draft.js';
import { happeningKey, skipContext } from './skip-context.js';
import { firingRules, notesNamedHappening } from './skip-rules.js';
import type { EventDraft } from './types.js';

/**
 * The events the article's dates tell, in the order of the dates. The `filter` keeps a mention when
 * no skip rule fires (`rules`) or when the learned model's score passes its threshold (`learned`).
 */
export function eventsFromDates(
  an: Analysis,
  voice: InterviewVoice | undefined,
  filter: EventFilter = RULES_FILTER,
): EventDraft[] {
  const events: EventDraft[] = [];
  // "the 1998 agreement" names again a happening already drafted: one event per year and noun.
  const namedHappenings = new Set<string>();
  for (const d of an.dates) {
    const c = skipContext(an, d, voice, events, namedHappenings);
    if (!c) continue;
    const firing = firingRules(c);
    if (notesNamedHappening(c, firing)) namedHappenings.add(happeningKey(c, EVENT_NOUN));
    if (!keepsMention(filter, c, firing)) continue;
    events.push(...draftEvents(an, d, c.spec.start, c.clause, voice, events.at(-1)));
  }
  return events;
}
