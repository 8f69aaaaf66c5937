/**
 * The checkpoint engine's door: the rest of src/ imports the engine from here and from nowhere else, but
 * for `load` alone, which an entry point or adapter may take from load.ts (eslint.config.js `wingDoor`). Inside, the wing keeps the house's floors: `core/` decides (pure),
 * `ports/` are its interfaces with their in-memory implementations, `adapters/` do the I/O.
 *
 * What is exported as it stands is pure and costs nothing to load: the core and the ports, so a phase or
 * src/core may import it under their floors. The adapters (archives, transfers, the artifact and cache
 * services) load on first use through `load`, each as its own chunk of the bundle, as they did before the
 * door: an entry point that only decides (pre, post on a green job, a `run/` step that saves no stage)
 * never loads them. Their types are exported here too. What is pure is not free: the core's chunk is ~150 KB
 * with node:crypto, so an entry point that needs `load` alone (main, post) takes it from load.ts.
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

/** The engine's adapters, loaded on first use (load.ts, the door that holds nothing else). */
export { load } from './load.js';
