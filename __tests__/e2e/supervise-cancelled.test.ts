/**
 * The supervisor and a job cancelled by its timeout-minutes, against both readings of GitHub's
 * `rerun-failed-jobs`: whether it re-runs a cancelled job is undocumented and reported both ways, so the
 * stand's fake can take it or leave it (`rerunFailedTakesCancelled`), and leaves it by default. Whatever
 * GitHub does, every job the supervisor reports as re-run must be one GitHub re-runs.
 */
import {
  corpusLog,
  LOGS,
  NO_BACKOFF_CONFIG,
  runSupervisor,
  seedRun,
  type SeedJob,
} from '../../stand/scenarios/supervise-stand.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

let stand: Stand;
beforeAll(async () => {
  stand = await startStand({ commits: [{ message: 'initial', files: { 'README.md': '# demo\n' } }] });
});
afterAll(async () => {
  await stand?.stop();
});
afterEach(() => {
  expect(stand.github.validationErrors).toEqual([]);
});

const TIMEOUT_LINE = 'The job has exceeded the maximum execution time of 30m0s';
const RERUN_JOB = 'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun';

/** A job the runner cancelled at its timeout-minutes, as GitHub shows it (annotation and log line). */
const timedOut = (name: string): SeedJob => ({
  name,
  conclusion: 'cancelled',
  log: `##[group]Run make test\nrunning\n##[error]${TIMEOUT_LINE}\n`,
  annotations: [{ path: '.github', startLine: 1, endLine: 1, level: 'failure', message: TIMEOUT_LINE }],
});

async function supervised(sha: string, jobs: SeedJob[], takesCancelled: boolean) {
  stand.github.addRepo(stand.repo, { rerunFailedTakesCancelled: takesCancelled });
  const run = seedRun(stand, { sha, branch: 'feature', jobs });
  if (!jobs.some((j) => j.conclusion === 'failure')) run.conclusion = 'cancelled';
  const supervisor = await runSupervisor(stand, { runId: run.id, config: NO_BACKOFF_CONFIG });
  const ids = new Map(stand.github.state.jobs.filter((j) => j.runId === run.id).map((j) => [j.name, j.id]));
  // What GitHub re-runs: one job by its id, or what rerun-failed-jobs takes.
  const rerunByGitHub = stand.github.state.reruns
    .filter((r) => r.runId === run.id)
    .flatMap((r) => (r.kind === 'job' ? [r.jobId] : (r.jobIds ?? [])));
  const reportedRerun = supervisor.decisions.filter((d) => d.action === 'rerun').map((d) => ids.get(d.job));
  return { supervisor, ids, rerunByGitHub, reportedRerun };
}

describe.each([
  ['leaves cancelled jobs out', false],
  ['takes cancelled jobs', true],
])('rerun-failed-jobs that %s', (_reading, takesCancelled) => {
  it('a lone timed-out job is re-run by its own id', async () => {
    const story = await supervised(
      'a'.repeat(40),
      [timedOut('heavy'), { name: 'lint', conclusion: 'success' }],
      takesCancelled,
    );
    expect(story.supervisor.writes).toEqual([RERUN_JOB]);
    expect(story.rerunByGitHub).toEqual([story.ids.get('heavy')]);
    expect(story.reportedRerun).toEqual(story.rerunByGitHub);
  });

  it('beside a flaky failure, no job is reported re-run that GitHub does not re-run', async () => {
    const story = await supervised(
      'b'.repeat(40),
      [{ name: 'unit', conclusion: 'failure', log: corpusLog(LOGS.network) }, timedOut('heavy')],
      takesCancelled,
    );
    expect(story.rerunByGitHub).toEqual([story.ids.get('unit')]);
    expect(story.reportedRerun).toEqual(story.rerunByGitHub);
    const heavy = story.supervisor.decisions.find((d) => d.job === 'heavy');
    expect(heavy).toMatchObject({
      action: 'manual',
      reason: expect.stringContaining(
        're-run it alone (POST /actions/jobs/{id}/rerun) once that ends',
      ) as unknown,
    });
  });
});
