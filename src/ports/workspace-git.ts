/**
 * The local clone, as main's lane decision sees it: what changed between the merge base with a base ref
 * and HEAD. adapters/changed-files.ts asks git (the supervisor's revert clone is supervise/ports/git.ts); `RecordingWorkspaceGit` answers from memory.
 */
import type { Change } from '../core/lanes.js';

export interface WorkspaceGit {
  /**
   * Files and changed lines since the merge base with `base`; `unknownBecause` when git cannot tell.
   * `keepLooking`, asked once the one direct diff is refused: false ends there (no fetch, no deepening).
   */
  change(base: string, opts?: ChangeOptions): Promise<Change>;
}

export interface ChangeOptions {
  keepLooking?: () => Promise<boolean>;
}

export class RecordingWorkspaceGit implements WorkspaceGit {
  readonly bases: string[] = [];
  /** What each `keepLooking` answered, in order (asked only where `answer` has no files). */
  readonly keptLooking: boolean[] = [];
  /**
   * `answer` is the change, or an Error to throw (git could not run at all); `found`, what git's search for
   * the base (fetches) would find where `answer` has no files and `keepLooking` says go on.
   */
  constructor(
    private readonly answer: Change | Error = { unknownBecause: 'no clone here' },
    private readonly found?: Change,
  ) {}
  async change(base: string, opts: ChangeOptions = {}): Promise<Change> {
    this.bases.push(base);
    if (this.answer instanceof Error) throw this.answer;
    if (this.answer.files || !this.found) return this.answer;
    const go = opts.keepLooking ? await opts.keepLooking() : true;
    this.keptLooking.push(go);
    return go ? this.found : this.answer;
  }
}
