/** The `restore/` sub-action: reads its inputs and the job, and runs the restore phase (phases/restore.ts). */
import { endIfStoreGaveUp } from '../adapters/checkpoint/store-guard.js';
import { restorePorts } from '../adapters/checkpoint/step-ports.js';
import { input } from '../adapters/inputs.js';
import { readJobEnv } from '../adapters/job-env.js';
import { restorePhase, type RestoreInputs } from '../phases/restore.js';

function readInputs(): RestoreInputs {
  return {
    failOnMiss: input.bool('fail-on-miss'),
    lookupOnly: input.bool('lookup-only'),
    store: input.string('store'),
    token: input.string('github-token'),
    name: input.string('name'),
    paths: input.list('paths'),
    dryRun: input.bool('dry-run'),
    dest: input.string('dest'),
    destOutsideWorkspace: input.bool('dest-outside-workspace'),
    keepSpecialModes: input.bool('keep-special-modes'),
  };
}

export async function run(): Promise<void> {
  const env = readJobEnv();
  const result = await restorePhase(readInputs, env, restorePorts(env));
  if (result.failed) process.exitCode = 1;
  endIfStoreGaveUp();
}
