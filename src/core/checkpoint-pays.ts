/**
 * Whether a `run/` stage's checkpoint can pay for itself (config `checkpoint.when: pays`, the default). A
 * checkpoint costs every green job; it gains only when a resume starts from it, and then it skips the
 * stages completed before it, less those the job's last checkpoint already lets a resume skip (without this
 * one, a resume starts from that one). So it is taken when that work is at least PAYS_FACTOR times what the
 * checkpoint costs, each timed from this job (the stage ledger, the durations a resumed checkpoint
 * recorded) or, for the cost with no checkpoint of this job timed yet, estimated from the paths' size.
 * Pure: the figures come in, the verdict and its one log line go out.
 */
import { inert } from './text.js';

export const CHECKPOINT_WHEN = ['pays', 'always'] as const;
export type CheckpointWhen = (typeof CHECKPOINT_WHEN)[number];

/**
 * Three times the cost: a resume pays the save back once, then its own restore, which measures at
 * 0.9-1.7x the save (bench:checkpoint, issue 67), and a third for the noise of timing on a shared
 * machine. Below that, a lost runner is better served by running the stages again.
 */
export const PAYS_FACTOR = 3;

/** What the estimate takes a checkpoint to cost, per byte and per file, with a floor for the store. */
export const ESTIMATE = {
  /** Bytes a second of a path packed with tar and zstd -3, which the stage waits for (vercel/ms: ~100 MB/s). */
  packedBytesPerSecond: 100e6,
  /** Bytes a second of a keyed path compared by content with its entry (sha256, about a second a GB). */
  keyedBytesPerSecond: 1e9,
  /** A file's lstat, open and tar header. */
  msPerFile: 0.05,
  /** Loading the engine and the store's round trips, whatever the size. */
  fixedMs: 200,
} as const;

/** The paths' size, as an adapter measured it (it stops once the cost passes the budget: `partial`). */
export interface PathsSize {
  bytes: number;
  /** Of `bytes`, those under keyed paths (config checkpoint.keyed): compared, not packed, once published. */
  keyedBytes: number;
  files: number;
  /** The walk stopped at its budget: the size is at least this. */
  partial?: boolean;
  /** It stopped at its cap of entries or of time, still under the budget: at least this, maybe much more. */
  capped?: boolean;
  /** Why no size could be had (a glob among the paths): the cost is unknown. */
  unknown?: string;
}

/** A checkpoint's cost: measured in this job (the last one taken), or estimated from the size. */
export type CheckpointCost =
  | { from: 'measured'; ms: number; bytes?: number; stage: string }
  | { from: 'estimate'; ms: number; size: PathsSize };

export interface PaysFacts {
  stage: string;
  /** The stages completed in the job before it, in the order they completed. */
  completed: readonly string[];
  /**
   * The job's last checkpoint a resume can start from, if any: its stage and the completed stages it holds.
   * A resume without this checkpoint starts from that one, so this one gains only the stages it does not
   * hold. By what it holds, not by where its stage is in `completed`: a stage that started beside it (a
   * background step) may be listed before it, yet a resume from it runs that stage again.
   */
  since?: { stage: string; holds: readonly string[] };
  /** Their durations (ms) when they ran, from this job or the attempt a resume restored. */
  durations: Readonly<Record<string, number>>;
  /** Undefined: not known (nothing measured, and no size to estimate from). */
  cost?: CheckpointCost;
}

export interface PaysVerdict {
  take: boolean;
  /** The work a resume from it skips (timed stages only). */
  skipMs: number;
  /** The one line the step's log says, inert. */
  line: string;
}

/** The estimated cost of checkpointing paths of this size (see ESTIMATE). */
export function estimateCostMs(size: Pick<PathsSize, 'bytes' | 'keyedBytes' | 'files'>): number {
  const packed = Math.max(0, size.bytes - size.keyedBytes);
  return (
    ESTIMATE.fixedMs +
    (packed / ESTIMATE.packedBytesPerSecond) * 1000 +
    (size.keyedBytes / ESTIMATE.keyedBytesPerSecond) * 1000 +
    size.files * ESTIMATE.msPerFile
  );
}

/**
 * The stages a resume from this checkpoint skips that it would not skip without it: those the job's last
 * checkpoint does not hold, and its own stage (a second step of a name it holds ran after it), else all.
 */
export function stagesGained(facts: Pick<PaysFacts, 'completed' | 'since'>): readonly string[] {
  const { since } = facts;
  if (!since) return facts.completed;
  return facts.completed.filter((s) => s === since.stage || !since.holds.includes(s));
}

/** The work this checkpoint lets a resume skip (stagesGained): the timed durations, and those not timed. */
export function workSkipped(facts: Pick<PaysFacts, 'completed' | 'durations' | 'since'>): {
  ms: number;
  untimed: string[];
} {
  let ms = 0;
  const untimed: string[] = [];
  for (const stage of stagesGained(facts)) {
    const d = facts.durations[stage];
    if (d === undefined || !Number.isFinite(d) || d < 0) untimed.push(stage);
    else ms += d;
  }
  return { ms, untimed };
}

/** The cost past which a checkpoint cannot pay: a size walk may stop there. */
export const costBudgetMs = (skipMs: number): number => skipMs / PAYS_FACTOR;

const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

/** `1.0 GB`, `216.6 MB`, `64 KB`, `22 B`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${Math.round(bytes / 1e3)} KB`;
  return `${Math.round(bytes)} B`;
}

function describeCost(cost: CheckpointCost): string {
  if (cost.from === 'measured')
    return `${seconds(cost.ms)} (what the checkpoint before '${inert(cost.stage)}' cost this job${cost.bytes !== undefined ? `, ${formatBytes(cost.bytes)}` : ''})`;
  const { size } = cost;
  const keyed = size.keyedBytes > 0 ? `, ${formatBytes(size.keyedBytes)} of it keyed` : '';
  const atLeast = size.partial ? 'at least ' : '';
  return `${atLeast}${seconds(cost.ms)} (estimated from the paths' ${atLeast}${formatBytes(size.bytes)} in ${size.files} files${keyed}: no checkpoint of this job timed yet)`;
}

/** Decides, and says why in one line. `always` takes every checkpoint, as before `pays` existed. */
export function checkpointPays(facts: PaysFacts, when: CheckpointWhen = 'pays'): PaysVerdict {
  const head = `ci-recovery: checkpoint before stage '${inert(facts.stage)}'`;
  const { ms: skipMs, untimed } = workSkipped(facts);
  const gained = stagesGained(facts);
  const timed = gained
    .filter((s) => !untimed.includes(s))
    .slice(0, 10)
    .map((s) => `${inert(s)} ${seconds(facts.durations[s]!)}`);
  // Said only when it leaves stages out: the earlier checkpoint already skips those.
  const beyond =
    gained.length < facts.completed.length
      ? ` more than the checkpoint before '${inert(facts.since!.stage)}' does`
      : '';
  const skips = `a resume from it skips ${seconds(skipMs)} of work${beyond}${timed.length ? ` (${timed.join(', ')})` : ''}`;
  if (when === 'always') return { take: true, skipMs, line: `${head} taken: checkpoint.when is 'always'.` };
  if (facts.completed.length === 0)
    return {
      take: false,
      skipMs,
      line: `${head} skipped: no stage completed before it, so a resume from it would skip no work.`,
    };
  if (untimed.length > 0)
    return {
      take: true,
      skipMs,
      line: `${head} taken: stage(s) ${untimed
        .slice(0, 10)
        .map((s) => `'${inert(s)}'`)
        .join(', ')} not timed, so whether it pays cannot be told; ${skips}.`,
    };
  if (!facts.cost || (facts.cost.from === 'estimate' && facts.cost.size.unknown))
    return {
      take: true,
      skipMs,
      line: `${head} taken: its cost is not known${facts.cost?.from === 'estimate' ? ` (${inert(facts.cost.size.unknown!)})` : ''}; ${skips}.`,
    };
  const ratio = skipMs / Math.max(1, facts.cost.ms);
  if (facts.cost.from === 'estimate' && facts.cost.size.capped && ratio >= PAYS_FACTOR)
    return {
      take: true,
      skipMs,
      line: `${head} taken: ${skips}, and its cost is ${describeCost(facts.cost)}; the walk stops at ${facts.cost.size.files} files, so whether it pays cannot be told.`,
    };
  const take = ratio >= PAYS_FACTOR;
  const verdict = `${take ? 'taken' : 'skipped'}: ${skips}, ${ratio.toFixed(1)}x its cost of ${describeCost(facts.cost)}; taken from ${PAYS_FACTOR}x (checkpoint.when: always takes every one)`;
  return { take, skipMs, line: `${head} ${verdict}.` };
}
