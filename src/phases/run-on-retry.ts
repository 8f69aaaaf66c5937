/**
 * The `on-retry` hook of a `run/` step (src/phases/run.ts): run before each retry, with fresh file-command
 * files. What it writes to its GITHUB_ENV reaches every later attempt, as a `run:` step's GITHUB_ENV
 * reaches the next step (nick-fields/retry#153); an `export` in the hook ends with its shell.
 */
import { errorMessage } from '../core/errors.js';
import { envFileEntries, fileCommandFailure } from '../core/file-commands.js';
import { exitCodeOf, succeeded } from '../core/run-step.js';
import { inert } from '../core/text.js';
import type { ProcessPort } from '../ports/process.js';
import type { RunnerPort } from '../runner/ports/runner.js';

export interface OnRetryHook {
  script: string;
  shell: string;
  cwd: string;
  /** Milliseconds; Infinity = no limit. */
  limitMs: number;
}

/**
 * Runs the hook with the variables earlier hooks set (`env`), then adds what it set to `env`. A failed
 * or malformed hook only warns: the retry goes on.
 */
export async function runOnRetry(
  hook: OnRetryHook,
  env: Record<string, string>,
  windows: boolean,
  ports: { runner: Pick<RunnerPort, 'log'>; process: ProcessPort },
): Promise<void> {
  const { log } = ports.runner;
  log.info('ci-recovery: running on-retry');
  try {
    const run = await ports.process.run({
      name: 'on-retry',
      script: hook.script,
      shell: hook.shell,
      cwd: hook.cwd,
      ...(Number.isFinite(hook.limitMs) ? { timeoutMs: hook.limitMs } : {}),
      fileCommands: true,
      ...(Object.keys(env).length > 0 ? { env: { ...env } } : {}),
    });
    if (!succeeded(run)) log.warning(`on-retry failed (exit ${exitCodeOf(run)}); retrying anyway.`);
    keepEnv(run.files?.env ?? '', env, windows, log);
  } catch (error) {
    log.warning(`on-retry could not start: ${errorMessage(error)}; retrying anyway.`);
  }
}

/** The hook's GITHUB_ENV, read as the runner reads one, into `env`. Names are said inert, values never. */
function keepEnv(
  text: string,
  env: Record<string, string>,
  windows: boolean,
  log: Pick<RunnerPort, 'log'>['log'],
): void {
  if (text.trim() === '') return;
  try {
    const entries = envFileEntries(text, { windows });
    Object.assign(env, entries.env);
    const names = Object.keys(entries.env).map((n) => inert(n));
    if (names.length > 0) log.info(`ci-recovery: on-retry set ${names.join(', ')} for the next attempts`);
    if (entries.refused.length > 0) {
      const refused = entries.refused.map((n) => `'${inert(n)}'`).join(', ');
      log.warning(`on-retry's GITHUB_ENV: ${refused} cannot be set through GITHUB_ENV; left out.`);
    }
  } catch (error) {
    // The runner's message quotes the malformed line: the hook's own text, said inert.
    log.warning(`on-retry: ${inert(fileCommandFailure('env', error).message)}; its variables are left out.`);
  }
}
