/**
 * Early flake detection end to end (issue 64, item 6): the real `dist/main.js` and `dist/run.js` on a
 * pull request whose change adds a test file, with real jest, vitest and pytest. A new test that fails on
 * every second run (a counter file in a temp dir: deterministic) is named flaky on arrival, and fails the
 * step when `fail-step` says so; a new stable test costs its repeats and nothing more. Needs a built dist:
 * `flock /tmp/build.lock npm run build`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { JEST, JEST_PACKAGE, testStep } from '../../stand/scenarios/test-rerun.js';
import { describeIfRunner } from '../runners.js';
import { VITEST_COUNTS } from './coverage-fixtures.js';

let counters: string;
beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
  counters = mkdtempSync(path.join(os.tmpdir(), 'arrival-counters-'));
});
afterAll(() => rmSync(counters, { recursive: true, force: true }));

/**
 * Three repeats, not the default five: each is a real runner's start, and three already give both outcomes
 * of a test that fails every second run; a count other than the default also shows the key is read.
 */
const config = (failStep: boolean, repeats = 3): string =>
  `tests:\n  early-flake-detection:\n    enabled: true\n    repeats: ${repeats}\n    budget-seconds: 120\n    fail-step: ${failStep}\n`;

/** The counter file of one story: every run of the flaky test adds one to it. */
const counter = (name: string): string => path.join(counters, name);

const JEST_FLAKY = `const fs = require('node:fs');
test('adds', () => { expect(1 + 1).toBe(2); });
test('races the clock', () => {
  const file = process.env.ARRIVAL_COUNTER;
  const runs = fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8')) + 1 : 1;
  fs.writeFileSync(file, String(runs));
  expect(runs % 2).toBe(1); // passes on the step's own run, fails on every second one
});
`;
const JEST_BASE = {
  ...JEST_PACKAGE,
  'src/old.test.js': "test('old', () => {});\n",
};
const FLAKY_KEY = 'jest:src/new.test.js::races the clock';

const arrivalRuns = (log: string, of = 3): number =>
  log.match(new RegExp(`early flake detection: repeat \\d+ of ${of}: `, 'g'))?.length ?? 0;

describe('early flake detection with jest', () => {
  it('a new test that fails on every second run is named flaky on arrival; the step stays green', async () => {
    const r = await testStep(
      { 'src/new.test.js': JEST_FLAKY },
      { run: `${JEST} --ci` },
      {
        base: { ...JEST_BASE, '.github/ci-recovery.yml': config(false) },
        pullRequest: true,
        env: { ARRIVAL_COUNTER: counter('jest-green') },
      },
    );
    expect(r.conclusion).toBe('success');
    expect(arrivalRuns(r.log)).toBe(3);
    // Only the change's file ran again, by its exact path; the step's own pass is not counted (its selection).
    expect(r.log).toContain(
      "--ci --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --runTestsByPath 'src/new.test.js'",
    );
    expect(r.log).toContain(
      `early flake detection: ${FLAKY_KEY} is flaky on arrival: it failed in 2 and passed in 1 of 3 runs of the same code.`,
    );
    expect(r.outputs).toMatchObject({ 'flaky-on-arrival': FLAKY_KEY, 'flaky-tests': FLAKY_KEY });
    expect(r.records[0]?.tests).toEqual([
      {
        id: { runner: 'jest', suite: 'src/new.test.js', name: 'races the clock' },
        outcome: 'flaky',
        retries: 3,
        changed: true,
        arrival: true,
      },
    ]);
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toContainEqual(
      expect.stringContaining('is flaky on arrival'),
    );
  });

  it('with fail-step, the flaky new test fails the step, and the annotation says why', async () => {
    const r = await testStep(
      { 'src/new.test.js': JEST_FLAKY },
      { run: `${JEST} --ci` },
      {
        base: { ...JEST_BASE, '.github/ci-recovery.yml': config(true) },
        pullRequest: true,
        env: { ARRIVAL_COUNTER: counter('jest-red') },
      },
    );
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({ 'flaky-on-arrival': FLAKY_KEY, attempts: '1' });
    expect(r.log).toContain('It fails the step (tests.early-flake-detection.fail-step).');
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toContainEqual(
      expect.stringContaining('flaky on arrival; the step'),
    );
  });

  it('a new stable test costs its repeats and nothing more', async () => {
    const r = await testStep(
      { 'src/new.test.js': "test('adds', () => { expect(1 + 1).toBe(2); });\n" },
      { run: `${JEST} --ci` },
      { base: { ...JEST_BASE, '.github/ci-recovery.yml': config(true) }, pullRequest: true },
    );
    expect(r.conclusion).toBe('success');
    expect(arrivalRuns(r.log)).toBe(3);
    expect(r.log).toContain(
      'early flake detection: 3 repeat(s) of 1 changed test file(s): no test both failed and passed.',
    );
    expect(r.log).not.toContain('re-running');
    expect(r.outputs['flaky-on-arrival']).toBeUndefined();
    expect(r.outputs).toMatchObject({ attempts: '1' });
    expect(r.records[0]?.tests).toBeUndefined();
  });

  it('off unless the team turns it on, and never on a push', async () => {
    const off = await testStep(
      { 'src/new.test.js': JEST_FLAKY },
      { run: `${JEST} --ci` },
      { base: JEST_BASE, pullRequest: true, env: { ARRIVAL_COUNTER: counter('jest-off') } },
    );
    const push = await testStep(
      { 'src/new.test.js': JEST_FLAKY },
      { run: `${JEST} --ci` },
      {
        base: { ...JEST_BASE, '.github/ci-recovery.yml': config(true) },
        env: { ARRIVAL_COUNTER: counter('jest-push') },
      },
    );
    for (const r of [off, push]) {
      expect(r.conclusion).toBe('success');
      expect(r.log).not.toContain('early flake detection');
    }
  });
});

/** A pytest test that passes on the step's own run and fails on every second one (ARRIVAL_COUNTER). */
const PYTEST_FLAKY = `import os
def test_adds():
    assert 1 + 1 == 2
def test_races_the_clock():
    path = os.environ["ARRIVAL_COUNTER"]
    runs = int(open(path).read()) + 1 if os.path.exists(path) else 1
    with open(path, "w") as f:
        f.write(str(runs))
    assert runs % 2 == 1, "fails on every second run"
`;

describeIfRunner('pytest', 'early flake detection with pytest', () => {
  const base = (failStep: boolean): Record<string, string> => ({
    'tests/test_old.py': 'def test_old():\n    pass\n',
    '.github/ci-recovery.yml': config(failStep),
  });
  const run = 'python3 -m pytest -p no:cacheprovider -q tests';

  it('a new test that fails on every second run is flaky on arrival, and fails the step with fail-step', async () => {
    const r = await testStep(
      { 'tests/test_new.py': PYTEST_FLAKY },
      { run },
      { base: base(true), pullRequest: true, env: { ARRIVAL_COUNTER: counter('pytest') } },
    );
    const key = 'pytest:tests/test_new.py::test_races_the_clock';
    expect(r.conclusion).toBe('failure');
    expect(arrivalRuns(r.log)).toBe(3);
    expect(r.log).toContain(
      "early flake detection: repeat 1 of 3: python3 -m pytest -p no:cacheprovider -q 'tests/test_new.py'",
    );
    expect(r.log).toContain(`${key} is flaky on arrival: it failed in 2 and passed in 1 of 3 runs`);
    expect(r.outputs).toMatchObject({ 'flaky-on-arrival': key });
  });

  it('a new stable test costs its repeats and nothing more', async () => {
    const r = await testStep(
      { 'tests/test_new.py': 'def test_adds():\n    assert 1 + 1 == 2\n' },
      { run },
      { base: base(true), pullRequest: true },
    );
    expect(r.conclusion).toBe('success');
    expect(arrivalRuns(r.log)).toBe(3);
    expect(r.log).not.toContain('flaky on arrival');
    expect(r.log).not.toContain('re-running');
    expect(r.outputs['flaky-on-arrival']).toBeUndefined();
  });
});

/** A test broken for good: red, repeated twice, and never named flaky on arrival. */
const broken = (
  r: { log: string; conclusion: string; outputs: Record<string, string | undefined> },
  key: string,
): void => {
  expect(r.conclusion).toBe('failure');
  expect(arrivalRuns(r.log, 2)).toBe(2);
  expect(r.log).toContain(
    'early flake detection: 2 repeat(s) of 1 changed test file(s): no test both failed and passed.',
  );
  expect(r.log).not.toContain('flaky on arrival');
  expect(r.outputs['flaky-on-arrival']).toBeUndefined();
  expect(r.outputs['failed-tests']).toBe(key);
};

/**
 * A new test broken under the step's own flags (a config that sets up the environment, an ini that turns
 * warnings into errors) passes without them: repeats that dropped the flags called it flaky on arrival.
 * The repeats run the step's invocation, as its targeted re-run does, so it is broken in every run.
 */
describe("early flake detection repeats the change's tests the step's way", () => {
  it('npx jest --config: a new test its config breaks fails in every repeat, never flaky', async () => {
    const r = await testStep(
      {
        'src/new.test.js':
          "test('calls the local api', () => { expect(process.env.API_URL ?? 'http://localhost').toBe('http://localhost'); });\n",
      },
      { run: 'npx jest --config ci.config.js' },
      {
        base: {
          ...JEST_BASE,
          'ci.config.js': "module.exports = { testEnvironment: 'node', setupFiles: ['./ci-setup.js'] };\n",
          'ci-setup.js': "process.env.API_URL = 'https://ci.invalid';\n",
          '.github/ci-recovery.yml': config(false, 2),
        },
        pullRequest: true,
        prepare: (dir) => symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules')),
      },
    );
    broken(r, 'jest:src/new.test.js::calls the local api');
    expect(r.log).toContain(
      "repeat 1 of 2: npx jest --config ci.config.js --ci --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --runTestsByPath 'src/new.test.js'",
    );
  });
  it('npx vitest run --config: a new test its config breaks fails in every repeat, never flaky', async () => {
    const r = await testStep(
      {
        'src/new.test.mjs': `import { test, expect } from 'vitest';
test('calls the local api', () => { expect(process.env.API_URL ?? 'http://localhost').toBe('http://localhost'); });
`,
      },
      { run: 'npx vitest run --config vitest.ci.config.mjs' },
      {
        base: {
          'package.json': '{"name":"v","type":"module"}',
          'src/old.test.mjs': "import { test } from 'vitest';\ntest('old', () => {});\n",
          'vitest.ci.config.mjs': "export default { test: { setupFiles: ['./ci-setup.mjs'] } };\n",
          'ci-setup.mjs': "process.env.API_URL = 'https://ci.invalid';\n",
          '.github/ci-recovery.yml': config(false, 2),
        },
        pullRequest: true,
        prepare: (dir) => symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules')),
      },
    );
    broken(r, 'vitest:src/new.test.mjs::calls the local api');
    expect(r.log).toContain(
      "repeat 1 of 2: npx vitest run --config vitest.ci.config.mjs --coverage.reporter=text-summary --coverage.clean=false --coverage.thresholds.autoUpdate=false --coverage.thresholds.100=false --coverage.thresholds.lines=0 --coverage.thresholds.functions=0 --coverage.thresholds.branches=0 --coverage.thresholds.statements=0 --reporter=default 'src/new.test.mjs'",
    );
  });
});

describeIfRunner('pytest', "early flake detection repeats pytest's tests under the step's -c", () => {
  it('pytest -c ci.ini (warnings are errors): a new test that warns fails in every repeat, never flaky', async () => {
    const r = await testStep(
      {
        'tests/test_new.py':
          'import warnings\ndef test_warns():\n    warnings.warn("old api", DeprecationWarning)\n',
      },
      { run: 'python3 -m pytest -c ci.ini -p no:cacheprovider -q tests' },
      {
        base: {
          'tests/test_old.py': 'def test_old():\n    pass\n',
          'ci.ini': '[pytest]\nfilterwarnings =\n    error\n',
          '.github/ci-recovery.yml': config(false, 2),
        },
        pullRequest: true,
      },
    );
    broken(r, 'pytest:tests/test_new.py::test_warns');
    expect(r.log).toContain(
      "repeat 1 of 2: python3 -m pytest -c ci.ini -p no:cacheprovider -q 'tests/test_new.py'",
    );
  });
});

/**
 * The step's own selection (`jest --shard=2/2`, `pytest -k`) is dropped by the repeats, which run every test of
 * the change's files: a broken new test the step's shard never ran failed in every repeat, the step's pass was
 * counted as its pass, and it was named flaky on arrival (and recorded a flake). The step's run vouches for no pass.
 */
describe("early flake detection under the step's own selection", () => {
  it('jest --shard=2/2: a broken new test in shard 1 fails in every repeat: broken when run so, never flaky', async () => {
    const r = await testStep(
      { 'src/new.test.js': "test('broken', () => { throw new Error('broken for good'); });\n" },
      { run: `${JEST} --ci --shard=2/2` },
      { base: { ...JEST_BASE, '.github/ci-recovery.yml': config(false, 2) }, pullRequest: true },
    );
    // jest's shard 2 of 2 holds src/old.test.js alone: the step ran no test of the change.
    expect(r.log).toContain('PASS src/old.test.js');
    expect(arrivalRuns(r.log, 2)).toBe(2);
    expect(r.log).toContain(
      "early flake detection: 1 new test(s) failed in every one of 2 repeats alone, which the step's own run did not name failed (its selection may not run them): broken when run alone, not flaky: jest:src/new.test.js::broken.",
    );
    expect(r.log).not.toContain('flaky on arrival');
    expect(r.outputs['flaky-on-arrival']).toBeUndefined();
    // The step's own conclusion: its shard passed (shard 1, another job, runs the broken test and fails).
    expect(r.conclusion).toBe('success');
    expect(r.records[0]?.tests).toBeUndefined();
  });

  it("with fail-step: warned of, not failing the step: the step's shard leaves that test to another job", async () => {
    // Re-review: a test the step's selection left out on purpose (a shard, a -k needing another job's service)
    // fails every repeat that drops the selection; the job that runs it fails it. Without a selection, a test
    // failing every repeat alone fails the step under fail-step (unit: phase-run-tests).
    const r = await testStep(
      { 'src/new.test.js': "test('broken', () => { throw new Error('broken for good'); });\n" },
      { run: `${JEST} --ci --shard=2/2` },
      { base: { ...JEST_BASE, '.github/ci-recovery.yml': config(true, 2) }, pullRequest: true },
    );
    expect(arrivalRuns(r.log, 2)).toBe(2);
    expect(r.log).toContain(
      'broken when run alone, not flaky: jest:src/new.test.js::broken. The step runs a selection of its tests the repeats leave out (a shard, -k, -t): it does not fail the step.',
    );
    expect(r.outputs['flaky-on-arrival']).toBeUndefined();
    expect(r.conclusion).toBe('success');
    expect(r.records[0]?.tests ?? []).toEqual([]);
  });
});

/**
 * A new test that fails only under the coverage the step collects (babel-istanbul rewrites a function's source
 * text; vitest's V8 profiler already counts calls, so a test's own precise-coverage session starts from the
 * counts before it; pytest-cov's tracer is `sys.gettrace()`) passed repeats run without coverage and was named
 * flaky on arrival. The repeats keep the step's coverage (thresholds and reports off): broken in every run.
 */
describe("early flake detection repeats the change's tests under the step's coverage", () => {
  const withNodeModules = (dir: string): void =>
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));

  it('npx jest --coverage: a new test that fails only instrumented fails in every repeat, never flaky', async () => {
    const r = await testStep(
      {
        'src/new.test.js':
          "test('source', () => { expect(String(require('./lib').add)).toBe('(a, b) => a + b'); });\n",
      },
      { run: 'npx jest --ci --coverage' },
      {
        base: {
          ...JEST_BASE,
          'src/lib.js': 'exports.add = (a, b) => a + b;\n',
          '.github/ci-recovery.yml': config(false, 2),
        },
        pullRequest: true,
        prepare: withNodeModules,
      },
    );
    broken(r, 'jest:src/new.test.js::source');
    expect(r.log).toContain(
      "repeat 1 of 2: npx jest --ci --coverage --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --runTestsByPath 'src/new.test.js'",
    );
  });

  it('npx vitest run --coverage: the same with the V8 provider', async () => {
    const r = await testStep(
      { 'src/new.test.mjs': VITEST_COUNTS },
      { run: 'npx vitest run --coverage' },
      {
        base: {
          'package.json': '{"name":"v","type":"module"}',
          'src/old.test.mjs': "import { test } from 'vitest';\ntest('old', () => {});\n",
          '.github/ci-recovery.yml': config(false, 2),
        },
        pullRequest: true,
        prepare: withNodeModules,
      },
    );
    broken(r, 'vitest:src/new.test.mjs::counts calls from its start');
    expect(r.log).toContain(
      "repeat 1 of 2: npx vitest run --coverage --coverage.reporter=text-summary --coverage.clean=false --coverage.thresholds.autoUpdate=false --coverage.thresholds.100=false --coverage.thresholds.lines=0 --coverage.thresholds.functions=0 --coverage.thresholds.branches=0 --coverage.thresholds.statements=0 --reporter=default 'src/new.test.mjs'",
    );
  });
});

describe("early flake detection under a vitest config's coverage threshold", () => {
  it('a new test flaky on arrival is named so: a repeat of one file is not held to the global threshold the whole suite meets', async () => {
    const flaky = `import fs from 'node:fs';
import { test, expect } from 'vitest';
import { f } from './lib.mjs';
test('first run fails', () => {
  const file = process.env.ARRIVAL_COUNTER;
  const runs = fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8')) + 1 : 1;
  fs.writeFileSync(file, String(runs));
  expect(f()).toBe(1);
  expect(runs).toBeGreaterThan(1);
});
`;
    const r = await testStep(
      { 'src/new.test.mjs': flaky },
      { run: 'npx vitest run --coverage' },
      {
        base: {
          'package.json': '{"name":"v","type":"module"}',
          // g() is covered by the old test alone: a run of the new file misses 100 % of functions.
          'vitest.config.mjs':
            "export default { test: { coverage: { thresholds: { functions: 100 }, include: ['src/lib.mjs'] } } };\n",
          'src/lib.mjs': 'export function f() { return 1; }\nexport function g() { return 2; }\n',
          'src/old.test.mjs':
            "import { test } from 'vitest';\nimport { g } from './lib.mjs';\ntest('old', () => { g(); });\n",
          '.github/ci-recovery.yml': config(false, 2),
        },
        pullRequest: true,
        env: { ARRIVAL_COUNTER: counter('vitest-threshold') },
        prepare: (dir) => symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules')),
      },
    );
    expect(r.log).not.toContain('not counted');
    expect(r.outputs['flaky-on-arrival']).toBe('vitest:src/new.test.mjs::first run fails');
  });
});

describeIfRunner('pytest-cov', "early flake detection repeats pytest's tests under the step's --cov", () => {
  it('pytest --cov: a new test that needs no tracer fails in every repeat, never flaky', async () => {
    const r = await testStep(
      { 'tests/test_new.py': 'import sys\n\ndef test_no_tracer():\n    assert sys.gettrace() is None\n' },
      { run: 'python3 -m pytest --cov=. -p no:cacheprovider -q tests' },
      {
        base: {
          'tests/test_old.py': 'def test_old():\n    pass\n',
          '.github/ci-recovery.yml': config(false, 2),
        },
        pullRequest: true,
      },
    );
    broken(r, 'pytest:tests/test_new.py::test_no_tracer');
    expect(r.log).toContain(
      "repeat 1 of 2: python3 -m pytest -p no:cacheprovider -q --cov=. --cov-fail-under=0 --cov-report= --cov-append 'tests/test_new.py'",
    );
  });

  it("pytest.ini's addopts: a repeat writes none of the step's reports and is not held to its threshold", async () => {
    // end-of-stop review, medium: a repeat that did not read addopts wrote junit.xml and coverage.xml again
    // with its one file, and missed --cov-fail-under=90 (test_old.py unrun): a passing repeat was not counted.
    let kept = { junit: '', coverage: '' };
    const r = await testStep(
      { 'tests/test_new.py': PYTEST_FLAKY },
      { run: 'python3 -m pytest -p no:cacheprovider -q tests' },
      {
        base: {
          'tests/test_old.py': 'def test_old():\n    pass\n',
          'pytest.ini':
            '[pytest]\naddopts = --junitxml=junit.xml --cov=tests --cov-report=xml --cov-fail-under=90\n',
          '.github/ci-recovery.yml': config(false),
        },
        pullRequest: true,
        env: { ARRIVAL_COUNTER: counter('pytest-addopts') },
        after: (dir) => {
          const read = (f: string): string => readFileSync(path.join(dir, f), 'utf8');
          kept = { junit: read('junit.xml'), coverage: read('coverage.xml') };
        },
      },
    );
    const key = 'pytest:tests/test_new.py::test_races_the_clock';
    expect(r.conclusion).toBe('success');
    expect(r.log).toContain(
      "repeat 1 of 3: python3 -m pytest -p no:cacheprovider -q --cov-fail-under=0 --cov-report= --cov-append --cov-report=xml:/dev/null --junitxml= 'tests/test_new.py'",
    );
    expect(r.log).not.toContain('not counted');
    expect(r.log).toContain(`${key} is flaky on arrival: it failed in 2 and passed in 1 of 3 runs`);
    // The files the job uploads are the step's: its whole run, test_old run and covered (a repeat's has it at 0).
    expect(kept.junit).toContain('name="test_old"');
    expect(kept.coverage).toMatch(/filename="test_old\.py"[^>]* line-rate="1"/);
  });
});
