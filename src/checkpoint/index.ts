/**
 * The checkpoint engine's one door: the rest of src/ imports the engine from here and from nowhere else
 * (eslint.config.js `wingDoor`). Inside, the wing keeps the house's floors: `core/` decides (pure),
 * `ports/` are its interfaces with their in-memory implementations, `adapters/` do the I/O.
 *
 * What is exported as it stands is pure and costs nothing to load: the core and the ports, so a phase or
 * src/core may import it under their floors. The adapters (archives, transfers, the artifact and cache
 * services) load on first use through `load`, each as its own chunk of the bundle, as they did before the
 * door: an entry point that only decides (pre, post on a green job, a `run/` step that saves no stage)
 * never loads them. Their types are exported here too.
 */
export * from './core/index.js';
export * from './core/step.js';
export * from './core/trust.js';
export * from './core/outside.js';
export * from './core/green-cleanup.js';
export * from './core/restored-state.js';
export * from './ports/store.js';
export * from './ports/keyed-store.js';
export * from './ports/workspace.js';
export * from './stage.js';
export type { StoreGuard, TransferGuard } from './adapters/store-guard.js';
export type * from './adapters/index.js';

/** The engine's adapters, loaded on first use. */
export const load = {
  /** The stall watchdog every store call runs under, and the entry points' end when a store was given up. */
  storeGuard: () => import('./adapters/store-guard.js'),
  /** Save, restore, list, validate, clean up, resume, open a store: the whole engine. */
  engine: () => import('./adapters/index.js'),
  /** main's record of what its resume restored, checked without the engine (one lstat a directory). */
  restoredState: () => import('./adapters/restored-state.js'),
  /** The job attempts' records of the checkpoints they stored in the run's artifacts. */
  trustRecords: () => import('./adapters/trust-records.js'),
  /** One artifact uploaded to the Results service from a stream or from memory (post's recovery plan). */
  artifactUpload: () => import('./adapters/artifact-upload.js'),
  /** Deleting a green attempt's checkpoint artifacts. */
  artifactCleanup: () => import('./adapters/artifact-delete.js'),
  /** Where keyed entries live: the cache service, or a directory beside a `dir:` store. */
  keyedStore: () => import('./adapters/keyed-store.js'),
  /** The cache service's entries, spoken to as @actions/cache 6 does (for the ledger and the history too). */
  cacheTransfer: () => import('./adapters/cache-transfer.js'),
};
