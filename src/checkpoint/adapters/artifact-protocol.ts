/**
 * Streamed artifact transfers, speaking the contract of `@actions/artifact` 6.2.1 (its internals cannot be
 * imported): the Results service's Twirp JSON API (CreateArtifact, FinalizeArtifact, ListArtifacts,
 * GetSignedArtifactURL) with the client's field names, retry policy and backend ids, and Azure block blobs
 * behind the signed URLs.
 *
 * This module speaks the protocol: the job's configuration as the client reads it, the backend ids, signed
 * URLs kept out of logs, Twirp calls and the REST calls for other runs' artifacts. Uploading is
 * artifact-upload.ts, listing artifact-list.ts and downloading artifact-download.ts.
 *
 * Transport is `@actions/http-client` (proxy settings and user agent as the artifact client has them), for
 * the blocks too (blob-blocks.ts).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { HttpClient } from '@actions/http-client';
import { runner } from '../../runner/adapters/runner.js';
import { readJobEnv } from '../../runner/adapters/job-env.js';
import type { JobEnv } from '../../core/job-env.js';
import type { PassingNetworkCode } from '../../core/network-failure.js';
import type { TransferGuard } from './store-guard.js';

/** The REST path to artifacts of other runs or attempts (as `@actions/artifact`'s `findBy`). */
export interface FindBy {
  token: string;
  workflowRunId: number;
  repositoryOwner: string;
  repositoryName: string;
}

const SERVICE = 'github.actions.results.api.v1.ArtifactService';
export const USER_AGENT = 'ci-recovery (@actions/artifact-compatible)';
const RETRY = { maxAttempts: 5, baseMs: 3000, multiplier: 1.5 };
const RETRYABLE_STATUS = [500, 502, 503, 504, 429];
/**
 * The connection failures the client gives up on at once, with its hint for self-hosted runners
 * (`NetworkError.isNetworkErrorCode`); every other error it tries again. Its contract, not a judgement of
 * what passes: each may pass (core/network-failure.ts), and a caller that reads such a failure finds its code.
 */
const GIVEN_UP_AT_ONCE: readonly PassingNetworkCode[] = [
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'EHOSTUNREACH',
];
/** Attempts to read one blob download (the first GET and resumptions after a dropped connection). */
export const DOWNLOAD_ATTEMPTS = 5;

// ---------------------------------------------------------------------------------------------------------
// Configuration, as the client reads it, through the job's one parser (core/job-env.ts); read at each
// call, since a step's environment is fixed but a test's changes between cases.
export const jobEnv = (): JobEnv => readJobEnv();

export { artifactServiceAvailable } from './artifact-service.js';

function runtimeToken(): string {
  const token = jobEnv().runtime.token;
  if (!token) throw new Error('Unable to get the ACTIONS_RUNTIME_TOKEN env variable');
  return token;
}

function resultsOrigin(): string {
  const url = jobEnv().runtime.resultsUrl;
  if (!url) throw new Error('Unable to get the ACTIONS_RESULTS_URL env variable');
  return new URL(url).origin;
}

/** Artifacts v4 exist on github.com, GHE.com and *.localhost only; GHES has its own, older service. */
export function assertNotGhes(): void {
  const host = new URL(jobEnv().serverUrl).hostname.trimEnd().toUpperCase();
  if (host === 'GITHUB.COM' || host.endsWith('.GHE.COM') || host.endsWith('.LOCALHOST')) return;
  throw new Error(
    `Artifacts (v4, the service @actions/artifact 2+ uses) are not supported on GitHub Enterprise Server (GITHUB_SERVER_URL host ${host.toLowerCase()}). Use a 'dir:' checkpoint store there.`,
  );
}

const INVALID_JWT = 'Failed to get backend IDs: The provided JWT token is invalid and/or missing claims';

/** The run's and job's backend ids from the runtime token's `scp` claim (the token is not verified). */
export function backendIdsFromToken(token = runtimeToken()): {
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
} {
  let scp: unknown;
  try {
    const payload = token.split('.')[1];
    if (payload === undefined) throw new Error('no payload');
    scp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp?: unknown }).scp;
  } catch {
    throw new Error(INVALID_JWT);
  }
  if (!scp || typeof scp !== 'string') throw new Error(INVALID_JWT);
  for (const scope of scp.split(' ')) {
    const parts = scope.split(':');
    if (parts[0] !== 'Actions.Results') continue;
    if (parts.length !== 3) throw new Error(INVALID_JWT);
    return { workflowRunBackendId: parts[1]!, workflowJobRunBackendId: parts[2]! };
  }
  throw new Error(INVALID_JWT);
}

/** Registers a signed URL's `sig` as a secret, so the runner masks it wherever it gets printed. */
export function maskSig(url: string): void {
  try {
    const sig = new URL(url).searchParams.get('sig');
    if (sig) {
      runner.setSecret(sig);
      runner.setSecret(encodeURIComponent(sig));
    }
  } catch {
    // Not a URL: nothing to mask.
  }
}

/** A URL safe to print: no query (the SAS). */
export function scrub(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    // not a URL: shown as a placeholder, never echoed raw
    return '<url>';
  }
}

/**
 * A client whose sockets end if `g` gives the store up (dispose destroys its agent's sockets, in use or
 * not, so the pending request fails at once); `release` once the call is done.
 */
export function http(g: TransferGuard, allowRedirects = true): { client: HttpClient; release: () => void } {
  const client = new HttpClient(USER_AGENT, [], { allowRedirects, keepAlive: false });
  return { client, release: g.track(() => client.dispose()) };
}

// ---------------------------------------------------------------------------------------------------------
// Twirp.

export function retryDelay(attempt: number): number {
  if (attempt === 0) return RETRY.baseMs;
  const min = RETRY.baseMs * RETRY.multiplier ** attempt;
  return Math.trunc(Math.random() * (min * RETRY.multiplier - min) + min);
}

/**
 * One Twirp JSON call with the client's policy: 5 attempts, 3 s base x1.5, retried on 429/5xx, unparsable
 * bodies and other errors; other 4xx fail at once with the service's `msg`; network errors fail at once.
 */
export async function twirp<T>(
  method: string,
  body: Record<string, unknown>,
  g: TransferGuard,
  service = SERVICE,
  maxAttempts = RETRY.maxAttempts,
): Promise<T> {
  const url = new URL(`/twirp/${service}/${method}`, resultsOrigin()).href;
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${runtimeToken()}` };
  const { client, release } = http(g);
  try {
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      let retryable: boolean;
      let message: string;
      let status = 0;
      try {
        const res = await client.post(url, JSON.stringify(body), headers);
        g.touch();
        status = res.message.statusCode ?? 0;
        const parsed = JSON.parse(await res.readBody()) as { msg?: string } & T;
        if (status >= 200 && status < 300) return parsed;
        retryable = RETRYABLE_STATUS.includes(status);
        message = `Failed request: (${status}) ${res.message.statusMessage ?? ''}`;
        if (parsed.msg) {
          if (parsed.msg.includes('insufficient usage'))
            throw new UsageError(
              'Artifact storage quota has been hit. Unable to upload any new artifacts. More info on storage limits: https://docs.github.com/en/billing/managing-billing-for-github-actions/about-billing-for-github-actions#calculating-minute-and-storage-spending',
            );
          message = `${message}: ${parsed.msg}`;
        }
      } catch (error) {
        if (error instanceof UsageError || g.signal.aborted) throw error;
        const code = (error as { code?: string }).code;
        if (code && (GIVEN_UP_AT_ONCE as readonly string[]).includes(code))
          throw new Error(
            `Unable to make request: ${code}. On self-hosted runners, make sure the runner can reach the GitHub endpoints.`,
            { cause: error },
          );
        retryable = true;
        message = (error as Error).message;
      }
      if (!retryable) throw new TwirpStatusError(`Received non-retryable error: ${message}`, status);
      if (attempt + 1 === maxAttempts)
        throw new Error(`Failed to make request after ${maxAttempts} attempts: ${message}`);
      const wait = retryDelay(attempt);
      runner.info(
        `Attempt ${attempt + 1} of ${maxAttempts} failed with error: ${message}. Retrying request in ${wait} ms...`,
      );
      await sleep(wait, undefined, { signal: g.signal });
    }
    throw new Error('Request failed');
  } catch (error) {
    const message = `Failed to ${method}: ${(error as Error).message}`;
    if (error instanceof TwirpStatusError)
      throw new TwirpStatusError(message, error.status, { cause: error });
    throw new Error(message, { cause: error });
  } finally {
    release();
  }
}

/** A Twirp call the service answered with a status its client does not retry (a 4xx but 429). */
export class TwirpStatusError extends Error {
  constructor(
    message: string,
    readonly status: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

class UsageError extends Error {
  override name = 'UsageError';
}

// ---------------------------------------------------------------------------------------------------------
// REST.

/**
 * When an artifact uploaded now expires: `retentionDays` capped by the repository's GITHUB_RETENTION_DAYS,
 * which is also the default (90 days when unknown), as the service decides it.
 */
export function expiryOf(retentionDays: number | undefined, now = new Date()): Date {
  const max = jobEnv().retentionDays ?? 90;
  const at = new Date(now);
  at.setDate(at.getDate() + Math.min(retentionDays ?? max, max));
  return at;
}

export const apiUrl = (): string => jobEnv().apiUrl;

export const repoRoute = (findBy: FindBy): string =>
  `/repos/${encodeURIComponent(findBy.repositoryOwner)}/${encodeURIComponent(findBy.repositoryName)}`;

/** What a failed REST call says: the route, the status and GitHub's `message` when the body has one. */
export function restFailure(route: string, status: number, body: string): string {
  let detail = '';
  try {
    detail = (JSON.parse(body) as { message?: string }).message ?? '';
  } catch {
    // Not JSON: the status says enough.
  }
  return `GET ${route.split('?')[0]} answered ${status}${detail ? ` (${detail})` : ''}`;
}

export const restHeaders = (token: string): Record<string, string> => ({
  Accept: 'application/vnd.github+json',
  Authorization: `Bearer ${token}`,
  'X-GitHub-Api-Version': '2022-11-28',
});

/**
 * A GitHub REST GET, retried on 5xx and 429 like the blob downloads (artifact-download.ts); other errors
 * fail at once.
 */
export async function restGet<T>(route: string, token: string, g: TransferGuard): Promise<T> {
  const api = apiUrl();
  for (let attempt = 1; ; attempt++) {
    const { client, release } = http(g);
    let status: number;
    let body: string;
    try {
      const res = await client.get(`${api}${route}`, restHeaders(token));
      status = res.message.statusCode ?? 0;
      body = await res.readBody();
      g.touch();
    } finally {
      release();
    }
    if (status === 200) return JSON.parse(body) as T;
    if (!RETRYABLE_STATUS.includes(status) || attempt >= DOWNLOAD_ATTEMPTS)
      throw new Error(restFailure(route, status, body));
    await sleep(retryDelay(attempt - 1) / 3, undefined, { signal: g.signal });
  }
}
