/**
 * Restoring a checkpoint without ever leaving a half-written workspace:
 *   1. read the manifest (untrusted: every path and link target is checked) and plan the changes;
 *   2. stream each needed archive through sha256 -> decompress -> untar into a staging dir inside the
 *      destination (same filesystem, so moves are renames), refusing unsafe or unexpected entries and
 *      checking every file's size (and sha256 where checkpoint/core/verify.ts says so), then the
 *      archive's own digest and size (extract.ts);
 *   3. only then move entries into place, keeping everything replaced or deleted in the staging dir, so
 *      that any error while moving is undone in reverse order.
 * The restoring side decides where it may write (destination.ts: never `/`, the home directory or above
 * the workspace), what it never touches (`.git`, the store, its own staging), which modes it sets, and
 * holds a lock on the destination throughout, so two restores into one destination never interleave.
 */
import { constants, copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, realpathSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  ancestors,
  archivesNeeded,
  DEFAULT_RESTORE_VERIFY,
  hashesFilesOf,
  destinationProblem,
  isInsideDir,
  isKeyedId,
  LEFT_ALONE_GLOBS,
  leftAloneBy,
  literalGlob,
  RESTORED_MODE_BITS,
  type DestinationFacts,
  outermost,
  planRestore,
  safeEntryPath,
  selectPaths,
  UnsafePathError,
  type Manifest,
  type ManifestEntry,
  type RestoreChanges,
  type ScannedEntry,
  type StatFacts,
} from '../core/index.js';
import { errorMessage, UserError } from '../../core/errors.js';
import { makeDirs } from '../../runner/adapters/make-dirs.js';
import type { Logger } from '../../runner/adapters/logger.js';
import { collectAll, keepYoungGenerationSmall } from './heap.js';
import { printablePath } from '../core/step.js';
import { FileHasher } from './digest.js';
import { EarlyArchive } from './archive-prefetch.js';
import { below, extractArchive, RestoreError, umask } from './extract.js';
import { cacheLocalManifest } from './local-manifest.js';
import { entryOf, scanTree } from './scan.js';
import { crashPoint } from './crash-points.js';
import { makeSymlink } from '../../runner/adapters/platform.js';
import {
  Applier,
  defaultJournalDir,
  Journal,
  journalDirectory,
  lockDestination,
  recoverInterrupted,
} from './placement.js';
import { NotFoundError, type CheckpointStore } from './store.js';
import type { KeyedEntryStore } from '../ports/keyed-store.js';
import { keyedArchiveStore } from './keyed.js';
import { keyedStoreFor } from './keyed-store.js';
import type { RestoreOptions, RestoreResult } from '../ports/workspace.js';
export type { RestoreOptions, RestoreResult } from '../ports/workspace.js';

/** Moving verified files into place failed; everything moved so far was put back (or the message says where it is). */
class PlacementError extends RestoreError {
  override name = 'PlacementError';
  constructor(
    message: string,
    /** Not everything could be put back: the staging directory holds the rest and is kept. */
    readonly stagingKept = false,
  ) {
    super(message);
  }
}

/** What is on disk under the restored roots, with hashes for files that could equal their target. */
async function currentState(
  dest: string,
  roots: string[],
  exclude: string[],
  target: Map<string, ManifestEntry>,
): Promise<ScannedEntry[]> {
  const scan = await scanTree(dest, roots, exclude);
  const current = selectPaths(scan.entries, roots);
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
  return current;
}

/**
 * The mode a new directory is staged with: its own where mkdir gives exactly that and its owner keeps
 * every right (its files are still to be written), else 0700 until placement sets it (finishModes, which
 * leaves alone a directory that already has its mode). Staging stays private either way: its root is
 * 0700. Made with its own mode, a directory costs placement no chmod and no journal line: for the 6,700
 * directories of a 40,000-file node_modules that was most of placement's time.
 */
function stagedDirMode(mode: number): number {
  return (mode & ~0o777) === 0 && (mode & umask()) === 0 && (mode & 0o700) === 0o700 ? mode : 0o700;
}

/**
 * Stat facts of a file this restore wrote (renames keep them), kept on its entry: a map of them from
 * path was part of the restore's memory peak, and the class tells them from facts the entry came with.
 */
class WrittenFacts implements StatFacts {
  readonly mtimeMs: number;
  readonly ino: number;
  readonly dev: number;
  constructor(st: StatFacts) {
    this.mtimeMs = st.mtimeMs;
    this.ino = st.ino;
    this.dev = st.dev;
  }
}

/**
 * What restoring `manifest` (or its paths under `only`) into `dest` changes, with the entries to write
 * and the directories added whole. A function of its own so that its lookup map of every entry is freed
 * before the download: held to the end, it was part of the restore's memory peak.
 */
async function planOnDisk(
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
  const targetList = selected.filter((e) => !untouched.test(e.path));
  if (targetList.length < selected.length)
    logger?.warning(
      `${selected.length - targetList.length} entries of checkpoint '${manifest.id}' (first: '${printablePath(selected.find((e) => untouched.test(e.path))!.path)}') were left out: a restore never writes into .git, .ci-recovery, the store or its own staging.`,
    );
  if (only && targetList.length === 0) {
    throw new UserError(
      `None of the paths ${only.map((p) => `'${p}'`).join(', ')} is in checkpoint '${manifest.id}' (it holds: ${manifest.paths.join(', ')}).`,
    );
  }
  const target = new Map(targetList.map((e) => [e.path, e]));
  const exclude = [...manifest.exclude, ...untouched.globs];
  // What the globs cannot say (git's own directory by another spelling, `.GIT`) is left alone here too.
  const current = (await currentState(dest, only ?? manifest.paths, exclude, target)).filter(
    (e) => !untouched.test(e.path),
  );
  const changes = planRestore(targetList, current);
  withWholeLinkGroups(targetList, current, changes);
  const toWrite = [...changes.added, ...changes.modified].map((p) => target.get(p)!);
  const addedDirs = new Set<string>();
  for (let i = 0; i < changes.added.length; i++)
    if (toWrite[i]!.type === 'dir') addedDirs.add(toWrite[i]!.path);
  return { targetList, current, changes, toWrite, addedDirs };
}

/**
 * A file and its hard links are written together, or not at all: a link is made to the file this restore
 * writes (rewriting one name alone would split them), and a group found as separate copies on disk is
 * written again, so that it comes back linked.
 */
function withWholeLinkGroups(
  targetList: ManifestEntry[],
  current: ScannedEntry[],
  changes: RestoreChanges,
): void {
  const groups = new Map<string, string[]>();
  for (const e of targetList) {
    if (e.link === undefined) continue;
    const group = groups.get(e.link);
    if (group) group.push(e.path);
    else groups.set(e.link, [e.path]);
  }
  if (groups.size === 0) return;
  const wanted = new Set(targetList.map((e) => e.path));
  const cur = new Map(current.map((c) => [c.path, c]));
  const writing = new Set([...changes.added, ...changes.modified]);
  for (const [file, links] of groups) {
    const members = [file, ...links].filter((p) => wanted.has(p));
    const first = cur.get(file)?.stat;
    const linkedNow =
      first !== undefined &&
      members.every((p) => {
        const c = cur.get(p);
        return c?.type === 'file' && c.stat?.ino === first.ino && c.stat.dev === first.dev;
      });
    if (linkedNow && !members.some((p) => writing.has(p))) continue;
    for (const p of members) {
      if (writing.has(p)) continue;
      writing.add(p);
      changes.unchanged--;
      (cur.has(p) ? changes.modified : changes.added).push(p);
    }
  }
}

/** The longest chain of parents followed; longer is a loop in all but name. */
const MAX_CHAIN = 10_000;

/**
 * The archive of every checkpoint in `manifest`'s chain of parents, by id, each manifest read once.
 * Refuses a chain that loops, and a file said to come from a checkpoint outside the chain: a manifest is
 * untrusted, and a chain is only what its parents say. A parent removed from the store ends the walk;
 * archives beyond such a gap are then read as they are named (each file is still checked by its hash).
 */
export async function chainArchives(
  store: CheckpointStore,
  manifest: Manifest,
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
    chain.set(id, parent.archive);
    id = parent.parent;
  }
  for (const need of archivesNeeded(manifest)) {
    if (chain.has(need)) continue;
    if (!gap)
      throw new RestoreError(
        `checkpoint '${manifest.id}' refused: it takes files from '${need}', which is not in its chain of parents; the checkpoint is corrupt or was tampered with`,
      );
    chain.set(need, (await store.getManifest(need)).archive);
  }
  return chain;
}

/** Undoes killed restores into `dest` (placement.ts); refuses to go on when one could not be undone. */
function undoInterrupted(dest: string, journals: string, logger?: Logger): void {
  const r = recoverInterrupted(dest, journals);
  for (const name of r.rolledBack)
    logger?.warning(
      `An interrupted restore into ${dest} was undone (${name}): the workspace is as it was before it.`,
    );
  for (const name of r.foreign)
    logger?.warning(
      `${path.join(dest, name)} is named like a staging directory of ci-recovery, but no restore on this machine made it (it came with the files): it was left alone, and nothing in it was used.`,
    );
  if (r.stuck.length)
    throw new RestoreError(
      `an interrupted restore into ${dest} could not be fully undone; what is missing is in ${path.join(dest, r.stuck[0]!)} (its journal in ${journals} lists each move). Put it back, then run 'ci-recovery restore --repair --dest ${dest}'`,
    );
}

/** How long a restore waits for another one into the same destination, by default. */
const LOCK_WAIT_MS = 30_000;

export async function restoreCheckpoint(opts: RestoreOptions): Promise<RestoreResult> {
  keepYoungGenerationSmall();
  const startedMs = Date.now();
  const storeDir = localStoreDir(opts.store);
  const dest = checkedDestination(opts, storeDir);
  const journals = opts.journalDir ?? defaultJournalDir();
  const manifest =
    typeof opts.checkpoint === 'string' ? await opts.store.getManifest(opts.checkpoint) : opts.checkpoint;
  // The manifest's download and text are garbage now; nothing would free them before the planning
  // adds its own (see collectAll).
  collectAll();
  opts.logger?.debug(`restore ${manifest.id}: manifest read at ${Date.now() - startedMs} ms`);
  const only = requestedPaths(opts.paths);
  const chain = await chainArchives(opts.store, manifest);
  if (!opts.keepSpecialModes) dropSpecialModes(manifest, opts.logger);
  const untouched = leftAloneIn(dest, [storeDir, journals, opts.manifestCache]);
  let release = (): void => undefined;
  if (!opts.dryRun) {
    release = await lockDestination(
      dest,
      journalDirectory(journals),
      opts.lockWaitMs ?? LOCK_WAIT_MS,
      (who) => opts.logger?.info(`Waiting for another restore into ${dest} to end (${who}).`),
    );
  }
  try {
    // What a killed restore into this destination left is undone first: the plan must see the old state.
    if (!opts.dryRun) undoInterrupted(dest, journals, opts.logger);
    const plan = await planOnDisk(manifest, dest, only, untouched, opts.logger);
    const { changes } = plan;
    opts.logger?.debug(`restore ${manifest.id}: planned in ${Date.now() - startedMs} ms`);
    const fileEntries = plan.targetList.filter((e) => e.type === 'file');
    const files = fileEntries.length;
    const bytes = fileEntries.reduce((n, e) => n + (e.size ?? 0), 0);
    if (opts.dryRun) return { manifest, changes, restored: false, files, bytes };
    // The archive's download opens while the journal, the staging and the decompressor are set up.
    const early = EarlyArchive.open(opts.store, manifest, plan.toWrite);
    collectAll();
    try {
      await applyPlan(opts, { manifest, chain, dest, journals, plan, only, startedMs, early });
    } finally {
      await early?.drop();
    }
    if (opts.manifestCache && !only)
      await keepLocalManifest(opts.manifestCache, dest, manifest, plan.current, startedMs);
    opts.logger?.debug(`restore ${manifest.id}: done at ${Date.now() - startedMs} ms`);
    opts.logger?.info(
      `Restored ${manifest.id} into ${dest}: ${changes.added.length} added, ${changes.modified.length} modified, ${changes.deleted.length} deleted, ${changes.unchanged} unchanged.`,
    );
    return { manifest, changes, restored: true, files, bytes };
  } finally {
    release();
  }
}

/** The directory of a store whose archives are local files (a `dir:` store), as a real path. */
function localStoreDir(store: CheckpointStore): string | undefined {
  const archive = store.archivePath?.('x');
  return archive === undefined ? undefined : realPathOf(path.dirname(archive)).real;
}

/** The real path of `abs` (of its nearest existing ancestor, for a missing one) and what is there. */
function realPathOf(abs: string): Pick<DestinationFacts, 'state'> & { real: string } {
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
    if (!st.isDirectory()) return { real: path.join(real, missing), state: 'not-dir' };
    if (missing) return { real: path.join(real, missing), state: 'missing' };
    return { real, state: readdirSync(real).length === 0 ? 'empty-dir' : 'dir' };
  }
}

/** The destination as a real path, once destination.ts allows it; else a UserError that says why. */
function checkedDestination(opts: RestoreOptions, storeDir: string | undefined): string {
  const { real, state } = realPathOf(path.resolve(opts.dest));
  const home = os.homedir();
  const problem = destinationProblem(
    {
      given: opts.destInput?.given ?? opts.dest,
      dest: real,
      state,
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
interface LeftAlone {
  globs: string[];
  test: (p: string) => boolean;
}

function leftAloneIn(dest: string, dirs: (string | undefined)[]): LeftAlone {
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
function dropSpecialModes(manifest: Manifest, logger: Logger | undefined): void {
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
function requestedPaths(paths: string[] | undefined): string[] | undefined {
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
interface PlannedRestore {
  manifest: Manifest;
  chain: Map<string, Manifest['archive']>;
  dest: string;
  /** The private directory of its journal. */
  journals: string;
  plan: Awaited<ReturnType<typeof planOnDisk>>;
  only: string[] | undefined;
  startedMs: number;
  /** The manifest's own archive, its download already opened. */
  early?: EarlyArchive | undefined;
}

/**
 * Carries out a plan: every file to write is fetched and verified into a staging directory inside `dest`,
 * then everything is swapped into place. Any failure leaves the workspace as it was (or, where putting
 * back failed too, says where the rest is and keeps it).
 */
async function applyPlan(opts: RestoreOptions, r: PlannedRestore): Promise<void> {
  const { manifest, dest } = r;
  await makeDirs(dest).catch((error: unknown) => {
    throw new RestoreError(
      `checkpoint '${manifest.id}' could not be restored: the destination ${dest} cannot be made (${errorMessage(error)}); restore into a directory this user can write (not under /proc or /sys). Nothing was changed`,
    );
  });
  let journal: Journal;
  try {
    journal = new Journal(dest, r.journals);
  } catch (error) {
    throw new RestoreError(
      `checkpoint '${manifest.id}' could not be restored: ${failureReason(error, r)}; the workspace was not changed`,
    );
  }
  const staging = journal.staging;
  let keepStaging = false;
  // Facts left on entries by an earlier restore of this same manifest object describe nothing now.
  for (const e of manifest.entries) if (e.stat instanceof WrittenFacts) e.stat = undefined;
  try {
    // 2. Fetch and verify every needed file into staging.
    const tree = path.join(staging, 'tree');
    await stageEntries(opts, r, tree);
    opts.logger?.debug(`restore ${manifest.id}: verified and staged at ${Date.now() - r.startedMs} ms`);
    // 3. Swap into place, journal first (placement.ts).
    placeStaged(r, journal);
  } catch (error) {
    if (error instanceof UnsafePathError)
      throw new RestoreError(
        `checkpoint '${manifest.id}' refused: ${error.message}; the workspace was not changed`,
      );
    if (error instanceof PlacementError) {
      keepStaging = error.stagingKept;
      throw error;
    }
    throw new RestoreError(
      `checkpoint '${manifest.id}' could not be restored: ${failureReason(error, r)}; the workspace was not changed`,
    );
  } finally {
    crashPoint();
    journal.close();
    if (!keepStaging) {
      await rm(staging, { recursive: true, force: true });
      journal.remove();
    }
  }
}

/** Why staging failed; a full disk says which one filled and how much the restore needed. */
function failureReason(error: unknown, r: PlannedRestore): string {
  const e = error as NodeJS.ErrnoException | undefined;
  if (e?.code !== 'ENOSPC' && e?.code !== 'EDQUOT') return errorMessage(error);
  const need = r.plan.toWrite.reduce((n, t) => n + (t.size ?? 0), 0);
  const where =
    e.path !== undefined && isInsideDir(e.path, r.journals)
      ? `the disk of the restore journals (${r.journals}) is full`
      : `the disk of the destination ${r.dest} is full (files are staged there, in ${STAGING_NAME_HINT}, before they move into place; the store is only read)`;
  return `${where}: ${need} bytes are to be written; free space there and restore again (${errorMessage(error)})`;
}

const STAGING_NAME_HINT = '.ci-recovery-staging-*';

/**
 * Stages every entry to write at its own relative path under `tree`, so that a directory that is new as
 * a whole (the common case: restoring dist/ or node_modules/ into a fresh checkout) moves into place with
 * a single rename instead of one per file. Files come out of their archives verified; links were checked
 * when the manifest was read.
 */
async function stageEntries(opts: RestoreOptions, r: PlannedRestore, tree: string): Promise<void> {
  const { toWrite, addedDirs } = r.plan;
  const stagedAt = (p: string): string => (p === '.' ? tree : below(tree, p));
  const made = new Set<string>();
  const stageDir = (p: string, mode = 0o700): void => {
    if (made.has(p)) return;
    mkdirSync(stagedAt(p), { recursive: true, mode });
    made.add(p);
  };
  const byArchive = new Map<string, Map<string, ManifestEntry>>();
  const wantFrom = (e: ManifestEntry): void => {
    const from = e.from ?? r.manifest.id;
    if (!byArchive.has(from)) byArchive.set(from, new Map());
    byArchive.get(from)!.set(e.path, e);
  };
  const links: ManifestEntry[] = [];
  for (const e of toWrite) {
    if (e.type === 'dir') {
      if (addedDirs.has(e.path)) stageDir(e.path, stagedDirMode(e.mode));
      continue;
    }
    stageDir(path.posix.dirname(e.path));
    if (e.type === 'symlink') continue;
    if (e.link !== undefined) links.push(e);
    else wantFrom(e);
  }
  const aside = linkedFilesAside(r, links, path.join(path.dirname(tree), 'linked'));
  for (const e of aside.keys()) wantFrom(e);
  await extractEach(opts, r, byArchive, tree, aside);
  for (const e of toWrite) if (e.type === 'symlink') makeSymlink(e.target!, stagedAt(e.path));
  const asideAt = new Map([...aside].map(([e, at]) => [e.path, at]));
  for (const e of links) linkStaged(e, asideAt.get(e.link!) ?? stagedAt(e.link!), stagedAt(e.path));
}

/**
 * The files that links to be written name but that this restore does not write (a partial restore, a
 * file left alone), each with a place of its own in staging, outside the tree that moves into place:
 * they are extracted and verified there only for their links to be made from.
 */
function linkedFilesAside(
  r: PlannedRestore,
  links: ManifestEntry[],
  dir: string,
): Map<ManifestEntry, string> {
  const aside = new Map<ManifestEntry, string>();
  if (links.length === 0) return aside;
  const writing = new Set(r.plan.toWrite.map((e) => e.path));
  const missing = new Set(links.map((l) => l.link!).filter((p) => !writing.has(p)));
  if (missing.size === 0) return aside;
  mkdirSync(dir, { mode: 0o700 });
  for (const e of r.manifest.entries)
    if (missing.has(e.path) && e.type === 'file' && e.link === undefined)
      aside.set(e, path.join(dir, String(aside.size)));
  return aside;
}

/** Errors of link(2) that say the file system cannot make this link, not that something is wrong. */
const NO_LINK = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK']);

/**
 * Makes hard link `e` in staging, to the file it names as this restore wrote and verified it (staged in
 * the tree, or aside): never to anything outside staging, nor to anything the archive named.
 */
function linkStaged(e: ManifestEntry, from: string, to: string): void {
  if (!lstatSync(from, { throwIfNoEntry: false })?.isFile())
    throw new RestoreError(`hard link '${e.path}' names '${e.link}', which this restore did not write`);
  try {
    linkSync(from, to);
  } catch (error) {
    // A file system without hard links (FAT, some SMB shares), or one at its limit of links per file:
    // the same verified bytes, as a copy of their own.
    if (!NO_LINK.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    copyFileSync(from, to, constants.COPYFILE_EXCL);
  }
  e.stat = new WrittenFacts(lstatSync(to));
}

/**
 * Extracts the archives of the chain two at a time: each holds its own files (an entry has one `from`),
 * so they write to distinct staged paths, and a small archive's download and extraction (the build's
 * outputs) no longer waits for a big one's (node_modules from its keyed entry). Every extraction is settled
 * before this returns or throws, so nothing writes into the staging once the caller removes it; the first
 * failure in chain order is the one reported.
 */
async function extractEach(
  opts: RestoreOptions,
  r: PlannedRestore,
  byArchive: Map<string, Map<string, ManifestEntry>>,
  tree: string,
  aside: Map<ManifestEntry, string>,
): Promise<void> {
  const archives = [...byArchive];
  const failures: (Error | undefined)[] = new Array<Error | undefined>(archives.length);
  let next = 0;
  // Two at a time: a long incremental chain must not start a decompressor per link at once.
  const lane = async (): Promise<void> => {
    for (let i = next++; i < archives.length; i = next++) {
      const [id, wanted] = archives[i]!;
      try {
        const source = await archiveSource(opts.store, r.manifest, id, opts.keyedStore);
        await extractArchive(source, { archive: r.chain.get(id)! }, wanted, tree, {
          logger: opts.logger,
          // A file put aside is not written into the workspace: it gets no facts of its own.
          onWritten: (e, st) => void (aside.has(e) || (e.stat = new WrittenFacts(st))),
          ...(aside.size ? { stagedAt: (e: ManifestEntry) => aside.get(e) } : {}),
          hashFiles: hashesFilesOf(r.manifest, id, opts.verify ?? DEFAULT_RESTORE_VERIFY),
          opened: r.early?.take(source, r.chain.get(id)!.file),
        });
      } catch (error) {
        failures[i] = error instanceof Error ? error : new Error(`extracting ${id} failed: ${String(error)}`);
      }
    }
  };
  await Promise.all([lane(), lane()]);
  const failed = failures.find((f) => f !== undefined);
  if (failed) throw failed;
}

/**
 * The store that holds archive `id` of `manifest`'s chain: the checkpoint store, or for a keyed entry the
 * keyed store (its archive streamed from there; checked against the digest `manifest` recorded, as any other).
 */
export async function archiveSource(
  store: CheckpointStore,
  manifest: Manifest,
  id: string,
  keyedStore: KeyedEntryStore | undefined,
): Promise<CheckpointStore> {
  if (!isKeyedId(id)) return store;
  return keyedArchiveStore(manifest, id, keyedStore ?? keyedStoreFor(store));
}

/**
 * Moves the staged entries into place, journal first (placement.ts). On failure everything moved so far
 * is put back; a PlacementError says whether that worked, and keeps the staging where it did not.
 */
function placeStaged(r: PlannedRestore, journal: Journal): void {
  const { changes, toWrite, addedDirs, targetList } = r.plan;
  const applier = new Applier(journal);
  try {
    // Below a removed directory there is nothing left to remove.
    for (const p of outermost(changes.deleted)) applier.remove(p);
    for (const e of toWrite) {
      // Inside a new directory: already moved with it.
      if (addedDirs.has(path.posix.dirname(e.path))) continue;
      applier.place(e, e.type === 'dir' && addedDirs.has(e.path));
    }
    // A directory above a root that was already there is not ours to change (see currentState).
    const above = new Set((r.only ?? r.manifest.paths).flatMap(ancestors));
    const made = new Set(changes.added);
    applier.finishModes(
      targetList.filter((e) => e.type === 'dir' && (!above.has(e.path) || made.has(e.path))),
    );
    applier.commit();
  } catch (error) {
    if (!applier.undo())
      throw new PlacementError(
        `could not put restored files in place (${failureReason(error, r)}), and not everything could be put back: what is missing is in ${journal.staging} (its journal ${journal.file} lists each move); run 'ci-recovery restore --repair --dest ${r.dest}' once the cause is fixed`,
        true,
      );
    throw new PlacementError(
      `could not put restored files in place (${failureReason(error, r)}); everything was put back as it was`,
    );
  }
}

/**
 * Keeps the manifest with this machine's stat facts (of the files written, and of those that were already
 * right), so that the next incremental save reuses hashes instead of re-reading every file. They go on
 * the entries themselves, which now describe `dest`: a copy of every entry would be the restore's memory
 * peak.
 */
async function keepLocalManifest(
  cacheDir: string,
  dest: string,
  manifest: Manifest,
  current: ScannedEntry[],
  startedMs: number,
): Promise<void> {
  const before = new Map(current.map((c) => [c.path, c.stat]));
  for (const e of manifest.entries)
    if (e.type !== 'file') e.stat = undefined;
    else if (!(e.stat instanceof WrittenFacts)) e.stat = before.get(e.path);
  // best effort: the local manifest only spares the next save a rescan
  await cacheLocalManifest(cacheDir, dest, { ...manifest, scanStartedMs: startedMs }).catch(() => undefined);
}
