/**
 * esbuild's own line for a file it cannot compile (rule esbuild-error): `<file>:<line>:<col>: ERROR: <text>`, upper
 * case and a path without quotes or parentheses. The real Vite, esbuild and Vitest runs that meet it are in the
 * Node battery (`e2e/real-node-cases.ts`: a Vite build shown on esbuild's line, esbuild's command line keeping its
 * `✘ [ERROR]` line, a Vitest run staying test); here, the lines that look like it and are not it: a C compiler's
 * lower-case `error:`, a test quoting the line, esbuild's own warning.
 */
import { defaultRuleSet } from '../../src/core/classify/index.js';
import { ruleFires } from '../classify-logs.js';

test.each([
  "vis-subprocess.h:21:29: error: unknown type name 'fd_set'",
  "    expect(out).toContain('main.ts:3:12: ERROR: Unexpected')",
  '▲ [WARNING] Comparison with -0 using the "===" operator will also match 0',
])('not esbuild-error: %s', (line) => {
  expect(ruleFires(defaultRuleSet(), 'esbuild-error', line)).toBe(false);
});
