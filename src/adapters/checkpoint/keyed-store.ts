/**
 * The stores of keyed entries (ports/keyed-store.ts): the cache service through @actions/cache, as the
 * ledger uses it, and a directory beside a `dir:` store for the CLI and tests. Nothing read from either is
 * trusted: the caller parses the manifest, and a restore checks the archive's digest and every file.
 */
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { KeyedArchive, KeyedEntryStore } from '../../ports/keyed-store.js';
import { ownerTag } from './owner.js';
import { DirStore, MANIFEST_SUFFIX, NotFoundError, type CheckpointStore } from './store.js';
import { UserError } from '../../core/errors.js';
import { readRegularFile } from '../regular-file.js';
import type { JobEnv } from '../../core/job-env.js';
import { readJobEnv } from '../job-env.js';

type CacheClient = typeof import('@actions/cache');

/** A keyed entry's download: a directory store under another name, so messages say where it came from. */
class EntryDownload extends DirStore {
  override readonly spec: string;
  constructor(dir: string, spec: string) {
    super(dir);
    this.spec = spec;
  }
}

/**
 * Entries in the cache service: archive and manifest each a cache entry of its own directory under
 * `dir` (the manifest's key is the archive's plus `-manifest`), so a save reads a few megabytes to decide,
 * never the archive. The cache version hashes those directories' paths: `dir` must be the same in every
 * job that shares entries (RUNNER_TEMP is, on the runners of one OS image).
 */
export class CacheKeyedStore implements KeyedEntryStore {
  readonly spec = 'cache';
  constructor(
    private readonly cache: CacheClient,
    private readonly dir: string,
  ) {}

  private async emptyDir(id: string, part: 'archive' | 'manifest'): Promise<string> {
    const at = path.join(this.dir, id, part);
    await rm(at, { recursive: true, force: true });
    await mkdir(at, { recursive: true });
    return at;
  }

  async findManifest(key: string, id: string): Promise<Buffer | undefined> {
    const at = await this.emptyDir(id, 'manifest');
    // restoreCache answers a miss, and a service error (after its own warning), with undefined.
    if (!(await this.cache.restoreCache([at], `${key}-manifest`))) return undefined;
    const archive = path.join(this.dir, id, 'archive');
    if (!(await this.cache.restoreCache([archive], key, [], { lookupOnly: true }))) return undefined;
    return Buffer.from(await readRegularFile(path.join(at, `${id}${MANIFEST_SUFFIX}`)));
  }

  async publish(key: string, id: string, archive: string, manifest: Buffer): Promise<boolean> {
    const archiveDir = await this.emptyDir(id, 'archive');
    await rename(archive, path.join(archiveDir, path.basename(archive))).catch(() =>
      copyFile(archive, path.join(archiveDir, path.basename(archive))),
    );
    const manifestDir = await this.emptyDir(id, 'manifest');
    await writeFile(path.join(manifestDir, `${id}${MANIFEST_SUFFIX}`), manifest);
    try {
      // saveCache warns and answers -1 on any failure (a key taken by another publisher included).
      const archiveSaved = (await this.cache.saveCache([archiveDir], key)) !== -1;
      // The manifest even when the archive was not taken: a race's winner may not have published it yet.
      const manifestSaved = (await this.cache.saveCache([manifestDir], `${key}-manifest`)) !== -1;
      return archiveSaved && manifestSaved;
    } finally {
      await rm(path.join(this.dir, id), { recursive: true, force: true });
    }
  }

  async fetchArchive(key: string, id: string, file: string): Promise<KeyedArchive> {
    const at = await this.emptyDir(id, 'archive');
    const dispose = (): Promise<void> => rm(path.join(this.dir, id), { recursive: true, force: true });
    try {
      if (!(await this.cache.restoreCache([at], key)))
        throw new NotFoundError(
          `keyed entry ${key} is not in the cache service (never published from this branch or the default branch, or evicted after 7 days unused)`,
        );
      if (!(await stat(path.join(at, file)).catch(() => undefined)))
        throw new UserError(
          `keyed entry ${key} from the cache service does not hold ${file}: it is not the entry this checkpoint recorded (it was swapped or tampered with)`,
        );
    } catch (error) {
      await dispose();
      throw error;
    }
    return { store: new EntryDownload(at, `cache:${key}`), dispose };
  }
}

/** Entries as directories `<dir>/<id>/` holding `<id>.tar.zst` and `<id>.manifest.json`: a `dir:` store's. */
export class DirKeyedStore implements KeyedEntryStore {
  readonly spec: string;
  constructor(private readonly dir: string) {
    this.spec = `dir:${dir}`;
  }

  async findManifest(_key: string, id: string): Promise<Buffer | undefined> {
    const at = path.join(this.dir, id);
    try {
      return await readFile(path.join(at, `${id}${MANIFEST_SUFFIX}`));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async publish(_key: string, id: string, archive: string, manifest: Buffer): Promise<boolean> {
    const tmp = path.join(this.dir, `.${id}.partial-${ownerTag()}`);
    await mkdir(tmp, { recursive: true });
    try {
      await copyFile(archive, path.join(tmp, path.basename(archive)));
      await writeFile(path.join(tmp, `${id}${MANIFEST_SUFFIX}`), manifest);
      // A rename onto an existing directory that is not empty fails: the first publisher keeps the key.
      return await rename(tmp, path.join(this.dir, id)).then(
        () => true,
        () => false,
      );
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }

  async fetchArchive(key: string, id: string, file: string): Promise<KeyedArchive> {
    const at = path.join(this.dir, id);
    if (!(await stat(path.join(at, file)).catch(() => undefined)))
      throw new NotFoundError(`keyed entry ${key} is not in ${this.spec}`);
    return {
      store: new EntryDownload(at, `${this.spec} (keyed entry ${key})`),
      dispose: () => Promise.resolve(),
    };
  }
}

/** Where a `dir:` store keeps keyed entries: a dot name, which its listing and cleanup never take for a checkpoint. */
export const KEYED_DIR = '.ci-recovery-keyed';

/**
 * The keyed store that goes with `store`: beside a directory store, its own directory; else the cache
 * service, where this job has one (and RUNNER_TEMP to download into); else none.
 */
export async function keyedStoreFor(
  store: CheckpointStore,
  env: Pick<JobEnv, 'runnerTempSet' | 'runtime'> = readJobEnv(),
): Promise<KeyedEntryStore | undefined> {
  if (store instanceof DirStore && !(store instanceof EntryDownload))
    return new DirKeyedStore(path.join(store.dir, KEYED_DIR));
  // The cache service (v2, the one github.com runs) is reached through the Results service.
  if (!env.runtime.resultsUrl || !env.runnerTempSet) return undefined;
  // The client (with its Azure and protobuf code) loads only where there is a service to reach.
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) return undefined;
  return new CacheKeyedStore(cache, path.join(env.runnerTempSet, 'ci-recovery', 'keyed'));
}
