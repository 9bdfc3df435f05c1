// Option definitions the lookup commands share, so they read and behave alike.
import { ApplicationCommandOptionType, type APIApplicationCommandBasicOption } from 'discord-api-types/v10';
import { MAX_OPTION_LENGTH } from '../src/interactions/options.js';

export function queryOption(name: string, description: string): APIApplicationCommandBasicOption {
  return {
    type: ApplicationCommandOptionType.String,
    name,
    description,
    required: true,
    autocomplete: true,
    max_length: MAX_OPTION_LENGTH,
  };
}

export const privateOption: APIApplicationCommandBasicOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'private',
  description: 'Show the answer only to you',
  required: false,
};
