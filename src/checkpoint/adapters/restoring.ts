/**
 * What the CLI's `restore` loads of the engine (cli/support.ts EnginePart): the store, the restore and
 * its file progress. Without the save half (the save and its packer, the keyed publisher,
 * list/validate/clean-up, the resume), which index.ts loads too: ~85 KB of the ~680 KB a restore
 * compiled from dist/ before its first file. A process loads this or index.ts, not both.
 */
export { openStore } from './open.js';
export { DirStore } from './store.js';
export { restoreCheckpoint, type RestoreOptions, type RestoreResult } from './restore.js';
export { leaveTopTierOut } from './heap.js';
export { withFileProgress } from './file-progress.js';
