/**
 * The ledger's records of the re-runs the supervisor asked for on the default branch, pure. A re-run asked
 * with GITHUB_TOKEN fires no `workflow_run` on completion (PLATFORM.md § 8), so its answer (the confirming
 * re-run that decides a revert, a transient failure's second try) is read by the next sweep or unrelated
 * wake; the sweep's listing keeps a failed run for its window only (60 minutes), and GitHub delays or drops
 * `schedule:` runs. A record keeps the run a sweep target until a supervision reads the re-run's completed
 * attempt, or for a day at most. Anyone who can write the branch's cache scope can write a record: it only
 * names a run for the sweep to supervise again, with every guard its own completion's would have.
 */
import { MAX_RERUN_RECORDS, type Ledger, type LedgerRerun } from '../../core/ledger.js';
import { CLOCK_SKEW_MS, STALE_PROBE_RECORD_MS } from './bisect-records.js';
import type { ProbeRunView } from './bisect.js';
import type { SweepTarget } from './supervise-sweep.js';

/** A record made within a day, and not dated ahead of the clock (a forged one would stay fresh forever). */
export function freshRerun(r: LedgerRerun, now: Date): boolean {
  const at = Date.parse(r.at);
  return at >= now.getTime() - STALE_PROBE_RECORD_MS && at <= now.getTime() + CLOCK_SKEW_MS;
}

/** The re-run of `run` at `attempt` asked for: recorded in place of any earlier record of the run. */
export function withRerun(ledger: Ledger, run: { id: number; attempt: number }, now: Date): Ledger {
  const others = (ledger.reruns ?? []).filter((r) => r.runId !== run.id);
  const record: LedgerRerun = { runId: run.id, attempt: run.attempt, at: now.toISOString() };
  return { ...ledger, reruns: [...others, record].slice(-MAX_RERUN_RECORDS) };
}

/**
 * The ledger once `run` was read: its record goes when the run is completed and either its attempt is the
 * re-run's answer (later than the one re-run), or no attempt later than the record's exists (the re-run never
 * started, or the record is forged: it would hold a sweep slot for a day), or the run itself was last updated
 * a day ago (`updatedAt`, when known). Stale records go too. The same ledger when nothing went.
 */
export function withoutAnsweredRerun(
  ledger: Ledger,
  run: { id: number; attempt: number; completed: boolean; updatedAt?: string },
  now: Date,
): Ledger {
  const list = ledger.reruns;
  if (!list) return ledger;
  // Completed is the answer, or there never will be one: a re-run makes the run queued again at once.
  const done = (r: LedgerRerun): boolean => r.runId === run.id && run.completed;
  const kept = list.filter((r) => freshRerun(r, now) && !done(r) && !staleRun(r, run, now));
  return keptOnly(ledger, list, kept);
}

/** The record of a run GitHub no longer has (404): gone. The same ledger when it had none. */
export function withoutRerunOf(ledger: Ledger, runId: number): Ledger {
  const list = ledger.reruns;
  if (!list) return ledger;
  return keptOnly(
    ledger,
    list,
    list.filter((r) => r.runId !== runId),
  );
}

function staleRun(r: LedgerRerun, run: { id: number; updatedAt?: string }, now: Date): boolean {
  if (r.runId !== run.id || run.updatedAt === undefined) return false;
  const updated = Date.parse(run.updatedAt);
  return Number.isFinite(updated) && updated < now.getTime() - STALE_PROBE_RECORD_MS;
}

function keptOnly(ledger: Ledger, list: readonly LedgerRerun[], kept: LedgerRerun[]): Ledger {
  if (kept.length === list.length) return ledger;
  const next: Ledger = { ...ledger };
  if (kept.length > 0) next.reruns = kept;
  else delete next.reruns;
  return next;
}

/**
 * The runs whose re-run's answer waits to be read: each fresh record's run, unless this invocation
 * supervised it already, or the listing shows its re-run still running (`running`, which the summary says:
 * the next wake reads it). A run the listing no longer holds (a busy repository) is a target all the same:
 * its supervision reads it from GitHub.
 */
export function rerunTargets(input: {
  reruns: readonly LedgerRerun[];
  runs: readonly ProbeRunView[];
  now: Date;
  skip: readonly number[];
}): { targets: SweepTarget[]; running: LedgerRerun[] } {
  const targets: SweepTarget[] = [];
  const running: LedgerRerun[] = [];
  for (const record of input.reruns) {
    if (!freshRerun(record, input.now) || input.skip.includes(record.runId)) continue;
    const listed = input.runs.find((r) => r.id === record.runId);
    if (listed && listed.status !== 'completed') running.push(record);
    else
      targets.push({
        runId: record.runId,
        why: `the answer of its re-run of attempt ${record.attempt} is not read yet`,
      });
  }
  return { targets, running };
}
