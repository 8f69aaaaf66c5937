/**
 * Checkpoint API used by the actions, the CLI and the root action's resume:
 * `openStore`, `saveCheckpoint`, `restoreCheckpoint`, `listCheckpoints`, `validateCheckpoint`,
 * `cleanupCheckpoints`, `resumeFromPreviousAttempt`, and the in-job helpers (`checkpointStage`, ...).
 */
export { openStore } from './open.js';
export { saveCheckpoint, type SaveOptions, type SaveResult, type CheckpointMeta } from './save.js';
export { loadManifest } from './local-manifest.js';
export { restoreCheckpoint, type RestoreOptions, type RestoreResult } from './restore.js';
export { leaveTopTierOut } from './heap.js';
export { RestoreError } from './extract.js';
export {
  listCheckpoints,
  checkpointsOfJob,
  newestCheckpoint,
  checkpointsNewestFirst,
  newestCheckpointOver,
  validateCheckpoint,
  cleanupCheckpoints,
  repairDestination,
  type ListFilter,
  type ListedCheckpoint,
  type StoredCheckpoint,
  type JobCheckpointFilter,
  type ValidateResult,
  type CleanupOptions,
  type CleanupResult,
} from './manage.js';
export {
  checkoutProblem,
  resumeFromPreviousAttempt,
  stagesStillComplete,
  rootPlaceOf,
  type ResumeOptions,
  type ResumeResult,
} from './resume.js';
export {
  checkpointRunner,
  checkpointStage,
  defaultManifestCache,
  restoreJournals,
  jobContext,
  openJobStore,
  LAST_CHECKPOINT_ENV,
  NoFilesFoundError,
  type JobContext,
  type StageCheckpointOptions,
} from './job.js';
export { realWorkspace } from './workspace.js';
export {
  CheckpointExistsError,
  DirStore,
  NotFoundError,
  type CheckpointStore,
  type StoredArchive,
} from './store.js';
export { defaultJournalDir } from './journal-dir.js';
export { recoverInterrupted, type Recovery } from './placement-recovery.js';
export type { ArtifactStoreContext } from './artifact-store.js';
export { DEFAULT_EXCLUDE, treeDigest } from './scan.js';
export { resolveCheckpointPaths, type ResolvedPaths } from './path-globs.js';
export { lookupCheckpoint, type Lookup } from './lookup.js';
export { forgetPublishNotes, type KeyedOutcome } from './keyed.js';
export { withFileProgress } from './file-progress.js';
export type { SaveRootsOptions } from './outside.js';
export type { ReusedResult } from './save.js';
