/**
 * The real ports of the `checkpoint/` and `restore/` steps (phases/checkpoint.ts, restore.ts). Apart from
 * index.ts, so that the CLI's checkpoint verbs do not load the config reader.
 */
import type { JobEnv } from '../../core/job-env.js';
import type { CheckpointPorts } from '../../phases/checkpoint.js';
import { effectiveConfig } from '../config-file.js';
import { recordsPort } from '../records.js';
import { checkpointRunner, openJobStore } from './job.js';
import { realWorkspace } from './workspace.js';

export function stepPorts(env: JobEnv): CheckpointPorts {
  return {
    runner: checkpointRunner(env),
    workspace: realWorkspace,
    records: recordsPort(env),
    config: async () => (await effectiveConfig(env)).checkpoint,
    openStore: openJobStore,
    now: () => new Date(),
  };
}
