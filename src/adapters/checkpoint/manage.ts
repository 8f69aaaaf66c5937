/** list, validate and cleanup over any store. */
import {
  archivesNeeded,
  attemptInId,
  isRollbackRecord,
  manifestStats,
  summarize,
  type Manifest,
  type ManifestSummary,
  type ManifestEntry,
} from '../../core/checkpoint/index.js';
import { errorMessage } from '../../core/errors.js';
import type { Logger } from '../logger.js';
import { keepYoungGenerationSmall } from './heap.js';
import { extractArchive } from './restore.js';
import { checkpointRoots } from './save.js';
import { MANIFEST_SUFFIX, type CheckpointStore } from './store.js';

export interface ListFilter {
  job?: string;
  runId?: string;
  attempt?: number;
  stage?: string;
}

/** A checkpoint with its manifest, or why that cannot be read. */
export interface StoredCheckpoint {
  id: string;
  manifest?: Manifest;
  error?: string;
}

/** The manifest of `id`, or why it cannot be read. */
async function readManifest(store: CheckpointStore, id: string): Promise<StoredCheckpoint> {
  try {
    return { id, manifest: await store.getManifest(id) };
  } catch (error) {
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

/** The checkpoint with the newest manifest in the store that can be read. */
export function newestCheckpoint(store: CheckpointStore): Promise<Manifest | undefined> {
  return newestWhere(
    store,
    (id) => store.getManifest(id),
    () => true,
  );
}

export interface JobCheckpointFilter {
  job: string;
  runId: string;
  /** Only checkpoints of attempts before this one. */
  beforeAttempt?: number;
}

/**
 * One job's checkpoints in a run, newest first (the latest attempt first, then the latest saved), each
 * manifest read only when the caller asks for the next: a resume stops at the first that restores, while
 * the run's store holds the checkpoints of every job of the run, and reading them all cost one manifest
 * download each. Ids the actions made carry their job and attempt (checkpointId), so other jobs' and
 * later attempts' are passed over unread; a name the user chose is read first to learn whose it is. A
 * candidate whose manifest cannot be read comes with `error`.
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
    const read = await readManifest(store, id);
    if (read.manifest && ours(read.manifest))
      candidates.push({ id, at, attempt: read.manifest.attempt, read });
  }
  candidates.sort((a, b) => b.attempt - a.attempt || b.at - a.at || b.id.localeCompare(a.id));
  for (const c of candidates) {
    const read = c.read ?? (await readManifest(store, c.id));
    if (!read.manifest || ours(read.manifest)) yield read;
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
    if (e.type !== 'file' || !e.from) continue;
    if (!byArchive.has(e.from)) byArchive.set(e.from, new Map());
    byArchive.get(e.from)!.set(e.path, e);
  }
  const archives: string[] = [];
  for (const archiveId of archivesNeeded(manifest)) {
    try {
      const of = archiveId === manifest.id ? manifest : await store.getManifest(archiveId);
      archives.push(of.archive.file);
      await extractArchive(store, of, byArchive.get(archiveId)!, undefined, logger);
    } catch (error) {
      problems.push(errorMessage(error));
    }
  }
  // An archive with no file still in use (a checkpoint of only deletions) is verified on its own.
  if (!byArchive.has(manifest.id)) {
    try {
      archives.push(manifest.archive.file);
      await extractArchive(store, manifest, new Map(), undefined, logger);
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
  logger?: Logger;
}

export interface CleanupResult {
  /** Checkpoint ids removed (or that would be, in a dry run). */
  deleted: string[];
  /** Leftover objects (archives without a manifest, unreadable manifests) removed. */
  leftovers: string[];
  /** Expired checkpoints kept because a live checkpoint still needs their archive. */
  keptForChain: string[];
}

/**
 * Deletes checkpoints older than the retention, except those whose archives a younger checkpoint still
 * needs (incremental chains stay restorable), and never anything named like a rollback record.
 */
export async function cleanupCheckpoints(
  store: CheckpointStore,
  opts: CleanupOptions,
): Promise<CleanupResult> {
  const cutoff = (opts.now ?? new Date()).getTime() - opts.retentionDays * 86_400_000;
  const all = await listCheckpoints(store);
  const expired = (c: { createdAt?: Date }): boolean => (c.createdAt?.getTime() ?? Infinity) < cutoff;
  const needed = new Set<string>();
  for (const c of all) if (c.summary && !expired(c)) for (const id of c.summary.needs) needed.add(id);
  const result: CleanupResult = { deleted: [], leftovers: [], keptForChain: [] };
  const known = new Set(all.map((c) => c.id));
  for (const c of all) {
    if (!expired(c) || isRollbackRecord(c.id)) continue;
    if (needed.has(c.id)) {
      result.keptForChain.push(c.id);
      continue;
    }
    result.deleted.push(c.id);
    if (opts.dryRun) continue;
    if (c.summary) await store.removeObject(c.summary.archive.file);
    await store.removeObject(`${c.id}${MANIFEST_SUFFIX}`);
  }
  // Archives whose manifest never got written (a save that died) also expire.
  for (const o of await store.objects()) {
    if (isRollbackRecord(o.name) || !/\.tar\.(zst|gz)$/.test(o.name)) continue;
    const id = o.name.replace(/\.tar\.(zst|gz)$/, '');
    if (known.has(id) || !expired(o) || needed.has(id)) continue;
    result.leftovers.push(o.name);
    if (!opts.dryRun) await store.removeObject(o.name);
  }
  opts.logger?.info(
    `cleanup: ${result.deleted.length} expired checkpoint(s), ${result.leftovers.length} leftover(s) removed${opts.dryRun ? ' (dry run)' : ''}.`,
  );
  return result;
}
