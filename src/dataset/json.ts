// JSON parsing that reports where a syntax error is, as line and column, for maintainers.
import type { Result } from '../util/result.js';

/** The parsed value, or the syntax error with where it is. */
export type JsonParseResult = Result<unknown, { line?: number; column?: number }>;

/** Line and column (both 1-based) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const offset = position
      ? Number(position[1])
      : /end of JSON input/.test(message)
        ? text.length
        : undefined;
    const cleaned = message
      .replace(/\s*in JSON at position \d+.*$/s, '')
      .replace(/\s*\(line \d+ column \d+\)$/, '');
    return offset === undefined
      ? { ok: false, message: `malformed JSON: ${cleaned}` }
      : { ok: false, message: `malformed JSON: ${cleaned}`, ...lineAndColumn(text, offset) };
  }
}
