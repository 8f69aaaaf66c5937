/** The supervisor's REST calls against the local GitHub API (answers validated against GitHub's OpenAPI). */
import * as github from '@actions/github';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../../src/core/errors.js';
import {
  downloadJobLog,
  findPullRequest,
  lastGreenSha,
  readAnnotations,
  readJobs,
  readRun,
  requestRerun,
  supervisorGitHub,
} from '../../src/supervise/adapters/supervisor-github.js';
import { explainApiError } from '../../src/supervise/adapters/api-call.js';
import { probeGitHub } from '../../src/supervise/adapters/probe-github.js';
import {
  DRAFTS_REFUSED_NOTE,
  findRevertPullRequest,
  labelApplications,
  openRevertPullRequest,
  revertPullRequestsToday,
} from '../../src/supervise/adapters/revert-pull-requests.js';
import { classifyLogFile } from '../../src/adapters/log-file.js';
import { startGitHubApi, type GitHubApi } from '../../stand/services/github-api.js';
import { readAttemptJobs, readJobSteps } from '../../src/adapters/jobs-api.js';
import { DEFAULT_REST_POLICY, getOctokit, type Octokit } from '../../src/adapters/github.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';

const REPO = { owner: 'octo-org', repo: 'demo' };
const FULL = 'octo-org/demo';
const SHA = 'a'.repeat(40);
let api: GitHubApi;
let octokit: ReturnType<typeof github.getOctokit>;
let dir: string;
/** What the policy client said about rate limits (through our logger, never the console). */
let restLog: RecordingLogger;

beforeEach(async () => {
  restLog = new RecordingLogger();
  api = await startGitHubApi({
    resolveRef: (_r, ref) => Promise.resolve(ref === 'main' ? 'b'.repeat(40) : SHA),
  });
  api.addRepo(FULL);
  octokit = github.getOctokit('t', { baseUrl: api.url, request: { retries: 0 } });
  dir = mkdtempSync(path.join(tmpdir(), 'sup-gh-'));
});
afterEach(async () => {
  expect(api.validationErrors).toEqual([]);
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
});

const rerunRoute = '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs';
const req = { mode: 'failed-jobs' as const, jobIds: [1], backoffSeconds: 0, key: 'k', reason: 'r' };

/** The client the actions use, with the shared policy; a "second" of waiting lasts 1 ms here. */
const FAST = { ...DEFAULT_REST_POLICY, msPerSecond: 1 };
const policyClient = (): Octokit => getOctokit('t', { baseUrl: api.url, policy: FAST, logger: restLog });

test('a re-run waits the backoff, then waits out a secondary rate limit (429, Retry-After), requested once', async () => {
  const run = api.addRun({ repo: FULL, status: 'completed', conclusion: 'failure' });
  api.rateLimit('POST', rerunRoute, 'secondary', { status: 429, waitSeconds: 30 });
  const waits: number[] = [];
  const result = await requestRerun(policyClient(), REPO, run.id, req, {
    backoffMs: 10_000,
    sleep: (ms) => Promise.resolve(void waits.push(ms)),
  });
  expect(result).toBe('requested');
  expect(waits).toEqual([10_000]); // the policy's backoff only: the rate limit is the client's business
  // A 429 is waited out by the retry plugin, silently; only a 403 rate limit goes through our handler.
  expect(restLog.records).toEqual([]);
  expect(api.state.reruns).toHaveLength(1);
  expect(api.calls.filter((c) => c.route === rerunRoute).map((c) => c.status)).toEqual([429, 201]);
});

test.each([
  ['primary', 403],
  ['primary', 429],
  ['secondary', 403],
] as const)('a %s rate limit answered %i is waited out, for reads and writes alike', async (kind, status) => {
  const run = api.addRun({ repo: FULL, status: 'completed', conclusion: 'failure' });
  const runRoute = '/repos/{owner}/{repo}/actions/runs/{run_id}';
  api.rateLimit('GET', runRoute, kind, { status, times: 2 });
  api.rateLimit('POST', rerunRoute, kind, { status });
  const octokit = policyClient();
  expect((await readRun(octokit, REPO, run.id)).run.id).toBe(run.id);
  expect(await requestRerun(octokit, REPO, run.id, req)).toBe('requested');
  expect(api.calls.filter((c) => c.route === runRoute).map((c) => c.status)).toEqual([status, status, 200]);
  expect(api.calls.filter((c) => c.route === rerunRoute).map((c) => c.status)).toEqual([status, 201]);
  // The waits are news, said through our logger; a 429 is the retry plugin's, which waits silently.
  const said = [
    `ci-recovery: GitHub's ${kind} rate limit on GET ${runRoute}: waiting N s (retry 1 of 3)`,
    `ci-recovery: GitHub's ${kind} rate limit on GET ${runRoute}: waiting N s (retry 2 of 3)`,
    `ci-recovery: GitHub's ${kind} rate limit on POST ${rerunRoute}: waiting N s (retry 1 of 3)`,
  ];
  expect(restLog.messages('info').map((m) => m.replace(/waiting \d+ s/, 'waiting N s'))).toEqual(
    status === 403 ? said : [],
  );
  expect(restLog.messages('warning')).toEqual([]);
});

test('server errors (5xx) are retried; a rate limit that resets too late fails at once, not as a permission', async () => {
  const run = api.addRun({ repo: FULL, status: 'completed', conclusion: 'failure' });
  api.fail('POST', rerunRoute, 502, { times: 2, message: 'Bad Gateway' });
  expect(await requestRerun(policyClient(), REPO, run.id, req)).toBe('requested');
  expect(api.calls.filter((c) => c.route === rerunRoute).map((c) => c.status)).toEqual([502, 502, 201]);
  api.rateLimit('POST', rerunRoute, 'primary', { waitSeconds: 3600, times: Infinity });
  const error = await requestRerun(policyClient(), REPO, run.id, req).catch((e: unknown) => e);
  expect(error).not.toBeInstanceOf(UserError);
  expect((error as Error).message).toMatch(
    /^re-running run \d+: GitHub answered 403 \(API rate limit exceeded.*\): GitHub's API rate limit is spent until .*; this is not a permission problem\.$/,
  );
  expect(api.calls.filter((c) => c.route === rerunRoute).map((c) => c.status)).toEqual([502, 502, 201, 403]);
  // The reset is an hour away, give or take the second the test took.
  expect(restLog.messages('warning')).toEqual([
    expect.stringMatching(
      /^ci-recovery: GitHub's primary rate limit on POST \/repos\/\{owner\}\/\{repo\}\/actions\/runs\/\{run_id\}\/rerun-failed-jobs: giving up \(0 retries made, reset in 3[56]\d\d s\)$/,
    ),
  ]);
});

test('a run that is already running is not an error; a refused token names actions: write', async () => {
  const running = api.addRun({ repo: FULL, status: 'in_progress' });
  expect(await requestRerun(octokit, REPO, running.id, req, { sleep: () => Promise.resolve() })).toBe(
    'already-running',
  );
  const done = api.addRun({ repo: FULL, status: 'completed', conclusion: 'failure' });
  api.fail('POST', rerunRoute, 403);
  const error = await requestRerun(octokit, REPO, done.id, req, { sleep: () => Promise.resolve() }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toBe(
    `re-running run ${done.id}: GitHub answered 403 (Resource not accessible by integration): grant the supervisor job 'permissions: actions: write' (to re-run jobs).`,
  );
  expect(api.state.reruns).toHaveLength(0);
});

test('a 401 says the token is invalid or expired, never prints it, and names no permission', async () => {
  const secret = 'ghs_notARealToken0123456789';
  const run = api.addRun({ repo: FULL, status: 'completed', conclusion: 'failure' });
  api.fail('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}', 401);
  const client = github.getOctokit(secret, { baseUrl: api.url, request: { retries: 0 } });
  const error = await readRun(client, REPO, run.id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  const message = (error as Error).message;
  expect(message).toBe(
    `reading run ${run.id}: GitHub answered 401 (Bad credentials): the token is invalid or expired, not short of a permission. ` +
      "Pass a valid token as 'github-token' (the default github.token expires when its job ends; a personal or App token may have been revoked or expired).",
  );
  expect(message).not.toContain(secret);
  expect(message).not.toMatch(/grant/);
});

test("post's jobs API read tells a bad token from a missing actions: read", async () => {
  const run = api.addRun({ repo: FULL });
  const job = api.addJob({ repo: FULL, runId: run.id });
  const route = '/repos/{owner}/{repo}/actions/jobs/{job_id}';
  api.fail('GET', route, 401);
  const bad = await readJobSteps(octokit, REPO, job.id);
  expect(bad.ok).toBe(false);
  expect(bad.ok ? '' : bad.reason).toMatch(/the token is invalid or expired.*own records$/);
  expect(bad.ok ? '' : bad.reason).not.toMatch(/grant/);
  api.fail('GET', route, 403);
  const refused = await readJobSteps(octokit, REPO, job.id);
  expect(refused.ok ? '' : refused.reason).toMatch(
    /^the jobs API answered 403 .*grant the workflow 'permissions: actions: read'/,
  );
});

test('the jobs of a run attempt (GHES job lookup): a bad token or a rate limit is said as such, not as a permission', async () => {
  const run = api.addRun({ repo: FULL, status: 'in_progress' });
  const route = '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs';
  api.fail('GET', route, 401);
  const bad = await readAttemptJobs(octokit, REPO, run.id, 1);
  expect(bad.ok ? '' : bad.reason).toMatch(/the token is invalid or expired/);
  expect(bad.ok ? '' : bad.reason).not.toMatch(/grant/);
  api.fail('GET', route, 403, {
    message: 'Forbidden',
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2000000000' },
  });
  const limited = await readAttemptJobs(octokit, REPO, run.id, 1);
  expect(limited.ok ? '' : limited.reason).toMatch(/rate limit is spent .*not a permission problem/);
  api.fail('GET', route, 403);
  const refused = await readAttemptJobs(octokit, REPO, run.id, 1);
  expect(refused.ok ? '' : refused.reason).toMatch(
    /^the jobs API answered 403 .*grant the workflow 'permissions: actions: read'/,
  );
});

test('a 403 that carries only rate-limit headers is a rate limit, not a permission', async () => {
  const run = api.addRun({ repo: FULL, status: 'completed', conclusion: 'failure' });
  api.fail('POST', rerunRoute, 403, {
    message: 'Forbidden',
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2000000000' },
  });
  const error = await requestRerun(octokit, REPO, run.id, req).catch((e: unknown) => e);
  expect(error).not.toBeInstanceOf(UserError);
  expect((error as Error).message).toBe(
    `re-running run ${run.id}: GitHub answered 403 (Forbidden): GitHub's API rate limit is spent until 2033-05-18T03:33:20.000Z; this is not a permission problem.`,
  );
});

test('a re-run of a run older than 30 days is refused as GitHub does, and said so, not as a permission', async () => {
  const old = new Date(Date.now() - 31 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const run = api.addRun({ repo: FULL, status: 'completed', conclusion: 'failure', createdAt: old });
  const error = await requestRerun(octokit, REPO, run.id, req).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toBe(
    `re-running run ${run.id}: GitHub answered 403 (Unable to retry this workflow run because it was created over a month ago): ` +
      'GitHub re-runs a workflow run only within 30 days of its start; re-run it by pushing a new commit or dispatching the workflow. No permission is missing.',
  );
  expect(api.state.reruns).toHaveLength(0);
});

test('a re-run past 50 attempts is refused as GitHub does, and said so', async () => {
  const run = api.addRun({ repo: FULL, status: 'completed', conclusion: 'failure', runAttempt: 50 });
  const job = api.addJob({
    repo: FULL,
    runId: run.id,
    status: 'completed',
    conclusion: 'failure',
    runAttempt: 50,
  });
  const error = await requestRerun(octokit, REPO, run.id, { ...req, mode: 'job', jobIds: [job.id] }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toMatch(
    /GitHub allows at most 50 attempts of a workflow run; .* No permission is missing\.$/,
  );
  expect(api.state.reruns).toHaveLength(0);
});

test('a refused metadata-only call says the token cannot see the repository, not which permission to grant', async () => {
  const run = api.addRun({ repo: FULL, status: 'completed', conclusion: 'failure' });
  api.fail('GET', '/repos/{owner}/{repo}', 403);
  const error = await readRun(octokit, REPO, run.id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toBe(
    "reading octo-org/demo: GitHub answered 403 (Resource not accessible by integration): this call needs only 'metadata: read', " +
      'which every token with access to the repository has: the token cannot see this repository (a token for another repository, or a fine-grained token not given this one).',
  );
});

test('a run that is not there is named with the input to fix, not only "Not Found"', async () => {
  const error = await readRun(octokit, REPO, 999_999).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toBe(
    "reading run 999999: GitHub answered 404 (Not Found): octo-org/demo has no run 999999 that this token can see. Pass the completed run's id as 'run-id' (github.event.workflow_run.id, in a workflow of this repository), or a token of this repository with 'actions: read'.",
  );
});

test('the run and its repository are read at once; when both are refused, the run is what the error names', async () => {
  api.fail('GET', '/repos/{owner}/{repo}', 403);
  const error = await readRun(octokit, REPO, 999_998).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toMatch(/^reading run 999998: GitHub answered 404 \(Not Found\)/);
  const routes = api.calls.slice(-2).map((c) => c.route);
  expect(routes.sort()).toEqual(['/repos/{owner}/{repo}', '/repos/{owner}/{repo}/actions/runs/{run_id}']);
});

test('a single job is re-run through the job endpoint', async () => {
  const run = api.addRun({ repo: FULL, status: 'completed', conclusion: 'failure' });
  const job = api.addJob({ repo: FULL, runId: run.id, status: 'completed', conclusion: 'failure' });
  await requestRerun(
    octokit,
    REPO,
    run.id,
    { ...req, mode: 'job', jobIds: [job.id] },
    { sleep: () => Promise.resolve() },
  );
  expect(api.state.reruns).toEqual([expect.objectContaining({ kind: 'job', jobId: job.id })]);
});

test('a lone cancelled job: rerun-failed-jobs may refuse it (the stand takes that reading), the job endpoint re-runs it', async () => {
  const run = api.addRun({ repo: FULL, status: 'completed', conclusion: 'cancelled' });
  const job = api.addJob({ repo: FULL, runId: run.id, status: 'completed', conclusion: 'cancelled' });
  api.addJob({ repo: FULL, runId: run.id, status: 'completed', conclusion: 'success' });
  const asked = (mode: 'job' | 'failed-jobs') =>
    requestRerun(
      octokit,
      REPO,
      run.id,
      { ...req, mode, jobIds: [job.id] },
      { sleep: () => Promise.resolve() },
    );
  const refused = await asked('failed-jobs').catch((e: unknown) => e);
  expect((refused as Error).message).toMatch(
    /GitHub answered 403 \(This workflow run has no failed jobs to re-run\)/,
  );
  expect(await asked('job')).toBe('requested');
  expect(api.state.reruns).toEqual([expect.objectContaining({ kind: 'job', jobId: job.id })]);
  // The other reading: rerun-failed-jobs takes the cancelled job along with the failed ones.
  api.addRepo(FULL, { rerunFailedTakesCancelled: true });
  api.run(run.id)!.status = 'completed';
  expect(await asked('failed-jobs')).toBe('requested');
  expect(api.state.reruns[1]).toMatchObject({ kind: 'failed-jobs', jobIds: [job.id] });
});

test('the run, its jobs, a finished job log and annotations are read; a running job has no log yet', async () => {
  const run = api.addRun({
    repo: FULL,
    headSha: SHA,
    headBranch: 'main',
    status: 'completed',
    conclusion: 'failure',
    runAttempt: 2,
  });
  const job = api.addJob({
    repo: FULL,
    runId: run.id,
    runAttempt: 2,
    name: 'test',
    status: 'completed',
    conclusion: 'failure',
    log: 'line 1\nFAIL: x\n',
    steps: [{ name: 'go test', number: 1, status: 'completed', conclusion: 'failure' }],
    annotations: [
      {
        path: '.github',
        startLine: 1,
        endLine: 1,
        level: 'failure',
        message: 'The runner has received a shutdown signal.',
      },
    ],
  });
  const running = api.addJob({
    repo: FULL,
    runId: run.id,
    runAttempt: 2,
    status: 'in_progress',
    log: 'partial',
  });
  const details = await readRun(octokit, REPO, run.id, 1);
  expect(details.run).toMatchObject({
    id: run.id,
    attempt: 1,
    latestAttempt: 2,
    headSha: SHA,
    defaultBranch: 'main',
    event: 'push',
  });
  const { jobs, more } = await readJobs(octokit, REPO, run.id, 2);
  expect(more).toBe(false);
  expect(jobs.find((j) => j.id === job.id)).toEqual({
    id: job.id,
    name: 'test',
    conclusion: 'failure',
    runAttempt: 2,
    steps: [{ name: 'go test', number: 1, conclusion: 'failure' }],
  });
  const file = await downloadJobLog(octokit, REPO, job.id, path.join(dir, 'log.txt'));
  // As the runner writes it: a BOM, and each line stamped with .NET's round-trip UTC time.
  expect(readFileSync(file!, 'utf8')).toMatch(
    /^\uFEFF\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z line 1\n\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z FAIL: x\n$/,
  );
  expect(await downloadJobLog(octokit, REPO, running.id, path.join(dir, 'running.txt'))).toBeUndefined();
  expect(await readAnnotations(octokit, REPO, job.id)).toEqual([
    { level: 'failure', message: 'The runner has received a shutdown signal.' },
  ]);
});

test('job logs served as the runner writes them (BOM, timestamp on every line) are read by both readers', async () => {
  const run = api.addRun({ repo: FULL, status: 'completed', conclusion: 'failure' });
  const job = (log: string) =>
    api.addJob({ repo: FULL, runId: run.id, status: 'completed', conclusion: 'cancelled', log });
  const port = supervisorGitHub({
    octokit,
    repo: REPO,
    token: 't',
    logger: new RecordingLogger(),
    tempDir: dir,
    sleep: () => Promise.resolve(),
  });
  const timedOut = job(
    '##[group]Run make\nmake: building\n##[error]The job has exceeded the maximum execution time of 30m0s\n',
  );
  expect(await port.jobTimeoutEvidence(timedOut.id)).toEqual({
    line: 3,
    text: 'The job has exceeded the maximum execution time of 30m0s',
  });
  const first = job('The job has exceeded the maximum execution time of 1m0s\n'); // the BOM's line
  expect(await port.jobTimeoutEvidence(first.id)).toEqual({
    line: 1,
    text: 'The job has exceeded the maximum execution time of 1m0s',
  });
  // The classifier reads the stamped log as it reads the plain one: same verdict, same step (its group line).
  const plain =
    '##[group]Run gradle build\njava.io.IOException: No space left on device\n##[error]Process completed with exit code 1.\n';
  const plainFile = path.join(dir, 'plain.log');
  writeFileSync(plainFile, plain);
  const classified = await port.classifyJobLog(job(plain).id, {});
  expect(classified).toEqual(await classifyLogFile(plainFile, {}));
  // The line shown states the cause, not the step's command (issue 68 item 4).
  expect(classified).toMatchObject({
    step: 'Run gradle build',
    evidence: { line: 2, text: 'java.io.IOException: No space left on device' },
  });
});

test("the last green commit is read from the workflow's own runs, not a page of the repository's", async () => {
  const GREEN = 'c'.repeat(40);
  api.addRun({ repo: FULL, headSha: GREEN, status: 'completed', conclusion: 'success', workflowId: 161335 });
  // 100 newer runs of another workflow fill the repository-wide first page.
  for (let i = 0; i < 100; i++)
    api.addRun({
      repo: FULL,
      headSha: SHA,
      status: 'completed',
      conclusion: 'success',
      workflowId: 999,
      name: 'Lint',
    });
  expect(await lastGreenSha(octokit, REPO, 161335, 'main', SHA)).toBe(GREEN);
  expect(api.calls.at(-1)?.route).toBe('/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs');
});

test("a PR's commits are listed with their messages (a re-land names the rolled-back commit)", async () => {
  const first = 'c'.repeat(40);
  const pr = api.addPull({
    repo: FULL,
    head: { ref: 'reland', sha: SHA },
    commits: [first, SHA],
    messages: { [first]: 'Fix the parser', [SHA]: `Re-land the parser\n\nRe-lands: ${'d'.repeat(40)}` },
  });
  const port = supervisorGitHub({
    octokit,
    repo: REPO,
    token: 't',
    logger: new RecordingLogger(),
    tempDir: dir,
  });
  expect(await port.pullRequestCommits(pr.number)).toEqual([
    { sha: first, message: 'Fix the parser' },
    { sha: SHA, message: `Re-land the parser\n\nRe-lands: ${'d'.repeat(40)}` },
  ]);
  await expect(port.pullRequestCommits(999)).rejects.toThrow(/Not Found/);
});

test('a fork PR is found by its head owner:branch when the run lists no pull requests', async () => {
  const pr = api.addPull({ repo: FULL, head: { ref: 'patch-1', sha: SHA }, headRepo: 'outsider/fork' });
  const run = api.addRun({
    repo: FULL,
    headSha: SHA,
    headBranch: 'patch-1',
    event: 'pull_request',
    status: 'completed',
    pullRequests: [],
  });
  const details = { ...(await readRun(octokit, REPO, run.id)), headRepository: 'outsider/fork' };
  expect(details.pullRequests).toEqual([]);
  // As on GitHub, the base repository does not know an unmerged fork commit.
  const bySha = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...REPO, commit_sha: SHA });
  expect(bySha.data).toEqual([]);
  const before = api.calls.length;
  expect(await findPullRequest(octokit, REPO, details)).toBe(pr.number);
  // One call: the list by head, not the commit's pulls first.
  expect(api.calls.slice(before).map((c) => c.path)).toEqual([
    expect.stringMatching(/\/pulls\?.*head=outsider%3Apatch-1/),
  ]);
});

test('kill-switch labels come with who applied them and their permission; a removed label does not count', async () => {
  const pr = api.addPull({
    repo: FULL,
    head: { ref: 'x', sha: SHA },
    state: 'closed',
    merged: true,
    mergeCommitSha: SHA,
  });
  api.setPermission(FULL, 'lead', 'maintain');
  api.addLabel(FULL, pr.number, 'ci-recovery:no-revert', 'reader');
  expect((await labelApplications(octokit, REPO, SHA, 'ci-recovery:no-revert')).labels).toEqual([
    { label: 'ci-recovery:no-revert', actor: 'reader', permission: 'read' },
  ]);
  api.state.issueEvents.push({
    id: api.id(),
    repo: FULL,
    issueNumber: pr.number,
    event: 'unlabeled',
    label: 'ci-recovery:no-revert',
    actor: 'reader',
    createdAt: '2026-01-01T00:00:00Z',
  });
  expect((await labelApplications(octokit, REPO, SHA, 'ci-recovery:no-revert')).labels).toEqual([]);
  api.addLabel(FULL, pr.number, 'ci-recovery:no-revert', 'lead');
  const found = await labelApplications(octokit, REPO, SHA, 'ci-recovery:no-revert');
  expect(found).toEqual({
    pr: pr.number,
    labels: [{ label: 'ci-recovery:no-revert', actor: 'lead', permission: 'write' }],
  });
});

test('the daily cap asks nobody who the token is while no pull request of the day can be a revert of ours', async () => {
  // GraphQL's `viewer` question is a write to Octokit's throttling: it would hold the supervisor's next
  // write (its comment, its re-run) a second, and the comment's settling waits after it.
  const now = new Date('2030-01-02T18:00:00Z');
  api.addPull({
    repo: FULL,
    headRepo: 'mallory9/demo',
    user: 'mallory9',
    head: { ref: 'ci-recovery/revert-999999999999', sha: SHA },
    createdAt: '2030-01-02T09:00:00Z',
  });
  const fresh = github.getOctokit('t', { baseUrl: api.url, request: { retries: 0 } });
  const before = api.calls.length;
  expect(await revertPullRequestsToday(fresh, REPO, now)).toBe(0);
  const asked = api.calls.slice(before).map((c) => `${c.method} ${c.path.split('?')[0]}`);
  expect(asked).toEqual([`GET /repos/${FULL}/pulls`]);
});

test("the daily cap counts the supervisor's own revert PRs, never a fork's PR that took a ci-recovery/revert-* name", async () => {
  const now = new Date('2026-11-25T18:00:00Z');
  const today = '2026-11-25T09:00:00Z';
  // The attack: three fork PRs with revert-branch names filled the cap of 3, so the real revert was refused.
  for (const n of [1, 2, 3])
    api.addPull({
      repo: FULL,
      headRepo: `mallory${n}/demo`,
      user: `mallory${n}`,
      head: { ref: `ci-recovery/revert-${String(n).repeat(12)}`, sha: SHA },
      createdAt: today,
    });
  expect(await revertPullRequestsToday(octokit, REPO, now)).toBe(0);
  // The supervisor's own, on a branch of the repository: counted; yesterday's and look-alike names: not.
  api.addPull({
    repo: FULL,
    user: 'github-actions[bot]',
    head: { ref: 'ci-recovery/revert-abcdefabcdef', sha: SHA },
    createdAt: today,
  });
  api.addPull({ repo: FULL, head: { ref: 'ci-recovery/revert-abcdefabcdef-x', sha: SHA }, createdAt: today });
  api.addPull({
    repo: FULL,
    head: { ref: 'ci-recovery/revert-aaaaaaaaaaaa', sha: SHA },
    createdAt: '2026-11-24T23:59:00Z',
  });
  expect(await revertPullRequestsToday(octokit, REPO, now)).toBe(1);
  // A person who can push a branch can name it ci-recovery/revert-*: not the supervisor's, not counted.
  api.addPull({
    repo: FULL,
    user: 'lead',
    head: { ref: 'ci-recovery/revert-bbbbbbbbbbbb', sha: SHA },
    createdAt: today,
  });
  expect(await revertPullRequestsToday(octokit, REPO, now)).toBe(1);
});

test('the draft revert PR is opened once: a second call finds it', async () => {
  const opts = {
    branch: 'ci-recovery/revert-aaaaaaaaaaaa',
    base: 'main',
    title: 'Revert "x"',
    body: 'record',
    labels: ['revert'],
  };
  const first = await openRevertPullRequest(octokit, REPO, opts);
  const second = await openRevertPullRequest(octokit, REPO, opts);
  expect(first).toMatchObject({ created: true, state: 'open' });
  expect(second).toMatchObject({ created: false, number: first.number });
  expect(api.state.pulls).toEqual([
    expect.objectContaining({ draft: true, head: { ref: opts.branch, sha: SHA } }),
  ]);
  expect(
    api.calls.filter((c) => c.method === 'POST' && c.route === '/repos/{owner}/{repo}/pulls'),
  ).toHaveLength(1);
});

test('where drafts are not supported (422), the revert PR opens ready for review and says why', async () => {
  api.addRepo(FULL, { private: true, draftPullRequests: false });
  const opened = await openRevertPullRequest(octokit, REPO, {
    branch: 'ci-recovery/revert-aaaaaaaaaaaa',
    base: 'main',
    title: 'Revert "x"',
    body: 'record',
    labels: ['revert'],
  });
  expect(opened).toMatchObject({ created: true, state: 'open' });
  const posts = api.calls.filter((c) => c.method === 'POST' && c.route === '/repos/{owner}/{repo}/pulls');
  expect(posts.map((c) => [c.status, (c.body as { draft: boolean }).draft])).toEqual([
    [422, true],
    [201, false],
  ]);
  expect(api.state.pulls).toEqual([
    expect.objectContaining({ draft: false, body: `${DRAFTS_REFUSED_NOTE}\n\nrecord` }),
  ]);
  expect(DRAFTS_REFUSED_NOTE).toContain('does not support draft pull requests');
});

test('when Actions may not open PRs, the message names the repository setting', async () => {
  api.addRepo(FULL, { actionsCanCreatePullRequests: false });
  const error = await openRevertPullRequest(octokit, REPO, {
    branch: 'ci-recovery/revert-aaaaaaaaaaaa',
    base: 'main',
    title: 't',
    body: 'b',
    labels: [],
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toMatch(
    /Settings > Actions > General > Workflow permissions > 'Allow GitHub Actions to create and approve pull requests'/,
  );
  // Other errors are left alone.
  const other = new Error('socket hang up');
  expect(explainApiError(other, 'x', 'actions:read')).toBe(other);
});

test('a revert PR read back tells where its merge landed, once merged (the verdict of a revert needs it)', async () => {
  const branch = `ci-recovery/revert-${SHA.slice(0, 12)}`;
  const pr = api.addPull({ repo: FULL, head: { ref: branch, sha: 'e'.repeat(40) } });
  expect((await findRevertPullRequest(octokit, REPO, branch))?.mergeSha).toBeUndefined();
  pr.merged = true;
  pr.state = 'closed';
  pr.mergeCommitSha = '9'.repeat(40);
  expect(await findRevertPullRequest(octokit, REPO, branch)).toMatchObject({
    number: pr.number,
    mergeSha: '9'.repeat(40),
  });
});

test('a parent is green only by a push run of the default branch, not a dispatch, schedule or PR run at that commit', async () => {
  const PARENT = 'e'.repeat(40);
  const port = supervisorGitHub({
    octokit,
    repo: REPO,
    token: 't',
    logger: new RecordingLogger(),
    tempDir: dir,
  });
  // The parent's own push run failed; newer runs of the same workflow at that commit passed with other
  // jobs or inputs (a dispatch with inputs, a schedule, a pull request whose head it was).
  api.addRun({ repo: FULL, headSha: PARENT, status: 'completed', conclusion: 'failure', workflowId: 161335 });
  for (const [event, headBranch] of [
    ['workflow_dispatch', 'main'],
    ['schedule', 'main'],
    ['pull_request', 'feature/parser'],
  ] as const)
    api.addRun({
      repo: FULL,
      headSha: PARENT,
      headBranch,
      event,
      status: 'completed',
      conclusion: 'success',
    });
  expect(await port.commitWasGreen(161335, PARENT, 'main')).toBe(false);
  // The range's start likewise: a dispatch on main with other inputs passing is no green run of the branch.
  const GREEN = 'f'.repeat(40);
  api.addRun({ repo: FULL, headSha: GREEN, status: 'completed', conclusion: 'success', workflowId: 161335 });
  api.addRun({
    repo: FULL,
    headSha: PARENT,
    event: 'workflow_dispatch',
    status: 'completed',
    conclusion: 'success',
  });
  expect(await lastGreenSha(octokit, REPO, 161335, 'main', SHA)).toBe(GREEN);
});

test("a workflow's runs past the first page keep the listing's filters: today's dispatches, however many (att-sup4)", async () => {
  // 150 dispatches today, between pushes and yesterday's dispatches that the filters leave out.
  for (let i = 0; i < 150; i++) {
    api.addRun({ repo: FULL, event: 'push', createdAt: '2026-03-04T01:00:00Z' });
    api.addRun({ repo: FULL, event: 'workflow_dispatch', createdAt: '2026-03-03T23:00:00Z' });
    api.addRun({ repo: FULL, event: 'workflow_dispatch', createdAt: '2026-03-04T02:00:00Z' });
  }
  const runs = await probeGitHub(octokit, REPO).listRuns(161335, {
    event: 'workflow_dispatch',
    created: '>=2026-03-04',
    pages: 10,
  });
  expect(runs).toHaveLength(150);
  expect(new Set(runs.map((r) => `${r.event} ${r.createdAt.slice(0, 10)}`))).toEqual(
    new Set(['workflow_dispatch 2026-03-04']),
  );
});
