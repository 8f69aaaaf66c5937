/**
 * A push-mode revert made with GITHUB_TOKEN, whose verdict run the pushing wake could not dispatch (GitHub's
 * 502 past the client's retries), through the stand's git remote and GitHub API with the phase's real
 * adapters (src). GITHUB_TOKEN's push starts no run, so on main nothing ran on the revert until someone
 * pushed: the rollback waited unjudged, and the wake's summary told the user to add `workflow_dispatch:`,
 * which the workflow had. Now a sweep past the grace dispatches it again, once, and reads the verdict.
 */
import { DEFAULT_CONFIG, type Config } from '../../src/core/config.js';
import { sweep } from '../../src/supervise/phase/supervise-sweep.js';
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

const PUSH: Config = { ...DEFAULT_CONFIG, revert: { ...DEFAULT_CONFIG.revert, mode: 'push' } };
const fx = bisectStand('verdict-', { config: PUSH });
const NO_TRIGGER = "Workflow does not have 'workflow_dispatch' trigger";

/** A sweep (a `schedule:`) `minutes` after now, with the fixture's ledger: the warnings it logged. */
async function sweepIn(minutes: number): Promise<string[]> {
  const { ctx, ports, runner } = fx.wiring();
  const at = new Date(Date.now() + minutes * 60_000);
  await sweep(ctx, { ...ports, now: () => at }, { defaultBranch: 'main' });
  return runner.log.messages('warning');
}

/** A culprit landed and failing twice on main (the second attempt confirms it): its run. */
async function failingCulprit(tag: string): Promise<{ culprit: string; runId: number }> {
  const stand = fx.stand;
  const parent = await landCommit(stand, { message: `Add ${tag}`, files: { [`src/${tag}.js`]: 'a\n' } });
  seedRun(stand, { sha: parent, jobs: passing });
  const culprit = await landCommit(stand, {
    message: `Speed up ${tag}`,
    files: { [`src/${tag}.js`]: 'b\n' },
  });
  const run = seedRun(stand, { sha: culprit, jobs: failing });
  await fx.supervise(run.id);
  startNextAttempt(stand, run.id);
  finishAttempt(stand, run.id, failing);
  return { culprit, runId: run.id };
}

test('a pushed revert whose verdict run was not dispatched (502): a sweep past the grace dispatches it once, and the verdict is read', async () => {
  const stand = fx.stand;
  const verdictRuns = (): number => stand.github.state.dispatches.filter((d) => d.ref === 'main').length;
  const parent = await landCommit(stand, { message: 'Add parser', files: { 'src/p.js': 'a\n' } });
  seedRun(stand, { sha: parent, jobs: passing });
  const culprit = await landCommit(stand, { message: 'Speed up parser', files: { 'src/p.js': 'b\n' } });
  const run = seedRun(stand, { sha: culprit, jobs: failing });
  await fx.supervise(run.id);
  startNextAttempt(stand, run.id);
  finishAttempt(stand, run.id, failing);

  stand.github.fail('POST', DISPATCHES, 502, { times: 8 });
  const reverted = await fx.supervise(run.id).finally(() => stand.github.clearFailures());
  expect(reverted.revert?.pushed).toMatch(/^[0-9a-f]{40}$/);
  expect(reverted.verdictRun).toBeUndefined();
  const said = reverted.problems.join('\n');
  expect(said).toContain("the revert's verdict waits for the next run of main");
  expect(said).toContain('a sweep dispatches it again');
  expect(said).not.toContain("add 'workflow_dispatch:'");
  expect(verdictRuns()).toBe(0);

  // Within the grace the listing may not show the wake's own dispatch yet: nothing dispatched.
  await sweepIn(5);
  expect(verdictRuns()).toBe(0);
  await sweepIn(20);
  expect(verdictRuns()).toBe(1);
  const verdict = stand.github.state.runs.find(
    (r) => r.headBranch === 'main' && r.event === 'workflow_dispatch',
  );
  expect(verdict?.headSha).toBe(reverted.revert?.pushed);
  // Created since the revert: it may hold it, so no second dispatch while it runs.
  await sweepIn(25);
  expect(verdictRuns()).toBe(1);
  finishAttempt(stand, verdict!.id, passing);
  await sweepIn(30);
  expect(fx.ledger.current().reverts[0]).toMatchObject({ sha: culprit, verdict: 'green' });
  expect(verdictRuns()).toBe(1);
  expect(stand.github.validationErrors).toEqual([]);
}, 240_000);

test("the wake's dispatch GitHub refuses (422, no `workflow_dispatch:`): the advice is given once, by the wake, and no sweep asks again", async () => {
  const stand = fx.stand;
  const { culprit, runId } = await failingCulprit('tokens');
  const asked = (): number =>
    stand.github.calls.filter((c) => c.method === 'POST' && c.route === DISPATCHES).length;
  stand.github.fail('POST', DISPATCHES, 422, { message: NO_TRIGGER });
  try {
    const before = asked();
    const reverted = await fx.supervise(runId);
    expect(reverted.revert?.pushed).toMatch(/^[0-9a-f]{40}$/);
    expect(reverted.problems.join('\n')).toContain("add 'workflow_dispatch:'");
    expect(asked()).toBe(before + 1);
    const entry = fx.ledger.current().reverts.find((r) => r.sha === culprit);
    expect(entry?.verdictDispatchedAt).toEqual(expect.any(String));

    // The ledger the wake saved keeps the refusal: no sweep asks again or repeats the advice.
    for (const minutes of [20, 35, 50]) {
      const said = (await sweepIn(minutes)).join('\n');
      expect(said).not.toContain('workflow_dispatch');
      expect(asked()).toBe(before + 1);
    }
  } finally {
    stand.github.clearFailures();
  }
  expect(stand.github.validationErrors).toEqual([]);
}, 240_000);

test("a sweep's dispatch GitHub refuses (422, after the wake's 502): the advice is given once and no further dispatch is asked", async () => {
  const stand = fx.stand;
  const { culprit, runId } = await failingCulprit('lexer');
  const asked = (): number =>
    stand.github.calls.filter((c) => c.method === 'POST' && c.route === DISPATCHES).length;
  stand.github.fail('POST', DISPATCHES, 502, { times: 8 });
  const reverted = await fx.supervise(runId).finally(() => stand.github.clearFailures());
  expect(reverted.revert?.pushed).toMatch(/^[0-9a-f]{40}$/);
  expect(reverted.problems.join('\n')).not.toContain("add 'workflow_dispatch:'");
  expect(fx.ledger.current().reverts.find((r) => r.sha === culprit)?.verdictDispatchedAt).toBeUndefined();
  stand.github.fail('POST', DISPATCHES, 422, { message: NO_TRIGGER });
  try {
    const byWake = asked();

    const refused = (await sweepIn(20)).join('\n');
    expect(asked()).toBe(byWake + 1);
    expect(refused).toContain("add 'workflow_dispatch:' to its 'on:'");
    expect(refused).toContain('no further dispatch is made');
    expect(refused).not.toContain('the next sweep tries again');
    const entry = fx.ledger.current().reverts.find((r) => r.sha === culprit);
    expect(entry?.verdictDispatchedAt).toEqual(expect.any(String));
    expect(entry?.verdict).toBeUndefined();

    // The next sweeps ask nothing and say nothing of it: the ledger keeps that it was refused.
    for (const minutes of [35, 50]) {
      const said = (await sweepIn(minutes)).join('\n');
      expect(said).not.toContain('workflow_dispatch');
      expect(asked()).toBe(byWake + 1);
    }
  } finally {
    stand.github.clearFailures();
  }
  expect(stand.github.validationErrors).toEqual([]);
}, 240_000);
