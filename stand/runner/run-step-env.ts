/**
 * The environment the runner gives a `run/` step (dist/run.js): GITHUB_* variables, fresh file-command
 * files per step, and the inputs with action.yml's defaults, as main left them for later steps.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { STAGES_SUBDIR } from '../../src/core/stage-ledger.js';
import { actionInputDefaults } from './action-defaults.js';

export interface RunStepEnv {
  workspace: string;
  runnerTemp: string;
  /** Env without step files or inputs (for running the bare command). */
  base: NodeJS.ProcessEnv;
  /** A step's env: fresh file-command files, the given inputs over the defaults. */
  step: (inputs?: Record<string, string>) => Promise<NodeJS.ProcessEnv>;
}

const FILES = {
  GITHUB_OUTPUT: 'output',
  GITHUB_ENV: 'env',
  GITHUB_PATH: 'path',
  GITHUB_STATE: 'state',
  GITHUB_STEP_SUMMARY: 'summary',
};

export async function runStepEnv(root: string): Promise<RunStepEnv> {
  const workspace = path.join(root, 'ws');
  const runnerTemp = path.join(root, 'temp');
  await Promise.all([workspace, runnerTemp].map((d) => mkdir(d, { recursive: true })));
  // Main writes the effective config to a file in RUNNER_TEMP and exports its path.
  const configFile = path.join(runnerTemp, 'ci-recovery', 'effective-config.json');
  await mkdir(path.dirname(configFile), { recursive: true });
  await writeFile(configFile, JSON.stringify(DEFAULT_CONFIG));
  const base: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'octo-org/demo',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'build',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    RUNNER_TEMP: runnerTemp,
    // Set by main for every later step: the wrapper does not re-read the config file.
    CI_RECOVERY_LANE: 'STANDARD',
    CI_RECOVERY_CONFIG_FILE: configFile,
    CI_RECOVERY_COMPLETED_STAGES: '',
  };
  const step = async (inputs: Record<string, string> = {}): Promise<NodeJS.ProcessEnv> => {
    // Each step is the first of its stage: an earlier step's ledger entry would make it a repeated one.
    await rm(path.join(runnerTemp, STAGES_SUBDIR), { recursive: true, force: true });
    const env: NodeJS.ProcessEnv = { ...base };
    for (const [name, file] of Object.entries(FILES)) {
      env[name] = path.join(runnerTemp, file);
      await writeFile(env[name], '');
    }
    // Inputs as the runner passes them: given ones plus action.yml defaults.
    const given = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
    Object.assign(
      env,
      actionInputDefaults('run'),
      {
        INPUT_RUN: 'true',
        INPUT_SHELL: 'bash',
        INPUT_STAGE: 'noop',
        'INPUT_GITHUB-TOKEN': 'ghs_benchfaketoken',
      },
      given,
    );
    return env;
  };
  return { workspace, runnerTemp, base, step };
}
