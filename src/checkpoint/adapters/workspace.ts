/** The workspace port of the checkpoint phases (src/checkpoint/ports/workspace.ts), over the real scan, save and restore. */
import { readdir } from 'node:fs/promises';
import type { WorkspacePort } from '../ports/workspace.js';
import { lookupCheckpoint } from './lookup.js';
import { checkpointsOfJob } from './manage.js';
import { resolveCheckpointPaths } from './path-globs.js';
import { restoreCheckpoint } from './restore.js';
import { saveRoots } from './outside.js';
import { saveCheckpoint } from './save.js';
import { artifactServiceAvailable } from './artifact-service.js';
import { TRUST_FORMAT, type TrustRecord } from '../core/trust.js';
import { errorMessage } from '../../core/errors.js';
import { inert } from '../../core/text.js';

/** Next free sequence number in this job: one more than the manifests this job has saved or restored. */
async function nextSeq(cacheDir: string | undefined): Promise<number> {
  if (!cacheDir) return Date.now() % 1000;
  // no manifest cache yet: the first sequence number
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith('.manifest.json')).length + 1;
}

/**
 * A job's save, then its record for a resume: in a store others can write (`dir:`, the cache), a re-run
 * resumes only from a checkpoint an artifact of the run names (checkpoint/core/trust.ts), so each saved
 * checkpoint is named at once, not by post, which never runs when the runner is lost. The `artifact` store
 * needs none: only the run's own jobs can write the run's artifacts. Off a runner there is nothing to write.
 */
const saveAndRecord: WorkspacePort['save'] = async (opts) => {
  const result = await saveCheckpoint(opts);
  if (result.reused || opts.store.spec === 'artifact' || !artifactServiceAvailable()) return result;
  const { manifest: m } = result;
  const record: TrustRecord = {
    format: TRUST_FORMAT,
    runId: m.runId,
    job: m.job,
    attempt: m.attempt,
    checkpoints: [{ id: m.id, manifestSha256: result.manifestSha256 }],
  };
  // Loaded only here: the artifact transport (and undici under it) is no part of a save to `dir:` off a runner.
  const { uploadTrustRecord } = await import('./trust-records.js');
  try {
    await uploadTrustRecord(record, undefined, m.id);
  } catch (error) {
    opts.logger?.warning(
      `ci-recovery: could not record checkpoint ${inert(m.id)} among the run's artifacts (${inert(errorMessage(error))}): a re-run will not resume from it.`,
    );
    // Stored all the same, but no resume point: a later stage's checkpoint must not count on it.
    return { ...result, unrecorded: true };
  }
  return result;
};

export const realWorkspace: WorkspacePort = {
  resolvePaths: resolveCheckpointPaths,
  nextSeq,
  save: saveAndRecord,
  saveRoots,
  restore: restoreCheckpoint,
  checkpointsOfJob,
  lookup: lookupCheckpoint,
};
