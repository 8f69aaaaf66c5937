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
      identity: 'build',
      jobId: '9001',
    });
    expect(parseJobStart(JSON.stringify(start))).toEqual(start);
  });

  it('falls back to attempt 1 on a nonsense attempt and drops an empty job id', () => {
    const start = jobStartFromEnv({ GITHUB_RUN_ATTEMPT: 'x' }, '', new Date(0));
    expect(start.attempt).toBe(1);
    expect(start).not.toHaveProperty('jobId');
  });

  it('gives each matrix leg its own identity, stable across attempts, with a readable name', () => {
    const env = { GITHUB_RUN_ID: '42', GITHUB_JOB: 'test' };
    const leg = (jobIndex: string, matrix: string) =>
      jobStartFromEnv(env, '', new Date(0), { jobIndex, matrix });
    expect(leg('1', '{"os":"ubuntu-latest","node":20}')).toMatchObject({
      job: 'test',
      identity: 'test.leg1',
      legName: 'test (ubuntu-latest, 20)',
    });
    expect(leg('0', '{"node":18}').identity).toBe('test.leg0');
    // Not a matrix: GitHub gives toJSON(matrix) 'null' and job-index 0.
    expect(leg('0', 'null')).toMatchObject({ identity: 'test' });
    expect(leg('', '')).not.toHaveProperty('legName');
    expect(parseJobStart(JSON.stringify(leg('1', '{"a":1}')))).toMatchObject({ identity: 'test.leg1' });
    // State written before identities existed still parses.
    expect(parseJobStart('{"startedAt":"x","attempt":2,"job":"b"}')).toMatchObject({ identity: 'b' });
  });

  it('treats missing or corrupt state as "pre did not run"', () => {
    expect(parseJobStart('')).toBeUndefined();
    expect(parseJobStart('{not json')).toBeUndefined();
    expect(parseJobStart('{"startedAt":1}')).toBeUndefined();
  });
});
