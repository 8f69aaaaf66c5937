/**
 * Keyed paths in a save and a restore (checkpoint/core/keyed.ts): the key from the named files' content,
 * the lookup of the entry, its publication after a save that packed the path, and the store a restore
 * takes the entry's archive from. Best-effort on the save side: any problem with the cache service or an
 * entry is a warning, and the path is packed as it always was.
 */
import { createHash } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  checkKeyedManifest,
  keyedCacheKey,
  keyedId,
  keyedManifestDigest,
  keyedPathsIn,
  KeyedMatch,
  parseManifest,
  type Compression,
  type KeyedPath,
  type KeyedRef,
  type KeyFile,
  type Manifest,
} from '../core/index.js';
import { tarBytesBound } from '../core/tar.js';
import { errorMessage } from '../../core/errors.js';
import type { KeyedEntryStore } from '../ports/keyed-store.js';
import type { Logger } from '../../runner/adapters/logger.js';
import { FileHasher } from './digest.js';
import { resolveCheckpointPaths } from './path-globs.js';
import { DEFAULT_EXCLUDE, walkTree } from './scan.js';
import { PRIVATE_DIR } from './local-manifest.js';
import { ownerGone, ownerTag } from './owner.js';
import { CheckpointExistsError, type CheckpointStore } from './store.js';
export type { KeyedOutcome } from '../ports/workspace.js';

/** What a save does about its keyed paths. */
export interface KeyedPlan {
  /** Entries found under their keys: the walk compares each path with its entry. */
  matches: KeyedMatch[];
  /** Entries the parent already takes files from under the same key: its files come through the parent. */
  carried: KeyedRef[];
  /** Paths whose key had no entry: published before the save packs, then taken from the new entry. */
  unpublished: { path: string; key: string }[];
  /** Those of `unpublished` this save published. */
  published?: string[];
}

export interface KeyedSaveOptions {
  keyed: readonly KeyedPath[];
  store: KeyedEntryStore | undefined;
  workspace: string;
  roots: string[];
  parent: Manifest | undefined;
  logger: Logger | undefined;
  /** Keys this save has just published from the workspace itself: their entries are matched by stat. */
  published?: ReadonlySet<string>;
}

/** A looked-up entry's archive until its manifest is read: no checkpoint records it (nothing is taken). */
const NOT_READ: KeyedRef['archive'] = { file: '', compression: 'gzip', sha256: '', size: 0, entries: 0 };

const NO_PLAN: KeyedPlan = { matches: [], carried: [], unpublished: [] };

/** The keyed paths of this save and what to do with each: never throws (a problem packs the path). */
export async function planKeyed(opts: KeyedSaveOptions): Promise<KeyedPlan> {
  const paths = keyedPathsIn(opts.keyed, opts.roots);
  if (paths.length === 0) return NO_PLAN;
  const plan: KeyedPlan = { matches: [], carried: [], unpublished: [] };
  for (const k of paths) {
    // Not made yet (the checkpoint before the install): nothing to key.
    if (!lstatSync(path.join(opts.workspace, k.path), { throwIfNoEntry: false })?.isDirectory()) continue;
    try {
      await planOne(k, opts, plan);
    } catch (error) {
      opts.logger?.warning(
        `ci-recovery: keyed path '${k.path}' is packed in full: its keyed entry could not be looked up (${errorMessage(error)}).`,
      );
    }
  }
  return plan;
}

async function planOne(k: KeyedPath, opts: KeyedSaveOptions, plan: KeyedPlan): Promise<void> {
  const files = keyFiles(opts.workspace, k.hashFiles);
  if (files.length === 0) {
    opts.logger?.warning(
      `ci-recovery: checkpoint.keyed '${k.path}': hash-files ${k.hashFiles.map((f) => `'${f}'`).join(', ')} match no file in the workspace, so '${k.path}' is packed into every checkpoint. Name the files that determine it as they are in the repository (e.g. 'package-lock.json' or '**/package-lock.json').`,
    );
    return;
  }
  const key = keyedCacheKey({ path: k.path, files, platform: process.platform, arch: process.arch });
  const inParent = opts.parent?.keyed?.find((r) => r.key === key && r.path === k.path);
  if (inParent) return void plan.carried.push(inParent);
  if (!opts.store) {
    opts.logger?.info(
      `ci-recovery: keyed path '${k.path}' is packed in full: no cache service in this job to keep it under its key.`,
    );
    return;
  }
  const id = keyedId(key);
  const text = await opts.store.findManifest(key, id);
  if (!text) return void plan.unpublished.push({ path: k.path, key });
  // Its digest and archive are the entry's once read (KeyedMatch.read), where the walk of the path needs
  // it: beside the stage's command where that walk is (save-pack.ts), before the walk otherwise.
  const ref: KeyedRef = { path: k.path, key, id, manifestSha256: '', archive: NOT_READ };
  const read = (): Manifest => {
    const entry = parseManifest(text.toString('utf8'), `keyed entry ${key}`);
    checkKeyedManifest(entry, key, k.path);
    ref.manifestSha256 = keyedManifestDigest(text);
    ref.tarBytes = tarBytesBound(entry);
    return entry;
  };
  // An entry neither this checkpoint's chain recorded (carried above) nor this save published is anyone's
  // who can write the cache or the store: files of the same sizes would pass a stat comparison, and the
  // checkpoint would record the planted files as the workspace's. It is taken only when every file's
  // content matches too.
  const ours = opts.published?.has(key) === true && k.verify !== 'content';
  plan.matches.push(new KeyedMatch(ref, read, !ours));
}

/** The files `hash-files` names, each with the sha256 of its content (a link: of its target), in path order. */
export function keyFiles(workspace: string, patterns: string[]): KeyFile[] {
  const { roots } = resolveCheckpointPaths(workspace, patterns, { includeHidden: true });
  const hasher = new FileHasher();
  const files: KeyFile[] = [];
  const report = { missingRoots: [], skipped: [] };
  for (const e of walkTree(workspace, roots, DEFAULT_EXCLUDE, report)) {
    const digest =
      e.type === 'file'
        ? hasher.sha256(path.join(workspace, e.path))
        : e.type === 'symlink'
          ? createHash('sha256')
              .update(`link:${e.target ?? ''}`)
              .digest('hex')
          : undefined;
    if (digest) files.push({ path: e.path, sha256: digest });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

export interface PublishOptions {
  store: KeyedEntryStore;
  workspace: string;
  path: string;
  key: string;
  /** The save's own settings, so that the entry holds what its checkpoints would. */
  exclude?: string[];
  includeHidden?: boolean;
  compression?: Compression;
  level?: number;
  runId: string;
  attempt: number;
  logger: Logger | undefined;
  /**
   * The job's own directory (its manifest cache), where a publication once tried is noted: a cache service
   * that refuses it (quota, a read-only token) must not cost every later checkpoint a second packing.
   */
  jobDir?: string;
  /** Saves a checkpoint (save.ts saveCheckpoint: passed in, since it calls this module). */
  save: (o: {
    store: CheckpointStore;
    workspace: string;
    paths: string[];
    id: string;
    meta: Pick<Manifest, 'stage' | 'job' | 'runId' | 'attempt'>;
    full: boolean;
    copyHardLinks: boolean;
    exclude?: string[];
    includeHidden?: boolean;
    compression?: Compression;
    level?: number;
  }) => Promise<unknown>;
}

/**
 * Packs the path as a full checkpoint of its own straight into the keyed store, under its key. Never
 * throws: on any error the checkpoint already saved stands, and the next save with this key tries again.
 */
export async function publishKeyed(o: PublishOptions): Promise<boolean> {
  const id = keyedId(o.key);
  if (o.store.readOnlyBecause) {
    o.logger?.info(
      `ci-recovery: '${o.path}' is packed in the checkpoint, not published under key ${o.key}: ${o.store.readOnlyBecause}. Entries published by other runs are still taken.`,
    );
    return false;
  }
  // a note that cannot be written does not stop the publication: tried as on the first time
  if (o.jobDir && !(await noteAttempt(o.jobDir, id).catch(() => true))) {
    o.logger?.info(
      `ci-recovery: '${o.path}' is packed: its publication under key ${o.key} was tried earlier in this job.`,
    );
    return false;
  }
  try {
    return await publishOnce(o, id);
  } finally {
    if (o.jobDir) await noteEnded(o.jobDir, id);
  }
}

async function publishOnce(o: PublishOptions, id: string): Promise<boolean> {
  try {
    await o.save({
      store: o.store.publisher(o.key, id),
      workspace: o.workspace,
      paths: [o.path],
      id,
      meta: { stage: o.path, job: 'keyed', runId: o.runId, attempt: o.attempt },
      full: true,
      copyHardLinks: true,
      ...(o.exclude ? { exclude: o.exclude } : {}),
      ...(o.includeHidden ? { includeHidden: true } : {}),
      ...(o.compression ? { compression: o.compression } : {}),
      ...(o.level ? { level: o.level } : {}),
    });
    o.logger?.info(
      `ci-recovery: '${o.path}' published under key ${o.key}: later checkpoints with the same hash-files take it from there instead of packing it.`,
    );
    return true;
  } catch (error) {
    if (error instanceof CheckpointExistsError) {
      // Without ACTIONS_CACHE_MODE a read-only token's refusal looks the same as a key already taken.
      const why = o.store.unsureOfWritesBecause;
      o.logger?.info(
        why
          ? `ci-recovery: '${o.path}' is packed in the checkpoint: the cache refused key ${o.key} (published by another job, or ${why}).`
          : `ci-recovery: '${o.path}' is already published under key ${o.key} (by another job).`,
      );
      return false;
    }
    o.logger?.warning(
      `ci-recovery: could not publish '${o.path}' under key ${o.key} (${errorMessage(error)}); the checkpoint is saved all the same, with '${o.path}' packed in it.`,
    );
    return false;
  }
}

const NOTE = '.publish-tried';
/** What a note holds once its try ended (published or refused): the job does not try that key again. */
const ENDED = 'ended';

/**
 * Notes in `dir` that this process tries to publish `id` (the note holds its owner tag until the try
 * ends); false when a save of this job tried already and its try ended, or a live process tries now. A
 * note whose writer was killed mid-publish is taken over: that try was cut short, not refused, and was
 * otherwise never made again (every later save packed the path in full).
 */
async function noteAttempt(dir: string, id: string): Promise<boolean> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR });
  const file = path.join(dir, `${id}${NOTE}`);
  try {
    await writeFile(file, ownerTag(), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // a note gone or unreadable reads as a try that ended
  const holder = await readFile(file, 'utf8').catch(() => ENDED);
  if (holder === ENDED || !ownerGone(holder)) return false;
  await writeFile(file, ownerTag());
  return true;
}

/** The try of `id` ended: no later save of this job tries it again. */
async function noteEnded(dir: string, id: string): Promise<void> {
  // best effort: without the note a later save tries the key again, no worse
  await writeFile(path.join(dir, `${id}${NOTE}`), ENDED).catch(() => undefined);
}

/**
 * Forgets the publication notes in `dir` whose try ended or was killed (cleanup of a `dir:` store's local
 * manifests, which last longer than a job): the next save with such a key tries to publish it again.
 */
export async function forgetPublishNotes(dir: string, dryRun = false): Promise<string[]> {
  // no job directory: no notes to forget
  const names = await readdir(dir).catch(() => [] as string[]);
  const forgotten: string[] = [];
  for (const name of names.filter((n) => n.endsWith(NOTE)).sort()) {
    // a note gone or unreadable reads as a try that ended
    const holder = await readFile(path.join(dir, name), 'utf8').catch(() => ENDED);
    if (holder !== ENDED && holder !== '' && !ownerGone(holder)) continue;
    forgotten.push(name);
    if (!dryRun) await rm(path.join(dir, name), { force: true });
  }
  return forgotten;
}

/** A store holding the archive of `manifest`'s keyed entry `id`; throws when it cannot be reached. */
export async function keyedArchiveStore(
  manifest: Manifest,
  id: string,
  keyedStore: KeyedEntryStore | undefined,
): Promise<CheckpointStore> {
  const ref = manifest.keyed?.find((r) => r.id === id);
  if (!ref)
    throw new Error(
      `checkpoint '${manifest.id}' takes files from keyed entry '${id}' but does not record it`,
    );
  if (!keyedStore)
    throw new Error(
      `checkpoint '${manifest.id}' takes '${ref.path}' from the keyed entry ${ref.key}, kept in the cache service, which this job cannot reach`,
    );
  return keyedStore.fetchArchive(ref.key, ref.id, ref.archive.file);
}

/**
 * The most tar bytes keyed entry `id`'s archive may hold: what the entry's own manifest accounts for
 * (core/tar.ts tarBytesBound), once its sha256 is the one `manifest` recorded. The checkpoint's entries
 * cannot bound it: an incremental takes only some of the entry's files, and a planted entry's archive can
 * hold more than its manifest lists (a small archive decompressing to gigabytes, read to the end).
 */
export async function keyedArchiveBound(
  manifest: Manifest,
  id: string,
  keyedStore: KeyedEntryStore | undefined,
): Promise<number> {
  const ref = manifest.keyed?.find((r) => r.id === id);
  // (a missing ref or store is refused by keyedArchiveStore, with its reason)
  if (!ref || !keyedStore) return 0;
  // Recorded as the save read the entry's manifest: the checkpoint's manifest is checked as the rest of it is.
  if (ref.tarBytes !== undefined) return ref.tarBytes;
  const text = await keyedStore.findManifest(ref.key, ref.id);
  if (!text || keyedManifestDigest(text) !== ref.manifestSha256)
    throw new Error(
      `keyed entry ${ref.key} in ${keyedStore.spec} ${text ? 'holds another manifest than the one' : 'lost the manifest'} checkpoint '${manifest.id}' recorded (sha256 ${ref.manifestSha256}): its archive cannot be checked against it; the entry was changed or partly evicted, save the checkpoint again`,
    );
  const entry = parseManifest(text.toString('utf8'), `keyed entry ${ref.key}`);
  checkKeyedManifest(entry, ref.key, ref.path);
  return tarBytesBound(entry);
}
