/**
 * A test runner that said every test passed is not what failed. `make ci` echoes each command as a bare line, which
 * no command pattern reads, so the last command the classifier knows in such a step is the one npm echoed
 * (`> jest`) or the runner itself; when the tests passed and a later command failed, that runner was taken for
 * the failing command and the step typed test (command:tool:jest), its line a passing test's. A runner's own
 * all-passed summary (rules/log-rules.json success `tests-passed-*`, SuccessSpec command) now marks the commands
 * echoed before it as passed, so the later failure's own rule decides. Real make, jest, pytest and tar, run as
 * the runner runs a step (real-steps.ts); the second command extracts a gzip archive cut short, as a download
 * that ended early leaves it (archive-truncated: network, retried). The jest case fails on the code before the
 * markers (typed test); the pytest case is a guard (make's bare echo of pytest names no command either way).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { classify, defaultRuleSet, scanText } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr } from '../classify-logs.js';
import { runners } from '../runners.js';
import { removeProjects, runStep, tempProject } from './real-steps.js';

/** A project whose `make ci` runs `tests` and then extracts `tool.tgz`, an archive cut short. */
function project(tests: string, files: Record<string, string>): string {
  const dir = tempProject({
    ...files,
    // make prints each recipe line before it runs it, as a bare line.
    Makefile: `ci:\n\t${tests}\n\ttar -xzf tool.tgz\n`,
  });
  // A real archive (tar's own) of bytes gzip cannot shrink much, cut in half.
  writeFileSync(path.join(dir, 'tool.bin'), randomBytes(200_000));
  execFileSync('tar', ['-czf', 'whole.tgz', 'tool.bin'], { cwd: dir });
  const whole = readFileSync(path.join(dir, 'whole.tgz'));
  writeFileSync(path.join(dir, 'tool.tgz'), whole.subarray(0, whole.length >> 1));
  return dir;
}

/** The all-passed summary the scan read last, by its marker's id. */
const passedBy = (log: string): string | undefined => scanText(log, defaultRuleSet()).passedSummary?.rule;

function verdict(log: string): ReturnType<typeof classify> {
  return classify({ log, stage: 'ci', step: 'ci', conclusion: 'failure' });
}

/** `npm test` runs jest (node_modules/.bin on the step's PATH), and npm echoes it: `> app@1.0.0 test`, `> jest --ci`. */
const jestProject = {
  'package.json': JSON.stringify({
    name: 'app',
    version: '1.0.0',
    private: true,
    scripts: { test: 'jest --ci' },
    jest: { testEnvironment: 'node' },
  }),
};

afterAll(removeProjects);

describe('a step whose test runner passed and whose next command failed', () => {
  test('jest passed, then tar on an archive cut short: network and retried, not test', async () => {
    const dir = project('npm test', {
      ...jestProject,
      'errors.test.js': "test('handles a network error', () => expect(1).toBe(1));\n",
    });
    const run = await runStep('make ci', dir);
    expect(run.exit).not.toBe(0);
    expect(run.lines).toContain('Test Suites: 1 passed, 1 total');
    expect(passedBy(run.log)).toBe('tests-passed-jest');
    const v = verdict(run.log);
    expect(v.type).toBe('network');
    expect(v.retryable).toBe(true);
    expect(retriedOnPr(v)).toBe(true);
    expect(v.evidence?.text).toMatch(/unexpected end of file|Unexpected EOF/);
  });

  (runners.pytest ? test : test.skip)(
    'pytest passed, then the same archive: its summary is read, and the verdict is network',
    async () => {
      const dir = project('/usr/bin/python3 -m pytest -q -p no:cacheprovider', {
        'test_errors.py': 'def test_handles_error():\n    assert True\n',
      });
      const run = await runStep('make ci', dir);
      expect(run.exit).not.toBe(0);
      expect(run.lines.some((l) => /^1 passed in /.test(l))).toBe(true);
      expect(passedBy(run.log)).toBe('tests-passed-pytest');
      const v = verdict(run.log);
      expect(v.type).toBe('network');
      expect(v.evidence?.text).not.toMatch(/passed/);
    },
  );

  test('a jest suite that failed keeps jest as the failing command: test, not retried', async () => {
    const dir = project('npm test', {
      ...jestProject,
      'a.test.js': "test('adds', () => expect(1 + 1).toBe(3));\n",
    });
    const run = await runStep('make ci', dir);
    expect(run.lines.some((l) => l.startsWith('Test Suites: 1 failed'))).toBe(true);
    expect(passedBy(run.log)).toBeUndefined();
    const v = verdict(run.log);
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a lone `npm test` step whose suites passed and that still failed stays test: its own command', () => {
    const log = failedRunLog('npm test', [
      '> app@1.0.0 test',
      '> jest --ci',
      'PASS src/a.test.js',
      'Test Suites: 1 passed, 1 total',
      'Tests:       1 passed, 1 total',
      'Jest did not exit one second after the test run has completed.',
    ]);
    expect(verdict(log).type).toBe('test');
  });
});
