/**
 * The step records post reads to report on the job (core/records.ts): adapters/records.ts writes them as
 * files in RUNNER_TEMP; `RecordingRecords` keeps them in memory.
 */
import { errorMessage } from '../core/errors.js';
import type { StepRecord } from '../core/records.js';
import type { Logger } from '../runner/ports/logger.js';

export interface RecordsPort {
  write(record: StepRecord): Promise<void>;
}

export class RecordingRecords implements RecordsPort {
  readonly written: StepRecord[] = [];
  /** `fail` makes every write throw, as a full disk would. */
  constructor(private readonly fail?: Error) {}
  write(record: StepRecord): Promise<void> {
    if (this.fail) return Promise.reject(this.fail);
    this.written.push(record);
    return Promise.resolve();
  }
}

/** Best-effort: a record that cannot be written warns and never fails the step. */
export async function writeRecordBestEffort(
  records: RecordsPort,
  record: StepRecord,
  log: Pick<Logger, 'warning'>,
): Promise<void> {
  try {
    await records.write(record);
  } catch (error) {
    log.warning(`Could not write the step record for post: ${errorMessage(error)}`);
  }
}
