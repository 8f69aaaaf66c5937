/**
 * Early flake detection's decisions (test-recovery/core/arrival.ts): which changed files are a runner's tests, the
 * command that runs exactly them, and which tests are flaky on arrival across the runs.
 */
import { describe, expect, it } from '@jest/globals';
import {
  arrivalCommand,
  arrivingTestFiles,
  failedEveryRepeat,
  flakyOnArrival,
  stepSelects,
  MAX_ARRIVAL_FILES,
  withArrivals,
} from '../../src/test-recovery/core/arrival.js';
import type { TestId, TestRunner } from '../../src/core/test-identity.js';
import type { StepInvocation } from '../../src/test-recovery/core/rerun.js';
import { stepInvocation } from '../../src/test-recovery/core/step-run.js';

const jest = (suite: string, name: string): TestId => ({ runner: 'jest', suite, name });

describe('stepSelects', () => {
  it('is true where the step runs a selection the repeats drop (a shard, -k, -t), false for its plain run', () => {
    const selects = (runner: TestRunner, command: string): boolean => {
      const found = stepInvocation(command, true, {}, runner);
      if ('unknown' in found) throw new Error(found.unknown);
      return stepSelects(runner, found.how);
    };
    expect(selects('pytest', 'python3 -m pytest -q -k "not slow" tests')).toBe(true);
    expect(selects('jest', 'npx jest --ci --shard=1/2')).toBe(true);
    expect(selects('jest', 'npx jest -t adds')).toBe(true);
    expect(selects('pytest', 'python3 -m pytest -q tests')).toBe(false);
    expect(selects('pytest', 'python3 -m pytest -q --junitxml=r.xml tests')).toBe(false);
    expect(selects('jest', 'npx jest --ci --coverage')).toBe(false);
  });
});

describe('arrivingTestFiles', () => {
  it("keeps the runner's test files, relative to the step's directory, once each, sorted", () => {
    const changed = [
      'web/src/b.test.ts',
      'web/src/a.spec.jsx',
      'web/__tests__/util.js',
      'web/src/a.ts',
      'api/tests/test_x.py',
      'README.md',
      'web/src/b.test.ts',
    ];
    expect(arrivingTestFiles('jest', changed, 'web')).toEqual({
      files: ['__tests__/util.js', 'src/a.spec.jsx', 'src/b.test.ts'],
      more: 0,
    });
    expect(arrivingTestFiles('pytest', changed, '')).toEqual({ files: ['api/tests/test_x.py'], more: 0 });
    expect(arrivingTestFiles('pytest', ['pkg/util_test.py', 'pkg/util.py'], './')).toEqual({
      files: ['pkg/util_test.py'],
      more: 0,
    });
    expect(arrivingTestFiles('go', ['a_test.go'], '')).toEqual({ files: [], more: 0 });
  });

  it('repeats at most MAX_ARRIVAL_FILES files and counts the rest', () => {
    const many = Array.from({ length: MAX_ARRIVAL_FILES + 3 }, (_, i) => `t/test_${i}.py`);
    const { files, more } = arrivingTestFiles('pytest', many, '');
    expect(files).toHaveLength(MAX_ARRIVAL_FILES);
    expect(more).toBe(3);
  });
});

describe('arrivalCommand', () => {
  /** How the step runs `runner` (bash -e), as early flake detection reads it. */
  const how = (runner: TestRunner, command: string, scripts: Record<string, string> = {}): StepInvocation => {
    const found = stepInvocation(command, true, scripts, runner);
    if ('unknown' in found) throw new Error(found.unknown);
    return found.how;
  };
  const repeat = (runner: TestRunner, command: string, files: string[], scripts = {}): string =>
    arrivalCommand(runner, how(runner, command, scripts), files);

  it('runs exactly the files, as the step calls the runner, every path quoted and never an option', () => {
    expect(repeat('jest', 'CI=1 npx jest --ci', ["src/it's.test.js", '-x.test.js'])).toBe(
      "CI=1 npx jest --ci --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --runTestsByPath 'src/it'\\''s.test.js' './-x.test.js'",
    );
    expect(repeat('pytest', 'python -m pytest -q tests', ['tests/test_a.py'])).toBe(
      "python -m pytest -q 'tests/test_a.py'",
    );
    expect(repeat('vitest', 'npm test', ['a.test.ts'], { test: 'vitest --project unit' })).toBe(
      "npm exec --no -- vitest run --project unit --coverage.reporter=text-summary --coverage.clean=false --coverage.thresholds.autoUpdate=false --coverage.thresholds.100=false --coverage.thresholds.lines=0 --coverage.thresholds.functions=0 --coverage.thresholds.branches=0 --coverage.thresholds.statements=0 --reporter=default 'a.test.ts'",
    );
    expect(repeat('jest', 'npm ci && NODE_OPTIONS=--experimental-vm-modules npx jest', ['a.test.js'])).toBe(
      "NODE_OPTIONS=--experimental-vm-modules npx jest --ci --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --runTestsByPath 'a.test.js'",
    );
  });

  it("keeps the step's flags, wrapper and setup, as the targeted re-run does, and drops its selection", () => {
    expect(repeat('jest', 'pnpm exec jest --config ci.config.js -t slow src', ['src/a.test.js'])).toBe(
      "pnpm exec jest --config ci.config.js --ci --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --runTestsByPath 'src/a.test.js'",
    );
    expect(
      repeat('pytest', 'export MODE=ci\npoetry run pytest -c ci.ini -k fast --cov=pkg tests', [
        't/test_a.py',
      ]),
    ).toBe(
      "export MODE=ci && poetry run pytest -c ci.ini --cov=pkg --cov-fail-under=0 --cov-report= --cov-append 't/test_a.py'",
    );
    expect(repeat('vitest', 'npx vitest --project node --changed', ['a.test.ts'])).toBe(
      "npx vitest run --project node --coverage.reporter=text-summary --coverage.clean=false --coverage.thresholds.autoUpdate=false --coverage.thresholds.100=false --coverage.thresholds.lines=0 --coverage.thresholds.functions=0 --coverage.thresholds.branches=0 --coverage.thresholds.statements=0 --reporter=default 'a.test.ts'",
    );
    expect(repeat('mocha', 'npx mocha --require ./setup.js --reporter dot test/old.js', ['test/a.js'])).toBe(
      "npx mocha --require ./setup.js --reporter spec --spec 'test/a.js'",
    );
    // The step's coverage kept, its thresholds and reports off: a test failing only instrumented fails its repeats.
    expect(repeat('jest', 'npx jest --coverage --coverageReporters=lcov', ['a.test.js'])).toBe(
      "npx jest --ci --coverage --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --runTestsByPath 'a.test.js'",
    );
    expect(
      repeat(
        'vitest',
        'npx vitest run --coverage.enabled --coverage.include src --coverage.thresholds.lines 90',
        ['a.test.ts'],
      ),
    ).toBe(
      "npx vitest run --coverage.enabled --coverage.include src --coverage.reporter=text-summary --coverage.clean=false --coverage.thresholds.autoUpdate=false --coverage.thresholds.100=false --coverage.thresholds.lines=0 --coverage.thresholds.functions=0 --coverage.thresholds.branches=0 --coverage.thresholds.statements=0 --reporter=default 'a.test.ts'",
    );
    // A pipe after the runner: its own command is still read.
    expect(repeat('jest', 'npx jest --selectProjects api 2>&1 | tee log', ['a.test.js'])).toBe(
      "npx jest --selectProjects api --ci --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --runTestsByPath 'a.test.js'",
    );
  });

  it('stands for no step that runs the runner twice, changes directory first, or does not show it', () => {
    const why = (command: string, scripts: Record<string, string> = {}): unknown => {
      const found = stepInvocation(command, true, scripts, 'jest');
      return 'unknown' in found ? found.unknown : found.how;
    };
    expect(why('npx jest --selectProjects a && npx jest --selectProjects b')).toBe(
      'its command runs jest 2 times',
    );
    expect(why('cd web && npx jest')).toBe('its command changes directory before it runs jest');
    expect(why('npm test', { test: 'cd web && jest' })).toBe(
      'its command changes directory before it runs jest',
    );
    expect(why('make test')).toBe('its command does not show how it runs jest');
  });
});

describe('flakyOnArrival', () => {
  const a = jest('src/new.test.js', 'a');
  const b = jest('src/new.test.js', 'b');
  const old = jest('src/old.test.js', 'old');
  const ours = (id: TestId): boolean => id.suite === 'src/new.test.js';

  it('a test that failed in one run and passed in another; not one failing in every run, nor an old file', () => {
    const runs = [
      { conclusive: true, failed: [b, old] },
      { conclusive: true, failed: [a, b] },
      { conclusive: true, failed: [b, old] },
      // Named nothing: not counted either way.
      { conclusive: false, failed: [] },
    ];
    expect(flakyOnArrival(runs, ours)).toEqual([{ id: a, failedRuns: 1, passedRuns: 2 }]);
  });

  // A step's own pass is no pass of a test its selection left out (`pytest -m "not slow"`, `jest --shard=1/2`):
  // the repeats, which drop the selection, ran a broken test the step never ran, and it was called flaky.
  it("counts the step's own failures, never its passes: a test failing in every repeat is broken", () => {
    const own = { conclusive: true, failed: [], own: true as const };
    const runs = [own, { conclusive: true, failed: [a] }, { conclusive: true, failed: [a] }];
    expect(flakyOnArrival(runs, ours)).toEqual([]);
    expect(failedEveryRepeat(runs, ours)).toEqual([a]);
    const ownFailed = [
      { ...own, failed: [a] },
      { conclusive: true, failed: [] },
      { conclusive: true, failed: [] },
    ];
    expect(flakyOnArrival(ownFailed, ours)).toEqual([{ id: a, failedRuns: 1, passedRuns: 2 }]);
    expect(failedEveryRepeat(ownFailed, ours)).toEqual([]);
    // One conclusive repeat's failure is what a flaky test gives too: broken takes two.
    expect(failedEveryRepeat([own, { conclusive: true, failed: [a] }], ours)).toEqual([]);
    // Failed in one repeat, passed in another: flaky, the own run's failure counted, its pass not.
    const flips = [own, { conclusive: true, failed: [a] }, { conclusive: true, failed: [] }];
    expect(flakyOnArrival(flips, ours)).toEqual([{ id: a, failedRuns: 1, passedRuns: 1 }]);
  });

  it('finds none when every counted run passed, or when none was counted', () => {
    expect(flakyOnArrival([{ conclusive: true, failed: [] }], ours)).toEqual([]);
    expect(flakyOnArrival([{ conclusive: false, failed: [a] }], ours)).toEqual([]);
  });

  it("marks the step's own outcome, or adds the test as flaky, changed, with its repeats", () => {
    const flakes = [
      { id: a, failedRuns: 1, passedRuns: 2 },
      { id: b, failedRuns: 2, passedRuns: 1 },
    ];
    expect(withArrivals([{ id: a, outcome: 'failed', retries: 0, changed: true }], flakes, 5)).toEqual([
      { id: a, outcome: 'failed', retries: 0, changed: true, arrival: true },
      { id: b, outcome: 'flaky', retries: 5, changed: true, arrival: true },
    ]);
  });
});

describe('the report', () => {
  it('names a test flaky on arrival in the summary and the comment', async () => {
    const { renderTestsBlock, testsCommentLines } = await import('../../src/core/report/tests.js');
    const views = {
      tests: [
        {
          key: 'jest:src/new.test.js::races',
          step: 'test',
          outcome: 'flaky' as const,
          retries: 5,
          changed: true,
          arrival: true,
        },
      ],
      more: 0,
    };
    expect(renderTestsBlock(views)).toContain(
      "| **flaky on arrival** (failed and passed in repeats of the change's tests) | changed by this change: never retried as flaky |",
    );
    expect(testsCommentLines(views)).toEqual([
      "- test `jest:src/new.test.js::races`: **flaky on arrival** (failed and passed in repeats of the change's tests); changed by this change: never retried as flaky",
    ]);
  });
});
