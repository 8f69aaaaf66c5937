/**
 * Two tests of one name, the failed one defined only on the first run (a `describe('m')` block behind a
 * condition, a go subtest run only once): the re-run by that name runs only the passing twin, whose pass must
 * not make the broken test flaky. The step's own output shows the name both failed and passed (go's `works#01`,
 * testing/match.go `unique`): such a test is not re-run and the step stays red, with the reason in its outputs.
 * Through the real `dist/run.js` with real runners (jest, vitest, mocha from node_modules; node --test; Debian's
 * go). Needs a built dist (`flock /tmp/build.lock npm run build`).
 */
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { goEnv, testStep } from '../../stand/scenarios/test-rerun.js';
import { describeIfRunner } from '../runners.js';

let marks: string;
beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
  marks = mkdtempSync(path.join(os.tmpdir(), 'twins-'));
});
afterAll(() => rmSync(marks, { recursive: true, force: true }));

const PR = { pullRequest: true };
const linked = (dir: string): void =>
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
/** A marker path of its own for each step: the test files define the broken twin only while it is missing. */
const mark = (): string => path.join(mkdtempSync(path.join(marks, 'm-')), 'ran');

const TWIN_WHY =
  "the step's output shows a test of this name both failed and passed: two tests share it, and a re-run by that name may run only the passing one";

/** `describe('m')` twice with a `works`: the passing one always, the broken one on the first run only. */
const twins = (
  it: string,
): string => `const again = fs.existsSync(process.env.MARK); fs.writeFileSync(process.env.MARK, '');
describe('m', () => { ${it}('works', () => {}); });
if (!again) describe('m', () => { ${it}('works', () => { throw new Error('broken'); }); });
`;

type Result = Awaited<ReturnType<typeof testStep>>;
function stayedRed(r: Result, key: string): void {
  expect(r.outputs).toMatchObject({
    'flaky-tests': '',
    'failed-tests': key,
    'not-rerun-tests': `${key} (${TWIN_WHY})`,
  });
  expect(r.log).not.toContain('re-running 1 failed test(s) alone');
  expect(r.conclusion).toBe('failure');
}

describe('a same-named twin missing from the re-run: the broken test is not re-run and stays red', () => {
  it('jest', async () => {
    const r = await testStep(
      { 'package.json': '{"name":"p"}', 'd.test.js': `const fs = require('fs');\n${twins('test')}` },
      { run: 'npx jest' },
      { ...PR, prepare: linked, env: { MARK: mark() } },
    );
    stayedRed(r, 'jest:d.test.js::m › works');
  });

  it('vitest', async () => {
    const r = await testStep(
      {
        'package.json': '{"name":"p","type":"module"}',
        'd.test.js': `import { describe, test } from 'vitest'; import fs from 'node:fs';\n${twins('test')}`,
      },
      { run: 'npx vitest run' },
      { ...PR, prepare: linked, env: { MARK: mark() } },
    );
    stayedRed(r, 'vitest:d.test.js::m > works');
  });

  it('vitest with a JUnit report (which names no project): its console still tells the twins apart', async () => {
    const r = await testStep(
      {
        'package.json': '{"name":"p","type":"module"}',
        'd.test.js': `import { describe, test } from 'vitest'; import fs from 'node:fs';\n${twins('test')}`,
      },
      {
        run: 'npx vitest run --reporter=verbose --reporter=junit --outputFile.junit=r.xml',
        'test-report': 'r.xml',
      },
      { ...PR, prepare: linked, env: { MARK: mark() } },
    );
    expect(r.outputs['flaky-tests']).toBe('');
    expect(r.outputs['not-rerun-tests']).toContain(TWIN_WHY);
    expect(r.conclusion).toBe('failure');
  });

  it('mocha', async () => {
    const r = await testStep(
      { 'test/d.spec.js': `const fs = require('fs');\n${twins('it')}` },
      { run: 'npx mocha' },
      { ...PR, prepare: linked, env: { MARK: mark() } },
    );
    stayedRed(r, 'mocha:::m works');
  });

  it('node --test', async () => {
    const r = await testStep(
      {
        'd.test.js': `const { describe, test } = require('node:test'); const fs = require('fs');\n${twins('test')}`,
      },
      { run: 'node --test d.test.js' },
      { ...PR, env: { MARK: mark() } },
    );
    stayedRed(r, 'node:d.test.js::m › works');
  });
});

describeIfRunner('go', 'go: a subtest name run twice, de-duplicated as works#01', () => {
  const GO_MOD = 'module example.com/demo\n\ngo 1.19\n';
  /** `t.Run("works")` twice on the first run, `first` of them broken; once (the passing one) after. */
  const goTwins = (brokenFirst: boolean): string => {
    const broken = 'if !again { t.Run("works", func(t *testing.T) { t.Fatal("broken") }) }';
    const passing = 't.Run("works", func(t *testing.T) {})';
    return `package demo
import ("os"; "testing")
func TestM(t *testing.T) {
	_, err := os.Stat(os.Getenv("MARK")); again := err == nil; os.WriteFile(os.Getenv("MARK"), nil, 0o644)
	${brokenFirst ? broken : passing}
	${brokenFirst ? passing : broken}
}
`;
  };

  for (const [first, name] of [
    [true, 'works'],
    [false, 'works#01'],
  ] as const)
    it(`the broken subtest run ${first ? 'first (works; its twin works#01)' : 'second (works#01)'}: red`, async () => {
      const r = await testStep(
        { 'go.mod': GO_MOD, 'demo_test.go': goTwins(first) },
        // -v: go's output without it names no passing subtest, so it cannot show the twin.
        { run: 'go test -v ./...' },
        { ...PR, env: { ...goEnv(), MARK: mark() } },
      );
      expect(r.outputs['flaky-tests']).not.toContain(`TestM/${name}`);
      expect(r.outputs['failed-tests']).toContain(`TestM/${name}`);
      expect(r.outputs['not-rerun-tests']).toContain(`TestM/${name} (${TWIN_WHY})`);
      expect(r.conclusion).toBe('failure');
    });
});
