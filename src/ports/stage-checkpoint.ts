/**
 * A `run/` step's checkpoints: one of the stage's paths before its command (for a resume to start from),
 * and, for a stage restored by main, whether its files are still in the workspace. The real one
 * (adapters/run-step.ts) loads the checkpoint code only when called; `RecordingStageCheckpoint` keeps
 * what it was asked in memory.
 */
import type { PathsSize } from '../core/checkpoint-pays.js';

/** A stage's checkpoint: its id, and whether it is the one main restored, standing for a new save. */
export interface StageSaved {
  id: string;
  reused?: boolean;
  /** Bytes this checkpoint stored (its archive's file bytes; none when it stood on the resumed one). */
  bytes?: number;
  /** Hex sha256 of the manifest this step stored (none when it stood on the resumed one). */
  manifestSha256?: string;
  /** Stored, but a re-run will not resume from it: the run's record of it could not be uploaded. */
  unrecorded?: boolean;
}

/** A stage's checkpoint on its way: read from the workspace first, then stored. */
export interface StageSave {
  /**
   * True once every file of the checkpoint has been read while it is still being stored (the stage's
   * command may then change them); false when `saved` settled first (the resumed checkpoint stood for it,
   * or the save failed before it read everything). Never rejects.
   */
  read: Promise<boolean>;
  /** The checkpoint once stored (or the resumed one it stands on); best-effort: may reject. */
  saved: Promise<StageSaved | undefined>;
  /**
   * The stage's command has started, or will not: the save's own work left on this process's thread (the
   * manifest's encoding) waits for it, so that the command starts first. `saved` does not settle before
   * it is called once read; later calls do nothing.
   */
  started?(): void;
}

export interface StageCheckpointPort {
  /** Saves a checkpoint of `paths` for `stage` (or stands on the resumed one). */
  save(stage: string, paths: string[]): StageSave;
  /**
   * Of the completed stages, those still complete: a restored stage counts while its files are there, and
   * `need.stage` only when its `cache-paths` outside the workspace came back too.
   */
  stillComplete(stages: string[], need?: { stage: string; cachePaths: string[] }): Promise<string[]>;
  /** The size of `paths` in the workspace, walked no further than an estimated cost of `budgetMs`. */
  size(paths: string[], budgetMs: number): PathsSize;
}

export class RecordingStageCheckpoint implements StageCheckpointPort {
  readonly saved: { stage: string; paths: string[] }[] = [];
  /** How many times a save was told its stage's command started. */
  startedCalls = 0;
  readonly asked: string[][] = [];
  readonly sized: string[][] = [];

  /**
   * `id`: what a save returns, or the error it throws before reading; `storeFails`: the error its store
   * ends with, after the files were read; `gone`: stages whose files are no longer there.
   */
  constructor(
    private readonly options: {
      id?: string | Error;
      storeFails?: Error;
      gone?: string[];
      /** What `size` answers (default: an empty workspace); `bytes`: what a save stored. */
      size?: PathsSize;
      bytes?: number;
      /** A save stores it, but its record for a re-run could not be uploaded. */
      unrecorded?: boolean;
    } = {},
  ) {}

  save(stage: string, paths: string[]): StageSave {
    this.saved.push({ stage, paths });
    const { id = 'ckpt-1', storeFails } = this.options;
    if (id instanceof Error) {
      const failed = Promise.reject(id);
      // awaited by the caller; never an unhandled rejection meanwhile
      failed.catch(() => undefined);
      return { read: Promise.resolve(false), saved: failed, started: () => void this.startedCalls++ };
    }
    const saved = storeFails
      ? new Promise<never>((_, reject) => setImmediate(() => reject(storeFails)))
      : Promise.resolve(
          id
            ? {
                id,
                ...(this.options.bytes !== undefined ? { bytes: this.options.bytes } : {}),
                ...(this.options.unrecorded ? { unrecorded: true } : {}),
              }
            : undefined,
        );
    // awaited by the caller; never an unhandled rejection meanwhile
    saved.catch(() => undefined);
    return {
      read: Promise.resolve(storeFails !== undefined),
      saved,
      started: () => void this.startedCalls++,
    };
  }
  stillComplete(stages: string[], _need?: { stage: string; cachePaths: string[] }): Promise<string[]> {
    this.asked.push(stages);
    const gone = this.options.gone ?? [];
    return Promise.resolve(stages.filter((s) => !gone.includes(s)));
  }
  size(paths: string[], _budgetMs: number): PathsSize {
    this.sized.push(paths);
    return this.options.size ?? { bytes: 0, keyedBytes: 0, files: 0 };
  }
}
