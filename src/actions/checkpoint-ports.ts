/**
 * The real ports of the `checkpoint/` and `restore/` steps (phases/checkpoint.ts, restore.ts), wired here
 * at the entry points from the checkpoint engine (loaded on first use), the config reader and the step
 * records. Outside the engine, so that the engine never reaches a phase or the config reader.
 */
import type { JobEnv } from '../core/job-env.js';
import type { CheckpointPorts } from '../phases/checkpoint.js';
import type { RestorePorts, RunCheckpoints } from '../phases/restore.js';
import { effectiveConfig } from '../adapters/config-file.js';
import { readRecords, recordsDir, recordsPort } from '../adapters/records.js';
import {
  load,
  RUN_ARTIFACTS,
  trustRecordOf,
  trustedByRecords,
  type JobContext,
} from '../checkpoint/index.js';

/** The ports of the `checkpoint/` and `restore/` steps: processes that end after their save or restore. */
export async function stepPorts(env: JobEnv): Promise<CheckpointPorts> {
  const { checkpointRunner, openJobStore, realWorkspace, leaveTopTierOut } = await load.engine();
  leaveTopTierOut();
  return {
    runner: checkpointRunner(env),
    workspace: realWorkspace,
    records: recordsPort(env),
    config: async () => (await effectiveConfig(env)).checkpoint,
    openStore: openJobStore,
    now: () => new Date(),
  };
}

export async function restorePorts(env: JobEnv): Promise<RestorePorts> {
  return {
    ...(await stepPorts(env)),
    checkpointsOfRun: (spec, ctx, token) => checkpointsOfRun(env, spec, ctx, token),
  };
}

/**
 * The checkpoints of this job that the run wrote: every one in the run's own artifacts; in another store,
 * those this attempt's steps recorded (their records are this job's files) and those the earlier attempts'
 * records name (artifacts of the run, checkpoint/core/trust.ts). Never throws: what cannot be read is named
 * in `note` and trusts nothing.
 */
async function checkpointsOfRun(
  env: JobEnv,
  spec: string,
  ctx: JobContext,
  token: string,
): Promise<RunCheckpoints> {
  if (spec === 'artifact') return { trusted: RUN_ARTIFACTS };
  const place = { runId: ctx.runId, job: ctx.job, attempt: ctx.attempt };
  const own = trustRecordOf(await readRecords(recordsDir(env)), place);
  const ownOnly = trustedByRecords(own ? [own] : [], { ...place, beforeAttempt: ctx.attempt + 1 });
  if (ctx.attempt <= 1) return { trusted: ownOnly };
  const { readTrustRecords } = await load.trustRecords();
  const earlier = await readTrustRecords({ token, ...place, owner: env.owner ?? '', repo: env.repo ?? '' });
  if ('unreadable' in earlier)
    return {
      trusted: ownOnly,
      note: `the checkpoints of earlier attempts are not known: ${earlier.unreadable}`,
    };
  const trusted = new Map(earlier.trusted === RUN_ARTIFACTS ? [] : earlier.trusted);
  for (const c of own?.checkpoints ?? []) {
    // One id the run names with two manifests is the run's no longer: neither is trusted.
    if (trusted.has(c.id) && trusted.get(c.id) !== c.manifestSha256) trusted.delete(c.id);
    else trusted.set(c.id, c.manifestSha256);
  }
  return { trusted };
}
