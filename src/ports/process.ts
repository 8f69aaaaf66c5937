/**
 * Where a `run/` step's command runs: one attempt at a time, each a script in the step's shell with a
 * time limit that kills the whole process tree, and (for the attempts and the on-retry hook) fresh
 * GITHUB_OUTPUT, GITHUB_ENV and GITHUB_PATH files whose text comes back with the result. adapters/run-step.ts spawns for
 * real (adapters/process.ts); `RecordingProcess` plays scripted outcomes, so the phase is tested without
 * spawning.
 */
import type { AttemptEnd } from '../core/run-step.js';

export interface CommandSpec {
  /** Names the script and its files: 'attempt-1', 'on-retry'. */
  name: string;
  /** The script's text, run by `shell` as the runner runs a `run:` step. */
  script: string;
  shell: string;
  cwd: string;
  /** Milliseconds; undefined = no limit. */
  timeoutMs?: number;
  /** Give the command fresh file-command files and return what it wrote to them. */
  fileCommands: boolean;
  /** Variables set for this command on top of the step's (what on-retry wrote to its GITHUB_ENV). */
  env?: Record<string, string>;
  /** Called once the command's process exists (spawned), before it ends. */
  onStarted?: () => void;
}

export interface CommandRun extends AttemptEnd {
  durationMs: number;
  /** Processes of the tree that outlived the kill (not ours to kill, or stuck in the kernel). */
  survivors?: { pid: number; command: string }[];
  /** The output's head was dropped: `output` is its last part only. */
  outputCut?: true;
  /** The raw text the command wrote to its file-command files (with `fileCommands`). */
  files?: { output: string; env: string; path: string };
}

export interface ProcessPort {
  /**
   * Runs one command to its end. Rejects with an error whose `code` is 'ENOENT' when the shell's program
   * is not on the machine, 'ENOCWD' when the working directory does not exist.
   */
  run(spec: CommandSpec): Promise<CommandRun>;
  /** The step was cancelled (the runner's SIGINT/SIGTERM): a running command's tree is killed. */
  cancelled(): boolean;
  /** Removes the step's scripts and files. */
  cleanup(): Promise<void>;
}

/** A scripted outcome: what the command "did". */
export type ScriptedRun = Partial<CommandRun> & { exitCode?: number };

/**
 * Plays `outcomes` in order, one per command run (on-retry commands included), then exit 0. Records
 * every spec it was given. `cancelAfter` marks the step cancelled once that many commands ran.
 */
export class RecordingProcess implements ProcessPort {
  readonly runs: CommandSpec[] = [];
  cleanedUp = false;
  private isCancelled = false;

  constructor(
    private readonly outcomes: (ScriptedRun | ((spec: CommandSpec) => ScriptedRun))[] = [],
    private readonly cancelAfter?: number,
  ) {}

  run(spec: CommandSpec): Promise<CommandRun> {
    this.runs.push(spec);
    spec.onStarted?.();
    const next = this.outcomes.shift() ?? {};
    const outcome = typeof next === 'function' ? next(spec) : next;
    if (this.cancelAfter !== undefined && this.runs.length >= this.cancelAfter) this.isCancelled = true;
    const end: CommandRun = {
      timedOut: false,
      aborted: false,
      output: '',
      durationMs: 1,
      ...(outcome.signal === undefined ? { exitCode: 0 } : {}),
      ...outcome,
    };
    if (spec.fileCommands) end.files = { output: '', env: '', path: '', ...outcome.files };
    else delete end.files;
    return Promise.resolve(end);
  }
  cancelled(): boolean {
    return this.isCancelled;
  }
  cleanup(): Promise<void> {
    this.cleanedUp = true;
    return Promise.resolve();
  }
}

/**
 * Ends a command's whole process tree where there are no process groups (a Windows runner: `taskkill /T
 * /F /PID`, adapters/tree-kill.ts). A port, so that the Windows path of a limit or a cancel runs here.
 */
export interface TreeKillPort {
  /** Resolves once the kill was made (the tree may take a moment to go); never rejects for a gone pid. */
  killTree(pid: number): Promise<void>;
}

/** Records the pids it was asked to kill and ends each with `end` (a test's stand-in for taskkill). */
export class RecordingTreeKill implements TreeKillPort {
  readonly killed: number[] = [];
  constructor(private readonly end: (pid: number) => void = () => undefined) {}
  killTree(pid: number): Promise<void> {
    this.killed.push(pid);
    this.end(pid);
    return Promise.resolve();
  }
}
