/**
 * What the supervisor phase does with its plan: the re-run, the revert (and its ledger entry) and the
 * sticky comment, or in a dry run what it would have done.
 */
import { recordRevert } from '../../core/ledger.js';
import type { RecoveryPlan } from '../../core/plan-artifact.js';
import { backoffMs } from '../../core/policy.js';
import type { RevertConfig } from '../core/revert.js';
import { renderRollbackRecord } from '../core/rollback-record.js';
import { dryRunActions } from '../core/supervise-dry-run.js';
import { branchKindOf, type SupervisePlan } from '../core/supervise-model.js';
import { withRerun } from '../core/rerun-records.js';
import {
  forkPlanSections,
  renderSupervisorSection,
  SUPERVISOR_SECTION_KEY,
} from '../core/supervise-report.js';
import { inert } from '../../core/text.js';
import type { SuperviseContext, SuperviseOutcome } from './context.js';
import type { SupervisePorts } from '../ports/supervise.js';
import { wouldBisect } from './supervise-bisect.js';
import type { Gathered, RevertWork } from './supervise-gather.js';
import { carryOutRevert } from './supervise-revert.js';

/** A dry run says what `act` would do, and does none of it: a read-only token is enough. */
export function sayDryRun(
  outcome: SuperviseOutcome,
  g: Gathered,
  work: RevertWork,
  revertConfig: RevertConfig,
  ctx: SuperviseContext,
  ports: SupervisePorts,
): void {
  outcome.dryRun = dryRunActions({
    plan: outcome.plan,
    comment: ctx.settings.comment,
    stale: g.stale,
    revertMode: revertConfig.mode,
    defaultBranch: g.details.run.defaultBranch,
    revertLabels: ctx.settings.revertLabels,
    ...(work.culpritPr !== undefined ? { culpritPr: work.culpritPr } : {}),
    ledger: ports.ledger !== undefined,
    ...bisectFact(work, revertConfig, outcome.plan, ports),
  });
  const { log } = ports.runner;
  log.info('ci-recovery supervisor: dry run: nothing re-run, reverted, commented or saved. It would have:');
  // Labels are the workflow's input, branch names the run's: one inert line each.
  for (const would of outcome.dryRun) log.info(`  - ${inert(would)}`);
}

/** What a real run would bisect, where it could (the probes port is wired). */
function bisectFact(
  work: RevertWork,
  revertConfig: RevertConfig,
  plan: SupervisePlan,
  ports: SupervisePorts,
): { bisect?: number } {
  const range = ports.probes ? wouldBisect({ facts: work.facts, revertConfig, plan }) : undefined;
  return range !== undefined ? { bisect: range } : {};
}

/** Carries out the plan: the re-run, the revert (and its ledger entry), the sticky comment. */
export async function act(
  outcome: SuperviseOutcome,
  g: Gathered,
  work: RevertWork,
  revertConfig: RevertConfig,
  ctx: SuperviseContext,
  ports: SupervisePorts,
): Promise<void> {
  const { run } = g.details;
  const { rerun, revert } = outcome.plan;
  const now = (): Date => ports.now?.() ?? new Date();
  if (rerun) {
    const wait = backoffMs({ backoffSeconds: rerun.backoffSeconds }, run.attempt + 1);
    ports.runner.log.info(
      `ci-recovery supervisor: re-running ${rerun.mode === 'job' ? `job ${rerun.jobIds[0]}` : 'the failed jobs'} of run ${run.id} after ${wait} ms`,
    );
    outcome.rerun = await ports.github.requestRerun(run.id, rerun, wait);
  }
  if (revert && work.clone) {
    const site = {
      clone: work.clone,
      ...(work.culpritPr !== undefined ? { culpritPr: work.culpritPr } : {}),
      ...(work.facts.culpritRange !== undefined ? { culpritRange: work.facts.culpritRange } : {}),
      ...(work.facts.earlierRollbacks !== undefined ? { earlierRollbacks: work.facts.earlierRollbacks } : {}),
      ...(work.probes ? { probes: work.probes } : {}),
    };
    await carryOutRevert(outcome, site, revertConfig, ctx, ports, now());
    if (outcome.revert && g.ledger) {
      outcome.ledger = recordRevert(g.ledger, {
        at: now().toISOString(),
        sha: revert.sha,
        ...(outcome.revert.pr ? { pr: outcome.revert.pr.number } : {}),
        ...(outcome.revert.pushed
          ? { revertSha: outcome.revert.pushed, landedSha: outcome.revert.pushed }
          : { revertSha: outcome.revert.record.to.commit }),
        ...(work.target !== undefined ? { target: work.target } : {}),
        // Kept until a later run of the branch tells whether the revert helped (supervise-verify.ts).
        record: renderRollbackRecord(outcome.revert.record),
      });
    }
  }
  // GITHUB_TOKEN's re-run fires no event when it completes: the ledger keeps it for the sweeps to read.
  const ledger = outcome.ledger ?? g.ledger;
  if (outcome.rerun && ledger && branchKindOf(run) === 'default')
    outcome.ledger = withRerun(ledger, run, now());
  // A repeat run that finds everything done writes nothing, not even an updated comment.
  const acted = outcome.plan.jobs.some((j) => j.action !== 'nothing');
  if (ctx.settings.comment && !g.stale && acted) await comment(outcome, g.plans, work.culpritPr, ctx, ports);
}

/** The sticky comment: the PR of a PR run (by head sha for forks), or the culprit's PR of a revert. */
async function comment(
  outcome: SuperviseOutcome,
  plans: readonly RecoveryPlan[],
  culpritPr: number | undefined,
  ctx: SuperviseContext,
  ports: SupervisePorts,
): Promise<void> {
  const { plan, details } = outcome;
  const { github } = ports;
  // On the default branch the culprit's (merged) PR hears about the confirming re-run, the revert or why not.
  const pr =
    plan.branchKind === 'pr'
      ? // the pull request is only who hears about it: without one, no comment
        await github.findPullRequest(details).catch(() => undefined)
      : plan.branchKind === 'default'
        ? culpritPr
        : undefined;
  if (pr === undefined) return;
  outcome.pr = pr;
  // Fork PR jobs cannot comment (read-only token): their sections come from their plans, here.
  if (details.headRepository !== undefined && details.headRepository !== ctx.repository) {
    for (const { key, ...section } of forkPlanSections(plans, details.run.url))
      await github.upsertComment(pr, key, section);
  }
  const body = renderSupervisorSection(plan, {
    ...(outcome.savings ? { savings: outcome.savings } : {}),
    ...(outcome.rerun ? { rerun: outcome.rerun } : {}),
    ...(outcome.revert?.pr ? { revertPr: outcome.revert.pr } : {}),
    ...(outcome.revert?.pushed ? { revertPushed: outcome.revert.pushed } : {}),
    ...(details.run.url ? { runUrl: details.run.url } : {}),
  });
  const result = await github.upsertComment(pr, SUPERVISOR_SECTION_KEY, {
    body,
    runId: plan.runId,
    attempt: plan.runAttempt,
  });
  if (result.url) outcome.comment = result.url;
}
