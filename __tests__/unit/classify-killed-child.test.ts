/**
 * A command killed with SIGKILL, reported by the parent that ran it, where the step itself exits with another
 * status (issue 68: "a process killed with 137 and no out-of-memory line"). make, a Python script's subprocess,
 * pnpm, yarn 1, npm and Gradle each say in their own words that the command they ran ended with 137 (128 + SIGKILL)
 * or by SIGKILL, then exit 1 or 2 themselves, so the runner's status no longer says it (rule child-exit-137).
 * make 4.3, Python 3 and pnpm are run here on a command that really dies of SIGKILL; yarn 1's and Gradle's lines
 * are their published messages (yarn's run here at 1.22.22, not a dependency of this repository).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'killed-child-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `script` in `cwd` as a step does and returns its output lines and bash's status. */
function runStep(script: string, cwd: string): { output: string[]; status: number } {
  const done = spawnSync('/bin/bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const output = `${done.stdout}${done.stderr}`.split('\n').filter((l) => l !== '');
  return { output, status: done.status ?? -1 };
}

/** A shell that dies of SIGKILL, as the OOM killer ends a compiler or a bundler. */
const KILLED = `sh -c 'kill -KILL $$'`;

function resourceRetried(run: string, output: string[], status: number): void {
  const v = classify({ log: failedRunLog(run, output, status) });
  expect(v.type).toBe('resource');
  expect(v.rule).toBe('child-exit-137');
  expect(retriedOnPr(v)).toBe(true);
}

describe("a parent's report that its command died of SIGKILL (rule child-exit-137)", () => {
  test("make's `Error 137`, make itself exiting 2", () => {
    const project = join(dir, 'make');
    mkdirSync(project);
    // A list, so the recipe's shell waits for the killed child and exits with its 137.
    writeFileSync(join(project, 'Makefile'), `all:\n\t${KILLED.replace(/\$/g, '$$$$')} && echo never\n`);
    const { output, status } = runStep('make all', project);
    expect(status).toBe(2);
    expect(output).toContainEqual(expect.stringMatching(/^make: \*\*\* \[Makefile:2: all\] Error 137$/));
    resourceRetried('make all', output, status);
  });

  test("Python's CalledProcessError for a child that died of SIGKILL, the script exiting 1", () => {
    const script = `import subprocess; subprocess.run(['sh', '-c', 'kill -KILL $$'], check=True)`;
    writeFileSync(join(dir, 'build_all.py'), script);
    const { output, status } = runStep('python3 build_all.py', dir);
    expect(status).toBe(1);
    expect(output.at(-1)).toMatch(/died with <Signals\.SIGKILL: 9>\.$/);
    resourceRetried('python3 scripts/build_all.py', output, status);
  });

  test("pnpm's `Exit status 137` for a workspace script, under a wrapper that exits 1", () => {
    const project = join(dir, 'pnpm');
    mkdirSync(join(project, 'packages', 'web'), { recursive: true });
    writeFileSync(join(project, 'package.json'), '{"name":"root","private":true}');
    writeFileSync(join(project, 'pnpm-workspace.yaml'), 'packages:\n  - "packages/*"\n');
    const web = { name: '@acme/web', version: '1.0.0', scripts: { build: KILLED } };
    writeFileSync(join(project, 'packages', 'web', 'package.json'), JSON.stringify(web));
    const pnpm = fileURLToPath(new URL('../../node_modules/pnpm/bin/pnpm.cjs', import.meta.url));
    const run = `"${process.execPath}" "${pnpm}" -r build || exit 1`;
    const { output, status } = runStep(run, project);
    expect(status).toBe(1);
    expect(output).toContain('Exit status 137');
    resourceRetried('pnpm -r build || exit 1', output, status);
  });

  test("yarn 1's and Gradle's published lines, over the command's word", () => {
    resourceRetried('yarn build', ['$ next build', 'error Command failed with exit code 137.'], 1);
    const gradle = [
      'FAILURE: Build failed with an exception.',
      '* What went wrong:',
      "Execution failed for task ':app:createBundleReleaseJsAndAssets'.",
      "> Process 'command 'node'' finished with non-zero exit value 137",
    ];
    resourceRetried('./gradlew assembleRelease', gradle, 1);
  });

  test('the same tools reporting a status of the command its own are not this', () => {
    const rules = defaultRuleSet();
    for (const line of [
      'error Command failed with exit code 1.',
      'error Command failed with signal "SIGTERM".',
      ' ELIFECYCLE  Command failed with exit code 1.',
      'Exit status 1',
      'npm error code 1',
      'make: *** [Makefile:9: test] Error 2',
      "> Process 'Gradle Test Executor 1' finished with non-zero exit value 1",
      "subprocess.CalledProcessError: Command '['pytest']' died with <Signals.SIGTERM: 15>.",
    ]) {
      expect([line, ruleFires(rules, 'child-exit-137', line)]).toEqual([line, false]);
    }
    const v = classify({
      log: failedRunLog(
        'yarn build',
        [
          '$ tsc -p .',
          "src/a.ts(1,7): error TS2322: Type 'string' is not assignable to type 'number'.",
          'error Command failed with exit code 1.',
        ],
        1,
      ),
    });
    expect(v.type).toBe('build');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("yarn's 137 line under `|| true`, then a compile error: the compile error is the failure", () => {
    // `|| true` keeps the step going past yarn's 137 line: the step's own failure is the compile error.
    const tsc = "src/a.ts(1,7): error TS2322: Type 'string' is not assignable to type 'number'.";
    const yarn = [
      '$ eslint .',
      'error Command failed with exit code 137.',
      'info Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.',
      '$ tsc -p .',
      tsc,
      'error Command failed with exit code 2.',
    ];
    const afterYarn = classify({ log: failedRunLog('yarn lint || true; yarn build', yarn, 1) });
    expect(afterYarn.type).toBe('build');
    expect(retriedOnPr(afterYarn)).toBe(false);
  });

  test("a build script that caught Python's CalledProcessError and went on to a compile error is a build", () => {
    // A build script that catches a SIGKILLed optional step, logs it, and then compiles with real gcc.
    const project = join(dir, 'caught');
    mkdirSync(project);
    writeFileSync(join(project, 'main.c'), 'int main(void) {\n  strng s;\n  return 0;\n}\n');
    const build = [
      'import subprocess, sys',
      'try:',
      "    subprocess.run(['sh', '-c', 'kill -KILL $$'], check=True)",
      'except subprocess.CalledProcessError as e:',
      "    print(f'subprocess.CalledProcessError: {e}', flush=True)",
      "    print('continuing without benchmark numbers', flush=True)",
      "sys.exit(subprocess.run(['gcc', '-c', '-o', 'main.o', 'main.c']).returncode)",
    ].join('\n');
    writeFileSync(join(project, 'build.py'), build);
    const { output, status } = runStep('python3 build.py', project);
    expect(status).toBe(1);
    expect(output).toContainEqual(expect.stringMatching(/died with <Signals\.SIGKILL: 9>\.$/));
    expect(output).toContainEqual(expect.stringMatching(/^main\.c:2:\d+: error: unknown type name /));
    const afterPython = classify({ log: failedRunLog('python3 ci/build.py', output, status) });
    expect(afterPython.type).toBe('build');
    expect(retriedOnPr(afterPython)).toBe(false);
  });

  test("tests that failed in the run stay the failure, wherever the kill's line stands", () => {
    const failed = [
      'AppTest > adds() FAILED',
      '    org.opentest4j.AssertionFailedError: expected: <3> but was: <4>',
      '2 tests completed, 1 failed',
    ];
    const killed = "> Process 'Gradle Test Executor 1' finished with non-zero exit value 137";
    for (const output of [
      [...failed, killed],
      [killed, ...failed],
    ]) {
      const v = classify({ log: failedRunLog('./gradlew test', output, 1) });
      expect(v.type).toBe('test');
      expect(retriedOnPr(v)).toBe(false);
    }
  });

  test('a test that quotes the line stays a failed test, a cancelled run stays cancelled', () => {
    const quoted = [
      'FAIL src/runner.test.ts',
      '  ● runner › reports a killed child',
      '    expect(received).toBe(expected)',
      '    Expected: "error Command failed with exit code 1."',
      '    Received: "error Command failed with exit code 137."',
      'Tests:       1 failed, 12 passed, 13 total',
    ];
    const test = classify({ log: failedRunLog('npx jest', quoted, 1) });
    expect(test.type).toBe('test');
    expect(retriedOnPr(test)).toBe(false);
    const cancelled = classify({
      log: failedRunLog(
        'yarn build',
        ['error Command failed with exit code 137.', '##[error]The operation was canceled.'],
        1,
      ),
    });
    expect(cancelled.type).toBe('cancelled');
  });
});
