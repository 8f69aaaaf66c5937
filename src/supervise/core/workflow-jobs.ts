/**
 * Which jobs of a workflow deploy to an `environment`, read from the workflow file itself: the jobs API
 * does not say. A run's job is named by its `name:` (or its key when it has none), with ` (a, b)` after
 * it for a matrix leg; a `name:` with an expression is matched as a glob, the expression as `*`. Pure:
 * the supervisor's adapter fetches the file at the run's head sha. The file is untrusted (a pull request
 * may have changed it): it is bounded in size and aliases, and anything odd is a reason, not a crash.
 */
import { parseDocument } from 'yaml';
import { errorMessage } from '../../core/errors.js';
import { globMatches } from '../../core/job-filter.js';

/** A workflow file larger than this is not read (GitHub's own limit for a workflow file is 512 KiB). */
export const MAX_WORKFLOW_BYTES = 1024 * 1024;

export interface DeployingJob {
  /** The job's key under `jobs:`. */
  key: string;
  /** Its `name:` as written (may hold `${{ }}`), else the key. */
  name: string;
  /** The environment's name as written (`environment: prod` or `environment: { name: prod }`). */
  environment: string;
}

/**
 * A job that calls a reusable workflow (`uses:` at the job's level): its jobs run as `<name> / <callee's
 * job name>`, and their `environment` is written in the called file, which the caller must read too.
 */
export interface WorkflowCall {
  /** The calling job's `name:` (or key), as the run's job names start with it. */
  name: string;
  /** The called workflow as written: `./.github/workflows/x.yml`, or `owner/repo/path@ref`. */
  uses: string;
}

/** The jobs with an `environment` and the reusable workflows called, or why the file cannot tell. */
export function readWorkflow(
  text: string,
  file: string,
): { deploying: DeployingJob[]; calls: WorkflowCall[] } | { problem: string } {
  if (Buffer.byteLength(text) > MAX_WORKFLOW_BYTES)
    return { problem: `${file} is larger than ${MAX_WORKFLOW_BYTES} bytes; not read` };
  let root: unknown;
  try {
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length > 0) return { problem: `${file} is not valid YAML: ${doc.errors[0]!.message}` };
    root = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { problem: `${file} could not be read as YAML: ${errorMessage(error)}` };
  }
  const jobs = isRecord(root) ? root.jobs : undefined;
  if (!isRecord(jobs)) return { problem: `${file} has no 'jobs:' map` };
  const deploying: DeployingJob[] = [];
  const calls: WorkflowCall[] = [];
  for (const [key, job] of Object.entries(jobs)) {
    if (!isRecord(job)) continue;
    const name = typeof job.name === 'string' && job.name.trim() ? job.name.trim() : key;
    if (typeof job.uses === 'string' && job.uses.trim()) calls.push({ name, uses: job.uses.trim() });
    const environment = environmentName(job.environment);
    if (environment === undefined) continue;
    deploying.push({ key, name, environment });
  }
  return { deploying, calls };
}

/**
 * Whether the workflow file takes a `workflow_dispatch` (GitHub refuses a dispatch at a ref whose file has
 * none: 422 "Workflow does not have 'workflow_dispatch' trigger"): `on: workflow_dispatch`, a list naming
 * it, or a map with the key. Undefined: the file cannot tell (too large, not YAML, no `on:`), so a dispatch
 * is tried and GitHub answers.
 */
export function takesDispatch(text: string): boolean | undefined {
  if (Buffer.byteLength(text) > MAX_WORKFLOW_BYTES) return undefined;
  let root: unknown;
  try {
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length > 0) return undefined;
    root = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // an unreadable file tells nothing: the dispatch is tried, and GitHub's answer decides
    return undefined;
  }
  // The yaml package reads YAML 1.2, where the key `on` stays a string (1.1 would make it true).
  const on = isRecord(root) ? root.on : undefined;
  if (on === undefined) return undefined;
  if (typeof on === 'string') return on === 'workflow_dispatch';
  if (Array.isArray(on)) return on.includes('workflow_dispatch');
  return isRecord(on) ? Object.hasOwn(on, 'workflow_dispatch') : undefined;
}

/**
 * The path of a called workflow in this repository (`./.github/workflows/x.yml`), read at the caller's
 * sha as GitHub does; undefined for another repository's (`owner/repo/path@ref`).
 */
export function localWorkflowPath(uses: string): string | undefined {
  const m = /^\.\/(\.github\/workflows\/[^@\s]+\.ya?ml)$/.exec(uses);
  return m?.[1] && !m[1].split('/').includes('..') ? m[1] : undefined;
}

/** Where a called workflow is read: its path, and for another repository's, that repository and ref. */
export interface CalledWorkflow {
  path: string;
  /** `owner/name` and the ref the call names; absent: the caller's repository at the caller's commit. */
  from?: { repo: string; ref: string };
}

/**
 * A `uses:` of a job: a workflow of this repository (`./.github/workflows/x.yml`), or of another one
 * (`owner/repo/.github/workflows/x.yml@ref`, GitHub's only two forms); undefined for anything else.
 */
export function calledWorkflow(uses: string): CalledWorkflow | undefined {
  const local = localWorkflowPath(uses);
  if (local) return { path: local };
  const m =
    /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/(\.github\/workflows\/[^@\s]+\.ya?ml)@([^\s@]{1,255})$/.exec(
      uses,
    );
  if (!m?.[1] || !m[2] || !m[3] || !m[4] || m[3].split('/').includes('..') || /^\.+$/.test(m[2]))
    return undefined;
  return { path: m[3], from: { repo: `${m[1]}/${m[2]}`, ref: m[4] } };
}

/**
 * The called workflow's deploying jobs as the run names them: `<caller> / <callee>` (a matrix of the
 * caller may put its values after the caller's name: matched as a glob).
 */
export function calledDeployingJobs(call: WorkflowCall, deploying: readonly DeployingJob[]): DeployingJob[] {
  return deploying.map((job) => ({
    key: `${call.name}* / ${job.key}`,
    name: `${call.name}* / ${job.name}`,
    environment: job.environment,
  }));
}

/** The environment a run's job deploys to, when one of `deploying` is that job (a matrix leg included). */
export function environmentOfJob(jobName: string, deploying: readonly DeployingJob[]): string | undefined {
  // "deploy (prod, eu)" is a leg of "deploy"; a called workflow's job is "caller / callee".
  const base = jobName.replace(/ \([^()]*\)$/, '');
  for (const job of deploying) {
    const names = [job.name, job.key];
    for (const candidate of [jobName, base])
      if (names.some((n) => candidate === n || globMatches(expressionsAsStars(n), candidate)))
        return job.environment;
  }
  return undefined;
}

/** A job's name or key as a glob: each `${{ expression }}` stands for any text. */
const expressionsAsStars = (name: string): string =>
  name.replace(/\$\{\{[^}]*\}\}/g, '*').replace(/\*+/g, '*');

function environmentName(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (isRecord(value) && typeof value.name === 'string') return value.name.trim() || undefined;
  // An environment given some other way (an expression object, a number) still deploys.
  return value === undefined || value === null ? undefined : String(JSON.stringify(value));
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
