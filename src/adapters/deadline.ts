/**
 * Time limits for what reporting and recording ask of services: each operation gets its own limit and
 * the phase a budget for all of them. An operation past its limit is abandoned (its fallback answers),
 * and the deadline remembers it, so the entry point can end the process instead of waiting on a socket
 * that a hung service holds open.
 */
export class Deadline {
  private readonly endsAt: number;
  /** Operations given up on: their sockets may still be open. */
  readonly abandoned: string[] = [];
  /** The abandoned work itself, for a caller that can wait for it (a test, before it ends). */
  private readonly leftovers: Promise<unknown>[] = [];

  constructor(
    readonly budgetMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.endsAt = now() + budgetMs;
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - this.now());
  }

  /**
   * `work` within `limitMs` and the budget left, else `fallback(reason)`. `work` is expected never to
   * throw (the ports warn and carry on); if it does, the error passes.
   */
  async run<T>(
    what: string,
    limitMs: number,
    work: () => Promise<T>,
    fallback: (reason: string) => T,
  ): Promise<T> {
    const ms = Math.min(limitMs, this.remainingMs());
    const seconds = Math.round(ms / 1000);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), ms);
      timer.unref();
    });
    try {
      const working = work();
      const result = await Promise.race([working, late]);
      if (result !== 'late') return result;
      this.abandoned.push(what);
      this.leftovers.push(working.catch(() => undefined));
      return fallback(
        ms < limitMs
          ? `${what} was skipped: reporting's time budget of ${Math.round(this.budgetMs / 1000)} s is spent`
          : `${what} did not finish within ${seconds} s; given up so the job goes on`,
      );
    } finally {
      clearTimeout(timer);
    }
  }

  /** Resolves once every abandoned operation has ended (an entry point exits instead of waiting). */
  async settled(): Promise<void> {
    await Promise.all(this.leftovers);
  }
}

/** Limits of post's reporting: seconds per service call, a few minutes for the whole phase. */
export const POST_LIMITS = {
  budgetMs: 150_000,
  /** Reading the job's steps, or writing the sticky comment (several REST calls, each bounded too). */
  githubMs: 60_000,
  /** A cache or artifact upload or download (ledger, plan). */
  storeMs: 45_000,
} as const;
