/**
 * The jobs API can lag the runner: it sends step (timeline) updates in batches every 500 ms
 * (actions/runner `src/Runner.Common/JobServerQueue.cs`, `_delayForTimelineUpdateDequeue`), so when
 * post starts, a main step that just ended may still read `in_progress`, or a step that just started may
 * not be listed yet. Post re-reads a few times within about 2 s of its start; what is still unsettled
 * after that is left to ci-recovery's own records.
 */
import type { StepOutcome } from './types.js';

/**
 * When post re-reads a lagging jobs API, in ms since post's process started. What it waits for was queued
 * before post started: the runner queues a step's end (`ExecutionContext.Complete`) before it starts the
 * next, and its one queue sends everything queued, in order, at its next turn, at most 500 ms later plus
 * the round trip of the batch in flight (`ProcessTimelinesUpdateQueueAsync`: send, then `Task.Delay`
 * 500 ms). So the first re-read comes 0.6 s after post began (one period and a round trip), not a full
 * pause after post's first read; the later ones keep the window the reads have always covered: 2 s.
 */
export const SETTLE_READ_AT_MS = [600, 1300, 2000] as const;
/** Reads of the jobs API post makes at most: the first, then one at each of SETTLE_READ_AT_MS. */
export const SETTLE_READS = SETTLE_READ_AT_MS.length + 1;

/** The pause before re-read `reread` (1-based), `elapsedMs` after post began: none when it is already due. */
export function settlePause(reread: number, elapsedMs: number): number {
  const at = SETTLE_READ_AT_MS[Math.min(reread, SETTLE_READ_AT_MS.length) - 1] ?? 0;
  return Math.max(0, Math.ceil(at - elapsedMs));
}

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
  const waited = `after ${SETTLE_READS} reads (${SETTLE_READ_AT_MS.at(-1)! / 1000} s after post began)`;
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
