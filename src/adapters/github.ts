import { AsyncLocalStorage } from 'node:async_hooks';
import type * as github from '@actions/github';
import { Octokit as OctokitCore } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { UserError } from '../core/errors.js';
import { answerData } from './answer-body.js';
import { nodeFetch } from './rest-fetch.js';
import { restRoutes, type RestRoutesApi } from './rest-routes.js';
import { fetch as undiciFetch } from './undici-lazy.js';
import type { Logger } from '../runner/ports/logger.js';

/** @actions/github's client with the REST methods ci-recovery calls (rest-routes.ts), and no others. */
export type Octokit = Omit<ReturnType<typeof github.getOctokit>, 'rest'> & RestRoutesApi;

/**
 * How every REST call of ci-recovery behaves when GitHub pushes back, in one place (Octokit's throttling
 * and retry plugins): a primary rate limit (403/429 with `x-ratelimit-remaining: 0`) waits for
 * `x-ratelimit-reset`, a secondary one waits `Retry-After` (GitHub's fallback: 60 s), and a 5xx or another
 * 429 is retried with growing pauses (1, 4, 9 s). Writes are spaced a second apart, as GitHub asks.
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

/**
 * @actions/github's client (Octokit with its REST methods and pagination) plus the retry and throttling
 * plugins, built here from the same packages: @actions/github loads undici and its proxy code (~1 MB of
 * the bundle, most of a phase's start-up) and parses the event payload at import, whatever the job. The REST
 * methods are those ci-recovery calls (rest-routes.ts), not the plugin's table of every endpoint.
 */
const GitHubClient = OctokitCore.plugin(restRoutes, paginateRest, retry, throttling);

/**
 * With no proxy named, a fetch over node:http(s) (rest-fetch.ts), which the cache service's transport loads
 * anyway: undici's fetch, compiled and run for a few API calls, cost main and post ~20 ms of CPU each. With a
 * proxy, @actions/github's proxy-aware fetch itself (undici's, `HTTP(S)_PROXY` and `NO_PROXY` as the toolkit
 * reads them).
 */
function restFetch(): typeof fetch {
  const env = process.env;
  if (!env.https_proxy && !env.HTTPS_PROXY && !env.http_proxy && !env.HTTP_PROXY)
    return callBound(nodeFetch(undiciFetch as unknown as typeof fetch));
  let proxied: Promise<typeof fetch> | undefined;
  return callBound(async (url, init) => {
    proxied ??= import('@actions/github/lib/utils').then(
      (utils) => utils.defaults.request?.fetch as typeof fetch,
    );
    return (await proxied)(url, init);
  });
}

/**
 * `fetch` ended by the time limit of the call it serves (bindCalls): the plugins' scheduling drops the
 * signal the call hands Octokit, so without this a call given up left its fetch, and its socket, open, and
 * the socket kept the process alive after the phase was done (issue 42: main ran on for 20 minutes).
 */
function callBound(base: typeof fetch): typeof fetch {
  return async (url, init) => {
    // The call's own signal, which bindCalls puts in its options: the context's clock may be another
    // call's, as the throttling's scheduler runs a call queued beside another in that one's context.
    const signal = init?.signal ?? callClocks.getStore()?.signal;
    const response = await base(url, signal && !init?.signal ? { ...init, signal } : init);
    // bindCalls reads this answer's body itself, by iterating it: rest-fetch's body need not be a web stream.
    if (signal && clocksBySignal.get(signal)?.readsAnswer)
      (response as { bodyAsNodeStream?: () => unknown }).bodyAsNodeStream?.();
    return response;
  };
}

/** As @actions/github tags a runner's calls: the orchestration id in the user agent, when the runner sets one. */
function orchestrationUserAgent(): string | undefined {
  const id = process.env.ACTIONS_ORCHESTRATION_ID?.trim();
  return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined;
}

/**
 * The REST client with the shared push-back policy; honours GITHUB_API_URL (as @actions/github does)
 * unless `baseUrl` is given. Its messages (rate-limit waits, Octokit's own) go to `logger`, never straight
 * to the console.
 */
export function getOctokit(
  token: string,
  {
    baseUrl,
    policy = DEFAULT_REST_POLICY,
    logger,
  }: { baseUrl?: string; policy?: RestPolicy; logger: Logger },
): Octokit {
  if (!token) throw new UserError("No GitHub token: set the 'github-token' input (default: github.token).");
  const waitOrGiveUp =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method: string; url: string; request?: { signal?: AbortSignal } },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const waits = retryCount < policy.retries && retryAfter <= policy.maxWaitSeconds;
      // A wait GitHub asked for is not the server hanging: the call's time limit moves by it. The call is
      // found by its signal: the async context may be another call's (the throttling's scheduler).
      if (waits) clockOf(options.request?.signal)?.extend(retryAfter * policy.msPerSecond);
      const message =
        `ci-recovery: GitHub's ${kind} rate limit on ${options.method} ${options.url}: ` +
        (waits
          ? `waiting ${retryAfter} s (retry ${retryCount + 1} of ${policy.retries})`
          : `giving up (${retryCount} retries made, reset in ${retryAfter} s)`);
      // A wait is news; giving up is a warning (the caller then reports the failed call in its own words).
      if (waits) logger.info(message);
      else logger.warning(message);
      return waits;
    };
  const userAgent = orchestrationUserAgent();
  const options = {
    baseUrl: baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com'),
    auth: `token ${token}`,
    ...(userAgent ? { userAgent } : {}),
    request: { fetch: restFetch() },
    log: {
      debug: (message: string) => logger.debug(message),
      info: (message: string) => logger.debug(message),
      warn: (message: string) => logger.warning(message),
      error: (message: string) => logger.warning(message),
    },
    retry: { retries: policy.retries, retryAfterBaseValue: policy.msPerSecond },
    throttle: {
      retryAfterBaseValue: policy.msPerSecond,
      onRateLimit: waitOrGiveUp('primary'),
      onSecondaryRateLimit: waitOrGiveUp('secondary'),
    },
  };
  const octokit: Octokit = new GitHubClient(options);
  bindCalls(octokit, policy.callTimeoutMs);
  // The same client without the throttling's write spacing, built on first use, for reads Octokit's
  // throttling takes for writes (a GraphQL query).
  let twin: Octokit | undefined;
  readTwins.set(octokit, () => {
    if (!twin) {
      twin = new ReadClient(options);
      bindCalls(twin, policy.callTimeoutMs);
    }
    return twin;
  });
  return octokit;
}

const ReadClient = OctokitCore.plugin(restRoutes, paginateRest, retry);
const readTwins = new WeakMap<Octokit, () => Octokit>();

/**
 * `octokit` for a read that its throttling would queue as a write (POST /graphql): Octokit spaces writes
 * a second apart (GitHub's advice for content-creating requests), which a query creates nothing to need.
 * A client not made by getOctokit is returned as it is.
 */
export function unspaced(octokit: Octokit): Octokit {
  return readTwins.get(octokit)?.() ?? octokit;
}

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

/** The time limit of the call under way, found by the rate-limit handler within the call's async context. */
interface CallClock {
  extend(ms: number): void;
  /** Aborts when the call is given up: its fetch ends with it. */
  signal: AbortSignal;
  /** bindCalls reads the call's successful answer itself (answer-body.ts), not Octokit. */
  readsAnswer: boolean;
}
const callClocks = new AsyncLocalStorage<CallClock>();
/** Each call's clock by the signal bindCalls hands its fetch, which the plugins pass on with its options. */
const clocksBySignal = new WeakMap<AbortSignal, CallClock>();

/** The clock of the call whose options hold `signal`; the async context's when the signal is not one of ours. */
function clockOf(signal: AbortSignal | undefined): CallClock | undefined {
  return (signal && clocksBySignal.get(signal)) || callClocks.getStore();
}

/** A call's timer this much past due means the process was starved, not that GitHub said nothing. */
const STARVED_MS = 100;
/** How long a starved call's answer, if it came, is given to be read before the timer looks again. */
const STARVED_GRANT_MS = 250;

/**
 * Every call ends within `ms` plus the rate-limit waits GitHub asked for, its retries included: the
 * outermost request hook aborts the fetch (the body's download too) and rejects. Octokit hooks added after
 * the plugins wrap them.
 */
function bindCalls(octokit: Octokit, ms: number): void {
  octokit.hook.wrap('request', async (request, options) => {
    // Each call its own `request` options: Octokit hands every call the one object of the client's
    // defaults, and the retry and throttling plugins count a call's retries in it, so after one retried
    // call every later call's first 5xx retry waited 4 s instead of 1 (octokit/plugin-throttling.js#462).
    // The hooks inside this one get this same `options` object, so it is replaced here, in place.
    options.request = { ...options.request };
    const what = `${options.method} ${String(options.url)}`;
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
    const clock: CallClock = {
      extend: (wait) => {
        endsAt += wait;
        arm();
      },
      signal: controller.signal,
      // Unless the caller asked for the body raw.
      readsAnswer: options.request?.parseSuccessResponseBody !== false,
    };
    const given = options.request?.signal;
    const signal = given ? AbortSignal.any([given, controller.signal]) : controller.signal;
    // In place too: the hooks inside get the options this hook was given (before-after-hook binds them),
    // not those handed to `request`, and Octokit hands their signal to the fetch. Without it a call that
    // ran out of time while another ran beside it left its fetch, and its socket, open. A new `request`
    // object, so that a `request` the options may share with other calls (defaults) keeps its own signal.
    // The body of a successful answer is read here (answer-body.ts: JSON without Octokit's reviver).
    const parseHere = clock.readsAnswer;
    options.request = { ...options.request, signal, ...(parseHere && { parseSuccessResponseBody: false }) };
    clocksBySignal.set(signal, clock);
    try {
      return await Promise.race([
        callClocks.run(clock, async () => {
          const response = await request({ ...options, request: { ...options.request, signal } });
          if (parseHere) response.data = await answerData(response.data, response.headers['content-type']);
          return response;
        }),
        expired,
      ]);
    } catch (error) {
      if (controller.signal.aborted) throw new CallTimeoutError(what, ms);
      // Octokit reports a fetch its caller aborted as a bare 'Unknown Error': say which call, and why.
      throw given?.aborted ? new CallAbandonedError(what) : error;
    } finally {
      clearTimeout(timer);
    }
  });
}

// What callers of the client need without it: the run's repository, an error's status and message.
export { firstLine, httpStatus, refusalOf, repoFromEnv, type Repo } from './github-plain.js';
