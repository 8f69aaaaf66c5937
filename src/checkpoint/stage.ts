/**
 * A stage's checkpoint: the one save both the `checkpoint/` step (phases/checkpoint.ts) and a `run/`
 * stage (checkpoint/adapters/job.ts `checkpointStage`) make, over the workspace port and the job's runner.
 * In the engine, so that its adapters never call a phase. Pure but for its ports (the phases' floor).
 */
import type { Logger } from '../runner/ports/logger.js';
import { FRESH_NAMES, underFreshNames } from '../core/fresh-names.js';
import { LAST_CHECKPOINT_ENV, LAST_CHECKPOINT_STORE_ENV } from '../core/state-keys.js';
import { inert } from '../core/text.js';
import { checkpointId, type KeyedPath } from './core/index.js';
import { rootsToSave, type RootRecord } from './core/outside.js';
import {
  excludeFor,
  NoFilesFoundError,
  parentCheckpoint,
  resumedCandidate,
  type JobContext,
} from './core/step.js';
import { FinalizeRefusedError, type CheckpointStore } from './ports/store.js';
import type { ReusedResult, SaveResult, WorkspacePort } from './ports/workspace.js';

/** What a stage's save needs of the job's runner: its log, and a variable for the job's later steps. */
export interface JobRunner {
  log: Logger;
  exportVariable(name: string, value: string): void;
}

export interface StagePorts {
  runner: JobRunner;
  workspace: WorkspacePort;
}

export interface StageCheckpoint {
  store: CheckpointStore;
  ctx: JobContext;
  stage: string;
  paths: string[];
  /** Explicit id (the `name` input); default `ci-recovery-ckpt-r<run>-<job>-a<attempt>-<stage>-<seq>`. */
  name?: string;
  full?: boolean;
  exclude?: string[];
  /** Keep hidden files and directories below the paths (`include-hidden-files`). */
  includeHidden?: boolean;
  /** zstd level (1-19; gzip takes at most 9); default 3. */
  level?: number;
  /** How paths that match nothing are told: a warning (the default), or a note for `run/`'s stages. */
  unmatched?: 'warn' | 'note';
  /**
   * `run/`'s save before a stage: when main's resume restored the checkpoint taken before this very stage
   * and nothing was saved since, that checkpoint stands for this one (core `sameCheckpoint`).
   */
  reuseResumed?: boolean;
  /** Paths kept once per key of their files (config checkpoint.keyed): not packed while their entry matches. */
  keyed?: readonly KeyedPath[];
  /**
   * `run/`'s: told once every file is read, before the checkpoint is stored, so that the stage's command
   * can start while it stores (the save then never packs the workspace again). What it returns, the save
   * waits for before its own remaining work on this thread (SaveOptions.onPacked): the command's start.
   */
  onRead?: () => unknown;
}

/**
 * Saves a checkpoint of the job's workspace, incremental against the job's last one, and records it as
 * the new last one (a job-wide variable), so the next checkpoint of this job chains onto it. Also what
 * `run/` does before a stage.
 */
export async function saveStageCheckpoint(
  opts: StageCheckpoint & { reuseResumed?: false },
  ports: StagePorts,
): Promise<SaveResult>;
export async function saveStageCheckpoint(
  opts: StageCheckpoint,
  ports: StagePorts,
): Promise<SaveResult | ReusedResult>;
export async function saveStageCheckpoint(
  opts: StageCheckpoint,
  ports: StagePorts,
): Promise<SaveResult | ReusedResult> {
  const { ctx } = opts;
  const log = ports.runner.log;
  const includeHidden = opts.includeHidden === true;
  const resolved = ports.workspace.resolvePaths(ctx.workspace, opts.paths, { includeHidden });
  if (resolved.roots.length === 0)
    throw new NoFilesFoundError(
      `No files match the checkpoint paths ${opts.paths.map((p) => `'${p}'`).join(', ')} in ${ctx.workspace}.`,
    );
  if (resolved.unmatched.length) {
    const said = `Checkpoint paths that match nothing: ${resolved.unmatched.join(', ')}.`;
    // A stage's checkpoint names the outputs of every stage; the later ones' are not there yet.
    if (opts.unmatched === 'note') log.info(said);
    else log.warning(said);
  }
  const seq = opts.name === undefined ? await ports.workspace.nextSeq(ctx.manifestCache) : 0;
  const nameOf = (fresh: number): string =>
    opts.name ??
    checkpointId({ runId: ctx.runId, job: ctx.job }, opts.stage, ctx.attempt, seq + FRESH_SEQ_STEP * fresh);
  const id = nameOf(0);
  const exclude = excludeFor(opts.exclude, resolved.exclude);
  const parent = parentCheckpoint(ctx, opts.store.spec);
  const reuse = opts.reuseResumed && parent ? resumedCandidate(ctx) : undefined;
  const roots = await saveOutsideRoots(opts, id, ports);
  let handedBack = false;
  const onRead = opts.onRead && (() => ((handedBack = true), opts.onRead?.()));
  const result = await saveUnderFreshNames(
    nameOf,
    () => handedBack,
    opts.name !== undefined,
    log,
    (id) =>
      ports.workspace.save({
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
          ...(ctx.legValues ? { legValues: ctx.legValues } : {}),
          ...(ctx.checkoutHead ? { checkoutHead: ctx.checkoutHead } : {}),
          completedStages: ctx.completedStages,
          ...(ctx.stageDurations ? { stageDurations: ctx.stageDurations } : {}),
          ...(roots.length > 0 ? { roots } : {}),
        },
        ...(parent ? { parent } : {}),
        full: opts.full === true,
        ...(exclude ? { exclude } : {}),
        includeHidden,
        ...(opts.level ? { level: opts.level } : {}),
        ...(ctx.manifestCache ? { manifestCache: ctx.manifestCache } : {}),
        ...(reuse ? { reuse } : {}),
        ...(opts.keyed?.length ? { keyed: opts.keyed } : {}),
        ...(onRead ? { onPacked: onRead } : {}),
        logger: log,
      }),
  );
  if (result.reused) {
    log.info(
      `ci-recovery: checkpoint ${result.manifest.id}, restored by this attempt's resume, already holds the state before stage '${opts.stage}': not saved again.`,
    );
    return result; // still the job's last checkpoint
  }
  ports.runner.exportVariable(LAST_CHECKPOINT_ENV, result.manifest.id);
  ports.runner.exportVariable(LAST_CHECKPOINT_STORE_ENV, opts.store.spec);
  return result;
}

/** How far apart the sequences of a checkpoint's fresh names are (core/fresh-names.ts). */
const FRESH_SEQ_STEP = 1000;

/**
 * Saves under `nameOf(0)`; when the store refuses to finalize an object (FinalizeRefusedError: that name
 * stays reserved for the attempt), saves again under `nameOf(1)`, `nameOf(2)`: ids of the same form, so
 * resume, restore and list find them as any other of the job's (checkpointsOfJob). Not when the user named
 * the checkpoint (a restore asks for that name), nor once the workspace was handed back to the stage
 * (`handedBack`: packing it again would save another state).
 */
function saveUnderFreshNames<T>(
  nameOf: (fresh: number) => string,
  handedBack: () => boolean,
  named: boolean,
  log: Logger,
  save: (id: string) => Promise<T>,
): Promise<T> {
  return underFreshNames({
    nameOf,
    save,
    refused: (error) => error instanceof FinalizeRefusedError,
    stop: () =>
      named
        ? "the 'name' input chose it (leave 'name' out to let a refusal be retried under a fresh name)"
        : handedBack()
          ? 'the stage already runs in the workspace the checkpoint read'
          : undefined,
    giveUp: (error, why) => {
      const refused = error as FinalizeRefusedError;
      return new FinalizeRefusedError(refused.object, `${refused.message}; not saved again: ${why}`);
    },
    retrying: (error, next, fresh) =>
      log.warning(
        `ci-recovery: the artifact service refused to finalize '${inert((error as FinalizeRefusedError).object)}' (a 403 its client never retries; the name stays reserved in this attempt): saving the checkpoint again as ${next} (${fresh} of ${FRESH_NAMES}).`,
      ),
  });
}

/**
 * The paths outside the workspace the completed stages filled (their `cache-paths`), each saved as its own
 * checkpoint before the workspace's, whose manifest then records them. Never fails the checkpoint.
 */
async function saveOutsideRoots(opts: StageCheckpoint, id: string, ports: StagePorts): Promise<RootRecord[]> {
  const { ctx } = opts;
  const log = ports.runner.log;
  if (!ctx.cachePaths || !ports.workspace.saveRoots) return [];
  const bases = ctx.bases ?? {};
  const { roots, refused } = rootsToSave(ctx.cachePaths, ctx.completedStages, bases);
  for (const why of refused) log.warning(`ci-recovery: not checkpointed: ${why}`);
  if (roots.length === 0) return [];
  return ports.workspace.saveRoots({
    store: opts.store,
    id,
    meta: { job: ctx.job, runId: ctx.runId, attempt: ctx.attempt },
    roots,
    place: { bases, keepOut: [ctx.workspace, ...(ctx.manifestCache ? [ctx.manifestCache] : [])] },
    logger: log,
    ...(opts.level ? { level: opts.level } : {}),
    ...(ctx.manifestCache ? { manifestCache: ctx.manifestCache } : {}),
  });
}
