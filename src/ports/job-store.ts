/**
 * What the root action keeps beyond the job: the branch's ledger (a cache), the recovery plan (an
 * artifact), and main's resume from the checkpoints of an earlier attempt. The checkpoint store itself is
 * checkpoint/ports/store.ts; main needs only the narrow `ResumePort`. adapters/job-ports.ts loads the real services
 * lazily; the recording implementations keep everything in memory. None of these throws for a service
 * that is down: the real ones warn and carry on.
 */
import { emptyLedger, type Ledger } from '../core/ledger.js';
import type { RecoveryPlan } from '../core/plan-artifact.js';
import type { NamedByRun, TrustedCheckpoints } from '../checkpoint/index.js';
import { emptyTestHistory, type TestHistory } from '../core/test-history.js';
import type { DroppedCheckpoints } from '../checkpoint/index.js';

export interface LedgerPlace {
  branch: string;
  runId: number | string;
  attempt: number;
  job?: string;
}

/** A ledger found under a key that rules out that the green pass asked about would be recorded: not downloaded. */
export interface LedgerLeftUnread {
  leftUnread: true;
  /** Downloads it after all (never throws: undefined where it could not be read, as `restoreLedger`). */
  read(): Promise<Ledger | undefined>;
}

/** Where the flaky-test history is kept: the job's branch, and the default branch a PR reads too. */
export interface TestHistoryPlace {
  branch: string;
  /** The default branch, read too when the job's branch is another. */
  base?: string;
  runId: number | string;
  attempt: number;
  job: string;
}

/** The flaky-test history: loaded once per job (main), found again by post, saved by post when it changed. */
export interface TestHistoryStore {
  /** The job's history (left by main, else restored), merged with the default branch's; empty if none. */
  loadTestHistory(place: TestHistoryPlace): Promise<TestHistory>;
  /** Saves the branch's history; skipped with one line when the cache may only be read. */
  saveTestHistory(history: TestHistory, place: TestHistoryPlace): Promise<void>;
}

export interface JobStorePort extends TestHistoryStore {
  /**
   * The branch's newest ledger, an empty one when none is kept yet, or undefined when it could not be read
   * (then this store saves no ledger: an empty one saved would bury the branch's history). `greenPass`: the
   * job and commit of a green job's ledger entry; a ledger whose key rules out that it would be recorded
   * (core/ledger.ts `keyRulesOutPass`) is found but not downloaded, unless its `read` is called.
   */
  restoreLedger(
    place: LedgerPlace,
    options?: { greenPass?: { job: string; sha: string } },
  ): Promise<Ledger | LedgerLeftUnread | undefined>;
  saveLedger(ledger: Ledger, place: LedgerPlace): Promise<void>;
  /** Uploads the plan for the supervisor. */
  uploadPlan(plan: RecoveryPlan): Promise<void>;
  /**
   * Starts loading what uploadPlan needs (the engine's artifact uploader and its HTTP client) while
   * the phase waits on its first reads; optional, never throws.
   */
  preparePlan?(): void;
  /**
   * Deletes this job attempt's checkpoints `ids` from the run's artifacts (checkpoint/core/green-cleanup.ts
   * chooses the objects): only the artifacts of the current attempt can be reached. Never throws: what the
   * service refused or failed is counted as kept, with why.
   */
  dropCheckpoints(
    ids: readonly string[],
    place: { job: string; attempt: number },
  ): Promise<DroppedCheckpoints>;
}

export interface PreviousAttempts {
  runId: string;
  /** The current attempt; checkpoints of the attempts before it are candidates. */
  attempt: number;
  /** The job's identity (its matrix leg's, in a matrix). */
  job: string;
}

export interface Resumed {
  resumed: boolean;
  /** Id of the checkpoint restored. */
  resumeFrom?: string;
  /** The store it came from (its spec). */
  store?: string;
  completedStages: string[];
  /** How long those stages took in the attempt that completed them (stage -> ms), from its manifest. */
  stageDurations?: Record<string, number>;
  /** What the checkpoint restored cost to save (its manifest's whole save, ms) and its archive's bytes. */
  cost?: { ms: number; bytes: number };
}

export interface ResumePort {
  /** Why restoring now would be wasted (no checkout yet, another repository); undefined when it is not. */
  checkoutProblem(): Promise<string | undefined>;
  /**
   * The checkpoints the earlier attempts of this job recorded (the run's artifacts), or why that cannot
   * be known (no token, no artifact service): then nothing is resumed from.
   */
  namedCheckpoints(previous: PreviousAttempts): Promise<NamedByRun>;
  /**
   * Restores the newest good checkpoint of an earlier attempt that `trusted` names with its manifest's
   * digest; throws when the store cannot be read.
   */
  resume(previous: PreviousAttempts, trusted: TrustedCheckpoints): Promise<Resumed>;
}

export class RecordingJobStore implements JobStorePort {
  readonly plans: RecoveryPlan[] = [];
  readonly saved: { ledger: Ledger; place: LedgerPlace }[] = [];
  readonly restored: LedgerPlace[] = [];
  readonly testHistoryLoads: TestHistoryPlace[] = [];
  readonly testHistorySaves: { history: TestHistory; place: TestHistoryPlace }[] = [];
  readonly dropped: { ids: string[]; place: { job: string; attempt: number } }[] = [];
  constructor(
    private readonly ledger?: Ledger,
    private readonly testHistory?: TestHistory,
    /** What each drop answers (default: every id's two objects deleted). */
    private readonly dropAnswer?: (ids: readonly string[]) => DroppedCheckpoints,
  ) {}
  dropCheckpoints(
    ids: readonly string[],
    place: { job: string; attempt: number },
  ): Promise<DroppedCheckpoints> {
    this.dropped.push({ ids: [...ids], place });
    return Promise.resolve(this.dropAnswer?.(ids) ?? { deleted: ids.length * 2, bytes: 0, kept: 0 });
  }
  loadTestHistory(place: TestHistoryPlace): Promise<TestHistory> {
    this.testHistoryLoads.push(place);
    return Promise.resolve(this.testHistory ?? emptyTestHistory(place.branch));
  }
  saveTestHistory(history: TestHistory, place: TestHistoryPlace): Promise<void> {
    this.testHistorySaves.push({ history, place });
    return Promise.resolve();
  }
  /** Never leaves one unread (phase-post's own store does, by key). */
  restoreLedger(place: LedgerPlace): Promise<Ledger | LedgerLeftUnread | undefined> {
    this.restored.push(place);
    return Promise.resolve(this.ledger ?? emptyLedger(place.branch));
  }
  saveLedger(ledger: Ledger, place: LedgerPlace): Promise<void> {
    this.saved.push({ ledger, place });
    return Promise.resolve();
  }
  uploadPlan(plan: RecoveryPlan): Promise<void> {
    this.plans.push(plan);
    return Promise.resolve();
  }
}

/**
 * `named`: what the run's records say (default: they name every checkpoint, an empty map standing for
 * "readable"); `resumed`: what the resume answers. `trustedBy` keeps what each resume was handed.
 */
export class RecordingResume implements ResumePort {
  readonly asked: PreviousAttempts[] = [];
  readonly trustedBy: TrustedCheckpoints[] = [];
  constructor(private readonly answer: { problem?: string; resumed?: Resumed; named?: NamedByRun } = {}) {}
  checkoutProblem(): Promise<string | undefined> {
    return Promise.resolve(this.answer.problem);
  }
  namedCheckpoints(_previous: PreviousAttempts): Promise<NamedByRun> {
    return Promise.resolve(this.answer.named ?? { trusted: new Map() });
  }
  resume(previous: PreviousAttempts, trusted: TrustedCheckpoints): Promise<Resumed> {
    this.asked.push(previous);
    this.trustedBy.push(trusted);
    return Promise.resolve(this.answer.resumed ?? { resumed: false, completedStages: [] });
  }
}
