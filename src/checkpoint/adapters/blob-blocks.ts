/**
 * An Azure block blob written through its signed URL with the two calls an upload needs, Put Block and Put
 * Block List (or Put Blob alone, for bytes that fit one block), spoken directly through the toolkit's HTTP
 * client (proxy settings as the artifact client has them). `@azure/storage-blob` made the same two calls; loading it (1.3 MB of JavaScript) and its request
 * pipeline cost a 574 MiB checkpoint 0.13 s of CPU and 0.15 s of its 2.5 s (7 interleaved rounds each).
 * Failed calls are retried as that client's default policy retried them: 4 tries, 0, 4 and 12 s apart, after
 * a 500 or 503 or a timed-out answer (408, 504), or a connection's failure that may pass (the codes of
 * core/network-failure.ts, which the policy's own list grew into, but a TLS handshake refused); any other
 * answer fails at once.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Readable } from 'node:stream';
import { HttpClient } from '@actions/http-client';
import { networkFailureMayPass } from '../../core/network-failure.js';
import type { TransferGuard } from './store-guard.js';

const MAX_TRIES = 4;
const RETRY_DELAY_MS = 4000;
/**
 * A TLS handshake refused (OpenSSL's words in an `EPROTO`): an https URL to a plain-HTTP server ("wrong version
 * number"), a protocol the peer will not speak, its alert. It fails so on every try; a TLS connection cut
 * mid-way ("unexpected eof while reading") may pass. Not taken off the shared list: there it also decides a
 * ledger's read, where taking a passing failure for a lasting one would replace the branch's history.
 */
const REFUSED_HANDSHAKE = /wrong version number|unsupported protocol|\balert\b/i;
/** A request body is handed to the socket in pieces this large, each one progress for the guard. */
const PIECE = 256 * 1024;

/** An answer another try may change (500, 503, and one that says it timed out: 408, 504). */
class BusyError extends Error {
  override name = 'BusyError';
}

export class BlockBlob {
  private readonly client: HttpClient;
  private readonly cancelled = new AbortController();
  private readonly untrack: () => void;

  /** The blob at `signedUrl`; `g` is told of progress, and gives the uploads up with the store. */
  constructor(
    private readonly signedUrl: string,
    private readonly g: TransferGuard,
    userAgent: string,
  ) {
    this.client = new HttpClient(userAgent, [], { allowRedirects: false, keepAlive: true });
    this.untrack = g.track(() => this.cancel());
  }

  /** Put Block: `body` as the block `id` (base64, of the same length for every block of the blob). */
  stage(id: string, body: Buffer): Promise<void> {
    return this.put(`comp=block&blockid=${encodeURIComponent(id)}`, body, {});
  }

  /** Put Block List: the blob becomes these blocks, in this order, served with `contentType`. */
  commit(ids: readonly string[], contentType: string): Promise<void> {
    const latest = ids.map((id) => `<Latest>${id}</Latest>`).join('');
    const xml = `<?xml version="1.0" encoding="utf-8"?><BlockList>${latest}</BlockList>`;
    return this.put('comp=blocklist', Buffer.from(xml), {
      'Content-Type': 'application/xml; charset=utf-8',
      'x-ms-blob-content-type': contentType,
    });
  }

  /**
   * Put Blob: the blob becomes `body`, served with `contentType`, in one request. For bytes that fit one block,
   * as @actions/cache's client uploads an entry under its single-shot size (128 MiB) and Azure's .NET client
   * any stream under its initial transfer size; a blob written so is the block blob a block list makes.
   */
  putWhole(body: Buffer, contentType: string): Promise<void> {
    return this.put('', body, { 'x-ms-blob-type': 'BlockBlob', 'x-ms-blob-content-type': contentType });
  }

  /** Stops every call now: the ones under way fail, and no other is made. */
  cancel(): void {
    this.cancelled.abort(new Error('the upload was cancelled'));
    this.client.dispose();
  }

  /** Done with the blob: its connections are closed. */
  close(): void {
    this.untrack();
    this.client.dispose();
  }

  private async put(query: string, body: Buffer, headers: Record<string, string>): Promise<void> {
    const url = query
      ? `${this.signedUrl}${this.signedUrl.includes('?') ? '&' : '?'}${query}`
      : this.signedUrl;
    for (let attempt = 1; ; attempt++) {
      let error: Error;
      try {
        this.cancelled.signal.throwIfAborted();
        await this.putOnce(url, body, headers);
        return;
      } catch (e) {
        this.cancelled.signal.throwIfAborted();
        if (!(e instanceof BusyError) && (!networkFailureMayPass(e) || handshakeRefused(e))) throw e;
        error = e as Error;
      }
      if (attempt >= MAX_TRIES) throw error;
      await sleep((2 ** (attempt - 1) - 1) * RETRY_DELAY_MS, undefined, { signal: this.cancelled.signal });
    }
  }

  private async putOnce(url: string, body: Buffer, headers: Record<string, string>): Promise<void> {
    const res = await this.client.request('PUT', url, Readable.from(pieces(body, this.g)), {
      'Content-Length': String(body.length),
      ...headers,
    });
    await res.readBody();
    this.g.touch();
    const status = res.message.statusCode ?? 0;
    if (status >= 200 && status < 300) return;
    const code = res.message.headers['x-ms-error-code'];
    const answer = `blob storage answered ${status} ${res.message.statusMessage ?? ''}${typeof code === 'string' ? ` (${code})` : ''}`;
    // 408, 504: the Azure policy retried them by a reason phrase saying TIMEOUT; by status, nginx's
    // "Gateway Time-out" and an empty phrase are too.
    const busy = status === 500 || status === 503 || status === 408 || status === 504;
    throw busy ? new BusyError(answer) : new Error(answer);
  }
}

function handshakeRefused(e: unknown): boolean {
  const { code, message } = e as { code?: unknown; message?: unknown };
  return code === 'EPROTO' && typeof message === 'string' && REFUSED_HANDSHAKE.test(message);
}

/** The body in pieces, each taken by the socket a sign of progress. */
function* pieces(body: Buffer, g: TransferGuard): Generator<Buffer> {
  for (let off = 0; off < body.length; off += PIECE) {
    g.touch();
    yield body.subarray(off, off + PIECE);
  }
}
