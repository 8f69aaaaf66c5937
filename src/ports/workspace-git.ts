/**
 * The local clone, as main's lane decision sees it: what changed between the merge base with a base ref
 * and HEAD. adapters/changed-files.ts asks git (the supervisor's revert clone is supervise/ports/git.ts); `RecordingWorkspaceGit` answers from memory.
 */
import type { Change } from '../core/lanes.js';

export interface WorkspaceGit {
  /** Files and changed lines since the merge base with `base`; `unknownBecause` when git cannot tell. */
  change(base: string): Promise<Change>;
}

export class RecordingWorkspaceGit implements WorkspaceGit {
  readonly bases: string[] = [];
  /** `answer` is the change, or an Error to throw (git could not run at all). */
  constructor(private readonly answer: Change | Error = { unknownBecause: 'no clone here' }) {}
  change(base: string): Promise<Change> {
    this.bases.push(base);
    return this.answer instanceof Error ? Promise.reject(this.answer) : Promise.resolve(this.answer);
  }
}
