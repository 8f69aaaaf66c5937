/**
 * The `run/` step's checkpoint before its command (run.ts): whether it can pay for itself, and taking it
 * while the command may start once every file of it is read.
 */
import type { Config } from '../core/config-defaults.js';
import { errorMessage } from '../core/errors.js';
import type { JobEnv } from '../core/job-env.js';
import type { StepPlan } from '../core/run-retry.js';
import type { RunSettings } from '../core/run-step.js';
import {
  checkpointPays,
  costBudgetMs,
  estimateCostMs,
  workSkipped,
  type CheckpointCost,
} from '../core/checkpoint-pays.js';
import type { StageSaved } from '../ports/stage-checkpoint.js';
import type { RunPorts } from '../ports/run-step.js';

/**
 * Whether the stage's checkpoint can pay for itself (core/checkpoint-pays.ts), said in one line: what a
 * resume from it would skip beyond the job's last checkpoint against what it costs, the last checkpoint of
 * this job's (the stage ledger) or, with none timed yet, an estimate from the paths' size, walked no further
 * than it could pay.
 */
export function checkpointWorthIt(
  settings: RunSettings,
  job: JobEnv,
  config: Config,
  plan: StepPlan,
  ports: RunPorts,
): boolean {
  const when = config.checkpoint.when === 'always' ? 'always' : 'pays';
  const { completedStages: completed, stageDurations: durations, checkpointsPaid } = job.recovery;
  const last = checkpointsPaid?.at(-1);
  // Without this checkpoint a resume starts from the job's last one it can start from (one a re-run was not
  // told of holds nothing): this one gains the stages that one does not hold.
  const from = checkpointsPaid?.findLast((c) => c.holds !== undefined);
  const since = from?.holds ? { since: { stage: from.stage, holds: from.holds } } : {};
  const facts = { stage: settings.stage, completed, durations, ...since };
  const skip = workSkipped(facts);
  let cost: CheckpointCost | undefined;
  if (when === 'pays' && completed.length > 0 && skip.untimed.length === 0) {
    if (last) cost = { from: 'measured', ...last };
    else {
      const size = ports.checkpoint.size(plan.checkpointPaths, costBudgetMs(skip.ms));
      cost = { from: 'estimate', ms: estimateCostMs(size), size };
    }
  }
  const verdict = checkpointPays({ ...facts, ...(cost ? { cost } : {}) }, when);
  ports.runner.log.info(verdict.line);
  return verdict.take;
}

/** A stage's checkpoint after its files were read: told when the command started, then waited for. */
export interface CheckpointUnderway {
  /** The stage's command started, or will not: the save's last work on this thread may go on. */
  started: () => void;
  /** The checkpoint's id once stored, else undefined (a warning says why). Call `started` first. */
  stored: () => Promise<StageSaved | undefined>;
}

export const NO_CHECKPOINT: CheckpointUnderway = {
  started: () => undefined,
  stored: () => Promise.resolve(undefined),
};

/**
 * Starts the stage's checkpoint and returns once every file of it is read: the command may change them
 * from then on, while the archive and the manifest are stored. `stored` waits for the store and says how
 * it went. A runner lost before the store ends loses this checkpoint only: a resume takes the one before it.
 */
export async function checkpointFirst(
  settings: RunSettings,
  plan: StepPlan,
  ports: RunPorts,
): Promise<CheckpointUnderway> {
  if (plan.checkpointPaths.length === 0) return NO_CHECKPOINT;
  const save = ports.checkpoint.save(settings.stage, plan.checkpointPaths);
  const outcome = save.saved.then(
    (saved) => checkpointSaved(settings.stage, saved, ports),
    (error: unknown) => checkpointFailed(settings.stage, error, ports),
  );
  // Settled before reading everything (no files, a refused store, the resumed checkpoint): said now.
  if (!(await save.read)) await outcome;
  return { started: () => save.started?.(), stored: () => outcome };
}

function checkpointSaved(
  stage: string,
  saved: StageSaved | undefined,
  ports: RunPorts,
): StageSaved | undefined {
  if (saved && !saved.reused)
    ports.runner.log.info(`ci-recovery: checkpoint ${saved.id} saved before stage '${stage}'`);
  return saved;
}

async function checkpointFailed(stage: string, error: unknown, ports: RunPorts): Promise<undefined> {
  const { log } = ports.runner;
  // The engine's core, loaded by the save that failed (a step with no checkpoint paths never gets here). Its
  // load failing must not reject: nothing awaits this while the command runs, and a failed save is a warning.
  const core = await import('../checkpoint/index.js').catch(() => undefined);
  // Before the stage that makes them (an install, a build), a job's checkpoint paths do not exist yet:
  // that is every job's first stage, not a problem worth an annotation.
  if (core && error instanceof core.NoFilesFoundError)
    log.info(`ci-recovery: nothing to checkpoint before stage '${stage}' yet: ${error.message}`);
  else log.warning(`ci-recovery: no checkpoint before stage '${stage}': ${errorMessage(error)}`);
  return undefined;
}
