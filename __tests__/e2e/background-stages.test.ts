/**
 * Two `run/` stages at once through the dist/ bundles (stand/scenarios/background-stages.ts): the stage
 * that starts beside a running one takes no checkpoint and says why in one line; the first keeps its
 * checkpoint; every completed stage is kept although the background steps' GITHUB_ENV exports overwrite
 * each other at their wait; each stage leaves its record. Needs a built dist: `npm run build`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runBackgroundStages, type BackgroundStagesResult } from '../../stand/scenarios/background-stages.js';
import { repoRoot } from '../../stand/services/paths.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

let stand: Stand;
let r: BackgroundStagesResult;

beforeAll(async () => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'npm run build' first");
  stand = await startStand({
    commits: [{ message: 'initial', files: { 'src/app.js': 'console.log(1)\n' } }],
  });
  r = await runBackgroundStages(stand);
}, 300_000);

afterAll(async () => {
  await stand?.stop();
});

const notices = (id: string): string[] =>
  (r.job.stage(id)?.annotations ?? []).filter((a) => a.level === 'notice').map((a) => a.message);

test('the job passes with both background stages', () => {
  expect(r.job.stages.filter((s) => s.ran).map((s) => [s.stepId, s.conclusion])).toEqual(
    expect.arrayContaining([
      ['build', 'success'],
      ['lint', 'success'],
      ['test', 'success'],
    ]),
  );
  expect(r.job.conclusion).toBe('success');
});

test('the stage started beside a running one takes no checkpoint, and says so naming the other', () => {
  expect(r.job.stage('build')?.log).toMatch(/checkpoint \S+ saved before stage 'build'/);
  expect(r.job.stage('lint')?.log).not.toMatch(/saved before stage 'lint'/);
  expect(notices('lint')).toEqual([
    expect.stringMatching(
      /^ci-recovery: no checkpoint before stage 'lint': stage 'build' \(step build\) is running at the same time/,
    ),
  ]);
  // Alone again after the wait: the next stage's bookkeeping is not refused.
  expect(notices('test')).toEqual([]);
});

test('every completed stage is kept, though the background exports overwrote each other at the wait', () => {
  expect(r.job.stage('after')?.stdout).toContain('completed stages: lint,build,test');
});

test('each stage leaves its record', () => {
  expect(r.records.map((x) => [x.stage, x.outcome]).sort()).toEqual([
    ['build', 'success'],
    ['lint', 'success'],
    ['test', 'success'],
  ]);
});
