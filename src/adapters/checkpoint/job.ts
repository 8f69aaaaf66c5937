/**
 * Checkpoints inside a job: the names, parent chain and context that the `checkpoint/` and `restore/`
 * sub-actions (and `run/`) share, all taken from the runner's environment.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { checkpointId } from '../../core/checkpoint/index.js';
import type { Lane } from '../../core/types.js';
import type { Logger } from '../logger.js';
import { openStore } from './open.js';
import { resolveCheckpointPaths } from './path-globs.js';
import { saveCheckpoint, type SaveResult } from './save.js';
import { DEFAULT_EXCLUDE } from './scan.js';
import type { CheckpointStore } from './store.js';
import { runner } from '../runner.js';
import { COMPLETED_STAGES_ENV, parseStages } from '../../core/state-keys.js';
import { UserError } from '../../core/errors.js';
import { jobIdentity } from '../../core/job-start.js';
import { legInputs } from '../inputs.js';

export { LAST_CHECKPOINT_ENV } from '../../core/state-keys.js';
import { LAST_CHECKPOINT_ENV } from '../../core/state-keys.js';

/** Where this job keeps the manifests it saved or restored (RUNNER_TEMP is per job). */
export function defaultManifestCache(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.RUNNER_TEMP ? path.join(env.RUNNER_TEMP, 'ci-recovery', 'checkpoints') : undefined;
}

export interface JobContext {
  /** The job's identity (job key, plus `.leg<index>` in a matrix): whose checkpoints these are. */
  job: string;
  runId: string;
  attempt: number;
  workspace: string;
  commit?: string;
  branch?: string;
  lane?: Lane;
  completedStages: string[];
  /** This job's newest checkpoint: the parent of the next incremental one. */
  lastCheckpoint?: string;
  owner?: string;
  repo?: string;
}

export function jobContext(env: NodeJS.ProcessEnv = process.env): JobContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const lane = env.CI_RECOVERY_LANE;
  return {
    job: jobIdentity(env.GITHUB_JOB || 'job', legInputs(env)).identity,
    runId: env.GITHUB_RUN_ID || 'local',
    attempt: Number(env.GITHUB_RUN_ATTEMPT) || 1,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    ...(env.GITHUB_SHA ? { commit: env.GITHUB_SHA } : {}),
    ...(env.GITHUB_REF_NAME ? { branch: env.GITHUB_REF_NAME } : {}),
    ...(lane === 'DOCS' || lane === 'STANDARD' || lane === 'HEAVY' ? { lane } : {}),
    completedStages: parseStages(env[COMPLETED_STAGES_ENV]),
    ...(env[LAST_CHECKPOINT_ENV] ? { lastCheckpoint: env[LAST_CHECKPOINT_ENV] } : {}),
    ...(owner && repo ? { owner, repo } : {}),
  };
}

/** Opens `spec` with the job's run, repository and token (for the artifact store's cross-attempt lookups). */
export function openJobStore(
  spec: string,
  ctx: JobContext,
  token?: string,
  retentionDays?: number,
): Promise<CheckpointStore> {
  return openStore(spec, {
    ...(token ? { token } : {}),
    runId: ctx.runId,
    ...(ctx.owner && ctx.repo ? { owner: ctx.owner, repo: ctx.repo } : {}),
    ...(retentionDays ? { retentionDays } : {}),
    cwd: ctx.workspace,
  });
}

/** Next free sequence number in this job: one more than the manifests this job has saved or restored. */
async function nextSeq(cacheDir: string | undefined): Promise<number> {
  if (!cacheDir) return Date.now() % 1000;
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith('.manifest.json')).length + 1;
}

export interface StageCheckpointOptions {
  store: CheckpointStore;
  ctx: JobContext;
  stage: string;
  paths: string[];
  /** Explicit id (the `name` input); default `ci-recovery-ckpt-r<run>-<job>-a<attempt>-<stage>-<seq>`. */
  name?: string;
  full?: boolean;
  exclude?: string[];
  /** zstd level (1-19; gzip takes at most 9); default 3. */
  level?: number;
  logger: Logger;
}

/** Paths and globs that matched no file: the caller's `if-no-files-found` decides what that means. */
export class NoFilesFoundError extends UserError {
  override name = 'NoFilesFoundError';
}

/**
 * Saves a checkpoint of the job's workspace, incremental against the job's last one, and records it as
 * the new last one (GITHUB_ENV), so the next checkpoint of this job chains onto it.
 */
export async function checkpointStage(opts: StageCheckpointOptions): Promise<SaveResult> {
  const { ctx } = opts;
  const resolved = resolveCheckpointPaths(ctx.workspace, opts.paths);
  if (resolved.roots.length === 0)
    throw new NoFilesFoundError(
      `No files match the checkpoint paths ${opts.paths.map((p) => `'${p}'`).join(', ')} in ${ctx.workspace}.`,
    );
  if (resolved.unmatched.length)
    opts.logger.warning(`Checkpoint paths that match nothing: ${resolved.unmatched.join(', ')}.`);
  const manifestCache = defaultManifestCache();
  const id =
    opts.name ??
    checkpointId({ runId: ctx.runId, job: ctx.job }, opts.stage, ctx.attempt, await nextSeq(manifestCache));
  const result = await saveCheckpoint({
    store: opts.store,
    workspace: ctx.workspace,
    paths: resolved.roots,
    id,
    meta: {
      stage: opts.stage,
      job: ctx.job,
      runId: ctx.runId,
      attempt: ctx.attempt,
      ...(ctx.lane ? { lane: ctx.lane } : {}),
      ...(ctx.commit ? { commit: ctx.commit } : {}),
      ...(ctx.branch ? { branch: ctx.branch } : {}),
      completedStages: ctx.completedStages,
    },
    ...(ctx.lastCheckpoint ? { parent: ctx.lastCheckpoint } : {}),
    full: opts.full === true,
    ...(opts.exclude || resolved.exclude.length
      ? { exclude: [...(opts.exclude ?? DEFAULT_EXCLUDE), ...resolved.exclude] }
      : {}),
    ...(opts.level ? { level: opts.level } : {}),
    ...(manifestCache ? { manifestCache } : {}),
    logger: opts.logger,
  });
  // In a job, later steps chain onto this one; the CLI just keeps it for this process.
  if (process.env.GITHUB_ENV) runner.exportVariable(LAST_CHECKPOINT_ENV, id);
  else process.env[LAST_CHECKPOINT_ENV] = id;
  return result;
}
