/**
 * Which failed jobs the supervisor may act on (re-run, or revert for), from the config's `supervise:`
 * section: job and step name globs, and deployments, which are left to a person unless the user says
 * otherwise. Pure.
 */

export interface SuperviseScope {
  /** Jobs the supervisor may act on, by name glob (default: every job). */
  jobs: string[];
  /** Jobs it never acts on, by name glob. */
  excludeJobs: string[];
  /** A job whose failed step's name matches one of these is left to a person. */
  excludeSteps: string[];
  /** Jobs that deploy, by name glob; a job with an `environment` deploys too. */
  deployJobs: string[];
  /** `manual` (default): a deployment is never re-run or reverted for; `policy`: like any other job. */
  deployments: 'manual' | 'policy';
}

export const DEFAULT_SUPERVISE_SCOPE: SuperviseScope = {
  jobs: ['*'],
  excludeJobs: [],
  excludeSteps: [],
  deployJobs: ['*deploy*', '*release*', '*publish*'],
  deployments: 'manual',
};

/**
 * A name glob: `*` any run of characters, `?` one; case-insensitive, whole name. Matched without a regular
 * expression, in time linear in the name for each star (job names come from the run, which a PR may name).
 */
export function globMatches(glob: string, name: string): boolean {
  const g = [...glob.toLowerCase()];
  const n = [...name.toLowerCase()];
  let gi = 0;
  let ni = 0;
  let star = -1;
  let resume = 0;
  while (ni < n.length) {
    if (gi < g.length && (g[gi] === '?' || g[gi] === n[ni])) {
      gi++;
      ni++;
    } else if (gi < g.length && g[gi] === '*') {
      star = gi++;
      resume = ni;
    } else if (star >= 0) {
      gi = star + 1;
      ni = ++resume;
    } else return false;
  }
  while (gi < g.length && g[gi] === '*') gi++;
  return gi === g.length;
}

const firstMatch = (globs: readonly string[], name: string): string | undefined =>
  globs.find((g) => globMatches(g, name));

export interface ScopedJob {
  name: string;
  steps: readonly { name: string; conclusion: string | null }[];
  /** The job's deployment environment, when known. */
  environment?: string;
}

/** Why the supervisor leaves this job to a person; undefined when it may act on it. */
export function outOfScope(
  job: ScopedJob,
  scope: SuperviseScope = DEFAULT_SUPERVISE_SCOPE,
): string | undefined {
  const person = 'left to a person';
  if (!firstMatch(scope.jobs, job.name))
    return `${person}: the job is not in supervise.jobs (${scope.jobs.map((g) => `'${g}'`).join(', ')})`;
  const excluded = firstMatch(scope.excludeJobs, job.name);
  if (excluded) return `${person}: the job matches supervise.exclude-jobs '${excluded}'`;
  for (const step of job.steps) {
    if (step.conclusion !== 'failure') continue;
    const glob = firstMatch(scope.excludeSteps, step.name);
    if (glob) return `${person}: its failed step '${step.name}' matches supervise.exclude-steps '${glob}'`;
  }
  if (scope.deployments === 'manual') {
    if (job.environment)
      return `${person}: the job deploys to the environment '${job.environment}' (deployments are never re-run or reverted for unless supervise.deployments is 'policy')`;
    const deploy = firstMatch(scope.deployJobs, job.name);
    if (deploy)
      return `${person}: the job deploys (its name matches supervise.deploy-jobs '${deploy}'; deployments are never re-run or reverted for unless supervise.deployments is 'policy')`;
  }
  return undefined;
}
