/**
 * A bisection's probes read back from GitHub: each commit's probe run (the newest page of the workflow's
 * dispatches, or its branch), the failing job's outcome in it (a cancelled job's timeout-minutes line
 * included), the attempts before it for a confirmation or a count of cancels, and the probes dispatched today
 * for the daily cap. Judged in core (core/bisect.ts, core/probe-reading.ts).
 */
import { judgeProbe, probeRef, probeRunOf, type Probe, type ProbeRunView } from '../core/bisect.js';
import {
  ATTEMPTS_READ_BACK,
  cancelCause,
  cancelledOutcome,
  cancelsOf,
  failedSameBefore,
  FILTERED_LISTING_MAX,
  LISTED_PAGE,
  needsAttemptBefore,
  pageHoldsDay,
  probeOf,
  probesOn,
  type ProbeJobOutcome,
} from '../core/probe-reading.js';
import type { JobDecision } from '../core/supervise-model.js';
import { jobTimeoutLine } from '../core/supervise-findings.js';
import { inert } from '../../core/text.js';
import { errorMessage } from '../../core/errors.js';
import { RateLimitError } from '../ports/supervise.js';
import {
  deleteProbeBranch,
  forgetProbeBranch,
  ownProbeRecord,
  recordProbeBranch,
  type BisectPorts,
  type BisectSite,
} from './bisect-site.js';

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
      run.status === 'completed' && run.conclusion !== 'success'
        ? await jobOutcome(run, run.runAttempt, c, ports)
        : undefined;
    const result = judgeProbe(run, failed, c.failing, ports.now);
    const before = needsAttemptBefore(result, run) ? await attemptsBefore(run, c, ports) : [];
    const confirmed =
      result === 'same' && run.runAttempt >= 2 ? failedSameBefore(before, c.failing) : undefined;
    probes.push(probeOf(sha, run, result, failed, confirmed, cancelsOf(before)));
    // Cancelled, the probe is pending again (re-run, or a person's once the cap is spent): its record stays, or
    // is made again, so a sweep finds the bisection however many runs push its run off the listing.
    if (result === 'cancelled' && !ownProbeRecord(c.site, probeRef(sha)))
      recordProbeBranch(c.site, { branch: probeRef(sha), sha, createdAt: ports.now.toISOString() });
    // Judged: the branch and its record go. Pending, the record stays: it sends a sweep to this bisection
    // when its run is no longer among the repository's newest.
    if (result !== 'pending' && result !== 'cancelled') {
      forgetProbeBranch(c.site, sha);
      await deleteProbeBranch(c.site, sha, ports);
    }
  }
  return probes;
}

/**
 * The failing job's outcome in an attempt of a completed probe run that did not pass; undefined: it is not
 * listed. A cancelled job is read for GitHub's timeout-minutes line: then it failed, a timeout, as the
 * supervisor judges the failing run's own jobs (supervise-gather.ts); without it nothing of the commit is told.
 */
async function jobOutcome(
  run: ProbeRunView,
  attempt: number,
  c: ProbeContext,
  ports: BisectPorts,
  logs = true,
): Promise<ProbeJobOutcome | undefined> {
  const listed = await ports.github.readJobs(run.id, attempt);
  const same = listed.jobs.find((j) => j.name === c.job.job);
  // Judged as failing otherwise (a person reads the probes), which it may not: said, not guessed.
  if (!same && listed.more)
    ports.log.warning(
      `ci-recovery supervisor: job '${inert(c.job.job)}' is not among the ${listed.jobs.length} jobs listed of probe run ${run.id}: the probe is judged as failing otherwise`,
    );
  if (!same) return undefined;
  if (same.conclusion === 'cancelled') {
    // Its annotations first: a timeout-minutes line, or GitHub's own cause of the cancel. An earlier attempt
    // walked is read there only: no log downloaded per attempt.
    const notes = await annotationsOf(same.id, ports);
    const cause = cancelCause(notes);
    const jobTimeout =
      jobTimeoutLine(notes) ?? (logs && !cause ? await ports.github.jobTimeoutEvidence(same.id) : undefined);
    if (!jobTimeout) return { conclusion: same.conclusion, ...(cause ? { cause } : {}) };
    const { type } = (await c.site.findings({ ...same, jobTimeout })).classification;
    return { conclusion: same.conclusion, jobTimeout: true, type };
  }
  return {
    conclusion: same.conclusion,
    ...(same.conclusion === 'failure' ? { type: (await c.site.findings(same)).classification.type } : {}),
  };
}

/** A cancelled job's annotation messages; not read (checks: read missing), none: its cause is then not known. */
async function annotationsOf(jobId: number, ports: BisectPorts): Promise<string[]> {
  try {
    return (await ports.github.readAnnotations(jobId)).map((a) => a.message);
  } catch (error) {
    if (error instanceof RateLimitError) throw error;
    ports.log.warning(
      `ci-recovery supervisor: the annotations of probe job ${jobId} were not read (${inert(errorMessage(error))}): the cause of its cancel is not known`,
    );
    return [];
  }
}

/**
 * The failing job's outcomes in the probe's attempts before its own, newest first, back to the first one
 * that told (cancelledOutcome), at most ATTEMPTS_READ_BACK, past the cap: what a confirmation and the count
 * of cancels are read from.
 */
async function attemptsBefore(
  run: ProbeRunView,
  c: ProbeContext,
  ports: BisectPorts,
): Promise<(ProbeJobOutcome | undefined)[]> {
  const before: (ProbeJobOutcome | undefined)[] = [];
  for (let attempt = run.runAttempt - 1; attempt >= 1 && before.length < ATTEMPTS_READ_BACK; attempt--) {
    const outcome = await jobOutcome(run, attempt, c, ports, false);
    before.push(outcome);
    if (!cancelledOutcome(outcome)) break;
  }
  return before;
}
