/**
 * A job's stage ledger, for `run/` stages that run at once (background steps, GA 2026-06-25). A background
 * step's GITHUB_ENV reaches later steps only at its `wait`, and each step exports the completed stages it
 * saw when it started plus its own: when two stages overlap, the later flush overwrites the earlier and a
 * completed stage is lost (docs/runner-model.md, "Background steps"). So each stage that completes also
 * leaves one file of its own in RUNNER_TEMP, and every step reads the union. And a stage that starts while
 * another runs takes no checkpoint: the other's half-written files would be in it.
 */
import { parseStages } from './state-keys.js';

/** `$RUNNER_TEMP/ci-recovery/stages/`: one JSON file per completed stage. */
export const STAGES_SUBDIR = 'ci-recovery/stages';
/** `$RUNNER_TEMP/ci-recovery/running/`: one JSON file per `run/` step running now, named by its pid. */
export const RUNNING_SUBDIR = 'ci-recovery/running';

/** A stage completed in this job: how long its passing attempt took, and the paths outside it filled. */
export interface StageEntry {
  stage: string;
  ms?: number;
  cachePaths?: string[];
  /** What the checkpoint before the stage cost it (ms the step waited on it) and its size, when one was taken. */
  checkpoint?: CheckpointPaid;
}

/** A checkpoint taken in this job: the stage it preceded, the ms its step waited on it, its bytes. */
export interface CheckpointPaid {
  stage: string;
  ms: number;
  bytes?: number;
  /**
   * The completed stages it holds (its manifest's): those a resume from it skips. Absent: no resume starts
   * from it (a re-run was not told of it), so it counts for its cost only.
   */
  holds?: string[];
}

/** A `run/` step running now: its stage, its step id (GITHUB_ACTION) and its process. */
export interface RunningStage {
  stage: string;
  step: string;
  pid: number;
}

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Narrows a ledger file's JSON; anything malformed is dropped, never trusted. */
export function isStageEntry(value: unknown): value is StageEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.stage === 'string' &&
    parseStages(v.stage).length === 1 &&
    (v.ms === undefined || (typeof v.ms === 'number' && Number.isFinite(v.ms) && v.ms >= 0)) &&
    (v.cachePaths === undefined || isStringArray(v.cachePaths)) &&
    (v.checkpoint === undefined || isCheckpointPaid(v.checkpoint))
  );
}

const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0;

export function isCheckpointPaid(value: unknown): value is CheckpointPaid {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.stage === 'string' &&
    parseStages(v.stage).length === 1 &&
    isCount(v.ms) &&
    (v.bytes === undefined || isCount(v.bytes)) &&
    (v.holds === undefined || isStringArray(v.holds))
  );
}

export function isRunningStage(value: unknown): value is RunningStage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.stage === 'string' && typeof v.step === 'string' && Number.isSafeInteger(v.pid);
}

/** A file name for a stage's entry: one per stage, so a stage run twice keeps its latest. */
export function stageEntryFile(stage: string): string {
  const hex = Array.from(new TextEncoder().encode(stage), (b) => b.toString(16).padStart(2, '0'));
  return `${hex.join('').slice(0, 200)}.json`;
}

interface Completed {
  completedStages: string[];
  attemptStages: string[];
  stageDurations: Record<string, number>;
  cachePaths: Record<string, string[]>;
  /** The checkpoints this job took and what each cost, oldest first (only the ledger knows them). */
  checkpointsPaid?: CheckpointPaid[];
}

/**
 * The job's variables with the ledger's stages added (entries oldest first; the ledger's figures win). Every
 * entry was written by a step of this job, so of this attempt: its stage is one this attempt has taken.
 */
export function withStageLedger<T extends Completed>(recovery: T, entries: readonly StageEntry[]): T {
  if (entries.length === 0) return recovery;
  const stages = [...recovery.completedStages];
  const attemptStages = [...recovery.attemptStages];
  const stageDurations = { ...recovery.stageDurations };
  const cachePaths = { ...recovery.cachePaths };
  const checkpointsPaid = [...(recovery.checkpointsPaid ?? [])];
  for (const e of entries) {
    if (e.checkpoint) checkpointsPaid.push(e.checkpoint);
    if (!stages.includes(e.stage)) stages.push(e.stage);
    if (!attemptStages.includes(e.stage)) attemptStages.push(e.stage);
    if (e.ms !== undefined) stageDurations[e.stage] = e.ms;
    if (e.cachePaths?.length) cachePaths[e.stage] = e.cachePaths;
  }
  return {
    ...recovery,
    completedStages: stages,
    attemptStages,
    stageDurations,
    cachePaths,
    ...(checkpointsPaid.length ? { checkpointsPaid } : {}),
  };
}

/**
 * Whether a `run/` step of `stage` stands on an earlier attempt's work and is skipped: main restored the
 * stage (`restored`, those still in the workspace), and no step of this attempt has taken it yet. A second
 * step of the same name runs: the stage completed in this attempt is the first step's work, not its own
 * (two `npm test` steps in two directories have one default stage name).
 */
export function skipsAsRestored(
  stage: string,
  restored: readonly string[],
  recovery: Pick<Completed, 'attemptStages'>,
): boolean {
  return restored.includes(stage) && !recovery.attemptStages.includes(stage);
}

/** The notice of a step whose stage an earlier step of this attempt already took. */
export function repeatedStageNote(stage: string): string {
  return `Stage '${stage}' was already run by an earlier step of this job: this step runs too, and a resume skips only the first step of that name. Give each step its own \`stage:\`.`;
}

/** The one line a stage that starts beside others says instead of its checkpoint. */
export function concurrentCheckpointNote(stage: string, others: readonly RunningStage[]): string {
  const names = others.map((o) => `'${o.stage}' (step ${o.step})`).join(', ');
  return (
    `ci-recovery: no checkpoint before stage '${stage}': stage ${names} is running at the same time ` +
    `(a background step), and a checkpoint now could hold its half-written files. The job's next checkpoint ` +
    `is taken when no other stage runs.`
  );
}
