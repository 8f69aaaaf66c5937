/**
 * core/store-failure.ts: which failed reads of the ledger may pass (then nothing is saved over it) and which
 * fail on every try (then it is replaced), on the errors as the cache transfer and the cache client make them.
 */
import { describe, expect, test } from '@jest/globals';
import { readFailureMayPass } from '../../src/core/store-failure.js';
import { TwirpStatusError } from '../../src/checkpoint/adapters/artifact-protocol.js';
import { StoreStalledError } from '../../src/checkpoint/adapters/store-guard.js';
import { CacheEntryTooLargeError } from '../../src/checkpoint/adapters/cache-transfer.js';
import { DocumentNotDownloadedError } from '../../src/adapters/document-cache.js';

const KEY = 'ci-recovery-ledger-fix-timeout-ECONNRESET-42-1-build~o1-00';
/** As artifact-download.ts streamBlob wraps a status: its message, the status's error as the cause. */
const blob = (status: number): Error =>
  new Error(
    `Downloading cache entry '${KEY}' (https://blob.test/c/k) failed: unexpected HTTP response from blob storage: ${status} X`,
    { cause: new Error(`unexpected HTTP response from blob storage: ${status} X`) },
  );
/** As artifact-protocol.ts twirp: a 4xx it does not retry, and a call retried to the end. */
const twirp4xx = (status: number): Error =>
  new TwirpStatusError(
    `Failed to GetCacheEntryDownloadURL: Received non-retryable error: Failed request: (${status}) Forbidden: no`,
    status,
  );
const twirpRetried = (detail: string): Error =>
  new Error(`Failed to GetCacheEntryDownloadURL: Failed to make request after 2 attempts: ${detail}`);
const socket = (code: string): Error =>
  Object.assign(new Error(`read ${code}`), { code, errno: -104, syscall: 'read' });

describe('readFailureMayPass', () => {
  test.each([
    ['blob storage 500', blob(500)],
    ['blob storage 503', blob(503)],
    ['blob storage 429', blob(429)],
    ['the cache service 503, retried to the end', twirpRetried('Failed request: (503) Service Unavailable')],
    ['the cache service 429, retried to the end', twirpRetried('Failed request: (429) Too Many Requests')],
    ['the cache service, an unparsable body retried to the end', twirpRetried("Unexpected token '<'")],
    [
      'the cache service unreachable',
      new Error('Failed to GetCacheEntryDownloadURL: Unable to make request: ECONNRESET. On self-hosted …', {
        cause: socket('ECONNRESET'),
      }),
    ],
    [
      'a blob download broken off (a socket error as the cause)',
      new Error(`Downloading cache entry '${KEY}' failed: socket hang up`, {
        cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      }),
    ],
    ['ETIMEDOUT', socket('ETIMEDOUT')],
    ['undici socket', Object.assign(new TypeError('fetch failed'), { cause: socket('UND_ERR_SOCKET') })],
    [
      'the store guard gave it up (a stall)',
      new StoreStalledError('the cache service answered nothing for 60 s'),
    ],
    ['the time limit', new Error('restoring the ledger was given up at the time limit (30 s)')],
    ['an AbortSignal.timeout', new DOMException('The operation was aborted due to timeout', 'TimeoutError')],
    ['a status field 502', Object.assign(new Error('bad gateway'), { status: 502 })],
    ['an Octokit-like statusCode 504', Object.assign(new Error('x'), { statusCode: 504 })],
    // As streamBlob wraps each after its five tries: @actions/http-client's socket timeout, TLS, a cut body.
    [
      "http-client's socket timeout",
      new Error(`Downloading cache entry '${KEY}' (https://b/c) failed: Request timeout: /c/k?sv=x`, {
        cause: new Error('Request timeout: /c/k?sv=x'),
      }),
    ],
    ['EPROTO (TLS)', Object.assign(new Error('write EPROTO 1:error:0A000126'), { code: 'EPROTO' })],
    ['EPROTO in a message only', new Error(`Downloading cache entry '${KEY}' failed: write EPROTO`)],
    [
      'a stream closed early',
      new Error(`Downloading cache entry '${KEY}' failed: Premature close`, {
        cause: Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }),
      }),
    ],
    [
      "the body ended short (streamBlob's own message)",
      new Error(`Downloading cache entry '${KEY}' failed: the body ended after 10 of 20 bytes`),
    ],
    ['blob storage 408 (a proxy)', blob(408)],
    ['a status field 408', Object.assign(new Error('x'), { status: 408 })],
    [
      "Node's connect to several addresses (an AggregateError of ETIMEDOUTs)",
      new AggregateError(
        [Object.assign(new Error('connect ETIMEDOUT 1.2.3.4:443'), { code: 'ETIMEDOUT' })],
        '',
      ),
    ],
  ])('may pass: %s', (_what, error) => {
    expect(readFailureMayPass(error)).toBe(true);
  });

  test.each([
    ['blob gone: 404', blob(404)],
    ['blob forbidden: 403 (an expired signature)', blob(403)],
    ['the cache service 403, not retried', twirp4xx(403)],
    ['the cache service 400, not retried', twirp4xx(400)],
    // the key names a branch "fix-timeout-ECONNRESET": its words are no network error
    ['over the size cap', new CacheEntryTooLargeError(KEY, 33554432)],
    ['GHES: found, the cache client did not download it, twice', new DocumentNotDownloadedError()],
    [
      'a status field 404 around a network cause',
      Object.assign(new Error('gone'), { status: 404, cause: socket('ECONNRESET') }),
    ],
    ['no Error at all', { weird: true }],
    ['undefined', undefined],
  ])('fails on every try: %s', (_what, error) => {
    expect(readFailureMayPass(error)).toBe(false);
  });

  describe("a planted key's words are no evidence (the service's matched_key is anyone's with write access)", () => {
    const planted = [
      'ci-recovery-ledger-main.0123abcd-9-1(ETIMEDOUT)',
      'ci-recovery-ledger-main.0123abcd-9-1 blob storage: 503',
      'ci-recovery-ledger-main.0123abcd-9-1 socket hang up',
      'ci-recovery-ledger-main.0123abcd-9-1 Failed request: (503) timed out',
    ];
    test.each(planted)('over the cap, the size cap error quoting %s: lasting', (key) => {
      expect(readFailureMayPass(new CacheEntryTooLargeError(key, 33554432), [key])).toBe(false);
      // By its name even where the caller quotes nothing.
      expect(readFailureMayPass(new CacheEntryTooLargeError(key, 33554432))).toBe(false);
    });
    test.each(planted)('blob gone (404), the message quoting %s: lasting', (key) => {
      const gone = new Error(
        `Downloading cache entry '${key}' (https://b/c) failed: unexpected HTTP response from blob storage: 404 X`,
        { cause: new Error(`cache entry '${key}': unexpected HTTP response from blob storage: 404 X`) },
      );
      expect(readFailureMayPass(gone, [key])).toBe(false);
    });
    test.each(planted)('a real 503 still may pass, the message quoting %s', (key) => {
      const real = new Error(
        `Downloading cache entry '${key}' (https://b/c) failed: unexpected HTTP response from blob storage: 503 X`,
      );
      expect(readFailureMayPass(real, [key])).toBe(true);
    });
    test('a planted code in a message the caller did not quote stays a phrase, as before', () => {
      expect(readFailureMayPass(new Error('read ETIMEDOUT'), ['ci-recovery-ledger-x(ETIMEDOUT)'])).toBe(true);
    });
  });

  test('a cause cycle ends', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(readFailureMayPass(a)).toBe(false);
  });
});
