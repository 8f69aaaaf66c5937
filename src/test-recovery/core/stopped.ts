/**
 * Tests a failed run left unrun: after a runner stopped at a failure, or in a file or package that failed as a
 * whole (an import, a build, a collection error). Re-runs of the tests that failed cannot stand for those, so
 * the step must run whole once. Told from the runner's own options and from what it printed (an option set in
 * a config file shows only there: stop-config.ts reads those). Pure.
 */
import type { TestRunner } from '../../core/test-identity.js';
import { printablePath } from '../../core/text.js';
import { plainLines, VITEST_FAIL } from './console.js';
import { keptArguments, runnerAt } from './invocation.js';
import { NPM_WORKSPACES, type Word } from './step-script.js';

export const AFTER = 'so the tests after it did not run';

/** Each number of a summary's `N failed | M passed` counts, added. */
const sum = (counts: string): number =>
  [...counts.matchAll(/(\d+) (?:failed|passed|skipped|todo|expected fail)\b/g)].reduce(
    (n, m) => n + Number(m[1]),
    0,
  );

/**
 * Why the run of `runner` by `words` may have left tests unrun, from its options and its `output`; undefined
 * when it ran them all as far as these show. `npmWorkspaces`: where npm's config sets its workspaces.
 */
export function stoppedEarly(
  runner: TestRunner,
  words: readonly Word[],
  output: string,
  npmWorkspaces?: string,
): string | undefined {
  const at = runnerAt(runner, words);
  const perPackage = stopsAtFailedPackage(
    runner,
    words.slice(0, Math.max(at - 1, 0)).map((w) => w.text),
    npmWorkspaces,
  );
  if (perPackage) return perPackage;
  const argWords = words.slice(Math.max(at, 0));
  const args = argWords.map((w) => w.text);
  const dash = args.indexOf('--');
  const own = dash === -1 ? args : args.slice(0, dash);
  const has = (option: RegExp): boolean => own.some((a) => option.test(a));
  const lines = (pattern: RegExp): RegExpExecArray[] =>
    plainLines(output).flatMap((line) => {
      const m = pattern.exec(line);
      return m ? [m] : [];
    });
  switch (runner) {
    case 'cargo':
      // https://doc.rust-lang.org/cargo/commands/cargo-test.html: "Without this flag, Cargo will exit after
      // the first executable fails"; each failed target ends with this line (a doc test's, the last, does not).
      return !has(/^--no-fail-fast$/) && lines(/^error: test failed, to rerun pass /).length > 0
        ? 'cargo test stops at the first test target that fails (no --no-fail-fast), so the targets after it did not run'
        : undefined;
    case 'go':
      // `go help testflag`: -failfast "Do not start new tests after the first test failure"; a panic or the
      // runtime's fatal error (`fatal error: concurrent map writes`, no `--- FAIL` line) ends the package's test
      // binary, whatever test it was in. The runtime prints the goroutines' trace after it (runtime/panic.go's
      // dopanic_m, at the default GOTRACEBACK): a test's own `panic: ` text has none.
      // The flag package takes a bool as strconv.ParseBool does (`-failfast=1`, `=t`, `=TRUE`), and the test
      // binary's own `-test.failfast` alike.
      if (has(/^--?(?:test\.)?failfast(?:=(?:1|t|T|TRUE|true|True))?$/))
        return `go test -failfast starts no test after a failure, ${AFTER}`;
      return binaryDied(plainLines(output))
        ? `a go test panicked or hit a fatal error, which ends its package's test binary, ${AFTER}`
        : undefined;
    case 'pytest':
      // _pytest/main.py: `shouldfail = f"stopping after {testsfailed} failures"` once -x or --maxfail is met,
      // printed between `!` borders, from the command line or the ini's addopts alike; under pytest-xdist its
      // dsession.py raises `Interrupted(shouldstop)`, which pytest prints as the exception's line.
      if (lines(/^!+ (?:xdist\.dsession\.Interrupted: )?stopping after \d+ failures !+$/).length > 0)
        return `pytest stopped at its failure limit (-x, --maxfail), ${AFTER}`;
      // The session ending early otherwise: _pytest/terminal.py writes the interruption's line between `!`
      // borders: stepwise.py's `--sw` stopping at the first failure (`Interrupted: Test failed, …`), a test's
      // `pytest.exit()` (`_pytest.outcomes.Exit: why`, whose closing border a message with a newline pushes to
      // a later line), a KeyboardInterrupt. Only pytest's own words: a test or a setup command printing a
      // `!!! banner !!!` is no interruption (review: every such run cost a whole-step run).
      if (lines(/^!+ Interrupted: Test failed, continuing from this test next run\. !+$/).length > 0)
        return `pytest ended its session early (stepwise), ${AFTER}`;
      return lines(/^!+ (?:Interrupted: |KeyboardInterrupt\b|(?:\w+\.)*Exit: )/).length > 0
        ? `pytest ended its session early, ${AFTER}`
        : undefined;
    case 'jest':
      // @jest/reporters' getSummary: `Test Suites: ... ${suitesRun} of ${suitesTotal} total` when not all
      // files ran (bail, from the command line or the config). suitesRun counts the failed and passed files
      // only: a file whose tests were all skipped is counted `N skipped` before it, and ran.
      return lines(/^Test Suites: (.*?)\d+ of (\d+) total$/).some((m) => sum(m[1]!) < Number(m[2]))
        ? 'jest stopped before all its test files ran (bail), so the files after it did not run'
        : undefined;
    case 'vitest':
      // vitest's summary `Test Files  1 failed | 2 passed (4)`: a file that never ran (bail) has no state.
      if (lines(/^\s*Test Files\s+(.*?)\s*\((\d+)\)$/).some((m) => sum(m[1]!) < Number(m[2])))
        return 'vitest stopped before all its test files ran (bail), so the files after it did not run';
      // Its `Tests  1 failed (2)` likewise (getStateString: failed, passed, skipped, todo, then the total): bail
      // also cancels the tests left in the files already running, a later test in the failed test's own file
      // among them, and then every file has a state (measured with vitest 3.2.7, `--bail=1`).
      if (lines(/^\s*Tests\s+(.*?)\s*\((\d+)\)$/).some((m) => sum(m[1]!) < Number(m[2])))
        return `vitest stopped before all its tests ran (bail), ${AFTER}`;
      // Reporters that print no summary (junit, json, tap alone) do not show a bail, and vitest 3.2.7's junit
      // reporter writes a test bail cancelled as one that ran and passed (neither <failure> nor <skipped>).
      return !vitestSummary(output) && vitestBail(own)
        ? `vitest --bail stops at a failure and its reporters print no summary of what it skipped, ${AFTER}`
        : undefined;
    case 'nextest':
      // nextest's summary counts `run/total` when it cancelled tests (nextest-runner's reporter/displayer/imp.rs,
      // its summary_line_output snapshot: `Summary [  15.750s] 8/10 tests run: ...`): fail-fast, its default.
      return lines(/^\s*Summary \[[^\]]*\] (\d+)\/(\d+) tests run:/).some((m) => Number(m[1]) < Number(m[2]))
        ? `nextest cancelled the tests after a failure (fail-fast, its default), ${AFTER}`
        : undefined;
    case 'maven': {
      // A phase runs the default lifecycle's phases up to it and the build stops at the failed test phase
      // (https://maven.apache.org/ref/current/maven-core/lifecycles.html): a phase after test the step asked
      // for (verify: failsafe's tests, checks bound to it) did not run, and the re-run runs test alone.
      const goals = keptArguments('maven', argWords).positionals;
      const later = goals.find((g) => POST_TEST.test(g));
      if (later)
        return `Maven stops at the failed test phase, so the phase '${later}' the step asked for did not run`;
      // Goals run in the order named, and the build stops at the first that fails: one named after `test`
      // (`failsafe:integration-test`, `surefire:test@slow`, a check) never ran when a test failed there.
      const next = goals[goals.indexOf('test') + 1];
      if (goals.includes('test') && next !== undefined)
        return `Maven stops at the first goal that fails, so the goal '${printablePath(next)}' the step named after test may not have run`;
      // The reactor summary names each module the build never built after a failed one (fail-fast, and
      // under --fail-at-end the modules that depend on it): `[INFO] core ........ SKIPPED`.
      return lines(/^\[INFO\] \S.*? \.+ SKIPPED$/).length > 0
        ? 'Maven skipped modules after the failed one, so their tests did not run'
        : undefined;
    }
    case 'gradle': {
      // Gradle starts no task after a failed one without --continue, and skips a task that depends on it even
      // with it (https://docs.gradle.org/current/userguide/command_line_interface.html#sec:continue_build_on_failure):
      // a task the step asked for beyond its test tasks (build, check, a report on the tests) did not run, and
      // the re-run runs the test tasks alone.
      const later = keptArguments('gradle', argWords).positionals.find(
        (t) => !/(?:^|:)(?:\w*[tT]est|clean)$/.test(t),
      );
      return later
        ? `Gradle stops at the failed test task, so the task '${printablePath(later)}' the step asked for did not run`
        : undefined;
    }
    case 'rspec':
      // rspec --help: "--[no-]fail-fast[=COUNT]  Abort the run after a certain number of failures (1 by default)";
      // its console does not say it stopped.
      return has(/^--fail-fast(?:=\d+)?$/)
        ? `rspec --fail-fast stops at its failure limit, ${AFTER}`
        : undefined;
    case 'phpunit':
      // phpunit --help: "--stop-on-defect / --stop-on-error / --stop-on-failure  Stop after first error, failure,
      // warning, risky, skipped or incomplete test"; its console does not say it stopped.
      return has(/^--stop-on-(?:defect|error|failure)$/)
        ? `phpunit --stop-on-failure stops at the first failure, ${AFTER}`
        : undefined;
    case 'mocha':
      // mocha --help: "--bail, -b  Abort ("bail") after first test failure"; its console does not say so.
      // Its yargs takes `--bail=true` (any value but false) as --bail, as optsBail reads mocha.opts.
      return own.findLastIndex((a) => MOCHA_BAIL.test(a)) > own.findLastIndex((a) => MOCHA_NO_BAIL.test(a))
        ? `mocha --bail stops at the first failure, ${AFTER}`
        : undefined;
    default:
      return undefined;
  }
}

/** vitest's `FAIL  file [ file ]` (its project's label in groups 1 and 2): a file that did not load. */
const VITEST_FILE_FAILED = new RegExp(`${VITEST_FAIL}(\\S+) \\[ \\3 \\]$`);

/**
 * Why a test file or package of `runner` failed as a whole in `output` (its tests did not run, so no test id
 * names the failure); undefined when none did. `rerun`: the output is a re-run's of a few tests.
 */
export function failedOutsideTests(runner: TestRunner, output: string, rerun = false): string | undefined {
  const lines = plainLines(output);
  const any = (pattern: RegExp): boolean => lines.some((line) => pattern.test(line));
  switch (runner) {
    case 'jest':
      // `FAIL file` then `● Test suite failed to run`: the file did not load (an import, a syntax error).
      if (any(/^\s*● Test suite failed to run$/))
        return `a jest test file failed to run (Test suite failed to run), ${OWN}`;
      // @jest/core's TestScheduler fails the run on an obsolete snapshot (not under -u), whatever its tests did:
      // getSummary's `Snapshots:   1 obsolete, ...` (`1 file obsolete` for a snapshot file without its test file).
      // Not in a re-run's output: its -t skips the file's other tests and clears only snapshot keys named exactly
      // after one, so a hinted key (`toMatchSnapshot('hint')`: `shape: hint 1`) shows obsolete there alone.
      if (!rerun && any(/^Snapshots:\s.*\b\d+ (?:files? )?obsolete\b/))
        return 'jest failed the run on an obsolete snapshot (Snapshots: ... obsolete), which a re-run of the failed tests does not clear';
      // @jest/core's runGlobalHook: `Jest: Got error running globalTeardown - path, reason: ...`.
      return any(/^(?:Error: )?Jest: Got error running global(?:Setup|Teardown) - /)
        ? 'jest failed outside its tests (its globalSetup or globalTeardown)'
        : undefined;
    case 'vitest':
      // A file that did not load is a failed suite, named `FAIL  file [ file ]` where a test is `file > name`;
      // an error no test caught fails the run (vitest's reporter: `Vitest caught ${n} unhandled error...`).
      if (any(VITEST_FILE_FAILED)) return `a vitest test file failed to run, ${OWN}`;
      return any(/^Vitest caught \d+ unhandled errors? during the test run\.$/)
        ? 'vitest caught an error outside the failed tests (unhandled), which a re-run of them alone may not meet'
        : undefined;
    case 'pytest':
      // The short summary's `ERROR path.py` (no `::name`): a module that failed to collect
      // (--continue-on-collection-errors; without it pytest runs no test at all).
      return any(/^ERROR \S+?\.py(?: - .*)?$/)
        ? `pytest could not collect a test module (ERROR file.py), ${OWN}`
        : undefined;
    case 'cargo':
      // A doc test's name is `src/lib.rs - item (line 5)`: not one word, so not read as a failed test (nor
      // re-run alone), where the other failed tests are.
      if (any(/^test \S+ \S.* \.\.\. FAILED$/))
        return 'a cargo doc test failed, and doc tests are not re-run alone';
      // Under --no-fail-fast a test target that did not compile, or a test binary that ended other than by
      // libtest's failure status, 101 (its ERROR_EXIT_CODE): cargo-util's ProcessError "process didn't exit
      // successfully: `bin` (signal: 6, SIGABRT: ...)", on Windows `(exit code: 0xc0000005, ...)`, or a test's own
      // process::exit; the test that ended it is never printed FAILED, so its tests are unnamed beside the others'.
      if (any(/^error: could not compile `[^`]+`/)) return `a cargo test target failed to compile, ${OWN}`;
      if (any(/process didn't exit successfully: .*` \((?!exit (?:status|code): 101\))/))
        return "a cargo test binary ended other than by libtest's failure (a signal, a crash, an exit of its own), so the test that ended it is not named";
      return unnamedCargoTarget(lines)
        ? 'a cargo test target failed with no test of it named FAILED (a `harness = false` target, or one that failed outside its tests), which a re-run of the named tests does not cover'
        : undefined;
    case 'maven':
      // Surefire's SurefireBooterForkException: the forked JVM died (a crash, or System.exit in a test), and the
      // test it ran is not named ("without saying properly goodbye" before Surefire 3).
      return any(
        /The forked VM terminated without (?:properly saying|saying properly) goodbye|There was a timeout (?:or other error )?in the fork/,
      )
        ? 'the forked test JVM died (a crash or System.exit), so the test it ran is not named'
        : undefined;
    case 'go':
      return goPackageFailed(lines)
        ? `a go package failed outside its tests (its build, TestMain or an exit), ${OWN}`
        : undefined;
    default:
      return undefined;
  }
}

/**
 * Why a re-run whose tests all passed still failed counts against the step; undefined when it does not. Maven
 * runs what the pom binds to the test phase after Surefire (a `jacoco:check` with haltOnFailure, an enforcer or
 * antrun check) only once every test passed: the step's failed test stopped the build before it, so its exit
 * here is a check the step never met, which no test's pass answers for.
 */
export function failedPastTests(runner: TestRunner, exitCode: number | undefined): string | undefined {
  return runner === 'maven' && exitCode !== 0
    ? `Maven failed the re-run after its tests passed (exit ${exitCode ?? '?'}: a check bound to the test phase after Surefire, which the step's failed test stopped before it ran)`
    : undefined;
}

/**
 * Config files' texts where the runner ran, by path relative to its directory (as `stopConfigFiles` names
 * them): a file that is not there is left out; null for one that could not be read whole (too large).
 */
export type ConfigTexts = Readonly<Record<string, string | null>>;

/** The runner's own option words: after the runner's name, before a `--`. */
export function ownArgs(runner: TestRunner, words: readonly Word[]): string[] {
  const args = words.slice(Math.max(runnerAt(runner, words), 0)).map((w) => w.text);
  const dash = args.indexOf('--');
  return dash === -1 ? args : args.slice(0, dash);
}

/** The value of `names` (`--config x`, `--config=x`), the last one given. */
export function optionValue(args: readonly string[], names: readonly string[]): string | undefined {
  let value: string | undefined;
  args.forEach((a, i) => {
    const eq = a.indexOf('=');
    if (eq > 0 && names.includes(a.slice(0, eq))) value = a.slice(eq + 1);
    else if (names.includes(a) && args[i + 1] !== undefined) value = args[i + 1];
  });
  return value;
}

/**
 * A vitest run whose reporters printed no summary (junit alone) may have stopped at a bail its config sets, and
 * which config it loads is not read here: it looks for one upward from its root (`--root`), and a config imports
 * others (a package, a `#` subpath, an alias). Only `--no-config` leaves the command's own options, which
 * stoppedEarly reads (the review: a bail from either kind of config was green). The last reason asked.
 */
export function configMayBail(
  runner: TestRunner,
  words: readonly Word[],
  output: string,
): string | undefined {
  if (runner !== 'vitest' || vitestSummary(output) || ownArgs(runner, words).includes('--no-config'))
    return undefined;
  return `vitest's reporters print no summary of what it skipped, and a config it loads may set bail, ${AFTER}`;
}

/** Does vitest's output have its run summary (`Test Files  1 failed (2)`), which shows a bail? */
function vitestSummary(output: string): boolean {
  return plainLines(output).some((line) => /^\s*Test Files\s+\d/.test(line));
}

/** vitest's `--bail <n>` (https://vitest.dev/guide/cli): a number, 0 for none; the last one wins. */
function vitestBail(args: readonly string[]): boolean {
  const value = optionValue(args, ['--bail']);
  return value !== undefined && !/^0+$/.test(value);
}

/**
 * mocha's bail on its command line (measured with mocha 12.0.3): `--bail`, `-b`, with any value but `false`
 * (`--bail=0` stops too), and `b` among clustered short flags (`-Cb`); an empty `--bail=` does not stop, and a
 * later `--no-bail` (or `=false`) undoes it.
 */
export const MOCHA_BAIL = /^(?:--bail(?:=(?!false$).+)?|-b(?:=(?!false$).+)?|-[A-Za-z]*b[A-Za-z]*)$/;
export const MOCHA_NO_BAIL = /^(?:--no-bail|--bail=false|-b=false)$/;

/** Does a mocha.opts text (command-line words, `#` comment lines) set --bail (-b)? */
export function optsBail(text: string | null): 'set' | 'maybe' | undefined {
  if (text === null) return 'maybe';
  const words = text.replace(/^#.*$/gm, '').split(/\s+/);
  // mocha 6 and 7 parse these words with yargs-parser, which takes `--bail=true` as `--bail`.
  return words.findLastIndex((w) => MOCHA_BAIL.test(w)) > words.findLastIndex((w) => MOCHA_NO_BAIL.test(w))
    ? 'set'
    : undefined;
}

/**
 * A coverage threshold the attempt missed, from the tool's own line: a re-run of the failed tests switches
 * coverage off (or covers a subset), so it can never show the whole run meets it, and a step that misses its
 * threshold every run would go green beside a flake. Whichever runner: nyc and c8 wrap mocha or node.
 */
export function missedCoverage(output: string): string | undefined {
  const line = plainLines(output).find((l) => COVERAGE_MISSED.some((p) => p.test(l)));
  return line === undefined
    ? undefined
    : `the run missed its coverage threshold (${printablePath(line.trim().slice(0, 160))}), which a re-run of the failed tests cannot meet`;
}

const METRIC = '(?:statements|branches|functions|lines)';
const COVERAGE_MISSED: readonly RegExp[] = [
  // jest 29.7 @jest/reporters' CoverageReporter._checkThreshold: `Jest: "global" coverage threshold for lines
  // (80%) not met: 50%`, a negative threshold's `Jest: Uncovered count for lines (5) exceeds global threshold
  // (2)`, and a path threshold with no file: `Jest: Coverage data for src/x.js was not found.`
  new RegExp(`^Jest: "[^"]*" coverage threshold for ${METRIC} \\([\\d.]+%\\) not met: `),
  new RegExp(`^Jest: Uncovered count for ${METRIC} \\(\\d+\\) exceeds .* threshold \\(\\d+\\)$`),
  /^Jest: Coverage data for .+ was not found\.$/,
  // pytest-cov's pytest_terminal_summary: 4.0 `FAIL Required test coverage of {required}% not reached. Total
  // coverage: {actual:.2f}%`; 2.x `FAIL Required test coverage of %d%% not reached. ...` (same text).
  /^FAIL Required test coverage of [\d.]+% not reached\. Total coverage: [\d.]+%$/,
  // vitest 3.2.7's BaseCoverageProvider.checkThresholds: `ERROR: Coverage for lines (50%) does not meet global
  // threshold (80%)` (a glob's `"src/**" threshold`, perFile's ` for file`), negative thresholds' `ERROR:
  // Uncovered lines (33) exceed global threshold (30)`; c8's check-coverage.js (and nyc, istanbul's wording
  // before them): `... does not meet global threshold (80%)`, per file `does not meet threshold (80%) for f`.
  new RegExp(
    `^ERROR: Coverage for ${METRIC} \\([\\d.]+%\\) does not meet (?:global |"[^"]*" )?threshold \\(`,
  ),
  new RegExp(`^ERROR: Uncovered ${METRIC} \\(\\d+\\) exceed (?:global |"[^"]*" )?threshold \\(`),
];

const OWN = 'so its tests did not run';

/**
 * Why the wrapper before the runner (`npm exec -ws --`, `yarn workspaces run`, `pnpm -r exec`, `lerna exec --`)
 * stopped at the first package whose run failed: npm 11.19.1's lib/commands/exec.js (execWorkspaces) runs each workspace in turn and
 * catches no failure; pnpm's recursive commands bail at the first failure unless `--no-bail`
 * (https://pnpm.io/cli/recursive, ERR_PNPM_RECURSIVE_EXEC_FIRST_FAIL), though the next package queued may have
 * started before pnpm exits (10.34.9 runRecursive, p-limit), and a `--filter` may select several;
 * `lerna exec` bails by default too ("--no-bail ... Pass --no-bail to continue despite failure", lerna's
 * commands/exec, https://www.npmjs.com/package/@lerna/exec).
 */
function stopsAtFailedPackage(
  runner: TestRunner,
  before: readonly string[],
  npmWorkspaces?: string,
): string | undefined {
  const tools = before.map((w) => w.replace(/\\/g, '/').split('/').pop());
  // A package manager's own options come after its name and before the program it runs: `-r` after `pnpm
  // exec c8` is c8's (pnpm 10.34.9 runs `pnpm exec -r x` as a program named `-r`), a word after npm's `--` the
  // program's.
  const own = (at: number, end: string): string[] => {
    const rest = at === -1 ? [] : before.slice(at + 1);
    return rest.includes(end) ? rest.slice(0, rest.indexOf(end)) : rest;
  };
  const npmAt = tools.findIndex((t) => t === 'npm' || t === 'npx');
  // npm reads its config from `npm_config_*` variables too, in any case (`NPM_CONFIG_WORKSPACE=api npx jest`).
  const npmEnv = (w: string): boolean => /^npm_config_(?:workspace=.|workspaces=(?!false$))/i.test(w);
  // npm's config in its environment or .npmrc, unless the command says `--workspaces=false`.
  const configured =
    npmWorkspaces !== undefined && !own(npmAt, '--').some((w) => /^-+(?:ws|workspaces)=false$/.test(w));
  if (
    npmAt !== -1 &&
    (own(npmAt, '--').some((w) => NPM_WORKSPACES.test(w)) || before.some(npmEnv) || configured)
  )
    return `npm exec runs ${runner} in each workspace in turn and stops at the first where it fails, so any workspace after that one did not run`;
  // yarn 1's src/cli/commands/workspaces.js (runScript, at 097252490f1c) spawns `yarn <args>` in each workspace
  // in turn and lets the first failure end the loop (yarn 2's `workspaces foreach` goes on, but under
  // --topological, not read here).
  const yarn = own(tools.indexOf('yarn'), '--');
  if (yarn[0] === 'workspaces' && yarn[1] === 'run')
    return `yarn workspaces run runs ${runner} in each workspace in turn and stops at the first where it fails, so any workspace after that one did not run`;
  const noBail = (w: string): boolean => /^(?:--no-bail|--bail=false)$/.test(w);
  const pnpm = own(tools.indexOf('pnpm'), 'exec');
  if (pnpm.some((w) => /^(?:-r|--recursive|-F|--filter(?:-prod)?)(?:=.*)?$/.test(w)) && !pnpm.some(noBail))
    return "pnpm's recursive run stops at the first package that fails (no --no-bail), so the packages after it may not have run";
  const lerna = tools.indexOf('lerna');
  if (lerna !== -1 && before.slice(lerna + 1).includes('exec') && !before.some(noBail))
    return 'lerna exec stops at the first package that fails (no --no-bail), so the packages after it did not run';
  return undefined;
}

/** The default lifecycle's phases after test. */
const POST_TEST =
  /^(?:prepare-package|package|pre-integration-test|integration-test|post-integration-test|verify|install|deploy)$/;

/**
 * A go `panic: ` or `fatal error: ` line with the runtime's goroutine trace after it (`goroutine 7 [running]:`,
 * with the goroutine's and thread's addresses before the bracket where the runtime adds them).
 */
function binaryDied(lines: readonly string[]): boolean {
  let died = false;
  for (const line of lines) {
    if (/^(?:panic|fatal error): /.test(line)) died = true;
    else if (died && /^goroutine \d+ (?:.* )?\[[^\]]*\]:$/.test(line)) return true;
  }
  return false;
}

/**
 * Why the run of `runner` ended before all its tests did, where its output names failed tests but lacks what
 * a finished run prints last; undefined when it finished as far as the output shows. Asked after the more
 * telling reasons (a stop, a file failed as a whole), which say more when they apply.
 */
export function endedEarly(runner: TestRunner, output: string): string | undefined {
  if (runner === 'jest' && endedBeforeSummary(plainLines(output)))
    return `jest ended before its summary (killed or crashed), ${AFTER}`;
  if (runner === 'go' && binaryCut(plainLines(output)))
    return `a go test binary ended before its tests did (a test's os.Exit or log.Fatal, a signal), ${AFTER}`;
  return undefined;
}

/**
 * A go test binary that ended before its tests did: testing's M.Run prints a bare `FAIL` (or `PASS`) once all
 * its tests ran, then cmd/go the package's `FAIL\tpkg\t0.02s`. A package with a `--- FAIL` line whose result
 * line has no bare `FAIL` before it ended inside a later test (`os.Exit`, `log.Fatal`, a signal: measured with
 * go 1.19, with and without -v); a panic is binaryDied's, a build or setup failure has its bracket.
 */
function binaryCut(lines: readonly string[]): boolean {
  let failedTest = false;
  let ended = false;
  for (const line of lines) {
    if (/^\s*--- FAIL: /.test(line)) failedTest = true;
    // M.Run's bare word ends a line of its own, or one a test's last print left without a newline
    // (`progress...FAIL`, review); a line merely ending so is at worst a miss, as before this check.
    else if (/(?:FAIL|PASS)$/.test(line)) ended = true;
    // cmd/go's result: a duration, `(cached)` or a bracket (gotestsum's `FAIL pkg.TestB (0.00s)` is not one).
    const pkg = /^(FAIL|ok)\s+\S+\s+(\d[\d.]*m?s\b|\(cached\)|\[)/.exec(line);
    if (!pkg) continue;
    if (pkg[1] === 'FAIL' && failedTest && !ended && !pkg[2]!.startsWith('[')) return true;
    failedTest = ended = false;
  }
  return false;
}

/**
 * jest prints each file's `PASS`/`FAIL` head as it finishes and its `Tests: ... N total` summary once all ran:
 * a head with no summary after it is a run that ended before it did (its process killed, by the kernel's
 * out-of-memory killer or a test, or crashed).
 */
function endedBeforeSummary(lines: readonly string[]): boolean {
  let open = false;
  for (const line of lines) {
    if (/^\s*(?:FAIL|PASS)\s+\S/.test(line)) open = true;
    else if (/^Tests:\s+.*\d+ total$/.test(line)) open = false;
  }
  return open;
}

/**
 * A cargo test target that failed (`error: test failed, to rerun pass \`--test custom\``, one per failed target,
 * under --no-fail-fast too) with no `test x ... FAILED` line since its `Running` line: a `harness = false`
 * target whose own main panicked (exit 101, as libtest's failure is) prints no test line at all (measured with
 * cargo 1.95), and its failure comes again in every run, a re-run's too.
 */
function unnamedCargoTarget(lines: readonly string[]): boolean {
  let named = false;
  for (const line of lines) {
    if (/^\s*(?:Running|Doc-tests) \S/.test(line)) named = false;
    else if (/^test \S.* \.\.\. FAILED$/.test(line)) named = true;
    // Cargo 1.65 and later print it after each failed target, quoted in backticks; older cargo printed one, with
    // `'`, at the very end (after the doc tests), which names no target: not read.
    else if (/^error: test failed, to rerun pass `/.test(line)) {
      if (!named) return true;
      named = false;
    }
  }
  return false;
}

/**
 * go test's `FAIL\tpkg ...` line for a package no `--- FAIL` line was printed for since the package before it:
 * `[build failed]`, `[setup failed]`, or a test binary that exited non-zero on its own.
 */
function goPackageFailed(lines: readonly string[]): boolean {
  let failedTest = false;
  for (const line of lines) {
    if (/^\s*--- FAIL: /.test(line)) failedTest = true;
    const pkg = /^(FAIL|ok)\s+\S+\s/.exec(line);
    if (!pkg) continue;
    if (pkg[1] === 'FAIL' && !failedTest) return true;
    failedTest = false;
  }
  return false;
}
