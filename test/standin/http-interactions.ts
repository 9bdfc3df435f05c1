// Discord's side of HTTP interactions: each interaction is POSTed to the app's Interactions
// Endpoint URL, signed with the application's Ed25519 key pair (X-Signature-Ed25519 over
// X-Signature-Timestamp + body), and the HTTP response is the interaction's callback. Several URLs
// are taken in turn (round robin), as a load balancer in front of replicas would.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { request as httpRequest, type ClientRequest } from 'node:http';

/** What the endpoint answered to one POST. */
export interface EndpointResult {
  readonly url: string;
  /** HTTP status; 0 when no response came (refused, reset, or past the deadline). */
  readonly status: number;
  readonly contentType: string | null;
  readonly body: string;
  /** Parsed JSON body, when it was JSON. */
  readonly json: unknown;
  /** From the request written to the connection to the response read. */
  readonly ms: number;
  /** Before that, how long the request waited in this process to be written (its own load). */
  readonly waitedMs?: number;
  /** Why no response came. */
  readonly error?: string;
}

export interface SignedHeaders {
  readonly 'content-type': string;
  readonly 'x-signature-ed25519': string;
  readonly 'x-signature-timestamp': string;
  readonly 'user-agent': string;
}

export class InteractionsEndpointClient {
  readonly #privateKey: KeyObject;
  /** The application's public key, 64 hex characters (DISCORD_PUBLIC_KEY). */
  readonly publicKey: string;
  #urls: string[] = [];
  #next = 0;

  constructor(
    private readonly now: () => number,
    private readonly deadlineMs: number,
  ) {
    const pair = generateKeyPairSync('ed25519');
    this.#privateKey = pair.privateKey;
    const jwk = pair.publicKey.export({ format: 'jwk' });
    this.publicKey = Buffer.from(String(jwk.x), 'base64url').toString('hex');
  }

  /** The endpoint URLs interactions go to, in turn; empty: interactions go over the gateway. */
  get urls(): readonly string[] {
    return this.#urls;
  }

  setUrls(urls: readonly string[]): void {
    this.#urls = [...urls];
    this.#next = 0;
  }

  /** The next URL in turn. */
  nextUrl(): string {
    const url = this.#urls[this.#next % this.#urls.length];
    if (!url) throw new Error('no interactions endpoint URL is set');
    this.#next += 1;
    return url;
  }

  /** Headers Discord sends with `body`, signed with the application's key (or `key`). */
  sign(body: string, options: { timestamp?: string; key?: KeyObject } = {}): SignedHeaders {
    const timestamp = options.timestamp ?? String(Math.floor(this.now() / 1000));
    const signature = sign(null, Buffer.from(timestamp + body), options.key ?? this.#privateKey);
    return {
      'content-type': 'application/json',
      'x-signature-ed25519': signature.toString('hex'),
      'x-signature-timestamp': timestamp,
      'user-agent': 'Discord-Interactions/1.0 (+https://discord.com)',
    };
  }

  /**
   * POSTs a body with the given headers; never throws (a failure is status 0 with `error`).
   * node:http rather than fetch: a burst of hundreds at once is the stand-in's own cost on the
   * machine the bot shares, and fetch spends several times the CPU per request. `ms` runs from the
   * moment the request is written to the connection, as Discord's clock would: a burst built in
   * one go by this process is sent only once all of it is built, and that wait is the stand-in's.
   */
  post(url: string, body: string | Uint8Array, headers: Record<string, string>): Promise<EndpointResult> {
    const started = performance.now();
    const failed = (error: unknown): EndpointResult => ({
      url,
      status: 0,
      contentType: null,
      body: '',
      json: undefined,
      ms: performance.now() - started,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
    let sentAt = started;
    return new Promise((resolve) => {
      const bytes = typeof body === 'string' ? Buffer.from(body) : body;
      let request: ClientRequest;
      try {
        request = httpRequest(url, {
          method: 'POST',
          headers: { 'content-length': String(bytes.byteLength), ...headers },
        });
      } catch (error) {
        resolve(failed(error));
        return;
      }
      // Discord's deadline is for the whole exchange, not for an idle socket.
      const deadline = setTimeout(
        () => request.destroy(new Error(`no response within ${this.deadlineMs} ms`)),
        this.deadlineMs,
      );
      request.once('close', () => clearTimeout(deadline));
      request.once('finish', () => (sentAt = performance.now()));
      request.once('error', (error) => resolve(failed(error)));
      request.once('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.once('error', (error) => resolve(failed(error)));
        response.once('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          const contentType = response.headers['content-type'];
          resolve({
            url,
            status: response.statusCode ?? 0,
            contentType: contentType ?? null,
            body: text,
            json,
            ms: performance.now() - sentAt,
            waitedMs: sentAt - started,
          });
        });
      });
      request.end(bytes);
    });
  }

  /** Delivers an interaction payload, signed, to the next endpoint in turn. */
  deliver(payload: unknown, url = this.nextUrl()): Promise<EndpointResult> {
    const body = JSON.stringify(payload);
    return this.post(url, body, { ...this.sign(body) });
  }
}
