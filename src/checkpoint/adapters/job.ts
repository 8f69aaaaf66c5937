/**
 * Checkpoints inside a job: the store and runner the `checkpoint/` and `restore/` sub-actions (and `run/`)
 * open for the job. The job's context comes from its JobEnv (checkpoint/core/step.ts `jobContext`).
 */
import type { JobEnv } from '../../core/job-env.js';
import type { JobContext } from '../core/step.js';
import { saveStageCheckpoint, type StageCheckpoint } from '../stage.js';
import type { RunnerPort } from '../../runner/ports/runner.js';
import type { Logger } from '../../runner/adapters/logger.js';
import { runnerLogger, runnerPort } from '../../runner/adapters/logger.js';
import { openStore } from './open.js';
import type { ReusedResult, SaveResult } from './save.js';
import type { CheckpointStore } from './store.js';
import { realWorkspace } from './workspace.js';

export { LAST_CHECKPOINT_ENV } from '../../core/state-keys.js';
export {
  defaultManifestCache,
  jobContext,
  restoreJournals,
  NoFilesFoundError,
  type JobContext,
} from '../core/step.js';

/** Opens `spec` with the job's run, repository and token (for the artifact store's cross-attempt lookups). */
export function openJobStore(
  spec: string,
  ctx: JobContext,
  token?: string,
  retentionDays?: number,
): Promise<CheckpointStore> {
  return openStore(spec, {
    ...(token ? { token } : {}),
    runId: ctx.runId,
    ...(ctx.owner && ctx.repo ? { owner: ctx.owner, repo: ctx.repo } : {}),
    ...(retentionDays ? { retentionDays } : {}),
    cwd: ctx.workspace,
  });
}

/**
 * The runner as a checkpoint step uses it: in a job, a variable goes to later steps (GITHUB_ENV); off a
 * runner (a test, a laptop) it is kept for this process only, without a workflow command on stdout.
 */
export function checkpointRunner(env: Pick<JobEnv, 'files'>, log: Logger = runnerLogger): RunnerPort {
  if (env.files.env) return { ...runnerPort, log };
  return {
    ...runnerPort,
    log,
    exportVariable: (name, value) => {
      process.env[name] = value;
    },
  };
}

export interface StageCheckpointOptions extends StageCheckpoint {
  logger: Logger;
  /** The job's runner (checkpointRunner), where the new checkpoint becomes the job's last one. */
  runner: RunnerPort;
}

/** A stage's save (../stage.ts, as the checkpoint phase makes it) with the real workspace: for `run/`. */
export function checkpointStage(opts: StageCheckpointOptions): Promise<SaveResult | ReusedResult> {
  return saveStageCheckpoint(opts, { runner: opts.runner, workspace: realWorkspace });
}
