/**
 * A supervisor run with no run to supervise (a `schedule:`, a `workflow_dispatch`): it reconciles. One
 * listing of the repository's recent runs says what is pending (core/supervise-sweep.ts); each pending run is
 * supervised again (supervise.ts), which takes the next step of its work or finds it done. Run under the
 * caller's one concurrency group per repository; two sweeps at once still do nothing twice (a probe branch
 * already there is not dispatched again, a re-run already running is an answer, a revert PR is found).
 */
import { errorMessage } from '../core/errors.js';
import { sweepTargets, type SweepTarget } from '../core/supervise-sweep.js';
import { inert } from '../core/text.js';
import {
  superviseRun,
  type SuperviseContext,
  type SuperviseOutcome,
  type SupervisePorts,
} from './supervise.js';

export interface SweepOptions {
  /** The sweep's own run, left out of its targets. */
  selfRunId?: number;
  windowMs?: number;
  defaultBranch?: string;
}

export interface SweepOutcome {
  /** Runs the listing held. */
  listed: number;
  targets: SweepTarget[];
  supervised: { runId: number; outcome?: SuperviseOutcome; error?: string }[];
}

/** Reads the pending work and advances each item; one item that fails is told, and the others go on. */
export async function sweep(
  ctx: Omit<SuperviseContext, 'settings'> & { settings: Omit<SuperviseContext['settings'], 'runId'> },
  ports: SupervisePorts,
  opts: SweepOptions = {},
): Promise<SweepOutcome> {
  const { log } = ports.runner;
  if (!ports.probes) throw new Error('the sweep needs the runs listing (ports.probes)');
  const runs = await ports.probes.recentRuns();
  const now = ports.now?.() ?? new Date();
  const targets = sweepTargets({
    runs,
    now,
    ...(opts.selfRunId !== undefined ? { selfRunId: opts.selfRunId } : {}),
    ...(opts.windowMs !== undefined ? { windowMs: opts.windowMs } : {}),
    ...(opts.defaultBranch !== undefined ? { defaultBranch: opts.defaultBranch } : {}),
  });
  log.info(
    `ci-recovery supervisor: sweep: ${runs.length} recent run(s) listed, ${targets.length} with pending work`,
  );
  const supervised: SweepOutcome['supervised'] = [];
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
      supervised.push({ runId: target.runId, error: said });
    }
  }
  if (targets.length === 0)
    ports.runner.appendSummary('## ci-recovery supervisor: sweep\n\nNothing pending.\n');
  return { listed: runs.length, targets, supervised };
}
