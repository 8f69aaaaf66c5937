/**
 * What the supervisor phase reads before deciding: the run, its jobs (with their job timeouts and
 * environments), their plans and findings, the ledger's flaky marks, and, only for the jobs the policy
 * would roll back, the previous attempt and the facts a revert needs from a clone of the default branch.
 */
import { errorMessage, UserError } from '../../core/errors.js';
import {
  failureSignature,
  isFlaky,
  revertsToday as ledgerRevertsToday,
  wasReverted,
  type Ledger,
} from '../../core/ledger.js';
import type { Probe } from '../core/bisect.js';
import type { RecoveryPlan } from '../../core/plan-artifact.js';
import { declined, revertBranch, type RevertConfig } from '../core/revert.js';
import { rollbackTarget, rollbacksOf } from '../core/rollback-verify.js';
import {
  annotationFindings,
  findingsFromPlan,
  findingsKnown,
  jobSignals,
  jobTimeoutClassification,
  planForJob,
  stepsFindings,
} from '../core/supervise-findings.js';
import {
  branchKindOf,
  FAILED_CONCLUSIONS,
  isStale,
  needsRecovery,
  type JobFindings,
  type JobView,
  type RunDetails,
  type SuperviseInput,
} from '../core/supervise-model.js';
import type { FailureType } from '../../core/types.js';
import type { GitClone } from '../ports/git.js';
import type { SupervisorGitHub } from '../ports/github.js';
import type { Logger } from '../../runner/ports/logger.js';
import type { SuperviseContext } from './context.js';
import type { SupervisePorts } from '../ports/supervise.js';
import { withEnvironments } from './supervise-environments.js';

/** What the phase gathered about the run before deciding. */
export interface Gathered {
  details: RunDetails;
  stale: boolean;
  ledger?: Ledger;
  /** Why the branch's ledger could not be read: then none is saved, and no revert made (its caps unknown). */
  ledgerUnread?: string;
  jobs: JobView[];
  /** The attempt has more jobs than `jobs`, its listing's first ones (JobListing `more`). */
  moreJobs?: boolean;
  plans: RecoveryPlan[];
  findings: Record<string, JobFindings>;
  problems: string[];
  /** The probe run whose completion brought the supervisor back to this (bisected) run. */
  probe?: number;
}

/** The revert facts and what acting on a revert needs: the clone and the culprit's PR. */
export interface RevertWork {
  clone?: GitClone;
  culpritPr?: number;
  /** The change the culprit belongs to, when an earlier rollback's (core/rollback-verify.ts). */
  target?: string;
  facts: Partial<SuperviseInput>;
  /** The probes that picked the culprit among several commits (supervise-bisect.ts). */
  probes?: Probe[];
  /** The ledger as the bisection left it, when its probe branches' records changed. */
  ledger?: Ledger;
}

export async function gatherRun(ctx: SuperviseContext, ports: SupervisePorts): Promise<Gathered> {
  const { github, runner } = ports;
  const details = await github.readRun(ctx.settings.runId, ctx.settings.runAttempt);
  const { run } = details;
  // A newer attempt exists: its own completion brings the supervisor back; nothing is read or done now.
  const stale = isStale(run);
  runner.log.info(
    `ci-recovery supervisor: run ${run.id} attempt ${run.attempt} of '${run.workflow}' (${run.event} on ${run.headBranch}, ${branchKindOf(run)}); latest attempt ${run.latestAttempt}`,
  );
  // The ledger (the cache service) is read while the run is read from the REST API: neither needs the other.
  const loading = ports.ledger && !stale ? ports.ledger.load(run.headBranch) : undefined;
  loading?.catch(() => undefined); // awaited below
  const listed = await github.readJobs(run.id, run.attempt);
  const { jobs, plans, problems } = await jobsAndPlans(listed.jobs, details, stale, ports);
  const moreJobs = listed.more && !stale;
  if (moreJobs) {
    // One line, and the summary's: no re-run is asked on a partial list (core/supervise.ts withRerun).
    const said = `run ${run.id} attempt ${run.attempt} has more jobs than the ${jobs.length} listed: the failed ones among them are judged, but no re-run is asked, since it would start failed jobs not read; a person decides`;
    runner.log.warning(`ci-recovery supervisor: ${said}.`);
    problems.push(said);
  }
  const failed = jobs.filter(needsRecovery);
  const findings: Record<string, JobFindings> = {};
  if (!stale) {
    // Each failed job's log is read and classified at once; their problems are told in the jobs' order.
    const perJob = failed.map(() => [] as string[]);
    const found = await Promise.all(failed.map((job, i) => jobFindings(job, plans, github, perJob[i]!)));
    failed.forEach((job, i) => (findings[job.name] = found[i]!));
    problems.push(...perJob.flat());
  }
  let ledgerUnread: string | undefined;
  const ledger = await loading?.catch((error: unknown) => {
    ledgerUnread = errorMessage(error);
    problems.push(
      `the ledger of ${run.headBranch} was not read (${ledgerUnread}): nothing is known from it, and it is not saved`,
    );
    return undefined;
  });
  if (ledger) markFlaky(findings, failed, ledger, run.headSha);
  return {
    details,
    stale,
    ...(ledger ? { ledger } : {}),
    ...(ledgerUnread !== undefined ? { ledgerUnread } : {}),
    jobs,
    ...(moreJobs ? { moreJobs } : {}),
    plans,
    findings,
    problems,
  };
}

/**
 * The jobs with their job timeouts and environments, and the run's recovery plans: the environments
 * (the workflow files) and the plans (the artifacts) are read at once. Problems come in the order the
 * reads were once made in: timeouts, environments.
 */
async function jobsAndPlans(
  read: JobView[],
  details: RunDetails,
  stale: boolean,
  { github, runner }: SupervisePorts,
): Promise<{ jobs: JobView[]; plans: RecoveryPlan[]; problems: string[] }> {
  const problems: string[] = [];
  const timed = stale ? read : await withJobTimeouts(read, github, runner.log, problems);
  const failing = !stale && timed.some(needsRecovery);
  const envProblems: string[] = [];
  const [environments, planned] = await Promise.allSettled([
    failing ? withEnvironments(timed, details, github, envProblems) : Promise.resolve(timed),
    failing ? github.recoveryPlans(details.run.id) : Promise.resolve([]),
  ]);
  // A read that failed fails the gathering as it did when the reads were one after the other.
  if (environments.status === 'rejected') throw environments.reason;
  if (planned.status === 'rejected') throw planned.reason;
  return { jobs: environments.value, plans: planned.value, problems: [...problems, ...envProblems] };
}

/** A job past its timeout-minutes ends cancelled, like a person's cancel: the runner's line tells them apart. */
async function withJobTimeouts(
  jobs: JobView[],
  github: SupervisorGitHub,
  log: Logger,
  problems: string[],
): Promise<JobView[]> {
  const out: JobView[] = [];
  for (const job of jobs) {
    if (job.conclusion !== 'cancelled') {
      out.push(job);
      continue;
    }
    const evidence = await github.jobTimeoutEvidence(job.id).catch((error: unknown) => {
      problems.push(
        `whether job '${job.name}' hit its timeout-minutes could not be read: ${errorMessage(error)}`,
      );
      return undefined;
    });
    if (evidence)
      log.info(
        `ci-recovery supervisor: job '${job.name}' was cancelled by its timeout-minutes: ${evidence.text}`,
      );
    out.push(evidence ? { ...job, jobTimeout: evidence } : job);
  }
  return out;
}

/** The ledger's flaky signatures: a failure that passed on a re-run of the same commit before. */
function markFlaky(
  findings: Record<string, JobFindings>,
  failed: JobView[],
  ledger: Ledger,
  sha: string,
): void {
  for (const job of failed) {
    const f = findings[job.name];
    if (!f) continue;
    const signature = failureSignature(f.classification.type, f.classification.evidence?.text);
    if (isFlaky(ledger, signature, sha, job.name)) f.flaky = true;
  }
}

/** Plan first (it saw exit codes and the step's own output), then the job log, then annotations. */
export async function jobFindings(
  job: JobView,
  plans: readonly RecoveryPlan[],
  github: SupervisorGitHub,
  problems: string[],
): Promise<JobFindings> {
  const plan = planForJob(plans, job);
  const lane = plan?.lane;
  // The job's own plan saw a cancelled step; the runner's job-timeout line says why it was cancelled.
  if (job.jobTimeout)
    return {
      classification: jobTimeoutClassification(job.jobTimeout),
      source: 'annotation',
      ...(lane ? { lane } : {}),
    };
  const fromPlan = plan ? findingsFromPlan(plan) : undefined;
  if (findingsKnown(fromPlan)) return fromPlan;
  let best: JobFindings | undefined = fromPlan;
  try {
    const c = await github.classifyJobLog(job.id, jobSignals(job));
    if (c) best = { classification: c, source: 'log', ...(lane ? { lane } : {}) };
  } catch (error) {
    problems.push(`log of job '${job.name}' not read: ${errorMessage(error)}`);
  }
  if (findingsKnown(best)) return best;
  // Loaded here, not at start: only a failed job its plan and log left unexplained needs it.
  const { classify } = await import('../../core/classify/index.js');
  try {
    best = annotationFindings(await github.readAnnotations(job.id), job, lane, best, classify) ?? best;
  } catch (error) {
    problems.push(`annotations of job '${job.name}' not read: ${errorMessage(error)}`);
  }
  return best ?? stepsFindings(job, lane, classify);
}

/** The previous attempt of the candidates: a confirming re-run counts only if it failed the same way. */
export async function gatherPrevious(
  g: Gathered,
  candidates: readonly JobView[],
  github: SupervisorGitHub,
): Promise<NonNullable<SuperviseInput['previous']>> {
  const previous: Record<string, { conclusion: string | null; type?: FailureType }> = {};
  const { run } = g.details;
  if (candidates.length === 0 || run.attempt <= 1) return previous;
  const listed = await github.readJobs(run.id, run.attempt - 1);
  for (const job of listed.jobs) {
    if (!candidates.some((c) => c.name === job.name)) continue;
    const f = FAILED_CONCLUSIONS.has(job.conclusion ?? '')
      ? await jobFindings(job, g.plans, github, g.problems)
      : undefined;
    previous[job.name] = { conclusion: job.conclusion, ...(f ? { type: f.classification.type } : {}) };
  }
  // A candidate past the listed jobs is not confirmed: its failure there is not known, not denied.
  if (listed.more)
    for (const c of candidates.filter((c) => !(c.name in previous)))
      g.problems.push(
        `job '${c.name}' is not among the ${listed.jobs.length} jobs listed of attempt ${run.attempt - 1}: how it ended there is not known`,
      );
  return previous;
}

/** Revert facts, only when a revert is on the table: the clone holds the default branch only. */
export async function gatherRevertFacts(
  g: Gathered,
  candidates: readonly JobView[],
  revertConfig: RevertConfig,
  ctx: SuperviseContext,
  ports: SupervisePorts,
): Promise<RevertWork> {
  if (candidates.length === 0) return { facts: {} };
  const { run } = g.details;
  let clone: GitClone | undefined;
  try {
    // Its reverts today (the daily cap) and the commits it reverted (no second revert) are the ledger's.
    if (g.ledgerUnread !== undefined)
      throw new Error(`the ledger was not read, so today's reverts and earlier ones are not known`);
    clone = await ports.git.cloneDefaultBranch({
      url: `${ctx.env.serverUrl}/${ctx.repository}`,
      branch: run.defaultBranch,
      token: ctx.settings.token,
    });
    return { clone, ...(await revertFacts(clone, g, revertConfig, ports)) };
  } catch (error) {
    // No facts, no revert: the decision escalates to a person with this reason.
    const factsProblem = errorMessage(error);
    g.problems.push(`revert facts not known: ${factsProblem}`);
    return { ...(clone ? { clone } : {}), facts: { factsProblem } };
  }
}

async function revertFacts(
  clone: GitClone,
  g: Gathered,
  revertConfig: RevertConfig,
  ports: SupervisePorts,
): Promise<Omit<RevertWork, 'clone'>> {
  const { github } = ports;
  const { run, workflowId } = g.details;
  const now = ports.now?.() ?? new Date();
  const commit = await clone.commitInfo(run.headSha);
  const parent = commit.parents[0];
  // A revert this supervisor pushed with GITHUB_TOKEN starts no push run: its own verdict run, dispatched at the
  // revert and judged green, is the one run that tested that commit. That word is the ledger's, which anyone
  // who can write the branch's cache scope can write: it stands in only where GitHub has no run of the commit,
  // and never overrules one GitHub saw fail.
  const judgedGreen =
    parent !== undefined && g.ledger?.reverts.some((r) => r.landedSha === parent && r.verdict === 'green');
  const seen = parent ? await github.commitWasGreen(workflowId, parent, run.defaultBranch) : undefined;
  const parentGreen = seen ?? (judgedGreen ? true : undefined);
  let range: number | undefined;
  if (parentGreen !== true) {
    const green = await github.lastGreenSha(workflowId, run.defaultBranch, run.headSha);
    range = green ? await clone.culpritRange(green, run.headSha) : undefined;
  }
  // A kill switch that cannot be checked stops the revert like one that is set.
  const labels = await github
    .labelApplications(run.headSha, revertConfig.killSwitchLabel)
    .catch((error: unknown) => {
      throw new UserError(
        `the kill-switch label '${revertConfig.killSwitchLabel}' could not be checked: ${errorMessage(error)}`,
      );
    });
  const target = g.ledger ? rollbackTarget(commit, g.ledger.reverts) : undefined;
  const existing = await github.findRevertPullRequest(revertBranch(run.headSha));
  const today = Math.max(
    g.ledger ? ledgerRevertsToday(g.ledger, now) : 0,
    await github.revertPullRequestsToday(now),
  );
  return {
    ...(labels.pr !== undefined ? { culpritPr: labels.pr } : {}),
    ...(target !== undefined ? { target } : {}),
    facts: {
      ...(target !== undefined && g.ledger
        ? { earlierRollbacks: rollbacksOf(target, g.ledger.reverts) }
        : {}),
      commit: { sha: commit.sha, message: commit.message, parents: commit.parents },
      ...(parentGreen !== undefined ? { parentGreen } : {}),
      ...(range !== undefined ? { culpritRange: range } : {}),
      labels: labels.labels,
      revertsToday: today,
      alreadyReverted: existing !== undefined || (g.ledger ? wasReverted(g.ledger, run.headSha) : false),
      ...(declined(existing) ? { revertDeclined: existing.number } : {}),
    },
  };
}
