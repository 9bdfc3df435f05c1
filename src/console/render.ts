// Renders a Response as readable text for the console: the same payload Discord would get, shown
// the way a person would read it there (embeds, fields, citation, menus and buttons numbered).
import { ComponentType, type APIEmbed } from 'discord-api-types/v10';
import type { Response } from '../interactions/types.js';
import { isEphemeral, type MessagePayload } from '../replies/payload.js';

/** A clickable thing in the last message, numbered for "choose N". */
export interface ConsoleControl {
  readonly customId: string;
  /** For a select menu option: the value it sends. */
  readonly value?: string;
  /** The footers of the message it sits in (Discord sends the message with the interaction). */
  readonly messageFooters: readonly string[];
  readonly label: string;
}

/**
 * Discord markdown as a terminal shows it best: bold, underline and subtext markers dropped, escapes
 * undone, channel mentions and timestamps written out. (Code spans keep their backticks.)
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<t:(-?\d{1,13})(?::[tTdDfFR])?>/g, (_, seconds: string) =>
      new Date(Number(seconds) * 1000)
        .toISOString()
        .replace(/:\d\d\.\d+Z$/, ' UTC')
        .replace('T', ' '),
    )
    .replace(/<#(\d+)>/g, '#$1')
    .replace(/^-# /gm, '')
    .replace(/(?<!\\)(\*\*|__)/g, '')
    .replace(/\\([\\*_~`|>#[\].+-])/g, '$1');
}

function renderEmbed(embed: APIEmbed): string[] {
  const lines: string[] = [];
  if (embed.title) lines.push(`== ${plainText(embed.title)} ==`);
  if (embed.description) lines.push(plainText(embed.description));
  for (const field of embed.fields ?? [])
    lines.push(
      '',
      `${plainText(field.name)}:`,
      ...plainText(field.value)
        .split('\n')
        .map((l) => `  ${l}`),
    );
  if (embed.footer) lines.push('', `[${embed.footer.text}]`);
  return lines;
}

export function renderPayload(payload: MessagePayload): { text: string; controls: ConsoleControl[] } {
  const lines: string[] = [];
  const controls: ConsoleControl[] = [];
  const messageFooters = (payload.embeds ?? []).flatMap((e) => (e.footer ? [e.footer.text] : []));
  if (payload.content && payload.content !== '\u200b') lines.push(plainText(payload.content));
  for (const embed of payload.embeds ?? []) {
    if (lines.length > 0) lines.push('');
    lines.push(...renderEmbed(embed));
  }
  for (const row of payload.components ?? []) {
    for (const component of row.components) {
      if (component.type === ComponentType.StringSelect) {
        lines.push('', `Menu: ${component.placeholder ?? 'choose one'}`);
        for (const option of component.options) {
          controls.push({
            customId: component.custom_id,
            value: option.value,
            label: option.label,
            messageFooters,
          });
          const detail = option.description ? ` — ${option.description}` : '';
          lines.push(`  ${controls.length}. ${option.label}${detail}`);
        }
      } else if (component.type === ComponentType.Button && 'url' in component) {
        // A link button opens its address: the console prints it to follow.
        lines.push(`  ${component.label ?? 'Link'}: ${component.url}`);
      } else if (component.type === ComponentType.Button && 'custom_id' in component) {
        if (component.disabled) continue;
        controls.push({ customId: component.custom_id, label: component.label ?? 'button', messageFooters });
        lines.push(`  [${controls.length}] ${component.label ?? 'button'}`);
      }
    }
  }
  if (controls.length > 0) lines.push('(type "choose N" to use a menu entry or button)');
  if (isEphemeral(payload)) lines.push('(only you can see this)');
  return { text: lines.join('\n'), controls };
}

export function renderResponse(response: Response): { text: string; controls: ConsoleControl[] } {
  if (response.type === 'choices') {
    const text =
      response.choices.length === 0
        ? '(no choices)'
        : response.choices.map((c, i) => `${i + 1}. ${c.name}  [${c.value}]`).join('\n');
    return { text, controls: [] };
  }
  return renderPayload(response.payload);
}

/** The exact callback body Discord would receive for this response. */
export function callbackBody(response: Response): unknown {
  switch (response.type) {
    case 'reply':
      return { type: 4, data: response.payload };
    case 'update':
      return { type: 7, data: response.payload };
    case 'choices':
      return { type: 8, data: { choices: response.choices } };
  }
}
