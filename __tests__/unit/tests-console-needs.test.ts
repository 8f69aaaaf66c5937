/**
 * failedFromConsole asks a runner's parser only when the output holds one of its FAILED_NEEDS texts (the CLI
 * asks every parser of every log's tail, most of which name no test). Sound only if every line a parser names a
 * failed test from holds one: on each runner's output as it prints it (the shapes its parser's comment quotes,
 * and the published fixtures of __tests__/fixtures/tests), the tests are named; with each need broken where it
 * stands, the same parser, still asked, names none.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONSOLE_RUNNERS, FAILED_NEEDS, failedFromConsole } from '../../src/test-recovery/core/console.js';
import type { TestRunner } from '../../src/core/test-identity.js';
import { repoRoot } from '../../stand/services/paths.js';

const fixture = (name: string): string =>
  readFileSync(path.join(repoRoot, '__tests__/fixtures/tests', name), 'utf8');

const samples: Record<string, [TestRunner, string]> = {
  jest: [
    'jest',
    'FAIL src/a.test.js\n  math\n    ✕ adds (3 ms)\n\n  ● math › adds\n\n    expect(1).toBe(2)\n',
  ],
  vitest: ['vitest', ' FAIL  src/a.test.ts > math > adds\nAssertionError: expected 1 to be 2\n'],
  pytest: [
    'pytest',
    '=== short test summary info ===\nFAILED tests/test_a.py::test_adds[1-2] - assert 3 == 4\nERROR tests/test_b.py::TestX::test_y\n',
  ],
  go: ['go', '--- FAIL: TestAdd (0.00s)\n    a_test.go:9: 1 != 2\nFAIL\nFAIL\texample.com/m\t0.002s\n'],
  cargo: [
    'cargo',
    '     Running unittests src/lib.rs (target/debug/deps/m-1)\ntest tests::adds ... FAILED\n',
  ],
  nextest: ['nextest', '        FAIL [   0.004s] m tests::adds\n'],
  gradle: ['gradle', fixture('gradle-console.txt')],
  maven: ['maven', fixture('maven-console.txt')],
  rspec: ['rspec', fixture('rspec-console.txt')],
  phpunit: [
    'phpunit',
    'There was 1 failure:\n\n1) Tests\\FooTest::testBar with data set #0\nFailed asserting\n',
  ],
  dotnet: ['dotnet', '  Failed Ns.FooTests.Adds(a: 1) [12 ms]\n  Error Message:\n'],
  mocha: [
    'mocha',
    '  1 passing (5ms)\n  1 failing\n\n  1) math\n       adds:\n     AssertionError: 1 == 2\n',
  ],
  'node (TAP)': ['node', "# Subtest: adds\nnot ok 1 - adds\n  ---\n  location: '/w/a.test.js:3:1'\n  ...\n"],
  'node (spec)': ['node', '✖ adds (1.2ms)\n✖ failing tests:\n\ntest at a.test.js:3:1\n✖ adds (1.2ms)\n'],
};

/** Every need in one line no parser reads a test from (it starts with `x`, holds no ` > `). */
const allNeeds = `x ${Object.values(FAILED_NEEDS).flat().join(' ')}`;

/** Each need's text broken where it stands, by a zero-width space after its first character. */
const broken = (output: string, needs: readonly string[]): string =>
  needs.reduce((text, need) => text.split(need).join(`${need.slice(0, 1)}\u200b${need.slice(1)}`), output);

test('every runner whose console is read has its needs', () => {
  expect(Object.keys(FAILED_NEEDS).sort()).toEqual([...CONSOLE_RUNNERS].sort());
});

test.each(Object.entries(samples))(
  '%s: the tests are named, and none once its needs are broken',
  (_, [runner, output]) => {
    const needs = FAILED_NEEDS[runner] ?? [];
    expect(needs.some((need) => output.includes(need))).toBe(true);
    expect(failedFromConsole(output, runner).length).toBeGreaterThan(0);
    expect(failedFromConsole(output).map((t) => t.runner)).toContain(runner);
    // The inert line keeps the parser asked: only the broken needs can stop it.
    expect(failedFromConsole(`${broken(output, needs)}\n${allNeeds}\n`, runner)).toEqual([]);
  },
);

test('an output without any need names no test, whatever else it holds', () => {
  expect(failedFromConsole(allNeeds)).toEqual([]);
  expect(
    failedFromConsole('npm ERR! Test failed.  See above for more details.\nerror: 3 tests failed\n'),
  ).toEqual([]);
});
