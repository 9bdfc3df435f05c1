// Reads a request body into memory, never more than a limit: a client announcing or sending more
// gets 413 without the rest being buffered.
import type { IncomingMessage } from 'node:http';
import { HttpError } from './router.js';

/** The body's bytes; throws HttpError 413 past `limitBytes`, 400 if the client aborts. */
export async function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const tooLarge = () => new HttpError(413, `The request body is over ${limitBytes} bytes.`);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      if (size > limitBytes) throw tooLarge();
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, 'The request body could not be read.');
  }
  return Buffer.concat(chunks, size);
}
