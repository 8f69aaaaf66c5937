/**
 * The supervisor on GitHub as it really behaves (issue 65), end to end: the real `supervise/` bundle through
 * the local runner, against a stand that starts runs and sends `workflow_run` only as GitHub does for the
 * token that acted (stand/services/token-rules.ts). With GITHUB_TOKEN the multi-step work advances through
 * the scheduled sweep; with an App token through events. No test here delivers an event GitHub would not.
 */
import { probeRef } from '../../src/supervise/core/bisect.js';
import {
  bisectThroughGitHub,
  rerunAndRevertThroughGitHub,
  type Wake,
} from '../../stand/scenarios/supervise-reconcile.js';
import {
  finishAttempt,
  landCommit,
  NO_BACKOFF_CONFIG,
  runSupervisor,
  seedRun,
  type SupervisorRun,
} from '../../stand/scenarios/supervise-stand.js';
import { APP_TOKEN, FAILING, PASSING } from '../../stand/scenarios/supervise-reconcile.js';
import { supervisorStand } from './supervise-suite.js';

const stand = supervisorStand({ appTokens: [APP_TOKEN] });
/** How each supervisor run was woken; every one of them ended green. */
const hoursBefore = (iso: string, hours: number): string =>
  new Date(Date.parse(iso) - hours * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

const by = (wakes: Wake[]): string[] => {
  expect(wakes.map((w) => w.supervisor.job.conclusion)).toEqual(wakes.map(() => 'success'));
  return wakes.map((w) => w.by);
};

test('a sweep with nothing pending costs one API listing and acts on nothing', async () => {
  const sweep = await runSupervisor(stand(), { runId: undefined });
  expect(sweep.job.conclusion).toBe('success');
  expect(sweep.calls.map((c) => `${c.method} ${c.route}`)).toEqual([
    'GET /repos/{owner}/{repo}/actions/runs',
  ]);
  expect(sweep.summary).toContain('Nothing pending');
});

test("a workflow_run wake with nothing else pending adds one listing to its own run's calls", async () => {
  const s = stand();
  const sha = await landCommit(s, { message: 'Green', files: { 'green.txt': '1\n' } });
  const run = seedRun(s, { sha, jobs: PASSING });
  const wake = await runSupervisor(s, { runId: run.id });
  expect(wake.job.conclusion).toBe('success');
  const listings = wake.calls.filter(
    (c) => c.route === '/repos/{owner}/{repo}/actions/runs' && !c.path.includes('status='),
  );
  // The reconciliation after its own run: the sweep's one listing, and no "Nothing pending" of its own.
  expect(listings).toHaveLength(1);
  expect(wake.calls.at(-1)?.route).toBe('/repos/{owner}/{repo}/actions/runs');
  expect(wake.summary).not.toContain('Nothing pending');
  expect(wake.writes).toEqual([]);
  console.log(
    `event wake, nothing pending: ${wake.calls.length} calls: ${wake.calls.map((c) => `${c.method} ${c.route}`).join(', ')}`,
  );
}, 300_000);

test("with GITHUB_TOKEN, a re-run's verdict and a revert's verdict are reached through unrelated runs' events, no sweep", async () => {
  const story = await rerunAndRevertThroughGitHub(stand(), 'github-token', {
    tag: ' wake',
    idle: 'unrelated',
  });
  // The person's push, then two completions of a run on another branch: each wake reconciled the rest.
  expect(by(story.wakes)).toEqual(['event', 'event', 'event']);
  const [confirm, revert, verdict] = story.wakes.map((w) => w.supervisor);
  expect(confirm?.outputs.rerun).toBe('requested');
  expect(revert?.outputs.swept).toBe(String(story.runId));
  expect(revert?.summary).toContain('Revert pushed to `main`');
  expect(verdict?.summary).toContain(`the revert of ${story.culprit.slice(0, 12)} helped`);
}, 300_000);

test('with GITHUB_TOKEN only, a three-commit bisection completes through scheduled sweeps, and no probe branch is left', async () => {
  const story = await bisectThroughGitHub(stand(), 'github-token');
  // The person's push is the only completion GitHub sends: every later step came from a sweep.
  expect(by(story.wakes)[0]).toBe('event');
  expect(by(story.wakes).slice(1)).toEqual(story.wakes.slice(1).map(() => 'sweep'));
  expect(story.wakes.length).toBeGreaterThanOrEqual(3);
  const revert = stand().github.state.pulls.find(
    (p) => p.head.ref === `ci-recovery/revert-${story.broken.slice(0, 12)}`,
  );
  expect(revert?.body).toContain('was bisected');
  expect(story.probeBranchesLeft).toEqual([]);
  // Two probes (the first commit passed, the second failed the same way): no commit probed twice.
  const refs = stand()
    .github.state.dispatches.map((d) => d.ref)
    .filter((r) => r.startsWith('ci-recovery/probe-'));
  expect(refs).toEqual([probeRef(story.commits[0]!), probeRef(story.commits[1]!)]);
  expect(story.wakes[0]?.supervisor.summary).toContain('Token: the workflow’s GITHUB_TOKEN');
}, 300_000);

test('with an App token, the same bisection completes through events, and a sweep past the third level', async () => {
  const before = stand().github.state.dispatches.length;
  const story = await bisectThroughGitHub(stand(), 'app');
  // The push, the first probe, the second probe: events. The second probe's re-run (it failed once, a
  // commit before the head) is the chain's fourth level, whose completion GitHub does not send: a sweep.
  expect(by(story.wakes)).toEqual(['event', 'event', 'event', 'sweep']);
  expect(
    stand().github.state.pulls.some((p) => p.head.ref === `ci-recovery/revert-${story.broken.slice(0, 12)}`),
  ).toBe(true);
  expect(story.probeBranchesLeft).toEqual([]);
  expect(stand().github.state.dispatches.length - before).toBe(2);
}, 300_000);

test('a probe that never completes goes to a person past the deadline, and its branch is deleted', async () => {
  let probes = 0;
  const story = await bisectThroughGitHub(stand(), 'github-token', {
    maxWakes: 4,
    // GitHub never runs the probe, and the clock moves on 7 hours, past the 6-hour deadline: every run
    // the stand holds was made that much earlier.
    hold: (run) => {
      if (!run.headBranch.startsWith('ci-recovery/probe-')) return false;
      if (probes++ === 0)
        for (const r of stand().github.state.runs)
          Object.assign(r, {
            createdAt: hoursBefore(r.createdAt, 7),
            updatedAt: hoursBefore(r.updatedAt, 7),
          });
      return true;
    },
    done: (wakes) => wakes.some((w) => w.supervisor.decisions.some((d) => d.action === 'manual')),
  });
  expect(probes).toBeGreaterThan(0);
  const told = story.wakes.at(-1)!;
  // No probe's completion told it: a sweep, or the wake of an earlier story's run (every wake reconciles).
  const wokenBy = stand().github.state.runs.find((r) => r.id === told.runId);
  expect(wokenBy?.headBranch.startsWith('ci-recovery/probe-') ?? false).toBe(false);
  const decision = told.supervisor.decisions.find((d) => d.action === 'manual');
  expect(decision?.reason).toContain(
    `the probe of ${story.commits[0]!.slice(0, 12)} did not complete within 6 h`,
  );
  expect(story.probeBranchesLeft).toEqual([]);
}, 300_000);

test("with GITHUB_TOKEN, a re-run's verdict and a push-mode revert's verdict are reached through sweeps", async () => {
  const story = await rerunAndRevertThroughGitHub(stand(), 'github-token');
  expect(by(story.wakes)).toEqual(['event', 'sweep', 'sweep']);
  const [confirm, revert, verdict] = story.wakes.map((w) => w.supervisor);
  expect(confirm?.outputs.rerun).toBe('requested');
  expect(revert?.outputs['revert-branch']).toBe('main');
  expect(revert?.summary).toContain('Revert pushed to `main`');
  // The revert pushed with GITHUB_TOKEN starts no run: the supervisor dispatched one on main.
  expect(revert?.writes).toContain('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches');
  expect(verdict?.summary).toContain(`the revert of ${story.culprit.slice(0, 12)} helped`);
}, 300_000);

test("with GITHUB_TOKEN, a revert's verdict run that completed hours before the next sweep is judged from the ledger", async () => {
  const s = stand();
  const story = await rerunAndRevertThroughGitHub(s, 'github-token', {
    tag: ' late',
    // The schedule stopped: the run dispatched on main for the revert's verdict completed, and the next
    // sweep came three hours later, far outside its 60-minute window.
    hold: (run) => {
      if (run.event !== 'workflow_dispatch' || run.headBranch !== 'main') return false;
      finishAttempt(s, run.id, PASSING);
      for (const r of s.github.state.runs)
        Object.assign(r, { createdAt: hoursBefore(r.createdAt, 3), updatedAt: hoursBefore(r.updatedAt, 3) });
      return true;
    },
  });
  expect(by(story.wakes)).toEqual(['event', 'sweep', 'sweep']);
  const verdict = story.wakes[2]!.supervisor;
  // The verdict run is outside the sweep's window: only the ledger's pending rollback can have led to it. (Runs
  // of this file's earlier stories share the stand, so what else the sweep listed is not asserted.)
  expect(verdict.summary).toContain(`the revert of ${story.culprit.slice(0, 12)} helped`);
}, 300_000);

test('with an App token, the same verdicts come through events', async () => {
  const story = await rerunAndRevertThroughGitHub(stand(), 'app');
  expect(by(story.wakes)).toEqual(['event', 'event', 'event']);
  expect(story.wakes[1]?.supervisor.writes).not.toContain(
    'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
  );
  expect(story.wakes[2]?.supervisor.summary).toContain(`the revert of ${story.culprit.slice(0, 12)} helped`);
}, 300_000);

test('two sweeps at once do nothing twice: one probe dispatched, then one revert opened', async () => {
  const s = stand();
  const green = await landCommit(s, { message: 'Green again', files: { 'src/parser.js': 'x\n' } });
  seedRun(s, { sha: green, jobs: PASSING });
  const c1 = await landCommit(s, { message: 'One', files: { 'a.txt': '1\n' } });
  const c2 = await landCommit(s, { message: 'Two', files: { 'src/parser.js': 'y\n' } });
  const c3 = await landCommit(s, { message: 'Three', files: { 'a.txt': '3\n' } });
  const head = seedRun(s, { sha: c3, jobs: FAILING });
  const config = 'budgets:\n  STANDARD: { backoff-seconds: 0 }\nrevert:\n  daily-cap: 100\n';
  // The failing run's own supervisor dispatched the probe of c1; it passed.
  await runSupervisor(s, { runId: head.id, config });
  const probe = s.github.state.runs.find((r) => r.headBranch === probeRef(c1))!;
  finishAttempt(s, probe.id, PASSING);
  const sweepBoth = async (): Promise<SupervisorRun[]> => {
    s.github.startsRuns = true;
    try {
      return await Promise.all([
        runSupervisor(s, { runId: undefined, config }),
        runSupervisor(s, { runId: undefined, config }),
      ]);
    } finally {
      s.github.startsRuns = false;
    }
  };
  const dispatched = s.github.state.dispatches.length;
  const first = await sweepBoth();
  expect(first.map((r) => r.job.conclusion)).toEqual(['success', 'success']);
  // One probe of c2, not two; c1's branch deleted.
  expect(s.github.state.dispatches.slice(dispatched).map((d) => d.ref)).toEqual([probeRef(c2)]);
  expect(await s.git.revParse(`refs/heads/${probeRef(c1)}`)).toBeUndefined();
  // c2 failed the same way once: its probe is re-run once, not twice, and nothing is reverted yet.
  const probe2 = s.github.state.runs.find((r) => r.headBranch === probeRef(c2))!;
  finishAttempt(s, probe2.id, FAILING);
  const pulls = s.github.state.pulls.length;
  const reruns = s.github.state.reruns.length;
  const second = await sweepBoth();
  expect(second.map((r) => r.job.conclusion)).toEqual(['success', 'success']);
  expect(s.github.state.reruns.slice(reruns).map((r) => r.runId)).toEqual([probe2.id]);
  expect(s.github.state.pulls.length).toBe(pulls);
  // It failed again: c2 is the culprit (c1 passed), its revert opened once.
  finishAttempt(s, probe2.id, FAILING);
  const third = await sweepBoth();
  expect(third.map((r) => r.job.conclusion)).toEqual(['success', 'success']);
  const reverts = s.github.state.pulls
    .slice(pulls)
    .filter((p) => p.head.ref === `ci-recovery/revert-${c2.slice(0, 12)}`);
  expect(reverts).toHaveLength(1);
  expect(await s.git.revParse(`refs/heads/${probeRef(c2)}`)).toBeUndefined();
}, 300_000);

// Last in this file: the failing run they leave pending on main would be every later wake's target.
let pending: ReturnType<typeof seedRun> | undefined;

test("another run's supervision failing in a wake's reconciliation warns, and the wake's step stays green", async () => {
  const s = stand();
  const parent = await landCommit(s, { message: 'Green', files: { 'wake-pending.txt': '0\n' } });
  seedRun(s, { sha: parent, jobs: PASSING });
  const sha = await landCommit(s, { message: 'Break it', files: { 'wake-pending.txt': '1\n' } });
  // Failing with a green parent: its supervision asks for a re-run to confirm.
  pending = seedRun(s, { sha, jobs: FAILING });
  const woken = seedRun(s, { sha, branch: 'feature/green', event: 'pull_request', jobs: PASSING });
  // A GitHub 5xx on every read of that run's jobs (a persistently broken run); the woken run's are served.
  s.github.fail('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', 502, {
    only: (p) => p.run_id === String(pending!.id),
  });
  let wake: SupervisorRun;
  try {
    wake = await runSupervisor(s, { runId: woken.id, config: NO_BACKOFF_CONFIG });
  } finally {
    s.github.clearFailures();
  }
  expect(wake.job.conclusion).toBe('success');
  expect(wake.outputs.swept?.split(',')).toContain(String(pending.id));
  const warned = wake.job.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
  expect(warned.some((m) => m.includes(`run ${pending!.id} was not supervised`))).toBe(true);
}, 300_000);

test("a wake whose cache token may not save (a fork's pull-request run) supervises its own run and reconciles nothing", async () => {
  const s = stand();
  const woken = seedRun(s, {
    sha: pending!.headSha,
    branch: 'fork/green',
    event: 'pull_request',
    jobs: PASSING,
  });
  const readOnly = await runSupervisor(s, { runId: woken.id, config: NO_BACKOFF_CONFIG, cacheMode: 'read' });
  expect(readOnly.job.conclusion).toBe('success');
  // Nothing carried out that the ledger could not record: no re-run requested, not even the sweep's listing.
  expect(readOnly.outputs.swept).toBe('');
  expect(readOnly.writes).toEqual([]);
  expect(readOnly.calls.filter((c) => c.route === '/repos/{owner}/{repo}/actions/runs')).toEqual([]);
  expect(readOnly.job.stage('supervise')?.log).toContain(
    "the pending work waits for a wake whose cache token may read and save the ledger (this one's ACTIONS_CACHE_MODE=read)",
  );
  // The same wake with a token that may save reconciles it (what it decides there depends on what this
  // file's earlier stories left in the ledger: alone, a re-run is requested).
  const writable = await runSupervisor(s, { runId: woken.id, config: NO_BACKOFF_CONFIG });
  expect(writable.job.conclusion).toBe('success');
  expect(writable.calls.filter((c) => c.route === '/repos/{owner}/{repo}/actions/runs')).toHaveLength(1);
  expect(writable.outputs.swept?.split(',')).toContain(String(pending!.id));
}, 300_000);
