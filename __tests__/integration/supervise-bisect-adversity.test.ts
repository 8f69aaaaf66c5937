/**
 * Bisection on a busy repository, through the stand's git remote and GitHub API with the phase's real
 * adapters (src): the watched workflow disabled (or its file deleted) mid-bisection, and GitHub's rate limit
 * answering the probe's dispatch. Each supervisor run is a sweep (a `schedule:`), as GitHub sends no event for
 * a probe dispatched with GITHUB_TOKEN. The ledger is kept between runs as JSON, as the cache keeps it.
 */
import { probeRef } from '../../src/supervise/core/bisect.js';
import {
  bisectStand,
  DISPATCHES,
  FAILING as failing,
  PASSING as passing,
} from '../../stand/scenarios/bisect-stand.js';
import {
  finishAttempt,
  landCommit,
  seedRun,
  startNextAttempt,
} from '../../stand/scenarios/supervise-stand.js';
import type { Stand } from '../../stand/services/stand.js';

const fx = bisectStand('bisect-adv-');
const { supervise, sweep: sweepOnce, dispatchesTo, bisectionUnderWay } = fx;
let stand: Stand;
beforeAll(() => void (stand = fx.stand));

test('the watched workflow disabled mid-bisection: the refused probe ends the bisection once, and later sweeps do not dispatch again (att-sup5, finding 2)', async () => {
  const { head, c2 } = await bisectionUnderWay('disabled');
  const key = `${stand.repo}:${stand.github.run(head)!.workflowId}`;
  stand.github.state.workflowStates[key] = 'disabled_manually';
  try {
    const ended = await sweepOnce();
    const told = ended.swept.supervised.find((s) => s.runId === head)?.outcome;
    expect(told?.plan.jobs[0]?.action).toBe('manual');
    expect(told?.plan.jobs[0]?.reason).toContain(`the probe of ${c2.slice(0, 12)} could not be dispatched`);
    expect(told?.plan.jobs[0]?.reason).toContain('disabled workflow');
    expect(dispatchesTo(probeRef(c2))).toBe(1);
    expect(await stand.git.revParse(`refs/heads/${probeRef(c2)}`)).toBeUndefined();

    // Every later wake: the same refusal would come back, and nothing the wake can do changes it.
    const again: number[] = [];
    for (let i = 0; i < 3; i++) {
      const later = await sweepOnce();
      again.push(...later.swept.supervised.map((s) => s.runId));
      // Never silent: each sweep that leaves the run says so, and how to take it up.
      expect(later.summary).toContain(`Run ${head} is not taken up again`);
    }
    expect(dispatchesTo(probeRef(c2))).toBe(1);
    expect(again).not.toContain(head);

    // Taken up as the summary says (the workflow enabled, a dispatch naming the run): its probe is
    // dispatched, and the sweeps follow its answer again (the review of att-sup5: the ended record stayed).
    delete stand.github.state.workflowStates[key];
    const resumed = await supervise(head);
    expect(resumed.plan.jobs[0]?.reason).toContain(`dispatched on ${probeRef(c2)}`);
    const probe = stand.github.state.runs.find((r) => r.headBranch === probeRef(c2) && r.status === 'queued');
    finishAttempt(stand, probe!.id, passing);
    const after = await sweepOnce();
    expect(after.swept.supervised.map((s) => s.runId)).toContain(head);
    expect(after.summary).not.toContain(`Run ${head} is not taken up again`);
  } finally {
    delete stand.github.state.workflowStates[key];
  }
}, 240_000);

test("a dispatch that fails for a passing reason (GitHub's 502) waits for the next wake: the bisection does not end, and the next sweep dispatches the probe (the review of att-sup5)", async () => {
  const { head, c2 } = await bisectionUnderWay('server-error');
  // More 502s than the client's retries: the wake's dispatch fails.
  stand.github.fail('POST', DISPATCHES, 502, { times: 8 });
  const failed = await sweepOnce().finally(() => stand.github.clearFailures());
  const told = failed.swept.supervised.find((s) => s.runId === head)?.outcome;
  expect(told?.plan.jobs[0]?.action).toBe('nothing');
  expect(told?.plan.jobs[0]?.reason).toContain('waits for the next wake');
  expect(told?.plan.jobs[0]?.reason).not.toContain("needs 'workflow_dispatch:'");
  const next = await sweepOnce();
  expect(next.summary).not.toContain(`Run ${head} is not taken up again`);
  const again = next.swept.supervised.find((s) => s.runId === head)?.outcome;
  expect(again?.plan.jobs[0]?.reason).toContain(`dispatched on ${probeRef(c2)}`);
}, 240_000);

test("GitHub's rate limit answering the probe's dispatch: the bisection waits (not a person's, not a permission), says until when, and the next wake dispatches it (att-sup5, finding 1)", async () => {
  const { head, c2 } = await bisectionUnderWay('limited');
  // Spent for ten minutes: past the client's longest wait (120 s), so the call fails at once.
  stand.github.rateLimit('POST', DISPATCHES, 'primary', { waitSeconds: 600 });
  const limited = await sweepOnce();
  const told = limited.swept.supervised.find((s) => s.runId === head)?.outcome;
  expect(told?.plan.jobs[0]?.reason).toContain('rate limit is spent until');
  expect(told?.plan.jobs[0]?.action).toBe('nothing');
  expect(told?.plan.jobs[0]?.reason).not.toContain("needs 'workflow_dispatch:'");
  expect(await stand.git.revParse(`refs/heads/${probeRef(c2)}`)).toBeUndefined();

  // The limit has passed: the next sweep dispatches the probe, once.
  const next = await sweepOnce();
  const again = next.swept.supervised.find((s) => s.runId === head)?.outcome;
  expect(again?.plan.jobs[0]?.reason).toContain(`dispatched on ${probeRef(c2)}`);
  expect(await stand.git.revParse(`refs/heads/${probeRef(c2)}`)).toBe(c2);
  expect(stand.github.state.dispatches.filter((d) => d.ref === probeRef(c2))).toHaveLength(1);
  expect(stand.github.validationErrors).toEqual([]);
}, 240_000);

test('a probe cancelled by a concurrency group, then re-run by a person and failing once, is no confirmed culprit: its probe is re-run before any revert (att-sup6, item 5)', async () => {
  fx.ledger.reset();
  const green = await landCommit(stand, { message: 'cancel: green', files: { 'cancel.txt': '0\n' } });
  seedRun(stand, { sha: green, jobs: passing });
  const c1 = await landCommit(stand, { message: 'cancel: one', files: { 'cancel-1.txt': '1\n' } });
  await landCommit(stand, { message: 'cancel: two', files: { 'cancel-2.txt': '2\n' } });
  const c3 = await landCommit(stand, { message: 'cancel: three', files: { 'cancel-3.txt': '3\n' } });
  const head = seedRun(stand, { sha: c3, jobs: failing });
  expect((await supervise(head.id)).plan.jobs[0]?.reason).toContain(`dispatched on ${probeRef(c1)}`);
  const probe = stand.github.state.runs.find((r) => r.headBranch === probeRef(c1) && r.status === 'queued')!;
  // A push to main cancels the probe (`concurrency: ci-${{ github.workflow }}`, cancel-in-progress) ...
  finishAttempt(stand, probe.id, [{ name: 'test', conclusion: 'cancelled', log: 'cancelled\n' }]);
  Object.assign(probe, { conclusion: 'cancelled' });
  // ... and a person re-runs it: its second attempt fails the same way, once (a flaky test would too).
  startNextAttempt(stand, probe.id);
  finishAttempt(stand, probe.id, failing);
  const step = await supervise(head.id);
  expect(step.plan.revert).toBeUndefined();
  expect(
    stand.github.state.pulls.filter((p) => p.head.ref === `ci-recovery/revert-${c1.slice(0, 12)}`),
  ).toEqual([]);
  expect(step.plan.jobs[0]?.reason).toContain(`re-running its probe (run ${probe.id})`);
  expect(stand.github.state.reruns.filter((r) => r.runId === probe.id)).toHaveLength(1);
}, 240_000);
