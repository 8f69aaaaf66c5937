/**
 * The built-in re-run for mocha and `node --test` (issue 64): the command keeps the step's invocation and
 * selects one test by its full title, and the verdict is read from what the real runner prints (mocha's spec
 * reporter; node's TAP and spec reporters): passed, failed, or not re-run when it shows neither.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { failedFromConsole, nodeRelative } from '../../src/test-recovery/core/console.js';
import { passedFromConsole } from '../../src/test-recovery/core/console-passed.js';
import { testKey, type TestId } from '../../src/core/test-identity.js';
import { runnerOfCommand } from '../../src/test-recovery/core/names.js';
import { planStepRun, rerunOfCommand } from '../../src/test-recovery/core/step-run.js';
import { parseJunit } from '../../src/test-recovery/core/junit.js';
import { ReportTally } from '../../src/test-recovery/core/report-tally.js';
import { rerunVerdicts, sameTest, whyNotRun } from '../../src/test-recovery/core/verdict.js';
import { repoRoot } from '../../stand/services/paths.js';
import { project, run } from '../runners.js';

const MOCHA = path.join(repoRoot, 'node_modules/.bin/mocha');

/** Describe blocks and names with regex and shell characters: a selection must match exactly these. */
const SUITE = `const { describe, it } = require(process.env.API || 'node:test');
describe('outer', () => {
  describe("in (x) it's", () => {
    it('works.', () => {});
    it('fails', () => { throw new Error('boom'); });
  });
  it('top', () => {});
});
it('fails', () => { if (process.env.ROOT_FAILS) throw new Error('root'); });
`;
/** mocha's globals as node:test's exports, so one file runs under both. */
const MOCHA_API = `module.exports = { describe: global.describe, it: global.it };\n`;

function bash(cwd: string, script: string): { status: number; output: string } {
  return run(cwd, 'bash', ['-c', script]);
}

function verdicts(ids: TestId[], output: string, status: number, runner: 'mocha' | 'node') {
  const seen = { failed: failedFromConsole(output, runner), passed: passedFromConsole(output, runner) };
  const all = rerunVerdicts(ids, seen, () => whyNotRun({ exitCode: status, output }, false));
  return ids.map((id) => all.get(testKey(id)));
}

describe('mocha', () => {
  const files = { 'test/a.js': SUITE, 'api.js': MOCHA_API, 'test/other.js': "it('other', () => {});\n" };

  it("keeps --config, --require and others, replaces the reporter, narrows --spec to the test's file", () => {
    const id: TestId = { runner: 'mocha', suite: 'test/a.js', name: "outer in (x) it's fails" };
    const step = `${MOCHA} --config .mocharc.ci.json --require ./setup.js -R dot --timeout 5000 test/*.js -g x`;
    expect(rerunOfCommand('mocha', [id], step)).toBe(
      `${MOCHA} --config .mocharc.ci.json --require ./setup.js --timeout 5000 --reporter spec --spec 'test/a.js' --grep '^(outer in \\(x\\) it'\\''s fails)$'`,
    );
    // Read from mocha's console (no file): the step's own spec, positional or --spec, is kept.
    const fromConsole = { ...id, suite: '' };
    expect(rerunOfCommand('mocha', [fromConsole], 'npx mocha --spec test/a.js test/b.js --forbid-only')).toBe(
      "npx mocha --reporter spec --spec test/a.js test/b.js --grep '^(outer in \\(x\\) it'\\''s fails)$'",
    );
  });

  it("real mocha's xunit report (suites as classname, own title as name): each test keyed by its full title", () => {
    const dir = project({
      ...files,
      'test/a.js': SUITE.replace("it('top', () => {})", "it('top fails', () => {})"),
    });
    const step = bash(
      dir,
      `API=../api.js ${MOCHA} --reporter xunit --reporter-option output=x.xml test/a.js`,
    );
    expect(step.status).toBe(1);
    const xml = readFileSync(path.join(dir, 'x.xml'), 'utf8');
    const names = (ids: TestId[]): string[] => ids.map((t) => t.name).sort();
    const report = parseJunit(xml, 'mocha');
    expect(names(report.failed)).toEqual(["outer in (x) it's fails"]);
    expect(names(report.passed)).toEqual(['fails', "outer in (x) it's works.", 'outer top fails']);
    // The re-run's anchored --grep on the full title matches the test, where its own title alone matched none.
    const again = bash(dir, rerunOfCommand('mocha', report.failed, `API=../api.js ${MOCHA} test/a.js`)!);
    expect(verdicts(report.failed, again.output, again.status, 'mocha')).toEqual([{ state: 'failed' }]);
  });

  it("mocha's xunit form (a file on each case): the key is always the classname (suites) and the name joined", () => {
    const xunit = (...cases: [string, string, boolean][]): string =>
      `<testsuite name="Mocha Tests">${cases
        .map(
          ([classname, name, failed]) =>
            `<testcase classname="${classname}" name="${name}" file="/w/test/a.js">${failed ? '<failure/>' : ''}</testcase>`,
        )
        .join('')}</testsuite>`;
    const names = (ids: TestId[]): string[] => ids.map((t) => t.name);
    // The reviewer's three: a classname that ends with the name (a, b) or a name that ends with it (c).
    const a = parseJunit(xunit(['a', 'b', false], ['a b', 'b', true]), 'mocha');
    expect([names(a.failed), names(a.passed)]).toEqual([['a b b'], ['a b']]);
    const b = parseJunit(xunit(['fails', 'fails', true], ['', 'fails', false]), 'mocha');
    expect([names(b.failed), names(b.passed)]).toEqual([['fails fails'], ['fails']]);
    const c = parseJunit(xunit(['b', 'a b', true], ['a', 'b', false]), 'mocha');
    expect([names(c.failed), names(c.passed)]).toEqual([['b a b'], ['a b']]);
    expect(c.unkeyed).toBeUndefined();
  });

  it("mocha-junit-reporter 2.2.1: its default form (full title as the name) is keyed; a form that cannot be told is never re-run and the step's failure stands", () => {
    // Its README and index.js getTestcaseData: name = test.fullTitle(), classname = test.title; switched by
    // testCaseSwitchClassnameAndName, and in jenkinsMode the suites joined by '.' for the full title.
    const xml = (...cases: [string, string][]): string =>
      `<testsuites name="Mocha Tests"><testsuite name="Root Suite" file="test/a.js">${cases
        .map(([name, classname]) => `<testcase name="${name}" classname="${classname}"><failure/></testcase>`)
        .join('')}</testsuite></testsuites>`;
    const keyed = parseJunit(xml(['outer works', 'works'], ['top', 'top']), 'mocha');
    expect(keyed.failed.map((t) => t.name)).toEqual(['outer works', 'top']);
    expect(keyed.unkeyed).toBeUndefined();
    // Switched ('a t', 't': the full title 'a t', or in Jenkins' form 't' in suite 'a t', full title 'a t t'),
    // Jenkins' dotted suites, or no classname at all: not guessed.
    const unknown = parseJunit(xml(['works', 'outer works'], ['t', 'a.b'], ['x', 'test/a.js']), 'mocha');
    expect(unknown.failed).toEqual([]);
    expect(unknown.unkeyed).toBe(3);
    const none = parseJunit(
      '<testsuites><testsuite name="s"><testcase name="works"><failure/></testcase></testsuite></testsuites>',
      'mocha',
    );
    expect([none.failed, none.unkeyed]).toEqual([[], 1]);
    // A passed case that cannot be told is only left out; the tally keeps the step red for a failed one.
    expect(parseJunit(xml(['t', 'a t']).replace('<failure/>', ''), 'mocha')).toEqual({
      failed: [],
      passed: [],
      unread: 0,
      nameless: 0,
    });
    const tally = new ReportTally();
    tally.add(keyed);
    expect(tally.cut).toBe(false);
    tally.add(unknown);
    expect(tally.cut).toBe(true);
    expect(tally.line()).toContain(
      "3 failed test case(s) whose full name the report does not tell (mocha-junit-reporter's testCaseSwitchClassnameAndName or jenkinsMode",
    );
    expect(tally.line()).toContain('none is re-run and the step keeps its failure');
  });

  it('real mocha: a --grep that matches two tests of one full title, one passing and one failing, is a failure', () => {
    const dir = project({
      'test/a.js': `describe('a', () => { it('b', () => { throw new Error('broken'); }); });
it('a b', () => {});
`,
    });
    const step = bash(dir, `${MOCHA} --reporter xunit --reporter-option output=x.xml test/a.js`);
    expect(step.status).toBe(1);
    const report = parseJunit(readFileSync(path.join(dir, 'x.xml'), 'utf8'), 'mocha');
    expect([report.failed.map((t) => t.name), report.passed.map((t) => t.name)]).toEqual([['a b'], ['a b']]);
    const again = bash(dir, rerunOfCommand('mocha', report.failed, `${MOCHA} test/a.js`)!);
    expect(again.output).toMatch(/1 passing[\s\S]*1 failing/);
    expect(verdicts(report.failed, again.output, again.status, 'mocha')).toEqual([{ state: 'failed' }]);
  });

  it("real mocha: the step's failures are read, and a re-run's verdict is each test's own result", () => {
    const dir = project({ ...files, '.mocharc.json': '{"spec":["test/other.js"]}' });
    const step = `API=../api.js ${MOCHA} test/a.js`;
    const first = bash(dir, step);
    expect(first.status).toBe(1);
    const failed = failedFromConsole(first.output, 'mocha');
    expect(failed).toEqual([{ runner: 'mocha', suite: '', name: "outer in (x) it's fails" }]);
    const ids: TestId[] = [
      ...failed,
      { runner: 'mocha', suite: 'test/a.js', name: 'outer top' },
      { runner: 'mocha', suite: 'test/a.js', name: 'no such test' },
    ];
    const rerun = rerunOfCommand('mocha', ids, step)!;
    const again = bash(dir, rerun);
    // Only the selected tests ran: the config's spec (test/other.js) and the root-level 'fails' did not.
    expect(again.output).not.toMatch(/other|^\s+✔ fails/m);
    expect(verdicts(ids, again.output, again.status, 'mocha')).toEqual([
      { state: 'failed' },
      { state: 'passed' },
      { state: 'not-run', why: 'the re-run exited 1 and its output and reports do not show this test ran' },
    ]);
    // A selection that matches nothing: mocha prints `0 passing` and exits 0; not re-run, with the reason.
    const none: TestId[] = [{ runner: 'mocha', suite: 'test/a.js', name: 'no such test' }];
    const empty = bash(dir, rerunOfCommand('mocha', none, step)!);
    expect(empty.status).toBe(0);
    expect(verdicts(none, empty.output, empty.status, 'mocha')).toEqual([
      { state: 'not-run', why: 'the re-run ran no test: its selection matched nothing' },
    ]);
  });
});

describe('node --test', () => {
  it('is told from the command; keeps its options and coverage, drops thresholds and the reporters, selects by name', () => {
    expect(runnerOfCommand('node --test')).toBe('node');
    expect(runnerOfCommand('node --import tsx --test test/')).toBe('node');
    expect(runnerOfCommand('node test.js')).toBeUndefined();
    const id: TestId = { runner: 'node', suite: 'test/a.test.js', name: "outer › in (x) it's › fails" };
    const step =
      'node --import ./setup.mjs --test --experimental-test-coverage --test-coverage-lines=90 --test-reporter spec --test-name-pattern=x --test-concurrency 1 test/';
    expect(rerunOfCommand('node', [id], step)).toBe(
      "node --import ./setup.mjs --test --experimental-test-coverage --test-concurrency 1 --test-reporter=tap --test-name-pattern='^(?:(?:outer in \\(x\\) it'\\''s )?fails)$' 'test/a.test.js'",
    );
    expect(rerunOfCommand('node', [{ ...id, suite: '' }], 'node --test test/a.test.js')).toMatch(
      / test\/a\.test\.js$/,
    );
  });

  it("real node --test's JUnit report: each test keyed by its full name, as the console names it", () => {
    const dir = project({ 'test/a.test.js': SUITE });
    const junit = bash(dir, 'ROOT_FAILS=1 node --test --test-reporter=junit');
    expect(junit.status).toBe(1);
    const report = parseJunit(junit.output, 'node');
    // Node 20 writes no file; Node 22 and later the file, absolute.
    const files = report.failed.map((t) => nodeRelative(t, dir).suite);
    expect(files.every((f) => f === files[0] && ['', 'test/a.test.js'].includes(f))).toBe(true);
    // Two tests named 'fails' (one nested, one at the root) are two keys, not one.
    expect(report.failed.map((t) => t.name)).toEqual(["outer › in (x) it's › fails", 'fails']);
    expect(report.passed.map((t) => t.name)).toEqual(["outer › in (x) it's › works.", 'outer › top']);
    const tap = bash(dir, 'ROOT_FAILS=1 node --test --test-reporter=tap');
    const console = failedFromConsole(tap.output, 'node');
    expect(report.failed.map((r) => console.filter((c) => sameTest(r, c)).length)).toEqual([1, 1]);
  });

  it.each(['tap', 'spec'])(
    "real node --test (%s reporter): the step's failures, with their file, and each test's own re-run verdict",
    (reporter) => {
      const dir = project({ 'test/a.test.js': SUITE });
      const first = bash(dir, `ROOT_FAILS=1 node --test --test-reporter=${reporter}`);
      expect(first.status).toBe(1);
      const failed = failedFromConsole(first.output, 'node');
      const file = reporter === 'tap' ? path.join(dir, 'test/a.test.js') : 'test/a.test.js';
      expect(failed).toEqual([
        { runner: 'node', suite: file, name: "outer › in (x) it's › fails" },
        { runner: 'node', suite: file, name: 'fails' },
      ]);
      expect(passedFromConsole(first.output, 'node').map((t) => t.name)).toEqual([
        "outer › in (x) it's › works.",
        'outer › top',
      ]);
      // A step's key is the file relative to its working directory, whichever reporter printed it.
      expect(failed.map((id) => nodeRelative(id, dir).suite)).toEqual(['test/a.test.js', 'test/a.test.js']);
      expect(nodeRelative({ runner: 'jest', suite: `${dir}/a.js`, name: 'x' }, dir).suite).toBe(
        `${dir}/a.js`,
      );
      const ids: TestId[] = [...failed, { runner: 'node', suite: file, name: 'outer › top' }];
      // Without ROOT_FAILS the root-level 'fails' passes: it is told apart from the nested one.
      const again = bash(dir, rerunOfCommand('node', ids, 'node --test')!);
      expect(again.output).not.toMatch(/^ok \d+ - works\.$/m);
      expect(verdicts(ids, again.output, again.status, 'node')).toEqual([
        { state: 'failed' },
        { state: 'passed' },
        { state: 'passed' },
      ]);
      const none: TestId[] = [{ runner: 'node', suite: file, name: 'no such test' }];
      const empty = bash(dir, rerunOfCommand('node', none, 'node --test')!);
      const [verdict] = verdicts(none, empty.output, empty.status, 'node');
      expect(verdict?.state).toBe('not-run');
      expect(verdict?.state === 'not-run' && verdict.why).toMatch(/^the re-run (?:ran no test|exited 0 and)/);
    },
  );
});

describe('several runs in one chain', () => {
  it("node --test a && node --test b: the failed run is the last whose summary printed, b's run after it", () => {
    const dir = project({
      'a/a.test.js': SUITE.replace(/throw new Error\('boom'\)/, ''),
      'b/b.test.js': SUITE,
    });
    const step = 'node --test a/a.test.js && node --test b/b.test.js && echo done';
    const first = bash(dir, step);
    expect(first.status).toBe(1);
    const plan = planStepRun(step, true, {}, 'node', first.output);
    expect(plan.after).toEqual({ kind: 'rest', script: 'echo done' });
    expect(plan.how?.words.map((w) => w.text)).toEqual(['node', '--test', 'b/b.test.js']);
    // b fails first: a never runs, and the one summary printed is b's.
    const onlyA = bash(dir, 'node --test b/b.test.js && node --test a/a.test.js');
    expect(
      planStepRun(
        'node --test b/b.test.js && node --test a/a.test.js',
        true,
        {},
        'node',
        onlyA.output,
      ).how?.words.map((w) => w.text),
    ).toEqual(['node', '--test', 'b/b.test.js']);
  });
});

describe('parsers on what the runners print', () => {
  it('a TAP `# SKIP` or `# TODO` test did not pass, and a suite is no test', () => {
    const tap = [
      '# Subtest: s',
      '    # Subtest: a \\# b',
      '    ok 1 - a \\# b',
      '    # Subtest: c',
      '    ok 2 - c # SKIP test name does not match pattern',
      'ok 1 - s',
      '  ---',
      "  type: 'suite'",
      '  ...',
    ].join('\n');
    expect(passedFromConsole(tap, 'node')).toEqual([{ runner: 'node', suite: '', name: 's › a # b' }]);
  });
});
