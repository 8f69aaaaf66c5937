import type { StepRecord } from './records.js';
import { isSkippedFailure } from './skip.js';
import type { StepOutcome } from './types.js';

/** A step that failed, as post knows it: from ci-recovery's own record, the jobs API, or both. */
export interface FailedStep {
  name: string;
  stage?: string;
  source: 'record' | 'jobs-api';
  record?: StepRecord;
  outcome?: StepOutcome;
}

/**
 * Own records first (they hold the exit code, output and verdict; a checkpoint or restore that only warned,
 * or a failure the policy skipped, is not a failure of the job); then every step the jobs API reports as
 * failed that no record explains (plain `run:` steps, other actions). A record explains an API step when
 * the API's step name is the record's step name or mentions its stage, or when the record's run lies
 * within the step's start and end (the API names a `uses:` step "Run owner/repo/run@v1", not by stage).
 */
export function failedSteps(
  records: readonly StepRecord[],
  apiSteps: readonly StepOutcome[] | undefined,
): FailedStep[] {
  const failed: FailedStep[] = records
    .filter((r) => r.outcome === 'failure' && r.stepFailed !== false && !isSkippedFailure(r))
    .map((record) => ({
      name: record.step,
      ...(record.stage ? { stage: record.stage } : {}),
      source: 'record',
      record,
    }));
  const explains = (api: StepOutcome, record: StepRecord): boolean =>
    api.name === record.step ||
    (record.stage !== undefined && record.stage !== '' && api.name.includes(record.stage)) ||
    within(record, api);
  for (const step of apiSteps ?? []) {
    if (step.conclusion !== 'failure') continue;
    const match = failed.find((f) => f.record && !f.outcome && explains(step, f.record));
    if (match) match.outcome = step;
    else failed.push({ name: step.name, source: 'jobs-api', outcome: step });
  }
  return failed;
}

/** The API reports whole seconds; a record's times are exact, so allow a second either side. */
function within(record: StepRecord, api: StepOutcome): boolean {
  const start = Date.parse(api.startedAt ?? '');
  const end = Date.parse(api.completedAt ?? '');
  const recordStart = Date.parse(record.startedAt);
  const recordEnd = Date.parse(record.completedAt);
  if ([start, end, recordStart, recordEnd].some(Number.isNaN)) return false;
  return recordStart >= start - 1000 && recordEnd <= end + 1000;
}
