/**
 * The ledger's records of a bisection, pure: the probe branches made and not yet judged (a sweep finds the
 * bisection by them), and the bisections that ended where GitHub would not start their probes (a sweep no
 * longer takes their run up). Each change answers a new ledger, or the same one when nothing changed, so
 * the phase knows whether to save it.
 */
import {
  MAX_ENDED_BISECTIONS,
  type Ledger,
  type LedgerEndedBisection,
  type LedgerProbeBranch,
} from '../../core/ledger.js';

/**
 * A probe branch's record older than this is stale: its bisection ended long ago (both deadlines are long
 * past) without its record being dropped (its workflow deleted, disabled, or its step ended in a catch). A
 * stale record neither sends the sweep looking for its bisection nor keeps another workflow from deleting
 * the branch.
 */
export const STALE_PROBE_RECORD_MS = 24 * 3_600_000;

/** How far ahead of this runner's clock another runner's may be when it dates a record. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Whether a probe record is fresh: made within STALE_PROBE_RECORD_MS, and not dated ahead of the clock (a
 * record from the future was not written by a supervisor: anyone who can write the branch's cache scope can
 * write a ledger, and it would stay fresh as long as it likes).
 */
export function freshRecord(p: LedgerProbeBranch, now: Date): boolean {
  const at = Date.parse(p.createdAt);
  return at >= now.getTime() - STALE_PROBE_RECORD_MS && at <= now.getTime() + CLOCK_SKEW_MS;
}

/**
 * Whether a fresh record holds the probe branch for a workflow `mine` does not pick: the branch is named by
 * the commit alone, so two workflows bisecting the same commits share it. A record naming no workflow is
 * anyone's, and holds it for no other.
 */
export function heldByOthers(
  ledger: Ledger | undefined,
  branch: string,
  mine: (workflowId: number) => boolean,
  now: Date,
): boolean {
  return othersHolding(ledger, branch, mine, now).length > 0;
}

/** The workflows other than `mine` whose fresh records hold the probe branch (heldByOthers). */
export function othersHolding(
  ledger: Ledger | undefined,
  branch: string,
  mine: (workflowId: number) => boolean,
  now: Date,
): number[] {
  const ids = (ledger?.probes ?? [])
    .filter((p) => p.branch === branch && freshRecord(p, now))
    .map((p) => p.workflowId)
    .filter((id): id is number => id !== undefined && !mine(id));
  return [...new Set(ids)];
}

/**
 * A probe record of this bisection's workflow: another workflow (of the same name, even) bisecting at the
 * same commits keeps its own. A record of an older ledger that names no workflow is anyone's.
 */
export const ownRecord = (workflowId: number, p: LedgerProbeBranch): boolean =>
  p.workflowId === undefined || p.workflowId === workflowId;

/** The record of a probe branch made and not yet seen with a run, in place of any of the same branch. */
export function withProbeRecord(
  ledger: Ledger,
  workflowId: number,
  record: Omit<LedgerProbeBranch, 'workflowId'>,
): Ledger {
  const rest = withoutProbeRecords(ledger, workflowId, (p) => p.branch === record.branch);
  return { ...rest, probes: [...(rest.probes ?? []), { ...record, workflowId }] };
}

/** This workflow's probe records that `drop` picks are dropped. */
export function withoutProbeRecords(
  ledger: Ledger,
  workflowId: number,
  drop: (p: LedgerProbeBranch) => boolean,
): Ledger {
  return dropFromLedger(ledger, 'probes', (p) => ownRecord(workflowId, p) && drop(p));
}

/** The run's bisection ended (the newest MAX_ENDED_BISECTIONS are kept). */
export function withEnded(ledger: Ledger, run: { id: number; attempt: number }, now: Date): Ledger {
  const others = (ledger.ended ?? []).filter((e) => e.runId !== run.id);
  const ended: LedgerEndedBisection = { runId: run.id, attempt: run.attempt, at: now.toISOString() };
  return { ...ledger, ended: [...others, ended].slice(-MAX_ENDED_BISECTIONS) };
}

/** The run's ended record dropped: a probe of it was dispatched, so sweeps take its answer up again. */
export function withoutEnded(ledger: Ledger, runId: number): Ledger {
  return dropFromLedger(ledger, 'ended', (e) => e.runId === runId);
}

/** The items of one of the ledger's lists that `drop` picks go, the list with them when it empties. */
function dropFromLedger<K extends 'probes' | 'ended'>(
  ledger: Ledger,
  key: K,
  drop: (item: NonNullable<Ledger[K]>[number]) => boolean,
): Ledger {
  const list = ledger[key] as NonNullable<Ledger[K]>[number][] | undefined;
  if (!list?.some(drop)) return ledger;
  const kept = list.filter((item) => !drop(item));
  const next: Ledger = { ...ledger };
  if (kept.length > 0) Object.assign(next, { [key]: kept });
  else delete next[key];
  return next;
}
