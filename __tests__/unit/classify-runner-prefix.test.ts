/**
 * Monorepo runners' line prefixes (issue 68): `pnpm -r` puts `packages/api test: ` before each line a workspace
 * package's script printed, turbo `<package>:<task>: `, so the rules anchored at a tool's line (`^  ● `,
 * `^\S+: \d+: x: not found$`) missed them and the line shown was the prefixed tally. pnpm is run here (the
 * repository's own, 10.x; 9.15 prints the same lines) on a workspace whose packages run a real jest and a jest
 * that is not installed; turbo's prefix and its task's first line are those of vercel/turborepo's integration
 * tests (`util:build: cache miss, executing 2f6ab59379ddcb93`), lerna's `run --stream` tag (`<name>:`, lerna's
 * child-process spawnStreaming), each around a real jest's output. nx's `--output-style=stream` prefix
 * (`<project>: `) and its `> nx run <project>:<target>` start line are nx 22.7.12's, run here on a workspace
 * whose projects' targets are nx run-commands (no npm echo under the prefix), around a real jest's output.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify, defaultRuleSet, scanText } from '../../src/core/classify/index.js';
import { actionsStep, failedRunLog, jobLog } from '../classify-logs.js';

const JEST = fileURLToPath(new URL('../../node_modules/jest/bin/jest.js', import.meta.url));
const PNPM = fileURLToPath(new URL('../../node_modules/pnpm/bin/pnpm.cjs', import.meta.url));

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'runner-prefix-'));
  writeFileSync(join(dir, 'package.json'), '{"name":"root","private":true}');
  writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'packages:\n  - "packages/*"\n');
  // `jest` alone: no such command on the script's PATH (the test's own PATH is not passed on).
  addPackage('api', '@acme/api', 'jest --ci');
  addPackage('lib', '@acme/lib', `"${process.execPath}" "${JEST}" --ci --rootDir .`);
  writeFileSync(
    join(dir, 'packages', 'lib', 'sum.test.js'),
    "test('adds', () => { expect(1 + 1).toBe(3); });\n",
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function addPackage(folder: string, name: string, test: string): void {
  mkdirSync(join(dir, 'packages', folder), { recursive: true });
  const manifest = { name, version: '1.0.0', scripts: { test } };
  writeFileSync(join(dir, 'packages', folder, 'package.json'), JSON.stringify(manifest));
}

/** Runs `args` in the workspace as a CI step does; its output lines, blank ones left out. */
function run(file: string, args: string[]): string[] {
  const done = spawnSync(process.execPath, [file, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: `${dirname(process.execPath)}:/usr/bin:/bin`, HOME: dir, CI: 'true', NO_COLOR: '1' },
  });
  return `${done.stdout}${done.stderr}`.split('\n').filter((l) => l.trim() !== '');
}

/** Whether rule `id` matched a line of `log`. */
function fired(id: string, log: string): boolean {
  const rule = defaultRuleSet().rules.find((r) => r.spec.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return scanText(log, defaultRuleSet()).first[rule.index] !== undefined;
}

describe("pnpm -r's `<dir> <script>: ` prefix, once its echo `<dir> <script>$ <cmd>` started it", () => {
  let output: string[] = [];
  beforeAll(() => {
    output = run(PNPM, ['-r', '--no-bail', 'test']);
  });

  test('a real jest failure in a package: the failed test is shown, not the prefixed tally', () => {
    expect(output).toContain('packages/lib test$ ' + `"${process.execPath}" "${JEST}" --ci --rootDir .`);
    expect(output).toContain('packages/lib test:   ● adds');
    const v = classify({ log: failedRunLog('pnpm -r --no-bail test', output, 1) });
    expect(v.type).toBe('test');
    expect(v.evidence?.text).toBe('● adds');
  });

  test("a package's missing command: the shell's own `not found` line is read", () => {
    expect(output).toContain('packages/api test: sh: 1: jest: not found');
    const api = output.filter((l) => !l.startsWith('packages/lib '));
    const log = failedRunLog('pnpm -r test', api, 1);
    expect(fired('shell-command-not-found', log)).toBe(true);
    expect(classify({ log }).evidence?.text).toBe('sh: 1: jest: not found');
  });

  test('without the echo the same line keeps its words, and a lone `npm error:` or `Error:` keeps them too', () => {
    const lone = failedRunLog('pnpm -r test', ['packages/api test: sh: 1: jest: not found'], 1);
    expect(fired('shell-command-not-found', lone)).toBe(false);
    const echoed = ['packages/api test$ jest --ci', 'Error: sh: 1: jest: not found'];
    expect(fired('shell-command-not-found', failedRunLog('pnpm -r test', echoed, 1))).toBe(false);
  });

  test("a prefix one step showed is not taken off another step's lines", () => {
    const first = actionsStep(
      { run: 'pnpm -r build' },
      ['packages/api build$ tsc', 'packages/api build: ok'],
      0,
    );
    const second = actionsStep({ run: './check.sh' }, ['packages/api build: sh: 1: jest: not found'], 1);
    expect(fired('shell-command-not-found', jobLog([...first, ...second]))).toBe(false);
  });
});

describe("turbo's `<package>:<task>: ` prefix, once the task's `cache miss, executing` line started it", () => {
  test("a real jest failure under turbo's prefix: the failed test is shown", () => {
    const jest = run(JEST, ['--ci', '--rootDir', 'packages/lib']);
    expect(jest).toContain('  ● adds');
    const prefix = '@acme/lib:test: ';
    const output = [
      '• Packages in scope: @acme/lib, web',
      '• Running test in 2 packages',
      `${prefix}cache miss, executing 2f6ab59379ddcb93`,
      `${prefix}> @acme/lib@1.0.0 test /home/runner/work/acme/acme/packages/lib`,
      `${prefix}> jest --ci`,
      ...jest.map((l) => `${prefix}${l}`),
    ];
    const v = classify({ log: failedRunLog('npx turbo run test', output, 1) });
    expect(v.type).toBe('test');
    expect(v.evidence?.text).toBe('● adds');
  });
});

describe("lerna --stream's `<package>: ` prefix, once npm's echo under it named the same package", () => {
  test("a real jest failure run by npm, under lerna's prefix: the failed test is shown", () => {
    const done = spawnSync('npm', ['test'], {
      cwd: join(dir, 'packages', 'lib'),
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: dir, CI: 'true', NO_COLOR: '1' },
    });
    const npm = `${done.stdout}${done.stderr}`.split('\n').filter((l) => l.trim() !== '');
    expect(npm[0]).toBe('> @acme/lib@1.0.0 test');
    expect(npm).toContain('  ● adds');
    const output = ['lerna notice cli v8.1.9', ...npm.map((l) => `@acme/lib: ${l}`)];
    const v = classify({ log: failedRunLog('npx lerna run test --stream', output, 1) });
    expect(v.type).toBe('test');
    expect(v.evidence?.text).toBe('● adds');
  });

  test('a prefix naming another package than the echo does is not taken off', () => {
    const output = [
      '@acme/web: > @acme/lib@1.0.0 test',
      '@acme/web:   ● adds',
      '@acme/web: Tests: 1 failed, 1 total',
    ];
    const v = classify({ log: failedRunLog('npx lerna run test --stream', output, 1) });
    expect(v.evidence?.text).not.toBe('● adds');
  });
});

describe("nx's `<project>: ` prefix (--output-style=stream), once its `> nx run <project>:<target>` started it", () => {
  /** nx 22.7.12's lines around a run-many of two projects' `test` (blank lines left out), as printed here. */
  function runMany(project: string, output: string[]): string[] {
    return [
      ' NX   Running target test for 2 projects:',
      `- ${project}`,
      '- web',
      '> nx run web:test',
      `> nx run ${project}:test`,
      ...output.map((l) => `${project}: ${l}`),
      ' NX   Running target test for 2 projects failed',
      'Failed tasks:',
      `- ${project}:test`,
    ];
  }

  test("a real jest failure in a project's run-commands target: the failed test is shown", () => {
    const jest = run(JEST, ['--ci', '--rootDir', 'packages/lib']);
    expect(jest).toContain('  ● adds');
    const output = runMany('@acme/lib', jest);
    const v = classify({ log: failedRunLog('npx nx run-many -t test --output-style=stream', output, 1) });
    expect(v.type).toBe('test');
    expect(v.evidence?.text).toBe('● adds');
  });

  test("a target's command the shell did not find: the shell's line is read and shown", () => {
    // nx 22.7.12, `nx run svc:test --output-style=stream`, svc's target `{ "command": "jest --ci" }`: exit 1.
    const output = [
      '> nx run svc:test',
      'svc: /bin/sh: 1: jest: not found',
      ' NX   Running target test for project svc failed',
      'Failed tasks:',
      '- svc:test',
    ];
    const log = failedRunLog('npx nx run svc:test --output-style=stream', output, 1);
    expect(fired('shell-command-not-found', log)).toBe(true);
    expect(classify({ log }).evidence?.text).toBe('/bin/sh: 1: jest: not found');
  });

  test.each([
    ['npx nx run api:test', false],
    ['npx nx run api:test --output-style=stream-without-prefixes', false],
    ['npx nx run api:test --output-style=static', false],
    ['npx nx run api:test --output-style stream', true],
    ['npx nx run api:test --outputStyle=stream', true],
  ])('`%s`: nx prints `> nx run` in every style, but prefixes only when it streams', (command, streams) => {
    // A tool's own line that starts with the project's name, after nx's task start.
    const output = ['> nx run api:test', 'api: /bin/sh: 1: jest: not found'];
    expect(fired('shell-command-not-found', failedRunLog(command, output, 1))).toBe(streams);
  });

  test("a lone `<name>: ` line, or another project's, keeps its words", () => {
    const lone = ['svc: /bin/sh: 1: jest: not found'];
    expect(fired('shell-command-not-found', failedRunLog('npx nx run svc:test', lone, 1))).toBe(false);
    const other = ['> nx run api:test', 'svc: /bin/sh: 1: jest: not found'];
    expect(fired('shell-command-not-found', failedRunLog('npx nx run-many -t test', other, 1))).toBe(false);
  });
});
