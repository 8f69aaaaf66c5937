/**
 * Story 1 of the supervisor: a job of a pull request's run failed on the network. The supervisor reads its
 * log (a real CI log), types it `network`, and requests one re-run of the failed jobs; a second supervisor
 * run for the same completed run requests nothing more and writes no second comment.
 */
import type { Stand } from '../services/stand.js';
import {
  corpusLog,
  LOGS,
  NO_BACKOFF_CONFIG,
  runSupervisor,
  seedRun,
  startNextAttempt,
  type SupervisorRun,
} from './supervise-stand.js';

export interface NetworkStory {
  runId: number;
  prNumber: number;
  first: SupervisorRun;
  second: SupervisorRun;
  /** Re-runs GitHub received in total. */
  reruns: number;
  /** Sticky comments on the PR at the end. */
  comments: string[];
}

export type NetworkVariant = 'plain' | 'no-actions-write' | 'rate-limited';

/** The story up to its first supervisor run; `deliverAgain` runs the second and ends it. */
export interface NetworkStoryStart {
  runId: number;
  prNumber: number;
  first: SupervisorRun;
  deliverAgain(): Promise<NetworkStory>;
}

/**
 * `no-actions-write`: the token may not re-run (403, as without `permissions: actions: write`); then the
 * permission is granted and the same event is delivered again: now the re-run happens.
 * `rate-limited`: GitHub pushes back on the first supervisor run as it does under load: a primary rate
 * limit on reading the run (403, `x-ratelimit-remaining: 0`), a 503 on the job log, secondary limits
 * (`retry-after`) on the re-run (429) and on the comment (403); each is waited out.
 */
export async function runNetworkStory(
  stand: Stand,
  variant: NetworkVariant = 'plain',
): Promise<NetworkStory> {
  return (await startNetworkStory(stand, variant)).deliverAgain();
}

/**
 * The story's run and its first supervisor run, the second left to `deliverAgain`: a test can give each
 * supervisor run (a bundle's start, a log classified: seconds of CPU, a minute at a load of 35) a deadline
 * of its own.
 */
export async function startNetworkStory(
  stand: Stand,
  variant: NetworkVariant = 'plain',
): Promise<NetworkStoryStart> {
  const sha = stand.git.seeded.at(-1)!;
  const pr = stand.github.addPull({
    repo: stand.repo,
    head: { ref: 'feature/net', sha },
    title: 'Bump the HTTP client',
  });
  const run = seedRun(stand, {
    sha,
    branch: 'feature/net',
    event: 'pull_request',
    pullRequests: [pr.number],
    jobs: [
      { name: 'build', conclusion: 'failure', log: corpusLog(LOGS.network), failedStep: 'Download sources' },
      { name: 'lint', conclusion: 'success', log: 'lint ok\n' },
    ],
  });
  if (variant === 'no-actions-write')
    stand.github.fail('POST', '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs', 403);
  if (variant === 'rate-limited') {
    const gh = stand.github;
    gh.rateLimit('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}', 'primary');
    gh.fail('GET', '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs', 503, { times: 1 });
    gh.rateLimit('POST', '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs', 'secondary', {
      status: 429,
    });
    gh.rateLimit('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 'secondary');
  }
  const first = await runSupervisor(stand, { runId: run.id, runAttempt: 1, config: NO_BACKOFF_CONFIG });
  stand.github.clearFailures();
  // GitHub starts attempt 2 right away; the same workflow_run event delivered again finds it.
  if (variant !== 'no-actions-write') startNextAttempt(stand, run.id);
  const deliverAgain = async (): Promise<NetworkStory> => {
    const second = await runSupervisor(stand, { runId: run.id, runAttempt: 1, config: NO_BACKOFF_CONFIG });
    return {
      runId: run.id,
      prNumber: pr.number,
      first,
      second,
      reruns: stand.github.state.reruns.filter((r) => r.runId === run.id).length,
      comments: stand.github.state.comments
        .filter((c) => c.issueNumber === pr.number && c.body.includes('<!-- ci-recovery:sticky -->'))
        .map((c) => c.body),
    };
  };
  return { runId: run.id, prNumber: pr.number, first, deliverAgain };
}
