import { parseJobEnv } from '../../src/core/job-env.js';
import {
  jobStartFromEnv,
  jobStartOf,
  otherLegOfJob,
  parseJobStart,
  reportStart,
} from '../../src/core/job-start.js';

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
    // A resume compares the leg's values, whatever order toJSON(matrix) gave their keys in.
    const values = (matrix: string): string | undefined =>
      jobEnv({ GITHUB_JOB: 'test', 'INPUT_JOB-INDEX': '0', INPUT_MATRIX: matrix }).legValues;
    expect(values('{"os":"linux","cfg":{"b":1,"a":[2]}}')).toBe('{"cfg":{"a":[2],"b":1},"os":"linux"}');
    expect(values('{"cfg":{"a":[2],"b":1},"os":"linux"}')).toBe(
      values('{"os":"linux","cfg":{"b":1,"a":[2]}}'),
    );
    expect(values('{"os":"macos"}')).not.toBe(values('{"os":"linux"}'));
    expect(values('null')).toBeUndefined();
    // State written before identities existed still parses.
    expect(parseJobStart('{"startedAt":"x","attempt":2,"job":"b"}')).toMatchObject({ identity: 'b' });
  });

  it("takes main's state when there is one, else the environment (post after a main that failed first)", () => {
    const env = jobEnv({ GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'build' });
    const saved = jobStartFromEnv(env, '11', new Date('2026-01-01T00:00:00Z'));
    expect(jobStartOf(JSON.stringify(saved), env, '99', new Date(5))).toEqual(saved);
    expect(jobStartOf('', env, '99', new Date(5))).toMatchObject({
      attempt: 2,
      jobId: '99',
      startedAt: new Date(5).toISOString(),
    });
  });

  it('treats missing or corrupt state as "main wrote none"', () => {
    expect(parseJobStart('')).toBeUndefined();
    expect(parseJobStart('{not json')).toBeUndefined();
    expect(parseJobStart('{"startedAt":1}')).toBeUndefined();
  });

  describe("the report's start: the jobs API's started_at of the job, else ci-recovery's step", () => {
    const step = '2026-11-30T03:00:05.000Z';

    it('takes a date-time at or before the step, in UTC or with an offset', () => {
      expect(reportStart(step, '2026-11-30T03:00:00Z')).toEqual({ startedAt: '2026-11-30T03:00:00.000Z' });
      expect(reportStart(step, '2026-11-30T04:00:00+01:00')).toEqual({
        startedAt: '2026-11-30T03:00:00.000Z',
      });
      // A job may run for days on a self-hosted runner before this step.
      expect(reportStart(step, '2026-11-26T03:00:05Z')).toEqual({ startedAt: '2026-11-26T03:00:05.000Z' });
    });

    it('counts from the step when the answer is missing, null, in the future or not a date-time', () => {
      for (const answer of [undefined, '', 'null', '2026-11-30T03:00:06Z']) {
        expect(reportStart(step, answer)).toEqual({ startedAt: step, fromStep: true });
      }
    });

    // Date.parse reads '1' as 2001-01-01 and 'garbage 12' as 2001-12-01: a job 25 years long.
    it('refuses a value Date.parse reads as a date but GitHub never sends (not an ISO 8601 date-time)', () => {
      for (const answer of ['1', '0', 'garbage 12', '12/31', '2026', 'Mon, 30 Nov 2026 03:00:00 GMT']) {
        expect(reportStart(step, answer)).toEqual({ startedAt: step, fromStep: true });
      }
    });

    // A job runs at most 5 days (docs.github.com, "Usage limits for self-hosted runners": job execution time).
    it('refuses a start longer before the step than any job runs (the epoch, last year)', () => {
      for (const answer of ['1970-01-01T00:00:00Z', '2025-11-30T03:00:00Z', '2026-11-25T03:00:04Z']) {
        expect(reportStart(step, answer)).toEqual({ startedAt: step, fromStep: true });
      }
    });
  });
});

test('otherLegOfJob: two legs of one job (in a called workflow too), never another job or the same leg', () => {
  expect(otherLegOfJob('test.leg0', 'test.leg1')).toBe(true);
  expect(otherLegOfJob('test.leg0.via-ci', 'test.leg10.via-ci')).toBe(true);
  expect(otherLegOfJob('test.leg1', 'test.leg1')).toBe(false);
  expect(otherLegOfJob('build.leg0', 'test.leg1')).toBe(false);
  expect(otherLegOfJob('test', 'test.leg1')).toBe(false);
  expect(otherLegOfJob('test.leg0.via-a', 'test.leg1.via-b')).toBe(false);
});
