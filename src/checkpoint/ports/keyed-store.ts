/**
 * Where keyed entries live (checkpoint/core/keyed.ts): the cache service on a runner, a directory beside a
 * `dir:` store on a laptop. An entry is a full checkpoint of its one path, two objects under one key: its
 * archive, then its manifest (the commit marker, as in a checkpoint store). Keys are immutable: a second
 * publisher of a key loses, which is fine, since both would publish the same content.
 */
import type { CheckpointStore } from './store.js';

export interface KeyedEntryStore {
  /** For messages: `cache` or `dir:PATH`. */
  readonly spec: string;
  /**
   * Why nothing can be published here, when that is known beforehand: the run's cache token is read-only
   * (ACTIONS_CACHE_MODE `read` or `none`: untrusted events on the default branch's scope since 2026-06-26, a
   * fork PR's `workflow_run` among them; a fork's own `pull_request` runs keep a read-write token).
   */
  readonly readOnlyBecause?: string;
  /** Why a key the store refused may not be another job's publication (the cache mode is not known). */
  readonly unsureOfWritesBecause?: string;
  /**
   * The manifest of the entry `id` under `key`, as stored (untrusted: the caller parses and checks it);
   * undefined when the key has no complete entry (no manifest, or its archive is gone).
   */
  findManifest(key: string, id: string): Promise<Buffer | undefined>;
  /**
   * The store a save writes the entry `id` into, archive then manifest. Where the key is taken already, the
   * save fails with CheckpointExistsError (before packing, where the store can tell).
   */
  publisher(key: string, id: string): CheckpointStore;
  /** A store holding the entry's archive `file`, to be read as any checkpoint archive (its digest is checked). */
  fetchArchive(key: string, id: string, file: string): Promise<CheckpointStore>;
  /**
   * Removes the entries that no id of `keep` names and that no save looked up since `unusedBefore` (ms since
   * the epoch); returns their ids (what it would remove, with `dryRun`). Absent where the service evicts on
   * its own (the cache service drops what went unused for 7 days).
   */
  expire?(opts: { keep: ReadonlySet<string>; unusedBefore: number; dryRun: boolean }): Promise<string[]>;
}
