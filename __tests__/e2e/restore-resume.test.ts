/** Resume across attempts through the real bundles (see tools/scenarios/resume.ts). */
import { runResumeScenario, type ResumeScenarioResult } from '../../tools/scenarios/resume.js';
import { startStand, type Stand } from '../../tools/services/stand.js';

let stand: Stand;
let r: ResumeScenarioResult;

beforeAll(async () => {
  stand = await startStand({
    commits: [{ message: 'initial', files: { 'src/app.js': 'console.log(1)\n' } }],
  });
  r = await runResumeScenario(stand);
}, 300_000);

afterAll(async () => {
  await stand?.stop();
});

test('attempt 1 builds, checkpoints dist/ as raw artifacts, then fails', () => {
  expect(r.attempt1.stage('build', 'main')!.outcome).toBe('success');
  const ckpt = r.attempt1.stage('ckpt', 'main')!;
  expect(ckpt.outcome).toBe('success');
  expect(ckpt.outputs['checkpoint-id']).toMatch(/^ci-recovery-ckpt-build-test-a1-\d{3}$/);
  expect(ckpt.outputs.kind).toBe('full');
  expect(r.attempt1.conclusion).toBe('failure');
  const names = r.stand.results.artifacts.filter((a) => a.finalized).map((a) => a.name);
  expect(names).toContain(`${ckpt.outputs['checkpoint-id']}.tar.zst`);
  expect(names).toContain(`${ckpt.outputs['checkpoint-id']}.manifest.json`);
});

test("attempt 2's main restores it: resumed, resume-from, completed-stages", () => {
  const main = r.attempt2.stage('recovery', 'main')!;
  expect(main.outcome).toBe('success');
  expect(main.outputs).toMatchObject({
    resumed: 'true',
    'resume-from': r.attempt1.stage('ckpt', 'main')!.outputs['checkpoint-id'],
    'completed-stages': 'build',
  });
});

test('the restored files are byte-equal with modes, symlinks, empty dirs and dotfiles; later steps use them', () => {
  expect(r.restoredDigest).toBe(r.builtDigest);
  expect(r.restored).toEqual({ toolMode: 0o750, linkTarget: '../bundle.js', dotfile: 'cache=1\n' });
  expect(r.attempt2.stage('build', 'main')!.outputs.skipped).toBe('true');
  expect(r.attempt2.stage('test', 'main')!.outcome).toBe('success');
  expect(r.attempt2.conclusion).toBe('success');
});
