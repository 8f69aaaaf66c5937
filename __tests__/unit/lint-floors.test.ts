/**
 * The lint rule that keeps src/core pure fails on deliberate violations, and only in core: the same code
 * in an adapter is allowed. So do the wings' doors (the checkpoint engine, test recovery, the supervisor),
 * everywhere outside each wing, and src/core, the ground floor, imports no wing at all. It runs ESLint's
 * API on text, so no file is written into the checkout.
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

async function lint(file: string, floor = 'coreFloor'): Promise<Linter.LintMessage[]> {
  const config = (await import(path.join(repoRoot, 'eslint.config.js'))) as Record<string, Linter.Config>;
  const eslint = new ESLint({
    cwd: repoRoot,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, config[floor]!],
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

test.each(['src/checkpoint/core/v.ts', 'src/test-recovery/core/v.ts', 'src/supervise/core/v.ts'])(
  "a wing's core is as pure: in %s the same are refused",
  async (file) => {
    const messages = await lint(file, 'wingCoreFloor');
    expect(messages.map((m) => m.line)).toEqual([2, 3, 4, 5, 6]);
  },
);

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
  const typeOnly = `import type { Logger } from '../adapters/logger.js';\nexport type S = Logger;\n`;
  expect(await lintPhase('src/phases/types.ts', typeOnly)).toEqual([]);
  expect(await lintPhase('src/adapters/violation.ts', VIOLATIONS)).toEqual([]);
});

const THROUGH_THE_WALL = `
import { saveCheckpoint } from '../checkpoint/adapters/save.js';
import type { JobContext } from '../checkpoint/core/step.js';
import { MemoryStore } from '../checkpoint/ports/store.js';
import { load, type CheckpointStore } from '../checkpoint/index.js';
export const all = [saveCheckpoint, MemoryStore, load];
export type T = [JobContext, CheckpointStore];
`;

async function lintWithConfig(
  file: string,
  text: string,
  rule: string,
  said = 'one door',
): Promise<[number, string][]> {
  const config = (await import(path.join(repoRoot, 'eslint.config.js'))) as Record<string, Linter.Config>;
  const eslint = new ESLint({
    cwd: repoRoot,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { '@typescript-eslint': tseslint.plugin },
      },
      config.wingDoor!,
      config.coreFloor!,
      config.wingCoreFloor!,
      config.phasesFloor!,
    ],
  });
  const [result] = await eslint.lintText(text, { filePath: path.join(repoRoot, file) });
  return result!.messages
    .filter((m) => m.message.includes(said))
    .map((m) => [m.line, m.ruleId ?? rule] as [number, string]);
}

test.each([
  ['src/cli/checkpoint-verb.ts', 'no-restricted-imports'],
  ['src/adapters/run-step-like.ts', 'no-restricted-imports'],
  ['src/actions/entry.ts', 'no-restricted-imports'],
  ['src/phases/restore-like.ts', '@typescript-eslint/no-restricted-imports'],
  ['src/supervise/phase/gather-like.ts', '@typescript-eslint/no-restricted-imports'],
  ['src/supervise/core/model-like.ts', 'no-restricted-imports'],
  ['src/test-recovery/adapters/report-like.ts', 'no-restricted-imports'],
])('in %s the checkpoint engine is imported through its door only, types too', async (file, rule) => {
  expect(await lintWithConfig(file, THROUGH_THE_WALL, rule)).toEqual([
    [2, rule],
    [3, rule],
    [4, rule],
  ]);
});

test("inside the engine its own files import each other; a file named like it outside is not the engine's", async () => {
  const inside = `import { jobContext } from '../core/step.js';\nimport { MemoryStore } from '../ports/store.js';\nexport const all = [jobContext, MemoryStore];\n`;
  expect(await lintWithConfig('src/checkpoint/adapters/job-like.ts', inside, '')).toEqual([]);
  const verb = `import cmd from './checkpoint.js';\nimport { stepPorts } from './checkpoint-ports.js';\nexport const all = [cmd, stepPorts];\n`;
  expect(await lintWithConfig('src/cli/commands-like.ts', verb, '')).toEqual([]);
  expect(await lintWithConfig('src/actions/restore-like.ts', verb, '')).toEqual([]);
});

/** The same wall, around test recovery and the supervisor. */
const wall = (wing: string, inside: [string, string, string]): string => `
import { a } from '../${wing}/${inside[0]}.js';
import type { B } from '../${wing}/${inside[1]}.js';
import { c } from '../${wing}/${inside[2]}.js';
import { d, type E } from '../${wing}/index.js';
export const all = [a, c, d];
export type T = [B, E];
`;
const TEST_RECOVERY = wall('test-recovery', ['core/plan', 'ports/tests', 'core/rerun']);
const SUPERVISOR = wall('supervise', ['phase/supervise', 'ports/github', 'adapters/supervise-run']);

test.each([
  ['src/phases/run-like.ts', TEST_RECOVERY, '@typescript-eslint/no-restricted-imports'],
  ['src/adapters/test-reports-like.ts', TEST_RECOVERY, 'no-restricted-imports'],
  ['src/cli/tests-like.ts', TEST_RECOVERY, 'no-restricted-imports'],
  ['src/actions/supervise-like.ts', SUPERVISOR, 'no-restricted-imports'],
  ['src/checkpoint/adapters/job-like.ts', SUPERVISOR, 'no-restricted-imports'],
  ['src/checkpoint/core/step-like.ts', TEST_RECOVERY, 'no-restricted-imports'],
])(
  'in %s test recovery and the supervisor are imported through their doors only',
  async (file, text, rule) => {
    expect(await lintWithConfig(file, text, rule)).toEqual([
      [2, rule],
      [3, rule],
      [4, rule],
    ]);
  },
);

test('src/core is the ground floor: it imports no wing, not even through its door', async () => {
  const wings = ['checkpoint', 'test-recovery', 'supervise'];
  const text =
    wings.map((w, i) => `import { x${i} } from '../${w}/index.js';\n`).join('') +
    'export const all = [x0, x1, x2];\n';
  expect(
    await lintWithConfig('src/core/config-like.ts', text, 'no-restricted-imports', 'ground floor'),
  ).toEqual([
    [1, 'no-restricted-imports'],
    [2, 'no-restricted-imports'],
    [3, 'no-restricted-imports'],
  ]);
  expect(
    await lintWithConfig(
      'src/core/config-like.ts',
      THROUGH_THE_WALL,
      'no-restricted-imports',
      'ground floor',
    ),
  ).toHaveLength(4);
});

const LOADERS = `import { load } from '../checkpoint/load.js';\nexport const all = [load];\n`;

test.each([
  ['src/actions/entry.ts', 'no-restricted-imports', 0],
  ['src/adapters/cache-like.ts', 'no-restricted-imports', 0],
  ['src/phases/post-like.ts', '@typescript-eslint/no-restricted-imports', 1],
  ['src/core/ledger-like.ts', 'no-restricted-imports', 1],
])(
  "the engine's loaders door (checkpoint/load.js) in %s (%s): refused %i times",
  async (file, rule, refused) => {
    const said = file.startsWith('src/core/') ? 'ground floor' : 'one door';
    expect(await lintWithConfig(file, LOADERS, rule, said)).toHaveLength(refused);
  },
);

test('inside test recovery and the supervisor their own files import each other, and core below', async () => {
  const own = `import { planRetries } from '../core/plan.js';\nimport type { RunTestPorts } from '../ports/tests.js';\nimport { UserError } from '../../core/errors.js';\nexport const all = [planRetries, UserError];\nexport type T = RunTestPorts;\n`;
  expect(await lintWithConfig('src/test-recovery/core/verdict-like.ts', own, '')).toEqual([]);
  const phase = `import type { SuperviseContext } from './context.js';\nimport type { GitPort } from '../ports/git.js';\nimport { load } from '../../checkpoint/index.js';\nexport const all = [load];\nexport type T = [SuperviseContext, GitPort];\n`;
  expect(await lintWithConfig('src/supervise/phase/act-like.ts', phase, '')).toEqual([]);
  expect(await lintWithConfig('src/supervise/adapters/run-like.ts', phase, '')).toEqual([]);
});

const SWALLOWS = `
export async function f(read: () => Promise<string>, log: { debug(m: string): void }) {
  try { JSON.parse('{'); } catch {}
  try { JSON.parse('{'); } catch { return undefined; }
  await read().catch(() => undefined);
  await read().catch(() => {});
  try { JSON.parse('{'); } catch {
    // not JSON: the caller falls back
  }
  // best effort: the file may already be gone
  await read().catch(() => undefined);
  await read().catch(() => ''); // unreadable reads as empty
  await read().catch(() => log.debug('read failed'));
  await read().catch((e: unknown) => String(e));
  try { JSON.parse('{'); } catch (e) { throw e; }
}
`;

test('in src, an error dropped with neither a log nor a reason is refused, and only those', async () => {
  const config = (await import(path.join(repoRoot, 'eslint.config.js'))) as { noSilentCatch: Linter.Config };
  const eslint = new ESLint({
    cwd: repoRoot,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
      config.noSilentCatch,
    ],
  });
  const [result] = await eslint.lintText(SWALLOWS, {
    filePath: path.join(repoRoot, 'src/adapters/violation.ts'),
  });
  expect(result!.messages.map((m) => [m.line, m.ruleId])).toEqual([
    [3, 'house/no-silent-catch'],
    [4, 'house/no-silent-catch'],
    [5, 'house/no-silent-catch'],
    [6, 'house/no-silent-catch'],
  ]);
  expect(result!.messages[0]!.message).toMatch(/log it at debug, or say in a comment why/);
});

const DOOR = `
export * from './core/plan.js';
export { planRetries } from './core/plan.js';
export type * from './adapters/index.js';
export * as inner from './core/names.js';
`;

test.each(['src/checkpoint/index.ts', 'src/test-recovery/index.ts', 'src/supervise/index.ts'])(
  "%s names what it lets out: a whole file's exports are refused there, its types too",
  async (door) => {
    const config = (await import(path.join(repoRoot, 'eslint.config.js'))) as { namedDoors: Linter.Config };
    const eslint = new ESLint({
      cwd: repoRoot,
      overrideConfigFile: true,
      overrideConfig: [
        { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
        config.namedDoors,
      ],
    });
    const lintAt = async (file: string) =>
      (await eslint.lintText(DOOR, { filePath: path.join(repoRoot, file) }))[0]!.messages;
    expect((await lintAt(door)).map((m) => [m.line, m.ruleId])).toEqual([
      [2, 'no-restricted-syntax'],
      [4, 'no-restricted-syntax'],
      [5, 'no-restricted-syntax'],
    ]);
    // inside the wing, a file may gather its neighbours as before
    expect(await lintAt(door.replace('index.ts', 'core/index.ts'))).toEqual([]);
  },
);

/** The report's inside, named from outside it; and its three doors, which pass. */
const REPORT_INSIDE = `import { renderCommentSection } from '../core/report/comment-section.js';\nimport type { JobReport } from '../core/report/model.js';\nexport const all = [renderCommentSection];\nexport type T = JobReport;\n`;
const REPORT_DOORS = `import { escapeText, type JobReport } from '../core/report/index.js';\nimport { load } from '../core/report/load.js';\nimport { renderCommentSection } from '../core/report/renderers.js';\nexport const all = [escapeText, load, renderCommentSection];\nexport type T = JobReport;\n`;

test.each([
  ['src/adapters/sticky-like.ts', 'no-restricted-imports'],
  ['src/phases/post-like.ts', '@typescript-eslint/no-restricted-imports'],
  ['src/supervise/core/report-like.ts', 'no-restricted-imports'],
  ['src/core/assess-like.ts', 'no-restricted-imports'],
])("in %s the report's files are refused and its doors pass", async (file, rule) => {
  const text = file.startsWith('src/core/') ? REPORT_INSIDE.replaceAll('../core/', './') : REPORT_INSIDE;
  const doors = file.startsWith('src/core/') ? REPORT_DOORS.replaceAll('../core/', './') : REPORT_DOORS;
  const said = 'the report has its doors';
  expect(await lintWithConfig(file, text, rule, said)).toEqual([
    [1, rule],
    [2, rule],
  ]);
  expect(await lintWithConfig(file, doors, rule, said)).toEqual([]);
});

test('inside the report its own files import each other', async () => {
  const own = `import { escapeText } from './markdown.js';\nimport type { JobReport } from './model.js';\nexport const all = [escapeText];\nexport type T = JobReport;\n`;
  expect(
    await lintWithConfig('src/core/report/summary-like.ts', own, '', 'the report has its doors'),
  ).toEqual([]);
});
