/**
 * Two tests of one name (console-passed.ts `twinNames`): a failed test whose name the step's own output shows
 * passed too is not re-run, since a re-run by that name may run only the passing one. Read from what the real
 * runners print (jest from node_modules, Debian's go); go's twin is `works#01` (testing/match.go `unique`).
 * And a report's `<skipped/>` (junit.ts): a re-run's report that shows the name skipped is not its pass.
 */
import path from 'node:path';
import { testKey, type TestId } from '../../src/core/test-identity.js';
import { failedFromConsole } from '../../src/test-recovery/core/console.js';
import { twinNames } from '../../src/test-recovery/core/console-passed.js';
import { parseJunit } from '../../src/test-recovery/core/junit.js';
import { ReportTally } from '../../src/test-recovery/core/report-tally.js';
import { rerunVerdicts, SKIPPED_WHY } from '../../src/test-recovery/core/verdict.js';
import { repoRoot } from '../../stand/services/paths.js';
import { describeIfRunner, goEnv, project, run, runners } from '../runners.js';

it('jest: a name shown failed (✕) and passed (✓) is a twin; a name shown failed alone is not', () => {
  const dir = project({
    'package.json': '{"name":"t","jest":{"testEnvironment":"node"}}',
    'd.test.js': `describe('m', () => { test('works', () => {}); test('alone', () => { throw new Error('broken'); }); });
describe('m', () => { test('works', () => { throw new Error('broken'); }); });
`,
  });
  const out = run(dir, runners.jest, ['--ci', '--verbose', '--rootDir', dir]).output;
  const failed = failedFromConsole(out, 'jest');
  expect(failed.map((t) => t.name).sort()).toEqual(['m › alone', 'm › works']);
  expect([...twinNames(out, 'jest', failed)]).toEqual([
    testKey({ runner: 'jest', suite: 'd.test.js', name: 'm › works' }),
  ]);
});

it("vitest's default reporter: a failed file's tree shows the name failed (×) and passed (✓)", () => {
  const dir = project({
    'package.json': '{"name":"t","type":"module"}',
    'd.test.js': `import { describe, test } from 'vitest';
describe('m', () => { test('works', () => {}); });
describe('m', () => { test('works', () => { throw new Error('broken'); }); });
`,
  });
  const out = run(dir, path.join(repoRoot, 'node_modules/.bin/vitest'), ['run', '--root', dir]).output;
  const failed = failedFromConsole(out, 'vitest');
  expect(failed.map(testKey)).toEqual(['vitest:d.test.js::m > works']);
  expect([...twinNames(out, 'vitest', failed)]).toEqual(['vitest:d.test.js::m > works']);
});

it("jest's own retry (retryTimes) prints a retried test's last outcome alone: no twin", () => {
  const dir = project({
    'package.json': '{"name":"t","jest":{"testEnvironment":"node"}}',
    'd.test.js': `jest.retryTimes(2, { logErrorsBeforeRetry: true });
let n = 0;
describe('m', () => { test('works', () => { if (n++ < 1) throw new Error('flake'); }); test('other', () => { throw new Error('broken'); }); });
`,
  });
  const out = run(dir, runners.jest, ['--ci', '--verbose', '--rootDir', dir]).output;
  expect(out).toContain('RETRY 1');
  const failed = failedFromConsole(out, 'jest');
  expect(failed.map((t) => t.name)).toEqual(['m › other']);
  expect(twinNames(out, 'jest', failed).size).toBe(0);
});

describeIfRunner('go', 'go: a subtest name run twice is de-duplicated (works#01)', () => {
  const source = (body: string): Record<string, string> => ({
    'go.mod': 'module example.com/demo\n\ngo 1.19\n',
    'demo_test.go': `package demo\nimport "testing"\nfunc TestM(t *testing.T) {\n${body}\n}\n`,
  });
  const pass = 't.Run("works", func(t *testing.T) {})';
  const fail = 't.Run("works", func(t *testing.T) { t.Fatal("broken") })';
  const goTest = (dir: string, count = '1') =>
    run(dir, 'go', ['test', `-count=${count}`, '-v', './...'], goEnv(dir)).output;
  const subtests = (failed: TestId[]) => failed.filter((t) => t.name.startsWith('TestM/'));

  it.each([
    ['the broken one first: works, with a works#01 sibling', `${fail}\n${pass}`, 'TestM/works'],
    ['the broken one second: works#01', `${pass}\n${fail}`, 'TestM/works#01'],
  ])('%s', (_title, body, name) => {
    const dir = project(source(body));
    const out = goTest(dir);
    const failed = subtests(failedFromConsole(out, 'go'));
    expect(failed.map((t) => t.name)).toEqual([name]);
    expect([...twinNames(out, 'go', failed)]).toEqual(failed.map(testKey));
  });

  it("a parent's twin: TestM/works/x failed beside TestM/works#01/x passed (the re-run's works/x may be the passing one)", () => {
    const child = (body: string) =>
      `t.Run("works", func(t *testing.T) { t.Run("x", func(t *testing.T) { ${body} }) })`;
    const dir = project(source(`${child('t.Fatal("broken")')}\n${child('')}`));
    const out = goTest(dir);
    expect(out).toMatch(/--- PASS: TestM\/works#01\/x /);
    const failed = subtests(failedFromConsole(out, 'go')).filter((t) => t.name === 'TestM/works/x');
    expect(failed).toHaveLength(1);
    expect([...twinNames(out, 'go', failed)]).toEqual(failed.map(testKey));
  });

  it('one subtest run twice by -count (failed, then passed) is one test: no twin', () => {
    const dir = project({
      'go.mod': 'module example.com/demo\n\ngo 1.19\n',
      'demo_test.go': `package demo\nimport "testing"\nvar n int\nfunc TestM(t *testing.T) {\n${'t.Run("works", func(t *testing.T) { n++; if n == 1 { t.Fatal("flake") } })'}\n}\n`,
    });
    const out = goTest(dir, '2');
    const failed = subtests(failedFromConsole(out, 'go'));
    expect(failed.map((t) => t.name)).toEqual(['TestM/works']);
    expect(out).toMatch(/--- PASS: TestM\/works /);
    expect(twinNames(out, 'go', failed).size).toBe(0);
  });
});

it("a re-run's JUnit report showing the name skipped: its pass (another test's) is not the failed test's", () => {
  const xml = `<testsuites><testsuite name="d.test.js">
<testcase classname="d.test.js" name="m &gt; works"/>
<testcase classname="d.test.js" name="m &gt; works"><skipped/></testcase>
</testsuite></testsuites>`;
  const report = parseJunit(xml, 'vitest');
  expect(report.skipped).toHaveLength(1);
  const tally = new ReportTally();
  tally.add(report);
  const id = report.skipped![0]!;
  expect(tally.skipped).toEqual([id]);
  const seen = { failed: tally.failed, passed: tally.passed, skipped: tally.skipped };
  expect(rerunVerdicts([id], seen, () => 'nothing').get(testKey(id))).toEqual({
    state: 'not-run',
    why: SKIPPED_WHY,
  });
});
