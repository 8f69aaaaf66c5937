/**
 * Resume across attempts, from the real dist/ bundles on the local runner against the stand: attempt 1
 * builds (a run/ step, stage 'build'), checkpoints dist/ with the checkpoint/ action (an artifact), then
 * fails its tests. Attempt 2 of the same run starts from an empty workspace, as on a hosted runner, and
 * `actions/checkout` clones into it (the stand's checkout step, which deletes what is not a clone first);
 * the root action's main finds attempt 1's checkpoint through the REST path and restores it, and the build
 * stage skips itself.
 *
 * `order: 'before-checkout'` puts the root action first, as the README once said: its main runs before
 * the clone exists. `leftoverClone` starts attempt 2 in a workspace that already holds a clone (a
 * self-hosted runner), which checkout cleans (`git clean -ffdx`) after main restored into it.
 */
import { mkdtemp, lstat, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';
import { treeDigest } from '../../src/checkpoint/adapters/index.js';
import { runJob, type JobResult, type Step } from '../runner/job.js';
import { startStand, type Stand } from '../services/stand.js';
import { checkout } from './workspace.js';

export interface ResumeScenarioResult {
  attempt1: JobResult;
  attempt2: JobResult;
  /** Digest of dist/ after attempt 1's build, and after attempt 2's restore. */
  builtDigest: string;
  restoredDigest: string;
  /** What attempt 2 sees on disk right after main. */
  restored: { toolMode: number; linkTarget: string; dotfile: string };
  stand: Stand;
}

const RUN_ID = 3003;
const JOB_ID = 7007;

const BUILD = [
  'mkdir -p dist/empty dist/bin',
  'for i in $(seq 1 200); do echo "module $i" > dist/m$i.js; done',
  'head -c 3000000 /dev/zero | tr "\\0" "x" > dist/bundle.js',
  'printf "#!/bin/sh\\necho tool\\n" > dist/bin/tool && chmod 750 dist/bin/tool',
  'ln -s ../bundle.js dist/bin/entry.js',
  'echo "cache=1" > dist/.buildinfo',
].join('\n');

export interface ResumeScenarioOptions {
  /** Where the root action stands (default after actions/checkout, as the README says). */
  order?: 'after-checkout' | 'before-checkout';
  /** Attempt 2's workspace already holds a clone of the repository (self-hosted). */
  leftoverClone?: boolean;
}

const CHECKOUT: Step = { id: 'checkout', uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } };

/** The job's steps, with the root action where `order` puts it. */
function withRecovery(order: ResumeScenarioOptions['order'], rest: Step[]): Step[] {
  const recovery: Step = { id: 'recovery', uses: '.' };
  return order === 'before-checkout' ? [recovery, CHECKOUT, ...rest] : [CHECKOUT, recovery, ...rest];
}

export async function runResumeScenario(
  stand?: Stand,
  opts: ResumeScenarioOptions = {},
): Promise<ResumeScenarioResult> {
  const own =
    stand ??
    (await startStand({ commits: [{ message: 'initial', files: { 'src/app.js': 'console.log(1)\n' } }] }));
  const event = { name: 'push', payload: { repository: { default_branch: 'main', full_name: own.repo } } };
  const common = { stand: own, runId: RUN_ID, jobId: JOB_ID, jobKey: 'build', event };

  const ws1 = await mkdtemp(path.join(own.root, 'workspace-'));
  const attempt1 = await runJob({
    ...common,
    workspace: ws1,
    runAttempt: 1,
    completeRun: false,
    steps: withRecovery(opts.order, [
      { id: 'build', uses: 'run', with: { run: BUILD, stage: 'build' } },
      {
        id: 'ckpt',
        uses: 'checkpoint',
        with: { paths: 'dist', stage: 'test', 'include-hidden-files': true },
      },
      { id: 'test', name: 'Test', run: 'echo "1 failing test" >&2\nexit 1' },
    ]),
  });
  const builtDigest = await treeDigest(path.join(ws1, 'dist'));

  const ws2 = opts.leftoverClone
    ? await checkout(own, 'main')
    : await mkdtemp(path.join(own.root, 'workspace-'));
  // In the order that works the build must skip itself (its command would fail); otherwise it has to run.
  const rebuild = opts.order === 'before-checkout' || opts.leftoverClone ? BUILD : 'echo rebuilding; exit 3';
  const attempt2 = await runJob({
    ...common,
    workspace: ws2,
    runAttempt: 2,
    steps: withRecovery(opts.order, [
      // Skipped: its stage completed in attempt 1 and its output came back with the checkpoint.
      { id: 'build', uses: 'run', with: { run: rebuild, stage: 'build' } },
      {
        id: 'test',
        name: 'Test',
        run: 'test -x dist/bin/tool && test -L dist/bin/entry.js && test -d dist/empty',
      },
    ]),
  });
  const restoredDigest = await treeDigest(path.join(ws2, 'dist'));
  const restored = {
    toolMode: (await lstat(path.join(ws2, 'dist/bin/tool'))).mode & 0o777,
    linkTarget: await readlink(path.join(ws2, 'dist/bin/entry.js')),
    dotfile: await readFile(path.join(ws2, 'dist/.buildinfo'), 'utf8'),
  };
  return { attempt1, attempt2, builtDigest, restoredDigest, restored, stand: own };
}
