/**
 * The `checkpoint/` sub-action: save a checkpoint now. Best-effort by design (like cache saves): any
 * failure, even a bad input, becomes a warning, so a checkpoint can never break the job it protects.
 */
import { runner } from '../adapters/runner.js';
import { checkpointStage, jobContext, openJobStore } from '../adapters/checkpoint/index.js';
import { effectiveConfig } from '../adapters/config-file.js';
import { input } from '../adapters/inputs.js';
import { runnerLogger } from '../adapters/logger.js';
import { recordsDir, writeRecord } from '../adapters/records.js';
import { errorMessage } from '../core/errors.js';
import type { StepRecord } from '../core/records.js';

export async function run(): Promise<void> {
  const logger = runnerLogger;
  const startedAt = new Date().toISOString();
  let stage = 'checkpoint';
  let outcome: StepRecord['outcome'] = 'failure';
  const outputs: Record<string, string> = {};
  try {
    stage = input.string('stage').trim() || 'checkpoint';
    const config = await effectiveConfig();
    const ctx = jobContext();
    const paths = input.list('paths');
    const exclude = input.list('exclude');
    const store = await openJobStore(
      input.string('store').trim() || config.checkpoint.store,
      ctx,
      input.string('github-token'),
      config.checkpoint.retentionDays,
    );
    const r = await checkpointStage({
      store,
      ctx,
      stage,
      paths: paths.length ? paths : config.checkpoint.paths.length ? config.checkpoint.paths : ['.'],
      ...(input.string('name').trim() ? { name: input.string('name').trim() } : {}),
      full: input.bool('full'),
      ...(exclude.length ? { exclude } : {}),
      logger,
    });
    Object.assign(outputs, {
      'checkpoint-id': r.manifest.id,
      kind: r.manifest.kind,
      files: String(r.files),
      bytes: String(r.bytes),
      'stored-bytes': String(r.storedBytes),
      'archive-bytes': String(r.manifest.archive.size),
    });
    outcome = 'success';
  } catch (error) {
    logger.warning(
      `ci-recovery: no checkpoint saved for stage '${stage}': ${errorMessage(error)}. The job goes on without it.`,
    );
    outputs['checkpoint-id'] = '';
  }
  for (const [k, v] of Object.entries(outputs)) runner.setOutput(k, v);
  try {
    await writeRecord(recordsDir(), {
      kind: 'checkpoint',
      step: `checkpoint ${stage}`,
      stage,
      startedAt,
      completedAt: new Date().toISOString(),
      outcome,
      attempts: [],
      ...(outputs['checkpoint-id'] ? { checkpointId: outputs['checkpoint-id'] } : {}),
      outputs,
    });
  } catch (error) {
    logger.warning(`Could not write the step record for post: ${errorMessage(error)}`);
  }
}
