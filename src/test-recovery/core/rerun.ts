/**
 * The command that runs only some tests again: built in for each runner (a pytest node id, a jest or
 * vitest file with an anchored `-t` pattern, `go test -run '^TestX$'` per package, `--tests`, `-Dtest=`,
 * a nextest filter, rspec `-e`, phpunit `--filter`, `dotnet test --filter`), or the team's template. Test
 * names are untrusted: every one is shell-quoted (POSIX single quotes) and, where the runner reads a
 * pattern, regex-escaped first, so no name can run a command or widen the selection. Pure.
 */
import { UserError } from '../../core/errors.js';
import type { TestId, TestRunner } from '../../core/test-identity.js';
import { camelWords, keptArguments, runnerAt } from './invocation.js';
import { goFlags } from './step-env.js';
import { commandText, parseChain, type PackageManager, type Word } from './step-script.js';

/** `'text'` for a POSIX shell: nothing inside single quotes is special but the quote itself. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A literal for a regular expression (JavaScript, RE2 and PCRE read these escapes alike). */
export function regexEscape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The placeholders a team's `test-rerun-command` may use. */
export const TEMPLATE_PLACEHOLDERS = ['{tests}', '{files}', '{names}', '{pattern}'] as const;

/**
 * The team's template with its placeholders filled, each value shell-quoted: `{tests}` each test as
 * `suite::name[params]`, `{files}` the distinct suites, `{names}` the names, `{pattern}` one anchored
 * regular expression matching exactly those names.
 */
export function fromTemplate(template: string, tests: readonly TestId[]): string {
  const words = (values: string[]): string => [...new Set(values)].map(shellQuote).join(' ');
  const values: Record<string, string> = {
    '{tests}': words(tests.map(selector)),
    '{files}': words(tests.map((t) => t.suite)),
    '{names}': words(tests.map((t) => t.name)),
    '{pattern}': shellQuote(anchored(tests.map((t) => t.name))),
  };
  return template.replace(/\{(tests|files|names|pattern)\}/g, (p) => values[p]!);
}

/** Checks a template names at least one placeholder (else it would re-run everything, not the failed tests). */
export function checkTemplate(template: string): void {
  if (template.trim() !== '' && !TEMPLATE_PLACEHOLDERS.some((p) => template.includes(p)))
    throw new UserError(
      `Input 'test-rerun-command' names no placeholder: write ${TEMPLATE_PLACEHOLDERS.join(', ')} where the failed tests go (each is shell-quoted), e.g. 'npx mocha {files} --grep {pattern}'.`,
    );
}

function selector(t: TestId): string {
  return `${t.suite}::${t.name}${t.params === undefined ? '' : `[${t.params}]`}`;
}

function anchored(names: string[]): string {
  return `^(${[...new Set(names)].map(regexEscape).join('|')})$`;
}

function bySuite(tests: readonly TestId[]): Map<string, TestId[]> {
  const groups = new Map<string, TestId[]>();
  for (const t of tests) groups.set(t.suite, [...(groups.get(t.suite) ?? []), t]);
  return groups;
}

/** vitest's tests by the project that ran them (their `params`; undefined where a report did not name it). */
function byProject(tests: readonly TestId[]): Map<string | undefined, TestId[]> {
  const groups = new Map<string | undefined, TestId[]>();
  for (const t of tests) groups.set(t.params, [...(groups.get(t.params) ?? []), t]);
  return groups;
}

/** Several commands as one script that runs them all and fails when any failed. */
function all(commands: string[]): string {
  if (commands.length === 1) return commands[0]!;
  return ['rc=0', ...commands.map((c) => `${c} || rc=1`), 'exit $rc'].join('\n');
}

/** go test -run: one anchored pattern per level of a subtest's name (`^TestX$/^case_1$`). */
function goPattern(name: string): string {
  return name
    .split('/')
    .map((part) => `^${regexEscape(part)}$`)
    .join('/');
}

/**
 * jest reads a bare argument as a regular expression on the test file's path: a file of a Next.js route
 * (`app/[id]/page.test.js`) must have its brackets escaped to match itself. A `.` is left as written: it
 * matches itself too, and a wider match only runs more files.
 */
function jestPath(file: string): string {
  return file.replace(/[[\]{}()*+?^$|\\]/g, '\\$&');
}

/** jest and vitest match `-t` against the describe blocks and the test's name joined by spaces. */
function jsName(name: string): string {
  return name.split(/ › | > /).join(' ');
}

/** How a step that does not show its runner starts it: the runner's usual program. */
const PROGRAMS: Partial<Record<TestRunner, string>> = {
  pytest: 'python3 -m pytest',
  jest: 'npx jest',
  vitest: 'npx vitest run',
  go: 'go test',
  cargo: 'cargo test',
  nextest: 'cargo nextest run',
  gradle: 'gradle',
  maven: 'mvn',
  rspec: 'rspec',
  phpunit: 'phpunit',
  dotnet: 'dotnet test',
  mocha: 'npx mocha',
  node: 'node --test',
};

/** How the step ran the runner (test-recovery/core/step-run.ts): the commands before it and its own command. */
export interface StepInvocation {
  /** Commands that set up the shell before it (`cd web`, `export X=1`). */
  setup: string[];
  /** The simple command that runs the runner, as written. */
  words: Word[];
  /** The package manager whose script ran it: the re-run goes through it (its bin directory on PATH). */
  pm?: PackageManager;
  /** The step's GOFLAGS as its runner started with them (its env, an `export`, `GOFLAGS=... go test`). */
  goflags?: string;
  /** pytest's options from PYTEST_ADDOPTS and its config's `addopts`, which apply to the re-run too. */
  addopts?: string[];
}

/** The runner's usual program as an invocation, for a step whose command does not show it. */
export function defaultInvocation(runner: TestRunner): StepInvocation | undefined {
  const program = PROGRAMS[runner];
  return program ? { setup: [], words: parseChain(program, false).parts[0]!.words } : undefined;
}

/** Words before the runner's arguments, through the package manager when a package script ran it. */
function head(how: StepInvocation, at: number): string {
  const words = how.words.slice(0, at);
  const text = commandText({ words, stops: false }, how.pm);
  return [...how.setup, text].join(' && ');
}

/**
 * The step's runner invocation with its test selection taken out: the words before the runner (setup, wrapper,
 * package manager) and the runner's arguments that say how to run; what was left out for the selection. The
 * re-run and early flake detection's repeats both start from it. Undefined for a runner with no usual program.
 */
export function runnerStart(
  runner: TestRunner,
  how: StepInvocation | undefined,
): { start: string; rest: Rest } | undefined {
  const used = how && runnerAt(runner, how.words) >= 0 ? how : defaultInvocation(runner);
  if (!used) return undefined;
  const at = runnerAt(runner, used.words);
  const args = used.words.slice(at);
  const dashAt = args.findIndex((w) => w.text === '--' || (runner === 'go' && w.text === '-args'));
  const own = dashAt === -1 ? args : args.slice(0, dashAt);
  const { kept, positionals, dropped } = keptArguments(runner, own);
  const binary = dashAt === -1 ? [] : args.slice(dashAt + 1);
  // go reads GOFLAGS' flags before the command line's (the last given wins), so they are read as its first.
  const goflags = goFlags(used.goflags ?? '');
  const words = [...goflags, ...own.map((w) => w.text)];
  const start = [head(used, at), ...kept].join(' ');
  const projectless =
    runner === 'vitest'
      ? [head(used, at), ...keptArguments(runner, withoutProjects(own)).kept].join(' ')
      : start;
  return {
    start,
    rest: { positionals, dropped, binary, words, goflags, addopts: used.addopts ?? [], projectless },
  };
}

/**
 * The built-in command that re-runs exactly `tests` (all of one runner) the way the step ran the runner,
 * or undefined for a runner with none (`junit`: a report of another writer; give `test-rerun-command`).
 */
export function builtInRerun(
  runner: TestRunner,
  tests: readonly TestId[],
  how: StepInvocation | undefined,
): string | undefined {
  const from = runnerStart(runner, how);
  if (tests.length === 0 || !from) return undefined;
  return selection(runner, tests, from.start, from.rest);
}

/** What the selection left out of the runner's arguments: positionals, dropped options, the test binary's. */
export interface Rest {
  positionals: string[];
  dropped: string[];
  binary: Word[];
  /** The runner's own arguments as the shell passes them (go: after GOFLAGS' flags), before `--`/`-args`. */
  words: string[];
  /** go: the step's GOFLAGS, flag by flag (they stay in the re-run's environment). */
  goflags: string[];
  /** pytest: the options its environment and config add to every run of it (`addopts`). */
  addopts: string[];
  /** The start without vitest's `--project` filters (a re-run of a test in its own project names that one). */
  projectless: string;
}

/** vitest's words but its `--project` filters (`--project a`, `--project=a`): each adds projects to run. */
function withoutProjects(words: readonly Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.text === '--project') i++;
    else if (!words[i]!.text.startsWith('--project=')) out.push(words[i]!);
  }
  return out;
}

/**
 * The step's coverage options a re-run keeps: coverage instruments (jest, babel's istanbul) or traces (pytest-cov,
 * vitest's V8 profiler) the code under test, and a test that fails under it every time (a function's source text,
 * `sys.gettrace()`, the V8 profiler's counts) would pass a re-run without it. What only gates or writes coverage
 * (a threshold, reports) stays out. `camel`: read as jest's yargs and vitest's cac read it (`--coverage-provider`
 * is `--coverageProvider`).
 */
function coverageKept(dropped: readonly string[], instruments: RegExp, camel = false): string {
  return dropped
    .filter((d) => instruments.test(camel ? camelWords(d) : d))
    .map((d) => ` ${d}`)
    .join('');
}

/** jest's options that decide whether and how it instruments: `--coverage`, its provider, the files it covers. */
const JEST_INSTRUMENTS =
  /^--(?:coverage(?:[= ]|$)|collectCoverage|coverageProvider|coveragePathIgnorePatterns)/;

/** pytest-cov's options that decide what it traces: `--cov[=src]`, its config, branch and context tracing. */
const PYTEST_TRACES = /^--(?:cov(?:[= ]|$)|cov-(?:config|branch|context)(?:[= ]|$))/;

/**
 * vitest's `--coverage` options but those that gate or write: `--coverage`, `.enabled`, `.provider`, `.include`,
 * `.exclude`, `.all` decide what it instruments; thresholds, reporters, the reports directory and its cleaning
 * do not.
 */
const VITEST_INSTRUMENTS =
  /^--coverage(?![.](?:thresholds|reporter|reportsDirectory|reportOnFailure|clean|cleanOnRerun|skipFull|watermarks)\b)/;

/** vitest's global thresholds off, and never written back (3.2: each by its own option). */
const VITEST_NO_THRESHOLDS = [
  '--coverage.thresholds.autoUpdate=false',
  '--coverage.thresholds.100=false',
  ...['lines', 'functions', 'branches', 'statements'].map((t) => `--coverage.thresholds.${t}=0`),
].join(' ');

/**
 * The coverage a run of some of the step's tests keeps (a re-run, early flake detection's repeats): the step's
 * own, so a test failing only instrumented fails there too, with no threshold and no report written.
 * jest: `--coverageThreshold='{}'`, a summary on the console only. pytest-cov (where the step used it): no
 * threshold, no report, its data added to the step's. go: `-cover`, no `-coverprofile` written over the step's.
 * vitest: a summary on the console only, the step's reports directory not cleaned, its config's thresholds never
 * rewritten (`autoUpdate`) and set to 0 (a subset of the tests misses a threshold the whole suite meets, and
 * early flake detection counts no run whose exit fails with every test passed); coverage its config switches on stays on (a config is code, not read). A glob's own
 * threshold in a config cannot be set from the command line: it may still fail the exit code.
 */
export function keptCoverage(runner: TestRunner, rest: Rest): string {
  switch (runner) {
    case 'jest':
      return `${coverageKept(rest.dropped, JEST_INSTRUMENTS, true)} --coverageThreshold='{}' --coverageReporters=text-summary`;
    case 'pytest': {
      // `addopts` (the ini's, PYTEST_ADDOPTS) comes before the command line's options, whose last wins: its
      // reports are switched off after it (an empty `--junitxml=` writes none).
      const cov =
        rest.dropped.some((d) => d.startsWith('--cov')) || rest.addopts.some((a) => /^--cov(?:=|$)/.test(a))
          ? `${coverageKept(rest.dropped, PYTEST_TRACES)} --cov-fail-under=0 --cov-report= --cov-append`
          : '';
      return `${cov}${addoptsReports(rest.addopts)}${rest.addopts.some((a) => /^--junit-?xml(?:=|$)/.test(a)) ? ' --junitxml=' : ''}`;
    }
    case 'go':
      return goOutputs(rest);
    case 'vitest':
      return `${coverageKept(rest.dropped, VITEST_INSTRUMENTS, true)} --coverage.reporter=text-summary --coverage.clean=false ${VITEST_NO_THRESHOLDS}`;
    default:
      return '';
  }
}

/** go test's flags that write a file the job may upload after the step: a profile, the trace, the test binary. */
const GO_WRITES = /^--?(coverprofile|cpuprofile|memprofile|blockprofile|mutexprofile|trace|o)=./;

/**
 * go: the step's `-coverprofile` file is its own (the job uploads it after the step): the re-run is instrumented
 * as the step was (`-cover`, with its `-covermode` and `-coverpkg` kept) and writes no profile. Its other
 * outputs (profiles, `-trace`, `-o`) are the step's too: the command line's are dropped (runner-options.ts), and
 * those its GOFLAGS set, which the re-run's environment still holds, are set empty after them (go reads GOFLAGS'
 * flags first, and the last given wins; an empty name writes nothing).
 */
function goOutputs(rest: Rest): string {
  const fromEnv = [
    ...new Set(rest.goflags.map((f) => GO_WRITES.exec(f)?.[1]).filter((f) => f !== undefined)),
  ];
  const covered =
    rest.dropped.some((d) => /^--?coverprofile(?:[= ]|$)/.test(d)) || fromEnv.includes('coverprofile');
  return `${covered ? ' -cover' : ''}${fromEnv.map((f) => ` -${f}=`).join('')}`;
}

/**
 * pytest-cov keeps one report of each type, the last named winning, and `--cov-report=` switches reports off only
 * when it is the only one named: the file reports `addopts` names (xml, lcov: what coverage services read) are
 * sent to /dev/null instead. Its html and annotate directories are written again.
 */
function addoptsReports(addopts: readonly string[]): string {
  const types = new Set<string>();
  for (let i = 0; i < addopts.length; i++) {
    const m = /^--cov-report(?:=(.*))?$/.exec(addopts[i]!);
    const type = m ? (m[1] ?? addopts[++i] ?? '').split(':')[0]! : '';
    if (type === 'xml' || type === 'lcov') types.add(type);
  }
  return [...types].map((t) => ` --cov-report=${t}:/dev/null`).join('');
}

/**
 * jest's reporters for a run of some of the step's tests (a re-run, early flake detection's repeats): its console
 * only, in place of the step's (`--reporters`, dropped) and its config's `reporters` and `testResultsProcessor`
 * (jest-junit's `junit.xml`, which the job uploads after the step: a re-run's would hold only its one test).
 * Its verdict is read from the console. vitest's re-run names its reporter (`--reporter=verbose`), which takes
 * the place of its config's too.
 */
export const JEST_CONSOLE_ONLY = ' --reporters=default --testResultsProcessor=';

/**
 * Runners whose built-in re-run (and early flake detection's repeat) writes no report: jest, vitest and mocha
 * their console reporter alone, in place of the step's; pytest no `--junitxml`, its `-rA` naming each re-run
 * test's outcome; go without `-json` or a profile, `-v` naming each; cargo's libtest names each (a `| cargo2junit >`
 * is the step's script, not the re-run's). A report a glob finds after such a run is the step's, perhaps written
 * within the reports' mtime slack of the run's start, and its failure would count over the run's pass: the run is
 * judged by its console. A team's `test-rerun-command` writes what it writes, and its reports are read.
 */
const CONSOLE_ONLY: readonly TestRunner[] = ['jest', 'vitest', 'mocha', 'pytest', 'go', 'cargo'];

/** Whether a run of `runner`'s tests (a re-run, a repeat) is judged by its console alone (CONSOLE_ONLY). */
export const judgedByConsole = (runner: TestRunner | undefined, rerunCommand: string): boolean =>
  runner !== undefined && rerunCommand === '' && CONSOLE_ONLY.includes(runner);

/** The runner's selection of `tests` after `start` (the step's invocation, its selection taken out). */
function selection(
  runner: TestRunner,
  tests: readonly TestId[],
  start: string,
  rest: Rest,
): string | undefined {
  const q = shellQuote;
  const names = (list: readonly TestId[]): string => q(anchored(list.map((t) => jsName(t.name))));
  switch (runner) {
    case 'pytest': {
      // -rA names every test with its outcome in the short summary. Where the step used pytest-cov, its
      // tracer stays on (a test may fail only under it), with no threshold, no report written, and its data
      // added to the step's run's rather than in place of it.
      return `${start}${keptCoverage(runner, rest)} -rA ${tests.map((t) => q(selector(t))).join(' ')}`;
    }
    case 'jest':
      // --verbose names each test run with ✓/✕. Coverage as the step collected it (its instrumentation
      // changes the code a test runs), with no threshold and no report written.
      return all(
        [...bySuite(tests)].map(
          ([file, list]) =>
            `${start}${keptCoverage(runner, rest)}${JEST_CONSOLE_ONLY} --verbose ${file ? `${q(jestPath(file))} ` : ''}-t ${names(list)}`,
        ),
      );
    case 'vitest':
      // A test read with its project (`params`) runs in that project alone, in place of the step's `--project`s.
      return all(
        [...byProject(tests)]
          .map(([project, list]) =>
            [...bySuite(list)].map(
              ([file, inFile]) =>
                `${vitestRun(project === undefined ? start : rest.projectless)}${keptCoverage(runner, rest)} --reporter=verbose${project === undefined ? '' : ` --project=${q(project)}`} ${file ? `${q(file)} ` : ''}-t ${names(inFile)}`,
            ),
          )
          .flat(),
      );
    case 'go':
      return all(
        tests.map(
          (t) =>
            `${start}${keptCoverage(runner, rest)} -count=${goCount(rest.words)} -v -run ${q(goPattern(t.name))} ${q(t.suite)}${goArgs(rest.binary)}`,
        ),
      );
    case 'cargo':
      return `${start} -- ${cargoBinaryArgs(rest.binary)}--exact ${tests.map((t) => q(t.name)).join(' ')}`;
    case 'nextest':
      return `${start} --status-level pass -E ${q(tests.map((t) => `test(=${t.name})`).join(' | '))}`;
    case 'gradle': {
      const tasks = rest.positionals.filter((p) => /(?:^|:)\w*[tT]est$/.test(p));
      const filters = tests.map((t) => `--tests ${q(`${t.suite}.${t.name.replace(/\(.*\)$/, '')}`)}`);
      return `${start} ${(tasks.length > 0 ? tasks : ['test']).join(' ')} ${filters.join(' ')}`;
    }
    case 'maven': {
      const methods = [...bySuite(tests)].map(
        ([suite, list]) => `${suite}#${list.map((t) => t.name.replace(/\(.*\)$/, '')).join('+')}`,
      );
      // The test phase only (a coverage check is bound to verify); a module without the class is no error.
      // JaCoCo's agent stays as the step had it: a test may fail only instrumented (its `$jacocoInit`).
      return `${start} test -Dsurefire.failIfNoSpecifiedTests=false ${q(`-Dtest=${methods.join(',')}`)}`;
    }
    case 'rspec':
      return all(
        [...bySuite(tests)].map(
          ([file, list]) => `${start} ${q(file)} ${list.map((t) => `-e ${q(t.name)}`).join(' ')}`,
        ),
      );
    case 'phpunit':
      return `${start} --no-coverage --filter ${q(`/^(${tests.map((t) => regexEscape(`${t.suite}::${t.name}`)).join('|')})( with data set .*)?$/`)}`;
    case 'dotnet':
      return `${[start, ...rest.positionals].join(' ')} --logger ${q('console;verbosity=normal')} --filter ${q(tests.map((t) => `FullyQualifiedName=${dotnetEscape(`${t.suite}.${t.name}`)}`).join('|'))}`;
    case 'mocha':
      return `${start} --reporter spec ${mochaSpecs(tests, rest.dropped)}--grep ${q(anchored(tests.map((t) => t.name)))}`;
    case 'node':
      return `${start} --test-reporter=tap --test-name-pattern=${q(nodePattern(tests))} ${nodeFiles(tests, rest.dropped)}`.trimEnd();
    default:
      return undefined;
  }
}

/**
 * mocha's spec narrowed to the tests' files (`--spec`: on the command line it replaces the config's `spec`,
 * where a positional file would be added to it). Its console never names a test's file: a test read from it
 * (suite '') is looked for in the step's own spec, its positional paths and `--spec` options kept as written.
 */
function mochaSpecs(tests: readonly TestId[], dropped: readonly string[]): string {
  const files = [...new Set(tests.map((t) => t.suite))].filter((s) => /\.[cm]?[jt]sx?$/.test(s));
  const own = dropped.filter((d) => !d.startsWith('-') || /^--spec(?:[ =]|$)/.test(d));
  const specs = tests.some((t) => t.suite === '') ? own : files.map((f) => `--spec ${shellQuote(f)}`);
  return specs.map((s) => `${s} `).join('');
}

/**
 * node --test's `--test-name-pattern` is matched against a test's own name (Node 20) and against its name
 * after its suites' joined by spaces (Node 22+): each test as `^(?:suites )?name$`, so either matches it.
 */
function nodePattern(tests: readonly TestId[]): string {
  const one = (t: TestId): string => {
    const parts = t.name.split(' › ');
    const leaf = regexEscape(parts.pop()!);
    return parts.length > 0 ? `(?:${regexEscape(parts.join(' '))} )?${leaf}` : leaf;
  };
  return `^(?:${[...new Set(tests.map(one))].join('|')})$`;
}

/** The tests' files, or where one's file is not known (suite ''), the step's own file arguments. */
function nodeFiles(tests: readonly TestId[], dropped: readonly string[]): string {
  if (tests.some((t) => t.suite === '')) return dropped.filter((d) => !d.startsWith('-')).join(' ');
  return [...new Set(tests.map((t) => t.suite))].map(shellQuote).join(' ');
}

/** vitest runs once (`run`), never in watch mode. */
export function vitestRun(start: string): string {
  return /\bvitest(?:\.m?js)? (?:run|watch|dev|related)\b/.test(start)
    ? start.replace(/\b(vitest(?:\.m?js)?) (?:watch|dev|related)\b/, '$1 run')
    : start.replace(/\b(vitest(?:\.m?js)?)\b/, '$1 run');
}

/**
 * go test's `-count`: the step's when it repeats each test (`-count=3`, `-count 3`, `-test.count=3`, from its
 * GOFLAGS too: a test that fails only on a repeat, its state left from the run before, fails its re-run too),
 * else 1 (never a cached result). The last given wins, as go's flag package reads them.
 */
function goCount(words: readonly string[]): number {
  let n: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const m = /^--?(?:test\.)?count(?:=(.*))?$/.exec(words[i]!);
    if (m) n = m[1] ?? words[++i];
  }
  const count = /^\d{1,6}$/.test(n ?? '') ? Number(n) : 1;
  return count > 1 ? count : 1;
}

/** go test's `-args` for the test binary, kept as written. */
function goArgs(binary: readonly Word[]): string {
  return binary.length > 0 ? ` -args ${binary.map((w) => w.raw).join(' ')}` : '';
}

/** The libtest arguments that say how to run (threads, ignored tests, capture), not which tests. */
function cargoBinaryArgs(binary: readonly Word[]): string {
  const kept: string[] = [];
  for (let i = 0; i < binary.length; i++) {
    const t = binary[i]!.text;
    if (t === '--test-threads' && binary[i + 1]) kept.push(binary[i]!.raw, binary[++i]!.raw);
    else if (/^--(?:test-threads=|include-ignored$|ignored$|nocapture$|show-output$)/.test(t))
      kept.push(binary[i]!.raw);
    else if (t === '--skip' || t === '--format' || t === '-Z') i++;
  }
  return kept.map((k) => `${k} `).join('');
}

/** dotnet test's filter syntax escapes its operators with a backslash. */
function dotnetEscape(text: string): string {
  return text.replace(/[\\()&|=!~]/g, '\\$&');
}
