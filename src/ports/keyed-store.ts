/**
 * Where keyed entries live (core/checkpoint/keyed.ts): the cache service on a runner, a directory beside a
 * `dir:` store on a laptop. An entry is two objects under one key, its archive and its manifest, the
 * manifest published last (it is the commit marker, as in a checkpoint store). Keys are immutable: a
 * second publisher of a key loses, which is fine, since both would publish the same content.
 */
import type { CheckpointStore } from './store.js';

export interface KeyedEntryStore {
  /** For messages: `cache` or `dir:PATH`. */
  readonly spec: string;
  /**
   * The manifest of the entry `id` under `key`, as stored (untrusted: the caller parses and checks it);
   * undefined when the key has no complete entry (no manifest, or its archive is gone).
   */
  findManifest(key: string, id: string): Promise<Buffer | undefined>;
  /**
   * Publishes the archive (a local file) and then the manifest under `key`. Resolves false when the store
   * did not take it (another publisher has the key, or the service refused: its own warning says which).
   */
  publish(key: string, id: string, archive: string, manifest: Buffer): Promise<boolean>;
  /** The entry's archive `file`, to be read as any checkpoint archive (its digest is checked). */
  fetchArchive(key: string, id: string, file: string): Promise<KeyedArchive>;
}

/** A keyed entry's archive where a restore can read it, and the way to free the space it takes. */
export interface KeyedArchive {
  store: CheckpointStore;
  /** Removes a downloaded copy (an entry kept locally stays). */
  dispose(): Promise<void>;
}
