/**
 * The REST client of main and post (issue 67: a green job's own cost): the GETs a job's stages make (the pull
 * request and its files, the job's steps, the run's jobs, the PR's comments, the token's user) are sent here
 * over rest-fetch.ts, under the same push-back policy as Octokit's plugins give (rest-call.ts `RestPolicy`),
 * with errors shaped as Octokit's (`status`, `response.headers`, GitHub's message and documentation link), so
 * jobs-api.ts, changed-files.ts and sticky-comment.ts read them alike. Octokit (~160 KB, ~15 ms of CPU to load
 * and build, each stage) loads only for what writes (the sticky comment's create, update, delete) or asks
 * GraphQL: `full`, built on the first such call. With a proxy named, `restClient` gives Octokit itself
 * (github.ts: @actions/github's proxy-aware fetch, which honours `NO_PROXY`).
 */
// A pause ends (rejecting) when the call's signal aborts: a call given up holds no timer.
import { setTimeout as pause } from 'node:timers/promises';
import type { Logger } from '../runner/ports/logger.js';
import { answerData } from './answer-body.js';
import type { Octokit } from './github.js';
import { restEnv } from './github-plain.js';
import { DEFAULT_REST_POLICY, limitCall, unspaced, type CallLimit, type RestPolicy } from './rest-call.js';
import { nodeFetch } from './rest-fetch.js';
import { BASE_URL, PageGuard } from './rest-pages.js';
import { REST_ROUTES } from './rest-routes.js';

/** What jobs-api.ts, changed-files.ts and sticky-comment.ts use of a client: Octokit's, or this one. */
export type RestClient = Pick<Octokit, 'rest' | 'paginate' | 'graphql'>;

/** The statuses Octokit's retry plugin never retries: the answer will not change. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451];
/** The route a light method sends, for paginate. */
const ROUTE = Symbol('route');

/** An answer as Octokit gives it. */
interface Answer {
  status: number;
  url: string;
  headers: Record<string, string>;
  data: unknown;
}

/** A refused call, as Octokit's RequestError carries it: the status, GitHub's answer, the request without its token. */
export class RestError extends Error {
  override readonly name = 'HttpError';
  constructor(
    message: string,
    readonly status: number,
    readonly response: Answer | undefined,
    readonly request: { method: string; url: string },
  ) {
    super(message);
  }
}

/** As @octokit/request words a refusal: GitHub's message, its errors, ` - <documentation url>`. */
function errorMessage(data: unknown): string {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return 'Unknown error';
  if (typeof data === 'object' && data !== null && 'message' in data) {
    const d = data as { message: unknown; errors?: unknown; documentation_url?: unknown };
    const suffix = 'documentation_url' in d ? ` - ${String(d.documentation_url)}` : '';
    const errors = Array.isArray(d.errors) ? `: ${d.errors.map((v) => JSON.stringify(v)).join(', ')}` : '';
    return `${String(d.message)}${errors}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

/** `GET /repos/{owner}/{repo}` with `params`: the URL, the rest of them its query, as Octokit's endpoint builds it. */
export function routeUrl(baseUrl: string, template: string, params: Record<string, unknown>): string {
  const rest = { ...params };
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = rest[name];
    delete rest[name];
    return encodeURIComponent(String(value));
  });
  const query = Object.entries(rest)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  return `${baseUrl.replace(/\/$/, '')}${path}${query ? `?${query}` : ''}`;
}

/** The wait a rate-limit answer asks for (as Octokit's throttling reads it), and which limit; else undefined. */
function rateLimit(error: RestError): { kind: string; seconds: number } | undefined {
  if (error.status !== 403 && error.status !== 429) return undefined;
  const headers = error.response?.headers ?? {};
  if (/\bsecondary rate\b/i.test(error.message))
    return { kind: 'secondary', seconds: Number(headers['retry-after']) || 60 };
  const data = error.response?.data as { errors?: { type?: string }[] } | undefined;
  const limited = Array.isArray(data?.errors) && data.errors.some((e) => e?.type === 'RATE_LIMITED');
  if (headers['x-ratelimit-remaining'] !== '0' && !limited) return undefined;
  // No reset named reads as 0, as Octokit's `~~` does: retried at once, not given up as "NaN s".
  const resetMs = Math.trunc(Number(headers['x-ratelimit-reset']) || 0) * 1000;
  return { kind: 'primary', seconds: Math.max(Math.ceil((resetMs - Date.now()) / 1000) + 1, 0) };
}

interface Settings {
  token: string;
  baseUrl: string;
  userAgent?: string;
  policy: RestPolicy;
  logger: Logger;
}

const fetchGet = nodeFetch(() => Promise.reject(new TypeError('fetch failed: a GET has no body to stream')));

/** One try: the answer, or a RestError (a refusal, or the network's failure as Octokit's status 500). */
async function sendOnce(s: Settings, url: string, signal: AbortSignal): Promise<Answer> {
  const headers = {
    accept: 'application/vnd.github.v3+json',
    authorization: `token ${s.token}`,
    'user-agent': `${s.userAgent ? `${s.userAgent} ` : ''}ci-recovery`,
  };
  let response: Response;
  try {
    response = await fetchGet(url, { method: 'GET', headers, signal });
  } catch (error) {
    if (signal.aborted) throw error;
    const cause = (error as { cause?: unknown }).cause;
    const message = cause instanceof Error ? cause.message : (error as Error).message;
    throw new RestError(message, 500, undefined, { method: 'GET', url });
  }
  (response as unknown as { bodyAsNodeStream(): void }).bodyAsNodeStream();
  const answer: Answer = { status: response.status, url: response.url, headers: {}, data: '' };
  for (const [name, value] of response.headers) answer.headers[name] = value;
  answer.data = await answerData(response.body, answer.headers['content-type']);
  if (answer.status >= 200 && answer.status < 300) return answer;
  const message = answer.status === 304 ? 'Not modified' : errorMessage(answer.data);
  throw new RestError(message, answer.status, answer, { method: 'GET', url });
}

/** A GET under the policy: rate limits waited out (moving the call's limit), a 5xx or the network retried. */
async function getWithPolicy(s: Settings, url: string, what: string, limit: CallLimit): Promise<Answer> {
  const { policy } = s;
  for (let retry = 0; ; retry++) {
    try {
      return await sendOnce(s, url, limit.signal);
    } catch (error) {
      if (!(error instanceof RestError)) throw error;
      const limited = rateLimit(error);
      if (limited) {
        const waits = retry < policy.retries && limited.seconds <= policy.maxWaitSeconds;
        const message =
          `ci-recovery: GitHub's ${limited.kind} rate limit on ${what}: ` +
          (waits
            ? `waiting ${limited.seconds} s (retry ${retry + 1} of ${policy.retries})`
            : `giving up (${retry} retries made, reset in ${limited.seconds} s)`);
        // Given up, the call fails at once, as RestPolicy says (Octokit's retry plugin tries a 429 it gave
        // up on three more times, 14 s of pauses for a limit that resets later still).
        if (!waits) {
          s.logger.warning(message);
          throw error;
        }
        s.logger.info(message);
        // A wait GitHub asked for is not the server hanging: the call's time limit moves by it.
        limit.extend(limited.seconds * policy.msPerSecond);
        await pause(limited.seconds * policy.msPerSecond, undefined, { signal: limit.signal });
      } else if (!DO_NOT_RETRY.includes(error.status) && retry < policy.retries) {
        await pause((retry + 1) ** 2 * policy.msPerSecond, undefined, { signal: limit.signal });
      } else throw error;
    }
  }
}

type Params = Record<string, unknown> & { request?: { signal?: AbortSignal } };

/** One GET call from its first try to its answer, within the policy's time limit. */
function call(s: Settings, template: string, params: Params, url?: string): Promise<Answer> {
  const { request, ...rest } = params;
  const what = `GET ${url ?? template}`;
  const target = url ?? routeUrl(s.baseUrl, template, rest);
  return limitCall(what, s.policy.callTimeoutMs, request?.signal, (limit) =>
    getWithPolicy(s, target, what, limit),
  );
}

/**
 * A page's items, as Octokit's paginate reads them: the array, or the one array of a `total_count` answer;
 * none for an empty or `null` body.
 */
function itemsOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (typeof data !== 'object' || data === null) return [];
  const arrays = Object.values(data).filter(Array.isArray);
  return (arrays[0] as unknown[] | undefined) ?? [];
}

/** The most pages one listing of this client follows, unless its caller says fewer (rest-pages.ts listPages). */
const MAX_PAGES = 100;

async function* pages(s: Settings, method: unknown, params: Params): AsyncGenerator<Answer> {
  const template = (method as { [ROUTE]?: string })[ROUTE];
  if (!template) throw new TypeError('paginate: not a method of this client');
  const query: Params = { ...params };
  delete query.request;
  // Each link checked before it is asked: no token off the API's origin, no page twice, so many at most.
  const guard = new PageGuard(`paginate GET ${template}`, s.baseUrl, MAX_PAGES);
  guard.seen(routeUrl(s.baseUrl, template, query));
  let url: string | undefined;
  do {
    const answer = await call(s, template, params, url);
    yield { ...answer, data: itemsOf(answer.data) };
    url = guard.next(answer.headers.link);
  } while (url);
}

/**
 * The client: the GET routes of REST_ROUTES sent here, every other method and GraphQL by `full` (Octokit,
 * loaded at its first such call, its GraphQL off the write spacing: github.ts `unspaced`).
 */
export function lightClient(
  settings: Settings,
  full: () => Promise<{ client: Octokit; unspaced: Octokit }>,
): RestClient {
  const rest: Record<string, Record<string, unknown>> = {};
  for (const [scope, methods] of Object.entries(REST_ROUTES)) {
    const built: Record<string, unknown> = (rest[scope] = {});
    for (const [name, route] of Object.entries(methods)) {
      const [verb, template] = route.split(' ') as [string, string];
      built[name] =
        verb === 'GET'
          ? Object.assign((params: Params = {}) => call(settings, template, params), { [ROUTE]: template })
          : async (params: unknown) => {
              const { client } = await full();
              const scoped = (
                client.rest as unknown as Record<string, Record<string, (p: unknown) => unknown>>
              )[scope];
              return scoped![name]!(params);
            };
    }
  }
  const paginate = Object.assign(
    async (method: unknown, params: Params = {}) => {
      const items: unknown[] = [];
      for await (const page of pages(settings, method, params)) items.push(...(page.data as unknown[]));
      return items;
    },
    { iterator: (method: unknown, params: Params = {}) => pages(settings, method, params) },
  );
  const graphql = async (query: string, parameters?: Record<string, unknown>) =>
    (await full()).unspaced.graphql(query, parameters);
  return { rest, paginate, graphql, [BASE_URL]: settings.baseUrl } as unknown as RestClient;
}

/**
 * The REST client of main and post: with no proxy named, the light one (rest-light.ts: a green job's GETs
 * without Octokit, which loads at the first write); behind a proxy, Octokit with @actions/github's fetch.
 */
export async function restClient(
  token: string,
  logger: Logger,
  { baseUrl, policy }: { baseUrl?: string; policy?: RestPolicy },
): Promise<RestClient> {
  const settings = { ...(baseUrl ? { baseUrl } : {}), ...(policy ? { policy } : {}), logger };
  const octokit = async (): Promise<Octokit> => (await import('./github.js')).getOctokit(token, settings);
  const env = restEnv();
  if (env.proxied) return octokit();
  if (!token) return octokit(); // Octokit's refusal, in its words
  let full: Promise<{ client: Octokit; unspaced: Octokit }> | undefined;
  return lightClient(
    {
      token,
      baseUrl: baseUrl ?? env.apiUrl,
      ...(env.userAgent ? { userAgent: env.userAgent } : {}),
      policy: policy ?? DEFAULT_REST_POLICY,
      logger,
    },
    () => (full ??= octokit().then((client) => ({ client, unspaced: unspaced(client) }))),
  );
}
