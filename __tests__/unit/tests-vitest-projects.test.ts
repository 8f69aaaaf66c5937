/**
 * vitest's `test.projects`: the real vitest (3.2.7, node_modules) runs one file in two projects, and its
 * reporters put the project's label before a test's path (formatProjectName: `|b| ` without colour; ` b ` on a
 * coloured background with colour, on in CI, ` b  ` once the codes are out). The failed and passed tests are
 * read with their project as `params`, and the re-run names that project.
 */
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { failedFromConsole } from '../../src/test-recovery/core/console.js';
import { passedFromConsole } from '../../src/test-recovery/core/console-passed.js';
import { planStepRun } from '../../src/test-recovery/core/step-run.js';
import { rerunOfCommand as builtInRerun } from '../../src/test-recovery/core/step-run.js';
import { sameTest } from '../../src/test-recovery/core/verdict.js';
import { testKey, type TestId } from '../../src/core/test-identity.js';
import { repoRoot } from '../../stand/services/paths.js';
import { project, run } from '../runners.js';

const VITEST = path.join(repoRoot, 'node_modules/.bin/vitest');
const keys = (ids: TestId[]): string[] => ids.map(testKey).sort();

/** `d > works` fails in project b only; `fine` passes in both; `t/y.test.mjs` does not load (when asked). */
function projects(broken: boolean): string {
  const dir = project({
    'package.json': '{"name":"p","type":"module"}',
    'vitest.config.mjs': `import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { projects: ['a', 'b'].map((name) => ({
  test: { name, include: ['t/**/*.test.mjs'], env: { PROJ: name } },
})) } });
`,
    't/x.test.mjs': `import { describe, expect, test } from 'vitest';
describe('d', () => { test('works', () => { expect(process.env.PROJ).toBe('a'); }); });
test('fine', () => {});
`,
    ...(broken ? { 't/y.test.mjs': "import './missing.mjs';\n" } : {}),
  });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

describe('vitest test.projects, run for real', () => {
  const dir = projects(false);
  it.each([
    ['coloured', { FORCE_COLOR: '1' }],
    ['without colour', { NO_COLOR: '1' }],
  ])('%s: a failure and each pass are read with their project', (_, env) => {
    const verbose = run(dir, VITEST, ['run', '--reporter=verbose'], env);
    expect(verbose.status).toBe(1);
    expect(keys(failedFromConsole(verbose.output, 'vitest'))).toEqual(['vitest:t/x.test.mjs::d > works[b]']);
    expect(keys(passedFromConsole(verbose.output, 'vitest'))).toEqual([
      'vitest:t/x.test.mjs::d > works[a]',
      'vitest:t/x.test.mjs::fine[a]',
      'vitest:t/x.test.mjs::fine[b]',
    ]);
    const plain = run(dir, VITEST, ['run'], env);
    expect(keys(failedFromConsole(plain.output, 'vitest'))).toEqual(['vitest:t/x.test.mjs::d > works[b]']);
  });

  it('the label as vitest prints it: coloured, the project between blanks after FAIL', () => {
    const r = run(dir, VITEST, ['run'], { FORCE_COLOR: '1' });
    // eslint-disable-next-line no-control-regex
    expect(r.output.replace(/\u001b\[[0-9;]*m/g, '')).toContain(' FAIL   b  t/x.test.mjs > d > works\n');
  });

  it('a test name holding two blanks: the label ends at the first two after it', () => {
    const line = ' FAIL   b  t/x.test.mjs > a  b > c\n';
    expect(keys(failedFromConsole(line, 'vitest'))).toEqual(['vitest:t/x.test.mjs::a  b > c[b]']);
    const passed = ' ✓  b  t/x.test.mjs > a  b > c 3ms\n';
    expect(keys(passedFromConsole(passed, 'vitest'))).toEqual(['vitest:t/x.test.mjs::a  b > c[b]']);
  });

  it('a file that did not load, in a project: the whole step runs once', () => {
    const broken = projects(true);
    const envs: Record<string, string>[] = [{ FORCE_COLOR: '1' }, { NO_COLOR: '1' }];
    for (const env of envs) {
      const r = run(broken, VITEST, ['run'], env);
      const after = planStepRun('npx vitest run', true, {}, 'vitest', r.output).after;
      expect(after.kind).toBe('whole');
      expect(after.kind === 'whole' ? after.why : '').toMatch(/^a vitest test file failed to run/);
    }
  });
});

describe('a vitest re-run in its project', () => {
  const t = (name: string, params?: string): TestId => ({
    runner: 'vitest',
    suite: 't/x.test.mjs',
    name,
    ...(params !== undefined ? { params } : {}),
  });

  it("names the test's project in place of the step's, one command per project", () => {
    expect(
      builtInRerun('vitest', [t('w', 'b'), t('v', 'a')], 'npx vitest run --project a --project=b -c v.mjs'),
    ).toBe(
      [
        'rc=0',
        ...['b', 'a'].map(
          (p) =>
            `npx vitest run -c v.mjs --coverage.reporter=text-summary --coverage.clean=false --coverage.thresholds.autoUpdate=false --coverage.thresholds.100=false --coverage.thresholds.lines=0 --coverage.thresholds.functions=0 --coverage.thresholds.branches=0 --coverage.thresholds.statements=0 --reporter=verbose --project='${p}' 't/x.test.mjs' -t '^(${p === 'b' ? 'w' : 'v'})$' || rc=1`,
        ),
        'exit $rc',
      ].join('\n'),
    );
    // A project's name is quoted (it comes from the output), and `--project=` keeps a leading `-` a value.
    expect(builtInRerun('vitest', [t('w', "-x'; id")], 'npx vitest run')).toContain(
      `--project='-x'\\''; id' 't/x.test.mjs'`,
    );
  });

  it("keeps the step's --project for a test a report named without its project", () => {
    expect(builtInRerun('vitest', [t('w')], 'npx vitest run --project a')).toMatch(
      /^npx vitest run --project a --coverage.*--reporter=verbose 't\/x\.test\.mjs' -t '\^\(w\)\$'$/,
    );
  });

  it('a test without a project (a JUnit report) is that test in any project; with one, in that one alone', () => {
    expect(sameTest(t('w'), t('w', 'b'))).toBe(true);
    expect(sameTest(t('w', 'a'), t('w', 'b'))).toBe(false);
    expect(sameTest(t('w', 'b'), t('w', 'b'))).toBe(true);
    // Other runners' parameters still tell tests apart.
    const p = (params?: string): TestId => ({
      runner: 'pytest',
      suite: 'a.py',
      name: 'x',
      ...(params ? { params } : {}),
    });
    expect(sameTest(p(), p('1'))).toBe(false);
  });
});
