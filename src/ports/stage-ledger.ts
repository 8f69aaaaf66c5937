/**
 * The job's stage ledger (core/stage-ledger.ts): which `run/` stages run now, and the stages completed in
 * this job, one file each in RUNNER_TEMP (adapters/stage-ledger.ts); `RecordingStageLedger` keeps them in
 * memory.
 */
import type { RunningStage, StageEntry } from '../core/stage-ledger.js';

export interface StageLedgerPort {
  /** Marks this step's stage as running; returns the other `run/` stages running now. */
  enter(stage: string): Promise<RunningStage[]>;
  /** Unmarks it. Never rejects. */
  leave(): Promise<void>;
  /** Records a completed stage for every later step, in one atomic write. */
  complete(entry: StageEntry): Promise<void>;
}

export class RecordingStageLedger implements StageLedgerPort {
  readonly entered: string[] = [];
  readonly completed: StageEntry[] = [];
  left = 0;
  /** `running`: the other stages `enter` finds. */
  constructor(private readonly running: RunningStage[] = []) {}
  enter(stage: string): Promise<RunningStage[]> {
    this.entered.push(stage);
    return Promise.resolve(this.running);
  }
  leave(): Promise<void> {
    this.left++;
    return Promise.resolve();
  }
  complete(entry: StageEntry): Promise<void> {
    this.completed.push(entry);
    return Promise.resolve();
  }
}
