/**
 * A test runner or a formatter that cannot load the configuration the job gave it runs nothing, and says so in
 * its own words (issue 68: a path the workflow names does not exist; TAXONOMY config): jest with a `--config`
 * that is not there, with none up to the root or with two, and mocha with a `--config` it cannot read (rule
 * test-runner-config-unresolved), mocha finding no test file (test-runner-found-no-tests), prettier with a
 * configuration file it cannot parse (checker-config-invalid). The real tools from node_modules, in a temporary
 * project; each step is config, not retried, and shown on the tool's line, where the step's command (`jest`,
 * `prettier`) said test or quality-gate. The same tools failing on the project's code keep their types.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr } from '../classify-logs.js';

const bin = (name: string): string => path.resolve('node_modules/.bin', name);
let root = '';

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'ci-recovery-config-unresolved-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A project directory `name` holding `files`. */
function project(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** What `tool` printed (stdout, then stderr) and its exit status, run in `dir`. */
function run(dir: string, tool: string, args: string[]): { lines: string[]; status: number } {
  const done = spawnSync(bin(tool), args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: 'true' },
    timeout: 60_000,
  });
  return { lines: `${done.stdout}${done.stderr}`.split('\n'), status: done.status ?? 1 };
}

const PASSING_TEST = 'test("adds", () => expect(1 + 1).toBe(2));\n';

describe('a configuration the tool cannot load: config, shown on its line', () => {
  test.each([
    [
      'npx jest --config jest.ci.config.js',
      () =>
        run(project('jest-missing', { 'a.test.js': PASSING_TEST }), 'jest', [
          '--config',
          'jest.ci.config.js',
        ]),
      /^Error: Can't find a root directory while resolving a config file path\.$/,
    ],
    [
      'npx jest --ci',
      () =>
        run(
          project('jest-two', {
            'package.json': '{"name":"app","jest":{"testEnvironment":"node"}}\n',
            'jest.config.js': 'module.exports = {};\n',
            'a.test.js': PASSING_TEST,
          }),
          'jest',
          [],
        ),
      /^● Multiple configurations found:$/,
    ],
    [
      // No package.json up to the root, as a step run in the wrong working directory meets it.
      'cd e2e && npx jest',
      () => run(project('jest-nowhere', { 'a.test.js': PASSING_TEST }), 'jest', []),
      /^Error: Could not find a config file based on provided values:$/,
    ],
    [
      'npx mocha --config .mocharc.ci.yml',
      () =>
        run(project('mocha-missing', { 'package.json': '{"name":"app"}\n' }), 'mocha', [
          '--config',
          '.mocharc.ci.yml',
        ]),
      /^Error: Unable to read\/parse \.mocharc\.ci\.yml: Error: ENOENT/,
    ],
    [
      // test-runner-found-no-tests: mocha's message without a pattern
      'npx mocha',
      () => run(project('mocha-none', { 'package.json': '{"name":"app"}\n', 'test/.keep': '' }), 'mocha', []),
      /^Error: No test files found$/,
    ],
    [
      'npx prettier --check src',
      () =>
        run(
          project('prettier-bad', { '.prettierrc': '{ "semi": false, }x\n', 'index.ts': 'const a = 1;\n' }),
          'prettier',
          ['--check', 'index.ts'],
        ),
      /^\[error\] Invalid configuration for file "\S+index\.ts":$/,
    ],
  ])('%s', (step, ran, line) => {
    const { lines, status } = ran();
    expect(status).not.toBe(0);
    expect(lines.some((l) => line.test(l))).toBe(true);
    const v = classify({ log: failedRunLog(step, lines, status) });
    expect({ type: v.type, retried: retriedOnPr(v) }).toEqual({ type: 'config', retried: false });
    expect(v.evidence?.text).toMatch(line);
  });
});

describe('the same tools failing on the code keep their types', () => {
  test('a failed jest test is test', () => {
    const dir = project('jest-red', {
      'package.json': '{"name":"app"}\n',
      'a.test.js': 'test("adds", () => expect(1 + 1).toBe(3));\n',
    });
    const { lines, status } = run(dir, 'jest', []);
    expect(status).toBe(1);
    expect(classify({ log: failedRunLog('npx jest', lines, status) }).type).toBe('test');
  });

  test('a failed mocha test is test', () => {
    const dir = project('mocha-red', {
      'package.json': '{"name":"app"}\n',
      'test/a.spec.js':
        'const assert = require("assert");\nit("adds", () => assert.strictEqual(1 + 1, 3));\n',
    });
    const { lines, status } = run(dir, 'mocha', []);
    expect(status).toBe(1);
    expect(classify({ log: failedRunLog('npx mocha', lines, status) }).type).toBe('test');
  });

  test('prettier finding a file not formatted is quality-gate', () => {
    const dir = project('prettier-red', { 'index.ts': 'const   a=1\n' });
    const { lines, status } = run(dir, 'prettier', ['--check', 'index.ts']);
    expect(status).toBe(1);
    expect(classify({ log: failedRunLog('npx prettier --check .', lines, status) }).type).toBe(
      'quality-gate',
    );
  });
});
