/**
 * Saving and restoring the roots outside the workspace (checkpoint/core/outside.ts): each root is a full
 * checkpoint of its own directory, taken and restored with the same engine as the workspace's, into the
 * one directory its name resolves to in this job. A root reached through a symbolic link is refused (a
 * link could send the restore anywhere), and so is one that would hold the workspace or the runner's
 * temp directory. Best-effort: a root that cannot be saved or restored is a warning, and the stages that
 * filled it run again.
 */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../../core/errors.js';
import type { Manifest } from '../core/index.js';
import { resolveRoot, rootOverlaps, type OutsideRoot, type RootRecord } from '../core/outside.js';
import type { Logger } from '../../runner/adapters/logger.js';
import { makeDirs } from '../../runner/adapters/make-dirs.js';
import { restoreCheckpoint } from './restore.js';
import { readCachedManifest } from './local-manifest.js';
import { saveCheckpoint } from './save.js';
import { entryOf } from './scan.js';
import type { CheckpointStore } from './store.js';
import type { RootPlace, SaveRootsOptions } from '../ports/workspace.js';
export type { RootPlace, SaveRootsOptions } from '../ports/workspace.js';

/** The suffix of a root's checkpoint job: a resume of the job never takes a root for the workspace. */
export const ROOT_JOB_SUFFIX = '+root';

/**
 * The directory of `root`, checked: its base is set, it does not overlap `keepOut`, and no component from
 * the base down is a symbolic link (`exists` false when the directory is not there yet).
 */
export async function rootDirectory(
  root: Pick<OutsideRoot, 'name' | 'path'>,
  place: RootPlace,
): Promise<{ dir: string; exists: boolean }> {
  const { dir, base } = resolveRoot(root, place.bases);
  if (!dir || !base) throw new Error(`${root.path}: its base directory is not set in this job`);
  const overlap = rootOverlaps(dir, place.keepOut);
  if (overlap) throw new Error(`${root.path} (${dir}) overlaps ${overlap}: not a cache directory`);
  let at = base;
  const steps = path
    .relative(base, dir)
    .split(path.sep)
    .filter((s) => s !== '');
  for (const [i, part] of ['', ...steps].entries()) {
    at = part ? path.join(at, part) : at;
    // a component that cannot be lstat'ed does not exist: said in the next line
    const st = await lstat(at).catch(() => undefined);
    if (!st) return { dir, exists: false };
    if (i > 0 && st.isSymbolicLink())
      throw new Error(`${root.path}: ${at} is a symbolic link; a root is never reached through one`);
    if (!st.isDirectory() && !(i === 0 && st.isSymbolicLink()))
      throw new Error(`${root.path}: ${at} is not a directory`);
  }
  return { dir, exists: true };
}

/** Saves each root as its own full checkpoint; returns the records of those saved (the others warned). */
export async function saveRoots(opts: SaveRootsOptions): Promise<RootRecord[]> {
  const saved: RootRecord[] = [];
  for (const [i, root] of opts.roots.entries()) {
    const id = `${opts.id}-root${i + 1}`;
    try {
      const { dir, exists } = await rootDirectory(root, opts.place);
      if (!exists) {
        opts.logger.warning(
          `ci-recovery: ${root.path} (${dir}) does not exist: not checkpointed, so stage(s) ${root.stages.join(', ')} run again on resume.`,
        );
        continue;
      }
      await saveCheckpoint({
        store: opts.store,
        workspace: dir,
        paths: ['.'],
        id,
        meta: {
          ...opts.meta,
          job: `${opts.meta.job}${ROOT_JOB_SUFFIX}`,
          stage: root.name,
          completedStages: [],
        },
        // A cache keeps its .git directories (cargo's registry index is one).
        exclude: [],
        full: true,
        ...(opts.level ? { level: opts.level } : {}),
        ...(opts.manifestCache ? { manifestCache: opts.manifestCache } : {}),
        logger: opts.logger,
      });
      saved.push({ name: root.name, path: root.path, checkpoint: id, stages: root.stages });
      opts.logger.info(`ci-recovery: ${root.path} checkpointed as ${id}`);
    } catch (error) {
      opts.logger.warning(
        `ci-recovery: ${root.path} not checkpointed (${errorMessage(error)}): stage(s) ${root.stages.join(', ')} run again on resume.`,
      );
    }
  }
  return saved;
}

export interface RestoreRootsOptions {
  store: CheckpointStore;
  /** The workspace checkpoint just restored. */
  manifest: Manifest;
  place: RootPlace;
  logger: Logger;
  manifestCache?: string;
}

/** Restores each root of `manifest` to its place; returns the names of those restored. */
export async function restoreRoots(opts: RestoreRootsOptions): Promise<string[]> {
  const restored: string[] = [];
  for (const root of opts.manifest.roots ?? []) {
    try {
      const { dir } = await rootDirectory(root, opts.place);
      const m = await opts.store.getManifest(root.checkpoint);
      if (
        m.job !== `${opts.manifest.job}${ROOT_JOB_SUFFIX}` ||
        m.runId !== opts.manifest.runId ||
        m.stage !== root.name
      )
        throw new Error(`checkpoint ${root.checkpoint} is not this job's copy of ${root.path}`);
      await makeDirs(dir);
      // Created now: checked again, so nothing raced a link into the path meanwhile.
      await rootDirectory(root, opts.place);
      await restoreCheckpoint({
        store: opts.store,
        checkpoint: m,
        dest: dir,
        logger: opts.logger,
        ...(opts.manifestCache ? { manifestCache: opts.manifestCache } : {}),
      });
      restored.push(root.name);
      opts.logger.info(`ci-recovery: restored ${root.path} (${dir}) from ${root.checkpoint}`);
    } catch (error) {
      opts.logger.warning(
        `ci-recovery: ${root.path} not restored (${errorMessage(error)}): stage(s) ${root.stages.join(', ')} run again.`,
      );
    }
  }
  return restored;
}

/**
 * The roots of `manifest` whose files are in place now (each restored root's local manifest, kept by its
 * restore, against the disk). A root not restored, or emptied since, is missing.
 */
export async function rootsInPlace(
  manifest: Manifest,
  place: RootPlace,
  manifestCache: string | undefined,
): Promise<Set<string>> {
  const there = new Set<string>();
  for (const root of manifest.roots ?? []) {
    try {
      const { dir, exists } = await rootDirectory(root, place);
      if (!exists || !manifestCache) continue;
      const m = await readCachedManifest(manifestCache, root.checkpoint, dir);
      if (m && m.entries.every((e) => entryOf(path.join(dir, e.path), e.path)?.type === e.type))
        there.add(root.name);
    } catch {
      // Unsafe or unreadable: not in place.
    }
  }
  return there;
}
