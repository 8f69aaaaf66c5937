/** A `run/` step's settings with action.yml's defaults, for the tests of the run phase and its core. */
import type { RunSettings } from '../src/core/run-step.js';

export const runSettings = (over: Partial<RunSettings> = {}): RunSettings => ({
  run: 'make',
  shell: 'bash',
  stage: 'build',
  retryOn: [],
  retryOnExitCodes: [],
  newCommandOnRetry: '',
  warnOnRetry: true,
  continueOnError: false,
  checkpointPaths: [],
  onRetry: '',
  workingDirectory: '',
  token: '',
  ...over,
});
