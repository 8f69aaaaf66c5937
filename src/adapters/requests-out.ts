/**
 * When this process's HTTP requests are sent, read from Node's own `http.client.request.start` channel
 * (node:diagnostics_channel, published as an `http.ClientRequest` gets its socket) and each request's
 * `finish` (its last byte handed to the system): a request given a socket still waits for this process's
 * event loop to connect and write it, which a long compile would hold. Post's REST client and
 * the cache and artifact clients speak through node:http (rest-fetch.ts, @actions/http-client); behind a
 * proxy the REST client is @actions/github's fetch, undici's, counted from undici's own channels (a request
 * written, or failed). Post waits on it before compiling the classifier, which is all CPU: compiled
 * first, it held its reads back by as long as it took; compiled once they are out, it fills their wait.
 */
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';

const CHANNEL = 'http.client.request.start';
/** undici's (lib/core/diagnostics.js, 6.x): a request's last byte written, or its failure. */
const UNDICI_SENT = 'undici:request:bodySent';
const UNDICI_FAILED = 'undici:request:error';

/**
 * Starts counting the requests this process sends. The answer resolves once `count` have been sent since
 * this call, or after `capMs` whatever the count (a read answered from disk, a channel that never speaks):
 * it only orders work, so it never holds it back for long. The count (one addition a request) lasts as long
 * as the process.
 */
export function requestsOut(capMs: number): (count: number) => Promise<void> {
  let sent = 0;
  const waits: { count: number; resolve: () => void }[] = [];
  const onSent = (): void => {
    sent++;
    for (const wait of waits.filter((w) => sent >= w.count)) wait.resolve();
  };
  // Counted once, when sent or, failing that, when it ends (a refused connection must not hold the wait).
  const onStart = (message: unknown): void => {
    const request = (message as { request?: ClientRequest }).request;
    if (!request) return;
    let counted = false;
    const once = (): void => {
      if (counted) return;
      counted = true;
      onSent();
    };
    request.once('finish', once);
    request.once('close', once);
  };
  subscribe(CHANNEL, onStart);
  // An undici request may fail after it was written: counted once.
  const undiciSeen = new WeakSet<object>();
  const onUndici = (message: unknown): void => {
    const request = (message as { request?: object }).request;
    if (!request || undiciSeen.has(request)) return;
    undiciSeen.add(request);
    onSent();
  };
  subscribe(UNDICI_SENT, onUndici);
  subscribe(UNDICI_FAILED, onUndici);
  return (count) =>
    new Promise<void>((resolve) => {
      const wait = {
        count,
        resolve: () => {
          clearTimeout(timer);
          const at = waits.indexOf(wait);
          if (at >= 0) waits.splice(at, 1);
          resolve();
        },
      };
      const timer = setTimeout(() => wait.resolve(), capMs);
      waits.push(wait);
      if (sent >= count) wait.resolve();
    });
}
