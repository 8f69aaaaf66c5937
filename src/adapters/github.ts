import * as github from '@actions/github';
import { UserError } from '../core/errors.js';

export type Octokit = ReturnType<typeof github.getOctokit>;

export interface Repo {
  owner: string;
  repo: string;
}

/** The REST client; honours GITHUB_API_URL (read by @actions/github when the bundle loads). */
export function getOctokit(token: string): Octokit {
  if (!token) throw new UserError("No GitHub token: set the 'github-token' input (default: github.token).");
  return github.getOctokit(token);
}

/** owner/repo of the current run, from GITHUB_REPOSITORY. */
export function repoFromEnv(env: NodeJS.ProcessEnv = process.env): Repo {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo)
    throw new UserError('GITHUB_REPOSITORY is not set to owner/repo: is this running in GitHub Actions?');
  return { owner, repo };
}

/** HTTP status of an Octokit error, if it has one. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
    return error.status;
  }
  return undefined;
}
