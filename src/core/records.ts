/**
 * The action's own records of what its steps did, written by `run/` (and the checkpoint/restore steps)
 * into `$RUNNER_TEMP/ci-recovery/records/` and read by the post phase. Post trusts these first, because
 * job logs cannot be read while the job runs.
 */
import type { Classification } from './types.js';
import type { Decision } from './policy.js';
import type { TestOutcome } from './test-identity.js';

export interface AttemptRecord {
  attempt: number;
  /** ISO time the attempt started. */
  startedAt: string;
  durationMs: number;
  exitCode?: number;
  signal?: string;
  timedOut?: boolean;
  classification?: Classification;
}

export interface StepRecord {
  kind: 'run' | 'checkpoint' | 'restore';
  /** Human name of the step (the stage, or the first line of the command). */
  step: string;
  stage?: string;
  startedAt: string;
  completedAt: string;
  outcome: 'success' | 'failure' | 'skipped';
  attempts: AttemptRecord[];
  classification?: Classification;
  decision?: Decision;
  checkpointId?: string;
  /** Hex sha256 of that checkpoint's manifest as stored, when this step saved it (checkpoint/core/trust.ts). */
  checkpointDigest?: string;
  /** What that checkpoint cost the step (ms waited on it) and the bytes it stored (a `run/` step's). */
  checkpointMs?: number;
  checkpointBytes?: number;
  outputs?: Record<string, string>;
  /**
   * A checkpoint or restore step that did not do its work but only warned (the default: recording never
   * fails the job) says `false`: its `failure` outcome is ours, not the job's.
   */
  stepFailed?: boolean;
  /** What the step learnt of each test it could name (core/test-identity.ts); post feeds the flaky history. */
  tests?: TestOutcome[];
}

/** Directory of the records under RUNNER_TEMP. */
export const RECORDS_SUBDIR = 'ci-recovery/records';

/** `<epoch-ms>-<stage>.json`, with the stage made safe for a file name. */
export function recordFileName(
  record: Pick<StepRecord, 'stage' | 'step' | 'startedAt'>,
  now = Date.now(),
): string {
  const name = (record.stage || record.step || 'step').replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
  return `${now}-${name}.json`;
}

/** Narrow an unknown JSON value to a StepRecord; anything malformed is dropped, never trusted. */
export function isStepRecord(value: unknown): value is StepRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    (r.kind === 'run' || r.kind === 'checkpoint' || r.kind === 'restore') &&
    typeof r.step === 'string' &&
    typeof r.startedAt === 'string' &&
    typeof r.completedAt === 'string' &&
    (r.outcome === 'success' || r.outcome === 'failure' || r.outcome === 'skipped') &&
    Array.isArray(r.attempts)
  );
}
