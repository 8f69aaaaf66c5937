/**
 * A step's process as the runner runs it (actions/runner `src/Runner.Sdk/ProcessInvoker.cs`), and the
 * job's orphan clean-up (`src/Runner.Worker/JobExtension.cs`):
 * - the process is started in the runner's own process group (.NET `Process.Start`, no setsid), with
 *   RUNNER_TRACKING_ID in its environment (JobExtension.cs:591), which every process it starts inherits;
 * - on a step's cancel or timeout only that process is signalled: `kill(pid, SIGINT)`, 7.5 s later
 *   `kill(pid, SIGTERM)`, 2.5 s later `Process.Kill()`, SIGKILL to it alone (ProcessInvoker.cs:443-465,
 *   829-870; `killProcessOnCancel: false` in NodeScriptActionHandler.cs and ScriptHandler.cs). Its children
 *   are not signalled;
 * - the step ends when the process exits and its output pipes close, or 5 s after the exit if something it
 *   left holds them open (ProcessInvoker.cs:485-505);
 * - at job end, after the posts, "Cleaning up orphan processes" kills every process still carrying the
 *   job's RUNNER_TRACKING_ID (JobExtension.cs:880-925).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** Interrupted because the job was cancelled (its timeout-minutes passed). */
  cancelled: boolean;
  stdout: string;
  stderr: string;
  combined: string;
}

/** The job's cancellation as one running stage sees it. */
export interface JobCancel {
  signal: AbortSignal;
  /**
   * Asked when the job is cancelled: the runner re-evaluates the running step's condition with the job
   * cancelled (StepsRunner.cs:149-186) and cancels the step only if it is false, so an `always()` step, or
   * a post with the default post-if, runs on.
   */
  continues: () => boolean;
}

export interface StageProcessOptions {
  cwd: string;
  env: Record<string, string>;
  timeoutMs?: number;
  cancel?: JobCancel;
  /** The machine went away: every process of the job is killed at once. */
  lost?: AbortSignal;
  /** The job's RUNNER_TRACKING_ID, to kill the job's processes when the machine goes away. */
  trackingId: string;
  /** Told the whole output so far, at each chunk of it. */
  onOutput?: (combined: string) => void;
}

/** ProcessInvoker.cs `_sigintTimeout`, `_sigtermTimeout`. */
const SIGINT_WAIT_MS = 7_500;
const SIGTERM_WAIT_MS = 2_500;
/** ProcessInvoker.cs ProcessExitedHandler: how long output pipes held open by leftovers are waited on. */
const PIPES_AFTER_EXIT_MS = 5_000;

/** A fresh RUNNER_TRACKING_ID, as JobExtension.cs:51 makes one per job. */
export const newTrackingId = (): string => `github_${randomUUID()}`;

export function spawnStage(command: string, args: string[], opts: StageProcessOptions): Promise<ProcResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = { stdout: '', stderr: '', combined: '' };
    const flags = { timedOut: false, cancelled: false };
    const timers: NodeJS.Timeout[] = [];
    let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      out.stdout += c;
      out.combined += c;
      opts.onOutput?.(out.combined);
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      out.stderr += c;
      out.combined += c;
      opts.onOutput?.(out.combined);
    });
    const signalProcess = (signal: NodeJS.Signals): void => {
      if (exited || child.pid === undefined) return;
      try {
        process.kill(child.pid, signal);
      } catch {
        // Already gone.
      }
    };
    const interrupt = (): void => {
      signalProcess('SIGINT');
      timers.push(setTimeout(() => signalProcess('SIGTERM'), SIGINT_WAIT_MS));
      timers.push(setTimeout(() => signalProcess('SIGKILL'), SIGINT_WAIT_MS + SIGTERM_WAIT_MS));
    };
    if (opts.timeoutMs !== undefined) {
      timers.push(
        setTimeout(() => {
          flags.timedOut = true;
          interrupt();
        }, opts.timeoutMs),
      );
    }
    const onCancel = (): void => {
      if (opts.cancel?.continues()) return;
      flags.cancelled = true;
      interrupt();
    };
    opts.cancel?.signal.addEventListener('abort', onCancel, { once: true });
    const onLost = (): void => {
      signalProcess('SIGKILL');
      killTracked(opts.trackingId);
    };
    if (opts.lost?.aborted) onLost();
    opts.lost?.addEventListener('abort', onLost, { once: true });
    let settled = false;
    const settle = (): void => {
      if (settled || !exited) return;
      settled = true;
      timers.forEach(clearTimeout);
      opts.cancel?.signal.removeEventListener('abort', onCancel);
      opts.lost?.removeEventListener('abort', onLost);
      child.stdout.destroy();
      child.stderr.destroy();
      resolve({ exitCode: exited.code, signal: exited.signal, ...flags, ...out });
    };
    child.once('error', (error) => {
      timers.forEach(clearTimeout);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      timers.push(setTimeout(settle, PIPES_AFTER_EXIT_MS));
    });
    child.once('close', settle);
  });
}

export interface TrackedProcess {
  pid: number;
  /** /proc/<pid>/comm. */
  command: string;
}

/** Live processes carrying this RUNNER_TRACKING_ID in their environment (Linux /proc, as the runner reads it). */
export function trackedProcesses(trackingId: string): TrackedProcess[] {
  const mark = Buffer.from(`RUNNER_TRACKING_ID=${trackingId}\0`);
  const found: TrackedProcess[] = [];
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    const pid = Number(entry);
    if (pid === process.pid) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Zombies are gone already: they wait only for their parent to reap them.
      if (/^\S+ \(.*\) [ZX] /s.test(stat)) continue;
      if (!readFileSync(`/proc/${entry}/environ`).includes(mark)) continue;
      found.push({ pid, command: readFileSync(`/proc/${entry}/comm`, 'utf8').trim() });
    } catch {
      // Exited meanwhile, or not ours to read.
    }
  }
  return found;
}

/** Kills every process of the job (JobExtension.cs: `proc.Kill()`, SIGKILL) and says which it found. */
export function killTracked(trackingId: string): TrackedProcess[] {
  const found = trackedProcesses(trackingId);
  for (const { pid } of found) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}
