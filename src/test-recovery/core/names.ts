/**
 * How each runner names a test, turned into a `TestId` that is the same on every run: from a JUnit report's
 * test case, and the runner a step's command runs (told from the command, or given by the team). Test
 * names come from the tests being run, so they are untrusted: clipped here, and shown only through
 * `shownName`. Pure.
 */
import { printablePath } from '../../core/text.js';
import { TEST_RUNNERS, testKey, type TestId, type TestRunner } from '../../core/test-identity.js';

/** A suite or name longer than this is clipped (a real one is far shorter). */
export const MAX_NAME_CHARS = 500;

export function clipName(text: string, max = MAX_NAME_CHARS): string {
  return text.length <= max ? text : text.slice(0, max);
}

/**
 * A test's key as one safe line for a log or an output: control characters escaped (`\n`, `\u001b`), so a
 * name can never start a line of its own, and a leading `::` (a workflow command) broken.
 */
export function shownName(id: TestId): string {
  return printablePath(testKey(id)).replace(/^::/, ':\\:');
}

/** One test case as a report writes it. */
export interface RawCase {
  name: string;
  classname?: string;
  file?: string;
  /** The case names its file itself (mocha's xunit reporter; mocha-junit-reporter names it on the suite). */
  ownFile?: true;
  suiteName?: string;
  /** The names of the nested `<testsuite>`s around the case, outermost first. */
  suites?: string[];
  failed: boolean;
  skipped: boolean;
}

/** Which runner a command runs, first match wins (vitest before jest: `vitest` never says jest). */
const COMMAND_RUNNERS: [RegExp, TestRunner][] = [
  [/\bvitest\b/, 'vitest'],
  [/\bjest\b/, 'jest'],
  [/\bpy\.?test\b/, 'pytest'],
  [/\bcargo\s+nextest\b/, 'nextest'],
  [/\bcargo\s+test\b/, 'cargo'],
  [/\bgotestsum\b|\bgo\s+test\b/, 'go'],
  [/\bgradlew?\b/, 'gradle'],
  [/\bmvnw?\b/, 'maven'],
  [/\brspec\b/, 'rspec'],
  [/\bphpunit\b/, 'phpunit'],
  [/\bdotnet\s+test\b/, 'dotnet'],
  [/\bmocha\b/, 'mocha'],
  [/\bnode(?:\.exe)?\s+(?:[^\s|;&]+\s+)*--test(?:\s|$)/, 'node'],
];

/** The runner `command` runs; undefined when it names none (`npm test`, `make check`). */
export function runnerOfCommand(command: string): TestRunner | undefined {
  return COMMAND_RUNNERS.find(([pattern]) => pattern.test(command))?.[1];
}

export function isTestRunner(value: string): value is TestRunner {
  return (TEST_RUNNERS as readonly string[]).includes(value);
}

/** `name[params]` -> name and params (pytest, JUnit 5's `[1]`); a name without brackets has none. */
export function splitParams(name: string): { name: string; params?: string } {
  // Not a regular expression: `^(.*?)\[(.*)\]$` backtracks quadratically on a name of many `[`.
  const open = name.indexOf('[');
  return open > 0 && name.endsWith(']')
    ? { name: name.slice(0, open), params: name.slice(open + 1, -1) }
    : { name };
}

function withParams(base: Omit<TestId, 'params'>, params: string | undefined): TestId {
  return params === undefined ? base : { ...base, params: clipName(params) };
}

const JS_FILE = /\.[cm]?[jt]sx?$/;

/**
 * A report's test case as `runner` names it; the same test gets the same id on every run. Undefined when the
 * report does not tell the test's full name (a mocha report of an unknown form): no re-run can select it.
 */
export function idFromCase(runner: TestRunner, raw: RawCase): TestId | undefined {
  const name = clipName(raw.name);
  const file = raw.file?.replace(/^\.\//, '');
  const classname = raw.classname;
  switch (runner) {
    case 'pytest':
      return pytestCase(name, file, classname);
    case 'go':
      return { runner, suite: clipName(classname ?? raw.suiteName ?? ''), name };
    case 'phpunit': {
      const m = /^(.*?) with data set (.*)$/s.exec(name);
      const suite = clipName(classname ?? raw.suiteName ?? file ?? '');
      return m ? { runner, suite, name: m[1]!, params: clipName(m[2]!) } : { runner, suite, name };
    }
    case 'gradle':
    case 'maven':
    case 'junit': {
      const split = splitParams(name);
      return withParams(
        { runner, suite: clipName(classname ?? raw.suiteName ?? file ?? ''), name: split.name },
        split.params,
      );
    }
    case 'jest':
    case 'vitest':
    case 'mocha': {
      // jest-junit's classname is the test's full name, vitest's the file: only a file is a suite.
      const asFile = [file, classname, raw.suiteName].find((f) => f !== undefined && JS_FILE.test(f));
      const suite = clipName(asFile?.replace(/^\.\//, '') ?? '');
      if (runner !== 'mocha') return { runner, suite, name };
      const title = mochaTitle(raw.name, classname, raw.ownFile === true);
      return title === undefined ? undefined : { runner, suite, name: clipName(title) };
    }
    case 'node':
      // node's JUnit reporter nests a <testsuite> per describe, names the case by its own title alone and
      // writes classname="test" and no file: the key is its full name, as the console names it (` › `), so
      // `works` in two describe blocks stays two tests in the flaky history.
      return {
        runner,
        suite: clipName(file ?? ''),
        name: clipName([...(raw.suites ?? []), raw.name].join(' › ')),
      };
    default:
      return { runner, suite: clipName(file ?? classname ?? raw.suiteName ?? ''), name };
  }
}

/**
 * A mocha test's full title, as its console and `--grep` name it; undefined when the report does not tell it.
 * mocha 12's own xunit reporter (a `file` on each case) writes its suites' full title as the classname
 * (empty for a root test) and its own title as the name. mocha-junit-reporter (2.2.1, its README) writes the
 * full title as the name and the own title as the classname; its `testCaseSwitchClassnameAndName` switches
 * the two and its `jenkinsMode` names the suites joined by `.` and switches them. Those two can pass for each
 * other (name `t`, classname `a t`: the full title `a t` switched, or `a t t` in Jenkins' form), so they are
 * not guessed, nor is a report of no known form: a test read from one is never re-run and its failure
 * stands. Guessed, a broken test was keyed by a passing one's full title, whose re-run went green as flaky.
 */
function mochaTitle(name: string, classname: string | undefined, xunit: boolean): string | undefined {
  if (xunit) return classname ? `${classname} ${name}` : name;
  return classname !== undefined && (name === classname || name.endsWith(` ${classname}`)) ? name : undefined;
}

/**
 * pytest writes `classname="pkg.test_mod.TestClass"` (no file unless `junit_family=xunit1`): the module's
 * path is the dotted part before the first capitalised one, so an id matches the console's node id
 * (`pkg/test_mod.py::TestClass::test_x[1]`).
 */
function pytestCase(name: string, file: string | undefined, classname: string | undefined): TestId {
  const split = splitParams(name);
  const parts = (classname ?? '').split('.').filter((p) => p !== '');
  const firstClass = parts.findIndex((p) => /^[A-Z]/.test(p));
  const modules = firstClass === -1 ? parts : parts.slice(0, firstClass);
  const classes = firstClass === -1 ? [] : parts.slice(firstClass);
  const suite = file ?? (modules.length > 0 ? `${modules.join('/')}.py` : '');
  return withParams(
    { runner: 'pytest', suite: clipName(suite), name: clipName([...classes, split.name].join('::')) },
    split.params,
  );
}
