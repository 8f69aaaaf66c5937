/**
 * How the step ran its test runner, kept for a re-run that changes only the test selection: the words
 * before the runner (variables, `npx`, `pnpm exec`, `poetry run`, `uv run`, `python -m`, `bundle exec`,
 * `./gradlew`), the runner's own options that say how to run (config, profile, features, tags, project,
 * environment), minus what selects tests (paths, name filters, shards, changed-files modes) and what a
 * subset can never pass (coverage thresholds), plus what makes the runner name each test it ran, so the
 * verdict is read from the test's own result. Each runner's table follows its CLI documentation:
 * jest https://jestjs.io/docs/cli, vitest https://vitest.dev/guide/cli, pytest
 * https://docs.pytest.org/en/stable/reference/reference.html#command-line-flags and pytest-cov
 * https://pytest-cov.readthedocs.io/en/latest/config.html, go https://pkg.go.dev/cmd/go#hdr-Testing_flags,
 * cargo https://doc.rust-lang.org/cargo/commands/cargo-test.html, nextest
 * https://nexte.st/docs/running/, Maven https://maven.apache.org/ref/current/maven-embedder/cli.html and
 * Surefire https://maven.apache.org/surefire/maven-surefire-plugin/examples/single-test.html, Gradle
 * https://docs.gradle.org/current/userguide/command_line_interface.html, mocha
 * https://manpages.debian.org/unstable/mocha/mocha.1.en.html (`mocha --help`) and
 * https://mochajs.org/running/configuring/, node --test https://nodejs.org/api/test.html and
 * https://nodejs.org/api/cli.html#--test, rspec `rspec --help`, PHPUnit
 * https://docs.phpunit.de/en/11.5/textui.html, dotnet
 * https://learn.microsoft.com/dotnet/core/tools/dotnet-test. Pure.
 */
import type { TestRunner } from '../../core/test-identity.js';
import type { Word } from './step-script.js';

interface OptionTable {
  /** Options whose value is the next word when not given with `=` (or attached, for one-letter ones). */
  value: readonly string[];
  /** Options dropped (with their value): they select tests, change the output we read, or gate coverage. */
  drop: readonly (string | RegExp)[];
  /** Positional words are the test selection (paths, patterns) and are dropped; else kept. */
  dropPositionals: boolean;
  /** Options taking an optional value: the next word is theirs when it is not an option (argparse `?`). */
  optionalValue?: readonly string[];
}

const COVERAGE = /^--(?:coverage|collectCoverage)/;

const TABLES: Partial<Record<TestRunner, OptionTable>> = {
  jest: {
    value: [
      '--config',
      '-c',
      '--selectProjects',
      '--env',
      '--testEnvironment',
      '--maxWorkers',
      '-w',
      '--rootDir',
      '--roots',
      '--testTimeout',
      '--reporters',
      '--setupFiles',
      '--setupFilesAfterEach',
      '--outputFile',
      '--shard',
      '--testNamePattern',
      '-t',
      '--testPathPattern',
      '--testPathPatterns',
      '--changedSince',
      '--coverageProvider',
      '--coverageDirectory',
      '--coverageReporters',
      '--collectCoverageFrom',
      '--coverageThreshold',
      '--testRunner',
      '--testSequencer',
      '--seed',
      '--testMatch',
      '--testRegex',
      '--testPathIgnorePatterns',
      '--maxConcurrency',
      '--testFailureExitCode',
      '--filter',
      '--cacheDirectory',
      '--globalSetup',
      '--globalTeardown',
      '--testLocationInResults',
      '--modulePaths',
      '--resolver',
    ],
    drop: [
      '--testNamePattern',
      '-t',
      '--testPathPattern',
      '--testPathPatterns',
      '--findRelatedTests',
      '--onlyChanged',
      '-o',
      '--changedSince',
      '--lastCommit',
      '--onlyFailures',
      '-f',
      '--shard',
      '--listTests',
      '--watch',
      '--watchAll',
      '--json',
      '--runTestsByPath',
      '--filter',
      COVERAGE,
      '--verbose',
    ],
    dropPositionals: true,
  },
  vitest: {
    value: [
      '--config',
      '-c',
      '--root',
      '-r',
      '--dir',
      '--project',
      '--environment',
      '--pool',
      '--mode',
      '--reporter',
      '--outputFile',
      '--testTimeout',
      '--shard',
      '-t',
      '--testNamePattern',
      '--maxWorkers',
      '--minWorkers',
      '--exclude',
      '--workspace',
    ],
    drop: ['-t', '--testNamePattern', '--shard', '--changed', '--related', '--watch', '-w', /^--coverage/],
    dropPositionals: true,
  },
  pytest: {
    value: [
      '-c',
      '-k',
      '-m',
      '-p',
      '-o',
      '--override-ini',
      '--rootdir',
      '--confcutdir',
      '--basetemp',
      '--junitxml',
      '--junit-xml',
      '--junit-prefix',
      '--tb',
      '-r',
      '--durations',
      '--maxfail',
      '--deselect',
      '--ignore',
      '--ignore-glob',
      '-W',
      '--pythonwarnings',
      '--log-level',
      '--log-file',
      '--cov-report',
      '--cov-config',
      '--cov-fail-under',
      '--import-mode',
      '--timeout',
      '-n',
      '--dist',
      '--capture',
      '--color',
      '--html',
      '--reruns',
      '--reruns-delay',
      '--randomly-seed',
      '--cov-context',
    ],
    drop: [
      '-k',
      '--deselect',
      '--lf',
      '--last-failed',
      '--ff',
      '--failed-first',
      '--sw',
      '--stepwise',
      '--co',
      '--collect-only',
      '-r',
      /^--cov/,
    ],
    dropPositionals: true,
    optionalValue: ['--cov'],
  },
  go: {
    value: [
      '-tags',
      '-run',
      '-skip',
      '-count',
      '-timeout',
      '-parallel',
      '-p',
      '-ldflags',
      '-gcflags',
      '-asmflags',
      '-coverprofile',
      '-covermode',
      '-coverpkg',
      '-cpu',
      '-bench',
      '-benchtime',
      '-shuffle',
      '-mod',
      '-modfile',
      '-o',
      '-exec',
      '-vet',
      '-cpuprofile',
      '-memprofile',
      '-blockprofile',
      '-outputdir',
      '-overlay',
      '-pgo',
      '-C',
    ],
    drop: ['-run', '-skip', '-count', '-bench', '-benchtime', '-json', '-v', '-list'],
    dropPositionals: true,
  },
  cargo: {
    value: [
      '--features',
      '-F',
      '-p',
      '--package',
      '--manifest-path',
      '--target',
      '--target-dir',
      '--profile',
      '--test',
      '--bench',
      '--bin',
      '--example',
      '-j',
      '--jobs',
      '--exclude',
      '--color',
      '--message-format',
      '-Z',
      '--config',
    ],
    drop: ['-q', '--quiet', '--no-run'],
    dropPositionals: true,
  },
  nextest: {
    value: [
      '--features',
      '-F',
      '-p',
      '--package',
      '--manifest-path',
      '--target',
      '--target-dir',
      '--cargo-profile',
      '--profile',
      '-P',
      '-E',
      '--filterset',
      '--filter-expr',
      '--partition',
      '-j',
      '--jobs',
      '--exclude',
      '--status-level',
      '--final-status-level',
      '--color',
      '--config',
      '--retries',
      '--test-threads',
    ],
    drop: ['-E', '--filterset', '--filter-expr', '--partition', '--status-level', '--final-status-level'],
    dropPositionals: true,
  },
  gradle: {
    value: [
      '-p',
      '--project-dir',
      '-b',
      '-c',
      '-x',
      '--exclude-task',
      '-P',
      '-D',
      '-I',
      '--init-script',
      '--tests',
      '--console',
      '--max-workers',
      '-g',
    ],
    drop: ['--tests'],
    dropPositionals: false,
  },
  maven: {
    value: [
      '-P',
      '--activate-profiles',
      '-pl',
      '--projects',
      '-f',
      '--file',
      '-s',
      '--settings',
      '-gs',
      '-T',
      '--threads',
      '-rf',
      '--resume-from',
      '-D',
      '-t',
      '--toolchains',
      '-l',
      '--log-file',
    ],
    drop: [
      /^-D(?:test|it\.test|skipTests|maven\.test\.skip|surefire\.failIfNoSpecifiedTests|failIfNoTests)(?:=|$)/,
      '-rf',
      '--resume-from',
    ],
    dropPositionals: false,
  },
  mocha: {
    value: [
      '--config',
      '--require',
      '-r',
      '--timeout',
      '-t',
      '--ui',
      '-u',
      '--reporter',
      '-R',
      '--reporter-option',
      '--reporter-options',
      '-O',
      '--slow',
      '-s',
      '--file',
      '--extension',
      '--ignore',
      '--spec',
      '--grep',
      '-g',
      '--fgrep',
      '-f',
      '--retries',
      '--package',
      '--node-option',
      '-n',
      '--jobs',
      '-j',
    ],
    // The re-run reads spec's output: the step's reporter (and its options) is replaced by `--reporter spec`.
    drop: [
      '--spec',
      '--grep',
      '-g',
      '--fgrep',
      '-f',
      '--invert',
      '-i',
      '--watch',
      '-w',
      '--forbid-only',
      '--reporter',
      '-R',
      '--reporter-option',
      '--reporter-options',
      '-O',
    ],
    dropPositionals: true,
  },
  node: {
    value: [
      '--test-reporter',
      '--test-reporter-destination',
      '--test-name-pattern',
      '--test-skip-pattern',
      '--test-concurrency',
      '--test-timeout',
      '--test-shard',
      '--test-isolation',
      '--test-coverage-include',
      '--test-coverage-exclude',
      '--test-coverage-lines',
      '--test-coverage-branches',
      '--test-coverage-functions',
      '--import',
      '--require',
      '-r',
      '--loader',
      '--experimental-loader',
      '--env-file',
      '--conditions',
      '-C',
      '--input-type',
      '--stack-trace-limit',
    ],
    // The re-run reads the TAP reporter's output; coverage (and its thresholds) is off in it.
    drop: [
      '--test-reporter',
      '--test-reporter-destination',
      '--test-name-pattern',
      '--test-skip-pattern',
      '--test-shard',
      '--test-only',
      '--watch',
      '--watch-path',
      /^--(?:experimental-)?test-coverage/,
    ],
    dropPositionals: true,
  },
  rspec: {
    value: [
      '-r',
      '--require',
      '-I',
      '-f',
      '--format',
      '-o',
      '--out',
      '--seed',
      '--order',
      '-t',
      '--tag',
      '-e',
      '--example',
      '-E',
      '--example-matches',
      '--pattern',
      '--exclude-pattern',
      '--default-path',
    ],
    drop: ['-e', '--example', '-E', '--example-matches', '--pattern', '--only-failures', '--next-failure'],
    dropPositionals: true,
  },
  phpunit: {
    value: [
      '-c',
      '--configuration',
      '--bootstrap',
      '--filter',
      '--group',
      '--exclude-group',
      '--testsuite',
      '--log-junit',
      '--coverage-clover',
      '--coverage-html',
      '--coverage-xml',
      '--coverage-text',
      '--coverage-cobertura',
      '--test-suffix',
    ],
    drop: ['--filter', '--group', '--testsuite', /^--coverage/],
    dropPositionals: true,
  },
  dotnet: {
    value: [
      '-c',
      '--configuration',
      '-f',
      '--framework',
      '--filter',
      '-s',
      '--settings',
      '-l',
      '--logger',
      '-r',
      '--results-directory',
      '--runtime',
      '-a',
      '--arch',
      '--collect',
      '-v',
      '--verbosity',
      '-d',
      '--diag',
      '--os',
    ],
    drop: ['--filter', '--collect'],
    dropPositionals: false,
  },
};

const name = (w: string): string =>
  w
    .replace(/\\/g, '/')
    .split('/')
    .pop()!
    .replace(/\.(?:c?js|mjs|cmd|exe)$/, '');

/**
 * Where the runner's own arguments start in a simple command: after its program (and subcommand: `go test`,
 * `cargo test`, `cargo nextest run`, `dotnet test`, `vitest run`), or -1 when the command does not run it.
 */
export function runnerAt(runner: TestRunner, words: readonly Word[]): number {
  const t = words.map((w) => w.text);
  for (let i = 0; i < t.length; i++) {
    const n = name(t[i]!);
    const next = t[i + 1];
    switch (runner) {
      case 'jest':
      case 'mocha':
      case 'rspec':
      case 'phpunit':
        if (n === runner || (runner === 'mocha' && n === '_mocha')) return i + 1;
        break;
      case 'vitest':
        if (n === 'vitest') return ['run', 'watch', 'dev', 'related'].includes(next ?? '') ? i + 2 : i + 1;
        break;
      case 'pytest':
        if (n === 'pytest' || n === 'py.test') return i + 1;
        break;
      case 'go':
      case 'dotnet':
        if (n === runner && next === 'test') return i + 2;
        break;
      case 'cargo':
      case 'nextest': {
        if (n !== 'cargo') break;
        const j = next?.startsWith('+') ? i + 2 : i + 1; // `cargo +nightly test`
        if (runner === 'cargo' && t[j] === 'test') return j + 1;
        if (runner === 'nextest' && t[j] === 'nextest' && t[j + 1] === 'run') return j + 2;
        break;
      }
      case 'gradle':
        if (n === 'gradle' || n === 'gradlew') return i + 1;
        break;
      case 'maven':
        if (n === 'mvn' || n === 'mvnw') return i + 1;
        break;
      case 'node':
        if (n === 'node' && t.slice(i + 1).includes('--test')) return i + 1;
        break;
      default:
        return -1;
    }
  }
  return -1;
}

const matches = (list: readonly (string | RegExp)[], option: string, word: string): boolean =>
  list.some((d) => (typeof d === 'string' ? d === option : d.test(word)));

/** The runner's arguments that say how to run, as written; the selection and what `drop` names left out. */
export function keptArguments(
  runner: TestRunner,
  args: readonly Word[],
): { kept: string[]; positionals: string[]; dropped: string[] } {
  const table = TABLES[runner];
  const kept: string[] = [];
  const positionals: string[] = [];
  const dropped: string[] = [];
  if (!table) return { kept, positionals, dropped };
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const text = word.text;
    if (text === '--' || !text.startsWith('-') || text === '-') {
      if (text === '--') break;
      (table.dropPositionals ? dropped : positionals).push(word.raw);
      continue;
    }
    const option = text.includes('=') ? text.slice(0, text.indexOf('=')) : text;
    // Go reads `--tags` as `-tags`; Maven's `-Pci` and `-Dx=y` are `-P` and `-D` with their value attached.
    const known = runner === 'go' ? option.replace(/^--/, '-') : option;
    const takesNext =
      !text.includes('=') &&
      (table.value.includes(known) ||
        (table.optionalValue?.includes(known) === true &&
          args[i + 1] !== undefined &&
          !args[i + 1]!.text.startsWith('-')));
    const group = [word.raw, ...(takesNext && args[i + 1] ? [args[i + 1]!.raw] : [])];
    if (takesNext) i++;
    if (matches(table.drop, known, text)) dropped.push(group.join(' '));
    else kept.push(...group);
  }
  return { kept, positionals, dropped };
}

/** The arguments after `--` (cargo's and go's test binary's, with `-args`), kept when they say how to run. */
export function afterDoubleDash(args: readonly Word[]): Word[] {
  const at = args.findIndex((w) => w.text === '--' || w.text === '-args');
  return at === -1 ? [] : args.slice(at + 1);
}
