/**
 * A save's side of the store: whether the name is taken, the manifest of what was packed, the check that
 * the checkpoints it takes files from are still there, and the manifest's commit (with the local copy),
 * or the removal of this save's own archive when it fails before that.
 */
import { legDigest } from './built-from.js';
import {
  keyedRefsUsed,
  storedArchivesNeeded,
  MANIFEST_FORMAT,
  encodeManifest,
  type EncodedEntries,
  ManifestError,
  type Manifest,
  type ManifestEntry,
} from '../core/index.js';
import { UserError } from '../../core/errors.js';
import { storedDigest } from './digest.js';
import { crashPoint } from './crash-points.js';
import type { KeyedPlan } from './keyed.js';
import { stageLocalManifest } from './local-manifest.js';
import { MANIFEST_SUFFIX, NotFoundError, type CheckpointStore } from './store.js';
import type { SaveOptions } from './save.js';
import type { PackedTree, TreeToPack } from './save-pack.js';

/** A checkpoint this save takes files from went away while it ran (a cleanup removed it). */
export class ChainGoneError extends UserError {
  override name = 'ChainGoneError';
}

/**
 * Checks, under the store's lock, that every checkpoint whose archive the new manifest needs is still
 * in the store: a cleanup may have removed the parent while this save was packing, and a manifest
 * committed on it would be listed as a checkpoint that can never be restored.
 */
export async function checkChain(store: CheckpointStore, manifest: Manifest): Promise<void> {
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
export async function hasCheckpoint(store: CheckpointStore, id: string): Promise<boolean> {
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
export async function dropOwnArchive(store: CheckpointStore, file: string): Promise<void> {
  // best effort: an archive left behind is debris a clean-up removes
  if (store.claim) await store.removeObject(file).catch(() => undefined);
}

/** The manifest of this save: the job it was taken in, every entry of the tree, and its archive. */
export function manifestOf(
  opts: SaveOptions,
  s: Pick<TreeToPack, 'roots' | 'exclude' | 'parent' | 'file' | 'compression' | 'scanStartedMs' | 'keyed'> & {
    packed: PackedTree;
    timings: Manifest['timings'];
    head?: string | undefined;
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
    ...(opts.meta.legValues ? { leg: legDigest(opts.meta.legValues) } : {}),
    ...(s.head ? { head: s.head } : {}),
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
  const sources = [plan?.matches.map((m) => m.ref), plan?.carried, parent?.keyed];
  // No keyed entry to take files from: no pass over every entry to find which are used (~5 ms of 20,000).
  if (!sources.some((s) => s?.length)) return {};
  const refs = keyedRefsUsed(entries, ...sources);
  return refs.length ? { keyed: refs } : {};
}

/**
 * The commit under the store's lock, where it has one: the chain checked, then the manifest stored
 * (commitManifest; `pre`, its entries encoded already). The chain is listed only once the archive is
 * stored: a listing taken earlier would miss a parent a cleanup removes while the archive's tail uploads.
 */
export async function commitChecked(
  opts: SaveOptions,
  manifest: Manifest,
  workspace: string,
  t0: number,
  pre: EncodedEntries | undefined,
): Promise<string> {
  const unlock = await opts.store.lock?.();
  try {
    await checkChain(opts.store, manifest);
    return await commitManifest(opts, manifest, workspace, t0, pre);
  } finally {
    await unlock?.();
  }
}

/**
 * Stores the manifest, which commits the checkpoint, and keeps the local copy once the store has it. A
 * manifest the store refuses leaves neither this save's archive nor a local copy behind. Returns the
 * stored manifest's sha256 (the store's own, where it hashed the bytes as it stored them). `pre`: its entries, encoded already (encodeEntries), if they were.
 */
export async function commitManifest(
  opts: SaveOptions,
  manifest: Manifest,
  workspace: string,
  t0: number,
  pre?: EncodedEntries,
): Promise<string> {
  const encoded = encodeManifest(manifest, pre);
  const storingManifest = opts.store.putManifest(manifest.id, encoded.stored);
  // awaited below; never an unhandled rejection meanwhile
  storingManifest.catch(() => undefined);
  // The local copy is written while the store uploads, and put in place once the store has the manifest.
  const localCopy = opts.manifestCache
    ? await stageLocalManifest(opts.manifestCache, manifest.id, workspace, encoded.local()).catch(
        // the local copy only spares a rescan: without it the save goes on
        () => undefined,
      )
    : undefined;
  opts.logger?.debug(`checkpoint ${opts.id}: local copy written at ${Date.now() - t0} ms`);
  crashPoint();
  let digest: string | void;
  try {
    digest = await storingManifest;
  } catch (error) {
    await dropOwnArchive(opts.store, manifest.archive.file);
    await localCopy?.drop();
    throw error;
  }
  // best effort: the local copy only spares a rescan
  await localCopy?.keep().catch(() => undefined);
  // An upload hashed these very bytes already (for a 6 MB manifest a second pass is a few ms).
  return digest ?? storedDigest(encoded.stored);
}
