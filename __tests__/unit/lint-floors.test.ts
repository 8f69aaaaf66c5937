/**
 * The lint rule that keeps src/core pure fails on deliberate violations, and only in core: the same code
 * in an adapter is allowed. It runs ESLint's API on text, so no file is written into the checkout.
 */
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { repoRoot } from '../../stand/services/paths.js';

const VIOLATIONS = `
import { readFileSync } from 'node:fs';
import { execFile } from 'child_process';
import * as core from '@actions/core';
import { runner } from '../adapters/runner.js';
export const token = process.env.GITHUB_TOKEN;
export const all = [readFileSync, execFile, core, runner];
`;

async function lint(file: string): Promise<Linter.LintMessage[]> {
  const config = (await import(path.join(repoRoot, 'eslint.config.js'))) as { coreFloor: Linter.Config };
  const eslint = new ESLint({
    cwd: repoRoot,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, config.coreFloor],
  });
  const [result] = await eslint.lintText(VIOLATIONS, { filePath: path.join(repoRoot, file) });
  return result!.messages;
}

test('in src/core, process, fs, child_process, the toolkit and the adapters are each refused', async () => {
  const messages = await lint('src/core/violation.ts');
  expect(messages.map((m) => [m.line, m.ruleId])).toEqual([
    [2, 'no-restricted-imports'],
    [3, 'no-restricted-imports'],
    [4, 'no-restricted-imports'],
    [5, 'no-restricted-imports'],
    [6, 'no-restricted-globals'],
  ]);
});

test('outside core the same code passes the floor rule', async () => {
  expect(await lint('src/adapters/violation.ts')).toEqual([]);
});

async function lintPhase(file: string, text: string): Promise<Linter.LintMessage[]> {
  const config = (await import(path.join(repoRoot, 'eslint.config.js'))) as { phasesFloor: Linter.Config };
  const eslint = new ESLint({
    cwd: repoRoot,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { '@typescript-eslint': tseslint.plugin },
      },
      config.phasesFloor,
    ],
  });
  const [result] = await eslint.lintText(text, { filePath: path.join(repoRoot, file) });
  return result!.messages;
}

test('in src/phases, process, fs, child_process, the toolkit and a value from an adapter are each refused', async () => {
  const messages = await lintPhase('src/phases/violation.ts', VIOLATIONS);
  expect(messages.map((m) => [m.line, m.ruleId])).toEqual([
    [2, '@typescript-eslint/no-restricted-imports'],
    [3, '@typescript-eslint/no-restricted-imports'],
    [4, '@typescript-eslint/no-restricted-imports'],
    [5, '@typescript-eslint/no-restricted-imports'],
    [6, 'no-restricted-globals'],
  ]);
});

test("a phase may name an adapter's types", async () => {
  const typeOnly = `import type { CheckpointStore } from '../checkpoint/adapters/store.js';\nexport type S = CheckpointStore;\n`;
  expect(await lintPhase('src/phases/types.ts', typeOnly)).toEqual([]);
  expect(await lintPhase('src/adapters/violation.ts', VIOLATIONS)).toEqual([]);
});
