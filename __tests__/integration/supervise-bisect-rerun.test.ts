/**
 * A probe's confirming re-run that does not go through at once, through the stand's git remote and GitHub
 * API with the phase's real adapters (src): GitHub's 5xx past the client's retries, and GitHub's listing of
 * runs lagging behind the run itself, so that a second wake asks for a re-run already made. Neither is
 * GitHub's refusal of the probe: the bisection waits for the next wake instead of ending with a person told
 * (on main it ended, its probe branches deleted and a person told of a refusal). Each supervisor run is
 * a sweep, as GitHub sends no `workflow_run` for a run dispatched or re-run with GITHUB_TOKEN.
 */
import { probeRef } from '../../src/supervise/core/bisect.js';
import {
  bisectStand,
  FAILING as failing,
  PASSING as passing,
  type Supervised,
} from '../../stand/scenarios/bisect-stand.js';
import { finishAttempt, seedRun, startNextAttempt } from '../../stand/scenarios/supervise-stand.js';
import type { ApiHandler, FakeRun } from '../../stand/services/github-api.js';
import type { Stand } from '../../stand/services/stand.js';

const fx = bisectStand('bisect-rerun-');
let stand: Stand;
beforeAll(() => void (stand = fx.stand));
afterEach(() => {
  stand.github.clearFailures();
  expect(stand.github.validationErrors).toEqual([]);
});

const RERUN_FAILED = '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs';

async function sweepFor(head: number): Promise<Supervised> {
  const { swept } = await fx.sweep();
  const outcome = swept.supervised.find((s) => s.runId === head)?.outcome;
  if (!outcome) throw new Error(`the sweep did not supervise run ${head}`);
  return outcome;
}

/** c1 passed; c2's probe dispatched by a sweep and failing the same way as the head. */
async function c2FailedOnce(tag: string): Promise<{ head: number; c2: string; probe: FakeRun }> {
  const { head, c2 } = await fx.bisectionUnderWay(tag);
  expect((await sweepFor(head)).plan.jobs[0]?.reason).toContain(`dispatched on ${probeRef(c2)}`);
  const probe = stand.github.state.runs.find((r) => r.headBranch === probeRef(c2) && r.status === 'queued');
  if (!probe) throw new Error(`GitHub started no run on ${probeRef(c2)}`);
  finishAttempt(stand, probe.id, failing);
  return { head, c2, probe };
}

const confirmations = (runId: number): number =>
  stand.github.state.reruns.filter((r) => r.kind === 'failed-jobs' && r.runId === runId).length;

/**
 * GitHub's run listings (the repository's and each workflow's) showing `run` as its `attempt` was, while
 * GET .../actions/runs/{id} and the re-run endpoints answer from the run as it is: a listing that lags.
 */
function listingsLag(run: FakeRun, attempt: number): () => void {
  const listing: ApiHandler = (req, api) => {
    const q = req.query;
    const wf = req.params.workflow_id;
    const runs = api.state.runs
      .filter(
        (r) =>
          r.repo === req.repo &&
          (wf === undefined || String(r.workflowId) === wf) &&
          (!q.get('branch') || r.headBranch === q.get('branch')) &&
          (!q.get('event') || r.event === q.get('event')) &&
          (!q.get('created') || r.createdAt >= (q.get('created') ?? '').replace(/^>=/, '')),
      )
      .reverse()
      .slice(0, Number(q.get('per_page') ?? 30));
    const body = runs.map((r) => (r.id === run.id ? api.runObject(r, attempt) : api.runObject(r)));
    return { status: 200, body: { total_count: body.length, workflow_runs: body } };
  };
  const off = [
    stand.github.route('GET', '/repos/{owner}/{repo}/actions/runs', listing),
    stand.github.route('GET', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', listing),
  ];
  return () => off.forEach((f) => f());
}

test("a confirming re-run answered 502 past the client's retries waits for the next wake, which asks again: no person, the bisection goes on", async () => {
  const { head, c2, probe } = await c2FailedOnce('confirm-502');
  stand.github.fail('POST', RERUN_FAILED, 502, { times: 8 });
  const failed = await sweepFor(head);
  stand.github.clearFailures();
  const job = failed.plan.jobs[0]!;
  expect(job.action).toBe('nothing');
  expect(job.reason).toContain(
    `re-running its probe (run ${probe.id}) to confirm it, but the re-run waits for the next wake`,
  );
  expect(job.reason).not.toContain('refused');
  expect(confirmations(probe.id)).toBe(0);

  const asked = await sweepFor(head);
  expect(asked.plan.jobs[0]?.action).toBe('nothing');
  expect(asked.plan.jobs[0]?.reason).toContain(`re-running its probe (run ${probe.id}) to confirm it`);
  expect(asked.plan.jobs[0]?.reason).not.toContain('waits for the next wake');
  expect(confirmations(probe.id)).toBe(1);
  // The re-run fails the same way: c2 is the confirmed culprit (its revert, or a person told why not).
  startNextAttempt(stand, probe.id);
  finishAttempt(stand, probe.id, failing);
  const found = await sweepFor(head);
  expect(found.plan.jobs[0]?.reason).not.toContain('re-run was refused');
  expect(found.plan.revert?.sha ?? found.plan.jobs[0]?.reason).toContain(c2.slice(0, 12));
}, 240_000);

test('a listing that lags a confirming re-run already made: the second request, refused, is read as made (GET of the run), and the next wake reads its answer', async () => {
  const { head, probe } = await c2FailedOnce('confirm-lag');
  await sweepFor(head);
  expect(confirmations(probe.id)).toBe(1);
  // GitHub ran attempt 2, which passed (c2's failure was flaky); its listings still show attempt 1 failed.
  startNextAttempt(stand, probe.id);
  finishAttempt(stand, probe.id, passing);
  const unlag = listingsLag(probe, 1);
  let lagged: Supervised;
  try {
    lagged = await sweepFor(head);
  } finally {
    unlag();
  }
  const job = lagged.plan.jobs[0]!;
  expect(job.action).toBe('nothing');
  expect(job.reason).toContain(
    `run ${probe.id} has attempt 2 already (attempt 1 was read), so the re-run was made`,
  );
  expect(job.reason).not.toContain('actions: write');
  // Not a second re-run: GitHub refused it (no failed job in attempt 2).
  expect(confirmations(probe.id)).toBe(1);

  // The listing caught up: c2 passed on its re-run, so it was flaky; the head is probed to confirm it.
  const next = await sweepFor(head);
  expect(next.plan.jobs[0]?.reason).toContain('every earlier commit passed');
  expect(next.plan.revert).toBeUndefined();
}, 240_000);

test("a confirming re-run that waited on a 502 keeps its probe's record: with 100 newer runs listed, the next sweep still takes the bisection up and asks again", async () => {
  const { head, c2, probe } = await c2FailedOnce('confirm-busy');
  stand.github.fail('POST', RERUN_FAILED, 502, { times: 8 });
  const failed = await sweepFor(head);
  stand.github.clearFailures();
  expect(failed.plan.jobs[0]?.reason).toContain('waits for the next wake');
  // The probe was judged (its branch deleted), but the step waits: its record is made again.
  expect((fx.ledger.current().probes ?? []).map((p) => p.branch)).toContain(probeRef(c2));
  // A busy repository: 100 newer runs push the failing run off the sweep's listing of the newest.
  for (let i = 0; i < 100; i++)
    seedRun(stand, { sha: probe.headSha, jobs: passing, branch: `pr-${i}`, event: 'pull_request' });
  const { swept } = await fx.sweep();
  expect(swept.targets.map((t) => t.runId)).toContain(head);
  expect(swept.supervised.find((s) => s.runId === head)?.outcome?.plan.jobs[0]?.reason).toContain(
    `re-running its probe (run ${probe.id}) to confirm it`,
  );
  expect(confirmations(probe.id)).toBe(1);
}, 240_000);
