/**
 * A package script's tool that is not installed, under pnpm (issue 68: the shell's `command not found` must
 * outrank the missing command's name). pnpm runs the script through `sh -c`; dash prints `sh: 1: jest: not
 * found` and exits 127, but pnpm 9 and 10 end with their own `ELIFECYCLE  Test failed.` and exit 1 (npm 11 and
 * yarn 1 pass 127 on), so the status says nothing and the script's command (`jest --ci`) typed the step by its
 * tool's kind: test, quality-gate. The repository's own pnpm (10.x; 9.15.9 prints the same lines) is run here
 * on a workspace without node_modules, as a job that skipped its install leaves it; a real jest test that
 * prints a shell's `not found` for a helper it probes stays a failed test. Each under the machine's /bin/sh
 * (dash on Debian and Ubuntu) and under bash as `sh` (`sh: line 1: jest: command not found`), on a PATH of
 * node and that `sh` alone: a tool a system package put in /usr/bin (Debian's node-typescript's tsc) is not
 * found.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog } from '../classify-logs.js';

const JEST = fileURLToPath(new URL('../../node_modules/jest/bin/jest.js', import.meta.url));
const PNPM = fileURLToPath(new URL('../../node_modules/pnpm/bin/pnpm.cjs', import.meta.url));

/** Each script runs a tool the workspace never installed, by the name its package's bin would have. */
const SCRIPTS: Record<string, string> = {
  test: 'jest --ci',
  vitest: 'vitest run',
  mocha: 'mocha',
  lint: 'eslint .',
  typecheck: 'tsc --noEmit',
};

/** The shells pnpm's `sh -c` may be: the machine's own, and bash (which words its `not found` otherwise). */
const SHELLS = ['/bin/sh', '/bin/bash'];

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pnpm-missing-'));
  // A directory per shell holding only `sh`, for the step's PATH: pnpm runs scripts through `sh` on PATH.
  SHELLS.forEach((shell, i) => {
    mkdirSync(join(dir, `path-${i}`));
    symlinkSync(shell, join(dir, `path-${i}`, 'sh'));
  });
  const root = { name: 'root', version: '1.0.0', private: true, scripts: SCRIPTS };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(root));
  writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'packages:\n  - "packages/*"\n');
  addPackage('api', { test: 'jest --ci' });
  addPackage('web', { test: 'jest --ci' });
  // A real jest whose test probes a macOS tool through the shell (`sw_vers`), then fails its assertion.
  addPackage('probe', { test: `"${process.execPath}" "${JEST}" --ci --rootDir .` });
  writeFileSync(
    join(dir, 'packages', 'probe', 'os.test.js'),
    "const { spawnSync } = require('node:child_process');\n" +
      "test('reads the os version', () => {\n" +
      "  spawnSync('sw_vers', { shell: true, stdio: 'inherit' });\n" +
      '  expect(1 + 1).toBe(3);\n' +
      '});\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function addPackage(folder: string, scripts: Record<string, string>): void {
  mkdirSync(join(dir, 'packages', folder), { recursive: true });
  const manifest = { name: `@acme/${folder}`, version: '1.0.0', scripts };
  writeFileSync(join(dir, 'packages', folder, 'package.json'), JSON.stringify(manifest));
}

/** Node's directory and shell `i`'s directory: no tool of the workspace's scripts can be on it. */
const pathOf = (i: number): string => `${dirname(process.execPath)}:${join(dir, `path-${i}`)}`;

/** Runs pnpm with `args` in the workspace as a CI step does: its lines (blank ones left out) and status. */
function pnpm(args: string[], i: number): { lines: string[]; status: number } {
  const done = spawnSync(process.execPath, [PNPM, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: pathOf(i), HOME: dir, CI: 'true', NO_COLOR: '1' },
  });
  const lines = `${done.stdout}${done.stderr}`.split('\n').filter((l) => l.trim() !== '');
  return { lines, status: done.status ?? -1 };
}

/** dash's (and ash's) `sh: 1: x: not found`, or bash's as `sh -c`: `sh: [line 1: ]x: command not found`. */
const notFound = (tool: string): RegExp =>
  new RegExp(`sh: (?:1: ${tool}: not found|(?:line 1: )?${tool}: command not found)$`);

describe.each(SHELLS.map((shell, i) => [shell, i] as const))(
  "pnpm's script whose tool is not installed, %s as sh: the shell's line, not the tool's kind",
  (_shell, i) => {
    test('no tool of the scripts is on the PATH', () => {
      const tools = Object.values(SCRIPTS).map((c) => c.split(' ')[0] ?? '');
      const found = spawnSync('sh', ['-c', `command -v ${tools.join(' ')}`], {
        encoding: 'utf8',
        env: { PATH: pathOf(i) },
      });
      expect(found.stdout).toBe('');
    });

    test.each(Object.entries(SCRIPTS))('`pnpm run %s` (%s): config, shown by sh', (script, command) => {
      const tool = command.split(' ')[0] ?? '';
      const { lines, status } = pnpm(['run', script], i);
      // pnpm's own status and end, not the shell's 127: the status alone cannot tell.
      expect(status).toBe(1);
      const said = lines.find((l) => notFound(tool).test(l) && l.startsWith('sh: '));
      expect(said).toBeDefined();
      expect(lines.some((l) => l.includes('ELIFECYCLE'))).toBe(true);
      const v = classify({ log: failedRunLog(`pnpm run ${script}`, lines, status) });
      expect(v.type).toBe('config');
      expect(v.evidence?.text).toBe(said);
    });

    test('`pnpm -r --no-bail test`: the command is named only by its echo `<dir> test$ jest --ci`', () => {
      const { lines, status } = pnpm(['-r', '--no-bail', '--filter', '!@acme/probe', 'test'], i);
      expect(status).toBe(1);
      expect(lines).toContain('packages/api test$ jest --ci');
      const prefix = 'packages/api test: ';
      const said = lines.find((l) => l.startsWith(`${prefix}sh: `) && notFound('jest').test(l));
      expect(said).toBeDefined();
      const v = classify({ log: failedRunLog('pnpm -r --no-bail test', lines, status) });
      expect(v.type).toBe('config');
      expect(v.evidence?.text).toBe(said?.slice(prefix.length));
    });

    test("a test that prints the shell's `not found` for a helper it probes stays a failed test", () => {
      const { lines, status } = pnpm(['--filter', '@acme/probe', 'test'], i);
      expect(status).toBe(1);
      expect(lines.some((l) => notFound('sw_vers').test(l))).toBe(true);
      const v = classify({ log: failedRunLog('pnpm --filter @acme/probe test', lines, status) });
      expect(v.type).toBe('test');
      expect(v.evidence?.text).toBe('● reads the os version');
    });
  },
);
