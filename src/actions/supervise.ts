/** The `supervise/` sub-action's entry: reads its inputs once, then supervises (src/adapters/supervise-run.ts). */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { errorMessage, UserError } from '../core/errors.js';
import { decisionsJson } from '../core/supervise.js';
import { loadConfig } from '../adapters/config-file.js';
import { getOctokit, repoFromEnv } from '../adapters/github.js';
import { input } from '../adapters/inputs.js';
import { restoreLedger, saveLedger, type LedgerLocation } from '../adapters/ledger-store.js';
import { runnerLogger } from '../adapters/logger.js';
import { downloadPlans } from '../adapters/plan-artifact.js';
import { runner } from '../adapters/runner.js';
import { renderSuperviseSummary, superviseRun, type SuperviseSettings } from '../adapters/supervise-run.js';

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
  const logger = runnerLogger;
  let tempDir: string | undefined;
  try {
    const settings = readSettings();
    const repo = repoFromEnv();
    const octokit = getOctokit(settings.token);
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const { config } = await loadConfig(workspace, settings.configFile);
    await mkdir(process.env.RUNNER_TEMP ?? os.tmpdir(), { recursive: true });
    tempDir = await mkdtemp(path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'ci-recovery-supervise-'));
    // The supervisor's own run keys its ledger entry; the watched branch names the ledger.
    const location = (branch: string): LedgerLocation => ({
      branch,
      runId: process.env.GITHUB_RUN_ID ?? String(settings.runId),
      attempt: Number(process.env.GITHUB_RUN_ATTEMPT ?? '1'),
      job: 'supervisor',
    });
    const outcome = await superviseRun(settings, {
      octokit,
      repo,
      logger,
      config,
      tempDir,
      ...(config.ledger.enabled
        ? { loadLedger: async (branch: string) => (await restoreLedger(location(branch), logger)).ledger }
        : {}),
      plans: async () =>
        (await downloadPlans({ token: settings.token, runId: settings.runId, repo, logger })).plans,
    });
    if (outcome.ledger) await saveLedger(outcome.ledger, location(outcome.details.run.headBranch), logger);
    runner.setOutput('decisions', decisionsJson(outcome.plan));
    runner.setOutput('rerun', outcome.rerun ?? '');
    runner.setOutput('revert-pr', outcome.revert?.pr?.url ?? '');
    runner.setOutput('revert-branch', outcome.revert?.branch ?? '');
    runner.setOutput('pr-number', outcome.pr !== undefined ? String(outcome.pr) : '');
    try {
      runner.appendSummary(renderSuperviseSummary(outcome));
    } catch (error) {
      logger.warning(`ci-recovery supervisor: could not write the job summary: ${errorMessage(error)}`);
    }
    if (outcome.failures.length > 0)
      runner.setFailed(`ci-recovery supervisor: ${outcome.failures.join('; ')}`);
  } catch (error) {
    runner.setFailed(`ci-recovery supervisor: ${errorMessage(error)}`);
  } finally {
    if (tempDir) await rm(tempDir, { recursive: true, force: true }).catch(() => undefined);
  }
}
