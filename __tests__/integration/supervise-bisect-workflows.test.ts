/**
 * Bisection where the workflow itself changes under it, through the stand's git remote and GitHub API with the
 * phase's real adapters (src): its file deleted mid-bisection (the dispatch and the workflow answer 404), and
 * a range whose older commits have no `workflow_dispatch:` trigger yet (GitHub reads the file at the probe's
 * branch and answers 422). Each supervisor run is a sweep (a `schedule:`) or a wake naming the failing run;
 * the ledger is kept between runs as JSON, as the cache keeps it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { gitPort } from '../../src/supervise/adapters/git-revert.js';
import { getOctokit } from '../../src/adapters/github.js';
import { probeGitHub } from '../../src/supervise/adapters/probe-github.js';
import { supervisorGitHub } from '../../src/supervise/adapters/supervisor-github.js';
import { probeRef } from '../../src/supervise/core/bisect.js';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { parseLedger, type Ledger } from '../../src/core/ledger.js';
import { superviseRun, type SuperviseContext, type SupervisePorts } from '../../src/supervise/index.js';
import { sweep, type SweepOutcome } from '../../src/supervise/phase/supervise-sweep.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import {
  corpusLog,
  finishAttempt,
  landCommit,
  LOGS,
  seedRun,
  type SeedJob,
} from '../../stand/scenarios/supervise-stand.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

let stand: Stand;
let temp: string;
const env0 = { ...process.env };
beforeAll(async () => {
  stand = await startStand({ commits: [{ message: 'initial', files: { 'README.md': '# demo\n' } }] });
  temp = await mkdtemp(path.join(stand.root, 'bisect-wf-'));
  Object.assign(process.env, stand.git.env);
}, 120_000);
afterAll(async () => {
  for (const key of Object.keys(stand?.git.env ?? {})) {
    if (env0[key] === undefined) delete process.env[key];
    else process.env[key] = env0[key];
  }
  await rm(temp, { recursive: true, force: true }).catch(() => undefined);
  await stand?.stop();
});

const failing: SeedJob[] = [{ name: 'test', conclusion: 'failure', log: corpusLog(LOGS.test) }];
const passing: SeedJob[] = [{ name: 'test', conclusion: 'success', log: 'ok\n' }];
const DISPATCHES = '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches';

/** The branch's ledger between supervisor runs, as text (the cache keeps a file). */
let kept: string | undefined;

function wiring(): { ctx: SuperviseContext; ports: SupervisePorts; runner: RecordingRunner } {
  const [owner = '', repo = ''] = stand.repo.split('/');
  const octokit = getOctokit(stand.token, { baseUrl: stand.github.url, logger: new RecordingLogger() });
  const real = supervisorGitHub({
    octokit,
    repo: { owner, repo },
    token: stand.token,
    logger: new RecordingLogger(),
    tempDir: temp,
    uploadArtifact: () => Promise.resolve(),
  });
  const runner = new RecordingRunner();
  return {
    runner,
    ctx: {
      settings: { token: stand.token, runId: 0, dryRun: false, comment: true, revertLabels: ['ci-recovery'] },
      config: DEFAULT_CONFIG,
      env: { serverUrl: 'https://github.com' },
      repository: stand.repo,
    },
    ports: {
      github: { ...real, recoveryPlans: () => Promise.resolve([]) },
      git: gitPort(temp),
      runner,
      probes: probeGitHub(octokit, { owner, repo }),
      ledger: {
        load: (branch: string) => Promise.resolve(parseLedger(kept, branch).ledger),
        save: (ledger: Ledger) => {
          kept = JSON.stringify(ledger);
          return Promise.resolve();
        },
      },
    },
  };
}

async function supervise(runId: number): Promise<Awaited<ReturnType<typeof superviseRun>>> {
  const { ctx, ports } = wiring();
  return superviseRun({ ...ctx, settings: { ...ctx.settings, runId } }, ports);
}

async function sweepOnce(): Promise<{ swept: SweepOutcome; summary: string }> {
  const { ctx, ports, runner } = wiring();
  const swept = await sweep(ctx, ports, { defaultBranch: 'main' });
  return { swept, summary: runner.summaries.join('') };
}

const dispatchesTo = (ref: string): number =>
  stand.github.calls.filter(
    (c) =>
      c.method === 'POST' && c.route === DISPATCHES && (c.body as { ref?: string } | undefined)?.ref === ref,
  ).length;

/** Three commits since the last green run, the head failing; the first probe dispatched and passed. */
async function bisectionUnderWay(tag: string): Promise<{ head: number; c2: string }> {
  kept = undefined;
  const green = await landCommit(stand, { message: `${tag}: green`, files: { [`${tag}.txt`]: '0\n' } });
  seedRun(stand, { sha: green, jobs: passing });
  const c1 = await landCommit(stand, { message: `${tag}: one`, files: { [`${tag}.txt`]: '1\n' } });
  const c2 = await landCommit(stand, { message: `${tag}: two`, files: { [`${tag}.txt`]: '2\n' } });
  const c3 = await landCommit(stand, { message: `${tag}: three`, files: { [`${tag}.txt`]: '3\n' } });
  const head = seedRun(stand, { sha: c3, jobs: failing });
  const first = await supervise(head.id);
  expect(first.plan.jobs[0]?.reason).toContain(`dispatched on ${probeRef(c1)}`);
  const probe = stand.github.state.runs.find((r) => r.headBranch === probeRef(c1) && r.status === 'queued');
  finishAttempt(stand, probe!.id, passing);
  return { head: head.id, c2 };
}

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
  kept = undefined;
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
  kept = undefined;
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
