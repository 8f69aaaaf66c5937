/**
 * The `run/` phase's part in the job's stage ledger (core/stage-ledger.ts): marking the stage as running
 * while it runs, and recording it once completed, for stages that run at once (background steps).
 */
import { errorMessage } from '../core/errors.js';
import type { JobEnv } from '../core/job-env.js';
import { stageDurationsWith, type RunResult, type RunSettings } from '../core/run-step.js';
import type { RunningStage } from '../core/stage-ledger.js';
import type { RunnerPort } from '../runner/ports/runner.js';
import type { StageLedgerPort } from '../ports/stage-ledger.js';

/** What of the phase's ports the ledger needs. */
interface LedgerPorts {
  runner: RunnerPort;
  stages?: StageLedgerPort;
}

/** Marks the stage running and returns the others running beside it (best-effort: none known on error). */
export async function enterLedger(stage: string, ports: LedgerPorts): Promise<RunningStage[]> {
  try {
    return (await ports.stages?.enter(stage)) ?? [];
  } catch (error) {
    ports.runner.log.warning(
      `ci-recovery: could not mark stage '${stage}' as running: ${errorMessage(error)}`,
    );
    return [];
  }
}

/**
 * The stage, completed (or skipped as restored) now, or filling paths outside the workspace, in the job's
 * ledger: its GITHUB_ENV export may arrive late or be overwritten when stages run at once. Best-effort.
 */
export async function ledgerEntry(
  settings: RunSettings,
  job: JobEnv,
  result: RunResult,
  done: boolean,
  ports: LedgerPorts,
): Promise<void> {
  const cachePaths = result.success && settings.cachePaths?.length ? settings.cachePaths : undefined;
  // A skipped stage is recorded too: this attempt has taken it, and a later step of its name runs.
  if (!ports.stages || (!done && !result.skipped && !cachePaths)) return;
  const ms = done ? stageDurationsWith({}, settings.stage, result)[settings.stage] : undefined;
  // The checkpoint before it and its cost: what the next stage weighs its own checkpoint by.
  const checkpoint =
    result.checkpointMs !== undefined
      ? {
          stage: settings.stage,
          ms: result.checkpointMs,
          ...(result.checkpointBytes !== undefined ? { bytes: result.checkpointBytes } : {}),
          // What its manifest holds: the stages completed when this step started (jobContext, the same env).
          // One a re-run will not resume from (its record not uploaded) holds nothing: its cost alone counts.
          ...(result.checkpointUnrecorded ? {} : { holds: [...job.recovery.completedStages] }),
        }
      : undefined;
  try {
    await ports.stages.complete({
      stage: settings.stage,
      ...(ms !== undefined ? { ms } : {}),
      ...(cachePaths ? { cachePaths } : {}),
      ...(checkpoint ? { checkpoint } : {}),
    });
  } catch (error) {
    ports.runner.log.warning(
      `ci-recovery: could not record stage '${settings.stage}' in ${job.runnerTemp}: ${errorMessage(error)}`,
    );
  }
}
