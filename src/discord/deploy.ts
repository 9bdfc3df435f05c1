// Registers the registry's commands with Discord: to one guild when a guild id is given (instant,
// for development), else globally. The deploy script and the tests call this; the runtime
// dispatches from the same registry, so the two cannot drift.
import {
  ApplicationCommandType,
  REST,
  Routes,
  type APIApplication,
  type APIApplicationCommand,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { Config } from '../config/env.js';

export interface DeployTarget {
  readonly rest: REST;
  readonly applicationId: string;
  /** Register to this guild only; without it, globally. */
  readonly guildId?: string | undefined;
  /** The registry's definitions (commandDefinitions()), passed in by the entry point; [] clears. */
  readonly definitions: readonly RESTPostAPIApplicationCommandsJSONBody[];
}

export interface DeployResult {
  readonly scope: 'guild' | 'global';
  readonly guildId?: string;
  readonly commands: readonly APIApplicationCommand[];
}

/** Discord keys commands by type and name; two with the same key would overwrite each other. */
export function assertUniqueNames(definitions: readonly RESTPostAPIApplicationCommandsJSONBody[]): void {
  const seen = new Set<string>();
  for (const definition of definitions) {
    const key = `${definition.type ?? ApplicationCommandType.ChatInput}:${definition.name}`;
    if (seen.has(key)) throw new Error(`Two commands are named “${definition.name}”.`);
    seen.add(key);
  }
}

/** Replaces the registered commands (guild or global) with the registry's, in one request. */
export async function deployCommands(target: DeployTarget): Promise<DeployResult> {
  const { definitions } = target;
  assertUniqueNames(definitions);
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  const commands = (await target.rest.put(route, { body: definitions })) as APIApplicationCommand[];
  return target.guildId
    ? { scope: 'guild', guildId: target.guildId, commands }
    : { scope: 'global', commands };
}

/** A REST client for the configured API base (Discord's own unless DISCORD_API_BASE is set). */
export function createRest(config: Pick<Config, 'apiBase'>, token: string): REST {
  return new REST(config.apiBase ? { api: config.apiBase } : {}).setToken(token);
}

/**
 * The deploy script's whole job, from a parsed config: the application id is looked up if unset.
 * `clear` registers nothing, removing the commands of that scope (e.g. a development guild's).
 */
export async function deployFromConfig(
  config: Config,
  definitions: readonly RESTPostAPIApplicationCommandsJSONBody[],
  options: { readonly clear?: boolean } = {},
): Promise<DeployResult> {
  if (!config.discordToken) {
    throw new Error('DISCORD_TOKEN is not set: the deploy script registers commands as the bot.');
  }
  const rest = createRest(config, config.discordToken);
  const applicationId =
    config.applicationId ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
  return deployCommands({
    rest,
    applicationId,
    guildId: config.guildId,
    definitions: options.clear ? [] : definitions,
  });
}
