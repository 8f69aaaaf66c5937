/**
 * A test that fails under the coverage its step collects, every run: babel-istanbul rewrites a function's
 * source text, pytest-cov's tracer is `sys.gettrace()`, vitest's and node's V8 profiler counts calls, JaCoCo's
 * agent adds a method to each class. A re-run without coverage would pass it and call it
 * flaky; the re-run keeps the step's coverage (its threshold and reports off), so it stays red. Through the
 * real `dist/run.js` with real runners. Needs a built dist (`npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { testStep } from '../../stand/scenarios/test-rerun.js';
import { describeIfRunner } from '../runners.js';
import { JACOCO_AGENT, MAVEN_JACOCO, NODE_COUNTS, VITEST_COUNTS } from './coverage-fixtures.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
});

const PR = { pullRequest: true };
const withNodeModules = {
  ...PR,
  prepare: (dir: string) => symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules')),
};

describe('a test that fails only under the coverage the step collects', () => {
  it('jest --coverage: the source text of an instrumented function is not as written, every run: red', async () => {
    const files = {
      'package.json': '{"name":"p","jest":{"testEnvironment":"node"}}',
      'lib.js': 'exports.add = (a, b) => a + b;\n',
      'lib.test.js':
        "test('source', () => { expect(String(require('./lib').add)).toBe('(a, b) => a + b'); });\n",
    };
    const r = await testStep(files, { run: 'npx jest --ci --coverage' }, withNodeModules);
    expect(r.log).toContain(
      "re-run 1): npx jest --ci --coverage --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'lib.test.js' -t '^(source)$'",
    );
    expect(r.log).toContain('jest:lib.test.js::source: failed on 1 re-run(s) of itself');
    expect(r.outputs['flaky-tests'] ?? '').toBe('');
    expect(r.conclusion).toBe('failure');
  });

  it("jest's collectCoverage in its config: the same, the re-run no longer switches it off", async () => {
    const files = {
      'package.json': '{"name":"p","jest":{"testEnvironment":"node","collectCoverage":true}}',
      'lib.js': 'exports.add = (a, b) => a + b;\n',
      'lib.test.js':
        "test('source', () => { expect(String(require('./lib').add)).toBe('(a, b) => a + b'); });\n",
    };
    const r = await testStep(files, { run: 'npx jest --ci' }, withNodeModules);
    expect(r.log).toContain(
      "re-run 1): npx jest --ci --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'lib.test.js' -t '^(source)$'",
    );
    expect(r.log).toContain('jest:lib.test.js::source: failed on 1 re-run(s) of itself');
    expect(r.conclusion).toBe('failure');
  });
});

describe('a test that fails only under vitest --coverage (the V8 provider)', () => {
  it("vitest run --coverage: the profiler's counts are not the test's own, every run: red", async () => {
    const files = { 'package.json': '{"name":"p","type":"module"}', 'counts.test.mjs': VITEST_COUNTS };
    const r = await testStep(
      files,
      { run: 'npx vitest run --coverage --coverage.thresholds.lines=100 --coverage.reporter=lcov' },
      withNodeModules,
    );
    expect(r.log).toContain(
      "re-run 1): npx vitest run --coverage --coverage.reporter=text-summary --coverage.clean=false --coverage.thresholds.autoUpdate=false --coverage.thresholds.100=false --coverage.thresholds.lines=0 --coverage.thresholds.functions=0 --coverage.thresholds.branches=0 --coverage.thresholds.statements=0 --reporter=verbose 'counts.test.mjs' -t '^(counts calls from its start)$'",
    );
    expect(r.log).toContain(
      'vitest:counts.test.mjs::counts calls from its start: failed on 1 re-run(s) of itself',
    );
    expect(r.outputs['flaky-tests'] ?? '').toBe('');
    expect(r.conclusion).toBe('failure');
  });
});

describeIfRunner('pytest-cov', 'a test that fails only under pytest-cov', () => {
  it('pytest --cov: a test that needs no tracer fails every run: red', async () => {
    const files = {
      'test_trace.py': 'import sys\n\ndef test_no_tracer():\n    assert sys.gettrace() is None\n',
    };
    const r = await testStep(files, { run: 'python3 -m pytest --cov=. -q' }, PR);
    expect(r.log).toContain(
      "re-run 1): python3 -m pytest -q --cov=. --cov-fail-under=0 --cov-report= --cov-append -rA 'test_trace.py::test_no_tracer'",
    );
    expect(r.log).toContain('pytest:test_trace.py::test_no_tracer: failed on 1 re-run(s) of itself');
    expect(r.outputs['flaky-tests'] ?? '').toBe('');
    expect(r.conclusion).toBe('failure');
  });
});

describe('a test that fails only under node --test --experimental-test-coverage', () => {
  it("the V8 profiler's counts are not the test's own, every run: the re-run keeps the coverage, red", async () => {
    const files = { 'package.json': '{"name":"p","type":"module"}', 'counts.test.mjs': NODE_COUNTS };
    const r = await testStep(files, { run: 'node --test --experimental-test-coverage' }, PR);
    expect(r.log).toContain(
      "re-run 1): node --test --experimental-test-coverage --test-reporter=tap --test-name-pattern='^(?:counts calls from its start)$' 'counts.test.mjs'",
    );
    expect(r.log).toContain(
      'node:counts.test.mjs::counts calls from its start: failed on 1 re-run(s) of itself',
    );
    expect(r.outputs['flaky-tests'] ?? '').toBe('');
    expect(r.conclusion).toBe('failure');
  });
});

describeIfRunner('jacoco', 'a Maven test that fails only under the JaCoCo agent', () => {
  it('mvn test: the re-run no longer sets -Djacoco.skip=true, so the agent instruments it again: red', async () => {
    const withAgent = {
      ...PR,
      prepare: (dir: string) => execFileSync('jar', ['xf', JACOCO_AGENT, 'jacocoagent.jar'], { cwd: dir }),
    };
    const r = await testStep(MAVEN_JACOCO, { run: 'mvn -o -B test' }, withAgent);
    expect(r.log).toContain('$jacocoInit');
    expect(r.log).toContain(
      "re-run 1): mvn -o -B test -Dsurefire.failIfNoSpecifiedTests=false '-Dtest=demo.PointTest#noMethods'",
    );
    expect(r.log).toContain('maven:demo.PointTest::noMethods: failed on 1 re-run(s) of itself');
    expect(r.outputs['flaky-tests'] ?? '').toBe('');
    expect(r.conclusion).toBe('failure');
  });
});
