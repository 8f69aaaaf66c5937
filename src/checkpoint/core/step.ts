/**
 * What the `checkpoint/` and `restore/` steps decide, as pure functions: whose checkpoints these are (from
 * the job's environment), which settings win, which checkpoint to restore, and what a failure, a miss or
 * a lookup means for the step. src/phases/checkpoint.ts and restore.ts gather the facts and act on these.
 */
import path from 'node:path';
import { UsageError, UserError } from '../../core/errors.js';
import type { JobEnv } from '../../core/job-env.js';
import { durationsOfStages } from '../../core/state-keys.js';
import type { RootBases } from './outside.js';
import type { KeyedPath } from './keyed.js';
import type { Lane } from '../../core/types.js';
import type { Manifest, RestoreChanges } from './index.js';
import { shownChanges } from './diff.js';
import { checkedStageName, inert, printablePath, validStages } from '../../core/text.js';

export { printablePath };
import { reservedNameProblem } from './ids.js';

/** The run id of checkpoints saved outside a workflow run (the CLI, a laptop). */
export const LOCAL_RUN_ID = 'local';
/** The job key of checkpoints saved outside a job. */
export const DEFAULT_JOB_KEY = 'job';

export interface JobContext {
  /** The job's identity (job key, plus `.leg<index>` in a matrix): whose checkpoints these are. */
  job: string;
  runId: string;
  attempt: number;
  workspace: string;
  commit?: string;
  branch?: string;
  /** The matrix leg's values, keys sorted (JobEnv.legValues); recorded as their digest. */
  legValues?: string;
  /** The commit the job started from (JobEnv.recovery.checkoutHead): recorded as the manifest's `head`. */
  checkoutHead?: string;
  lane?: Lane;
  completedStages: string[];
  /** How long those stages took (stage -> ms), recorded in the manifest for what a resume saves. */
  stageDurations?: Record<string, number>;
  /** Paths outside the workspace completed stages filled (stage -> entries), and where they resolve. */
  cachePaths?: Record<string, string[]>;
  bases?: RootBases;
  /** This job's newest checkpoint: the parent of the next incremental one. */
  lastCheckpoint?: string;
  /** The store it is in (unknown when set by hand). */
  lastCheckpointStore?: string;
  /** The checkpoint main restored in this attempt (a resume), if any. */
  resumedFrom?: string;
  owner?: string;
  repo?: string;
  /** Where this job keeps the manifests it saved or restored (see defaultManifestCache). */
  manifestCache?: string;
}

/** The bases of paths outside the workspace in this job (HOME, RUNNER_TOOL_CACHE). */
export function rootBases(env: Pick<JobEnv, 'home' | 'toolCache'>): RootBases {
  return { ...(env.home ? { home: env.home } : {}), ...(env.toolCache ? { toolCache: env.toolCache } : {}) };
}

/** Where a job keeps the manifests it saved or restored: RUNNER_TEMP is per job; none off a runner. */
export function defaultManifestCache(env: Pick<JobEnv, 'runnerTempSet'>): string | undefined {
  return env.runnerTempSet ? path.join(env.runnerTempSet, 'ci-recovery', 'checkpoints') : undefined;
}

/**
 * Where restores keep their journals and destination locks (checkpoint/adapters/journal-dir.ts): the job's
 * RUNNER_TEMP, outside every tree restored into; off a runner, undefined (the adapter's home directory).
 */
export function restoreJournals(env: Pick<JobEnv, 'runnerTempSet'>): string | undefined {
  return env.runnerTempSet ? path.join(env.runnerTempSet, 'ci-recovery', 'restores') : undefined;
}

/** The checkpoint context of the job `env` describes; the one place with its fallbacks off a runner. */
export function jobContext(env: JobEnv): JobContext {
  // env.identity is `<job>` or `<job>.leg<index>`: off a runner the job key is '' and DEFAULT_JOB_KEY stands in.
  const manifestCache = defaultManifestCache(env);
  const stageDurations = durationsOfStages(env.recovery.stageDurations, env.recovery.completedStages);
  return {
    job: env.job ? env.identity : `${DEFAULT_JOB_KEY}${env.identity}`,
    runId: env.runId || LOCAL_RUN_ID,
    attempt: env.attempt,
    workspace: env.workspace,
    ...(env.sha ? { commit: env.sha } : {}),
    ...(env.refName ? { branch: env.refName } : {}),
    ...(env.legValues ? { legValues: env.legValues } : {}),
    ...(env.recovery.checkoutHead ? { checkoutHead: env.recovery.checkoutHead } : {}),
    ...(env.recovery.lane ? { lane: env.recovery.lane } : {}),
    completedStages: env.recovery.completedStages,
    ...(Object.keys(stageDurations).length > 0 ? { stageDurations } : {}),
    ...(Object.keys(env.recovery.cachePaths).length > 0
      ? { cachePaths: env.recovery.cachePaths, bases: rootBases(env) }
      : {}),
    ...(env.recovery.lastCheckpoint ? { lastCheckpoint: env.recovery.lastCheckpoint } : {}),
    ...(env.recovery.lastCheckpointStore ? { lastCheckpointStore: env.recovery.lastCheckpointStore } : {}),
    ...(env.recovery.resumedFrom ? { resumedFrom: env.recovery.resumedFrom } : {}),
    ...(env.owner && env.repo ? { owner: env.owner, repo: env.repo } : {}),
    ...(manifestCache ? { manifestCache } : {}),
  };
}

/**
 * The parent of the next incremental checkpoint in `store`: the job's last one, when it is in that store.
 * A job may checkpoint into two stores (an artifact, then a directory); a parent in the other one would
 * make a checkpoint that this store alone cannot restore.
 */
export function parentCheckpoint(
  ctx: Pick<JobContext, 'lastCheckpoint' | 'lastCheckpointStore'>,
  store: string,
): string | undefined {
  if (!ctx.lastCheckpoint) return undefined;
  return ctx.lastCheckpointStore === undefined || ctx.lastCheckpointStore === store
    ? ctx.lastCheckpoint
    : undefined;
}

/**
 * The checkpoint a stage's save may stand on instead of saving (see `sameCheckpoint`): the one main
 * restored in this attempt, while no checkpoint was saved since (it is still the job's last) and no path
 * outside the workspace is in play. Undefined: save as always.
 */
export function resumedCandidate(
  ctx: Pick<JobContext, 'resumedFrom' | 'lastCheckpoint' | 'cachePaths'>,
): string | undefined {
  const { resumedFrom } = ctx;
  if (!resumedFrom || ctx.lastCheckpoint !== resumedFrom || ctx.cachePaths) return undefined;
  return resumedFrom;
}

/** What a stage's checkpoint is about to record, to compare with the one main restored. */
export interface PlannedCheckpoint {
  stage: string;
  job: string;
  runId: string;
  /** The roots and exclusions the save would record (save-plan.ts `checkpointRoots`, `excludedPaths`). */
  paths: string[];
  exclude: string[];
  completedStages: string[];
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const x = [...new Set(a)].sort();
  const y = [...new Set(b)].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
};

/**
 * Whether the checkpoint `m` that main restored into this workspace already is the one this stage's save
 * would make: taken before the same stage, of this job and run, over the same roots and exclusions, with
 * the same stages completed, and with no roots outside the workspace. The files can only differ by what
 * plain steps since main changed, which a later resume from `m` runs again anyway: the save would store a
 * copy (an incremental of 0 entries that still walks every file) that no resume needs.
 */
export function sameCheckpoint(
  m: Pick<Manifest, 'stage' | 'job' | 'runId' | 'paths' | 'exclude' | 'completedStages' | 'roots'>,
  planned: PlannedCheckpoint,
): boolean {
  return (
    m.stage === planned.stage &&
    m.job === planned.job &&
    m.runId === planned.runId &&
    !m.roots?.length &&
    sameSet(m.paths, planned.paths) &&
    sameSet(m.exclude, planned.exclude) &&
    sameSet(m.completedStages, planned.completedStages)
  );
}

/** Paths and globs that matched no file: the step's `if-no-files-found` decides what that means. */
export class NoFilesFoundError extends UserError {
  override name = 'NoFilesFoundError';
}

export type IfNoFilesFound = 'warn' | 'error' | 'ignore';
export const IF_NO_FILES_FOUND: readonly IfNoFilesFound[] = ['warn', 'error', 'ignore'];

/** The checkpoint section of the config, as far as the step uses it. */
export interface CheckpointDefaults {
  store: string;
  paths: string[];
  retentionDays: number;
  /** Paths kept once per key (config checkpoint.keyed). */
  keyed?: KeyedPath[];
}

/**
 * What a save leaves out besides its defaults (`.git`, the local store, hidden names): the given globs and
 * the paths' own `!` exclusions, which add to the defaults and never replace them (`exclude: '*.log'`
 * once let `.git/config` with checkout's token into a checkpoint); none when neither was given. Each is
 * read as a .gitignore line is, so what a user means to keep out stays out: a trailing '/' ('secrets/')
 * names the directory (as a glob it matched nothing, and saved `secrets/key.pem`), and a glob that can
 * match nothing (absolute, or with '..': globs are relative to the workspace) is a usage error naming
 * `input`, never a silent no-op.
 */
export function excludeFor(
  given: string[] | undefined,
  fromPaths: string[],
  input = "input 'exclude'",
): string[] | undefined {
  if (!given && fromPaths.length === 0) return undefined;
  return [
    ...(given ?? []).map((g) => checkedExcludeGlob(g, input)),
    ...fromPaths.map((g) => checkedExcludeGlob(g, "'!' path")),
  ];
}

/** One exclusion glob as a .gitignore line reads it (see excludeFor); blank ones are dropped later. */
function checkedExcludeGlob(glob: string, input: string): string {
  const g = glob.trim();
  const absolute = g.startsWith('/') || /^[A-Za-z]:[\\/]/.test(g) || g.startsWith('\\');
  if (absolute || g.split(/[\\/]/).includes('..'))
    throw new UsageError(
      `${input} '${glob}' ${absolute ? 'is absolute' : "contains '..'"}: it can never match, since exclude globs are relative to the workspace (write it relative to the workspace, e.g. 'secrets' or 'build/**/*.map').`,
    );
  // 'secrets/' and 'secrets/**/' mean the directory; './secrets//' is 'secrets'.
  return g.length > 1 ? g.replace(/\/+$/, '') : g;
}

/** The step's inputs as given (empty: not set). */
export interface CheckpointInputs {
  paths: string[];
  ifNoFilesFound: IfNoFilesFound;
  level?: number;
  retentionDays?: number;
  stage: string;
  name: string;
  store: string;
  full: boolean;
  exclude: string[];
  /** `include-hidden-files`: keep hidden files and directories below the paths. */
  includeHidden?: boolean;
  /** `fail-on-error`: a checkpoint not saved fails the step (as actions/cache's `fail-on-cache-miss`). */
  failOnError?: boolean;
  token: string;
}

export interface CheckpointSettings {
  stage: string;
  store: string;
  paths: string[];
  retentionDays: number;
  name?: string;
  exclude?: string[];
  level?: number;
  full: boolean;
  includeHidden: boolean;
  keyed?: KeyedPath[];
}

/** The stage a checkpoint step names (the `stage` input), 'checkpoint' when not given. */
export function stageName(given: Pick<Partial<CheckpointInputs>, 'stage'>): string {
  return given.stage?.trim() || 'checkpoint';
}

/** An input wins over the config, the config over the whole workspace. */
export function checkpointSettings(inputs: CheckpointInputs, config: CheckpointDefaults): CheckpointSettings {
  const name = inputs.name.trim();
  const reserved = name ? reservedNameProblem(name, "input 'name'") : undefined;
  if (reserved) throw new UserError(reserved);
  return {
    stage: checkedStageName(stageName(inputs), "Input 'stage'"),
    store: inputs.store.trim() || config.store,
    paths: inputs.paths.length ? inputs.paths : config.paths.length ? config.paths : ['.'],
    retentionDays: inputs.retentionDays ?? config.retentionDays,
    ...(name ? { name } : {}),
    ...(inputs.exclude.length ? { exclude: inputs.exclude } : {}),
    ...(inputs.level ? { level: inputs.level } : {}),
    full: inputs.full,
    includeHidden: inputs.includeHidden === true,
    ...(config.keyed?.length ? { keyed: config.keyed } : {}),
  };
}

/** How a step reports what went wrong: the log level, and whether the step fails. */
export interface Verdict {
  level: 'info' | 'warning' | 'error';
  fail: boolean;
  message: string;
}

/**
 * A checkpoint that could not be saved never fails the job it protects (like a cache save), unless the
 * user asks: `if-no-files-found: error` when nothing matched, `fail-on-error` for any checkpoint not saved
 * (a bad input, a refused or failing store, nothing matched) but one whose empty match
 * `if-no-files-found: ignore` allows. `ignore` makes an empty match a plain line.
 */
export function checkpointFailure(
  stage: string,
  reason: string,
  noFilesFound: boolean,
  ifNoFilesFound: IfNoFilesFound,
  failOnError = false,
): Verdict {
  // A reason is a sentence of its own, or not: it ends with one full stop either way.
  const message = `ci-recovery: no checkpoint saved for stage '${inert(stage)}': ${reason.replace(/\.$/, '')}`;
  if (noFilesFound && ifNoFilesFound === 'error')
    return { level: 'error', fail: true, message: `${message} ('if-no-files-found: error').` };
  if (noFilesFound && ifNoFilesFound === 'ignore')
    return { level: 'info', fail: false, message: `${message}.` };
  if (failOnError) return { level: 'error', fail: true, message: `${message} ('fail-on-error: true').` };
  return { level: 'warning', fail: false, message: `${message}. The job goes on without it.` };
}

/** What the checkpoint step outputs after a save. */
export function checkpointOutputs(r: {
  manifest: Manifest;
  artifactId?: number;
  files: number;
  bytes: number;
  storedBytes: number;
}): Record<string, string> {
  return {
    'checkpoint-id': r.manifest.id,
    kind: r.manifest.kind,
    incremental: String(r.manifest.kind === 'incremental'),
    digest: r.manifest.archive.sha256,
    'artifact-id': r.artifactId ? String(r.artifactId) : '',
    files: String(r.files),
    bytes: String(r.bytes),
    'stored-bytes': String(r.storedBytes),
    'archive-bytes': String(r.manifest.archive.size),
    'left-out': String(r.manifest.leftOut ?? 0),
  };
}

/** A checkpoint as a store yields it: its manifest, or why that cannot be read. */
export interface Candidate {
  id: string;
  manifest?: Manifest;
  error?: string;
}

export interface Choice {
  chosen?: { id: string; manifest: Manifest };
  /** Newer candidates whose manifest could not be read, and why. */
  passedOver: { id: string; error: string }[];
}

/**
 * The newest readable checkpoint of `candidates` (newest first): a broken newest manifest must not hide
 * an older good checkpoint. Stops at the first readable one, so later manifests are never read.
 */
export async function newestReadable(
  candidates: AsyncIterable<Candidate> | Iterable<Candidate>,
): Promise<Choice> {
  const passedOver: Choice['passedOver'] = [];
  for await (const c of candidates) {
    if (c.manifest) return { chosen: { id: c.id, manifest: c.manifest }, passedOver };
    passedOver.push({ id: c.id, error: c.error ?? 'its manifest cannot be read' });
  }
  return { passedOver };
}

/**
 * A restore that fails fails the step, with the reason; a miss (no checkpoint, or none usable) only warns
 * with `fail-on-miss: false`, and the step then succeeds.
 */
export function restoreFailure(
  checkpointId: string,
  reason: string,
  miss: boolean,
  failOnMiss: boolean,
): Verdict {
  const message = `ci-recovery: restore${checkpointId ? ` of ${inert(checkpointId)}` : ''} failed: ${inert(reason)}`;
  if (miss && !failOnMiss)
    return { level: 'warning', fail: false, message: `${message} ('fail-on-miss: false': the job goes on).` };
  return { level: 'error', fail: true, message };
}

/** The answer of a lookup-only restore: the outputs when the checkpoint is usable, else why it is a miss. */
export function lookupAnswer(
  id: string,
  manifest: Manifest,
  found: { usable: boolean; problem?: string },
): { outputs: Record<string, string>; message: string } | { miss: string } {
  if (!found.usable) return { miss: `Checkpoint ${id} is not usable: ${found.problem}.` };
  return {
    message: `Checkpoint ${id} exists and is complete; nothing was downloaded or changed.`,
    outputs: {
      found: 'true',
      'checkpoint-id': id,
      restored: 'false',
      'completed-stages': validStages(manifest.completedStages).valid.join(','),
    },
  };
}

/**
 * The most characters of one list output. A job output is limited to 1 MB and the runner refuses template
 * results over 10 MB; three lists of a large restore could pass both. `changed` still counts every entry,
 * and the log lists them all.
 */
export const MAX_LIST_OUTPUT_CHARS = 256 * 1024;

/** `paths` comma-separated, cut after the last whole path that fits, with `,...` when cut. */
export function boundedList(paths: readonly string[], max = MAX_LIST_OUTPUT_CHARS): string {
  let out = '';
  for (const p of paths) {
    const next = out === '' ? p : `${out},${p}`;
    if (next.length > max - 4) return `${out},...`;
    out = next;
  }
  return out;
}

/** What the restore step outputs after a restore (or a dry run). */
export function restoreOutputs(
  id: string,
  r: { restored: boolean; changes: RestoreChanges; manifest: Manifest },
): Record<string, string> {
  const c = r.changes;
  const { added, deleted } = shownChanges(c);
  return {
    found: 'true',
    'checkpoint-id': id,
    restored: String(r.restored),
    changed: String(c.added.length + c.modified.length + c.deleted.length),
    added: boundedList(added),
    modified: boundedList(c.modified),
    deleted: boundedList(deleted),
    'completed-stages': validStages(r.manifest.completedStages).valid.join(','),
  };
}

/**
 * The lines a dry run shows, one per path: `+` added, `~` modified, `-` deleted (a directory added or
 * deleted whole is one line). The action logs them, the CLI prints them.
 */
export function changeLines(c: RestoreChanges): string[] {
  const { added, deleted } = shownChanges(c);
  const line = (mark: string) => (p: string) => `${mark} ${printablePath(p)}`;
  return [...added.map(line('+')), ...c.modified.map(line('~')), ...deleted.map(line('-'))];
}
