// The store's one error type: what went wrong and where (the file, or the PostgreSQL host), so an
// operator can act on it. Messages never carry a password.

/** refused: PostgreSQL answered but would not serve us (login, database name, permissions). */
export type StoreErrorKind = 'corrupt' | 'locked' | 'unreadable' | 'too-new' | 'unreachable' | 'refused';

export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    /** The file path, or host:port/database. */
    readonly where: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

function sqliteCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** Turns a SQLite failure while opening `path` into a StoreError that names the file. */
export function toStoreError(error: unknown, path: string): StoreError {
  if (error instanceof StoreError) return error;
  const code = sqliteCode(error) ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) {
    return new StoreError(
      'corrupt',
      path,
      `The database file ${path} is not a valid SQLite database (${detail}). ` +
        'It was left untouched: restore it from a backup, or move it aside to start with an empty store.',
      { cause: error },
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreError(
      'locked',
      path,
      `The database file ${path} is locked by another process (${detail}). ` +
        'Stop the other process or wait for it to finish, then start again.',
      { cause: error },
    );
  }
  return new StoreError('unreadable', path, `Cannot open the database file ${path}: ${detail}`, {
    cause: error,
  });
}
