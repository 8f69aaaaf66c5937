/**
 * A stage that installs into `~/.m2` (outside the workspace), from the real dist/ bundles on the local
 * runner against the stand. HOME is a directory of the stand's, never the user's. Attempt 1 installs
 * (run/ with `cache-paths: ~/.m2`), the build's checkpoint saves the workspace and `~/.m2` as a root, and
 * the build fails. Attempt 2 starts on a fresh runner: an empty workspace that actions/checkout clones
 * into, and the same HOME without `~/.m2`; main restores the workspace, the install step (which names `~/.m2`) restores `~/.m2` and skips itself, and the
 * build finds its package. With `cachePathsInAttempt1: false`, attempt 1 did not name `~/.m2`, so its
 * checkpoint does not hold it, and attempt 2's install runs again instead of skipping.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { runJob, type JobResult, type Step } from '../runner/job.js';
import type { Stand } from '../services/stand.js';

export interface OutsideCacheResult {
  attempt1: JobResult;
  attempt2: JobResult;
  home: string;
}

const INSTALL = [
  'mkdir -p ~/.m2/repository/org/lib',
  'echo "lib 1.0 from attempt $GITHUB_RUN_ATTEMPT" > ~/.m2/repository/org/lib/lib-1.0.jar',
  'echo "<project/>" > pom.xml',
].join('\n');
const BUILD = 'cat ~/.m2/repository/org/lib/lib-1.0.jar && cat pom.xml';

export async function runOutsideCacheScenario(
  stand: Stand,
  { runId = 3100, cachePathsInAttempt1 = true }: { runId?: number; cachePathsInAttempt1?: boolean } = {},
): Promise<OutsideCacheResult> {
  const home = await mkdtemp(path.join(stand.root, 'home-'));
  const event = { name: 'push', payload: { repository: { default_branch: 'main', full_name: stand.repo } } };
  const job = async (attempt: number, steps: Step[]): Promise<JobResult> =>
    runJob({
      stand,
      workspace: await mkdtemp(path.join(stand.root, 'workspace-')),
      runId,
      runAttempt: attempt,
      jobId: runId * 10 + attempt,
      jobKey: 'build',
      event,
      env: { HOME: home },
      completeRun: attempt > 1,
      steps: [
        { id: 'checkout', uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } },
        // Every stage's checkpoint, however quick the stages (whether one pays: e2e/checkpoint-pays.test.ts).
        {
          id: 'config',
          run: 'mkdir -p .github && printf "checkpoint:\\n  when: always\\n" > .github/ci-recovery.yml',
        },
        { id: 'recovery', uses: '.' },
        ...steps,
      ],
    });
  const install = (run: string, named: boolean): Step => ({
    id: 'install',
    uses: 'run',
    with: { stage: 'install', run, ...(named ? { 'cache-paths': '~/.m2' } : {}) },
  });
  const attempt1 = await job(1, [
    install(INSTALL, cachePathsInAttempt1),
    {
      id: 'build',
      uses: 'run',
      with: { stage: 'build', run: 'exit 1', 'checkpoint-paths': 'pom.xml', 'max-attempts': '1' },
    },
  ]);
  // A fresh runner: the same HOME, without what attempt 1 installed there.
  await rm(path.join(home, '.m2'), { recursive: true, force: true });
  await mkdir(home, { recursive: true });
  // When ~/.m2 came back, an install that ran would fail: it must skip itself. Otherwise it must run.
  const attempt2 = await job(2, [
    install(cachePathsInAttempt1 ? 'exit 7' : INSTALL, true),
    { id: 'build', uses: 'run', with: { stage: 'build', run: BUILD } },
  ]);
  return { attempt1, attempt2, home };
}
