/**
 * The CLI says what the step did (issue 64, item 8): `classify` names the failed tests a real jest run
 * printed, as `run/` names them from the same output, also in a GitHub log's form (a timestamp before
 * each line); `classify` and `plan` on a log that run/ turned green say it passed instead of "fix it";
 * `plan` says a run/ step re-runs failed tests alone inside it. Run in-process, off a runner.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { jest } from '@jest/globals';
import { run as cliRun } from '../../src/actions/cli.js';
import { attemptRecovered, TESTS_RECOVERED } from '../../src/core/recovered-log.js';
import { failedFromConsole } from '../../src/test-recovery/core/console.js';
import { testKey } from '../../src/core/test-identity.js';
import { project, run, runners } from '../runners.js';

let saved: NodeJS.ProcessEnv;
beforeEach(() => {
  saved = { ...process.env };
  delete process.env.GITHUB_ACTIONS;
});
afterEach(() => {
  process.env = saved;
  process.exitCode = undefined;
});

async function cli(argv: string[]): Promise<{ code: number | undefined; out: string }> {
  let out = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await cliRun(argv);
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  const code = typeof process.exitCode === 'number' ? process.exitCode : undefined;
  process.exitCode = undefined;
  return { code, out };
}

/** A real jest run with one failed test, its output as a file, raw and as GitHub's log shows it. */
function jestRun(): { dir: string; output: string; raw: string; gh: string } {
  const dir = project({
    'package.json': '{"name":"t","jest":{"testEnvironment":"node"}}',
    'src/a.test.js':
      "describe('math', () => {\n  test('adds', () => {});\n  test('breaks', () => { expect(1 + 1).toBe(3); });\n});\n",
  });
  const r = run(dir, runners.jest, ['--ci', '--rootDir', dir]);
  expect(r.status).toBe(1);
  const raw = path.join(dir, 'jest.log');
  writeFileSync(raw, r.output);
  const gh = path.join(dir, 'gh.log');
  writeFileSync(
    gh,
    r.output
      .split('\n')
      .map((l) => `2026-11-27T10:00:00.1234567Z ${l}`)
      .join('\n'),
  );
  return { dir, output: r.output, raw, gh };
}

const BREAKS = 'jest:src/a.test.js::math › breaks';

test('classify names the failed jest test run/ names from the same output, raw and in a GitHub log', async () => {
  const { output, raw, gh } = jestRun();
  expect(failedFromConsole(output, 'jest').map(testKey)).toEqual([BREAKS]);
  for (const file of [raw, gh]) {
    const r = await cli(['classify', file]);
    expect(r.out).toContain(`  tests: 1 failed: ${BREAKS}`);
    const j = await cli(['classify', '--json', file]);
    expect(JSON.parse(j.out)).toMatchObject({ type: 'test', failedTests: [BREAKS] });
  }
});

test('classify names failed vitest tests from its FAIL lines, in a GitHub log too', async () => {
  const dir = project({});
  const lines = [
    ' RUN  v3.2.4 /home/runner/work/app',
    '',
    ' ❯ src/sum.test.ts (2 tests | 1 failed) 4ms',
    '   ✓ sum > adds 1ms',
    '   × sum > carries 3ms',
    '     → expected 2 to be 3 // Object.is equality',
    '',
    '⎯⎯⎯⎯⎯⎯⎯ Failed Tests 1 ⎯⎯⎯⎯⎯⎯⎯',
    '',
    ' FAIL  src/sum.test.ts > sum > carries',
    'AssertionError: expected 2 to be 3 // Object.is equality',
    '',
    ' Test Files  1 failed (1)',
    '      Tests  1 failed | 1 passed (2)',
  ];
  const file = path.join(dir, 'vitest.log');
  writeFileSync(file, lines.map((l) => `2026-11-27T10:00:00.1234567Z ${l}`).join('\n'));
  const r = await cli(['classify', file]);
  expect(r.out).toContain('  tests: 1 failed: vitest:src/sum.test.ts::sum > carries');
});

test('classify and plan on a log run/ turned green: it passed, nothing to fix; a failure after it still counts', async () => {
  const { dir, output } = jestRun();
  const green = path.join(dir, 'green.log');
  writeFileSync(green, `${output}\n::notice::${TESTS_RECOVERED} (1 flaky, 0 quarantined).\n`);
  const c = await cli(['classify', green]);
  expect(c.out).toMatch(
    /\n {2}passed: line \d+: ::notice::ci-recovery: every failed test passed on a re-run/,
  );
  expect(c.out).toContain('ci-recovery turned this step green');
  const p = await cli(['plan', green]);
  expect(p.out).toContain('strategy: none: ci-recovery turned this step green');
  expect(p.out).not.toMatch(/^reason: .*fix it/m);
  const j = await cli(['plan', '--json', green]);
  expect((JSON.parse(j.out) as { recovered: { text: string } }).recovered.text).toContain(TESTS_RECOVERED);

  const retried = path.join(dir, 'retried.log');
  writeFileSync(
    retried,
    `${output}\nci-recovery: stage 'tests', attempt 2 (no time limit)\n${attemptRecovered('tests', 2)}\n`,
  );
  expect((await cli(['plan', retried])).out).toContain('strategy: none');

  // A failure after the line is a step that failed for good.
  const later = path.join(dir, 'later.log');
  writeFileSync(later, `${attemptRecovered('build', 2)}\n${output}`);
  const l = await cli(['plan', later]);
  expect(l.out).toMatch(/^strategy: manual$/m);
  expect(l.out).not.toContain('passed:');
});

test('plan says a run/ step re-runs failed tests alone inside it, and what "no" is about', async () => {
  const r = await cli(['plan', '--type', 'test']);
  expect(r.out).not.toContain('retry inside the step: no');
  expect(r.out).toContain('the whole step retried inside it: no');
  expect(r.out).toMatch(/^tests: {4}a run\/ step first re-runs each failed test alone inside the step/m);
  expect((await cli(['plan', '--type', 'network'])).out).not.toMatch(/^tests:/m);
});
