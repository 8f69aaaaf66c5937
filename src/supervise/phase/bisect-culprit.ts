/**
 * The probe re-runs and last steps of a bisection (supervise-bisect.ts picks them): a probe cancelled with no
 * verdict is run again; a culprit's probe that failed once is re-run to confirm it; a confirmed culprit is
 * reverted alone, when the revert's checks pass for that commit, or goes to a person, said why (reverted
 * already within the range, labels, caps).
 */
import { wasReverted } from '../../core/ledger.js';
import { errorMessage, UserError } from '../../core/errors.js';
import { inert } from '../../core/text.js';
import { declined, revertBranch, revertEligibility } from '../core/revert.js';
import { rollbackTarget, rollbacksOf } from '../core/rollback-verify.js';
import type { JobDecision } from '../core/supervise-model.js';
import { PROBE_DEADLINE_MS, probeRef } from '../core/bisect.js';
import type { GitClone } from '../ports/git.js';
import { RateLimitError } from '../ports/supervise.js';
import {
  deleteProbeBranches,
  forgetProbeBranch,
  othersRunOn,
  ownProbeRecord,
  recordProbeBranch,
  type BisectPorts,
  type BisectResult,
  type StepContext,
} from './bisect-site.js';

/**
 * A probe cancelled with no verdict on its commit: every job of its run is run again (POST
 * .../runs/{id}/rerun; a cancelled job is no failed job), a new attempt of the same run that the next wake
 * reads as the probe; its record stays in the ledger, so a sweep comes back however the run ends (GitHub
 * may send no `workflow_run` for a re-run asked with GITHUB_TOKEN). Another workflow's probe still running on
 * the shared branch is waited for: a `concurrency:` group keyed on the ref would cancel one by the other.
 */
export async function rerunCancelledStep(
  sha: string,
  runId: number,
  reason: string,
  c: StepContext,
  ports: BisectPorts,
): Promise<BisectResult> {
  const waiting = (why: string): BisectResult => ({
    plan: c.set({ action: 'nothing', reason: `bisecting: ${why}` }),
    probes: c.probes,
  });
  const ref = probeRef(sha);
  const other = await othersRunOn(c.site, ref, ports);
  if (other !== undefined)
    return waiting(`${reason}, once another workflow's probe on ${ref} (run ${other}) completes`);
  try {
    await ports.github.requestRerun(runId, { mode: 'all', jobIds: [], backoffSeconds: 0, reason }, 0);
  } catch (error) {
    return await notRerun(runId, reason, error, c, ports);
  }
  ports.log.notice(`ci-recovery supervisor: bisecting: ${inert(reason)}.`);
  return waiting(reason);
}

/**
 * The culprit's probe failed once: its failed jobs are run again (the probe's next attempt is read as it
 * was); a second failure the same way makes it the culprit, a pass makes the range a person's. `wholeRun`:
 * its job timed out, cancelled, which POST .../rerun-failed-jobs leaves out: every job is run again.
 */
export async function confirmStep(
  runId: number,
  reason: string,
  c: StepContext,
  ports: BisectPorts,
  wholeRun = false,
): Promise<BisectResult> {
  const mode = wholeRun ? 'all' : 'failed-jobs';
  try {
    await ports.github.requestRerun(runId, { mode, jobIds: [], backoffSeconds: 0, reason }, 0);
  } catch (error) {
    return await notRerun(runId, reason, error, c, ports);
  }
  ports.log.notice(`ci-recovery supervisor: bisecting: ${inert(reason)}.`);
  return { plan: c.set({ action: 'nothing', reason: `bisecting: ${reason}` }), probes: c.probes };
}

/**
 * A probe's re-run that did not go through. Only GitHub's refusal of this attempt ends the bisection; the
 * step waits for the next wake (which reads the probe again and asks again) when:
 * - the run has an attempt newer than the one judged (GET .../actions/runs/{id}, `run_attempt`): the re-run
 *   was made already, and the step read a listing GitHub had not yet brought up to date (two wakes close
 *   together), so GitHub refused the second request ("no failed jobs", or a re-run of a newer attempt);
 * - GitHub did not refuse (a 5xx past the client's retries, the network, the wake's budget), within
 *   PROBE_DEADLINE_MS of the probe run's last change: past it, a person, as a refusal.
 * A rate limit passes (supervise-bisect.ts waits for the next wake).
 */
async function notRerun(
  runId: number,
  reason: string,
  error: unknown,
  c: StepContext,
  ports: BisectPorts,
): Promise<BisectResult> {
  if (error instanceof RateLimitError) throw error;
  const probe = c.probes.find((p) => p.runId === runId);
  const wait = (why: string): BisectResult => {
    // A judged probe's record went with its branch (bisect-probes.ts): made again, as for a cancelled probe,
    // so a sweep finds the bisection however many runs push the failing run off the listing.
    if (probe && !ownProbeRecord(c.site, probeRef(probe.sha)))
      recordProbeBranch(c.site, {
        branch: probeRef(probe.sha),
        sha: probe.sha,
        createdAt: ports.now.toISOString(),
      });
    ports.log.warning(`ci-recovery supervisor: bisecting: ${inert(why)}`);
    return { plan: c.set({ action: 'nothing', reason: `bisecting: ${why}` }), probes: c.probes };
  };
  const judged = probe?.attempt ?? 1;
  const latest = await ports.github.readRun(runId).then(
    (d) => d.run.latestAttempt,
    () => undefined,
  );
  if (latest !== undefined && latest > judged)
    return wait(
      `${reason}: run ${runId} has attempt ${latest} already (attempt ${judged} was read), so the re-run was made; the next wake reads it`,
    );
  const changed = Date.parse(probe?.changedAt ?? '');
  const fresh = !Number.isFinite(changed) || ports.now.getTime() - changed <= PROBE_DEADLINE_MS;
  if (!refusedByGitHub(error) && fresh)
    return wait(`${reason}, but the re-run waits for the next wake: ${errorMessage(error)}`);
  return await refused(reason, error, c, ports);
}

/**
 * A 4xx that asks to come back later, not to stop: 408 (timed out), 409 (a conflict with the run's state),
 * 429 without the headers or wording the adapter reads as a rate limit (core/api-refusal.ts passes it raw).
 */
const LATER = new Set([408, 409, 429]);

/**
 * GitHub's own answer that it will not do it: an explained refusal (a permission, a run past 30 days or 50
 * attempts) or any other 4xx but LATER. A 5xx, the network or the wake's budget is no refusal: the next wake
 * asks again.
 */
function refusedByGitHub(error: unknown): boolean {
  if (error instanceof UserError) return true;
  const status =
    typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' && status >= 400 && status < 500 && !LATER.has(status);
}

/**
 * A probe's re-run GitHub refused (a run over a month old, its workflow disabled): a person's, and the
 * bisection ends as a person step does (supervise-bisect.ts): its probe branches deleted, their records gone.
 */
async function refused(
  reason: string,
  error: unknown,
  c: StepContext,
  ports: BisectPorts,
): Promise<BisectResult> {
  await deleteProbeBranches(c.site, c.probes, ports);
  for (const p of c.probes) forgetProbeBranch(c.site, p.sha);
  return c.person(`${reason}, but the re-run was refused: ${errorMessage(error)}`, c.probes);
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
export async function culpritStep(
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
