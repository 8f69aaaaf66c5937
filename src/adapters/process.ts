/**
 * Runs a command the way a CI step should be run: in its own process group (so a timeout can kill the
 * whole tree, grandchildren included), with output streamed live and the tail kept in a bounded buffer for
 * classification. On timeout: SIGTERM to the group, then SIGKILL to the group after a grace period.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RunProcessOptions {
  file: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the process group after this long; undefined = no limit. */
  timeoutMs?: number;
  /** Between SIGTERM and SIGKILL. */
  killGraceMs?: number;
  /** Bytes of output kept (the tail). */
  maxBufferBytes?: number;
  /** Aborting kills the process group like a timeout does (the step was cancelled). */
  abortSignal?: AbortSignal;
  /** Receives every chunk as it arrives (the live log). Default: the parent's stdout/stderr. */
  onOutput?: (chunk: Buffer, stream: 'stdout' | 'stderr') => void;
}

export interface ProcessResult {
  /** Exit code; undefined when a signal ended the process. */
  exitCode?: number;
  signal?: string;
  timedOut: boolean;
  /** Killed because `abortSignal` fired. */
  aborted: boolean;
  /** The last `maxBufferBytes` of stdout and stderr, interleaved as they arrived. */
  output: string;
  /** Output was longer than the buffer: the head was dropped. */
  truncated: boolean;
  pid: number;
  durationMs: number;
}

/** Keeps the last `limit` bytes of a stream of chunks. */
export class TailBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  private dropped = false;
  constructor(private readonly limit: number) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > this.limit && this.chunks.length > 0) {
      const head = this.chunks[0]!;
      const excess = this.size - this.limit;
      this.dropped = true;
      if (head.length <= excess) {
        this.chunks.shift();
        this.size -= head.length;
      } else {
        this.chunks[0] = head.subarray(excess);
        this.size -= excess;
      }
    }
  }

  get truncated(): boolean {
    return this.dropped;
  }

  /** The kept text; when the head was dropped, the first (partial) line is dropped too. */
  text(): string {
    const text = Buffer.concat(this.chunks).toString('utf8');
    if (!this.dropped) return text;
    const newline = text.indexOf('\n');
    return newline === -1 ? text : text.slice(newline + 1);
  }
}

/**
 * Live (non-zombie) processes of a process group, from /proc; undefined where /proc is not available.
 * Zombies count as gone: they run nothing, and under a PID 1 that never reaps (some containers) they stay.
 */
export function groupMembers(pgid: number): number[] | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return undefined;
  }
  const members: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // "pid (comm) state ppid pgrp ...": comm may contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X') members.push(Number(entry));
  }
  return members;
}

/** Is any process of the group still running? */
export function groupAlive(pgid: number): boolean {
  const members = groupMembers(pgid);
  if (members) return members.length > 0;
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

/** SIGTERM the group, wait up to `graceMs` for it to go, then SIGKILL it. Resolves when none is left. */
export async function killGroup(pgid: number, graceMs: number): Promise<void> {
  signalGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await sleep(50);
  if (groupAlive(pgid)) {
    signalGroup(pgid, 'SIGKILL');
    const hardDeadline = Date.now() + 5000;
    while (groupAlive(pgid) && Date.now() < hardDeadline) await sleep(20);
  }
}

const defaultOutput = (chunk: Buffer, stream: 'stdout' | 'stderr'): void => {
  (stream === 'stdout' ? process.stdout : process.stderr).write(chunk);
};

export function runProcess(options: RunProcessOptions): Promise<ProcessResult> {
  const {
    timeoutMs,
    killGraceMs = 5000,
    maxBufferBytes = 2 * 1024 * 1024,
    onOutput = defaultOutput,
  } = options;
  const started = Date.now();
  const tail = new TailBuffer(maxBufferBytes);
  return new Promise((resolve, reject) => {
    // detached: the child leads a new process group (setsid), so -pid reaches its whole tree.
    const child = spawn(options.file, options.args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let timedOut = false;
    let killing: Promise<void> | undefined;
    let settled = false;
    const onData = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      tail.push(chunk);
      onOutput(chunk, stream);
    };
    child.stdout.on('data', onData('stdout'));
    child.stderr.on('data', onData('stderr'));
    let aborted = false;
    const kill = (): void => {
      if (child.pid !== undefined && !killing) killing = killGroup(child.pid, killGraceMs);
    };
    const timer =
      timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true;
            kill();
          }, timeoutMs)
        : undefined;
    const onAbort = (): void => {
      aborted = true;
      kill();
    };
    if (options.abortSignal?.aborted) onAbort();
    else options.abortSignal?.addEventListener('abort', onAbort, { once: true });

    const finish = (exitCode: number | null, signal: NodeJS.Signals | null): void => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      options.abortSignal?.removeEventListener('abort', onAbort);
      const result: ProcessResult = {
        timedOut,
        aborted,
        output: tail.text(),
        truncated: tail.truncated,
        pid: child.pid ?? -1,
        durationMs: Date.now() - started,
        ...(exitCode !== null ? { exitCode } : {}),
        ...(signal !== null ? { signal } : {}),
      };
      // After a timeout, resolve only once no process of the group is left.
      void (killing ?? Promise.resolve()).then(() => resolve(result));
    };

    child.on('error', (error) => {
      if (timer) clearTimeout(timer);
      options.abortSignal?.removeEventListener('abort', onAbort);
      settled = true;
      reject(error);
    });
    child.on('exit', (exitCode, signal) => {
      // A background process left by the command may hold the pipes open: don't wait on it for long.
      const drain = setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
        finish(exitCode, signal);
      }, 500);
      child.once('close', () => {
        clearTimeout(drain);
        finish(exitCode, signal);
      });
    });
  });
}
