/**
 * What a save records and chains onto, decided before the walk: its roots, the paths it leaves out, and
 * the parent it is incremental on (or none: a full save).
 */
import path from 'node:path';
import { archivesNeeded, safeEntryPath, type Manifest } from '../core/index.js';
import { UserError, errorMessage } from '../../core/errors.js';
import { loadManifest } from './local-manifest.js';
import { saveExclusions } from './scan.js';
import { DirStore } from './store.js';
import type { SaveOptions } from './save.js';

/** The checkpoint's roots as its manifest records them: normalized, without repeats. */
export function checkpointRoots(paths: string[]): string[] {
  const roots = [
    ...new Set(
      paths.map((p) => {
        try {
          return safeEntryPath(p, { allowRoot: true });
        } catch (error) {
          throw new UserError(
            `Checkpoint path '${p}' must be relative to the workspace and stay inside it (${errorMessage(error)}).`,
          );
        }
      }),
    ),
  ];
  if (roots.length === 0)
    throw new UserError("No paths to checkpoint: set 'paths' (for example '.' or 'dist node_modules').");
  return roots;
}

/** The globs left out (saveExclusions), plus a local store inside the workspace, which must not checkpoint itself. */
export function excludedPaths(opts: SaveOptions, workspace: string, roots: string[]): string[] {
  const exclude = saveExclusions(roots, opts.exclude ?? [], opts.includeHidden === true);
  if (opts.store instanceof DirStore) {
    const rel = path.relative(workspace, opts.store.dir).split(path.sep).join('/');
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel) && !exclude.includes(rel)) exclude.push(rel);
  }
  return exclude;
}

/**
 * Starts reading the parent this save names by id (see usableParent), so that the read and its parse
 * overlap the store's answer on whether the save's name is taken; undefined when there is none to read.
 */
export function readParent(opts: SaveOptions, workspace: string): Promise<Manifest> | undefined {
  if (typeof opts.parent !== 'string' || opts.full) return undefined;
  const reading = loadManifest(opts.store, opts.parent, opts.manifestCache, workspace);
  // awaited by usableParent, which says why it failed; unused when the save stops before that
  reading.catch(() => undefined);
  return reading;
}

/**
 * The parent this save is incremental on; undefined for a full save: when one is asked for, or when the
 * parent cannot be read (a warning says why), covers a root this save does not, or needs this very checkpoint.
 * `reading` is the read readParent started, if it did.
 */
export async function usableParent(
  opts: SaveOptions,
  workspace: string,
  roots: string[],
  reading?: Promise<Manifest>,
): Promise<Manifest | undefined> {
  if (opts.parent === undefined || opts.full) return undefined;
  let parent: Manifest | undefined;
  if (typeof opts.parent === 'string') {
    try {
      parent = await (reading ?? loadManifest(opts.store, opts.parent, opts.manifestCache, workspace));
    } catch (error) {
      opts.logger?.warning(
        `Parent checkpoint '${opts.parent}' is unavailable (${errorMessage(error)}); saving a full checkpoint.`,
      );
    }
  } else parent = opts.parent;
  // A parent can describe this tree when every root it covers is one of this save's: a root it lacks (the
  // output of the stage just done) is new, and stored here. A root of its own that this save leaves out
  // would need a deletion the manifest cannot say.
  if (parent && !parent.paths.every((root) => roots.includes(root))) parent = undefined;
  // A checkpoint is never incremental on one that needs it (its name reused after it was removed):
  // the two would each need the other.
  if (parent && (parent.id === opts.id || archivesNeeded(parent).includes(opts.id))) {
    opts.logger?.warning(
      `Parent checkpoint '${parent.id}' depends on '${opts.id}' itself; saving a full checkpoint.`,
    );
    parent = undefined;
  }
  return parent;
}

/** A parent that expires sooner than this is not worth chaining onto: the save is full instead. */
const MIN_PARENT_LIFE_MS = 3_600_000;

/**
 * A checkpoint never outlives the parent it takes files from (an incremental kept 30 days on a parent
 * kept 1 day would be listed for 29 days and restore for none): in a store where objects expire, this
 * one expires with its parent at the latest, and is saved in full when the parent's expiry is unknown
 * (saved by an older version) or within the hour.
 */
export function keptWithinParent(opts: SaveOptions, parent: Manifest | undefined): Manifest | undefined {
  const { store, logger } = opts;
  const ours = store.expiry?.();
  if (!parent || !ours || !store.expireBy) return parent;
  const theirs = parent.expiresAt ? Date.parse(parent.expiresAt) : NaN;
  if (!Number.isFinite(theirs) || theirs - Date.now() < MIN_PARENT_LIFE_MS) {
    logger?.info(
      `Parent checkpoint '${parent.id}' ${Number.isFinite(theirs) ? 'expires within the hour' : 'has no recorded expiry'}; saving a full checkpoint, so that it never outlives the files it needs.`,
    );
    return undefined;
  }
  // A minute early: the recorded expiry of the parent is this side's estimate of the service's.
  if (ours.getTime() > theirs - 60_000) {
    store.expireBy(new Date(theirs - 60_000));
    logger?.info(
      `Checkpoint ${opts.id} expires with its parent '${parent.id}' at ${parent.expiresAt}, not later: it takes files from it.`,
    );
  }
  return parent;
}
