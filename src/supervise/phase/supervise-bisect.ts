/**
 * Bisection, one step per supervisor run. A push run of the default branch fails with 2..8 commits since
 * the last green run: the supervisor probes commits of the range (a `workflow_dispatch` of the failing
 * workflow on a short-lived branch at the commit) and, once one commit is left whose parent is green and
 * which fails the same way, reverts that commit alone. Stateless: every step reads the probes back from
 * GitHub (runs on the probe branches); a probe's completion calls the supervisor again (workflow_run), which
 * supervises the failing run anew and takes the next step. Decisions: core/bisect.ts.
 */
import {
  bisectionStartOf,
  bisectStep,
  isProbeRun,
  judgeProbe,
  MAX_BISECT_RANGE,
  MAX_PROBES_PER_BISECTION,
  probeBranchStep,
  PROBE_DEADLINE_MS,
  probeLines,
  probeRef,
  probeRunOf,
  probesPerDay,
  type BisectInput,
  type BisectStep,
  type Probe,
  type ProbeRunView,
} from '../core/bisect.js';
import { takesDispatch } from '../core/workflow-jobs.js';
import { errorMessage } from '../../core/errors.js';
import { MAX_ENDED_BISECTIONS, wasReverted, type Ledger, type LedgerProbeBranch } from '../../core/ledger.js';
import { declined, revertBranch, revertEligibility, type RevertConfig } from '../core/revert.js';
import { parseRollbackRecord } from '../core/rollback-record.js';
import { rollbackTarget, rollbacksOf } from '../core/rollback-verify.js';
import type {
  JobDecision,
  JobFindings,
  JobView,
  RunDetails,
  SuperviseInput,
  SupervisePlan,
} from '../core/supervise-model.js';
import { inert } from '../../core/text.js';
import type { GitClone } from '../ports/git.js';
import type { SupervisorGitHub } from '../ports/github.js';
import type { Logger } from '../../runner/ports/logger.js';
import { DispatchRefusedError, type ProbePort } from '../ports/probes.js';
import type { SuperviseContext } from './context.js';
import { RateLimitError, type SupervisePorts } from '../ports/supervise.js';
import type { Gathered, RevertWork } from './supervise-gather.js';

export interface BisectPorts {
  github: SupervisorGitHub;
  probes: ProbePort;
  log: Logger;
  now: Date;
}

/** What the phase knows of the failing run when its revert was refused for the range. */
export interface BisectSite {
  details: RunDetails;
  plan: SupervisePlan;
  clone: GitClone;
  facts: Partial<SuperviseInput>;
  revertConfig: RevertConfig;
  ledger?: Ledger;
  /** Classifies a failed job of a probe run, as the failing run's jobs were. */
  findings: (job: JobView) => Promise<JobFindings>;
}

export interface BisectResult {
  plan: SupervisePlan;
  probes: Probe[];
  /** The culprit's PR, and the change it belongs to (an earlier rollback's), when it is reverted. */
  culpritPr?: number;
  target?: string;
  earlierRollbacks?: number;
  /** The ledger with the probe branches' records changed (saved with the outcome). */
  ledger?: Ledger;
}

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
      await deleteProbeBranches(probes, ports);
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
        return await confirmStep(step.runId, step.reason, { site, set, person, probes }, ports);
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

/** The runs one listing holds (per_page=100): a full one may have left older runs out. */
const LISTED_PAGE = 100;

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

/** The most runs GitHub lists for a filtered query (`created`, `event`, …): ten pages of 100. */
const FILTERED_LISTING_MAX = 1_000;

/**
 * The probes dispatched today (UTC), the daily cap's count. The listing of the workflow's dispatches holds
 * one page: when it is full and all of today, earlier probes of the day may be past it (a busy repository's
 * own dispatches), so today's dispatches are listed in full. GitHub lists at most 1,000 for a filtered
 * query: a day that fills them counts as the cap reached, never as probes left.
 */
async function probesToday(
  dispatched: readonly ProbeRunView[],
  workflowId: number,
  ports: BisectPorts,
): Promise<number> {
  const day = ports.now.toISOString().slice(0, 10);
  const probesOf = (runs: readonly ProbeRunView[]): number =>
    runs.filter((r) => isProbeRun(r) && r.createdAt.slice(0, 10) === day).length;
  const oldest = dispatched.at(-1);
  if (dispatched.length < LISTED_PAGE || (oldest !== undefined && oldest.createdAt.slice(0, 10) < day))
    return probesOf(dispatched);
  const all = await ports.probes.listRuns(workflowId, {
    event: 'workflow_dispatch',
    created: `>=${day}`,
    pages: FILTERED_LISTING_MAX / LISTED_PAGE,
  });
  return all.length >= FILTERED_LISTING_MAX ? Number.POSITIVE_INFINITY : probesOf(all);
}

interface ProbeContext {
  site: BisectSite;
  after: string;
  failing: NonNullable<NonNullable<JobDecision['classification']>['type']>;
  job: JobDecision;
}

/** Each commit's probe, judged; a judged probe's branch is deleted (best effort). */
async function readProbes(
  commits: readonly string[],
  dispatched: readonly ProbeRunView[],
  c: ProbeContext,
  ports: BisectPorts,
): Promise<Probe[]> {
  const workflowPath = c.site.details.workflowPath ?? '';
  const probes: Probe[] = [];
  for (const sha of commits) {
    const want = { workflowPath, sha, after: c.after };
    // The newest page of dispatches first; a probe pushed off it (a busy repository) is looked up by its
    // branch, or it would be taken for one without a run and its commit probed again.
    const run =
      probeRunOf(dispatched, want) ??
      (dispatched.length >= LISTED_PAGE
        ? probeRunOf(
            await ports.probes.listRuns(c.site.details.workflowId, {
              branch: probeRef(sha),
              event: 'workflow_dispatch',
            }),
            want,
          )
        : undefined);
    if (!run) continue;
    let failed: { conclusion: string | null; type?: Probe['failureType'] } | undefined;
    if (run.status === 'completed' && run.conclusion !== 'success') {
      const listed = await ports.github.readJobs(run.id, run.runAttempt);
      const same = listed.jobs.find((j) => j.name === c.job.job);
      // Judged as failing otherwise (a person reads the probes), which it may not: said, not guessed.
      if (!same && listed.more)
        ports.log.warning(
          `ci-recovery supervisor: job '${inert(c.job.job)}' is not among the ${listed.jobs.length} jobs listed of probe run ${run.id}: the probe is judged as failing otherwise`,
        );
      failed = same
        ? {
            conclusion: same.conclusion,
            ...(same.conclusion === 'failure'
              ? { type: (await c.site.findings(same)).classification.type }
              : {}),
          }
        : undefined;
    }
    const result = judgeProbe(run, failed, c.failing, ports.now);
    // A later attempt failing the same way confirms the culprit only if the one before it did too.
    const confirmed =
      result === 'same' && run.runAttempt >= 2 ? await failedSameBefore(run, c, ports) : undefined;
    probes.push({
      sha,
      result,
      runId: run.id,
      ...(run.url ? { url: run.url } : {}),
      ...(failed?.type ? { failureType: failed.type } : {}),
      attempt: run.runAttempt,
      ...(confirmed !== undefined ? { confirmed } : {}),
    });
    // Judged: the branch and its record go. Pending, the record stays: it sends a sweep to this bisection
    // when its run is no longer among the repository's newest.
    if (result !== 'pending') {
      forgetProbeBranch(c.site, sha);
      await deleteProbeBranch(sha, ports);
    }
  }
  return probes;
}

/**
 * Whether the failing job failed the same way in the probe's attempt before this one: a confirming re-run's
 * first failure. A first attempt cancelled (a concurrency group) or passed, then re-run by a person, is not.
 */
async function failedSameBefore(run: ProbeRunView, c: ProbeContext, ports: BisectPorts): Promise<boolean> {
  const listed = await ports.github.readJobs(run.id, run.runAttempt - 1);
  const before = listed.jobs.find((j) => j.name === c.job.job);
  if (before?.conclusion !== 'failure') return false;
  return (await c.site.findings(before)).classification.type === c.failing;
}

/** Deletes a probe's branch (best effort: one left is said, and the next step deletes it again). */
async function deleteProbeBranch(sha: string, ports: Pick<BisectPorts, 'probes' | 'log'>): Promise<void> {
  await ports.probes.deleteBranch(probeRef(sha)).catch((error: unknown) => {
    ports.log.warning(
      `ci-recovery supervisor: the probe branch ${probeRef(sha)} was not deleted: ${inert(errorMessage(error))}`,
    );
  });
}

async function deleteProbeBranches(probes: readonly Probe[], ports: BisectPorts): Promise<void> {
  for (const p of probes) if (p.result === 'pending') await deleteProbeBranch(p.sha, ports);
}

interface StepContext {
  site: BisectSite;
  set: (d: Partial<JobDecision>) => SupervisePlan;
  person: (why: string, probes: Probe[]) => BisectResult;
  probes: Probe[];
}

interface DispatchContext extends StepContext {
  /** When the bisection began (ISO): a probe branch's clock without a ledger to record it in. */
  after: string;
  /** The range, oldest first. */
  commits: readonly string[];
}

/**
 * A probe record of this bisection's workflow: another workflow (of the same name, even) bisecting at the
 * same commits keeps its own. A record of an older ledger that names no workflow is anyone's.
 */
const ownRecord = (site: BisectSite, p: LedgerProbeBranch): boolean =>
  p.workflowId === undefined || p.workflowId === site.details.workflowId;

/** The ledger's record of a probe branch made and not yet seen with a run (no ledger: nothing kept). */
function recordProbeBranch(site: BisectSite, record: Omit<LedgerProbeBranch, 'workflowId'>): void {
  forgetProbeBranches(site, (p) => p.branch === record.branch);
  if (!site.ledger) return;
  site.ledger = {
    ...site.ledger,
    probes: [...(site.ledger.probes ?? []), { ...record, workflowId: site.details.workflowId }],
  };
}

function forgetProbeBranch(site: BisectSite, sha: string): void {
  const branch = probeRef(sha);
  forgetProbeBranches(site, (p) => p.branch === branch);
}

/** This workflow's probe records that `drop` picks are dropped from the ledger. */
function forgetProbeBranches(site: BisectSite, drop: (p: LedgerProbeBranch) => boolean): void {
  dropFromLedger(site, 'probes', (p) => ownRecord(site, p) && drop(p));
}

/** The items of one of the ledger's lists that `drop` picks go, the list with them when it empties. */
function dropFromLedger<K extends 'probes' | 'ended'>(
  site: BisectSite,
  key: K,
  drop: (item: NonNullable<Ledger[K]>[number]) => boolean,
): void {
  const list = site.ledger?.[key] as NonNullable<Ledger[K]>[number][] | undefined;
  if (!site.ledger || !list?.some(drop)) return;
  const kept = list.filter((item) => !drop(item));
  const next: Ledger = { ...site.ledger };
  if (kept.length > 0) Object.assign(next, { [key]: kept });
  else delete next[key];
  site.ledger = next;
}

/**
 * The failing run's bisection ended where GitHub would not start its probes: a sweep no longer takes the
 * run up (supervise-sweep.ts); a wake naming the run does. No ledger: nothing kept, as for probe branches.
 */
function recordEnded(site: BisectSite, now: Date): void {
  if (!site.ledger) return;
  const { id: runId, attempt } = site.details.run;
  const others = (site.ledger.ended ?? []).filter((e) => e.runId !== runId);
  site.ledger = {
    ...site.ledger,
    ended: [...others, { runId, attempt, at: now.toISOString() }].slice(-MAX_ENDED_BISECTIONS),
  };
}

/** The run's ended record dropped: a probe of it was dispatched, so sweeps take its answer up again. */
function forgetEnded(site: BisectSite): void {
  dropFromLedger(site, 'ended', (e) => e.runId === site.details.run.id);
}

/** The probe branch at the commit, then the dispatch on it. */
async function dispatchProbe(
  sha: string,
  reason: string,
  c: DispatchContext,
  ports: BisectPorts,
): Promise<BisectResult> {
  const ref = probeRef(sha);
  // The branch there already, with no probe run listed: another supervisor (a sweep beside an event's run)
  // made it a moment ago and dispatched, or a run crashed before its dispatch, or GitHub dropped it.
  if ((await ports.probes.createBranch(ref, sha)) === 'exists')
    return await probeBranchWithoutRun(sha, reason, c, ports);
  recordProbeBranch(c.site, { branch: ref, sha, createdAt: ports.now.toISOString() });
  let started: { runId?: number };
  try {
    started = await ports.probes.dispatch(c.site.details.workflowId, ref);
  } catch (error) {
    await ports.probes
      .deleteBranch(ref)
      .catch((e: unknown) => ports.log.debug(`probe branch left: ${inert(errorMessage(e))}`));
    forgetProbeBranch(c.site, sha);
    // A rate limit, a 5xx, the network or the wake's budget passes: the next wake dispatches the probe (its
    // branch made again). Only GitHub's refusal ends the bisection.
    if (!(error instanceof DispatchRefusedError))
      return {
        plan: c.set({
          action: 'nothing',
          reason: `bisecting: ${reason}; the probe of ${sha.slice(0, 12)} waits for the next wake: ${errorMessage(error)}`,
        }),
        probes: c.probes,
      };
    // Refused (the workflow disabled, no trigger at that commit, no permission): each wake would make and
    // refuse the same probe; said once, the sweep leaves the run (recordEnded).
    recordEnded(c.site, ports.now);
    if (error.reason === 'gone')
      return c.person(
        `the probe of ${sha.slice(0, 12)} could not be dispatched: ${errorMessage(error)}; the bisection ended, as no probe of this workflow can run again`,
        c.probes,
      );
    return c.person(
      `the probe of ${sha.slice(0, 12)} could not be dispatched (${errorMessage(error)}): bisection needs 'workflow_dispatch:' in the workflow's 'on:' at that commit, the workflow enabled and 'actions: write'; the bisection ended: to take it up again, dispatch the supervisor on the default branch with run-id ${c.site.details.run.id}`,
      c.probes,
    );
  }
  // Taken up again (a dispatch naming the run): the sweeps follow its probes once more.
  forgetEnded(c.site);
  const run = started.runId !== undefined ? ` (run ${started.runId})` : '';
  ports.log.notice(
    `ci-recovery supervisor: bisecting: dispatched ${inert(c.site.details.run.workflow)} on ${ref}${run}.`,
  );
  return {
    plan: c.set({ action: 'nothing', reason: `bisecting: ${reason}; dispatched on ${ref}${run}` }),
    probes: c.probes,
  };
}

/**
 * A probe branch with no run listed: a second supervisor's dispatch is awaited; past the deadline from the
 * branch's creation it is dispatched once more; past a second deadline the range and the probes go to a
 * person and the branch is deleted (core/bisect.ts, probeBranchStep). Nothing waits forever.
 */
async function probeBranchWithoutRun(
  sha: string,
  reason: string,
  c: DispatchContext,
  ports: BisectPorts,
): Promise<BisectResult> {
  const ref = probeRef(sha);
  const now = ports.now.toISOString();
  const waiting = (why: string): BisectResult => ({
    plan: c.set({ action: 'nothing', reason: `bisecting: ${reason}; ${why}` }),
    probes: c.probes,
  });
  if (!c.site.ledger) {
    // No ledger keeps when the branch was made nor a second dispatch: none is made (each sweep would
    // make one), and the bisection's start is the clock, with a probe run's own deadline.
    if (ports.now.getTime() - Date.parse(c.after) <= PROBE_DEADLINE_MS)
      return waiting(`${ref} exists, its run is awaited`);
    const hours = PROBE_DEADLINE_MS / 3_600_000;
    return await noRunPerson(sha, `${ref} has had no run ${hours} h after the bisection began`, c, ports);
  }
  const record = c.site.ledger.probes?.find((p) => p.branch === ref);
  const step = probeBranchStep(record, ports.now);
  switch (step.kind) {
    case 'record':
      recordProbeBranch(c.site, { branch: ref, sha, createdAt: now });
      return waiting(`${ref} exists, its run is awaited`);
    case 'wait':
      return waiting(step.reason);
    case 'redispatch':
      try {
        await ports.probes.dispatch(c.site.details.workflowId, ref);
      } catch (error) {
        return await noRunPerson(
          sha,
          `${step.reason}, and that dispatch failed: ${errorMessage(error)}`,
          c,
          ports,
        );
      }
      recordProbeBranch(c.site, {
        branch: ref,
        sha,
        createdAt: record?.createdAt ?? now,
        redispatchedAt: now,
      });
      forgetEnded(c.site);
      ports.log.notice(`ci-recovery supervisor: bisecting: ${inert(step.reason)}.`);
      return waiting(step.reason);
    case 'person':
      return await noRunPerson(sha, step.reason, c, ports);
  }
}

/** The range and the probes to a person; the probe branches deleted, their records dropped. */
async function noRunPerson(
  sha: string,
  why: string,
  c: DispatchContext,
  ports: BisectPorts,
): Promise<BisectResult> {
  await deleteProbeBranch(sha, ports);
  await deleteProbeBranches(c.probes, ports);
  for (const s of c.commits) forgetProbeBranch(c.site, s);
  // Probes GitHub never ran: a sweep would make the branch and dispatch again, and wait hours, without end.
  recordEnded(c.site, ports.now);
  const first = c.commits[0] ?? sha;
  const last = c.commits[c.commits.length - 1] ?? sha;
  return c.person(
    `${why}; the range: ${first.slice(0, 12)}..${last.slice(0, 12)} (${c.commits.length} commits)`,
    c.probes,
  );
}

/**
 * The culprit's probe failed once: its failed jobs are run again (the probe's next attempt is read as it
 * was); a second failure the same way makes it the culprit, a pass makes the range a person's.
 */
async function confirmStep(
  runId: number,
  reason: string,
  c: StepContext,
  ports: BisectPorts,
): Promise<BisectResult> {
  try {
    await ports.github.requestRerun(runId, { mode: 'failed-jobs', jobIds: [], backoffSeconds: 0, reason }, 0);
  } catch (error) {
    return c.person(`${reason}, but the re-run was refused: ${errorMessage(error)}`, c.probes);
  }
  ports.log.notice(`ci-recovery supervisor: bisecting: ${inert(reason)}.`);
  return { plan: c.set({ action: 'nothing', reason: `bisecting: ${reason}` }), probes: c.probes };
}

/**
 * The commit after `sha` in the range that reverts it (one of `landed`, or git's "This reverts commit
 * <sha>"), if any.
 */
async function revertInRange(
  sha: string,
  landed: readonly string[],
  commits: readonly string[],
  clone: GitClone,
): Promise<string | undefined> {
  const after = commits.slice(commits.indexOf(sha) + 1);
  for (const [i, later] of after.entries()) {
    const reverts =
      landed.includes(later) ||
      (await clone.commitInfo(later)).message.includes(`This reverts commit ${sha}`);
    if (!reverts) continue;
    // A later commit that reverts that revert lands the culprit again: the range's failure may be its (review).
    for (const relanding of after.slice(i + 1))
      if ((await clone.commitInfo(relanding)).message.includes(`This reverts commit ${later}`))
        return undefined;
    return later;
  }
  return undefined;
}

/** The culprit found: the revert checks again, for that commit (its labels, opt-out, caps). */
async function culpritStep(
  sha: string,
  reason: string,
  c: StepContext & { job: JobDecision; commits: readonly string[] },
  ports: BisectPorts,
): Promise<BisectResult> {
  const { site } = c;
  // Reverted already within the range, and the head still fails the same way: another change of the range
  // fails it, whose probes all hold the reverted one's failure. Not "already reverted, nothing to do".
  const existing = await ports.github.findRevertPullRequest(revertBranch(sha));
  // Its revert's commit on the branch: the PR's merge (a squash changes it), the ledger's, or git's line.
  const landed = [
    existing?.mergeSha,
    ...(site.ledger?.reverts ?? []).filter((r) => r.sha === sha).flatMap((r) => [r.landedSha, r.revertSha]),
  ].filter((s): s is string => s !== undefined);
  const revertedAt = await revertInRange(sha, landed, c.commits, site.clone);
  if (revertedAt !== undefined)
    return c.person(
      `${reason}, but it was reverted at ${revertedAt.slice(0, 12)} and the head still fails the same way: another change in the range fails it, or a later commit lands it again`,
      c.probes,
    );
  const commit = await site.clone.commitInfo(sha);
  const labels = await ports.github.labelApplications(sha, site.revertConfig.killSwitchLabel);
  const target = site.ledger ? rollbackTarget(commit, site.ledger.reverts) : undefined;
  const earlier = target !== undefined && site.ledger ? rollbacksOf(target, site.ledger.reverts) : undefined;
  const verdict = revertEligibility(
    {
      branchKind: 'default',
      event: 'push',
      commit: { sha, message: commit.message, parents: commit.parents },
      // The culprit failed the same way in its probe (or its own run) and the failing run did too.
      confirmedOnRerun: true,
      parentGreen: true,
      culpritRange: 1,
      revertsToday: site.facts.revertsToday ?? 0,
      labels: labels.labels,
      alreadyReverted: existing !== undefined || (site.ledger ? wasReverted(site.ledger, sha) : false),
      ...(declined(existing) ? { revertDeclined: existing.number } : {}),
      ...(earlier !== undefined ? { earlierRollbacks: earlier } : {}),
    },
    site.revertConfig,
  );
  const pr = labels.pr !== undefined ? { culpritPr: labels.pr } : {};
  if (!verdict.revert) {
    if (verdict.refusal === 'already-reverted')
      return { plan: c.set({ action: 'nothing', reason: `${reason}; ${verdict.reason}` }), probes: c.probes };
    return c.person(`${reason}, but no revert: ${verdict.reason}`, c.probes);
  }
  const plan = c.set({ action: 'revert', reason: `${reason}; ${verdict.reason}` });
  return {
    plan: {
      ...plan,
      revert: {
        sha,
        branch: revertBranch(sha),
        ...(commit.parents.length > 1 ? { mainline: 1 } : {}),
        job: c.job.job,
        failureType: c.job.classification?.type ?? 'unknown',
        reason: `${reason} (bisection)`,
      },
    },
    probes: c.probes,
    ...pr,
    ...(target !== undefined ? { target } : {}),
    ...(earlier !== undefined ? { earlierRollbacks: earlier } : {}),
  };
}
