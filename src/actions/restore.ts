/**
 * The `restore/` sub-action: restore a checkpoint that was asked for. Unlike saving, a restore that fails
 * fails the step, with the reason; the workspace is left exactly as it was. A miss (no checkpoint at all)
 * fails it too unless `fail-on-miss: false`; `lookup-only` answers whether a usable one exists.
 */
import { runner } from '../adapters/runner.js';
import path from 'node:path';
import {
  checkpointsOfJob,
  jobContext,
  lookupCheckpoint,
  NotFoundError,
  openJobStore,
  restoreCheckpoint,
} from '../adapters/checkpoint/index.js';
import { effectiveConfig } from '../adapters/config-file.js';
import { input } from '../adapters/inputs.js';
import { runnerLogger } from '../adapters/logger.js';
import { recordsDir, writeRecord } from '../adapters/records.js';
import { errorMessage } from '../core/errors.js';
import { shownChanges, type Manifest } from '../core/checkpoint/index.js';
import type { StepRecord } from '../core/records.js';

export async function run(): Promise<void> {
  const logger = runnerLogger;
  const startedAt = new Date().toISOString();
  let outcome: StepRecord['outcome'] = 'failure';
  let checkpointId = '';
  const outputs: Record<string, string> = { found: 'false' };
  let failOnMiss = true;
  try {
    failOnMiss = input.bool('fail-on-miss');
    const lookupOnly = input.bool('lookup-only');
    const config = await effectiveConfig();
    const ctx = jobContext();
    const spec = input.string('store').trim() || config.checkpoint.store;
    const store = await openJobStore(spec, ctx, input.string('github-token'));
    checkpointId = input.string('name').trim();
    const paths = input.list('paths');
    const dryRun = input.bool('dry-run');
    const dest = path.resolve(ctx.workspace, input.string('dest').trim() || '.');
    let checkpoint: string | Manifest = checkpointId;
    if (!checkpointId) {
      // The newest readable one: a broken newest manifest must not hide an older good checkpoint.
      for await (const c of checkpointsOfJob(store, { job: ctx.job, runId: ctx.runId })) {
        if (!c.manifest) {
          logger.warning(`Checkpoint ${c.id} is passed over: ${c.error}`);
          continue;
        }
        checkpoint = c.manifest;
        checkpointId = c.id;
        break;
      }
      if (!checkpointId)
        throw new NotFoundError(
          `No checkpoint of job '${ctx.job}' in run ${ctx.runId} in store '${spec}': save one with the checkpoint/ action first, or set 'name'.`,
        );
    }
    if (lookupOnly) {
      const manifest = typeof checkpoint === 'string' ? await store.getManifest(checkpoint) : checkpoint;
      const found = await lookupCheckpoint(store, manifest);
      if (!found.usable)
        throw new NotFoundError(`Checkpoint ${checkpointId} is not usable: ${found.problem}.`);
      logger.info(`Checkpoint ${checkpointId} exists and is complete; nothing was downloaded or changed.`);
      Object.assign(outputs, {
        found: 'true',
        'checkpoint-id': checkpointId,
        restored: 'false',
        'completed-stages': manifest.completedStages.join(','),
      });
      outcome = 'success';
      return;
    }
    const r = await restoreCheckpoint({
      store,
      checkpoint,
      dest,
      ...(paths.length ? { paths } : {}),
      dryRun,
      logger,
    });
    const c = r.changes;
    const { added, deleted } = shownChanges(c);
    if (dryRun) {
      for (const p of added) logger.info(`+ ${p}`);
      for (const p of c.modified) logger.info(`~ ${p}`);
      for (const p of deleted) logger.info(`- ${p}`);
      logger.info(
        `Dry run of ${checkpointId}: ${c.added.length} to add, ${c.modified.length} to modify, ${c.deleted.length} to delete; nothing changed.`,
      );
    }
    Object.assign(outputs, {
      found: 'true',
      'checkpoint-id': checkpointId,
      restored: String(r.restored),
      changed: String(c.added.length + c.modified.length + c.deleted.length),
      added: added.join(','),
      modified: c.modified.join(','),
      deleted: deleted.join(','),
      'completed-stages': r.manifest.completedStages.join(','),
    });
    outcome = 'success';
  } catch (error) {
    const message = `ci-recovery: restore${checkpointId ? ` of ${checkpointId}` : ''} failed: ${errorMessage(error)}`;
    if (error instanceof NotFoundError && !failOnMiss) {
      logger.warning(`${message} ('fail-on-miss: false': the job goes on).`);
      outcome = 'success';
    } else {
      logger.error(message, { title: 'ci-recovery: restore refused' });
      process.exitCode = 1;
    }
  } finally {
    await finish(outputs, outcome, checkpointId, startedAt, logger);
  }
}

async function finish(
  outputs: Record<string, string>,
  outcome: StepRecord['outcome'],
  checkpointId: string,
  startedAt: string,
  logger: typeof runnerLogger,
): Promise<void> {
  for (const [k, v] of Object.entries(outputs)) runner.setOutput(k, v);
  try {
    await writeRecord(recordsDir(), {
      kind: 'restore',
      step: `restore ${checkpointId || 'latest'}`,
      startedAt,
      completedAt: new Date().toISOString(),
      outcome,
      attempts: [],
      ...(checkpointId ? { checkpointId } : {}),
      outputs,
    });
  } catch (error) {
    logger.warning(`Could not write the step record for post: ${errorMessage(error)}`);
  }
}
