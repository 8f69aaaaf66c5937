/** The root action's resume on a re-run attempt: restore the newest good checkpoint of an earlier attempt. */
import { errorMessage } from '../../core/errors.js';
import type { Logger } from '../logger.js';
import { defaultManifestCache } from './job.js';
import { checkpointsOfJob } from './manage.js';
import { restoreCheckpoint } from './restore.js';
import type { CheckpointStore } from './store.js';

export interface ResumeOptions {
  store: CheckpointStore;
  runId: string;
  /** The current attempt (GITHUB_RUN_ATTEMPT); checkpoints of attempts before it are candidates. */
  attempt: number;
  job: string;
  workspace: string;
  logger: Logger;
  manifestCache?: string;
}

export interface ResumeResult {
  resumed: boolean;
  /** Id of the checkpoint restored. */
  resumeFrom?: string;
  completedStages: string[];
  /** Why candidates were passed over (corrupt, unreadable), newest first. */
  problems?: string[];
}

/**
 * Tries the checkpoints of attempt-1 first (newest first), then older attempts, and restores the first one
 * that verifies. A refused candidate leaves the workspace untouched, so the next one starts clean.
 */
export async function resumeFromPreviousAttempt(opts: ResumeOptions): Promise<ResumeResult> {
  if (opts.attempt <= 1) return { resumed: false, completedStages: [] };
  const problems: string[] = [];
  const manifestCache = opts.manifestCache ?? defaultManifestCache();
  let candidates = 0;
  const earlier = { job: opts.job, runId: opts.runId, beforeAttempt: opts.attempt };
  for await (const c of checkpointsOfJob(opts.store, earlier)) {
    candidates++;
    try {
      if (!c.manifest) throw new Error(c.error);
      const r = await restoreCheckpoint({
        store: opts.store,
        checkpoint: c.manifest,
        dest: opts.workspace,
        logger: opts.logger,
        ...(manifestCache ? { manifestCache } : {}),
      });
      opts.logger.info(
        `Resumed from checkpoint ${c.id} (attempt ${r.manifest.attempt}, stage '${r.manifest.stage}'); completed stages: ${r.manifest.completedStages.join(', ') || 'none'}.`,
      );
      return {
        resumed: true,
        resumeFrom: c.id,
        completedStages: r.manifest.completedStages,
        ...(problems.length ? { problems } : {}),
      };
    } catch (error) {
      problems.push(`${c.id}: ${errorMessage(error)}`);
      opts.logger.warning(`Checkpoint ${c.id} cannot be resumed from: ${errorMessage(error)}`);
    }
  }
  if (candidates === 0)
    opts.logger.info(
      `No checkpoint of an earlier attempt of job '${opts.job}' in run ${opts.runId}: starting from scratch.`,
    );
  return { resumed: false, completedStages: [], ...(problems.length ? { problems } : {}) };
}
