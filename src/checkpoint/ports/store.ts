/**
 * Where checkpoints live, as a port: the interface every store implements (checkpoint/adapters/store.ts
 * has the directory store, artifact-store.ts the run's artifacts) and `MemoryStore`, an in-memory one
 * that records what was asked of it, so that a phase can be tested without a disk or a network.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { parseManifest, type Manifest } from '../core/index.js';
import { CheckpointExistsError, NotFoundError } from './store-errors.js';

export const MANIFEST_SUFFIX = '.manifest.json';

/** A stored object that is not a complete checkpoint (an archive without manifest, an unreadable file). */
export interface StoredObject {
  name: string;
  createdAt?: Date;
  size?: number;
}

/** What `putArchive` stored. */
export interface StoredArchive {
  sha256: string;
  size: number;
  /** The artifact's id, where the store is the run's artifacts (what upload-artifact outputs). */
  artifactId?: number;
}

export interface CheckpointStore {
  /** 'dir:/path' or 'artifact'. */
  readonly spec: string;
  /**
   * Stores the archive `file` from `data`; resolves with the hex sha256 and byte count of exactly what
   * was stored (hashed as it passes, so the caller need not hash again).
   */
  putArchive(file: string, data: Readable): Promise<StoredArchive>;
  /**
   * Stores the manifest of checkpoint `id` in its stored form (encodeManifest), written last. A store that
   * hashes the bytes on their way (an upload sends their sha256) resolves with that hex digest, so that
   * the caller need not hash them again; one that does not resolves with nothing.
   */
  putManifest(id: string, bytes: Buffer): Promise<string | void>;
  getArchive(file: string): Promise<Readable>;
  /** Where an archive already is a local file, its path, so that it can be read in place. */
  archivePath?(file: string): string | undefined;
  getManifest(id: string): Promise<Manifest>;
  /** Every object name in the store, for cleanup of leftovers. */
  objects(): Promise<StoredObject[]>;
  removeObject(name: string): Promise<void>;
  /**
   * Claims the name `id` for one save, refusing while another live process saves it; resolves with the
   * release. Stores whose uploads become visible only whole (artifacts) need none.
   */
  claim?(id: string): Promise<() => Promise<void>>;
  /**
   * Locks the whole store for a short change that must not interleave with another: a save's commit
   * (its chain checked, its manifest stored) against a cleanup's deletions. Resolves with the release.
   */
  lock?(): Promise<() => Promise<void>>;
  /** When an object stored now expires, where objects expire (the run's artifacts); undefined: never. */
  expiry?(): Date | undefined;
  /** Objects stored from now on expire no later than `at`: a checkpoint never outlives its parent. */
  expireBy?(at: Date): void;
  /** What saves left unfinished: `debris` their owners left behind, `saving` the ids being saved now. */
  unfinished?(): Promise<{ debris: string[]; saving: Set<string> }>;
  removeUnfinished?(name: string): Promise<void>;
}

export { CheckpointExistsError, FinalizeRefusedError, NotFoundError } from './store-errors.js';

/**
 * Objects kept in memory, each with the time it was put (a counter: later puts are newer). `calls`
 * records every operation, e.g. `getArchive x.tar.zst`, so that a test can tell what a phase touched.
 */
export class MemoryStore implements CheckpointStore {
  readonly spec = 'memory:';
  readonly calls: string[] = [];
  readonly blobs = new Map<string, { bytes: Buffer; createdAt: Date }>();
  private clock = 0;

  /** Puts `bytes` under `name` as it is (a test's way to plant a broken manifest). */
  put(name: string, bytes: Buffer | string): void {
    this.blobs.set(name, { bytes: Buffer.from(bytes), createdAt: new Date(++this.clock * 1000) });
  }

  async putArchive(file: string, data: Readable): Promise<StoredArchive> {
    this.calls.push(`putArchive ${file}`);
    const chunks: Buffer[] = [];
    for await (const chunk of data) chunks.push(Buffer.from(chunk as Uint8Array));
    const bytes = Buffer.concat(chunks);
    this.put(file, bytes);
    return { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
  }

  putManifest(id: string, bytes: Buffer): Promise<void> {
    this.calls.push(`putManifest ${id}`);
    return settle(() => {
      if (this.blobs.has(`${id}${MANIFEST_SUFFIX}`)) throw new CheckpointExistsError(`'${id}' exists`);
      this.put(`${id}${MANIFEST_SUFFIX}`, bytes);
    });
  }

  getArchive(file: string): Promise<Readable> {
    this.calls.push(`getArchive ${file}`);
    return settle(() => {
      const blob = this.blobs.get(file);
      if (!blob) throw new NotFoundError(`checkpoint archive '${file}' is missing from ${this.spec}`);
      return Readable.from([blob.bytes]);
    });
  }

  getManifest(id: string): Promise<Manifest> {
    this.calls.push(`getManifest ${id}`);
    return settle(() => {
      const blob = this.blobs.get(`${id}${MANIFEST_SUFFIX}`);
      if (!blob) throw new NotFoundError(`no checkpoint named '${id}' in ${this.spec}`);
      return parseManifest(blob.bytes.toString('utf8'), `${id}${MANIFEST_SUFFIX}`);
    });
  }

  objects(): Promise<StoredObject[]> {
    this.calls.push('objects');
    return settle(() =>
      [...this.blobs].map(([name, b]) => ({ name, createdAt: b.createdAt, size: b.bytes.length })),
    );
  }

  removeObject(name: string): Promise<void> {
    this.calls.push(`removeObject ${name}`);
    return settle(() => void this.blobs.delete(name));
  }
}

/** `fn`'s value as a promise, or its error as a rejected one (as a store's asynchronous answer). */
function settle<T>(fn: () => T): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
