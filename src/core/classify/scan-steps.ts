/**
 * Which step's hits the scan keeps: the first failed step not allowed to fail (ScanResult.firstFailedStep),
 * the next one that failed the job too (laterFailedStep), and what a step only cancelled or closed before the
 * log said it failed leaves for the end (GitLab). The line reader (scan-lines.ts) fills the open step's hits
 * and tells this when the structure reader moves to another step. Pure.
 */
import type { Evidence } from '../types.js';
import type { FailedStep, ScanResult, StepHits } from './scan-result.js';
import { freshStep, shapedTail } from './scan-result.js';
import type { LogStep, StructureReader } from './structure.js';
import { failsTheJob } from './structure.js';

export class ScanSteps {
  /** The step being read. */
  step: StepHits;
  /** The last closed step that did its own work (GitLab says it failed later). */
  private closedRun: StepHits | undefined;
  /** The first step that failed only by a cancellation, kept in case no other step failed (structure.ts firstFailed). */
  private cancelledRun: StepHits | undefined;

  constructor(
    private readonly result: ScanResult,
    private readonly reader: StructureReader,
    private readonly ruleCount: number,
    private readonly conditionCount = 0,
  ) {
    this.step = freshStep(ruleCount, -1, 1, conditionCount);
  }

  /**
   * The scan's end, once its `lines` are counted (`line`: the line being read then): the failed step the log
   * said last, the open step, and the whole log's tail and cause lines when no step failed.
   */
  finish(line: number, recent: readonly Evidence[], said: Evidence[]): void {
    const result = this.result;
    const structure = this.reader.end(result.lines);
    result.structure = structure;
    this.unfreezeAllowed();
    const failed = structure.failedStep;
    if (failed !== undefined && !result.firstFailedStep) {
      // The step that failed was still open, or closed before the log said it failed (GitLab).
      const hits = [this.step, this.closedRun, this.cancelledRun].find((h) => h?.index === failed);
      if (hits) this.freeze(hits, structure.steps[failed], line);
    }
    const open = structure.steps[this.step.index];
    if (open) this.keepLater(this.step, open);
    result.command ??= this.step.commands;
    const tail = shapedTail(recent, line);
    if (tail.length > 0) result.tail = tail;
    if (said.length > 0) result.said = said;
  }

  private freeze(hits: StepHits, step: LogStep | undefined, line: number): void {
    const failed: FailedStep = {
      from: hits.from,
      to: step?.end ?? line,
      first: hits.first,
      last: hits.last,
      cause: hits.cause,
      tail: shapedTail(hits.recent, step?.end ?? line),
    };
    if (hits.told) failed.told = hits.told;
    if (hits.toldUnder !== undefined) failed.toldUnder = hits.toldUnder;
    if (hits.said.length > 0) failed.said = hits.said;
    if (hits.script) failed.script = hits.script;
    if (step) failed.step = step;
    this.result.firstFailedStep = failed;
    this.result.command = hits.commands;
  }

  /** A step closed after the first failed one: kept when it failed the job too and is the first such. */
  private keepLater(hits: StepHits, step: LogStep): void {
    const first = this.result.firstFailedStep;
    if (!first?.step || this.result.laterFailedStep || step === first.step) return;
    if (step.start <= first.step.start || !failsTheJob(step) || step.cancelled === true) return;
    this.result.laterFailedStep = {
      from: hits.from,
      to: step.end,
      first: hits.first,
      last: hits.last,
      cause: hits.cause,
      step,
      tail: shapedTail(hits.recent, step.end),
      commands: hits.commands,
    };
  }

  /**
   * The step kept as the first to fail, when the log said later that it was allowed to (a composite action's
   * continue-on-error, structure-markers.ts ACTION_MARKER): the next failed step that was not is the one.
   */
  private unfreezeAllowed(): void {
    if (!this.result.firstFailedStep?.step?.allowedToFail) return;
    delete this.result.firstFailedStep;
    delete this.result.command;
    delete this.result.laterFailedStep;
  }

  /** The reader moved on to a new step (on line `line`): the one just closed is kept if it is the first to fail. */
  closeStep(line: number): void {
    this.unfreezeAllowed();
    const closed = this.step;
    // The reader made its first step from line 1 only now: the lines read so far are that step's.
    if (closed.index === -1 && this.reader.stepAt(0)?.start === 1) {
      closed.index = 0;
      if (this.reader.current === 0) return;
    }
    const step = this.reader.stepAt(closed.index);
    if (step) this.keepLater(closed, step);
    if (step && !this.result.firstFailedStep && (step.kind === 'run' || step.kind === 'setup')) {
      // A step only cancelled waits: another job's step that failed on its own decides (structure.ts).
      if (failsTheJob(step) && step.cancelled === true) this.cancelledRun ??= closed;
      else if (failsTheJob(step)) this.freeze(closed, step, line);
      else this.closedRun = closed;
    }
    const index = this.reader.current;
    const from = this.reader.stepAt(index)?.start ?? line + 1;
    this.step = freshStep(this.ruleCount, index, from, this.conditionCount);
  }
}
