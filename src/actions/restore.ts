/** The `restore/` sub-action: reads its inputs and the job, and runs the restore phase (phases/restore.ts). */
import { checkpointRunner, openJobStore, realWorkspace } from '../adapters/checkpoint/index.js';
import { effectiveConfig } from '../adapters/config-file.js';
import { input } from '../adapters/inputs.js';
import { readJobEnv } from '../adapters/job-env.js';
import { recordsDir, writeRecord } from '../adapters/records.js';
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
  };
}

export async function run(): Promise<void> {
  const env = readJobEnv();
  const result = await restorePhase(readInputs, env, {
    runner: checkpointRunner(env),
    workspace: realWorkspace,
    records: { write: async (record) => void (await writeRecord(recordsDir(), record)) },
    config: async () => (await effectiveConfig()).checkpoint,
    openStore: (spec, ctx, token) => openJobStore(spec, ctx, token),
    now: () => new Date(),
  });
  if (result.failed) process.exitCode = 1;
}
