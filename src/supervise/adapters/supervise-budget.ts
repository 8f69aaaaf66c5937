/**
 * The supervisor's ports under its phase budget (adapters/deadline.ts): every call to GitHub, the artifact
 * and cache services and the clone ends within what is left of the budget, and each artifact call within
 * its own limit too (`artifactCalls`: @actions/artifact's client has no time limit of its own, and a
 * silent service held it for minutes per request). A call given up is warned, naming it and the variable
 * to set; then it answers as the phase already handles a failure there: no plans (the logs are read
 * instead), no comment, an error (a problem in the summary, or the step's error when the run itself
 * cannot be read).
 */
import type { LedgerPort } from '../ports/supervise.js';
import type { GitPort } from '../ports/git.js';
import type { SupervisorGitHub } from '../ports/github.js';
import type { Logger } from '../../runner/ports/logger.js';
import type { ProbePort } from '../ports/probes.js';
import type { Deadline } from '../../adapters/deadline.js';
import type { ArtifactCall } from '../../adapters/plan-artifact.js';
import { endCallsWith } from '../../adapters/rest-call.js';

/** A call bounded by the budget alone (each REST call inside it is bounded already). */
const BUDGET_ONLY = Number.POSITIVE_INFINITY;

export interface SuperviseBudget {
  deadline: Deadline;
  logger: Logger;
  /** One artifact or cache call, ms: the store's stall limit (store-guard.ts `stallMsOf`). */
  artifactMs: number;
}

/**
 * Runs `work` under the budget; given up, warns and answers `fallback(reason)` (which may throw). The REST
 * calls `work` makes end when it is given up (endCallsWith): their sockets would stay open to their own limit.
 */
function bounder(b: SuperviseBudget) {
  return <T>(what: string, limitMs: number, work: () => Promise<T>, fallback: (reason: string) => T) =>
    b.deadline.run(
      what,
      limitMs,
      (signal) => endCallsWith(signal, work),
      (reason) => {
        b.logger.warning(`ci-recovery supervisor: ${reason}.`);
        return fallback(reason);
      },
      limitMs === BUDGET_ONLY ? undefined : 'CI_RECOVERY_STORE_STALL_SECONDS',
    );
}

const fail = (reason: string): never => {
  throw new Error(reason);
};

/**
 * One call to the artifact service within the artifact limit and the budget; given up, it rejects with
 * the reason, which the caller reports (a plan not read, the rollback record not kept).
 */
export function artifactCalls(b: SuperviseBudget): ArtifactCall {
  return (what, call) => b.deadline.run(what, b.artifactMs, call, fail, 'CI_RECOVERY_STORE_STALL_SECONDS');
}

export function boundedSupervisorGitHub(github: SupervisorGitHub, b: SuperviseBudget): SupervisorGitHub {
  const bound = bounder(b);
  const rest = <T>(what: string, work: () => Promise<T>): Promise<T> => bound(what, BUDGET_ONLY, work, fail);
  return {
    readRun: (runId, attempt) => rest(`reading run ${runId}`, () => github.readRun(runId, attempt)),
    readJobs: (runId, attempt) =>
      rest(`listing the jobs of run ${runId}`, () => github.readJobs(runId, attempt)),
    jobTimeoutEvidence: (jobId) =>
      rest(`reading why job ${jobId} was cancelled`, () => github.jobTimeoutEvidence(jobId)),
    classifyJobLog: (jobId, signals) =>
      rest(`reading the log of job ${jobId}`, () => github.classifyJobLog(jobId, signals)),
    readAnnotations: (jobId) =>
      rest(`reading the annotations of job ${jobId}`, () => github.readAnnotations(jobId)),
    // Each artifact call inside is bounded too (artifactCalls): a silent service costs a plan, not all.
    recoveryPlans: (runId) =>
      bound(
        `reading the recovery plans of run ${runId}`,
        BUDGET_ONLY,
        () => github.recoveryPlans(runId),
        () => [],
      ),
    commitWasGreen: (workflowId, sha, branch) =>
      rest(`reading the runs of ${sha.slice(0, 12)}`, () => github.commitWasGreen(workflowId, sha, branch)),
    lastGreenSha: (workflowId, branch, exceptSha) =>
      rest(`finding the last green commit of ${branch}`, () =>
        github.lastGreenSha(workflowId, branch, exceptSha),
      ),
    labelApplications: (sha, label) =>
      rest(`reading the labels of ${sha.slice(0, 12)}'s pull request`, () =>
        github.labelApplications(sha, label),
      ),
    findRevertPullRequest: (branch) =>
      rest(`finding the revert pull request of ${branch}`, () => github.findRevertPullRequest(branch)),
    revertPullRequestsToday: (now) =>
      rest("counting today's revert pull requests", () => github.revertPullRequestsToday(now)),
    findPullRequest: (details) =>
      rest(`finding the pull request of run ${details.run.id}`, () => github.findPullRequest(details)),
    pullRequestCommits: (pr) => rest(`listing the commits of #${pr}`, () => github.pullRequestCommits(pr)),
    requestRerun: (runId, req, backoffMs) =>
      rest(`re-running run ${runId}`, () => github.requestRerun(runId, req, backoffMs)),
    openRevertPullRequest: (opts) =>
      rest('opening the revert pull request', () => github.openRevertPullRequest(opts)),
    upsertComment: (pr, key, section) =>
      bound(
        `the comment on #${pr}`,
        BUDGET_ONLY,
        () => github.upsertComment(pr, key, section),
        () => ({}),
      ),
    keepArtifact: (name, content) =>
      rest(`keeping the artifact '${name}'`, () => github.keepArtifact(name, content)),
    readFile: (file, ref, from) => rest(`reading ${file}`, () => github.readFile(file, ref, from)),
  };
}

/** The ledger in the cache: given up, its load rejects (not read: nothing flaky known, nothing saved over it). */
export function boundedLedger(ledger: LedgerPort, b: SuperviseBudget): LedgerPort {
  const bound = bounder(b);
  return {
    load: (branch) => bound('restoring the ledger', b.artifactMs, () => ledger.load(branch), fail),
    save: (saved, branch) =>
      bound(
        'saving the ledger',
        b.artifactMs,
        () => ledger.save(saved, branch),
        () => undefined,
      ),
  };
}

/** The clone of the default branch (a fetch); its later pushes keep git's own stall limit. */
export function boundedGit(git: GitPort, b: SuperviseBudget): GitPort {
  const bound = bounder(b);
  return {
    cloneDefaultBranch: (opts) =>
      bound(`cloning ${opts.branch}`, BUDGET_ONLY, () => git.cloneDefaultBranch(opts), fail),
  };
}

/** Bisection's calls (a probe is one dispatch: it counts against the budget like any call). */
export function boundedProbes(probes: ProbePort, b: SuperviseBudget): ProbePort {
  const bound = bounder(b);
  const rest = <T>(what: string, work: () => Promise<T>): Promise<T> => bound(what, BUDGET_ONLY, work, fail);
  return {
    listRuns: (id, filter) => rest(`listing the runs of workflow ${id}`, () => probes.listRuns(id, filter)),
    createBranch: (branch, sha) => rest(`creating ${branch}`, () => probes.createBranch(branch, sha)),
    deleteBranch: (branch) => rest(`deleting ${branch}`, () => probes.deleteBranch(branch)),
    dispatch: (id, ref) => rest(`dispatching workflow ${id} on ${ref}`, () => probes.dispatch(id, ref)),
    recentRuns: () => rest("listing the repository's runs", () => probes.recentRuns()),
  };
}
