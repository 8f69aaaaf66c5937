/**
 * The work of the `run/` sub-action: runs a risky command like a `run:` step, but knows why it failed. Per attempt:
 * its own GITHUB_OUTPUT/ENV/PATH files, live output plus a bounded tail, a timeout that kills the whole
 * process tree; on failure it classifies the output, asks the policy, and retries in-step when the policy
 * (or `retry-on`) and the budget allow. Skips itself when its stage completed in an earlier attempt.
 */
import { runner } from './runner.js';
import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { constants as osConstants } from 'node:os';
import path from 'node:path';
import type { FailureSignals } from '../core/classify/index.js';
import type { Config } from '../core/config-defaults.js';
import { errorMessage, UserError } from '../core/errors.js';
import { backoffMs, decide, type Decision } from '../core/policy.js';
import type { AttemptRecord, StepRecord } from '../core/records.js';
import { type BranchKind, type Classification, type FailureType, type Lane } from '../core/types.js';
import type { Logger } from './logger.js';
import { runProcess, type ProcessResult } from './process.js';
import { recordsDir, writeRecord } from './records.js';
import { COMPLETED_STAGES_ENV, parseStages } from '../core/state-keys.js';

export interface RunSettings {
  run: string;
  shell: string;
  stage: string;
  /** Minutes per attempt; undefined = the lane budget. */
  timeoutMinutes?: number;
  /** Minutes for the whole step (attempts, waits, on-retry); undefined = no limit but each attempt's. */
  totalTimeoutMinutes?: number;
  /** A failure exits 0 with a warning instead of an error; the outputs say what failed. */
  continueOnError: boolean;
  /** Undefined = the policy's budget. */
  maxAttempts?: number;
  /** Failure types to retry in-step regardless of the policy; `any` = every type; empty = follow the policy. */
  retryOn: (FailureType | 'any')[];
  /**
   * Exit codes to retry on; when set, a failure with any other exit code is not retried in the step
   * (as nick-fields/retry's retry_on_exit_code). Empty = exit codes do not decide.
   */
  retryOnExitCodes: number[];
  /** The command run from the second attempt on, instead of `run`; empty = `run` again. */
  newCommandOnRetry: string;
  /** A warning annotation on each retry. */
  warnOnRetry: boolean;
  checkpointPaths: string[];
  onRetry: string;
  backoffSeconds?: number;
  workingDirectory: string;
  /** For checkpoint artifacts; never printed. */
  token: string;
}

export interface RunContextInfo {
  lane: Lane;
  branchKind: BranchKind;
  config: Config;
  completedStages: string[];
  /** Where per-attempt scripts and file-command files go. */
  tempDir: string;
  env: NodeJS.ProcessEnv;
  /** The runner's OS (default: this process's). */
  platform?: NodeJS.Platform;
}

/** Why run/ steps aside on Windows: said once per step, in a warning. */
export const WINDOWS_STEP_ASIDE =
  "ci-recovery run: on Windows the command runs once, like a plain 'run:' step, without retries or a time limit: killing a command's whole process tree needs POSIX process groups, which Windows does not have. Use the step's own timeout-minutes there.";

export interface RunDeps {
  logger: Logger;
  classify: (signals: FailureSignals) => Classification | Promise<Classification>;
  sleep: (ms: number) => Promise<void>;
  /** Live output sink (default: the step log). */
  onOutput?: (chunk: Buffer, stream: 'stdout' | 'stderr') => void;
  /** SIGTERM -> SIGKILL grace on timeout. */
  killGraceMs?: number;
  /** Bytes of output kept for classification. */
  maxBufferBytes?: number;
  /** Fires when the step is cancelled (SIGINT/SIGTERM from the runner): the command's tree is killed. */
  abortSignal?: AbortSignal;
  /** Saves a checkpoint of `paths` before the command; returns its id. Best-effort: may throw. */
  checkpoint?: (paths: string[]) => Promise<string | undefined>;
}

export interface RunResult {
  skipped: boolean;
  success: boolean;
  attempts: AttemptRecord[];
  exitCode?: number;
  /** The last failure seen (also when a later attempt passed). */
  classification?: Classification;
  decision?: Decision;
  /** Values the command wrote to GITHUB_OUTPUT in its final attempt. */
  commandOutputs: Record<string, string>;
  /** Raw GITHUB_ENV / GITHUB_PATH lines the final attempt wrote. */
  commandEnv: string;
  commandPath: string;
  /** The step's own outputs. */
  outputs: Record<string, string>;
  checkpointId?: string;
  startedAt: string;
  completedAt: string;
}

// ---- pure helpers ----

const SHELLS: Record<string, { template: string; ext: string }> = {
  bash: { template: 'bash --noprofile --norc -eo pipefail {0}', ext: '.sh' },
  sh: { template: 'sh -e {0}', ext: '.sh' },
  python: { template: 'python {0}', ext: '.py' },
  node: { template: 'node {0}', ext: '.js' },
  pwsh: { template: "pwsh -command . '{0}'", ext: '.ps1' },
  // The runner's Windows shells (cmd as the runner calls it, with %ComSpec% spelled out).
  powershell: { template: "powershell -command . '{0}'", ext: '.ps1' },
  cmd: { template: 'cmd.exe /D /E:ON /V:OFF /S /C "CALL "{0}""', ext: '.cmd' },
};

/** Program and arguments for a shell name or a custom template with `{0}` (like the runner's `shell:`). */
export function shellCommand(shell: string, script: string): { file: string; args: string[] } {
  const template = SHELLS[shell]?.template ?? shell;
  if (!template.includes('{0}')) {
    throw new UserError(
      `Input 'shell' is '${shell}': write bash, sh, python, node, pwsh, powershell or cmd, or a command template with {0} for the script path (e.g. 'perl {0}').`,
    );
  }
  const tokens = template.match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
  const words = tokens.map((t) =>
    (/^(["']).*\1$/.test(t) && t.length > 1 ? t.slice(1, -1) : t).replace('{0}', script),
  );
  const [file, ...args] = words;
  if (!file)
    throw new UserError(
      `Input 'shell' is empty: write bash, sh, python, node, pwsh, powershell, cmd or a template with {0}.`,
    );
  return { file, args };
}

export function scriptExtension(shell: string): string {
  return SHELLS[shell]?.ext ?? '';
}

/**
 * Parses a GITHUB_OUTPUT/GITHUB_ENV file (`NAME=VALUE` or `NAME<<DELIM` ... `DELIM`) the way the runner
 * does; later values win.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    const eq = line.indexOf('=');
    if (heredoc && (eq === -1 || line.indexOf('<<') < eq)) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        body.push(lines[i]!);
      }
      if (closed) values[name!] = body.join('\n');
    } else if (eq > 0) {
      values[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return values;
}

/** A stage name from the command when none is given: stable across attempts of the same run. */
export function defaultStage(run: string): string {
  const first = run.split('\n').find((l) => l.trim() !== '') ?? 'run';
  return (
    first
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'run'
  );
}

function exitCodeOf(result: ProcessResult): number {
  if (result.timedOut) return 124;
  if (result.exitCode !== undefined) return result.exitCode;
  const number = result.signal ? osConstants.signals[result.signal as NodeJS.Signals] : undefined;
  return number ? 128 + number : 1;
}

/** Environment of the command: like a `run:` step, it does not see the action's inputs, state or runtime token. */
function childEnv(env: NodeJS.ProcessEnv, files: Record<string, string>): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) {
    if (
      /^(INPUT_|STATE_)/.test(k) ||
      /^ACTIONS_(RUNTIME_TOKEN|RUNTIME_URL|RESULTS_URL|CACHE_URL|CACHE_SERVICE_V2)$/.test(k)
    )
      continue;
    out[k] = v;
  }
  return { ...out, ...files };
}

const minutes = (m: number): string => `${Number(m.toFixed(2))} minute${m === 1 ? '' : 's'}`;

// ---- the step ----

export async function runStep(settings: RunSettings, ctx: RunContextInfo, deps: RunDeps): Promise<RunResult> {
  const { logger } = deps;
  const startedAt = new Date().toISOString();
  const base = {
    commandOutputs: {},
    commandEnv: '',
    commandPath: '',
    attempts: [] as AttemptRecord[],
    startedAt,
  };
  if (ctx.completedStages.includes(settings.stage)) {
    logger.notice(`Stage '${settings.stage}' completed in an earlier attempt of this run: skipping it.`);
    return {
      ...base,
      skipped: true,
      success: true,
      outputs: {
        attempts: '0',
        'exit-code': '',
        'failure-type': '',
        strategy: 'skip',
        evidence: '',
        skipped: 'true',
      },
      completedAt: new Date().toISOString(),
    };
  }

  // Input overrides apply to the lane budget, so the policy's per-type caps still hold.
  const laneBudget = ctx.config.budgets[ctx.lane];
  const config: Config = {
    ...ctx.config,
    budgets: {
      ...ctx.config.budgets,
      [ctx.lane]: {
        ...laneBudget,
        ...(settings.maxAttempts !== undefined ? { maxAttempts: settings.maxAttempts } : {}),
        ...(settings.backoffSeconds !== undefined ? { backoffSeconds: settings.backoffSeconds } : {}),
        ...(settings.timeoutMinutes !== undefined ? { timeoutMinutes: settings.timeoutMinutes } : {}),
      },
    },
  };
  const budget = config.budgets[ctx.lane];
  const windows = (ctx.platform ?? process.platform) === 'win32';
  if (windows) logger.warning(WINDOWS_STEP_ASIDE, { title: 'ci-recovery: run once on Windows' });
  // No time limit where the tree cannot be killed: a half-killed tree is worse than the runner's limit.
  const timeoutMs = windows ? Infinity : budget.timeoutMinutes * 60_000;
  // The explicit input caps everything; otherwise the policy decides when to stop (20: the schema's maximum).
  const maxAttemptsCeiling = windows ? 1 : (settings.maxAttempts ?? 20);

  // Checkpoint first, so a resume can start from the state before this stage.
  let checkpointId: string | undefined;
  const checkpointPaths =
    settings.checkpointPaths.length > 0
      ? settings.checkpointPaths
      : budget.checkpoint
        ? config.checkpoint.paths
        : [];
  if (checkpointPaths.length > 0 && deps.checkpoint) {
    try {
      checkpointId = await deps.checkpoint(checkpointPaths);
      if (checkpointId)
        logger.info(`ci-recovery: checkpoint ${checkpointId} saved before stage '${settings.stage}'`);
    } catch (error) {
      logger.warning(`ci-recovery: no checkpoint before stage '${settings.stage}': ${errorMessage(error)}`);
    }
  }

  const runDir = path.join(ctx.tempDir, `run-${randomUUID()}`);
  await mkdir(runDir, { recursive: true });
  const cwd = path.resolve(ctx.env.GITHUB_WORKSPACE || process.cwd(), settings.workingDirectory || '.');
  const script = path.join(runDir, `script${scriptExtension(settings.shell)}`);
  await writeFile(script, settings.run);
  const firstCommand = shellCommand(settings.shell, script);
  let retryCommand = firstCommand;
  if (settings.newCommandOnRetry.trim()) {
    const retryScript = path.join(runDir, `retry-script${scriptExtension(settings.shell)}`);
    await writeFile(retryScript, settings.newCommandOnRetry);
    retryCommand = shellCommand(settings.shell, retryScript);
  }

  const attempts: AttemptRecord[] = [];
  let classification: Classification | undefined;
  let decision: Decision | undefined;
  let last: ProcessResult | undefined;
  let files = { output: '', env: '', path: '' };
  let commandOutputs: Record<string, string>;
  let commandEnv: string;
  let commandPath: string;
  const stepDeadline =
    settings.totalTimeoutMinutes !== undefined && !windows
      ? Date.now() + settings.totalTimeoutMinutes * 60_000
      : undefined;
  const stepTimeLeft = (): number => (stepDeadline === undefined ? Infinity : stepDeadline - Date.now());
  try {
    for (let attempt = 1; attempt <= maxAttemptsCeiling; attempt++) {
      if (attempt > 1) {
        const wait = Math.min(decision ? backoffMs(decision, attempt) : 0, Math.max(0, stepTimeLeft()));
        if (wait > 0) {
          logger.info(`Waiting ${wait / 1000} s before attempt ${attempt}.`);
          await deps.sleep(wait);
        }
        if (settings.onRetry.trim())
          await runOnRetry(settings, runDir, cwd, ctx.env, deps, Math.min(timeoutMs, stepTimeLeft()));
        if (stepTimeLeft() <= 0) {
          logger.info(`ci-recovery: the step's total time limit is used up: no attempt ${attempt}.`);
          break;
        }
      }
      // An attempt ends at its own limit or at the step's, whichever comes first.
      const attemptTimeoutMs = Math.min(timeoutMs, stepTimeLeft());
      const limitMinutes = attemptTimeoutMs / 60_000;
      const dir = path.join(runDir, `attempt-${attempt}`);
      await mkdir(dir, { recursive: true });
      files = { output: path.join(dir, 'output'), env: path.join(dir, 'env'), path: path.join(dir, 'path') };
      await Promise.all(Object.values(files).map((f) => writeFile(f, '')));
      logger.info(
        `ci-recovery: stage '${settings.stage}', attempt ${attempt} (${Number.isFinite(limitMinutes) ? `time limit ${minutes(limitMinutes)}` : 'no time limit'})`,
      );
      const attemptStart = new Date();
      const command = attempt === 1 ? firstCommand : retryCommand;
      last = await runProcess({
        file: command.file,
        args: command.args,
        cwd,
        env: childEnv(ctx.env, {
          GITHUB_OUTPUT: files.output,
          GITHUB_ENV: files.env,
          GITHUB_PATH: files.path,
        }),
        ...(Number.isFinite(attemptTimeoutMs) ? { timeoutMs: attemptTimeoutMs } : {}),
        ...(deps.killGraceMs !== undefined ? { killGraceMs: deps.killGraceMs } : {}),
        ...(deps.maxBufferBytes !== undefined ? { maxBufferBytes: deps.maxBufferBytes } : {}),
        ...(deps.onOutput ? { onOutput: deps.onOutput } : {}),
        ...(deps.abortSignal ? { abortSignal: deps.abortSignal } : {}),
      }).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          throw new UserError(
            `Input 'shell': '${command.file}' was not found on this runner; install it or pick another shell (bash, sh, python, node, pwsh).`,
          );
        }
        throw error;
      });
      const record: AttemptRecord = {
        attempt,
        startedAt: attemptStart.toISOString(),
        durationMs: last.durationMs,
        ...(last.exitCode !== undefined ? { exitCode: last.exitCode } : {}),
        ...(last.signal ? { signal: last.signal } : {}),
        ...(last.timedOut ? { timedOut: true } : {}),
      };
      attempts.push(record);
      if (!last.timedOut && last.exitCode === 0) break;

      const ran =
        attempt > 1 && settings.newCommandOnRetry.trim() ? settings.newCommandOnRetry : settings.run;
      classification = await classifyAttempt(last, settings, ran, limitMinutes, deps);
      record.classification = classification;
      const policyInput = {
        type: classification.type,
        lane: ctx.lane,
        branchKind: ctx.branchKind,
        attempt,
        runAttempt: Number(ctx.env.GITHUB_RUN_ATTEMPT) || 1,
      };
      decision = decide(policyInput, config);
      // The step's max-attempts caps its own tries; a resume is a job re-run, judged on the lane's budget.
      if (decision.rule === 'budget-exhausted' && settings.maxAttempts !== undefined) {
        const jobLevel = decide(policyInput, ctx.config);
        if (jobLevel.strategy === 'resume') decision = jobLevel;
      }
      decision = applyRetryOn(decision, settings, classification.type, attempt, budget.maxAttempts);
      decision = applyRetryOnExitCode(
        decision,
        settings,
        classification.type,
        exitCodeOf(last),
        attempt,
        budget.maxAttempts,
      );
      const evidence = classification.evidence
        ? ` Evidence (line ${classification.evidence.line}): ${classification.evidence.text}`
        : '';
      logger.info(
        `ci-recovery: attempt ${attempt} failed (exit ${exitCodeOf(last)}${last.signal ? `, ${last.signal}` : ''}): ${classification.type} [${classification.rule}].${evidence}`,
      );
      logger.info(`ci-recovery: decision ${decision.strategy} by ${decision.rule}: ${decision.reason}`);
      if (decision.retryInStep && stepTimeLeft() <= 0) {
        decision = {
          ...decision,
          retryInStep: false,
          reason: `${decision.reason} (not retried: the step's total-timeout-minutes is used up)`,
        };
      }
      if (!decision.retryInStep || deps.abortSignal?.aborted || attempt >= maxAttemptsCeiling) break;
      if (settings.warnOnRetry)
        logger.warning(
          `Attempt ${attempt} failed (exit ${exitCodeOf(last)}, ${classification.type}): retrying (${decision.rule}).`,
          { title: `ci-recovery: retrying ${settings.stage}` },
        );
    }
    // Only what the final attempt wrote becomes the step's own outputs, env and path.
    [commandOutputs, commandEnv, commandPath] = await Promise.all([
      readFile(files.output, 'utf8').then(parseFileCommands, () => ({})),
      readFile(files.env, 'utf8').catch(() => ''),
      readFile(files.path, 'utf8').catch(() => ''),
    ]);
  } finally {
    await rm(runDir, { recursive: true, force: true }).catch(() => undefined);
  }
  const result = last!;
  const success = !result.timedOut && result.exitCode === 0;
  const exitCode = exitCodeOf(result);
  return {
    skipped: false,
    success,
    attempts,
    exitCode,
    ...(classification ? { classification } : {}),
    ...(decision ? { decision } : {}),
    commandOutputs,
    commandEnv,
    commandPath,
    ...(checkpointId ? { checkpointId } : {}),
    outputs: {
      attempts: String(attempts.length),
      'exit-code': String(exitCode),
      'failure-type': classification?.type ?? '',
      strategy: decision?.strategy ?? '',
      evidence: classification?.evidence?.text ?? '',
      skipped: 'false',
    },
    startedAt,
    completedAt: new Date().toISOString(),
  };
}

/** Processes the kill could not end (another user's, or stuck in the kernel) are named, not hidden. */
function warnSurvivors(result: ProcessResult, settings: RunSettings, deps: RunDeps): void {
  if (!result.survivors?.length) return;
  deps.logger.warning(
    `ci-recovery: ${result.survivors.length} process(es) of '${settings.stage}' outlived SIGKILL and still run: ` +
      result.survivors.map((p) => `${p.pid} (${p.command})`).join(', '),
  );
}

async function classifyAttempt(
  result: ProcessResult,
  settings: RunSettings,
  /** The command this attempt ran: what the classifier types by its tool when the output names none. */
  command: string,
  limitMinutes: number,
  deps: RunDeps,
): Promise<Classification> {
  if (result.aborted) {
    const text = `ci-recovery: '${settings.stage}' was cancelled; its process tree was killed`;
    deps.logger.info(text);
    warnSurvivors(result, settings, deps);
    return {
      type: 'cancelled',
      confidence: 'high',
      retryable: false,
      rule: 'run:cancelled',
      evidence: { line: 1, text },
    };
  }
  if (result.timedOut) {
    // We stopped it ourselves: a fact, not a guess from the output.
    const text = `ci-recovery: '${settings.stage}' hit its time limit of ${minutes(limitMinutes)}; its process tree was killed`;
    deps.logger.info(text);
    warnSurvivors(result, settings, deps);
    const line = result.output === '' ? 1 : result.output.replace(/\n$/, '').split('\n').length + 1;
    return {
      type: 'timeout',
      confidence: 'high',
      retryable: true,
      rule: 'run:time-limit',
      evidence: { line, text },
    };
  }
  return deps.classify({
    stage: settings.stage,
    step: settings.stage,
    command,
    conclusion: 'failure',
    ...(result.exitCode !== undefined ? { exitCode: result.exitCode } : {}),
    ...(result.signal ? { signal: result.signal } : {}),
    log: result.output,
  });
}

/** `retry-on` replaces the policy's in-step retry choice; the policy still names the strategy otherwise. */
function applyRetryOn(
  decision: Decision,
  settings: RunSettings,
  type: FailureType,
  attempt: number,
  maxAttempts: number,
): Decision {
  // A cancelled step is never retried, whatever retry-on says.
  if (settings.retryOn.length === 0 || type === 'cancelled') return decision;
  const listed = settings.retryOn.includes('any') || settings.retryOn.includes(type);
  return applyListed(decision, listed, 'retry-on', `'${type}'`, attempt, maxAttempts);
}

function applyRetryOnExitCode(
  decision: Decision,
  settings: RunSettings,
  type: FailureType,
  exitCode: number,
  attempt: number,
  maxAttempts: number,
): Decision {
  if (settings.retryOnExitCodes.length === 0 || type === 'cancelled') return decision;
  const listed = settings.retryOnExitCodes.includes(exitCode);
  return applyListed(decision, listed, 'retry-on-exit-code', `exit code ${exitCode}`, attempt, maxAttempts);
}

/** An input that lists what to retry: listed -> retry within the budget; not listed -> no retry in the step. */
function applyListed(
  decision: Decision,
  listed: boolean,
  inputName: string,
  what: string,
  attempt: number,
  maxAttempts: number,
): Decision {
  if (!listed) {
    return decision.retryInStep
      ? {
          ...decision,
          retryInStep: false,
          reason: `${decision.reason} (not retried in the step: ${what} is not in ${inputName})`,
        }
      : decision;
  }
  if (attempt >= maxAttempts) {
    return {
      ...decision,
      strategy: 'manual',
      rule: 'budget-exhausted',
      reason: `${what} is in ${inputName}, but attempt ${attempt} of ${maxAttempts} was the last one allowed`,
      maxAttempts,
      retryInStep: false,
    };
  }
  return {
    ...decision,
    strategy: 'retry',
    rule: `input:${inputName}`,
    reason: `the step's ${inputName} input lists ${what}: retry (attempt ${attempt + 1} of ${maxAttempts})`,
    maxAttempts,
    retryInStep: true,
  };
}

async function runOnRetry(
  settings: RunSettings,
  runDir: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  deps: RunDeps,
  timeoutMs: number,
): Promise<void> {
  const script = path.join(runDir, `on-retry${scriptExtension(settings.shell)}`);
  await writeFile(script, settings.onRetry);
  const { file, args } = shellCommand(settings.shell, script);
  deps.logger.info('ci-recovery: running on-retry');
  try {
    const result = await runProcess({
      file,
      args,
      cwd,
      env: childEnv(env, {}),
      timeoutMs,
      ...(deps.killGraceMs !== undefined ? { killGraceMs: deps.killGraceMs } : {}),
      ...(deps.onOutput ? { onOutput: deps.onOutput } : {}),
    });
    if (result.timedOut || result.exitCode !== 0) {
      deps.logger.warning(`on-retry failed (exit ${exitCodeOf(result)}); retrying anyway.`);
    }
  } catch (error) {
    deps.logger.warning(`on-retry could not start: ${errorMessage(error)}; retrying anyway.`);
  }
}

async function appendRaw(file: string | undefined, text: string): Promise<void> {
  if (file && text.trim() !== '') await appendFile(file, text.endsWith('\n') ? text : text + '\n');
}

/** After runStep: the step's outputs, the command's env and path, the record for post, and the verdict. */
export async function applyRunResult(
  settings: RunSettings,
  result: RunResult,
  logger: Logger,
): Promise<void> {
  // The command's own outputs first, ours last: ours win on a name clash.
  for (const [name, value] of Object.entries(result.commandOutputs)) runner.setOutput(name, value);
  for (const [name, value] of Object.entries(result.outputs)) runner.setOutput(name, value);
  try {
    await appendRaw(process.env.GITHUB_ENV, result.commandEnv);
    await appendRaw(process.env.GITHUB_PATH, result.commandPath);
  } catch (error) {
    logger.warning(`Could not pass on the command's GITHUB_ENV/GITHUB_PATH: ${errorMessage(error)}`);
  }
  if (result.success && !result.skipped) {
    const stages = parseStages(process.env[COMPLETED_STAGES_ENV]);
    if (!stages.includes(settings.stage))
      runner.exportVariable(COMPLETED_STAGES_ENV, [...stages, settings.stage].join(','));
  }
  await saveRecord(settings, result, logger);

  if (!result.success) {
    const c = result.classification;
    const d = result.decision;
    const evidence = c?.evidence
      ? ` Evidence, line ${c.evidence.line} of its output: ${c.evidence.text}`
      : '';
    const message =
      `Stage '${settings.stage}' failed after ${result.attempts.length} attempt(s): ${c?.type ?? 'unknown'} (${c?.rule ?? 'no rule'})` +
      (d ? `; decision ${d.strategy} (${d.rule}): ${d.reason}.` : '.') +
      evidence;
    const title = `ci-recovery: ${settings.stage} failed (${c?.type ?? 'unknown'})`;
    if (settings.continueOnError) {
      // The step passes; its outputs (exit-code, failure-type, ...) still say what failed.
      logger.warning(`${message} continue-on-error: the step passes.`, { title });
      return;
    }
    logger.error(message, { title });
    process.exitCode = result.exitCode && result.exitCode > 0 && result.exitCode < 256 ? result.exitCode : 1;
  }
}

/**
 * Saves a checkpoint of `paths` for this stage, incremental against the job's last one (which it then
 * becomes, for the next stage to chain onto).
 */
export async function checkpointBefore(
  settings: RunSettings,
  ctx: { config: Config; env: NodeJS.ProcessEnv },
  paths: string[],
  logger: Logger,
): Promise<string> {
  const { checkpointStage, jobContext, openJobStore } = await import('./checkpoint/index.js');
  const { parseJobEnv } = await import('../core/job-env.js');
  const { tmpdir } = await import('node:os');
  const job = jobContext(parseJobEnv(ctx.env, { cwd: process.cwd(), tmpdir: tmpdir() }));
  const store = await openJobStore(
    ctx.config.checkpoint.store,
    job,
    settings.token,
    ctx.config.checkpoint.retentionDays,
  );
  const { manifest } = await checkpointStage({ store, ctx: job, stage: settings.stage, paths, logger });
  return manifest.id;
}

/** Best-effort: a record that cannot be written never fails the step. */
async function saveRecord(settings: RunSettings, result: RunResult, logger: Logger): Promise<void> {
  const record: StepRecord = {
    kind: 'run',
    step: settings.stage,
    stage: settings.stage,
    startedAt: result.startedAt,
    completedAt: result.completedAt,
    outcome: result.skipped ? 'skipped' : result.success ? 'success' : 'failure',
    attempts: result.attempts,
    ...(result.classification ? { classification: result.classification } : {}),
    ...(result.decision ? { decision: result.decision } : {}),
    ...(result.checkpointId ? { checkpointId: result.checkpointId } : {}),
    outputs: result.outputs,
  };
  try {
    await writeRecord(recordsDir(), record);
  } catch (error) {
    logger.warning(`Could not write the step record for post: ${errorMessage(error)}`);
  }
}
