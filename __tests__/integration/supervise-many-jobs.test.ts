/**
 * A run attempt with more jobs than the supervisor lists (10 pages of 100), through the stand's GitHub API
 * (paged by `link`, answers validated against GitHub's OpenAPI) and the phase's real adapters. A re-run of
 * the failed jobs needs every job (GitHub starts every failed one, read or not): it is not asked, a person
 * is, in one warning. The failed jobs read are still judged. The same failure in a run of 300 jobs is re-run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getOctokit } from '../../src/adapters/github.js';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { supervisorGitHub } from '../../src/supervise/adapters/supervisor-github.js';
import { superviseRun, type SuperviseContext } from '../../src/supervise/index.js';
import type { GitPort } from '../../src/supervise/ports/git.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import { corpusLog, LOGS } from '../../stand/scenarios/supervise-stand.js';
import { startGitHubApi, type GitHubApi } from '../../stand/services/github-api.js';

const FULL = 'octo-org/demo';
const REPO = { owner: 'octo-org', repo: 'demo' };
const TOKEN = 'ghs_many';
let api: GitHubApi;
let temp: string;

beforeAll(async () => {
  api = await startGitHubApi();
  api.addRepo(FULL);
  temp = await mkdtemp(path.join(tmpdir(), 'sup-many-'));
});
afterAll(async () => {
  await api?.stop();
  await rm(temp, { recursive: true, force: true });
});
afterEach(() => expect(api.validationErrors).toEqual([]));

/**
 * A completed push run of a feature branch with `total` jobs, `failed` of them (by number) failed on a
 * network download, the rest passed.
 */
function seed(total: number, failed: readonly number[]): number {
  const run = api.addRun({
    repo: FULL,
    headSha: 'c'.repeat(40),
    headBranch: 'feature',
    event: 'push',
    status: 'completed',
    conclusion: 'failure',
  });
  const log = corpusLog(LOGS.network);
  for (let n = 1; n <= total; n++) {
    const fails = failed.includes(n);
    api.addJob({
      repo: FULL,
      runId: run.id,
      name: `shard ${n}`,
      status: 'completed',
      conclusion: fails ? 'failure' : 'success',
      ...(fails ? { log } : {}),
    });
  }
  return run.id;
}

const noClone: GitPort = {
  cloneDefaultBranch: () => Promise.reject(new Error('no clone: a feature branch is never reverted')),
};

async function supervise(runId: number) {
  const octokit = getOctokit(TOKEN, { baseUrl: api.url, logger: new RecordingLogger() });
  const real = supervisorGitHub({
    octokit,
    repo: REPO,
    token: TOKEN,
    logger: new RecordingLogger(),
    tempDir: temp,
    // The policy's backoff before a re-run, not waited here.
    sleep: () => Promise.resolve(),
    uploadArtifact: () => Promise.resolve(),
  });
  // No plans (the Results service is the e2e stories'): each failed job's log decides.
  const github = { ...real, recoveryPlans: () => Promise.resolve([]) };
  const runner = new RecordingRunner();
  const ctx: SuperviseContext = {
    settings: { token: TOKEN, runId, dryRun: false, comment: false, revertLabels: ['ci-recovery'] },
    config: DEFAULT_CONFIG,
    env: { serverUrl: 'https://github.com' },
    repository: FULL,
  };
  const outcome = await superviseRun(ctx, { github, git: noClone, runner });
  return { outcome, warnings: runner.log.messages('warning') };
}

const reruns = (runId: number) => api.state.reruns.filter((r) => r.runId === runId);

test('1,050 jobs: the 1,000 listed are judged, no re-run is asked (it would start failed jobs not read), said once', async () => {
  // Shard 1 fails on page 1; shard 1,040 fails too, on page 11, which is not read.
  const runId = seed(1050, [1, 1040]);
  const { outcome, warnings } = await supervise(runId);
  expect(outcome.plan.jobs).toHaveLength(1000);
  const acted = outcome.plan.jobs.filter((j) => j.action !== 'nothing');
  expect(acted.map((j) => [j.job, j.action, j.classification?.type])).toEqual([
    ['shard 1', 'manual', 'network'],
  ]);
  expect(acted[0]?.reason).toContain(
    'but this attempt has more jobs than the 1000 listed, and a re-run of its failed jobs would start failed jobs the supervisor has not read: no re-run is asked',
  );
  expect(outcome.plan.rerun).toBeUndefined();
  expect(reruns(runId)).toEqual([]);
  const said = `run ${runId} attempt 1 has more jobs than the 1000 listed: the failed ones among them are judged, but no re-run is asked, since it would start failed jobs not read; a person decides`;
  expect(warnings).toEqual([`ci-recovery supervisor: ${said}.`]);
  expect(outcome.problems).toContain(said);
  // The 11th page was not asked for.
  const listed = api.calls.filter(
    (c) => c.route === '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
  );
  expect(listed.map((c) => c.status)).toEqual(Array(10).fill(200));
}, 60_000);

test('the same failure in a run of 300 jobs, listed whole, is re-run', async () => {
  const runId = seed(300, [1]);
  const { outcome, warnings } = await supervise(runId);
  expect(outcome.plan.jobs.find((j) => j.job === 'shard 1')).toMatchObject({ action: 'rerun' });
  expect(outcome.plan.rerun).toMatchObject({ jobIds: [outcome.plan.jobs[0]!.jobId] });
  expect(reruns(runId)).toHaveLength(1);
  expect(warnings).toEqual([]);
}, 60_000);
