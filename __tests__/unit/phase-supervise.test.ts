/** The supervise phase through its ports, in memory: no server, no repository, no runner. */
import { DEFAULT_CONFIG, parseConfig, type Config } from '../../src/core/config.js';
import { parseLedger } from '../../src/core/ledger.js';
import { buildPlan } from '../../src/core/plan-artifact.js';
import { escapeText } from '../../src/core/report/markdown.js';
import { parseRollbackRecord } from '../../src/supervise/core/rollback-record.js';
import type { JobView, RunDetails } from '../../src/supervise/core/supervise-model.js';
import { SUPERVISOR_SECTION_KEY } from '../../src/supervise/core/supervise-report.js';
import { superviseRun, type LedgerPort, type SuperviseSettings } from '../../src/supervise/index.js';
import { RecordingGit } from '../../src/supervise/ports/git.js';
import { RecordingGitHub } from '../../src/supervise/ports/github.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';

const SHA = 'a'.repeat(40);
const PARENT = 'b'.repeat(40);
const NOW = new Date('2026-03-04T05:06:07Z');
const TEST_LOG = 'FAIL src/parser.test.ts\n  ● parser › parses\n\nTests: 1 failed, 3 passed';
const DISK_LOG = 'fatal: No space left on device';

const details = (over: Partial<RunDetails['run']> = {}): RunDetails => ({
  run: {
    id: 700,
    attempt: 1,
    latestAttempt: 1,
    workflow: 'CI',
    event: 'push',
    headSha: SHA,
    headBranch: 'main',
    defaultBranch: 'main',
    conclusion: 'failure',
    url: 'https://github.test/o/r/actions/runs/700',
    ...over,
  },
  workflowId: 9,
  pullRequests: [],
});
const job = (id: number, name: string, conclusion: string, runAttempt = 1): JobView => ({
  id,
  name,
  conclusion,
  runAttempt,
  steps: [{ name: 'test', conclusion: conclusion === 'failure' ? 'failure' : 'success' }],
});
const settings = (over: Partial<SuperviseSettings> = {}): SuperviseSettings => ({
  token: 't',
  runId: 700,
  dryRun: false,
  comment: true,
  revertLabels: ['ci-recovery'],
  ...over,
});

function stand(d: RunDetails): { github: RecordingGitHub; git: RecordingGit; runner: RecordingRunner } {
  const github = new RecordingGitHub(d);
  const git = new RecordingGit(
    {
      [SHA]: {
        sha: SHA,
        parents: [PARENT],
        subject: 'Change the parser',
        message: 'Change the parser',
        author: 'Ann <ann@x>',
      },
    },
    {},
    'c'.repeat(40),
  );
  return { github, git, runner: new RecordingRunner() };
}

const run = (
  ports: ReturnType<typeof stand> & { ledger?: LedgerPort },
  config: Config = DEFAULT_CONFIG,
  over: Partial<SuperviseSettings> = {},
): ReturnType<typeof superviseRun> =>
  superviseRun(
    { settings: settings(over), config, env: { serverUrl: 'https://github.test' }, repository: 'o/r' },
    { ...ports, now: () => NOW },
  );

/** A default-branch run on its second attempt whose `unit` job failed in both attempts. */
function confirmedFailure(log: string, over: Partial<RunDetails['run']> = {}): ReturnType<typeof stand> {
  const ports = stand(details({ attempt: 2, latestAttempt: 2, ...over }));
  ports.github.jobs = { 1: [job(11, 'unit', 'failure', 1)], 2: [job(21, 'unit', 'failure', 2)] };
  ports.github.logs = { 11: log, 21: log };
  ports.github.green = { [PARENT]: true };
  ports.github.labels = { pr: 42, labels: [] };
  return ports;
}

test('a HEAVY job cancelled by its timeout-minutes is re-run to resume from its checkpoints; the PR hears it', async () => {
  const ports = stand(details({ event: 'pull_request', headBranch: 'feature' }));
  ports.github.jobs = { 1: [job(31, 'build', 'cancelled'), job(32, 'lint', 'success')] };
  ports.github.annotations = {
    31: [
      {
        level: 'failure',
        message: 'The job running on runner r1 has exceeded the maximum execution time of 60 minutes.',
      },
    ],
  };
  ports.github.plans = [
    buildPlan({
      repo: 'o/r',
      runId: 700,
      attempt: 1,
      jobId: 31,
      job: 'build',
      lane: 'HEAVY',
      conclusion: 'cancelled',
      failedSteps: [],
      completedStages: ['deps'],
      checkpoints: [],
      resumableStages: ['deps'],
      stageDurations: { deps: 240_000 },
      jobMs: 600_000,
    }),
  ];
  ports.github.pullRequest = 5;

  const outcome = await run(ports);

  expect(outcome.plan.jobs.map((j) => [j.job, j.action])).toEqual([
    ['build', 'rerun'],
    ['lint', 'nothing'],
  ]);
  expect(outcome.plan.jobs[0]?.reason).toMatch(/resumes from its checkpoints/);
  expect(outcome.plan.jobs[0]?.rule).toBe('timeout-heavy-resume');
  expect(ports.github.reruns).toEqual([
    {
      runId: 700,
      // Re-run by its own id: whether rerun-failed-jobs takes a lone cancelled job is unsettled.
      req: expect.objectContaining({ mode: 'job', jobIds: [31] }) as unknown,
      backoffMs: 0, // waiting does not cure a time limit: the re-run is asked at once
    },
  ]);
  expect(outcome.rerun).toBe('requested');
  expect(ports.git.clones).toEqual([]); // no revert on the table: nothing is cloned
  expect(ports.github.logReads).toEqual([]); // the timeout line decided: no log downloaded
  expect(ports.github.comments.map((c) => [c.pr, c.key])).toEqual([[5, SUPERVISOR_SECTION_KEY]]);
  expect(outcome.pr).toBe(5);
  expect(ports.runner.summaries.join('')).toContain('| build | timeout | rerun |');
  expect(ports.runner.summaries.join('')).toContain('Re-run: requested.');
  // What the re-run skips by resuming, from the job's plan: in the summary and the supervisor's comment.
  const saves =
    "- build: the re-run resumes from its checkpoint and skips `deps` (4m 00s): about 4m 00s saved, 40% of the failed attempt's 10m 00s";
  expect(ports.runner.summaries.join('')).toContain(saves);
  expect(ports.github.comments[0]?.section.body).toContain(saves);
});

test("the job's own ledger reaches the supervisor in its plan: a flaky PR failure is retried once", async () => {
  // A workflow_run run restores only default-branch caches: the PR job's ledger is not in the supervisor's
  // reach (no ledger port here), so the flag the job's post computed from it travels in the plan.
  const flakyPlan = (flaky: boolean) =>
    buildPlan({
      repo: 'o/r',
      runId: 700,
      attempt: 1,
      jobId: 41,
      job: 'unit',
      lane: 'STANDARD',
      conclusion: 'failure',
      failedSteps: [
        {
          name: 'test',
          source: 'record',
          classification: { type: 'test', confidence: 'high', retryable: false, rule: 'jest-fail' },
        },
      ],
      completedStages: [],
      checkpoints: [],
      ...(flaky ? { flaky } : {}),
    });
  const decide = async (flaky: boolean) => {
    const ports = stand(details({ event: 'pull_request', headBranch: 'feature' }));
    ports.github.jobs = { 1: [job(41, 'unit', 'failure')] };
    ports.github.plans = [flakyPlan(flaky)];
    return (await run(ports)).plan.jobs[0];
  };
  expect(await decide(true)).toMatchObject({ job: 'unit', action: 'rerun', rule: 'flaky-retry-once' });
  expect((await decide(false))?.action).not.toBe('rerun');
});

test('a confirmed test failure with a green parent is reverted in a draft PR carrying its rollback record', async () => {
  const ports = confirmedFailure(TEST_LOG);
  const saved: string[] = [];
  const ledger: LedgerPort = {
    load: (branch) => Promise.resolve(parseLedger(undefined, branch).ledger),
    save: (l) => Promise.resolve(void saved.push(JSON.stringify(l.reverts))),
  };

  const outcome = await run({ ...ports, ledger });

  expect(outcome.plan.jobs.map((j) => j.action)).toEqual(['revert']);
  expect(outcome.plan.revert).toMatchObject({
    sha: SHA,
    branch: `ci-recovery/revert-${SHA.slice(0, 12)}`,
    job: 'unit',
    failureType: 'test',
  });
  expect(ports.git.reverts).toEqual([SHA]);
  expect(ports.git.pushes).toEqual([{ branch: `ci-recovery/revert-${SHA.slice(0, 12)}`, force: true }]);
  expect(ports.github.opened).toHaveLength(1);
  const record = parseRollbackRecord(ports.github.opened[0]!.body);
  expect(record).toMatchObject({
    from: { commit: SHA, subject: 'Change the parser', author: 'Ann <ann@x>', pullRequest: 42 },
    to: { commit: 'e'.repeat(40), branch: `ci-recovery/revert-${SHA.slice(0, 12)}`, parent: 'c'.repeat(40) },
    mode: 'pr',
    trigger: { workflow: 'CI', runId: 700, runAttempt: 2, job: 'unit' },
    failureType: 'test',
    evidence: [{ line: 2, text: '● parser › parses' }],
    timestamp: NOW.toISOString(),
    revisionTargets: ["fix the test failure of job 'unit'", 're-land #42 with the fix in a new PR'],
  });
  expect(outcome.revert?.record).toEqual(record);
  expect(ports.github.opened[0]).toMatchObject({ base: 'main', labels: ['ci-recovery'] });
  expect(ports.github.artifacts.map((a) => a.name)).toEqual([`ci-recovery-rollback-${SHA.slice(0, 12)}.yml`]);
  expect(parseRollbackRecord(ports.github.artifacts[0]!.content)).toEqual(record);
  expect(saved).toEqual([expect.stringContaining(SHA)]); // the revert is in the branch's ledger
  expect(ports.github.comments.map((c) => c.pr)).toEqual([42]); // the culprit's PR hears about it
  const summary = ports.runner.summaries.join('');
  expect(summary).toContain('```yaml\nversion: 1\n');
  expect(summary).toContain(`commit: ${SHA}`);
  expect(ports.git.disposed).toBe(1);
});

test.each(['schedule', 'workflow_dispatch'])(
  'a %s run on the default branch never reverts its head commit, confirmed or not: a person decides',
  async (event) => {
    for (const attempt of [1, 2]) {
      const ports = confirmedFailure(TEST_LOG, { event, attempt, latestAttempt: attempt });
      if (attempt === 1) ports.github.jobs = { 1: [job(11, 'unit', 'failure', 1)] };
      const outcome = await run(ports);
      expect(outcome.plan.jobs.map((j) => j.action)).toEqual(['manual']);
      expect(outcome.plan.jobs[0]?.reason).toContain(`this is a ${event} run, not the push run`);
      expect(outcome.plan.revert).toBeUndefined();
      expect(ports.github.reruns).toEqual([]); // no confirming re-run spent on a revert that cannot follow
      expect(ports.git.reverts).toEqual([]);
      expect(ports.github.opened).toEqual([]);
    }
  },
);

test('job and workflow names from the culprit PR reach the summary table escaped and capped', async () => {
  const hostile = '<img src=x onerror=alert(1)> | @octo-org/admins [x](https://evil.example)';
  const ports = stand(details({ event: 'pull_request', headBranch: 'feature', workflow: `CI ${hostile}` }));
  ports.github.jobs = { 1: [job(31, hostile + 'j'.repeat(3000), 'failure')] };
  ports.github.logs = { 31: TEST_LOG };
  await run(ports);
  const summary = ports.runner.summaries.join('');
  expect(summary).not.toMatch(/<img|@octo-org|\]\(https:\/\/evil/);
  expect(summary).toContain('&lt;img src\\=x onerror\\=alert\\(1\\)&gt; \\| @&#8203;octo\\-org/admins');
  const row = summary.split('\n').find((l) => l.includes('&lt;img') && l.startsWith('| '))!;
  expect(row.split(/(?<!\\)\|/)).toHaveLength(6); // four cells: the name's `|` does not add a column
  expect(row.length).toBeLessThan(900);
});

describe('which jobs the supervisor may act on (supervise: in the config)', () => {
  /** A PR run whose failed job `name` the defaults would re-run (a network failure), its failed step `step`. */
  function failedOnPr(name: string, step = 'test', environment?: string): ReturnType<typeof stand> {
    const ports = stand(details({ event: 'pull_request', headBranch: 'feature' }));
    const failed: JobView = {
      ...job(41, name, 'failure'),
      steps: [{ name: step, conclusion: 'failure' }],
      ...(environment ? { environment } : {}),
    };
    ports.github.jobs = { 1: [failed] };
    ports.github.logs = {
      41: 'npm ERR! network request to https://registry.npmjs.org failed, reason: ECONNRESET',
    };
    return ports;
  }

  test('by default any job is re-run, but a deployment (by name or environment) is left to a person, visibly', async () => {
    const plain = failedOnPr('unit');
    expect((await run(plain)).plan.jobs.map((j) => j.action)).toEqual(['rerun']);

    for (const ports of [failedOnPr('Deploy to production'), failedOnPr('ship', 'test', 'production')]) {
      const outcome = await run(ports);
      expect(outcome.plan.jobs.map((j) => j.action)).toEqual(['manual']);
      expect(outcome.plan.jobs[0]?.reason).toMatch(/left to a person: the job deploys/);
      expect(ports.github.reruns).toEqual([]);
      expect(ports.runner.summaries.join('')).toMatch(/\| manual \| left to a person: the job deploys/);
    }
  });

  test("a job with an `environment` in the run's workflow file is a deployment, by key, name or matrix leg", async () => {
    const workflow = [
      'on: push',
      'jobs:',
      '  unit:',
      '    runs-on: ubuntu-latest',
      '    steps: [{ run: npm test }]',
      '  ship:',
      '    runs-on: ubuntu-latest',
      '    environment: production',
      '    steps: [{ run: ./ship.sh }]',
      '  rollout:',
      "    name: 'Roll out ${{ matrix.region }}'",
      '    environment: { name: staging, url: https://staging.example }',
      '    strategy: { matrix: { region: [eu, us] } }',
      '    steps: [{ run: ./rollout.sh }]',
      '',
    ].join('\n');
    for (const [name, environment] of [
      ['ship', 'production'],
      ['Roll out eu', 'staging'],
      ['ship (linux, 20)', 'production'],
    ] as const) {
      const ports = failedOnPr(name);
      ports.github.details.workflowPath = '.github/workflows/ci.yml';
      ports.github.files[`${SHA}:.github/workflows/ci.yml`] = workflow;
      const outcome = await run(ports);
      expect(outcome.plan.jobs.map((j) => j.action)).toEqual(['manual']);
      expect(outcome.plan.jobs[0]?.reason).toContain(`the job deploys to the environment '${environment}'`);
      expect(ports.github.reruns).toEqual([]);
    }
    const unit = failedOnPr('unit');
    unit.github.details.workflowPath = '.github/workflows/ci.yml';
    unit.github.files[`${SHA}:.github/workflows/ci.yml`] = workflow;
    expect((await run(unit)).plan.jobs.map((j) => j.action)).toEqual(['rerun']);
  });

  test('a workflow file that cannot be read leaves deployments to their names, and the summary says why', async () => {
    for (const file of [new Error('GitHub answered 403'), 'jobs: [unclosed', undefined]) {
      const ports = failedOnPr('ship');
      ports.github.details.workflowPath = '.github/workflows/ci.yml';
      if (file !== undefined) ports.github.files[`${SHA}:.github/workflows/ci.yml`] = file;
      const outcome = await run(ports);
      expect(outcome.plan.jobs.map((j) => j.action)).toEqual(['rerun']); // 'ship' matches no deploy-jobs glob
      // The limits are plain text, escaped as such.
      expect(ports.runner.summaries.join('')).toContain(
        escapeText(
          'which jobs deploy to an environment is unknown, so deployments are known by supervise.deploy-jobs only',
        ),
      );
    }
  });

  test('a deployment in a reusable workflow of another repository, or in one file two jobs call, is left to a person', async () => {
    const caller = [
      'on: push',
      'jobs:',
      '  stage:',
      '    uses: ./.github/workflows/go.yml',
      '  prod:',
      '    uses: ./.github/workflows/go.yml',
      '  shared:',
      '    uses: org/ci/.github/workflows/ship.yml@v2',
      '',
    ].join('\n');
    const deploys = (job: string): string =>
      `on: workflow_call\njobs:\n  ${job}:\n    environment: production\n    steps: [{ run: ./x.sh }]\n`;
    const ported = (name: string): ReturnType<typeof failedOnPr> => {
      const ports = failedOnPr(name);
      ports.github.details.workflowPath = '.github/workflows/ci.yml';
      ports.github.files[`${SHA}:.github/workflows/ci.yml`] = caller;
      ports.github.files[`${SHA}:.github/workflows/go.yml`] = deploys('go');
      ports.github.files['org/ci@v2:.github/workflows/ship.yml'] = deploys('apply');
      return ports;
    };
    // 'shared / apply' is read from org/ci at v2; 'prod / go' is the second caller of go.yml, read once.
    for (const name of ['shared / apply', 'prod / go', 'stage / go']) {
      const ports = ported(name);
      const outcome = await run(ports);
      expect(outcome.plan.jobs.map((j) => j.action)).toEqual(['manual']);
      expect(outcome.plan.jobs[0]?.reason).toContain("the job deploys to the environment 'production'");
      expect(ports.github.reruns).toEqual([]);
    }
    // Another repository's file the token cannot read is a limit the summary names, not a stop.
    const unread = ported('shared / apply');
    delete unread.github.files['org/ci@v2:.github/workflows/ship.yml'];
    expect((await run(unread)).plan.jobs.map((j) => j.action)).toEqual(['rerun']);
    expect(unread.runner.summaries.join('')).toContain(
      escapeText(
        'org/ci/.github/workflows/ship.yml@v2 could not be read (it is not there, or the token cannot read org/ci)',
      ),
    );
  });

  test('job and step globs exclude jobs; deployments: policy lets a deployment be re-run', async () => {
    const config = await parseConfig(
      'supervise:\n  exclude-jobs: [e2e-*]\n  exclude-steps: ["Publish *"]\n  deployments: policy\n',
    );
    const e2e = failedOnPr('e2e-chrome');
    expect((await run(e2e, config)).plan.jobs[0]?.reason).toBe(
      "left to a person: the job matches supervise.exclude-jobs 'e2e-*'",
    );
    const publish = failedOnPr('package', 'Publish to npm');
    expect((await run(publish, config)).plan.jobs[0]?.reason).toBe(
      "left to a person: its failed step 'Publish to npm' matches supervise.exclude-steps 'Publish *'",
    );
    const deploy = failedOnPr('deploy-staging');
    expect((await run(deploy, config)).plan.jobs.map((j) => j.action)).toEqual(['rerun']);
    const only = await parseConfig('supervise:\n  jobs: [unit, lint]\n');
    expect((await run(failedOnPr('integration'), only)).plan.jobs[0]?.action).toBe('manual');
    expect((await run(failedOnPr('Unit'), only)).plan.jobs[0]?.action).toBe('rerun');
  });

  test('a deployment on the default branch gathers no revert facts and is never reverted', async () => {
    const ports = confirmedFailure(TEST_LOG);
    ports.github.jobs = { 1: [job(11, 'release', 'failure', 1)], 2: [job(21, 'release', 'failure', 2)] };
    const outcome = await run(ports);
    expect(outcome.plan.jobs.map((j) => j.action)).toEqual(['manual']);
    expect(outcome.plan.revert).toBeUndefined();
    expect(ports.git.clones).toEqual([]);
    expect(ports.git.reverts).toEqual([]);
  });

  test('a bad supervise: value names the key and the fix', async () => {
    await expect(parseConfig('supervise:\n  deployments: never\n')).rejects.toThrow(
      /supervise\.deployments; write one of: manual, policy/,
    );
    await expect(parseConfig('supervise:\n  exclude-job: [x]\n')).rejects.toThrow(
      /write 'exclude-jobs' instead/,
    );
  });
});

test('a config rule that rolls back a type the defaults only retry gets its confirming facts and reverts', async () => {
  // The defaults retry a full disk once; this repository says a full disk is the commit's fault.
  const config = await parseConfig(
    'policy:\n  - name: disk-is-the-change\n    when: { type: resource, branch: default }\n    strategy: rollback\n',
  );
  const ports = confirmedFailure(DISK_LOG);

  const outcome = await run(ports, config);

  expect(outcome.plan.jobs.map((j) => [j.action, j.rule])).toEqual([['revert', 'config:disk-is-the-change']]);
  expect(ports.git.clones).toEqual([{ url: 'https://github.test/o/r', branch: 'main' }]);
  expect(outcome.revert?.record.failureType).toBe('resource');
  expect(ports.github.opened).toHaveLength(1);
  // Under the defaults the same failure is re-run, and no clone is made for it.
  const plain = confirmedFailure(DISK_LOG);
  const retried = await run(plain);
  expect(retried.plan.jobs.map((j) => j.action)).toEqual(['manual']); // retry-once spent on attempt 2
  expect(plain.git.clones).toEqual([]);
});

test("a person's cancel is left alone: nothing read, re-run, reverted or commented", async () => {
  const ports = stand(details());
  ports.github.jobs = { 1: [job(41, 'unit', 'cancelled'), job(42, 'lint', 'success')] };

  const outcome = await run(ports);

  expect(outcome.plan.jobs.map((j) => [j.job, j.action, j.reason])).toEqual([
    ['unit', 'nothing', 'job cancelled by a person (no job-timeout line in its annotations or log)'],
    ['lint', 'nothing', 'job success'],
  ]);
  expect(outcome.plan.rerun).toBeUndefined();
  expect(outcome.plan.revert).toBeUndefined();
  expect(ports.github.reruns).toEqual([]);
  expect(ports.github.comments).toEqual([]);
  expect(ports.github.logReads).toEqual([]);
  expect(ports.git.clones).toEqual([]);
  expect(outcome.problems).toEqual([]);
  expect(ports.runner.summaries).toHaveLength(1);
});

test('a refused push escalates the revert to a person: a new plan, the failure named, nothing opened', async () => {
  const ports = confirmedFailure(TEST_LOG);
  ports.git.pushResult = () => ({
    ok: false,
    reason: 'remote: Permission to o/r denied (403)',
    protectedBranch: false,
  });

  const outcome = await run(ports);

  expect(outcome.plan.revert).toBeUndefined();
  expect(outcome.plan.jobs.map((j) => j.action)).toEqual(['manual']);
  expect(outcome.plan.jobs[0]?.reason).toMatch(/; but remote: Permission to o\/r denied \(403\)$/);
  expect(outcome.failures).toEqual([
    `pushing ci-recovery/revert-${SHA.slice(0, 12)}: remote: Permission to o/r denied (403): grant the supervisor job 'permissions: contents: write'`,
  ]);
  expect(outcome.revert).toBeUndefined();
  expect(ports.github.opened).toEqual([]);
  expect(ports.github.artifacts).toEqual([]);
  expect(ports.runner.log.messages('warning')).toEqual([
    expect.stringContaining('no revert: remote: Permission'),
  ]);
});

test('a dry run decides but does nothing', async () => {
  const ports = confirmedFailure(TEST_LOG);
  const outcome = await run(ports, DEFAULT_CONFIG, { dryRun: true });
  expect(outcome.plan.jobs.map((j) => j.action)).toEqual(['revert']);
  expect(ports.git.reverts).toEqual([]);
  expect(ports.github.opened).toEqual([]);
  expect(ports.github.comments).toEqual([]);
  expect(ports.git.disposed).toBe(1);
});

test('a re-run that cannot be asked for (the budget spent) fails the step, and the summary still says what was read and decided', async () => {
  const ports = stand(details({ event: 'pull_request', headBranch: 'feature' }));
  ports.github.jobs = { 1: [job(31, 'build', 'failure')] };
  ports.github.logs = { 31: 'npm ERR! code ECONNRESET\nnpm ERR! network read ECONNRESET' };
  const spent =
    "re-running run 700 was abandoned: the supervisor's time budget of 900 s is spent (CI_RECOVERY_SUPERVISE_BUDGET_SECONDS sets it)";
  ports.github.requestRerun = () => Promise.reject(new Error(spent));

  await expect(run(ports)).rejects.toThrow(spent);

  const summary = ports.runner.summaries.join('');
  expect(summary).toMatch(/\| build \| network \| rerun \|/);
  expect(summary).toContain(`- ${escapeText(`not carried out: ${spent}`, 1000)}`);
});

describe('reads that do not need each other are made at once', () => {
  /** A supervisor that makes the reads one after the other waits forever here: it fails after 2 s instead. */
  const within = <T>(work: Promise<T>): Promise<T> =>
    Promise.race([
      work,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('a read waited for another it does not need')), 2000).unref(),
      ),
    ]);
  /** Resolves once `ready()` says so: a read that is still in flight. */
  const deferred = <T>(value: T) => {
    let ready!: () => void;
    const promise = new Promise<T>((resolve) => (ready = () => resolve(value)));
    return { promise, ready };
  };

  it('the ledger is restored while the jobs, plans, logs and workflow file are read', async () => {
    const ports = stand(details({ event: 'pull_request', headBranch: 'feature' }));
    ports.github.jobs = { 1: [job(31, 'build', 'failure'), job(32, 'lint', 'failure')] };
    ports.github.logs = { 31: 'npm ERR! code ECONNRESET', 32: 'npm ERR! code ECONNRESET' };
    const restoring = deferred(parseLedger(undefined, 'feature').ledger);
    const seen: string[] = [];
    let loads = 0;
    const ledger: LedgerPort = {
      load: () => (loads++, restoring.promise),
      save: () => Promise.resolve(),
    };
    const classifyJobLog = ports.github.classifyJobLog.bind(ports.github);
    ports.github.classifyJobLog = (jobId, signals) => {
      seen.push(`log ${jobId}`);
      // The last log read lets the ledger's restore end: a supervisor that waited for it never gets here.
      if (seen.length === 2) restoring.ready();
      return classifyJobLog(jobId, signals);
    };
    const outcome = await within(run({ ...ports, ledger }));
    expect(seen).toEqual(['log 31', 'log 32']);
    expect(loads).toBe(1);
    expect(outcome.plan.jobs.map((j) => j.action)).toEqual(['rerun', 'rerun']);
  });

  it("each failed job's log is read while the others' are, and the plans while the workflow file is", async () => {
    const ports = stand({
      ...details({ event: 'pull_request', headBranch: 'feature' }),
      workflowPath: '.github/workflows/ci.yml',
    });
    ports.github.jobs = { 1: [job(31, 'build', 'failure'), job(32, 'lint', 'failure')] };
    ports.github.logs = { 31: 'npm ERR! code ECONNRESET', 32: 'npm ERR! code ECONNRESET' };
    const workflow = deferred<string | undefined>('jobs: {}\n');
    const firstLog = deferred<void>(undefined);
    ports.github.readFile = () => workflow.promise;
    // The plans' read lets the workflow file's end; the second log's read lets the first's end.
    const recoveryPlans = ports.github.recoveryPlans.bind(ports.github);
    ports.github.recoveryPlans = () => (workflow.ready(), recoveryPlans());
    const classifyJobLog = ports.github.classifyJobLog.bind(ports.github);
    ports.github.classifyJobLog = async (jobId, signals) => {
      if (jobId === 31) await firstLog.promise;
      else firstLog.ready();
      return classifyJobLog(jobId, signals);
    };
    const outcome = await within(run(ports));
    expect(outcome.plan.jobs.map((j) => j.action)).toEqual(['rerun', 'rerun']);
  });
});

describe('an attempt with more jobs than the supervisor lists (JobListing `more`)', () => {
  /** A default-branch push run whose `unit` job failed its tests on attempt 1, its parent green. */
  const failedOnce = (more: boolean): ReturnType<typeof stand> => {
    const ports = stand(details());
    ports.github.jobs = { 1: [job(11, 'unit', 'failure')] };
    ports.github.logs = { 11: TEST_LOG };
    ports.github.green = { [PARENT]: true };
    if (more) ports.github.moreJobs.add(1);
    return ports;
  };

  test('a failure that wants a confirming re-run goes to a person instead: no re-run, said once', async () => {
    // Listed whole, this failure is re-run to confirm it before a revert.
    const whole = failedOnce(false);
    expect((await run(whole)).plan.jobs.map((j) => j.action)).toEqual(['confirm-rerun']);
    expect(whole.github.reruns).toHaveLength(1);

    const cut = failedOnce(true);
    const outcome = await run(cut);
    expect(outcome.plan.jobs.map((j) => j.action)).toEqual(['manual']);
    expect(outcome.plan.jobs[0]?.reason).toContain('but this attempt has more jobs than the 1 listed');
    expect(outcome.plan.rerun).toBeUndefined();
    expect(cut.github.reruns).toEqual([]);
    expect(cut.runner.log.messages('warning')).toEqual([
      'ci-recovery supervisor: run 700 attempt 1 has more jobs than the 1 listed: the failed ones among them are judged, but no re-run is asked, since it would start failed jobs not read; a person decides.',
    ]);
  });

  test('a revert needs only the failed job and its previous attempt: it goes on', async () => {
    const ports = confirmedFailure(TEST_LOG);
    ports.github.moreJobs = new Set([1, 2]);
    const outcome = await run(ports, DEFAULT_CONFIG, { dryRun: true });
    expect(outcome.plan.jobs.map((j) => j.action)).toEqual(['revert']);
    expect(outcome.plan.revert).toMatchObject({ sha: SHA, job: 'unit' });
  });

  test('a job not among the listed jobs of the previous attempt is not confirmed there, and the summary says why', async () => {
    const ports = confirmedFailure(TEST_LOG);
    ports.github.jobs[1] = [job(12, 'lint', 'success', 1)];
    ports.github.moreJobs.add(1);
    const outcome = await run(ports, DEFAULT_CONFIG, { dryRun: true });
    expect(outcome.plan.jobs.map((j) => j.action)).toEqual(['confirm-rerun']);
    expect(outcome.problems).toContain(
      "job 'unit' is not among the 1 jobs listed of attempt 1: how it ended there is not known",
    );
  });
});
