/**
 * A bisection's probes read back from GitHub: each commit's probe run (the newest page of the workflow's
 * dispatches, or its branch), the failing job's outcome in it, the attempt before it for a confirmation,
 * and the probes dispatched today for the daily cap. Judged in core (core/bisect.ts, core/probe-reading.ts).
 */
import { judgeProbe, probeRef, probeRunOf, type Probe, type ProbeRunView } from '../core/bisect.js';
import {
  FILTERED_LISTING_MAX,
  LISTED_PAGE,
  needsAttemptBefore,
  pageHoldsDay,
  probeOf,
  probesOn,
  type ProbeJobOutcome,
} from '../core/probe-reading.js';
import type { JobDecision } from '../core/supervise-model.js';
import { inert } from '../../core/text.js';
import { deleteProbeBranch, forgetProbeBranch, type BisectPorts, type BisectSite } from './bisect-site.js';

export interface ProbeContext {
  site: BisectSite;
  after: string;
  failing: NonNullable<NonNullable<JobDecision['classification']>['type']>;
  job: JobDecision;
}

/**
 * The probes dispatched today (UTC), the daily cap's count. The listing of the workflow's dispatches holds
 * one page: when it is full and all of today, earlier probes of the day may be past it (a busy repository's
 * own dispatches), so today's dispatches are listed in full. GitHub lists at most 1,000 for a filtered
 * query: a day that fills them counts as the cap reached, never as probes left.
 */
export async function probesToday(
  dispatched: readonly ProbeRunView[],
  workflowId: number,
  ports: BisectPorts,
): Promise<number> {
  const day = ports.now.toISOString().slice(0, 10);
  if (pageHoldsDay(dispatched, day)) return probesOn(dispatched, day);
  const all = await ports.probes.listRuns(workflowId, {
    event: 'workflow_dispatch',
    created: `>=${day}`,
    pages: FILTERED_LISTING_MAX / LISTED_PAGE,
  });
  return all.length >= FILTERED_LISTING_MAX ? Number.POSITIVE_INFINITY : probesOn(all, day);
}

/** Each commit's probe, judged; a judged probe's branch is deleted (best effort). */
export async function readProbes(
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
    const failed =
      run.status === 'completed' && run.conclusion !== 'success' ? await failedJob(run, c, ports) : undefined;
    const result = judgeProbe(run, failed, c.failing, ports.now);
    const confirmed = needsAttemptBefore(result, run) ? await failedSameBefore(run, c, ports) : undefined;
    probes.push(probeOf(sha, run, result, failed, confirmed));
    // Judged: the branch and its record go. Pending, the record stays: it sends a sweep to this bisection
    // when its run is no longer among the repository's newest.
    if (result !== 'pending') {
      forgetProbeBranch(c.site, sha);
      await deleteProbeBranch(c.site, sha, ports);
    }
  }
  return probes;
}

/** The failing job's outcome in a completed probe run that did not pass; undefined: it is not listed. */
async function failedJob(
  run: ProbeRunView,
  c: ProbeContext,
  ports: BisectPorts,
): Promise<ProbeJobOutcome | undefined> {
  const listed = await ports.github.readJobs(run.id, run.runAttempt);
  const same = listed.jobs.find((j) => j.name === c.job.job);
  // Judged as failing otherwise (a person reads the probes), which it may not: said, not guessed.
  if (!same && listed.more)
    ports.log.warning(
      `ci-recovery supervisor: job '${inert(c.job.job)}' is not among the ${listed.jobs.length} jobs listed of probe run ${run.id}: the probe is judged as failing otherwise`,
    );
  if (!same) return undefined;
  return {
    conclusion: same.conclusion,
    ...(same.conclusion === 'failure' ? { type: (await c.site.findings(same)).classification.type } : {}),
  };
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
