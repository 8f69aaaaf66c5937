/**
 * `strategy: skip`: a failure the team's policy says to let pass. The `run/` step concludes success with a
 * warning annotation (its outputs still say what failed: `strategy` is `skip`, `exit-code` and
 * `failure-type` are the failure's), the job goes on and ends green, and post shows the skipped failure
 * apart from the job's failures. Never a cancel (the default rule `cancelled-skip` only says there is
 * nothing to recover) and never a malformed GITHUB_OUTPUT: those stay failures. Pure.
 */
import type { Decision } from './policy.js';
import type { StepRecord } from './records.js';
import type { Classification } from './types.js';

/** Does the policy's decision let this failure pass? */
export function skipsFailure(failure: {
  classification?: Classification;
  decision?: Pick<Decision, 'strategy' | 'rule'>;
  fileCommandError?: string;
}): boolean {
  const { classification, decision } = failure;
  return (
    decision?.strategy === 'skip' &&
    decision.rule !== 'cancelled-skip' &&
    classification?.type !== 'cancelled' &&
    failure.fileCommandError === undefined
  );
}

/** A `run/` step's record of a failure it let pass: shown by post, never counted as the job's failure. */
export function isSkippedFailure(record: StepRecord): boolean {
  return (
    record.kind === 'run' &&
    record.outcome === 'failure' &&
    skipsFailure({
      ...(record.classification ? { classification: record.classification } : {}),
      ...(record.decision ? { decision: record.decision } : {}),
    })
  );
}

/** The warning the step ends with instead of its error. */
export function skippedMessage(failure: string, decision: Pick<Decision, 'rule' | 'reason'>): string {
  return `${failure} The policy skips this failure (${decision.rule}): the step passes and the job goes on; the failure is shown in the job's summary.`;
}
