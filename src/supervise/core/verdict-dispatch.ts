/**
 * A push-mode revert's verdict run, dispatched again by a sweep. A revert pushed with GITHUB_TOKEN starts no
 * run (docs/supervisor.md, "Which token"), so the wake that pushed it dispatches the watched workflow on the
 * default branch (phase/supervise.ts). When that dispatch failed (a 5xx past the client's retries, the
 * network, the wake's budget), nothing else starts a run holding the revert until someone pushes, and the
 * rollback waits unjudged, said once in that wake's summary. So a sweep dispatches it again while the
 * rollback awaits its verdict, it was pushed VERDICT_DISPATCH_GRACE_MS ago or more (the listing has caught up
 * with the wake's own dispatch), and the listing shows no run of its workflow on the default branch created
 * since: at most one dispatch a sweep, and none once any run (a person's push, the first dispatch, an earlier
 * sweep's) may hold it. Pure: the ledger and the listing come in, the workflows to dispatch go out.
 */
import { isProbeRun, type ProbeRunView } from './bisect.js';
import type { Ledger } from '../../core/ledger.js';
import { parseRollbackRecord } from './rollback-record.js';

/** A sweep's interval: the listing shows the pushing wake's own dispatch long before. */
export const VERDICT_DISPATCH_GRACE_MS = 15 * 60_000;

/** The workflows (ids) to dispatch on `branch` for the verdict of a pushed revert no run holds. */
export function verdictDispatches(
  ledger: Ledger,
  runs: readonly ProbeRunView[],
  branch: string,
  now: Date,
): number[] {
  const ids = new Set<number>();
  for (const revert of ledger.reverts) {
    if (!revert.record || revert.verdict || !revert.landedSha) continue;
    const at = Date.parse(revert.at);
    if (!Number.isFinite(at) || now.getTime() - at < VERDICT_DISPATCH_GRACE_MS || at > now.getTime())
      continue;
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
    if (!started) ids.add(workflowId);
  }
  return [...ids];
}
