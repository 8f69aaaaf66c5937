/**
 * A save's comparison of its keyed paths with their entries, as the walk meets their entries: a file
 * compared by content is hashed on the pool's threads while the walk goes on; once the walk is over,
 * every entry is offered to its match in walk order, so the first difference named is always the same.
 */
import { availableParallelism } from 'node:os';
import type { KeyedMatch, PlannedEntry } from '../core/index.js';
import { HashPool } from './hash-pool.js';

interface Met {
  planned: PlannedEntry;
  match: KeyedMatch;
  sha256?: Promise<string | undefined>;
}

export class KeyedComparison {
  private readonly met: Met[] = [];
  private pool: HashPool | undefined;

  /** An entry of a keyed path, as the walk met it; `base` is the workspace with a trailing separator. */
  add(planned: PlannedEntry, match: KeyedMatch, base: string): void {
    const e = planned.entry;
    const met: Met = { planned, match };
    if (match.byContent && e.type === 'file') {
      // Two threads, so that hashing keeps up with the walk (one fell a second behind it on 2 cores).
      this.pool ??= new HashPool(Math.min(2, availableParallelism()));
      met.sha256 = this.pool.sha256(base + e.path, e.size ?? 0);
      // Awaited in compared(); a thread's failure before then is no unhandled rejection.
      met.sha256.catch(() => undefined);
    }
    this.met.push(met);
  }

  /** Once the walk is over: offers every entry to its match, and returns them in walk order. */
  async compared(): Promise<PlannedEntry[]> {
    this.pool?.flush();
    for (const { planned, match, sha256 } of this.met) match.offer(planned.entry, await sha256);
    return this.met.map((m) => m.planned);
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = undefined;
  }
}
