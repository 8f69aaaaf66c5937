/**
 * Resume across attempts through the real bundles (see stand/scenarios/resume.ts), with the workspace
 * cloned by the stand's actions/checkout step as on GitHub, not prepared before the job.
 */
import { runResumeScenario, type ResumeScenarioResult } from '../../stand/scenarios/resume.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

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
  expect(ckpt.outputs['checkpoint-id']).toMatch(/^ci-recovery-ckpt-r3003-build-a1-test-\d{3}$/);
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

test('actions/checkout deleted the contents of the empty workspace before cloning, as on GitHub', () => {
  expect(r.attempt2.stage('checkout', 'main')!.stdout).toContain("Deleting the contents of '");
});

const mainWarnings = (job: ResumeScenarioResult['attempt2']): string[] =>
  job.stages.flatMap((s) => s.annotations.filter((a) => a.level === 'warning').map((a) => a.message));

describe('the root action before actions/checkout (hosted runner: the workspace is empty at main)', () => {
  let s: Stand;
  let wrong: ResumeScenarioResult;
  beforeAll(async () => {
    s = await startStand({ commits: [{ message: 'initial', files: { 'src/app.js': 'console.log(1)\n' } }] });
    wrong = await runResumeScenario(s, { order: 'before-checkout' });
  }, 300_000);
  afterAll(async () => {
    await s?.stop();
  });

  it('main restores nothing into a workspace checkout would wipe, and warns naming the fix', () => {
    const main = wrong.attempt2.stage('recovery', 'main')!;
    expect(main.outputs).toMatchObject({ resumed: 'false', 'completed-stages': '' });
    expect(mainWarnings(wrong.attempt2).join('\n')).toMatch(
      /not a clone of .* yet: actions\/checkout, running after this step, would delete .*after actions\/checkout/,
    );
  });

  it('so the build stage runs again instead of skipping itself, and the job ends green', () => {
    expect(wrong.attempt2.stage('build', 'main')!.outputs.skipped).toBe('false');
    expect(wrong.attempt2.stage('test', 'main')!.outcome).toBe('success');
    expect(wrong.attempt2.conclusion).toBe('success');
  });
});

describe('a leftover clone (self-hosted): main restores, then checkout cleans the workspace', () => {
  let s: Stand;
  let cleaned: ResumeScenarioResult;
  beforeAll(async () => {
    s = await startStand({ commits: [{ message: 'initial', files: { 'src/app.js': 'console.log(1)\n' } }] });
    cleaned = await runResumeScenario(s, { order: 'before-checkout', leftoverClone: true });
  }, 300_000);
  afterAll(async () => {
    await s?.stop();
  });

  it('the run/ step sees the restored files are gone and runs its completed stage again', () => {
    expect(cleaned.attempt2.stage('recovery', 'main')!.outputs.resumed).toBe('true');
    expect(cleaned.attempt2.stage('build', 'main')!.outputs.skipped).toBe('false');
    expect(mainWarnings(cleaned.attempt2).join('\n')).toMatch(
      /files restored from checkpoint .* are no longer in the workspace/,
    );
    expect(cleaned.attempt2.conclusion).toBe('success');
  });
});
