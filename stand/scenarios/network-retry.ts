/**
 * Story 1: a STANDARD job whose `run/` step fails with a real network error on attempt 1 (the fixtures'
 * server resets git's connection mid-answer, as a load balancer dropping it does) and passes on attempt 2.
 * The wrapper classifies the failure as network, the policy says retry, and the job ends green with
 * attempts=2, failure-type=network.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RECORDS_SUBDIR, type StepRecord } from '../../src/core/records.js';
import { readRecords } from '../../src/adapters/records.js';
import { runJob, type JobResult } from '../runner/job.js';
import { misbehavingServer } from '../misbehaving-server.js';

export interface RunScenarioResult {
  conclusion: JobResult['conclusion'];
  /** Outputs of the `run/` step (attempts, exit-code, failure-type, strategy, evidence, skipped, + the command's). */
  outputs: Record<string, string>;
  /** The step's log as the runner shows it. */
  log: string;
  annotations: JobResult['annotations'];
  /** CI_RECOVERY_COMPLETED_STAGES at the end of the job. */
  completedStages: string;
  /** What the step recorded for the post phase. */
  records: StepRecord[];
  job: JobResult;
}

/**
 * A git remote on a bad day: the server answers and resets the connection mid-answer (git: "Recv failure:
 * Connection reset by peer"), an outage between the job and a service, not a refusal by the job's machine.
 */
export async function outage(repo = 'fixtures.git'): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await misbehavingServer('reset');
  return { url: `http://127.0.0.1:${server.port}/${repo}`, close: () => server.close() };
}

export async function summarize(job: JobResult, stepId: string): Promise<RunScenarioResult> {
  return {
    conclusion: job.conclusion,
    outputs: job.steps[stepId]?.outputs ?? {},
    log: job.stage(stepId, 'main')?.log ?? '',
    annotations: job.annotations,
    completedStages: job.env.CI_RECOVERY_COMPLETED_STAGES ?? '',
    records: await readRecords(path.join(job.runnerTemp, RECORDS_SUBDIR)),
    job,
  };
}

export async function networkRetryScenario(opts: { workspace?: string } = {}): Promise<RunScenarioResult> {
  const workspace = opts.workspace ?? (await mkdtemp(path.join(os.tmpdir(), 'story-network-')));
  // The job's RUNNER_TEMP is the story's own, removed with it (the runner empties it after each job).
  const runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'runner-temp-'));
  const remote = await outage();
  try {
    const job = await runJob({
      workspace,
      runnerTemp,
      env: { CI_RECOVERY_LANE: 'STANDARD' },
      steps: [
        {
          id: 'fetch',
          name: 'Fetch the test fixtures',
          uses: 'run',
          with: {
            stage: 'fetch',
            'backoff-seconds': 0,
            // First attempt: a real network failure; the marker makes the second attempt succeed.
            run: [
              'if [ ! -f .tried ]; then',
              '  touch .tried',
              `  git ls-remote ${remote.url}`,
              'fi',
              'echo "fixtures=ready" >> "$GITHUB_OUTPUT"',
            ].join('\n'),
          },
        },
        { id: 'after', run: 'echo "completed stages: $CI_RECOVERY_COMPLETED_STAGES"' },
      ],
    });
    return await summarize(job, 'fetch');
  } finally {
    await remote.close();
    if (!opts.workspace) await rm(workspace, { recursive: true, force: true });
    await rm(runnerTemp, { recursive: true, force: true });
  }
}
