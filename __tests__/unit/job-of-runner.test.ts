import { describe, expect, it } from '@jest/globals';
import { jobOfRunner, type ListedJob } from '../../src/core/job-of-runner.js';

const job = (id: number, name: string, runnerName: string | null, status = 'in_progress'): ListedJob => ({
  id,
  name,
  status,
  runnerName,
});

describe('jobOfRunner (GHES: no job.check_run_id)', () => {
  it("finds the attempt's one job in progress on this runner, among legs of the same name", () => {
    const jobs = [
      job(1, 'build', 'runner-a', 'completed'),
      job(2, 'build', 'runner-b'),
      job(3, 'build', 'runner-a'),
      job(4, 'lint', null, 'queued'),
    ];
    expect(jobOfRunner(jobs, { runnerName: 'runner-a', jobKey: 'build' })).toEqual({
      found: true,
      jobId: 3,
      by: 'runner',
    });
  });

  it('falls back to the only job in progress named by the key when no job is on the runner', () => {
    const jobs = [job(2, 'build', null), job(5, 'lint', 'runner-b')];
    expect(jobOfRunner(jobs, { jobKey: 'build' })).toEqual({ found: true, jobId: 2, by: 'name' });
    expect(jobOfRunner(jobs, { runnerName: 'runner-z', jobKey: 'build' })).toEqual({
      found: true,
      jobId: 2,
      by: 'name',
    });
  });

  it('never guesses among several, and says why', () => {
    const twoOnRunner = [job(1, 'a', 'r'), job(2, 'b', 'r')];
    expect(jobOfRunner(twoOnRunner, { runnerName: 'r', jobKey: 'a' })).toEqual({
      found: false,
      reason: "2 jobs of this run attempt are in progress on a runner named 'r'",
    });
    const twoNamed = [job(1, 'build', 'x'), job(2, 'build', 'y')];
    expect(jobOfRunner(twoNamed, { runnerName: 'r', jobKey: 'build' })).toEqual({
      found: false,
      reason: "2 jobs named 'build' are in progress and none on runner 'r' is",
    });
    expect(jobOfRunner([], { jobKey: 'build' })).toEqual({
      found: false,
      reason: "no job of this run attempt is in progress (RUNNER_NAME is not set) nor named 'build'",
    });
  });
});
