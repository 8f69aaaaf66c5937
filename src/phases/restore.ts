/**
 * The `restore/` step: restore a checkpoint that was asked for. Unlike saving, a restore that fails fails
 * the step, with the reason; the workspace is left exactly as it was. A miss (no checkpoint at all, or
 * none usable) fails it too unless `fail-on-miss: false`; `lookup-only` answers whether a usable one
 * exists without downloading or changing anything.
 *
 * Gather (inputs, config, the job's checkpoints) -> decide (checkpoint/core/step.ts: which checkpoint,
 * what a miss or a lookup means) -> act (restore through the workspace port, outputs and the record).
 */
import path from 'node:path';
import type { Manifest, RestoreVerify } from '../checkpoint/index.js';
import {
  changeLines,
  jobContext,
  lookupAnswer,
  newestReadable,
  restoreFailure,
  restoreJournals,
  restoreOutputs,
  type CheckpointDefaults,
  type JobContext,
} from '../checkpoint/index.js';
import { errorMessage } from '../core/errors.js';
import type { JobEnv } from '../core/job-env.js';
import { writeRecordBestEffort, type RecordsPort } from '../ports/records.js';
import type { RunnerPort } from '../runner/ports/runner.js';
import { NotFoundError, type CheckpointStore } from '../checkpoint/index.js';
import type { WorkspacePort } from '../checkpoint/index.js';
import type { StepResult } from './checkpoint.js';
import { inert } from '../core/text.js';
import { otherLegOfJob } from '../core/job-start.js';
import type { TrustedCheckpoints } from '../checkpoint/index.js';

/** The step's inputs as given (empty: not set). */
export interface RestoreInputs {
  failOnMiss: boolean;
  lookupOnly: boolean;
  store: string;
  token: string;
  /** The checkpoint to restore; empty: the job's newest readable one. */
  name: string;
  paths: string[];
  dryRun: boolean;
  /** Where to restore, relative to the workspace; empty: the workspace. */
  dest: string;
  /** Allows a `dest` outside the workspace that is not empty. */
  destOutsideWorkspace: boolean;
  /** Restores setuid, setgid, sticky and world-writable bits (dropped by default). */
  keepSpecialModes?: boolean;
  /** How much is verified (checkpoint/core/verify.ts); absent: `archive`. */
  verify?: RestoreVerify;
}

export interface RestorePorts {
  runner: RunnerPort;
  workspace: WorkspacePort;
  records: RecordsPort;
  config(): Promise<CheckpointDefaults>;
  openStore(spec: string, ctx: JobContext, token: string): Promise<CheckpointStore>;
  /**
   * The checkpoints of this job the run wrote (this attempt's step records, the earlier attempts' records
   * of the run), which alone a restore without a name may choose; `note` says why earlier ones are not known.
   */
  checkpointsOfRun(spec: string, ctx: JobContext, token: string): Promise<RunCheckpoints>;
  now(): Date;
}

export interface RunCheckpoints {
  trusted: TrustedCheckpoints;
  note?: string;
}

/** A checkpoint to restore: its id, and its manifest when the search already read it. */
interface Target {
  id: string;
  checkpoint: string | Manifest;
}

/** `inputs` reads the step's inputs; it may throw on a bad one, which fails the step with the reason. */
export async function restorePhase(
  inputs: () => RestoreInputs,
  env: JobEnv,
  ports: RestorePorts,
): Promise<StepResult> {
  const startedAt = ports.now().toISOString();
  const log = ports.runner.log;
  let failOnMiss = true;
  let checkpointId = '';
  let result: StepResult = { outcome: 'failure', outputs: { found: 'false' }, failed: false };
  try {
    const given = inputs();
    failOnMiss = given.failOnMiss;
    const config = await ports.config();
    const ctx = jobContext(env);
    const spec = given.store.trim() || config.store;
    const store = await ports.openStore(spec, ctx, given.token);
    const name = given.name.trim();
    checkpointId = name;
    const target = name
      ? await namedOfLeg(store, name, ctx.job)
      : await newestOfJob(store, spec, ctx, await ports.checkpointsOfRun(spec, ctx, given.token), ports);
    checkpointId = target.id;
    const outputs = given.lookupOnly
      ? await lookUp(target, store, ports)
      : await restoreInto(target, store, given, { ...ctx, journals: restoreJournals(env) }, ports);
    result = { outcome: 'success', outputs, failed: false };
  } catch (error) {
    // Found, then not restored (a broken download, a refused archive): 'found' says what the search saw.
    if (checkpointId && !(error instanceof NotFoundError))
      result.outputs = { found: 'true', 'checkpoint-id': checkpointId, restored: 'false' };
    const verdict = restoreFailure(
      checkpointId,
      errorMessage(error),
      error instanceof NotFoundError,
      failOnMiss,
    );
    if (verdict.fail) log.error(verdict.message, { title: 'ci-recovery: restore refused' });
    else log.warning(verdict.message);
    result = { ...result, outcome: verdict.fail ? 'failure' : 'success', failed: verdict.fail };
  }
  // An id comes from the store's listing (a dir: store's file names are anyone's): outputs go out inert.
  for (const [k, v] of Object.entries(result.outputs)) ports.runner.setOutput(k, inert(v));
  await writeRecordBestEffort(
    ports.records,
    {
      kind: 'restore',
      step: `restore ${inert(checkpointId) || 'latest'}`,
      startedAt,
      completedAt: ports.now().toISOString(),
      outcome: result.outcome,
      stepFailed: result.failed,
      attempts: [],
      ...(checkpointId ? { checkpointId } : {}),
      outputs: result.outputs,
    },
    log,
  );
  return result;
}

/**
 * The job's newest readable checkpoint in this run that the run wrote: a shared store's other entries may
 * claim this job and run, so only the run's records say which are its own. None is a miss.
 */
async function newestOfJob(
  store: CheckpointStore,
  spec: string,
  ctx: JobContext,
  ofRun: RunCheckpoints,
  ports: Pick<RestorePorts, 'runner' | 'workspace'>,
): Promise<Target> {
  const choice = await newestReadable(
    ports.workspace.checkpointsOfJob(store, { job: ctx.job, runId: ctx.runId, trusted: ofRun.trusted }),
  );
  for (const p of choice.passedOver)
    ports.runner.log.warning(`Checkpoint ${inert(p.id)} is passed over: ${inert(p.error)}`);
  if (!choice.chosen)
    throw new NotFoundError(
      `No checkpoint of job '${ctx.job}' in run ${ctx.runId} in store '${spec}'${ofRun.note ? ` (${ofRun.note})` : ''}: save one with the checkpoint/ action first, or set 'name'.`,
    );
  return { id: choice.chosen.id, checkpoint: choice.chosen.manifest };
}

/**
 * The checkpoint `name`, unless another leg of this matrix job saved it: the workflow gives every leg the
 * same name, the legs save it at once and the first one's wins (the others' uploads meet 409), so a leg
 * restoring it would take another leg's files (a Node 20 build into the Node 22 leg). That is a miss.
 */
async function namedOfLeg(store: CheckpointStore, name: string, job: string): Promise<Target> {
  const manifest = await store.getManifest(name);
  if (otherLegOfJob(manifest.job, job))
    throw new NotFoundError(
      `Checkpoint '${inert(name)}' was saved by another leg of this matrix ('${inert(manifest.job)}'), not by this one ('${job}'): not restored. Give each leg its own name, e.g. 'name: ${inert(name)}-\${{ strategy.job-index }}'.`,
    );
  return { id: name, checkpoint: manifest };
}

/** Lookup only: whether the checkpoint's whole chain is in the store; nothing is downloaded or changed. */
async function lookUp(
  target: Target,
  store: CheckpointStore,
  ports: Pick<RestorePorts, 'runner' | 'workspace'>,
): Promise<Record<string, string>> {
  const manifest =
    typeof target.checkpoint === 'string' ? await store.getManifest(target.checkpoint) : target.checkpoint;
  const answer = lookupAnswer(target.id, manifest, await ports.workspace.lookup(store, manifest));
  if ('miss' in answer) throw new NotFoundError(answer.miss);
  ports.runner.log.info(answer.message);
  return answer.outputs;
}

async function restoreInto(
  target: Target,
  store: CheckpointStore,
  given: RestoreInputs,
  ctx: JobContext & { journals: string | undefined },
  ports: Pick<RestorePorts, 'runner' | 'workspace'>,
): Promise<Record<string, string>> {
  const log = ports.runner.log;
  const r = await ports.workspace.restore({
    store,
    checkpoint: target.checkpoint,
    dest: path.resolve(ctx.workspace, given.dest.trim() || '.'),
    workspace: ctx.workspace,
    destOutsideWorkspace: given.destOutsideWorkspace,
    destInput: {
      input: "input 'dest'",
      optIn: "'dest-outside-workspace: true'",
      given: given.dest.trim() || '.',
    },
    ...(ctx.journals ? { journalDir: ctx.journals } : {}),
    ...(given.paths.length ? { paths: given.paths } : {}),
    dryRun: given.dryRun,
    keepSpecialModes: given.keepSpecialModes === true,
    ...(given.verify ? { verify: given.verify } : {}),
    logger: log,
  });
  if (given.dryRun) {
    const c = r.changes;
    for (const line of changeLines(c)) log.info(inert(line));
    log.info(
      `Dry run of ${target.id}: ${c.added.length} to add, ${c.modified.length} to modify, ${c.deleted.length} to delete; nothing changed.`,
    );
  }
  return restoreOutputs(target.id, r);
}
