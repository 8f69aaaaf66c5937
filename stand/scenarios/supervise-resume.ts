/**
 * Story 2 of the supervisor: a HEAVY job times out in its `test` stage after `build` completed (and was
 * checkpointed before `test`). Its post uploads a recovery plan; the supervisor reads it (type `timeout`,
 * lane HEAVY: strategy `resume`) and re-runs the failed job; the new attempt's main restores the checkpoint,
 * `build` skips itself, and `test` passes on the restored output. Everything runs through the local runner,
 * the real bundles, the Results service and Azurite.
 *
 * With `jobTimeout`, the `test` stage has no limit of its own and the job's `timeout-minutes` fires
 * instead: the runner cancels the job (conclusion `cancelled`, the run too) and writes its "exceeded the
 * maximum execution time" line, which is how the supervisor tells it from a person's cancel.
 */
import { runJob, type JobResult } from '../runner/job.js';
import type { Stand } from '../services/stand.js';
import { NO_BACKOFF_CONFIG, runSupervisor, startNextAttempt, type SupervisorRun } from './supervise-stand.js';
import { checkout } from './workspace.js';

export interface ResumeStory {
  runId: number;
  attempt1: JobResult;
  supervisor: SupervisorRun;
  attempt2: JobResult;
  /** Re-runs GitHub received for the run. */
  reruns: number;
}

// The build takes a second, so what resuming past it saves is a figure the summary can show.
const BUILD = [
  'sleep 1',
  'mkdir -p out',
  'head -c 65536 /dev/urandom > out/artifact.bin',
  'echo "built in attempt $GITHUB_RUN_ATTEMPT" > out/built.txt',
  'echo built',
].join('\n');
// Hangs in attempt 1 (the time limit kills it); in attempt 2 it needs build's output, restored from the checkpoint.
const TEST = [
  'if [ "$GITHUB_RUN_ATTEMPT" = 1 ]; then echo "waiting for the test server"; sleep 120; fi',
  'test -s out/artifact.bin',
  'cat out/built.txt',
].join('\n');

export async function runResumeStory(
  stand: Stand,
  { runId = 7100, jobTimeout = false }: { runId?: number; jobTimeout?: boolean } = {},
): Promise<ResumeStory> {
  const testLimit: Record<string, string> = jobTimeout ? {} : { 'timeout-minutes': '0.05' };
  const config = `${NO_BACKOFF_CONFIG}checkpoint:\n  paths: [out]\n`;
  const job = async (attempt: number): Promise<JobResult> =>
    runJob({
      stand,
      workspace: await checkout(stand, 'main', { '.github/ci-recovery.yml': config }),
      runId,
      runAttempt: attempt,
      jobId: runId * 10 + attempt,
      jobKey: 'heavy',
      jobName: 'heavy',
      // 45 s: attempt 2 (restore, the skipped build, the test, post) took 13.6-16.8 s at load 13-14 here, and a
      // rehearsal beside .ci/run saw it cancelled at the 18 s this was; attempt 1's test waits on it.
      ...(jobTimeout ? { timeoutMinutes: 0.75 } : {}),
      steps: [
        { id: 'recovery', uses: '.', with: { lane: 'HEAVY' } },
        { id: 'build', uses: 'run', with: { stage: 'build', run: BUILD } },
        {
          id: 'test',
          uses: 'run',
          with: { stage: 'test', run: TEST, ...testLimit, 'max-attempts': '1' },
        },
      ],
    });
  const attempt1 = await job(1);
  const supervisor = await runSupervisor(stand, { runId, runAttempt: 1, config: NO_BACKOFF_CONFIG });
  // GitHub starts attempt 2 of the run; the runner runs the job again in a fresh workspace.
  startNextAttempt(stand, runId);
  const attempt2 = await job(2);
  return {
    runId,
    attempt1,
    supervisor,
    attempt2,
    reruns: stand.github.state.reruns.filter((r) => r.runId === runId).length,
  };
}
