/**
 * A supervisor run with no run to supervise (a `schedule:`, a `workflow_dispatch`) reconciles; so does a
 * `workflow_run` wake once its own run is supervised (src/actions/supervise.ts), leaving that run out. One
 * listing of the repository's recent runs says what is pending (core/supervise-sweep.ts); each pending run is
 * supervised again (supervise.ts), which takes the next step of its work or finds it done. Run under the
 * caller's one concurrency group per repository; two sweeps at once still do nothing twice (a probe branch
 * already there is not dispatched again, a re-run already running is an answer, a revert PR is found).
 * Then the ledger, the durable record: each rollback still awaiting its verdict is judged by the newest
 * completed run of the default branch that can give it, however long ago that run finished (a schedule that
 * stopped for an hour); the verdict is saved, so a second sweep finds nothing pending.
 */
import { isProbeRun, probeRef, type ProbeRunView } from '../core/bisect.js';
import { freshRecord, heldByOthers } from '../core/bisect-records.js';
import { errorMessage } from '../../core/errors.js';
import { updateRevert, type Ledger, type LedgerProbeBranch, type LedgerRerun } from '../../core/ledger.js';
import { parseRollbackRecord } from '../core/rollback-record.js';
import { renderVerifiedRollbacks, type VerifiedRollback } from '../core/rollback-verify.js';
import { verdictDispatchPlan } from '../core/verdict-dispatch.js';
import { rerunTargets, withoutRerunOf } from '../core/rerun-records.js';
import { RunNotFoundError } from '../ports/github.js';
import { DispatchRefusedError } from '../ports/probes.js';
import { bisectionEnded, MAX_SWEEP_TARGETS, sweepPlan, type SweepTarget } from '../core/supervise-sweep.js';
import { inert } from '../../core/text.js';
import { codeSpan, oneLine } from '../../core/report/index.js';
import { superviseRun } from './supervise.js';
import type { SuperviseContext, SuperviseOutcome } from './context.js';
import type { SupervisePorts } from '../ports/supervise.js';
import { gatherRun } from './supervise-gather.js';
import { verifyRollbacks, withoutDeclined } from './supervise-verify.js';

/** The most runs of the default branch one sweep reads for the ledger's pending rollbacks. */
const MAX_VERDICT_RUNS = 3;

export interface SweepOptions {
  /** The sweep's own run, left out of its targets. */
  selfRunId?: number;
  /**
   * Runs this invocation supervised before the sweep (a `workflow_run` wake's own run, and the run a probe
   * of it bisects): not supervised again, nor read again for the ledger's rollbacks.
   */
  supervised?: readonly number[];
  /** After a run's supervision: "Nothing pending" is not said (its summary is the run's). */
  afterRun?: boolean;
  windowMs?: number;
  defaultBranch?: string;
}

export interface SweepOutcome {
  /** Runs the listing held. */
  listed: number;
  targets: SweepTarget[];
  supervised: {
    runId: number;
    outcome?: SuperviseOutcome;
    error?: string;
    /** Named by a ledger's re-run record only: its failure is said in the summary, not the wake's. */
    recordOnly?: true;
  }[];
  /** The ledger's pending rollbacks judged by the sweep itself, by the run that judged them. */
  rollbacks: { runId: number; verified: VerifiedRollback[] }[];
}

type SweepContext = Omit<SuperviseContext, 'settings'> & {
  settings: Omit<SuperviseContext['settings'], 'runId'>;
};

/** Reads the pending work and advances each item; one item that fails is told, and the others go on. */
export async function sweep(
  ctx: SweepContext,
  ports: SupervisePorts,
  opts: SweepOptions = {},
): Promise<SweepOutcome> {
  const { log } = ports.runner;
  const say = (text: string): void =>
    ports.runner.appendSummary(`## ci-recovery supervisor: sweep\n\n${text}\n`);
  if (!ports.probes) throw new Error('the sweep needs the runs listing (ports.probes)');
  const runs = await ports.probes.recentRuns();
  const now = ports.now?.() ?? new Date();
  const recorded = await recordedBisections(ports, opts, ctx.settings.dryRun);
  const input = {
    ...(recorded.unknown > 0 ? { probeBranchesWithoutRun: recorded.unknown } : {}),
    runs,
    now,
    ...(opts.selfRunId !== undefined ? { selfRunId: opts.selfRunId } : {}),
    ...(opts.supervised ? { supervised: opts.supervised } : {}),
    ...(opts.windowMs !== undefined ? { windowMs: opts.windowMs } : {}),
    ...(opts.defaultBranch !== undefined ? { defaultBranch: opts.defaultBranch } : {}),
  };
  const plan = sweepPlan({ ...input, ended: recorded.ended });
  const listed = plan.targets;
  // Runs left because their bisection ended where GitHub would not start probes: said at every sweep that
  // would have taken them up (a forged record must not stall a run silently).
  const leftIds = [
    ...new Set([
      ...plan.left,
      ...recorded.targets
        .filter((t) => runs.some((r) => r.id === t.runId && bisectionEnded(recorded.ended, r, now)))
        .map((t) => t.runId),
    ]),
  ];
  const skip = [...(opts.selfRunId !== undefined ? [opts.selfRunId] : []), ...(opts.supervised ?? [])];
  const reruns = rerunTargets({ reruns: recorded.reruns, runs, now, skip });
  // The re-run records take only the slots the runs GitHub lists leave: anyone who can write the cache scope
  // can write one, and ten of them must not crowd a real failure out.
  const ahead = [...recorded.targets.filter((t) => !leftIds.includes(t.runId)), ...listed];
  const recordOnly = reruns.targets.filter((t) => !ahead.some((o) => o.runId === t.runId));
  const pending = [...ahead, ...recordOnly].filter(
    (t, i, all) => all.findIndex((o) => o.runId === t.runId) === i,
  );
  const targets = pending.slice(0, MAX_SWEEP_TARGETS);
  // Past the cap, runs wait for the next wake (their ledger records stay): said, so a busy sweep drops none silently.
  const deferred = [
    ...new Set([...pending.slice(MAX_SWEEP_TARGETS).map((t) => t.runId), ...plan.deferred]),
  ].filter((id) => !targets.some((t) => t.runId === id));
  if (deferred.length > 0)
    say(
      `${deferred.length} more run(s) with pending work wait for the next wake (this sweep takes ${MAX_SWEEP_TARGETS}): ${deferred.join(', ')}.`,
    );
  if (leftIds.length > 0)
    say(
      `${leftIds
        .map(
          (id) =>
            `Run ${id} is not taken up again: its bisection ended (the ledger says so) as GitHub would not start its probes; dispatch the supervisor on the default branch with run-id ${id} to bisect it again.`,
        )
        .join('\n')}`,
    );
  log.info(
    `ci-recovery supervisor: sweep: ${runs.length} recent run(s) listed, ${targets.length} with pending work${deferred.length > 0 ? `, ${deferred.length} left for the next wake` : ''}`,
  );
  const supervised: SweepOutcome['supervised'] = [];
  const recordFailures: string[] = [];
  for (const target of targets) {
    log.info(`ci-recovery supervisor: sweep: run ${target.runId}: ${inert(target.why)}`);
    try {
      const outcome = await superviseRun(
        { ...ctx, settings: { ...ctx.settings, runId: target.runId } },
        ports,
      );
      supervised.push({ runId: target.runId, outcome });
    } catch (error) {
      const said = errorMessage(error);
      log.warning(`ci-recovery supervisor: sweep: run ${target.runId} was not supervised: ${inert(said)}`);
      if (!recordOnly.some((t) => t.runId === target.runId) || !(error instanceof RunNotFoundError)) {
        // Any failure to act on a run read (a revert refused, a PR not opened) fails the wake, as a listed run's.
        supervised.push({ runId: target.runId, error: said });
        if (recordOnly.some((t) => t.runId === target.runId))
          recordFailures.push(await recordFailed(target.runId, error, ports, opts.defaultBranch));
        continue;
      }
      // A run named by a re-run record only (which anyone who can write the cache scope can write) that GitHub
      // does not have: said once, the record dropped, and the wake not failed for it.
      supervised.push({ runId: target.runId, error: said, recordOnly: true });
      recordFailures.push(await recordFailed(target.runId, error, ports, opts.defaultBranch));
    }
  }
  if (recordFailures.length > 0) say(recordFailures.join('\n'));
  // After the targets: their supervision may have judged a rollback and saved the ledger already.
  const rollbacks = await sweepRollbacks(ctx, ports, runs, opts);
  if (recorded.summary !== undefined) say(recorded.summary);
  if (reruns.running.length > 0)
    say(
      `${reruns.running
        .map(
          (r) =>
            `Run ${r.runId}: its re-run of attempt ${r.attempt} is still running; the next wake reads it.`,
        )
        .join('\n')}`,
    );
  else if (
    recorded.summary === undefined &&
    targets.length === 0 &&
    rollbacks.length === 0 &&
    leftIds.length === 0 &&
    !opts.afterRun
  )
    say('Nothing pending.');
  return { listed: runs.length, targets, supervised, rollbacks };
}

/**
 * A record-only target not supervised, as the summary says it: GitHub's 404 (the run deleted, expired, or a
 * forged record) drops the record, said this once; any other failure leaves it for the next wake.
 */
async function recordFailed(
  runId: number,
  error: unknown,
  ports: SupervisePorts,
  branch: string | undefined,
): Promise<string> {
  const said = inert(oneLine(errorMessage(error)));
  if (!(error instanceof RunNotFoundError) || !ports.ledger || branch === undefined)
    return `Run ${runId}, named by the ledger's re-run record, was not supervised (the next wake tries again): ${said}`;
  const ledger = ports.ledger;
  const dropped = await ledger
    .load(branch)
    .then(async (l) => {
      const next = withoutRerunOf(l, runId);
      if (next !== l) await ledger.save(next, branch);
      return 'the record is dropped';
    })
    .catch(
      (e: unknown) => `the record is kept, the ledger was not saved: ${inert(oneLine(errorMessage(e)))}`,
    );
  return `Run ${runId}, named by the ledger's re-run record, is not a run GitHub has (404): ${dropped}.`;
}

/**
 * The bisections the ledger's probe records hold (a probe made and not yet judged). With its workflow named,
 * a record is followed to that workflow's newest push run of the branch, however busy the repository's
 * listing: failed, it is a target; green, the bisection is moot, and the record's probe branch is deleted
 * and its record dropped (no probe's completion may ever wake a supervisor to do it). `unknown`: fresh
 * records that name no workflow (an older ledger's), which make every failing push run listed a target.
 */
async function recordedBisections(
  ports: SupervisePorts,
  opts: SweepOptions,
  dryRun: boolean,
): Promise<{
  targets: SweepTarget[];
  unknown: number;
  ended: { runId: number; attempt: number; at: string }[];
  /** The re-runs asked for whose answer was not read yet (core/rerun-records.ts). */
  reruns: LedgerRerun[];
  summary?: string;
}> {
  const branch = opts.defaultBranch;
  const none = { targets: [], unknown: 0, ended: [], reruns: [] };
  if (!ports.ledger || !ports.probes || branch === undefined) return none;
  // an unreadable ledger has no probe records: the sweep counts none
  const ledger = await ports.ledger.load(branch).catch(() => undefined);
  const ended = ledger?.ended ?? [];
  const reruns = ledger?.reruns ?? [];
  if (!ledger?.probes) return { ...none, ended, reruns };
  // A record a day old is stale (a bisection the branch's green run ended): both deadlines are long past.
  // One dated ahead of the clock was not written by a supervisor (core/bisect-records.ts, freshRecord).
  const now = ports.now?.() ?? new Date();
  const fresh = ledger.probes.filter((p) => freshRecord(p, now));
  const targets: SweepTarget[] = [];
  const green = new Set<number>();
  const passed: number[] = [];
  const { log } = ports.runner;
  for (const workflowId of new Set(
    fresh.flatMap((p) => (p.workflowId !== undefined ? [p.workflowId] : [])),
  )) {
    try {
      const pushes = await ports.probes.listRuns(workflowId, { branch, event: 'push' });
      const newest = pushes.find((r) => r.status === 'completed');
      // A skipped run tested nothing: neither green nor a failure to supervise again.
      if (!newest || newest.conclusion === 'skipped') continue;
      if (newest.conclusion === 'success') {
        green.add(workflowId);
        passed.push(newest.id);
      } else if (newest.id !== opts.selfRunId && !opts.supervised?.includes(newest.id))
        targets.push({ runId: newest.id, why: 'its bisection has a probe not yet judged' });
    } catch (error) {
      log.warning(
        `ci-recovery supervisor: sweep: the push runs of workflow ${workflowId} were not read, its bisection waits for the next sweep: ${inert(errorMessage(error))}`,
      );
    }
  }
  // A dry run deletes no branch and saves no ledger.
  const summary =
    green.size > 0 && !dryRun
      ? await dropMootProbes(ports, ledger, { green, passed, now }, branch)
      : undefined;
  return {
    targets,
    unknown: fresh.filter((p) => p.workflowId === undefined).length,
    ended,
    reruns,
    ...(summary ? { summary } : {}),
  };
}

/**
 * The branch is green again for the `green` workflows (their newest push runs `passed`): their bisections'
 * probe records are dropped, and their probe branches deleted, but for one another workflow's fresh record
 * holds (a probe of the same commit, its branch named by the commit alone): that bisection deletes it once
 * judged. Returns the summary's words: a bisection that ends without a culprit is a person's to know of, not
 * only the log's.
 */
async function dropMootProbes(
  ports: SupervisePorts,
  ledger: Ledger,
  moot: { green: ReadonlySet<number>; passed: readonly number[]; now: Date },
  branch: string,
): Promise<string> {
  const { log } = ports.runner;
  const { green, passed, now } = moot;
  const isGreen = (p: LedgerProbeBranch): boolean => p.workflowId !== undefined && green.has(p.workflowId);
  // The branch deleted is the one a probe of the record's commit runs on, never the name it carries.
  const branches = new Set((ledger.probes ?? []).filter(isGreen).map((p) => probeRef(p.sha)));
  const kept: string[] = [];
  const left: string[] = [];
  for (const ref of branches)
    if (heldByOthers(ledger, ref, (id) => green.has(id), now)) left.push(ref);
    else
      await ports.probes?.deleteBranch(ref).then(
        () => log.info(`ci-recovery supervisor: sweep: ${inert(branch)} passed again: ${inert(ref)} deleted`),
        (error: unknown) => {
          kept.push(ref);
          log.warning(
            `ci-recovery supervisor: sweep: the probe branch ${inert(ref)} was not deleted, the next sweep tries again: ${inert(errorMessage(error))}`,
          );
        },
      );
  const gone = [...branches].filter((b) => !kept.includes(b) && !left.includes(b));
  // A green workflow's record goes unless its branch's deletion failed (the next sweep tries again); one
  // naming no workflow (an older ledger's) goes with its branch. Another workflow's record stays.
  const drop = (p: LedgerProbeBranch): boolean =>
    isGreen(p)
      ? !kept.includes(probeRef(p.sha))
      : p.workflowId === undefined && gone.includes(probeRef(p.sha));
  const probes = (ledger.probes ?? []).filter((p) => !drop(p));
  const { probes: _all, ...rest } = ledger;
  await ports.ledger
    ?.save(probes.length > 0 ? { ...rest, probes } : rest, branch)
    .catch((error: unknown) =>
      log.warning(
        `ci-recovery supervisor: sweep: the ledger was not saved, the next sweep drops the probe records again: ${inert(errorMessage(error))}`,
      ),
    );
  return [
    `Bisection ended without a culprit: ${codeSpan(branch)} passed again (run ${passed.join(', run ')}) after the failing run it bisected: nothing is reverted, and a failure that comes back is bisected anew.`,
    ...(gone.length > 0 ? [`Probe branches deleted: ${gone.map((b) => codeSpan(b)).join(', ')}.`] : []),
    ...(kept.length > 0
      ? [`Not deleted, tried again at the next sweep: ${kept.map((b) => codeSpan(b)).join(', ')}.`]
      : []),
    ...(left.length > 0
      ? [`Left to another workflow's probe of the same commit: ${left.map((b) => codeSpan(b)).join(', ')}.`]
      : []),
  ].join('\n');
}

/**
 * The ledger's rollbacks awaiting a verdict, judged by the newest completed run of each workflow on the
 * default branch (not a probe, not a follower); the verdicts saved. No ledger kept, no default branch known,
 * a dry run, or nothing pending: nothing read but the ledger.
 */
async function sweepRollbacks(
  ctx: SweepContext,
  ports: SupervisePorts,
  runs: readonly ProbeRunView[],
  opts: SweepOptions,
): Promise<SweepOutcome['rollbacks']> {
  const branch = opts.defaultBranch;
  if (!ports.ledger || branch === undefined || ctx.settings.dryRun) return [];
  const { log } = ports.runner;
  let ledger: Ledger;
  try {
    ledger = await ports.ledger.load(branch);
  } catch (error) {
    log.warning(
      `ci-recovery supervisor: sweep: the ledger was not read, its rollbacks wait for the next sweep: ${inert(errorMessage(error))}`,
    );
    return [];
  }
  const pending = (l: Ledger): number => l.reverts.filter((r) => r.record && !r.verdict).length;
  if (pending(ledger) === 0) return [];
  const saved = ledger;
  const judged: SweepOutcome['rollbacks'] = [];
  const problems: string[] = [];
  ledger = await withoutDeclined(ledger, ports, problems);
  for (const run of verdictRuns(runs, branch, opts.selfRunId)) {
    // Its supervision in this invocation judged what it could hold (supervise.ts, verifyEarlier).
    if (opts.supervised?.includes(run.id)) continue;
    if (pending(ledger) === 0) break;
    // It cannot hold any pending revert (a verdict run GitHub never started leaves the failing run newest):
    // not read, nor a clone made, every sweep until the branch moves.
    if (holdsNoPending(ledger, run)) continue;
    const runCtx = { ...ctx, settings: { ...ctx.settings, runId: run.id } };
    try {
      const g = await gatherRun(runCtx, ports);
      if (g.stale) continue;
      const done = await verifyRollbacks({ ...g, ledger }, runCtx, ports, problems);
      ledger = done.ledger;
      if (done.verified.length > 0) judged.push({ runId: run.id, verified: done.verified });
    } catch (error) {
      problems.push(`run ${run.id} was not read for the ledger's rollbacks: ${errorMessage(error)}`);
    }
  }
  ledger = await dispatchVerdictsAgain(ctx, ports, ledger, runs, branch, problems);
  for (const p of problems) log.warning(`ci-recovery supervisor: sweep: ${inert(p)}`);
  if (ledger !== saved)
    await ports.ledger.save(ledger, branch).catch((error: unknown) => {
      log.warning(
        `ci-recovery supervisor: sweep: the ledger was not saved, the next sweep judges again: ${inert(errorMessage(error))}`,
      );
    });
  log.info(
    `ci-recovery supervisor: sweep: the ledger held ${pending(saved)} rollback(s) awaiting a verdict; ${pending(ledger)} still do`,
  );
  if (judged.length > 0)
    ports.runner.appendSummary(
      `## ci-recovery supervisor: sweep\n${renderVerifiedRollbacks(judged.flatMap((j) => j.verified)).join('\n')}\n`,
    );
  return judged;
}

/**
 * A pushed revert whose verdict run the pushing wake could not dispatch (core/verdict-dispatch.ts): the
 * watched workflow dispatched on the default branch again, once per revert. Made, or refused by GitHub (no
 * `workflow_dispatch:` trigger, the workflow disabled: the user's to mend, said once), it is kept on the
 * reverts' ledger entries and not asked again; any other failure (a 5xx, the network) the next sweep tries
 * again, within the revert's first day. An App token's push starts the run itself.
 */
async function dispatchVerdictsAgain(
  ctx: SweepContext,
  ports: SupervisePorts,
  ledger: Ledger,
  runs: readonly ProbeRunView[],
  branch: string,
  problems: string[],
): Promise<Ledger> {
  if (ctx.settings.tokenKind === 'other' || !ports.probes) return ledger;
  const now = ports.now?.() ?? new Date();
  let kept = ledger;
  const made = (shas: readonly string[]): void => {
    for (const sha of shas) kept = updateRevert(kept, sha, { verdictDispatchedAt: now.toISOString() });
  };
  for (const { workflowId, shas } of verdictDispatchPlan(ledger, runs, branch, now)) {
    try {
      const { runId } = await ports.probes.dispatch(workflowId, branch);
      made(shas);
      ports.runner.log.notice(
        `ci-recovery supervisor: sweep: no run holds a pushed revert awaiting its verdict: workflow ${workflowId} dispatched on ${inert(branch)} again${runId !== undefined ? ` (run ${runId})` : ''}.`,
      );
    } catch (error) {
      if (error instanceof DispatchRefusedError) {
        made(shas);
        problems.push(
          `no run holds a pushed revert awaiting its verdict, and GitHub refused the dispatch of workflow ${workflowId} on ${branch} (${errorMessage(error)}): add 'workflow_dispatch:' to its 'on:' (or enable it); no further dispatch is made, a push to ${branch} or a dispatch by hand gives the verdict`,
        );
      } else
        problems.push(
          `no run holds a pushed revert awaiting its verdict, and the dispatch of workflow ${workflowId} on ${branch} failed again (${errorMessage(error)}): the next sweep tries again; a push to ${branch} or a dispatch by hand gives the verdict too`,
        );
    }
  }
  return kept;
}

/**
 * The run tested a commit no pending revert can be in: the failing run that led to it, the reverted commit,
 * or the commit the revert was made on. A record that cannot be read says nothing: the run is read.
 */
function holdsNoPending(ledger: Ledger, run: ProbeRunView): boolean {
  return ledger.reverts
    .filter((r) => r.record && !r.verdict)
    .every((r) => {
      try {
        const record = parseRollbackRecord(r.record ?? '');
        return (
          run.id === record.trigger.runId ||
          run.headSha === record.from.commit ||
          run.headSha === record.to.parent
        );
      } catch {
        // an unreadable record: the run is read for it, as before
        return false;
      }
    });
}

/** The newest completed run of each workflow on the default branch that can judge a revert. */
function verdictRuns(
  runs: readonly ProbeRunView[],
  branch: string,
  selfRunId: number | undefined,
): ProbeRunView[] {
  const newest = new Map<string, ProbeRunView>();
  // The sweep's own earlier schedules (its workflow may be the watched one too: only those) test nothing.
  const self = runs.find((r) => r.id === selfRunId);
  const own = self ? String(self.workflowId ?? self.path) : undefined;
  for (const run of runs) {
    if (run.id === selfRunId || run.headBranch !== branch || run.status !== 'completed') continue;
    if (run.event === 'schedule' && String(run.workflowId ?? run.path) === own) continue;
    if (isProbeRun(run) || run.event === 'workflow_run') continue;
    const key = String(run.workflowId ?? run.path);
    if (!newest.has(key)) newest.set(key, run);
  }
  return [...newest.values()].slice(0, MAX_VERDICT_RUNS);
}
