/**
 * The stores of keyed entries (checkpoint/ports/keyed-store.ts): the cache service, spoken to directly
 * (cache-transfer.ts) so that an entry is our own archive and manifest, never unpacked by anything but the
 * restore's own checks; and a directory beside a `dir:` store, for the CLI and tests. Nothing read from
 * either is trusted: the caller parses the manifest, and a restore checks the archive's digest and every
 * file against the manifest of the checkpoint that recorded the entry.
 */
import { lstat, readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { isKeyedId, parseManifest, type Manifest } from '../core/index.js';
import { cacheAccess, type JobEnv } from '../../core/job-env.js';
import type { KeyedEntryStore } from '../ports/keyed-store.js';
import { readJobEnv } from '../../runner/adapters/job-env.js';
import type * as CacheTransfer from './cache-transfer.js';
import { StoreGuard, stallMsOf } from './store-guard.js';
import {
  CheckpointExistsError,
  DirStore,
  MANIFEST_SUFFIX,
  NotFoundError,
  type CheckpointStore,
  type StoredArchive,
  type StoredObject,
} from './store.js';

// The cache service's transport (artifact-protocol.ts, @actions/http-client and the undici it imports
// at its top) is loaded at the first call: a save to a `dir:` store keys its entries on disk and never
// calls these.
const transfer = (): Promise<typeof CacheTransfer> => import('./cache-transfer.js');
const cacheEntryUrl: typeof CacheTransfer.cacheEntryUrl = async (...a) =>
  (await transfer()).cacheEntryUrl(...a);
const readCacheEntry: typeof CacheTransfer.readCacheEntry = async (...a) =>
  (await transfer()).readCacheEntry(...a);
const downloadCacheEntry: typeof CacheTransfer.downloadCacheEntry = async (...a) =>
  (await transfer()).downloadCacheEntry(...a);
const uploadCacheEntry: typeof CacheTransfer.uploadCacheEntry = async (...a) =>
  (await transfer()).uploadCacheEntry(...a);

/** A keyed manifest larger than this is refused unread (46,734 entries take 6 MB). */
const MAX_MANIFEST_BYTES = 256 << 20;

/**
 * Why the cache service may not have an entry a checkpoint recorded: the scopes a run reads (docs,
 * "Restrictions for accessing a cache") and the two evictions ("Usage limits and eviction policy").
 */
export const KEYED_ENTRY_GONE =
  "never published where this run may read: its own ref, its PR's base, the default branch; or evicted: unused for 7 days, or least recently used once the repository passed its cache limit, 10 GB by default";

/** The key of an entry's manifest: the archive's key and a suffix. */
const manifestKey = (key: string): string => `${key}-manifest`;

/** Entries in the cache service: archive under the key, manifest under the key plus `-manifest`. */
export class CacheKeyedStore implements KeyedEntryStore {
  readonly spec = 'cache';
  constructor(
    readonly guard: StoreGuard,
    readonly readOnlyBecause?: string,
    /** Why entries are not read: ACTIONS_CACHE_MODE `none` or `write-only` (@actions/cache 6.3.0 reads none). */
    readonly unreadableBecause?: string,
    /** Why a refused key may not be another job's: the runner did not say the cache mode. */
    readonly unsureOfWritesBecause?: string,
  ) {}

  async findManifest(key: string): Promise<Buffer | undefined> {
    if (this.unreadableBecause) return undefined;
    const g = this.guard;
    const url = await g.during(() => cacheEntryUrl(manifestKey(key), g));
    if (!url || !(await g.during(() => cacheEntryUrl(key, g)))) return undefined;
    return this.download(url, manifestKey(key));
  }

  /** A small entry, whole (a manifest). */
  async download(url: string, key: string): Promise<Buffer> {
    const g = this.guard;
    return g.during(() => readCacheEntry(url, key, g, MAX_MANIFEST_BYTES));
  }

  publisher(key: string, id: string): CheckpointStore {
    return new CachePublisher(this, key, id);
  }

  async fetchArchive(key: string, _id: string, file: string): Promise<CheckpointStore> {
    const g = this.guard;
    const url = await g.during(() => cacheEntryUrl(key, g));
    if (!url) throw new NotFoundError(`keyed entry ${key} is not in the cache service (${KEYED_ENTRY_GONE})`);
    return new CacheEntryReader(`cache:${key}`, file, url, key, g);
  }
}

/** A store that is not one for any other use than the one its class names. */
abstract class OneUseStore implements CheckpointStore {
  constructor(readonly spec: string) {}
  putArchive(_file: string, _data: Readable): Promise<StoredArchive> {
    return Promise.reject(new Error(`${this.spec} is read only`));
  }
  putManifest(_id: string, _bytes: Buffer): Promise<string | void> {
    return Promise.reject(new Error(`${this.spec} is read only`));
  }
  getArchive(file: string): Promise<Readable> {
    return Promise.reject(new NotFoundError(`${this.spec} holds no '${file}'`));
  }
  getManifest(id: string): Promise<Manifest> {
    return Promise.reject(new NotFoundError(`${this.spec} holds no manifest of '${id}'`));
  }
  objects(): Promise<StoredObject[]> {
    return Promise.resolve([]);
  }
  removeObject(): Promise<void> {
    return Promise.resolve();
  }
}

/** One entry's archive as a store a restore reads it from (streamed; the restore checks its digest). */
class CacheEntryReader extends OneUseStore {
  constructor(
    spec: string,
    private readonly file: string,
    private readonly url: string,
    private readonly key: string,
    private readonly g: StoreGuard,
  ) {
    super(spec);
  }

  override async getArchive(file: string): Promise<Readable> {
    if (file !== this.file) return super.getArchive(file);
    // Watched until the stream closes: the download goes on while the restore reads it.
    const release = this.g.hold();
    try {
      const stream = await this.g.during(() => downloadCacheEntry(this.url, this.key, this.g));
      stream.once('close', release);
      return stream;
    } catch (error) {
      release();
      throw error;
    }
  }
}

/** Where a save writes an entry: the archive under the key as it is packed, then the manifest. */
class CachePublisher extends OneUseStore {
  constructor(
    private readonly cache: CacheKeyedStore,
    private readonly key: string,
    private readonly id: string,
  ) {
    super(`cache:${key}`);
  }

  private async upload(key: string, data: Readable | Buffer): Promise<{ size: number; sha256: string }> {
    const g = this.cache.guard;
    try {
      return await g.during(() => uploadCacheEntry(key, data, g));
    } catch (error) {
      // Nothing more is read: the packer stops instead of waiting for a reader (as the artifact upload does).
      if (!Buffer.isBuffer(data)) data.destroy();
      if (error instanceof (await transfer()).CacheKeyTakenError)
        throw new CheckpointExistsError(`${this.spec}: ${error.message}`);
      throw error;
    }
  }

  override async putArchive(_file: string, data: Readable): Promise<StoredArchive> {
    return this.upload(this.key, data);
  }

  /** Resolves with the sha256 the upload computed of `bytes`. */
  override async putManifest(_id: string, bytes: Buffer): Promise<string> {
    return (await this.upload(manifestKey(this.key), bytes)).sha256;
  }

  /** The entry's manifest when the key has one: a save then stops before packing (the key is taken). */
  override async getManifest(id: string): Promise<Manifest> {
    const g = this.cache.guard;
    const url = await g.during(() => cacheEntryUrl(manifestKey(this.key), g));
    if (!url || id !== this.id) return super.getManifest(id);
    return parseManifest((await this.cache.download(url, manifestKey(this.key))).toString('utf8'), this.spec);
  }
}

/** Entries as directories `<dir>/<id>/` holding `<id>.tar.zst` and `<id>.manifest.json`: a `dir:` store's. */
export class DirKeyedStore implements KeyedEntryStore {
  readonly spec: string;
  constructor(private readonly dir: string) {
    this.spec = `dir:${dir}`;
  }

  async findManifest(_key: string, id: string): Promise<Buffer | undefined> {
    try {
      const manifest = await readFile(path.join(this.dir, id, `${id}${MANIFEST_SUFFIX}`));
      // The entry's last use, as the cache service counts it: a cleanup keeps what saves still look up.
      const now = new Date();
      // best effort: the last-use time only orders clean-ups
      await utimes(path.join(this.dir, id), now, now).catch(() => undefined);
      return manifest;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** A directory store of its own: it claims the name, and never replaces a manifest that is there. */
  publisher(_key: string, id: string): CheckpointStore {
    return new DirStore(path.join(this.dir, id));
  }

  async fetchArchive(key: string, id: string, file: string): Promise<CheckpointStore> {
    const store = new DirStore(path.join(this.dir, id));
    // an archive that cannot be stat'ed is not there: said in the next line
    if (!(await stat(store.archivePath(file)).catch(() => undefined)))
      throw new NotFoundError(`keyed entry ${key} is not in ${this.spec}`);
    return store;
  }

  /**
   * Entry directories are the ones named like an entry id; anything else here, and a link in place of
   * the directory or of an entry, is left alone (a removal never follows a link out of the store).
   */
  async expire(opts: {
    keep: ReadonlySet<string>;
    unusedBefore: number;
    dryRun: boolean;
  }): Promise<string[]> {
    // no store directory: nothing has expired
    if (!(await lstat(this.dir).catch(() => undefined))?.isDirectory()) return [];
    const expired: string[] = [];
    for (const name of (await readdir(this.dir)).sort()) {
      if (!isKeyedId(name) || opts.keep.has(name)) continue;
      const entry = path.join(this.dir, name);
      // an entry removed meanwhile has nothing to expire
      const info = await lstat(entry).catch(() => undefined);
      if (!info?.isDirectory() || info.mtimeMs >= opts.unusedBefore) continue;
      expired.push(name);
      if (!opts.dryRun) await rm(entry, { recursive: true, force: true });
    }
    return expired;
  }
}

/** Where a `dir:` store keeps keyed entries: a dot name, which its listing and cleanup never take for a checkpoint. */
export const KEYED_DIR = '.ci-recovery-keyed';

/**
 * The keyed store that goes with `store`: beside a directory store, its own directory; else the cache
 * service, where this job has one; else none.
 */
export function keyedStoreFor(
  store: CheckpointStore,
  env: Pick<JobEnv, 'runtime' | 'storeStallSeconds' | 'cacheMode' | 'ghes'> = readJobEnv(),
): KeyedEntryStore | undefined {
  if (store instanceof DirStore) return new DirKeyedStore(path.join(store.dir, KEYED_DIR));
  // The cache service (v2, the one github.com runs) is reached through the Results service; GHES runs
  // only v1 (@actions/cache falls back to it there: toolkit packages/cache/src/internal/config.ts).
  if (env.ghes || !env.runtime.resultsUrl || !env.runtime.token) return undefined;
  const access = cacheAccess(env.cacheMode);
  const mode = `ACTIONS_CACHE_MODE=${env.cacheMode ?? ''}`;
  const readOnly = access.write
    ? undefined
    : access.read
      ? `this run's cache token is read-only (${mode})`
      : `this run may not use the cache (${mode})`;
  return new CacheKeyedStore(
    new StoreGuard('the cache service', stallMsOf(env)),
    readOnly,
    access.read ? undefined : `this run may not read the cache (${mode})`,
    access.known
      ? undefined
      : 'this run’s cache token may not write (the runner set no ACTIONS_CACHE_MODE to say)',
  );
}
