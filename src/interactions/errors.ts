// One error type users may see; anything else is hidden behind a generic message and logged.
import { randomBytes } from 'node:crypto';

/** A problem with what the user asked, shown to them (ephemerally) as is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** A short id to quote in the generic error message and the log line, to find one in the other. */
export function newErrorId(): string {
  return randomBytes(4).toString('hex');
}
