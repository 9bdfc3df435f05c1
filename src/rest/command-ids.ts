// The ids Discord assigned to the bot's commands, for clickable mentions (</event:123>) in /help.
// Fetched over REST once the bot is up and again when an hour old; until then (or if Discord does
// not answer) /help names commands as plain text, so it never waits on this.
import { Routes, type APIApplicationCommand } from 'discord-api-types/v10';
import type { Logger } from '../log.js';

/** How long fetched ids are trusted before the next /help refreshes them (a redeploy changes them). */
const REFRESH_AFTER_MS = 60 * 60 * 1000;

/** The part of a REST client (discord.js's or @discordjs/rest's) this needs. */
export interface RestGetter {
  get(route: `/${string}`): Promise<unknown>;
}

export interface CommandIdSource {
  readonly rest: RestGetter;
  readonly applicationId: string;
  /** Commands registered to one guild (DISCORD_GUILD_ID) win over global ones of the same name. */
  readonly guildId?: string | undefined;
}

export class CommandIdDirectory {
  private ids: ReadonlyMap<string, string> = new Map();
  private fetchedAt = 0;
  private source: CommandIdSource | undefined;
  private pending: Promise<void> | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts fetching from `source` (called once the client is logged in). */
  attach(source: CommandIdSource): Promise<void> {
    this.source = source;
    return this.refresh();
  }

  /** Chat command ids by name, as last fetched; a stale map starts a refresh in the background. */
  readonly lookup = (): ReadonlyMap<string, string> => {
    if (this.source && this.now() - this.fetchedAt > REFRESH_AFTER_MS) void this.refresh();
    return this.ids;
  };

  refresh(): Promise<void> {
    const source = this.source;
    if (!source) return Promise.resolve();
    this.pending ??= this.fetch(source).finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async fetch(source: CommandIdSource): Promise<void> {
    // Marked first, so a Discord that does not answer is asked again an hour later, not per /help.
    this.fetchedAt = this.now();
    try {
      const global = (await source.rest.get(Routes.applicationCommands(source.applicationId))) as
        APIApplicationCommand[] | undefined;
      const guild = source.guildId
        ? ((await source.rest.get(Routes.applicationGuildCommands(source.applicationId, source.guildId))) as
            APIApplicationCommand[] | undefined)
        : [];
      const ids = new Map<string, string>();
      for (const command of [...(global ?? []), ...(guild ?? [])]) {
        // Only chat commands can be mentioned; context-menu commands have no </name:id> form.
        if ((command.type ?? 1) === 1 && typeof command.id === 'string') ids.set(command.name, command.id);
      }
      this.ids = ids;
      this.logger.debug('command ids fetched', { commands: ids.size });
    } catch (error) {
      this.logger.warn('could not fetch command ids; /help names commands without links', { error });
    }
  }
}
