// Routes each kind of interaction to its command module, checks options and component ownership,
// and is the one error funnel: user errors are shown ephemerally, anything else becomes a generic
// ephemeral message plus a log line carrying an error id.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type APIApplicationCommandOption,
} from 'discord-api-types/v10';
import type { Logger } from '../log.js';
import { decodeCustomId, isExpired } from '../replies/custom-id.js';
import { codeSpan } from '../replies/limits.js';
import { ephemeralText } from '../replies/payload.js';
import { UserError, newErrorId } from './errors.js';
import { checkOptions } from './options.js';
import type {
  AppContext,
  AutocompleteInvocation,
  ChatCommandModule,
  CommandInvocation,
  CommandModule,
  ComponentHandler,
  ComponentInvocation,
  MessageCommandInvocation,
  MessageCommandModule,
  Response,
} from './types.js';

export const GENERIC_ERROR = 'Something went wrong on our side. The error was logged';
/** The answer to a kind of interaction no command handles (a modal submit, a user command). */
export const UNSUPPORTED_INTERACTION = 'Dossier does not handle this kind of interaction.';

function isChatCommand(module: CommandModule): module is ChatCommandModule {
  return (module.definition.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput;
}

/** The options an invocation may carry: the command's own, or those of the chosen subcommand. */
function optionsFor(
  module: ChatCommandModule,
  subcommand: string | undefined,
): readonly APIApplicationCommandOption[] {
  const options = module.definition.options ?? [];
  const subcommands = options.filter((o) => o.type === ApplicationCommandOptionType.Subcommand);
  if (subcommands.length === 0) {
    if (subcommand !== undefined) throw new UserError(`\`/${module.definition.name}\` has no subcommands.`);
    return options;
  }
  const chosen = subcommands.find((o) => o.name === subcommand);
  if (!chosen) {
    const names = subcommands.map((o) => `\`${o.name}\``).join(', ');
    throw new UserError(`\`/${module.definition.name}\` needs one of: ${names}.`);
  }
  return 'options' in chosen ? (chosen.options ?? []) : [];
}

/** The dispatcher's four entry points: the real Dispatcher, or a test double. */
export type InteractionDispatcher = Pick<
  Dispatcher,
  'command' | 'autocomplete' | 'component' | 'messageCommand'
>;

export class Dispatcher {
  private readonly chat = new Map<string, ChatCommandModule>();
  private readonly message = new Map<string, MessageCommandModule>();
  private readonly components = new Map<string, ComponentHandler>();

  constructor(
    modules: readonly CommandModule[],
    private context: AppContext,
    private readonly logger: Logger,
  ) {
    for (const module of modules) {
      if (isChatCommand(module)) this.chat.set(module.definition.name, module);
      else this.message.set(module.definition.name, module as MessageCommandModule);
      for (const [action, handler] of Object.entries(module.components ?? {}))
        this.components.set(action, handler);
    }
  }

  /** The context new invocations get. */
  get currentContext(): AppContext {
    return this.context;
  }

  /**
   * Serves every later invocation from `next` (a reloaded dataset). Each invocation reads the
   * context once, when it starts, so those in flight finish on the one they began with.
   */
  swapContext(next: AppContext): void {
    this.context = next;
  }

  async command(invocation: CommandInvocation): Promise<Response> {
    return this.guard(`/${invocation.command}`, async () => {
      const module = this.chat.get(invocation.command);
      if (!module)
        throw new UserError(`Unknown command ${codeSpan(`/${invocation.command}`, 33)}. Try \`/about\`.`);
      const definitions = optionsFor(module, invocation.subcommand);
      const options = checkOptions(invocation.command, definitions, invocation.options);
      return module.execute(this.context, { ...invocation, options });
    });
  }

  /** Autocomplete never shows an error: at worst it offers no choices. */
  async autocomplete(invocation: AutocompleteInvocation): Promise<Response> {
    try {
      const module = this.chat.get(invocation.command);
      if (module?.autocomplete) return await module.autocomplete(this.context, invocation);
    } catch (error) {
      this.logger.warn('autocomplete failed', { command: invocation.command, error });
    }
    return { type: 'choices', choices: [] };
  }

  async component(invocation: ComponentInvocation): Promise<Response> {
    return this.guard('component', async () => {
      const ref = decodeCustomId(invocation.customId);
      const handler = ref && this.components.get(ref.action);
      if (!ref || !handler)
        throw new UserError('This button or menu is no longer supported. Run the command again.');
      if (isExpired(ref, this.context.now())) {
        throw new UserError('This menu has expired. Run the command again for a fresh one.');
      }
      if (ref.owner !== undefined && ref.owner !== invocation.user.id) {
        throw new UserError(
          'Only the person who ran the command can use this menu. Run the command yourself to choose.',
        );
      }
      return handler(this.context, invocation, ref);
    });
  }

  async messageCommand(invocation: MessageCommandInvocation): Promise<Response> {
    return this.guard(invocation.command, async () => {
      const module = this.message.get(invocation.command);
      if (!module) throw new UserError(`Unknown command ${codeSpan(invocation.command, 32)}.`);
      return module.execute(this.context, invocation);
    });
  }

  private async guard(label: string, run: () => Promise<Response>): Promise<Response> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof UserError) return { type: 'reply', payload: ephemeralText(error.message) };
      const errorId = newErrorId();
      this.logger.error('interaction failed', {
        errorId,
        interaction: label,
        error,
      });
      return { type: 'reply', payload: ephemeralText(`${GENERIC_ERROR} (error id \`${errorId}\`).`) };
    }
  }
}
