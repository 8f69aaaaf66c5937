import { parseJobEnv } from '../../src/core/job-env.js';
import { jobStartFromEnv, jobStartOf, parseJobStart } from '../../src/core/job-start.js';

const jobEnv = (vars: Record<string, string>) => parseJobEnv(vars, { cwd: '/w', tmpdir: '/tmp' });

describe('job start', () => {
  it('round-trips through state', () => {
    const start = jobStartFromEnv(
      jobEnv({ GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '3', GITHUB_JOB: 'build' }),
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
    const start = jobStartFromEnv(jobEnv({ GITHUB_RUN_ATTEMPT: 'x' }), '', new Date(0));
    expect(start.attempt).toBe(1);
    expect(start).not.toHaveProperty('jobId');
  });

  it('gives each matrix leg its own identity, stable across attempts, with a readable name', () => {
    // The hidden inputs job-index and matrix reach the step as INPUT_JOB-INDEX and INPUT_MATRIX.
    const leg = (jobIndex: string, matrix: string) =>
      jobStartFromEnv(
        jobEnv({
          GITHUB_RUN_ID: '42',
          GITHUB_JOB: 'test',
          'INPUT_JOB-INDEX': jobIndex,
          INPUT_MATRIX: matrix,
        }),
        '',
        new Date(0),
      );
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

  it("takes pre's state when there is one, else the environment (pre is skipped for a local action)", () => {
    const env = jobEnv({ GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'build' });
    const saved = jobStartFromEnv(env, '11', new Date('2026-01-01T00:00:00Z'));
    expect(jobStartOf(JSON.stringify(saved), env, '99', new Date(5))).toEqual(saved);
    expect(jobStartOf('', env, '99', new Date(5))).toMatchObject({
      attempt: 2,
      jobId: '99',
      startedAt: new Date(5).toISOString(),
    });
  });

  it('treats missing or corrupt state as "pre did not run"', () => {
    expect(parseJobStart('')).toBeUndefined();
    expect(parseJobStart('{not json')).toBeUndefined();
    expect(parseJobStart('{"startedAt":1}')).toBeUndefined();
  });
});
