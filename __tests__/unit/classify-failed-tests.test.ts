/**
 * The classifier's `failedTests` signal: the failed tests a step's own reports name (run/ reads them). It
 * types the failure `test` at high confidence after the runner's lost step, a cancellation, a kill or a time
 * limit, and not over a transient the log's lines show.
 */
import { classify } from '../../src/core/classify/index.js';

const failedTests = { first: 'jest:src/a.test.js::adds', count: 3 };

describe('failed tests named by the step’s own reports', () => {
  it('type an output that says nothing as test, high, shown by the first failed test', () => {
    expect(classify({ stage: 'tests', exitCode: 1, log: 'done\n', failedTests })).toEqual({
      type: 'test',
      confidence: 'high',
      retryable: false,
      rule: 'report:junit',
      evidence: { line: 0, text: 'jest:src/a.test.js::adds failed (1 of 3 failed tests)' },
    });
    const one = classify({ exitCode: 1, failedTests: { first: 'go:m::T', count: 1 } });
    expect(one.evidence?.text).toBe('go:m::T failed');
    const cut = classify({ exitCode: 1, failedTests: { first: 'go:m::T', count: 1, cut: true } });
    expect(cut.evidence?.text).toBe('go:m::T failed (1 of at least 1 failed tests)');
    expect(classify({ exitCode: 1, failedTests: { first: 'go:m::T', count: 0 } }).type).toBe('unknown');
  });

  it('outrank a wrong deterministic type the log gives', () => {
    const log = 'error TS2304: Cannot find name "x".\n';
    expect(classify({ exitCode: 1, log }).type).toBe('build');
    expect(classify({ exitCode: 1, log, failedTests }).type).toBe('test');
  });

  it('come after the runner’s lost step, a cancellation, a kill and a time limit', () => {
    const lost =
      'The runner has received a shutdown signal. This can happen when the runner service is stopped\n';
    expect(classify({ exitCode: 1, log: lost, failedTests }).type).toBe('infrastructure');
    expect(classify({ conclusion: 'cancelled', failedTests }).type).toBe('cancelled');
    expect(classify({ exitCode: 124, failedTests }).type).toBe('timeout');
    expect(classify({ exitCode: 137, failedTests }).type).toBe('resource');
    expect(classify({ signal: 'SIGKILL', failedTests }).type).toBe('resource');
    expect(classify({ signal: 'SIGTERM', failedTests }).type).toBe('cancelled');
  });

  it('leave a transient the log shows as it is: it may be what made the tests fail, and a retry may cure it', () => {
    const network =
      "fatal: unable to access 'https://github.com/o/r.git/': Could not resolve host: github.com\n";
    expect(classify({ exitCode: 1, log: network, failedTests })).toMatchObject({
      type: 'network',
      retryable: true,
    });
    const memory =
      '<--- JS stacktrace --->\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n';
    expect(classify({ exitCode: 1, log: memory }).type).toBe('resource');
    expect(classify({ exitCode: 1, log: memory, failedTests }).type).toBe('resource');
  });

  it('do not keep a transient the job got past: the failed tests are the failure', () => {
    // A download retried and survived (the build went on to succeed), then the tests failed.
    const log = [
      '> Task :compileJava',
      "Could not GET 'https://repo.maven.apache.org/maven2/org/x/1.0/x-1.0.pom'. Received status code 503 from server: Service Unavailable",
      'Retrying download',
      'BUILD SUCCESSFUL in 41s',
      '+ ./run-integration.sh',
      'exit 1',
    ].join('\n');
    expect(classify({ stage: 'test', exitCode: 1, log })).toMatchObject({ type: 'network', retryable: true });
    expect(classify({ stage: 'test', exitCode: 1, log, failedTests })).toMatchObject({
      type: 'test',
      retryable: false,
    });
  });

  it("keep the log's own test line where a rule read it, now sure of it", () => {
    const log = ['FAIL src/a.test.js', '  ● adds', '', '    expect(received).toBe(expected)', ''].join('\n');
    const alone = classify({ exitCode: 1, log });
    const told = classify({ exitCode: 1, log, failedTests });
    expect(told.type).toBe('test');
    expect(told.rule).toBe(alone.rule);
    expect(told.evidence).toEqual(alone.evidence);
    expect(told.evidence!.line).toBeGreaterThan(0);
    expect(told.confidence).toBe('high');
  });
});
