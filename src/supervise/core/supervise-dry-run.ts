/**
 * What the supervisor would have done, said instead of done (`dry-run`): every call that writes (the
 * re-run, the revert's push and PR, the rollback record, the ledger, the sticky comment) is left out, so
 * a token with read permissions only can try it on a real run.
 */
import { backoffMs } from '../../core/policy.js';
import type { SupervisePlan } from './supervise-model.js';

export interface DryRunFacts {
  plan: SupervisePlan;
  /** The `comment` input, and whether a comment would be written at all (the run is the latest attempt). */
  comment: boolean;
  stale: boolean;
  revertMode: 'pr' | 'push';
  defaultBranch: string;
  revertLabels: readonly string[];
  /** The culprit's PR of a default-branch run, when the revert facts named it. */
  culpritPr?: number;
  /** A ledger is kept (config ledger.enabled). */
  ledger: boolean;
  /** The commits since the last green run a real run would bisect (2..8), when it would. */
  bisect?: number;
}

/** One sentence per write a real run would make, each naming the permission it needs. */
export function dryRunActions(f: DryRunFacts): string[] {
  const { plan } = f;
  const would: string[] = [];
  const { rerun, revert } = plan;
  if (rerun) {
    const wait = backoffMs({ backoffSeconds: rerun.backoffSeconds }, plan.runAttempt + 1) / 1000;
    const what =
      rerun.mode === 'job' ? `job ${rerun.jobIds[0]}` : `the failed jobs (${rerun.jobIds.join(', ')})`;
    would.push(`re-run ${what} of run ${plan.runId} after ${wait} s (actions: write)`);
  }
  if (revert) {
    const sha = revert.sha.slice(0, 12);
    would.push(
      f.revertMode === 'push'
        ? `revert ${sha} and push the revert to ${f.defaultBranch} (contents: write)`
        : `revert ${sha}, push it to ${revert.branch} and open a draft revert PR labelled ${f.revertLabels.join(', ') || '(none)'} (contents: write, pull-requests: write)`,
    );
    would.push('keep the rollback record as an artifact of this run (actions: write)');
    if (f.ledger) would.push('record the revert in the ledger of the branch (the Actions cache)');
  }
  if (f.bisect !== undefined)
    would.push(
      `bisect the ${f.bisect} commits since the last green run: one step now, a probe branch ci-recovery/probe-<sha12> at a commit and a workflow_dispatch of the workflow there (contents: write, actions: write)`,
    );
  const acted = plan.jobs.some((j) => j.action !== 'nothing');
  const pr = plan.branchKind === 'pr' ? 'the run' : plan.branchKind === 'default' ? f.culpritPr : undefined;
  if (f.comment && !f.stale && acted && pr !== undefined)
    would.push(
      `update the sticky comment on ${pr === 'the run' ? "the run's pull request" : `pull request #${pr}`} (pull-requests: write)`,
    );
  if (would.length === 0) would.push('change nothing: no job needs a re-run, a revert or a comment');
  return would;
}
