/**
 * Which failures of a connection may pass on another try: the one list of them, for every caller that
 * decides so (a ledger read that may pass, core/store-failure.ts; a blob upload's retry,
 * checkpoint/adapters/blob-blocks.ts). The artifact protocol's Twirp client gives up at once on five of
 * them, as `@actions/artifact` does (checkpoint/adapters/artifact-protocol.ts): a contract, not a
 * judgement of what passes, so it names its five from this list.
 *
 * Each code, and why it may pass:
 * - Node's system errors of a connection (its "Common system errors"): a reset, refused or timed-out
 *   connection, a write to a closed one (`EPIPE`), a name not resolved (`ENOTFOUND`: EAI_NONAME or
 *   EAI_NODATA, for a service's known host a DNS blip), and getaddrinfo's `EAI_AGAIN` (POSIX: "the name
 *   could not be resolved at this time; future attempts may succeed"; libuv: "temporary failure", beside
 *   EAI_FAIL's "permanent failure", which is not here).
 * - A route or host down or unreachable (`ENETDOWN`, `ENETUNREACH`, `EHOSTDOWN`, `EHOSTUNREACH`) and
 *   undici's `UND_ERR_SOCKET`: undici's RetryHandler retries these by default, with `ECONNRESET`,
 *   `ECONNREFUSED`, `ENOTFOUND` and `EPIPE`.
 * - undici's connect, headers and body timeouts, `ESOCKETTIMEDOUT` (the request library's, which the
 *   Azure storage client's retry policy names) and Node's `ERR_SOCKET_CONNECTION_TIMEOUT` (net.js: every
 *   address of an autoSelectFamily connect timed out): timeouts, as `ETIMEDOUT`. A connection timed out
 *   says nothing of what is stored: a ledger read so failed is "unread", and nothing is saved over it.
 * - `ECONNABORTED` (Windows' WSAECONNABORTED, "an established connection was aborted" on the runner's side),
 *   `EPROTO` (a TLS connection cut without its close, OpenSSL's "unexpected eof while reading") and
 *   `ERR_STREAM_PREMATURE_CLOSE` (a stream ended before its end): a connection lost mid-way. An `EPROTO`
 *   may also last (a proxy answering TLS in plain HTTP): a read is left unread; the blob upload tells a
 *   refused handshake by its words and tries it no more (blob-blocks.ts).
 * Not here: `ENOENT` (the Azure client's list names it; a request over TCP to a URL's host raises none, and
 * a missing file fails on every try) and any `EAI_*` but `EAI_AGAIN`.
 */
export const PASSING_NETWORK_CODES = [
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
  'EPROTO',
  'ERR_STREAM_PREMATURE_CLOSE',
] as const;

export type PassingNetworkCode = (typeof PASSING_NETWORK_CODES)[number];

const CODES: ReadonlySet<string> = new Set(PASSING_NETWORK_CODES);

/** Whether `code` (an error's `code` field) is a connection's failure that may pass. */
export const isPassingNetworkCode = (code: unknown): code is PassingNetworkCode =>
  typeof code === 'string' && CODES.has(code);

// Phrases, never one word: a message may quote a cache key, which holds the branch's name ("fix-timeout").
const NETWORK_TEXT = [
  // a code as Node words it: "read ECONNRESET", "connect ECONNREFUSED 1.2.3.4:443", "getaddrinfo EAI_AGAIN h"
  new RegExp(`(?:^|[\\s:(])(?:${PASSING_NETWORK_CODES.join('|')})\\b`),
  // Node's socket closed before an answer, node-fetch's timeout, a stream closed early (stream.finished)
  /socket hang up|network timeout|Premature close/i,
  // @actions/http-client's socket timeout (3 minutes unless set)
  /\bRequest timeout: /,
];

/** Whether a message names a connection's failure that may pass (a wrapper's message, without its code). */
export const namesNetworkFailure = (text: string): boolean => NETWORK_TEXT.some((re) => re.test(text));

/**
 * Whether `error` is a connection's failure that may pass: by its `code`, else by its message, walked down
 * an AggregateError's `errors` (Node's connect to several addresses) and its `cause`s. By shape, not
 * `instanceof` (pure, and a bundle chunk may hold its own copy of a class). For a caller that retries
 * one request; a status it carries is that caller's to judge.
 */
export function networkFailureMayPass(error: unknown): boolean {
  // A cause chain is short; the bound keeps a cycle (and an AggregateError's nest) from looping.
  const mayPass = (at: unknown, depth: number): boolean => {
    if (depth >= 8 || at === undefined || at === null) return false;
    if (typeof at === 'string') return namesNetworkFailure(at);
    if (typeof at !== 'object') return false;
    if (isPassingNetworkCode((at as { code?: unknown }).code)) return true;
    const message = (at as { message?: unknown }).message;
    if (typeof message === 'string' && namesNetworkFailure(message)) return true;
    const errors = (at as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.slice(0, 8).some((e) => mayPass(e, depth + 1))) return true;
    return mayPass((at as { cause?: unknown }).cause, depth + 1);
  };
  return mayPass(error, 0);
}
