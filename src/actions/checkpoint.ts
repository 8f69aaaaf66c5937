/** The `checkpoint/` sub-action: reads its inputs and the job, and runs the checkpoint phase (phases/checkpoint.ts). */
import { input } from '../adapters/inputs.js';
import { stepPorts } from './checkpoint-ports.js';
import { readJobEnvWithStages } from '../adapters/stage-ledger.js';
import { IF_NO_FILES_FOUND, load, type CheckpointInputs } from '../checkpoint/index.js';
import { checkpointPhase } from '../phases/checkpoint.js';

/** Fills `seen` in the order the step reports a bad input with (see checkpointPhase). */
function readInputs(seen: Partial<CheckpointInputs>): CheckpointInputs {
  // First: a bad input after it still fails the step when the user asked for that.
  seen.failOnError = input.bool('fail-on-error');
  seen.ifNoFilesFound = input.choice('if-no-files-found', IF_NO_FILES_FOUND);
  seen.stage = input.string('stage');
  return Object.assign(seen, {
    failOnError: seen.failOnError,
    ifNoFilesFound: seen.ifNoFilesFound,
    stage: seen.stage,
    paths: input.list('paths'),
    exclude: input.list('exclude'),
    store: input.string('store'),
    token: input.string('github-token'),
    retentionDays: input.int('retention-days', { min: 1, max: 90 }),
    level: input.int('compression-level', { min: 1, max: 19 }),
    name: input.string('name'),
    full: input.bool('full'),
    includeHidden: input.bool('include-hidden-files'),
  });
}

export async function run(): Promise<void> {
  const env = readJobEnvWithStages();
  const result = await checkpointPhase(readInputs, env, await stepPorts(env));
  if (result.failed) process.exitCode = 1;
  (await load.storeGuard()).endIfStoreGaveUp();
}
