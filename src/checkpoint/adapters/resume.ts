/** The root action's resume on a re-run attempt: restore the newest good checkpoint of an earlier attempt. */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../../core/errors.js';
import type { Manifest } from '../core/index.js';
import type { Logger } from '../../runner/adapters/logger.js';
import { defaultManifestCache, rootBases } from '../core/step.js';
import type { JobEnv } from '../../core/job-env.js';
import { durationsOfStages } from '../../core/state-keys.js';
import { parseOutsidePath } from '../core/outside.js';
import { restoreRoots, rootsInPlace, type RootPlace } from './outside.js';
import { readCachedManifest } from './local-manifest.js';
import { checkpointsOfJob } from './manage.js';
import { restoreCheckpoint } from './restore.js';
import { keepRestoredState, restoredStateOf } from './restored-state.js';
import { entryOf } from './scan.js';
import { legDigest } from './built-from.js';
import { workspaceHead } from '../../runner/adapters/checkout-head.js';
import { StoreStalledError } from './store-guard.js';
import { inert, validStages } from '../../core/text.js';
import type { TrustedCheckpoints } from '../core/trust.js';
import type { CheckpointStore } from './store.js';
import type { KeyedEntryStore } from '../ports/keyed-store.js';

export interface ResumeOptions {
  store: CheckpointStore;
  runId: string;
  /** The current attempt (GITHUB_RUN_ATTEMPT); checkpoints of attempts before it are candidates. */
  attempt: number;
  job: string;
  /** This matrix leg's values (JobEnv.legValues); undefined outside a matrix. */
  legValues?: string | undefined;
  /**
   * The checkpoints the run's own records name (id -> manifest sha256, checkpoint/core/trust.ts): no other
   * checkpoint is resumed from, whatever store it is in and whatever its manifest claims.
   */
  trusted: TrustedCheckpoints;
  workspace: string;
  logger: Logger;
  /** Default: the job's (checkpoint/core/step.ts defaultManifestCache). */
  manifestCache?: string;
  /** Where restores keep their journals (checkpoint/core/step.ts restoreJournals). */
  journalDir?: string;
  /**
   * Where the keyed entries a checkpoint takes files from are; default: keyedStoreFor(store). Main hands
   * one whose guard ends with its budget, so a cache service that stops answering is given up in time.
   */
  keyedStore?: KeyedEntryStore;
}

export interface ResumeResult {
  resumed: boolean;
  /** Id of the checkpoint restored. */
  resumeFrom?: string;
  completedStages: string[];
  /** How long those stages took when they ran (stage -> ms), as the checkpoint recorded it. */
  stageDurations?: Record<string, number>;
  /** What the checkpoint restored cost to save, as its manifest recorded it: the whole save's ms, its archive's bytes. */
  cost?: { ms: number; bytes: number };
  /** Why candidates were passed over (corrupt, unreadable), newest first. */
  problems?: string[];
}

/**
 * Tries the checkpoints of attempt-1 first (newest first), then older attempts, and restores the first one
 * that verifies. A refused candidate leaves the workspace untouched, so the next one starts clean.
 */
export async function resumeFromPreviousAttempt(opts: ResumeOptions): Promise<ResumeResult> {
  try {
    return await resumeFromCandidates(opts);
  } catch (error) {
    // A store that stopped answering is no reason to fail the job: it runs every stage instead.
    if (!(error instanceof StoreStalledError)) throw error;
    opts.logger.warning(`ci-recovery: not resuming: ${errorMessage(error)}; every stage runs again`);
    return { resumed: false, completedStages: [], problems: [errorMessage(error)] };
  }
}

async function resumeFromCandidates(opts: ResumeOptions): Promise<ResumeResult> {
  if (opts.attempt <= 1) return { resumed: false, completedStages: [] };
  const problems: string[] = [];
  const { manifestCache } = opts;
  let candidates = 0;
  // Read once, after actions/checkout (checkoutProblem), as main reads it for this attempt's saves.
  const head = await workspaceHead(opts.workspace);
  const leg = opts.legValues === undefined ? undefined : legDigest(opts.legValues);
  // Only the checkpoints the run's records name come with a manifest: another comes with why it is not.
  const earlier = { job: opts.job, runId: opts.runId, beforeAttempt: opts.attempt, trusted: opts.trusted };
  for await (const c of checkpointsOfJob(opts.store, earlier)) {
    candidates++;
    try {
      if (!c.manifest) throw new Error(c.error);
      const { refused } = validStages([c.manifest.stage, ...c.manifest.completedStages]);
      if (refused > 0)
        throw new Error(
          `its manifest names ${refused} stage(s) that are not valid stage names (not printed): not resumed from`,
        );
      const moved = headMoved(c.manifest.head, head);
      if (moved) throw new Error(moved);
      if (c.manifest.leg !== leg)
        throw new Error(
          "it was saved by this leg's index with other matrix values (a matrix an earlier job made came in another order this attempt): its files are another leg's build, so it is not resumed from and every stage runs again",
        );
      // The manifest just checked is the one restored (never read again from the store).
      const r = await restoreCheckpoint({
        store: opts.store,
        checkpoint: c.manifest,
        ...(opts.keyedStore ? { keyedStore: opts.keyedStore } : {}),
        dest: opts.workspace,
        workspace: opts.workspace,
        logger: opts.logger,
        ...(opts.journalDir ? { journalDir: opts.journalDir } : {}),
        ...(manifestCache ? { manifestCache } : {}),
      });
      if (manifestCache) await keepRestoredRecord(manifestCache, opts.workspace, r.manifest);
      opts.logger.info(
        `Resumed from checkpoint ${inert(c.id)} (attempt ${r.manifest.attempt}, stage '${r.manifest.stage}'); completed stages: ${r.manifest.completedStages.join(', ') || 'none'}.`,
      );
      return {
        resumed: true,
        resumeFrom: c.id,
        completedStages: r.manifest.completedStages,
        stageDurations: durationsOfStages(r.manifest.stageDurations ?? {}, r.manifest.completedStages),
        cost: { ms: r.manifest.timings.totalMs, bytes: r.manifest.archive.size },
        ...(problems.length ? { problems } : {}),
      };
    } catch (error) {
      problems.push(inert(`${c.id}: ${errorMessage(error)}`));
      opts.logger.warning(`Checkpoint ${inert(c.id)} cannot be resumed from: ${inert(errorMessage(error))}`);
    }
  }
  if (candidates === 0)
    opts.logger.info(
      `No checkpoint of an earlier attempt of job '${inert(opts.job)}' in run ${inert(opts.runId)}: starting from scratch.`,
    );
  return { resumed: false, completedStages: [], ...(problems.length ? { problems } : {}) };
}

/**
 * Why a checkpoint whose job started from commit `saved` must not be resumed into a workspace at `now`, or
 * undefined when both are the same commit (a step that commits, a version bump, does not move `saved`). A re-run attempt runs the same GITHUB_SHA, but actions/checkout with a branch
 * as its `ref` (a `pull_request_target` job checking out the head branch, a job building `main`) checks out
 * that branch's newest commit: a checkpoint of the old one would skip the build of the new sources, and its
 * tests would pass on the old code. Known on one side only is no match (a miss runs every stage again);
 * neither side a clone (a directory, not a checkout: a test's, the CLI's) has no sources to compare.
 */
export function headMoved(saved: string | undefined, now: string | undefined): string | undefined {
  if (saved === now) return undefined;
  if (saved === undefined)
    return 'its manifest records no commit of the workspace it was saved from (a version before this one saved it), so it may hold a build of other sources: not resumed from; every stage runs again';
  if (now === undefined)
    return `the workspace's checked-out commit cannot be read (git rev-parse HEAD), and the checkpoint was saved at ${saved.slice(0, 12)}: not resumed from; every stage runs again`;
  return `it was saved by a job that started from commit ${saved.slice(0, 12)}, but this attempt's checkout is at ${now.slice(0, 12)} (a checkout \`ref:\` naming a branch that moved since, say): its files were built from other sources, so it is not resumed from and every stage runs again`;
}

/**
 * The compact record of this restore for the `run/` steps whose stage it completed (restored-state.ts):
 * kept only when every entry is there now, and the checkpoint holds nothing outside the workspace (roots
 * need the manifest's own check). Best-effort: without it, each of those steps runs the full check.
 */
async function keepRestoredRecord(cacheDir: string, workspace: string, manifest: Manifest): Promise<void> {
  if (manifest.roots?.length) return;
  try {
    // The directories first: whatever changes after the check below moves a ctime recorded here.
    const state = restoredStateOf(manifest, workspace);
    if (state && missingEntries(manifest, workspace, 1).length === 0)
      await keepRestoredState(cacheDir, state);
  } catch {
    // No record: the steps check the manifest.
  }
}

const AFTER_CHECKOUT = 'Put the ci-recovery step after actions/checkout (its post still runs last)';

/**
 * Why restoring into `workspace` now would be lost, or undefined when it is safe. actions/checkout deletes
 * the contents of a directory that is not a clone of the same repository (src/git-directory-helper.ts), so
 * a main that runs before it (no `.git` yet, or another repository's) must not restore.
 */
export async function checkoutProblem(workspace: string, repo: string): Promise<string | undefined> {
  const notYet = `the workspace ${workspace} is not a clone of ${repo || 'the repository'} yet`;
  const wiped = 'actions/checkout, running after this step, would delete whatever is restored now';
  // no .git: not a clone yet, said in the next line
  const git = await lstat(path.join(workspace, '.git')).catch(() => undefined);
  if (!git) return `${notYet}: ${wiped}. ${AFTER_CHECKOUT}. Nothing was restored: every stage runs again.`;
  const origin =
    // simple-git loads here only: the CLI's checkpoint verbs reach this module through the index.
    (
      await (
        await import('simple-git')
      )
        .simpleGit(workspace)
        .getConfig('remote.origin.url')
        // no origin configured: the clone's repository is unknown, and not compared
        .catch(() => undefined)
    )?.value;
  const originRepo = origin?.toLowerCase().replace(/(\.git)?\/?$/, '');
  const sameRepo =
    !repo || !originRepo || [`/${repo}`, `:${repo}`].some((end) => originRepo.endsWith(end.toLowerCase()));
  if (!sameRepo)
    return `the workspace ${workspace} is a clone of ${origin}, not of ${repo}: ${wiped}. ${AFTER_CHECKOUT}. Nothing was restored: every stage runs again.`;
  return undefined;
}

/**
 * The completed stages a run/ step may skip: a stage that completed in an earlier attempt counts only
 * while the files of the checkpoint main restored are in the workspace. A step between main and this
 * one (a later actions/checkout, a clean) may have removed them; then those stages run again.
 */
export async function stagesStillComplete(
  stages: string[],
  env: Pick<JobEnv, 'workspace' | 'runnerTemp' | 'runnerTempSet' | 'recovery' | 'home' | 'toolCache'>,
  logger: Logger,
  need?: StageNeeds,
): Promise<string[]> {
  const resumedFrom = env.recovery.resumedFrom;
  if (!resumedFrom || stages.length === 0) return stages;
  const id = inert(resumedFrom);
  const workspace = env.workspace;
  const cache = defaultManifestCache(env);
  const manifest = cache
    ? // no cached manifest (or torn): told below, and nothing is resumed from it
      await readCachedManifest(cache, resumedFrom, workspace).catch(() => undefined)
    : undefined;
  if (!manifest) {
    logger.warning(
      `ci-recovery: cannot tell whether the files of checkpoint ${id} are still in the workspace (its manifest is not in RUNNER_TEMP): stages ${inert(stages.join(', '))} run again.`,
    );
    return [];
  }
  const missing = missingEntries(manifest, workspace);
  const restored = new Set(manifest.completedStages);
  if (missing.length > 0)
    logger.warning(
      `ci-recovery: files restored from checkpoint ${id} are no longer in the workspace (${missing.map(inert).join(', ')}): a step after ci-recovery's main removed them (actions/checkout deletes or cleans the workspace). ${AFTER_CHECKOUT}. Stages ${inert([...restored].join(', '))} run again.`,
    );
  const still = missing.length === 0 ? stages : stages.filter((s) => !restored.has(s));
  const outside = await stagesWithoutTheirRoots(manifest, rootPlaceOf(env), cache, need, logger);
  for (const why of outside.reasons) logger.warning(`ci-recovery: ${why}`);
  return still.filter((s) => !outside.stages.has(s));
}

/**
 * A `run/` step's own stage and the paths outside the workspace it fills (its `cache-paths`), and how to
 * open the store of the resumed checkpoint, to restore those paths from it.
 */
export interface StageNeeds {
  stage: string;
  cachePaths: string[];
  openStore?: () => Promise<CheckpointStore>;
}

/** Where roots go in this job: HOME and the tool cache; never into the workspace or RUNNER_TEMP. */
export function rootPlaceOf(env: Pick<JobEnv, 'workspace' | 'runnerTemp' | 'home' | 'toolCache'>): RootPlace {
  return { bases: rootBases(env), keepOut: [env.workspace, env.runnerTemp] };
}

/**
 * Stages that may not skip for want of their roots: a root of the checkpoint not in place (not restored,
 * or removed since), and this step's own `cache-paths` the checkpoint does not hold.
 */
async function stagesWithoutTheirRoots(
  manifest: Manifest,
  place: RootPlace,
  cache: string | undefined,
  need: StageNeeds | undefined,
  logger: Logger,
): Promise<{ stages: Set<string>; reasons: string[] }> {
  const stages = new Set<string>();
  const reasons: string[] = [];
  if (!manifest.roots?.length && !need?.cachePaths.length) return { stages, reasons };
  let there = await rootsInPlace(manifest, place, cache);
  if (await restoreNamedRoots(manifest, there, { place, cache, logger }, need))
    there = await rootsInPlace(manifest, place, cache);
  for (const root of manifest.roots ?? []) {
    // Another stage's root comes back when that stage's own step names it, later.
    if (there.has(root.name) || (need && !root.stages.includes(need.stage))) continue;
    root.stages.forEach((s) => stages.add(s));
    reasons.push(
      `${inert(root.path)} was not restored: stage(s) ${inert(root.stages.join(', '))} run again.`,
    );
  }
  const notHeld = (need?.cachePaths ?? []).filter((entry) => {
    try {
      return !there.has(parseOutsidePath(entry, place.bases).name);
    } catch {
      // an entry not naming an outside path is not one to restore
      return true;
    }
  });
  if (need && notHeld.length > 0) {
    stages.add(need.stage);
    reasons.push(
      `stage '${inert(need.stage)}' fills ${notHeld.map(inert).join(', ')}, which the checkpoint did not bring back: it runs again.`,
    );
  }
  return { stages, reasons };
}

/**
 * Up to `max` entries of `m` that are not in `dir` with their type (contents may have changed since).
 * With the scan's own synchronous lstat: a checkpoint of node_modules has tens of thousands of entries.
 */
function missingEntries(m: Manifest, dir: string, max = 3): string[] {
  const missing: string[] = [];
  for (const e of m.entries)
    if (entryOf(path.join(dir, e.path), e.path)?.type !== e.type && missing.push(e.path) >= max) break;
  return missing;
}

/**
 * Restores the roots of the resumed checkpoint that this step names in its `cache-paths` and that are not
 * in place yet: only what a step names ever goes back outside the workspace. True when it restored any.
 */
async function restoreNamedRoots(
  manifest: Manifest,
  there: ReadonlySet<string>,
  { place, cache, logger }: { place: RootPlace; cache: string | undefined; logger: Logger },
  need: StageNeeds | undefined,
): Promise<boolean> {
  if (!need?.openStore || need.cachePaths.length === 0) return false;
  const named = new Set(
    need.cachePaths.flatMap((entry) => {
      try {
        return [parseOutsidePath(entry, place.bases).name];
      } catch {
        // an entry not naming an outside path names none
        return [];
      }
    }),
  );
  const roots = (manifest.roots ?? []).filter((r) => named.has(r.name) && !there.has(r.name));
  if (roots.length === 0) return false;
  let store: CheckpointStore;
  try {
    store = await need.openStore();
  } catch (error) {
    logger.warning(`ci-recovery: cannot open the store of the resumed checkpoint: ${errorMessage(error)}`);
    return false;
  }
  const restored = await restoreRoots({
    store,
    manifest: { ...manifest, roots },
    place,
    logger,
    ...(cache ? { manifestCache: cache } : {}),
  });
  return restored.length > 0;
}
