/**
 * The checkpoint/ and restore/ inputs that actions/cache and upload-artifact users expect, through the
 * real bundles on the stand (artifact store on Azurite): globs with exclusions, compression level,
 * retention, if-no-files-found, lookup-only and fail-on-miss.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runJob, type JobResult } from '../../stand/runner/job.js';
import { checkout } from '../../stand/scenarios/workspace.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

let stand: Stand;
beforeAll(async () => {
  stand = await startStand({ commits: [{ message: 'initial', files: { 'README.md': '# r\n' } }] });
});
afterAll(async () => {
  await stand?.stop();
});

const MAKE_TREE = [
  'mkdir -p packages/a/node_modules/x packages/b/node_modules packages/a/src',
  'echo x > packages/a/node_modules/x/index.js',
  'echo debug > packages/a/node_modules/x/debug.log',
  'echo y > packages/b/node_modules/y.js',
  'echo z > packages/a/src/z.js',
].join('\n');

describe('a glob checkpoint, a lookup-only restore, then the restore', () => {
  let job: JobResult;
  let workspace: string;
  beforeAll(async () => {
    workspace = await checkout(stand);
    job = await runJob({
      stand,
      workspace,
      runId: 7101,
      jobId: 8101,
      jobKey: 'deps',
      steps: [
        { id: 'tree', run: MAKE_TREE },
        {
          id: 'ckpt',
          uses: 'checkpoint',
          with: {
            paths: 'packages/*/node_modules\n!**/*.log',
            stage: 'deps',
            'compression-level': 9,
            'retention-days': 2,
          },
        },
        { id: 'wipe', run: 'rm -rf packages && mkdir -p packages/a && echo junk > packages/a/junk.txt' },
        { id: 'lookup', uses: 'restore', with: { 'lookup-only': true } },
        { id: 'after-lookup', run: 'test -f packages/a/junk.txt && test ! -e packages/a/node_modules' },
        { id: 'restore', uses: 'restore' },
      ],
    });
  });

  it('saves exactly the matched directories, without the excluded files, and says so in its outputs', () => {
    expect(job.conclusion).toBe('success');
    const out = job.steps.ckpt!.outputs;
    expect(out).toMatchObject({ kind: 'full', incremental: 'false', files: '2' });
    expect(out['checkpoint-id']).toMatch(/^ci-recovery-/);
    expect(out.digest).toMatch(/^[0-9a-f]{64}$/);
    // The id the artifact service gave the archive when it was finalized.
    const archive = stand.results.artifacts.find((a) => a.name === `${out['checkpoint-id']}.tar.zst`);
    expect(out['artifact-id']).toBe(String(archive?.id));
  });

  it('lookup-only answers found without changing the workspace', () => {
    expect(job.steps.lookup!.outputs).toMatchObject({
      found: 'true',
      restored: 'false',
      'checkpoint-id': job.steps.ckpt!.outputs['checkpoint-id'],
    });
    expect(job.steps['after-lookup']!.outcome).toBe('success');
  });

  it('the restore brings back exactly the matched files', () => {
    expect(job.steps.restore!.outputs).toMatchObject({ found: 'true', restored: 'true' });
    const read = (p: string): string => readFileSync(path.join(workspace, p), 'utf8');
    expect(read('packages/a/node_modules/x/index.js')).toBe('x\n');
    expect(read('packages/b/node_modules/y.js')).toBe('y\n');
    expect(existsSync(path.join(workspace, 'packages/a/node_modules/x/debug.log'))).toBe(false);
    expect(existsSync(path.join(workspace, 'packages/a/src/z.js'))).toBe(false);
    // Outside the checkpoint's roots nothing is touched.
    expect(read('packages/a/junk.txt')).toBe('junk\n');
  });

  it('the artifact carries the retention asked for', () => {
    const id = job.steps.ckpt!.outputs['checkpoint-id']!;
    const requests = stand.results.calls.filter((c) => c.method === 'CreateArtifact');
    const created = requests.map((c) => c.body as { name?: string; expires_at?: string });
    const archive = created.find((b) => b.name?.startsWith(id) && !b.name.endsWith('.manifest.json'));
    expect(archive?.expires_at).toBeDefined();
    const days = (Date.parse(archive!.expires_at!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(1);
    expect(days).toBeLessThanOrEqual(2);
  });
});

describe('when nothing matches', () => {
  let job: JobResult;
  beforeAll(async () => {
    const workspace = await checkout(stand);
    job = await runJob({
      stand,
      workspace,
      runId: 7102,
      jobId: 8102,
      jobKey: 'empty',
      steps: [
        { id: 'warn', uses: 'checkpoint', with: { paths: 'build/**/*.o', stage: 'a' } },
        {
          id: 'ignore',
          uses: 'checkpoint',
          with: { paths: 'build/**/*.o', stage: 'b', 'if-no-files-found': 'ignore' },
        },
        {
          id: 'error',
          uses: 'checkpoint',
          'continue-on-error': true,
          with: { paths: 'build/**/*.o', stage: 'c', 'if-no-files-found': 'error' },
        },
        {
          id: 'miss-ok',
          uses: 'restore',
          with: { name: 'no-such-checkpoint', 'fail-on-miss': false },
        },
        { id: 'miss', uses: 'restore', 'continue-on-error': true, with: { name: 'no-such-checkpoint' } },
      ],
    });
  });

  it("if-no-files-found: 'warn' warns and saves nothing, 'ignore' only logs, 'error' fails the step", () => {
    const warn = job.stage('warn')!;
    expect(warn.outcome).toBe('success');
    expect(warn.outputs['checkpoint-id']).toBe('');
    expect(warn.annotations.map((a) => a.level)).toEqual(['warning']);
    expect(warn.annotations[0]!.message).toContain("'build/**/*.o'");
    const ignore = job.stage('ignore')!;
    expect(ignore.outcome).toBe('success');
    expect(ignore.annotations).toEqual([]);
    const error = job.stage('error')!;
    expect(error.outcome).toBe('failure');
    expect(error.annotations[0]).toMatchObject({ level: 'error' });
    expect(error.annotations[0]!.message).toContain('if-no-files-found');
  });

  it("a missing checkpoint fails the restore unless 'fail-on-miss' is false", () => {
    const ok = job.stage('miss-ok')!;
    expect(ok.outcome).toBe('success');
    expect(ok.outputs.found).toBe('false');
    expect(ok.annotations.map((a) => a.level)).toEqual(['warning']);
    expect(job.stage('miss')!.outcome).toBe('failure');
  });
});

describe("restore/ with dest: '..'", () => {
  let job: JobResult;
  let sibling: string;
  beforeAll(async () => {
    const workspace = await checkout(stand);
    // Beside the workspace: another project, which a restore into '..' would delete.
    sibling = path.join(path.dirname(workspace), `sibling-of-${path.basename(workspace)}.txt`);
    writeFileSync(sibling, 'keep me\n');
    job = await runJob({
      stand,
      workspace,
      runId: 7103,
      jobId: 8103,
      jobKey: 'up',
      steps: [
        { id: 'tree', run: 'mkdir -p build && echo out > build/out.txt' },
        { id: 'ckpt', uses: 'checkpoint', with: { paths: '.', stage: 'all' } },
        { id: 'up', uses: 'restore', 'continue-on-error': true, with: { dest: '..' } },
        {
          id: 'up-anyway',
          uses: 'restore',
          'continue-on-error': true,
          with: { dest: '..', 'dest-outside-workspace': true },
        },
      ],
    });
  });

  it('is refused by a check that names the input and the fix, and nothing beside the workspace changes', () => {
    for (const id of ['up', 'up-anyway']) {
      const step = job.stage(id)!;
      expect(step.outcome).toBe('failure');
      expect(step.annotations[0]!.message).toMatch(
        /input 'dest' '\.\.' \(.*\) contains the workspace .*: a restore there would delete everything beside the workspace .*Name a directory inside the workspace/,
      );
      expect(step.outputs).toMatchObject({ found: 'true', restored: 'false' });
    }
    expect(readFileSync(sibling, 'utf8')).toBe('keep me\n');
  });
});
