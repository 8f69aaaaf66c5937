/**
 * The supervisor's revert, carried out: the culprit reverted in the clone of the default branch, then
 * pushed (`push` mode, one commit only) or left in a draft PR (`pr` mode, and `push` mode asking first),
 * with its rollback record kept as an artifact.
 */
import { probeLines, type Probe } from '../core/bisect.js';
import { errorMessage, UserError } from '../../core/errors.js';
import {
  pushAsksFirst,
  revertPushFailure,
  workflowsPermissionReason,
  type RevertConfig,
} from '../core/revert.js';
import {
  buildRollbackRecord,
  renderRollbackRecord,
  revertPullRequest,
  rollbackArtifactName,
  type RollbackRecord,
} from '../core/rollback-record.js';
import { escalateRevert } from '../core/supervise.js';
import type { SupervisePlan } from '../core/supervise-model.js';
import { NotOnBranchError, type CommitInfo, type GitClone, type RevertResult } from '../ports/git.js';
import type { SuperviseContext, SuperviseOutcome } from './context.js';
import type { SupervisePorts } from '../ports/supervise.js';

/** A revert pushed (or refused): what a person must change, and why it goes to a person. */
type Pushed =
  | { ok: true; revert: NonNullable<SuperviseOutcome['revert']> }
  | { ok: false; reason: string; failure?: string };

/** The clone a revert is made in, and what the phase knows of the culprit. */
export interface RevertSite {
  clone: GitClone;
  culpritPr?: number;
  /** Commits since the last green run, when the culprit was picked among several. */
  culpritRange?: number;
  /** Rollbacks of the culprit's change already made. */
  earlierRollbacks?: number;
  /** The bisection's probes, when they picked the culprit. */
  probes?: Probe[];
}

/**
 * Reverts the culprit in the clone, then pushes it (push mode, one commit) or opens the draft PR (pr mode,
 * and push mode asking first).
 */
export async function carryOutRevert(
  outcome: SuperviseOutcome,
  site: RevertSite,
  revertConfig: RevertConfig,
  ctx: SuperviseContext,
  ports: SupervisePorts,
  now: Date,
): Promise<void> {
  const req = outcome.plan.revert;
  if (!req) return;
  const { clone } = site;
  const escalate = (reason: string): void => {
    outcome.plan = escalateRevert(outcome.plan, reason);
    ports.runner.log.warning(`ci-recovery supervisor: no revert: ${reason}`);
  };
  const read = await culpritOnBranch(clone, req.sha);
  if ('gone' in read)
    return escalate(
      `${read.gone}: '${clone.branch}' was rewritten (a force-push) since run ${outcome.plan.runId} tested it, so what broke it is no longer known`,
    );
  const { info, reverted } = read;
  if (!reverted.ok) return escalate(reverted.reason);
  // GitHub refuses pushes that change workflow files from a token without the workflows permission.
  const workflows = await clone.workflowFilesChanged(reverted.parent, reverted.commit);
  if (workflows.length > 0 && !ctx.settings.tokenCanPushWorkflows)
    return escalate(workflowsPermissionReason(req.sha, workflows));
  // Push mode pushes one commit; anything larger asks first, as pr mode does: a draft PR a person merges.
  const { run } = outcome.details;
  const askedFirst =
    revertConfig.mode === 'push'
      ? pushAsksFirst({
          sha: req.sha,
          parents: info.parents.length,
          ...(site.culpritRange !== undefined ? { culpritRange: site.culpritRange } : {}),
          tested: run.headSha,
          head: reverted.parent,
        })
      : undefined;
  if (askedFirst) ports.runner.log.notice(`ci-recovery supervisor: ${askedFirst}.`);
  const record = buildRollbackRecord({
    request: req,
    culprit: {
      subject: info.subject,
      author: info.author,
      ...(site.culpritPr !== undefined ? { pullRequest: site.culpritPr } : {}),
    },
    reverted,
    mode: askedFirst ? 'pr' : revertConfig.mode,
    ...(askedFirst ? { askedFirst } : {}),
    ...(site.earlierRollbacks !== undefined ? { earlierRollbacks: site.earlierRollbacks } : {}),
    ...(site.probes?.length ? { probes: probeLines(site.probes) } : {}),
    defaultBranch: clone.branch,
    trigger: {
      workflow: run.workflow,
      ...(outcome.details.workflowPath ? { workflowPath: outcome.details.workflowPath } : {}),
      runId: outcome.plan.runId,
      runAttempt: outcome.plan.runAttempt,
      job: req.job,
      ...(run.url ? { url: run.url } : {}),
      ...(run.startedAt ? { startedAt: run.startedAt } : {}),
    },
    evidence: outcome.plan.jobs.find((j) => j.job === req.job)?.classification?.evidence,
    now,
  });
  const pushed =
    record.mode === 'push'
      ? await pushRevert(clone, record, req.sha)
      : await openRevert(clone, record, req, ctx.settings.revertLabels, ports);
  if (!pushed.ok) {
    if (pushed.failure) outcome.failures.push(pushed.failure);
    return escalate(pushed.reason);
  }
  outcome.revert = pushed.revert;
  await keepRecord(record, ports, outcome.problems);
}

/**
 * The culprit read and reverted in the clone; `gone` when the branch no longer holds it (force-pushed since
 * the run): its inverse would undo changes the branch may hold again under other commits, and every wake
 * that tried would fail its step over it.
 */
async function culpritOnBranch(
  clone: GitClone,
  sha: string,
): Promise<{ info: CommitInfo; reverted: RevertResult } | { gone: string }> {
  try {
    const info = await clone.commitInfo(sha);
    return { info, reverted: await clone.revert(sha) };
  } catch (error) {
    if (error instanceof NotOnBranchError) return { gone: error.message };
    throw error;
  }
}

/** Push mode: the revert lands on the default branch itself. */
async function pushRevert(clone: GitClone, record: RollbackRecord, sha: string): Promise<Pushed> {
  const pushed = await clone.push(clone.branch, { culprit: sha });
  if (!pushed.ok) {
    const failure = revertPushFailure('push', clone.branch, pushed);
    return { ok: false, reason: pushed.reason, ...(failure ? { failure } : {}) };
  }
  return { ok: true, revert: { branch: clone.branch, record, pushed: record.to.commit } };
}

/** PR mode: the revert branch (our own namespace: one left by a failed run is replaced), then the draft PR. */
async function openRevert(
  clone: GitClone,
  record: RollbackRecord,
  req: NonNullable<SupervisePlan['revert']>,
  labels: string[],
  ports: SupervisePorts,
): Promise<Pushed> {
  const pushed = await clone.push(req.branch, { force: true, culprit: req.sha });
  if (!pushed.ok) {
    const failure = revertPushFailure('pr', req.branch, pushed);
    return { ok: false, reason: pushed.reason, ...(failure ? { failure } : {}) };
  }
  const { title, body } = revertPullRequest(record);
  try {
    const pr = await ports.github.openRevertPullRequest({
      branch: req.branch,
      base: clone.branch,
      title,
      body,
      labels,
    });
    ports.runner.log.notice(
      `ci-recovery supervisor: ${pr.created ? 'opened' : 'found'} the draft revert PR #${pr.number} for ${req.sha.slice(0, 12)}: ${pr.url}`,
    );
    return {
      ok: true,
      revert: { branch: req.branch, record, pr: { number: pr.number, url: pr.url, created: pr.created } },
    };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return {
      ok: false,
      failure: error.message,
      reason: `the revert PR could not be opened (the branch ${req.branch} is pushed): ${error.message}`,
    };
  }
}

/** The rollback record as an artifact, best-effort: the PR body holds it too. */
async function keepRecord(record: RollbackRecord, ports: SupervisePorts, problems: string[]): Promise<void> {
  try {
    await ports.github.keepArtifact(
      `${rollbackArtifactName(record.from.commit)}.yml`,
      renderRollbackRecord(record),
    );
  } catch (error) {
    problems.push(`rollback record not kept as an artifact: ${errorMessage(error)}`);
    ports.runner.log.warning(
      `ci-recovery supervisor: the rollback record was not uploaded (${errorMessage(error)}); the revert PR body holds it.`,
    );
  }
}
