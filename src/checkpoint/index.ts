/**
 * The checkpoint engine's door: the rest of src/ imports the engine from here and from nowhere else, but for
 * `load` alone, which an entry point or adapter may take from load.ts (eslint.config.js `wingDoor`). Inside,
 * the wing keeps the house's floors: `core/` decides (pure), `ports/` are its interfaces with their in-memory
 * implementations, `adapters/` do the I/O.
 *
 * What it names (what the rest of src/ uses of the core and the ports, each by name: `namedDoors`) is pure
 * and costs nothing to load, so a phase may import it under its floor. The adapters (archives, transfers,
 * the artifact and cache services) load on first use through `load`, each as its own chunk of the bundle: an
 * entry point that only decides (post on a green job, a `run/` step that saves no stage) never loads
 * them; `load`'s modules carry their own types. What is pure is not free: the core's chunk is ~150 KB with
 * node:crypto, so an entry point that needs `load` alone (main, post) takes it from load.ts.
 */
export {
  archivesNeeded,
  attemptInId,
  checkKeyedManifest,
  checkLinkTarget,
  checkpointId,
  destinationProblem,
  encodeEntries,
  encodeManifest,
  entryTable,
  hashesFilesOf,
  IncrementalPlanner,
  isKeyedId,
  isRollbackRecord,
  isUnder,
  isValidId,
  keyedCacheKey,
  keyedId,
  KeyedMatch,
  type KeyedPath,
  keyedPathProblems,
  keyedPathsIn,
  type KeyedRef,
  keyedRefsUsed,
  leftAloneBy,
  type Manifest,
  MANIFEST_FORMAT,
  type ManifestEntry,
  normalKeyedPaths,
  outermost,
  parseManifest,
  parseRestoreVerify,
  planRestore,
  RACY_SLACK_MS,
  reservedNameProblem,
  RESTORE_VERIFY,
  type RestoreVerify,
  safeEntryPath,
  type ScannedEntry,
  selectPaths,
  shownChanges,
  underAny,
  writeLocalManifest,
} from './core/index.js';
export {
  boundedList,
  type Candidate,
  changeLines,
  type CheckpointDefaults,
  checkpointFailure,
  type CheckpointInputs,
  checkpointOutputs,
  checkpointSettings,
  defaultManifestCache,
  excludeFor,
  IF_NO_FILES_FOUND,
  type JobContext,
  jobContext,
  LOCAL_RUN_ID,
  lookupAnswer,
  newestReadable,
  NoFilesFoundError,
  restoreFailure,
  restoreJournals,
  restoreOutputs,
  resumedCandidate,
  rootBases,
  sameCheckpoint,
  stageName,
} from './core/step.js';
export {
  type NamedByRun,
  parseTrustRecord,
  RUN_ARTIFACTS,
  trustArtifactName,
  trustedByRecords,
  type TrustedCheckpoints,
  type TrustRecord,
  trustRecordOf,
  untrustedBecause,
} from './core/trust.js';
export {
  checkedRootRecords,
  parseOutsidePath,
  resolveRoot,
  rootOverlaps,
  rootsToSave,
} from './core/outside.js';
export {
  artifactsOfCheckpoints,
  type DroppedCheckpoints,
  droppedLine,
  dropsCheckpoints,
  ownCheckpointIds,
} from './core/green-cleanup.js';
export { entriesOutsideDirs, parseRestoredState, type RestoredState } from './core/restored-state.js';
export {
  CheckpointExistsError,
  type CheckpointStore,
  MANIFEST_SUFFIX,
  MemoryStore,
  NotFoundError,
} from './ports/store.js';
export type { KeyedEntryStore } from './ports/keyed-store.js';
export {
  type CheckpointMeta,
  MemoryWorkspace,
  type SaveOptions,
  type SaveResult,
  type WorkspacePort,
} from './ports/workspace.js';
export { saveStageCheckpoint } from './stage.js';
export type { StoreGuard, TransferGuard } from './adapters/store-guard.js';

/** The engine's adapters, loaded on first use (load.ts, the door that holds nothing else). */
export { load } from './load.js';
