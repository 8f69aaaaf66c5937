/**
 * Background steps as the runner runs them (actions/runner at 258d6c8, `src/Runner.Worker/`):
 * - a step with `background: true` is started and the job goes on to the next step at once
 *   (`StepsRunner.cs:245-249`, `BackgroundStepCoordinator.cs:61-88`);
 * - its GITHUB_ENV, GITHUB_PATH and GITHUB_OUTPUT are kept aside (`ExecutionContext.cs:453-459`,
 *   `FileCommandManager.cs:203-205`, `:340-342`), as are its outcome and conclusion, and reach later steps
 *   only when a `wait` or `wait-all` step completes it (`BackgroundStepCoordinator.cs:371-392`);
 * - `wait` waits for the steps it names, `wait-all` for every one not yet waited for, in the order they
 *   started (`BackgroundStepCoordinator.cs:149-169`); a wait step's result is the merged result of those it
 *   waited for; whatever is still running when the mains end is waited for before the posts, and every
 *   background step's result is merged into the job's (`StepsRunner.cs:63-68`, `:97-135`).
 * - at most 10 run at once (`DefaultMaxBackgroundSteps`, `BackgroundStepCoordinator.cs:29`, `:40`; the
 *   job's `system.runner.maxbackgroundsteps` variable may change it, `JobExtension.cs:521-524`): a further
 *   one waits for a slot before it starts (`BackgroundStepCoordinator.cs:217-219`), with the env it was
 *   dequeued with, and frees its slot when it ends (`:258`, in a `finally`).
 * Not modelled: `cancel` and `parallel` groups;
 * the "Wait for all background steps" step the runner appends when some are never waited for
 * (`JobExtension.cs:515-550`) is a silent drain here, not a step in the jobs API.
 */

/** What a background step left: its deferred env, path, outputs and conclusion (a StageResult). */
export interface Deferred {
  stepId: string;
  name: string;
  conclusion: 'success' | 'failure' | 'skipped' | 'cancelled';
}

/** The runner's number of background slots (`BackgroundStepCoordinator.cs:29`). */
export const MAX_BACKGROUND_STEPS = 10;

export class BackgroundSteps<R extends Deferred> {
  private readonly running = new Map<string, { name: string; done: Promise<R> }>();
  private readonly completed = new Set<string>();
  private free: number;
  private readonly queue: (() => void)[] = [];

  constructor(maxConcurrent = MAX_BACKGROUND_STEPS) {
    this.free = maxConcurrent;
  }

  /**
   * A slot for the next background step (the runner's SemaphoreSlim): `acquired` resolves once one is free,
   * in the order asked; `release` frees it when the step ends.
   */
  slot(): { acquired: Promise<void>; release: () => void } {
    const acquired = new Promise<void>((resolve) => {
      if (this.free > 0) {
        this.free--;
        resolve();
      } else this.queue.push(resolve);
    });
    const release = (): void => {
      const next = this.queue.shift();
      if (next) next();
      else this.free++;
    };
    return { acquired, release };
  }

  start(id: string, name: string, done: Promise<R>): void {
    this.running.set(id, { name, done });
  }

  /** The ids not yet waited for, in the order they started. */
  unwaited(): string[] {
    return [...this.running.keys()].filter((id) => !this.completed.has(id));
  }

  /** Display names, as the wait step's log line gives them (`DescribeSteps`). */
  describe(ids: string[]): string {
    const names = ids.map((id) => this.running.get(id)?.name ?? id);
    return names.length > 0 ? names.join(', ') : '(none)';
  }

  /** Waits for `ids` and returns, in that order, those not flushed before: the caller flushes them. */
  async wait(ids: string[]): Promise<R[]> {
    const fresh = ids.filter((id) => this.running.has(id) && !this.completed.has(id));
    for (const id of ids) this.completed.add(id);
    return Promise.all(fresh.map((id) => (this.running.get(id) as { done: Promise<R> }).done));
  }

  /** Every background step that ran, once all are done (the job's result merges them all). */
  async all(): Promise<R[]> {
    return Promise.all([...this.running.values()].map((r) => r.done));
  }
}

/** `TaskResultUtil.MergeTaskResults` over conclusions: a failure wins, then a cancel. */
export function mergedConclusion(results: readonly Deferred[]): 'success' | 'failure' | 'cancelled' {
  if (results.some((r) => r.conclusion === 'failure')) return 'failure';
  if (results.some((r) => r.conclusion === 'cancelled')) return 'cancelled';
  return 'success';
}
