/** The workspace port of the checkpoint phases (src/ports/workspace.ts), over the real scan, save and restore. */
import { readdir } from 'node:fs/promises';
import type { WorkspacePort } from '../../ports/workspace.js';
import { lookupCheckpoint } from './lookup.js';
import { checkpointsOfJob } from './manage.js';
import { resolveCheckpointPaths } from './path-globs.js';
import { restoreCheckpoint } from './restore.js';
import { saveRoots } from './outside.js';
import { saveCheckpoint } from './save.js';

/** Next free sequence number in this job: one more than the manifests this job has saved or restored. */
async function nextSeq(cacheDir: string | undefined): Promise<number> {
  if (!cacheDir) return Date.now() % 1000;
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith('.manifest.json')).length + 1;
}

export const realWorkspace: WorkspacePort = {
  resolvePaths: resolveCheckpointPaths,
  nextSeq,
  save: saveCheckpoint,
  saveRoots,
  restore: restoreCheckpoint,
  checkpointsOfJob,
  lookup: lookupCheckpoint,
};
