/** list, validate and cleanup over any store. */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import {
  archivesNeeded,
  attemptInId,
  isRollbackRecord,
  manifestStats,
  summarize,
  type Manifest,
  type ManifestSummary,
  type ManifestEntry,
} from '../core/index.js';
import { newestReadable } from '../core/step.js';
import { RUN_ARTIFACTS, untrustedBecause } from '../core/trust.js';
import { tarBytesBound } from '../core/tar.js';
import { errorMessage } from '../../core/errors.js';
import { manifestDigest } from './digest.js';
import type { Logger } from '../../runner/adapters/logger.js';
import { keepYoungGenerationSmall } from './heap.js';
import { DEBRIS_MAX_AGE_MS } from './owner.js';
import { lockDestination } from './destination-lock.js';
import { defaultJournalDir, journalDirectory } from './journal-dir.js';
import { recoverInterrupted, type Recovery } from './placement-recovery.js';
import { extractArchive } from './extract.js';
import { archiveBound, archiveSource, chainArchives } from './restore.js';
import { checkpointRoots } from './save-plan.js';
import { keyedStoreFor } from './keyed-store.js';
import { StoreStalledError } from './store-guard.js';
import { MANIFEST_SUFFIX, type CheckpointStore } from './store.js';
import type { StoredCheckpoint, JobCheckpointFilter } from '../ports/workspace.js';
export type { StoredCheckpoint, JobCheckpointFilter } from '../ports/workspace.js';

export interface ListFilter {
  job?: string;
  runId?: string;
  attempt?: number;
  stage?: string;
}

/**
 * The manifest of `id`, or why it cannot be read. With `stalledThrows`, a store given up on (its stall limit,
 * or the phase's budget) throws instead: its checkpoint is not unreadable, the store is gone.
 */
async function readManifest(
  store: CheckpointStore,
  id: string,
  stalledThrows = false,
): Promise<StoredCheckpoint> {
  try {
    return { id, manifest: await store.getManifest(id) };
  } catch (error) {
    if (stalledThrows && error instanceof StoreStalledError) throw error;
    return { id, error: errorMessage(error) };
  }
}

/** A checkpoint as a listing keeps it: its manifest without the entries, or why that cannot be read. */
export interface ListedCheckpoint {
  id: string;
  summary?: ManifestSummary;
  error?: string;
  createdAt?: Date;
}

/**
 * Complete checkpoints (and unreadable ones, with their error), oldest first. Each manifest is read and
 * summarized in turn, so a store of many large checkpoints is listed in the memory of one.
 */
export async function listCheckpoints(
  store: CheckpointStore,
  filter: ListFilter = {},
): Promise<ListedCheckpoint[]> {
  const all: ListedCheckpoint[] = [];
  for (const { id, at } of await manifestObjects(store)) {
    const { manifest, error } = await readManifest(store, id);
    if (manifest) all.push({ id, summary: summarize(manifest), createdAt: new Date(manifest.createdAt) });
    else all.push({ id, error, ...(at ? { createdAt: new Date(at) } : {}) });
  }
  markIncompleteChains(all, store.spec);
  const keep = all.filter((c) => {
    const m = c.summary;
    if (!m) return Object.keys(filter).length === 0;
    return (
      (filter.job === undefined || m.job === filter.job) &&
      (filter.runId === undefined || m.runId === filter.runId) &&
      (filter.attempt === undefined || m.attempt === filter.attempt) &&
      (filter.stage === undefined || m.stage === filter.stage)
    );
  });
  return keep.sort(
    (a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0) || a.id.localeCompare(b.id),
  );
}

/**
 * A checkpoint that takes files from one the store no longer has can never be restored: it is listed
 * with that error, never as a normal checkpoint.
 */
function markIncompleteChains(all: ListedCheckpoint[], spec: string): void {
  const readable = new Set(all.filter((c) => c.summary).map((c) => c.id));
  for (const c of all) {
    const missing = c.summary?.needs.filter((id) => id !== c.id && !readable.has(id)) ?? [];
    if (missing.length === 0) continue;
    c.error = `its chain is incomplete: it takes files from ${missing.map((id) => `'${id}'`).join(', ')}, which ${spec} no longer has (or cannot read); it cannot be restored`;
    delete c.summary;
  }
}

/** The checkpoints in the store by their manifest objects (rollback records left out), unread. */
async function manifestObjects(store: CheckpointStore): Promise<{ id: string; at: number }[]> {
  return (await store.objects())
    .filter((o) => o.name.endsWith(MANIFEST_SUFFIX) && !isRollbackRecord(o.name))
    .map((o) => ({ id: o.name.slice(0, -MANIFEST_SUFFIX.length), at: o.createdAt?.getTime() ?? 0 }));
}

/** The newest checkpoint (but `exceptId`), by its manifest object, that `read` can read and `accept` takes. */
async function newestWhere(
  store: CheckpointStore,
  read: (id: string) => Promise<Manifest>,
  accept: (m: Manifest) => boolean,
  exceptId?: string,
): Promise<Manifest | undefined> {
  const candidates = (await manifestObjects(store))
    .filter((c) => c.id !== exceptId)
    .sort((a, b) => b.at - a.at || b.id.localeCompare(a.id));
  for (const c of candidates) {
    // an unreadable candidate is passed over for the next newest
    const m = await read(c.id).catch(() => undefined);
    if (m && accept(m)) return m;
  }
  return undefined;
}

/**
 * The newest complete checkpoint over exactly `paths` (an incremental's default parent), as read by
 * `read` (the caller's, so that a local copy with stat facts is preferred and read only once). Manifests
 * are read newest first and the search stops at the first match: one manifest read in the common case,
 * instead of one per checkpoint in the store.
 */
export async function newestCheckpointOver(
  store: CheckpointStore,
  paths: string[],
  exceptId: string | undefined,
  read: (id: string) => Promise<Manifest>,
): Promise<Manifest | undefined> {
  let roots: string[];
  try {
    roots = checkpointRoots(paths);
  } catch {
    return undefined; // the save reports bad paths
  }
  return newestWhere(store, read, (m) => m.paths.join('\n') === roots.join('\n'), exceptId);
}

/** Every checkpoint in the store, newest manifest object first, each read only when its turn comes. */
export async function* checkpointsNewestFirst(store: CheckpointStore): AsyncGenerator<StoredCheckpoint> {
  const candidates = (await manifestObjects(store)).sort((a, b) => b.at - a.at || b.id.localeCompare(a.id));
  for (const c of candidates) yield await readManifest(store, c.id);
}

/** The checkpoint with the newest manifest in the store that can be read. */
export async function newestCheckpoint(store: CheckpointStore): Promise<Manifest | undefined> {
  return (await newestReadable(checkpointsNewestFirst(store))).chosen?.manifest;
}

/**
 * One job's checkpoints in a run, newest first (the latest attempt first, then the latest saved), each
 * manifest read only when the caller asks for the next: a resume stops at the first that restores, while
 * the run's store holds the checkpoints of every job of the run, and reading them all cost one manifest
 * download each. Ids the actions made carry their job and attempt (checkpointId), so other jobs' and
 * later attempts' are passed over unread; a name the user chose is read first to learn whose it is. A
 * candidate whose manifest cannot be read comes with `error`; a store given up on while a manifest is read
 * throws its StoreStalledError (a manifest read only to learn whose it is would else pass over in silence,
 * and the resume would say there was no checkpoint).
 */
export async function* checkpointsOfJob(
  store: CheckpointStore,
  filter: JobCheckpointFilter,
): AsyncGenerator<StoredCheckpoint> {
  const inRange = (attempt: number): boolean =>
    filter.beforeAttempt === undefined || attempt < filter.beforeAttempt;
  const ours = (m: Manifest): boolean =>
    m.job === filter.job && m.runId === filter.runId && inRange(m.attempt);
  const candidates: { id: string; at: number; attempt: number; read?: StoredCheckpoint }[] = [];
  for (const { id, at } of await manifestObjects(store)) {
    const named = attemptInId(id, filter);
    if (named === 'other-job') continue;
    if (named !== undefined) {
      if (inRange(named)) candidates.push({ id, at, attempt: named });
      continue;
    }
    // Only a manifest read to learn it is this job's is kept until its turn.
    const read = await readManifest(store, id, true);
    if (read.manifest && ours(read.manifest))
      candidates.push({ id, at, attempt: read.manifest.attempt, read });
  }
  candidates.sort((a, b) => b.attempt - a.attempt || b.at - a.at || b.id.localeCompare(a.id));
  for (const c of candidates) {
    const read = c.read ?? (await readManifest(store, c.id, true));
    if (!read.manifest || !ours(read.manifest)) {
      if (!read.manifest) yield read;
      continue;
    }
    // The run's own artifacts need no digest (encoding a large manifest again costs): every one is the run's.
    const untrusted =
      filter.trusted !== undefined && filter.trusted !== RUN_ARTIFACTS
        ? untrustedBecause(filter.trusted, c.id, manifestDigest(read.manifest))
        : undefined;
    yield untrusted ? { id: c.id, error: untrusted } : read;
  }
}

export interface ValidateResult {
  id: string;
  ok: boolean;
  problems: string[];
  /** Archives read (this checkpoint's and its chain's). */
  archives: string[];
  files: number;
  bytes: number;
}

/**
 * Reads every archive the checkpoint needs, end to end, and checks each entry's path safety, each
 * file's size and sha256 and each archive's digest, without writing anything.
 */
export async function validateCheckpoint(
  store: CheckpointStore,
  id: string,
  logger?: Logger,
): Promise<ValidateResult> {
  keepYoungGenerationSmall();
  const problems: string[] = [];
  let manifest: Manifest;
  try {
    manifest = await store.getManifest(id);
  } catch (error) {
    return { id, ok: false, problems: [errorMessage(error)], archives: [], files: 0, bytes: 0 };
  }
  const byArchive = new Map<string, Map<string, ManifestEntry>>();
  for (const e of manifest.entries) {
    // A hard link's bytes are its file's, checked with that file.
    if (e.type !== 'file' || !e.from || e.link !== undefined) continue;
    if (!byArchive.has(e.from)) byArchive.set(e.from, new Map());
    byArchive.get(e.from)!.set(e.path, e);
  }
  const archives: string[] = [];
  let chain: Map<string, Manifest['archive']>;
  // Each archive bounded by what its own manifest accounts for, as a restore bounds it.
  const bounds = new Map([[manifest.id, tarBytesBound(manifest)]]);
  try {
    chain = await chainArchives(store, manifest, (m) => void bounds.set(m.id, tarBytesBound(m)));
  } catch (error) {
    return { id, ok: false, problems: [errorMessage(error)], archives, ...manifestStats(manifest) };
  }
  for (const archiveId of archivesNeeded(manifest)) {
    try {
      const archive = chain.get(archiveId)!;
      archives.push(archive.file);
      const source = await archiveSource(store, manifest, archiveId, undefined);
      await extractArchive(source, { archive }, byArchive.get(archiveId)!, undefined, {
        logger,
        maxTarBytes: await archiveBound(store, manifest, archiveId, undefined, bounds),
      });
    } catch (error) {
      problems.push(errorMessage(error));
    }
  }
  // An archive with no file still in use (a checkpoint of only deletions) is verified on its own.
  if (!byArchive.has(manifest.id)) {
    try {
      archives.push(manifest.archive.file);
      await extractArchive(store, manifest, new Map(), undefined, {
        logger,
        maxTarBytes: bounds.get(manifest.id),
      });
    } catch (error) {
      problems.push(errorMessage(error));
    }
  }
  const { files, bytes } = manifestStats(manifest);
  return { id, ok: problems.length === 0, problems, archives, files, bytes };
}

export interface CleanupOptions {
  retentionDays: number;
  now?: Date;
  dryRun?: boolean;
  /** A workspace whose interrupted restores are finished too (undone from their journal, staging removed). */
  dest?: string;
  /** The private directory of restore journals (journal-dir.ts; default: defaultJournalDir()). */
  journalDir?: string;
  logger?: Logger;
}

export interface CleanupResult {
  /** Checkpoint ids removed (or that would be, in a dry run). */
  deleted: string[];
  /** Leftover objects (archives without a manifest, unreadable manifests) removed. */
  leftovers: string[];
  /** Expired checkpoints kept because a live checkpoint still needs their archive or is built on them. */
  keptForChain: string[];
  /** Unfinished objects of killed saves (partial files, stale claims) removed. */
  debris: string[];
  /** Staging directories of killed restores in `dest`, undone and removed. */
  staging: string[];
  /** Keyed entries beside a `dir:` store that no kept checkpoint names and no save used within the retention. */
  keyedEntries: string[];
}

/** Archives whose manifest never got written, found while no save of their name runs. */
const ARCHIVE = /\.tar\.(zst|gz)$/;

/**
 * Deletes checkpoints older than the retention, except those whose archives a younger checkpoint still
 * needs and the parents it is built on (incremental chains stay restorable and whole), and never anything
 * named like a rollback record. Then removes what killed saves left: archives without manifest, partial
 * files and claims whose owner is gone (owner.ts), and, with `dest`, undoes killed restores there.
 * A checkpoint's manifest goes before its archive, so a cleanup killed half-way leaves at most an
 * archive without manifest (which the next cleanup removes), never a listed checkpoint without archive.
 */
export async function cleanupCheckpoints(
  store: CheckpointStore,
  opts: CleanupOptions,
): Promise<CleanupResult> {
  // Under the store's lock: no save commits onto a checkpoint while it is being deleted (save-commit.ts checkChain).
  const unlock = opts.dryRun ? undefined : await store.lock?.();
  try {
    return await cleanupLocked(store, opts);
  } finally {
    await unlock?.();
  }
}

async function cleanupLocked(store: CheckpointStore, opts: CleanupOptions): Promise<CleanupResult> {
  const now = (opts.now ?? new Date()).getTime();
  const cutoff = now - opts.retentionDays * 86_400_000;
  const all = await listCheckpoints(store);
  const expired = (c: { createdAt?: Date }): boolean => (c.createdAt?.getTime() ?? Infinity) < cutoff;
  const needed = new Set<string>();
  const parentOf = new Map<string, string>();
  for (const c of all) if (c.summary?.parent) parentOf.set(c.id, c.summary.parent);
  const chained = new Set<string>();
  for (const c of all) {
    if (!c.summary || expired(c)) continue;
    for (const id of c.summary.needs) needed.add(id);
    for (let p = c.summary.parent; p && !chained.has(p); p = parentOf.get(p)) {
      chained.add(p);
      needed.add(p);
    }
  }
  const result: CleanupResult = {
    deleted: [],
    leftovers: [],
    keptForChain: [],
    debris: [],
    staging: [],
    keyedEntries: [],
  };
  const known = new Set(all.map((c) => c.id));
  for (const c of all) {
    if (!expired(c) || isRollbackRecord(c.id)) continue;
    if (needed.has(c.id)) {
      result.keptForChain.push(c.id);
      continue;
    }
    result.deleted.push(c.id);
    if (opts.dryRun) continue;
    await store.removeObject(`${c.id}${MANIFEST_SUFFIX}`);
    if (c.summary) await store.removeObject(c.summary.archive.file);
  }
  result.leftovers = await removeLeftovers(store, new Set([...known, ...needed]), now, opts);
  result.keyedEntries = await expireKeyedEntries(store, all, result.deleted, {
    unusedBefore: Math.min(cutoff, now - DEBRIS_MAX_AGE_MS),
    dryRun: opts.dryRun === true,
  });
  for (const name of (await store.unfinished?.())?.debris ?? []) {
    result.debris.push(name);
    if (!opts.dryRun) await store.removeUnfinished?.(name);
  }
  if (opts.dest && !opts.dryRun) {
    const r = await repairDestination(opts.dest, opts.journalDir, now);
    result.staging.push(...r.rolledBack, ...r.removed);
    for (const name of r.foreign)
      opts.logger?.warning(
        `left ${name} in ${opts.dest} alone: it is named like a staging directory, but no restore on this machine made it`,
      );
  }
  opts.logger?.info(
    `cleanup: ${result.deleted.length} expired checkpoint(s), ${result.leftovers.length} leftover(s), ${result.debris.length} unfinished object(s), ${result.keyedEntries.length} unused keyed entr(ies), ${result.staging.length} interrupted restore(s) removed${opts.dryRun ? ' (dry run)' : ''}.`,
  );
  return result;
}

/**
 * Archives without a manifest that no listed checkpoint owns (`owned`): those a killed save left. Where the
 * store has claims, each is claimed first so that no save of its name can be writing it; elsewhere only
 * what is old enough goes.
 */
async function removeLeftovers(
  store: CheckpointStore,
  owned: ReadonlySet<string>,
  now: number,
  opts: CleanupOptions,
): Promise<string[]> {
  const cutoff = now - opts.retentionDays * 86_400_000;
  const expired = (o: { createdAt?: Date }): boolean => (o.createdAt?.getTime() ?? Infinity) < cutoff;
  const leftovers: string[] = [];
  for (const o of await store.objects()) {
    if (isRollbackRecord(o.name) || !ARCHIVE.test(o.name)) continue;
    const id = o.name.replace(ARCHIVE, '');
    if (owned.has(id)) continue;
    if (store.claim) {
      // Claimed for the removal, so that no save of this name can be writing it meanwhile.
      const release = await store.claim(id).catch(() => undefined);
      if (!release) continue;
      try {
        if (
          await store.getManifest(id).then(
            () => true,
            () => false,
          )
        )
          continue;
        leftovers.push(o.name);
        if (!opts.dryRun) await store.removeObject(o.name);
      } finally {
        await release();
      }
    } else if (expired(o) || now - (o.createdAt?.getTime() ?? now) > DEBRIS_MAX_AGE_MS) {
      // A store without claims cannot tell a save in progress: only what is old enough goes.
      leftovers.push(o.name);
      if (!opts.dryRun) await store.removeObject(o.name);
    }
  }
  return leftovers;
}

/**
 * A `dir:` store's keyed entries (a lockfile's node_modules, hundreds of MB each) would pile up with every
 * lockfile change: those that no checkpoint left in the store takes files from, and that no save looked up
 * since `unusedBefore`, go. (The cache service evicts its own: its store has no `expire`.)
 */
async function expireKeyedEntries(
  store: CheckpointStore,
  all: readonly ListedCheckpoint[],
  deleted: readonly string[],
  opts: { unusedBefore: number; dryRun: boolean },
): Promise<string[]> {
  const keyedStore = keyedStoreFor(store);
  if (!keyedStore?.expire) return [];
  const gone = new Set(deleted);
  const keep = new Set<string>();
  for (const c of all) if (!gone.has(c.id)) for (const ref of c.summary?.keyed ?? []) keep.add(ref.id);
  return keyedStore.expire({ keep, ...opts });
}

/**
 * Finishes the restores into `dest` that were killed (placement-recovery.ts recoverInterrupted), holding the
 * destination's lock so that a restore still running there is never undone under it.
 */
export async function repairDestination(
  dest: string,
  journalDir = defaultJournalDir(),
  now = Date.now(),
  lockWaitMs = 30_000,
): Promise<Recovery> {
  let real: string;
  try {
    real = realpathSync.native(path.resolve(dest));
  } catch {
    // a destination that does not exist has nothing to roll back
    return { rolledBack: [], stuck: [], removed: [], inProgress: [], foreign: [] };
  }
  const release = await lockDestination(real, journalDirectory(journalDir), lockWaitMs);
  try {
    return recoverInterrupted(real, journalDir, now);
  } finally {
    release();
  }
}
