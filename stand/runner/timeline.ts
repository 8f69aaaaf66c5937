/**
 * The runner reports step starts and ends to GitHub through a queue it drains every 500 ms
 * (actions/runner `src/Runner.Common/JobServerQueue.cs`, `_delayForTimelineUpdateDequeue`), and drains
 * it at the end of the job: the jobs API shows a step's progress up to one period late. The stand
 * updates its jobs in the GitHub fake that way, each update the full period late (the runner's worst
 * case, so a test that copes with it copes with any batch).
 */
export const RUNNER_TIMELINE_PERIOD_MS = 500;

export class TimelineQueue {
  private readonly pending = new Map<NodeJS.Timeout, () => void>();

  /**
   * `lagMs` 0: every update at once. With `reads` (how many times the job has been read), an update also
   * waits for one read after it was queued: a test that needs a read to miss it then does not depend on how
   * fast the reader starts on a busy machine (post's node process can take longer than the lag to start).
   */
  constructor(
    private readonly lagMs: number = RUNNER_TIMELINE_PERIOD_MS,
    private readonly reads?: () => number,
  ) {}

  /** Applies `update` `lagMs` from now (updates keep their order). */
  queue(update: () => void): void {
    if (this.lagMs <= 0) {
      update();
      return;
    }
    const readsBefore = this.reads?.();
    const apply = (delayMs: number): void => {
      const timer = setTimeout(() => {
        this.pending.delete(timer);
        if (this.reads && this.reads() === readsBefore) apply(50);
        else update();
      }, delayMs);
      timer.unref();
      this.pending.set(timer, update);
    };
    apply(this.lagMs);
  }

  /** The job ends: what is still queued reaches the API at once, in order. */
  close(): void {
    const due = [...this.pending];
    this.pending.clear();
    for (const [timer, update] of due) {
      clearTimeout(timer);
      update();
    }
  }
}
