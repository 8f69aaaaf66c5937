/**
 * Which tests passed, read from a runner's console output: what a re-run's verdict is read from when the
 * runner wrote no report. Only runners whose output names each test it ran (jest and vitest verbose, mocha's
 * spec tree, node --test, pytest -rA or -v, go test -v, cargo, nextest, dotnet at normal verbosity) answer;
 * jest's verbose tree gives a re-run's `✕` failures too. The output is untrusted, as in console.ts. Pure.
 */
import { testKey, type TestId, type TestRunner } from '../../core/test-identity.js';
import {
  cargoTarget,
  dedupe,
  failedInLines,
  MAX_FAILED,
  nodeResults,
  plainLines,
  vitestLabel,
  vitestProject,
  type Parser,
} from './console.js';
import { clipName, splitParams } from './names.js';
import { sameTest } from './verdict.js';

/**
 * jest --verbose: under a `PASS`/`FAIL` head, `✓ name` (`✕` failed) nested under its describe blocks by
 * indentation, two spaces a level; the id's name joins them with ` › ` as the failure's `●` line does.
 */
function jestVerbose(lines: string[], mark: string): TestId[] {
  const out: TestId[] = [];
  let file: string | undefined;
  let blocks: string[] = [];
  for (const line of lines) {
    const head = /^\s*(?:FAIL|PASS)\s+(.*?\S)(?:\s+\(\d[\d.]*\s?m?s\))?$/.exec(line);
    if (head) {
      file = head[1]!.split(/\s+/).pop()!.replace(/^\.\//, '');
      blocks = [];
      continue;
    }
    const m = /^((?: {2})+)(\S.*)$/.exec(line);
    if (!m || file === undefined) {
      if (line === '') blocks = [];
      continue;
    }
    const level = m[1]!.length / 2 - 1;
    const text = m[2]!;
    const test = /^([✓✕√×○✎]) (?:skipped |todo )?(.+?)(?: \(\d[\d.]* ?m?s\))?$/.exec(text);
    if (!test) {
      if (!text.startsWith('●')) blocks = [...blocks.slice(0, level), text];
      continue;
    }
    if (test[1] === mark || (mark === '✓' && test[1] === '√') || (mark === '✕' && test[1] === '×'))
      out.push({
        runner: 'jest',
        suite: clipName(file),
        name: clipName([...blocks.slice(0, level), test[2]!].join(' › ')),
      });
  }
  return out;
}

/** vitest's verbose line: its mark, its project's label (groups 2 and 3), the path, the name, its time. */
const VITEST_VERBOSE = new RegExp(
  `^\\s*([✓×√✗↓])${vitestLabel(' {2}', ' ')}(\\S+) > (.+?)(?: \\d+(?:\\.\\d+)?m?s)?$`,
);

/**
 * vitest --reporter=verbose: `✓ path > describe > test 2ms` (`×` failed, `↓` skipped), its project's label
 * first under `test.projects` (`✓ |b| path > test`; coloured, `✓  b  path > test` plain), read as the id's
 * `params`.
 */
function vitestVerbose(lines: string[], mark: '✓' | '↓'): TestId[] {
  const out: TestId[] = [];
  for (const line of lines) {
    const m = VITEST_VERBOSE.exec(line);
    if (m && (m[1] === mark || (mark === '✓' && m[1] === '√')))
      out.push({
        runner: 'vitest',
        suite: clipName(m[4]!.replace(/^\.\//, '')),
        name: clipName(m[5]!),
        ...vitestProject(m, 2),
      });
  }
  return out;
}

/**
 * mocha's spec tree: a suite's title two spaces deeper per level, its tests two more, `✔ title` (`√` on
 * Windows, a slow test's ` (12ms)` after it) when it passed, `- title` when `pending` (skipped); the name is
 * the full title. mocha 8 and older mark a pass `✓` (their lib/reporters/base.js `symbols.ok`), read only where
 * the tree's counts check.
 */
function mochaPassed(lines: string[], pending = false): TestId[] {
  const out: TestId[] = [];
  let blocks: string[] = [];
  const pass = new RegExp(`^[${mochaTreeMarks(lines) ?? MOCHA_MARKS[0]}] (.+?)(?: \\(\\d+ms\\))?$`);
  for (const line of lines) {
    if (/^\s+\d+ (?:passing|failing|pending)\b/.test(line)) blocks = [];
    const m = /^((?: {2})+)(\S.*)$/.exec(line);
    if (!m) continue;
    const level = m[1]!.length / 2 - 1;
    const test = (pending ? /^- (.+)$/ : pass).exec(m[2]!);
    if (test)
      out.push({
        runner: 'mocha',
        suite: '',
        name: clipName([...blocks.slice(0, level), test[1]!].join(' ')),
      });
    else if (!/^(?:\d+\)|-) /.test(m[2]!)) blocks = [...blocks.slice(0, level), m[2]!];
  }
  return out;
}

/** pytest's end of a session: its short summary's head, or its closing counts (`1 passed in 0.01s`, `-q`'s too). */
const PYTEST_END =
  /^(?:=+ short test summary info =+|(?:=+ )?(?:\d+ \w+|no tests ran)(?:, \d+ \w+)* in [\d.]+s\b.*)$/;
const PYTEST_SUMMARY = /^=+ short test summary info =+$/;
const PYTEST_START = /^=+ test session starts =+$/;

/**
 * pytest -rA: `PASSED path::name` in the short summary; -v: `path::name PASSED [ 50%]`. A parameter's id may
 * hold spaces (`test_p[a b]`), as the FAILED line's does. A pass counts only when pytest ended its session
 * after it: under `-s` a test's own print reaches the console, and a test that printed such a line and then
 * ended the process (`os._exit`, a crash in its teardown) did not pass.
 */
function pytestPassed(lines: string[]): TestId[] {
  const out: TestId[] = [];
  let pending: TestId[] = [];
  // In the short summary (`-qq` prints nothing after it), its lines are pytest's own, after the session.
  let summary = false;
  for (const line of lines) {
    if (PYTEST_START.test(line)) summary = false;
    if (PYTEST_END.test(line)) {
      out.push(...pending);
      pending = [];
      summary = PYTEST_SUMMARY.test(line);
      continue;
    }
    const m = /^PASSED (\S+?\.py)::(\S.*)$/.exec(line) ?? /^(\S+?\.py)::(\S.*?) PASSED\b/.exec(line);
    if (!m) continue;
    const split = splitParams(m[2]!);
    (summary ? out : pending).push({
      runner: 'pytest',
      suite: clipName(m[1]!),
      name: clipName(split.name),
      ...(split.params !== undefined ? { params: clipName(split.params) } : {}),
    });
  }
  return out;
}

/** Parsers of the tests a run shows passed: what a re-run's verdict is read from. */
const PASSED: Partial<Record<TestRunner, Parser>> = {
  jest: (lines) => jestVerbose(lines, '✓'),
  mocha: (lines) => mochaPassed(lines),
  node: (lines) => nodeResults(lines, true),
  vitest: (lines) => vitestVerbose(lines, '✓'),
  pytest: pytestPassed,
  // go test -v: `--- PASS: TestX (0.00s)`, owned by the package of the next `ok`/`FAIL` line.
  go: (lines) => {
    const out: TestId[] = [];
    let pending: string[] = [];
    for (const line of lines) {
      const pass = /^\s*--- PASS: (\S+) \(/.exec(line);
      if (pass) pending.push(pass[1]!);
      const pkg = /^(?:FAIL|ok)\s+(\S+)\s/.exec(line);
      if (!pkg) continue;
      for (const name of pending) out.push({ runner: 'go', suite: clipName(pkg[1]!), name: clipName(name) });
      pending = [];
    }
    return out;
  },
  cargo: (lines) => {
    const out: TestId[] = [];
    let target: { suite: string; params?: string } = { suite: '' };
    for (const line of lines) {
      target = cargoTarget(line) ?? target;
      const m = /^test (\S+) \.\.\. ok$/.exec(line);
      if (m) out.push({ runner: 'cargo', ...target, name: clipName(m[1]!) });
    }
    return out;
  },
  nextest: (lines) => {
    const out: TestId[] = [];
    for (const line of lines) {
      const m = /^\s*PASS \[\s*[\d.]+m?s\] (?:\(\d+\/\d+\) )?(\S+) (\S+)$/.exec(line);
      if (m) out.push({ runner: 'nextest', suite: clipName(m[1]!), name: clipName(m[2]!) });
    }
    return out;
  },
  // dotnet test --logger "console;verbosity=normal": `  Passed Namespace.Class.Method [1 ms]`.
  dotnet: (lines) => {
    const out: TestId[] = [];
    for (const line of lines) {
      const m = /^\s+Passed ([\w.+`]+)\.([^.\s(]+)(?:\((.*)\))? \[[^\]]*\]$/.exec(line);
      if (m)
        out.push({
          runner: 'dotnet',
          suite: clipName(m[1]!),
          name: clipName(m[2]!),
          ...(m[3] !== undefined ? { params: clipName(m[3]) } : {}),
        });
    }
    return out;
  },
};

/**
 * The tests a run's output shows skipped (jest's `○`, its `✎` todo; vitest's `↓`; mocha's pending `- title`; node's
 * TAP `# SKIP`, `# TODO`): a re-run selects by name, and where two tests share one (two `describe('m')` blocks of a
 * `works`), the failed one skipping itself when run alone (a condition, a fixture another test sets) left the
 * other's pass as the name's.
 * Skipped is not passed: the name's verdict is not-run (verdict.ts).
 */
const SKIPPED: Partial<Record<TestRunner, Parser>> = {
  jest: (lines) => [...jestVerbose(lines, '○'), ...jestVerbose(lines, '✎')],
  mocha: (lines) => mochaPassed(lines, true),
  node: (lines) => nodeResults(lines, 'skipped'),
  vitest: (lines) => vitestVerbose(lines, '↓'),
};

/** The tests `runner`'s output shows skipped (SKIPPED; empty for the other runners). */
export function skippedFromConsole(output: string, runner: TestRunner): TestId[] {
  const parse = SKIPPED[runner];
  return parse ? dedupe(parse(plainLines(output))).slice(0, MAX_FAILED) : [];
}

/** The runners whose output names the tests that passed (the others need a report for a re-run's verdict). */
export const PASSING_RUNNERS = Object.keys(PASSED) as TestRunner[];

/** The tests `runner`'s output shows passed (empty for a runner whose output does not name them). */
export function passedFromConsole(output: string, runner: TestRunner): TestId[] {
  const parse = PASSED[runner];
  return parse ? dedupe(parse(plainLines(output))).slice(0, MAX_FAILED) : [];
}

/**
 * The failed tests' keys that `runner`'s console shows for more than one test, or whose output cannot show it:
 * their key does not tell them apart. mocha's console never names a test's file (a key is its full title: two
 * files' `suite works` are one); where its reporter prints no tree of the tests it ran (`dot`, `min`,
 * `progress`: no passes shown), another file's test of that title cannot be ruled out, so each is shared. cargo
 * names a target by its path in its crate and its binary: only a crate's own unit tests' binary is the crate's;
 * any other target (an integration test, `tests/it.rs`, binary `it`) may be named alike in another crate, and
 * `cargo test` stops at the first failing binary (the other crate's may never show): such a target's test is
 * always shared (crateUnitTests). Their re-run by that name runs both, a failure of either failing it
 * (verdict.ts), but the key's history and quarantine may be the other's: such a failure is never quarantined and
 * is kept out of the flaky history (plan.ts `concludeTests`). Other runners' keys name the test's file, package
 * or class, and a key they show twice is one test run twice (go's `-count`).
 */
export function sharedNames(output: string, runner: TestRunner, failed: readonly TestId[]): Set<string> {
  const shared = new Set<string>();
  if ((runner !== 'cargo' && runner !== 'mocha') || failed.length === 0) return shared;
  const lines = plainLines(output);
  if (runner === 'mocha' && !mochaTree(lines)) return new Set(failed.map(testKey));
  const seen = new Map<string, number>();
  for (const id of [...failedInLines(lines, runner), ...PASSED[runner]!(lines)]) {
    const key = testKey(id);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  // cargo's `error: test failed, to rerun pass `-p a --lib`` names the failed target's package: two crates may
  // name their libs alike (`[lib] name = "common"`), and then a unit target's binary is not its crate's.
  const packages =
    runner === 'cargo'
      ? [...output.matchAll(/-p ([\w-]+) --(?:lib|bin)\b/g)].map((m) => m[1]!.replace(/-/g, '_'))
      : [];
  const crates = (id: TestId): boolean =>
    crateUnitTests(id) && (packages.length === 0 || packages.includes(id.params!));
  for (const id of failed)
    if ((seen.get(testKey(id)) ?? 0) > 1 || (runner === 'cargo' && !crates(id))) shared.add(testKey(id));
  return shared;
}

/** Why a failed test whose name the step's output shows for a passing test too is not re-run (twinNames). */
export const TWIN_WHY =
  "the step's output shows a test of this name both failed and passed: two tests share it, and a re-run by that name may run only the passing one";

/**
 * The failed tests' keys the step's own output shows for two tests, one failed and one passed (two
 * `describe('m')` blocks of a `works`): a re-run by that name may run only the passing one (the failed one
 * defined only on the first run), and its pass would make a broken test flaky. Such a test is not re-run.
 * go de-duplicates a subtest's name (`works`, then `works#01`, testing/match.go `unique`): a failed subtest
 * whose name has a `#NN` sibling in the output, or is one, is such a test; a go test shown twice under one
 * name is one test run twice (`-count`), which is no twin. A runner's own retry (jest's retryTimes, mocha's
 * --retries, vitest's retry) prints a test's last outcome alone, so a key shown both ways is two tests.
 */
export function twinNames(output: string, runner: TestRunner, failed: readonly TestId[]): Set<string> {
  const twins = new Set<string>();
  const parse = PASSED[runner];
  if (!parse || failed.length === 0) return twins;
  const lines = plainLines(output);
  const failedHere = [
    ...failedInLines(lines, runner),
    ...(runner === 'vitest' ? vitestTree(lines, '×') : []),
  ];
  const passedHere = [...parse(lines), ...(runner === 'vitest' ? vitestTree(lines, '✓') : [])];
  if (runner === 'go') {
    const names = [...failedHere, ...passedHere].map((t) => t.name);
    const numbered = (name: string, base: string): boolean =>
      name.startsWith(`${base}#`) && /^#\d+(?:\/|$)/.test(name.slice(base.length));
    // A parent's twin too (`TestM/works#01/x` beside a failed `TestM/works/x`): the same path but for `#NN`.
    const plain = (name: string): string => name.replace(/#\d+(?=\/|$)/g, '');
    for (const id of failed)
      if (
        /#\d+(?:\/|$)/.test(id.name) ||
        names.some((n) => numbered(n, id.name) || (n !== id.name && plain(n) === id.name))
      )
        twins.add(testKey(id));
    return twins;
  }
  const both = failedHere.filter((f) => passedHere.some((p) => sameTest(p, f)));
  for (const id of failed) if (both.some((b) => sameTest(b, id))) twins.add(testKey(id));
  return twins;
}

/**
 * vitest's default reporter: a failed file's tests under its head, `❯ path (2 tests | 1 failed) 19ms` (its
 * project's label before the path), each `✓ describe > test 2ms` (`×` failed) three blanks in, without its path.
 */
function vitestTree(lines: readonly string[], mark: '✓' | '×'): TestId[] {
  const out: TestId[] = [];
  let file: { suite: string; params?: string } | undefined;
  for (const line of lines) {
    const head = /^\s*❯ (.{0,100}?)(\S+) \(\d+ tests?\b/.exec(line);
    if (head) {
      const label = head[1]!.replace(/[|\s]/g, '');
      file = {
        suite: clipName(head[2]!.replace(/^\.\//, '')),
        ...(label ? { params: clipName(label) } : {}),
      };
      continue;
    }
    const test = /^ {3}([✓×]) (.+?)(?: \d+(?:\.\d+)?m?s)?$/.exec(line);
    if (file && test && test[1] === mark) out.push({ runner: 'vitest', ...file, name: clipName(test[2]!) });
    else if (!/^ {3}/.test(line)) file = undefined;
  }
  return out;
}

/** A pass's marks in mocha's spec tree: mocha 9 and newer `✔`, 8 and older `✓` (`√` on Windows for both). */
const MOCHA_MARKS = ['✔√', '✓√'] as const;

/** Whether mocha's output shows its spec tree whole (`mochaTreeMarks`). */
function mochaTree(lines: readonly string[]): boolean {
  return mochaTreeMarks(lines) !== undefined;
}

/**
 * The marks of mocha's spec tree when its output shows it whole: before its counts, as many passes (lines with
 * those marks, what mochaPassed reads) and failures (`N) title`) as the counts say. A test's own output can
 * print a line of either shape: counts that disagree are no tree, and every failure of it is shared.
 */
function mochaTreeMarks(lines: readonly string[]): string | undefined {
  return MOCHA_MARKS.find((marks) => treeCounts(lines, marks));
}

/**
 * Whether the tree's passes with `marks` and its failures are its counts; for mocha 8's `✓`, also that no pass
 * shows mocha 9's `✔` (a `✓` line printed by a test of mocha 9 and newer is ignored by their check, as ever).
 */
function treeCounts(lines: readonly string[], marks: string): boolean {
  const passLine = new RegExp(`^(?: {2})+[${marks}] \\S`);
  // A `✔` line beside `✓` passes is a newer mocha's tree with a test's own `✓` output: not mocha 8's tree.
  const otherLine = marks === MOCHA_MARKS[1] ? /^(?: {2})+✔ \S/ : undefined;
  let passes = 0;
  let failures = 0;
  let i = 0;
  for (; i < lines.length && !/^\s+\d+ (?:passing|failing|pending)\b/.test(lines[i]!); i++) {
    if (passLine.test(lines[i]!)) passes++;
    else if (otherLine?.test(lines[i]!)) return false;
    else if (/^(?: {2})+\d+\) \S/.test(lines[i]!)) failures++;
  }
  const count = (word: string): number => {
    for (let j = i; j < Math.min(lines.length, i + 4); j++) {
      const m = new RegExp(`^\\s+(\\d+) ${word}\\b`).exec(lines[j]!);
      if (m) return Number(m[1]);
    }
    return 0;
  };
  return (
    i < lines.length && passes + failures > 0 && passes === count('passing') && failures === count('failing')
  );
}

/**
 * Whether a cargo target is a crate's own unit tests (`Running unittests src/lib.rs` or `src/main.rs`, its binary
 * the crate's name): any other (an integration test, `tests/it.rs` or `tests/x/main.rs`, a `[[test]]` or
 * `[[bin]]` with its own path, `src/bin/x.rs`, an old cargo's bare `Running target/debug/deps/x-…`) may be named
 * alike in another crate, whose binary `cargo test` never reaches once one fails.
 */
function crateUnitTests(id: TestId): boolean {
  return id.params !== undefined && /^src[\\/](?:lib|main)\.rs$/.test(id.suite);
}

/** The tests jest's --verbose output shows failed (`✕`): with the `●` lines, the failures of a re-run. */
export function jestVerboseFailed(output: string): TestId[] {
  return jestVerbose(plainLines(output), '✕');
}
