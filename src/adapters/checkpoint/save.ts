/**
 * Saving a checkpoint: scan, decide what to store (everything, or what changed since the parent), then
 * stream tar -> zstd -> store in one pass. Each stored file is read once, straight into the tar buffer,
 * and its sha256 is computed from those same bytes. Compression runs in its own process on all cores
 * while node reads, hashes and packs; the store takes the compressed bytes as they come.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  archiveExtension,
  archivesNeeded,
  keyedRefsUsed,
  storedArchivesNeeded,
  MANIFEST_FORMAT,
  encodeManifest,
  writeLocalManifest,
  parseManifest,
  IncrementalPlanner,
  ManifestError,
  reuseIfSameContent,
  worthRehashing,
  safeEntryPath,
  isUnder,
  fileTotals,
  type Compression,
  type KeyedPath,
  type Manifest,
  type ManifestEntry,
  type PlannedEntry,
} from '../../core/checkpoint/index.js';
import type { KeyedEntryStore } from '../../ports/keyed-store.js';
import { sameCheckpoint } from '../../core/checkpoint/step.js';
import { UserError, errorMessage } from '../../core/errors.js';
import type { Logger } from '../logger.js';
import { keepYoungGenerationSmall } from './heap.js';
import { compressor, pickCompression } from './compress.js';
import { ExcludeAudit } from './exclude-audit.js';
import { saveExclusions, walkTree, type WalkReport } from './scan.js';
import {
  CheckpointExistsError,
  DirStore,
  MANIFEST_SUFFIX,
  nameTaken,
  NotFoundError,
  type CheckpointStore,
  type StoredArchive,
} from './store.js';
import { TarPacker } from './tar-pack.js';
import { FileHasher, storedDigest } from './digest.js';
import { KeyedComparison } from './keyed-compare.js';
import { crashPoint } from './crash-points.js';
import { ownerTag } from './owner.js';
import { planKeyed, publishKeyed, type KeyedOutcome, type KeyedPlan } from './keyed.js';
import { keyedStoreFor } from './keyed-store.js';
import { restoredCheckpoint } from './restored-state.js';
import { restoredCheckpointOf, type RestoredCheckpoint } from '../../core/checkpoint/restored-state.js';

/** What a checkpoint records about the job it was taken in (the manifest's fields of the same names). */
export type CheckpointMeta = Pick<
  Manifest,
  'stage' | 'job' | 'runId' | 'attempt' | 'lane' | 'commit' | 'branch'
> &
  Partial<Pick<Manifest, 'completedStages' | 'stageDurations' | 'roots'>>;

export interface SaveOptions {
  store: CheckpointStore;
  workspace: string;
  /** Roots to checkpoint, relative to the workspace. */
  paths: string[];
  id: string;
  meta: CheckpointMeta;
  /** Globs (relative paths) left out, on top of `.git`, the local store and hidden names (scan.ts saveExclusions). */
  exclude?: string[];
  /** Keep hidden files and directories (`.env`, `.cache`) below the roots; upload-artifact's `include-hidden-files`. */
  includeHidden?: boolean;
  /** Parent checkpoint (id or manifest) for an incremental save. */
  parent?: string | Manifest;
  /** Store everything even when a parent is given. */
  full?: boolean;
  compression?: Compression;
  level?: number;
  /** Directory where manifests are kept locally, so the next incremental finds its parent without a download. */
  manifestCache?: string;
  logger?: Logger;
  /**
   * A checkpoint restored into this workspace (main's resume) that may stand for this one: when it records
   * the same stage, roots, exclusions and completed stages (core/checkpoint/step.ts `sameCheckpoint`), as
   * main's record of the restore in `manifestCache` says, else its local copy there, nothing is saved and
   * the result says so (ReusedResult).
   */
  reuse?: string;
  /**
   * Paths kept once per key (checkpoint.keyed): one whose entry exists and matches the workspace is not
   * packed, its files are taken from the entry; one whose key has no entry is first published (packed
   * once, into the entry), then taken from it; one that differs from its entry is packed.
   */
  keyed?: readonly KeyedPath[];
  /** Where keyed entries are kept; default: keyedStoreFor(store) (the cache service on a runner). */
  keyedStore?: KeyedEntryStore;
  /**
   * Called once every file of the save has been read (its bytes are in the archive's stream), before the
   * archive and the manifest are stored: from then on the caller may change the workspace. A save that
   * was told so never packs again: a parent removed while it stores fails it instead (ChainGoneError).
   */
  onPacked?: () => void;
}

export interface SaveResult {
  manifest: Manifest;
  /** Hex sha256 of the manifest as stored: what the job attempt's trust record names (core/checkpoint/trust.ts). */
  manifestSha256: string;
  /** Files in the checkpointed state, and their total size. */
  files: number;
  bytes: number;
  /** Entries and file bytes written into this archive. */
  stored: number;
  storedBytes: number;
  /** The archive's artifact id, in the artifact store. */
  artifactId?: number;
  /** (Set on a ReusedResult only.) */
  reused?: undefined;
  /** What became of each keyed path this save covers. */
  keyed?: KeyedOutcome[];
}

/** Nothing was saved: the restored checkpoint of `reuse` already is this state, and stays the job's last. */
export interface ReusedResult {
  reused: true;
  /** The restored checkpoint: its id and the fields a save compares (sameCheckpoint). */
  manifest: Pick<Manifest, 'id'> & Omit<RestoredCheckpoint, 'files' | 'bytes'>;
  files: number;
  bytes: number;
  stored: 0;
  storedBytes: 0;
}

/**
 * The local copy of a manifest holds stat facts (inode, mtime) of one directory's files, so it is kept per
 * checkpoint and directory: a restore of the same checkpoint elsewhere must not replace the facts the
 * saving workspace's next incremental relies on.
 */
function localManifestFile(cacheDir: string, id: string, dir: string): string {
  const key = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 12);
  return path.join(cacheDir, `${id}.${key}.manifest.json`);
}

/** Loads a parent manifest: the local copy for `dir` first, else the store's (without stat facts). */
export async function loadManifest(
  store: CheckpointStore,
  id: string,
  cacheDir: string | undefined,
  dir: string,
): Promise<Manifest> {
  return (cacheDir && (await readCachedManifest(cacheDir, id, dir))) || store.getManifest(id);
}

/** The local copy of manifest `id` for `dir` (see localManifestFile), if this job keeps one. */
export async function readCachedManifest(
  cacheDir: string,
  id: string,
  dir: string,
): Promise<Manifest | undefined> {
  const file = localManifestFile(cacheDir, id, dir);
  const text = await readFile(file, 'utf8').catch(() => undefined);
  return text === undefined ? undefined : parseManifest(text, file);
}

/**
 * Writes `local`, the local form of the manifest `id` (encodeManifest), beside the copy for `dir` (see
 * localManifestFile); the returned function puts it in place. It goes in place only once the store has
 * the manifest: a copy of a save killed before that would describe a checkpoint the store never got,
 * and a later save of the same name would be planned against it.
 */
async function stageLocalManifest(
  cacheDir: string,
  id: string,
  dir: string,
  local: Buffer[],
): Promise<{ keep: () => Promise<void>; drop: () => Promise<void> }> {
  await mkdir(cacheDir, { recursive: true });
  const file = localManifestFile(cacheDir, id, dir);
  const tmp = `${file}.partial-${ownerTag()}`;
  await writeFile(tmp, local);
  return { keep: () => rename(tmp, file), drop: () => rm(tmp, { force: true }) };
}

/** Writes the local form of `m` as the copy for `dir`, streamed into the file (writeLocalManifest). */
export async function cacheLocalManifest(cacheDir: string, dir: string, m: Manifest): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const fd = openSync(localManifestFile(cacheDir, m.id, dir), 'w');
  try {
    writeLocalManifest(m, (chunk) => {
      for (let off = 0; off < chunk.length;) off += writeSync(fd, chunk, off);
    });
  } finally {
    closeSync(fd);
  }
}

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

/**
 * Saves one checkpoint. Throws on failure; callers decide the policy (the actions only warn, since a
 * checkpoint must never break the job).
 */
export async function saveCheckpoint(opts: SaveOptions & { reuse?: undefined }): Promise<SaveResult>;
export async function saveCheckpoint(opts: SaveOptions): Promise<SaveResult | ReusedResult>;
export async function saveCheckpoint(opts: SaveOptions): Promise<SaveResult | ReusedResult> {
  const reused = await reusedCheckpoint(opts);
  if (reused) return reused;
  keepYoungGenerationSmall();
  const release = await opts.store.claim?.(opts.id);
  try {
    if (await hasCheckpoint(opts.store, opts.id))
      throw new CheckpointExistsError(nameTaken(opts.id, opts.store.spec));
    let saved: SaveResult & { keyedPlan?: KeyedPlan };
    let packed = false;
    try {
      saved = await saveClaimed({ ...opts, onPacked: () => ((packed = true), opts.onPacked?.()) });
    } catch (error) {
      // Only a store that let this process claim the name may write its archive a second time, and only
      // while the workspace is still the one it read.
      if (!(error instanceof ChainGoneError) || !opts.store.claim || (packed && opts.onPacked)) throw error;
      opts.logger?.warning(`${error.message}; saving a full checkpoint instead.`);
      saved = await saveClaimed({ ...opts, full: true });
    }
    const { keyedPlan, ...result } = saved;
    if (!keyedPlan) return result;
    const keyed = keyedOutcomes(keyedPlan, result.manifest);
    for (const k of keyed.filter((o) => o.outcome === 'taken'))
      opts.logger?.info(`ci-recovery: '${k.path}' is taken from its keyed entry ${k.key}, not packed.`);
    return { ...result, keyed };
  } finally {
    await release?.();
  }
}

/** What became of each keyed path: taken from its entry, published now (and taken), packed, or not published. */
function keyedOutcomes(plan: KeyedPlan, m: Manifest): KeyedOutcome[] {
  const used = new Set(m.keyed?.map((r) => r.id));
  const published = new Set(plan.published);
  const outcomes: KeyedOutcome[] = [...plan.matches.map((x) => x.ref), ...plan.carried].map((r) => ({
    path: r.path,
    key: r.key,
    outcome: published.has(r.path) ? 'published' : used.has(r.id) ? 'taken' : 'packed',
  }));
  for (const { path: p, key } of plan.unpublished)
    if (!outcomes.some((o) => o.path === p))
      outcomes.push({ path: p, key, outcome: published.has(p) ? 'published' : 'not-published' });
  return outcomes;
}

/**
 * The restored checkpoint `opts.reuse` as this save's result, when it already is what the save would
 * record; undefined (save as always) otherwise, or when neither main's record of its restore nor its local
 * copy is there to tell. The record is read first: a few fields, where the manifest is megabytes to parse.
 */
async function reusedCheckpoint(opts: SaveOptions): Promise<ReusedResult | undefined> {
  if (!opts.reuse || !opts.manifestCache || opts.full) return undefined;
  const { reuse, manifestCache } = opts;
  const workspace = path.resolve(opts.workspace);
  const held =
    (await restoredCheckpoint(manifestCache, reuse, workspace).catch(() => undefined)) ??
    (await heldByLocalCopy(manifestCache, reuse, workspace));
  if (!held) return undefined;
  const roots = checkpointRoots(opts.paths);
  const planned = { ...opts.meta, completedStages: opts.meta.completedStages ?? [] };
  const exclude = excludedPaths(opts, workspace, roots);
  if (!sameCheckpoint(held, { ...planned, paths: roots, exclude })) return undefined;
  const { files, bytes, ...fields } = held;
  return { reused: true, manifest: { id: reuse, ...fields }, files, bytes, stored: 0, storedBytes: 0 };
}

/** What the local copy of manifest `id` says the checkpoint holds (with its roots, which a record never has). */
async function heldByLocalCopy(
  cacheDir: string,
  id: string,
  workspace: string,
): Promise<(RestoredCheckpoint & Pick<Manifest, 'roots'>) | undefined> {
  const m = await readCachedManifest(cacheDir, id, workspace).catch(() => undefined);
  return m && { ...restoredCheckpointOf(m), ...(m.roots ? { roots: m.roots } : {}) };
}

/** A checkpoint this save takes files from went away while it ran (a cleanup removed it). */
export class ChainGoneError extends UserError {
  override name = 'ChainGoneError';
}

/**
 * Checks, under the store's lock, that every checkpoint whose archive the new manifest needs is still
 * in the store: a cleanup may have removed the parent while this save was packing, and a manifest
 * committed on it would be listed as a checkpoint that can never be restored.
 */
async function checkChain(store: CheckpointStore, manifest: Manifest): Promise<void> {
  const needed = storedArchivesNeeded(manifest).filter((id) => id !== manifest.id);
  if (needed.length === 0) return;
  // The listing, not the manifests: reading a parent's manifest again costs its parse.
  const names = new Set((await store.objects()).map((o) => o.name));
  const gone = needed.find((id) => !names.has(`${id}${MANIFEST_SUFFIX}`));
  if (gone)
    throw new ChainGoneError(
      `Checkpoint '${gone}', which ${manifest.id} takes files from, was removed from ${store.spec} while it was being saved (by a cleanup)`,
    );
}

/** Whether the store has a manifest under `id` (a valid one or not: either way the name is taken). */
async function hasCheckpoint(store: CheckpointStore, id: string): Promise<boolean> {
  try {
    await store.getManifest(id);
    return true;
  } catch (error) {
    if (error instanceof NotFoundError) return false;
    if (error instanceof ManifestError) return true;
    throw error; // (the store cannot be read: its own message says why)
  }
}

/**
 * Removes the archive of a save that failed before its manifest was stored, where the store let this
 * process claim the name (no manifest names the archive, and no other save can be writing it).
 */
async function dropOwnArchive(store: CheckpointStore, file: string): Promise<void> {
  if (store.claim) await store.removeObject(file).catch(() => undefined);
}

/** Saves under a name this process holds and the store does not have. */
async function saveClaimed(opts: SaveOptions): Promise<SaveResult & { keyedPlan?: KeyedPlan }> {
  const t0 = Date.now();
  const workspace = path.resolve(opts.workspace);
  const roots = checkpointRoots(opts.paths);
  const exclude = excludedPaths(opts, workspace, roots);
  const parent = keptWithinParent(opts, await usableParent(opts, workspace, roots));
  const keyed = opts.keyed?.length ? await keyedPlanOf(opts, workspace, roots, parent) : undefined;

  // The tree is walked while it is packed: compression starts with the first file, not after the scan.
  const scanStartedMs = Date.now();
  opts.logger?.debug(
    `checkpoint ${opts.id}: parent ${parent?.id ?? 'none'} read at ${scanStartedMs - t0} ms`,
  );
  const compression = opts.compression ?? (await pickCompression());
  const file = `${opts.id}${archiveExtension(compression)}`;
  const packed = await packTree(opts, {
    workspace,
    roots,
    exclude,
    parent,
    file,
    compression,
    scanStartedMs,
    keyed,
  });
  reportWalk(opts, packed.report);
  // Walking and packing overlap: scanMs ends with the walk, archiveMs with the stored archive.
  const archiveMs = Date.now() - scanStartedMs;
  const { files, bytes } = fileTotals(packed.planner.entries);
  const manifest = manifestOf(opts, {
    roots,
    exclude,
    parent,
    file,
    compression,
    keyed,
    packed,
    scanStartedMs,
    timings: { scanMs: packed.scanMs, archiveMs, totalMs: Date.now() - t0 },
  });
  opts.logger?.debug(
    `checkpoint ${opts.id}: walked at ${scanStartedMs - t0 + packed.scanMs} ms, archive stored at ${Date.now() - t0} ms`,
  );
  const unlock = await opts.store.lock?.();
  let manifestSha256: string;
  try {
    await checkChain(opts.store, manifest);
    manifestSha256 = await commitManifest(opts, manifest, workspace, t0);
  } finally {
    await unlock?.();
  }
  opts.logger?.debug(`checkpoint ${opts.id}: manifest stored at ${Date.now() - t0} ms`);
  const { archive, storedBytes } = packed;
  const stored = packed.changed.length;
  opts.logger?.info(
    `Checkpoint ${opts.id}: ${manifest.kind}, ${stored} entries stored (${storedBytes} bytes of ${bytes}), archive ${archive.size} bytes ${compression}, ${manifest.timings.totalMs} ms.`,
  );
  return {
    manifest,
    manifestSha256,
    files,
    bytes,
    stored,
    storedBytes,
    ...(archive.artifactId ? { artifactId: archive.artifactId } : {}),
    ...(keyed ? { keyedPlan: keyed } : {}),
  };
}

/**
 * The keyed paths of this save, looked up in the keyed store. A key without an entry is published first:
 * the path is packed once, into the entry, and this save then takes it from there like any other, so the
 * first save of a key costs about what a save without keys does. Never throws (keyed.ts: a problem packs).
 */
async function keyedPlanOf(
  opts: SaveOptions,
  workspace: string,
  roots: string[],
  parent: Manifest | undefined,
): Promise<KeyedPlan> {
  const store = opts.keyedStore ?? keyedStoreFor(opts.store);
  const lookUp = (keyed: readonly KeyedPath[], published?: ReadonlySet<string>): Promise<KeyedPlan> =>
    planKeyed({
      keyed,
      store,
      workspace,
      roots,
      parent,
      logger: opts.logger,
      ...(published ? { published } : {}),
    });
  const plan = await lookUp(opts.keyed ?? []);
  if (!store || plan.unpublished.length === 0) return plan;
  const published: string[] = [];
  const publishedKeys = new Set<string>();
  for (const { path: p, key } of plan.unpublished)
    if (
      await publishKeyed({
        store,
        workspace,
        path: p,
        key,
        ...(opts.exclude ? { exclude: opts.exclude } : {}),
        ...(opts.includeHidden ? { includeHidden: true } : {}),
        ...(opts.compression ? { compression: opts.compression } : {}),
        ...(opts.level ? { level: opts.level } : {}),
        runId: opts.meta.runId,
        attempt: opts.meta.attempt,
        logger: opts.logger,
        ...(opts.manifestCache ? { jobDir: opts.manifestCache } : {}),
        save: saveCheckpoint,
      })
    ) {
      published.push(p);
      publishedKeys.add(key);
    }
  if (published.length === 0) return plan;
  const fresh = await lookUp(
    (opts.keyed ?? []).filter((k) => published.includes(k.path)),
    publishedKeys,
  );
  return { ...plan, matches: [...plan.matches, ...fresh.matches], published };
}

/** Entries listed in one warning at most; the count says how many more. */
const LISTED = 50;

/**
 * Says what the walk could not take, each entry named with why: a checkpoint that silently lacks a file
 * restores a workspace that silently lacks it. Hard links are told apart too: each comes back a copy.
 */
function reportWalk(opts: SaveOptions, report: WalkReport): void {
  const log = opts.logger;
  for (const root of report.missingRoots)
    log?.warning(`Checkpoint path '${root}' does not exist; it is recorded as absent.`);
  const { skipped, hardLinks = [] } = report;
  if (skipped.length) {
    const listed = skipped.slice(0, LISTED).map((s) => `'${s.path}' (${s.why})`);
    const more = skipped.length > LISTED ? `, and ${skipped.length - LISTED} more` : '';
    log?.warning(
      `Checkpoint ${opts.id} leaves out ${skipped.length} entr${skipped.length === 1 ? 'y' : 'ies'} it cannot hold, and a restore of it will not have them: ${listed.join(', ')}${more}.`,
    );
  }
  for (const finding of report.audit?.findings() ?? []) log?.warning(`Checkpoint ${opts.id}: ${finding}`);
  if (hardLinks.length)
    log?.info(
      `Checkpoint ${opts.id}: ${hardLinks.length} file(s) have other names too (hard links, e.g. '${hardLinks[0]}'); each is saved, and restored, as its own copy.`,
    );
}

/** The globs left out (saveExclusions), plus a local store inside the workspace, which must not checkpoint itself. */
function excludedPaths(opts: SaveOptions, workspace: string, roots: string[]): string[] {
  const exclude = saveExclusions(roots, opts.exclude ?? [], opts.includeHidden === true);
  if (opts.store instanceof DirStore) {
    const rel = path.relative(workspace, opts.store.dir).split(path.sep).join('/');
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel) && !exclude.includes(rel)) exclude.push(rel);
  }
  return exclude;
}

/**
 * The parent this save is incremental on; undefined for a full save: when one is asked for, or when the
 * parent cannot be read (a warning says why), covers a root this save does not, or needs this very checkpoint.
 */
async function usableParent(
  opts: SaveOptions,
  workspace: string,
  roots: string[],
): Promise<Manifest | undefined> {
  if (opts.parent === undefined || opts.full) return undefined;
  let parent: Manifest | undefined;
  if (typeof opts.parent === 'string') {
    try {
      parent = await loadManifest(opts.store, opts.parent, opts.manifestCache, workspace);
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
function keptWithinParent(opts: SaveOptions, parent: Manifest | undefined): Manifest | undefined {
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

/** What packTree walks and where the archive goes. */
interface TreeToPack {
  workspace: string;
  roots: string[];
  exclude: string[];
  parent: Manifest | undefined;
  /** The archive's name in the store. */
  file: string;
  compression: Compression;
  scanStartedMs: number;
  /** Keyed paths whose entries the walk compares with the workspace (keyed.ts). */
  keyed?: KeyedPlan | undefined;
}

/** The stored archive, and what the walk found and put into it. */
interface PackedTree {
  archive: StoredArchive;
  /** Every entry of the tree, planned against the parent. */
  planner: IncrementalPlanner;
  /** Paths of the entries written into this archive, and the file bytes among them. */
  changed: string[];
  storedBytes: number;
  /** From the start of the walk to its end. */
  scanMs: number;
  report: WalkReport;
}

/**
 * Walks the tree and streams what must be stored (everything, or what changed since the parent) through
 * tar -> compressor -> store in one pass. On failure the compressor is stopped and this save's archive
 * removed from the store.
 */
async function packTree(opts: SaveOptions, tree: TreeToPack): Promise<PackedTree> {
  const { workspace } = tree;
  const codec = await compressor(tree.compression, opts.level ?? 3);
  const storing = opts.store.putArchive(tree.file, codec.output);
  // Awaited below; handlers now so an early failure is never an unhandled rejection.
  codec.done.catch(() => undefined);
  const packer = new TarPacker(codec.input);
  const planner = new IncrementalPlanner(tree.parent);
  const report: WalkReport = { missingRoots: [], skipped: [], audit: new ExcludeAudit(opts.exclude ?? []) };
  const changed: string[] = [];
  let storedBytes = 0;
  let scanMs = 0;
  const hasher = new FileHasher();
  // Entry paths are normalized and relative (the walk's own): joined by concatenation, since path.join
  // re-normalizes each one character by character.
  const base = workspace.endsWith(path.sep) ? workspace : `${workspace}${path.sep}`;
  // A store that fails mid-way (an upload error) stops reading: without this the packer would wait for
  // its buffers forever.
  const storeFailed = new Promise<never>((_, reject) => void storing.catch(reject));
  const storePlanned = async (planned: PlannedEntry): Promise<void> => {
    const e = planned.entry;
    if (worthRehashing(planned)) reuseIfSameContent(planned, hasher.sha256(path.join(workspace, e.path)));
    if (!planned.store) return;
    crashPoint();
    changed.push(e.path);
    const fileBytes = packEntry(packer, e, base, opts.id);
    storedBytes += typeof fileBytes === 'number' ? fileBytes : await fileBytes;
  };
  const matches = tree.keyed?.matches ?? [];
  // Entries of a keyed path wait for the verdict on the whole path: taken from its entry, or packed.
  const keyed = new KeyedComparison();
  const writeAll = async (): Promise<void> => {
    for (const scanned of walkTree(workspace, tree.roots, tree.exclude, report)) {
      const planned = planner.plan(scanned);
      const match = matches.find((m) => m.covers(planned.entry.path));
      if (match) keyed.add(planned, match, base);
      else await storePlanned(planned);
    }
    const waiting = await keyed.compared();
    for (const planned of settleKeyed(tree.keyed, waiting, opts.logger)) await storePlanned(planned);
    scanMs = Date.now() - tree.scanStartedMs;
    await packer.finish();
  };
  try {
    await Promise.race([writeAll(), storeFailed]);
    opts.onPacked?.();
    const [archive] = await Promise.all([storing, codec.done]);
    return { archive, planner, changed, storedBytes, scanMs, report };
  } catch (error) {
    codec.kill();
    await Promise.allSettled([codec.done, storing]);
    await dropOwnArchive(opts.store, tree.file);
    throw error;
  } finally {
    await keyed.close();
  }
}

/**
 * Once the walk is over: the entries of each keyed path that matches its entry are taken from it (their
 * digests and archive; directories and links are restored from the manifest alone), so nothing of them is
 * packed; the entries of a path that differs are returned, to be packed as usual.
 */
function settleKeyed(
  plan: KeyedPlan | undefined,
  waiting: PlannedEntry[],
  logger: Logger | undefined,
): PlannedEntry[] {
  if (!plan || waiting.length === 0) return waiting;
  const toPack: PlannedEntry[] = [];
  for (const m of plan.matches) {
    const mine = waiting.filter((p) => isUnder(p.entry.path, m.ref.path));
    const difference = m.verdict();
    if (difference) {
      logger?.info(
        `ci-recovery: '${m.ref.path}' differs from its keyed entry ${m.ref.key} (${difference}): packed in full.`,
      );
      toPack.push(...mine);
      continue;
    }
    for (const p of mine) if (p.store && (m.take(p.entry) || p.entry.type !== 'file')) p.store = false;
  }
  return toPack;
}

/**
 * Writes one entry into the archive. A file's size and sha256 become those of the bytes packed, and this
 * checkpoint the one that holds it. Returns the file bytes written (0 for a directory or a link), or a
 * promise of them when the packer had to wait (most files go in without one: see TarPacker.addFile).
 */
function packEntry(packer: TarPacker, e: ManifestEntry, base: string, id: string): number | Promise<number> {
  const mtime = Math.floor((e.mtimeMs ?? Date.now()) / 1000);
  if (e.type === 'dir' || e.type === 'symlink') {
    const waiting = packer.addEntry(
      e.type === 'dir'
        ? { name: e.path, type: 'directory', mode: e.mode, size: 0, mtime }
        : { name: e.path, type: 'symlink', linkname: e.target, mode: e.mode, size: 0, mtime },
    );
    return waiting ? waiting.then(() => 0) : 0;
  }
  e.from = id;
  const waiting = packer.addFile(e.path, e.mode, mtime, base + e.path, e.size ?? 0, e);
  return waiting ? waiting.then(() => e.size!) : e.size!;
}

/** The manifest of this save: the job it was taken in, every entry of the tree, and its archive. */
function manifestOf(
  opts: SaveOptions,
  s: Pick<TreeToPack, 'roots' | 'exclude' | 'parent' | 'file' | 'compression' | 'scanStartedMs' | 'keyed'> & {
    packed: PackedTree;
    timings: Manifest['timings'];
  },
): Manifest {
  const { parent, packed } = s;
  const expiresAt = opts.store.expiry?.()?.toISOString();
  return {
    format: MANIFEST_FORMAT,
    id: opts.id,
    kind: parent ? 'incremental' : 'full',
    ...(parent ? { parent: parent.id } : {}),
    paths: s.roots,
    exclude: s.exclude,
    stage: opts.meta.stage,
    job: opts.meta.job,
    runId: opts.meta.runId,
    attempt: opts.meta.attempt,
    ...(opts.meta.lane ? { lane: opts.meta.lane } : {}),
    ...(opts.meta.commit ? { commit: opts.meta.commit } : {}),
    ...(opts.meta.branch ? { branch: opts.meta.branch } : {}),
    completedStages: opts.meta.completedStages ?? [],
    ...(opts.meta.stageDurations ? { stageDurations: opts.meta.stageDurations } : {}),
    ...(opts.meta.roots?.length ? { roots: opts.meta.roots } : {}),
    ...keyedOf(packed.planner.entries, s.keyed, parent),
    createdAt: new Date().toISOString(),
    scanStartedMs: s.scanStartedMs,
    timings: s.timings,
    entries: packed.planner.entries,
    changed: packed.changed,
    deleted: packed.planner.deleted(),
    ...(packed.report.skipped.length ? { leftOut: packed.report.skipped.length } : {}),
    ...(expiresAt ? { expiresAt } : {}),
    archive: {
      file: s.file,
      compression: s.compression,
      sha256: packed.archive.sha256,
      size: packed.archive.size,
      entries: packed.changed.length,
    },
  };
}

/** The keyed entries the entries take files from: this save's, then those its parent recorded. */
function keyedOf(
  entries: ManifestEntry[],
  plan: KeyedPlan | undefined,
  parent: Manifest | undefined,
): Pick<Manifest, 'keyed'> {
  const refs = keyedRefsUsed(
    entries,
    plan?.matches.map((m) => m.ref),
    plan?.carried,
    parent?.keyed,
  );
  return refs.length ? { keyed: refs } : {};
}

/**
 * Stores the manifest, which commits the checkpoint, and keeps the local copy once the store has it. A
 * manifest the store refuses leaves neither this save's archive nor a local copy behind. Returns the
 * stored manifest's sha256.
 */
async function commitManifest(
  opts: SaveOptions,
  manifest: Manifest,
  workspace: string,
  t0: number,
): Promise<string> {
  const encoded = encodeManifest(manifest);
  const storingManifest = opts.store.putManifest(manifest.id, encoded.stored);
  storingManifest.catch(() => undefined);
  // The local copy is written while the store uploads, and put in place once the store has the manifest.
  const localCopy = opts.manifestCache
    ? await stageLocalManifest(opts.manifestCache, manifest.id, workspace, encoded.local()).catch(
        () => undefined,
      )
    : undefined;
  opts.logger?.debug(`checkpoint ${opts.id}: local copy written at ${Date.now() - t0} ms`);
  crashPoint();
  try {
    await storingManifest;
  } catch (error) {
    await dropOwnArchive(opts.store, manifest.archive.file);
    await localCopy?.drop();
    throw error;
  }
  await localCopy?.keep().catch(() => undefined);
  return storedDigest(encoded.stored);
}
