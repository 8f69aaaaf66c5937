/**
 * The real ports of the `run/` phase (src/phases/run.ts): commands spawned in their own process group
 * with a tree kill at their limit (adapters/process.ts), each in a private directory under the step's
 * temp dir with fresh file-command files; checkpoints through the checkpoint code, loaded only when a
 * stage needs it; the step record under RUNNER_TEMP; the system clock; the classifier, loaded only when
 * something failed.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { constants as osConstants } from 'node:os';
import path from 'node:path';
import { load } from '../checkpoint/load.js';
import { decodeFileCommand } from '../core/file-commands.js';
import type { Config } from '../core/config-defaults.js';
import type { JobEnv, Subreaper } from '../core/job-env.js';
import { commandEnv, type RunSettings } from '../core/run-step.js';
import { defaultShell, isWindowsRunner, windowsProgramCandidates } from '../core/runner-os.js';
import { scriptContents, scriptExtension, shellInvocation, spawnArguments } from '../core/shell-command.js';
import type { RunPorts } from '../ports/run-step.js';
import type { RunTestPorts } from '../test-recovery/index.js';
import type { TestFiles } from './test-reports.js';
import type { Clock } from '../ports/clock.js';
import type { CommandRun, CommandSpec, ProcessPort, TreeKillPort } from '../ports/process.js';
import type { RunnerPort } from '../runner/ports/runner.js';
import { pathsSize } from './paths-size.js';
import { stageLedgerPort } from './stage-ledger.js';
import type { StageCheckpointPort } from '../ports/stage-checkpoint.js';
import type { Logger } from '../runner/adapters/logger.js';
import { runProcess, type ProcessResult } from './process.js';
import { recordsPort } from './records.js';

export interface ProcessPortOptions {
  /** Where the step's scripts and file-command files go (a directory of its own is made in it). */
  tempDir: string;
  /** The environment the command starts from (default: this process's), less the action's own. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Fires when the step is cancelled (SIGINT/SIGTERM from the runner): the command's tree is killed. */
  abortSignal?: AbortSignal;
  /** Live output sink (default: the step log). */
  onOutput?: (chunk: Buffer) => void;
  /** SIGTERM -> SIGKILL grace on timeout. */
  killGraceMs?: number;
  /** Bytes of output kept for classification. */
  maxBufferBytes?: number;
  /** What makes each command's process a child subreaper (default: the first found). */
  subreaper?: Subreaper;
  /** The runner is Windows (core/runner-os.ts `isWindowsRunner`; default: this host is). */
  windows?: boolean;
  /** Ends a command's tree on Windows (default: taskkill). */
  treeKill?: TreeKillPort;
}

/** A variable of `env` by its name in any case, as Windows reads names ('Path' is PATH). */
const envAnyCase = (env: Readonly<Record<string, string | undefined>>, name: string): string | undefined =>
  Object.entries(env).find(([k]) => k.toUpperCase() === name)?.[1];

/**
 * The program's path as the runner's WhichUtil finds it on Windows (PATH and PATHEXT, never the working
 * directory); not found: the name, and spawn's ENOENT says so.
 */
function windowsProgram(program: string, env: Readonly<Record<string, string | undefined>>): string {
  const candidates = windowsProgramCandidates(program, envAnyCase(env, 'PATH'), envAnyCase(env, 'PATHEXT'));
  return candidates.find((c) => existsSync(c)) ?? program;
}

/** The environment this process was started with: what a command starts from, and what the checkpoint code reads. */
const ownEnv = (): NodeJS.ProcessEnv => process.env;

/**
 * The shell for an empty `shell` input, as the runner picks one (core/runner-os.ts `defaultShell`): on
 * Windows whether WhichUtil would find pwsh on this step's PATH decides.
 */
export function runnerDefaultShell(
  windows: boolean,
  env: Readonly<Record<string, string | undefined>> = ownEnv(),
): string {
  return defaultShell(windows, windows && windowsProgram('pwsh', env) !== 'pwsh');
}

const FILE_ENV = { output: 'GITHUB_OUTPUT', env: 'GITHUB_ENV', path: 'GITHUB_PATH' } as const;

function commandRun(result: ProcessResult): CommandRun {
  const signalNumber = result.signal ? osConstants.signals[result.signal as NodeJS.Signals] : undefined;
  return {
    timedOut: result.timedOut,
    aborted: result.aborted,
    output: result.output,
    durationMs: result.durationMs,
    ...(result.exitCode !== undefined ? { exitCode: result.exitCode } : {}),
    ...(result.signal ? { signal: result.signal } : {}),
    ...(signalNumber ? { signalNumber } : {}),
    ...(result.survivors ? { survivors: result.survivors } : {}),
    ...(result.truncated ? { outputCut: true as const } : {}),
  };
}

/** Commands run for real: a script per command, in its own directory, with its own file-command files. */
export function processPort(options: ProcessPortOptions): ProcessPort {
  const runDir = path.join(options.tempDir, `run-${randomUUID()}`);
  const env = options.env ?? ownEnv();
  const windows = options.windows ?? process.platform === 'win32';
  return {
    async run(spec: CommandSpec): Promise<CommandRun> {
      const dir = path.join(runDir, spec.name);
      await mkdir(dir, { recursive: true });
      const script = path.join(dir, `script${scriptExtension(spec.shell)}`);
      await writeFile(script, scriptContents(spec.shell, spec.script, windows));
      const files = spec.fileCommands
        ? { output: path.join(dir, 'output'), env: path.join(dir, 'env'), path: path.join(dir, 'path') }
        : undefined;
      if (files) await Promise.all(Object.values(files).map((f) => writeFile(f, '')));
      const fileEnv = files
        ? Object.fromEntries(Object.entries(FILE_ENV).map(([k, v]) => [v, files[k as keyof typeof files]]))
        : {};
      // The runner's command line (core/shell-command.ts): on Windows its one argument string, verbatim.
      const invocation = shellInvocation(spec.shell, script);
      const program = windows ? windowsProgram(invocation.program, env) : invocation.program;
      const result = await runProcess({
        ...spawnArguments(invocation, program, windows),
        windows,
        ...(options.treeKill ? { treeKill: options.treeKill } : {}),
        cwd: spec.cwd,
        // The command's own file-command paths win over a variable of the same name on-retry set.
        env: commandEnv(env, { ...spec.env, ...fileEnv }),
        ...(spec.timeoutMs !== undefined ? { timeoutMs: spec.timeoutMs } : {}),
        ...(options.killGraceMs !== undefined ? { killGraceMs: options.killGraceMs } : {}),
        ...(options.onOutput ? { onOutput: options.onOutput } : {}),
        ...(options.subreaper ? { subreaper: options.subreaper } : {}),
        ...(spec.onStarted ? { onStarted: spec.onStarted } : {}),
        // The attempts keep a bounded tail for the classifier.
        ...(spec.fileCommands && options.maxBufferBytes !== undefined
          ? { maxBufferBytes: options.maxBufferBytes }
          : {}),
        // Every command is cancelled with the step, the on-retry hook too: the runner signals only our node
        // process, and SIGKILLs it 10 s later, leaving a hook we did not stop running till the job ends.
        ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
      });
      if (!files) return commandRun(result);
      // Decoded as the runner decodes them: a byte order mark says UTF-8, UTF-16 or UTF-32.
      const read = (f: string): Promise<string> => readFile(f).then(decodeFileCommand, () => '');
      const [output, envText, pathText] = await Promise.all([
        read(files.output),
        read(files.env),
        read(files.path),
      ]);
      return { ...commandRun(result), files: { output, env: envText, path: pathText } };
    },
    cancelled: () => options.abortSignal?.aborted ?? false,
    cleanup: () => rm(runDir, { recursive: true, force: true }),
  };
}

/**
 * Checkpoints of the job's store (its config's), incremental against the job's last one (which a new one
 * then becomes, for the next stage to chain onto). The checkpoint code loads on first use only.
 */
export function stageCheckpointPort(options: {
  config: Config;
  token: string;
  logger: Logger;
  job: JobEnv;
  includeHidden?: boolean;
}): StageCheckpointPort {
  const { config, token, logger, job: env, includeHidden = false } = options;
  return {
    save(stage, paths) {
      let told = (): void => undefined;
      const packed = new Promise<boolean>((resolve) => (told = () => resolve(true)));
      let started = (): void => undefined;
      const commandStarted = new Promise<void>((resolve) => (started = resolve));
      const saved = (async () => {
        const { checkpointRunner, checkpointStage, jobContext, openJobStore } = await load.engine();
        const job = jobContext(env);
        const spec = config.checkpoint.store;
        const store = await openJobStore(spec, job, token, config.checkpoint.retentionDays);
        const saved = await checkpointStage({
          store,
          ctx: job,
          stage,
          paths,
          includeHidden,
          unmatched: 'note',
          // Right after a resume, the restored checkpoint of this very stage stands for a new one.
          reuseResumed: true,
          ...(config.checkpoint.keyed?.length ? { keyed: config.checkpoint.keyed } : {}),
          // Every file is read: the stage may start while the archive and the manifest are stored; the
          // manifest's encoding waits till it has.
          onRead: () => (told(), commandStarted),
          logger,
          runner: checkpointRunner(env, logger),
        });
        if (saved.reused) return { id: saved.manifest.id, reused: true };
        return {
          id: saved.manifest.id,
          manifestSha256: saved.manifestSha256,
          bytes: saved.manifest.archive.size,
          ...(saved.unrecorded ? { unrecorded: true } : {}),
        };
      })();
      const settled = saved.then(
        () => false,
        () => false,
      );
      return { read: Promise.race([packed, settled]), saved, started: () => started() };
    },
    async stillComplete(stages, need) {
      if (await restoredAsItWas(env, need)) return stages;
      const { jobContext, openJobStore, stagesStillComplete } = await load.engine();
      // The store of the checkpoint main resumed from, for the roots this step names.
      const spec = env.recovery.resumedStore ?? config.checkpoint.store;
      const openStore = () => openJobStore(spec, jobContext(env), token);
      return stagesStillComplete(stages, env, logger, need && { ...need, openStore });
    },
    size: (paths, budgetMs) =>
      pathsSize(
        env.workspace,
        paths,
        (config.checkpoint.keyed ?? []).map((k) => k.path),
        budgetMs,
      ),
  };
}

/**
 * The common case, proved without loading the checkpoint code: the step fills nothing outside the
 * workspace, and everything main restored is still there as its record says (checkpoint/restored-state.ts).
 * False proves nothing: the full check decides.
 */
async function restoredAsItWas(env: JobEnv, need: { cachePaths: string[] } | undefined): Promise<boolean> {
  const id = env.recovery.resumedFrom;
  if (!id || (need?.cachePaths.length ?? 0) > 0) return false;
  // The engine's pure core, loaded only here, on a resume: a green step never asks. Not loaded proves nothing.
  const core = await import('../checkpoint/index.js').catch(() => undefined);
  const cache = core?.defaultManifestCache(env);
  if (!cache) return false;
  const { restoredStateHolds } = await load.restoredState();
  // a restored state that cannot be read does not hold: the stage runs again
  return restoredStateHolds(cache, id, env.workspace).catch(() => false);
}

/**
 * Test recovery's files (adapters/test-reports.ts), loaded with the wing and picomatch on first use: only
 * once an attempt failed, or early flake detection asks for the change's files.
 */
export function lazyTestFilesPort(job: JobEnv, config: Pick<Config, 'ledger'>, logger: Logger): RunTestPorts {
  let port: Promise<TestFiles> | undefined;
  let history: ReturnType<TestFiles['loadHistory']> | undefined;
  const restore = config.ledger.enabled ? () => restoreTestHistory(job, logger) : undefined;
  const real = (): Promise<TestFiles> =>
    (port ??= import('./test-reports.js').then((m) => m.testFilesPort(job, logger, restore)));
  return {
    reports: async (glob, cwd, sinceMs) => (await real()).reports(glob, cwd, sinceMs),
    keepFiles: async (glob, cwd, names) => (await real()).keepFiles(glob, cwd, names),
    changedFiles: async () => (await real()).changedFiles(),
    packageScripts: async (cwd) => (await real()).packageScripts(cwd),
    configTexts: async (cwd, files) => (await real()).configTexts(cwd, files),
    // Once per step: run.ts starts it ahead of the classification, and a restore given up is not waited
    // for again on a later attempt.
    loadHistory: () => (history ??= real().then((p) => p.loadHistory())),
    // The environment every command of the step starts from (processPort's): the step's `env:` and the job's.
    stepEnv: (wanted) =>
      Object.fromEntries(
        Object.entries(ownEnv()).filter((e): e is [string, string] => e[1] !== undefined && wanted(e[0])),
      ),
  };
}

/**
 * The job's flaky-test history from the cache service, for the first `run/` step whose test failed when no
 * earlier step left it: a green job makes none of these round trips. Bounded as post's store calls are; given
 * up, the step decides as for tests the history never saw, with a warning. `limitMs`: post's store limit.
 */
export async function restoreTestHistory(job: JobEnv, logger: Logger, limitMs?: number) {
  const [{ readRunContext }, { testHistoryPlace }, store, { Deadline, POST_LIMITS }, guard] =
    await Promise.all([
      import('./event.js'),
      import('../core/test-history.js'),
      import('./test-history-store.js'),
      import('./deadline.js'),
      load.storeGuard(),
    ]);
  const place = testHistoryPlace(await readRunContext(job), job);
  const room = {
    runnerTemp: job.runnerTemp,
    ...(job.cacheMode !== undefined ? { cacheMode: job.cacheMode } : {}),
  };
  const limit = limitMs ?? POST_LIMITS.storeMs;
  // A budget past the call's own limit: a give-up names the limit.
  return new Deadline(limit + 1_000).run(
    'restoring the flaky-test history',
    limit,
    () => store.loadTestHistory(place, room, logger),
    (reason) => {
      logger.warning(`ci-recovery: ${reason}.`);
      // The abandoned call may hold a socket (GHES's cache client cannot be cancelled): as main and post do
      // for theirs, the step's entry point ends the process once the step is done (endIfStoreGaveUp).
      guard.stalledStores.push('the cache service (the flaky-test history)');
      return undefined;
    },
  );
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * The system clock whose waits end early when the step is cancelled: the runner SIGKILLs our node process
 * 10 s after its SIGINT, so a backoff must not outlast the cancel (the phase then starts no attempt).
 */
export function cancellableClock(cancel: AbortSignal): Clock {
  return {
    now: () => Date.now(),
    sleep: (ms) =>
      new Promise((resolve) => {
        if (cancel.aborted) return resolve();
        const done = (): void => {
          clearTimeout(timer);
          cancel.removeEventListener('abort', done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        cancel.addEventListener('abort', done, { once: true });
      }),
  };
}

/** Every real port of the phase. */
export function runPorts(
  settings: RunSettings,
  job: JobEnv,
  config: Config,
  runner: RunnerPort,
  abortSignal: AbortSignal,
): RunPorts {
  return {
    runner,
    process: processPort({
      tempDir: path.join(job.runnerTemp, 'ci-recovery'),
      abortSignal,
      windows: isWindowsRunner(job.runnerOs, process.platform),
      ...(job.subreaper ? { subreaper: job.subreaper } : {}),
    }),
    checkpoint: stageCheckpointPort({
      config,
      token: settings.token,
      logger: runner.log,
      job,
      includeHidden: settings.includeHiddenFiles === true,
    }),
    records: recordsPort(job),
    stages: stageLedgerPort(job, job.stepId ?? settings.stage),
    // The classifier (rules, report parsers) loads only when something failed; the team rules' engine with it
    // when there are some (main's effective config is read without it: a green step or a checkpoint pays nothing).
    classify: async (signals) => {
      const classifier = await import('../core/classify/index.js');
      if (signals.teamRules?.length) await classifier.loadTeamRuleEngine();
      return classifier.classify(signals);
    },
    clock: cancellableClock(abortSignal),
    tests: lazyTestFilesPort(job, config, runner.log),
  };
}
