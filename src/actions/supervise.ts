/** The `supervise/` sub-action's entry: reads its inputs once, builds the real ports, runs the phase. */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage, UserError } from '../core/errors.js';
import { cacheAccess } from '../core/job-env.js';
import { inert } from '../core/text.js';
import { escapeText } from '../core/report/index.js';
import {
  decisionsJson,
  superviseRun,
  supervisePorts,
  supervisorWake,
  sweep,
  tokenKindOf,
  type SuperviseSettings,
} from '../supervise/index.js';
import { loadConfig } from '../adapters/config-file.js';
import type { Config } from '../core/config-defaults.js';
import { repoFromEnv } from '../adapters/github.js';
import { readRunContext } from '../adapters/event.js';
import { load } from '../checkpoint/index.js';
import { phaseDeadline, SUPERVISE_BUDGET } from '../adapters/deadline.js';
import { input } from '../adapters/inputs.js';
import { readJobEnv } from '../runner/adapters/job-env.js';
import { runnerPort as runner } from '../runner/adapters/logger.js';

/** The inputs; `runId` undefined: a sweep (a `schedule:` or `workflow_dispatch` run, no run to supervise). */
export function readSettings(
  config: Pick<Config, 'supervise'>,
): Omit<SuperviseSettings, 'runId'> & { runId?: number; windowMs: number } {
  const runId = input.int('run-id', { min: 1 });
  // Moved to the config; still read where a workflow gives it.
  const window = input.moved('sweep-window-minutes', 'supervise.sweep-window-minutes')
    ? input.int('sweep-window-minutes', { min: 1, max: 10_080 })
    : undefined;
  const token = input.required('github-token');
  const mode = input.string('revert-mode').trim();
  if (mode !== '' && mode !== 'pr' && mode !== 'push')
    throw new UserError(`Input 'revert-mode' must be 'pr' or 'push', got '${mode}'.`);
  const attempt = input.int('run-attempt', { min: 1, max: 50 });
  const configFile = input.string('config').trim();
  return {
    token,
    ...(runId !== undefined ? { runId } : {}),
    windowMs: (window ?? config.supervise.sweepWindowMinutes) * 60_000,
    tokenKind: tokenKindOf(token, input.string('default-token')),
    ...(attempt !== undefined ? { runAttempt: attempt } : {}),
    dryRun: input.bool('dry-run'),
    tokenCanPushWorkflows: input.bool('token-can-push-workflows'),
    comment: input.bool('comment'),
    revertLabels: input.list('revert-labels'),
    ...(mode ? { revertMode: mode } : {}),
    ...(configFile ? { configFile } : {}),
  };
}

export async function run(): Promise<void> {
  let tempDir: string | undefined;
  const env = readJobEnv();
  const deadline = phaseDeadline(SUPERVISE_BUDGET, env.budgetSeconds.supervise);
  try {
    const repo = repoFromEnv(env);
    const { config } = await loadConfig(env.workspace, input.string('config').trim() || undefined);
    const settings = readSettings(config);
    await mkdir(env.runnerTemp, { recursive: true });
    tempDir = await mkdtemp(path.join(env.runnerTemp, 'ci-recovery-supervise-'));
    const ports = supervisePorts({
      token: settings.token,
      repo,
      config,
      env,
      runId: settings.runId ?? (Number(env.runId) || 0),
      tempDir,
      budget: {
        deadline,
        logger: runner.log,
        artifactMs: (await load.storeGuard()).stallMsOf(env),
      },
    });
    const repository = `${repo.owner}/${repo.repo}`;
    const { runId, windowMs, ...rest } = settings;
    const { eventName, ref, defaultBranch } = await readRunContext(env);
    const wake = supervisorWake({ eventName, ref, ...(defaultBranch ? { defaultBranch } : {}) });
    if (!wake.acts) {
      // A dispatch from a feature branch: what it would do is said, nothing is done (supervise-wake.ts).
      runner.log.warning(`ci-recovery supervisor: ${inert(wake.why)}`);
      ports.runner.appendSummary(
        `## ci-recovery supervisor\n\n> [!WARNING]\n> ${escapeText(wake.why, 600)}.\n`,
      );
      rest.dryRun = true;
    }
    if (runId === undefined) {
      if (wake.acts) await runSweep({ settings: rest, config, env, repository }, ports, windowMs);
      else sweptOutput(undefined);
    } else
      await runOne({ settings: { ...rest, runId }, config, env, repository }, ports, windowMs, wake.acts);
  } catch (error) {
    runner.setFailed(`ci-recovery supervisor: ${errorMessage(error)}`);
  } finally {
    // best effort: the temporary directory is the OS's to clear if removing it fails
    if (tempDir) await rm(tempDir, { recursive: true, force: true }).catch(() => undefined);
  }
  // A call given up may still hold a socket or a git process, and with it this process: end here.
  if (deadline.abandoned.length > 0) process.exit(process.exitCode ?? 0);
}

type Context = Parameters<typeof superviseRun>[0];
/** The job's env the sweep reads its own run and branch from. */
type WakeEnv = { env: { runId: string; refName?: string; ref?: string; cacheMode?: string } };
type Swept = Awaited<ReturnType<typeof sweep>>;

/**
 * A run's completion woke it: that run first, then whatever else is pending (the sweep's work), since GitHub
 * sends no event for much of what GITHUB_TOKEN starts (docs/supervisor.md "How reconciliation works"). The
 * outputs are the woken run's; `swept` names the runs reconciled besides.
 */
async function runOne(
  ctx: Context & WakeEnv,
  ports: Parameters<typeof superviseRun>[1],
  windowMs: number,
  acts: boolean,
): Promise<void> {
  let outcome: Awaited<ReturnType<typeof superviseRun>> | undefined;
  let failed: Error | undefined;
  try {
    outcome = await superviseRun(ctx, ports);
  } catch (error) {
    // Its own run refused (a UserError naming the fix): the rest is still advanced, then the step fails.
    failed = error instanceof Error ? error : new Error(errorMessage(error));
  }
  // A probe's completion supervised the run it bisects: that one is done too. A stale event (an attempt
  // older than the run's latest, delivered late) did nothing: its run, at its latest attempt, is the
  // reconciliation's, since the newer attempt's own completion may send no event (a GITHUB_TOKEN re-run).
  const stale = outcome !== undefined && outcome.details.run.latestAttempt > outcome.details.run.attempt;
  const done = stale ? [] : [ctx.settings.runId, ...(outcome ? [outcome.details.run.id] : [])];
  // The event's attempt is its own run's: each pending run is read at its latest.
  const { runAttempt: _attempt, ...settings } = ctx.settings;
  // A fork's pull-request run gets a cache token that may not save (docs/runner-model.md): a revert, a probe
  // or a verdict the reconciliation carried out would go unrecorded, and every such wake would do it again.
  const access = cacheAccess(ctx.env.cacheMode);
  let swept: Swept | undefined;
  if (!acts) swept = undefined;
  else if (access.read && access.write)
    swept = await reconcile({ ...ctx, settings }, ports, windowMs, done).catch((error: unknown) => {
      runner.log.warning(
        `ci-recovery supervisor: the pending work waits for the next wake: ${inert(errorMessage(error))}`,
      );
      return undefined;
    });
  else
    runner.log.info(
      `ci-recovery supervisor: the pending work waits for a wake whose cache token may read and save the ledger (this one's ACTIONS_CACHE_MODE=${inert(ctx.env.cacheMode ?? '')})`,
    );
  // Another run's failure is that run's (the sweep warned, run by run): it is tried again at the next wake,
  // and this step stays green, or one broken run would turn every wake red.
  sweptOutput(swept);
  if (failed !== undefined) throw failed;
  if (!outcome) return;
  runner.setOutput('decisions', decisionsJson(outcome.plan));
  runner.setOutput('rerun', outcome.rerun ?? '');
  runner.setOutput('revert-pr', outcome.revert?.pr?.url ?? '');
  runner.setOutput('revert-branch', outcome.revert?.branch ?? '');
  runner.setOutput('pr-number', outcome.pr !== undefined ? String(outcome.pr) : '');
  if (outcome.failures.length > 0) runner.setFailed(`ci-recovery supervisor: ${outcome.failures.join('; ')}`);
}

/** Sets `swept`, the runs reconciled; returns those whose supervision failed, as `run N: why`. */
function sweptOutput(swept: Swept | undefined): string[] {
  const supervised = swept?.supervised ?? [];
  runner.setOutput('swept', supervised.map((s) => s.runId).join(','));
  // A run named by a re-run record only is said in the sweep's summary: the wake stays green over it.
  return supervised.flatMap((s) =>
    s.error !== undefined && !s.recordOnly ? [`run ${s.runId}: ${s.error}`] : [],
  );
}

/** The sweep's options for this supervisor run; `supervised`: runs this invocation already supervised. */
function reconcile(
  ctx: Parameters<typeof sweep>[0] & WakeEnv,
  ports: Parameters<typeof sweep>[1],
  windowMs: number,
  supervised?: number[],
): ReturnType<typeof sweep> {
  const self = Number(ctx.env.runId);
  // A schedule and a workflow_run run on the default branch; a dispatch on the branch it was given (a tag
  // says nothing).
  const branch = ctx.env.ref?.startsWith('refs/heads/') ? ctx.env.refName : undefined;
  return sweep(ctx, ports, {
    ...(self > 0 ? { selfRunId: self } : {}),
    ...(branch ? { defaultBranch: branch } : {}),
    ...(supervised ? { supervised, afterRun: true } : {}),
    windowMs,
  });
}

/** No run to supervise: reconcile the pending work (supervise/phase/supervise-sweep.ts). */
async function runSweep(
  ctx: Parameters<typeof sweep>[0] & WakeEnv,
  ports: Parameters<typeof sweep>[1],
  windowMs: number,
): Promise<void> {
  const swept = await reconcile(ctx, ports, windowMs);
  const failed = sweptOutput(swept);
  // Each supervised run's outputs, as one run's would be: decisions together, the rest comma-joined.
  const outcomes = swept.supervised.flatMap((s) => (s.outcome ? [s.outcome] : []));
  const joined = (of: (o: (typeof outcomes)[number]) => string | undefined): string =>
    outcomes.flatMap((o) => of(o) || []).join(',');
  runner.setOutput(
    'decisions',
    `[${outcomes
      .map((o) => decisionsJson(o.plan).slice(1, -1))
      .filter(Boolean)
      .join(',')}]`,
  );
  runner.setOutput(
    'rerun',
    joined((o) => o.rerun),
  );
  runner.setOutput(
    'revert-pr',
    joined((o) => o.revert?.pr?.url),
  );
  runner.setOutput(
    'revert-branch',
    joined((o) => o.revert?.branch),
  );
  if (failed.length > 0) runner.setFailed(`ci-recovery supervisor: sweep: ${failed.join('; ')}`);
}
