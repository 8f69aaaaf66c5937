/**
 * Which job of a run attempt is this one, when its id is not known: GitHub Enterprise Server has no
 * `job.check_run_id` (github/docs `content/actions/reference/workflows-and-actions/contexts.md`, the `job`
 * table: `{% ifversion fpt or ghec %}`), so the `job-id` input is empty there. The jobs API of the attempt
 * names each job's runner (`runner_name`, REST "List jobs for a workflow run attempt"), and a runner runs one
 * job at a time: the attempt's one job in progress on RUNNER_NAME is this one. Without a runner name, or
 * no such job, a job in progress named by the job's key (the API's name when the workflow gives none) is,
 * when it is the only one.
 */
import { inert } from './text.js';

/** A job as the jobs API of a run attempt lists it. */
export interface ListedJob {
  id: number;
  name: string;
  status: string;
  runnerName?: string | null;
}

export type JobOfRunner =
  { found: true; jobId: number; by: 'runner' | 'name' } | { found: false; reason: string };

/** This job among the attempt's, by its runner's name, else by its key; never a guess among several. */
export function jobOfRunner(
  jobs: ListedJob[],
  who: { runnerName?: string | undefined; jobKey: string },
): JobOfRunner {
  const running = jobs.filter((j) => j.status === 'in_progress');
  if (who.runnerName) {
    const onRunner = running.filter((j) => j.runnerName === who.runnerName);
    if (onRunner.length === 1) return { found: true, jobId: onRunner[0]!.id, by: 'runner' };
    if (onRunner.length > 1)
      return {
        found: false,
        reason: `${onRunner.length} jobs of this run attempt are in progress on a runner named '${inert(who.runnerName)}'`,
      };
  }
  const named = who.jobKey ? running.filter((j) => j.name === who.jobKey) : [];
  if (named.length === 1) return { found: true, jobId: named[0]!.id, by: 'name' };
  const runner = who.runnerName ? `on runner '${inert(who.runnerName)}'` : '(RUNNER_NAME is not set)';
  return {
    found: false,
    reason:
      named.length > 1
        ? `${named.length} jobs named '${inert(who.jobKey)}' are in progress and none ${runner} is`
        : `no job of this run attempt is in progress ${runner} nor named '${inert(who.jobKey)}'`,
  };
}
