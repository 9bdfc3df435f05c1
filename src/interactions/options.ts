// Checks an invocation's options against the command's own definition, so bad payloads (unknown or
// missing options, wrong types, absurd lengths) get a clear answer before any handler runs.
import { ApplicationCommandOptionType, type APIApplicationCommandOption } from 'discord-api-types/v10';
import { codeSpan } from '../replies/limits.js';
import { UserError } from './errors.js';
import type { OptionValue } from './types.js';

/** Longest text we accept in any option; Discord allows 6,000 but no lookup needs more. */
export const MAX_OPTION_LENGTH = 200;

function expectedType(option: APIApplicationCommandOption): string {
  switch (option.type) {
    case ApplicationCommandOptionType.Integer:
      return 'a whole number';
    case ApplicationCommandOptionType.Number:
      return 'a number';
    case ApplicationCommandOptionType.Boolean:
      return 'true or false';
    default:
      return 'text';
  }
}

function accepts(option: APIApplicationCommandOption, value: OptionValue): boolean {
  switch (option.type) {
    case ApplicationCommandOptionType.Integer:
      return typeof value === 'number' && Number.isInteger(value);
    case ApplicationCommandOptionType.Number:
      return typeof value === 'number' && Number.isFinite(value);
    case ApplicationCommandOptionType.Boolean:
      return typeof value === 'boolean';
    default:
      return typeof value === 'string';
  }
}

/**
 * Options as the handler may trust them: known, present when required, of the right type, and of
 * sane length. Throws UserError naming the problem.
 */
export function checkOptions(
  commandName: string,
  definition: readonly APIApplicationCommandOption[],
  options: Readonly<Record<string, OptionValue>>,
): Record<string, OptionValue> {
  const known = new Map(definition.map((o) => [o.name, o]));
  // Keyed by names from the payload: no prototype, so "__proto__" is a name like any other.
  const checked: Record<string, OptionValue> = Object.create(null) as Record<string, OptionValue>;
  for (const [name, value] of Object.entries(options)) {
    const option = known.get(name);
    if (!option) {
      const names = [...known.keys()].map((n) => `\`${n}\``).join(', ') || 'none';
      throw new UserError(`\`/${commandName}\` has no option ${codeSpan(name, 32)}. Its options: ${names}.`);
    }
    if (!accepts(option, value)) throw new UserError(`Option \`${name}\` must be ${expectedType(option)}.`);
    if (typeof value === 'string' && value.length > MAX_OPTION_LENGTH) {
      throw new UserError(
        `Option \`${name}\` is too long (${value.length} characters; at most ${MAX_OPTION_LENGTH}). Try a few key words.`,
      );
    }
    checked[name] = value;
  }
  for (const option of definition) {
    if ('required' in option && option.required && checked[option.name] === undefined) {
      throw new UserError(`\`/${commandName}\` needs the option \`${option.name}\`.`);
    }
  }
  return checked;
}

export function stringOption(
  options: Readonly<Record<string, OptionValue>>,
  name: string,
): string | undefined {
  const value = Object.hasOwn(options, name) ? options[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

export function booleanOption(options: Readonly<Record<string, OptionValue>>, name: string): boolean {
  return Object.hasOwn(options, name) && options[name] === true;
}
