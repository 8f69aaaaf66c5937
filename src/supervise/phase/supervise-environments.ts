/**
 * Which of a run's jobs deploy to an environment, read from its workflow file and the reusable workflows
 * it calls: the jobs API does not say, and a deployment is left to a person by default.
 */
import {
  calledDeployingJobs,
  calledWorkflow,
  environmentOfJob,
  readWorkflow,
  type DeployingJob,
  type WorkflowCall,
} from '../core/workflow-jobs.js';
import { errorMessage } from '../../core/errors.js';
import type { JobView, RunDetails } from '../core/supervise-model.js';
import type { SupervisorGitHub } from '../ports/github.js';

/**
 * Each job's `environment`, from the workflow file at the run's head sha (the jobs API does not give it),
 * and from the reusable workflows it calls, of this repository or another (their jobs run as
 * `<caller> / <callee>`). A
 * file that cannot be read or parsed leaves the jobs as they are: deployments are then known by their
 * names only (supervise.deploy-jobs), and the summary says why.
 */
export async function withEnvironments(
  jobs: JobView[],
  details: RunDetails,
  github: SupervisorGitHub,
  problems: string[],
): Promise<JobView[]> {
  const file = details.workflowPath;
  const unread = `which jobs deploy to an environment is unknown, so deployments are known by supervise.deploy-jobs only`;
  if (!file) {
    problems.push(`${unread}: the run does not name its workflow file`);
    return jobs;
  }
  const deploying = await workflowDeploying(file, { ref: details.run.headSha }, github, {
    depth: 0,
    read: new Map(),
  });
  if ('problem' in deploying) {
    problems.push(`${unread}: ${deploying.problem}`);
    return jobs;
  }
  problems.push(...deploying.problems.map((p) => `${unread}: ${p}`));
  return jobs.map((job) => {
    const environment = job.environment ?? environmentOfJob(job.name, deploying.jobs);
    return environment ? { ...job, environment } : job;
  });
}

/** GitHub nests reusable workflows at most 4 levels below the caller; a run calls at most 20 workflows. */
const MAX_CALL_DEPTH = 4;
const MAX_CALLED_FILES = 20;

/** Where a workflow file is read: the run's repository (no `repo`) or another one, at `ref`. */
interface WorkflowSource {
  repo?: string;
  ref: string;
}

type Deploying = { jobs: DeployingJob[]; problems: string[] } | { problem: string };

/**
 * The deploying jobs of the workflow `file` read from `source`, with those of the workflows it calls, of
 * this repository or another (named as the run names them); a called file that cannot be told about is a
 * problem, not a stop.
 */
async function workflowDeploying(
  file: string,
  source: WorkflowSource,
  github: SupervisorGitHub,
  walk: { depth: number; read: Map<string, Deploying> },
): Promise<Deploying> {
  const at = source.repo ? `${source.repo}/${file}@${source.ref}` : `${file} at ${source.ref.slice(0, 12)}`;
  let text: string | undefined;
  try {
    text = await github.readFile(file, source.ref, source.repo);
  } catch (error) {
    return { problem: `${at} could not be read (${errorMessage(error)})` };
  }
  if (text === undefined)
    return {
      problem: source.repo
        ? `${at} could not be read (it is not there, or the token cannot read ${source.repo})`
        : `${at} is not in the repository`,
    };
  const read = readWorkflow(text, at);
  if ('problem' in read) return read;
  const jobs = [...read.deploying];
  const problems: string[] = [];
  for (const call of read.calls) {
    const inner = await calledDeploying(call, source, github, walk);
    if ('problem' in inner) problems.push(inner.problem);
    else {
      jobs.push(...calledDeployingJobs(call, inner.jobs));
      problems.push(...inner.problems);
    }
  }
  return { jobs, problems };
}

/**
 * The deploying jobs of the workflow a job calls. A `./` call is read where its caller was read (GitHub
 * takes it from the caller's commit); `owner/repo/…@ref` from that repository at that ref. Each file is read
 * once: a second caller of it gets its jobs under its own name, and its problems are said once.
 */
async function calledDeploying(
  call: WorkflowCall,
  caller: WorkflowSource,
  github: SupervisorGitHub,
  walk: { depth: number; read: Map<string, Deploying> },
): Promise<Deploying> {
  const called = calledWorkflow(call.uses);
  const source = called?.from ?? caller;
  const key = called ? `${source.repo ?? ''}@${source.ref}:${called.path}` : '';
  const seen = walk.read.get(key);
  if (seen) return 'problem' in seen ? { jobs: [], problems: [] } : { jobs: seen.jobs, problems: [] };
  if (!called || walk.depth >= MAX_CALL_DEPTH || walk.read.size >= MAX_CALLED_FILES)
    return { problem: `the jobs of '${call.name}' run the called workflow ${call.uses}, which is not read` };
  const result = await workflowDeploying(called.path, source, github, { ...walk, depth: walk.depth + 1 });
  walk.read.set(key, result);
  return result;
}
