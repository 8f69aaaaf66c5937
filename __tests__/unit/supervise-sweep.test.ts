/** The sweep (issue 65): what one listing of recent runs says is pending, and a sweep with nothing pending. */
import { jest } from '@jest/globals';
import { probeRef, type ProbeRunView } from '../../src/supervise/core/bisect.js';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { sweepPlan, sweepTargets } from '../../src/supervise/core/supervise-sweep.js';
import { tokenKindOf, tokenLines } from '../../src/supervise/core/supervise-token.js';
import { cacheAccess, cacheReadable, cacheWritable } from '../../src/core/job-env.js';
import { sweep } from '../../src/supervise/phase/supervise-sweep.js';
import { RecordingGit } from '../../src/supervise/ports/git.js';
import { RecordingGitHub } from '../../src/supervise/ports/github.js';
import { RecordingProbes } from '../../src/supervise/ports/probes.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';

const NOW = new Date('2026-03-04T12:00:00Z');
const ago = (minutes: number): string => new Date(NOW.getTime() - minutes * 60_000).toISOString();
let ids = 100;
function run(over: Partial<ProbeRunView>): ProbeRunView {
  ids += 1;
  return {
    id: ids,
    path: '.github/workflows/ci.yml',
    workflowId: 9,
    headBranch: 'main',
    headSha: 'a'.repeat(40),
    event: 'push',
    status: 'completed',
    conclusion: 'success',
    createdAt: ago(30),
    updatedAt: ago(20),
    runAttempt: 1,
    ...over,
  };
}
const targets = (runs: ProbeRunView[]): number[] =>
  sweepTargets({ runs: [...runs].reverse(), now: NOW }).map((t) => t.runId);

test('failing runs past the cap are deferred, newest first taken, none dropped unsaid', () => {
  const failing = Array.from({ length: 12 }, (_, i) =>
    run({ headBranch: `b${i}`, event: 'pull_request', conclusion: 'failure' }),
  );
  const plan = sweepPlan({ runs: [...failing].reverse(), now: NOW });
  const newestFirst = failing.map((r) => r.id).reverse();
  expect(plan.targets.map((t) => t.runId)).toEqual(newestFirst.slice(0, 10));
  expect(plan.deferred).toEqual(newestFirst.slice(10));
});

test('a green history is nothing pending', () => {
  expect(targets([run({}), run({ headBranch: 'feature', event: 'pull_request' })])).toEqual([]);
});

test("a bisection's failing push run is pending while probe runs exist, however old it is", () => {
  const failing = run({ conclusion: 'failure', createdAt: ago(600), updatedAt: ago(590) });
  const probe = run({
    event: 'workflow_dispatch',
    headBranch: probeRef('1'.repeat(40)),
    status: 'in_progress',
    conclusion: null,
  });
  expect(targets([failing, probe])).toEqual([failing.id]);
});

test("a re-run's attempt that failed within the window is pending; one outside it, or superseded, is not", () => {
  const rerun = run({ headBranch: 'feature', event: 'pull_request', conclusion: 'failure', runAttempt: 2 });
  const old = run({ headBranch: 'other', event: 'pull_request', conclusion: 'failure', updatedAt: ago(90) });
  const superseded = run({ headBranch: 'fix', event: 'pull_request', conclusion: 'failure' });
  const newer = run({ headBranch: 'fix', event: 'pull_request', conclusion: 'success' });
  expect(targets([old, superseded, rerun, newer])).toEqual([rerun.id]);
});

test("a run held for a writer's approval (a fork's PR, or one opened with GITHUB_TOKEN) ran nothing: no target (sup-attack)", () => {
  const held = run({ headBranch: 'fork-feature', event: 'pull_request', conclusion: 'action_required' });
  const neutral = run({ headBranch: 'docs', event: 'pull_request', conclusion: 'neutral' });
  const broke = run({ headBranch: 'feature', event: 'pull_request', conclusion: 'failure' });
  expect(targets([held, neutral, broke])).toEqual([broke.id]);
});

test('a dispatched run of the default branch that completed (a revert’s verdict) is pending, green or not', () => {
  const verdict = run({ event: 'workflow_dispatch', conclusion: 'success' });
  expect(targets([verdict])).toEqual([verdict.id]);
});

test('a run the wake already supervised is no target, neither as a bisection nor as a failed attempt', () => {
  const failing = run({ conclusion: 'failure' });
  const probe = run({
    event: 'workflow_dispatch',
    headBranch: probeRef('2'.repeat(40)),
    conclusion: 'success',
  });
  const rerun = run({ headBranch: 'feature', event: 'pull_request', conclusion: 'failure', runAttempt: 2 });
  const runs = [failing, probe, rerun].reverse();
  expect(sweepTargets({ runs, now: NOW }).map((t) => t.runId)).toEqual([rerun.id, failing.id]);
  expect(sweepTargets({ runs, now: NOW, supervised: [failing.id] }).map((t) => t.runId)).toEqual([rerun.id]);
  expect(sweepTargets({ runs, now: NOW, supervised: [rerun.id, failing.id] })).toEqual([]);
});

test('workflow_run followers (the supervisor itself) and running runs are never targets', () => {
  const self = run({ event: 'workflow_run', conclusion: 'failure', workflowId: 3 });
  const running = run({ status: 'in_progress', conclusion: null, headBranch: 'x' });
  expect(targets([self, running])).toEqual([]);
});

test('a sweep with nothing pending makes one listing and nothing else', async () => {
  const probes = new RecordingProbes();
  probes.runs = [run({}), run({ event: 'pull_request', headBranch: 'feature' })];
  const github = new RecordingGitHub({
    run: {
      id: 1,
      attempt: 1,
      latestAttempt: 1,
      workflow: 'CI',
      event: 'push',
      headSha: 'a'.repeat(40),
      headBranch: 'main',
      defaultBranch: 'main',
      conclusion: 'success',
    },
    workflowId: 9,
    pullRequests: [],
  });
  const readRun = jest.spyOn(github, 'readRun');
  const runner = new RecordingRunner();
  const swept = await sweep(
    {
      settings: { token: 't', dryRun: false, comment: true, revertLabels: [] },
      config: DEFAULT_CONFIG,
      env: { serverUrl: 'https://github.test' },
      repository: 'o/r',
    },
    { github, git: new RecordingGit(), runner, probes, now: () => NOW },
  );
  expect(swept.targets).toEqual([]);
  expect(probes.listings).toBe(1);
  expect(readRun).not.toHaveBeenCalled();
  expect(probes.dispatched).toEqual([]);
  expect(runner.summaries.join('')).toContain('Nothing pending');
});

test('the token is told from the job’s own without a call, and the summary says what GITHUB_TOKEN cannot do', () => {
  expect(tokenKindOf('ghs_a', 'ghs_a')).toBe('github-token');
  expect(tokenKindOf('ghs_app', 'ghs_a')).toBe('other');
  expect(tokenKindOf('ghs_a', '')).toBe('unknown');
  const said = tokenLines('github-token').join('\n');
  expect(said).toContain('advance only through the scheduled sweep');
  expect(said).toContain('followed by a dispatch of the watched workflow');
  expect(tokenLines('other').join('\n')).not.toContain('advance only through');
});

test("push runs on ci-recovery's own branches (an App token's probe or revert branch) are never targets", () => {
  const probePush = run({ headBranch: probeRef('1'.repeat(40)), conclusion: 'failure' });
  const revertPush = run({ headBranch: 'ci-recovery/revert-111111111111', conclusion: 'failure' });
  expect(targets([probePush, revertPush])).toEqual([]);
});

test('ACTIONS_CACHE_MODE: the runner’s four values, reads gated under none and write-only; read-only is not one', () => {
  expect(['none', 'read', 'write', 'write-only', undefined, 'read-only'].map((m) => cacheAccess(m))).toEqual([
    { read: false, write: false, known: true },
    { read: true, write: false, known: true },
    { read: true, write: true, known: true },
    { read: false, write: true, known: true },
    { read: true, write: true, known: false },
    { read: true, write: true, known: false },
  ]);
  expect([cacheReadable('write-only'), cacheWritable('write-only')]).toEqual([false, true]);
});

describe('an ended bisection in the ledger (att-sup5)', () => {
  test('leaves its run out of the sweep, for the attempt it names, dated after that attempt completed', () => {
    const failing = run({ conclusion: 'failure', runAttempt: 2, updatedAt: ago(20) });
    const input = { runs: [failing], now: NOW };
    expect(sweepTargets(input).map((t) => t.runId)).toEqual([failing.id]);
    const ended = { runId: failing.id, attempt: 2, at: ago(10) };
    expect(sweepTargets({ ...input, ended: [ended] })).toEqual([]);
    // Another attempt (a person's re-run), a record dated before the attempt completed or ahead of the
    // clock (not a supervisor's): the run is taken up as before.
    for (const other of [
      { ...ended, attempt: 1 },
      { ...ended, at: ago(25) },
      { ...ended, at: new Date(NOW.getTime() + 3_600_000).toISOString() },
    ])
      expect(sweepTargets({ ...input, ended: [other] }).map((t) => t.runId)).toEqual([failing.id]);
  });

  test('the runs it leaves come back from the one reading, to be said; one that would be no target is not (att-sup6)', () => {
    const failing = run({ conclusion: 'failure', runAttempt: 2, updatedAt: ago(20) });
    const old = run({ id: failing.id - 1, conclusion: 'failure', updatedAt: ago(120) });
    const ended = [failing, old].map((r) => ({ runId: r.id, attempt: r.runAttempt, at: ago(10) }));
    expect(sweepPlan({ runs: [failing, old], now: NOW, ended })).toEqual({
      targets: [],
      left: [failing.id],
      deferred: [],
    });
  });
});
