// The one result type for operations that fail with a message meant for a person (a parse of what
// a user typed, a file's JSON): the value, or why not. `F` adds fields to the failure (a line).

export type Result<T, F extends object = Record<never, never>> =
  { readonly ok: true; readonly value: T } | ({ readonly ok: false; readonly message: string } & F);

export function succeed<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function fail(message: string): { readonly ok: false; readonly message: string } {
  return { ok: false, message };
}
