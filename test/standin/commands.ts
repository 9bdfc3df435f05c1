// Application commands: registration (bulk overwrite, create, edit, delete) with Discord's main validation rules.

import type { APIApplicationCommand } from 'discord.js';
import { DiscordErrors, HttpError, invalidForm } from './errors.js';
import type { SnowflakeGenerator } from './snowflake.js';

type Json = Record<string, unknown>;

const CHAT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

export class CommandRegistry {
  readonly #global: APIApplicationCommand[] = [];
  readonly #guild = new Map<string, APIApplicationCommand[]>();

  constructor(
    private readonly ids: SnowflakeGenerator,
    private readonly applicationId: string,
  ) {}

  list(guildId: string | null): APIApplicationCommand[] {
    return guildId ? (this.#guild.get(guildId) ?? []) : this.#global;
  }

  get(guildId: string | null, id: string): APIApplicationCommand {
    const command = this.list(guildId).find((c) => c.id === id);
    if (!command) throw DiscordErrors.unknownCommand();
    return command;
  }

  /** The registered command a user would invoke by name: a guild command first, then a global one. */
  find(name: string, type: number, guildId: string | null): APIApplicationCommand | undefined {
    const match = (c: APIApplicationCommand): boolean => c.name === name && (c.type ?? 1) === type;
    return (guildId ? this.list(guildId).find(match) : undefined) ?? this.#global.find(match);
  }

  /** PUT: replaces the whole set; commands keep their id when name and type stay the same. */
  overwrite(guildId: string | null, body: unknown): APIApplicationCommand[] {
    if (!Array.isArray(body)) throw invalidForm('_root', 'BASE_TYPE_ARRAY', 'Must be an array.');
    const previous = this.list(guildId);
    const next = body.map((raw: unknown, index) => {
      const spec = validateCommand(raw, String(index));
      const existing = previous.find((c) => c.name === spec.name && (c.type ?? 1) === spec.type);
      return this.#materialise(spec, guildId, existing?.id);
    });
    checkDuplicatesAndCounts(next);
    this.#set(guildId, next);
    return next;
  }

  /** POST: creates, or overwrites the command with the same name and type. */
  create(guildId: string | null, body: unknown): { command: APIApplicationCommand; created: boolean } {
    const spec = validateCommand(body, '');
    const list = [...this.list(guildId)];
    const index = list.findIndex((c) => c.name === spec.name && (c.type ?? 1) === spec.type);
    const command = this.#materialise(spec, guildId, index >= 0 ? list[index]!.id : undefined);
    if (index >= 0) list[index] = command;
    else list.push(command);
    checkDuplicatesAndCounts(list);
    this.#set(guildId, list);
    return { command, created: index < 0 };
  }

  edit(guildId: string | null, id: string, body: unknown): APIApplicationCommand {
    const current = this.get(guildId, id);
    const merged = { ...(current as unknown as Json), ...(body as Json) };
    const spec = validateCommand(merged, '');
    const command = this.#materialise(spec, guildId, id);
    const list = this.list(guildId).map((c) => (c.id === id ? command : c));
    checkDuplicatesAndCounts(list);
    this.#set(guildId, list);
    return command;
  }

  delete(guildId: string | null, id: string): void {
    this.get(guildId, id);
    this.#set(
      guildId,
      this.list(guildId).filter((c) => c.id !== id),
    );
  }

  #set(guildId: string | null, list: APIApplicationCommand[]): void {
    if (guildId) this.#guild.set(guildId, list);
    else this.#global.splice(0, this.#global.length, ...list);
  }

  #materialise(spec: Json & { type: number }, guildId: string | null, id?: string): APIApplicationCommand {
    const command: Json = {
      id: id ?? this.ids.next(),
      application_id: this.applicationId,
      version: this.ids.next(),
      type: spec.type,
      name: spec.name,
      description: spec.description ?? '',
      default_member_permissions: spec.default_member_permissions ?? null,
      nsfw: spec.nsfw ?? false,
      integration_types: spec.integration_types ?? [0],
      contexts: spec.contexts ?? null,
    };
    if (spec.name_localizations) command.name_localizations = spec.name_localizations;
    if (spec.description_localizations) command.description_localizations = spec.description_localizations;
    if (Array.isArray(spec.options) && spec.options.length > 0) command.options = spec.options;
    if (guildId) command.guild_id = guildId;
    else command.dm_permission = spec.dm_permission ?? true;
    return command as unknown as APIApplicationCommand;
  }
}

function fail(path: string, code: string, message: string): HttpError {
  return invalidForm(path || '_root', code, message);
}

function join(base: string, key: string): string {
  return base ? `${base}.${key}` : key;
}

function validateCommand(raw: unknown, path: string): Json & { type: number } {
  if (typeof raw !== 'object' || raw === null)
    throw fail(path, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used.');
  const command = raw as Json;
  const type = command.type === undefined ? 1 : Number(command.type);
  if (![1, 2, 3, 4].includes(type))
    throw fail(join(path, 'type'), 'BASE_TYPE_CHOICES', `Value must be one of (1, 2, 3, 4).`);
  const name = command.name;
  if (typeof name !== 'string')
    throw fail(join(path, 'name'), 'BASE_TYPE_REQUIRED', 'This field is required');
  if (type === 1) {
    if (!CHAT_NAME.test(name) || name !== name.toLowerCase()) {
      throw fail(join(path, 'name'), 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    }
    const description = command.description;
    if (typeof description !== 'string' || description.length < 1 || description.length > 100) {
      throw fail(join(path, 'description'), 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    validateOptions(command.options, join(path, 'options'), 0);
  } else {
    if (name.length < 1 || name.length > 32) {
      throw fail(join(path, 'name'), 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 32 in length.');
    }
    if (command.description) {
      throw fail(
        join(path, 'description'),
        'APPLICATION_COMMAND_DESCRIPTION_NOT_ALLOWED',
        'Context menu commands cannot have a description.',
      );
    }
    if (Array.isArray(command.options) && command.options.length > 0) {
      throw fail(
        join(path, 'options'),
        'APPLICATION_COMMAND_OPTIONS_NOT_ALLOWED',
        'Context menu commands cannot have options.',
      );
    }
  }
  return { ...command, type };
}

function validateOptions(raw: unknown, path: string, depth: number): void {
  if (raw === undefined || raw === null) return;
  if (!Array.isArray(raw)) throw fail(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
  if (raw.length > 25) throw fail(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  const options = raw as Json[];
  const subcommands = options.filter((o) => o.type === 1 || o.type === 2);
  if (subcommands.length > 0 && subcommands.length !== options.length) {
    throw fail(
      path,
      'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
      'Sub-command and sub-command group option types are mutually exclusive to all other types',
    );
  }
  const names = new Set<string>();
  let seenOptional = false;
  options.forEach((option, index) => {
    const at = join(path, String(index));
    const type = Number(option.type);
    if (!(type >= 1 && type <= 11))
      throw fail(join(at, 'type'), 'BASE_TYPE_CHOICES', 'Value must be one of (1..11).');
    if (
      typeof option.name !== 'string' ||
      !CHAT_NAME.test(option.name) ||
      option.name !== option.name.toLowerCase()
    ) {
      throw fail(join(at, 'name'), 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    }
    if (names.has(option.name))
      throw fail(
        join(at, 'name'),
        'APPLICATION_COMMAND_OPTION_NAME_ALREADY_EXISTS',
        'Option name already exists',
      );
    names.add(option.name);
    if (
      typeof option.description !== 'string' ||
      option.description.length < 1 ||
      option.description.length > 100
    ) {
      throw fail(join(at, 'description'), 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    if (type === 2 && depth > 0)
      throw fail(
        join(at, 'type'),
        'APPLICATION_COMMAND_OPTION_TYPE_INVALID',
        'Sub-command groups cannot be nested.',
      );
    if (type === 1 || type === 2) {
      validateOptions(option.options, join(at, 'options'), depth + 1);
      return;
    }
    if (option.required === true) {
      if (seenOptional) {
        throw fail(
          join(at, 'required'),
          'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
          'Required options must be placed before non-required options',
        );
      }
    } else {
      seenOptional = true;
    }
    const choices = option.choices;
    if (Array.isArray(choices)) {
      if (option.autocomplete === true && choices.length > 0) {
        throw fail(
          join(at, 'autocomplete'),
          'APPLICATION_COMMAND_AUTOCOMPLETE_INVALID',
          'Autocomplete cannot be set for options with choices.',
        );
      }
      if (choices.length > 25)
        throw fail(join(at, 'choices'), 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      validateChoices(choices as Json[], join(at, 'choices'));
    }
  });
}

/** Choice rules shared by command options and autocomplete results. */
export function validateChoices(choices: Json[], path: string): void {
  choices.forEach((choice, index) => {
    const at = join(path, String(index));
    if (typeof choice.name !== 'string' || choice.name.length < 1 || choice.name.length > 100) {
      throw fail(join(at, 'name'), 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    const value = choice.value;
    if (typeof value === 'string') {
      if (value.length > 100)
        throw fail(join(at, 'value'), 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
    } else if (typeof value !== 'number') {
      throw fail(join(at, 'value'), 'BASE_TYPE_REQUIRED', 'This field is required');
    }
  });
}

function checkDuplicatesAndCounts(commands: APIApplicationCommand[]): void {
  const seen = new Set<string>();
  const perType = new Map<number, number>();
  commands.forEach((c, index) => {
    const type = c.type ?? 1;
    const key = `${type}:${c.name}`;
    if (seen.has(key)) {
      throw fail(
        `${index}.name`,
        'APPLICATION_COMMANDS_DUPLICATE_NAME',
        `Application command names must be unique`,
      );
    }
    seen.add(key);
    perType.set(type, (perType.get(type) ?? 0) + 1);
  });
  if ((perType.get(1) ?? 0) > 100)
    throw new HttpError(400, {
      message: 'Maximum number of application commands reached (100)',
      code: 30032,
    });
  if ((perType.get(2) ?? 0) > 15 || (perType.get(3) ?? 0) > 15) {
    throw new HttpError(400, { message: 'Maximum number of application commands reached', code: 30032 });
  }
}
