/**
 * The supervisor phase: runs in a separate run after the watched run completed (workflow_run).
 * Gather: the run, its jobs, their recovery plans, logs and annotations, the ledger, and (only for the jobs
 * the policy would roll back) the previous attempt and the facts a revert needs from a clone of the
 * default branch. Decide: src/core/supervise.ts. Act: re-run, or revert the culprit, comment on the PR,
 * write the job summary. It clones only the default branch and never runs PR code.
 */
import {
  calledDeployingJobs,
  calledWorkflow,
  environmentOfJob,
  readWorkflow,
  type DeployingJob,
  type WorkflowCall,
} from '../core/workflow-jobs.js';
import type { Config } from '../core/config.js';
import { errorMessage, UserError } from '../core/errors.js';
import type { JobEnv } from '../core/job-env.js';
import { dryRunActions } from '../core/supervise-dry-run.js';
import {
  failureSignature,
  isFlaky,
  recordRevert,
  revertsToday as ledgerRevertsToday,
  wasReverted,
  type Ledger,
} from '../core/ledger.js';
import type { RecoveryPlan } from '../core/plan-artifact.js';
import { backoffMs, decide, type PolicyInput } from '../core/policy.js';
import { revertBranch, type RevertConfig } from '../core/revert.js';
import { renderRollbackRecord } from '../core/rollback-record.js';
import { rollbackTarget, rollbacksOf, type VerifiedRollback } from '../core/rollback-verify.js';
import { revertCandidates, supervise } from '../core/supervise.js';
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
  type SupervisePlan,
} from '../core/supervise-model.js';
import {
  forkPlanSections,
  renderSupervisorSection,
  renderSuperviseSummary,
  rerunSavings,
  SUPERVISOR_SECTION_KEY,
  type SuperviseReport,
} from '../core/supervise-report.js';
import { inert } from '../core/text.js';
import type { FailureType } from '../core/types.js';
import type { GitClone, GitPort } from '../ports/git.js';
import type { SupervisorGitHub } from '../ports/github.js';
import type { Logger } from '../ports/logger.js';
import type { RunnerPort } from '../ports/runner.js';
import { carryOutRevert } from './supervise-revert.js';
import { verifyRollbacks } from './supervise-verify.js';
import { gatherReentry, tellReentry } from './supervise-reentry.js';
import { bisectedRunOf, bisectRange, wouldBisect } from './supervise-bisect.js';
import type { Probe } from '../core/bisect.js';
import type { ProbePort } from '../ports/probes.js';

export interface SuperviseSettings {
  token: string;
  runId: number;
  /** The attempt the workflow_run event was for; undefined = the run's latest. */
  runAttempt?: number;
  dryRun: boolean;
  comment: boolean;
  /** The token has the `workflows` permission (GITHUB_TOKEN never has it). */
  tokenCanPushWorkflows?: boolean;
  revertLabels: string[];
  /** Overrides the config's revert.mode. */
  revertMode?: RevertConfig['mode'];
  configFile?: string;
}

/** The ledger of the watched branch (absent: not kept). */
export interface LedgerPort {
  load(branch: string): Promise<Ledger>;
  save(ledger: Ledger, branch: string): Promise<void>;
}

export interface SupervisePorts {
  github: SupervisorGitHub;
  git: GitPort;
  /** The job summary and the log. */
  runner: Pick<RunnerPort, 'log' | 'appendSummary'>;
  ledger?: LedgerPort;
  /** Bisection's probes (absent: a range of several commits goes to a person). */
  probes?: ProbePort;
  now?: () => Date;
}

export interface SuperviseContext {
  settings: SuperviseSettings;
  config: Config;
  env: Pick<JobEnv, 'serverUrl'>;
  /** owner/repo of the supervisor's repository (a fork PR's head differs). */
  repository: string;
}

export interface SuperviseOutcome extends SuperviseReport {
  details: RunDetails;
  pr?: number;
  comment?: string;
  ledger?: Ledger;
}

/** What the phase gathered about the run before deciding. */
export interface Gathered {
  details: RunDetails;
  stale: boolean;
  ledger?: Ledger;
  jobs: JobView[];
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
}

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
    const stepped = g.probe === undefined ? bisected : rest;
    const savings = rerunSavings(stepped, g.jobs, g.plans);
    const outcome: SuperviseOutcome = {
      plan: stepped,
      details: g.details,
      problems: g.problems,
      failures: [],
      ...(savings.length > 0 ? { savings } : {}),
      ...(verified ? { verified: verified.verified } : {}),
      ...(verified?.ledger ? { ledger: verified.ledger } : {}),
      ...(reland ? { reentry: reland.reentry } : {}),
    };
    if (settings.dryRun) {
      sayDryRun(outcome, g, work, revertConfig, ctx, ports);
    } else {
      await act(outcome, g, work, revertConfig, ctx, ports).catch((error: unknown) => {
        // What was read and decided still goes in the summary (a call past the budget, a refusal); the
        // step then fails with the reason.
        outcome.problems.push(`not carried out: ${errorMessage(error)}`);
        writeSummary(outcome, ports.runner);
        throw error;
      });
      if (reland && settings.comment) await tellReentry(reland, run, ports, outcome.problems);
    }
    if (outcome.ledger && ports.ledger && !settings.dryRun)
      await ports.ledger.save(outcome.ledger, run.headBranch);
    writeSummary(outcome, ports.runner);
    return outcome;
  } finally {
    await work.clone?.dispose().catch(() => undefined);
  }
}

/**
 * A completed probe run of a bisection: the failing run it bisects is supervised again, which takes the
 * bisection's next step. Any other run (or no failing run left) is supervised as it is.
 */
async function probedRun(ctx: SuperviseContext, ports: SupervisePorts, g: Gathered): Promise<Gathered> {
  if (!ports.probes || g.stale) return g;
  const bisected = await bisectedRunOf(g.details, ports.probes);
  if (bisected === undefined) return g;
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

async function gatherRun(ctx: SuperviseContext, ports: SupervisePorts): Promise<Gathered> {
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
  const read = await github.readJobs(run.id, run.attempt);
  const { jobs, plans, problems } = await jobsAndPlans(read, details, stale, ports);
  const failed = jobs.filter(needsRecovery);
  const findings: Record<string, JobFindings> = {};
  if (!stale) {
    // Each failed job's log is read and classified at once; their problems are told in the jobs' order.
    const perJob = failed.map(() => [] as string[]);
    const found = await Promise.all(failed.map((job, i) => jobFindings(job, plans, github, perJob[i]!)));
    failed.forEach((job, i) => (findings[job.name] = found[i]!));
    problems.push(...perJob.flat());
  }
  const ledger = await loading;
  if (ledger) markFlaky(findings, failed, ledger, run.headSha);
  return { details, stale, ...(ledger ? { ledger } : {}), jobs, plans, findings, problems };
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

/**
 * Each job's `environment`, from the workflow file at the run's head sha (the jobs API does not give it),
 * and from the reusable workflows it calls, of this repository or another (their jobs run as
 * `<caller> / <callee>`). A
 * file that cannot be read or parsed leaves the jobs as they are: deployments are then known by their
 * names only (supervise.deploy-jobs), and the summary says why.
 */
async function withEnvironments(
  jobs: JobView[],
  details: RunDetails,
  github: SupervisorGitHub,
  problems: string[],
): Promise<JobView[]> {
  const file = details.workflowPath;
  const unread = `which jobs deploy to an environment is unknown, so deployments are known by supervise.deploy-jobs only`;
  if (!file) {
    problems.push(`${unread}: the run does not name its workflow file`);
    return jobs;
  }
  const deploying = await workflowDeploying(file, { ref: details.run.headSha }, github, {
    depth: 0,
    read: new Map(),
  });
  if ('problem' in deploying) {
    problems.push(`${unread}: ${deploying.problem}`);
    return jobs;
  }
  problems.push(...deploying.problems.map((p) => `${unread}: ${p}`));
  return jobs.map((job) => {
    const environment = job.environment ?? environmentOfJob(job.name, deploying.jobs);
    return environment ? { ...job, environment } : job;
  });
}

/** GitHub nests reusable workflows at most 4 levels below the caller; a run calls at most 20 workflows. */
const MAX_CALL_DEPTH = 4;
const MAX_CALLED_FILES = 20;

/** Where a workflow file is read: the run's repository (no `repo`) or another one, at `ref`. */
interface WorkflowSource {
  repo?: string;
  ref: string;
}

type Deploying = { jobs: DeployingJob[]; problems: string[] } | { problem: string };

/**
 * The deploying jobs of the workflow `file` read from `source`, with those of the workflows it calls, of
 * this repository or another (named as the run names them); a called file that cannot be told about is a
 * problem, not a stop.
 */
async function workflowDeploying(
  file: string,
  source: WorkflowSource,
  github: SupervisorGitHub,
  walk: { depth: number; read: Map<string, Deploying> },
): Promise<Deploying> {
  const at = source.repo ? `${source.repo}/${file}@${source.ref}` : `${file} at ${source.ref.slice(0, 12)}`;
  let text: string | undefined;
  try {
    text = await github.readFile(file, source.ref, source.repo);
  } catch (error) {
    return { problem: `${at} could not be read (${errorMessage(error)})` };
  }
  if (text === undefined)
    return {
      problem: source.repo
        ? `${at} could not be read (it is not there, or the token cannot read ${source.repo})`
        : `${at} is not in the repository`,
    };
  const read = readWorkflow(text, at);
  if ('problem' in read) return read;
  const jobs = [...read.deploying];
  const problems: string[] = [];
  for (const call of read.calls) {
    const inner = await calledDeploying(call, source, github, walk);
    if ('problem' in inner) problems.push(inner.problem);
    else {
      jobs.push(...calledDeployingJobs(call, inner.jobs));
      problems.push(...inner.problems);
    }
  }
  return { jobs, problems };
}

/**
 * The deploying jobs of the workflow a job calls. A `./` call is read where its caller was read (GitHub
 * takes it from the caller's commit); `owner/repo/…@ref` from that repository at that ref. Each file is read
 * once: a second caller of it gets its jobs under its own name, and its problems are said once.
 */
async function calledDeploying(
  call: WorkflowCall,
  caller: WorkflowSource,
  github: SupervisorGitHub,
  walk: { depth: number; read: Map<string, Deploying> },
): Promise<Deploying> {
  const called = calledWorkflow(call.uses);
  const source = called?.from ?? caller;
  const key = called ? `${source.repo ?? ''}@${source.ref}:${called.path}` : '';
  const seen = walk.read.get(key);
  if (seen) return 'problem' in seen ? { jobs: [], problems: [] } : { jobs: seen.jobs, problems: [] };
  if (!called || walk.depth >= MAX_CALL_DEPTH || walk.read.size >= MAX_CALLED_FILES)
    return { problem: `the jobs of '${call.name}' run the called workflow ${call.uses}, which is not read` };
  const result = await workflowDeploying(called.path, source, github, { ...walk, depth: walk.depth + 1 });
  walk.read.set(key, result);
  return result;
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
async function jobFindings(
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
  const { classify } = await import('../core/classify/index.js');
  try {
    best = annotationFindings(await github.readAnnotations(job.id), job, lane, best, classify) ?? best;
  } catch (error) {
    problems.push(`annotations of job '${job.name}' not read: ${errorMessage(error)}`);
  }
  return best ?? stepsFindings(job, lane, classify);
}

/** The previous attempt of the candidates: a confirming re-run counts only if it failed the same way. */
async function gatherPrevious(
  g: Gathered,
  candidates: readonly JobView[],
  github: SupervisorGitHub,
): Promise<NonNullable<SuperviseInput['previous']>> {
  const previous: Record<string, { conclusion: string | null; type?: FailureType }> = {};
  const { run } = g.details;
  if (candidates.length === 0 || run.attempt <= 1) return previous;
  for (const job of await github.readJobs(run.id, run.attempt - 1)) {
    if (!candidates.some((c) => c.name === job.name)) continue;
    const f = FAILED_CONCLUSIONS.has(job.conclusion ?? '')
      ? await jobFindings(job, g.plans, github, g.problems)
      : undefined;
    previous[job.name] = { conclusion: job.conclusion, ...(f ? { type: f.classification.type } : {}) };
  }
  return previous;
}

/** Revert facts, only when a revert is on the table: the clone holds the default branch only. */
async function gatherRevertFacts(
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
  const parentGreen = parent ? await github.commitWasGreen(workflowId, parent) : undefined;
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
    },
  };
}

/** A dry run says what `act` would do, and does none of it: a read-only token is enough. */
function sayDryRun(
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
async function act(
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
      ? await github.findPullRequest(details).catch(() => undefined)
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

function writeSummary(outcome: SuperviseOutcome, runner: SupervisePorts['runner']): void {
  try {
    runner.appendSummary(renderSuperviseSummary(outcome));
  } catch (error) {
    runner.log.warning(`ci-recovery supervisor: could not write the job summary: ${errorMessage(error)}`);
  }
}
