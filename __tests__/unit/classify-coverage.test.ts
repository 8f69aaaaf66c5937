/**
 * A coverage threshold missed after every test passed is a quality gate (TAXONOMY.md), whatever the test runner
 * that checked it: the runner's name no longer decides over its own line. Missed in a run whose tests failed, it
 * follows from them, and the failed tests decide (evidence-pieces.ts afterFailedTests). Real jest from node_modules
 * with a coverageThreshold prints the first; c8's, nyc's and Vitest's line is c8's format string (rule
 * coverage-threshold-tool's published line; the rule that reads these exact lines outranks the broad one).
 */
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog } from '../classify-logs.js';
import { project, run, runners } from '../runners.js';

const SOURCE = `exports.add = (a, b) => a + b;
exports.sub = (a, b) => a - b;
exports.div = (a, b) => { if (b === 0) throw new Error('zero'); return a / b; };
`;
const jestProject = (tests: string): string =>
  project({
    'package.json': JSON.stringify({
      name: 't',
      jest: {
        testEnvironment: 'node',
        collectCoverage: true,
        coverageReporters: ['text-summary'],
        coverageThreshold: { global: { statements: 90 } },
      },
    }),
    'src/math.js': SOURCE,
    'src/math.test.js': `const { add } = require('./math');\n${tests}`,
  });

/** What real jest prints in the project, and that it failed. */
function jest(dir: string): string[] {
  const r = run(dir, runners.jest, ['--ci', '--rootDir', dir], { FORCE_COLOR: '0' });
  expect(r.status).toBe(1);
  return r.output.split('\n');
}

describe('jest, run for real with a coverage threshold', () => {
  it('every test passed and the threshold was missed: a quality gate, not a failed test', () => {
    const lines = jest(jestProject("test('adds', () => { expect(add(1, 2)).toBe(3); });\n"));
    expect(lines).toContain('Tests:       1 passed, 1 total');
    expect(
      lines.some((l) => /^Jest: "global" coverage threshold for statements \(90%\) not met/.test(l)),
    ).toBe(true);
    const v = classify({ log: failedRunLog('npx jest --ci', lines) });
    expect(v).toMatchObject({ type: 'quality-gate', rule: 'coverage-threshold-tool' });
  });

  it('a test failed too: the failed test decides', () => {
    const lines = jest(
      jestProject(
        "test('adds', () => { expect(add(1, 2)).toBe(3); });\ntest('adds wrong', () => { expect(add(1, 1)).toBe(3); });\n",
      ),
    );
    expect(lines.some((l) => l.startsWith('Jest: "global" coverage threshold'))).toBe(true);
    expect(classify({ log: failedRunLog('npx jest --ci', lines) }).type).toBe('test');
  });
});

describe("c8's, nyc's and Vitest's check", () => {
  // bcoe/c8 lib/commands/check-coverage.js @ 286eca9d (checkCoverage), values filled in; Vitest's tally above it.
  const missed = 'ERROR: Coverage for lines (75.5%) does not meet global threshold (80%)';

  test.each(['npx vitest run --coverage', 'npx c8 --check-coverage npm test'])(
    '%s: every test passed, the threshold was missed: a quality gate',
    (command) => {
      const lines = [' Test Files  3 passed (3)', '      Tests  12 passed (12)', missed];
      expect(classify({ log: failedRunLog(command, lines) })).toMatchObject({
        type: 'quality-gate',
        rule: 'coverage-threshold-tool',
      });
    },
  );

  test('a failed test beside it decides', () => {
    const lines = [
      ' FAIL  src/a.test.ts > math > adds',
      'AssertionError: expected 2 to be 3 // Object.is equality',
      ' Test Files  1 failed | 2 passed (3)',
      '      Tests  1 failed | 11 passed (12)',
      missed,
    ];
    expect(classify({ log: failedRunLog('npx vitest run --coverage', lines) }).type).toBe('test');
  });
});
