/**
 * The real `dist/run.js` bundle under Node 24, run by the local runner like a job step.
 * Needs a built dist: `flock /tmp/build.lock npm run build`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { hangTimeoutScenario } from '../../stand/scenarios/hang-timeout.js';
import { networkRetryScenario } from '../../stand/scenarios/network-retry.js';
import { repoRoot } from '../../stand/services/paths.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js'))) {
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
  }
});

describe('run/ sub-action on the local runner', () => {
  it('story 1: a network error on attempt 1, success on attempt 2: the job ends green', async () => {
    const r = await networkRetryScenario();
    expect(r.conclusion).toBe('success');
    const { evidence, ...outputs } = r.outputs;
    expect(outputs).toEqual({
      attempts: '2',
      'exit-code': '0',
      'failure-type': 'network',
      strategy: 'retry',
      skipped: 'false',
      // The command's own GITHUB_OUTPUT value, kept as the step's output.
      fixtures: 'ready',
    });
    expect(evidence).toMatch(
      /^fatal: unable to access 'http:\/\/127\.0\.0\.1:\d+\/fixtures\.git\/': Recv failure: Connection reset by peer$/,
    );
    // The output was streamed into the step log, with the decision.
    expect(r.log).toContain(evidence);
    expect(r.log).toMatch(/decision retry by transient-retry/);
    expect(r.completedStages).toBe('fetch');
    expect(r.job.stage('after', 'main')?.log).toContain('completed stages: fetch');
    expect(r.records).toHaveLength(1);
    expect(r.records[0]).toMatchObject({ kind: 'run', stage: 'fetch', outcome: 'success' });
    expect(r.records[0]?.attempts.map((a) => [a.attempt, a.exitCode, a.classification?.type])).toEqual([
      [1, 128, 'network'],
      [2, 0, undefined],
    ]);
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });

  it('story 2: a hang is killed at its time limit with all its children, typed timeout', async () => {
    // The limit is counted from the command's start: a start slowed by load can reach 1.2 s before the command
    // has made its five processes. Such a run is tried again with a longer limit; the last one must have them.
    let r!: Awaited<ReturnType<typeof hangTimeoutScenario>>;
    let minutes = 0.02;
    for (minutes of [0.02, 0.1]) {
      r = await hangTimeoutScenario({ timeoutMinutes: minutes });
      if (r.spawned.length === 10) break;
    }
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({
      // STANDARD: a timeout is retried once, then it is a person's turn.
      attempts: '2',
      'exit-code': '124',
      'failure-type': 'timeout',
      strategy: 'manual',
      skipped: 'false',
    });
    expect(r.outputs.evidence).toContain(
      `'integration' hit its time limit of ${minutes} minutes (from the step's timeout-minutes); its process tree was killed`,
    );
    // Two attempts, each a child, a subshell with a grandchild, a setsid daemon and a daemon that shed
    // every mark (group, cookie, lock mark, parent): ten, none left.
    expect(r.spawned).toHaveLength(10);
    expect(r.leftRunning).toEqual([]);
    expect(r.records[0]?.attempts.every((a) => a.timedOut === true)).toBe(true);
    // Ours only: a node action that exits non-zero gets no "Process completed with exit code N." line.
    const errors = r.annotations.filter((a) => a.level === 'error' && a.title?.startsWith('ci-recovery'));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.title).toBe('ci-recovery: integration failed (timeout)');
    expect(errors[0]?.message).toMatch(
      /failed after 2 attempt\(s\): timeout \(run:time-limit\); decision manual \(budget-exhausted\)/,
    );
    expect(r.completedStages).toBe('');
  });
});
