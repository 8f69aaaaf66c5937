/**
 * Runs a command the way a CI step should be run: in its own process group, marked with a cookie in its
 * environment and a limit that `env -i` does not clear, its own process a child subreaper on Linux (every
 * orphan of its tree is reparented to it, not to init), its tree watched while it runs (so a timeout can
 * kill the whole tree: grandchildren, and daemons that left the group with setsid), with output streamed
 * live and the tail kept in a bounded buffer for classification (stdout and stderr through one channel, in
 * the order written: outputChannel below). On timeout: SIGTERM to the tree, then SIGKILL to what is left
 * after a grace period. On a Windows runner: no group, and the tree kill is `taskkill /T /F` through a port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import os from 'node:os';
import type { Readable } from 'node:stream';
import type { Subreaper } from '../core/job-env.js';
import {
  killTree,
  markedCommand,
  PROCESS_COOKIE_ENV,
  ProcessTree,
  type TreeProcess,
} from './process-tree.js';

export {
  groupMembers,
  killTree,
  PROCESS_COOKIE_ENV,
  subreaperLauncher,
  treeMembers,
  type TreeProcess,
} from './process-tree.js';
import { processLayout } from '../core/runner-os.js';
import type { TreeKillPort } from '../ports/process.js';
import { taskkillPort } from './tree-kill.js';
import { openSocketPair, type SocketPair } from '../runner/adapters/socket-pair.js';

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
  /**
   * Receives every chunk as it arrives (the live log). Default: the parent's stdout (stdout and stderr
   * where the command's two pipes stay, on Windows), with backpressure: while the reader of our output
   * lags, the command's output is not read, so the command waits on its writes instead of our memory
   * holding what it wrote.
   */
  onOutput?: (chunk: Buffer) => void;
  /** What makes the command's process a child subreaper (`subreaperLauncher`); default: the first found. */
  subreaper?: Subreaper;
  /** argv[0] as the child sees it (Windows: the quoted program path, as .NET's command line starts). */
  argv0?: string;
  /** Windows: `args` are copied into the command line as they are (the runner's argument string). */
  windowsVerbatimArguments?: boolean;
  /**
   * The runner is Windows (default: this host is): no process group, no /proc; a limit or a cancel ends
   * the tree through `treeKill` (default: `taskkill /T /F /PID`, adapters/tree-kill.ts).
   */
  windows?: boolean;
  treeKill?: TreeKillPort;
  /** Called once the child is spawned (before its output is read), not when spawning it failed. */
  onStarted?: () => void;
}

export interface ProcessResult {
  /** Exit code; undefined when a signal ended the process. */
  exitCode?: number;
  signal?: string;
  timedOut: boolean;
  /** Killed because `abortSignal` fired. */
  aborted: boolean;
  /** The last `maxBufferBytes` of stdout and stderr, interleaved as the command wrote them (one channel). */
  output: string;
  /** Output was longer than the buffer: the head was dropped. */
  truncated: boolean;
  /** Processes of the tree still running after the kill at a timeout or abort (none when all went). */
  survivors?: TreeProcess[];
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
 * Where the command's output comes from: one channel for both streams (outputChannel), or, where
 * none could be made (Windows, below), its two pipes, read in whatever order they are ready.
 */
interface Source {
  stream: Readable;
  /** Where the default live sink writes what it reads. */
  target: 'stdout' | 'stderr';
}

/**
 * Passes the child's output on as it arrives and keeps its tail. Returns the sources not read until our
 * own output drains: with the default sink, a lagging reader of our output holds the command's writes.
 */
function pipeOutput(
  sources: Source[],
  tail: TailBuffer,
  onOutput: RunProcessOptions['onOutput'],
  unterminated: Set<Source['target']>,
): Set<Source> {
  const waiting = new Set<Source>();
  const onData = (source: Source) => (chunk: Buffer) => {
    tail.push(chunk);
    if (onOutput) return onOutput(chunk);
    if (chunk.length > 0) {
      if (chunk[chunk.length - 1] === 10) unterminated.delete(source.target);
      else unterminated.add(source.target);
    }
    const target = source.target === 'stdout' ? process.stdout : process.stderr;
    if (target.write(chunk)) return;
    source.stream.pause();
    waiting.add(source);
    target.once('drain', () => {
      waiting.delete(source);
      source.stream.resume();
    });
  };
  for (const source of sources) source.stream.on('data', onData(source));
  return waiting;
}

/** The time limit and the abort signal, each of which kills the tree once. */
interface Limits {
  timedOut: boolean;
  aborted: boolean;
  /** The kill under way, resolving with the processes that outlived it. */
  killing?: Promise<TreeProcess[]>;
  /** Stops watching (the child ended). */
  release(): void;
}

/** How often a running command's tree is read, to remember daemons that leave it (setsid, env -i). */
const TREE_WATCH_MS = 1000;

function watchLimits(
  child: ChildProcess,
  options: RunProcessOptions,
  cookie: string,
  lockMark?: number,
): Limits {
  const { timeoutMs, killGraceMs = 5000, abortSignal } = options;
  const limits: Limits = { timedOut: false, aborted: false, release: () => undefined };
  const windows = options.windows ?? process.platform === 'win32';
  const tree = child.pid !== undefined && !windows ? new ProcessTree(child.pid, cookie, lockMark) : undefined;
  // Only a command we may have to kill is watched: one read of /proc costs ~3 ms for 120 processes.
  const watch =
    tree && (timeoutMs !== undefined || abortSignal)
      ? setInterval(() => tree.scan(), TREE_WATCH_MS)
      : undefined;
  watch?.unref();
  const kill = (): void => {
    if (watch) clearInterval(watch);
    if (child.pid === undefined || limits.killing) return;
    // Windows: no group to signal and no /proc to read; taskkill walks the tree by parent ids. Whatever
    // it could not end is not known here: none is reported.
    limits.killing = windows
      ? (options.treeKill ?? taskkillPort).killTree(child.pid).then(
          () => [],
          () => [],
        )
      : killTree(child.pid, killGraceMs, cookie, tree);
  };
  const timer =
    timeoutMs !== undefined
      ? setTimeout(() => {
          limits.timedOut = true;
          kill();
        }, timeoutMs)
      : undefined;
  const onAbort = (): void => {
    limits.aborted = true;
    kill();
  };
  if (abortSignal?.aborted) onAbort();
  else abortSignal?.addEventListener('abort', onAbort, { once: true });
  limits.release = () => {
    if (watch) clearInterval(watch);
    if (timer) clearTimeout(timer);
    abortSignal?.removeEventListener('abort', onAbort);
  };
  return limits;
}

/**
 * Calls `done` once the command's output closed after its exit. A background process left by the command
 * may hold it open: don't wait on it for long; but output we have not passed on yet (our reader lags) is
 * the command's last words: wait for it.
 */
function afterOutput(
  sources: Source[],
  closed: Promise<unknown>,
  waiting: Set<Source>,
  done: () => void,
): void {
  let over = false;
  const end = (): void => {
    if (over) return;
    over = true;
    clearTimeout(drain);
    done();
  };
  const giveUp = (): void => {
    if (waiting.size > 0) {
      drain = setTimeout(giveUp, 500);
      return;
    }
    for (const source of sources) source.stream.destroy();
    end();
  };
  let drain = setTimeout(giveUp, 500);
  void closed.then(end);
}

/** The working directory a command was to start in does not exist (spawn says only ENOENT). */
export const NO_CWD = 'ENOCWD';

function missingCwd(cwd: string | undefined): NodeJS.ErrnoException | undefined {
  if (cwd === undefined) return undefined;
  try {
    if (statSync(cwd).isDirectory()) return undefined;
  } catch {
    // missing or unreadable: said below
  }
  return Object.assign(new Error(`the working directory ${cwd} does not exist or is not a directory`), {
    code: NO_CWD,
    path: cwd,
  });
}

/**
 * The child's stdio where this host can: one channel for stdout and stderr, as `2>&1` gives (a socket pair,
 * the child's end its fd 1 and 2), so the kernel keeps the order the command wrote in, however late we read.
 * Two pipes do not: what we read first is what the event loop happened to see first, so a loaded reader
 * could put a test's result (stdout) before cargo's `Running <target>` (stderr) that named its target. Not
 * on Windows: a socket of ours there is an overlapped named pipe, which a child writing its stdio
 * synchronously must not be given (Node's `overlapped` stdio); there the two pipes stay.
 */
async function outputChannel(): Promise<SocketPair | undefined> {
  if (process.platform === 'win32') return undefined;
  // a channel that cannot be made (no writable temp dir): the two pipes, as before
  return openSocketPair(os.tmpdir()).catch(() => undefined);
}

/** The sources of the child's output, and a promise that settles once every one has closed. */
function outputSources(
  child: ChildProcess,
  channel: SocketPair | undefined,
): { sources: Source[]; closed: Promise<unknown> } {
  const sources: Source[] = channel
    ? [{ stream: channel.ours, target: 'stdout' }]
    : [
        { stream: child.stdout!, target: 'stdout' },
        { stream: child.stderr!, target: 'stderr' },
      ];
  const closed = Promise.all(
    sources.map((s) => new Promise<void>((resolve) => s.stream.once('close', () => resolve()))),
  );
  // An error reading ends the output as its end does (it is closed next): what was read is kept, and the
  // command's own end says how it went.
  for (const s of sources) s.stream.on('error', () => undefined);
  return { sources, closed };
}

/** Spawns the marked command with the channel (or two pipes) as its stdout and stderr. */
function spawnChild(
  command: ReturnType<typeof markedCommand>,
  options: RunProcessOptions,
  detached: boolean,
  channel: SocketPair | undefined,
): ChildProcess {
  return spawn(command.file, command.args, {
    cwd: options.cwd,
    env: command.env,
    // On Windows, detached means a new console, and there is no group to signal (core/runner-os.ts).
    detached,
    stdio: channel ? ['ignore', channel.childEnd, channel.childEnd] : ['ignore', 'pipe', 'pipe'],
    ...(options.argv0 !== undefined ? { argv0: options.argv0 } : {}),
    ...(options.windowsVerbatimArguments ? { windowsVerbatimArguments: true } : {}),
  });
}

export async function runProcess(options: RunProcessOptions): Promise<ProcessResult> {
  const noCwd = missingCwd(options.cwd);
  if (noCwd) throw noCwd;
  const tail = new TailBuffer(options.maxBufferBytes ?? 2 * 1024 * 1024);
  const channel = await outputChannel();
  const started = Date.now();
  return new Promise((resolve, reject) => {
    // detached: the child leads a new process group (setsid), so -pid reaches what stays in it; the
    // cookie reaches what leaves it.
    const cookie = randomUUID();
    const env = { ...(options.env ?? process.env), [PROCESS_COOKIE_ENV]: cookie };
    const layout = processLayout(options.windows ?? process.platform === 'win32');
    const command: ReturnType<typeof markedCommand> =
      layout.treeKill === 'taskkill'
        ? { file: options.file, args: options.args, env }
        : markedCommand(options.file, options.args, env, options.subreaper);
    let child: ChildProcess;
    try {
      child = spawnChild(command, options, layout.detached, channel);
    } catch (error) {
      channel?.ours.destroy();
      channel?.childEnd.destroy();
      throw error;
    }
    // The child has its copies of the channel's end: ours would hold the reader open after the child's close.
    channel?.childEnd.destroy();
    // A pid: the program exists and is running (an exec that failed has none, and 'error' follows).
    if (child.pid !== undefined) options.onStarted?.();
    const { sources, closed } = outputSources(child, channel);
    const unterminated = new Set<Source['target']>();
    const waiting = pipeOutput(sources, tail, options.onOutput, unterminated);
    const limits = watchLimits(child, options, cookie, command.lockMark);
    let settled = false;
    const finish = (exitCode: number | null, signal: NodeJS.Signals | null): void => {
      if (settled) return;
      settled = true;
      limits.release();
      // The command's last line had no newline: end it, so our next line (a log line, a workflow command
      // such as ::error::) starts a line of its own instead of being glued to it, and lost as a command.
      for (const stream of unterminated) (stream === 'stdout' ? process.stdout : process.stderr).write('\n');
      const result: ProcessResult = {
        timedOut: limits.timedOut,
        aborted: limits.aborted,
        output: tail.text(),
        truncated: tail.truncated,
        pid: child.pid ?? -1,
        durationMs: Date.now() - started,
        ...(exitCode !== null ? { exitCode } : {}),
        ...(signal !== null ? { signal } : {}),
      };
      // After a timeout, resolve only once no process of the tree is left (or with those that are).
      void (limits.killing ?? Promise.resolve([])).then((survivors) =>
        resolve(survivors.length > 0 ? { ...result, survivors } : result),
      );
    };
    child.on('error', (error) => {
      limits.release();
      settled = true;
      for (const source of sources) source.stream.destroy();
      reject(error);
    });
    child.on('exit', (exitCode, signal) =>
      afterOutput(sources, closed, waiting, () => finish(exitCode, signal)),
    );
  });
}
