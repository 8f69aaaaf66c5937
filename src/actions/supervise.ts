/** The `supervise/` sub-action's entry: reads its inputs once, builds the real ports, runs the phase. */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage, UserError } from '../core/errors.js';
import { decisionsJson } from '../core/supervise-report.js';
import { loadConfig } from '../adapters/config-file.js';
import { repoFromEnv } from '../adapters/github.js';
import { load } from '../checkpoint/index.js';
import { phaseDeadline, SUPERVISE_BUDGET } from '../adapters/deadline.js';
import { input } from '../adapters/inputs.js';
import { readJobEnv } from '../adapters/job-env.js';
import { runnerPort as runner } from '../adapters/logger.js';
import { supervisePorts } from '../adapters/supervise-run.js';
import { superviseRun, type SuperviseSettings } from '../phases/supervise.js';

export function readSettings(): SuperviseSettings {
  const runId = input.int('run-id', { min: 1 });
  if (runId === undefined) {
    throw new UserError(
      "Input 'run-id' is empty: call the supervisor from a 'workflow_run' event, or pass the run id to supervise.",
    );
  }
  const mode = input.string('revert-mode').trim();
  if (mode !== '' && mode !== 'pr' && mode !== 'push')
    throw new UserError(`Input 'revert-mode' must be 'pr' or 'push', got '${mode}'.`);
  const attempt = input.int('run-attempt', { min: 1, max: 50 });
  const configFile = input.string('config').trim();
  return {
    token: input.required('github-token'),
    runId,
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
    const settings = readSettings();
    const repo = repoFromEnv(env);
    const { config } = await loadConfig(env.workspace, settings.configFile);
    await mkdir(env.runnerTemp, { recursive: true });
    tempDir = await mkdtemp(path.join(env.runnerTemp, 'ci-recovery-supervise-'));
    const ports = supervisePorts({
      token: settings.token,
      repo,
      config,
      env,
      runId: settings.runId,
      tempDir,
      budget: {
        deadline,
        logger: runner.log,
        artifactMs: (await load.storeGuard()).stallMsOf(env),
      },
    });
    const outcome = await superviseRun(
      { settings, config, env, repository: `${repo.owner}/${repo.repo}` },
      ports,
    );
    runner.setOutput('decisions', decisionsJson(outcome.plan));
    runner.setOutput('rerun', outcome.rerun ?? '');
    runner.setOutput('revert-pr', outcome.revert?.pr?.url ?? '');
    runner.setOutput('revert-branch', outcome.revert?.branch ?? '');
    runner.setOutput('pr-number', outcome.pr !== undefined ? String(outcome.pr) : '');
    if (outcome.failures.length > 0)
      runner.setFailed(`ci-recovery supervisor: ${outcome.failures.join('; ')}`);
  } catch (error) {
    runner.setFailed(`ci-recovery supervisor: ${errorMessage(error)}`);
  } finally {
    if (tempDir) await rm(tempDir, { recursive: true, force: true }).catch(() => undefined);
  }
  // A call given up may still hold a socket or a git process, and with it this process: end here.
  if (deadline.abandoned.length > 0) process.exit(process.exitCode ?? 0);
}
