/**
 * What a process that restores loads of the engine (the CLI's `restore`, and every checkpoint verb's
 * store): the store, the restore and its file progress. Without the save half (the scan for a save, the
 * packer, the keyed publisher, list/validate/clean-up, the resume), which index.ts loads too: ~80 KB
 * of the ~420 KB a restore compiled before its first file, and no worker_threads or zlib on the way.
 */
export { openStore } from './open.js';
export { DirStore } from './store.js';
export { restoreCheckpoint, type RestoreOptions, type RestoreResult } from './restore.js';
export { leaveTopTierOut } from './heap.js';
export { withFileProgress } from './file-progress.js';
