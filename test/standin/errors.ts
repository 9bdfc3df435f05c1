// Discord's JSON error bodies, thrown by handlers and turned into responses by the HTTP layer.

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`${status} ${JSON.stringify(body)}`);
  }
}

function coded(status: number, message: string, code: number): HttpError {
  return new HttpError(status, { message, code });
}

/** One field error in Discord's "Invalid Form Body" shape. */
export function invalidForm(path: string, code: string, message: string): HttpError {
  let errors: Record<string, unknown> = { _errors: [{ code, message }] };
  for (const part of path.split('.').reverse()) errors = { [part]: errors };
  return new HttpError(400, { message: 'Invalid Form Body', code: 50035, errors });
}

export const DiscordErrors = {
  unauthorized: () => coded(401, '401: Unauthorized', 0),
  notFound: () => coded(404, '404: Not Found', 0),
  methodNotAllowed: () => coded(405, '405: Method Not Allowed', 0),
  unknownApplication: () => coded(404, 'Unknown Application', 10002),
  unknownChannel: () => coded(404, 'Unknown Channel', 10003),
  unknownGuild: () => coded(404, 'Unknown Guild', 10004),
  unknownMember: () => coded(404, 'Unknown Member', 10007),
  unknownMessage: () => coded(404, 'Unknown Message', 10008),
  unknownRole: () => coded(404, 'Unknown Role', 10011),
  unknownUser: () => coded(404, 'Unknown User', 10013),
  unknownWebhook: () => coded(404, 'Unknown Webhook', 10015),
  unknownCommand: () => coded(404, 'Unknown application command', 10063),
  unknownInteraction: () => coded(404, 'Unknown interaction', 10062),
  emptyMessage: () => coded(400, 'Cannot send an empty message', 50006),
  cannotSendToUser: () => coded(403, 'Cannot send messages to this user', 50007),
  nonTextChannel: () => coded(400, 'Cannot send messages in a non-text channel', 50008),
  missingAccess: () => coded(403, 'Missing Access', 50001),
  missingPermissions: () => coded(403, 'Missing Permissions', 50013),
  alreadyAcknowledged: () => coded(400, 'Interaction has already been acknowledged.', 40060),
  internal: () => coded(500, '500: Internal Server Error', 0),
} as const;

/** A plausible Discord error body for a status code on a path (used by fault injection). */
export function defaultErrorBody(status: number, path: string): unknown {
  if (status === 403) return { message: 'Missing Permissions', code: 50013 };
  if (status === 401) return { message: '401: Unauthorized', code: 0 };
  if (status === 400) return { message: 'Invalid Form Body', code: 50035, errors: {} };
  if (status === 404) {
    if (/^\/interactions\//.test(path)) return DiscordErrors.unknownInteraction().body;
    if (/^\/webhooks\/[^/]+\/[^/]+\/messages\//.test(path)) return DiscordErrors.unknownMessage().body;
    if (/^\/webhooks\//.test(path)) return DiscordErrors.unknownWebhook().body;
    if (/^\/channels\/[^/]+\/messages\//.test(path)) return DiscordErrors.unknownMessage().body;
    if (/^\/channels\//.test(path)) return DiscordErrors.unknownChannel().body;
    if (/^\/guilds\/[^/]+\/members\//.test(path)) return DiscordErrors.unknownMember().body;
    if (/^\/guilds\//.test(path)) return DiscordErrors.unknownGuild().body;
    if (/^\/users\//.test(path)) return DiscordErrors.unknownUser().body;
    return DiscordErrors.notFound().body;
  }
  if (status >= 500) return { message: `${status}: Internal Server Error`, code: 0 };
  return { message: `${status}`, code: 0 };
}
