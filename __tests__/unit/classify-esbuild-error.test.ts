/**
 * esbuild's own words when it cannot compile a source file (rule esbuild-error), as the real tools print them here
 * on a file with a syntax error: Vite's production build (esbuild's `Transform failed with 1 error:` and its
 * `<file>:<line>:<col>: ERROR: <text>` line) is build, not retried, shown on esbuild's line, not on Vite's
 * `✗ Build failed in 31ms`; esbuild's command line (`✘ [ERROR] <text>`, not the rule's: Wrangler prints its own errors
 * so) keeps its line too. The same error met by a Vitest run stays that run's failed suite (test), and a C
 * compiler's lower-case `error:` is not esbuild's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const bin = (name: string): string => path.resolve('node_modules/.bin', name);
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ci-recovery-esbuild-'));
  writeFileSync(path.join(dir, 'main.ts'), 'const a = 1;\nexport function f() {\n  return a +;\n}\n');
  writeFileSync(path.join(dir, 'index.html'), '<script type="module" src="/main.ts"></script>\n');
  writeFileSync(
    path.join(dir, 'main.test.ts'),
    'import { f } from "./main";\nimport { test, expect } from "vitest";\ntest("f", () => expect(f()).toBe(1));\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What `command` printed (stdout, then stderr) and its exit status, run in the project's directory. */
function run(command: string, args: string[]): { lines: string[]; status: number } {
  const done = spawnSync(command, args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: 'true' },
    timeout: 60_000,
  });
  const lines = `${done.stdout}${done.stderr}`.split('\n');
  return { lines, status: done.status ?? 1 };
}

describe("esbuild's own line, as the real tools print it", () => {
  test.each([
    ['vite build', bin('vite'), ['build'], /^\/\S+\/main\.ts:3:12: ERROR: Unexpected ";"$/],
    ['npx esbuild main.ts --bundle', bin('esbuild'), ['main.ts', '--bundle'], /^✘ \[ERROR\] Unexpected ";"$/],
  ])('%s: build, not retried, shown on the line that states it', (step, command, args, line) => {
    const { lines, status } = run(command, args);
    expect(status).not.toBe(0);
    expect(lines.some((l) => line.test(l))).toBe(true);
    const v = classify({ log: failedRunLog(step, lines, status) });
    // The step's command says build too; what the rule adds is the line that states the cause.
    expect({ type: v.type, retried: retriedOnPr(v) }).toEqual({ type: 'build', retried: false });
    expect(v.evidence?.text).toMatch(line);
  });

  test("a Vitest run that cannot transform a test's import stays that run's failed suite", () => {
    const { lines, status } = run(bin('vitest'), ['run', '--root', dir]);
    expect(lines.some((l) => /: ERROR: Unexpected ";"$/.test(l))).toBe(true);
    const v = classify({ log: failedRunLog('npx vitest run', lines, status) });
    expect(v.type).toBe('test');
  });

  test.each([
    "vis-subprocess.h:21:29: error: unknown type name 'fd_set'",
    "    expect(out).toContain('main.ts:3:12: ERROR: Unexpected')",
    '▲ [WARNING] Comparison with -0 using the "===" operator will also match 0',
  ])('not esbuild-error: %s', (line) => {
    expect(ruleFires(defaultRuleSet(), 'esbuild-error', line)).toBe(false);
  });
});
