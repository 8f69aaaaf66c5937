/**
 * The REST calls made within work that endCallsWith scopes (adapters/rest-call.ts) end with that work's
 * signal, as a call handed the signal itself does; nested, with either's; outside it, with neither's.
 */
import { expect, it } from '@jest/globals';
import { CallAbandonedError, endCallsWith, limitCall } from '../../src/adapters/rest-call.js';

/** A call that never answers: it ends only when its signal aborts (the fetch's part, here). */
const silentCall = (what: string, own?: AbortSignal) =>
  limitCall(what, 60_000, own, ({ signal }) => {
    return new Promise<never>((_, reject) =>
      signal.addEventListener('abort', () => reject(new Error('fetch aborted')), { once: true }),
    );
  });

/** The error `call` ends with, or 'open' while it has not ended once `abort` has run. */
async function outcome(call: Promise<unknown>, abort: () => void): Promise<unknown> {
  const ended = call.then(
    () => 'answered',
    (e: unknown) => e,
  );
  abort();
  return Promise.race([ended, new Promise((resolve) => setTimeout(() => resolve('open'), 200))]);
}

it("a call within the scope ends, abandoned, when the scope's signal aborts", async () => {
  const work = new AbortController();
  const call = endCallsWith(work.signal, async () => silentCall('GET /a'));
  const error = await outcome(call, () => work.abort());
  expect(error).toBeInstanceOf(CallAbandonedError);
  expect((error as Error).message).toBe(
    'GET /a was abandoned before GitHub answered: its caller stopped waiting',
  );
});

it('a call within nested scopes ends with the outer one, and with the inner one', async () => {
  for (const which of ['outer', 'inner'] as const) {
    const outer = new AbortController();
    const inner = new AbortController();
    const call = endCallsWith(outer.signal, () =>
      endCallsWith(inner.signal, async () => silentCall(`GET /${which}`)),
    );
    expect(await outcome(call, () => (which === 'outer' ? outer : inner).abort())).toBeInstanceOf(
      CallAbandonedError,
    );
  }
});

it("a call made outside the scope, or in another's, is not ended by it", async () => {
  const work = new AbortController();
  const other = new AbortController();
  const caller = new AbortController();
  const outside = silentCall('GET /outside', caller.signal);
  const beside = endCallsWith(other.signal, async () => silentCall('GET /beside'));
  const within = endCallsWith(work.signal, async () => silentCall('GET /within'));
  expect(await outcome(within, () => work.abort())).toBeInstanceOf(CallAbandonedError);
  expect(await outcome(outside, () => undefined)).toBe('open');
  expect(await outcome(beside, () => undefined)).toBe('open');
  other.abort();
  await expect(beside).rejects.toBeInstanceOf(CallAbandonedError);
  // The call outside ends with its own signal (else at its limit, a minute on).
  caller.abort();
  await expect(outside).rejects.toBeInstanceOf(CallAbandonedError);
});
