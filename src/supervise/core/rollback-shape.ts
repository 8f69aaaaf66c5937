/**
 * The rollback record's shape (rollback-record.ts builds, renders and parses it; rollback-post-mortem.ts
 * reads it): imported by both, importing neither. Pure.
 */
import type { Evidence, FailureType } from '../../core/types.js';
import type { RevertMode } from './revert.js';

export interface RollbackRecord {
  version: number;
  /** The culprit commit (reverted) and the commit that undoes it (the revert). */
  from: { commit: string; subject: string; author?: string; pullRequest?: number };
  to: { commit: string; branch: string; parent: string; mainline?: number };
  /** How the revert went out: `pr` also when `push` mode asked first (see `askedFirst`). */
  mode: RevertMode;
  reason: string;
  /** Why `push` mode opened a draft PR instead of pushing (core/revert.ts `pushAsksFirst`). */
  askedFirst?: string;
  trigger: {
    workflow: string;
    /**
     * The workflow's file (`.github/workflows/ci.yml`): two workflows may share a name, never a file. Absent
     * in a record written before it was kept: its name is read instead.
     */
    workflowPath?: string;
    runId: number;
    runAttempt: number;
    job: string;
    url?: string;
    /** When the failing run started (ISO): the post-mortem's durations count from it. */
    startedAt?: string;
  };
  failureType: FailureType;
  evidence: Evidence[];
  timestamp: string;
  /** Artifacts of the failed run kept for the post-mortem (checkpoints, plans, this record). */
  artifactsPreserved: string[];
  /** What a person should do to re-land the change. */
  revisionTargets: string[];
  /**
   * Rollbacks of this target (`from.commit`'s change) the supervisor made, this one included: at most
   * two, then a person. Absent in a record written before the count was kept: 1.
   */
  rollbacks?: number;
  /**
   * The culprit was picked among several commits by bisection: each probe (a dispatched run of the
   * workflow at one commit) and what it told, `<sha12>: <result>, run <id>`.
   */
  probes?: string[];
  /** What the first run of the default branch after the revert landed told. */
  verification?: RollbackVerification;
  /** The revert did not help: the draft PR that re-lands the reverted change, and why a person. */
  reland?: { branch: string; pr?: number; url?: string; escalated: string };
}

/** The verdict of the default branch's first run after the revert landed. */
export interface RollbackVerification {
  result: 'green' | 'still-failing';
  runId: number;
  runAttempt: number;
  /** The commit that run tested (it holds the revert). */
  sha: string;
  at: string;
  url?: string;
  /** For `still-failing`: the failure that came back. */
  failureType?: FailureType;
  evidence?: Evidence;
}
