/**
 * The job's name from the jobs REST API, for pre: one GET with plain fetch (pre stays light, no Octokit),
 * bounded in time so a slow API never holds up the job's set-up; `signal` (main's deadline) ends it sooner.
 */
import type { JobEnv } from '../core/job-env.js';

const TIMEOUT_MS = 10_000;

export async function readJobName(
  env: Pick<JobEnv, 'apiUrl' | 'repository'>,
  token: string,
  jobId: string,
  signal?: AbortSignal,
): Promise<string | undefined> {
  if (!token || !env.repository || !/^\d+$/.test(jobId)) return undefined;
  const response = await fetch(`${env.apiUrl}/repos/${env.repository}/actions/jobs/${jobId}`, {
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${token}`,
      'x-github-api-version': '2022-11-28',
    },
    signal: signal
      ? AbortSignal.any([AbortSignal.timeout(TIMEOUT_MS), signal])
      : AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`the jobs API answered ${response.status} for job ${jobId}`);
  const { name } = (await response.json()) as { name?: unknown };
  return typeof name === 'string' && name !== '' ? name : undefined;
}
