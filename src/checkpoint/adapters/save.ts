/**
 * Saving a checkpoint: scan, decide what to store (everything, or what changed since the parent), then
 * stream tar -> zstd -> store in one pass. Each stored file is read once, straight into the tar buffer,
 * and its sha256 is computed from those same bytes. Compression runs in its own process on all cores
 * while node reads, hashes and packs; the store takes the compressed bytes as they come.
 * The roots, exclusions and parent are decided in save-plan.ts, the walk and packing done in save-pack.ts,
 * the manifest committed in save-commit.ts, and the local manifest copies kept by local-manifest.ts.
 */
import path from 'node:path';
import {
  archiveExtension,
  encodeEntries,
  fileTotals,
  type EncodedEntries,
  type KeyedPath,
  type Manifest,
} from '../core/index.js';
import { sameCheckpoint } from '../core/step.js';
import { keepYoungGenerationSmall } from './heap.js';
import { pickCompression } from './compress.js';
import { canZstdInProcess, incrementalCompressor } from './compress-first.js';
import type { WalkReport } from './scan.js';
import { CheckpointExistsError, nameTaken } from './store.js';
import { planKeyed, publishKeyed, type KeyedOutcome, type KeyedPlan } from './keyed.js';
import { keyedStoreFor } from './keyed-store.js';
import { restoredCheckpoint } from './restored-state.js';
import { restoredCheckpointOf, type RestoredCheckpoint } from '../core/restored-state.js';
import { readCachedManifest } from './local-manifest.js';
import { checkpointRoots, excludedPaths, keptWithinParent, readParent, usableParent } from './save-plan.js';
import { packTree } from './save-pack.js';
import { builtFromHead } from './built-from.js';
import { ChainGoneError, commitChecked, hasCheckpoint, manifestOf } from './save-commit.js';
import type { SaveOptions, SaveResult, ReusedResult } from '../ports/workspace.js';
export type { CheckpointMeta, SaveOptions, SaveResult, ReusedResult } from '../ports/workspace.js';

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
    // The parent is read while the store answers whether the name is taken (for a remote store a round
    // trip, which the parent's parse, tens of ms for 20,000 entries, now overlaps).
    const parentRead = readParent(opts, path.resolve(opts.workspace));
    if (await hasCheckpoint(opts.store, opts.id))
      throw new CheckpointExistsError(nameTaken(opts.id, opts.store.spec));
    let saved: SaveResult & { keyedPlan?: KeyedPlan };
    let packed = false;
    try {
      // Only a caller's own onPacked: without one the save need not hand the workspace back early.
      const { onPacked } = opts;
      saved = await saveClaimed(
        { ...opts, ...(onPacked ? { onPacked: () => ((packed = true), onPacked()) } : {}) },
        parentRead,
      );
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
    // no record of a restore: try the local copy of the manifest
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
  // no local copy (or torn): nothing held to reuse
  const m = await readCachedManifest(cacheDir, id, workspace).catch(() => undefined);
  return m && { ...restoredCheckpointOf(m), ...(m.roots ? { roots: m.roots } : {}) };
}

/** Saves under a name this process holds and the store does not have (its parent read by `parentRead`). */
async function saveClaimed(
  opts: SaveOptions,
  parentRead?: Promise<Manifest>,
): Promise<SaveResult & { keyedPlan?: KeyedPlan }> {
  const t0 = Date.now();
  const workspace = path.resolve(opts.workspace);
  // Read beside the walk: what a resume compares with the commit its job started from.
  const head = builtFromHead(opts.meta.checkoutHead, workspace);
  const roots = checkpointRoots(opts.paths);
  const exclude = excludedPaths(opts, workspace, roots);
  const parent = keptWithinParent(opts, await usableParent(opts, workspace, roots, parentRead));
  const keyed = opts.keyed?.length ? await keyedPlanOf(opts, workspace, roots, parent) : undefined;

  // The tree is walked while it is packed: compression starts with the first file, not after the scan.
  const scanStartedMs = Date.now();
  opts.logger?.debug(
    `checkpoint ${opts.id}: parent ${parent?.id ?? 'none'} read at ${scanStartedMs - t0} ms`,
  );
  // An incremental compresses in node first, where it can: no process to start for a few MB.
  const inProcess = parent !== undefined && !opts.compression && canZstdInProcess();
  const compression = opts.compression ?? (inProcess ? 'zstd' : await pickCompression());
  const file = `${opts.id}${archiveExtension(compression)}`;
  // The manifest's entries are encoded as soon as the walk is over, while the archive's upload ends
  // (tens of ms for 20,000 entries, which the wait for the store otherwise left idle).
  let pre: EncodedEntries | undefined;
  const packed = await packTree(opts, {
    workspace,
    roots,
    exclude,
    parent,
    file,
    compression,
    scanStartedMs,
    keyed,
    ...(inProcess ? { codec: () => incrementalCompressor(opts.level ?? 3) } : {}),
    onWalked: (planner, changed) => {
      pre = encodeEntries(planner.entries, changed);
      opts.logger?.debug(`checkpoint ${opts.id}: manifest entries encoded at ${Date.now() - t0} ms`);
    },
  });
  reportWalk(opts, packed.report);
  // Walking and packing overlap: scanMs ends with the walk, archiveMs with the stored archive.
  const archiveMs = Date.now() - scanStartedMs;
  const { files, bytes } = fileTotals(packed.planner.entries);
  const manifest = manifestOf(opts, {
    head: await head,
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
  const manifestSha256 = await commitChecked(opts, manifest, workspace, t0, pre);
  opts.logger?.debug(`checkpoint ${opts.id}: manifest stored at ${Date.now() - t0} ms`);
  const { archive, storedBytes, changed } = packed;
  opts.logger?.info(
    `Checkpoint ${opts.id}: ${manifest.kind}, ${changed.length} entries stored (${storedBytes} bytes of ${bytes}), archive ${archive.size} bytes ${compression}, ${manifest.timings.totalMs} ms.`,
  );
  return {
    manifest,
    manifestSha256,
    files,
    bytes,
    stored: changed.length,
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
 * restores a workspace that silently lacks it. Hard links are told too: kept as links, or copies where not.
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
      `Checkpoint ${opts.id} leaves out ${skipped.length} entr${skipped.length === 1 ? 'y' : 'ies'} (each with why), and a restore of it will not have them: ${listed.join(', ')}${more}.`,
    );
  }
  for (const finding of report.audit?.findings() ?? []) log?.warning(`Checkpoint ${opts.id}: ${finding}`);
  const linked = report.linked?.length ?? 0;
  if (linked)
    log?.info(
      `Checkpoint ${opts.id}: ${linked} hard link(s) (e.g. '${report.linked![0]![0].path}' to '${report.linked![0]![1].path}') saved as links, and restored as links.`,
    );
  else if (hardLinks.length)
    log?.info(
      `Checkpoint ${opts.id}: ${hardLinks.length} file(s) have other names too (hard links, e.g. '${hardLinks[0]!.path}'), outside what this checkpoint holds or in a keyed path; each is saved, and restored, as its own copy.`,
    );
}
