/**
 * What every part of a bisection step shares (supervise-bisect.ts, its probe reading in bisect-probes.ts,
 * its dispatches in bisect-dispatch.ts): the failing run's site, the ports, the result, and the ledger's
 * records of the site's probe branches and ended bisection (core/bisect-records.ts decides them).
 */
import { PROBE_DEADLINE_MS, probeRef, type Probe } from '../core/bisect.js';
import {
  heldByOthers,
  othersHolding,
  ownRecord,
  withEnded,
  withoutEnded,
  withoutProbeRecords,
  withProbeRecord,
} from '../core/bisect-records.js';
import type { RevertConfig } from '../core/revert.js';
import type {
  JobDecision,
  JobFindings,
  JobView,
  RunDetails,
  SuperviseInput,
  SupervisePlan,
} from '../core/supervise-model.js';
import { errorMessage } from '../../core/errors.js';
import type { Ledger, LedgerProbeBranch } from '../../core/ledger.js';
import { inert } from '../../core/text.js';
import type { GitClone } from '../ports/git.js';
import type { SupervisorGitHub } from '../ports/github.js';
import type { ProbePort } from '../ports/probes.js';
import type { Logger } from '../../runner/ports/logger.js';

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

export interface StepContext {
  site: BisectSite;
  set: (d: Partial<JobDecision>) => SupervisePlan;
  person: (why: string, probes: Probe[]) => BisectResult;
  probes: Probe[];
}

export interface DispatchContext extends StepContext {
  /** When the bisection began (ISO): a probe branch's clock without a ledger to record it in. */
  after: string;
  /** The range, oldest first. */
  commits: readonly string[];
}

/** Deletes a probe's branch (best effort: one left is said, and the next step deletes it again). */
export async function deleteProbeBranch(
  site: BisectSite,
  sha: string,
  ports: Pick<BisectPorts, 'probes' | 'log' | 'now'>,
): Promise<void> {
  // Another workflow's probe of the same commit runs on it (its fresh record holds the branch): that
  // bisection deletes it once judged, or the sweep once that workflow's branch is green again. A record a
  // day old holds nothing: its bisection stopped without dropping it, and the branch would be left forever.
  if (othersProbeOn(site, probeRef(sha), ports.now)) return;
  await ports.probes.deleteBranch(probeRef(sha)).catch((error: unknown) => {
    ports.log.warning(
      `ci-recovery supervisor: the probe branch ${probeRef(sha)} was not deleted: ${inert(errorMessage(error))}`,
    );
  });
}

export async function deleteProbeBranches(
  site: BisectSite,
  probes: readonly Probe[],
  ports: BisectPorts,
): Promise<void> {
  for (const p of probes)
    if (p.result === 'pending' || p.result === 'cancelled') await deleteProbeBranch(site, p.sha, ports);
}

/**
 * Another workflow's probe run on the branch that has not completed: the branch is named by the commit
 * alone, so two workflows bisecting the same commits share it, and a `concurrency:` group keyed on the ref
 * would cancel one by the other's start. Read only for a workflow whose fresh record holds the branch, and only
 * a run created within the probe's deadline.
 */
export async function othersRunOn(
  site: BisectSite,
  branch: string,
  ports: Pick<BisectPorts, 'probes' | 'now'>,
): Promise<number | undefined> {
  const mine = (id: number): boolean => id === site.details.workflowId;
  for (const id of othersHolding(site.ledger, branch, mine, ports.now)) {
    const runs = await ports.probes.listRuns(id, { branch, event: 'workflow_dispatch' });
    // A run held past the probe's deadline (an environment's approval, a queue that never starts) is not
    // waited for: the wait would have no end but the record's day, with no person told.
    const running = runs.find(
      (r) => r.status !== 'completed' && ports.now.getTime() - Date.parse(r.createdAt) <= PROBE_DEADLINE_MS,
    );
    if (running) return running.id;
  }
  return undefined;
}

/**
 * Whether a fresh record of the ledger holds the probe branch for another workflow's probe: the branch is
 * named by the commit alone, so two workflows bisecting the same commits share it. A stale record (a day
 * old: core/bisect-records.ts) holds nothing. No ledger: nothing tells, and false.
 */
export function othersProbeOn(site: BisectSite, branch: string, now: Date): boolean {
  const { workflowId } = site.details;
  return heldByOthers(site.ledger, branch, (id) => id === workflowId, now);
}

/** This workflow's record of the probe branch (a record that names no workflow is anyone's). */
export function ownProbeRecord(site: BisectSite, branch: string): LedgerProbeBranch | undefined {
  return site.ledger?.probes?.find((p) => p.branch === branch && ownRecord(site.details.workflowId, p));
}

/** The ledger's record of a probe branch made and not yet seen with a run (no ledger: nothing kept). */
export function recordProbeBranch(site: BisectSite, record: Omit<LedgerProbeBranch, 'workflowId'>): void {
  if (site.ledger) site.ledger = withProbeRecord(site.ledger, site.details.workflowId, record);
}

export function forgetProbeBranch(site: BisectSite, sha: string): void {
  const branch = probeRef(sha);
  forgetProbeBranches(site, (p) => p.branch === branch);
}

/** This workflow's probe records that `drop` picks are dropped from the ledger. */
export function forgetProbeBranches(site: BisectSite, drop: (p: LedgerProbeBranch) => boolean): void {
  if (site.ledger) site.ledger = withoutProbeRecords(site.ledger, site.details.workflowId, drop);
}

/**
 * The failing run's bisection ended where GitHub would not start its probes: a sweep no longer takes the
 * run up (supervise-sweep.ts); a wake naming the run does. No ledger: nothing kept, as for probe branches.
 */
export function recordEnded(site: BisectSite, now: Date): void {
  if (site.ledger) site.ledger = withEnded(site.ledger, site.details.run, now);
}

/** The run's ended record dropped: a probe of it was dispatched, so sweeps take its answer up again. */
export function forgetEnded(site: BisectSite): void {
  if (site.ledger) site.ledger = withoutEnded(site.ledger, site.details.run.id);
}
