/**
 * A REST call's time limit, shared by the Octokit client (github.ts) and the light reader of a green job's
 * GETs (rest-light.ts), and the push-back policy both follow. No client here: importing this loads no Octokit.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * How every REST call of ci-recovery behaves when GitHub pushes back, in one place: a primary rate limit
 * (403/429 with `x-ratelimit-remaining: 0`) waits for `x-ratelimit-reset`, a secondary one waits
 * `Retry-After` (GitHub's fallback: 60 s), and a 5xx or another 429 is retried with growing pauses (1, 4,
 * 9 s). Writes are spaced a second apart, as GitHub asks.
 */
export interface RestPolicy {
  /** Retries of one request, for each kind of push-back. */
  retries: number;
  /** Longest wait accepted for a rate limit; a limit that resets later fails the call at once. */
  maxWaitSeconds: number;
  /** Milliseconds a "second" of waiting lasts: 1000, except in tests that must not wait. */
  msPerSecond: number;
  /**
   * Longest a call may take, its retries included: a server that accepts and never answers would
   * otherwise hold the job for undici's 300 s per try. An aborted call is not tried again.
   */
  callTimeoutMs: number;
}

export const DEFAULT_REST_POLICY: RestPolicy = {
  retries: 3,
  maxWaitSeconds: 120,
  msPerSecond: 1000,
  callTimeoutMs: 30_000,
};

/** A call that ran out of its time: not retried (by the retry plugin, which skips these statuses). */
export class CallTimeoutError extends Error {
  readonly status = 408;
  constructor(what: string, ms: number) {
    super(`GitHub did not answer ${what} within ${Math.round(ms / 1000)} s`);
    this.name = 'CallTimeoutError';
  }
}

/** A call its caller stopped waiting for (a phase's budget spent, a question no longer needed). */
export class CallAbandonedError extends Error {
  constructor(what: string) {
    super(`${what} was abandoned before GitHub answered: its caller stopped waiting`);
    this.name = 'CallAbandonedError';
  }
}

/** A call's limit as the call sees it: its signal (the caller's too), and the rate-limit waits that move it. */
export interface CallLimit {
  /** Aborts when the call is given up, by its limit or by its caller: its fetch ends with it. */
  signal: AbortSignal;
  extend: (ms: number) => void;
}

/** The signal of the work each call is made for (endCallsWith), found in the call's async context. */
const callers = new AsyncLocalStorage<AbortSignal>();

/**
 * `work` with every REST call made within it, however deep (a port's call is several, through the sticky
 * comment's or the revert PR's code and Octokit's paginate), ended when `signal` aborts, as a call handed
 * that signal is: work its phase's budget gave up lets go of its sockets then, not at each call's own limit.
 * Within other such work, the calls end with either's signal.
 */
export function endCallsWith<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  const outer = callers.getStore();
  return callers.run(outer ? AbortSignal.any([outer, signal]) : signal, work);
}

/** The call's own signal and that of the work it is made in (endCallsWith), as one; either alone; or none. */
function callerSignal(given: AbortSignal | undefined): AbortSignal | undefined {
  const scoped = callers.getStore();
  if (!scoped || scoped === given) return given;
  return given ? AbortSignal.any([given, scoped]) : scoped;
}

/** A call's timer this much past due means the process was starved, not that GitHub said nothing. */
const STARVED_MS = 100;
/** How long a starved call's answer, if it came, is given to be read before the timer looks again. */
const STARVED_GRANT_MS = 250;

/**
 * `run` ended within `ms` plus the rate-limit waits it asks for (`extend`), its retries included: the
 * signal aborts the fetch (the body's download too) and the call rejects with a CallTimeoutError, or a
 * CallAbandonedError when its caller's signal (`own`, or the work's: endCallsWith) aborted it.
 */
export async function limitCall<T>(
  what: string,
  ms: number,
  own: AbortSignal | undefined,
  run: (limit: CallLimit) => Promise<T>,
): Promise<T> {
  const given = callerSignal(own);
  const controller = new AbortController();
  let endsAt = Date.now() + ms;
  let timer: NodeJS.Timeout | undefined;
  let expire: (error: CallTimeoutError) => void = () => undefined;
  const expired = new Promise<never>((_, reject) => {
    expire = reject;
  });
  let forgiven = 0;
  const arm = (): void => {
    clearTimeout(timer);
    const due = endsAt;
    timer = setTimeout(
      () => {
        // Fired late: this process did not run meanwhile (a loaded runner), and an answer that came in
        // that time is still unread. Give it a short while to be read (again while the timer keeps
        // firing late, up to one limit's worth in all), not the whole time lost: the phase's budget
        // would end the call first, and say less.
        const late = Date.now() - due;
        if (late > STARVED_MS && forgiven < ms) {
          const grant = Math.min(late, STARVED_GRANT_MS, ms - forgiven);
          forgiven += grant;
          endsAt = Date.now() + grant;
          arm();
          return;
        }
        controller.abort();
        expire(new CallTimeoutError(what, ms));
      },
      Math.max(0, endsAt - Date.now()),
    );
  };
  arm();
  const signal = given ? AbortSignal.any([given, controller.signal]) : controller.signal;
  const extend = (wait: number): void => {
    endsAt += wait;
    arm();
  };
  try {
    return await Promise.race([run({ signal, extend }), expired]);
  } catch (error) {
    if (controller.signal.aborted) throw new CallTimeoutError(what, ms);
    // Octokit reports a fetch its caller aborted as a bare 'Unknown Error': say which call, and why.
    throw given?.aborted ? new CallAbandonedError(what) : error;
  } finally {
    clearTimeout(timer);
  }
}

/** Each client of getOctokit (github.ts) and its twin without the write spacing, built on first use. */
export const readTwins = new WeakMap<object, () => object>();

/**
 * `octokit` for a read that its throttling would queue as a write (POST /graphql): Octokit spaces writes
 * a second apart (GitHub's advice for content-creating requests), which a query creates nothing to need.
 * A client not made by getOctokit (rest-light.ts's: its GraphQL goes unspaced already) is returned as it is.
 */
export function unspaced<T extends object>(octokit: T): T {
  return (readTwins.get(octokit)?.() as T | undefined) ?? octokit;
}
