/**
 * What a green job leaves of its checkpoints. A checkpoint exists to resume this attempt's failure: once
 * the job is green nothing resumes from it, so post deletes this attempt's checkpoint artifacts (unless
 * `keep-checkpoints`). Only this job attempt's own objects are chosen: an id a step of this job recorded
 * saving, made by `checkpointId` for this run, job and attempt. A name the user chose,
 * another job's or attempt's checkpoint, keyed entries (the cache service) and `dir:` stores (the team's)
 * are never touched. Pure: the adapter lists the run's artifacts and deletes what this chooses.
 */
import type { StepRecord } from '../../core/records.js';
import { inert } from '../../core/text.js';
import { attemptInId, type CheckpointOwner } from './ids.js';
import { archiveExtension } from './manifest.js';
import { trustArtifactName } from './trust.js';

const MANIFEST = '.manifest.json';
const ARCHIVES = [archiveExtension('zstd'), archiveExtension('gzip')];

/** Whether post deletes the attempt's checkpoints: the job is green, by the runner's word and the report's. */
export function dropsCheckpoints(when: {
  conclusion: 'success' | 'failure' | 'cancelled';
  /** `job.status` as the runner had it when post started; absent off a runner. */
  jobStatus?: string;
  keep: boolean;
}): boolean {
  if (when.keep || when.conclusion !== 'success') return false;
  return when.jobStatus === undefined || when.jobStatus === '' || when.jobStatus === 'success';
}

/**
 * The checkpoints this job attempt saved: ids its steps recorded as saved (with the digest of the manifest
 * they stored) whose name says this run, job and attempt. The name alone cannot say it: job `build`'s
 * prefix also starts job `build-a2-x`'s ids, which a restore step of `build` records. A stage that stood on
 * the checkpoint main resumed, or a restore, records an id it did not save: never chosen.
 */
export function ownCheckpointIds(
  records: readonly Pick<StepRecord, 'checkpointId' | 'checkpointDigest'>[],
  owner: CheckpointOwner,
  attempt: number,
): string[] {
  const ids = new Set<string>();
  for (const r of records)
    if (r.checkpointId && r.checkpointDigest && attemptInId(r.checkpointId, owner) === attempt)
      ids.add(r.checkpointId);
  return [...ids];
}

/** The object names one checkpoint is stored under: its manifest and archive (either compression). */
function objectNames(id: string): string[] {
  return [`${id}${MANIFEST}`, ...ARCHIVES.map((ext) => `${id}${ext}`)];
}

/**
 * Of the run's artifact `names`, those of the checkpoints `ids`: manifest, archive, each root's (paths
 * outside the workspace, `<id>-root<n>`) and the run's record of each save (dir: stores' checkpoints).
 * Matched exactly, never by prefix alone: two ids may share a prefix.
 */
export function artifactsOfCheckpoints(
  names: readonly string[],
  ids: readonly string[],
  place: { job: string; attempt: number },
): string[] {
  const wanted = new Set<string>();
  const record = trustArtifactName(place.job, place.attempt);
  for (const id of ids) {
    for (const n of objectNames(id)) wanted.add(n);
    wanted.add(`${record}-${id}`);
  }
  const rootOf = (name: string): boolean =>
    ids.some((id) => {
      const rest = name.startsWith(`${id}-root`) ? name.slice(id.length + 5) : undefined;
      const m = rest === undefined ? null : /^(\d+)(\..+)$/.exec(rest);
      return m !== null && [MANIFEST, ...ARCHIVES].includes(m[2]!);
    });
  return names.filter((n) => wanted.has(n) || rootOf(n));
}

export interface DroppedCheckpoints {
  /** Artifacts deleted. */
  deleted: number;
  bytes: number;
  /** Artifacts still there because the service refused or failed; with `refusal` or `error`. */
  kept: number;
  /** The service refused (401/403/404 on a delete): a permission the token lacks. */
  refusal?: { status: number; message: string };
  error?: string;
}

function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/**
 * The one line post says of it: what went, or why some stayed and what would let them go. Undefined when
 * there was nothing to delete. `level` warning only when something was kept.
 */
export function droppedLine(
  d: DroppedCheckpoints,
): { level: 'info' | 'warning'; message: string } | undefined {
  if (d.deleted === 0 && d.kept === 0) return undefined;
  const gone = `deleted ${d.deleted} checkpoint artifact(s) of this attempt (${sizeText(d.bytes)}): the job is green, nothing will resume from them`;
  if (d.kept === 0) return { level: 'info', message: `ci-recovery: ${gone}.` };
  const kept = `kept ${d.kept} checkpoint artifact(s) of this green attempt`;
  if (d.refusal)
    return {
      level: 'warning',
      message: `ci-recovery: ${kept}: the artifact service refused to delete them (${d.refusal.status} ${inert(d.refusal.message).slice(0, 200)}); grant the job 'permissions: actions: write' to have them deleted, or set 'keep-checkpoints: true' to keep them without this warning. The job's result is unchanged.`,
    };
  return {
    level: 'warning',
    message: `ci-recovery: ${kept}: could not delete them (${inert(d.error ?? 'unknown error').slice(0, 200)}); they expire with the run's artifacts. The job's result is unchanged.`,
  };
}
