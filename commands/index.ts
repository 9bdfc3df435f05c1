// The one registry: the Discord runtime, the console and the deploy script all read this list.
import type { CommandModule } from '../src/interactions/types.js';
import { about } from './about.js';
import { dailypost } from './dailypost.js';
import { actor } from './actor.js';
import { event } from './event.js';
import { createHelp } from './help.js';
import { lookupMessage } from './lookup-message.js';
import { onthisday } from './onthisday.js';
import { quote } from './quote.js';
import { search } from './search.js';

export const commands: readonly CommandModule[] = [
  event,
  quote,
  actor,
  search,
  onthisday,
  about,
  // /help lists this very registry.
  createHelp(() => commands),
  dailypost,
  lookupMessage,
];

/** The JSON bodies registered with Discord, straight from the modules. */
export function commandDefinitions() {
  return commands.map((module) => module.definition);
}
