/**
 * Whether a failure to download a stored document (the ledger) found by a lookup may pass on a later try:
 * then what this job would save is built on nothing and must not replace it. One that fails the same way
 * every time (a 4xx from storage, the size cap, an archive the cache client cannot unpack) must not block
 * every later save: the entry never becomes readable, and is replaced. A failed lookup is not for this:
 * it says nothing of the entry (the ledger store leaves the ledger unread whatever the failure).
 *
 * By shape, not `instanceof` (pure, and a bundle chunk may hold its own copy of a class): the errors of the
 * cache transfer (checkpoint/adapters: TwirpStatusError's `status`, a blob download's "blob storage: 503",
 * a Twirp call's "(503)" and "after 2 attempts", a socket's `code`, the store guard's StoreStalledError,
 * the size cap's CacheEntryTooLargeError) and of any deadline, walked down their `cause`s. The found
 * key is anyone's with write access to the cache's scope (the service's `matched_key`): the caller passes
 * it as `quoted`, and it is cut out of every message before one is read.
 */

import { isPassingNetworkCode, namesNetworkFailure } from './network-failure.js';

const PASSING_NAMES = new Set(['StoreStalledError', 'TimeoutError', 'AbortError']);
/** What is stored fails so on every try, whatever its message quotes. */
const LASTING_NAMES = new Set(['CacheEntryTooLargeError', 'DocumentNotDownloadedError']);
// Besides a connection's failure (core/network-failure.ts): a deadline's, and the cache transfer's own words.
// Phrases, never one word: a message may quote a cache key, which holds the branch's name ("fix-timeout").
const PASSING_TEXT = [
  /timed out|time limit|given up/i,
  // a body cut short (artifact-download.ts streamBlob)
  /\bthe body ended after \d+ of \d+ bytes\b/,
  // a Twirp call retried to the end (5xx, 429, an unparsable body, a dropped connection)
  /Failed to make request after \d+ attempts/,
];
const saysMayPass = (text: string): boolean =>
  namesNetworkFailure(text) || PASSING_TEXT.some((re) => re.test(text));

const passingStatus = (status: number): boolean =>
  status === 408 || status === 429 || (status >= 500 && status < 600);

/** The HTTP status an error carries: a `status`/`statusCode` field, else one its message names. */
function statusOf(error: object, message: string): number | undefined {
  for (const field of ['status', 'statusCode'] as const) {
    const value = (error as Record<string, unknown>)[field];
    if (typeof value === 'number' && value >= 100 && value < 600) return value;
  }
  const named = /blob storage: (\d{3})\b|Failed request: \((\d{3})\)|\bHTTP (?:status )?(\d{3})\b/.exec(
    message,
  );
  const digits = named?.slice(1).find((d) => d !== undefined);
  return digits === undefined ? undefined : Number(digits);
}

/**
 * True when the read may succeed later (the time limit, a network error, a 408, 429 or 5xx from the cache
 * service or blob storage); false when it failed on what is stored, or in a way not known to pass.
 * `quoted`: text a message may quote that is not the failure's (the found key), cut out before reading.
 */
export function readFailureMayPass(error: unknown, quoted: readonly string[] = []): boolean {
  const cut = quoted.filter((q) => q !== '');
  const own = (text: string): string => cut.reduce((t, q) => t.split(q).join(' '), text);
  // A cause chain is short; the bound keeps a cycle (and an AggregateError's nest) from looping.
  const mayPass = (at: unknown, depth: number): boolean => {
    if (depth >= 8 || at === undefined || at === null) return false;
    if (typeof at === 'string') return saysMayPass(own(at));
    if (typeof at !== 'object') return false;
    const name = (at as { name?: unknown }).name;
    if (typeof name === 'string' && LASTING_NAMES.has(name)) return false;
    if (typeof name === 'string' && PASSING_NAMES.has(name)) return true;
    if (isPassingNetworkCode((at as { code?: unknown }).code)) return true;
    const raw = (at as { message?: unknown }).message;
    const message = own(typeof raw === 'string' ? raw : '');
    // The outermost status decides: a 404 wrapped around nothing else is the entry gone, for good.
    const status = statusOf(at, message);
    if (status !== undefined) return passingStatus(status);
    if (saysMayPass(message)) return true;
    // Node's connect with several addresses (autoSelectFamily) fails with an AggregateError of each one's.
    const errors = (at as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.slice(0, 8).some((e) => mayPass(e, depth + 1))) return true;
    return mayPass((at as { cause?: unknown }).cause, depth + 1);
  };
  return mayPass(error, 0);
}
