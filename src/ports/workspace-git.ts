/**
 * The local clone, as main's lane decision sees it: what changed between the merge base with a base ref
 * and HEAD. adapters/changed-files.ts asks git (the supervisor's revert clone is supervise/ports/git.ts); `RecordingWorkspaceGit` answers from memory.
 */
import type { Change } from '../core/lanes.js';

export interface WorkspaceGit {
  /**
   * Files and changed lines since the merge base with `base`; `unknownBecause` when git cannot tell.
   * Once the one direct diff is refused, git searches for the base (fetches, deepening) until `enough` aborts.
   */
  change(base: string, opts?: ChangeOptions): Promise<Change>;
}

export interface ChangeOptions {
  enough?: AbortSignal;
}

export class RecordingWorkspaceGit implements WorkspaceGit {
  readonly bases: string[] = [];
  /** Whether `enough` ended each search (made only where `answer` has no files and `found` is given). */
  readonly searchesEnded: boolean[] = [];
  /**
   * `answer` is the change, or an Error to throw (git could not run at all); `found`, what git's search for
   * the base (fetches; a turn of the event loop here) finds where `answer` has no files, unless `enough` aborts.
   */
  constructor(
    private readonly answer: Change | Error = { unknownBecause: 'no clone here' },
    private readonly found?: Change,
  ) {}
  async change(base: string, opts: ChangeOptions = {}): Promise<Change> {
    this.bases.push(base);
    if (this.answer instanceof Error) throw this.answer;
    if (this.answer.files || !this.found) return this.answer;
    await new Promise((resolve) => setImmediate(resolve));
    const ended = opts.enough?.aborted === true;
    this.searchesEnded.push(ended);
    return ended ? this.answer : this.found;
  }
}
