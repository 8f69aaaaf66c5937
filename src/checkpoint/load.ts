/**
 * The engine's adapters, loaded on first use: the wing's second door, beside index.ts. It holds no engine
 * code, only the lazy `import()`s of the adapters, so an entry point that may need an adapter but mostly
 * does not (main and post on a green job: the store guard, the cache transfer) imports this alone and
 * never loads the engine's core (index.ts's pure exports and their chunk, ~150 KB with node:crypto).
 * index.ts exports the same `load`. Outside the wing only src/actions, src/adapters and src/cli import it
 * (eslint.config.js `wingDoor`); a phase takes adapters as ports.
 */
export const load = {
  /** The stall watchdog every store call runs under, and the entry points' end when a store was given up. */
  storeGuard: () => import('./adapters/store-guard.js'),
  /** Save, restore, list, validate, clean up, resume, open a store: the whole engine. */
  engine: () => import('./adapters/index.js'),
  /** A store, a restore and its progress alone: what the CLI's restore loads (adapters/restoring.ts). */
  restoring: () => import('./adapters/restoring.js'),
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
