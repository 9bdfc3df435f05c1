// Lines of piped console input, each at most a bounded length. readline keeps a line in memory
// until its newline comes, so an endless stream without one (`< /dev/zero`) grows until V8's string
// limit and ends the console with "Invalid string length"; here an overlong line is dropped as it
// streams and reported once, and the lines after it are read as usual.
import { StringDecoder } from 'node:string_decoder';

/** Far longer than any command: a slash command's string option holds at most 6,000 characters. */
export const MAX_LINE_BYTES = 16 * 1024;

export type InputLine = { readonly text: string } | { readonly tooLongBytes: number };

const NEWLINE = 0x0a;

export async function* boundedLines(
  input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  maxBytes: number = MAX_LINE_BYTES,
): AsyncGenerator<InputLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  // Bytes of an overlong line dropped so far; undefined while the current line is within bounds.
  let dropped: number | undefined;

  const finish = (): InputLine => {
    if (dropped !== undefined) {
      const line = { tooLongBytes: dropped };
      dropped = undefined;
      return line;
    }
    // Split on bytes and decode whole lines: a newline byte never occurs inside a UTF-8 sequence.
    const text = new StringDecoder('utf8').end(Buffer.concat(pending));
    pending = [];
    pendingBytes = 0;
    return { text: text.endsWith('\r') ? text.slice(0, -1) : text };
  };

  const keep = (part: Buffer): void => {
    if (dropped !== undefined) {
      dropped += part.length;
    } else if (pendingBytes + part.length > maxBytes) {
      dropped = pendingBytes + part.length;
      pending = [];
      pendingBytes = 0;
    } else if (part.length > 0) {
      pending.push(part);
      pendingBytes += part.length;
    }
  };

  for await (const chunk of input) {
    let rest = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    for (let end = rest.indexOf(NEWLINE); end !== -1; end = rest.indexOf(NEWLINE)) {
      const head = rest.subarray(0, end);
      rest = rest.subarray(end + 1);
      // A line over the limit is over it whether its newline came in this chunk or a later one.
      keep(head);
      yield finish();
    }
    keep(rest);
  }
  if (dropped !== undefined || pendingBytes > 0) yield finish();
}
