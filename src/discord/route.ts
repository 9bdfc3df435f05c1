// One interaction, end to end: converted to an invocation, run through the dispatcher, answered
// exactly once; anything that escapes the dispatcher's funnel still gets a generic private answer.
import { TurnQueue } from '../interactions/turns.js';
import type { Interaction } from 'discord.js';
import type { InteractionDispatcher } from '../interactions/dispatch.js';
import { GENERIC_ERROR, UNSUPPORTED_INTERACTION } from '../interactions/dispatch.js';
import { newErrorId } from '../interactions/errors.js';
import type { LogFields, Logger } from '../log.js';
import { decodeCustomId } from '../replies/custom-id.js';
import { ephemeralText } from '../replies/payload.js';
import {
  toAutocompleteInvocation,
  toCommandInvocation,
  toComponentInvocation,
  toMessageCommandInvocation,
} from './adapt.js';
import { answerInTime, deliver, isExpiredInteraction, type Answerable } from './respond.js';

export type { InteractionDispatcher } from '../interactions/dispatch.js';

/**
 * What the log line says about an interaction, and how it is routed. Never throws, whatever the
 * payload held (it runs before the error funnel): a field it cannot read is left out.
 */
export function describeInteraction(interaction: Interaction): LogFields & { kind: string } {
  const common = { interactionId: interaction.id, guildId: interaction.guildId ?? undefined };
  try {
    return { ...describeKind(interaction), ...common };
  } catch {
    return { kind: 'unreadable', ...common };
  }
}

function describeKind(interaction: Interaction): LogFields & { kind: string } {
  if (interaction.isChatInputCommand()) {
    const subcommand = interaction.options.getSubcommand(false) ?? undefined;
    return { kind: 'command', command: interaction.commandName, subcommand };
  }
  if (interaction.isAutocomplete()) return { kind: 'autocomplete', command: interaction.commandName };
  if (interaction.isMessageContextMenuCommand())
    return { kind: 'message-command', command: interaction.commandName };
  if (interaction.isMessageComponent())
    return {
      kind: 'component',
      command: decodeCustomId(interaction.customId)?.action ?? 'unknown',
    };
  return { kind: 'unsupported', type: interaction.type };
}

const turns = new TurnQueue();

/** Runs the handler in the interaction's turn (see turns.ts); the deferral clock starts now. */
function inTurn<T>(run: () => Promise<T>): Promise<T> {
  return turns.next().then(run);
}

/** Routes one interaction and answers it; the outcome for the log line. */
export async function handleInteraction(
  interaction: Interaction,
  dispatcher: InteractionDispatcher,
  deferAfterMs: number | undefined,
): Promise<LogFields> {
  const timing = deferAfterMs === undefined ? {} : { deferAfterMs };
  if (interaction.isAutocomplete()) {
    const response = await inTurn(() => dispatcher.autocomplete(toAutocompleteInvocation(interaction)));
    const choices = response.type === 'choices' ? response.choices : [];
    await interaction.respond(choices.map((c) => ({ name: c.name, value: c.value })));
    return { outcome: 'choices', choices: choices.length };
  }
  let answer: Awaited<ReturnType<typeof answerInTime>>;
  if (interaction.isChatInputCommand()) {
    const invocation = toCommandInvocation(interaction);
    // Lookups answer publicly unless asked for privately; the deferral has to match up front.
    answer = await answerInTime(
      interaction,
      inTurn(() => dispatcher.command(invocation)),
      {
        ...timing,
        deferEphemeral: invocation.options.private === true,
      },
    );
  } else if (interaction.isMessageContextMenuCommand()) {
    answer = await answerInTime(
      interaction,
      inTurn(() => dispatcher.messageCommand(toMessageCommandInvocation(interaction))),
      {
        ...timing,
        deferEphemeral: true,
      },
    );
  } else if (interaction.isMessageComponent()) {
    answer = await answerInTime(
      interaction,
      inTurn(() => dispatcher.component(toComponentInvocation(interaction))),
      {
        ...timing,
        deferEphemeral: true,
      },
    );
  } else if (interaction.isRepliable()) {
    await deliver(interaction as Answerable, {
      type: 'reply',
      payload: ephemeralText(UNSUPPORTED_INTERACTION),
    });
    return { outcome: 'unsupported' };
  } else {
    return { outcome: 'ignored' };
  }
  return { outcome: answer.delivery, ...(answer.deferred ? { deferred: true } : {}) };
}

/** Anything that escaped the dispatcher's funnel: a generic private answer and an error id. */
export async function answerFailure(
  interaction: Interaction,
  error: unknown,
  logger: Logger,
  fields: LogFields,
): Promise<LogFields> {
  if (isExpiredInteraction(error)) {
    logger.warn('interaction expired before it was answered', fields);
    return { outcome: 'expired' };
  }
  const errorId = newErrorId();
  logger.error('interaction failed', {
    ...fields,
    errorId,
    error,
  });
  if (interaction.isRepliable()) {
    const payload = ephemeralText(`${GENERIC_ERROR} (error id \`${errorId}\`).`);
    await deliver(interaction as Answerable, { type: 'reply', payload }).catch((sendError: unknown) =>
      logger.warn('could not send the error message', { ...fields, errorId, error: sendError }),
    );
  }
  return { outcome: 'error', errorId };
}
