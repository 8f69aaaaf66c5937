/**
 * A stall watchdog for a checkpoint store's network calls. A store that accepts a connection and never
 * answers would otherwise hold a step for the HTTP client's 3 minutes per request, times its retries.
 * Progress (an answer, a chunk sent or received) keeps a call alive, so a large checkpoint on a slow
 * network is never cut off; silence for `stallMs` while a call waits gives the whole store up: every
 * request is aborted for real (the Azure calls through their AbortSignal, the HTTP clients by destroying
 * their sockets), and every later call fails at once with the same reason.
 */
import type { JobEnv } from '../../core/job-env.js';
import { NotFoundError } from '../ports/store-errors.js';

/** What a transfer needs of a guard: a signal to stop on, and a way to say it made progress. */
export interface TransferGuard {
  readonly signal: AbortSignal;
  /** The call made progress (an answer, bytes moved). */
  touch(): void;
  /** Runs `dispose` (ends an HTTP client's sockets) if the store is given up; returns the release. */
  track(dispose: () => void): () => void;
}

/** For transfers outside any store (a test, the CLI's one-off calls): never gives up. */
export const UNGUARDED: TransferGuard = {
  signal: new AbortController().signal,
  touch: () => undefined,
  track: () => () => undefined,
};

/** Default: one minute without a byte or an answer. */
export const DEFAULT_STALL_MS = 60_000;

/** The stall limit the job set (CI_RECOVERY_STORE_STALL_SECONDS), else the default. */
export function stallMsOf(env: Pick<JobEnv, 'storeStallSeconds'>): number {
  return env.storeStallSeconds ? env.storeStallSeconds * 1000 : DEFAULT_STALL_MS;
}

/** The artifact service's stall watchdog, at the job's limit. */
export function artifactServiceGuard(env: Pick<JobEnv, 'storeStallSeconds'>): StoreGuard {
  return new StoreGuard('the artifact service', stallMsOf(env));
}

/**
 * The store answered nothing for too long. A miss as far as a restore is concerned (nothing was found
 * that could be used, the workspace is untouched); a checkpoint warns and the job goes on.
 */
export class StoreStalledError extends NotFoundError {
  override name = 'StoreStalledError';
}

/**
 * A watchdog check this much later than its interval means this process did not run meanwhile (a loaded
 * runner, a long synchronous stretch): what the store sent in that time is still unread, so the time is not
 * the store's silence. Up to one stall limit of it is forgiven per silence.
 */
const STARVED_MS = 100;

/** Stores given up on in this process: their sockets are gone, but the entry point ends the process anyway. */
export const stalledStores: string[] = [];

export class StoreGuard implements TransferGuard {
  private readonly controller = new AbortController();
  private readonly disposers = new Set<() => void>();
  private busy = 0;
  private last: number;
  private timer: NodeJS.Timeout | undefined;
  private lastCheck = 0;
  /** Starved time taken off the current silence (reset by progress). */
  private forgiven = 0;
  /** A wall-clock end (the phase's budget), past which a call waiting on the store gives it up too. */
  private end: { at: number; reason: string } | undefined;

  constructor(
    readonly what: string,
    readonly stallMs: number = DEFAULT_STALL_MS,
    private readonly now: () => number = Date.now,
  ) {
    this.last = now();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  touch(): void {
    this.last = this.now();
    this.forgiven = 0;
  }

  /**
   * Gives the store up at `at` (ms since the epoch) even while it makes progress, with `reason`. Only a
   * call waiting on the store is cut: a restore places files after every download, so it is never cut
   * half-way through the workspace.
   */
  endBy(at: number, reason: string): this {
    this.end = { at, reason };
    return this;
  }

  track(dispose: () => void): () => void {
    if (this.signal.aborted) dispose();
    this.disposers.add(dispose);
    return () => void this.disposers.delete(dispose);
  }

  /**
   * `call` under watch. Given up, it rejects with the reason at once, even if `call` cannot be cancelled
   * (then it is abandoned; `stalledStores` tells the entry point to end the process).
   */
  async during<T>(call: () => Promise<T>): Promise<T> {
    const release = this.hold();
    let onAbort: (() => void) | undefined;
    const givenUp = new Promise<never>((_, reject) => {
      onAbort = () => reject(this.signal.reason as Error);
      this.signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([call(), givenUp]);
    } catch (error) {
      throw this.signal.aborted ? (this.signal.reason as Error) : error;
    } finally {
      if (onAbort) this.signal.removeEventListener('abort', onAbort);
      release();
    }
  }

  /** Watches from now until the release is called (a download stream, until it closes). */
  hold(): () => void {
    if (this.end && this.now() >= this.end.at) this.giveUp(this.end.reason);
    if (this.signal.aborted) throw this.signal.reason as Error;
    this.busy++;
    this.touch();
    if (!this.timer) {
      // Unref'd: the watchdog alone never keeps the process alive; a hung socket does, and then it fires.
      const every = Math.min(1000, Math.max(50, this.stallMs / 4));
      this.lastCheck = this.now();
      this.timer = setInterval(() => this.check(every), every);
      this.timer.unref();
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.busy === 0) this.stop();
    };
  }

  private check(every: number): void {
    const now = this.now();
    const late = now - this.lastCheck - every;
    this.lastCheck = now;
    if (this.busy === 0) return;
    if (late > STARVED_MS && this.forgiven < this.stallMs) {
      const forgive = Math.min(late, this.stallMs - this.forgiven);
      this.forgiven += forgive;
      this.last += forgive;
    }
    const seconds = Math.round(this.stallMs / 100) / 10;
    if (this.now() - this.last >= this.stallMs)
      this.giveUp(
        `${this.what} answered nothing for ${seconds} s, so the checkpoint store was given up (CI_RECOVERY_STORE_STALL_SECONDS sets this limit)`,
      );
    else if (this.end && this.now() >= this.end.at) this.giveUp(this.end.reason);
  }

  private giveUp(reason: string): void {
    if (this.signal.aborted) return;
    stalledStores.push(this.what);
    this.controller.abort(new StoreStalledError(reason));
    for (const dispose of this.disposers) dispose();
    this.disposers.clear();
    this.stop();
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

/**
 * After a step: a store given up may still hold a socket (a call that could not be cancelled), and with
 * it this process, which the runner waits for. Everything the step had to say is written; end here.
 */
export function endIfStoreGaveUp(): void {
  if (stalledStores.length > 0) process.exit(process.exitCode ?? 0);
}
