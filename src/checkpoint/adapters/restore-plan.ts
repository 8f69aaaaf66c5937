/**
 * A restore's plan (restore.ts): where it may write (the destination, as a real path, once
 * checkpoint/core/destination.ts allows it), what it leaves alone, the archives of the checkpoint's chain,
 * and what changes on disk. Nothing here writes into the destination.
 */
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ancestors,
  archivesNeeded,
  destinationProblem,
  isInsideDir,
  LEFT_ALONE_GLOBS,
  leftAloneBy,
  literalGlob,
  RESTORED_MODE_BITS,
  type DestinationFacts,
  planRestore,
  safeEntryPath,
  selectPaths,
  spareLeftAlone,
  type Manifest,
  type ManifestEntry,
  type RestoreChanges,
  type ScannedEntry,
  withWholeLinkGroups,
} from '../core/index.js';
import { errorMessage, UserError } from '../../core/errors.js';
import type { Logger } from '../../runner/adapters/logger.js';
// From core/text.ts itself: core/step.ts's re-export put that module in the restoring part's chunk too,
// a second copy of what the checkpoint door's chunk, loaded first, already holds.
import { printablePath } from '../../core/text.js';
import { FileHasher } from './digest.js';
import type { EarlyArchive } from './archive-prefetch.js';
import { RestoreError } from './extract.js';
import { entryOf, excluder, saveExclusions, scanTree, SECRET_DOTFILES, treeExcluder } from './scan.js';
import { NotFoundError, type CheckpointStore } from './store.js';
import type { RestoreOptions } from '../ports/workspace.js';

/** What is on disk under the restored roots, with hashes for files that could equal their target. */
async function currentState(
  dest: string,
  roots: string[],
  exclude: string[],
  target: Map<string, ManifestEntry>,
): Promise<{ current: ScannedEntry[]; linkedOnDisk: ScannedEntry[]; excluded: string[] }> {
  // Nothing is under a destination that is not there (a restore into a new directory): its scan would
  // only compile the exclude globs, ~5 ms of CPU between the manifest and the archive's request. Only a
  // missing one is skipped: lstat throws what the scan threw (EACCES, ELOOP), which existsSync hides.
  const there = lstatSync(dest, { throwIfNoEntry: false }) !== undefined;
  const scan = there ? await scanTree(dest, roots, exclude) : undefined;
  const current = selectPaths(scan?.entries ?? [], roots);
  // The directories above a nested root ('packages/a' of 'packages/a/node_modules') are entries of the
  // checkpoint but not of the scan. One that is there as a directory is left as it is, whatever its mode
  // (it lies outside what was checkpointed); only a missing one is added, and anything else replaced.
  const seen = new Set(current.map((c) => c.path));
  for (const root of roots)
    for (const a of ancestors(root)) {
      const t = target.get(a);
      if (seen.has(a) || t?.type !== 'dir') continue;
      seen.add(a);
      const found = entryOf(path.join(dest, a), a);
      if (found) current.push(found.type === 'dir' ? { ...found, mode: t.mode } : found);
    }
  const hasher = new FileHasher();
  for (const c of current) {
    const t = target.get(c.path);
    if (c.type === 'file' && t?.type === 'file' && t.size === c.size)
      c.sha256 = hasher.sha256(path.join(dest, c.path));
  }
  // The only names that can share an inode: those the scan found with more than one (most trees have
  // none). Some may be left out of `current` below: those are not restored either, and go unlooked at.
  return { current, linkedOnDisk: scan?.hardLinks ?? [], excluded: scan?.excluded ?? [] };
}

/**
 * What restoring `manifest` (or its paths under `only`) into `dest` changes, with the entries to write
 * and the directories added whole. A function of its own so that its lookup map of every entry is freed
 * before the download: held to the end, it was part of the restore's memory peak.
 */
export async function planOnDisk(
  manifest: Manifest,
  dest: string,
  only: string[] | undefined,
  untouched: LeftAlone,
  logger: Logger | undefined,
): Promise<{
  targetList: ManifestEntry[];
  current: ScannedEntry[];
  changes: RestoreChanges;
  /** Entries to write: the added, then the modified. */
  toWrite: ManifestEntry[];
  addedDirs: Set<string>;
}> {
  const selected = selectPaths(manifest.entries, only);
  // What every save of these roots leaves out (git's own, the local store, credentials files) is the restoring
  // side's rule: the manifest's exclude only adds to it, so a forged `exclude: []` neither has a `.env` the job
  // wrote deleted nor names one to write over it. An entry the rule leaves out that the manifest's own exclude
  // does not (a forgery, or an older version's save of a package's `.env.example`) is not written.
  const ownRule = saveExclusions(manifest.paths, [], true);
  const byOwnRule = underRule(treeExcluder(ownRule), treeExcluder(manifest.exclude));
  // Each entry is tested once against each rule: for 20,000 entries the rules' globs were ~0.2 s of CPU
  // when each list below asked them again.
  const targetList: ManifestEntry[] = [];
  const leftOut: ManifestEntry[] = [];
  const notWritten: ManifestEntry[] = [];
  for (const e of selected)
    if (untouched.test(e.path)) leftOut.push(e);
    else if (byOwnRule(e.path)) notWritten.push(e);
    else targetList.push(e);
  if (leftOut.length > 0)
    logger?.warning(
      `${leftOut.length} entries of checkpoint '${manifest.id}' (first: '${printablePath(leftOut[0]!.path)}') were left out: a restore never writes into .git, .ci-recovery, the store or its own staging.`,
    );
  if (notWritten.length > 0)
    logger?.warning(
      `${notWritten.length} entries of checkpoint '${manifest.id}' (first: '${printablePath(notWritten[0]!.path)}') were not written: a save leaves credentials files out, so a restore neither writes nor deletes them.`,
    );
  if (only && targetList.length === 0) {
    throw new UserError(
      `None of the paths ${only.map((p) => `'${p}'`).join(', ')} is in checkpoint '${manifest.id}' (it holds: ${manifest.paths.join(', ')}).`,
    );
  }
  const target = new Map(targetList.map((e) => [e.path, e]));
  const exclude = [...new Set([...manifest.exclude, ...ownRule, ...untouched.globs])];
  // What the globs cannot say (git's own directory by another spelling, `.GIT`) is left alone here too.
  const onDisk = await currentState(dest, only ?? manifest.paths, exclude, target);
  const current: ScannedEntry[] = [];
  const leftAlone = onDisk.excluded;
  for (const e of onDisk.current)
    if (untouched.test(e.path)) leftAlone.push(e.path);
    else current.push(e);
  const changes = planRestore(targetList, current);
  withWholeLinkGroups(target, current, onDisk.linkedOnDisk, changes);
  // A directory moved away whole would take what is left alone in it: what must never go with it is git's
  // own (a nested repository's .git), the store and the journals, and a credentials file the save left out
  // (`.env`, `.npmrc`: not to be had again). Other content the save excluded (`.gitkeep`, `.DS_Store`) goes
  // with a directory the checkpoint lacks or puts a file or link in place of, as it always did (review:
  // keeping it kept the removed directory, and refusing it refused restores that had worked).
  const over = spareLeftAlone(
    target,
    leftAlone.filter((p) => untouched.test(p) || isCredentialsFile(p)),
    changes,
  );
  if (over)
    throw new RestoreError(
      over.holds === over.path
        ? `checkpoint '${manifest.id}' refused: it puts a ${target.get(over.path)!.type} in place of '${printablePath(over.path)}', which its own exclude leaves out and a restore leaves alone; the checkpoint is corrupt or was tampered with, and the workspace was not changed`
        : `checkpoint '${manifest.id}' refused: it puts a ${target.get(over.path)!.type} in place of the directory '${printablePath(over.path)}', which holds '${printablePath(over.holds)}', which a restore leaves alone; the workspace was not changed`,
    );
  const toWrite = [...changes.added, ...changes.modified].map((p) => target.get(p)!);
  const addedDirs = new Set<string>();
  for (let i = 0; i < changes.added.length; i++)
    if (toWrite[i]!.type === 'dir') addedDirs.add(toWrite[i]!.path);
  return { targetList, current, changes, toWrite, addedDirs };
}

/** A credentials file at any depth (scan.ts SECRET_DOTFILES), or a path inside one. */
const isCredentialsFile = excluder(SECRET_DOTFILES);

/**
 * Whether `own` leaves a path (or a directory above it) out where `theirs` (the manifest's exclude) does not.
 * Both test every directory above the path themselves (scan.ts treeExcluder).
 */
function underRule(own: (p: string) => boolean, theirs: (p: string) => boolean): (p: string) => boolean {
  return (p) => own(p) && !theirs(p);
}

/** The longest chain of parents followed; longer is a loop in all but name. */
const MAX_CHAIN = 10_000;

/**
 * The archive of every checkpoint in `manifest`'s chain of parents, by id, each manifest read once.
 * Refuses a chain that loops, and a file said to come from a checkpoint outside the chain: a manifest is
 * untrusted, and a chain is only what its parents say. A parent removed from the store ends the walk;
 * archives beyond such a gap are then read as they are named (each file is still checked by its hash).
 * `parsed` hears of each manifest read here (the restore counts their entries: heap.ts collectAll).
 */
export async function chainArchives(
  store: CheckpointStore,
  manifest: Manifest,
  parsed: (read: Manifest) => void = () => undefined,
): Promise<Map<string, Manifest['archive']>> {
  const chain = new Map([[manifest.id, manifest.archive]]);
  // Keyed entries' archives as this manifest recorded them: the entry's own word is never asked for.
  for (const ref of manifest.keyed ?? []) chain.set(ref.id, ref.archive);
  let gap = false;
  for (let id = manifest.parent; id !== undefined;) {
    if (chain.has(id) || chain.size > MAX_CHAIN)
      throw new RestoreError(
        `checkpoint '${manifest.id}' refused: its chain of parents loops back to '${id}'; the checkpoint is corrupt or was tampered with`,
      );
    let parent: Manifest;
    try {
      parent = await store.getManifest(id);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      gap = true;
      break;
    }
    parsed(parent);
    chain.set(id, parent.archive);
    id = parent.parent;
  }
  for (const need of archivesNeeded(manifest)) {
    if (chain.has(need)) continue;
    if (!gap)
      throw new RestoreError(
        `checkpoint '${manifest.id}' refused: it takes files from '${need}', which is not in its chain of parents; the checkpoint is corrupt or was tampered with`,
      );
    const beyond = await store.getManifest(need);
    parsed(beyond);
    chain.set(need, beyond.archive);
  }
  return chain;
}

/** The directory of a store whose archives are local files (a `dir:` store), as a real path. */
export function localStoreDir(store: CheckpointStore): string | undefined {
  const archive = store.archivePath?.('x');
  return archive === undefined ? undefined : realPathOf(path.dirname(archive)).real;
}

/** The real path of `abs` (of its nearest existing ancestor, for a missing one) and what is there. */
function realPathOf(abs: string): Pick<DestinationFacts, 'state' | 'blocker'> & { real: string } {
  let missing = '';
  for (let at = abs; ; at = path.dirname(at)) {
    let real: string;
    try {
      real = realpathSync.native(at);
    } catch {
      // the path does not exist (yet): walk up to its nearest existing parent
      if (path.dirname(at) === at) return { real: abs, state: 'missing' };
      missing = path.join(path.basename(at), missing);
      continue;
    }
    const st = lstatSync(real);
    if (!st.isDirectory())
      return missing
        ? { real: path.join(real, missing), state: 'not-dir', blocker: real }
        : { real, state: 'not-dir' };
    if (missing) return { real: path.join(real, missing), state: 'missing' };
    return { real, state: readdirSync(real).length === 0 ? 'empty-dir' : 'dir' };
  }
}

/** The destination as a real path, once destination.ts allows it; else a UserError that says why. */
export function checkedDestination(opts: RestoreOptions, storeDir: string | undefined): string {
  const { real, state, blocker } = realPathOf(path.resolve(opts.dest));
  const home = os.homedir();
  const problem = destinationProblem(
    {
      given: opts.destInput?.given ?? opts.dest,
      dest: real,
      state,
      ...(blocker ? { blocker } : {}),
      workspace: opts.workspace ? realPathOf(path.resolve(opts.workspace)).real : real,
      ...(home ? { home: realPathOf(home).real } : {}),
      ...(storeDir ? { storeDir } : {}),
    },
    {
      input: opts.destInput?.input ?? 'the destination',
      optIn: opts.destInput?.optIn ?? 'destOutsideWorkspace',
      allowOutside: opts.destOutsideWorkspace === true,
    },
  );
  if (problem) throw new UserError(problem);
  return real;
}

/** What the restore leaves alone in `dest`, as globs for the scan and as a test for entries. */
export interface LeftAlone {
  globs: string[];
  test: (p: string) => boolean;
}

export function leftAloneIn(dest: string, dirs: (string | undefined)[]): LeftAlone {
  const inside: string[] = [];
  for (const d of dirs) {
    if (!d) continue;
    const real = realPathOf(path.resolve(d)).real;
    if (real !== dest && isInsideDir(real, dest))
      inside.push(path.relative(dest, real).split(path.sep).join('/'));
  }
  return { globs: [...LEFT_ALONE_GLOBS, ...inside.map(literalGlob)], test: leftAloneBy(inside) };
}

/**
 * Drops setuid, setgid, sticky and world-writable bits from files and directories (links have no mode of
 * their own), before planning, so the plan compares with what will be set.
 */
export function dropSpecialModes(manifest: Manifest, logger: Logger | undefined): void {
  let dropped = 0;
  for (const e of manifest.entries)
    if (e.type !== 'symlink' && (e.mode & ~RESTORED_MODE_BITS) !== 0) {
      e.mode &= RESTORED_MODE_BITS;
      dropped++;
    }
  if (dropped)
    logger?.warning(
      `${dropped} entries of checkpoint '${manifest.id}' had setuid, setgid, sticky or world-writable bits; they were restored without them (restore/'s 'keep-special-modes: true', the CLI's --keep-special-modes, keeps them).`,
    );
}

/** The paths of a partial restore, in normal form; undefined for the whole checkpoint. */
export function requestedPaths(paths: string[] | undefined): string[] | undefined {
  let only: string[] | undefined;
  try {
    only = paths?.length ? paths.map((p) => safeEntryPath(p, { allowRoot: true })) : undefined;
  } catch (error) {
    throw new UserError(
      `Restore path refused: ${errorMessage(error)}. Give paths relative to the workspace.`,
    );
  }
  return only?.includes('.') ? undefined : only;
}

/** A planned restore: the checkpoint, the archives of its chain, and what changes in `dest`. */
export interface PlannedRestore {
  manifest: Manifest;
  chain: Map<string, Manifest['archive']>;
  dest: string;
  /** The private directory of its journal. */
  journals: string;
  plan: Awaited<ReturnType<typeof planOnDisk>>;
  only: string[] | undefined;
  startedMs: number;
  /** The most tar bytes each archive of the chain may hold, by id (core/tar.ts); a keyed one's is read with it (keyed.ts). */
  tarBounds?: Map<string, number> | undefined;
  /** The manifest's own archive, its download already opened. */
  early?: EarlyArchive | undefined;
}
