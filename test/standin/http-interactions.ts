// Discord's side of HTTP interactions: each interaction is POSTed to the app's Interactions
// Endpoint URL, signed with the application's Ed25519 key pair (X-Signature-Ed25519 over
// X-Signature-Timestamp + body), and the HTTP response is the interaction's callback. Several URLs
// are taken in turn (round robin), as a load balancer in front of replicas would.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** What the endpoint answered to one POST. */
export interface EndpointResult {
  readonly url: string;
  /** HTTP status; 0 when no response came (refused, reset, or past the deadline). */
  readonly status: number;
  readonly contentType: string | null;
  readonly body: string;
  /** Parsed JSON body, when it was JSON. */
  readonly json: unknown;
  readonly ms: number;
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

  /** POSTs a body with the given headers; never throws (a failure is status 0 with `error`). */
  async post(
    url: string,
    body: string | Uint8Array,
    headers: Record<string, string>,
  ): Promise<EndpointResult> {
    const started = performance.now();
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(this.deadlineMs),
      });
      const text = await response.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      return {
        url,
        status: response.status,
        contentType: response.headers.get('content-type'),
        body: text,
        json,
        ms: performance.now() - started,
      };
    } catch (error) {
      return {
        url,
        status: 0,
        contentType: null,
        body: '',
        json: undefined,
        ms: performance.now() - started,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      };
    }
  }

  /** Delivers an interaction payload, signed, to the next endpoint in turn. */
  deliver(payload: unknown, url = this.nextUrl()): Promise<EndpointResult> {
    const body = JSON.stringify(payload);
    return this.post(url, body, { ...this.sign(body) });
  }
}
