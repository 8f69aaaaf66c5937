/**
 * What of the REST client's module needs no client: the run's repository, an answer's status and message.
 * Importing github.ts compiles and runs Octokit (~160 KB of the bundle, ~15 ms of CPU): the git change of a
 * job with no pull request, and a resume's store, import these alone and leave it unloaded.
 */
import type { Refusal } from '../core/api-refusal.js';
import { UserError, errorMessage } from '../core/errors.js';
import type { JobEnv } from '../core/job-env.js';
import { firstLine as firstLineOf } from '../core/text.js';

export interface Repo {
  owner: string;
  repo: string;
}

/**
 * What the REST clients (github.ts, rest-light.ts) read of the process's environment: the API's address
 * (GITHUB_API_URL, as @actions/github reads it), the runner's orchestration id for the user agent (as
 * @actions/github tags a runner's calls), and whether a proxy is named (`HTTP(S)_PROXY`).
 */
export function restEnv(): { apiUrl: string; userAgent?: string; proxied: boolean } {
  const env = process.env;
  const id = env.ACTIONS_ORCHESTRATION_ID?.trim();
  return {
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    ...(id ? { userAgent: `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` } : {}),
    proxied: Boolean(env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY),
  };
}

/**
 * owner/repo of the current run (GITHUB_REPOSITORY). The default reads the job's environment for callers
 * that do not pass theirs yet.
 */
export function repoFromEnv(env: Pick<JobEnv, 'owner' | 'repo'>): Repo {
  const { owner, repo } = env;
  if (!owner || !repo)
    throw new UserError('GITHUB_REPOSITORY is not set to owner/repo: is this running in GitHub Actions?');
  return { owner, repo };
}

/** GitHub's message alone (octokit appends " - <documentation url>"), first line, at most 200 characters. */
export function firstLine(text: string): string {
  return firstLineOf(text)
    .replace(/ - https:\/\/docs\.github\.com\S*$/, '')
    .slice(0, 200);
}

/** What GitHub answered to a refused call: status, first line of its message, headers (for core/api-refusal). */
export function refusalOf(error: unknown): Refusal {
  const status = httpStatus(error);
  const response =
    typeof error === 'object' && error !== null && 'response' in error ? error.response : undefined;
  const headers =
    typeof response === 'object' &&
    response !== null &&
    'headers' in response &&
    typeof response.headers === 'object'
      ? (response.headers as Refusal['headers'])
      : undefined;
  return {
    ...(status !== undefined ? { status } : {}),
    message: firstLine(errorMessage(error)),
    ...(headers ? { headers } : {}),
  };
}

/** HTTP status of an Octokit error, if it has one. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
    return error.status;
  }
  return undefined;
}
