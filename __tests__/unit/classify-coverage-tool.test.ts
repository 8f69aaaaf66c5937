/**
 * A run whose tests all passed but whose coverage missed the project's threshold, in the test runner's own
 * words (rule coverage-threshold-tool): jest's `Jest: "global" coverage threshold for statements (90%) not met:
 * 60%` (packages/jest-reporters/src/CoverageReporter.ts) decides over the step's `npm test` at a sure rule's
 * prior (issue 68's set A: a coverage threshold read as failed tests). The jest lines are real jest 30 output,
 * run here on a file whose only test passes with --coverageThreshold '{"global":{"statements":90,"branches":90}}'.
 */
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr } from '../classify-logs.js';

const jestCoverage = [
  '> app@1.0.0 test',
  '> jest --coverage',
  'PASS ./lib.test.js',
  '  ✓ a (2 ms)',
  '----------|---------|----------|---------|---------|-------------------',
  'File      | % Stmts | % Branch | % Funcs | % Lines | Uncovered Line #s ',
  '----------|---------|----------|---------|---------|-------------------',
  'All files |      60 |       50 |      50 |      60 |                   ',
  ' lib.js   |      60 |       50 |      50 |      60 | 1-2               ',
  '----------|---------|----------|---------|---------|-------------------',
  'Jest: "global" coverage threshold for statements (90%) not met: 60%',
  'Jest: "global" coverage threshold for branches (90%) not met: 50%',
  'Test Suites: 1 passed, 1 total',
  'Tests:       1 passed, 1 total',
  'Snapshots:   0 total',
  'Time:        1.706 s',
  'Ran all test suites.',
];

describe("a test runner's own coverage-threshold line with every test passed", () => {
  test('jest under npm test: quality-gate at medium or above, on the threshold line, not retried', () => {
    const v = classify({ log: failedRunLog('npm test', jestCoverage) });
    expect(v.type).toBe('quality-gate');
    expect(v.confidence).not.toBe('low');
    expect(v.rule).toBe('coverage-threshold-tool');
    expect(v.evidence?.text).toBe('Jest: "global" coverage threshold for statements (90%) not met: 60%');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("c8's check under npm run coverage says the same", () => {
    const v = classify({
      log: failedRunLog('npm run coverage', [
        '> app@1.0.0 coverage',
        '> c8 --check-coverage --lines 75 npm test',
        'ERROR: Coverage for lines (45.67%) does not meet global threshold (75%)',
      ]),
    });
    expect(v.type).toBe('quality-gate');
    expect(v.confidence).not.toBe('low');
  });

  test('with a failed test the failed test decides', () => {
    const failed = jestCoverage.map((l) =>
      l === 'Tests:       1 passed, 1 total' ? 'Tests:       1 failed, 1 total' : l,
    );
    failed.splice(2, 2, 'FAIL ./lib.test.js', '  ✕ a (2 ms)', '  ● a', '    expect(received).toBe(expected)');
    const v = classify({ log: failedRunLog('npm test', failed) });
    expect(v.type).toBe('test');
  });
});
