/**
 * The supervisor phase: runs in a separate run after the watched run completed (workflow_run).
 * Gather: the run, its jobs, their recovery plans, logs and annotations, the ledger, and (only for the jobs
 * the policy would roll back) the previous attempt and the facts a revert needs from a clone of the
 * default branch (supervise-gather.ts). Decide: core/supervise.ts. Act: re-run, or revert the culprit,
 * comment on the PR (supervise-act.ts), write the job summary. It clones only the default branch and never
 * runs PR code.
 */
import { errorMessage } from '../../core/errors.js';
import { updateRevert, type Ledger } from '../../core/ledger.js';
import { decide, type PolicyInput } from '../../core/policy.js';
import type { RevertConfig } from '../core/revert.js';
import type { VerifiedRollback } from '../core/rollback-verify.js';
import {
  escalateRevert,
  leaveRevertToNewer,
  newerPushRun,
  revertCandidates,
  supervise,
} from '../core/supervise.js';
import { branchKindOf, type SupervisePlan } from '../core/supervise-model.js';
import { renderSuperviseSummary, rerunSavings } from '../core/supervise-report.js';
import { tokenLines, type TokenKind } from '../core/supervise-token.js';
import { RateLimitError, type SupervisePorts } from '../ports/supervise.js';
import { DispatchRefusedError } from '../ports/probes.js';
import { VERDICT_DISPATCH_GRACE_MS } from '../core/verdict-dispatch.js';
import { inert } from '../../core/text.js';
import { act, sayDryRun } from './supervise-act.js';
import {
  gatherPrevious,
  gatherRevertFacts,
  gatherRun,
  jobFindings,
  type Gathered,
} from './supervise-gather.js';
import { verifyRollbacks } from './supervise-verify.js';
import { gatherReentry, tellReentry } from './supervise-reentry.js';
import { bisectedRunOf, bisectRange } from './supervise-bisect.js';
import { isProbeRun } from '../core/bisect.js';
import { withoutAnsweredRerun } from '../core/rerun-records.js';
import type { SuperviseContext, SuperviseOutcome } from './context.js';

/** Everything the supervisor does for one completed run. Throws UserErrors naming the fix. */
export async function superviseRun(ctx: SuperviseContext, ports: SupervisePorts): Promise<SuperviseOutcome> {
  const { config, settings } = ctx;
  const revertConfig: RevertConfig = {
    ...config.revert,
    ...(settings.revertMode ? { mode: settings.revertMode } : {}),
  };
  const policy = (i: PolicyInput): ReturnType<typeof decide> => decide(i, config);
  const g = await probedRun(ctx, ports, await gatherRun(ctx, ports));
  const { run } = g.details;
  // A push to ci-recovery's own branches (an App token's probe or revert branch starts push runs): nobody's
  // work to re-run or revert.
  if (run.event === 'push' && run.headBranch.startsWith('ci-recovery/')) g.jobs = [];
  // Earlier rollbacks first: the ledger they update is the one a revert of this run adds to.
  const verified = await verifyEarlier(g, ctx, ports);
  // A PR run that re-lands a rolled-back change: the default branch's ledger holds the rollback's record.
  // A dry run writes no comment: it asks nothing for one (as verifyEarlier).
  const reland = settings.dryRun ? undefined : await gatherReentry(g, ports, g.problems);
  // One rule, the policy's: the jobs it would roll back are the ones whose confirming facts are read.
  const scope = config.supervise;
  const candidates = revertCandidates({ run, jobs: g.jobs, findings: g.findings, decide: policy, scope });
  const previous = await gatherPrevious(g, candidates, ports.github);
  const work = await gatherRevertFacts(g, candidates, revertConfig, ctx, ports);
  try {
    const plan = supervise({
      run,
      jobs: g.jobs,
      ...(g.moreJobs ? { moreJobs: true } : {}),
      findings: g.findings,
      previous,
      decide: policy,
      revert: revertConfig,
      scope,
      ...work.facts,
    });
    const bisected = await bisectRange(plan, g, work, revertConfig, ctx, ports, (job) =>
      jobFindings(job, [], ports.github, g.problems),
    );
    // Back for a probe, only the bisection acts: the run's own re-run was asked for when it completed.
    const { rerun: _asked, ...rest } = bisected;
    const stepped = await unlessMoved(g.probe === undefined ? bisected : rest, g, ports);
    const savings = rerunSavings(stepped, g.jobs, g.plans);
    const outcome: SuperviseOutcome = {
      plan: stepped,
      details: g.details,
      problems: g.problems,
      failures: [],
      ...(savings.length > 0 ? { savings } : {}),
      ...(verified ? { verified: verified.verified } : {}),
      // The bisection's records come after the verdicts' (it was given the verified ledger).
      ...(work.ledger ? { ledger: work.ledger } : verified?.ledger ? { ledger: verified.ledger } : {}),
      ...(reland ? { reentry: reland.reentry } : {}),
    };
    if (settings.dryRun) {
      sayDryRun(outcome, g, work, revertConfig, ctx, ports);
    } else {
      const waits = await actUnlessLimited(
        outcome,
        () => act(outcome, g, work, revertConfig, ctx, ports),
        ports,
        settings,
      );
      if (outcome.revert?.pushed) await dispatchVerdictRun(outcome, settings.tokenKind, ports);
      if (reland && settings.comment) await tellReentry(reland, run, ports, outcome.problems);
      // The re-run's answer was read and acted on, or none will come: no sweep needs its record. One that
      // waits keeps it, and so does the record this wake just made.
      const ledger = outcome.ledger ?? g.ledger;
      if (ledger && !waits && !g.stale && !outcome.rerun) {
        const completed = {
          id: run.id,
          attempt: run.attempt,
          completed: run.conclusion !== null,
          ...(run.updatedAt !== undefined ? { updatedAt: run.updatedAt } : {}),
        };
        const answered = withoutAnsweredRerun(ledger, completed, ports.now?.() ?? new Date());
        if (answered !== ledger) outcome.ledger = answered;
      }
    }
    if (outcome.ledger && ports.ledger && !settings.dryRun)
      await ports.ledger.save(outcome.ledger, run.headBranch);
    writeSummary(outcome, ports.runner, settings.tokenKind);
    return outcome;
  } finally {
    await work.clone
      ?.dispose()
      .catch((e: unknown) => ports.runner.log.debug(`clone clean-up: ${errorMessage(e)}`));
  }
}

/**
 * The plan carried out. A rate limit passes: the wake stops there, what it did is saved, and the next wake
 * (which reads GitHub again: a pushed revert branch is found and its PR opened once) goes on. Any other
 * failure still goes in the summary (a call past the budget, a refusal), and the step fails with it.
 * Answers whether the plan waits for the next wake.
 */
async function actUnlessLimited(
  outcome: SuperviseOutcome,
  acting: () => Promise<void>,
  ports: SupervisePorts,
  settings: SuperviseContext['settings'],
): Promise<boolean> {
  try {
    await acting();
    return false;
  } catch (error) {
    if (error instanceof RateLimitError) {
      const waits = `not carried out, it waits for the next wake: ${errorMessage(error)}`;
      outcome.problems.push(waits);
      ports.runner.log.warning(`ci-recovery supervisor: ${inert(waits)}`);
      return true;
    }
    outcome.problems.push(`not carried out: ${errorMessage(error)}`);
    writeSummary(outcome, ports.runner, settings.tokenKind);
    throw error;
  }
}

/**
 * A revert only while the failing run is its branch's newest push run of the workflow: the branch may have
 * moved during the confirming re-run or the bisection (a fix landed), and a revert on top of commits the run
 * never tested could undo what is already fixed. Not known whether it moved: a person decides.
 */
async function unlessMoved(plan: SupervisePlan, g: Gathered, ports: SupervisePorts): Promise<SupervisePlan> {
  const { run, workflowId } = g.details;
  if (!plan.revert || !ports.probes) return plan;
  try {
    const pushes = await ports.probes.listRuns(workflowId, { branch: run.defaultBranch, event: 'push' });
    const newer = newerPushRun(pushes, run.id);
    if (newer === undefined) return plan;
    ports.runner.log.info(
      `ci-recovery supervisor: no revert from run ${run.id}: ${inert(run.defaultBranch)} moved on, run ${newer.id} is newer`,
    );
    return leaveRevertToNewer(plan, newer);
  } catch (error) {
    return escalateRevert(
      plan,
      `whether ${run.defaultBranch} moved since run ${run.id} is not known (${errorMessage(error)})`,
    );
  }
}

/**
 * A completed probe run of a bisection: the failing run it bisects is supervised again, which takes the
 * bisection's next step. Any other run (or no failing run left) is supervised as it is.
 */
async function probedRun(ctx: SuperviseContext, ports: SupervisePorts, g: Gathered): Promise<Gathered> {
  if (!ports.probes || g.stale) return g;
  const bisected = await bisectedRunOf(g.details, ports.probes);
  if (bisected === undefined) {
    // The branch is green again: the probe's answer is moot, and its branch is not left behind (a dry run,
    // or a dispatch off the default branch, only reports).
    if (isProbeRun(g.details.run) && !ctx.settings.dryRun)
      await ports.probes
        .deleteBranch(g.details.run.headBranch)
        .catch((e: unknown) => ports.runner.log.debug(`probe branch left: ${inert(errorMessage(e))}`));
    return g;
  }
  ports.runner.log.info(
    `ci-recovery supervisor: run ${g.details.run.id} is a probe: supervising run ${bisected} again`,
  );
  const { runAttempt: _event, ...settings } = ctx.settings;
  const again = await gatherRun({ ...ctx, settings: { ...settings, runId: bisected } }, ports);
  return { ...again, probe: g.details.run.id };
}

/** The pending rollbacks a default-branch run tells about; undefined when none could be (dry run, no ledger). */
async function verifyEarlier(
  g: Gathered,
  ctx: SuperviseContext,
  ports: SupervisePorts,
): Promise<{ ledger?: Ledger; verified: VerifiedRollback[] } | undefined> {
  const { run } = g.details;
  if (ctx.settings.dryRun || g.stale || !g.ledger || branchKindOf(run) !== 'default') return undefined;
  if (!g.ledger.reverts.some((r) => r.record !== undefined && r.verdict === undefined)) return undefined;
  const before = g.ledger;
  const done = await verifyRollbacks({ ...g, ledger: before }, ctx, ports, g.problems);
  g.ledger = done.ledger;
  // The ledger is saved only when a verdict or a landed commit changed it.
  return { verified: done.verified, ...(done.ledger !== before ? { ledger: done.ledger } : {}) };
}
/**
 * A revert pushed with GITHUB_TOKEN starts no run, so its verdict would wait for someone else's push: a
 * dispatch of the watched workflow on the default branch does start one (its completion is read by the
 * sweep). With another token the push starts the run itself. A dispatch made (GitHub's 204 creates the
 * run) or refused is kept on the revert's ledger entry, saved after this, so a sweep neither dispatches
 * it again when its run scrolls off the listing nor asks again what GitHub refused
 * (core/verdict-dispatch.ts); only a dispatch that failed otherwise is left to a sweep.
 */
async function dispatchVerdictRun(
  outcome: SuperviseOutcome,
  kind: TokenKind | undefined,
  ports: SupervisePorts,
): Promise<void> {
  if (kind === 'other' || !ports.probes) return;
  const { workflowId, run } = outcome.details;
  const pushed = outcome.revert?.pushed;
  const kept = (): void => {
    const entry = outcome.ledger?.reverts.find((r) => r.landedSha === pushed);
    if (outcome.ledger && entry) {
      const at = (ports.now?.() ?? new Date()).toISOString();
      outcome.ledger = updateRevert(outcome.ledger, entry.sha, { verdictDispatchedAt: at });
    }
  };
  try {
    outcome.verdictRun = await ports.probes.dispatch(workflowId, run.defaultBranch);
    kept();
    const id = outcome.verdictRun.runId;
    ports.runner.log.notice(
      `ci-recovery supervisor: dispatched ${inert(run.workflow)} on ${inert(run.defaultBranch)}${id !== undefined ? ` (run ${id})` : ''}, for the revert's verdict.`,
    );
  } catch (error) {
    // GitHub's refusal (no `workflow_dispatch:` trigger, the workflow disabled) is the user's to mend; any
    // other failure a sweep retries (core/verdict-dispatch.ts).
    if (error instanceof DispatchRefusedError) kept();
    const fix =
      error instanceof DispatchRefusedError
        ? "add 'workflow_dispatch:' to its 'on:'"
        : `a sweep dispatches it again from ${VERDICT_DISPATCH_GRACE_MS / 60_000} minutes on`;
    outcome.problems.push(
      `the revert's verdict waits for the next run of ${run.defaultBranch}: the dispatch of the watched workflow failed (${errorMessage(error)}); ${fix}`,
    );
  }
}

function writeSummary(outcome: SuperviseOutcome, runner: SupervisePorts['runner'], kind?: TokenKind): void {
  try {
    const verdict = outcome.verdictRun
      ? `\nVerdict run: the watched workflow dispatched on the default branch${outcome.verdictRun.runId !== undefined ? ` (run ${outcome.verdictRun.runId})` : ''}.\n`
      : '';
    runner.appendSummary(
      `${renderSuperviseSummary(outcome)}${verdict}\n${tokenLines(kind ?? 'unknown').join('\n')}\n`,
    );
  } catch (error) {
    runner.log.warning(`ci-recovery supervisor: could not write the job summary: ${errorMessage(error)}`);
  }
}
