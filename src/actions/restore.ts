/** The `restore/` sub-action: reads its inputs and the job, and runs the restore phase (phases/restore.ts). */
import { input } from '../adapters/inputs.js';
import { restorePorts } from './checkpoint-ports.js';
import { readJobEnv } from '../runner/adapters/job-env.js';
import { restorePhase, type RestoreInputs } from '../phases/restore.js';
import { load, parseRestoreVerify, RESTORE_VERIFY, type RestoreVerify } from '../checkpoint/index.js';
import { UserError } from '../core/errors.js';

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
    verify: restoreVerify(input.given('verify', 'restore')),
  };
}

/** Input 'verify' (its default, 'archive', is in restore/action.yml). */
function restoreVerify(value: string): RestoreVerify {
  const verify = parseRestoreVerify(value);
  if (verify === undefined)
    throw new UserError(
      `Input 'verify' must be one of ${RESTORE_VERIFY.join(', ')}, got '${value.trim()}': 'archive' checks each archive's sha256 and every file's size, 'full' also every file's sha256.`,
    );
  return verify;
}

export async function run(): Promise<void> {
  const env = readJobEnv();
  const result = await restorePhase(readInputs, env, await restorePorts(env));
  if (result.failed) process.exitCode = 1;
  (await load.storeGuard()).endIfStoreGaveUp();
}
