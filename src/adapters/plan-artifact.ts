/**
 * The recovery plan as an artifact: uploaded best-effort by post (plan-upload.ts: one raw JSON file, no
 * zip), read by the supervisor from the completed run through the REST path (`findBy`: token + run id,
 * `actions: read`) with `@actions/artifact`.
 */
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DefaultArtifactClient, type ArtifactClient } from '@actions/artifact';
import { errorMessage } from '../core/errors.js';
import { parsePlan, parsePlanArtifactName, type RecoveryPlan } from '../core/plan-artifact.js';
import type { Repo } from './github.js';
import type { Logger } from '../runner/adapters/logger.js';

/** A plan is a few KiB; anything much larger is not ours (or is hostile): skip it. */
const MAX_PLAN_BYTES = 1024 * 1024;

export interface DownloadPlansOptions {
  token: string;
  runId: number;
  repo: Repo;
  logger?: Logger;
  tempDir?: string;
  client?: ArtifactClient;
  /** Bounds each call to the artifact service (the supervisor's budget); default: unbounded. */
  within?: ArtifactCall;
}

/** Runs one artifact call, `what`, within a time limit; rejects with the reason when it runs out. */
export type ArtifactCall = <T>(what: string, call: () => Promise<T>) => Promise<T>;

const UNBOUNDED: ArtifactCall = (_what, call) => call();

export interface DownloadedPlans {
  /** Valid plans of the run, sorted by job key then attempt. */
  plans: RecoveryPlan[];
  /** Plans that could not be used, one line each (already warned through the logger when given). */
  problems: string[];
}

/** Every recovery plan the jobs of a completed run uploaded (all attempts). Never throws. */
export async function downloadPlans(options: DownloadPlansOptions): Promise<DownloadedPlans> {
  const { token, runId, repo, logger } = options;
  const findBy = { token, workflowRunId: runId, repositoryOwner: repo.owner, repositoryName: repo.repo };
  const client = options.client ?? new DefaultArtifactClient();
  const within = options.within ?? UNBOUNDED;
  const plans: RecoveryPlan[] = [];
  const problems: string[] = [];
  const problem = (message: string): void => {
    problems.push(message);
    logger?.warning(`ci-recovery: ${message}`);
  };
  let dir: string | undefined;
  try {
    const { artifacts } = await within(`listing the artifacts of run ${runId}`, () =>
      client.listArtifacts({ findBy }),
    );
    const ours = artifacts.filter((a) => parsePlanArtifactName(a.name) !== undefined);
    if (ours.length === 0) return { plans, problems };
    dir = await mkdtemp(path.join(options.tempDir ?? os.tmpdir(), 'ci-recovery-plans-'));
    for (const artifact of ours) {
      if (artifact.size > MAX_PLAN_BYTES) {
        problem(
          `recovery plan '${artifact.name}' is ${artifact.size} bytes, too large to be a plan: skipped`,
        );
        continue;
      }
      try {
        const into = path.join(dir, String(artifact.id));
        await mkdir(into, { recursive: true });
        await within(`downloading the recovery plan '${artifact.name}'`, () =>
          client.downloadArtifact(artifact.id, { path: into, findBy }),
        );
        const plan = parsePlan(await readSingleFile(into));
        const named = parsePlanArtifactName(artifact.name);
        if (plan.runId !== runId || plan.attempt !== named?.attempt) {
          problem(
            `recovery plan '${artifact.name}' says run ${plan.runId} attempt ${plan.attempt}: not this run's, skipped`,
          );
          continue;
        }
        plans.push(plan);
      } catch (error) {
        problem(`recovery plan '${artifact.name}' could not be read: ${errorMessage(error)}`);
      }
    }
  } catch (error) {
    // A refusal (it has an HTTP status) is most often the permission; a service that did not answer is not.
    const refused = (error as { status?: unknown }).status !== undefined;
    problem(
      `could not list the artifacts of run ${runId}${refused ? ' (needs `actions: read`)' : ''}: ${errorMessage(error)}`,
    );
  } finally {
    // best effort: the temporary directory is the OS's to clear if removing it fails
    if (dir) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
  plans.sort((a, b) => a.jobKey.localeCompare(b.jobKey) || a.attempt - b.attempt);
  return { plans, problems };
}

export { latestPlans } from '../core/plan-artifact.js';
export { uploadPlan, type UploadPlanResult } from './plan-upload.js';

/** A raw (skipArchive) artifact downloads as one file whose name comes from the server: read whatever is there. */
async function readSingleFile(dir: string): Promise<string> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile());
  if (files.length !== 1 || !files[0])
    throw new Error(`expected one file in the artifact, found ${files.length}`);
  const file = files[0];
  const text = await readFile(path.join(file.parentPath, file.name), 'utf8');
  if (text.length > MAX_PLAN_BYTES) throw new Error('plan file too large');
  return text;
}
