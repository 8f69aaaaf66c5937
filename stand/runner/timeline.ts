/**
 * The runner reports step starts and ends to GitHub through a queue it drains every 500 ms
 * (actions/runner `src/Runner.Common/JobServerQueue.cs`, `_delayForTimelineUpdateDequeue`), and drains
 * it at the end of the job: the jobs API shows a step's progress up to one period late. The stand
 * updates its jobs in the GitHub fake that way, each update the full period late (the runner's worst
 * case, so a test that copes with it copes with any batch).
 */
export const RUNNER_TIMELINE_PERIOD_MS = 500;

/** An update waiting for its time (and, with `reads`, for a read of the job after it was queued). */
interface Queued {
  dueAt: number;
  readsBefore: number | undefined;
  update: () => void;
}

/** How often an update that is due but still waits for a read looks again. */
const READ_POLL_MS = 50;

export class TimelineQueue {
  /** In the order queued: an update is applied only after the ones before it. */
  private readonly queued: Queued[] = [];
  private timer: NodeJS.Timeout | undefined;

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
    this.queued.push({ dueAt: Date.now() + this.lagMs, readsBefore: this.reads?.(), update });
    this.wake(this.lagMs);
  }

  /** The job ends: what is still queued reaches the API at once, in order. */
  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const { update } of this.queued.splice(0)) update();
  }

  private wake(delayMs: number): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.drain();
    }, delayMs);
    this.timer.unref();
  }

  /** Applies the due updates from the head; the first one not yet due (or unread) holds the rest back. */
  private drain(): void {
    for (let head = this.queued[0]; head; head = this.queued[0]) {
      const early = head.dueAt - Date.now();
      if (early > 0) return this.wake(early);
      if (this.reads && this.reads() === head.readsBefore) return this.wake(READ_POLL_MS);
      this.queued.shift();
      head.update();
    }
  }
}
