import { jobStartFromEnv, parseJobStart } from '../../src/core/job-start.js';

describe('job start', () => {
  it('round-trips through state', () => {
    const start = jobStartFromEnv(
      { GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '3', GITHUB_JOB: 'build' },
      '9001',
      new Date('2026-01-02T03:04:05Z'),
    );
    expect(start).toEqual({
      startedAt: '2026-01-02T03:04:05.000Z',
      runId: '42',
      attempt: 3,
      job: 'build',
      jobId: '9001',
    });
    expect(parseJobStart(JSON.stringify(start))).toEqual(start);
  });

  it('falls back to attempt 1 on a nonsense attempt and drops an empty job id', () => {
    const start = jobStartFromEnv({ GITHUB_RUN_ATTEMPT: 'x' }, '', new Date(0));
    expect(start.attempt).toBe(1);
    expect(start).not.toHaveProperty('jobId');
  });

  it('treats missing or corrupt state as "pre did not run"', () => {
    expect(parseJobStart('')).toBeUndefined();
    expect(parseJobStart('{not json')).toBeUndefined();
    expect(parseJobStart('{"startedAt":1}')).toBeUndefined();
  });
});
