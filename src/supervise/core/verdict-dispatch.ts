/**
 * A push-mode revert's verdict run, dispatched again by a sweep. A revert pushed with GITHUB_TOKEN starts no
 * run (docs/supervisor.md, "Which token"), so the wake that pushed it dispatches the watched workflow on the
 * default branch (phase/supervise.ts). When that dispatch failed (a 5xx past the client's retries, the
 * network, the wake's budget), nothing else starts a run holding the revert until someone pushes, and the
 * rollback waits unjudged, said once in that wake's summary. So a sweep dispatches it again while the
 * rollback awaits its verdict, it was pushed VERDICT_DISPATCH_GRACE_MS ago or more (the listing has caught up
 * with the wake's own dispatch) and VERDICT_DISPATCH_WINDOW_MS ago or less, and the listing shows no run of
 * its workflow on the default branch created since: at most one dispatch a sweep, and none once any run (a
 * person's push, the first dispatch) may hold it. Once per revert: a dispatch made or refused, by the wake
 * or a sweep, is kept on its ledger entry (`verdictDispatchedAt`), as the listing of the 100 newest runs
 * forgets it (a run that gives no verdict, its job guarded by `if: github.event_name == 'push'`, would be
 * dispatched again each time it scrolled off). Pure: the ledger and the listing come in, the workflows to dispatch go out.
 */
import { isProbeRun, type ProbeRunView } from './bisect.js';
import type { Ledger } from '../../core/ledger.js';
import { parseRollbackRecord } from './rollback-record.js';

/** A sweep's interval: the listing shows the pushing wake's own dispatch long before. */
export const VERDICT_DISPATCH_GRACE_MS = 15 * 60_000;

/**
 * A revert older has had its verdict run (the wake's dispatch, a sweep's, a push) or will not get it from a
 * dispatch: a day, as a probe record's (core/bisect-records.ts). A ledger of before the re-dispatch holds
 * pending reverts of any age: not dispatched for.
 */
export const VERDICT_DISPATCH_WINDOW_MS = 24 * 3_600_000;

/** A workflow (id) to dispatch on the branch, for the reverts (their culprits' shas) awaiting its verdict. */
export interface VerdictDispatch {
  workflowId: number;
  shas: string[];
}

/** The workflows (ids) to dispatch on `branch` for the verdict of a pushed revert no run holds. */
export function verdictDispatches(
  ledger: Ledger,
  runs: readonly ProbeRunView[],
  branch: string,
  now: Date,
): number[] {
  return verdictDispatchPlan(ledger, runs, branch, now).map((d) => d.workflowId);
}

/** verdictDispatches, with the reverts each dispatch is for (their ledger entries keep that it was made). */
export function verdictDispatchPlan(
  ledger: Ledger,
  runs: readonly ProbeRunView[],
  branch: string,
  now: Date,
): VerdictDispatch[] {
  const ids = new Map<number, string[]>();
  for (const revert of ledger.reverts) {
    if (!revert.record || revert.verdict || !revert.landedSha || revert.verdictDispatchedAt) continue;
    const at = Date.parse(revert.at);
    const age = now.getTime() - at;
    if (!Number.isFinite(at) || age < VERDICT_DISPATCH_GRACE_MS || age > VERDICT_DISPATCH_WINDOW_MS) continue;
    let record: ReturnType<typeof parseRollbackRecord>;
    try {
      record = parseRollbackRecord(revert.record);
    } catch {
      // an unreadable record names no workflow to dispatch: its rollback is judged as before
      continue;
    }
    if (record.mode !== 'push') continue;
    const path = record.trigger.workflowPath ?? runs.find((r) => r.id === record.trigger.runId)?.path;
    const workflowId = runs.find((r) => r.path === path && r.workflowId !== undefined)?.workflowId;
    if (path === undefined || workflowId === undefined) continue;
    const started = runs.some(
      (r) => r.path === path && r.headBranch === branch && !isProbeRun(r) && Date.parse(r.createdAt) >= at,
    );
    if (!started) ids.set(workflowId, [...(ids.get(workflowId) ?? []), revert.sha]);
  }
  return [...ids].map(([workflowId, shas]) => ({ workflowId, shas }));
}
