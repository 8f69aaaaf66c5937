import { condition, evaluate, interpolate } from '../../stand/runner/expressions.js';

const contexts = {
  github: { run_id: '42', event_name: 'push', ref: 'refs/heads/main' },
  job: { check_run_id: 1234 },
  runner: { os: 'Linux' },
  env: { MODE: 'fast' },
  steps: { build: { outcome: 'failure', conclusion: 'success', outputs: { lane: 'HEAVY' } } },
};

describe('expressions (@actions/expressions)', () => {
  it('interpolates ${{ }} with the github, job, runner, env and steps contexts', () => {
    expect(
      interpolate('run ${{ github.run_id }} job ${{ job.check_run_id }} on ${{ runner.os }}', contexts),
    ).toBe('run 42 job 1234 on Linux');
    expect(interpolate("${{ steps.build.outputs.lane == 'HEAVY' && env.MODE || 'none' }}", contexts)).toBe(
      'fast',
    );
    expect(interpolate('no expressions here', contexts)).toBe('no expressions here');
  });

  it('defaults to success() and wraps conditions without a status function', () => {
    expect(condition(undefined, contexts, { status: 'success' })).toBe(true);
    expect(condition(undefined, contexts, { status: 'failure' })).toBe(false);
    // `github.event_name == 'push'` alone does not run after a failure: it means success() && (...).
    expect(condition("github.event_name == 'push'", contexts, { status: 'failure' })).toBe(false);
    expect(condition("${{ github.event_name == 'push' }}", contexts, { status: 'success' })).toBe(true);
  });

  it('evaluates the status functions against the job status', () => {
    expect(condition('failure()', contexts, { status: 'failure' })).toBe(true);
    expect(condition('failure()', contexts, { status: 'success' })).toBe(false);
    expect(condition('always()', contexts, { status: 'failure' })).toBe(true);
    expect(condition('cancelled()', contexts, { status: 'failure' })).toBe(false);
    expect(condition('', contexts, { status: 'failure' }, 'always()')).toBe(true);
    expect(condition("always() && steps.build.outcome == 'failure'", contexts, { status: 'success' })).toBe(
      true,
    );
  });

  it('rejects unknown contexts as the runner does', () => {
    expect(() => evaluate('nope.x', contexts)).toThrow();
  });
});
