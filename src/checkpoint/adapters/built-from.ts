/**
 * What a checkpoint's files were built from, which a resume compares with the attempt it restores into:
 * the commit the job started from (the clone's HEAD as main read it after actions/checkout: a step that
 * commits, a version bump, moves HEAD but not the sources the job started from) and the matrix leg's
 * values. A re-run of the same run with `ref: <branch>` checks out the branch's newest commit, and a
 * matrix an earlier job made may come in another order: a build of other sources or values restored
 * there would skip the build of these.
 */
import { createHash } from 'node:crypto';
import { workspaceHead } from '../../runner/adapters/checkout-head.js';

/** The digest of a matrix leg's values (JobEnv.legValues), as a manifest records them. */
export function legDigest(values: string): string {
  return createHash('sha256').update(values).digest('hex');
}

/**
 * The commit a save records: the one the job started from, as main read it (JobEnv.recovery.checkoutHead),
 * else (no main before this step) the workspace's HEAD now.
 */
export function builtFromHead(
  startedFrom: string | undefined,
  workspace: string,
): Promise<string | undefined> {
  return startedFrom !== undefined ? Promise.resolve(startedFrom) : workspaceHead(workspace);
}
