/**
 * Which checkpoints a resume may trust: only those this run wrote. A store (a shared `dir:` directory, the
 * cache) can be written by others, who can plant a checkpoint whose manifest *claims* this run, job and
 * attempt. So each job attempt names the checkpoints it saved, with the sha256 of each manifest, in a record
 * kept where only the run's own jobs can write: an artifact of the run (`ci-recovery-checkpoints-<job>-a<n>-<id>`,
 * uploaded as each checkpoint is saved). A re-run resumes only from a checkpoint such a record names, with that
 * very manifest; the `artifact` store needs no record, being the run's own artifacts.
 */
import type { StepRecord } from '../../core/records.js';

export const TRUST_FORMAT = 'ci-recovery-checkpoints/1';
export const TRUST_ARTIFACT_PREFIX = 'ci-recovery-checkpoints-';
/** A record is a few KiB; more than this many checkpoints in one job attempt is not ours. */
const MAX_NAMED = 1000;
const MAX_ID = 255;
const DIGEST = /^[0-9a-f]{64}$/;

export interface NamedCheckpoint {
  id: string;
  /** Hex sha256 of the manifest as stored (its canonical encoding). */
  manifestSha256: string;
}

/** What one job attempt says it saved. */
export interface TrustRecord {
  format: typeof TRUST_FORMAT;
  runId: string;
  job: string;
  attempt: number;
  checkpoints: NamedCheckpoint[];
}

/**
 * The checkpoints the records of earlier attempts name (id -> manifest sha256), or every checkpoint of the
 * store when the store is the run's own artifacts (RUN_ARTIFACTS): only the run's jobs can write there.
 */
export type TrustedCheckpoints = ReadonlyMap<string, string> | typeof RUN_ARTIFACTS;
export const RUN_ARTIFACTS = 'run-artifacts';

/**
 * The checkpoints a resume may trust, or why none can be known (no artifact service, no token: the
 * laptop's CLI, a store read without the run's records). `unreadable` means: resume from nothing.
 */
export type NamedByRun = { trusted: TrustedCheckpoints } | { unreadable: string };

/** `ci-recovery-checkpoints-<job>-a<attempt>`, the job made safe for a name as the plan's is. */
export function trustArtifactName(job: string, attempt: number): string {
  const safe =
    job
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/^[._]+/, '')
      .slice(0, 100) || 'job';
  return `${TRUST_ARTIFACT_PREFIX}${safe}-a${attempt}`;
}

/** The record of this job attempt, from its step records: every checkpoint a step saved, with its digest. */
export function trustRecordOf(
  records: readonly Pick<StepRecord, 'checkpointId' | 'checkpointDigest'>[],
  place: { runId: string; job: string; attempt: number },
): TrustRecord | undefined {
  const seen = new Map<string, string>();
  for (const r of records)
    if (r.checkpointId && r.checkpointDigest && DIGEST.test(r.checkpointDigest))
      seen.set(r.checkpointId, r.checkpointDigest);
  if (seen.size === 0) return undefined;
  return {
    format: TRUST_FORMAT,
    runId: place.runId,
    job: place.job,
    attempt: place.attempt,
    checkpoints: [...seen].map(([id, manifestSha256]) => ({ id, manifestSha256 })),
  };
}

/** Validates a downloaded record (an artifact: bounded, every field checked). Throws naming the fault. */
export function parseTrustRecord(text: string): TrustRecord {
  const value = JSON.parse(text) as unknown;
  if (typeof value !== 'object' || value === null) throw new Error('not an object');
  const r = value as Record<string, unknown>;
  if (r.format !== TRUST_FORMAT) throw new Error(`format is not ${TRUST_FORMAT}`);
  if (typeof r.runId !== 'string' || typeof r.job !== 'string') throw new Error('runId or job missing');
  if (typeof r.attempt !== 'number' || !Number.isSafeInteger(r.attempt) || r.attempt < 1)
    throw new Error('attempt is not a positive integer');
  if (!Array.isArray(r.checkpoints) || r.checkpoints.length > MAX_NAMED)
    throw new Error(`checkpoints is not a list of at most ${MAX_NAMED}`);
  const checkpoints = r.checkpoints.map((c: unknown): NamedCheckpoint => {
    const { id, manifestSha256 } = (c ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID)
      throw new Error('a checkpoint id is not a string');
    if (typeof manifestSha256 !== 'string' || !DIGEST.test(manifestSha256))
      throw new Error('a manifest digest is not a hex sha256');
    return { id, manifestSha256 };
  });
  return { format: TRUST_FORMAT, runId: r.runId, job: r.job, attempt: r.attempt, checkpoints };
}

/**
 * The checkpoints that the records of this job's attempts before `beforeAttempt` name. A record for
 * another run or job, or a later attempt, names nothing here; two records naming one id differently
 * make it untrusted.
 */
export function trustedByRecords(
  records: readonly TrustRecord[],
  place: { runId: string; job: string; beforeAttempt: number },
): ReadonlyMap<string, string> {
  const trusted = new Map<string, string>();
  const conflicting = new Set<string>();
  for (const r of records) {
    if (r.runId !== place.runId || r.job !== place.job || r.attempt >= place.beforeAttempt) continue;
    for (const c of r.checkpoints) {
      const had = trusted.get(c.id);
      if (had !== undefined && had !== c.manifestSha256) conflicting.add(c.id);
      trusted.set(c.id, c.manifestSha256);
    }
  }
  for (const id of conflicting) trusted.delete(id);
  return trusted;
}

/** Why checkpoint `id` with this manifest digest may not be resumed from; undefined when the run wrote it. */
export function untrustedBecause(
  trusted: TrustedCheckpoints,
  id: string,
  digest: string,
): string | undefined {
  if (trusted === RUN_ARTIFACTS) return undefined;
  const named = trusted.get(id);
  if (named === undefined)
    return 'no record of this run names it (it was not saved by an earlier attempt of this job): not resumed from';
  if (named !== digest)
    return "its manifest differs from the one this run's record names (it was changed in the store): not resumed from";
  return undefined;
}
