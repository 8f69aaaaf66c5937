/** Bisection through the supervisor's ports, in memory: one step per supervisor run. */
import { bisectStep, probeRef, type ProbeRunView } from '../../src/supervise/core/bisect.js';
import { confirmStep } from '../../src/supervise/phase/bisect-culprit.js';
import { revertBranch } from '../../src/supervise/core/revert.js';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { UserError } from '../../src/core/errors.js';
import { emptyLedger, type Ledger } from '../../src/core/ledger.js';
import { parseRollbackRecord, renderRollbackRecord } from '../../src/supervise/core/rollback-record.js';
import type { JobView, RunDetails } from '../../src/supervise/core/supervise-model.js';
import {
  superviseRun,
  type LedgerPort,
  type SuperviseContext,
  type SuperviseSettings,
} from '../../src/supervise/index.js';
import { sweep } from '../../src/supervise/phase/supervise-sweep.js';
import { RecordingGit } from '../../src/supervise/ports/git.js';
import { RecordingGitHub } from '../../src/supervise/ports/github.js';
import { DispatchRefusedError, RecordingProbes } from '../../src/supervise/ports/probes.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';

const GREEN = '0'.repeat(40);
const [C1, C2, C3] = ['1', '2', '3'].map((c) => c.repeat(40)) as [string, string, string];
const T0 = '2026-03-04T05:00:00Z';
const TEST_LOG = 'FAIL src/parser.test.ts\n  ● parser › parses\n\nTests: 1 failed, 3 passed';
const PATH = '.github/workflows/ci.yml';
/** The Actions service's annotation on a job a newer run of its `concurrency:` group cancelled. */
const CONCURRENCY_CANCEL = {
  level: 'failure',
  message: "Canceling since a higher priority waiting request for 'ci-main' exists",
};

function setup(): {
  github: RecordingGitHub;
  git: RecordingGit;
  probes: RecordingProbes;
  runner: RecordingRunner;
} {
  const details: RunDetails = {
    run: {
      id: 700,
      attempt: 1,
      latestAttempt: 1,
      workflow: 'CI',
      event: 'push',
      headSha: C3,
      headBranch: 'main',
      defaultBranch: 'main',
      conclusion: 'failure',
    },
    workflowId: 9,
    pullRequests: [],
    workflowPath: PATH,
  };
  const github = new RecordingGitHub(details);
  github.jobs = {
    1: [
      {
        id: 11,
        name: 'unit',
        conclusion: 'failure',
        runAttempt: 1,
        steps: [{ name: 'test', conclusion: 'failure' }],
      },
    ],
  };
  github.logs = { 11: TEST_LOG };
  github.lastGreen = GREEN;
  const info = (sha: string, parent: string, subject: string) => ({
    sha,
    parents: [parent],
    subject,
    message: subject,
    author: 'Ann',
  });
  const git = new RecordingGit(
    { [C1]: info(C1, GREEN, 'one'), [C2]: info(C2, C1, 'two'), [C3]: info(C3, C2, 'three') },
    { [`${GREEN}..${C3}`]: 3 },
    C3,
  );
  git.rangeLists = { [`${GREEN}..${C3}`]: [C1, C2, C3] };
  const probes = new RecordingProbes();
  probes.runs = [pushRun({ id: 700, headSha: C3, conclusion: 'failure' })];
  return { github, git, probes, runner: new RecordingRunner() };
}

function run(over: Partial<ProbeRunView>): ProbeRunView {
  return {
    id: 800,
    path: PATH,
    headBranch: probeRef(C1),
    headSha: C1,
    event: 'workflow_dispatch',
    status: 'completed',
    conclusion: 'success',
    createdAt: T0,
    runAttempt: 1,
    ...over,
  };
}

/** The supervisor's clock, an hour after the failing run. */
const NOW = '2026-03-04T06:00:00Z';

function context(over: Partial<SuperviseSettings> = {}): SuperviseContext {
  return {
    settings: {
      token: 't',
      runId: 700,
      dryRun: false,
      comment: true,
      revertLabels: ['ci-recovery'],
      ...over,
    },
    config: DEFAULT_CONFIG,
    env: { serverUrl: 'https://github.test' },
    repository: 'o/r',
  };
}

/**
 * The ledger kept in memory, as the cache service keeps it between supervisor runs: each save in `saved`.
 * `fixed`: every load answers `initial`, whatever was saved.
 */
function keptLedger(
  initial: Ledger = emptyLedger('main'),
  fixed = false,
): { saved: Ledger[]; load: () => Promise<Ledger>; save: (l: Ledger) => Promise<void> } {
  const saved: Ledger[] = [];
  return {
    saved,
    load: () => Promise.resolve(fixed ? initial : (saved.at(-1) ?? initial)),
    save: (l) => {
      saved.push(l);
      return Promise.resolve();
    },
  };
}

type Ports = Partial<ReturnType<typeof setup>> & Pick<ReturnType<typeof setup>, 'github' | 'git' | 'runner'>;

/** A push run of the default branch (the failing run's, or a newer one). */
const pushRun = (over: Partial<ProbeRunView>): ProbeRunView =>
  run({ headBranch: 'main', event: 'push', ...over });

/** One supervisor run of the failing run (700), at `opts.now` (NOW), with the ledger if one is given. */
const supervise = (
  ports: Ports,
  over: Partial<SuperviseSettings> = {},
  opts: { ledger?: LedgerPort; now?: string } = {},
): ReturnType<typeof superviseRun> =>
  superviseRun(context(over), {
    ...ports,
    ...(opts.ledger ? { ledger: opts.ledger } : {}),
    now: () => new Date(opts.now ?? NOW),
  });

/** One sweep (the supervisor's own run is 999) at `iso`, with the ledger. */
const sweepAt = (ports: Ports, ledger: LedgerPort, iso: string): ReturnType<typeof sweep> => {
  const { runId: _sweep, ...settings } = context().settings;
  return sweep(
    { ...context(), settings },
    { ...ports, ledger, now: () => new Date(iso) },
    { defaultBranch: 'main', selfRunId: 999 },
  );
};

/** A probe's second attempt failed the same way too: attempt 2's job 22 (GitHub's jobs by attempt), the test log. */
function failedTwice(ports: ReturnType<typeof setup>): void {
  ports.github.jobs[2] = [
    {
      id: 22,
      name: 'unit',
      conclusion: 'failure',
      runAttempt: 2,
      steps: [{ name: 'test', conclusion: 'failure' }],
    },
  ];
  ports.github.logs[22] = TEST_LOG;
}

/** The GitHub of a wake for C1's probe run (800), which passed: its details read as the probe's. */
function probeCompletion(ports: ReturnType<typeof setup>): RecordingGitHub {
  const bisected = ports.github.details;
  const github = Object.assign(
    Object.create(Object.getPrototypeOf(ports.github) as object) as RecordingGitHub,
    ports.github,
  );
  github.readRun = (runId, attempt) =>
    runId === 800
      ? Promise.resolve({
          ...bisected,
          run: {
            ...bisected.run,
            id: 800,
            event: 'workflow_dispatch',
            headBranch: probeRef(C1),
            headSha: C1,
            conclusion: 'success',
          },
        })
      : RecordingGitHub.prototype.readRun.call(ports.github, runId, attempt);
  return github;
}

/** C1's revert PR (#41), open. */
function openRevertOfC1(ports: ReturnType<typeof setup>): void {
  ports.github.revertPrs[revertBranch(C1)] = {
    number: 41,
    url: 'https://github.test/o/r/pull/41',
    state: 'open',
    createdAt: T0,
  };
}

/** The rollback record of C1's revert PR, made for a failure of `trigger`'s workflow and job (run 650). */
function revertRecordOfC1(
  trigger: { workflow: string; workflowPath?: string; job: string },
  failureType: 'config' | 'test',
): string {
  return renderRollbackRecord({
    version: 1,
    from: { commit: C1, subject: 'one' },
    to: { commit: 'e'.repeat(40), branch: revertBranch(C1), parent: C1 },
    mode: 'pr',
    reason: 'confirmed',
    trigger: {
      workflow: trigger.workflow,
      ...(trigger.workflowPath ? { workflowPath: trigger.workflowPath } : {}),
      runId: 650,
      runAttempt: 2,
      job: trigger.job,
    },
    failureType,
    evidence: [],
    timestamp: T0,
    artifactsPreserved: [],
    revisionTargets: [],
  });
}

test('without the probes port a range of several commits goes to a person, as before', async () => {
  const { probes: _none, ...ports } = setup();
  const outcome = await supervise(ports);
  expect(outcome.plan.jobs[0]).toMatchObject({ action: 'manual', refusal: 'culprit-range' });
  expect(outcome.plan.jobs[0]?.reason).toContain('3 commits since the last green run');
});

test('the first step creates the probe branch at the first commit and dispatches the workflow there', async () => {
  const ports = setup();
  const outcome = await supervise(ports);
  expect(ports.probes.branches.get(probeRef(C1))).toBe(C1);
  expect(ports.probes.dispatched).toEqual([{ workflowId: 9, ref: probeRef(C1) }]);
  expect(outcome.plan.jobs[0]).toMatchObject({ action: 'nothing' });
  expect(outcome.plan.revert).toBeUndefined();
});

test('a pending probe waits: nothing is dispatched', async () => {
  const ports = setup();
  ports.probes.runs.push(run({ status: 'in_progress', conclusion: null }));
  const outcome = await supervise(ports);
  expect(ports.probes.dispatched).toEqual([]);
  expect(outcome.plan.jobs[0]?.reason).toContain('has not completed');
});

test('runs that are not the probe do not count: a push on the probe branch, another workflow, an older run', async () => {
  const ports = setup();
  ports.probes.runs.push(
    run({ id: 801, event: 'push' }),
    run({ id: 802, path: '.github/workflows/other.yml' }),
    run({ id: 803, createdAt: '2026-03-04T04:00:00Z' }),
  );
  await supervise(ports);
  expect(ports.probes.dispatched).toEqual([{ workflowId: 9, ref: probeRef(C1) }]);
});

test('a dispatch GitHub refuses: a person, told what the workflow needs; the branch is deleted', async () => {
  const ports = setup();
  ports.probes.dispatchError = new DispatchRefusedError("Workflow does not have 'workflow_dispatch' trigger");
  const outcome = await supervise(ports);
  expect(outcome.plan.jobs[0]?.action).toBe('manual');
  expect(outcome.plan.jobs[0]?.reason).toContain("needs 'workflow_dispatch:'");
  expect(ports.probes.branches.has(probeRef(C1))).toBe(false);
});

test('a commit before the head that failed once, in its probe, is not reverted: its probe is re-run first (a flaky test would make it the culprit)', async () => {
  const ports = setup();
  ports.probes.runs.push(
    run({ id: 801 }),
    run({ id: 802, headBranch: probeRef(C2), headSha: C2, conclusion: 'failure' }),
  );
  const outcome = await supervise(ports);
  expect(ports.git.reverts).toEqual([]);
  expect(ports.github.opened).toEqual([]);
  expect(outcome.plan.revert).toBeUndefined();
  expect(ports.github.reruns).toEqual([
    { runId: 802, req: expect.objectContaining({ mode: 'failed-jobs' }) as unknown, backoffMs: 0 },
  ]);
  expect(outcome.plan.jobs[0]).toMatchObject({ action: 'nothing' });
  expect(outcome.plan.jobs[0]?.reason).toContain('re-running its probe (run 802) to confirm it');
  expect(ports.probes.dispatched).toEqual([]);

  // The re-run passes: C2 was flaky; the head is probed next, nothing is reverted.
  const flaky = setup();
  flaky.probes.runs.push(
    run({ id: 801 }),
    run({ id: 802, headBranch: probeRef(C2), headSha: C2, conclusion: 'success', runAttempt: 2 }),
  );
  await supervise(flaky);
  expect(flaky.git.reverts).toEqual([]);
  expect(flaky.github.reruns).toEqual([]);
  expect(flaky.probes.dispatched.map((d) => d.ref)).toEqual([probeRef(C3)]);
});

test('the culprit found: its revert alone in a draft PR, the record and the PR naming the probes', async () => {
  const ports = setup();
  // C2's probe failed the same way in both attempts (its re-run confirmed it).
  failedTwice(ports);
  ports.probes.runs.push(
    run({ id: 801 }),
    run({ id: 802, headBranch: probeRef(C2), headSha: C2, conclusion: 'failure', runAttempt: 2 }),
  );
  const outcome = await supervise(ports);
  expect(ports.git.reverts).toEqual([C2]);
  expect(outcome.plan.revert).toMatchObject({ sha: C2, job: 'unit', failureType: 'test' });
  const body = ports.github.opened[0]!.body;
  expect(parseRollbackRecord(body).probes).toEqual([
    `${C1.slice(0, 12)}: passed, run 801`,
    `${C2.slice(0, 12)}: failed the same way (test), run 802`,
  ]);
  expect(ports.probes.deleted).toEqual([probeRef(C1), probeRef(C2)]);
});

test('a culprit reverted within the range while the head still fails the same way goes to a person: not reverted twice, not left silent', async () => {
  // C1 broke the tests (its probe failed twice); C2 reverts it; C3, the head, still fails the same way:
  // every probe after C1 holds C1's failure, so bisection names C1 again.
  const story = (revert: 'git' | 'squash'): ReturnType<typeof setup> => {
    const ports = setup();
    failedTwice(ports);
    ports.probes.runs.push(
      run({ id: 801, conclusion: 'failure', runAttempt: 2 }), // C1's probe, failing in both attempts
    );
    if (revert === 'git')
      ports.git.commits[C2] = {
        ...ports.git.commits[C2]!,
        message: `Revert "one"\n\nThis reverts commit ${C1}.\n`,
      };
    // A squash-merged revert PR: its commit on the branch is the merge, with a message of its own.
    else
      ports.github.revertPrs[`ci-recovery/revert-${C1.slice(0, 12)}`] = {
        number: 950,
        url: 'https://github.test/pull/950',
        state: 'closed',
        createdAt: T0,
        mergeSha: C2,
      };
    return ports;
  };
  for (const revert of ['git', 'squash'] as const) {
    const ports = story(revert);
    const outcome = await supervise(ports);
    expect(ports.git.reverts).toEqual([]);
    expect(ports.github.opened).toEqual([]);
    expect(outcome.plan.revert).toBeUndefined();
    expect(outcome.plan.jobs[0]).toMatchObject({ action: 'manual' });
    expect(outcome.plan.jobs[0]?.reason).toContain(
      `it was reverted at ${C2.slice(0, 12)} and the head still fails the same way`,
    );
  }
});

test('a culprit whose revert a later commit of the range reverts (a re-land) is no "already reverted": it is reverted again (review)', async () => {
  const ports = setup();
  const C4 = '4'.repeat(40);
  ports.git.commits[C4] = { sha: C4, parents: [C3], subject: 'four', message: 'four', author: 'Ann' };
  ports.git.rangeLists = { [`${GREEN}..${C4}`]: [C1, C2, C3, C4] };
  ports.git.ranges[`${GREEN}..${C4}`] = 4;
  ports.github.details.run = { ...ports.github.details.run, headSha: C4 };
  ports.git.commits[C2] = {
    ...ports.git.commits[C2]!,
    message: `Revert "one"\n\nThis reverts commit ${C1}.\n`,
  };
  ports.git.commits[C3] = {
    ...ports.git.commits[C3]!,
    message: `Revert "Revert "one""\n\nThis reverts commit ${C2}.\n`,
  };
  failedTwice(ports);
  ports.probes.runs.push(run({ id: 801, conclusion: 'failure', runAttempt: 2 })); // C1's, failing twice
  const outcome = await supervise(ports);
  expect(outcome.plan.jobs[0]?.reason).not.toContain('it was reverted at');
  expect(outcome.plan.revert?.sha).toBe(C1);
});

test("a probe run whose failing job is not among the jobs listed (it has more) is not taken for the culprit's: a person, told why", async () => {
  const ports = setup();
  ports.probes.runs.push(
    run({ id: 801 }),
    run({ id: 802, headBranch: probeRef(C2), headSha: C2, conclusion: 'failure', runAttempt: 2 }),
  );
  ports.github.jobs[2] = [{ id: 21, name: 'lint', conclusion: 'success', runAttempt: 2, steps: [] }];
  ports.github.moreJobs.add(2);
  const outcome = await supervise(ports);
  expect(ports.git.reverts).toEqual([]);
  expect(outcome.plan.revert).toBeUndefined();
  expect(outcome.plan.jobs[0]).toMatchObject({ action: 'manual' });
  expect(ports.runner.log.messages('warning')).toContain(
    "ci-recovery supervisor: job 'unit' is not among the 1 jobs listed of probe run 802: the probe is judged as failing otherwise",
  );
});

test('a dry run probes nothing', async () => {
  const ports = setup();
  const outcome = await supervise(ports, { dryRun: true });
  expect(ports.probes.dispatched).toEqual([]);
  expect(outcome.plan.jobs[0]?.action).toBe('manual');
  // It says what a real run would do, with the permissions that needs.
  expect(outcome.dryRun).toContainEqual(
    expect.stringMatching(
      /^bisect the 3 commits since the last green run: .*ci-recovery\/probe-<sha12>.*workflow_dispatch.*\(contents: write, actions: write\)$/,
    ),
  );
});

test("a probe run's completion supervises the bisected run again: only the bisection acts, no second re-run", async () => {
  const ports = setup();
  const NETWORK_LOG =
    'curl: (6) Could not resolve host: registry.npmjs.org\nError: Process completed with exit code 6.';
  ports.github.jobs[1]!.push({
    id: 12,
    name: 'deps',
    conclusion: 'failure',
    runAttempt: 1,
    steps: [{ name: 'install', conclusion: 'failure' }],
  });
  ports.github.logs[12] = NETWORK_LOG;
  // Its own completion: the bisection's first probe, and a re-run of the network failure.
  const first = await supervise(ports);
  expect(first.plan.rerun).toBeDefined();
  expect(ports.probes.dispatched).toHaveLength(1);

  const probeRun = run({ id: 800 });
  ports.probes.runs.push(probeRun);
  const again = await supervise({ ...ports, github: probeCompletion(ports) }, { runId: 800 });
  expect(again.details.run.id).toBe(700);
  expect(again.plan.rerun).toBeUndefined();
  expect(ports.probes.dispatched.at(-1)).toEqual({ workflowId: 9, ref: probeRef(C2) });
});

describe('reconciled (issue 65)', () => {
  test('a probe not completed within the deadline goes to a person, and its branch is deleted', async () => {
    const ports = setup();
    ports.probes.branches.set(probeRef(C1), C1);
    // Dispatched 7 hours before the supervisor's clock (06:00): past the 6 h deadline.
    ports.probes.runs.push(run({ status: 'queued', conclusion: null, createdAt: '2026-03-03T23:00:00Z' }));
    ports.probes.runs[0] = { ...ports.probes.runs[0]!, createdAt: '2026-03-03T22:00:00Z' };
    const outcome = await supervise(ports);
    expect(outcome.plan.jobs[0]?.action).toBe('manual');
    expect(outcome.plan.jobs[0]?.reason).toContain(
      `the probe of ${C1.slice(0, 12)} did not complete within 6 h`,
    );
    expect(outcome.plan.jobs[0]?.reason).toContain('Probes: 111111111111: not completed within 6 h');
    expect(ports.probes.branches.has(probeRef(C1))).toBe(false);
    expect(ports.probes.dispatched).toEqual([]);
  });

  test('a later failing push of the same range bisects on with the probes already dispatched: no second bisection', async () => {
    const ports = setup();
    // The first failing run (700, at T0) dispatched the probe of C2, which failed the same way; then C4
    // landed and its run (701) failed too. The probe counts for 701's range: the next probe is C1's, not
    // C2's again.
    const C4 = '4'.repeat(40);
    ports.git.commits[C4] = { sha: C4, parents: [C3], subject: 'four', message: 'four', author: 'Ann' };
    ports.git.rangeLists = { [`${GREEN}..${C4}`]: [C1, C2, C3, C4] };
    ports.git.ranges[`${GREEN}..${C4}`] = 4;
    ports.github.details.run = { ...ports.github.details.run, id: 701, headSha: C4 };
    ports.probes.runs.push(
      run({
        id: 801,
        headBranch: probeRef(C2),
        headSha: C2,
        conclusion: 'failure',
        createdAt: '2026-03-04T05:10:00Z',
      }),
      pushRun({ id: 701, headSha: C4, conclusion: 'failure', createdAt: '2026-03-04T05:20:00Z' }),
    );
    await supervise(ports, { runId: 701 });
    expect(ports.probes.dispatched).toEqual([{ workflowId: 9, ref: probeRef(C1) }]);
  });

  test('an older failing run leaves the range to the newer one: nothing is dispatched for it', async () => {
    const ports = setup();
    ports.probes.runs.push(
      pushRun({ id: 701, headSha: C3, conclusion: 'failure', createdAt: '2026-03-04T05:20:00Z' }),
    );
    const outcome = await supervise(ports);
    expect(ports.probes.dispatched).toEqual([]);
    expect(outcome.plan.jobs[0]?.reason).toContain('run 701, newer, bisects the range');
  });

  test('an older failing run whose newer run passed says so: nothing to bisect', async () => {
    const ports = setup();
    ports.probes.runs.push(
      pushRun({ id: 701, headSha: C3, conclusion: 'success', createdAt: '2026-03-04T05:20:00Z' }),
    );
    const outcome = await supervise(ports);
    expect(ports.probes.dispatched).toEqual([]);
    expect(outcome.plan.jobs[0]?.reason).toContain('run 701, newer, passed: nothing to bisect');
    expect(outcome.plan.jobs[0]?.reason).not.toContain('bisects the range');
  });

  test('a probe branch another supervisor just made is not dispatched a second time', async () => {
    const ports = setup();
    ports.probes.branches.set(probeRef(C1), C1);
    const outcome = await supervise(ports);
    expect(ports.probes.dispatched).toEqual([]);
    expect(outcome.plan.jobs[0]?.reason).toContain(`${probeRef(C1)} exists, its run is awaited`);
  });

  test('the dispatch answers with its run: the reason names it', async () => {
    const ports = setup();
    ports.probes.dispatchRunId = 9001;
    const outcome = await supervise(ports);
    expect(outcome.plan.jobs[0]?.reason).toContain(`dispatched on ${probeRef(C1)} (run 9001)`);
  });
});

describe('a probe branch with no run (issue 65, gap 1)', () => {
  const at = (ports: Ports, ledger: LedgerPort, now: string): ReturnType<typeof superviseRun> =>
    supervise(ports, {}, { ledger, now });

  test('a branch left by a crash before its dispatch: its clock starts, one more dispatch past the deadline, then a person, the branch deleted', async () => {
    const ports = setup();
    const ledger = keptLedger();
    ports.probes.branches.set(probeRef(C1), C1); // made, then the supervisor crashed
    const first = await at(ports, ledger, '2026-03-04T06:00:00Z');
    expect(first.plan.jobs[0]?.reason).toContain(`${probeRef(C1)} exists, its run is awaited`);
    expect(ledger.saved.at(-1)?.probes).toEqual([
      { branch: probeRef(C1), sha: C1, createdAt: '2026-03-04T06:00:00.000Z', workflowId: 9 },
    ]);
    await at(ports, ledger, '2026-03-04T06:50:00Z');
    expect(ports.probes.dispatched).toEqual([]);
    const again = await at(ports, ledger, '2026-03-04T07:01:00Z');
    expect(ports.probes.dispatched).toEqual([{ workflowId: 9, ref: probeRef(C1) }]);
    expect(again.plan.jobs[0]?.reason).toContain('dispatching it again');
    expect(ledger.saved.at(-1)?.probes?.[0]?.redispatchedAt).toBe('2026-03-04T07:01:00.000Z');
    // A second sweep before the second deadline dispatches nothing more.
    await at(ports, ledger, '2026-03-04T07:30:00Z');
    expect(ports.probes.dispatched).toHaveLength(1);
    const person = await at(ports, ledger, '2026-03-04T08:02:00Z');
    expect(person.plan.jobs[0]?.action).toBe('manual');
    expect(person.plan.jobs[0]?.reason).toContain(`${probeRef(C1)} got no run from two dispatches`);
    expect(person.plan.jobs[0]?.reason).toContain(
      `the range: ${C1.slice(0, 12)}..${C3.slice(0, 12)} (3 commits)`,
    );
    expect(ports.probes.branches.has(probeRef(C1))).toBe(false);
    expect(ports.probes.deleted).toContain(probeRef(C1));
    expect(ledger.saved.at(-1)?.probes).toBeUndefined();
    expect(ports.probes.dispatched).toHaveLength(1);
  });

  test('a dispatch GitHub dropped: the branch made by the dispatching run is recorded, and dispatched again past the deadline', async () => {
    const ports = setup();
    const ledger = keptLedger();
    await at(ports, ledger, '2026-03-04T06:00:00Z');
    expect(ports.probes.dispatched).toHaveLength(1);
    expect(ledger.saved.at(-1)?.probes?.[0]).toMatchObject({
      branch: probeRef(C1),
      createdAt: '2026-03-04T06:00:00.000Z',
    });
    // No run ever listed for it.
    await at(ports, ledger, '2026-03-04T06:45:00Z');
    expect(ports.probes.dispatched).toHaveLength(1);
    await at(ports, ledger, '2026-03-04T07:05:00Z');
    expect(ports.probes.dispatched).toEqual([
      { workflowId: 9, ref: probeRef(C1) },
      { workflowId: 9, ref: probeRef(C1) },
    ]);
  });

  test('the sweep finds a bisection whose only probe branch has no run, long after the failing run, and dispatches it again', async () => {
    const ports = setup();
    const ledger = keptLedger();
    ports.probes.branches.set(probeRef(C1), C1);
    await ledger.save({
      ...emptyLedger('main'),
      probes: [{ branch: probeRef(C1), sha: C1, createdAt: '2026-03-04T10:00:00.000Z' }],
    });
    // Seven hours after the failing run (05:00): outside any sweep window, and no probe run listed.
    const swept = await sweepAt(ports, ledger, '2026-03-04T12:00:00Z');
    expect(swept.targets.map((t) => t.runId)).toEqual([700]);
    expect(ports.probes.dispatched).toEqual([{ workflowId: 9, ref: probeRef(C1) }]);
    expect(ledger.saved.at(-1)?.probes?.[0]?.redispatchedAt).toBe('2026-03-04T12:00:00.000Z');
  });

  test('without a ledger, a probe branch with no run goes to a person 6 h after the bisection began; nothing is dispatched', async () => {
    const ports = setup();
    ports.probes.branches.set(probeRef(C1), C1);
    const run700 = ports.probes.runs[0]!;
    ports.probes.runs[0] = { ...run700, createdAt: '2026-03-03T23:00:00Z' }; // 7 h before 06:00
    const outcome = await supervise(ports);
    expect(outcome.plan.jobs[0]?.action).toBe('manual');
    expect(outcome.plan.jobs[0]?.reason).toContain(
      `${probeRef(C1)} has had no run 6 h after the bisection began; the range: ${C1.slice(0, 12)}..${C3.slice(0, 12)} (3 commits)`,
    );
    expect(ports.probes.branches.has(probeRef(C1))).toBe(false);
    expect(ports.probes.dispatched).toEqual([]);
  });

  test("a record of a probe branch outside the range (an earlier bisection's) is dropped at the next step", async () => {
    const ports = setup();
    const ledger = keptLedger();
    const OLD = '9'.repeat(40);
    await ledger.save({
      ...emptyLedger('main'),
      probes: [{ branch: probeRef(OLD), sha: OLD, createdAt: '2026-03-01T06:00:00.000Z' }],
    });
    await at(ports, ledger, '2026-03-04T06:00:00Z');
    expect(ledger.saved.at(-1)?.probes?.map((p) => p.sha)).toEqual([C1]);
  });

  test("a probe branch's record stays while its run is pending (a sweep finds the bisection by it), and goes once the run is judged", async () => {
    const ports = setup();
    const ledger = keptLedger();
    await at(ports, ledger, '2026-03-04T06:00:00Z');
    expect(ledger.saved.at(-1)?.probes).toHaveLength(1);
    const probe = run({ status: 'in_progress', conclusion: null, createdAt: '2026-03-04T06:00:05Z' });
    ports.probes.runs.push(probe);
    await at(ports, ledger, '2026-03-04T07:30:00Z');
    expect(ledger.saved.at(-1)?.probes?.map((p) => p.sha)).toEqual([C1]);
    expect(ports.probes.dispatched).toHaveLength(1);
    Object.assign(probe, { status: 'completed', conclusion: 'success' });
    await at(ports, ledger, '2026-03-04T07:45:00Z');
    // C1 judged green: its record went; C2's probe is the one recorded now.
    expect(ledger.saved.at(-1)?.probes?.map((p) => p.sha)).toEqual([C2]);
  });

  test('a sweep on a busy repository finds a bisection whose failing run and probe are off the newest page of runs (att-sup3, finding 1)', async () => {
    const ports = setup();
    const ledger = keptLedger();
    await at(ports, ledger, '2026-03-04T06:00:00Z');
    const probe = run({ id: 801, createdAt: '2026-03-04T06:00:05Z' }); // passed; no event for it
    // 100 newer runs of another workflow fill the repository's first page.
    const lint = Array.from({ length: 100 }, (_, i) =>
      run({
        id: 3000 + i,
        path: '.github/workflows/lint.yml',
        workflowId: 12,
        headBranch: `feature/${i}`,
        headSha: C3,
        event: 'pull_request',
        createdAt: new Date(Date.parse('2026-03-04T06:10:00Z') + i * 1000).toISOString(),
      }),
    );
    ports.probes.runs.push(probe, ...lint);
    const swept = await sweepAt(ports, ledger, '2026-03-04T06:30:00Z');
    expect(swept.targets.map((t) => t.runId)).toContain(700);
    expect(ports.probes.dispatched.map((d) => d.ref)).toEqual([probeRef(C1), probeRef(C2)]);
  });

  test('the branch green again while only sweeps run: the pending probe branch is deleted and its record dropped (att-sup3, finding 2)', async () => {
    const ports = setup();
    const ledger = keptLedger();
    await at(ports, ledger, '2026-03-04T06:00:00Z');
    ports.probes.runs.push(
      run({ id: 801, status: 'in_progress', conclusion: null, createdAt: '2026-03-04T06:00:05Z' }),
      // A fix pushed by a person: its push run passed (its event woke a supervisor: a green run, nothing to do).
      pushRun({ id: 702, headSha: '4'.repeat(40), createdAt: '2026-03-04T06:10:00Z' }),
    );
    await sweepAt(ports, ledger, '2026-03-04T06:30:00Z');
    expect(ports.probes.branches.has(probeRef(C1))).toBe(false);
    expect(ledger.saved.at(-1)?.probes).toBeUndefined();
    expect(ports.probes.dispatched).toHaveLength(1);
  });
});

describe('a busy repository (att-sup3, finding 1)', () => {
  /** 120 newer dispatches of the workflow on main (a release train, nightly builds): GitHub lists 100. */
  const busy = (from: number): ProbeRunView[] =>
    Array.from({ length: 120 }, (_, i) =>
      run({
        id: from + i,
        headBranch: 'main',
        headSha: C3,
        createdAt: new Date(Date.parse('2026-03-04T05:30:00Z') + i * 1000).toISOString(),
      }),
    );

  test('a judged probe pushed off the newest page of dispatches is still found by its branch: no commit is probed twice', async () => {
    const ports = setup();
    await supervise(ports);
    expect(ports.probes.dispatched).toEqual([{ workflowId: 9, ref: probeRef(C1) }]);
    // C1's probe passed; then more than a page of newer dispatches of the same workflow.
    ports.probes.runs.push(run({ id: 801, createdAt: '2026-03-04T05:10:00Z' }), ...busy(2000));
    const next = await supervise(ports);
    expect(ports.probes.dispatched.map((d) => d.ref)).toEqual([probeRef(C1), probeRef(C2)]);
    expect(next.plan.jobs[0]?.reason).toContain(`probing ${C2.slice(0, 12)}`);
  });
});

test("a break right after the supervisor's own pushed revert, judged green by its verdict run, is that commit's alone (the review of att-sup3: a GITHUB_TOKEN push starts no push run)", async () => {
  // C1 broke the branch; the supervisor pushed C2, its revert, whose dispatched verdict run passed; C3 breaks it again.
  const ports = setup();
  const ledger: Ledger = {
    ...emptyLedger('main'),
    reverts: [{ at: T0, sha: C1, revertSha: C2, landedSha: C2, verdict: 'green' }],
  };
  const outcome = await supervise(ports, {}, { ledger: keptLedger(ledger) });
  // No probe: on the old code C3's parent had no push run, so the range went back to C1 and a bisection began.
  expect(ports.probes.branches.size).toBe(0);
  expect(outcome.plan.jobs[0]?.reason ?? '').not.toContain('commits since the last green run');
  // C3 alone is the candidate: confirmed by a re-run of its own run first, as any lone commit is.
  expect(outcome.plan.jobs[0]).toMatchObject({ action: 'confirm-rerun' });
});

test('the daily cap of probes counts every probe of the day, not those of the first page of 100 dispatches (att-sup4)', async () => {
  const ports = setup();
  // Twelve probes (the cap: 3 bisections of 4) earlier today, then 110 dispatches of the workflow by others.
  const at = (minute: number): string =>
    new Date(Date.parse('2026-03-04T00:30:00Z') + minute * 60_000).toISOString();
  for (let i = 0; i < 12; i++) {
    const sha = (i + 10).toString(16).repeat(40).slice(0, 40);
    ports.probes.runs.push(run({ id: 900 + i, headBranch: probeRef(sha), headSha: sha, createdAt: at(i) }));
  }
  for (let i = 0; i < 110; i++)
    ports.probes.runs.push(
      run({ id: 1000 + i, headBranch: 'main', headSha: GREEN, createdAt: at(20 + i / 10) }),
    );
  const outcome = await supervise(ports);
  expect(ports.probes.dispatched).toEqual([]);
  expect(outcome.plan.jobs[0]?.reason).toContain('the daily cap of probes is reached');
});

test('a ledger record claiming a green verdict for a parent GitHub saw fail does not make the head a lone culprit (att-sup4, finding 2)', async () => {
  // Anyone who can write the default branch's cache scope can write this record; GitHub's run at C2 failed.
  const ports = setup();
  ports.github.green[C2] = false;
  const ledger: Ledger = {
    ...emptyLedger('main'),
    reverts: [{ at: T0, sha: C1, revertSha: C2, landedSha: C2, verdict: 'green' }],
  };
  const outcome = await supervise(ports, {}, { ledger: keptLedger(ledger, true) });
  // The range since the last green run is bisected: C3 is not taken for the culprit on the record's word.
  expect(outcome.plan.jobs[0]).not.toMatchObject({ action: 'confirm-rerun' });
  expect(ports.probes.dispatched).toEqual([{ workflowId: 9, ref: probeRef(C1) }]);
});

test('a range holding a commit whose revert PR is still open waits for that PR: no probe (att-sup4, two pushes while a revert PR is open)', async () => {
  // C1 broke main and its draft revert PR is open; C2 and C3 landed meanwhile and fail the same way.
  const ports = setup();
  openRevertOfC1(ports);
  const ledger: Ledger = { ...emptyLedger('main'), reverts: [{ at: T0, sha: C1, pr: 41 }] };
  const outcome = await supervise(ports, {}, { ledger: keptLedger(ledger, true) });
  expect(ports.probes.dispatched).toEqual([]);
  expect(ports.probes.branches.size).toBe(0);
  expect(outcome.plan.jobs[0]?.reason).toContain('revert PR #41');
});

describe('a probe run completing after the branch turned green (review of att-sup4, finding 3)', () => {
  const mootProbe = async (dryRun: boolean): Promise<string[]> => {
    const ports = setup();
    await supervise(ports);
    expect(ports.probes.dispatched).toHaveLength(1);
    ports.probes.runs.push(
      run({ id: 800 }),
      // A fix pushed by a person: its push run passed, so the bisection is moot.
      pushRun({ id: 702, headSha: '4'.repeat(40), createdAt: '2026-03-04T06:10:00Z' }),
    );
    await supervise({ ...ports, github: probeCompletion(ports) }, { runId: 800, dryRun });
    return ports.probes.deleted;
  };

  test('a wake that acts deletes the moot probe branch', async () => {
    expect(await mootProbe(false)).toEqual([probeRef(C1)]);
  });

  test('a dry run (or a dispatch off the default branch) only reports: the branch stays', async () => {
    expect(await mootProbe(true)).toEqual([]);
  });
});

test("another workflow's open revert PR of a commit in the range does not hold this workflow's bisection (att-sup5)", async () => {
  // C1's revert PR is open because it broke Deploy; CI fails on C3 and has its own range to bisect. Deploy's
  // revert says nothing of CI's failure, and that PR may stay open for days: CI's bisection goes on (a probe
  // that finds C1 finds its revert PR too, and reverts nothing twice).
  const ports = setup();
  openRevertOfC1(ports);
  const record = revertRecordOfC1({ workflow: 'Deploy', job: 'deploy' }, 'config');
  const ledger: Ledger = { ...emptyLedger('main'), reverts: [{ at: T0, sha: C1, pr: 41, record }] };
  const outcome = await supervise(ports, {}, { ledger: keptLedger(ledger, true) });
  expect(outcome.plan.jobs[0]?.reason).not.toContain('revert PR #41');
  expect(ports.probes.dispatched).toEqual([{ workflowId: 9, ref: probeRef(C1) }]);
});

describe('two workflows of the same name (att-sup6)', () => {
  // CI (ci.yml, bisected here) and a nightly workflow also named CI (nightly.yml). C1's revert PR is open
  // for the nightly's failure: it says nothing of ci.yml's, and must not hold its bisection.
  const recordOf = (workflowPath?: string): string =>
    revertRecordOfC1({ workflow: 'CI', ...(workflowPath ? { workflowPath } : {}), job: 'e2e' }, 'test');
  const superviseWith = async (ledger: Ledger, ports = setup()) => {
    openRevertOfC1(ports);
    const kept = keptLedger(ledger, true);
    const outcome = await supervise(ports, {}, { ledger: kept });
    return { outcome, ports, saved: kept.saved.at(-1) };
  };

  test("the other workflow's open revert PR (its record names its file) does not hold this bisection", async () => {
    const record = recordOf('.github/workflows/nightly.yml');
    const { outcome, ports } = await superviseWith({
      ...emptyLedger('main'),
      reverts: [{ at: T0, sha: C1, pr: 41, record }],
    });
    expect(outcome.plan.jobs[0]?.reason).not.toContain('revert PR #41');
    expect(ports.probes.dispatched).toEqual([{ workflowId: 9, ref: probeRef(C1) }]);
  });

  test('this workflow\'s own revert PR (its file) still holds it; an older record naming only "CI" is read by name', async () => {
    for (const record of [recordOf(PATH), recordOf()]) {
      const { outcome, ports } = await superviseWith({
        ...emptyLedger('main'),
        reverts: [{ at: T0, sha: C1, pr: 41, record }],
      });
      expect(outcome.plan.jobs[0]?.reason).toContain('revert PR #41');
      expect(ports.probes.dispatched).toEqual([]);
    }
  });

  test("the other workflow's probe records are kept: this bisection drops only its own", async () => {
    // The nightly (workflow 10) probes a commit of its own range; ci.yml's bisection, which drops records
    // outside its range as an earlier bisection's, must not drop it, or a sweep no longer follows the nightly.
    const theirs = { branch: probeRef('8'.repeat(40)), sha: '8'.repeat(40), createdAt: T0, workflowId: 10 };
    const stale = { branch: probeRef('9'.repeat(40)), sha: '9'.repeat(40), createdAt: T0, workflowId: 9 };
    const { saved } = await superviseWith({ ...emptyLedger('main'), probes: [theirs, stale] });
    expect(saved?.probes).toContainEqual(theirs);
    expect(saved?.probes).not.toContainEqual(stale);
    expect(saved?.probes?.map((p) => p.branch)).toContain(probeRef(C1));
  });
});

describe('two workflows bisecting the same commits share the probe branch at a commit (house-sup)', () => {
  // The nightly (workflow 10) made ci-recovery/probe-<C1> for its own probe of C1 and recorded it.
  const theirs = { branch: probeRef(C1), sha: C1, createdAt: T0, workflowId: 10 };

  test("the branch made for another workflow's probe: this workflow's probe is dispatched on it at once", async () => {
    const ports = setup();
    ports.probes.branches.set(probeRef(C1), C1);
    const ledger = keptLedger({ ...emptyLedger('main'), probes: [theirs] });
    const outcome = await supervise(ports, {}, { ledger });
    expect(ports.probes.dispatched).toEqual([{ workflowId: 9, ref: probeRef(C1) }]);
    expect(outcome.plan.jobs[0]?.reason).toContain(`dispatched on ${probeRef(C1)}`);
    expect(ledger.saved.at(-1)?.probes).toEqual([theirs, expect.objectContaining({ workflowId: 9 })]);
  });

  test("a dispatch that fails on it leaves the branch to the other workflow's probe", async () => {
    const ports = setup();
    ports.probes.branches.set(probeRef(C1), C1);
    ports.probes.dispatchError = new Error('502 Bad Gateway');
    const ledger = keptLedger({ ...emptyLedger('main'), probes: [theirs] });
    const outcome = await supervise(ports, {}, { ledger });
    expect(outcome.plan.jobs[0]?.reason).toContain('waits for the next wake');
    expect(ports.probes.deleted).toEqual([]);
    expect(ports.probes.branches.get(probeRef(C1))).toBe(C1);
  });

  test("its own probe judged, the branch stays while the other workflow's record does", async () => {
    const ports = setup();
    ports.probes.runs.push(run({ id: 801 })); // this workflow's probe of C1 passed
    ports.probes.branches.set(probeRef(C1), C1);
    const ledger = keptLedger({ ...emptyLedger('main'), probes: [theirs] });
    await supervise(ports, {}, { ledger });
    expect(ports.probes.deleted).not.toContain(probeRef(C1));
    expect(ledger.saved.at(-1)?.probes).toContainEqual(theirs);
  });
  test("another workflow's stale record (a day old: its bisection stopped) does not keep the branch", async () => {
    const ports = setup();
    ports.probes.runs.push(run({ id: 801 })); // this workflow's probe of C1 passed
    ports.probes.branches.set(probeRef(C1), C1);
    const stale = { ...theirs, createdAt: '2026-03-03T05:00:00Z' }; // 25 h before NOW
    const ledger = keptLedger({ ...emptyLedger('main'), probes: [stale] });
    await supervise(ports, {}, { ledger });
    expect(ports.probes.deleted).toContain(probeRef(C1));
  });

  test('the no-run clock reads only its own record: theirs redispatched 2 h ago, ours made 5 min ago, waits', async () => {
    const ports = setup();
    ports.probes.branches.set(probeRef(C1), C1); // no probe run listed
    const old = '2026-03-04T04:00:00Z'; // 2 h before NOW
    const ours = { branch: probeRef(C1), sha: C1, createdAt: '2026-03-04T05:55:00Z', workflowId: 9 };
    const ledger = keptLedger({
      ...emptyLedger('main'),
      probes: [{ ...theirs, createdAt: old, redispatchedAt: old }, ours],
    });
    const outcome = await supervise(ports, {}, { ledger });
    expect(outcome.plan.jobs[0]?.action).toBe('nothing');
    expect(outcome.plan.jobs[0]?.reason).toContain(`${probeRef(C1)} exists, its run is awaited`);
    expect(outcome.plan.jobs[0]?.reason).not.toContain('a person must pick');
    expect(ports.probes.dispatched).toEqual([]);
  });
});

describe('a probe cancelled with no verdict on its commit (sup-cancel)', () => {
  /** The failing job 'unit' of each probe run's attempts, by run id (GitHub's jobs by run and attempt). */
  function probeJobs(ports: ReturnType<typeof setup>, byRun: Record<number, (string | null)[]>): void {
    const own = ports.github.readJobs.bind(ports.github);
    ports.github.readJobs = (runId, attempt) => {
      const conclusion = byRun[runId]?.[attempt - 1];
      if (conclusion === undefined) return own(runId, attempt);
      const id = runId * 10 + attempt;
      ports.github.logs[id] ??= TEST_LOG;
      // A cancel is a concurrency group's unless the test says otherwise (GitHub's annotation on the job).
      if (conclusion === 'cancelled') ports.github.annotations[id] ??= [CONCURRENCY_CANCEL];
      const job: JobView = {
        id,
        name: 'unit',
        conclusion,
        runAttempt: attempt,
        steps: [{ name: 'test', conclusion: conclusion === 'failure' ? 'failure' : 'success' }],
      };
      return Promise.resolve({ jobs: [job], more: false });
    };
  }
  const cancelledC1 = (attempt = 1): ProbeRunView =>
    run({ id: 801, conclusion: 'cancelled', runAttempt: attempt });

  test('cancelled by a concurrency group: its run is re-run whole (POST .../rerun), its record kept pending, never "failed another way"', async () => {
    const ports = setup();
    ports.probes.runs.push(cancelledC1());
    ports.probes.branches.set(probeRef(C1), C1);
    probeJobs(ports, { 801: ['cancelled'] });
    const ledger = keptLedger();
    const outcome = await supervise(ports, {}, { ledger });
    expect(ports.github.reruns).toEqual([
      { runId: 801, req: expect.objectContaining({ mode: 'all' }) as unknown, backoffMs: 0 },
    ]);
    const job = outcome.plan.jobs[0]!;
    expect(job.action).toBe('nothing');
    expect(job.reason).toContain(`the probe on ${C1.slice(0, 12)} was cancelled 1 time (run 801)`);
    expect(job.reason).not.toContain('failed another way');
    expect(ports.probes.deleted).toEqual([]);
    expect(ports.probes.dispatched).toEqual([]);
    // Pending again in the ledger: a sweep finds the bisection by the record however the re-run ends.
    expect(ledger.saved.at(-1)?.probes).toEqual([
      expect.objectContaining({ branch: probeRef(C1), sha: C1, workflowId: 9 }),
    ]);
  });

  test('cancelled in every attempt past the cap: a person told how many times, the branch deleted, no re-run', async () => {
    const ports = setup();
    ports.probes.runs.push(cancelledC1(3));
    ports.probes.branches.set(probeRef(C1), C1);
    probeJobs(ports, { 801: ['cancelled', 'cancelled', 'cancelled'] });
    const ledger = keptLedger();
    const outcome = await supervise(ports, {}, { ledger });
    expect(ports.github.reruns).toEqual([]);
    const job = outcome.plan.jobs[0]!;
    expect(job.action).toBe('manual');
    expect(job.reason).toContain(`the probe on ${C1.slice(0, 12)} was cancelled 3 times (run 801)`);
    expect(job.reason).toContain(`Probes: ${C1.slice(0, 12)}: cancelled 3 times, run 801`);
    expect(job.reason).not.toContain('failed');
    expect(ports.probes.deleted).toEqual([probeRef(C1)]);
    expect(ledger.saved.at(-1)?.probes ?? []).toEqual([]);
  });

  test('an attempt that told (a person re-ran a probe that passed once) resets the count: cancelled once since, re-run', async () => {
    const ports = setup();
    ports.probes.runs.push(cancelledC1(3));
    probeJobs(ports, { 801: ['cancelled', 'success', 'cancelled'] });
    const outcome = await supervise(ports);
    expect(ports.github.reruns).toHaveLength(1);
    expect(outcome.plan.jobs[0]?.reason).toContain('was cancelled 1 time');
  });

  test("cancelled by its job's timeout-minutes: the commit's timeout, read as such (not re-run, not a cancel)", async () => {
    const ports = setup();
    ports.probes.runs.push(cancelledC1());
    probeJobs(ports, { 801: ['cancelled'] });
    ports.github.annotations[8011] = [
      { level: 'failure', message: 'The job has exceeded the maximum execution time of 30m0s' },
    ];
    const outcome = await supervise(ports);
    expect(ports.github.reruns).toEqual([]);
    const job = outcome.plan.jobs[0]!;
    expect(job.action).toBe('manual');
    expect(job.reason).toContain(`the probe of ${C1.slice(0, 12)} failed another way (timeout)`);
    expect(job.reason).not.toContain('was cancelled');
  });

  test('a confirming re-run cancelled, then run again and failing the same way: the attempt before the cancel confirms it', async () => {
    const ports = setup();
    ports.probes.runs.push(
      run({ id: 801 }),
      run({ id: 802, headBranch: probeRef(C2), headSha: C2, conclusion: 'cancelled', runAttempt: 2 }),
    );
    probeJobs(ports, { 802: ['failure', 'cancelled'] });
    const first = await supervise(ports);
    expect(ports.github.reruns).toEqual([
      { runId: 802, req: expect.objectContaining({ mode: 'all' }) as unknown, backoffMs: 0 },
    ]);
    expect(first.plan.revert).toBeUndefined();
    // GitHub's attempt 3 failed the same way: with attempt 1's failure, the culprit is confirmed.
    Object.assign(ports.probes.runs.at(-1)!, { conclusion: 'failure', runAttempt: 3 });
    probeJobs(ports, { 802: ['failure', 'cancelled', 'failure'] });
    const second = await supervise(ports);
    expect(second.plan.revert).toMatchObject({ sha: C2 });
    expect(ports.github.reruns).toHaveLength(1);
  });

  test("two workflows on one probe branch: another workflow's probe still running there is waited for, then this one is re-run", async () => {
    const ports = setup();
    const theirs = { branch: probeRef(C1), sha: C1, createdAt: T0, workflowId: 10 };
    const nightly = run({
      id: 901,
      path: '.github/workflows/nightly.yml',
      status: 'in_progress',
      conclusion: null,
      workflowId: 10,
    });
    ports.probes.runs.push(cancelledC1(), nightly);
    ports.probes.branches.set(probeRef(C1), C1);
    probeJobs(ports, { 801: ['cancelled'] });
    const ledger = keptLedger({ ...emptyLedger('main'), probes: [theirs] });
    const waits = await supervise(ports, {}, { ledger });
    expect(ports.github.reruns).toEqual([]);
    expect(waits.plan.jobs[0]?.reason).toContain(
      `once another workflow's probe on ${probeRef(C1)} (run 901)`,
    );
    expect(ports.probes.deleted).toEqual([]);
    Object.assign(nightly, { status: 'completed', conclusion: 'success' });
    await supervise(ports, {}, { ledger });
    expect(ports.github.reruns.map((r) => r.runId)).toEqual([801]);
    // Neither record is dropped: the branch stays for both probes.
    expect(ledger.saved.at(-1)?.probes).toEqual([theirs, expect.objectContaining({ workflowId: 9 })]);
  });

  test("another workflow's probe held past the probe's deadline is not waited for (end-of-stop review)", async () => {
    const ports = setup();
    const theirs = { branch: probeRef(C1), sha: C1, createdAt: T0, workflowId: 10 };
    // Waiting on an environment's approval since 7 h before now: the wait would end only with the record's day.
    const held = run({
      id: 901,
      path: '.github/workflows/nightly.yml',
      status: 'waiting',
      conclusion: null,
      workflowId: 10,
      createdAt: new Date(Date.parse(NOW) - 7 * 3_600_000).toISOString(),
    });
    ports.probes.runs.push(cancelledC1(), held);
    ports.probes.branches.set(probeRef(C1), C1);
    probeJobs(ports, { 801: ['cancelled'] });
    const ledger = keptLedger({ ...emptyLedger('main'), probes: [theirs] });
    await supervise(ports, {}, { ledger });
    expect(ports.github.reruns.map((r) => r.runId)).toEqual([801]);
  });
});

describe('a cancelled probe whose watched job neither failed nor passed: the cap holds (sup-cancel-mend)', () => {
  /** Probe run 801 of C1: every attempt cancelled, the watched job `unit` as `jobsOf` lists it (or none). */
  function cancelledEveryTime(jobsOf: (attempt: number) => JobView[]): ReturnType<typeof setup> {
    const ports = setup();
    ports.probes.runs.push(run({ id: 801, conclusion: 'cancelled' }));
    ports.probes.branches.set(probeRef(C1), C1);
    const own = ports.github.readJobs.bind(ports.github);
    ports.github.readJobs = (runId, attempt) =>
      runId === 801 ? Promise.resolve({ jobs: jobsOf(attempt), more: false }) : own(runId, attempt);
    return ports;
  }
  const job = (conclusion: string, attempt: number, name = 'unit'): JobView => ({
    id: 8010 + attempt * 2 + (name === 'unit' ? 0 : 1),
    name,
    conclusion,
    runAttempt: attempt,
    steps: [{ name: 'test', conclusion: conclusion === 'failure' ? 'failure' : 'success' }],
  });

  /** Six wakes of the supervisor; a re-run GitHub accepts is a new attempt of run 801, cancelled again. */
  async function sixWakes(ports: ReturnType<typeof setup>): Promise<string[]> {
    const ledger = keptLedger();
    const actions: string[] = [];
    for (let wake = 0; wake < 6; wake++) {
      const before = ports.github.reruns.length;
      const outcome = await supervise(ports, {}, { ledger });
      actions.push(`${outcome.plan.jobs[0]?.action}: ${outcome.plan.jobs[0]?.reason ?? ''}`);
      const probe = ports.probes.runs.find((r) => r.id === 801)!;
      if (ports.github.reruns.length > before) probe.runAttempt += 1;
    }
    return actions;
  }

  test.each([
    ['cancelled while queued (no job listed)', (): JobView[] => []],
    ["a `needs:` job's timeout (the watched job skipped)", (a: number) => [job('skipped', a)]],
  ])('%s: no cause GitHub names, a person at once over six wakes, never re-run', async (_, jobsOf) => {
    const ports = cancelledEveryTime(jobsOf);
    const actions = await sixWakes(ports);
    expect(ports.github.reruns).toEqual([]);
    expect(actions[0]).toMatch(/^manual: /);
    expect(actions[0]).toContain(`the probe on ${C1.slice(0, 12)} was cancelled (run 801)`);
    expect(actions.join('\n')).not.toContain('failed another way');
    expect(ports.probes.deleted).toContain(probeRef(C1));
  });

  test('cancelled by a concurrency group after attempts that told nothing (skipped, unlisted): all counted, a person', async () => {
    const ports = setup();
    ports.probes.runs.push(run({ id: 801, conclusion: 'cancelled', runAttempt: 3 }));
    const own = ports.github.readJobs.bind(ports.github);
    ports.github.readJobs = (runId, attempt) =>
      runId !== 801
        ? own(runId, attempt)
        : Promise.resolve({
            jobs: attempt === 1 ? [] : [job(attempt === 2 ? 'skipped' : 'cancelled', attempt)],
            more: false,
          });
    ports.github.annotations[8016] = [CONCURRENCY_CANCEL];
    const outcome = await supervise(ports);
    expect(ports.github.reruns).toEqual([]);
    expect(outcome.plan.jobs[0]?.action).toBe('manual');
    expect(outcome.plan.jobs[0]?.reason).toContain(
      `the probe on ${C1.slice(0, 12)} was cancelled 3 times (run 801)`,
    );
  });

  test('a person cancelled it (no annotation): a person told at once, the cancel not overridden', async () => {
    const ports = cancelledEveryTime((a) => [job('cancelled', a)]);
    const outcome = await supervise(ports);
    expect(ports.github.reruns).toEqual([]);
    expect(outcome.plan.jobs[0]?.reason).toContain('a person may have cancelled it, so it is not re-run');
  });

  test('a lost runner (its shutdown line, actions/runner JobRunner.cs): re-run as a concurrency cancel is', async () => {
    const ports = cancelledEveryTime((a) => [job('cancelled', a)]);
    ports.github.annotations[8012] = [
      {
        level: 'failure',
        message:
          'The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.',
      },
    ];
    const outcome = await supervise(ports);
    expect(ports.github.reruns.map((r) => r.runId)).toEqual([801]);
    expect(outcome.plan.jobs[0]?.reason).toContain('the last its runner lost');
  });

  test("another job's timeout cancelled the run after the watched job passed: the probe passed, never re-run", async () => {
    const ports = cancelledEveryTime((a) => [job('success', a), job('cancelled', a, 'e2e')]);
    const actions = await sixWakes(ports);
    expect(ports.github.reruns).toEqual([]);
    expect(actions.join('\n')).not.toContain('was cancelled');
    // C1 passed: the bisection moves on to C2 (dispatched), as a green probe of C1 would.
    expect(ports.probes.dispatched.map((d) => d.ref)).toContain(probeRef(C2));
  });

  test('a hard bound on the attempts: past 1 + 2 re-runs + a confirmation, a person, whatever the count says', async () => {
    const ports = setup();
    ports.probes.runs.push(run({ id: 801, conclusion: 'cancelled', runAttempt: 5 }));
    const own = ports.github.readJobs.bind(ports.github);
    // Attempt 4 failed (a confirmation's), 5 cancelled: one cancel in a row, but five attempts on GitHub.
    ports.github.annotations[8020] = [CONCURRENCY_CANCEL];
    ports.github.readJobs = (runId, attempt) =>
      runId === 801
        ? Promise.resolve({ jobs: [job(attempt === 5 ? 'cancelled' : 'failure', attempt)], more: false })
        : own(runId, attempt);
    ports.github.logs[8018] = TEST_LOG;
    const outcome = await supervise(ports);
    expect(ports.github.reruns).toEqual([]);
    expect(outcome.plan.jobs[0]?.action).toBe('manual');
    expect(outcome.plan.jobs[0]?.reason).toContain(`the probe on ${C1.slice(0, 12)} was cancelled 1 time`);
  });
});

describe('a culprit judged `same` by its job timing out (sup-cancel-mend, finding 3)', () => {
  // Reached when the failure bisected is a timeout (today's policy hands a head's timeout to a person first).
  test('its confirmation re-runs every job (POST .../rerun): a cancelled job is no failed job to re-run', async () => {
    const ports = setup();
    const step = bisectStep({
      commits: [C1, C2, C3],
      probes: [
        { sha: C1, result: 'green', runId: 801 },
        { sha: C2, result: 'same', runId: 802, failureType: 'timeout', attempt: 1, jobTimeout: true },
      ],
      probesLeft: 2,
      probesLeftToday: 4,
    });
    expect(step).toMatchObject({ kind: 'confirm', runId: 802, wholeRun: true });
    if (step.kind !== 'confirm') return;
    const said: string[] = [];
    const c = {
      set: (j: { reason: string }) => (said.push(j.reason), j),
      person: (why: string) => (said.push(why), {}),
      probes: [],
    } as unknown as Parameters<typeof confirmStep>[2];
    const log = { notice: () => undefined } as unknown as Parameters<typeof confirmStep>[3]['log'];
    await confirmStep(step.runId, step.reason, c, { github: ports.github, log } as never, step.wholeRun);
    expect(ports.github.reruns).toEqual([
      { runId: 802, req: expect.objectContaining({ mode: 'all' }) as unknown, backoffMs: 0 },
    ]);
  });
});

describe('a probe re-run GitHub refused (sup-cancel-mend, finding 4)', () => {
  test('a person told, and the bisection cleaned up as a person step is: the branch deleted, its record gone', async () => {
    const ports = setup();
    ports.probes.runs.push(run({ id: 801, conclusion: 'cancelled' }));
    ports.probes.branches.set(probeRef(C1), C1);
    const own = ports.github.readJobs.bind(ports.github);
    ports.github.readJobs = (runId, attempt) =>
      runId === 801
        ? Promise.resolve({
            jobs: [
              { id: 8011, name: 'unit', conclusion: 'cancelled', runAttempt: 1, steps: [] } satisfies JobView,
            ],
            more: false,
          })
        : own(runId, attempt);
    ports.github.annotations[8011] = [CONCURRENCY_CANCEL];
    // As the adapter explains GitHub's 403 (adapters/supervisor-github.ts requestRerun).
    ports.github.requestRerun = () =>
      Promise.reject(
        new UserError('Unable to retry this workflow run because it was created over a month ago'),
      );
    const ledger = keptLedger();
    const outcome = await supervise(ports, {}, { ledger });
    expect(outcome.plan.jobs[0]?.action).toBe('manual');
    expect(outcome.plan.jobs[0]?.reason).toContain('but the re-run was refused: Unable to retry');
    expect(ports.probes.deleted).toEqual([probeRef(C1)]);
    expect(ledger.saved.at(-1)?.probes ?? []).toEqual([]);
  });

  /** C1 passed; C2's probe (802) failed once the same way: its confirming re-run is asked, and answered `error`. */
  function confirming(error: Error, over: Partial<ProbeRunView> = {}): ReturnType<typeof setup> {
    const ports = setup();
    ports.probes.runs.push(
      run({ id: 801 }),
      run({ id: 802, headBranch: probeRef(C2), headSha: C2, conclusion: 'failure', ...over }),
    );
    ports.probes.branches.set(probeRef(C2), C2);
    ports.github.requestRerun = () => Promise.reject(error);
    return ports;
  }
  /** GitHub's run 802 as GET .../actions/runs/802 gives it: `latest` attempts. */
  function runHas(ports: ReturnType<typeof setup>, latest: number): void {
    const own = ports.github.readRun.bind(ports.github);
    ports.github.readRun = async (runId, attempt) => {
      const d = await own(runId, attempt);
      return runId === 802 ? { ...d, run: { ...d.run, id: 802, latestAttempt: latest } } : d;
    };
  }
  const serverError = Object.assign(new Error('Server Error'), { status: 502 });

  test("a 5xx past the client's retries (sup-attack): the step waits for the next wake, no person", async () => {
    const ports = confirming(serverError);
    const outcome = await supervise(ports);
    const job = outcome.plan.jobs[0]!;
    expect(job.action).toBe('nothing');
    expect(job.reason).toContain(
      're-running its probe (run 802) to confirm it, but the re-run waits for the next wake: Server Error',
    );
    expect(job.reason).not.toContain('refused');
  });

  test('a 5xx still answering 6 h after the probe run last changed: a person, as a refusal (the wait is bounded)', async () => {
    const ports = confirming(serverError, { updatedAt: '2026-03-03T23:59:00Z' });
    const outcome = await supervise(ports);
    expect(outcome.plan.jobs[0]?.action).toBe('manual');
    expect(outcome.plan.jobs[0]?.reason).toContain('but the re-run was refused: Server Error');
  });

  test('refused for a run whose newer attempt GitHub already has (a lagging listing read twice, sup-attack): the next wake reads it, no person', async () => {
    const noFailed = Object.assign(new Error('This workflow run has no failed jobs to re-run'), {
      status: 403,
    });
    const ports = confirming(noFailed);
    runHas(ports, 2);
    const outcome = await supervise(ports);
    const job = outcome.plan.jobs[0]!;
    expect(job.action).toBe('nothing');
    expect(job.reason).toContain(
      'run 802 has attempt 2 already (attempt 1 was read), so the re-run was made',
    );
    expect(job.reason).not.toContain('refused');
  });

  test('a bare 429, 408 or 409 (no rate-limit header or wording: passed raw by the adapter) is no refusal: the step waits, no person', async () => {
    for (const [status, message] of [
      [429, 'Too Many Requests'],
      [408, 'Request Timeout'],
      [409, 'Conflict'],
    ] as const) {
      const ports = confirming(Object.assign(new Error(message), { status }));
      runHas(ports, 1);
      const job = (await supervise(ports)).plan.jobs[0]!;
      expect([status, job.action]).toEqual([status, 'nothing']);
      expect(job.reason).toContain(`but the re-run waits for the next wake: ${message}`);
    }
  });

  test('the same refusal with no newer attempt: a person, as before', async () => {
    const noFailed = Object.assign(new Error('This workflow run has no failed jobs to re-run'), {
      status: 403,
    });
    const ports = confirming(noFailed);
    runHas(ports, 1);
    const outcome = await supervise(ports);
    expect(outcome.plan.jobs[0]?.action).toBe('manual');
    expect(outcome.plan.jobs[0]?.reason).toContain(
      'but the re-run was refused: This workflow run has no failed jobs',
    );
  });
});
