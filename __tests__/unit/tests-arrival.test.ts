/**
 * Early flake detection's decisions (test-recovery/core/arrival.ts): which changed files are a runner's tests, the
 * command that runs exactly them, and which tests are flaky on arrival across the runs.
 */
import { describe, expect, it } from '@jest/globals';
import {
  arrivalCommand,
  arrivingTestFiles,
  flakyOnArrival,
  MAX_ARRIVAL_FILES,
  withArrivals,
} from '../../src/test-recovery/core/arrival.js';
import type { TestId } from '../../src/core/test-identity.js';

const jest = (suite: string, name: string): TestId => ({ runner: 'jest', suite, name });

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
  it('runs exactly the files, as the step calls the runner, every path quoted and never an option', () => {
    expect(arrivalCommand('jest', 'CI=1 npx jest --ci', ["src/it's.test.js", '-x.test.js'])).toBe(
      "CI='1' npx jest --ci --runTestsByPath 'src/it'\\''s.test.js' './-x.test.js'",
    );
    expect(arrivalCommand('pytest', 'python -m pytest -q tests', ['tests/test_a.py'])).toBe(
      "python -m pytest 'tests/test_a.py'",
    );
    expect(arrivalCommand('vitest', 'npm test', ['a.test.ts'])).toBe("npx vitest run 'a.test.ts'");
    // The variables the runner's command sets for it alone come along; anything the shell expands does not.
    expect(
      arrivalCommand('jest', 'npm ci && NODE_OPTIONS=--experimental-vm-modules npx jest', ['a.test.js']),
    ).toBe("NODE_OPTIONS='--experimental-vm-modules' npx jest --ci --runTestsByPath 'a.test.js'");
    expect(arrivalCommand('jest', 'X="$(curl x)" npx jest', ['a.test.js'])).toBe(
      "npx jest --ci --runTestsByPath 'a.test.js'",
    );
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
