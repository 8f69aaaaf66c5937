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
import { rm, statfs } from 'node:fs/promises';
import path from 'node:path';
import { type Manifest, type ManifestEntry, type ScannedEntry, UnsafePathError } from '../core/index.js';
import { errorMessage } from '../../core/errors.js';
import { tarBytesBound } from '../core/tar.js';
import { makeDirs } from '../../runner/adapters/make-dirs.js';
import type { Logger } from '../../runner/adapters/logger.js';
import { collectAll, keepYoungGenerationSmall } from './heap.js';
import { EarlyArchive } from './archive-prefetch.js';
import { RestoreError } from './extract.js';
import { cacheLocalManifest } from './local-manifest.js';
import { crashPoint } from './crash-points.js';
import { lockDestination } from './destination-lock.js';
import { defaultJournalDir, journalDirectory } from './journal-dir.js';
import { Journal } from './placement.js';
import { recoverInterrupted } from './placement-recovery.js';
import {
  chainArchives,
  checkedDestination,
  dropSpecialModes,
  leftAloneIn,
  localStoreDir,
  planOnDisk,
  requestedPaths,
  type PlannedRestore,
} from './restore-plan.js';
import { PlacementError, placeStaged, stageEntries, WrittenFacts } from './restore-stage.js';
import { failureReason, fsProblem } from './restore-errors.js';
import type { RestoreOptions, RestoreResult } from '../ports/workspace.js';
export type { RestoreOptions, RestoreResult } from '../ports/workspace.js';
export { chainArchives } from './restore-plan.js';
export { archiveBound, archiveSource } from './restore-stage.js';

/** Undoes killed restores into `dest` (placement-recovery.ts); refuses to go on when one could not be undone. */
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

/**
 * Where a restore's debug lines say it stands: the milliseconds since it began, and the CPU this process
 * has used since it started (all its threads; the decompressor is a process of its own). On a shared
 * runner a phase's wall time drifts with the load, its CPU does not: the difference between two lines
 * is what the phase between them cost.
 */
function progress(startedMs: number): string {
  const cpu = process.cpuUsage();
  return `${Date.now() - startedMs} ms (process cpu ${Math.round((cpu.user + cpu.system) / 1000)} ms)`;
}

/** How long a restore waits for another one into the same destination, by default. */
const LOCK_WAIT_MS = 30_000;

/**
 * Restores a checkpoint into `opts.dest`. A refusal of the file system met before the plan is carried out
 * (the lock, the journals, the scan) or after it is said as such, with its path and fix.
 */
export async function restoreCheckpoint(opts: RestoreOptions): Promise<RestoreResult> {
  try {
    return await restoreSteps(opts);
  } catch (error) {
    const problem = fsProblem(error);
    if (problem === undefined) throw error;
    const id = typeof opts.checkpoint === 'string' ? opts.checkpoint : opts.checkpoint.id;
    throw new RestoreError(`checkpoint '${id}' could not be restored: ${problem}`);
  }
}

async function restoreSteps(opts: RestoreOptions): Promise<RestoreResult> {
  keepYoungGenerationSmall();
  const startedMs = Date.now();
  const storeDir = localStoreDir(opts.store);
  const dest = checkedDestination(opts, storeDir);
  const journals = opts.journalDir ?? defaultJournalDir();
  const manifest =
    typeof opts.checkpoint === 'string' ? await opts.store.getManifest(opts.checkpoint) : opts.checkpoint;
  // The manifest's download and text are garbage now; nothing would free them before the planning
  // adds its own (see collectAll).
  collectAll(manifest.entries.length);
  opts.logger?.debug(`restore ${manifest.id}: manifest read at ${progress(startedMs)}`);
  const only = requestedPaths(opts.paths);
  // Every manifest of the chain is parsed whole: their garbage, too, is what the second collection frees.
  let parsedEntries = manifest.entries.length;
  // Each archive is bounded by what its own manifest accounts for (a zstd bomb is refused early).
  const tarBounds = new Map([[manifest.id, tarBytesBound(manifest)]]);
  const chain = await chainArchives(opts.store, manifest, (m) => {
    parsedEntries += m.entries.length;
    tarBounds.set(m.id, tarBytesBound(m));
  });
  if (!opts.keepSpecialModes) dropSpecialModes(manifest, opts.logger);
  const untouched = leftAloneIn(dest, [storeDir, journals, opts.manifestCache]);
  let release = (): void => undefined;
  let early: EarlyArchive | undefined;
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
    // The decompressor starts while the restore plans; the archive's download opens once the plan is made.
    early = opts.dryRun ? undefined : EarlyArchive.start(opts.store, manifest);
    const plan = await planOnDisk(manifest, dest, only, untouched, opts.logger);
    const { changes } = plan;
    opts.logger?.debug(`restore ${manifest.id}: planned at ${progress(startedMs)}`);
    const fileEntries = plan.targetList.filter((e) => e.type === 'file');
    const files = fileEntries.length;
    const bytes = fileEntries.reduce((n, e) => n + (e.size ?? 0), 0);
    if (opts.dryRun) return { manifest, changes, restored: false, files, bytes };
    // The archive's download opens while the journal and the staging are set up.
    await early?.open(plan.toWrite);
    collectAll(parsedEntries);
    await applyPlan(opts, { manifest, chain, tarBounds, dest, journals, plan, only, startedMs, early });
    if (opts.manifestCache && !only)
      await keepLocalManifest(opts.manifestCache, dest, manifest, plan.current, startedMs);
    opts.logger?.debug(`restore ${manifest.id}: done at ${progress(startedMs)}`);
    opts.logger?.info(
      `Restored ${manifest.id} into ${dest}: ${changes.added.length} added, ${changes.modified.length} modified, ${changes.deleted.length} deleted, ${changes.unchanged} unchanged.`,
    );
    return { manifest, changes, restored: true, files, bytes };
  } finally {
    await early?.drop();
    release();
  }
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
      `checkpoint '${manifest.id}' could not be restored: ${fsProblem(error) ?? `the destination ${dest} cannot be made (${errorMessage(error)}); restore into a directory this user can write (not under /proc or /sys)`}. Nothing was changed`,
    );
  });
  await enoughSpace(manifest.id, dest, r.plan.toWrite);
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
    opts.logger?.debug(`restore ${manifest.id}: verified and staged at ${progress(r.startedMs)}`);
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

/**
 * Refuses up front a restore whose files cannot fit on the destination's disk: a manifest (a forged one's
 * single huge file among them) would otherwise be written until the disk is full, the runner's other
 * writers failing with it, before the restore fails and removes it all. One statfs; a file system that
 * compresses (btrfs, ZFS) could hold more than it says, and is refused as if it did not.
 */
/**
 * The bytes a restore may write on a file system, by its statfs; undefined where it cannot say (the restore is
 * left to fail as it writes, as before): no answer, or no blocks at all (a FUSE file system without a statfs of
 * its own: libfuse answers zeros). root may write into the blocks ext4 reserves for it (a container job runs as
 * root): bfree, not bavail.
 */
export function freeBytes(
  fs: { blocks: number; bsize: number; bfree: number; bavail: number },
  root: boolean,
): number | undefined {
  if (fs.blocks === 0 || fs.bsize === 0) return undefined;
  return (root ? fs.bfree : fs.bavail) * fs.bsize;
}

async function enoughSpace(id: string, dest: string, toWrite: readonly ManifestEntry[]): Promise<void> {
  const need = toWrite.reduce(
    (n, e) => n + (e.type === 'file' && e.link === undefined ? (e.size ?? 0) : 0),
    0,
  );
  // a file system whose statfs fails cannot say: the restore is left to fail as it writes
  const fs = await statfs(dest).catch(() => undefined);
  const free = fs && freeBytes(fs, process.getuid?.() === 0);
  if (free === undefined || need <= free) return;
  throw new RestoreError(
    `checkpoint '${id}' could not be restored: the disk of the destination ${dest} has ${free} bytes free, and the checkpoint writes ${need} bytes (files are staged there before they move into place); free space there and restore again. Nothing was changed`,
  );
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
