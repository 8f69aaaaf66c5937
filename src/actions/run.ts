/** The `run/` sub-action's entry: reads its inputs once, then runs the step (src/adapters/run-step.ts). */
import path from 'node:path';
import { effectiveConfig } from '../adapters/config-file.js';
import { readRunContext } from '../adapters/event.js';
import { input } from '../adapters/inputs.js';
import { runnerLogger } from '../adapters/logger.js';
import type { Logger } from '../adapters/logger.js';
import {
  applyRunResult,
  checkpointBefore,
  defaultStage,
  runStep,
  type RunResult,
  type RunSettings,
} from '../adapters/run-step.js';
import { errorMessage, UserError } from '../core/errors.js';
import { COMPLETED_STAGES_ENV, parseStages } from '../core/state-keys.js';
import { branchKind as branchKindOf } from '../core/event.js';
import { FAILURE_TYPES, LANES, type Lane } from '../core/types.js';

function readSettings(): RunSettings {
  const run = input.required('run');
  const retryOn = input.list('retry-on').map((t) => t.toLowerCase());
  for (const t of retryOn) {
    if (t !== 'any' && !(FAILURE_TYPES as readonly string[]).includes(t)) {
      throw new UserError(
        `Input 'retry-on' has '${t}': write failure types from ${FAILURE_TYPES.join(', ')} (or 'any'), comma- or newline-separated.`,
      );
    }
  }
  const timeoutMinutes = input.minutes('timeout-minutes');
  const totalTimeoutMinutes = input.minutes('total-timeout-minutes');
  const retryOnExitCodes = input.list('retry-on-exit-code').map((code) => {
    const n = Number(code);
    if (!/^\d+$/.test(code) || n < 1 || n > 255)
      throw new UserError(
        `Input 'retry-on-exit-code' has '${code}': write exit codes from 1 to 255 (e.g. '1, 75'), comma- or newline-separated.`,
      );
    return n;
  });
  const maxAttempts = input.int('max-attempts', { min: 1, max: 20 });
  const backoffSeconds = input.int('backoff-seconds', { min: 0, max: 3600 });
  return {
    run,
    shell: input.string('shell') || 'bash',
    stage: input.string('stage').trim() || defaultStage(run),
    ...(timeoutMinutes !== undefined ? { timeoutMinutes } : {}),
    ...(totalTimeoutMinutes !== undefined ? { totalTimeoutMinutes } : {}),
    continueOnError: input.bool('continue-on-error'),
    ...(maxAttempts !== undefined ? { maxAttempts } : {}),
    retryOn: retryOn as RunSettings['retryOn'],
    retryOnExitCodes,
    newCommandOnRetry: input.string('new-command-on-retry'),
    warnOnRetry: input.bool('warn-on-retry'),
    checkpointPaths: input.list('checkpoint-paths'),
    onRetry: input.string('on-retry'),
    ...(backoffSeconds !== undefined ? { backoffSeconds } : {}),
    workingDirectory: input.string('working-directory'),
    token: input.string('github-token'),
  };
}

/** Stages done earlier; one restored by main counts only while its files are still in the workspace. */
async function completedStages(stage: string, env: NodeJS.ProcessEnv, logger: Logger): Promise<string[]> {
  const stages = parseStages(env[COMPLETED_STAGES_ENV]);
  if (!stages.includes(stage)) return stages;
  const { stagesStillComplete } = await import('../adapters/checkpoint/index.js');
  const { parseJobEnv } = await import('../core/job-env.js');
  const { tmpdir } = await import('node:os');
  return stagesStillComplete(stages, parseJobEnv(env, { cwd: process.cwd(), tmpdir: tmpdir() }), logger);
}

export async function run(): Promise<void> {
  const logger = runnerLogger;
  let settings: RunSettings;
  let result: RunResult;
  try {
    settings = readSettings();
    const env = process.env;
    const config = await effectiveConfig(env);
    const laneEnv = env.CI_RECOVERY_LANE?.toUpperCase();
    const lane: Lane = (LANES as readonly string[]).includes(laneEnv ?? '') ? (laneEnv as Lane) : 'STANDARD';
    const branchKind = branchKindOf(await readRunContext(env));
    const tempDir = path.join(env.RUNNER_TEMP || process.env.TMPDIR || '/tmp', 'ci-recovery');
    // The command runs in its own process group, out of reach of the runner's signals: pass them on.
    const cancel = new AbortController();
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => cancel.abort());
    result = await runStep(
      settings,
      {
        lane,
        branchKind,
        config,
        completedStages: await completedStages(settings.stage, env, logger),
        tempDir,
        env,
      },
      {
        logger,
        // The classifier (rules, report parsers) loads only when something failed.
        classify: async (s) => (await import('../core/classify/index.js')).classify(s),
        sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
        abortSignal: cancel.signal,
        checkpoint: (paths) => checkpointBefore(settings, { config, env }, paths, logger),
      },
    );
  } catch (error) {
    // A config error starts with file:line:col: annotate that line of the file.
    const message = errorMessage(error);
    const at = /^([^\s:]+):(\d+):(\d+): /.exec(message);
    logger.error(
      message,
      at ? { file: at[1]!, startLine: Number(at[2]), startColumn: Number(at[3]) } : undefined,
    );
    process.exitCode = 1;
    return;
  }

  await applyRunResult(settings, result, logger);
}
