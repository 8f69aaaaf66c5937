/**
 * A `run/` step's checkpoints: one of the stage's paths before its command (for a resume to start from),
 * and, for a stage restored by main, whether its files are still in the workspace. The real one
 * (adapters/run-step.ts) loads the checkpoint code only when called; `RecordingStageCheckpoint` keeps
 * what it was asked in memory.
 */

/** A stage's checkpoint: its id, and whether it is the one main restored, standing for a new save. */
export interface StageSaved {
  id: string;
  reused?: boolean;
}

export interface StageCheckpointPort {
  /** Saves a checkpoint of `paths` for `stage` (or stands on the resumed one); best-effort: may throw. */
  save(stage: string, paths: string[]): Promise<StageSaved | undefined>;
  /**
   * Of the completed stages, those still complete: a restored stage counts while its files are there, and
   * `need.stage` only when its `cache-paths` outside the workspace came back too.
   */
  stillComplete(stages: string[], need?: { stage: string; cachePaths: string[] }): Promise<string[]>;
}

export class RecordingStageCheckpoint implements StageCheckpointPort {
  readonly saved: { stage: string; paths: string[] }[] = [];
  readonly asked: string[][] = [];

  /** `id`: what a save returns, or the error it throws; `gone`: stages whose files are no longer there. */
  constructor(private readonly options: { id?: string | Error; gone?: string[] } = {}) {}

  save(stage: string, paths: string[]): Promise<StageSaved | undefined> {
    this.saved.push({ stage, paths });
    const { id = 'ckpt-1' } = this.options;
    return id instanceof Error ? Promise.reject(id) : Promise.resolve(id ? { id } : undefined);
  }
  stillComplete(stages: string[], _need?: { stage: string; cachePaths: string[] }): Promise<string[]> {
    this.asked.push(stages);
    const gone = this.options.gone ?? [];
    return Promise.resolve(stages.filter((s) => !gone.includes(s)));
  }
}
