/** What pre records about the job before any step runs, carried to main and post through state. */
export interface JobStart {
  startedAt: string;
  runId: string;
  attempt: number;
  job: string;
  jobId?: string;
}

export function jobStartFromEnv(env: NodeJS.ProcessEnv, jobId: string, now: Date): JobStart {
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
  return {
    startedAt: now.toISOString(),
    runId: env.GITHUB_RUN_ID ?? '',
    attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
    job: env.GITHUB_JOB ?? '',
    ...(jobId ? { jobId } : {}),
  };
}

/** Parses pre's state; undefined when pre did not run (e.g. a local action, where pre is skipped). */
export function parseJobStart(text: string): JobStart | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<JobStart>;
    if (typeof value.startedAt !== 'string' || typeof value.attempt !== 'number') return undefined;
    return {
      startedAt: value.startedAt,
      runId: value.runId ?? '',
      attempt: value.attempt,
      job: value.job ?? '',
      ...(value.jobId ? { jobId: value.jobId } : {}),
    };
  } catch {
    return undefined;
  }
}
