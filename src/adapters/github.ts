import { AsyncLocalStorage } from 'node:async_hooks';
import type * as github from '@actions/github';
import { Octokit as OctokitCore } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { UserError } from '../core/errors.js';
import { answerData } from './answer-body.js';
import { nodeFetch } from './rest-fetch.js';
import { restEnv } from './github-plain.js';
import { limitCall, DEFAULT_REST_POLICY, readTwins, type RestPolicy } from './rest-call.js';
import { restRoutes, type RestRoutesApi } from './rest-routes.js';
import { fetch as undiciFetch } from './undici-lazy.js';
import type { Logger } from '../runner/ports/logger.js';

/** @actions/github's client with the REST methods ci-recovery calls (rest-routes.ts), and no others. */
export type Octokit = Omit<ReturnType<typeof github.getOctokit>, 'rest'> & RestRoutesApi;

export {
  CallAbandonedError,
  CallTimeoutError,
  DEFAULT_REST_POLICY,
  unspaced,
  type RestPolicy,
} from './rest-call.js';

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
  if (!restEnv().proxied) return callBound(nodeFetch(undiciFetch as unknown as typeof fetch));
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
  const { userAgent, apiUrl } = restEnv();
  const options = {
    baseUrl: baseUrl ?? apiUrl,
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

/**
 * Every call ends within `ms` plus the rate-limit waits GitHub asked for, its retries included (limitCall:
 * the outermost request hook aborts the fetch, the body's download too, and rejects). Octokit hooks added
 * after the plugins wrap them.
 */
function bindCalls(octokit: Octokit, ms: number): void {
  octokit.hook.wrap('request', async (request, options) => {
    // Each call its own `request` options: Octokit hands every call the one object of the client's
    // defaults, and the retry and throttling plugins count a call's retries in it, so after one retried
    // call every later call's first 5xx retry waited 4 s instead of 1 (octokit/plugin-throttling.js#462).
    // The hooks inside this one get this same `options` object, so it is replaced here, in place.
    options.request = { ...options.request };
    const what = `${options.method} ${String(options.url)}`;
    // Unless the caller asked for the body raw, it is read here (answer-body.ts: JSON without Octokit's reviver).
    const parseHere = options.request?.parseSuccessResponseBody !== false;
    return limitCall(what, ms, options.request?.signal, async ({ signal, extend }) => {
      const clock: CallClock = { extend, signal, readsAnswer: parseHere };
      // In place too: the hooks inside get the options this hook was given (before-after-hook binds them),
      // not those handed to `request`, and Octokit hands their signal to the fetch. Without it a call that
      // ran out of time while another ran beside it left its fetch, and its socket, open. A new `request`
      // object, so that a `request` the options may share with other calls (defaults) keeps its own signal.
      options.request = { ...options.request, signal, ...(parseHere && { parseSuccessResponseBody: false }) };
      clocksBySignal.set(signal, clock);
      return callClocks.run(clock, async () => {
        const response = await request({ ...options, request: { ...options.request, signal } });
        if (parseHere) response.data = await answerData(response.data, response.headers['content-type']);
        return response;
      });
    });
  });
}

// What callers of the client need without it: the run's repository, an error's status and message.
export { firstLine, httpStatus, refusalOf, repoFromEnv, type Repo } from './github-plain.js';
