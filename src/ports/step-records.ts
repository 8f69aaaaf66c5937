/** Where a step leaves its record for post ($RUNNER_TEMP/ci-recovery/records in a job). */
import type { StepRecord } from '../core/records.js';

export interface StepRecordPort {
  write(record: StepRecord): Promise<void>;
}

export class RecordingStepRecords implements StepRecordPort {
  readonly records: StepRecord[] = [];
  write(record: StepRecord): Promise<void> {
    this.records.push(record);
    return Promise.resolve();
  }
}
