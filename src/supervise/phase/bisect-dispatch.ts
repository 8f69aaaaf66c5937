/**
 * A bisection's probe dispatched (supervise-bisect.ts picks the commit): its branch made at the commit and
 * the workflow dispatched there; a branch already there with no run is awaited, dispatched once more, or
 * goes to a person (core/bisect.ts, probeBranchStep). GitHub's refusal ends the bisection; anything that
 * passes waits for the next wake.
 */
import { PROBE_DEADLINE_MS, probeBranchStep, probeRef } from '../core/bisect.js';
import { errorMessage } from '../../core/errors.js';
import { inert } from '../../core/text.js';
import { DispatchRefusedError } from '../ports/probes.js';
import {
  deleteProbeBranch,
  deleteProbeBranches,
  forgetEnded,
  forgetProbeBranch,
  othersProbeOn,
  ownProbeRecord,
  recordEnded,
  recordProbeBranch,
  type BisectPorts,
  type BisectResult,
  type DispatchContext,
} from './bisect-site.js';

/** The probe branch at the commit, then the dispatch on it. */
export async function dispatchProbe(
  sha: string,
  reason: string,
  c: DispatchContext,
  ports: BisectPorts,
): Promise<BisectResult> {
  const ref = probeRef(sha);
  // The branch there already, with no probe run listed: another supervisor (a sweep beside an event's run)
  // made it a moment ago and dispatched, or a run crashed before its dispatch, or GitHub dropped it. Made
  // for another workflow's probe of the same commit (its fresh record holds it), it is this probe's branch
  // as well: dispatched at once. Two supervisors of this workflow (a sweep beside an event's run) that both
  // find only the other workflow's record can then both dispatch: one probe more than the cap, at worst.
  if (
    (await ports.probes.createBranch(ref, sha)) === 'exists' &&
    !(othersProbeOn(c.site, ref, ports.now) && !ownProbeRecord(c.site, ref))
  )
    return await probeBranchWithoutRun(sha, reason, c, ports);
  recordProbeBranch(c.site, { branch: ref, sha, createdAt: ports.now.toISOString() });
  let started: { runId?: number };
  try {
    started = await ports.probes.dispatch(c.site.details.workflowId, ref);
  } catch (error) {
    // Another workflow's probe may run on it: its bisection deletes it.
    if (!othersProbeOn(c.site, ref, ports.now))
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
  const record = ownProbeRecord(c.site, ref);
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
  await deleteProbeBranch(c.site, sha, ports);
  await deleteProbeBranches(c.site, c.probes, ports);
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
