// /help: what each command does, with mentions a reader can tap to start the command (</event:id>,
// by the ids Discord assigned), and wording that works on phones as well as computers.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type APIApplicationCommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { AppContext, ChatCommandModule, CommandModule } from '../src/interactions/types.js';
import { EPHEMERAL_FLAG } from '../src/replies/limits.js';
import { finalizeMessage } from '../src/replies/payload.js';

/** How to reach a message command, on a computer and on a phone. */
export const MESSAGE_MENU_HOW_TO =
  'right-click a message (on a phone, long-press it), then **Apps** → ' as const;

/** `</event:123>` when Discord's id for the command is known, else the name as code. */
export function commandMention(context: AppContext, name: string, subcommand?: string): string {
  const full = subcommand ? `${name} ${subcommand}` : name;
  const id = context.commandIds?.().get(name);
  return id ? `</${full}:${id}>` : `\`/${full}\``;
}

/** "`query` `[speaker]`": the options as a person types them, optional ones in brackets. */
function usage(options: readonly APIApplicationCommandOption[]): string {
  return options.map((o) => ('required' in o && o.required ? `\`${o.name}\`` : `\`[${o.name}]\``)).join(' ');
}

function chatLines(
  context: AppContext,
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody,
): string[] {
  const options = definition.options ?? [];
  const subcommands = options.filter((o) => o.type === ApplicationCommandOptionType.Subcommand);
  if (subcommands.length === 0) {
    const typed = usage(options);
    return [
      `${commandMention(context, definition.name)}${typed ? ` ${typed}` : ''} — ${definition.description}`,
    ];
  }
  const list = subcommands.map((s) => commandMention(context, definition.name, s.name)).join(' · ');
  return [`**/${definition.name}** — ${definition.description}:`, list];
}

export function createHelp(registry: () => readonly CommandModule[]): ChatCommandModule {
  return {
    definition: {
      name: 'help',
      description: 'What each command does, and how to get from an answer to its source',
    } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
    execute: (context) => {
      const lines: string[] = [];
      for (const module of registry()) {
        if ((module.definition.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput)
          lines.push(
            ...chatLines(context, module.definition as RESTPostAPIChatInputApplicationCommandsJSONBody),
          );
        else
          lines.push(
            `**${module.definition.name}** — ${MESSAGE_MENU_HOW_TO}**${module.definition.name}**: the actors and events a message names.`,
          );
      }
      return {
        type: 'reply',
        payload: finalizeMessage({
          embeds: [
            {
              title: 'Dossier: commands',
              description: [
                'Tap or click a command to start it; suggestions appear as you type. ' +
                  'Lookups answer in the channel; add `private:True` to see the answer alone.',
                '',
                ...lines,
              ].join('\n'),
              fields: [
                {
                  name: 'Under every answer',
                  value:
                    '**Cite**: the article in Chicago, APA, MLA and BibTeX, shown only to you. ' +
                    '**Read in context**: the passage in its article on the web. ' +
                    '**Source article**: the article itself, when its address is known.',
                },
                {
                  name: 'Several matches?',
                  value:
                    'You get a list only you can see; the one you choose is posted in the channel. ' +
                    'Lists of events and quotations page with **Previous** and **Next**; open any entry from the menu.',
                },
              ],
              footer: { text: `Dossier ${context.version}` },
            },
          ],
          flags: EPHEMERAL_FLAG,
        }),
      };
    },
  };
}
