/**
 * A bisection whose probe GitHub cancelled, through the stand's git remote and GitHub API with the phase's
 * real adapters (src): a cancel that says nothing of the commit (the user's `concurrency:` group with
 * `cancel-in-progress`, a person, a lost runner) is re-run (POST .../runs/{id}/rerun, a new attempt of the
 * same run), a bounded number of times, then handed to a person as cancelled, never as "failed"; a probe
 * cancelled by its job's timeout-minutes is the commit's timeout. Each supervisor run is a sweep, as GitHub
 * sends no `workflow_run` for a run dispatched or re-run with GITHUB_TOKEN. The ledger is kept between runs.
 */
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { MAX_PROBE_RERUNS_ON_CANCEL, probeRef } from '../../src/supervise/core/bisect.js';
import {
  bisectStand,
  FAILING as failing,
  PASSING as passing,
  type Supervised,
} from '../../stand/scenarios/bisect-stand.js';
import {
  finishAttempt,
  landCommit,
  seedRun,
  startNextAttempt,
  type SeedJob,
} from '../../stand/scenarios/supervise-stand.js';
import type { FakeRun } from '../../stand/services/github-api.js';
import type { Stand } from '../../stand/services/stand.js';

const fx = bisectStand('bisect-cancel-');
let stand: Stand;
beforeAll(() => void (stand = fx.stand));
afterEach(() => expect(stand.github.validationErrors).toEqual([]));

/** GitHub's annotation on a job a newer run of its `concurrency:` group cancelled (the service's wording). */
const CONCURRENCY_LINE = "Canceling since a higher priority waiting request for 'ci-CI' exists";
/** A push to main cancelled the probe (`concurrency: ci-${{ github.workflow }}`, cancel-in-progress). */
const CANCELLED: SeedJob[] = [
  {
    name: 'test',
    conclusion: 'cancelled',
    log: 'cancelled\n',
    annotations: [{ path: '.github', startLine: 1, endLine: 1, level: 'failure', message: CONCURRENCY_LINE }],
  },
];
/** A person pressed "Cancel workflow": GitHub leaves no annotation saying why. */
const CANCELLED_BY_A_PERSON: SeedJob[] = [{ name: 'test', conclusion: 'cancelled', log: 'cancelled\n' }];
const TIMEOUT_LINE = 'The job has exceeded the maximum execution time of 30m0s';
/** The job ran past its timeout-minutes: GitHub cancels it and says so (annotation and log line). */
const TIMED_OUT: SeedJob[] = [
  {
    name: 'test',
    conclusion: 'cancelled',
    log: `##[group]Run go test ./...\nrunning\n##[error]${TIMEOUT_LINE}\n`,
    annotations: [{ path: '.github', startLine: 1, endLine: 1, level: 'failure', message: TIMEOUT_LINE }],
  },
];

/**
 * Three commits since the last green run, each its own file (a culprit's revert applies), the head failing;
 * the first probe dispatched and passed (fx.bisectionUnderWay, whose commits share one file).
 */
async function underWay(tag: string): Promise<{ head: number; c2: string }> {
  fx.ledger.reset();
  const green = await landCommit(stand, { message: `${tag}: green`, files: { [`${tag}-0.txt`]: '0\n' } });
  seedRun(stand, { sha: green, jobs: passing });
  const [c1, c2, c3] = [
    await landCommit(stand, { message: `${tag}: one`, files: { [`${tag}-1.txt`]: '1\n' } }),
    await landCommit(stand, { message: `${tag}: two`, files: { [`${tag}-2.txt`]: '2\n' } }),
    await landCommit(stand, { message: `${tag}: three`, files: { [`${tag}-3.txt`]: '3\n' } }),
  ];
  const head = seedRun(stand, { sha: c3, jobs: failing });
  expect((await fx.supervise(head.id)).plan.jobs[0]?.reason).toContain(`dispatched on ${probeRef(c1)}`);
  finishAttempt(stand, probeOf(c1).id, passing);
  return { head: head.id, c2 };
}

/** The failing run supervised by the next sweep. */
async function sweepFor(head: number): Promise<Supervised> {
  const { swept } = await fx.sweep();
  const outcome = swept.supervised.find((s) => s.runId === head)?.outcome;
  if (!outcome) throw new Error(`the sweep did not supervise run ${head}`);
  return outcome;
}

/** The probe run GitHub started on the commit's branch (queued: the stand starts, the test ends it). */
function probeOf(sha: string): FakeRun {
  const run = stand.github.state.runs.find((r) => r.headBranch === probeRef(sha) && r.status === 'queued');
  if (!run) throw new Error(`GitHub started no run on ${probeRef(sha)}`);
  return run;
}

/** The whole-run re-runs (POST .../runs/{id}/rerun) asked for `runId`. */
const wholeReruns = (runId: number): number =>
  stand.github.state.reruns.filter((r) => r.kind === 'run' && r.runId === runId).length;

test('a probe cancelled once, then re-run and failing the same way: the bisection completes and names the right culprit', async () => {
  const { head, c2 } = await underWay('cancel-once');
  // c1 passed; the sweep dispatches c2's probe, and a push to main cancels it.
  expect((await sweepFor(head)).plan.jobs[0]?.reason).toContain(`dispatched on ${probeRef(c2)}`);
  const probe = probeOf(c2);
  finishAttempt(stand, probe.id, CANCELLED);
  expect(probe.conclusion).toBe('cancelled');

  const retried = await sweepFor(head);
  const reason = retried.plan.jobs[0]?.reason ?? '';
  expect(retried.plan.jobs[0]?.action).toBe('nothing');
  expect(reason).toContain(`the probe on ${c2.slice(0, 12)} was cancelled 1 time (run ${probe.id})`);
  expect(reason).not.toContain('failed another way');
  expect(wholeReruns(probe.id)).toBe(1);
  // Pending again: its branch stays and its record sends the sweeps back to the bisection.
  expect(await stand.git.revParse(`refs/heads/${probeRef(c2)}`)).toBe(c2);
  expect(fx.ledger.current().probes?.map((p) => p.branch)).toEqual([probeRef(c2)]);

  // What GitHub does on the re-run: attempt 2 of the same run, which fails the same way. One failure after
  // a cancel is no confirmation: its failed jobs are re-run first.
  startNextAttempt(stand, probe.id);
  expect((await sweepFor(head)).plan.jobs[0]?.reason).toContain('has not completed');
  finishAttempt(stand, probe.id, failing);
  const confirming = await sweepFor(head);
  expect(confirming.plan.jobs[0]?.reason).toContain(`re-running its probe (run ${probe.id}) to confirm it`);
  expect(stand.github.state.reruns.at(-1)).toMatchObject({ kind: 'failed-jobs', runId: probe.id });
  startNextAttempt(stand, probe.id);
  finishAttempt(stand, probe.id, failing);

  const found = await sweepFor(head);
  expect(found.plan.revert).toMatchObject({ sha: c2, job: 'test', failureType: 'test' });
  expect(stand.github.state.pulls.some((p) => p.head.ref === `ci-recovery/revert-${c2.slice(0, 12)}`)).toBe(
    true,
  );
  expect(await stand.git.revParse(`refs/heads/${probeRef(c2)}`)).toBeUndefined();
  expect(fx.dispatchesTo(probeRef(c2))).toBe(1);
}, 240_000);

test('a probe cancelled once, then passing: the bisection goes on past it, the head confirmed', async () => {
  const { head, c2 } = await fx.bisectionUnderWay('cancel-pass');
  await sweepFor(head);
  const probe = probeOf(c2);
  finishAttempt(stand, probe.id, CANCELLED);
  await sweepFor(head);
  expect(wholeReruns(probe.id)).toBe(1);
  startNextAttempt(stand, probe.id);
  finishAttempt(stand, probe.id, passing);
  const next = await sweepFor(head);
  // c1 and c2 passed: the head is probed to confirm it, c2's branch deleted once judged.
  expect(next.plan.jobs[0]?.reason).toContain('every earlier commit passed');
  expect(await stand.git.revParse(`refs/heads/${probeRef(c2)}`)).toBeUndefined();
}, 240_000);

test('a probe cancelled every time: re-run twice, then a person told "cancelled 3 times", never "failed"', async () => {
  const { head, c2 } = await fx.bisectionUnderWay('cancel-always');
  await sweepFor(head);
  const probe = probeOf(c2);
  finishAttempt(stand, probe.id, CANCELLED);
  for (let i = 1; i <= MAX_PROBE_RERUNS_ON_CANCEL; i++) {
    const retried = await sweepFor(head);
    expect(retried.plan.jobs[0]?.reason).toContain(`was cancelled ${i} time`);
    startNextAttempt(stand, probe.id);
    finishAttempt(stand, probe.id, CANCELLED);
  }
  const told = await sweepFor(head);
  const job = told.plan.jobs[0]!;
  const n = MAX_PROBE_RERUNS_ON_CANCEL + 1;
  expect(job.action).toBe('manual');
  expect(job.reason).toContain(`the probe on ${c2.slice(0, 12)} was cancelled ${n} times (run ${probe.id})`);
  expect(job.reason).toContain(`${c2.slice(0, 12)}: cancelled ${n} times, run ${probe.id}`);
  expect(job.reason).not.toContain('failed another way');
  expect(wholeReruns(probe.id)).toBe(MAX_PROBE_RERUNS_ON_CANCEL);
  expect(told.plan.revert).toBeUndefined();
  // The bisection ended: the branch deleted, its record dropped; a later sweep re-runs nothing.
  expect(await stand.git.revParse(`refs/heads/${probeRef(c2)}`)).toBeUndefined();
  expect(fx.ledger.current().probes ?? []).toEqual([]);
  await fx.sweep();
  expect(wholeReruns(probe.id)).toBe(MAX_PROBE_RERUNS_ON_CANCEL);
}, 240_000);

test("a probe cancelled by its job's timeout-minutes is the commit's timeout: read as such, not re-run", async () => {
  const { head, c2 } = await fx.bisectionUnderWay('cancel-timeout');
  await sweepFor(head);
  const probe = probeOf(c2);
  finishAttempt(stand, probe.id, TIMED_OUT);
  expect(probe.conclusion).toBe('cancelled');
  const told = await sweepFor(head);
  const job = told.plan.jobs[0]!;
  // The head failed its tests; c2 timed out: another failure in the range, a person's to pick.
  expect(job.action).toBe('manual');
  expect(job.reason).toContain(`the probe of ${c2.slice(0, 12)} failed another way (timeout)`);
  expect(job.reason).toContain(`${c2.slice(0, 12)}: failed another way (timeout), run ${probe.id}`);
  expect(job.reason).not.toContain('was cancelled');
  expect(wholeReruns(probe.id)).toBe(0);
}, 240_000);

test("two workflows on one probe branch, one's probe cancelled by the other's start (a ref-keyed concurrency group): it waits for the other's, is re-run, and the last judged deletes the branch", async () => {
  fx.ledger.reset();
  const NIGHTLY = { workflowId: 4343, name: 'Nightly' };
  const nightlyFile = { path: '.github/workflows/nightly.yml' };
  const green = await landCommit(stand, { message: 'shared: green', files: { 'shared-0.txt': '0\n' } });
  seedRun(stand, { sha: green, jobs: passing });
  Object.assign(seedRun(stand, { sha: green, jobs: passing, ...NIGHTLY }), nightlyFile);
  const c1 = await landCommit(stand, { message: 'shared: one', files: { 'shared-1.txt': '1\n' } });
  await landCommit(stand, { message: 'shared: two', files: { 'shared-2.txt': '2\n' } });
  const c3 = await landCommit(stand, { message: 'shared: three', files: { 'shared-3.txt': '3\n' } });
  const ci = seedRun(stand, { sha: c3, jobs: failing });
  const nightly = Object.assign(seedRun(stand, { sha: c3, jobs: failing, ...NIGHTLY }), nightlyFile);
  const ref = probeRef(c1);
  const probeFor = (workflowId: number): FakeRun =>
    stand.github.state.runs.find((r) => r.headBranch === ref && r.workflowId === workflowId)!;
  await fx.supervise(ci.id);
  await fx.supervise(nightly.id);
  // `concurrency: ${{ github.ref }}` with cancel-in-progress: the nightly's probe cancelled CI's.
  const ciProbe = probeFor(ci.workflowId);
  finishAttempt(stand, ciProbe.id, CANCELLED);

  const waits = await fx.supervise(ci.id);
  expect(waits.plan.jobs[0]?.reason).toContain(
    `once another workflow's probe on ${ref} (run ${probeFor(4343).id}) completes`,
  );
  expect(wholeReruns(ciProbe.id)).toBe(0);
  // The nightly's probe judged: the branch stays for CI's, pending again.
  finishAttempt(stand, probeFor(4343).id, passing);
  await fx.supervise(nightly.id);
  expect(await stand.git.revParse(`refs/heads/${ref}`)).toBe(c1);

  const retried = await fx.supervise(ci.id);
  expect(retried.plan.jobs[0]?.reason).toContain(`the probe on ${c1.slice(0, 12)} was cancelled 1 time`);
  expect(wholeReruns(ciProbe.id)).toBe(1);
  startNextAttempt(stand, ciProbe.id);
  finishAttempt(stand, ciProbe.id, passing);
  expect((await fx.supervise(ci.id)).plan.jobs[0]?.reason).toContain('dispatched on');
  // CI's probe judged last: the branch goes.
  expect(await stand.git.revParse(`refs/heads/${ref}`)).toBeUndefined();
}, 240_000);

test("a probe a person cancelled (no annotation of GitHub's cause): a person told at once, not re-run over their cancel", async () => {
  fx.ledger.reset();
  // The earlier tests spent the day's probes (revert.daily-cap 3): this repository allows more.
  const roomy = { config: { ...DEFAULT_CONFIG, revert: { ...DEFAULT_CONFIG.revert, dailyCap: 10 } } };
  const green = await landCommit(stand, { message: 'person: green', files: { 'person-0.txt': '0\n' } });
  seedRun(stand, { sha: green, jobs: passing });
  const c1 = await landCommit(stand, { message: 'person: one', files: { 'person-1.txt': '1\n' } });
  await landCommit(stand, { message: 'person: two', files: { 'person-2.txt': '2\n' } });
  const c3 = await landCommit(stand, { message: 'person: three', files: { 'person-3.txt': '3\n' } });
  const head = seedRun(stand, { sha: c3, jobs: failing });
  expect((await fx.supervise(head.id, roomy)).plan.jobs[0]?.reason).toContain(
    `dispatched on ${probeRef(c1)}`,
  );
  const probe = probeOf(c1);
  finishAttempt(stand, probe.id, CANCELLED_BY_A_PERSON);
  const told = await fx.supervise(head.id, roomy);
  const job = told.plan.jobs[0]!;
  expect(job.action).toBe('manual');
  expect(job.reason).toContain(`the probe on ${c1.slice(0, 12)} was cancelled (run ${probe.id})`);
  expect(job.reason).toContain('a person may have cancelled it, so it is not re-run');
  expect(job.reason).not.toContain('failed another way');
  expect(wholeReruns(probe.id)).toBe(0);
  expect(await stand.git.revParse(`refs/heads/${probeRef(c1)}`)).toBeUndefined();
}, 240_000);
