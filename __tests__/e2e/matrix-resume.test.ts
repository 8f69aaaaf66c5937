/**
 * Two legs of one matrix share GITHUB_JOB: each must checkpoint under its own name and resume only its
 * own files on a re-run (see stand/scenarios/matrix.ts).
 */
import { runMatrixScenario, type MatrixScenarioResult } from '../../stand/scenarios/matrix.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

let stand: Stand;
let r: MatrixScenarioResult;

beforeAll(async () => {
  stand = await startStand({
    commits: [{ message: 'initial', files: { 'src/app.js': 'console.log(1)\n' } }],
  });
  r = await runMatrixScenario(stand);
}, 300_000);

afterAll(async () => {
  await stand?.stop();
});

test('attempt 1: each leg checkpoints under its own name, and both uploads succeed', () => {
  const ids = r.legs.map((l) => l.attempt1.stage('ckpt', 'main')!);
  for (const ckpt of ids) expect(ckpt.outcome).toBe('success');
  expect(ids.map((c) => c.outputs['checkpoint-id'])).toEqual([
    expect.stringMatching(/^ci-recovery-ckpt-r4004-test\.leg0-a1-test-\d{3}$/),
    expect.stringMatching(/^ci-recovery-ckpt-r4004-test\.leg1-a1-test-\d{3}$/),
  ]);
  const names = r.stand.results.artifacts.filter((a) => a.finalized).map((a) => a.name);
  for (const c of ids) expect(names).toContain(`${c.outputs['checkpoint-id']}.manifest.json`);
  for (const leg of r.legs) expect(leg.attempt1.conclusion).toBe('failure');
});

test('attempt 2: each leg resumes from its own checkpoint and finds its own files', () => {
  for (const [i, leg] of r.legs.entries()) {
    const main = leg.attempt2.stage('recovery', 'main')!;
    expect(main.outputs).toMatchObject({
      resumed: 'true',
      'resume-from': leg.attempt1.stage('ckpt', 'main')!.outputs['checkpoint-id'],
      'completed-stages': 'build',
    });
    expect(main.log).toContain(`test.leg${i}`);
    expect(leg.restoredLeg).toBe(`built for node ${leg.node}\n`);
    expect(leg.attempt2.stage('build', 'main')!.outputs.skipped).toBe('true');
    expect(leg.attempt2.conclusion).toBe('success');
  }
});
