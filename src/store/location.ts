// Which backend a store location names, and how to name a PostgreSQL one without its password.
// Kept apart from the backends so configuration can check a URL without loading a database client.

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location.trim());
}

/** host:port/database for messages and logs: never the user's password. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(default database)';
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}/${database}`;
  } catch {
    return '(an unparseable DATABASE_URL)';
  }
}
