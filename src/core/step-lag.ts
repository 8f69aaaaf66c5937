/**
 * The jobs API can lag the runner: it sends step (timeline) updates in batches every 500 ms
 * (actions/runner `src/Runner.Common/JobServerQueue.cs`, `_delayForTimelineUpdateDequeue`), so when
 * post starts, a main step that just ended may still read `in_progress`, or a step that just started may
 * not be listed yet. Post re-reads a few times within about 2 s; what is still unsettled after that is
 * left to ci-recovery's own records.
 */
import type { StepOutcome } from './types.js';

/** Reads of the jobs API post makes at most, and the pause between them (3 pauses: 1.8 s). */
export const SETTLE_READS = 4;
export const SETTLE_PAUSE_MS = 600;

/** The runner names a post step `Post <display name>` (actions/runner `ActionRunner.cs`, line 115). */
const POST_STEP = /^Post /;

export interface StepLag {
  /** Main steps the API does not show finished yet. */
  unsettled: StepOutcome[];
  /** No post step listed yet: post is running, so the API has not caught up with the job's steps. */
  postUnlisted: boolean;
}

/**
 * How far the API's steps lag the runner while post runs. Post steps (listed after every main step) and
 * `Complete job` are legitimately unfinished then; every step before them ended before post began.
 */
export function stepLag(steps: readonly StepOutcome[]): StepLag {
  const firstAfterMain = steps.findIndex((s) => POST_STEP.test(s.name) || s.name === 'Complete job');
  const main = firstAfterMain < 0 ? steps : steps.slice(0, firstAfterMain);
  return {
    unsettled: main.filter((s) => s.conclusion === 'unknown'),
    postUnlisted: !steps.some((s) => POST_STEP.test(s.name)),
  };
}

export function isLagging(lag: StepLag): boolean {
  return lag.unsettled.length > 0 || lag.postUnlisted;
}

/** The warning for a lag that outlasted the last read: what the report rests on instead. */
export function lagWarning(lag: StepLag): string {
  const waited = `after ${SETTLE_READS} reads (${((SETTLE_READS - 1) * SETTLE_PAUSE_MS) / 1000} s)`;
  const { unsettled } = lag;
  if (unsettled.length === 0) {
    return `the jobs API had not listed this post step ${waited}: a step that ended just before post may be missing from this report`;
  }
  const names = unsettled.map((s) => `'${s.name}'`).join(', ');
  return (
    `the jobs API still showed ${names} as running ${waited}: ${unsettled.length === 1 ? 'its' : 'their'} result comes from ` +
    "ci-recovery's own records, and a plain run: step among them is not in this report"
  );
}
