/**
 * The `checkpoint/` step: save a checkpoint of the workspace now. Best-effort by design (like cache
 * saves): any failure, even a bad input, becomes a warning, so a checkpoint can never break the job it
 * protects; the exceptions are `if-no-files-found: error` and `fail-on-error`, which the user asks for.
 *
 * Gather (inputs, config, the job's context, the store) -> decide (checkpoint/core/step.ts) -> act (save
 * through the engine's `saveStageCheckpoint` over the workspace port, outputs and the step record through
 * the runner and records ports).
 */
import {
  checkpointFailure,
  checkpointOutputs,
  checkpointSettings,
  jobContext,
  NoFilesFoundError,
  saveStageCheckpoint,
  stageName,
  type CheckpointDefaults,
  type CheckpointInputs,
  type CheckpointStore,
  type JobContext,
  type WorkspacePort,
} from '../checkpoint/index.js';
import { errorMessage } from '../core/errors.js';
import { inert } from '../core/text.js';
import type { JobEnv } from '../core/job-env.js';
import type { StepRecord } from '../core/records.js';
import { writeRecordBestEffort, type RecordsPort } from '../ports/records.js';
import type { RunnerPort } from '../runner/ports/runner.js';

export interface CheckpointPorts {
  runner: RunnerPort;
  workspace: WorkspacePort;
  records: RecordsPort;
  /** The config's checkpoint section: what main exported for the job, else the workspace's file. */
  config(): Promise<CheckpointDefaults>;
  openStore(spec: string, ctx: JobContext, token: string, retentionDays?: number): Promise<CheckpointStore>;
  now(): Date;
}

export interface StepResult {
  outcome: StepRecord['outcome'];
  outputs: Record<string, string>;
  /** The step fails (exit code 1); its error is already logged. */
  failed: boolean;
}

/**
 * `inputs` reads the step's inputs into `seen` as it goes; it may throw on a bad one, which the step
 * reports like any failure, with what was read before it (the stage's name, `if-no-files-found`).
 */
export async function checkpointPhase(
  inputs: (seen: Partial<CheckpointInputs>) => CheckpointInputs,
  env: JobEnv,
  ports: CheckpointPorts,
): Promise<StepResult> {
  const startedAt = ports.now().toISOString();
  const seen: Partial<CheckpointInputs> = {};
  let result: StepResult = { outcome: 'failure', outputs: { 'checkpoint-id': '' }, failed: false };
  let digest: string | undefined;
  try {
    const given = inputs(seen);
    const settings = checkpointSettings(given, await ports.config());
    const ctx = jobContext(env);
    const store = await ports.openStore(settings.store, ctx, given.token, settings.retentionDays);
    const saved = await saveStageCheckpoint({ ...settings, store, ctx }, ports);
    result = { outcome: 'success', outputs: checkpointOutputs(saved), failed: false };
    digest = saved.manifestSha256;
  } catch (error) {
    const noFiles = error instanceof NoFilesFoundError;
    const verdict = checkpointFailure(
      stageName(seen),
      errorMessage(error),
      noFiles,
      seen.ifNoFilesFound ?? 'warn',
      seen.failOnError === true,
    );
    ports.runner.log[verdict.level](verdict.message);
    result.failed = verdict.fail;
  }
  try {
    for (const [k, v] of Object.entries(result.outputs)) ports.runner.setOutput(k, v);
  } catch (error) {
    // A full disk (ENOSPC) must not fail a step whose checkpoint is optional: the record below still says.
    ports.runner.log.warning(`ci-recovery: could not write the step outputs (${errorMessage(error)}).`);
  }
  // The input's own text when it broke the rules: recorded only inert (post prints records).
  const stage = inert(stageName(seen));
  const id = result.outputs['checkpoint-id'];
  await writeRecordBestEffort(
    ports.records,
    {
      kind: 'checkpoint',
      step: `checkpoint ${stage}`,
      stage,
      startedAt,
      completedAt: ports.now().toISOString(),
      outcome: result.outcome,
      stepFailed: result.failed,
      attempts: [],
      ...(id ? { checkpointId: id } : {}),
      ...(id && digest ? { checkpointDigest: digest } : {}),
      outputs: result.outputs,
    },
    ports.runner.log,
  );
  return result;
}
