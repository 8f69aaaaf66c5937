/**
 * Which tests failed, read from a runner's own console output when it wrote no report: jest, vitest,
 * pytest, go test, cargo test, cargo-nextest, Gradle, Maven (Surefire), rspec, PHPUnit, dotnet test, mocha and node --test,
 * each from the lines it prints for a failed test. The output is untrusted (a test prints what it likes):
 * only the last `MAX_CONSOLE_CHARS` are read, names are clipped, and a parser answers only what its own
 * line shapes say. Pure.
 */
import type { TestId, TestRunner } from '../../core/test-identity.js';
import { needsIn } from '../../core/needles.js';
import { clipName, splitParams } from './names.js';

/** The tail of an attempt's output that is read (runners print failures last). */
export const MAX_CONSOLE_CHARS = 8 * 1024 * 1024;
/** Failed tests read from one output at most. */
export const MAX_FAILED = 10_000;

export type Parser = (lines: string[]) => TestId[];

/**
 * The project a vitest line's label named (groups `at`: coloured, `at + 1`: plain), as the id's `params`: under
 * `test.projects` (or a workspace) vitest 3.2.7's reporters put it before the test's path (formatProjectName):
 * `|b| ` without colour, ` b ` on a coloured background with colour (on in CI), which reads ` b  ` plain after
 * the `FAIL` or mark's own blank. A name is read up to 100 characters (no pattern backtracks over a long line).
 */
export function vitestProject(m: RegExpExecArray, at: number): { params?: string } {
  const name = m[at] ?? m[at + 1];
  return name === undefined ? {} : { params: clipName(name) };
}

/**
 * vitest's project label between a line's mark and the test's path (its two groups, as vitestProject reads them:
 * coloured, plain), or no label: coloured, ` b ` after `coloured` blanks (the mark's own and the label's
 * background, plain), then two; plain, `|b|` after `plain` blanks. The one source of the shape for every reader
 * of vitest's lines (console.ts, console-passed.ts, stopped.ts); each says the blanks its mark leaves (`FAIL`:
 * three or more, a verbose `✓`: two, or one with no coloured label).
 */
export function vitestLabel(coloured: string, plain: string): string {
  return `(?:${coloured}(\\S(?:.{0,98}?\\S)??) {2}|${plain}(?:\\|([^|]{1,100})\\|\\s+)?)`;
}

/** A vitest `FAIL` line's head: its mark, then its project's label when it has one (groups 1 and 2). */
export const VITEST_FAIL = `^\\s*(?:×\\s+)?FAIL${vitestLabel(' {3}', '\\s+')}`;

/**
 * The one line shape each of these runners' parsers names a failed test from (a plain line, as plainLine gives
 * it): a caller that sees no line of this shape knows the parser finds nothing there. Only the runners whose
 * FAILED_NEEDS are common words (`FAIL`, `Failed `, ` FAILED`, `ERROR `) in logs that name no test.
 */
export const FAILED_LINES: Partial<Record<TestRunner, RegExp>> = {
  vitest: new RegExp(`${VITEST_FAIL}(\\S+) > (.+)$`),
  pytest: /^(?:FAILED|ERROR) (\S+?\.py)::(\S.*?)(?: - .*)?$/,
  gradle: /^(\S[^>]*?) > (.+) FAILED$/,
  dotnet: /^\s+Failed ([\w.+`]+)\.([^.\s(]+)(?:\((.*)\))? \[[^\]]*\]$/,
};

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

/** The runner's timestamp prefix the Actions log adds is not in a step's own output; ANSI colour is. */
function plainText(output: string): string {
  const tail = output.length > MAX_CONSOLE_CHARS ? output.slice(-MAX_CONSOLE_CHARS) : output;
  return tail.replace(ANSI, '');
}

/**
 * One line (no line feed) as the parsers read it from an output holding it: colour codes out, trailing blanks
 * cut (the ANSI pattern matches no line feed, so a line's codes are the output's).
 */
export function plainLine(line: string): string {
  return line.replace(ANSI, '').trimEnd();
}

export function plainLines(output: string): string[] {
  // Trailing blanks are cut here, so no pattern needs a `\s*$` (after a lazy group, that backtracks
  // quadratically on a line of blanks).
  return splitLines(plainText(output));
}

function splitLines(plain: string): string[] {
  return plain.split(/\r?\n/).map((line) => line.trimEnd());
}

/**
 * jest: `FAIL path` heads a file's failures, each `● describe › test`. With `projects`, the project's
 * displayName comes first (`FAIL unit __tests__/a.test.ts`), and a slow file's time last (` (5.2 s)`): the
 * path is the last word before the time.
 */
const jest: Parser = (lines) => {
  const out: TestId[] = [];
  let file: string | undefined;
  for (const line of lines) {
    const head = /^\s*(?:FAIL|PASS)\s+(.*?\S)(?:\s+\(\d[\d.]*\s?m?s\))?$/.exec(line);
    if (head) {
      file = head[1]!.split(/\s+/).pop()!.replace(/^\.\//, '');
      continue;
    }
    const bullet = /^\s{2}● (.+)$/.exec(line);
    if (!bullet || file === undefined) continue;
    const name = bullet[1]!;
    if (name === 'Test suite failed to run' || name.startsWith('Console')) continue;
    out.push({ runner: 'jest', suite: clipName(file), name: clipName(name) });
  }
  return out;
};

/**
 * vitest: ` FAIL  path > describe > test`, with its project's label first under `test.projects` (` FAIL  |b| path
 * > test`; coloured, ` FAIL   b  path > test` plain): the project is the id's `params`.
 */
const vitest: Parser = (lines) => {
  const out: TestId[] = [];
  for (const line of lines) {
    const m = FAILED_LINES.vitest!.exec(line);
    if (m)
      out.push({
        runner: 'vitest',
        suite: clipName(m[3]!.replace(/^\.\//, '')),
        name: clipName(m[4]!),
        ...vitestProject(m, 1),
      });
  }
  return out;
};

/** pytest: the short summary's `FAILED path::Class::test[params] - reason` (and `ERROR` for a test's setup). */
const pytest: Parser = (lines) => {
  const out: TestId[] = [];
  for (const line of lines) {
    const m = FAILED_LINES.pytest!.exec(line);
    if (!m) continue;
    const split = splitParams(m[2]!);
    out.push({
      runner: 'pytest',
      suite: clipName(m[1]!),
      name: clipName(split.name),
      ...(split.params !== undefined ? { params: clipName(split.params) } : {}),
    });
  }
  return out;
};

/**
 * go test: `--- FAIL: TestX/sub (0.00s)` lines, owned by the package named by the next `FAIL\tpkg\t` (or
 * `ok`) line. A parent that failed only through its subtests is left out: the subtests are re-run.
 */
const go: Parser = (lines) => {
  const out: TestId[] = [];
  let pending: string[] = [];
  for (const line of lines) {
    const fail = /^\s*--- FAIL: (\S+) \(/.exec(line);
    if (fail) {
      pending.push(fail[1]!);
      continue;
    }
    const pkg = /^(?:FAIL|ok)\s+(\S+)\s/.exec(line);
    if (!pkg) continue;
    const leaves = pending.filter((name) => !pending.some((other) => other.startsWith(`${name}/`)));
    for (const name of leaves) out.push({ runner: 'go', suite: clipName(pkg[1]!), name: clipName(name) });
    pending = [];
  }
  return out;
};

/**
 * A cargo `Running` line's target: its source path, relative to its crate (`src/lib.rs` in every crate of a
 * workspace), and the test binary's name without its hash (`target/debug/deps/a-3110576fc3c3c96d`: `a`), which
 * for a crate's own unit tests is the crate's (its lib's or bin's name): the id's `params`, so two crates'
 * `tests::it_works` are two tests. An integration test target (`tests/it.rs`, binary `it`) of two crates still
 * shares one (console-passed.ts `sharedNames` keeps such a failure from being quarantined or recorded).
 */
export function cargoTarget(line: string): { suite: string; params?: string } | undefined {
  // The binary's path may hold spaces (`/home/u/my proj/target/...`) and be Windows' (`target\debug\deps\a-….exe`).
  const m = /^\s*Running (?:unittests )?(\S+)(?: \((.+)\)\s*$)?/.exec(line);
  if (!m) return undefined;
  const binary = m[2]
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/-[0-9a-f]{16}(?:\.exe)?$/, '');
  return { suite: clipName(m[1]!), ...(binary ? { params: clipName(binary) } : {}) };
}

/** cargo test: `test path::to::test ... FAILED`, in the crate's target named by the `Running` line before. */
const cargo: Parser = (lines) => {
  const out: TestId[] = [];
  let target: { suite: string; params?: string } = { suite: '' };
  for (const line of lines) {
    target = cargoTarget(line) ?? target;
    const m = /^test (\S+) \.\.\. FAILED$/.exec(line);
    if (m) out.push({ runner: 'cargo', ...target, name: clipName(m[1]!) });
  }
  return out;
};

/** cargo-nextest: `        FAIL [   0.004s] binary-id test::path` (the final summary repeats them). */
const nextest: Parser = (lines) => {
  const out: TestId[] = [];
  for (const line of lines) {
    const m = /^\s*(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \[\s*[\d.]+m?s\] (?:\(\d+\/\d+\) )?(\S+) (\S+)$/.exec(
      line,
    );
    if (m) out.push({ runner: 'nextest', suite: clipName(m[1]!), name: clipName(m[2]!) });
  }
  return out;
};

/** Gradle: `ClassTest > method() FAILED` (nested classes and display names as Gradle prints them). */
const gradle: Parser = (lines) => {
  const out: TestId[] = [];
  for (const line of lines) {
    const m = FAILED_LINES.gradle!.exec(line);
    if (!m || m[1]!.startsWith('>')) continue;
    const split = splitParams(m[2]!);
    out.push({
      runner: 'gradle',
      suite: clipName(m[1]!),
      name: clipName(split.name),
      ...(split.params !== undefined ? { params: clipName(split.params) } : {}),
    });
  }
  return out;
};

/**
 * Maven Surefire: `[ERROR] com.x.FooTest.method -- Time elapsed: ... <<< FAILURE!` (3.x; two spaces and no
 * `--` before 3.0.0-M5), or
 * `[ERROR] method(com.x.FooTest)  Time elapsed: ... <<< ERROR!` (2.x).
 */
const maven: Parser = (lines) => {
  const out: TestId[] = [];
  for (const line of lines) {
    // A JUnit 5 parameterized test's invocation: `demo.BTest.param(int, String)[2] -- Time elapsed` (Surefire 3.2.5).
    const now =
      /^\[ERROR\] ([^\s(]+)\.([^.\s(]+(?:\([^()]*\)(?:\[\d+\])?)?)(?: --|\s)\s*Time elapsed: .*<<< (?:FAILURE|ERROR)!/.exec(
        line,
      );
    const old = /^\[ERROR\] ([^\s(]+)\(([^)\s]+)\)\s+Time elapsed: .*<<< (?:FAILURE|ERROR)!/.exec(line);
    const [suite, name] = now ? [now[1]!, now[2]!] : old ? [old[2]!, old[1]!] : [];
    if (suite === undefined || name === undefined) continue;
    const split = splitParams(name);
    out.push({
      runner: 'maven',
      suite: clipName(suite),
      name: clipName(split.name),
      ...(split.params !== undefined ? { params: clipName(split.params) } : {}),
    });
  }
  return out;
};

/** rspec: the summary's `rspec ./spec/x_spec.rb:12 # Full description`. */
const rspec: Parser = (lines) => {
  const out: TestId[] = [];
  for (const line of lines) {
    const m = /^rspec \.?\/?(\S+?)(?::\d+|\[[\d:]+\]) # (.+)$/.exec(line);
    if (m) out.push({ runner: 'rspec', suite: clipName(m[1]!), name: clipName(m[2]!) });
  }
  return out;
};

/** PHPUnit: `1) Tests\FooTest::testBar` (`with data set #0` for a provider's case) under its failures or errors. */
const phpunit: Parser = (lines) => {
  const out: TestId[] = [];
  let inFailures = false;
  for (const line of lines) {
    if (/^There (?:was|were) \d+ (?:failure|error)s?:$/.test(line.trim())) inFailures = true;
    else if (/^There (?:was|were) \d+ /.test(line.trim())) inFailures = false;
    const m = inFailures ? /^\d+\) ([\w\\]+)::(\w+)(?: with data set (.+))?$/.exec(line) : null;
    if (!m) continue;
    out.push({
      runner: 'phpunit',
      suite: clipName(m[1]!),
      name: clipName(m[2]!),
      ...(m[3] !== undefined ? { params: clipName(m[3]) } : {}),
    });
  }
  return out;
};

/** dotnet test: `  Failed Namespace.Class.Method [12 ms]` (with `(params)` for a theory's case). */
const dotnet: Parser = (lines) => {
  const out: TestId[] = [];
  for (const line of lines) {
    const m = FAILED_LINES.dotnet!.exec(line);
    if (!m) continue;
    out.push({
      runner: 'dotnet',
      suite: clipName(m[1]!),
      name: clipName(m[2]!),
      ...(m[3] !== undefined ? { params: clipName(m[3]) } : {}),
    });
  }
  return out;
};

/**
 * mocha's spec reporter (its default), whose output never names a test's file (the id's suite is ''):
 * After `N failing`, each failure is `  1) suite` with each further
 * title of its path on a line of its own, 5 + 2 spaces a level deeper, the test's own ending in `:`; the id's
 * name is the full title, the parts joined by spaces, as `--grep` matches it.
 */
const mocha: Parser = (lines) => {
  const out: TestId[] = [];
  let inFailures = false;
  for (let i = 0; i < lines.length; i++) {
    if (/^\s+\d+ failing$/.test(lines[i]!)) inFailures = true;
    const head = inFailures ? /^ {2}\d+\) (\S.*)$/.exec(lines[i]!) : null;
    if (!head) continue;
    const parts = [head[1]!];
    for (let j = i + 1; !parts.at(-1)!.endsWith(':') && j < lines.length && parts.length < 50; j++) {
      const more = new RegExp(`^ {${5 + 2 * parts.length}}(\\S.*)$`).exec(lines[j]!);
      if (!more) break;
      parts.push(more[1]!);
    }
    if (parts.at(-1)!.endsWith(':'))
      out.push({ runner: 'mocha', suite: '', name: clipName(parts.join(' ').slice(0, -1)) });
  }
  return out;
};

/** A result of node --test: its full name (suites joined by ` › `), its file when shown, passed or failed. */
interface NodeResult {
  name: string;
  file: string;
  passed: boolean;
  /** `# SKIP` or `# TODO` (TAP): it did not run (console-passed.ts `skippedFromConsole`). */
  skipped?: true;
}

/** TAP escapes `#`, `\` and line breaks in a name with a backslash. */
const tapUnescape = (text: string): string =>
  text.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);

/**
 * node --test's TAP reporter (Node 20's default off a terminal): `# Subtest: name` four spaces deeper per
 * level, then `ok N - name` or `not ok N - name` and a YAML block whose `type: 'suite'` marks a suite and
 * whose `location: '/path/file.js:5:3'` names a failed test's file. A `# SKIP` or `# TODO` test did not run.
 */
function nodeTap(lines: string[]): NodeResult[] {
  const out: NodeResult[] = [];
  const stack: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const sub = /^((?: {4})*)# Subtest: (.+)$/.exec(lines[i]!);
    if (sub) {
      stack.length = sub[1]!.length / 4;
      stack.push(tapUnescape(sub[2]!));
      continue;
    }
    const m = /^((?: {4})*)(not ok|ok) \d+ - (.+)$/.exec(lines[i]!);
    if (!m) continue;
    const skip = / # (?:SKIP|TODO)\b.*$/.exec(m[3]!);
    const level = m[1]!.length / 4;
    let suite = false;
    let file = '';
    for (let j = i + 1; j < lines.length && lines[j]!.startsWith(`${m[1]!}  `); j++) {
      const body = lines[j]!.slice(m[1]!.length + 2);
      if (body === '...') break;
      if (body === "type: 'suite'") suite = true;
      const at = /^location: '(.+?)(?::\d+){2}'$/.exec(body);
      if (at) file = at[1]!;
    }
    if (suite) continue;
    const own = skip ? m[3]!.slice(0, skip.index) : m[3]!;
    const name = [...stack.slice(0, level), tapUnescape(own)].join(' › ');
    out.push({ name, file, passed: m[2] === 'ok', ...(skip ? { skipped: true as const } : {}) });
  }
  return out;
}

/**
 * node --test's spec reporter (the default on a terminal, and off one from Node 23): `▶ suite` two spaces
 * deeper per level, `✔ name (1ms)` or `✖ name (1ms)` under it, and the suite's own `✔`/`✖` line closing it.
 * The `✖ failing tests:` summary after it names each failure's file (`test at file:5:3`), in the same order.
 */
function nodeSpec(lines: string[]): NodeResult[] {
  const out: NodeResult[] = [];
  const stack: string[] = [];
  let i = 0;
  for (; i < lines.length && lines[i] !== '✖ failing tests:'; i++) {
    const m = /^((?: {2})*)([▶✔✖]) (.+?)(?: \([\d.]+m?s\))?(?: # (?:SKIP|TODO)\b.*)?$/.exec(lines[i]!);
    if (!m) continue;
    const level = m[1]!.length / 2;
    if (m[2] === '▶') {
      stack.length = level;
      stack.push(m[3]!);
    } else if (stack[level] === m[3] && stack.length === level + 1) stack.length = level;
    else if (!/ # (?:SKIP|TODO)\b/.test(lines[i]!))
      out.push({ name: [...stack.slice(0, level), m[3]!].join(' › '), file: '', passed: m[2] === '✔' });
  }
  const failed = out.filter((r) => !r.passed);
  let k = 0;
  for (let file = ''; i < lines.length && k < failed.length; i++) {
    const at = /^test at (.+?)(?::\d+){2}$/.exec(lines[i]!);
    if (at) file = at[1]!;
    const m = /^✖ (.+?)(?: \([\d.]+m?s\))?$/.exec(lines[i]!);
    if (!m || lines[i] === '✖ failing tests:') continue;
    if (failed[k]!.name.split(' › ').pop() === m[1]) failed[k]!.file = file;
    k++;
    file = '';
  }
  return out;
}

export function nodeResults(lines: string[], passed: boolean | 'skipped'): TestId[] {
  const tap = nodeTap(lines);
  return (tap.length > 0 ? tap : nodeSpec(lines))
    .filter((r) => (passed === 'skipped' ? r.skipped === true : !r.skipped && r.passed === passed))
    .map((r) => ({ runner: 'node', suite: clipName(r.file), name: clipName(r.name) }));
}

/**
 * A node --test id whose file is under `dir` (the step's working directory) with that file relative to it:
 * node's TAP reporter prints a failed test's file absolute, its spec reporter relative, and a test's key must
 * not change with the checkout's place or the reporter.
 */
export function nodeRelative(id: TestId, dir: string): TestId {
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  return id.runner === 'node' && id.suite.startsWith(prefix)
    ? { ...id, suite: id.suite.slice(prefix.length) }
    : id;
}

const PARSERS: Partial<Record<TestRunner, Parser>> = {
  jest,
  vitest,
  pytest,
  go,
  cargo,
  nextest,
  gradle,
  maven,
  rspec,
  phpunit,
  dotnet,
  mocha,
  node: (lines) => nodeResults(lines, false),
};

/** The runners whose console output is read. */
export const CONSOLE_RUNNERS = Object.keys(PARSERS) as TestRunner[];

/**
 * Text that every line a runner's parser above names a failed test from holds (one of them): an output with
 * none finds nothing there, and is not split and read line by line for it (the CLI asks every parser of every
 * log's tail, and most name no test). A runner without an entry is always read.
 */
export const FAILED_NEEDS: Partial<Record<TestRunner, readonly string[]>> = {
  jest: ['●'],
  vitest: ['FAIL'],
  pytest: ['FAILED ', 'ERROR '],
  go: ['--- FAIL: '],
  cargo: [' ... FAILED'],
  nextest: ['FAIL [', 'SIGSEGV [', 'SIGABRT [', 'TIMEOUT ['],
  gradle: [' FAILED'],
  maven: ['Time elapsed: '],
  rspec: ['rspec '],
  phpunit: ['There w'],
  dotnet: ['Failed '],
  mocha: [' failing'],
  node: ['not ok', '✖'],
};

/**
 * The failed tests `runner`'s output names; with no runner known, the first parser that finds any. Empty
 * when none is found (a compile error, a runner not known): the caller cannot tell which tests failed.
 */
export function failedFromConsole(output: string, runner?: TestRunner): TestId[] {
  const plain = plainText(output);
  const runners = runner ? [runner] : (Object.keys(PARSERS) as TestRunner[]);
  // Every runner's needs found in one pass over the text, not one pass per need.
  const present = needsIn(
    plain,
    runners.flatMap((name) => FAILED_NEEDS[name] ?? []),
  );
  let lines: string[] | undefined;
  for (const name of runners) {
    const parse = PARSERS[name];
    const needs = FAILED_NEEDS[name];
    if (!parse || (needs && !needs.some((need) => present.has(need)))) continue;
    lines ??= splitLines(plain);
    const found = dedupe(parse(lines));
    if (found.length > 0) return found.slice(0, MAX_FAILED);
  }
  return [];
}

/** Every failed test `runner`'s parser reads from `lines`, a test named twice (two targets, two files) twice. */
export function failedInLines(lines: string[], runner: TestRunner): TestId[] {
  return PARSERS[runner]?.(lines) ?? [];
}

export function dedupe(ids: TestId[]): TestId[] {
  const seen = new Set<string>();
  return ids.filter((id) => {
    const key = JSON.stringify([id.runner, id.suite, id.name, id.params]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
