/**
 * Bisection where the workflow itself changes under it, through the stand's git remote and GitHub API with the
 * phase's real adapters (src): its file deleted mid-bisection (the dispatch and the workflow answer 404), and
 * a range whose older commits have no `workflow_dispatch:` trigger yet (GitHub reads the file at the probe's
 * branch and answers 422). Each supervisor run is a sweep (a `schedule:`) or a wake naming the failing run;
 * the ledger is kept between runs as JSON, as the cache keeps it.
 */
import { probeRef } from '../../src/supervise/core/bisect.js';
import { bisectStand, FAILING as failing, PASSING as passing } from '../../stand/scenarios/bisect-stand.js';
import { finishAttempt, landCommit, seedRun } from '../../stand/scenarios/supervise-stand.js';
import type { Stand } from '../../stand/services/stand.js';

const fx = bisectStand('bisect-wf-');
const { supervise, sweep: sweepOnce, dispatchesTo, bisectionUnderWay } = fx;
let stand: Stand;
beforeAll(() => void (stand = fx.stand));

const WORKFLOW = '.github/workflows/ci.yml';
const withDispatch =
  'name: CI\non:\n  push:\n  workflow_dispatch:\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps: [{ run: npm test }]\n';
const withoutDispatch = withDispatch.replace('  workflow_dispatch:\n', '');

test("the workflow's file deleted mid-bisection: its dispatch answers 404 and the workflow says `deleted`, the bisection ends once and says the workflow is gone, not a permission (att-sup6, item 2)", async () => {
  const { head, c2 } = await bisectionUnderWay('deleted');
  const key = `${stand.repo}:${stand.github.run(head)!.workflowId}`;
  stand.github.state.workflowStates[key] = 'deleted';
  try {
    const ended = await sweepOnce();
    const told = ended.swept.supervised.find((s) => s.runId === head)?.outcome;
    expect(told?.plan.jobs[0]?.action).toBe('manual');
    expect(told?.plan.jobs[0]?.reason).toContain(`the probe of ${c2.slice(0, 12)} could not be dispatched`);
    expect(told?.plan.jobs[0]?.reason).toContain('is gone (its file deleted or renamed)');
    expect(told?.plan.jobs[0]?.reason).not.toContain("'actions: write'");
    expect(await stand.git.revParse(`refs/heads/${probeRef(c2)}`)).toBeUndefined();
    for (let i = 0; i < 2; i++) {
      const later = await sweepOnce();
      expect(later.swept.supervised.map((s) => s.runId)).not.toContain(head);
      expect(later.summary).toContain(`Run ${head} is not taken up again`);
    }
    expect(dispatchesTo(probeRef(c2))).toBe(1);
    expect(stand.github.validationErrors).toEqual([]);
  } finally {
    delete stand.github.state.workflowStates[key];
  }
}, 240_000);

test('older commits of the range whose workflow file has no workflow_dispatch trigger yet are skipped, as git bisect skip: the bisection probes the testable ones and finds the culprit (att-sup6, item 3)', async () => {
  fx.ledger.reset();
  const green = await landCommit(stand, {
    message: 'skip: green',
    files: { [WORKFLOW]: withoutDispatch, 'skip.txt': '0\n' },
  });
  seedRun(stand, { sha: green, jobs: passing });
  const c1 = await landCommit(stand, { message: 'skip: one', files: { 'skip.txt': '1\n' } });
  const c2 = await landCommit(stand, { message: 'skip: two', files: { 'skip.txt': '2\n' } });
  const c3 = await landCommit(stand, { message: 'skip: trigger', files: { [WORKFLOW]: withDispatch } });
  const c4 = await landCommit(stand, { message: 'skip: four', files: { 'skip.txt': '4\n' } });
  const head = seedRun(stand, { sha: c4, jobs: failing });

  // c2 (the middle) and c1 cannot be probed: c3 is, and nothing is dispatched at c1 or c2.
  const first = await supervise(head.id);
  const reason = first.plan.jobs[0]?.reason ?? '';
  expect(reason).toContain(`dispatched on ${probeRef(c3)}`);
  expect(reason).toContain(`${c2.slice(0, 12)} skipped`);
  expect(dispatchesTo(probeRef(c1)) + dispatchesTo(probeRef(c2))).toBe(0);
  const probe3 = stand.github.state.runs.find((r) => r.headBranch === probeRef(c3) && r.status === 'queued');
  finishAttempt(stand, probe3!.id, passing);

  // c3 passed: the head is confirmed by a probe, which fails the same way: c4 is the culprit, reverted.
  const second = await supervise(head.id);
  expect(second.plan.jobs[0]?.reason).toContain(`dispatched on ${probeRef(c4)}`);
  const probe4 = stand.github.state.runs.find((r) => r.headBranch === probeRef(c4) && r.status === 'queued');
  finishAttempt(stand, probe4!.id, failing);
  const third = await supervise(head.id);
  expect(third.plan.revert?.sha).toBe(c4);
  expect(stand.github.validationErrors).toEqual([]);
}, 240_000);

test('the culprit among commits that cannot be probed goes to a person, every candidate named (att-sup6, item 3)', async () => {
  fx.ledger.reset();
  const green = await landCommit(stand, {
    message: 'hidden: green',
    files: { [WORKFLOW]: withoutDispatch, 'hidden.txt': '0\n' },
  });
  seedRun(stand, { sha: green, jobs: passing });
  const c1 = await landCommit(stand, { message: 'hidden: one', files: { 'hidden.txt': '1\n' } });
  const c2 = await landCommit(stand, { message: 'hidden: trigger', files: { [WORKFLOW]: withDispatch } });
  const c3 = await landCommit(stand, { message: 'hidden: three', files: { 'hidden.txt': '3\n' } });
  const head = seedRun(stand, { sha: c3, jobs: failing });
  const first = await supervise(head.id);
  expect(first.plan.jobs[0]?.reason).toContain(`dispatched on ${probeRef(c2)}`);
  const probe2 = stand.github.state.runs.find((r) => r.headBranch === probeRef(c2) && r.status === 'queued');
  finishAttempt(stand, probe2!.id, failing);
  // c2 failed: the culprit is c1 or c2, and c1 cannot be probed; no re-run is spent to confirm c2 alone.
  const told = await supervise(head.id);
  expect(told.plan.jobs[0]?.action).toBe('manual');
  expect(told.plan.jobs[0]?.reason).toContain(`the culprit is one of ${c1.slice(0, 12)}, ${c2.slice(0, 12)}`);
  expect(told.plan.revert).toBeUndefined();
  expect(dispatchesTo(probeRef(c1))).toBe(0);
  expect(stand.github.state.reruns.filter((r) => r.runId === probe2!.id)).toEqual([]);
}, 240_000);

test("two workflows bisecting the same commits share the probe branch at a commit: each dispatches its own probe there, and one's judged probe leaves the branch to the other's pending one (house-sup)", async () => {
  fx.ledger.reset();
  const NIGHTLY = { workflowId: 4343, name: 'Nightly' };
  const nightlyFile = { path: '.github/workflows/nightly.yml' };
  const green = await landCommit(stand, { message: 'both: green', files: { 'both.txt': '0\n' } });
  seedRun(stand, { sha: green, jobs: passing });
  Object.assign(seedRun(stand, { sha: green, jobs: passing, ...NIGHTLY }), nightlyFile);
  const c1 = await landCommit(stand, { message: 'both: one', files: { 'both.txt': '1\n' } });
  await landCommit(stand, { message: 'both: two', files: { 'both.txt': '2\n' } });
  const c3 = await landCommit(stand, { message: 'both: three', files: { 'both.txt': '3\n' } });
  const ci = seedRun(stand, { sha: c3, jobs: failing });
  const nightly = Object.assign(seedRun(stand, { sha: c3, jobs: failing, ...NIGHTLY }), nightlyFile);
  const ref = probeRef(c1);
  expect((await supervise(ci.id)).plan.jobs[0]?.reason).toContain(`dispatched on ${ref}`);
  // The nightly's probe of the same commit: the branch is there (CI's), and it is no crashed dispatch of
  // the nightly's own to wait an hour for: its probe is dispatched on it at once (the old code waited).
  expect((await supervise(nightly.id)).plan.jobs[0]?.reason).toContain(`dispatched on ${ref}`);
  const probeOf = (workflowId: number) =>
    stand.github.state.runs.find((r) => r.headBranch === ref && r.workflowId === workflowId)!;
  expect(probeOf(4343)).toMatchObject({ path: nightlyFile.path, headSha: c1, status: 'queued' });
  // CI's probe passed: CI probes on, and leaves the branch to the nightly's probe, still queued.
  finishAttempt(stand, probeOf(ci.workflowId).id, passing);
  expect((await supervise(ci.id)).plan.jobs[0]?.reason).toContain('dispatched on');
  expect(await stand.git.revParse(`refs/heads/${ref}`)).toBe(c1);
  // The nightly's probe judged: the branch goes.
  finishAttempt(stand, probeOf(4343).id, passing);
  await supervise(nightly.id);
  expect(await stand.git.revParse(`refs/heads/${ref}`)).toBeUndefined();
  expect(stand.github.validationErrors).toEqual([]);
}, 240_000);
