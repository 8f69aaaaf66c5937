/**
 * What a re-run selects by a test's name, through the real `dist/run.js` with real runners (jest, vitest, mocha
 * from node_modules; Debian's pytest and go). A name never reaches the shell as code, a name the filter reads as
 * a pattern selects only itself, and a pass of the name is its own: where two tests share a name and the failed
 * one skips itself when run alone, the other's pass is not its pass (skipped is not passed). Needs a built dist
 * (`npm run build`).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { goEnv, testStep } from '../../stand/scenarios/test-rerun.js';
import { describeIfRunner } from '../runners.js';

let marks: string;
beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
  marks = mkdtempSync(path.join(os.tmpdir(), 'names-'));
});
afterAll(() => rmSync(marks, { recursive: true, force: true }));

const PR = { pullRequest: true };
const TWIN_WHY =
  "the step's output shows a test of this name both failed and passed: two tests share it, and a re-run by that name may run only the passing one";
const linked = (dir: string): void =>
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
/** A directory of its own for each step: a test that runs a name as shell would leave a file here. */
const fresh = (): string => mkdtempSync(path.join(marks, 'm-'));

/** Titles that are shell in every quoting but POSIX single quotes; each writes a file in `dir` if run. */
const hostile = (dir: string): string[] => [
  `$(touch ${dir}/pwned-1)`,
  `'; touch ${dir}/pwned-2; '`,
  `\`touch ${dir}/pwned-3\``,
  `a "q" 100% %s \\ x; touch ${dir}/pwned-4`,
];

/** Broken tests named as hostile(dir), beside passing ones whose names the broken ones' patterns would match. */
function jsNames(dir: string, it: string): string {
  const broken = [...hostile(dir), 'adds 1', 'f(x) [y] | z.*+?^$\\{}'];
  return [
    ...broken.map((n) => `${it}(${JSON.stringify(n)}, () => { throw new Error('broken'); });`),
    `${it}('adds 10', () => {});`,
    `${it}(${JSON.stringify('f(x) [y] | z.*+?^$\\{}!')}, () => {});`,
  ].join('\n');
}

function expectNamesHeld(r: { conclusion: string; outputs: Record<string, string> }, dir: string): void {
  expect(readdirSync(dir)).toEqual([]);
  expect(r.conclusion).toBe('failure');
  expect(r.outputs['flaky-tests']).toBe('');
  expect(r.outputs['not-rerun-tests'] ?? '').toBe('');
  expect(r.outputs['tests-failed']).toBe('6');
}

/**
 * `works` twice in one file (two `describe('m')`): one passes, the other fails in the step's run and skips
 * itself in every later one (a file the step's run left: a fixture another test sets, an environment).
 */
const twin = (it: string, skipping: string): string => `describe('m', () => { ${it}('works', () => {}); });
describe('m', () => { ${skipping} });
`;

describe('jest, vitest and mocha: hostile titles and a title that is a pattern select only themselves', () => {
  it('jest', async () => {
    const dir = fresh();
    const r = await testStep(
      { 'package.json': '{"name":"p"}', 'a.test.js': jsNames(dir, 'test') },
      { run: 'npx jest' },
      { ...PR, prepare: linked },
    );
    // The log escapes a backslash as `\\`: the command's is `-t '^(\$\(touch `.
    expect(r.log).toContain(String.raw`-t '^(\\$\\(touch `);
    expectNamesHeld(r, dir);
  });

  it('vitest', async () => {
    const dir = fresh();
    const r = await testStep(
      {
        'package.json': '{"name":"p","type":"module"}',
        'a.test.js': `import { test } from 'vitest';\n${jsNames(dir, 'test')}`,
      },
      { run: 'npx vitest run' },
      { ...PR, prepare: linked },
    );
    expectNamesHeld(r, dir);
  });

  it('mocha', async () => {
    const dir = fresh();
    const r = await testStep(
      { 'test/a.spec.js': jsNames(dir, 'it') },
      { run: 'npx mocha' },
      { ...PR, prepare: linked },
    );
    expectNamesHeld(r, dir);
  });
});

describeIfRunner('pytest', 'pytest: hostile parameter ids', () => {
  it('each id re-run by its node id, quoted: none runs as shell, each broken one stays red', async () => {
    const dir = fresh();
    const ids = [...hostile(dir), 'adds 1', '(f) [y] | z.*+?^$\\{}'];
    const r = await testStep(
      {
        'test_a.py': `import pytest
IDS = ${JSON.stringify(ids)}
@pytest.mark.parametrize("v", IDS, ids=IDS)
def test_p(v):
    assert False
@pytest.mark.parametrize("v", ["adds 10"], ids=["adds 10"])
def test_q(v):
    pass
`,
      },
      { run: 'python3 -m pytest -p no:cacheprovider -q' },
      PR,
    );
    expectNamesHeld(r, dir);
  });
});

describeIfRunner('go', 'go: hostile subtest names (a `/` in them, spaces go turns into `_`)', () => {
  it('each re-run by an anchored -run per level, quoted: none runs as shell, each stays red', async () => {
    const dir = fresh();
    const names = [...hostile(dir), 'adds 1', 'f(x) [y] | z.*+?^$\\{}'];
    const r = await testStep(
      {
        'go.mod': 'module example.com/demo\n\ngo 1.19\n',
        'demo_test.go': `package demo
import "testing"
func TestNames(t *testing.T) {
  for _, n := range []string{${names.map((n) => JSON.stringify(n)).join(', ')}} {
    t.Run(n, func(t *testing.T) { t.Fatal("broken") })
  }
  t.Run("adds 10", func(t *testing.T) {})
}
`,
      },
      { run: 'go test ./...' },
      { ...PR, env: goEnv() },
    );
    expectNamesHeld(r, dir);
  });
});

describe('a name two tests share, the failed one skipping itself when run alone: skipped is not passed (jest, vitest, node, mocha)', () => {
  const notRun = (key: string): string =>
    `${key} (the re-run shows a test of this name skipped: skipped is not passed, and a pass of the name may be another test's)`;

  it('jest: test.skip under a condition', async () => {
    const r = await testStep(
      {
        'package.json': '{"name":"p"}',
        'd.test.js': `const fs = require('fs');
const again = fs.existsSync(process.env.MARK); fs.writeFileSync(process.env.MARK, '');
${twin('test', "(again ? test.skip : test)('works', () => { throw new Error('broken'); });")}`,
        // A second file: jest's console is then not verbose and shows no twin's pass (which alone keeps it red).
        'e.test.js': "test('other', () => {});",
      },
      { run: 'npx jest' },
      { ...PR, prepare: linked, env: { MARK: path.join(fresh(), 'ran') } },
    );
    expect(r.log).toContain("--verbose 'd.test.js' -t '^(m works)$'");
    expect(r.outputs).toMatchObject({
      'flaky-tests': '',
      'failed-tests': 'jest:d.test.js::m › works',
      'not-rerun-tests': notRun('jest:d.test.js::m › works'),
    });
    expect(r.conclusion).toBe('failure');
  });

  it('vitest: test.skipIf', async () => {
    const r = await testStep(
      {
        'package.json': '{"name":"p","type":"module"}',
        'd.test.js': `import { describe, test } from 'vitest'; import fs from 'node:fs';
const again = fs.existsSync(process.env.MARK); fs.writeFileSync(process.env.MARK, '');
${twin('test', "test.skipIf(again)('works', () => { throw new Error('broken'); });")}`,
      },
      // dot: its console shows no twin's pass (which alone keeps it red: run-tests-twins.test.ts).
      { run: 'npx vitest run --reporter=dot' },
      { ...PR, prepare: linked, env: { MARK: path.join(fresh(), 'ran') } },
    );
    expect(r.outputs).toMatchObject({
      'flaky-tests': '',
      'failed-tests': 'vitest:d.test.js::m > works',
      'not-rerun-tests': notRun('vitest:d.test.js::m > works'),
    });
    expect(r.conclusion).toBe('failure');
  });

  it("node --test: a test's { skip } option", async () => {
    const r = await testStep(
      {
        'd.test.js': `const { describe, test } = require('node:test'); const fs = require('fs');
const again = fs.existsSync(process.env.MARK); fs.writeFileSync(process.env.MARK, '');
${twin('test', "test('works', { skip: again }, () => { throw new Error('broken'); });")}`,
      },
      { run: 'node --test d.test.js' },
      { ...PR, env: { MARK: path.join(fresh(), 'ran') } },
    );
    // Its console shows the twin's pass: the name is not re-run at all (run-tests-twins.test.ts).
    expect(r.outputs).toMatchObject({
      'flaky-tests': '',
      'failed-tests': 'node:d.test.js::m › works',
      'not-rerun-tests': `node:d.test.js::m › works (${TWIN_WHY})`,
    });
    expect(r.conclusion).toBe('failure');
  });

  it('mocha: this.skip()', async () => {
    const r = await testStep(
      {
        'test/d.spec.js': `const fs = require('fs');
${twin('it', "it('works', function () { if (fs.existsSync(process.env.MARK)) this.skip(); fs.writeFileSync(process.env.MARK, ''); throw new Error('broken'); });")}`,
      },
      // dot: its console shows no twin's pass (which alone keeps it red: run-tests-twins.test.ts).
      { run: 'npx mocha --reporter dot' },
      { ...PR, prepare: linked, env: { MARK: path.join(fresh(), 'ran') } },
    );
    expect(r.outputs).toMatchObject({
      'flaky-tests': '',
      'failed-tests': 'mocha:::m works',
      'not-rerun-tests': notRun('mocha:::m works'),
    });
    expect(r.conclusion).toBe('failure');
  });
});
