/**
 * The jobs API can lag the runner: it sends step (timeline) updates in batches every 500 ms
 * (actions/runner `src/Runner.Common/JobServerQueue.cs`, `_delayForTimelineUpdateDequeue`), so when
 * post starts, a main step that just ended may still read `in_progress`. Post re-reads a few times
 * within about 2 s; a step still unsettled after that is left to ci-recovery's own records.
 */
import type { StepOutcome } from './types.js';

/** Reads of the jobs API post makes at most, and the pause between them (3 pauses: 1.8 s). */
export const SETTLE_READS = 4;
export const SETTLE_PAUSE_MS = 600;

/**
 * Main steps the API does not show finished yet. Post steps (`Post <name>`, run last and listed after
 * every main step) and `Complete job` are legitimately unfinished while post runs; every step before
 * them ended before post began.
 */
export function laggingSteps(steps: readonly StepOutcome[]): StepOutcome[] {
  const firstAfterMain = steps.findIndex((s) => /^Post /.test(s.name) || s.name === 'Complete job');
  const main = firstAfterMain < 0 ? steps : steps.slice(0, firstAfterMain);
  return main.filter((s) => s.conclusion === 'unknown');
}

/** The warning for steps still unsettled after the last read: what the report rests on instead. */
export function lagWarning(lagging: readonly StepOutcome[]): string {
  const names = lagging.map((s) => `'${s.name}'`).join(', ');
  return (
    `the jobs API still showed ${names} as running after ${SETTLE_READS} reads ` +
    `(${((SETTLE_READS - 1) * SETTLE_PAUSE_MS) / 1000} s): ${lagging.length === 1 ? 'its' : 'their'} result comes from ` +
    "ci-recovery's own records, and a plain run: step among them is not in this report"
  );
}
