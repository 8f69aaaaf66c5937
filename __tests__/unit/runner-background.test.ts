/**
 * The stand's background steps, against the runner's rules (stand/runner/background.ts cites them): a
 * background step runs while later steps run, its GITHUB_ENV and GITHUB_OUTPUT reach later steps only at
 * its wait, and its failure fails the job through its wait (or before the posts).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runJob, type JobResult, type Step } from '../../stand/runner/job.js';

describe('local runner: background steps', () => {
  let workspace: string;
  const temps: string[] = [];
  const run = async (steps: Step[]): Promise<JobResult> => {
    const result = await runJob({ steps, workspace });
    temps.push(result.runnerTemp);
    return result;
  };

  beforeEach(async () => {
    workspace = await mkdtemp(path.join(os.tmpdir(), 'stand-bg-'));
  });
  afterEach(async () => {
    await rm(workspace, { recursive: true, force: true });
    for (const t of temps.splice(0)) await rm(t, { recursive: true, force: true });
  });

  it('runs a background step beside the next ones and defers its env and outputs to its wait', async () => {
    const r = await run([
      {
        id: 'slow',
        background: true,
        // Waits for the foreground step to start: a strictly sequential runner would hang here.
        run: [
          'for i in $(seq 100); do [ -f fg.started ] && break; sleep 0.05; done',
          'test -f fg.started',
          'echo "FROM_BG=1" >> "$GITHUB_ENV"',
          'echo "v=bg" >> "$GITHUB_OUTPUT"',
          'touch bg.done',
        ].join('\n'),
      },
      {
        id: 'fg',
        run: [
          'touch fg.started',
          'for i in $(seq 100); do [ -f bg.done ] && break; sleep 0.05; done',
          'echo "before wait: ${FROM_BG:-unset}"',
        ].join('\n'),
      },
      { id: 'peek', env: { V: '${{ steps.slow.outputs.v }}' }, run: 'echo "peek: ${FROM_BG:-unset} [$V]"' },
      { name: 'Wait for slow', wait: ['slow'] },
      { id: 'after', env: { V: '${{ steps.slow.outputs.v }}' }, run: 'echo "after: ${FROM_BG:-unset} [$V]"' },
    ]);
    expect(r.conclusion).toBe('success');
    expect(r.stage('fg')?.stdout).toContain('before wait: unset');
    // Done, but not waited for: nothing of it is seen yet.
    expect(r.stage('peek')?.stdout).toContain('peek: unset []');
    expect(r.stage('after')?.stdout).toContain('after: 1 [bg]');
    expect(r.stages.find((s) => s.name === 'Wait for slow')?.log).toContain(
      'Waiting for background step(s) to complete: Run for i in $(seq 100); do [ -f fg.started ] && break; sleep 0.05; done',
    );
  });

  it('wait-all flushes in start order; a failed background step fails the job at its wait', async () => {
    const r = await run([
      { id: 'a', background: true, run: 'sleep 0.3; echo "WHO=a" >> "$GITHUB_ENV"; exit 3' },
      { id: 'b', background: true, run: 'echo "WHO=b" >> "$GITHUB_ENV"' },
      { id: 'mid', env: { S: '${{ job.status }}' }, run: 'echo "mid: $S"' },
      { 'wait-all': true },
      { id: 'last', if: 'always()', env: { S: '${{ job.status }}' }, run: 'echo "last: $WHO $S"' },
    ]);
    expect(r.stage('mid')?.stdout).toContain('mid: success');
    // Both wrote WHO: the later-started one is flushed last and wins.
    expect(r.stage('last')?.stdout).toContain('last: b failure');
    expect(r.steps.a?.conclusion).toBe('failure');
    expect(r.conclusion).toBe('failure');
  });

  it('waits for an unwaited background step before the job ends, and merges its result', async () => {
    const r = await run([{ id: 'bg', background: true, run: 'sleep 0.2; exit 1' }]);
    expect(r.steps.bg?.conclusion).toBe('failure');
    expect(r.conclusion).toBe('failure');
  });
  it('runs at most 10 background steps at once: the 11th starts when a slot is free (BackgroundStepCoordinator.cs:29)', async () => {
    const stamp = (what: string): string => `date +%s%3N > ${what}.$N`;
    // Each of the first ten ends only once all ten have started (or after 20 s), then 1 s later: a
    // loaded machine that starts them slowly cannot end one before the last starts.
    const allTenStarted =
      'for i in $(seq 400); do [ "$(ls start.[0-9] | wc -l)" -ge 10 ] && break; sleep 0.05; done';
    const steps: Step[] = Array.from({ length: 11 }, (_, n) => ({
      id: `bg${n}`,
      background: true,
      env: { N: String(n) },
      run: [stamp('start'), allTenStarted, 'sleep 1', stamp('end')].join('\n'),
    }));
    const r = await run([...steps, { name: 'Wait for all', 'wait-all': true }]);
    expect(r.conclusion).toBe('success');
    const at = async (what: string, n: number): Promise<number> =>
      Number(await readFile(path.join(workspace, `${what}.${n}`), 'utf8'));
    const firstTen = await Promise.all(Array.from({ length: 10 }, (_, n) => at('end', n)));
    const eleventh = await at('start', 10);
    // It waited for one of the ten to end; the ten ran side by side (all started before any ended).
    expect(eleventh).toBeGreaterThanOrEqual(Math.min(...firstTen));
    const starts = await Promise.all(Array.from({ length: 10 }, (_, n) => at('start', n)));
    expect(Math.max(...starts)).toBeLessThan(Math.min(...firstTen));
  }, 30_000);
});
