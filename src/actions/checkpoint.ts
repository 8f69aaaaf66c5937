/**
 * The `checkpoint/` sub-action: save a checkpoint now. Best-effort by design (like cache saves): any
 * failure, even a bad input, becomes a warning, so a checkpoint can never break the job it protects;
 * the one exception is `if-no-files-found: error`, which the user asks for.
 */
import { runner } from '../adapters/runner.js';
import {
  checkpointStage,
  jobContext,
  NoFilesFoundError,
  openJobStore,
} from '../adapters/checkpoint/index.js';
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
  let ifNoFiles = 'warn';
  try {
    ifNoFiles = input.choice('if-no-files-found', ['warn', 'error', 'ignore']);
    stage = input.string('stage').trim() || 'checkpoint';
    const config = await effectiveConfig();
    const ctx = jobContext();
    const paths = input.list('paths');
    const exclude = input.list('exclude');
    const store = await openJobStore(
      input.string('store').trim() || config.checkpoint.store,
      ctx,
      input.string('github-token'),
      input.int('retention-days', { min: 1, max: 90 }) ?? config.checkpoint.retentionDays,
    );
    const level = input.int('compression-level', { min: 1, max: 19 });
    const r = await checkpointStage({
      store,
      ctx,
      stage,
      paths: paths.length ? paths : config.checkpoint.paths.length ? config.checkpoint.paths : ['.'],
      ...(input.string('name').trim() ? { name: input.string('name').trim() } : {}),
      full: input.bool('full'),
      ...(exclude.length ? { exclude } : {}),
      ...(level ? { level } : {}),
      logger,
    });
    Object.assign(outputs, {
      'checkpoint-id': r.manifest.id,
      kind: r.manifest.kind,
      incremental: String(r.manifest.kind === 'incremental'),
      digest: r.manifest.archive.sha256,
      'artifact-id': r.artifactId ? String(r.artifactId) : '',
      files: String(r.files),
      bytes: String(r.bytes),
      'stored-bytes': String(r.storedBytes),
      'archive-bytes': String(r.manifest.archive.size),
    });
    outcome = 'success';
  } catch (error) {
    outputs['checkpoint-id'] = '';
    const message = `ci-recovery: no checkpoint saved for stage '${stage}': ${errorMessage(error)}`;
    if (error instanceof NoFilesFoundError && ifNoFiles === 'error') {
      logger.error(`${message} ('if-no-files-found: error').`);
      process.exitCode = 1;
    } else if (error instanceof NoFilesFoundError && ifNoFiles === 'ignore') logger.info(message);
    else logger.warning(`${message}. The job goes on without it.`);
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
