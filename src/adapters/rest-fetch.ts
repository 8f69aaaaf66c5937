/**
 * The REST client's `fetch` when no proxy is named: over `node:http`/`node:https`, which the cache service's
 * transport (`@actions/http-client`) loads in main and post anyway, not undici's fetch, whose 0.6 MB chunk
 * main and post otherwise compile and run for a handful of API calls (issue 67: a green job's own cost).
 * It does what Octokit's fetch wrapper (@octokit/request's `fetchWrapper`) asks of a fetch, as undici's does:
 * the same request headers, redirects followed (the credentials dropped when one leaves the origin), a gzip
 * or deflate body decoded, `signal` ending the request and the body's download alike, and a response with
 * `status`, `statusText`, `url`, `headers` (iterable, `get`), `text()`, `json()`, `arrayBuffer()` and `body`
 * (a web stream, for `parseSuccessResponseBody: false`). Not Node's `Response`: that global loads Node's own
 * undici. A body this does not know (a stream) goes to `fallback`.
 */
import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import type zlib from 'node:zlib';

type Fetch = typeof fetch;
type Init = NonNullable<Parameters<Fetch>[1]>;

/** Follows at most this many redirects, as the fetch standard does. */
const MAX_REDIRECTS = 20;
/** Headers a cross-origin redirect drops (fetch's "request-body-header" and credentials rules). */
const CREDENTIALS = ['authorization', 'cookie', 'proxy-authorization'];

let agents: { http: http.Agent; https: https.Agent } | undefined;
/** One keep-alive agent per scheme: a phase's calls share a connection. Idle sockets never hold the process. */
function agentFor(protocol: string): http.Agent {
  agents ??= { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
  return protocol === 'https:' ? agents.https : agents.http;
}

/** What undici's fetch adds to a request that does not set them (github-client.test compares the two). */
function requestHeaders(given: Init['headers'], body: Buffer | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries((given ?? {}) as Record<string, string>))
    headers[name.toLowerCase()] = String(value);
  headers.accept ??= '*/*';
  headers['accept-language'] ??= '*';
  headers['sec-fetch-mode'] ??= 'cors';
  headers['user-agent'] ??= 'undici';
  headers['accept-encoding'] ??= 'gzip, deflate';
  if (body) headers['content-length'] = String(body.length);
  return headers;
}

function bodyBytes(body: Init['body']): Buffer | undefined | 'other' {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return 'other';
}

/**
 * Why an aborted call fails: the signal's reason, as fetch rejects with it, else an AbortError. An Error of
 * this realm: @octokit/request retries what is no `Error` to it as an unknown failure, and in a vm context (jest)
 * the signal's DOMException, Node's own, is not one.
 */
const abortError = (signal: AbortSignal): Error =>
  signal.reason instanceof Error
    ? signal.reason
    : Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });

/** The fetch; `fallback` serves a body it does not take (a stream, form data). */
export function nodeFetch(fallback: Fetch): Fetch {
  return async (input, init = {}) => {
    const bytes = bodyBytes(init.body);
    const plainHeaders = !init.headers || Object.getPrototypeOf(init.headers) === Object.prototype;
    if (bytes === 'other' || !plainHeaders || typeof input !== 'string') return fallback(input, init);
    const signal = init.signal ?? undefined;
    if (signal?.aborted) throw abortError(signal);
    let url = new URL(input);
    let method = (init.method ?? 'GET').toUpperCase();
    let body = bytes;
    let headers = requestHeaders(init.headers, body);
    for (let redirects = 0; ; redirects++) {
      const res = await send(url, method, headers, body, signal);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (![301, 302, 303, 307, 308].includes(status) || !location || init.redirect === 'manual')
        return new NodeResponse(res, url.href, method) as unknown as Response; // what Octokit reads of one
      res.resume();
      if (init.redirect === 'error' || redirects >= MAX_REDIRECTS)
        throw new TypeError(
          `fetch failed: redirect ${init.redirect === 'error' ? 'refused' : 'count exceeded'}`,
        );
      const next = new URL(location, url);
      // As fetch: a 303, or a 301/302 after a POST, becomes a GET without a body.
      if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
        method = 'GET';
        body = undefined;
        headers = Object.fromEntries(
          Object.entries(headers).filter(([name]) => !name.startsWith('content-')),
        );
      }
      if (next.origin !== url.origin)
        headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIALS.includes(name)));
      url = next;
    }
  };
}

/**
 * Tries on a kept-alive connection that breaks before any answer: each such failure is the server having
 * closed the idle connection as the request went out (its keep-alive limit; the agent drops idle sockets a
 * second before the limit a server announces, which a busy event loop can miss), so the request never
 * reached it. Node's documentation of `request.reusedSocket` retries these; undici does too.
 */
const REUSED_SOCKET_TRIES = 3;

/** The errors of requests reset on a kept-alive connection before any answer (see REUSED_SOCKET_TRIES). */
const staleResets = new WeakSet<Error>();

/** One request (sendOnce), tried again where a kept-alive connection was reset before any answer. */
async function send(...request: Parameters<typeof sendOnce>): Promise<http.IncomingMessage> {
  for (let tries = 1; ; tries++) {
    try {
      return await sendOnce(...request);
    } catch (error) {
      if (!staleResets.has(error as Error) || tries >= REUSED_SOCKET_TRIES) throw error;
    }
  }
}

/** One request; resolves at the response's head. `signal` aborts it, and later the body's download. */
function sendOnce(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: Buffer | undefined,
  signal: AbortSignal | undefined,
): Promise<http.IncomingMessage> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return Promise.reject(new TypeError(`fetch failed: unsupported scheme ${url.protocol}`));
  return new Promise((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(url, { method, headers, agent: agentFor(url.protocol) });
    const onAbort = (): void => {
      const error = abortError(signal!);
      req.destroy(error);
      reject(error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (error: NodeJS.ErrnoException) => {
      signal?.removeEventListener('abort', onAbort);
      // Reset before any answer on a connection kept alive from an earlier call (an abort has its own error).
      if (req.reusedSocket && error.code === 'ECONNRESET' && !signal?.aborted) staleResets.add(error);
      reject(error);
    });
    req.on('response', (res) => {
      signal?.removeEventListener('abort', onAbort);
      // Swallowed: a body never read (Octokit reads none of a 204) must not crash the process when its
      // connection breaks; a reader still gets the error, through its own iterator.
      res.on('error', () => undefined);
      if (signal) {
        // The body's download ends with the call too; the listener goes with the body.
        const onBodyAbort = (): void => {
          res.destroy(abortError(signal));
        };
        signal.addEventListener('abort', onBodyAbort, { once: true });
        res.once('close', () => signal.removeEventListener('abort', onBodyAbort));
      }
      resolve(res);
    });
    req.end(body);
  });
}

/** The response headers as fetch's `Headers` reads them: lower-case names, in order, repeated values joined. */
class NodeHeaders {
  readonly #map: Map<string, string>;
  constructor(res: http.IncomingMessage) {
    const entries = Object.entries(res.headers).map(([name, value]): [string, string] => [
      name,
      Array.isArray(value) ? value.join(', ') : String(value),
    ]);
    this.#map = new Map(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  get(name: string): string | null {
    return this.#map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.#map.has(name.toLowerCase());
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.#map.entries();
  }
}

/** The part of fetch's `Response` Octokit reads. */
class NodeResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: NodeHeaders;
  readonly #stream: Readable;
  #used = false;
  #nodeBody = false;

  constructor(
    res: http.IncomingMessage,
    readonly url: string,
    method: string,
  ) {
    this.status = res.statusCode ?? 0;
    this.statusText = res.statusMessage ?? '';
    this.headers = new NodeHeaders(res);
    // No body by HTTP's rules: read to its end now, so the connection goes back to the pool.
    if (method === 'HEAD' || [204, 205, 304].includes(this.status)) res.resume();
    this.#stream = decoded(res, this.headers.get('content-encoding'));
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get bodyUsed(): boolean {
    return this.#used;
  }

  /**
   * `body` as the Node stream itself, for a reader that only iterates it (the REST client's own read of an
   * answer, answer-body.ts): a web stream's first use compiles Node's web streams, milliseconds of a phase.
   */
  bodyAsNodeStream(): this {
    this.#nodeBody = true;
    return this;
  }

  /** The body as a web stream, as fetch gives it (or as a Node stream: bodyAsNodeStream). */
  get body(): ReadableStream<Uint8Array> {
    this.#used = true;
    if (this.#nodeBody) return this.#stream as unknown as ReadableStream<Uint8Array>;
    return Readable.toWeb(this.#stream) as ReadableStream<Uint8Array>;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = await this.#bytes();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  async text(): Promise<string> {
    return (await this.#bytes()).toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }

  async #bytes(): Promise<Buffer> {
    if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
    this.#used = true;
    const chunks: Buffer[] = [];
    for await (const chunk of this.#stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
}

/** The body, decoded as undici's fetch decodes it (the encodings it asks for). */
function decoded(res: http.IncomingMessage, encoding: string | null): Readable {
  const coding = encoding?.trim().toLowerCase();
  if (coding !== 'gzip' && coding !== 'x-gzip' && coding !== 'deflate') return res;
  // node:zlib is loaded by the first encoded body only: the API answers a job's few calls unencoded.
  const { createGunzip, createInflate } = process.getBuiltinModule('node:zlib');
  return pipeOn(res, coding === 'deflate' ? createInflate() : createGunzip());
}

/** `res` into `through`; an error of either (an abort among them) ends the other. */
function pipeOn(res: http.IncomingMessage, through: zlib.Gunzip | zlib.Inflate): Readable {
  res.on('error', (error) => through.destroy(error));
  through.on('error', () => res.destroy());
  return res.pipe(through);
}
