/**
 * Bisection, one step per supervisor run. A push run of the default branch fails with 2..8 commits since
 * the last green run: the supervisor probes commits of the range (a `workflow_dispatch` of the failing
 * workflow on a short-lived branch at the commit) and, once one commit is left whose parent is green and
 * which fails the same way, reverts that commit alone. Stateless: every step reads the probes back from
 * GitHub (runs on the probe branches); a probe's completion calls the supervisor again (workflow_run), which
 * supervises the failing run anew and takes the next step. Decisions: core/bisect.ts. This file takes the
 * step; the probes are read in bisect-probes.ts (judged in core/probe-reading.ts), dispatched in
 * bisect-dispatch.ts, a culprit confirmed or reverted in bisect-culprit.ts, over what they share in
 * bisect-site.ts (the ledger's records: core/bisect-records.ts).
 */
import {
  bisectionStartOf,
  bisectStep,
  isProbeRun,
  MAX_BISECT_RANGE,
  MAX_PROBES_PER_BISECTION,
  probeLines,
  probesPerDay,
  type BisectInput,
  type BisectStep,
  type Probe,
} from '../core/bisect.js';
import { takesDispatch } from '../core/workflow-jobs.js';
import { errorMessage } from '../../core/errors.js';
import type { Ledger } from '../../core/ledger.js';
import { revertBranch, type RevertConfig } from '../core/revert.js';
import { parseRollbackRecord } from '../core/rollback-record.js';
import type { JobDecision, RunDetails, SupervisePlan } from '../core/supervise-model.js';
import { inert } from '../../core/text.js';
import type { SupervisorGitHub } from '../ports/github.js';
import type { ProbePort } from '../ports/probes.js';
import type { SuperviseContext } from './context.js';
import { RateLimitError, type SupervisePorts } from '../ports/supervise.js';
import type { Gathered, RevertWork } from './supervise-gather.js';
import { confirmStep, culpritStep, rerunCancelledStep } from './bisect-culprit.js';
import { dispatchProbe } from './bisect-dispatch.js';
import { probesToday, readProbes } from './bisect-probes.js';
import {
  deleteProbeBranches,
  forgetProbeBranch,
  forgetProbeBranches,
  type BisectPorts,
  type BisectResult,
  type BisectSite,
} from './bisect-site.js';

/**
 * A completed probe run brings the supervisor here: the failing push run of the default branch it bisects
 * (the newest completed push run, when it failed). Undefined: not a probe run, or the branch is no longer
 * failing (the probe's answer is moot).
 */
export async function bisectedRunOf(details: RunDetails, probes: ProbePort): Promise<number | undefined> {
  if (!isProbeRun(details.run)) return undefined;
  const pushes = await probes.listRuns(details.workflowId, {
    branch: details.run.defaultBranch,
    event: 'push',
  });
  const latest = pushes.find((r) => r.status === 'completed');
  return latest && latest.conclusion !== 'success' ? latest.id : undefined;
}

/** The commits a real run would start or go on bisecting (a dry run's sentence); undefined: none. */
export function wouldBisect(site: Pick<BisectSite, 'facts' | 'revertConfig' | 'plan'>): number | undefined {
  return rangeJob(site) ? site.facts.culpritRange : undefined;
}

/** The job whose revert was refused for the range; undefined when bisection does not apply. */
function rangeJob(site: Pick<BisectSite, 'facts' | 'revertConfig' | 'plan'>): JobDecision | undefined {
  const range = site.facts.culpritRange;
  if (range === undefined || range < 2 || range > MAX_BISECT_RANGE) return undefined;
  if (site.revertConfig.dailyCap <= 0) return undefined;
  return site.plan.jobs.find((j) => j.action === 'manual' && j.refusal === 'culprit-range');
}

/** Several commits since the last green run: one step of their bisection (supervise-bisect.ts). */
export async function bisectRange(
  plan: SupervisePlan,
  g: Gathered,
  work: RevertWork,
  revertConfig: RevertConfig,
  ctx: SuperviseContext,
  ports: SupervisePorts,
  findings: BisectSite['findings'],
): Promise<SupervisePlan> {
  if (!ports.probes || !work.clone || ctx.settings.dryRun || g.stale) return plan;
  const result = await bisect(
    {
      details: g.details,
      plan,
      clone: work.clone,
      facts: work.facts,
      revertConfig,
      ...(g.ledger ? { ledger: g.ledger } : {}),
      findings,
    },
    { github: ports.github, probes: ports.probes, log: ports.runner.log, now: ports.now?.() ?? new Date() },
  );
  if (!result) return plan;
  work.probes = result.probes;
  if (result.ledger) g.ledger = work.ledger = result.ledger;
  if (result.plan.revert) {
    // The culprit's PR and change, not the failing head's, are the revert's.
    if (result.culpritPr !== undefined) work.culpritPr = result.culpritPr;
    else delete work.culpritPr;
    if (result.target !== undefined) work.target = result.target;
    else delete work.target;
    if (result.earlierRollbacks !== undefined) work.facts.earlierRollbacks = result.earlierRollbacks;
    else delete work.facts.earlierRollbacks;
  }
  return result.plan;
}

/**
 * One step of the bisection of the failing run's range; undefined when it does not apply. The ledger comes
 * back when the probe branches' records changed.
 */
export async function bisect(site: BisectSite, ports: BisectPorts): Promise<BisectResult | undefined> {
  const before = site.ledger;
  const own = { ...site };
  const result = await bisectOnce(own, ports);
  if (!result || !own.ledger || own.ledger === before) return result;
  return { ...result, ledger: own.ledger };
}

async function bisectOnce(site: BisectSite, ports: BisectPorts): Promise<BisectResult | undefined> {
  const job = rangeJob(site);
  if (!job) return undefined;
  const { run, workflowId } = site.details;
  const failing = job.classification?.type ?? 'unknown';
  const set = (d: Partial<JobDecision>): SupervisePlan => ({
    ...site.plan,
    jobs: site.plan.jobs.map((j) => (j === job ? { ...j, ...d } : j)),
  });
  const person = (why: string, probes: Probe[]): BisectResult => {
    const listed = probes.length > 0 ? ` Probes: ${probeLines(probes).join('; ')}.` : '';
    return { plan: set({ reason: `${job.reason}; bisection: ${why}.${listed}` }), probes };
  };
  let probes: Probe[] = [];
  try {
    const pushes = await ports.probes.listRuns(workflowId, { branch: run.defaultBranch, event: 'push' });
    const newest = pushes.find((r) => r.status === 'completed');
    const own = pushes.find((r) => r.id === run.id);
    // One bisection per range: a newer failing run of the branch holds this range and bisects it.
    if (own && newest && newest.id !== run.id && Date.parse(newest.createdAt) > Date.parse(own.createdAt))
      return {
        plan: set({
          action: 'nothing',
          reason:
            newest.conclusion === 'success'
              ? `${job.reason}; run ${newest.id}, newer, passed: nothing to bisect`
              : `${job.reason}; run ${newest.id}, newer, bisects the range`,
        }),
        probes,
      };
    const green = await ports.github.lastGreenSha(workflowId, run.defaultBranch, run.headSha);
    const commits = green ? await site.clone.rangeCommits(green, run.headSha) : undefined;
    if (!commits) return person('the range since the last green run could not be read', probes);
    const waits = await openRevertIn(commits, site.ledger, ports.github, {
      ...run,
      workflowPath: site.details.workflowPath,
    });
    if (waits !== undefined)
      return { plan: set({ action: 'nothing', reason: `${job.reason}; ${waits}` }), probes };
    const dispatched = await ports.probes.listRuns(workflowId, { event: 'workflow_dispatch' });
    const after = bisectionStartOf(pushes, run.id) ?? run.startedAt ?? new Date(0).toISOString();
    probes = await readProbes(commits, dispatched, { site, after, failing, job }, ports);
    // Records of branches outside this range (an earlier bisection the branch's green run ended) go.
    forgetProbeBranches(site, (p) => !commits.includes(p.sha));
    const today = await probesToday(dispatched, workflowId, ports);
    const probesLeftToday = probesPerDay(site.revertConfig.dailyCap) - today;
    const probesLeft = MAX_PROBES_PER_BISECTION - probes.length;
    const step = await nextStep({ commits, probes, probesLeft, probesLeftToday }, site, ports);
    ports.log.info(`ci-recovery supervisor: bisection of ${commits.length} commits: ${inert(step.reason)}`);
    // A bisection that ends leaves no probe branch behind, a pending probe's included, nor their records.
    if (step.kind === 'person' || step.kind === 'culprit') {
      await deleteProbeBranches(site, probes, ports);
      for (const sha of commits) forgetProbeBranch(site, sha);
    }
    switch (step.kind) {
      case 'person':
        return person(step.reason, probes);
      case 'wait':
        return { plan: set({ action: 'nothing', reason: `bisecting: ${step.reason}` }), probes };
      case 'probe':
        return await dispatchProbe(
          step.sha,
          step.reason,
          { site, set, person, probes, after, commits },
          ports,
        );
      case 'culprit':
        return await culpritStep(step.sha, step.reason, { site, job, set, person, probes, commits }, ports);
      case 'confirm':
        return await confirmStep(
          step.runId,
          step.reason,
          { site, set, person, probes },
          ports,
          step.wholeRun,
        );
      case 'rerun':
        return await rerunCancelledStep(
          step.sha,
          step.runId,
          step.reason,
          { site, set, person, probes },
          ports,
        );
    }
  } catch (error) {
    // A rate limit passes: the next wake takes the step again, from what GitHub then shows.
    if (!(error instanceof RateLimitError)) return person(`it stopped: ${errorMessage(error)}`, probes);
    const reason = `bisecting: the step waits for the next wake: ${errorMessage(error)}`;
    return { plan: set({ action: 'nothing', reason }), probes };
  }
}

/**
 * The next step, skipping commits GitHub would refuse to run a probe at (`git bisect skip`): their workflow
 * file has no `workflow_dispatch` trigger (it was added later in the range). Read each wake from the file at
 * the commit (one read per commit the step picks), so nothing is kept and no dispatch is spent; a file that
 * is not there, or cannot be read or parsed, is tried, and GitHub's answer decides (a refusal ends it).
 */
async function nextStep(input: BisectInput, site: BisectSite, ports: BisectPorts): Promise<BisectStep> {
  const { workflowPath } = site.details;
  const untestable: string[] = [];
  let step = bisectStep(input);
  while (workflowPath && step.kind === 'probe' && !untestable.includes(step.sha)) {
    if (await takesProbe(workflowPath, step.sha, ports)) return step;
    untestable.push(step.sha);
    step = bisectStep({ ...input, untestable });
  }
  return step;
}

/** Whether a dispatch at `sha` can start the workflow there: false only when its file says it cannot. */
async function takesProbe(workflowPath: string, sha: string, ports: BisectPorts): Promise<boolean> {
  try {
    const text = await ports.github.readFile(workflowPath, sha);
    return text === undefined || takesDispatch(text) !== false;
  } catch (error) {
    ports.log.debug(
      `${workflowPath} at ${sha.slice(0, 12)} not read, the probe is tried: ${inert(errorMessage(error))}`,
    );
    return true;
  }
}

/**
 * A commit of the range whose revert PR (the ledger's) is still open, said as why the bisection waits: the
 * failing run is likely that commit's, already being undone, and probes would spend full runs to find it.
 * Not another workflow's revert (its record names the workflow that failed): that one says nothing of this
 * failure, and its PR may stay open for days; a probe that finds the commit finds its PR (culpritStep).
 */
async function openRevertIn(
  commits: readonly string[],
  ledger: Ledger | undefined,
  github: Pick<SupervisorGitHub, 'findRevertPullRequest'>,
  run: { id: number; workflow: string; workflowPath?: string | undefined },
): Promise<string | undefined> {
  const runId = run.id;
  for (const r of ledger?.reverts ?? []) {
    if (r.landedSha !== undefined || !commits.includes(r.sha)) continue;
    if (revertedForAnother(r.record, run)) continue;
    const pr = await github.findRevertPullRequest(revertBranch(r.sha));
    if (pr?.state === 'open')
      return `the bisection waits: revert PR #${pr.number} of ${r.sha.slice(0, 12)}, a commit of this range, is open (merge it; or close it, then dispatch the supervisor on the default branch with run-id ${runId} to bisect: a sweep picks the run up again only within its window after the failure)`;
  }
  return undefined;
}

/**
 * A ledger revert's rollback record names another workflow as failing: by its file (two workflows may share
 * a name), or by its name in a record written before the file was kept. No record, or unreadable: false.
 */
function revertedForAnother(
  record: string | undefined,
  run: { workflow: string; workflowPath?: string | undefined },
): boolean {
  if (record === undefined) return false;
  try {
    const { trigger } = parseRollbackRecord(record);
    if (typeof trigger.workflowPath === 'string' && run.workflowPath !== undefined)
      return trigger.workflowPath !== run.workflowPath;
    return typeof trigger.workflow === 'string' && trigger.workflow !== run.workflow;
  } catch {
    // an unreadable record names no workflow: the revert holds the bisection, as one without a record
    return false;
  }
}
