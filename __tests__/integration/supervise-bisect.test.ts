/**
 * Bisection through the stand's git remote and GitHub API, with the phase's real adapters (src, not dist):
 * three commits since the last green run, the second broke the tests. Each supervisor run takes one step:
 * it dispatches a probe (a branch at the commit, a workflow_dispatch there). GitHub starts the probe run (the
 * stand does, and the test only ends it with its jobs), but a run dispatched with GITHUB_TOKEN fires no
 * `workflow_run` when it completes (stand/services/token-rules.ts): the next step comes from the scheduled
 * sweep, never from a callback GitHub would not send. The probes find the second commit and a draft revert
 * of it alone is opened, the record naming the probes. A probe that fails another way goes to a person,
 * with the probes listed.
 */
import { probeRef } from '../../src/supervise/core/bisect.js';
import { parseRollbackRecord } from '../../src/supervise/core/rollback-record.js';
import { bisectStand, FAILING as failing, PASSING as passing } from '../../stand/scenarios/bisect-stand.js';
import {
  corpusLog,
  finishAttempt,
  landCommit,
  LOGS,
  seedRun,
  type SeedJob,
} from '../../stand/scenarios/supervise-stand.js';
import { firesWorkflowRun } from '../../stand/services/token-rules.js';
import type { Stand } from '../../stand/services/stand.js';

// No ledger: each step reads the probes back from GitHub alone.
const fx = bisectStand('bisect-', { ledger: false });
const { supervise } = fx;
let stand: Stand;
beforeAll(() => void (stand = fx.stand));

/** The scheduled sweep: the pending bisection's failing run, supervised again. */
async function sweepOnce(): ReturnType<typeof supervise> {
  const { swept } = await fx.sweep();
  expect(swept.supervised).toHaveLength(1);
  const [only] = swept.supervised;
  if (!only?.outcome) throw new Error(`the sweep did not supervise: ${only?.error ?? 'no target'}`);
  return only.outcome;
}

/**
 * What GitHub does on the dispatch: it started a run of the workflow on the probe branch, at its commit;
 * the run ends with `jobs`. Dispatched with GITHUB_TOKEN, its completion is sent to nobody.
 */
function runProbe(sha: string, jobs: SeedJob[]): number {
  const ref = probeRef(sha);
  expect(stand.github.state.dispatches.at(-1)).toMatchObject({ ref });
  const run = stand.github.state.runs.find((r) => r.headBranch === ref && r.status === 'queued');
  if (!run) throw new Error(`GitHub started no run on ${ref}`);
  expect(run).toMatchObject({ event: 'workflow_dispatch', headSha: sha, triggeredBy: 'github-token' });
  finishAttempt(stand, run.id, jobs);
  expect(firesWorkflowRun(run)).toBe(false);
  return run.id;
}

test('three commits since the last green run, the second broke the tests: the probes find it, and a draft revert of it alone is opened', async () => {
  const file = 'src/parser.js';
  const green = await landCommit(stand, {
    message: 'Add parser',
    files: { [file]: 'export const sep = ",";\n' },
  });
  seedRun(stand, { sha: green, jobs: passing });
  const c1 = await landCommit(stand, { message: 'Docs', files: { 'docs.md': 'a\n' } });
  const c2 = await landCommit(stand, {
    message: 'Speed up parser',
    files: { [file]: 'export const sep = ";";\n' },
    author: 'Alice',
  });
  const c3 = await landCommit(stand, { message: 'More docs', files: { 'docs.md': 'b\n' } });
  const head = seedRun(stand, { sha: c3, jobs: failing });

  // Step 1: the failing run itself: a probe of the first commit.
  const first = await supervise(head.id);
  expect(first.plan.revert).toBeUndefined();
  expect(first.plan.jobs[0]).toMatchObject({ action: 'nothing' });
  expect(first.plan.jobs[0]?.reason).toContain(`dispatched on ${probeRef(c1)}`);
  expect(await stand.git.revParse(`refs/heads/${probeRef(c1)}`)).toBe(c1);
  expect(stand.github.state.dispatches).toHaveLength(1);

  // Step 2: the first probe passed (no event: the sweep finds it): its branch is deleted, the second
  // commit is probed.
  runProbe(c1, passing);
  const second = await sweepOnce();
  expect(second.details.run.id).toBe(head.id);
  expect(second.plan.jobs[0]?.reason).toContain(`dispatched on ${probeRef(c2)}`);
  expect(await stand.git.revParse(`refs/heads/${probeRef(c1)}`)).toBeUndefined();

  // Step 3: the second failed the same way, once: a flaky test would make it the culprit, so its probe's
  // failed jobs are re-run first (GitHub makes attempt 2 of the same run).
  const probe2 = runProbe(c2, failing);
  const third = await sweepOnce();
  expect(third.plan.revert).toBeUndefined();
  expect(third.plan.jobs[0]?.reason).toContain(`re-running its probe (run ${probe2})`);
  expect(stand.github.state.reruns.at(-1)).toMatchObject({ kind: 'failed-jobs', runId: probe2 });
  // What GitHub does on the re-run: attempt 2 of the same run (this stand starts no run by itself).
  Object.assign(stand.github.run(probe2)!, { runAttempt: 2, status: 'queued', conclusion: null });

  // Step 4: the re-run failed the same way too: it is the culprit, reverted alone in a draft PR.
  finishAttempt(stand, probe2, failing);
  const fourth = await sweepOnce();
  expect(fourth.plan.revert).toMatchObject({ sha: c2, job: 'test', failureType: 'test' });
  const branch = `ci-recovery/revert-${c2.slice(0, 12)}`;
  const pr = stand.github.state.pulls.find((p) => p.head.ref === branch)!;
  expect(pr).toMatchObject({ draft: true, base: { ref: 'main' } });
  const [tip] = await stand.git.log(branch, 1);
  expect(tip?.parents).toEqual([c3]);
  expect(await stand.git.show(branch, file)).toBe('export const sep = ",";\n');
  expect(await stand.git.show(branch, 'docs.md')).toBe('b\n');
  const record = parseRollbackRecord(pr.body ?? '');
  expect(record.from.commit).toBe(c2);
  expect(record.trigger.runId).toBe(head.id);
  expect(record.probes).toEqual([
    expect.stringContaining(`${c1.slice(0, 12)}: passed`),
    `${c2.slice(0, 12)}: failed the same way (test), run ${probe2}`,
  ]);
  expect(pr.body).toContain('was bisected');
  expect(await stand.git.revParse(`refs/heads/${probeRef(c2)}`)).toBeUndefined();
  expect(stand.github.state.dispatches).toHaveLength(2);
  expect(stand.github.validationErrors).toEqual([]);
}, 240_000);

test('a probe that failed another way: a person gets the probes, nothing is reverted', async () => {
  const fixed = await landCommit(stand, { message: 'Fix parser', files: { 'src/parser.js': 'x\n' } });
  seedRun(stand, { sha: fixed, jobs: passing });
  const d1 = await landCommit(stand, { message: 'Bump tool', files: { 'tool.txt': '1\n' } });
  const d2 = await landCommit(stand, { message: 'Bump tool again', files: { 'tool.txt': '2\n' } });
  const head = seedRun(stand, { sha: d2, jobs: failing });
  const pulls = stand.github.state.pulls.length;

  await supervise(head.id);
  const network: SeedJob[] = [{ name: 'test', conclusion: 'failure', log: corpusLog(LOGS.network) }];
  const probe = runProbe(d1, network);
  const told = await sweepOnce();

  expect(told.plan.revert).toBeUndefined();
  const job = told.plan.jobs[0]!;
  expect(job.action).toBe('manual');
  expect(job.reason).toContain(`the probe of ${d1.slice(0, 12)} failed another way (network)`);
  expect(job.reason).toContain(`Probes: ${d1.slice(0, 12)}: failed another way (network), run ${probe}`);
  expect(stand.github.state.pulls).toHaveLength(pulls);
  expect(await stand.git.revParse(`refs/heads/${probeRef(d1)}`)).toBeUndefined();
}, 240_000);
