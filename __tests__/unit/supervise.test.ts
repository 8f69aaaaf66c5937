/** The supervisor's pure decision, with the real policy. */
import { classify, classify as classifyWith, defaultRuleSet } from '../../src/core/classify/index.js';
import type { FailureSignals } from '../../src/core/classify/index.js';
import { DEFAULT_CONFIG, parseConfig, type Config } from '../../src/core/config.js';
import type { RollbackRecord } from '../../src/supervise/core/rollback-record.js';
import { decide } from '../../src/core/policy.js';
import { buildPlan, parsePlan } from '../../src/core/plan-artifact.js';
import { escalateRevert, revertCandidates, supervise } from '../../src/supervise/core/supervise.js';
import {
  annotationFindings,
  findingsFromPlan,
  jobTimeoutClassification,
  jobTimeoutLine,
  planForJob,
  stepsFindings,
} from '../../src/supervise/core/supervise-findings.js';
import type { JobView, RunView, SuperviseInput } from '../../src/supervise/core/supervise-model.js';
import { decisionsJson, renderSuperviseSummary } from '../../src/supervise/core/supervise-report.js';
import { TRANSIENT_TYPES, type Classification, type FailureType } from '../../src/core/types.js';

const SHA = '1'.repeat(40);
const PARENT = '2'.repeat(40);
const run = (over: Partial<RunView> = {}): RunView => ({
  id: 500,
  attempt: 1,
  latestAttempt: 1,
  workflow: 'CI',
  event: 'push',
  headSha: SHA,
  headBranch: 'main',
  defaultBranch: 'main',
  conclusion: 'failure',
  ...over,
});
const job = (id: number, name: string, conclusion: string, runAttempt = 1): JobView => ({
  id,
  name,
  conclusion,
  runAttempt,
  steps: [],
});
// retryable as the classifier sets it by default: the type's (a network rule may say false: network-not-transient).
const cls = (type: FailureType): Classification => ({
  type,
  confidence: 'high',
  retryable: TRANSIENT_TYPES.includes(type),
  rule: `r-${type}`,
  evidence: { line: 3, text: `${type} line` },
});
const input = (over: Partial<SuperviseInput>): SuperviseInput => ({
  run: run(),
  jobs: [],
  findings: {},
  decide: (i) => decide(i),
  commit: { sha: SHA, message: 'Change the parser', parents: [PARENT] },
  parentGreen: true,
  culpritRange: 1,
  revertsToday: 0,
  ...over,
});

test('a network failure on a PR is re-run once; a passing job is left alone', () => {
  const plan = supervise(
    input({
      run: run({ event: 'pull_request', headBranch: 'feature' }),
      jobs: [job(1, 'build', 'failure'), job(2, 'lint', 'success')],
      findings: { build: { classification: cls('network'), source: 'log' } },
    }),
  );
  expect(plan.branchKind).toBe('pr');
  expect(plan.jobs.map((j) => j.action)).toEqual(['rerun', 'nothing']);
  expect(plan.rerun).toEqual({
    mode: 'failed-jobs',
    jobIds: [1],
    backoffSeconds: 10,
    reason: 'build',
  });
  expect(plan.revert).toBeUndefined();
  expect(JSON.parse(decisionsJson(plan))).toEqual([
    expect.objectContaining({ job: 'build', action: 'rerun', type: 'network', lane: 'STANDARD', attempt: 1 }),
    expect.objectContaining({ job: 'lint', action: 'nothing' }),
  ]);
});

test('nothing is re-run twice: a newer attempt of the run means nothing to do', () => {
  const base = {
    jobs: [job(1, 'build', 'failure')],
    findings: { build: { classification: cls('network'), source: 'log' as const } },
  };
  const newer = supervise(input({ ...base, run: run({ latestAttempt: 2 }) }));
  expect(newer.rerun).toBeUndefined();
  expect(newer.jobs[0]).toMatchObject({
    action: 'nothing',
    reason: expect.stringContaining('attempt 2 exists') as unknown,
  });
});

test("lane budgets and GitHub's 50-attempt limit cap re-runs", () => {
  const findings = { build: { classification: cls('network'), source: 'log' as const } };
  const spent = supervise(
    input({ run: run({ attempt: 3, latestAttempt: 3 }), jobs: [job(1, 'build', 'failure', 3)], findings }),
  );
  expect(spent.jobs[0]?.action).toBe('manual');
  expect(spent.rerun).toBeUndefined();
  const heavy = { build: { classification: cls('network'), source: 'log' as const, lane: 'HEAVY' as const } };
  const github = supervise(
    input({
      run: run({ attempt: 50, latestAttempt: 50 }),
      jobs: [job(1, 'build', 'failure', 3)],
      findings: heavy,
      decide: (i) => decide(i, { ...defaultConfigWith(60) }),
    }),
  );
  expect(github.jobs[0]).toMatchObject({
    action: 'manual',
    reason: expect.stringContaining("GitHub's limit of 50") as unknown,
  });
  expect(github.rerun).toBeUndefined();
});

test('a timeout in a HEAVY job is re-run to resume from its checkpoints', () => {
  const plan = supervise(
    input({
      run: run({ event: 'pull_request', headBranch: 'f' }),
      jobs: [job(7, 'build-heavy', 'failure')],
      findings: { 'build-heavy': { classification: cls('timeout'), source: 'plan', lane: 'HEAVY' } },
    }),
  );
  expect(plan.jobs[0]).toMatchObject({
    action: 'rerun',
    strategy: 'resume',
    reason: expect.stringContaining('resumes from its checkpoints') as unknown,
  });
  expect(plan.rerun).toMatchObject({ jobIds: [7], backoffSeconds: 0 });
});

test('a test failure on the default branch: confirm first, then revert the culprit', () => {
  const first = supervise(
    input({
      jobs: [job(1, 'test', 'failure')],
      findings: { test: { classification: cls('test'), source: 'log' } },
    }),
  );
  expect(first.jobs[0]).toMatchObject({ action: 'confirm-rerun' });
  expect(first.rerun).toMatchObject({ jobIds: [1] });
  expect(first.revert).toBeUndefined();

  const second = supervise(
    input({
      run: run({ attempt: 2, latestAttempt: 2 }),
      jobs: [job(11, 'test', 'failure', 2)],
      findings: { test: { classification: cls('test'), source: 'log' } },
      previous: { test: { conclusion: 'failure', type: 'test' } },
    }),
  );
  expect(second.jobs[0]).toMatchObject({ action: 'revert', strategy: 'rollback' });
  expect(second.rerun).toBeUndefined();
  expect(second.revert).toEqual({
    sha: SHA,
    branch: `ci-recovery/revert-${SHA.slice(0, 12)}`,
    job: 'test',
    failureType: 'test',
    reason: expect.stringContaining('only culprit commit') as unknown,
  });
  // A merge commit is reverted against parent 1.
  const merge = supervise(
    input({
      run: run({ attempt: 2, latestAttempt: 2 }),
      commit: { sha: SHA, message: 'Merge pull request #3', parents: [PARENT, '3'.repeat(40)] },
      jobs: [job(11, 'test', 'failure', 2)],
      findings: { test: { classification: cls('test'), source: 'log' } },
      previous: { test: { conclusion: 'failure' } },
    }),
  );
  expect(merge.revert?.mainline).toBe(1);
});

test('a confirming re-run that fails differently does not count as confirmation', () => {
  const plan = supervise(
    input({
      run: run({ attempt: 2, latestAttempt: 2 }),
      jobs: [job(11, 'test', 'failure', 2)],
      findings: { test: { classification: cls('test'), source: 'log' } },
      previous: { test: { conclusion: 'failure', type: 'build' } },
    }),
  );
  expect(plan.revert).toBeUndefined();
  expect(plan.jobs[0]?.action).not.toBe('revert');
});

test.each([
  [
    'a revert commit',
    { commit: { sha: SHA, message: 'Revert "Change the parser"', parents: [PARENT] } },
    'is itself a revert',
  ],
  [
    'an opt-out marker',
    { commit: { sha: SHA, message: 'Change\n\nNO-AUTO-REVERT', parents: [PARENT] } },
    'opt-out marker',
  ],
  [
    'the kill-switch label',
    { labels: [{ label: 'ci-recovery:no-revert', actor: 'lead', permission: 'maintain' }] },
    '@lead',
  ],
  ['the daily cap', { revertsToday: 3 }, 'daily cap of 3'],
  ['a range of 3 commits', { culpritRange: 3 }, '3 commits since the last green run'],
  ['a red parent', { parentGreen: false }, 'not green'],
])('no revert and no confirming re-run for %s: manual with the reason', (_name, over, reason) => {
  const plan = supervise(
    input({
      jobs: [job(1, 'test', 'failure')],
      findings: { test: { classification: cls('test'), source: 'log' } },
      ...over,
    }),
  );
  expect(plan.jobs[0]).toMatchObject({
    action: 'manual',
    reason: expect.stringContaining(reason) as unknown,
  });
  expect(plan.rerun).toBeUndefined();
  expect(plan.revert).toBeUndefined();
});

test('when the facts a revert needs cannot be read, a person decides (no confirming re-run either)', () => {
  const { commit: _c, ...noCommit } = input({});
  const plan = supervise({
    ...noCommit,
    jobs: [job(1, 'test', 'failure')],
    findings: { test: { classification: cls('test'), source: 'log' } },
    factsProblem: "the kill-switch label 'ci-recovery:no-revert' could not be checked: 502",
  });
  expect(plan.jobs[0]).toMatchObject({
    action: 'manual',
    reason: expect.stringContaining('could not be checked: 502') as unknown,
  });
  expect(plan.rerun).toBeUndefined();
});

test('an existing revert (API state or ledger) makes the second supervisor do nothing', () => {
  const second = (over: Partial<SuperviseInput>): ReturnType<typeof supervise> =>
    supervise(
      input({
        run: run({ attempt: 2, latestAttempt: 2 }),
        jobs: [job(11, 'test', 'failure', 2)],
        findings: { test: { classification: cls('test'), source: 'log' } },
        previous: { test: { conclusion: 'failure', type: 'test' } },
        ...over,
      }),
    );
  expect(second({ alreadyReverted: true }).revert).toBeUndefined();
  expect(second({ alreadyReverted: true }).jobs[0]?.action).toBe('nothing');
});

test('two failed jobs, one to re-run: only that job is re-run; a failed job without findings is unknown -> manual', () => {
  const plan = supervise(
    input({
      run: run({ event: 'pull_request', headBranch: 'f' }),
      jobs: [job(1, 'e2e', 'failure'), job(2, 'unit', 'failure'), job(3, 'odd', 'failure')],
      findings: {
        e2e: { classification: cls('infrastructure'), source: 'annotation' },
        unit: { classification: cls('test'), source: 'log' },
      },
    }),
  );
  expect(plan.jobs.map((j) => j.action)).toEqual(['rerun', 'manual', 'manual']);
  expect(plan.jobs[2]?.classification?.type).toBe('unknown');
  expect(plan.rerun).toMatchObject({ mode: 'job', jobIds: [1] });
});

function defaultConfigWith(maxAttempts: number): Config {
  const budget = { maxAttempts, backoffSeconds: 0, timeoutMinutes: 10, checkpoint: false };
  return {
    ...DEFAULT_CONFIG,
    budgets: { DOCS: budget, STANDARD: budget, HEAVY: { ...budget, checkpoint: true } },
  };
}

test("a job's plan is matched by check-run id, else by job key or name, in the same attempt", () => {
  const plan = (over: Partial<Parameters<typeof buildPlan>[0]>): ReturnType<typeof buildPlan> =>
    buildPlan({
      repo: 'o/r',
      runId: 500,
      attempt: 1,
      job: 'unit',
      conclusion: 'failure',
      failedSteps: [],
      completedStages: [],
      checkpoints: [],
      ...over,
    });
  const byId = plan({ jobId: 7, job: 'other' });
  const byKey = plan({ job: 'unit' });
  expect(planForJob([byKey, byId], job(7, 'unit', 'failure'))).toBe(byId);
  expect(planForJob([byKey], job(8, 'unit', 'failure'))).toBe(byKey);
  expect(planForJob([byKey], job(8, 'unit', 'failure', 2))).toBeUndefined();
  expect(planForJob([plan({ jobId: 9 })], job(8, 'unit', 'failure'))).toBeUndefined();
  const classified = plan({
    lane: 'HEAVY',
    failedSteps: [
      { name: 'setup', source: 'record', classification: cls('unknown') },
      { name: 'test', source: 'record', classification: cls('timeout') },
    ],
  });
  expect(findingsFromPlan(classified)).toEqual({
    classification: cls('timeout'),
    source: 'plan',
    lane: 'HEAVY',
  });
  expect(findingsFromPlan(plan({ failedSteps: [{ name: 'x', source: 'jobs-api' }] }))).toBeUndefined();
});

test('a job cancelled at its time limit is re-run only alone: beside failed jobs to re-run, a person re-runs it after', () => {
  const line = { line: 2, text: 'The job has exceeded the maximum execution time of 30m0s' };
  const timedOut = (id: number, name: string): JobView => ({
    ...job(id, name, 'cancelled'),
    jobTimeout: line,
  });
  const timeout = (lane: 'HEAVY') => ({
    classification: jobTimeoutClassification(line),
    source: 'annotation' as const,
    lane,
  });
  const pr = run({ event: 'pull_request', headBranch: 'feature', conclusion: 'failure' });
  // A flaky job and a timed-out one: the flaky one is re-run (by its id, as another job failed); the cancelled
  // one could go with it only through rerun-failed-jobs, which may leave it out.
  const mixed = supervise(
    input({
      run: pr,
      jobs: [job(1, 'unit', 'failure'), timedOut(2, 'heavy')],
      findings: { unit: { classification: cls('network'), source: 'log' }, heavy: timeout('HEAVY') },
    }),
  );
  expect(mixed.rerun).toMatchObject({ mode: 'job', jobIds: [1], reason: 'unit' });
  expect(mixed.jobs.map((j) => [j.job, j.action])).toEqual([
    ['unit', 'rerun'],
    ['heavy', 'manual'],
  ]);
  expect(mixed.jobs[1]?.reason).toMatch(
    /GitHub may leave a job cancelled at its time limit out of it \(undocumented\).*re-run it alone \(POST \/actions\/jobs\/\{id\}\/rerun\) once that ends$/,
  );
  // Two timed-out jobs: the first by its own id, the second after.
  const two = supervise(
    input({
      run: { ...pr, conclusion: 'cancelled' },
      jobs: [timedOut(3, 'heavy-a'), timedOut(4, 'heavy-b')],
      findings: { 'heavy-a': timeout('HEAVY'), 'heavy-b': timeout('HEAVY') },
    }),
  );
  expect(two.rerun).toMatchObject({ mode: 'job', jobIds: [3] });
  expect(two.jobs.map((j) => [j.job, j.action])).toEqual([
    ['heavy-a', 'rerun'],
    ['heavy-b', 'manual'],
  ]);
});

test('the job-timeout line is found in both wordings GitHub has used', () => {
  // Today's (a Go duration, no final period; ZhuLinsen/daily_stock_analysis#848, 2026) and the older one.
  for (const limit of ['30m0s', '1m0s', '45m0s', '6h0m0s', '18s'])
    expect(jobTimeoutLine([`##[error]The job has exceeded the maximum execution time of ${limit}`])).toEqual({
      line: 1,
      text: `The job has exceeded the maximum execution time of ${limit}`,
    });
  expect(
    jobTimeoutLine([
      'The job running on runner Hosted Agent has exceeded the maximum execution time of 360 minutes.',
    ]),
  ).toBeDefined();
  // A person's cancel, and a step's own limit, are not a job timeout.
  expect(jobTimeoutLine(['##[error]The operation was canceled.'])).toBeUndefined();
  expect(jobTimeoutLine(["##[error]The action 'test' has timed out after 30 minutes."])).toBeUndefined();
});

test("a job cancelled by its timeout-minutes is resumed in HEAVY; a person's cancel is left alone", () => {
  // The runner's wording (PLATFORM.md section 6); the job and the run end cancelled.
  const log = [
    '2026-11-23T06:00:00.0000000Z ##[group]Run npm test',
    '2026-11-23T06:30:00.0000000Z ##[error]The job running on runner GitHub Actions 7 has exceeded the maximum execution time of 30 minutes.',
  ];
  const line = jobTimeoutLine(log);
  expect(line).toEqual({
    line: 2,
    text: 'The job running on runner GitHub Actions 7 has exceeded the maximum execution time of 30 minutes.',
  });
  // A step's own limit is another line, and fails the step instead.
  expect(
    jobTimeoutLine(["##[error]The action 'Run npm test' has timed out after 30 minutes."]),
  ).toBeUndefined();
  const timedOut: JobView = { ...job(1, 'heavy', 'cancelled'), jobTimeout: line! };
  const plan = supervise(
    input({
      run: run({ event: 'pull_request', headBranch: 'feature', conclusion: 'cancelled' }),
      jobs: [timedOut, job(2, 'other', 'cancelled')],
      findings: {
        heavy: { classification: jobTimeoutClassification(line!), source: 'annotation', lane: 'HEAVY' },
      },
    }),
  );
  expect(plan.jobs.map((j) => [j.job, j.action, j.strategy])).toEqual([
    ['heavy', 'rerun', 'resume'],
    ['other', 'nothing', undefined],
  ]);
  expect(plan.jobs[1]?.reason).toMatch(/cancelled by a person/);
  expect(plan.rerun).toMatchObject({ jobIds: [1] });
});

test("revert candidates are the policy's: default-branch failures it would roll back once confirmed", async () => {
  const jobs = [
    job(1, 'unit', 'failure'),
    job(2, 'fetch', 'failure'),
    job(3, 'disk', 'failure'),
    job(4, 'ok', 'success'),
  ];
  const findings = {
    unit: { classification: cls('test'), source: 'log' as const },
    fetch: { classification: cls('network'), source: 'log' as const },
    disk: { classification: cls('resource'), source: 'log' as const },
  };
  const names = (over: Partial<SuperviseInput>): string[] =>
    revertCandidates(input({ jobs, findings, ...over })).map((j) => j.name);
  expect(names({})).toEqual(['unit']);
  // A config rule that rolls back another type makes it a candidate too: one rule decides both.
  const config = await parseConfig('policy:\n  - when: { type: resource }\n    strategy: rollback\n');
  expect(names({ decide: (i) => decide(i, config) })).toEqual(['unit', 'disk']);
  // A flaky test failure is retried, never reverted: no facts to gather for it.
  expect(names({ findings: { ...findings, unit: { ...findings.unit, flaky: true } } })).toEqual([]);
  // Not on the default branch, or for a stale attempt: nothing to revert.
  expect(names({ run: run({ event: 'pull_request', headBranch: 'feature' }) })).toEqual([]);
  expect(names({ run: run({ latestAttempt: 2 }) })).toEqual([]);
});

test('escalating a revert returns a new plan with the reverting jobs handed to a person', () => {
  const plan = supervise(
    input({
      run: run({ attempt: 2, latestAttempt: 2 }),
      jobs: [job(1, 'unit', 'failure', 2), job(2, 'lint', 'success', 2)],
      findings: { unit: { classification: cls('test'), source: 'log' } },
      previous: { unit: { conclusion: 'failure', type: 'test' } },
    }),
  );
  expect(plan.revert).toBeDefined();
  const before = JSON.stringify(plan);
  const escalated = escalateRevert(plan, 'the push was refused');
  expect(JSON.stringify(plan)).toBe(before); // core's plan is not touched
  expect(escalated.revert).toBeUndefined();
  expect('revert' in escalated).toBe(false);
  expect(escalated.jobs.map((j) => j.action)).toEqual(['manual', 'nothing']);
  expect(escalated.jobs[0]?.reason).toBe(`${plan.jobs[0]?.reason}; but the push was refused`);
});

test('error annotations classify a job with no log; notices and an unknown that adds nothing do not', () => {
  const j = job(1, 'unit', 'failure');
  const died = annotationFindings(
    [
      { level: 'notice', message: 'npm ERR! code ETIMEDOUT' },
      { level: 'failure', title: 'fetch', message: 'curl: (6) Could not resolve host: registry.npmjs.org' },
    ],
    j,
    'HEAVY',
    undefined,
    classify,
  );
  expect(died).toMatchObject({ source: 'annotation', lane: 'HEAVY', classification: { type: 'network' } });
  expect(
    annotationFindings(
      [{ level: 'notice', message: 'npm ERR! code ETIMEDOUT' }],
      j,
      undefined,
      undefined,
      classify,
    ),
  ).toBeUndefined();
  const known = { classification: cls('unknown'), source: 'plan' as const };
  expect(
    annotationFindings([{ level: 'error', message: 'something odd' }], j, undefined, known, classify),
  ).toBeUndefined();
  expect(
    annotationFindings([{ level: 'error', message: 'something odd' }], j, undefined, undefined, classify),
  ).toMatchObject({
    classification: { type: 'unknown' },
  });
});

/** What the supervisor reads of a job GitHub never ran: its error annotations, the only words it has. */
function fromAnnotations(id: number, name: string, messages: string[]) {
  const annotations = messages.map((message) => ({ level: 'failure' as const, message }));
  return annotationFindings(annotations, job(id, name, 'failure'), undefined, undefined, classify)
    ?.classification;
}

/** The default policy's strategy for a verdict on a first attempt in the STANDARD lane. */
function strategyOn(branchKind: 'default' | 'pr' | 'other', v: Pick<Classification, 'type' | 'confidence'>) {
  return decide({ type: v.type, lane: 'STANDARD', branchKind, attempt: 1, confidence: v.confidence })
    .strategy;
}

test('a job GitHub never started (no runner took it) is infrastructure from its annotations, and worth a re-run', () => {
  // The service's annotations as users quote them (actions/runner issue #4065, spdk/spdk issue #3876): the
  // job has no log and no step, so they are all there is to read.
  const notStarted = fromAnnotations(2, 'build (macos-latest)', [
    'The job was not acquired by Runner of type hosted even after multiple attempts',
    'Internal server error. Correlation ID: a757294c-34c1-4862-8943-c4184553a155',
  ]);
  expect(notStarted).toMatchObject({ type: 'infrastructure', rule: 'gha-job-not-started' });
  expect(notStarted?.evidence?.text).toBe(
    'The job was not acquired by Runner of type hosted even after multiple attempts',
  );
  expect(strategyOn('default', notStarted!)).toBe('retry');
  // A service's own 500 in a step's output, a correlation id after it, is no word of GitHub's about the job.
  expect(
    classify({
      log: 'Error: Request failed: Internal server error. Correlation ID: a757294c-34c1-4862-8943-c4184553a155',
    }).rule,
  ).not.toBe('gha-job-not-started');
});

test("a job GitHub refused for the account's billing is config from its annotation, and no re-run is spent on it", () => {
  // The service's annotation on every job of an account whose Actions billing lapsed, as users quote it.
  const refused = fromAnnotations(3, 'test (ubuntu-latest)', [
    "The job was not started because recent account payments have failed or your spending limit needs to be increased. Please check the 'Billing & plans' section in your settings",
  ]);
  expect(refused).toMatchObject({ type: 'config', rule: 'gha-billing-refused-job' });
  // On a pull request, where a job GitHub never started (infrastructure) is re-run, this one is not.
  expect(strategyOn('pr', refused!)).toBe('manual');
  // Its other wording, for an account GitHub locked (fontanierh/boxology issue #734).
  const locked = fromAnnotations(3, 'validate (ubuntu-latest)', [
    'The job was not started because your account is locked due to a billing issue.',
  ]);
  expect(locked).toMatchObject({ type: 'config', rule: 'gha-billing-refused-job' });
  expect(strategyOn('pr', locked!)).toBe('manual');
});

test('a job GitHub refused for a runner image being retired is config from its annotations, and no re-run is spent on it', () => {
  // A macOS-11 job during a brownout, its two annotations as numba/llvmlite issue #1065 quotes them.
  const retired = fromAnnotations(4, 'build (macos-11)', [
    'This is a scheduled macOS-11 brownout. The macOS-11 environment is deprecated and will be removed on June 28th, 2024.',
    'The remote provider was unable to process the request.',
  ]);
  expect(retired).toMatchObject({ type: 'config', rule: 'gha-runner-image-retired' });
  expect(strategyOn('pr', retired!)).toBe('manual');
  // The deprecation warning GitHub annotates on jobs that still run, and another service's brownout notice, are not it.
  for (const line of [
    'The macOS-13 based runner images are being deprecated, consider switching to macOS-15 (macos-15-intel) or macOS 15 arm64 (macos-latest) instead. For more details see https://github.com/actions/runner-images/issues/13046',
    'We have concluded the GitHub Services webhook delivery brownout. All systems are operating normally.',
  ]) {
    expect(classify({ log: line }).rule).not.toBe('gha-runner-image-retired');
  }
});

test("a deploy job the environment's protection rules refused is config from its annotations, not re-run", () => {
  // A release's deploy to github-pages, whose deployment branches leave tags out (graphframes/graphframes issue #678).
  const refused = fromAnnotations(5, 'deploy', [
    'Tag "v0.9.3" is not allowed to deploy to github-pages due to environment protection rules.',
    "The deployment was rejected or didn't satisfy other protection rules.",
  ]);
  expect(refused).toMatchObject({ type: 'config', rule: 'gha-environment-ref-refused' });
  expect(refused?.evidence?.text).toBe(
    'Tag "v0.9.3" is not allowed to deploy to github-pages due to environment protection rules.',
  );
  // A tag's run: left to a person, where a job GitHub never started (infrastructure) is re-run.
  expect(strategyOn('other', refused!)).toBe('manual');
  expect(strategyOn('other', { type: 'infrastructure', confidence: 'high' })).toBe('retry');
  // A reviewer's rejection leaves the second line alone: not read as this rule.
  expect(
    classify({ log: "The deployment was rejected or didn't satisfy other protection rules." }).rule,
  ).not.toBe('gha-environment-ref-refused');
});

test('the supervisor summary: a row per job, the revert PR and its rollback record as core renders it', () => {
  const plan = supervise(
    input({
      run: run({ attempt: 2, latestAttempt: 2 }),
      jobs: [job(1, 'unit|fast', 'failure', 2)],
      findings: { 'unit|fast': { classification: cls('test'), source: 'log' } },
      previous: { 'unit|fast': { conclusion: 'failure', type: 'test' } },
    }),
  );
  const record: RollbackRecord = {
    version: 1,
    from: { commit: SHA, subject: 's' },
    to: { commit: 'e'.repeat(40), branch: 'ci-recovery/revert-x', parent: 'f'.repeat(40) },
    mode: 'pr',
    reason: 'r',
    trigger: { workflow: 'CI', runId: 500, runAttempt: 2, job: 'unit|fast' },
    failureType: 'test',
    evidence: [],
    timestamp: '2026-03-04T05:06:07.000Z',
    artifactsPreserved: [],
    revisionTargets: [],
  };
  const text = renderSuperviseSummary({
    plan,
    details: { run: run({ attempt: 2, latestAttempt: 2 }) },
    rerun: 'requested',
    revert: { branch: 'ci-recovery/revert-x', record, pr: { number: 9, url: 'https://pr/9', created: true } },
    failures: ['grant contents: write'],
    problems: ['log of job x not read'],
  });
  expect(text).toContain('## ci-recovery supervisor: run 500, attempt 2');
  expect(text).toContain('| unit\\|fast | test | revert |');
  expect(text).toContain('Revert: draft PR [#9](https://pr/9) on `ci-recovery/revert-x`.');
  expect(text).toContain(`\`\`\`yaml\nversion: 1\nfrom:\n  commit: "${SHA}"\n  subject: s\nto:\n`);
  // Every rollback gets its prefilled post-mortem, after the record.
  expect(text).toMatch(
    /<\/details>\n\n### Post-mortem of a rollback \(prefilled\)\n\n- \*\*What was reverted:\*\*/,
  );
  expect(text).toContain('**Needs a change:**\n- grant contents: write');
  expect(text).toContain('**Limits of this report:**\n- log of job x not read');
});

test('a failure of known-flaky tests only is re-run, never reverted, and the summary says so', () => {
  const flakyTests = ['jest:src/a.test.ts::logs in <img src=x onerror=alert(1)>'];
  // A test failure on the default branch with a green parent: confirm, then revert; but not for flaky tests.
  const plan = supervise(
    input({
      jobs: [job(11, 'test', 'failure')],
      findings: { test: { classification: cls('test'), source: 'plan', flaky: true, flakyTests } },
    }),
  );
  expect(plan.revert).toBeUndefined();
  expect(plan.jobs[0]).toMatchObject({ action: 'rerun', rule: 'flaky-tests-retry-once' });
  expect(plan.jobs[0]!.reason).toContain('only known-flaky tests failed (1): never reverted for');
  const text = renderSuperviseSummary({
    plan,
    details: { run: run() },
    failures: [],
    problems: [],
  });
  expect(text).toContain('never reverted for');
  // The one re-run failed too: a person, still no revert.
  const spent = supervise(
    input({
      run: run({ attempt: 2, latestAttempt: 2 }),
      jobs: [job(12, 'test', 'failure', 2)],
      findings: { test: { classification: cls('test'), source: 'plan', flaky: true, flakyTests } },
      previous: { test: { conclusion: 'failure', type: 'test' } },
    }),
  );
  expect(spent.revert).toBeUndefined();
  expect(spent.jobs[0]).toMatchObject({ action: 'manual' });
  // Even a team rule that reverts every test failure on the default branch does not revert for them.
  const revertAlways: Config = {
    ...DEFAULT_CONFIG,
    policy: [{ name: 'revert-tests', when: { type: 'test', branch: 'default' }, strategy: 'rollback' }],
  };
  const ruled = (flaky: boolean) =>
    supervise(
      input({
        run: run({ attempt: 2, latestAttempt: 2 }),
        jobs: [job(13, 'test', 'failure', 2)],
        findings: { test: { classification: cls('test'), source: 'plan', ...(flaky ? { flakyTests } : {}) } },
        previous: { test: { conclusion: 'failure', type: 'test' } },
        decide: (i) => decide(i, revertAlways),
      }),
    );
  expect(ruled(false).revert).toBeDefined();
  expect(ruled(true).revert).toBeUndefined();
  expect(ruled(true).jobs[0]).toMatchObject({ action: 'manual' });
});

test("the plan's flaky tests reach the findings, bounded and validated", () => {
  const made = buildPlan({
    repo: 'o/r',
    runId: 1,
    attempt: 1,
    job: 'test',
    lane: 'STANDARD',
    conclusion: 'failure',
    failedSteps: [{ name: 'test', source: 'record', classification: cls('test') }],
    completedStages: [],
    checkpoints: [],
    flaky: true,
    flakyTests: Array.from({ length: 30 }, (_, i) => `go:pkg::Test${i}`),
  });
  expect(made.flakyTests).toHaveLength(20);
  expect(findingsFromPlan(made)).toMatchObject({ flaky: true, flakyTests: made.flakyTests });
  expect(parsePlan(JSON.stringify(made)).flakyTests).toEqual(made.flakyTests);
  expect(() => parsePlan(JSON.stringify({ ...made, flakyTests: [{ toString: 1 }] }))).toThrow(
    /flakyTests\[0\]/,
  );
  expect(() => parsePlan(JSON.stringify({ ...made, flakyTests: 'x' }))).toThrow(/flakyTests/);
});

test("a job with no log, no plan and no annotation that says anything is typed by its failed step's name, then its own", () => {
  const lint = job(1, 'Lint and Type Check', 'failure');
  // The committed gate keeps a name quiet where it was not measured right (classify-hints.test.ts): here
  // every hint may speak, to show what the supervisor hands the classifier.
  const open = { ...defaultRuleSet(), hintGate: () => true };
  const classify = (signals: FailureSignals): Classification => classifyWith(signals, open);
  expect(stepsFindings(lint, 'STANDARD', classify)).toMatchObject({
    source: 'steps',
    lane: 'STANDARD',
    classification: { type: 'quality-gate', confidence: 'low', rule: 'job-name' },
  });
  const named: JobView = { ...lint, steps: [{ name: 'Run unit tests', number: 4, conclusion: 'failure' }] };
  expect(stepsFindings(named, undefined, classify).classification).toMatchObject({
    type: 'test',
    rule: 'stage-name',
  });
  expect(stepsFindings(job(2, 'deploy-preview', 'failure'), undefined, classify).classification.type).toBe(
    'unknown',
  );
});

test("a run of 2,000 jobs: its table shows the failed jobs first and at most 100 rows, so its verdict lines stay within the step's summary (review of att-sup4)", () => {
  const passed = Array.from({ length: 1999 }, (_, i) => job(i + 2, `leg ${i} ${'x'.repeat(400)}`, 'success'));
  const plan = supervise(
    input({
      jobs: [...passed, job(1, 'the failing leg', 'failure')],
      findings: { 'the failing leg': { classification: cls('test'), source: 'log' } },
    }),
  );
  const text = renderSuperviseSummary({
    plan,
    details: { run: run() },
    failures: ['grant contents: write'],
    problems: [],
  });
  const rows = text
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| job |') && !l.startsWith('| --- |'));
  expect(rows).toHaveLength(plan.jobs.length > 100 ? 101 : plan.jobs.length);
  expect(rows[0]).toContain('the failing leg');
  expect(text).toContain('**Needs a change:**\n- grant contents: write');
  expect(Buffer.byteLength(text)).toBeLessThan(100_000);
});
