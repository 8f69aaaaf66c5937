export const id = 9793;
export const ids = [9793];
export const modules = {

/***/ 29793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q_: () => (/* reexport */ ARRIVAL_RUNNERS),
  i1: () => (/* reexport */ CONSOLE_RUNNERS),
  KP: () => (/* reexport */ FAILED_AGAIN_WHY),
  Cc: () => (/* reexport */ FAILED_LINES),
  Im: () => (/* reexport */ FAILED_NEEDS),
  WA: () => (/* reexport */ MAX_REPORT_BYTES),
  Vo: () => (/* reexport */ NO_HISTORY),
  $g: () => (/* reexport */ ReportError),
  Jx: () => (/* reexport */ ReportTally),
  Yu: () => (/* reexport */ TWIN_WHY),
  GY: () => (/* reexport */ agreedRootdir),
  Ts: () => (/* reexport */ arrivalCommand),
  S0: () => (/* reexport */ arrivingTestFiles),
  cO: () => (/* reexport */ rerun_builtInRerun),
  pt: () => (/* reexport */ changedCrates),
  checkTemplate: () => (/* reexport */ checkTemplate),
  nh: () => (/* reexport */ concludeTests),
  oh: () => (/* reexport */ failedAgain),
  ub: () => (/* reexport */ failedBeside),
  eY: () => (/* reexport */ failedEveryRepeat),
  DB: () => (/* reexport */ failedFromConsole),
  W_: () => (/* reexport */ failedOutsideTests),
  ft: () => (/* reexport */ failedPastTests),
  A7: () => (/* reexport */ flakyOnArrival),
  kB: () => (/* reexport */ fromRootdir),
  Rj: () => (/* reexport */ fromTemplate),
  Il: () => (/* reexport */ inChangedFile),
  JT: () => (/* reexport */ isTestRunner),
  cc: () => (/* reexport */ jestVerboseFailed),
  wW: () => (/* reexport */ judgedByConsole),
  oF: () => (/* reexport */ manifestsOf),
  ds: () => (/* reexport */ nodeRelative),
  kJ: () => (/* reexport */ parseJunit),
  parseTestRunner: () => (/* reexport */ parseTestRunner),
  iV: () => (/* reexport */ passedFromConsole),
  O4: () => (/* reexport */ passedOnlyAloneWhy),
  h0: () => (/* reexport */ plainLine),
  Un: () => (/* reexport */ planRetries),
  h8: () => (/* reexport */ planStepRun),
  Bc: () => (/* reexport */ pytestRootdir),
  jE: () => (/* reexport */ rerunVerdicts),
  Gn: () => (/* reexport */ runnerDirectory),
  D: () => (/* reexport */ runnerOfCommand),
  mW: () => (/* reexport */ sharedNames),
  $8: () => (/* reexport */ shellStopsOnError),
  HD: () => (/* reexport */ shownName),
  ID: () => (/* reexport */ skippedFromConsole),
  tu: () => (/* reexport */ stepEnvName),
  L$: () => (/* reexport */ stepInvocation),
  mi: () => (/* reexport */ stepSelects),
  eP: () => (/* reexport */ stopConfigFiles),
  tc: () => (/* reexport */ testOutputs),
  Vw: () => (/* reexport */ twinNames),
  hv: () => (/* reexport */ whyNotRun),
  jc: () => (/* reexport */ withArrivals)
});

// EXTERNAL MODULE: ./src/core/test-identity.ts
var test_identity = __webpack_require__(36630);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/test-recovery/core/runner-options.ts
const COVERAGE = /^--(?:coverage|collectCoverage)/;
const TABLES = {
    jest: {
        // jest 29's `jest --help` (jest-cli's args.js): its string and number options, and (`many`) its arrays.
        value: [
            '--config',
            '-c',
            '--cacheDirectory',
            '--changedSince',
            '--collectCoverageFrom',
            '--coverageDirectory',
            '--coverageProvider',
            '--coverageThreshold',
            '--env',
            '--filter',
            '--globalSetup',
            '--globalTeardown',
            '--globals',
            '--haste',
            '--maxConcurrency',
            '--maxWorkers',
            '-w',
            '--moduleNameMapper',
            '--notifyMode',
            '--openHandlesTimeout',
            '--outputFile',
            '--preset',
            '--prettierPath',
            '--resolver',
            '--rootDir',
            '--runner',
            '--seed',
            '--shard',
            '--testEnvironment',
            '--testEnvironmentOptions',
            '--testFailureExitCode',
            '--testNamePattern',
            '-t',
            '--testResultsProcessor',
            '--testRunner',
            '--testSequencer',
            '--testTimeout',
            '--transform',
        ],
        many: [
            '--coveragePathIgnorePatterns',
            '--coverageReporters',
            '--ignoreProjects',
            '--moduleDirectories',
            '--moduleFileExtensions',
            '--modulePathIgnorePatterns',
            '--modulePaths',
            '--projects',
            '--reporters',
            '--roots',
            '--selectProjects',
            '--setupFiles',
            '--setupFilesAfterEnv',
            '--snapshotSerializers',
            '--testMatch',
            '--testPathIgnorePatterns',
            '--testPathPattern',
            '--testPathPatterns',
            '--testRegex',
            '--transformIgnorePatterns',
            '--unmockedModulePathPatterns',
            '--watchPathIgnorePatterns',
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
            // What writes the step's reports (jest-junit as a reporter or results processor): a re-run writes none.
            '--reporters',
            '--testResultsProcessor',
        ],
        dropPositionals: true,
        // jest 29's yargs reads `--coverage false` as coverage off, and `--coverage a.test.js` as on and a path.
        booleanValue: ['--coverage', '--collectCoverage'],
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
            '--coverage.provider',
            '--coverage.include',
            '--coverage.exclude',
            '--coverage.extension',
            '--coverage.reporter',
            '--coverage.reportsDirectory',
            '--coverage.thresholds.lines',
            '--coverage.thresholds.functions',
            '--coverage.thresholds.branches',
            '--coverage.thresholds.statements',
            '--coverage.processingConcurrency',
            '--coverage.ignoreClassMethods',
            // vitest 3.2.7's other options with an `<argument>` (its cac table, `vitest --help`).
            '--hookTimeout',
            '--teardownTimeout',
            '--retry',
            '--bail',
            '--browser',
            '--diff',
            '--slowTestThreshold',
            '--maxConcurrency',
            '--attachmentsDir',
            '--configLoader',
            '--poolOptions',
            '--sequence',
            '--sequence.seed',
            '--sequence.hooks',
            '--sequence.setupFiles',
            '--compare',
            '--outputJson',
        ],
        drop: [
            ...['-t', '--testNamePattern', '--shard', '--changed', '--related', '--watch', '-w', /^--coverage/],
            // The step's reporters and their files (`--outputFile.junit=`): a re-run writes no report over the step's.
            ...['--reporter', /^--outputFile\b/],
        ],
        dropPositionals: true,
        // vitest 3.2.7 reads `--coverage false` as coverage off, and `--coverage a.test.ts` as coverage on and a path.
        booleanValue: [
            '--coverage',
            '--coverage.enabled',
            '--coverage.all',
            '--coverage.clean',
            '--coverage.cleanOnRerun',
            '--coverage.allowExternal',
            '--coverage.skipFull',
            '--coverage.reportOnFailure',
            '--coverage.excludeAfterRemap',
            '--coverage.thresholds.100',
            '--coverage.thresholds.perFile',
            '--coverage.thresholds.autoUpdate',
        ],
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
            '--report-log',
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
            // The step's reports, which the job uploads after it: a re-run of one test would write over them.
            '--junitxml',
            '--junit-xml',
            '--html',
            '--report-log',
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
            '-mutexprofile',
            '-trace',
            '-outputdir',
            '-overlay',
            '-pgo',
            '-C',
        ],
        // -coverprofile, the other profiles, -trace and -o: the step's files, which the job uploads after it; a re-run
        // of a few tests would write over them (rerun.ts keptCoverage keeps the instrumentation, `-cover`).
        drop: [
            '-run',
            '-skip',
            '-count',
            '-bench',
            '-benchtime',
            '-json',
            '-v',
            '-list',
            '-coverprofile',
            '-cpuprofile',
            '-memprofile',
            '-blockprofile',
            '-mutexprofile',
            '-trace',
            '-o',
        ],
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
            '--define',
            '--color',
            '-b',
            '--builder',
            '--global-settings',
            '-gt',
            '--global-toolchains',
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
        // The re-run reads the TAP reporter's output. Coverage stays as the step had it (V8 counting calls may fail a
        // test); its thresholds are off in it.
        drop: [
            '--test-reporter',
            '--test-reporter-destination',
            '--test-name-pattern',
            '--test-skip-pattern',
            '--test-shard',
            '--test-only',
            '--watch',
            '--watch-path',
            /^--test-coverage-(?:lines|branches|functions)/,
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

;// CONCATENATED MODULE: ./src/test-recovery/core/invocation.ts

const invocation_name = (w) => w
    .replace(/\\/g, '/')
    .split('/')
    .pop()
    .replace(/\.(?:c?js|mjs|cmd|exe)$/, '');
/**
 * Where the runner's own arguments start in a simple command: after its program (and subcommand: `go test`,
 * `cargo test`, `cargo nextest run`, `dotnet test`, `vitest run`), or -1 when the command does not run it.
 */
function runnerAt(runner, words) {
    const t = words.map((w) => w.text);
    for (let i = 0; i < t.length; i++) {
        const n = invocation_name(t[i]);
        const next = t[i + 1];
        switch (runner) {
            case 'jest':
            case 'mocha':
            case 'rspec':
            case 'phpunit':
                if (n === runner || (runner === 'mocha' && n === '_mocha'))
                    return i + 1;
                break;
            case 'vitest':
                if (n === 'vitest')
                    return ['run', 'watch', 'dev', 'related'].includes(next ?? '') ? i + 2 : i + 1;
                break;
            case 'pytest':
                if (n === 'pytest' || n === 'py.test')
                    return i + 1;
                break;
            case 'go':
            case 'dotnet':
                if (n === runner && next === 'test')
                    return i + 2;
                break;
            case 'cargo':
            case 'nextest': {
                if (n !== 'cargo')
                    break;
                const j = next?.startsWith('+') ? i + 2 : i + 1; // `cargo +nightly test`
                if (runner === 'cargo' && t[j] === 'test')
                    return j + 1;
                if (runner === 'nextest' && t[j] === 'nextest' && t[j + 1] === 'run')
                    return j + 2;
                break;
            }
            case 'gradle':
                if (n === 'gradle' || n === 'gradlew')
                    return i + 1;
                break;
            case 'maven':
                if (n === 'mvn' || n === 'mvnw')
                    return i + 1;
                break;
            case 'node':
                if (n === 'node' && t.slice(i + 1).includes('--test'))
                    return i + 1;
                break;
            default:
                return -1;
        }
    }
    return -1;
}
const matches = (list, option, word) => list.some((d) => (typeof d === 'string' ? d === option : d.test(word)));
/** The runner's arguments that say how to run, as written; the selection and what `drop` names left out. */
function keptArguments(runner, args) {
    const table = TABLES[runner];
    const kept = [];
    const positionals = [];
    const dropped = [];
    if (!table)
        return { kept, positionals, dropped };
    for (let i = 0; i < args.length; i++) {
        const word = args[i];
        const text = word.text;
        if (text === '--' || !text.startsWith('-') || text === '-') {
            if (text === '--')
                break;
            (table.dropPositionals ? dropped : positionals).push(word.raw);
            continue;
        }
        const option = text.includes('=') ? text.slice(0, text.indexOf('=')) : text;
        // Go reads `--tags` as `-tags`; Maven's `-Pci` and `-Dx=y` are `-P` and `-D` with their value attached.
        const known = runner === 'go'
            ? option.replace(/^--/, '-')
            : runner === 'jest' || runner === 'vitest'
                ? camelOption(option)
                : option;
        const takesNext = !text.includes('=') &&
            (table.value.includes(known) ||
                (table.optionalValue?.includes(known) === true &&
                    args[i + 1] !== undefined &&
                    !args[i + 1].text.startsWith('-')) ||
                (table.booleanValue?.includes(known) === true && /^(?:true|false)$/.test(args[i + 1]?.text ?? '')));
        const group = [word.raw, ...(takesNext && args[i + 1] ? [args[i + 1].raw] : [])];
        if (takesNext)
            i++;
        // A yargs array takes every word up to the next option (or a redirection): `--selectProjects a b`.
        // (`--setupFiles=./a.js ./b.js` too: yargs gives the array every word after the `=` form's own value.)
        if (table.many?.includes(known))
            while (args[i + 1] && !args[i + 1].text.startsWith('-') && !/^(?:\d*[<>]|&>)/.test(args[i + 1].raw))
                group.push(args[++i].raw);
        // A pattern in `drop` reads the option as `known` spells it (`--coverage-threshold` is `--coverageThreshold`).
        if (matches(table.drop, known, known + text.slice(option.length)))
            dropped.push(group.join(' '));
        else
            kept.push(...group);
    }
    return { kept, positionals, dropped };
}
/**
 * jest's yargs and vitest's cac read `--setup-files-after-env` as `--setupFilesAfterEnv`: the tables list the
 * camelCase names, so a kebab spelling is looked up as that (`--no-` negations stay as written).
 */
function camelOption(option) {
    if (!option.startsWith('--') || option.startsWith('--no-'))
        return option;
    return option.replace(/(?<=[a-zA-Z0-9])-([a-z])/g, (_, c) => c.toUpperCase());
}
/** An option as written (`--coverage-provider v8`), its name as jest's yargs and vitest's cac read it. */
function camelWords(option) {
    const end = option.search(/[= ]|$/);
    return camelOption(option.slice(0, end)) + option.slice(end);
}
/** The arguments after `--` (cargo's and go's test binary's, with `-args`), kept when they say how to run. */
function afterDoubleDash(args) {
    const at = args.findIndex((w) => w.text === '--' || w.text === '-args');
    return at === -1 ? [] : args.slice(at + 1);
}

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
;// CONCATENATED MODULE: ./src/test-recovery/core/step-script.ts
/**
 * A step's command as the simple commands it runs in order, so test recovery knows how the step ran its
 * test runner and what else the step runs: a line under `bash -e`, `a && b`, `a; b`, and a package script
 * (`npm test`, `pnpm run test:nodejs`, `yarn test`, `bun run test`) read from package.json and expanded in
 * place (npm runs a script with `sh -c`, so `;` and newlines there do not stop it; `&&` does). Anything else
 * (`||`, pipes, `$(...)`, groups, `if`/`for`/`while`, here-documents) is `complex`: test recovery then
 * does not guess what ran. Pure.
 */

const KEYWORDS = new Set(['if', 'then', 'for', 'while', 'until', 'case', 'function', 'select', 'do']);
/** Splits a script into simple commands and their separators; `complex` names what was not read. */
function parseChain(script, errexit, lenient = false) {
    // `lenient`: a pipe, `||` or `&` ends a command instead of the parse (the chain stays `complex`), so the
    // runner's own command can still be found in `npx jest 2>&1 | tee log`.
    let lenientWhy;
    const commands = [];
    let words = [];
    let raw = '';
    let text = '';
    let inWord = false;
    const endWord = () => {
        if (inWord)
            words.push({ raw, text });
        raw = text = '';
        inWord = false;
    };
    const endCommand = (sep) => {
        endWord();
        if (words.length > 0)
            commands.push({ words, sep });
        else if (sep === '&&' && commands.length > 0)
            return;
        words = [];
    };
    for (let i = 0; i < script.length; i++) {
        const c = script[i];
        const next = script[i + 1];
        if (c === '\\' && next === '\n') {
            i++;
            endWord();
        }
        else if (c === '\\' && next !== undefined) {
            raw += c + next;
            text += next;
            inWord = true;
            i++;
        }
        else if (c === "'" || c === '"') {
            const close = quoteEnd(script, i);
            if (close < 0)
                return { parts: [], complex: 'an unclosed quote' };
            const inner = script.slice(i + 1, close);
            if (c === '"' && /\$\(|`/.test(inner))
                return { parts: [], complex: 'a command substitution' };
            raw += script.slice(i, close + 1);
            text += c === '"' ? inner.replace(/\\(["\\$`])/g, '$1') : inner;
            inWord = true;
            i = close;
        }
        else if (c === '#' && !inWord) {
            while (i + 1 < script.length && script[i + 1] !== '\n')
                i++;
        }
        else if (c === ' ' || c === '\t')
            endWord();
        else if (c === '\n' || c === ';')
            endCommand(c === ';' && next === ';' ? ';;' : ';');
        else if (c === '&' && next === '&') {
            endCommand('&&');
            i++;
        }
        else if (c === '&' && (script[i - 1] === '>' || next === '>')) {
            raw += c; // `2>&1`, `&>file`: a redirection, not a background job
            text += c;
            inWord = true;
        }
        else if (lenient && (c === '|' || c === '&')) {
            lenientWhy ??= describe(c, next);
            endCommand('|');
            if (next === '|')
                i++;
        }
        else if ('|&()`<>{}'.includes(c) && !(c === '>' || (c === '<' && next !== '<'))) {
            return { parts: [], complex: describe(c, next) };
        }
        else if (c === '$' && next === '(')
            return { parts: [], complex: 'a command substitution' };
        else {
            raw += c;
            text += c;
            inWord = true;
        }
    }
    endCommand(';');
    const chain = toChain(commands, errexit);
    return lenientWhy && !chain.complex ? { ...chain, complex: lenientWhy } : chain;
}
function quoteEnd(script, open) {
    const q = script[open];
    for (let i = open + 1; i < script.length; i++) {
        if (q === '"' && script[i] === '\\')
            i++;
        else if (script[i] === q)
            return i;
    }
    return -1;
}
function describe(c, next) {
    if (c === '|')
        return next === '|' ? "'||'" : 'a pipe';
    if (c === '&')
        return 'a background job';
    if (c === '<')
        return 'a here-document';
    if (c === '`')
        return 'a command substitution';
    return 'a group or subshell';
}
function toChain(commands, errexit) {
    let stopOnError = errexit;
    const parts = [];
    for (const [i, { words, sep }] of commands.entries()) {
        const head = words[0].text;
        if (KEYWORDS.has(head) || sep === ';;')
            return { parts: [], complex: `'${head}'` };
        // `set -e` (or -eo pipefail) in the script stops it at a failure from there on.
        if (head === 'set') {
            for (const w of words.slice(1))
                if (/^-[a-z]*e/.test(w.text))
                    stopOnError = true;
                else if (/^\+[a-z]*e/.test(w.text))
                    stopOnError = false;
        }
        const last = i === commands.length - 1;
        parts.push({ words, stops: !last && (sep === '&&' || stopOnError) });
    }
    return { parts };
}
/**
 * npm's options that run a command in its workspaces: `-w`/`--workspace`, `-ws`/`--workspaces` (not `=false`),
 * from npm 11.19.1's @npmcli/config lib/definitions/definitions.js and the `ws` shorthand in
 * definitions/index.js. Its option parser (nopt) strips any number of leading dashes, so `--ws`, `--w api` and
 * `-workspace api` are the same options (measured with npm 11.19.1).
 */
const NPM_WORKSPACES = /^-+(?:w|workspace|(?:ws|workspaces)(?!=false$))(?:=.*)?$/;
/**
 * npm's options that run a script from another package.json than the working directory's: the workspaces', or
 * `-C`/`--prefix` (`--prefi`, the one abbreviation nopt expands, with a warning). npm's lib/commands/run.js
 * (execWorkspaces) runs each workspace's script in its directory, and goes on to the next after one fails.
 */
const NPM_ELSEWHERE = new RegExp(`${NPM_WORKSPACES.source}|^-+(?:C|prefix?)(?:=.*)?$`);
/** The package manager and script a command runs (`npm test`, `npm run x -- a`, `pnpm x`, `yarn x`), if any. */
function scriptCall(words, scripts, npmWorkspaces) {
    const named = scriptNamed(words, scripts);
    if (!named || named.elsewhere || (named.pm === 'npm' && npmWorkspaces && !named.rootOnly))
        return undefined;
    const { pm, name, before, after } = named;
    const args = pm === 'npm' ? [...before.filter((w) => !w.text.startsWith('-')), ...after] : [...before, ...after];
    return { pm, name, args };
}
/**
 * The script a package manager's command names and its arguments; `elsewhere` names npm's option that runs it
 * from another package.json (a workspace's, the prefix's); `rootOnly`: npm's `--workspaces=false`, which
 * runs the root's whatever its config says.
 */
function scriptNamed(words, scripts, anyName = false) {
    const [pm, verb, ...rest] = words.map((w) => w.text);
    if (pm !== 'npm' && pm !== 'pnpm' && pm !== 'yarn' && pm !== 'bun')
        return undefined;
    const shortcut = ['test', 'start'].includes(verb ?? '') && pm !== 'bun';
    let name = shortcut ? verb : ['run', 'run-script'].includes(verb ?? '') ? rest[0] : undefined;
    let argsFrom = shortcut ? 2 : 3;
    // pnpm and yarn run a script by its bare name too (`pnpm test:unit`).
    if (name === undefined && (pm === 'pnpm' || pm === 'yarn') && verb !== undefined && verb in scripts) {
        name = verb;
        argsFrom = 2;
    }
    if (name === undefined || (!anyName && !Object.hasOwn(scripts, name)))
        return undefined;
    const given = words.slice(argsFrom);
    const dash = given.findIndex((w) => w.text === '--');
    // npm keeps its own options (`--silent`) before `--` and passes the rest; pnpm, yarn and bun pass all.
    const before = dash === -1 ? given : given.slice(0, dash);
    const after = dash === -1 ? [] : given.slice(dash + 1);
    // npm runs the script of each workspace, or of the prefix's package, there: not the one read here.
    const elsewhere = pm === 'npm' ? before.find((w) => NPM_ELSEWHERE.test(w.text))?.text : undefined;
    const rootOnly = pm === 'npm' && before.some((w) => /^-+(?:ws|workspaces)=false$/.test(w.text));
    return { pm, name, before, after, rootOnly, ...(elsewhere ? { elsewhere } : {}) };
}
/** Why the package script `words` run is not read here (another package.json's), if it runs one. */
function unreadScript(words, scripts, moved, npmWorkspaces) {
    const named = scriptNamed(words, scripts, true);
    if (!named)
        return undefined;
    const script = `the '${(0,core_text/* printablePath */.Vj)(named.name)}' script`;
    if (named.elsewhere) {
        const whose = /^-+(?:C|prefix?)(?:=|$)/.test(named.elsewhere)
            ? 'the package under its prefix'
            : /^-+(?:ws|workspaces)(?:=|$)/.test(named.elsewhere)
                ? 'each workspace'
                : 'the workspace it names';
        return `npm runs ${script} of ${whose} (${(0,core_text/* printablePath */.Vj)(named.elsewhere)}), not the root's read here`;
    }
    if (moved)
        return `it runs ${script} of the directory it changed to, not the root's read here`;
    if (named.pm === 'npm' && npmWorkspaces && !named.rootOnly)
        return `npm runs ${script} of each workspace its config names (${npmWorkspaces}), not the root's read here`;
    return undefined;
}
/**
 * The chain with each package script it runs expanded (its arguments added to the script's end, as npm adds
 * them), to `depth` levels; a script that is itself complex leaves the whole chain complex. A script run
 * after a `cd` (`cd packages/api && npm test`) is another directory's package.json: it stays unexpanded, as
 * does npm's under a workspaces config (`npmWorkspaces` says where it is set), and `unread` says so.
 */
function expandScripts(chain, scripts, depth = 4, moved = false, npmWorkspaces) {
    if (chain.complex || depth === 0)
        return chain;
    const parts = [];
    let unread;
    for (const part of chain.parts) {
        // `builtin cd` and `command cd` are bash's `cd` too.
        const head = part.words.find((w) => !/^(?:builtin|command)$/.test(w.text));
        if (head && CHANGES_DIRECTORY.test(head.text))
            moved = true;
        const call = moved ? undefined : scriptCall(part.words, scripts, npmWorkspaces);
        if (!call) {
            unread ??= unreadScript(part.words, scripts, moved, npmWorkspaces);
            parts.push(part);
            continue;
        }
        const body = `${scripts[call.name]}${call.args.map((w) => ` ${w.raw}`).join('')}`;
        // npm, pnpm and yarn run a script with `sh -c`: no errexit.
        const inner = expandScripts(parseChain(body, false), scripts, depth - 1, moved, npmWorkspaces);
        if (inner.complex)
            return { parts: [], complex: `${inner.complex} in package script '${call.name}'` };
        unread ??= inner.unread;
        const pre = preScript({ ...call, words: part.words }, scripts, depth, moved, npmWorkspaces);
        if (pre?.complex)
            return { parts: [], complex: pre.complex };
        unread ??= pre?.unread;
        const own = pre ? [pre.part, ...inner.parts] : inner.parts;
        parts.push({ ...part, script: { pm: call.pm, name: call.name, parts: own } });
    }
    return { parts, ...(unread ? { unread } : {}) };
}
/**
 * The `pre<name>` script npm and yarn 1 run before `<name>` (https://docs.npmjs.com/cli/using-npm/scripts#pre--post-scripts;
 * pnpm under `enable-pre-post-scripts`), as one part that stops the script when it fails: a runner it runs is
 * one the step ran, and the script's own commands are what its failure skipped. Taken as run for every package
 * manager (npm under the step's `--ignore-scripts` aside): where one skips it (npm's ignore-scripts config, yarn
 * 2+), a count of runs that lands in it is not trusted (step-run.ts failedLeaf), never hiding a command that ran.
 */
function preScript(call, scripts, depth, moved, npmWorkspaces) {
    const name = `pre${call.name}`;
    if (!Object.hasOwn(scripts, name))
        return undefined;
    // npm runs no pre script under --ignore-scripts, and still runs the script itself (npm 11.19.1).
    if (call.words.some((w) => /^--ignore-scripts(?:=true)?$/.test(w.text)))
        return undefined;
    const inner = expandScripts(parseChain(scripts[name], false), scripts, depth - 1, moved, npmWorkspaces);
    const words = [call.pm, 'run', name].map((text) => ({ raw: text, text }));
    const mark = (p) => ({
        ...p,
        maybeSkipped: true,
        ...(p.script ? { script: { ...p.script, parts: p.script.parts.map(mark) } } : {}),
    });
    const part = mark({ words, stops: true, script: { pm: call.pm, name, parts: inner.parts } });
    return {
        part,
        ...(inner.complex ? { complex: `${inner.complex} in package script '${name}'` } : {}),
        ...(inner.unread ? { unread: inner.unread } : {}),
    };
}
/** Every simple command the chain runs, in order, with its path. */
function leaves(parts, at = []) {
    return parts.flatMap((part, i) => part.script ? leaves(part.script.parts, [...at, i]) : [{ part, path: [...at, i] }]);
}
/** The package manager whose script holds the part at `path` (the innermost), if any. */
function scriptOf(parts, path) {
    let level = parts;
    let pm;
    for (const i of path.slice(0, -1)) {
        const script = level[i].script;
        pm = script.pm;
        level = script.parts;
    }
    return pm;
}
/** How a package manager runs a program of the package's (its bin directory on PATH). */
function pmExec(pm) {
    return { npm: 'npm exec --no --', pnpm: 'pnpm exec', yarn: 'yarn exec', bun: 'bun x' }[pm];
}
/** A command of the chain as it is written (its words' raw text), run through `pm` when a script ran it. */
function commandText(part, pm) {
    const text = part.words.map((w) => w.raw).join(' ');
    if (!pm || part.script)
        return text;
    const program = part.words.find((w) => !ASSIGNMENT.test(w.raw));
    // A package manager's own command (`pnpm run x`, `npx y`) needs no second one around it.
    if (!program || /^(?:npm|npx|pnpm|pnpx|yarn|bun|bunx)$/.test(program.text))
        return text;
    const at = part.words.indexOf(program);
    const env = part.words.slice(0, at).map((w) => `${w.raw} `);
    return `${env.join('')}${pmExec(pm)} ${part.words
        .slice(at)
        .map((w) => w.raw)
        .join(' ')}`;
}
const ASSIGNMENT = /^[A-Za-z_]\w*=/;
const CHANGES_DIRECTORY = /^(?:cd|pushd|popd)$/;
/**
 * Commands that only set up the shell for what follows: a re-run of a later command needs them first (a
 * `popd` too, or the re-run would stay in the directory a `pushd` left).
 */
const SETUP = /^(?:cd|pushd|popd|export|source|\.|set|shopt|ulimit|umask)$/;
/** The top-level commands before `index` that set up the shell (`cd web`, `export X=1`, `X=1` alone). */
function setupBefore(parts, index) {
    return parts
        .slice(0, index)
        .filter((p) => !p.script && (SETUP.test(p.words[0].text) || p.words.every((w) => ASSIGNMENT.test(w.raw))))
        .map((p) => p.words.map((w) => w.raw).join(' '));
}
/**
 * What the chain would have run after the part at `path` failed, had it passed: the commands after it at
 * each level, innermost first (a package script's rest runs through its package manager). `undefined` when
 * a part at or after it does not stop at a failure: then those commands ran anyway, and the step's own
 * status came from them.
 */
function restAfter(parts, path) {
    const levels = [{ parts }];
    for (const i of path.slice(0, -1)) {
        const script = levels.at(-1).parts[i].script;
        levels.push({ parts: script.parts, pm: script.pm });
    }
    const rest = [];
    for (let depth = levels.length - 1; depth >= 0; depth--) {
        const { parts: level, pm } = levels[depth];
        const at = path[depth];
        const after = level.slice(at + 1);
        if (after.length > 0 && !level[at].stops)
            return undefined;
        if (after.slice(0, -1).some((p) => !p.stops))
            return undefined;
        rest.push(...after.map((p) => commandText(p, pm)));
    }
    return rest;
}

;// CONCATENATED MODULE: ./src/test-recovery/core/step-env.ts



/**
 * The variables read here: go's, rspec's, pytest's PYTEST_ADDOPTS (before its config's `addopts`: its `-s`, its
 * reports and coverage threshold), and npm's workspace config (npm reads `npm_config_*` in any case).
 */
function stepEnvName(name) {
    return (name === 'GOFLAGS' ||
        name === 'SPEC_OPTS' ||
        name === 'PYTEST_ADDOPTS' ||
        /^npm_config_workspaces?$/i.test(name));
}
/**
 * The variables the command sets for what follows it: `export NAME=value` and `NAME=value` alone, at its top
 * level and in the package scripts expanded into it (wherever they are: one after the runner is taken too,
 * which only errs toward the whole step).
 */
function assignedIn(parts) {
    const vars = {};
    for (const part of parts) {
        if (part.script)
            Object.assign(vars, assignedIn(part.script.parts));
        const words = part.words[0]?.text === 'export' ? part.words.slice(1) : part.words;
        if (words.length === 0 || !words.every((w) => ASSIGNMENT.test(w.text)))
            continue;
        for (const w of words) {
            const eq = w.text.indexOf('=');
            if (stepEnvName(w.text.slice(0, eq)))
                vars[w.text.slice(0, eq)] = w.text.slice(eq + 1);
        }
    }
    return vars;
}
/** The `NAME=value` words before the runner in its own command (`GOFLAGS=-failfast go test`, `env X=1 rspec`). */
function inline(runner, words) {
    const before = words.slice(0, Math.max(runnerAt(runner, words) - 1, 0));
    return Object.fromEntries(before
        .filter((w) => ASSIGNMENT.test(w.text))
        .map((w) => [w.text.slice(0, w.text.indexOf('=')), w.text.slice(w.text.indexOf('=') + 1)]));
}
/** The step's variables as its runner's command starts with them: `vars` and the words before the runner. */
function runnerEnv(runner, words, vars) {
    return { ...vars, ...inline(runner, words) };
}
/** strconv.ParseBool's false: go's flag package reads a bool flag's value with it. */
const GO_FALSE = /^(?:0|f|F|false|FALSE|False)$/;
const GO_FAILFAST = /^--?(?:test\.)?failfast(?:=(.*))?$/;
/**
 * GOFLAGS' flags as go's cmd/go/internal/base/goflags.go InitGOFLAGS splits them (cmd/internal/quoted.Split in
 * newer releases, strings.Fields in older, the same where nothing is quoted): fields apart at white space, one
 * that starts with a quote taken to the matching quote, without them.
 */
function goFlags(value) {
    return [...value.matchAll(/'([^']*)'|"([^"]*)"|([^\s]+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}
/**
 * Why the runner, as `words` ran it with `vars` (the step's, and the command's own assignments), stopped at a
 * failure without its command line saying so; undefined when its environment sets no stop.
 */
function stopsInEnv(runner, words, vars) {
    const env = runnerEnv(runner, words, vars);
    const own = words.slice(Math.max(runnerAt(runner, words), 0)).map((w) => w.text);
    switch (runner) {
        case 'go': {
            // go 1.19's cmd/go/internal/test/testflag.go injects GOFLAGS' test flags (addFromGOFLAGS) before the
            // command line's, so the last -failfast given wins; the testing package then starts no test after a
            // failure (testing.go shouldFailFast) and nothing says so.
            const flags = [...goFlags(env.GOFLAGS ?? ''), ...own].filter((f) => GO_FAILFAST.test(f));
            const last = flags.at(-1);
            const value = last === undefined ? undefined : GO_FAILFAST.exec(last)[1];
            return last !== undefined && !(value !== undefined && GO_FALSE.test(value)) && !own.includes(last)
                ? `GOFLAGS in the step's environment sets -failfast, so go test started no test after the failed one and the tests after it did not run`
                : undefined;
        }
        case 'rspec': {
            // rspec-core's ConfigurationOptions reads SPEC_OPTS after the command line and the options files:
            // its last --[no-]fail-fast wins over theirs. Its console does not say it stopped. It splits SPEC_OPTS
            // with Shellwords: a word's quotes and backslashes go (a quoted space is taken as a split, erring whole).
            const last = (env.SPEC_OPTS ?? '')
                .split(/\s+/)
                .map((w) => w.replace(/["'\\]/g, ''))
                .filter((w) => /^--(?:no-)?fail-fast(?:=\d+)?$/.test(w))
                .pop();
            return last !== undefined && !last.startsWith('--no-')
                ? "SPEC_OPTS in the step's environment sets --fail-fast, so rspec stopped at its failure limit and the tests after it did not run"
                : undefined;
        }
        default:
            return undefined;
    }
}
/**
 * Where npm's config sets its workspaces (so `npm test` and `npm exec` run in each workspace, or the named
 * one, and never the root's script): an `npm_config_workspace(s)` variable (any case; npm 11.19.1's
 * @npmcli/config loadEnv skips an empty one), else `.npmrc`'s `workspaces` or `workspace` key (ini; a file not
 * read whole may set it). Undefined when neither does. `vars` wins over `.npmrc`, as npm layers them.
 */
function npmWorkspaces(env) {
    for (const [name, value] of Object.entries(env.vars ?? {})) {
        const m = /^npm_config_(workspaces?)$/i.exec(name);
        if (!m || value === '')
            continue;
        if (m[1].toLowerCase() === 'workspaces' && value.toLowerCase() === 'false')
            continue;
        return `${(0,core_text/* printablePath */.Vj)(name)} in the step's environment`;
    }
    if (env.npmrc === null)
        return '.npmrc (not read whole, so it may set workspaces)';
    // As ini 6.0.0's decode reads it (lib/ini.js, bundled by npm 11.19.1): lines split at any \r or \n, a key
    // with no `=` is true, and a key or value is unquoted or ends at its first unescaped `;` or `#`.
    for (const line of (env.npmrc ?? '').split(/[\r\n]+/)) {
        const m = /^([^=]+)(=(.*))?$/.exec(line);
        if (!m || /^\s*[;#]/.test(line))
            continue;
        const key = /^(workspaces?)(?:\[\])?$/i.exec(iniText(m[1]))?.[1]?.toLowerCase();
        const value = m[2] === undefined ? 'true' : iniText(m[3]);
        if (key && (key === 'workspaces' ? value.toLowerCase() !== 'false' : value !== ''))
            return `.npmrc's ${key}=${(0,core_text/* printablePath */.Vj)(value.slice(0, 60))}`;
    }
    return undefined;
}
/** ini's `unsafe`: a quoted text's inside, else the text up to its first unescaped `;` or `#`, trimmed. */
function iniText(raw) {
    const text = raw.trim();
    const quoted = /^(["'])(.*)\1$/s.exec(text);
    if (quoted && text.length > 1) {
        const inner = quoted[1] === "'" ? quoted[2] : text;
        try {
            const parsed = JSON.parse(inner);
            return typeof parsed === 'string' ? parsed : inner;
        }
        catch {
            // not JSON: ini keeps the text as it is
            return inner;
        }
    }
    let out = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === ';' || c === '#')
            break;
        if (c === '\\' && i + 1 < text.length)
            out += '\\;#'.includes(text[++i]) ? text[i] : `\\${text[i]}`;
        else
            out += c;
    }
    return out.trim();
}

;// CONCATENATED MODULE: ./src/test-recovery/core/rerun.ts
/**
 * The command that runs only some tests again: built in for each runner (a pytest node id, a jest or
 * vitest file with an anchored `-t` pattern, `go test -run '^TestX$'` per package, `--tests`, `-Dtest=`,
 * a nextest filter, rspec `-e`, phpunit `--filter`, `dotnet test --filter`), or the team's template. Test
 * names are untrusted: every one is shell-quoted (POSIX single quotes) and, where the runner reads a
 * pattern, regex-escaped first, so no name can run a command or widen the selection. Pure.
 */




/** `'text'` for a POSIX shell: nothing inside single quotes is special but the quote itself. */
function shellQuote(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}
/** A literal for a regular expression (JavaScript, RE2 and PCRE read these escapes alike). */
function regexEscape(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** The placeholders a team's `test-rerun-command` may use. */
const TEMPLATE_PLACEHOLDERS = ['{tests}', '{files}', '{names}', '{pattern}'];
/**
 * The team's template with its placeholders filled, each value shell-quoted: `{tests}` each test as
 * `suite::name[params]`, `{files}` the distinct suites, `{names}` the names, `{pattern}` one anchored
 * regular expression matching exactly those names.
 */
function fromTemplate(template, tests) {
    const words = (values) => [...new Set(values)].map(shellQuote).join(' ');
    const values = {
        '{tests}': words(tests.map(selector)),
        '{files}': words(tests.map((t) => t.suite)),
        '{names}': words(tests.map((t) => t.name)),
        '{pattern}': shellQuote(anchored(tests.map((t) => t.name))),
    };
    return template.replace(/\{(tests|files|names|pattern)\}/g, (p) => values[p]);
}
/** Checks a template names at least one placeholder (else it would re-run everything, not the failed tests). */
function checkTemplate(template) {
    if (template.trim() !== '' && !TEMPLATE_PLACEHOLDERS.some((p) => template.includes(p)))
        throw new errors/* UserError */.yo(`Input 'test-rerun-command' names no placeholder: write ${TEMPLATE_PLACEHOLDERS.join(', ')} where the failed tests go (each is shell-quoted), e.g. 'npx mocha {files} --grep {pattern}'.`);
}
function selector(t) {
    return `${t.suite}::${t.name}${t.params === undefined ? '' : `[${t.params}]`}`;
}
function anchored(names) {
    return `^(${[...new Set(names)].map(regexEscape).join('|')})$`;
}
function bySuite(tests) {
    const groups = new Map();
    for (const t of tests)
        groups.set(t.suite, [...(groups.get(t.suite) ?? []), t]);
    return groups;
}
/** vitest's tests by the project that ran them (their `params`; undefined where a report did not name it). */
function byProject(tests) {
    const groups = new Map();
    for (const t of tests)
        groups.set(t.params, [...(groups.get(t.params) ?? []), t]);
    return groups;
}
/** Several commands as one script that runs them all and fails when any failed. */
function rerun_all(commands) {
    if (commands.length === 1)
        return commands[0];
    return ['rc=0', ...commands.map((c) => `${c} || rc=1`), 'exit $rc'].join('\n');
}
/** go test -run: one anchored pattern per level of a subtest's name (`^TestX$/^case_1$`). */
function goPattern(name) {
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
function jestPath(file) {
    return file.replace(/[[\]{}()*+?^$|\\]/g, '\\$&');
}
/** jest and vitest match `-t` against the describe blocks and the test's name joined by spaces. */
function jsName(name) {
    return name.split(/ \u203a | > /).join(' ');
}
/** How a step that does not show its runner starts it: the runner's usual program. */
const PROGRAMS = {
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
/** The runner's usual program as an invocation, for a step whose command does not show it. */
function defaultInvocation(runner) {
    const program = PROGRAMS[runner];
    return program ? { setup: [], words: parseChain(program, false).parts[0].words } : undefined;
}
/** Words before the runner's arguments, through the package manager when a package script ran it. */
function head(how, at) {
    const words = how.words.slice(0, at);
    const text = commandText({ words, stops: false }, how.pm);
    return [...how.setup, text].join(' && ');
}
/**
 * The step's runner invocation with its test selection taken out: the words before the runner (setup, wrapper,
 * package manager) and the runner's arguments that say how to run; what was left out for the selection. The
 * re-run and early flake detection's repeats both start from it. Undefined for a runner with no usual program.
 */
function runnerStart(runner, how) {
    const used = how && runnerAt(runner, how.words) >= 0 ? how : defaultInvocation(runner);
    if (!used)
        return undefined;
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
    const projectless = runner === 'vitest'
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
function rerun_builtInRerun(runner, tests, how) {
    const from = runnerStart(runner, how);
    if (tests.length === 0 || !from)
        return undefined;
    return selection(runner, tests, from.start, from.rest);
}
/** vitest's words but its `--project` filters (`--project a`, `--project=a`): each adds projects to run. */
function withoutProjects(words) {
    const out = [];
    for (let i = 0; i < words.length; i++) {
        if (words[i].text === '--project')
            i++;
        else if (!words[i].text.startsWith('--project='))
            out.push(words[i]);
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
function coverageKept(dropped, instruments, camel = false) {
    return dropped
        .filter((d) => instruments.test(camel ? camelWords(d) : d))
        .map((d) => ` ${d}`)
        .join('');
}
/** jest's options that decide whether and how it instruments: `--coverage`, its provider, the files it covers. */
const JEST_INSTRUMENTS = /^--(?:coverage(?:[= ]|$)|collectCoverage|coverageProvider|coveragePathIgnorePatterns)/;
/** pytest-cov's options that decide what it traces: `--cov[=src]`, its config, branch and context tracing. */
const PYTEST_TRACES = /^--(?:cov(?:[= ]|$)|cov-(?:config|branch|context)(?:[= ]|$))/;
/**
 * vitest's `--coverage` options but those that gate or write: `--coverage`, `.enabled`, `.provider`, `.include`,
 * `.exclude`, `.all` decide what it instruments; thresholds, reporters, the reports directory and its cleaning
 * do not.
 */
const VITEST_INSTRUMENTS = /^--coverage(?![.](?:thresholds|reporter|reportsDirectory|reportOnFailure|clean|cleanOnRerun|skipFull|watermarks)\b)/;
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
function keptCoverage(runner, rest) {
    switch (runner) {
        case 'jest':
            return `${coverageKept(rest.dropped, JEST_INSTRUMENTS, true)} --coverageThreshold='{}' --coverageReporters=text-summary`;
        case 'pytest': {
            // `addopts` (the ini's, PYTEST_ADDOPTS) comes before the command line's options, whose last wins: its
            // reports are switched off after it (an empty `--junitxml=` writes none).
            const cov = rest.dropped.some((d) => d.startsWith('--cov')) || rest.addopts.some((a) => /^--cov(?:=|$)/.test(a))
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
function goOutputs(rest) {
    const fromEnv = [
        ...new Set(rest.goflags.map((f) => GO_WRITES.exec(f)?.[1]).filter((f) => f !== undefined)),
    ];
    const covered = rest.dropped.some((d) => /^--?coverprofile(?:[= ]|$)/.test(d)) || fromEnv.includes('coverprofile');
    return `${covered ? ' -cover' : ''}${fromEnv.map((f) => ` -${f}=`).join('')}`;
}
/**
 * pytest-cov keeps one report of each type, the last named winning, and `--cov-report=` switches reports off only
 * when it is the only one named: the file reports `addopts` names (xml, lcov: what coverage services read) are
 * sent to /dev/null instead. Its html and annotate directories are written again.
 */
function addoptsReports(addopts) {
    const types = new Set();
    for (let i = 0; i < addopts.length; i++) {
        const m = /^--cov-report(?:=(.*))?$/.exec(addopts[i]);
        const type = m ? (m[1] ?? addopts[++i] ?? '').split(':')[0] : '';
        if (type === 'xml' || type === 'lcov')
            types.add(type);
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
const JEST_CONSOLE_ONLY = ' --reporters=default --testResultsProcessor=';
/**
 * Runners whose built-in re-run (and early flake detection's repeat) writes no report: jest, vitest and mocha
 * their console reporter alone, in place of the step's; pytest no `--junitxml`, its `-rA` naming each re-run
 * test's outcome; go without `-json` or a profile, `-v` naming each; cargo's libtest names each (a `| cargo2junit >`
 * is the step's script, not the re-run's). A report a glob finds after such a run is the step's, perhaps written
 * within the reports' mtime slack of the run's start, and its failure would count over the run's pass: the run is
 * judged by its console. A team's `test-rerun-command` writes what it writes, and its reports are read.
 */
const CONSOLE_ONLY = ['jest', 'vitest', 'mocha', 'pytest', 'go', 'cargo'];
/** Whether a run of `runner`'s tests (a re-run, a repeat) is judged by its console alone (CONSOLE_ONLY). */
const judgedByConsole = (runner, rerunCommand) => runner !== undefined && rerunCommand === '' && CONSOLE_ONLY.includes(runner);
/** The runner's selection of `tests` after `start` (the step's invocation, its selection taken out). */
function selection(runner, tests, start, rest) {
    const q = shellQuote;
    const names = (list) => q(anchored(list.map((t) => jsName(t.name))));
    switch (runner) {
        case 'pytest': {
            // -rA names every test with its outcome in the short summary. Where the step used pytest-cov, its
            // tracer stays on (a test may fail only under it), with no threshold, no report written, and its data
            // added to the step's run's rather than in place of it.
            return `${start}${keptCoverage(runner, rest)} -rA ${tests.map((t) => q(selector(t))).join(' ')}`;
        }
        case 'jest':
            // --verbose names each test run with \u2713/\u2715. Coverage as the step collected it (its instrumentation
            // changes the code a test runs), with no threshold and no report written.
            return rerun_all([...bySuite(tests)].map(([file, list]) => `${start}${keptCoverage(runner, rest)}${JEST_CONSOLE_ONLY} --verbose ${file ? `${q(jestPath(file))} ` : ''}-t ${names(list)}`));
        case 'vitest':
            // A test read with its project (`params`) runs in that project alone, in place of the step's `--project`s.
            return rerun_all([...byProject(tests)]
                .map(([project, list]) => [...bySuite(list)].map(([file, inFile]) => `${vitestRun(project === undefined ? start : rest.projectless)}${keptCoverage(runner, rest)} --reporter=verbose${project === undefined ? '' : ` --project=${q(project)}`} ${file ? `${q(file)} ` : ''}-t ${names(inFile)}`))
                .flat());
        case 'go':
            return rerun_all(tests.map((t) => `${start}${keptCoverage(runner, rest)} -count=${goCount(rest.words)} -v -run ${q(goPattern(t.name))} ${q(t.suite)}${goArgs(rest.binary)}`));
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
            const methods = [...bySuite(tests)].map(([suite, list]) => `${suite}#${list.map((t) => t.name.replace(/\(.*\)$/, '')).join('+')}`);
            // The test phase only (a coverage check is bound to verify); a module without the class is no error.
            // JaCoCo's agent stays as the step had it: a test may fail only instrumented (its `$jacocoInit`).
            return `${start} test -Dsurefire.failIfNoSpecifiedTests=false ${q(`-Dtest=${methods.join(',')}`)}`;
        }
        case 'rspec':
            return rerun_all([...bySuite(tests)].map(([file, list]) => `${start} ${q(file)} ${list.map((t) => `-e ${q(t.name)}`).join(' ')}`));
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
function mochaSpecs(tests, dropped) {
    const files = [...new Set(tests.map((t) => t.suite))].filter((s) => /\.[cm]?[jt]sx?$/.test(s));
    const own = dropped.filter((d) => !d.startsWith('-') || /^--spec(?:[ =]|$)/.test(d));
    const specs = tests.some((t) => t.suite === '') ? own : files.map((f) => `--spec ${shellQuote(f)}`);
    return specs.map((s) => `${s} `).join('');
}
/**
 * node --test's `--test-name-pattern` is matched against a test's own name (Node 20) and against its name
 * after its suites' joined by spaces (Node 22+): each test as `^(?:suites )?name$`, so either matches it.
 */
function nodePattern(tests) {
    const one = (t) => {
        const parts = t.name.split(' \u203a ');
        const leaf = regexEscape(parts.pop());
        return parts.length > 0 ? `(?:${regexEscape(parts.join(' '))} )?${leaf}` : leaf;
    };
    return `^(?:${[...new Set(tests.map(one))].join('|')})$`;
}
/** The tests' files, or where one's file is not known (suite ''), the step's own file arguments. */
function nodeFiles(tests, dropped) {
    if (tests.some((t) => t.suite === ''))
        return dropped.filter((d) => !d.startsWith('-')).join(' ');
    return [...new Set(tests.map((t) => t.suite))].map(shellQuote).join(' ');
}
/** vitest runs once (`run`), never in watch mode. */
function vitestRun(start) {
    return /\bvitest(?:\.m?js)? (?:run|watch|dev|related)\b/.test(start)
        ? start.replace(/\b(vitest(?:\.m?js)?) (?:watch|dev|related)\b/, '$1 run')
        : start.replace(/\b(vitest(?:\.m?js)?)\b/, '$1 run');
}
/**
 * go test's `-count`: the step's when it repeats each test (`-count=3`, `-count 3`, `-test.count=3`, from its
 * GOFLAGS too: a test that fails only on a repeat, its state left from the run before, fails its re-run too),
 * else 1 (never a cached result). The last given wins, as go's flag package reads them.
 */
function goCount(words) {
    let n;
    for (let i = 0; i < words.length; i++) {
        const m = /^--?(?:test\.)?count(?:=(.*))?$/.exec(words[i]);
        if (m)
            n = m[1] ?? words[++i];
    }
    const count = /^\d{1,6}$/.test(n ?? '') ? Number(n) : 1;
    return count > 1 ? count : 1;
}
/** go test's `-args` for the test binary, kept as written. */
function goArgs(binary) {
    return binary.length > 0 ? ` -args ${binary.map((w) => w.raw).join(' ')}` : '';
}
/** The libtest arguments that say how to run (threads, ignored tests, capture), not which tests. */
function cargoBinaryArgs(binary) {
    const kept = [];
    for (let i = 0; i < binary.length; i++) {
        const t = binary[i].text;
        if (t === '--test-threads' && binary[i + 1])
            kept.push(binary[i].raw, binary[++i].raw);
        else if (/^--(?:test-threads=|include-ignored$|ignored$|nocapture$|show-output$)/.test(t))
            kept.push(binary[i].raw);
        else if (t === '--skip' || t === '--format' || t === '-Z')
            i++;
    }
    return kept.map((k) => `${k} `).join('');
}
/** dotnet test's filter syntax escapes its operators with a backslash. */
function dotnetEscape(text) {
    return text.replace(/[\\()&|=!~]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/test-recovery/core/arrival.ts


/** A runner's test files, by its own default naming (jest's testMatch, pytest's python_files, mocha's ./test). */
const TEST_FILES = {
    jest: /(?:^|\/)__tests__\/.+\.[cm]?[jt]sx?$|\.(?:test|spec)\.[cm]?[jt]sx?$/,
    vitest: /\.(?:test|spec)\.[cm]?[jt]sx?$/,
    mocha: /(?:^|\/)test\/.+\.[cm]?[jt]s$|\.(?:test|spec)\.[cm]?[jt]s$/,
    pytest: /(?:^|\/)(?:test_[^/]*|[^/]*_test)\.py$/,
};
/** The runners whose test files early flake detection can run alone. */
const ARRIVAL_RUNNERS = Object.keys(TEST_FILES);
/** Test files repeated at most: a change touching more is a refactor, its repeats would cost a suite. */
const MAX_ARRIVAL_FILES = 50;
/**
 * The change's test files for `runner`, relative to the step's working directory (files outside it are
 * not its tests), sorted, at most MAX_ARRIVAL_FILES; `more` counts those left out.
 */
function arrivingTestFiles(runner, changed, workingDirectory) {
    const pattern = TEST_FILES[runner];
    if (!pattern)
        return { files: [], more: 0 };
    const base = workingDirectory.replace(/^\.\/?/, '').replace(/\/+$/, '');
    const inStep = changed
        .map((f) => (base === '' ? f : f.startsWith(`${base}/`) ? f.slice(base.length + 1) : undefined))
        .filter((f) => f !== undefined && pattern.test(f));
    const files = [...new Set(inStep)].sort();
    return { files: files.slice(0, MAX_ARRIVAL_FILES), more: Math.max(0, files.length - MAX_ARRIVAL_FILES) };
}
/**
 * The command that runs exactly `files` the way the step ran its runner: the re-run's invocation
 * (test-recovery/core/rerun.ts `runnerStart`: the step's wrapper, variables and flags such as `--config`,
 * `-c`, `--project`; its selection taken out), so a test that fails under the step's flags fails in its
 * repeats too and is never called flaky. Every path shell-quoted and `./`-led, so none reads as an option.
 */
function arrivalCommand(runner, how, files) {
    const { start, rest } = runnerStart(runner, how);
    const paths = files.map((f) => shellQuote(f.startsWith('-') ? `./${f}` : f));
    // The step's coverage kept (rerun.ts keptCoverage): a new test that fails only instrumented fails in its
    // repeats too, and is broken, not flaky; no threshold a subset cannot meet, no report written over the step's.
    const cov = keptCoverage(runner, rest);
    switch (runner) {
        case 'jest':
            // --ci: a new snapshot fails, as in CI; jest reads bare arguments as patterns, --runTestsByPath as
            // the exact files.
            return `${start}${/(?:^| )--ci(?:=true)?(?: |$)/.test(start) ? '' : ' --ci'}${cov}${JEST_CONSOLE_ONLY} --runTestsByPath ${paths.join(' ')}`;
        case 'vitest':
            // Its console reporter in place of the config's (a junit `outputFile` the job uploads): none written over.
            return `${vitestRun(start)}${cov} --reporter=default ${paths.join(' ')}`;
        case 'pytest':
            return `${start}${cov} ${paths.join(' ')}`;
        case 'mocha':
            // --spec replaces the config's spec, where a positional file would be added to it; spec's output is read.
            return `${start} --reporter spec ${paths.map((p) => `--spec ${p}`).join(' ')}`;
        default:
            return `${start} ${paths.join(' ')}`;
    }
}
/**
 * The tests (those `ours` accepts: in the change's test files) that failed in some conclusive run and
 * passed in a conclusive repeat; a test failing in every repeat is broken, not flaky, whatever the step's own
 * run showed (it may not have run it: `own`).
 */
function flakyOnArrival(runs, ours) {
    const counted = runs.filter((r) => r.conclusive);
    const repeats = counted.filter((r) => !r.own).length;
    const failures = new Map();
    for (const run of counted)
        for (const key of new Set(run.failed.filter(ours).map(test_identity/* testKey */.S8))) {
            const id = run.failed.find((t) => (0,test_identity/* testKey */.S8)(t) === key);
            const seen = failures.get(key);
            failures.set(key, {
                id: seen?.id ?? id,
                runs: (seen?.runs ?? 0) + 1,
                inRepeats: (seen?.inRepeats ?? 0) + (run.own ? 0 : 1),
            });
        }
    return [...failures.values()]
        .filter((f) => f.inRepeats < repeats)
        .map((f) => ({ id: f.id, failedRuns: f.runs, passedRuns: repeats - f.inRepeats }));
}
/**
 * The change's tests that failed in every conclusive repeat and were not named failed by the step's own run
 * (which may not have run them): broken when run so, never named flaky. Their keys, for the log.
 */
function failedEveryRepeat(runs, ours) {
    const repeats = runs.filter((r) => r.conclusive && !r.own);
    // One repeat's failure is what a flaky test gives too: broken takes two at least.
    if (repeats.length < 2)
        return [];
    const ownFailed = new Set(runs.filter((r) => r.own).flatMap((r) => r.failed.map(test_identity/* testKey */.S8)));
    return repeats[0].failed.filter((id) => ours(id) &&
        !ownFailed.has((0,test_identity/* testKey */.S8)(id)) &&
        repeats.every((r) => r.failed.some((t) => (0,test_identity/* testKey */.S8)(t) === (0,test_identity/* testKey */.S8)(id))));
}
/**
 * The step's test outcomes with the flakes on arrival marked: a test the step already named keeps its
 * outcome (a failure in a changed file still fails the step); one it did not name (it passed in the
 * step's run) is added as flaky, changed, with the repeats as its re-runs. A key some repeat showed for two
 * tests (`shared`) is marked so: its outcome may be either's, and it is kept out of the flaky history.
 */
function withArrivals(tests, flakes, repeats, shared = new Set()) {
    const out = tests.map((t) => ({ ...t }));
    for (const f of flakes) {
        const known = out.find((t) => (0,test_identity/* testKey */.S8)(t.id) === (0,test_identity/* testKey */.S8)(f.id));
        if (known)
            known.arrival = true;
        else
            out.push({ id: f.id, outcome: 'flaky', retries: repeats, changed: true, arrival: true });
    }
    for (const t of out)
        if (shared.has((0,test_identity/* testKey */.S8)(t.id)))
            t.sharedName = true;
    return out;
}
/** Options by which a step runs part of its tests (the repeats drop them): a shard, a name or marker filter. */
const SELECTING = /^(?:-k|--deselect|--lf|--last-failed|--sw|--stepwise|--shard|-t|--testNamePattern|--testPathPattern|--testPathIgnorePatterns|--grep|-g|--fgrep|-f|--invert|-i|-run|-skip|--selectProjects|--project)(?:[= ]|$)/;
/**
 * Whether the step ran a selection of its tests the repeats leave out: a new test failing in every repeat
 * may then be one this job leaves to another on purpose (a shard, a `-k` that needs another job's service),
 * so it is warned of and does not fail the step.
 */
function stepSelects(runner, how) {
    const dropped = runnerStart(runner, how)?.rest.dropped ?? [];
    return dropped.some((group) => SELECTING.test(group));
}

;// CONCATENATED MODULE: ./src/test-recovery/core/cargo-crates.ts
/**
 * Which crate a changed `src/lib.rs` or `src/main.rs` is, so that "never re-run a test whose file the change
 * edited" holds a cargo unit test back only for an edit of its own crate's file (cargo names the target
 * `src/lib.rs` in every crate of a workspace; the key's `[target]` names its test binary, console.ts
 * `cargoTarget`). The crate is told by the Cargo.toml beside the file's `src/`, read as text from the change
 * under test: only its names are taken, and a manifest not read or not plainly understood leaves the file any
 * crate's (today's conservative match). Pure.
 */
/** The files cargo prints for a crate's own unit-test targets (its lib's, its main binary's). */
const UNIT_FILES = ['src/lib.rs', 'src/main.rs'];
/** The Cargo.toml (relative, as `file` is) beside the `src/` of `file`; undefined when it is no crate's unit file. */
function manifestOf(file) {
    const unit = UNIT_FILES.find((u) => file === u || file.endsWith(`/${u}`));
    if (!unit)
        return undefined;
    return `${file.slice(0, file.length - unit.length)}Cargo.toml`;
}
/**
 * The unit test binaries' names a changed `src/lib.rs` or `src/main.rs` may have in the crate of Cargo.toml
 * `text`: every name it gives (package, lib, each bin), for either file, as a target's `path` may put one at the
 * other's file (`autolib = false`, a `[[bin]]` at `src/lib.rs`); a manifest with such keys is not read at all.
 */
function unitBinaries(text) {
    const names = manifestNames(text);
    if (!names)
        return undefined;
    // cargo names a test binary after its crate name: a `-` in a package's or bin's name is `_` there.
    const all = [names.package, ...(names.lib !== undefined ? [names.lib] : []), ...names.bins];
    return [...new Set(all.map((n) => n.replace(/-/g, '_')))];
}
/** At most this many Cargo.toml are read for one step's changed files; past it, a changed file is any crate's. */
const MAX_MANIFESTS = 64;
/**
 * The Cargo.toml to read (relative to the repository) for the changed `files` (relative to it): one per
 * changed `src/lib.rs` or `src/main.rs`, at most `MAX_MANIFESTS`.
 */
function manifestsOf(files) {
    const wanted = new Set();
    for (const file of files) {
        const manifest = manifestOf(file);
        if (manifest !== undefined && wanted.size < MAX_MANIFESTS)
            wanted.add(manifest);
    }
    return [...wanted];
}
/**
 * The crates of the changed `files` (relative to the repository), from the texts of their manifests
 * (`manifestsOf`; null or absent: not read), keyed as `inChangedFile` is given them: each file, and the same
 * file relative to the step's working directory `base` (run-tests.ts `changedSet`). A name that stands for two
 * files is kept only where both give it the same crate.
 */
function changedCrates(files, base, texts) {
    const seen = new Map();
    const add = (name, names) => {
        seen.set(name, [...(seen.get(name) ?? []), names]);
    };
    for (const file of files) {
        const manifest = manifestOf(file);
        const text = manifest === undefined ? undefined : texts[manifest];
        const names = typeof text === 'string' ? unitBinaries(text) : undefined;
        add(file, names);
        if (base && file.startsWith(`${base}/`))
            add(file.slice(base.length + 1), names);
    }
    const crates = new Map();
    for (const [name, all] of seen) {
        const first = all[0];
        if (first && all.every((n) => n !== undefined && n.join('\n') === first.join('\n')))
            crates.set(name, first);
    }
    return crates;
}
/** Does a cargo unit test of binary `binary` (a key's target) belong to another crate than `names`'? */
function otherCrate(binary, names) {
    return !names.includes(binary.replace(/-/g, '_'));
}
const NAME = /^[A-Za-z0-9_-]{1,64}$/;
const OWN_TABLES = new Set(['[package', '[lib', '[[bin']);
/** Keys that move a target to another file or name targets not written down: the manifest is not read. */
const TARGET_KEY = /^["']?(?:path|autolib|autobins|autotests)["']?\s*[.=]/;
/**
 * `[package] name`, `[lib] name` and each `[[bin]] name` of a Cargo.toml, read line by line; undefined (the
 * conservative answer) for anything not plainly so: no package name, a multi-line string or a value left open
 * on its line (an array, an inline table, a quote: a later line could look like a table), a `[`-line that is no
 * plain table header, an escape in a header or a key, a `path`, `autolib`, `autobins` or `autotests` key, a dotted or inline
 * `package`/`lib`/`bin` at the top, a `[[bin]]` without a name, a name twice in a table or one that is not a
 * plain crate name.
 */
function manifestNames(text) {
    if (text.includes('"""') || text.includes("'''"))
        return undefined;
    let table = '';
    let pkg;
    let lib;
    const bins = [];
    let binNamed = true;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        // A TOML escape in a header or a key (`["l\\u0069b"]`, `"n\\u0061me" = \u2026`) names a table or key this reading
        // cannot see: cargo reads it as `[lib]` or `name` (re-review, high: shown with cargo 1.95).
        if (/\\/.test(line.split('=')[0]))
            return undefined;
        const header = /^(\[\[?)\s*([^[\],]*?)\s*\]\]?\s*(?:#.*)?$/.exec(line);
        if (header) {
            if (!binNamed)
                return undefined;
            table = `${header[1]}${header[2].replace(/["'\s]/g, '')}`;
            binNamed = table !== '[[bin';
            continue;
        }
        if (line.startsWith('[') || TARGET_KEY.test(line) || leftOpen(line))
            return undefined;
        if (table === '' && /^["']?(?:package|lib|bin)["']?\s*[.=]/.test(line))
            return undefined;
        if (!OWN_TABLES.has(table) || !/^["']?name["']?\s*[.=]/.test(line))
            continue;
        const key = /^["']?name["']?\s*=\s*(?:"([^"\\]*)"|'([^']*)')\s*(?:#.*)?$/.exec(line);
        const name = key?.[1] ?? key?.[2];
        if (name === undefined || !NAME.test(name))
            return undefined;
        if (table === '[package') {
            if (pkg !== undefined)
                return undefined;
            pkg = name;
        }
        else if (table === '[lib') {
            if (lib !== undefined)
                return undefined;
            lib = name;
        }
        else {
            if (binNamed)
                return undefined;
            binNamed = true;
            bins.push(name);
        }
    }
    if (pkg === undefined || !binNamed)
        return undefined;
    return { package: pkg, ...(lib !== undefined ? { lib } : {}), bins };
}
/**
 * Whether a line leaves a value open for the next: a quote not closed, or more `[` or `{` than it closes
 * (outside its strings and its comment).
 */
function leftOpen(line) {
    let depth = 0;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '#')
            break;
        if (c === '"' || c === "'") {
            let j = i + 1;
            while (j < line.length && line[j] !== c)
                j += c === '"' && line[j] === '\\' ? 2 : 1;
            if (j >= line.length)
                return true;
            i = j;
        }
        else if (c === '[' || c === '{')
            depth++;
        else if (c === ']' || c === '}')
            depth--;
    }
    return depth > 0;
}

;// CONCATENATED MODULE: ./src/core/needles.ts
/**
 * Which of several fixed strings a long text holds, in one pass. `text.includes(need)` once per need reads the
 * text once per need that is absent: on a whole job log's tail, 18 test runners' needs read it 18 times, a
 * quarter of the CLI's CPU. One alternation of them all reads it once (V8 runs it 4-5 times faster than the
 * 18 searches on the 145 whole job logs of the corpus).
 */
function escaped(need) {
    return need.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** An alternation of `needs`, the longest first: at a place where several start, the longest is found. */
function needsPattern(needs, flags = '') {
    const sorted = [...new Set(needs)].sort((a, b) => b.length - a.length);
    return new RegExp(sorted.map(escaped).join('|') || '(?!)', flags);
}
/**
 * The needs `text` holds (as `text.includes` says of each). The longest need found at a place has every
 * need starting there as a prefix, so they are found with it; found needs leave the alternation, which is
 * rebuilt at most once per need, and the search goes on from the place after the last one found.
 */
function needsIn(text, needs) {
    const found = new Set(needs.filter((need) => need === ''));
    let left = needs.filter((need) => !found.has(need));
    let at = 0;
    while (left.length > 0) {
        const pattern = needsPattern(left, 'g');
        pattern.lastIndex = at;
        const match = pattern.exec(text);
        if (!match)
            break;
        for (const need of left)
            if (match[0].startsWith(need))
                found.add(need);
        left = left.filter((need) => !found.has(need));
        at = match.index + 1;
    }
    return found;
}

;// CONCATENATED MODULE: ./src/test-recovery/core/names.ts
/**
 * How each runner names a test, turned into a `TestId` that is the same on every run: from a JUnit report's
 * test case, and the runner a step's command runs (told from the command, or given by the team). Test
 * names come from the tests being run, so they are untrusted: clipped here, and shown only through
 * `shownName`. Pure.
 */


/** A suite or name longer than this is clipped (a real one is far shorter). */
const MAX_NAME_CHARS = 500;
function clipName(text, max = MAX_NAME_CHARS) {
    return text.length <= max ? text : text.slice(0, max);
}
/**
 * A test's key as one safe line for a log or an output: control characters escaped (`\n`, `\u001b`), so a
 * name can never start a line of its own, and a leading `::` (a workflow command) broken.
 */
function shownName(id) {
    return (0,core_text/* printablePath */.Vj)((0,test_identity/* testKey */.S8)(id)).replace(/^::/, ':\\:');
}
/** Which runner a command runs, first match wins (vitest before jest: `vitest` never says jest). */
const COMMAND_RUNNERS = [
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
function runnerOfCommand(command) {
    return COMMAND_RUNNERS.find(([pattern]) => pattern.test(command))?.[1];
}
function isTestRunner(value) {
    return test_identity/* TEST_RUNNERS */.Ln.includes(value);
}
/** `name[params]` -> name and params (pytest, JUnit 5's `[1]`); a name without brackets has none. */
function splitParams(name) {
    // Not a regular expression: `^(.*?)\[(.*)\]$` backtracks quadratically on a name of many `[`.
    const open = name.indexOf('[');
    return open > 0 && name.endsWith(']')
        ? { name: name.slice(0, open), params: name.slice(open + 1, -1) }
        : { name };
}
function withParams(base, params) {
    return params === undefined ? base : { ...base, params: clipName(params) };
}
const JS_FILE = /\.[cm]?[jt]sx?$/;
/**
 * A report's test case as `runner` names it; the same test gets the same id on every run. Undefined when the
 * report does not tell the test's full name (a mocha report of an unknown form): no re-run can select it.
 */
function idFromCase(runner, raw) {
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
            return m ? { runner, suite, name: m[1], params: clipName(m[2]) } : { runner, suite, name };
        }
        case 'gradle':
        case 'maven':
        case 'junit': {
            const split = splitParams(name);
            return withParams({ runner, suite: clipName(classname ?? raw.suiteName ?? file ?? ''), name: split.name }, split.params);
        }
        case 'jest':
        case 'vitest':
        case 'mocha': {
            // jest-junit's classname is the test's full name, vitest's the file: only a file is a suite.
            const asFile = [file, classname, raw.suiteName].find((f) => f !== undefined && JS_FILE.test(f));
            const suite = clipName(asFile?.replace(/^\.\//, '') ?? '');
            if (runner !== 'mocha')
                return { runner, suite, name };
            const title = mochaTitle(raw.name, classname, raw.ownFile === true);
            return title === undefined ? undefined : { runner, suite, name: clipName(title) };
        }
        case 'node':
            // node's JUnit reporter nests a <testsuite> per describe, names the case by its own title alone and
            // writes classname="test" and no file: the key is its full name, as the console names it (` \u203a `), so
            // `works` in two describe blocks stays two tests in the flaky history.
            return {
                runner,
                suite: clipName(file ?? ''),
                name: clipName([...(raw.suites ?? []), raw.name].join(' \u203a ')),
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
function mochaTitle(name, classname, xunit) {
    if (xunit)
        return classname ? `${classname} ${name}` : name;
    return classname !== undefined && (name === classname || name.endsWith(` ${classname}`)) ? name : undefined;
}
/**
 * pytest writes `classname="pkg.test_mod.TestClass"` (no file unless `junit_family=xunit1`): the module's
 * path is the dotted part before the first capitalised one, so an id matches the console's node id
 * (`pkg/test_mod.py::TestClass::test_x[1]`).
 */
function pytestCase(name, file, classname) {
    const split = splitParams(name);
    const parts = (classname ?? '').split('.').filter((p) => p !== '');
    const firstClass = parts.findIndex((p) => /^[A-Z]/.test(p));
    const modules = firstClass === -1 ? parts : parts.slice(0, firstClass);
    const classes = firstClass === -1 ? [] : parts.slice(firstClass);
    const suite = file ?? (modules.length > 0 ? `${modules.join('/')}.py` : '');
    return withParams({ runner: 'pytest', suite: clipName(suite), name: clipName([...classes, split.name].join('::')) }, split.params);
}

;// CONCATENATED MODULE: ./src/test-recovery/core/console.ts


/** The tail of an attempt's output that is read (runners print failures last). */
const MAX_CONSOLE_CHARS = 8 * 1024 * 1024;
/** Failed tests read from one output at most. */
const MAX_FAILED = 10_000;
/**
 * The project a vitest line's label named (groups `at`: coloured, `at + 1`: plain), as the id's `params`: under
 * `test.projects` (or a workspace) vitest 3.2.7's reporters put it before the test's path (formatProjectName):
 * `|b| ` without colour, ` b ` on a coloured background with colour (on in CI), which reads ` b  ` plain after
 * the `FAIL` or mark's own blank. A name is read up to 100 characters (no pattern backtracks over a long line).
 */
function vitestProject(m, at) {
    const name = m[at] ?? m[at + 1];
    return name === undefined ? {} : { params: clipName(name) };
}
/**
 * vitest's project label between a line's mark and the test's path (its two groups, as vitestProject reads them:
 * coloured, plain), or no label: coloured, ` b ` after `coloured` blanks (the mark's own and the label's
 * background, plain), then two; plain, `|b|` after `plain` blanks. The one source of the shape for every reader
 * of vitest's lines (console.ts, console-passed.ts, stopped.ts); each says the blanks its mark leaves (`FAIL`:
 * three or more, a verbose `\u2713`: two, or one with no coloured label).
 */
function vitestLabel(coloured, plain) {
    return `(?:${coloured}(\\S(?:.{0,98}?\\S)??) {2}|${plain}(?:\\|([^|]{1,100})\\|\\s+)?)`;
}
/** A vitest `FAIL` line's head: its mark, then its project's label when it has one (groups 1 and 2). */
const VITEST_FAIL = `^\\s*(?:\u00d7\\s+)?FAIL${vitestLabel(' {3}', '\\s+')}`;
/**
 * The one line shape each of these runners' parsers names a failed test from (a plain line, as plainLine gives
 * it): a caller that sees no line of this shape knows the parser finds nothing there. Only the runners whose
 * FAILED_NEEDS are common words (`FAIL`, `Failed `, ` FAILED`, `ERROR `) in logs that name no test.
 */
const FAILED_LINES = {
    vitest: new RegExp(`${VITEST_FAIL}(\\S+) > (.+)$`),
    pytest: /^(?:FAILED|ERROR) (\S+?\.py)::(\S.*?)(?: - .*)?$/,
    gradle: /^(\S[^>]*?) > (.+) FAILED$/,
    dotnet: /^\s+Failed ([\w.+`]+)\.([^.\s(]+)(?:\((.*)\))? \[[^\]]*\]$/,
};
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
/** The runner's timestamp prefix the Actions log adds is not in a step's own output; ANSI colour is. */
function plainText(output) {
    const tail = output.length > MAX_CONSOLE_CHARS ? output.slice(-MAX_CONSOLE_CHARS) : output;
    return tail.replace(ANSI, '');
}
/**
 * One line (no line feed) as the parsers read it from an output holding it: colour codes out, trailing blanks
 * cut (the ANSI pattern matches no line feed, so a line's codes are the output's).
 */
function plainLine(line) {
    return line.replace(ANSI, '').trimEnd();
}
function plainLines(output) {
    // Trailing blanks are cut here, so no pattern needs a `\s*$` (after a lazy group, that backtracks
    // quadratically on a line of blanks).
    return splitLines(plainText(output));
}
function splitLines(plain) {
    return plain.split(/\r?\n/).map((line) => line.trimEnd());
}
/**
 * jest: `FAIL path` heads a file's failures, each `\u25cf describe \u203a test`. With `projects`, the project's
 * displayName comes first (`FAIL unit __tests__/a.test.ts`), and a slow file's time last (` (5.2 s)`): the
 * path is the last word before the time.
 */
const jest = (lines) => {
    const out = [];
    let file;
    for (const line of lines) {
        const head = /^\s*(?:FAIL|PASS)\s+(.*?\S)(?:\s+\(\d[\d.]*\s?m?s\))?$/.exec(line);
        if (head) {
            file = head[1].split(/\s+/).pop().replace(/^\.\//, '');
            continue;
        }
        const bullet = /^\s{2}\u25cf (.+)$/.exec(line);
        if (!bullet || file === undefined)
            continue;
        const name = bullet[1];
        if (name === 'Test suite failed to run' || name.startsWith('Console'))
            continue;
        out.push({ runner: 'jest', suite: clipName(file), name: clipName(name) });
    }
    return out;
};
/**
 * vitest: ` FAIL  path > describe > test`, with its project's label first under `test.projects` (` FAIL  |b| path
 * > test`; coloured, ` FAIL   b  path > test` plain): the project is the id's `params`.
 */
const vitest = (lines) => {
    const out = [];
    for (const line of lines) {
        const m = FAILED_LINES.vitest.exec(line);
        if (m)
            out.push({
                runner: 'vitest',
                suite: clipName(m[3].replace(/^\.\//, '')),
                name: clipName(m[4]),
                ...vitestProject(m, 1),
            });
    }
    return out;
};
/** pytest: the short summary's `FAILED path::Class::test[params] - reason` (and `ERROR` for a test's setup). */
const pytest = (lines) => {
    const out = [];
    for (const line of lines) {
        const m = FAILED_LINES.pytest.exec(line);
        if (!m)
            continue;
        const split = splitParams(m[2]);
        out.push({
            runner: 'pytest',
            suite: clipName(m[1]),
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
const go = (lines) => {
    const out = [];
    let pending = [];
    for (const line of lines) {
        const fail = /^\s*--- FAIL: (\S+) \(/.exec(line);
        if (fail) {
            pending.push(fail[1]);
            continue;
        }
        const pkg = /^(?:FAIL|ok)\s+(\S+)\s/.exec(line);
        if (!pkg)
            continue;
        const leaves = pending.filter((name) => !pending.some((other) => other.startsWith(`${name}/`)));
        for (const name of leaves)
            out.push({ runner: 'go', suite: clipName(pkg[1]), name: clipName(name) });
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
function cargoTarget(line) {
    // The binary's path may hold spaces (`/home/u/my proj/target/...`) and be Windows' (`target\debug\deps\a-\u2026.exe`).
    const m = /^\s*Running (?:unittests )?(\S+)(?: \((.+)\)\s*$)?/.exec(line);
    if (!m)
        return undefined;
    const binary = m[2]
        ?.split(/[\\/]/)
        .pop()
        ?.replace(/-[0-9a-f]{16}(?:\.exe)?$/, '');
    return { suite: clipName(m[1]), ...(binary ? { params: clipName(binary) } : {}) };
}
/** cargo test: `test path::to::test ... FAILED`, in the crate's target named by the `Running` line before. */
const cargo = (lines) => {
    const out = [];
    let target = { suite: '' };
    for (const line of lines) {
        target = cargoTarget(line) ?? target;
        const m = /^test (\S+) \.\.\. FAILED$/.exec(line);
        if (m)
            out.push({ runner: 'cargo', ...target, name: clipName(m[1]) });
    }
    return out;
};
/** cargo-nextest: `        FAIL [   0.004s] binary-id test::path` (the final summary repeats them). */
const nextest = (lines) => {
    const out = [];
    for (const line of lines) {
        const m = /^\s*(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \[\s*[\d.]+m?s\] (?:\(\d+\/\d+\) )?(\S+) (\S+)$/.exec(line);
        if (m)
            out.push({ runner: 'nextest', suite: clipName(m[1]), name: clipName(m[2]) });
    }
    return out;
};
/** Gradle: `ClassTest > method() FAILED` (nested classes and display names as Gradle prints them). */
const gradle = (lines) => {
    const out = [];
    for (const line of lines) {
        const m = FAILED_LINES.gradle.exec(line);
        if (!m || m[1].startsWith('>'))
            continue;
        const split = splitParams(m[2]);
        out.push({
            runner: 'gradle',
            suite: clipName(m[1]),
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
const maven = (lines) => {
    const out = [];
    for (const line of lines) {
        // A JUnit 5 parameterized test's invocation: `demo.BTest.param(int, String)[2] -- Time elapsed` (Surefire 3.2.5).
        const now = /^\[ERROR\] ([^\s(]+)\.([^.\s(]+(?:\([^()]*\)(?:\[\d+\])?)?)(?: --|\s)\s*Time elapsed: .*<<< (?:FAILURE|ERROR)!/.exec(line);
        const old = /^\[ERROR\] ([^\s(]+)\(([^)\s]+)\)\s+Time elapsed: .*<<< (?:FAILURE|ERROR)!/.exec(line);
        const [suite, name] = now ? [now[1], now[2]] : old ? [old[2], old[1]] : [];
        if (suite === undefined || name === undefined)
            continue;
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
const rspec = (lines) => {
    const out = [];
    for (const line of lines) {
        const m = /^rspec \.?\/?(\S+?)(?::\d+|\[[\d:]+\]) # (.+)$/.exec(line);
        if (m)
            out.push({ runner: 'rspec', suite: clipName(m[1]), name: clipName(m[2]) });
    }
    return out;
};
/** PHPUnit: `1) Tests\FooTest::testBar` (`with data set #0` for a provider's case) under its failures or errors. */
const phpunit = (lines) => {
    const out = [];
    let inFailures = false;
    for (const line of lines) {
        if (/^There (?:was|were) \d+ (?:failure|error)s?:$/.test(line.trim()))
            inFailures = true;
        else if (/^There (?:was|were) \d+ /.test(line.trim()))
            inFailures = false;
        const m = inFailures ? /^\d+\) ([\w\\]+)::(\w+)(?: with data set (.+))?$/.exec(line) : null;
        if (!m)
            continue;
        out.push({
            runner: 'phpunit',
            suite: clipName(m[1]),
            name: clipName(m[2]),
            ...(m[3] !== undefined ? { params: clipName(m[3]) } : {}),
        });
    }
    return out;
};
/** dotnet test: `  Failed Namespace.Class.Method [12 ms]` (with `(params)` for a theory's case). */
const dotnet = (lines) => {
    const out = [];
    for (const line of lines) {
        const m = FAILED_LINES.dotnet.exec(line);
        if (!m)
            continue;
        out.push({
            runner: 'dotnet',
            suite: clipName(m[1]),
            name: clipName(m[2]),
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
const mocha = (lines) => {
    const out = [];
    let inFailures = false;
    for (let i = 0; i < lines.length; i++) {
        if (/^\s+\d+ failing$/.test(lines[i]))
            inFailures = true;
        const head = inFailures ? /^ {2}\d+\) (\S.*)$/.exec(lines[i]) : null;
        if (!head)
            continue;
        const parts = [head[1]];
        for (let j = i + 1; !parts.at(-1).endsWith(':') && j < lines.length && parts.length < 50; j++) {
            const more = new RegExp(`^ {${5 + 2 * parts.length}}(\\S.*)$`).exec(lines[j]);
            if (!more)
                break;
            parts.push(more[1]);
        }
        if (parts.at(-1).endsWith(':'))
            out.push({ runner: 'mocha', suite: '', name: clipName(parts.join(' ').slice(0, -1)) });
    }
    return out;
};
/** TAP escapes `#`, `\` and line breaks in a name with a backslash. */
const tapUnescape = (text) => text.replace(/\\(.)/g, (_, c) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
/**
 * node --test's TAP reporter (Node 20's default off a terminal): `# Subtest: name` four spaces deeper per
 * level, then `ok N - name` or `not ok N - name` and a YAML block whose `type: 'suite'` marks a suite and
 * whose `location: '/path/file.js:5:3'` names a failed test's file. A `# SKIP` or `# TODO` test did not run.
 */
function nodeTap(lines) {
    const out = [];
    const stack = [];
    for (let i = 0; i < lines.length; i++) {
        const sub = /^((?: {4})*)# Subtest: (.+)$/.exec(lines[i]);
        if (sub) {
            stack.length = sub[1].length / 4;
            stack.push(tapUnescape(sub[2]));
            continue;
        }
        const m = /^((?: {4})*)(not ok|ok) \d+ - (.+)$/.exec(lines[i]);
        if (!m)
            continue;
        const skip = / # (?:SKIP|TODO)\b.*$/.exec(m[3]);
        const level = m[1].length / 4;
        let suite = false;
        let file = '';
        for (let j = i + 1; j < lines.length && lines[j].startsWith(`${m[1]}  `); j++) {
            const body = lines[j].slice(m[1].length + 2);
            if (body === '...')
                break;
            if (body === "type: 'suite'")
                suite = true;
            const at = /^location: '(.+?)(?::\d+){2}'$/.exec(body);
            if (at)
                file = at[1];
        }
        if (suite)
            continue;
        const own = skip ? m[3].slice(0, skip.index) : m[3];
        const name = [...stack.slice(0, level), tapUnescape(own)].join(' \u203a ');
        out.push({ name, file, passed: m[2] === 'ok', ...(skip ? { skipped: true } : {}) });
    }
    return out;
}
/**
 * node --test's spec reporter (the default on a terminal, and off one from Node 23): `\u25b6 suite` two spaces
 * deeper per level, `\u2714 name (1ms)` or `\u2716 name (1ms)` under it, and the suite's own `\u2714`/`\u2716` line closing it.
 * The `\u2716 failing tests:` summary after it names each failure's file (`test at file:5:3`), in the same order.
 */
function nodeSpec(lines) {
    const out = [];
    const stack = [];
    let i = 0;
    for (; i < lines.length && lines[i] !== '\u2716 failing tests:'; i++) {
        const m = /^((?: {2})*)([\u25b6\u2714\u2716]) (.+?)(?: \([\d.]+m?s\))?(?: # (?:SKIP|TODO)\b.*)?$/.exec(lines[i]);
        if (!m)
            continue;
        const level = m[1].length / 2;
        if (m[2] === '\u25b6') {
            stack.length = level;
            stack.push(m[3]);
        }
        else if (stack[level] === m[3] && stack.length === level + 1)
            stack.length = level;
        else if (!/ # (?:SKIP|TODO)\b/.test(lines[i]))
            out.push({ name: [...stack.slice(0, level), m[3]].join(' \u203a '), file: '', passed: m[2] === '\u2714' });
    }
    const failed = out.filter((r) => !r.passed);
    let k = 0;
    for (let file = ''; i < lines.length && k < failed.length; i++) {
        const at = /^test at (.+?)(?::\d+){2}$/.exec(lines[i]);
        if (at)
            file = at[1];
        const m = /^\u2716 (.+?)(?: \([\d.]+m?s\))?$/.exec(lines[i]);
        if (!m || lines[i] === '\u2716 failing tests:')
            continue;
        if (failed[k].name.split(' \u203a ').pop() === m[1])
            failed[k].file = file;
        k++;
        file = '';
    }
    return out;
}
function nodeResults(lines, passed) {
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
function nodeRelative(id, dir) {
    const prefix = dir.endsWith('/') ? dir : `${dir}/`;
    return id.runner === 'node' && id.suite.startsWith(prefix)
        ? { ...id, suite: id.suite.slice(prefix.length) }
        : id;
}
const PARSERS = {
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
const CONSOLE_RUNNERS = Object.keys(PARSERS);
/**
 * Text that every line a runner's parser above names a failed test from holds (one of them): an output with
 * none finds nothing there, and is not split and read line by line for it (the CLI asks every parser of every
 * log's tail, and most name no test). A runner without an entry is always read.
 */
const FAILED_NEEDS = {
    jest: ['\u25cf'],
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
    node: ['not ok', '\u2716'],
};
/**
 * The failed tests `runner`'s output names; with no runner known, the first parser that finds any. Empty
 * when none is found (a compile error, a runner not known): the caller cannot tell which tests failed.
 */
function failedFromConsole(output, runner) {
    const plain = plainText(output);
    const runners = runner ? [runner] : Object.keys(PARSERS);
    // Every runner's needs found in one pass over the text, not one pass per need.
    const present = needsIn(plain, runners.flatMap((name) => FAILED_NEEDS[name] ?? []));
    let lines;
    for (const name of runners) {
        const parse = PARSERS[name];
        const needs = FAILED_NEEDS[name];
        if (!parse || (needs && !needs.some((need) => present.has(need))))
            continue;
        lines ??= splitLines(plain);
        const found = dedupe(parse(lines));
        if (found.length > 0)
            return found.slice(0, MAX_FAILED);
    }
    return [];
}
/** Every failed test `runner`'s parser reads from `lines`, a test named twice (two targets, two files) twice. */
function failedInLines(lines, runner) {
    return PARSERS[runner]?.(lines) ?? [];
}
function dedupe(ids) {
    const seen = new Set();
    return ids.filter((id) => {
        const key = JSON.stringify([id.runner, id.suite, id.name, id.params]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/test-recovery/core/verdict.ts

/** Why a test the re-run shows skipped is not re-run, even beside a pass of its name. */
const SKIPPED_WHY = "the re-run shows a test of this name skipped: skipped is not passed, and a pass of the name may be another test's";
/**
 * The same test: runner, name and parameters (vitest's project) alike, and the suite alike or one a path ending of
 * the other (jest prints a path from its rootDir, a report from the working directory; go a package's import path),
 * or one of them '' for mocha and node --test, whose output does not name a passed test's file.
 */
function sameTest(a, b) {
    if (a.runner !== b.runner || a.name !== b.name)
        return false;
    // A vitest report (JUnit, JSON) does not name a test's project (its `params`) where the console does: a test
    // without one is that test in any project (re-run in all of them, a failure in any is its failure).
    const anyProject = a.runner === 'vitest' && (a.params === undefined || b.params === undefined);
    if (a.params !== b.params && !anyProject)
        return false;
    // mocha's console never names a test's file, node's only a failed one's: such a test matches by name.
    if ((a.runner === 'mocha' || a.runner === 'node') && (a.suite === '' || b.suite === ''))
        return true;
    const x = a.suite.replace(/^\.\//, '');
    const y = b.suite.replace(/^\.\//, '');
    return x === y || x.endsWith(`/${y}`) || y.endsWith(`/${x}`);
}
/** Why a re-run shows no result for a test: what its end and output say, in the runner's own terms. */
function whyNotRun(end, template) {
    const out = end.output;
    if (end.timedOut)
        return 'the re-run was stopped at the time limit before it showed a result';
    if (end.aborted)
        return 'the re-run was cancelled';
    if (end.exitCode === 127 || /: (?:command )?not found$/m.test(out))
        return `the re-run command did not start (exit ${end.exitCode ?? '?'}: a program was not found)`;
    const nothing = /^No tests found, exiting with code|^Tests:\s+(?:\d+ skipped, )?(?:\d+ todo, )?\d+ total$/m.test(out) ||
        /^Tests:\s+\d+ skipped, \d+ total$/m.test(out) ||
        /\bno tests ran\b|^ERROR: not found: /m.test(out) ||
        /\[no tests to run\]|^testing: warning: no tests to run/m.test(out) ||
        /^No test files found|^running 0 tests$|^\s*Tests\s+\d+ skipped \(\d+\)$/m.test(out) ||
        (/^\s+0 passing \(/m.test(out) && !/^\s+\d+ failing$/m.test(out)) ||
        (/^(?:#|\u2139) pass 0$/m.test(out) && /^(?:#|\u2139) fail 0$/m.test(out));
    const filter = template ? 'the test-rerun-command template' : 'the re-run';
    if (nothing)
        return `${filter} ran no test: its selection matched nothing`;
    return `${filter} exited ${end.exitCode ?? '?'} and its output and reports do not show this test ran`;
}
/** Each test's verdict from what the re-run showed; `why` says why one the re-run does not show was not re-run. */
function rerunVerdicts(tests, seen, why) {
    const verdicts = new Map();
    for (const id of tests) {
        // A test shown both failed and passed (a runner's own retry) failed at least once: failed.
        if (seen.failed.some((f) => sameTest(f, id)))
            verdicts.set((0,test_identity/* testKey */.S8)(id), { state: 'failed' });
        // A re-run selects by name: beside a skipped test of the name, its pass may be another test's (two
        // `describe('m')` blocks of a `works`, the failed one skipping itself when run alone).
        else if (seen.skipped?.some((s) => sameTest(s, id)))
            verdicts.set((0,test_identity/* testKey */.S8)(id), { state: 'not-run', why: SKIPPED_WHY });
        else if (seen.passed.some((p) => sameTest(p, id)))
            verdicts.set((0,test_identity/* testKey */.S8)(id), { state: 'passed' });
        else
            verdicts.set((0,test_identity/* testKey */.S8)(id), { state: 'not-run', why: why() });
    }
    return verdicts;
}
/**
 * A test the re-run shows failed that is none of those it was to run: the re-run failed beside them, so their
 * passes cannot answer for the step (a go parent's own code runs around the subtest re-run, and only the
 * subtest was named when both failed).
 */
function failedBeside(tests, seen) {
    return seen.failed.find((f) => !tests.some((id) => sameTest(f, id)));
}

;// CONCATENATED MODULE: ./src/test-recovery/core/console-passed.ts
/**
 * Which tests passed, read from a runner's console output: what a re-run's verdict is read from when the
 * runner wrote no report. Only runners whose output names each test it ran (jest and vitest verbose, mocha's
 * spec tree, node --test, pytest -rA or -v, go test -v, cargo, nextest, dotnet at normal verbosity) answer;
 * jest's verbose tree gives a re-run's `\u2715` failures too. The output is untrusted, as in console.ts. Pure.
 */




/**
 * jest --verbose: under a `PASS`/`FAIL` head, `\u2713 name` (`\u2715` failed) nested under its describe blocks by
 * indentation, two spaces a level; the id's name joins them with ` \u203a ` as the failure's `\u25cf` line does.
 */
function jestVerbose(lines, mark) {
    const out = [];
    let file;
    let blocks = [];
    for (const line of lines) {
        const head = /^\s*(?:FAIL|PASS)\s+(.*?\S)(?:\s+\(\d[\d.]*\s?m?s\))?$/.exec(line);
        if (head) {
            file = head[1].split(/\s+/).pop().replace(/^\.\//, '');
            blocks = [];
            continue;
        }
        const m = /^((?: {2})+)(\S.*)$/.exec(line);
        if (!m || file === undefined) {
            if (line === '')
                blocks = [];
            continue;
        }
        const level = m[1].length / 2 - 1;
        const text = m[2];
        const test = /^([\u2713\u2715\u221a\u00d7\u25cb\u270e]) (?:skipped |todo )?(.+?)(?: \(\d[\d.]* ?m?s\))?$/.exec(text);
        if (!test) {
            if (!text.startsWith('\u25cf'))
                blocks = [...blocks.slice(0, level), text];
            continue;
        }
        if (test[1] === mark || (mark === '\u2713' && test[1] === '\u221a') || (mark === '\u2715' && test[1] === '\u00d7'))
            out.push({
                runner: 'jest',
                suite: clipName(file),
                name: clipName([...blocks.slice(0, level), test[2]].join(' \u203a ')),
            });
    }
    return out;
}
/** vitest's verbose line: its mark, its project's label (groups 2 and 3), the path, the name, its time. */
const VITEST_VERBOSE = new RegExp(`^\\s*([\u2713\u00d7\u221a\u2717\u2193])${vitestLabel(' {2}', ' ')}(\\S+) > (.+?)(?: \\d+(?:\\.\\d+)?m?s)?$`);
/**
 * vitest --reporter=verbose: `\u2713 path > describe > test 2ms` (`\u00d7` failed, `\u2193` skipped), its project's label
 * first under `test.projects` (`\u2713 |b| path > test`; coloured, `\u2713  b  path > test` plain), read as the id's
 * `params`.
 */
function vitestVerbose(lines, mark) {
    const out = [];
    for (const line of lines) {
        const m = VITEST_VERBOSE.exec(line);
        if (m && (m[1] === mark || (mark === '\u2713' && m[1] === '\u221a')))
            out.push({
                runner: 'vitest',
                suite: clipName(m[4].replace(/^\.\//, '')),
                name: clipName(m[5]),
                ...vitestProject(m, 2),
            });
    }
    return out;
}
/**
 * mocha's spec tree: a suite's title two spaces deeper per level, its tests two more, `\u2714 title` (`\u221a` on
 * Windows, a slow test's ` (12ms)` after it) when it passed, `- title` when `pending` (skipped); the name is
 * the full title. mocha 8 and older mark a pass `\u2713` (their lib/reporters/base.js `symbols.ok`), read only where
 * the tree's counts check.
 */
function mochaPassed(lines, pending = false) {
    const out = [];
    let blocks = [];
    const pass = new RegExp(`^[${mochaTreeMarks(lines) ?? MOCHA_MARKS[0]}] (.+?)(?: \\(\\d+ms\\))?$`);
    for (const line of lines) {
        if (/^\s+\d+ (?:passing|failing|pending)\b/.test(line))
            blocks = [];
        const m = /^((?: {2})+)(\S.*)$/.exec(line);
        if (!m)
            continue;
        const level = m[1].length / 2 - 1;
        const test = (pending ? /^- (.+)$/ : pass).exec(m[2]);
        if (test)
            out.push({
                runner: 'mocha',
                suite: '',
                name: clipName([...blocks.slice(0, level), test[1]].join(' ')),
            });
        else if (!/^(?:\d+\)|-) /.test(m[2]))
            blocks = [...blocks.slice(0, level), m[2]];
    }
    return out;
}
/** pytest's end of a session: its short summary's head, or its closing counts (`1 passed in 0.01s`, `-q`'s too). */
const PYTEST_END = /^(?:=+ short test summary info =+|(?:=+ )?(?:\d+ \w+|no tests ran)(?:, \d+ \w+)* in [\d.]+s\b.*)$/;
const PYTEST_SUMMARY = /^=+ short test summary info =+$/;
const PYTEST_START = /^=+ test session starts =+$/;
/**
 * pytest -rA: `PASSED path::name` in the short summary; -v: `path::name PASSED [ 50%]`. A parameter's id may
 * hold spaces (`test_p[a b]`), as the FAILED line's does. A pass counts only when pytest ended its session
 * after it: under `-s` a test's own print reaches the console, and a test that printed such a line and then
 * ended the process (`os._exit`, a crash in its teardown) did not pass.
 */
function pytestPassed(lines) {
    const out = [];
    let pending = [];
    // In the short summary (`-qq` prints nothing after it), its lines are pytest's own, after the session.
    let summary = false;
    for (const line of lines) {
        if (PYTEST_START.test(line))
            summary = false;
        if (PYTEST_END.test(line)) {
            out.push(...pending);
            pending = [];
            summary = PYTEST_SUMMARY.test(line);
            continue;
        }
        const m = /^PASSED (\S+?\.py)::(\S.*)$/.exec(line) ?? /^(\S+?\.py)::(\S.*?) PASSED\b/.exec(line);
        if (!m)
            continue;
        const split = splitParams(m[2]);
        (summary ? out : pending).push({
            runner: 'pytest',
            suite: clipName(m[1]),
            name: clipName(split.name),
            ...(split.params !== undefined ? { params: clipName(split.params) } : {}),
        });
    }
    return out;
}
/** Parsers of the tests a run shows passed: what a re-run's verdict is read from. */
const PASSED = {
    jest: (lines) => jestVerbose(lines, '\u2713'),
    mocha: (lines) => mochaPassed(lines),
    node: (lines) => nodeResults(lines, true),
    vitest: (lines) => vitestVerbose(lines, '\u2713'),
    pytest: pytestPassed,
    // go test -v: `--- PASS: TestX (0.00s)`, owned by the package of the next `ok`/`FAIL` line.
    go: (lines) => {
        const out = [];
        let pending = [];
        for (const line of lines) {
            const pass = /^\s*--- PASS: (\S+) \(/.exec(line);
            if (pass)
                pending.push(pass[1]);
            const pkg = /^(?:FAIL|ok)\s+(\S+)\s/.exec(line);
            if (!pkg)
                continue;
            for (const name of pending)
                out.push({ runner: 'go', suite: clipName(pkg[1]), name: clipName(name) });
            pending = [];
        }
        return out;
    },
    cargo: (lines) => {
        const out = [];
        let target = { suite: '' };
        for (const line of lines) {
            target = cargoTarget(line) ?? target;
            const m = /^test (\S+) \.\.\. ok$/.exec(line);
            if (m)
                out.push({ runner: 'cargo', ...target, name: clipName(m[1]) });
        }
        return out;
    },
    nextest: (lines) => {
        const out = [];
        for (const line of lines) {
            const m = /^\s*PASS \[\s*[\d.]+m?s\] (?:\(\d+\/\d+\) )?(\S+) (\S+)$/.exec(line);
            if (m)
                out.push({ runner: 'nextest', suite: clipName(m[1]), name: clipName(m[2]) });
        }
        return out;
    },
    // dotnet test --logger "console;verbosity=normal": `  Passed Namespace.Class.Method [1 ms]`.
    dotnet: (lines) => {
        const out = [];
        for (const line of lines) {
            const m = /^\s+Passed ([\w.+`]+)\.([^.\s(]+)(?:\((.*)\))? \[[^\]]*\]$/.exec(line);
            if (m)
                out.push({
                    runner: 'dotnet',
                    suite: clipName(m[1]),
                    name: clipName(m[2]),
                    ...(m[3] !== undefined ? { params: clipName(m[3]) } : {}),
                });
        }
        return out;
    },
};
/**
 * The tests a run's output shows skipped (jest's `\u25cb`, its `\u270e` todo; vitest's `\u2193`; mocha's pending `- title`; node's
 * TAP `# SKIP`, `# TODO`): a re-run selects by name, and where two tests share one (two `describe('m')` blocks of a
 * `works`), the failed one skipping itself when run alone (a condition, a fixture another test sets) left the
 * other's pass as the name's.
 * Skipped is not passed: the name's verdict is not-run (verdict.ts).
 */
const SKIPPED = {
    jest: (lines) => [...jestVerbose(lines, '\u25cb'), ...jestVerbose(lines, '\u270e')],
    mocha: (lines) => mochaPassed(lines, true),
    node: (lines) => nodeResults(lines, 'skipped'),
    vitest: (lines) => vitestVerbose(lines, '\u2193'),
};
/** The tests `runner`'s output shows skipped (SKIPPED; empty for the other runners). */
function skippedFromConsole(output, runner) {
    const parse = SKIPPED[runner];
    return parse ? dedupe(parse(plainLines(output))).slice(0, MAX_FAILED) : [];
}
/** The runners whose output names the tests that passed (the others need a report for a re-run's verdict). */
const PASSING_RUNNERS = Object.keys(PASSED);
/** The tests `runner`'s output shows passed (empty for a runner whose output does not name them). */
function passedFromConsole(output, runner) {
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
function sharedNames(output, runner, failed) {
    const shared = new Set();
    if ((runner !== 'cargo' && runner !== 'mocha') || failed.length === 0)
        return shared;
    const lines = plainLines(output);
    if (runner === 'mocha' && !mochaTree(lines))
        return new Set(failed.map(test_identity/* testKey */.S8));
    const seen = new Map();
    for (const id of [...failedInLines(lines, runner), ...PASSED[runner](lines)]) {
        const key = (0,test_identity/* testKey */.S8)(id);
        seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    // cargo's `error: test failed, to rerun pass `-p a --lib`` names the failed target's package: two crates may
    // name their libs alike (`[lib] name = "common"`), and then a unit target's binary is not its crate's.
    const packages = runner === 'cargo'
        ? [...output.matchAll(/-p ([\w-]+) --(?:lib|bin)\b/g)].map((m) => m[1].replace(/-/g, '_'))
        : [];
    const crates = (id) => crateUnitTests(id) && (packages.length === 0 || packages.includes(id.params));
    for (const id of failed)
        if ((seen.get((0,test_identity/* testKey */.S8)(id)) ?? 0) > 1 || (runner === 'cargo' && !crates(id)))
            shared.add((0,test_identity/* testKey */.S8)(id));
    return shared;
}
/** Why a failed test whose name the step's output shows for a passing test too is not re-run (twinNames). */
const TWIN_WHY = "the step's output shows a test of this name both failed and passed: two tests share it, and a re-run by that name may run only the passing one";
/**
 * The failed tests' keys the step's own output shows for two tests, one failed and one passed (two
 * `describe('m')` blocks of a `works`): a re-run by that name may run only the passing one (the failed one
 * defined only on the first run), and its pass would make a broken test flaky. Such a test is not re-run.
 * go de-duplicates a subtest's name (`works`, then `works#01`, testing/match.go `unique`): a failed subtest
 * whose name has a `#NN` sibling in the output, or is one, is such a test; a go test shown twice under one
 * name is one test run twice (`-count`), which is no twin. A runner's own retry (jest's retryTimes, mocha's
 * --retries, vitest's retry) prints a test's last outcome alone, so a key shown both ways is two tests.
 */
function twinNames(output, runner, failed) {
    const twins = new Set();
    const parse = PASSED[runner];
    if (!parse || failed.length === 0)
        return twins;
    const lines = plainLines(output);
    const failedHere = [
        ...failedInLines(lines, runner),
        ...(runner === 'vitest' ? vitestTree(lines, '\u00d7') : []),
    ];
    const passedHere = [...parse(lines), ...(runner === 'vitest' ? vitestTree(lines, '\u2713') : [])];
    if (runner === 'go') {
        const names = [...failedHere, ...passedHere].map((t) => t.name);
        const numbered = (name, base) => name.startsWith(`${base}#`) && /^#\d+(?:\/|$)/.test(name.slice(base.length));
        // A parent's twin too (`TestM/works#01/x` beside a failed `TestM/works/x`): the same path but for `#NN`.
        const plain = (name) => name.replace(/#\d+(?=\/|$)/g, '');
        for (const id of failed)
            if (/#\d+(?:\/|$)/.test(id.name) ||
                names.some((n) => numbered(n, id.name) || (n !== id.name && plain(n) === id.name)))
                twins.add((0,test_identity/* testKey */.S8)(id));
        return twins;
    }
    const both = failedHere.filter((f) => passedHere.some((p) => sameTest(p, f)));
    for (const id of failed)
        if (both.some((b) => sameTest(b, id)))
            twins.add((0,test_identity/* testKey */.S8)(id));
    return twins;
}
/**
 * vitest's default reporter: a failed file's tests under its head, `\u276f path (2 tests | 1 failed) 19ms` (its
 * project's label before the path), each `\u2713 describe > test 2ms` (`\u00d7` failed) three blanks in, without its path.
 */
function vitestTree(lines, mark) {
    const out = [];
    let file;
    for (const line of lines) {
        const head = /^\s*\u276f (.{0,100}?)(\S+) \(\d+ tests?\b/.exec(line);
        if (head) {
            const label = head[1].replace(/[|\s]/g, '');
            file = {
                suite: clipName(head[2].replace(/^\.\//, '')),
                ...(label ? { params: clipName(label) } : {}),
            };
            continue;
        }
        const test = /^ {3}([\u2713\u00d7]) (.+?)(?: \d+(?:\.\d+)?m?s)?$/.exec(line);
        if (file && test && test[1] === mark)
            out.push({ runner: 'vitest', ...file, name: clipName(test[2]) });
        else if (!/^ {3}/.test(line))
            file = undefined;
    }
    return out;
}
/** A pass's marks in mocha's spec tree: mocha 9 and newer `\u2714`, 8 and older `\u2713` (`\u221a` on Windows for both). */
const MOCHA_MARKS = ['\u2714\u221a', '\u2713\u221a'];
/** Whether mocha's output shows its spec tree whole (`mochaTreeMarks`). */
function mochaTree(lines) {
    return mochaTreeMarks(lines) !== undefined;
}
/**
 * The marks of mocha's spec tree when its output shows it whole: before its counts, as many passes (lines with
 * those marks, what mochaPassed reads) and failures (`N) title`) as the counts say. A test's own output can
 * print a line of either shape: counts that disagree are no tree, and every failure of it is shared.
 */
function mochaTreeMarks(lines) {
    return MOCHA_MARKS.find((marks) => treeCounts(lines, marks));
}
/**
 * Whether the tree's passes with `marks` and its failures are its counts; for mocha 8's `\u2713`, also that no pass
 * shows mocha 9's `\u2714` (a `\u2713` line printed by a test of mocha 9 and newer is ignored by their check, as ever).
 */
function treeCounts(lines, marks) {
    const passLine = new RegExp(`^(?: {2})+[${marks}] \\S`);
    // A `\u2714` line beside `\u2713` passes is a newer mocha's tree with a test's own `\u2713` output: not mocha 8's tree.
    const otherLine = marks === MOCHA_MARKS[1] ? /^(?: {2})+\u2714 \S/ : undefined;
    let passes = 0;
    let failures = 0;
    let i = 0;
    for (; i < lines.length && !/^\s+\d+ (?:passing|failing|pending)\b/.test(lines[i]); i++) {
        if (passLine.test(lines[i]))
            passes++;
        else if (otherLine?.test(lines[i]))
            return false;
        else if (/^(?: {2})+\d+\) \S/.test(lines[i]))
            failures++;
    }
    const count = (word) => {
        for (let j = i; j < Math.min(lines.length, i + 4); j++) {
            const m = new RegExp(`^\\s+(\\d+) ${word}\\b`).exec(lines[j]);
            if (m)
                return Number(m[1]);
        }
        return 0;
    };
    return (i < lines.length && passes + failures > 0 && passes === count('passing') && failures === count('failing'));
}
/**
 * Whether a cargo target is a crate's own unit tests (`Running unittests src/lib.rs` or `src/main.rs`, its binary
 * the crate's name): any other (an integration test, `tests/it.rs` or `tests/x/main.rs`, a `[[test]]` or
 * `[[bin]]` with its own path, `src/bin/x.rs`, an old cargo's bare `Running target/debug/deps/x-\u2026`) may be named
 * alike in another crate, whose binary `cargo test` never reaches once one fails.
 */
function crateUnitTests(id) {
    return id.params !== undefined && /^src[\\/](?:lib|main)\.rs$/.test(id.suite);
}
/** The tests jest's --verbose output shows failed (`\u2715`): with the `\u25cf` lines, the failures of a re-run. */
function jestVerboseFailed(output) {
    return jestVerbose(plainLines(output), '\u2715');
}

;// CONCATENATED MODULE: ./src/test-recovery/core/junit.ts

/** A report larger than this is not read (a report of 100k tests is about 20 MiB; ours stop far below). */
const MAX_REPORT_BYTES = 16 * 1024 * 1024;
/** Elements nested deeper than this: not a test report. */
const MAX_DEPTH = 64;
/** Test cases read from one report at most. */
const MAX_CASES = 50_000;
/** Thrown for a report that is refused or not JUnit XML; the message says why, in one line. */
class ReportError extends Error {
}
/**
 * The failed and passed test cases of one JUnit XML report, named as `runner` names them. Read tag by tag
 * in one pass, building no tree: a tree of 40,000 cases took some 170 MB of a 300 MB budget.
 */
function parseJunit(xml, runner) {
    if (xml.length > MAX_REPORT_BYTES)
        throw new ReportError(`larger than ${MAX_REPORT_BYTES} bytes`);
    if (/<!DOCTYPE|<!ENTITY/i.test(xml))
        throw new ReportError('it declares a DOCTYPE or entities (refused)');
    const reader = new JunitReader();
    for (let tag = nextTag(xml, 0); tag; tag = nextTag(xml, tag.end))
        reader.tag(tag);
    const cases = reader.finish();
    const failed = [];
    const passed = [];
    const skipped = [];
    let unkeyed = 0;
    for (const raw of cases) {
        const id = idFromCase(runner, raw);
        // A failure wins over a skip, in either order.
        if (raw.skipped && !raw.failed) {
            if (id)
                skipped.push(id);
        }
        else if (id)
            (raw.failed ? failed : passed).push(id);
        else if (raw.failed)
            unkeyed++;
    }
    const nameless = reader.nameless.filter((raw) => raw.failed).length;
    const tests = {
        failed: unique(failed),
        passed: unique(passed),
        unread: reader.unread,
        nameless,
    };
    if (skipped.length > 0)
        tests.skipped = unique(skipped);
    return unkeyed > 0 ? { ...tests, unkeyed } : tests;
}
function notWellFormed(what) {
    return new ReportError(`not well-formed XML (${what})`);
}
/** The next element tag from `at`, past comments, CDATA, text and processing instructions; linear. */
function nextTag(xml, at) {
    for (let lt = xml.indexOf('<', at); lt !== -1; lt = xml.indexOf('<', at)) {
        const skip = [
            ['<!--', '-->'],
            ['<![CDATA[', ']]>'],
            ['<?', '?>'],
        ].find(([open]) => xml.startsWith(open, lt));
        if (skip) {
            const close = xml.indexOf(skip[1], lt + skip[0].length);
            if (close === -1)
                throw notWellFormed(`an unclosed ${skip[0]}`);
            at = close + skip[1].length;
            continue;
        }
        // The tag ends at the first '>' outside quotes; a '<' before it is not XML.
        let quote = '';
        let i = lt + 1;
        for (; i < xml.length; i++) {
            const c = xml[i];
            if (quote)
                quote = c === quote ? '' : quote;
            else if (c === '"' || c === "'")
                quote = c;
            else if (c === '>')
                break;
            else if (c === '<')
                throw notWellFormed(`a '<' inside a tag at ${i}`);
        }
        if (i >= xml.length)
            throw notWellFormed('an unclosed tag');
        const close = xml[lt + 1] === '/';
        const body = xml.slice(close ? lt + 2 : lt + 1, i);
        const empty = !close && body.endsWith('/');
        const name = tagName(body);
        if (!name)
            throw notWellFormed(`a tag without a name at ${lt}`);
        return { name, attrs: body.slice(name.length, empty ? -1 : undefined), close, empty, end: i + 1 };
    }
    return undefined;
}
/** `^[A-Za-z_][\w.:-]*`, scanned: a regular expression over a 4 MB name can overflow V8's regexp stack. */
function tagName(body) {
    if (!/^[A-Za-z_]/.test(body))
        return undefined;
    let i = 1;
    while (i < body.length && /[\w.:-]/.test(body[i]))
        i++; // per character: no backtracking
    return body.slice(0, i);
}
/** An element's attributes, entities decoded. */
function attributes(text) {
    const out = {};
    // Scanned, not matched: a regular expression over a 4 MB name keeps a backtrack entry per character and can
    // overflow V8's regexp stack. It reads what `\s([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')` reads: a pair starts after
    // white space, and a candidate that is not a pair is left at the next white space, so each character is read
    // a bounded number of times. A quote with no close after some point has none after any later point either.
    const unclosedFrom = { '"': Infinity, "'": Infinity };
    for (let at = nextSpace(text, 0); at < text.length;) {
        let i = at + 1;
        const nameStart = i;
        while (i < text.length && text[i] !== '=' && !isSpace(text[i]))
            i++;
        const name = text.slice(nameStart, i);
        let value;
        // An empty name fails at once: each white space of a long run is a candidate, and none may scan the run.
        while (name && i < text.length && isSpace(text[i]))
            i++;
        if (name && text[i] === '=') {
            i++;
            while (i < text.length && isSpace(text[i]))
                i++;
            const quote = text[i];
            if ((quote === '"' || quote === "'") && i < unclosedFrom[quote]) {
                const close = text.indexOf(quote, i + 1);
                if (close === -1)
                    unclosedFrom[quote] = i;
                else {
                    value = text.slice(i + 1, close);
                    i = close + 1;
                }
            }
        }
        if (value === undefined) {
            at = nextSpace(text, at + 1);
            continue;
        }
        // Trimmed, as the XML parser read before trimmed them (jest-junit writes ' Timeout test'): keys stay the same.
        out[name] = decodeEntities(value.trim());
        at = nextSpace(text, i);
    }
    return out;
}
/** Where JavaScript's `\s` matches. */
function isSpace(c) {
    if (c <= ' ')
        return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
    return c >= '\u0080' && /\s/.test(c);
}
function nextSpace(text, from) {
    let i = from;
    while (i < text.length && !isSpace(text[i]))
        i++;
    return i;
}
const SUITE_PARENTS = new Set(['', 'testsuites', 'testsuite']);
/**
 * What the tags say: suites may nest (Gradle, nextest, PHPUnit's class suites inside the file's), and each
 * case keeps the nearest suite's name and file. Only suites and cases where JUnit puts them count.
 */
class JunitReader {
    cases = [];
    /** Cases past MAX_CASES: counted, not kept. */
    unread = 0;
    /** Cases without a name: not tests to re-run, but their failure counts. */
    nameless = [];
    open = [];
    current;
    sawJunit = false;
    tag(tag) {
        if (tag.close)
            return this.closeTag(tag.name);
        if (this.open.length >= MAX_DEPTH)
            throw new ReportError(`elements nested deeper than ${MAX_DEPTH}`);
        const parent = this.open.at(-1)?.name ?? '';
        const outer = [...this.open].reverse().find((o) => o.suite)?.suite ?? {};
        const entry = { name: tag.name };
        if (SUITE_PARENTS.has(parent) && ['testsuites', 'testsuite', 'testcase'].includes(tag.name))
            this.sawJunit = true;
        if (tag.name === 'testsuite' && SUITE_PARENTS.has(parent)) {
            const a = attributes(tag.attrs);
            const file = a.file ?? a.filepath ?? outer.file;
            entry.suite = {
                ...(a.name !== undefined ? { name: a.name } : {}),
                ...(file !== undefined ? { file } : {}),
                path: [...(outer.path ?? []), ...(a.name ? [a.name] : [])],
            };
        }
        else if (tag.name === 'testcase' && SUITE_PARENTS.has(parent)) {
            this.current = { raw: this.startCase(attributes(tag.attrs), outer), depth: this.open.length };
        }
        else if (this.current?.raw && this.open.length === this.current.depth + 1) {
            const raw = this.current.raw;
            if (tag.name === 'failure' || tag.name === 'error')
                raw.failed = true;
            else if (tag.name === 'skipped' || tag.name === 'ignored')
                raw.skipped = true;
        }
        if (tag.empty)
            this.closeTag(tag.name, entry);
        else
            this.open.push(entry);
    }
    startCase(a, suite) {
        if (this.cases.length >= MAX_CASES)
            return void this.unread++;
        const name = a.name;
        if (name === undefined || name === '') {
            if (this.nameless.length >= MAX_CASES)
                return undefined;
            const raw = { name: '', failed: false, skipped: false };
            this.nameless.push(raw);
            return raw;
        }
        const file = a.file ?? suite.file;
        // PHPUnit writes the class with its namespace in `class`, dotted in `classname`.
        const classname = a.class ?? a.classname;
        const raw = {
            name,
            failed: false,
            skipped: false,
            ...(file !== undefined ? { file } : {}),
            ...(a.file !== undefined ? { ownFile: true } : {}),
            ...(classname !== undefined ? { classname } : {}),
            ...(suite.name !== undefined ? { suiteName: suite.name } : {}),
            ...(suite.path && suite.path.length > 0 ? { suites: suite.path } : {}),
        };
        this.cases.push(raw);
        return raw;
    }
    closeTag(name, selfClosed) {
        const entry = selfClosed ?? this.open.pop();
        if (!entry || entry.name !== name)
            throw notWellFormed(`</${name}> closes ${entry ? `<${entry.name}>` : 'nothing'}`);
        if (this.current && this.open.length === this.current.depth)
            this.current = undefined;
    }
    finish() {
        if (this.open.length > 0)
            throw notWellFormed(`<${this.open.at(-1).name}> is never closed`);
        if (!this.sawJunit)
            throw new ReportError('no <testsuites>, <testsuite> or <testcase> element');
        return this.cases;
    }
}
const NAMED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** The five predefined entities and character references; anything else stays as written. */
function decodeEntities(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, ref) => {
        if (ref.startsWith('#')) {
            const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return NAMED[ref] ?? whole;
    });
}
function unique(ids) {
    const seen = new Set();
    return ids.filter((id) => {
        const key = JSON.stringify([id.runner, id.suite, id.name, id.params]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/test-recovery/core/output-cap.ts
/**
 * A step output holds at most 1 MB (GitHub's limit on one output; the runner fails the step on a larger
 * one): a list of test names for an output is cut below it, and its last line says how many were cut.
 * Pure.
 */
/** Bytes an output of ours may hold: under GitHub's 1 MB, whichever way a megabyte is counted. */
const MAX_OUTPUT_BYTES = 1_000_000;
/** UTF-8 bytes of `text`, without encoding it. */
function utf8Bytes(text) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (c >= 0xd800 && c <= 0xdbff) {
            bytes += 4; // a surrogate pair: one 4-byte character
            i++;
        }
        else
            bytes += 3;
    }
    return bytes;
}
/** `lines` joined one per line, cut to fit `max` bytes; the last line then says how many were left out. */
function cappedLines(lines, max = MAX_OUTPUT_BYTES) {
    const room = max - 120; // for the closing line
    const kept = [];
    let bytes = 0;
    for (const line of lines) {
        const size = utf8Bytes(line) + 1;
        if (bytes + size > room)
            break;
        kept.push(line);
        bytes += size;
    }
    if (kept.length === lines.length)
        return lines.join('\n');
    const cut = lines.length - kept.length;
    return [...kept, `(${cut} more not listed: a step output holds at most 1 MB)`].join('\n');
}

;// CONCATENATED MODULE: ./src/test-recovery/core/plan.ts
/**
 * What `run/` does about the tests that failed: which to re-run alone (bounds: retries per test, no
 * re-run when more than the cap failed, never a test the change added or edited, a test the history does
 * not know as flaky once: a broken one then costs a single re-run; on a PR under `tests.pr-retries:
 * known-flaky-only`, only a test the default branch knows flaky), and once the re-runs are done, what the
 * step concludes: green when every failure passed on a re-run (unless `tests.fail-on-passed-after-retry`) or is
 * quarantined (two same-commit flakes on the default branch), each test's `TestOutcome`, and the step's
 * outputs. Pure.
 */






/** The history that knows nothing: every test is new to it. */
const NO_HISTORY = () => undefined;
/**
 * Does `file` (relative to the repository) hold the test? Its suite is the file, or ends with it. A cargo unit
 * test's `src/lib.rs` or `src/main.rs` is not a changed file of that name whose crate (`crates`, from its
 * Cargo.toml) names no test binary as the test's key does: another crate's of the workspace.
 */
function inChangedFile(id, changed, crates) {
    if (changed.size === 0)
        return false;
    const suite = id.suite.replace(/\\/g, '/').replace(/^\.\//, '');
    const binary = id.runner === 'cargo' && manifestOf(suite) === 'Cargo.toml' ? id.params : undefined;
    const another = (file) => {
        const names = crates?.get(file);
        return binary !== undefined && names !== undefined && otherCrate(binary, names);
    };
    if (changed.has(suite) && !another(suite))
        return true;
    // A JVM or .NET class, a Go package: its file is not named; match the class's file by its path's end.
    const asPath = suite.replace(/\./g, '/');
    // A file named from its crate's or the step's directory (cargo's `src/lib.rs` in every crate of a workspace, a
    // runner run in a sub-directory): a changed file ending in it may be its; taken so, the test is not re-run.
    const asFile = /\.[A-Za-z0-9]+$/.test(suite) ? `/${suite}` : undefined;
    for (const file of changed) {
        if (asFile && file.endsWith(asFile) && !another(file))
            return true;
        const stem = file.replace(/\.[^./]+$/, '');
        if (stem.endsWith(`/${asPath}`) || stem === asPath)
            return true;
        if (id.runner === 'go' && suite.endsWith(`/${file.split('/').slice(0, -1).join('/')}`))
            return true;
    }
    return false;
}
/** Which failed tests are re-run, and how often; `strict`: only those the default branch knows flaky. */
function planRetries(failed, settings, changed, history, strict = false, 
/** The crates of changed `src/lib.rs` and `src/main.rs` files (`inChangedFile`). */
crates) {
    const notes = [];
    const rerun = [];
    const kept = [];
    // A title key's flakes may be another job's test's (test-identity.ts `titleKeyed`): learnt, they buy no retry
    // past the one every test gets, no place over the cap, and known-flaky-only skips it.
    const knowsFlaky = (id) => !(0,test_identity/* titleKeyed */.JG)(id) && history((0,test_identity/* testKey */.S8)(id))?.flaky === true;
    const baseKnowsFlaky = (id) => !(0,test_identity/* titleKeyed */.JG)(id) && (history((0,test_identity/* testKey */.S8)(id))?.baseFlakes ?? 0) > 0;
    // The cap counts the failures the history cannot vouch for: known-flaky tests failing with them are not a sign of a broken change.
    const unknown = failed.filter((id) => !knowsFlaky(id)).length;
    const overCap = unknown > settings.maxFailed;
    if (overCap)
        notes.push(`ci-recovery: ${unknown} tests failed, more than tests.max-failures (${settings.maxFailed}): not re-running them (many failures are a broken change, not a flake)`);
    for (const id of failed) {
        const changedFile = inChangedFile(id, changed, crates);
        if (changedFile) {
            notes.push(`ci-recovery: ${shownName(id)}: the change added or edited its file: not re-run`);
            kept.push({ id, changed: true });
        }
        else if (settings.retries === 0 || (overCap && !knowsFlaky(id))) {
            kept.push({ id, changed: false });
        }
        else if (strict && !baseKnowsFlaky(id)) {
            notes.push(`ci-recovery: ${shownName(id)}: the default branch does not know it flaky: not re-run (tests.pr-retries: known-flaky-only)`);
            kept.push({ id, changed: false });
        }
        else {
            // One re-run tells a flake from a broken test: a broken one then costs one re-run of itself. Only a
            // test the history knows flips is given every retry (it may fail twice running and still be a flake).
            const retries = knowsFlaky(id) ? settings.retries : Math.min(settings.retries, 1);
            rerun.push({ id, retries });
        }
    }
    return { rerun, kept, notes };
}
/** The step's conclusion on its tests after the re-runs. */
function concludeTests(plan, results, settings, quarantine, history, 
/** Tests that passed in the step's runs: kept only when the history knows them. */
passed = [], 
/** Keys the step's output showed for more than one test (console-passed.ts `sharedNames`). */
shared = new Set()) {
    const notes = [];
    const tests = [];
    for (const { id, retries } of plan.rerun) {
        const result = results.get((0,test_identity/* testKey */.S8)(id));
        if (result?.notRun !== undefined) {
            tests.push({ id, outcome: 'failed', retries: 0, notRerun: result.notRun });
            notes.push(`ci-recovery: ${shownName(id)}: could not be re-run (${result.notRun}): its failure stands`);
            continue;
        }
        const flaky = result?.passed === true;
        tests.push({ id, outcome: flaky ? 'flaky' : 'failed', retries: result?.retries ?? 0 });
        if (retries > 0 && result)
            notes.push(`ci-recovery: ${shownName(id)}: ${flaky ? `failed, then passed on re-run ${result.retries}: flaky` : `failed on ${result.retries} re-run(s) of itself`}`);
    }
    for (const { id, changed } of plan.kept)
        tests.push({ id, outcome: 'failed', retries: 0, ...(changed ? { changed: true } : {}) });
    // A key the step's output showed for two tests: its re-run ran both (by that name) and a failure of either is
    // its failure, but its history and the team's list may be the other test's, and its outcome either's.
    for (const t of tests)
        if (shared.has((0,test_identity/* testKey */.S8)(t.id))) {
            t.sharedName = true;
            notes.push(`ci-recovery: ${shownName(t.id)}: the output shows more than one test of this name (which one failed cannot be told): re-run by that name, any failure its own; never quarantined, and kept out of the flaky history`);
        }
    const stillFailed = tests.filter((t) => t.outcome === 'failed');
    for (const t of stillFailed)
        staleCargoEntry(t, quarantine.quarantined, notes);
    const quarantinable = (t) => {
        const key = (0,test_identity/* testKey */.S8)(t.id);
        const knowledge = history(key);
        // A key two tests share: its history and the team's list may be the other test's.
        if (knowledge?.broken === true || t.sharedName)
            return false;
        // Flips across commits never quarantine: only same-commit flakes on the default branch do, and never a title
        // key's, which may be another job's test's (test-identity.ts `titleKeyed`).
        return (quarantine.quarantined.includes(key) ||
            (quarantine.quarantine && knowledge?.quarantinable === true && !(0,test_identity/* titleKeyed */.JG)(t.id)));
    };
    // Quarantine holds only when every remaining failure is quarantinable: its failure is the step's only one.
    const quarantined = stillFailed.length > 0 && stillFailed.every(quarantinable);
    if (quarantined)
        for (const t of stillFailed) {
            t.quarantined = true;
            notes.push(`ci-recovery: ${shownName(t.id)}: quarantined: its failure does not fail the step`);
        }
    const flaky = tests.filter((t) => t.outcome === 'flaky');
    const recovered = (stillFailed.length === 0 || quarantined) && !(settings.failOnPassedAfterRetry && flaky.length > 0);
    if (settings.failOnPassedAfterRetry && flaky.length > 0)
        notes.push(`ci-recovery: ${flaky.length} test(s) passed only on a re-run: tests.fail-on-passed-after-retry fails the step`);
    const seen = new Set(tests.map((t) => (0,test_identity/* testKey */.S8)(t.id)));
    for (const id of passed)
        if (!seen.has((0,test_identity/* testKey */.S8)(id)) && history((0,test_identity/* testKey */.S8)(id)) !== undefined)
            tests.push({ id, outcome: 'passed', retries: 0 });
    return { recovered, tests, outputs: testOutputs(tests), notes };
}
/**
 * A `tests.quarantined` entry written as a cargo key was before its target was part of it (`[a]`, the test
 * binary's name): it no longer applies (it fails safe, the test counts), said once so the team can rewrite it.
 */
function staleCargoEntry(t, quarantined, notes) {
    const id = t.id;
    if (id.runner !== 'cargo' || id.params === undefined)
        return;
    const { params: _target, ...bare } = id;
    if (quarantined.includes((0,test_identity/* testKey */.S8)(bare)) && !quarantined.includes((0,test_identity/* testKey */.S8)(id)))
        notes.push(t.sharedName
            ? `ci-recovery: tests.quarantined entry '${shownName(bare)}' no longer applies, and no key of it would: another crate's test may share its name, so it is never quarantined`
            : `ci-recovery: tests.quarantined entry '${shownName(bare)}' no longer applies: a cargo test's key names its test binary; write it as '${shownName(id)}'`);
}
/**
 * Why a recovered step's tests cannot stand on their passes alone: a test that passed only on a re-run of itself
 * every time the history saw it (test-history.ts `passedOnlyAlone`) may fail only after the tests before it
 * (leftover state): its pass alone proves nothing, so the whole step runs once, as a plain retry would.
 */
function passedOnlyAloneWhy(tests, history) {
    const found = tests.find((t) => t.outcome === 'flaky' && history((0,test_identity/* testKey */.S8)(t.id))?.passedOnlyAlone !== undefined);
    if (!found)
        return undefined;
    const n = history((0,test_identity/* testKey */.S8)(found.id)).passedOnlyAlone;
    return `${shownName(found.id)} has now passed only on a re-run of itself ${n + 1} times in a row and never in the step's own run (a test that fails only after the tests before it would too)`;
}
/** Why a test that passed on a re-run of itself and failed again in the step's run after it is not flaky. */
const FAILED_AGAIN_WHY = "it passed on a re-run, then failed again when the step's command ran after it: the re-run's pass may have been another test's of its name";
/**
 * The step's tests once what it runs after the re-runs (the whole step, or its rest) failed: a test called flaky
 * that this run's output names failed again had a pass alone that may not have been its own (the runner's usual
 * program run where the step's script did not run it, a root test of the same path and name), so it is failed,
 * never a flake in the history. One that run does not name failed stays flaky.
 */
function failedAgain(tests, again) {
    return tests.map((t) => t.outcome === 'flaky' && again.has((0,test_identity/* testKey */.S8)(t.id)) ? { ...t, outcome: 'failed', failedAgain: true } : t);
}
/**
 * The step's outputs on tests: names one per line, each made safe (no raw newline, no `::` at a line's
 * start), cut below 1 MB with a count of what was cut (output-cap.ts).
 */
function testOutputs(tests) {
    const names = (pick) => cappedLines(tests.filter(pick).map((t) => shownName(t.id)));
    const failed = (t) => t.outcome === 'failed' && t.quarantined !== true;
    return {
        'failed-tests': names(failed),
        'flaky-tests': names((t) => t.outcome === 'flaky'),
        'quarantined-tests': names((t) => t.quarantined === true),
        'tests-failed': String(tests.filter(failed).length),
        'tests-flaky': String(tests.filter((t) => t.outcome === 'flaky').length),
        'tests-rerun': String(tests.filter((t) => t.retries > 0).length),
        'not-rerun-tests': tests
            .filter((t) => t.notRerun !== undefined)
            .map((t) => `${shownName(t.id)} (${(0,core_text/* printablePath */.Vj)(t.notRerun)})`)
            .join('\n'),
    };
}
/** `test-runner`: one of the runners test recovery knows, or empty. */
function parseTestRunner(value) {
    const runner = value.trim().toLowerCase();
    if (runner === '')
        return undefined;
    if (isTestRunner(runner))
        return runner;
    throw new errors/* UserError */.yo(`Input 'test-runner' is '${runner}': write one of ${test_identity/* TEST_RUNNERS */.Ln.join(', ')}, or leave it empty to tell it from the command.`);
}

;// CONCATENATED MODULE: ./src/test-recovery/core/pytest-rootdir.ts
/**
 * pytest's node ids are relative to its rootdir (`--rootdir`, the directory of the config `-c` names, or of the
 * ini file it found above its paths), and so is its JUnit report's `classname` (`tests.test_a`). Its console
 * names a test from the directory it ran in (`FAILED proj/tests/test_a.py::test_x`), and so does a re-run's
 * node id. Where the two differ, a report's test is re-keyed as the console shows it, so that its re-run selects
 * it and the re-run's console names it as the step's key: `pytest --rootdir proj --junitxml=junit.xml
 * proj/tests` once re-ran `tests/test_a.py::test_x` from the step's directory (`file or directory not found`),
 * and a flaky test stayed red. Pure.
 * https://docs.pytest.org/en/stable/reference/customize.html#finding-the-rootdir
 */


/**
 * The rootdir pytest's header names: after `platform linux -- Python 3.11.2, pytest-7.2.1, ...` and before its
 * `collected 2 items` (plugins' lines between), `rootdir: /abs/dir`, then `, configfile: ...` up to pytest 7,
 * nothing from pytest 8. Undefined when the output shows none (`-q`, a header cut off) or two that differ (two
 * runs, or a test printing a header of its own).
 */
function pytestRootdir(output) {
    const roots = new Set();
    let header = false;
    for (const line of plainLines(output)) {
        if (/^platform \S+ -- Python \S+, pytest-/.test(line))
            header = true;
        else if (/^(?:collect|=)/.test(line))
            header = false;
        const m = /^rootdir: (\/.*?)(?:, (?:inifile|configfile|testpaths): .*)?$/.exec(line);
        if (m && header)
            roots.add(m[1].replace(/\/+$/, ''));
    }
    return roots.size === 1 ? [...roots][0] : undefined;
}
/**
 * A pytest report's test whose file is relative to `rootdir` with that file relative to `cwd` (the step's
 * directory), as pytest's console and a re-run's node id name it. A rootdir below `cwd` is put before the file;
 * a `cwd` below the rootdir is taken off the file's start where the file is there. Any other (a rootdir beside
 * `cwd`, a file outside the rootdir) is left as read: its re-run may find no test, and its failure stands.
 */
function fromRootdir(id, rootdir, cwd) {
    const dir = cwd.replace(/\/+$/, '');
    if (id.runner !== 'pytest' || rootdir === undefined || rootdir === dir || id.suite === '')
        return id;
    if (id.suite.startsWith('/') || id.suite.split('/').includes('..'))
        return id;
    if (rootdir.startsWith(`${dir}/`))
        return { ...id, suite: `${rootdir.slice(dir.length + 1)}/${id.suite}` };
    if (dir.startsWith(`${rootdir}/`)) {
        const below = `${dir.slice(rootdir.length + 1)}/`;
        if (id.suite.startsWith(below))
            return { ...id, suite: id.suite.slice(below.length) };
    }
    return id;
}
/**
 * The rootdir to re-key the report's failed tests from, only where the console agrees: none of them is named
 * there as the report names it, and one is as re-keyed (pytest's short summary, `FAILED proj/tests/...`). The
 * header's rootdir is where pytest ran after a `cd proj` too, where the report's names already are the
 * console's: re-keying them from the step's directory would send the re-run to a file it cannot find.
 */
function agreedRootdir(failed, rootdir, cwd, consoleFailed) {
    if (rootdir === undefined)
        return undefined;
    const shown = new Set(consoleFailed.filter((t) => t.runner === 'pytest').map(test_identity/* testKey */.S8));
    if (failed.some((t) => shown.has((0,test_identity/* testKey */.S8)(t))))
        return undefined;
    return failed.some((t) => shown.has((0,test_identity/* testKey */.S8)(fromRootdir(t, rootdir, cwd)))) ? rootdir : undefined;
}

;// CONCATENATED MODULE: ./src/test-recovery/core/report-tally.ts
/**
 * The tests a step's reports name, gathered report by report under a total cap: a step whose tests fail
 * by the million (25 reports of 40,000 failures each) must not hold them all. Reading stops once the cap
 * of failed tests is reached; the reports left are not read at all. A cut means some failed test may be
 * unknown: the step then keeps its failure, since a re-run of the tests it knows cannot make it green.
 * Pure: the caller reads each report and hands over what parseJunit found.
 */



/**
 * Failed tests kept across a step's reports: above tests.max-failures' largest value (10,000), so the cap
 * never decides alone whether tests are re-run.
 */
const MAX_FAILED_TESTS = 20_000;
/** Passed tests kept across its reports: they only tell the flaky history that a known test passed. */
const MAX_PASSED_TESTS = 50_000;
/**
 * The id with strings of its own. The parser's strings are slices of the report's text, and V8 keeps a
 * whole text alive while one slice of it lives: 25 reports would stay in memory for 800 names each.
 */
function detached(id) {
    return JSON.parse(JSON.stringify(id));
}
class ReportTally {
    everyOfAName;
    failed = [];
    passed = [];
    /** Skipped tests (parseJunit's `skipped`), up to the passed tests' cap: a re-run's are not its passes. */
    skipped = [];
    reportsRead = 0;
    /** Failed test cases that name no test (parseJunit's `nameless`): a failure no re-run of a named test covers. */
    nameless = 0;
    /** Failed test cases read past the cap (not kept), and cases past a report's own cap (not read). */
    failedCut = 0;
    unreadCases = 0;
    /** Failed test cases a report does not name as the runner selects them (parseJunit's `unkeyed`). */
    unkeyed = 0;
    unreadReports = 0;
    /**
     * Tests a report shows both failed and passed (two cases of one key: mocha's xunit writes `classname=""` for
     * a root test and for one inside `describe('')`). A re-run by that key may run only the passing one, and a
     * broken test would go green as flaky: none is re-run. The first few are kept, for the log.
     */
    ambiguousShown = [];
    ambiguousKeys = new Set();
    failedKeys = new Set();
    passedKeys = new Set();
    /** Failed tests' keys on more than one case (failed twice, or failed and passed): two tests, or one run twice. */
    repeated = new Set();
    /**
     * `everyOfAName`: the runner's re-run selects by a name every test bearing it runs (jest's and vitest's `-t`,
     * vitest's in each of the step's projects, which its JUnit does not name), and a failure of any is the key's
     * (verdict.ts): two outcomes of one key are then no ambiguity.
     */
    constructor(everyOfAName = false) {
        this.everyOfAName = everyOfAName;
    }
    /** Takes one report's tests, each once, up to the caps. */
    add(tests) {
        this.reportsRead++;
        this.unreadCases += tests.unread;
        this.nameless += tests.nameless;
        this.unkeyed += tests.unkeyed ?? 0;
        // Within a report every case is compared; across reports, against the passed tests kept (up to the cap).
        const failedHere = new Set(tests.failed.map(test_identity/* testKey */.S8));
        for (const found of tests.failed) {
            if (this.passedKeys.has((0,test_identity/* testKey */.S8)(found)))
                this.twoOutcomes(found); // passed in an earlier report
            if (this.failed.length >= MAX_FAILED_TESTS) {
                if (!this.failedKeys.has((0,test_identity/* testKey */.S8)(found)))
                    this.failedCut++;
                continue;
            }
            const id = detached(found);
            const key = (0,test_identity/* testKey */.S8)(id); // of the copy: a key built from the parser's strings would hold them too
            if (this.failedKeys.has(key)) {
                this.repeated.add(key);
                continue;
            }
            this.failedKeys.add(key);
            this.failed.push(id);
        }
        for (const found of tests.passed) {
            const seen = (0,test_identity/* testKey */.S8)(found); // looked up only: a kept key is the copy's
            if (failedHere.has(seen) || this.failedKeys.has(seen))
                this.twoOutcomes(found);
            if (this.passed.length >= MAX_PASSED_TESTS)
                continue;
            const id = detached(found);
            const key = (0,test_identity/* testKey */.S8)(id);
            if (this.passedKeys.has(key))
                continue;
            this.passedKeys.add(key);
            this.passed.push(id);
        }
        for (const found of tests.skipped ?? [])
            if (this.skipped.length < MAX_PASSED_TESTS)
                this.skipped.push(detached(found));
    }
    /** A test of one key seen both failed and passed: counted once, the first few named. */
    twoOutcomes(found) {
        const id = detached(found);
        const key = (0,test_identity/* testKey */.S8)(id);
        this.repeated.add(key);
        if (this.everyOfAName)
            return;
        if (this.ambiguousKeys.has(key))
            return;
        this.ambiguousKeys.add(key);
        if (this.ambiguousShown.length < 3)
            this.ambiguousShown.push(shownName(id));
    }
    /** Enough failed tests are known: the reports left are not read. */
    get full() {
        return this.failed.length >= MAX_FAILED_TESTS;
    }
    /** The reports passed over once full. */
    skipReports(count) {
        this.unreadReports += count;
    }
    /** Some failed test may be missing from `failed`. */
    get cut() {
        return (this.failedCut > 0 ||
            this.unreadCases > 0 ||
            this.unreadReports > 0 ||
            this.unkeyed > 0 ||
            this.ambiguousKeys.size > 0);
    }
    /** The one line the log gets when something was cut; undefined when every report was read whole. */
    line() {
        if (!this.cut)
            return undefined;
        const parts = [
            ...(this.failedCut > 0
                ? [
                    `${this.failedCut} more failed test(s) past the cap of ${MAX_FAILED_TESTS} (it bounds the step's memory)`,
                ]
                : []),
            ...(this.unreadReports > 0
                ? [`${this.unreadReports} report(s) (too large, not JUnit XML, or past the cap)`]
                : []),
            ...(this.unreadCases > 0
                ? [`${this.unreadCases} test case(s) past a report's first ${MAX_CASES}`]
                : []),
            ...(this.unkeyed > 0
                ? [
                    `${this.unkeyed} failed test case(s) whose full name the report does not tell (mocha-junit-reporter's testCaseSwitchClassnameAndName or jenkinsMode: use its default form)`,
                ]
                : []),
            ...(this.ambiguousKeys.size > 0
                ? [
                    `${this.ambiguousKeys.size} test(s) the reports show both failed and passed, two tests of one name that a re-run by that name cannot tell apart (${this.ambiguousShown.join(', ')}${this.ambiguousKeys.size > this.ambiguousShown.length ? ', ...' : ''})`,
                ]
                : []),
        ];
        return (`ci-recovery: test reports: kept ${this.failed.length} failed test(s) from ${this.reportsRead} report(s); not read: ${parts.join(', ')}. ` +
            'Not every failed test is known: none is re-run and the step keeps its failure.');
    }
}

;// CONCATENATED MODULE: ./src/test-recovery/core/stopped.ts




const AFTER = 'so the tests after it did not run';
/** Each number of a summary's `N failed | M passed` counts, added. */
const sum = (counts) => [...counts.matchAll(/(\d+) (?:failed|passed|skipped|todo|expected fail)\b/g)].reduce((n, m) => n + Number(m[1]), 0);
/**
 * Why the run of `runner` by `words` may have left tests unrun, from its options and its `output`; undefined
 * when it ran them all as far as these show. `npmWorkspaces`: where npm's config sets its workspaces.
 */
function stoppedEarly(runner, words, output, npmWorkspaces) {
    const at = runnerAt(runner, words);
    const perPackage = stopsAtFailedPackage(runner, words.slice(0, Math.max(at - 1, 0)).map((w) => w.text), npmWorkspaces);
    if (perPackage)
        return perPackage;
    const argWords = words.slice(Math.max(at, 0));
    const args = argWords.map((w) => w.text);
    const dash = args.indexOf('--');
    const own = dash === -1 ? args : args.slice(0, dash);
    const has = (option) => own.some((a) => option.test(a));
    const lines = (pattern) => plainLines(output).flatMap((line) => {
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
            // borders: stepwise.py's `--sw` stopping at the first failure (`Interrupted: Test failed, \u2026`), a test's
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
            return lines(/^Test Suites: (.*?)\d+ of (\d+) total$/).some((m) => sum(m[1]) < Number(m[2]))
                ? 'jest stopped before all its test files ran (bail), so the files after it did not run'
                : undefined;
        case 'vitest':
            // vitest's summary `Test Files  1 failed | 2 passed (4)`: a file that never ran (bail) has no state.
            if (lines(/^\s*Test Files\s+(.*?)\s*\((\d+)\)$/).some((m) => sum(m[1]) < Number(m[2])))
                return 'vitest stopped before all its test files ran (bail), so the files after it did not run';
            // Its `Tests  1 failed (2)` likewise (getStateString: failed, passed, skipped, todo, then the total): bail
            // also cancels the tests left in the files already running, a later test in the failed test's own file
            // among them, and then every file has a state (measured with vitest 3.2.7, `--bail=1`).
            if (lines(/^\s*Tests\s+(.*?)\s*\((\d+)\)$/).some((m) => sum(m[1]) < Number(m[2])))
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
                return `Maven stops at the first goal that fails, so the goal '${(0,core_text/* printablePath */.Vj)(next)}' the step named after test may not have run`;
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
            const later = keptArguments('gradle', argWords).positionals.find((t) => !/(?:^|:)(?:\w*[tT]est|clean)$/.test(t));
            return later
                ? `Gradle stops at the failed test task, so the task '${(0,core_text/* printablePath */.Vj)(later)}' the step asked for did not run`
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
function failedOutsideTests(runner, output, rerun = false) {
    const lines = plainLines(output);
    const any = (pattern) => lines.some((line) => pattern.test(line));
    switch (runner) {
        case 'jest':
            // `FAIL file` then `\u25cf Test suite failed to run`: the file did not load (an import, a syntax error).
            if (any(/^\s*\u25cf Test suite failed to run$/))
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
            if (any(VITEST_FILE_FAILED))
                return `a vitest test file failed to run, ${OWN}`;
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
            if (any(/^error: could not compile `[^`]+`/))
                return `a cargo test target failed to compile, ${OWN}`;
            if (any(/process didn't exit successfully: .*` \((?!exit (?:status|code): 101\))/))
                return "a cargo test binary ended other than by libtest's failure (a signal, a crash, an exit of its own), so the test that ended it is not named";
            return unnamedCargoTarget(lines)
                ? 'a cargo test target failed with no test of it named FAILED (a `harness = false` target, or one that failed outside its tests), which a re-run of the named tests does not cover'
                : undefined;
        case 'maven':
            // Surefire's SurefireBooterForkException: the forked JVM died (a crash, or System.exit in a test), and the
            // test it ran is not named ("without saying properly goodbye" before Surefire 3).
            return any(/The forked VM terminated without (?:properly saying|saying properly) goodbye|There was a timeout (?:or other error )?in the fork/)
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
function failedPastTests(runner, exitCode) {
    return runner === 'maven' && exitCode !== 0
        ? `Maven failed the re-run after its tests passed (exit ${exitCode ?? '?'}: a check bound to the test phase after Surefire, which the step's failed test stopped before it ran)`
        : undefined;
}
/** The runner's own option words: after the runner's name, before a `--`. */
function ownArgs(runner, words) {
    const args = words.slice(Math.max(runnerAt(runner, words), 0)).map((w) => w.text);
    const dash = args.indexOf('--');
    return dash === -1 ? args : args.slice(0, dash);
}
/** The value of `names` (`--config x`, `--config=x`), the last one given. */
function optionValue(args, names) {
    let value;
    args.forEach((a, i) => {
        const eq = a.indexOf('=');
        if (eq > 0 && names.includes(a.slice(0, eq)))
            value = a.slice(eq + 1);
        else if (names.includes(a) && args[i + 1] !== undefined)
            value = args[i + 1];
    });
    return value;
}
/**
 * A vitest run whose reporters printed no summary (junit alone) may have stopped at a bail its config sets, and
 * which config it loads is not read here: it looks for one upward from its root (`--root`), and a config imports
 * others (a package, a `#` subpath, an alias). Only `--no-config` leaves the command's own options, which
 * stoppedEarly reads (the review: a bail from either kind of config was green). The last reason asked.
 */
function configMayBail(runner, words, output) {
    if (runner !== 'vitest' || vitestSummary(output) || ownArgs(runner, words).includes('--no-config'))
        return undefined;
    return `vitest's reporters print no summary of what it skipped, and a config it loads may set bail, ${AFTER}`;
}
/** Does vitest's output have its run summary (`Test Files  1 failed (2)`), which shows a bail? */
function vitestSummary(output) {
    return plainLines(output).some((line) => /^\s*Test Files\s+\d/.test(line));
}
/** vitest's `--bail <n>` (https://vitest.dev/guide/cli): a number, 0 for none; the last one wins. */
function vitestBail(args) {
    const value = optionValue(args, ['--bail']);
    return value !== undefined && !/^0+$/.test(value);
}
/**
 * mocha's bail on its command line (measured with mocha 12.0.3): `--bail`, `-b`, with any value but `false`
 * (`--bail=0` stops too), and `b` among clustered short flags (`-Cb`); an empty `--bail=` does not stop, and a
 * later `--no-bail` (or `=false`) undoes it.
 */
const MOCHA_BAIL = /^(?:--bail(?:=(?!false$).+)?|-b(?:=(?!false$).+)?|-[A-Za-z]*b[A-Za-z]*)$/;
const MOCHA_NO_BAIL = /^(?:--no-bail|--bail=false|-b=false)$/;
/** Does a mocha.opts text (command-line words, `#` comment lines) set --bail (-b)? */
function optsBail(text) {
    if (text === null)
        return 'maybe';
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
function missedCoverage(output) {
    const line = plainLines(output).find((l) => COVERAGE_MISSED.some((p) => p.test(l)));
    return line === undefined
        ? undefined
        : `the run missed its coverage threshold (${(0,core_text/* printablePath */.Vj)(line.trim().slice(0, 160))}), which a re-run of the failed tests cannot meet`;
}
const METRIC = '(?:statements|branches|functions|lines)';
const COVERAGE_MISSED = [
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
    new RegExp(`^ERROR: Coverage for ${METRIC} \\([\\d.]+%\\) does not meet (?:global |"[^"]*" )?threshold \\(`),
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
function stopsAtFailedPackage(runner, before, npmWorkspaces) {
    const tools = before.map((w) => w.replace(/\\/g, '/').split('/').pop());
    // A package manager's own options come after its name and before the program it runs: `-r` after `pnpm
    // exec c8` is c8's (pnpm 10.34.9 runs `pnpm exec -r x` as a program named `-r`), a word after npm's `--` the
    // program's.
    const own = (at, end) => {
        const rest = at === -1 ? [] : before.slice(at + 1);
        return rest.includes(end) ? rest.slice(0, rest.indexOf(end)) : rest;
    };
    const npmAt = tools.findIndex((t) => t === 'npm' || t === 'npx');
    // npm reads its config from `npm_config_*` variables too, in any case (`NPM_CONFIG_WORKSPACE=api npx jest`).
    const npmEnv = (w) => /^npm_config_(?:workspace=.|workspaces=(?!false$))/i.test(w);
    // npm's config in its environment or .npmrc, unless the command says `--workspaces=false`.
    const configured = npmWorkspaces !== undefined && !own(npmAt, '--').some((w) => /^-+(?:ws|workspaces)=false$/.test(w));
    if (npmAt !== -1 &&
        (own(npmAt, '--').some((w) => NPM_WORKSPACES.test(w)) || before.some(npmEnv) || configured))
        return `npm exec runs ${runner} in each workspace in turn and stops at the first where it fails, so any workspace after that one did not run`;
    // yarn 1's src/cli/commands/workspaces.js (runScript, at 097252490f1c) spawns `yarn <args>` in each workspace
    // in turn and lets the first failure end the loop (yarn 2's `workspaces foreach` goes on, but under
    // --topological, not read here).
    const yarn = own(tools.indexOf('yarn'), '--');
    if (yarn[0] === 'workspaces' && yarn[1] === 'run')
        return `yarn workspaces run runs ${runner} in each workspace in turn and stops at the first where it fails, so any workspace after that one did not run`;
    const noBail = (w) => /^(?:--no-bail|--bail=false)$/.test(w);
    const pnpm = own(tools.indexOf('pnpm'), 'exec');
    if (pnpm.some((w) => /^(?:-r|--recursive|-F|--filter(?:-prod)?)(?:=.*)?$/.test(w)) && !pnpm.some(noBail))
        return "pnpm's recursive run stops at the first package that fails (no --no-bail), so the packages after it may not have run";
    const lerna = tools.indexOf('lerna');
    if (lerna !== -1 && before.slice(lerna + 1).includes('exec') && !before.some(noBail))
        return 'lerna exec stops at the first package that fails (no --no-bail), so the packages after it did not run';
    return undefined;
}
/** The default lifecycle's phases after test. */
const POST_TEST = /^(?:prepare-package|package|pre-integration-test|integration-test|post-integration-test|verify|install|deploy)$/;
/**
 * A go `panic: ` or `fatal error: ` line with the runtime's goroutine trace after it (`goroutine 7 [running]:`,
 * with the goroutine's and thread's addresses before the bracket where the runtime adds them).
 */
function binaryDied(lines) {
    let died = false;
    for (const line of lines) {
        if (/^(?:panic|fatal error): /.test(line))
            died = true;
        else if (died && /^goroutine \d+ (?:.* )?\[[^\]]*\]:$/.test(line))
            return true;
    }
    return false;
}
/**
 * Why the run of `runner` ended before all its tests did, where its output names failed tests but lacks what
 * a finished run prints last; undefined when it finished as far as the output shows. Asked after the more
 * telling reasons (a stop, a file failed as a whole), which say more when they apply.
 */
function endedEarly(runner, output) {
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
function binaryCut(lines) {
    let failedTest = false;
    let ended = false;
    for (const line of lines) {
        if (/^\s*--- FAIL: /.test(line))
            failedTest = true;
        // M.Run's bare word ends a line of its own, or one a test's last print left without a newline
        // (`progress...FAIL`, review); a line merely ending so is at worst a miss, as before this check.
        else if (/(?:FAIL|PASS)$/.test(line))
            ended = true;
        // cmd/go's result: a duration, `(cached)` or a bracket (gotestsum's `FAIL pkg.TestB (0.00s)` is not one).
        const pkg = /^(FAIL|ok)\s+\S+\s+(\d[\d.]*m?s\b|\(cached\)|\[)/.exec(line);
        if (!pkg)
            continue;
        if (pkg[1] === 'FAIL' && failedTest && !ended && !pkg[2].startsWith('['))
            return true;
        failedTest = ended = false;
    }
    return false;
}
/**
 * jest prints each file's `PASS`/`FAIL` head as it finishes and its `Tests: ... N total` summary once all ran:
 * a head with no summary after it is a run that ended before it did (its process killed, by the kernel's
 * out-of-memory killer or a test, or crashed).
 */
function endedBeforeSummary(lines) {
    let open = false;
    for (const line of lines) {
        if (/^\s*(?:FAIL|PASS)\s+\S/.test(line))
            open = true;
        else if (/^Tests:\s+.*\d+ total$/.test(line))
            open = false;
    }
    return open;
}
/**
 * A cargo test target that failed (`error: test failed, to rerun pass \`--test custom\``, one per failed target,
 * under --no-fail-fast too) with no `test x ... FAILED` line since its `Running` line: a `harness = false`
 * target whose own main panicked (exit 101, as libtest's failure is) prints no test line at all (measured with
 * cargo 1.95), and its failure comes again in every run, a re-run's too.
 */
function unnamedCargoTarget(lines) {
    let named = false;
    for (const line of lines) {
        if (/^\s*(?:Running|Doc-tests) \S/.test(line))
            named = false;
        else if (/^test \S.* \.\.\. FAILED$/.test(line))
            named = true;
        // Cargo 1.65 and later print it after each failed target, quoted in backticks; older cargo printed one, with
        // `'`, at the very end (after the doc tests), which names no target: not read.
        else if (/^error: test failed, to rerun pass `/.test(line)) {
            if (!named)
                return true;
            named = false;
        }
    }
    return false;
}
/**
 * go test's `FAIL\tpkg ...` line for a package no `--- FAIL` line was printed for since the package before it:
 * `[build failed]`, `[setup failed]`, or a test binary that exited non-zero on its own.
 */
function goPackageFailed(lines) {
    let failedTest = false;
    for (const line of lines) {
        if (/^\s*--- FAIL: /.test(line))
            failedTest = true;
        const pkg = /^(FAIL|ok)\s+\S+\s/.exec(line);
        if (!pkg)
            continue;
        if (pkg[1] === 'FAIL' && !failedTest)
            return true;
        failedTest = false;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/test-recovery/core/stop-config.ts



/** A directory given as a plain relative path (`web`, `web/app/`), without its trailing slashes. */
function plainDirectory(to) {
    if (!/^[\w.][\w./-]*$/.test(to) || to.split('/').includes('..'))
        return undefined;
    return to.replace(/\/+$/, '');
}
/**
 * The directory the runner ran in, relative to the step's, from the set-up commands before it (`cd web`) and
 * a wrapper's own directory option before the runner's name in `words` (`yarn --cwd web`, `pnpm -C web`,
 * `env --chdir web`): '' for the step's own; undefined when one is not a plain relative path, or is npm's
 * `--prefix` (whether npm exec runs its command there has changed between versions): its files are not known.
 */
function runnerDirectory(setup, runner, words = []) {
    let dirs = [];
    const pushed = [];
    for (const command of setup) {
        const cd = /^(cd|pushd|popd)(?:\s+(.*))?$/.exec(command.trim());
        if (!cd)
            continue;
        const to = cd[2]?.trim() ?? '';
        if (cd[1] === 'popd') {
            // Back where the matching pushd left; a popd with an argument, or none pushed, is not followed.
            const back = pushed.pop();
            if (back === undefined || to !== '')
                return undefined;
            dirs = back;
            continue;
        }
        const dir = plainDirectory(to);
        if (dir === undefined)
            return undefined;
        if (cd[1] === 'pushd')
            pushed.push([...dirs]);
        dirs.push(dir);
    }
    const before = runner ? words.slice(0, Math.max(runnerAt(runner, words) - 1, 0)).map((w) => w.text) : [];
    for (let i = 0; i < before.length; i++) {
        const option = /^(--cwd|-C|--dir|--chdir|--prefix)(?:=(.*))?$/.exec(before[i]);
        if (!option)
            continue;
        if (option[1] === '--prefix')
            return undefined;
        const dir = plainDirectory(option[2] ?? before[++i] ?? '');
        if (dir === undefined)
            return undefined;
        dirs.push(dir);
    }
    return dirs
        .filter((d) => d !== '.' && d !== '')
        .join('/')
        .replace(/^\.\//, '');
}
/** mocha's lib/cli/config.js CONFIG_FILES, in the order it looks for one. */
const MOCHARC = [
    '.mocharc.cjs',
    '.mocharc.js',
    '.mocharc.yaml',
    '.mocharc.yml',
    '.mocharc.jsonc',
    '.mocharc.json',
];
/**
 * The config files (relative to where the runner ran) whose text may make `runner` stop at a failure without
 * saying so: what `stopsInConfig` reads. Read as text, never run.
 */
function stopConfigFiles(runner, words) {
    const args = ownArgs(runner, words);
    switch (runner) {
        case 'mocha': {
            // https://mochajs.org/running/configuring/: `--config` names the file, `--no-config` reads none;
            // package.json's `mocha` key too, unless `--no-package` (`--package` names another).
            const config = args.includes('--no-config') ? [] : [optionValue(args, ['--config']) ?? MOCHARC].flat();
            const pkg = args.includes('--no-package') ? [] : [optionValue(args, ['--package']) ?? 'package.json'];
            return [...config, ...pkg, ...mochaOpts(args)];
        }
        case 'rspec':
            // rspec reads ./.rspec and ./.rspec-local (and `-O`/`--options` names one more).
            return ['.rspec', '.rspec-local', ...[optionValue(args, ['-O', '--options']) ?? []].flat()];
        case 'phpunit': {
            // phpunit --help: `-c|--configuration <file>` (a file or directory), else ./phpunit.xml, then
            // ./phpunit.xml.dist (./phpunit.dist.xml since 10); `--no-configuration` reads none.
            if (args.includes('--no-configuration'))
                return [];
            const given = optionValue(args, ['-c', '--configuration']);
            if (given && /\.xml(?:\.dist)?$/.test(given))
                return [given];
            const dir = given ? `${given.replace(/\/+$/, '')}/` : '';
            return ['phpunit.xml', 'phpunit.xml.dist', 'phpunit.dist.xml'].map((f) => dir + f);
        }
        case 'maven': {
            const file = optionValue(args, ['-f', '--file']);
            const pom = file === undefined ? 'pom.xml' : /\.xml$/.test(file) ? file : `${file}/pom.xml`;
            // https://maven.apache.org/configure.html: .mvn/maven.config holds command-line options.
            return [pom, '.mvn/maven.config'];
        }
        case 'pytest':
            // Not for a stop (its console says it stopped) but for `-s` in addopts, which makes its output unreadable
            // (step-run.ts): https://docs.pytest.org/en/stable/reference/customize.html, `-c`/`--config-file` names one.
            return [
                optionValue(args, ['-c', '--config-file']) ?? [
                    'pytest.ini',
                    '.pytest.ini',
                    'pyproject.toml',
                    'tox.ini',
                    'setup.cfg',
                ],
            ].flat();
        case 'gradle': {
            // https://docs.gradle.org/current/userguide/build_environment.html: org.gradle.continue in gradle.properties;
            // `-p`/`--project-dir` names the build's directory (https://docs.gradle.org/current/userguide/command_line_interface.html).
            const dir = optionValue(args, ['-p', '--project-dir']);
            const at = dir ? `${dir.replace(/\/+$/, '')}/` : '';
            return ['settings.gradle', 'settings.gradle.kts', 'gradle.properties'].map((f) => at + f);
        }
        default:
            return [];
    }
}
/**
 * Why `runner`, as `words` ran it, stopped at a failure (or left its later modules unrun) by a setting in its
 * config files' `texts`, which its console does not show; undefined when they set none. A file that is code
 * (a `.mocharc.js`) or was not read whole counts as setting it where it may: a whole run costs time, a
 * missed stop hides a broken test.
 */
function stopsInConfig(runner, words, read) {
    const args = ownArgs(runner, words);
    // A name the shell expands (`--config "$CFG"`, `~/ci.yml`, a glob) is not the file read by that name: what
    // the runner read is unknown, as a file not read whole is.
    const texts = {
        ...Object.fromEntries(stopConfigFiles(runner, words)
            .filter((f) => /^~|[$*?[]/.test(f))
            .map((f) => [f, null])),
        ...read,
    };
    const files = stopConfigFiles(runner, words).filter((f) => Object.hasOwn(texts, f));
    const named = (f) => `'${(0,core_text/* printablePath */.Vj)(f)}'`;
    switch (runner) {
        case 'mocha':
            for (const f of files) {
                const found = mochaOpts(args).includes(f) ? optsBail(texts[f]) : mochaBail(f, texts[f]);
                if (found)
                    return `mocha's config ${named(f)} ${found === 'set' ? 'sets' : 'may set'} bail (its console does not say it stopped), ${AFTER}`;
            }
            return undefined;
        case 'rspec': {
            if (args.includes('--no-fail-fast'))
                return undefined;
            // An options file holds options as on the command line (ERB allowed); the last of --[no-]fail-fast wins.
            const f = files.find((file) => {
                const text = texts[file];
                if (text === null || text.includes('<%'))
                    return true;
                const last = text
                    .split(/\s+/)
                    .filter((w) => /^--(?:no-)?fail-fast(?:=\d+)?$/.test(w))
                    .pop();
                return last !== undefined && !last.startsWith('--no-');
            });
            return f
                ? `rspec's options file ${named(f)} sets --fail-fast (its console does not say it stopped), ${AFTER}`
                : undefined;
        }
        case 'phpunit': {
            // phpunit's XML schema: stopOnDefect, stopOnError, stopOnFailure (and stopOnWarning, stopOnRisky, ...) on
            // <phpunit>; phpunit reads the first file it finds, any of them is taken. Its Loader's getBoolean takes
            // `true` in any case; a value with a character reference (`&#116;rue`) may spell it.
            const f = files.find((file) => texts[file] === null ||
                /\bstopOn(?:Defect|Error|Failure|Warning|Risky|Incomplete|Skipped|Deprecation|Notice)\s*=\s*(["'])(?:[tT][rR][uU][eE]|[^"'&]*&[^"']*)\1/.test(texts[file]));
            return f
                ? `phpunit's ${named(f)} sets stopOnFailure (its console does not say it stopped), ${AFTER}`
                : undefined;
        }
        case 'maven': {
            // Maven's default is --fail-fast: the reactor builds no module after a failed one, and says which it
            // skipped only in its summary, which -q (--quiet) hides.
            const [pom = 'pom.xml', config = '.mvn/maven.config'] = stopConfigFiles(runner, words);
            const all = [...args, ...(texts[config] ?? '').split(/\s+/)];
            const quiet = all.some((a) => /^(?:-q|--quiet)$/.test(a));
            const goesOn = all.some((a) => /^(?:-fae|--fail-at-end|-fn|--fail-never)$/.test(a));
            if (!quiet || goesOn || !Object.hasOwn(texts, pom))
                return undefined;
            const text = texts[pom];
            return text === null || text === undefined || /<module>/.test(text)
                ? `Maven stops at the first failed module and -q hides the reactor summary of what it skipped, ${AFTER}`
                : undefined;
        }
        case 'gradle': {
            // Without --continue (or org.gradle.continue=true) Gradle starts no task after a failed one and prints
            // no list of those: in a multi-project build (settings' include) the other projects' tests did not run.
            const [settings, settingsKts, properties] = stopConfigFiles(runner, words);
            const props = texts[properties];
            if (args.includes('--continue') || /^\s*org\.gradle\.continue\s*=\s*true\s*$/m.test(props ?? ''))
                return undefined;
            const tasks = keptArguments('gradle', words.slice(Math.max(runnerAt(runner, words), 0))).positionals;
            const projects = new Set(tasks.map((t) => (t.startsWith(':') ? t.slice(0, t.lastIndexOf(':')) : '*')));
            if (!projects.has('*') && projects.size < 2)
                return undefined;
            const f = [settings, settingsKts].find((file) => Object.hasOwn(texts, file) &&
                (texts[file] === null || /\binclude(?:Flat)?\b\s*[(\s'"]/.test(texts[file])));
            return f
                ? `Gradle starts no task after a failed one (no --continue) and ${named(f)} includes other projects, ${AFTER}`
                : undefined;
        }
        default:
            return undefined;
    }
}
/**
 * mocha 7's options file (lib/cli/options.js loadMochaOpts, and bin/options.js before it): `--opts` names it,
 * else test/mocha.opts; `--no-opts` reads none. mocha 8 reads it no more, but which mocha ran is not known here.
 */
function mochaOpts(args) {
    return args.includes('--no-opts') ? [] : [optionValue(args, ['--opts']) ?? 'test/mocha.opts'];
}
/** An escape that can spell a letter of a key: JSON's and JavaScript's `\u0062`, YAML's and JavaScript's `\x62`. */
const LETTER_ESCAPE = /\\[uUx]/;
/**
 * Does mocha's config file `name` set `bail` (or its alias `b`)? 'maybe' where its text cannot say for sure:
 * code that may compute it (a call, a computed key, a spread, an import), a key an escape may spell, a file
 * not read whole, a value other than `false`.
 */
function mochaBail(name, text) {
    if (text === null)
        return 'maybe';
    if (/\.[cm]?js$/.test(name))
        return /\bbail\b|\bb\s*:|\w\s*\(|\]\s*[:=]|\.\.\.|\bimport\b/.test(text) || LETTER_ESCAPE.test(text)
            ? 'maybe'
            : undefined;
    if (/(?:^|\/)package\.json$/.test(name)) {
        let mocha;
        try {
            mocha = JSON.parse(text)?.mocha;
        }
        catch {
            return undefined; // not JSON: npm and mocha fail on it too
        }
        if (typeof mocha !== 'object' || mocha === null)
            return undefined;
        const { bail, b } = mocha;
        return bail === true || b === true ? 'set' : bail || b ? 'maybe' : undefined;
    }
    // JSON, JSONC or YAML: each `bail:` (or `b:`) key, quoted or not.
    let found;
    for (const m of text.matchAll(/(?:^|[\s{,])["']?(?:bail|b)["']?\s*:\s*([^\s,}#]*)/gm)) {
        if (m[1] === 'true')
            found = 'set';
        else if (m[1] !== 'false')
            found ??= 'maybe';
    }
    return found ?? (LETTER_ESCAPE.test(text) ? 'maybe' : undefined);
}

;// CONCATENATED MODULE: ./src/test-recovery/core/step-run.ts








/**
 * Lines that end one run of a runner (its summary), to tell which of several invocations of the same
 * runner failed: the failed one stopped the chain, so it is the last one that printed its summary.
 */
const SUMMARY = {
    jest: /^Test Suites: /gm,
    vitest: /^\s*Test Files\s+\d/gm,
    // With -q, no `=` border: `1 failed, 2 passed in 0.05s`.
    pytest: /^=*\s*(?:(?:\d+ (?:passed|failed|errors?|skipped|deselected|xfailed|xpassed|warnings?)(?:, )?)+|no tests ran) in [\d.]+m?s\b/gm,
    mocha: /^\s+\d+ (?:passing|failing) \(/gm,
    // node --test: TAP's `# duration_ms 12.3`, spec's `\u2139 duration_ms 12.3` (coloured on a terminal), once a run.
    // eslint-disable-next-line no-control-regex
    node: /^(?:\u001b\[[\d;]*m)?(?:#|\u2139) duration_ms [\d.]+/gm,
};
function failedLeaf(candidates, runner, output, uncaptured = false) {
    if (candidates.length === 1)
        return candidates[0];
    const summary = SUMMARY[runner];
    if (!summary)
        return undefined;
    // A passing run prints one summary (jest's counts both lines "Tests:" and "Test Suites:": one of them).
    const runs = runner === 'pytest'
        ? pytestRuns(candidates, output, summary, uncaptured)
        : (output.match(summary)?.length ?? 0);
    if (runs === undefined || runs < 1 || runs > candidates.length)
        return undefined;
    // A pre script's run counted may be the script's own, had the package manager skipped the pre script.
    const picked = candidates[runs - 1];
    return picked.part.maybeSkipped && runs < candidates.length ? undefined : picked;
}
/**
 * The pytest runs that ended in `output`, or undefined when its count cannot be trusted. A failed run's report
 * sections show what each failed test printed, as it printed it (a pytester run's `3 passed in 0.01s`):
 * counted, such a line made an earlier line's run look like a later one, whose tests never ran. So only the
 * summaries before the first report section are counted (`-rA`'s PASSES shows passed tests' output too), and
 * the section's run once; too few is safe (what follows the earlier run runs). A run without capture (`-s`,
 * on its command line or, `uncaptured`, in PYTEST_ADDOPTS or a config's addopts) prints its tests' output
 * anywhere: not counted.
 */
function pytestRuns(candidates, output, summary, uncaptured) {
    if (uncaptured || candidates.some((c) => pytestUncaptured(c.part.words.map((w) => w.text))))
        return undefined;
    const line = new RegExp(summary.source);
    const lines = plainLines(output);
    const count = (from, to) => lines.slice(from, to).filter((l) => line.test(l)).length;
    const report = lines.findIndex((l) => /^=+ (?:FAILURES|ERRORS|PASSES) =+$/.test(l));
    if (report === -1)
        return count(0, lines.length);
    return count(0, report) + Math.min(count(report, lines.length), 1);
}
/**
 * Does pytest run uncaptured by its environment's PYTEST_ADDOPTS or a config file's `addopts` (an ini value
 * continued on indented lines, a toml string or list)? A config not read whole may: taken as so.
 */
function pytestEnvUncaptured(vars, configs) {
    if (pytestUncaptured(addoptsWords(vars.PYTEST_ADDOPTS ?? '')))
        return true;
    return Object.values(configs).some((text) => text === null || configAddopts(text).some((words) => pytestUncaptured(words)));
}
const addoptsWords = (text) => text.split(/[\s,"'[\]]+/).filter(Boolean);
/** Each `addopts` of a config's text, as words. */
function configAddopts(text) {
    return [
        ...text.matchAll(/^[ \t]*addopts[ \t]*=(.*(?:\n(?![ \t]*(?:\[|[A-Za-z_][\w.-]*[ \t]*=)).*)*)/gm),
    ].map((m) => addoptsWords(m[1]));
}
/**
 * The config files pytest looks for in a directory, in its order, each with the section it reads: the first
 * that has its section is the one (pytest.ini and .pytest.ini even without it); the others are not read.
 * https://docs.pytest.org/en/stable/reference/customize.html#finding-the-rootdir
 */
const PYTEST_CONFIGS = [
    ['pytest.ini', 'pytest', true],
    ['.pytest.ini', 'pytest', true],
    ['pyproject.toml', 'tool.pytest.ini_options', false],
    ['tox.ini', 'pytest', false],
    ['setup.cfg', 'tool:pytest', false],
];
/** The lines of a config's `[name]` section, up to the next section's header; undefined when it has none. */
function configSection(text, name) {
    const lines = text.split('\n');
    const header = /^[ \t]*\[([^\]\n]+)\][ \t]*(?:[#;].*)?$/;
    const start = lines.findIndex((l) => header.exec(l)?.[1]?.trim() === name);
    if (start === -1)
        return undefined;
    const end = lines.findIndex((l, i) => i > start && header.test(l));
    return lines.slice(start + 1, end === -1 ? lines.length : end).join('\n');
}
/**
 * The options pytest adds to its command line: PYTEST_ADDOPTS, then the `addopts` of the pytest section of the
 * one config it uses (the file `-c` named, the only one given then; else the first of PYTEST_CONFIGS that is
 * its config). A config not read gives none.
 */
function pytestAddopts(vars, configs) {
    const named = Object.keys(configs).find((f) => !PYTEST_CONFIGS.some(([c]) => c === f));
    const candidates = named
        ? [
            [
                named,
                /\.toml$/.test(named)
                    ? 'tool.pytest.ini_options'
                    : /(^|\/)setup\.cfg$/.test(named)
                        ? 'tool:pytest'
                        : 'pytest',
                true,
            ],
        ]
        : [...PYTEST_CONFIGS];
    let section;
    for (const [file, name, always] of candidates) {
        const text = configs[file];
        if (text === undefined)
            continue;
        section = text === null ? undefined : configSection(text, name);
        if (section !== undefined || always)
            break;
    }
    return [
        ...addoptsWords(vars.PYTEST_ADDOPTS ?? ''),
        ...(section === undefined ? [] : configAddopts(section).flat()),
    ];
}
/** pytest's options that show its tests' output as they print it: `-s` (in `-vs` too), `--capture=no`, `tee-sys`. */
function pytestUncaptured(args) {
    return args.some((a, i) => {
        if (/^--capture(?:=(?:no|tee-sys))?$/.test(a))
            return a !== '--capture' || /^(?:no|tee-sys)$/.test(args[i + 1] ?? '');
        if (a === '-p' && args[i + 1] === 'no:capture')
            return true;
        // Short flags combine until one that takes a value (`-rs` is -r's `s`).
        const short = /^-([a-zA-Z]+)$/.exec(a)?.[1] ?? '';
        for (const c of short) {
            if (c === 's')
                return true;
            if ('rkmpcoWn'.includes(c))
                return false;
        }
        return false;
    });
}
/**
 * How the step ran `runner` and what its failure skipped. `errexit`: the shell stops at a failed line
 * (bash and sh as the runner calls them, `-e`); `scripts`: the package.json scripts where the step ran;
 * `configs`: the texts of the runner's config files (stop-config.ts's `stopConfigFiles`) where it ran.
 */
function planStepRun(command, errexit, scripts, runner, output, configs = {}, env = {}) {
    const parsed = parseChain(command, errexit);
    const vars = { ...env.vars, ...assignedIn(parsed.parts) };
    const npmWs = npmWorkspaces({ ...env, vars });
    const chain = expandScripts(parsed, scripts, 4, false, npmWs);
    if (chain.complex)
        return complexStep(command, errexit, runner, chain.complex);
    // A package script's own `export GOFLAGS=...` reaches the runner it starts.
    Object.assign(vars, assignedIn(chain.parts));
    const all = leaves(chain.parts);
    const candidates = all.filter((l) => runnerAt(runner, l.part.words) >= 0);
    if (candidates.length === 0)
        return {
            after: {
                kind: 'whole',
                why: chain.unread
                    ? `${chain.unread}, so where it runs ${runner} is not known`
                    : `its command does not show where it runs ${runner}`,
            },
        };
    const failed = failedLeaf(candidates, runner, output, runner === 'pytest' && pytestEnvUncaptured(vars, configs));
    if (!failed)
        return {
            after: {
                kind: 'whole',
                why: `it runs ${runner} ${candidates.length} times and its output does not tell which one failed`,
            },
        };
    const pm = scriptOf(chain.parts, failed.path);
    const setup = setupBefore(chain.parts, failed.path[0]);
    const goflags = runner === 'go' ? runnerEnv(runner, failed.part.words, vars).GOFLAGS : undefined;
    const addopts = runner === 'pytest' ? pytestAddopts(vars, configs) : [];
    const how = {
        setup,
        words: failed.part.words,
        ...(pm ? { pm } : {}),
        ...(goflags !== undefined ? { goflags } : {}),
        ...(addopts.length > 0 ? { addopts } : {}),
    };
    // A runner that stopped at a failure, or a file that failed to run, left tests unrun: the whole step runs them.
    // A missed coverage threshold is the whole run's, which no re-run of a few tests can show met.
    const moved = movedInScript(chain.parts, failed.path);
    if (moved)
        return {
            how,
            after: {
                kind: 'whole',
                why: `its package script '${(0,core_text/* printablePath */.Vj)(moved)}' changes directory before it runs ${runner}, so what may stop ${runner} there (its config files) is not known`,
            },
        };
    const stopped = stoppedEarly(runner, failed.part.words, output, npmWs) ??
        stopsInEnv(runner, failed.part.words, vars) ??
        stopsInConfig(runner, failed.part.words, configs) ??
        failedOutsideTests(runner, output) ??
        missedCoverage(output) ??
        endedEarly(runner, output) ??
        configMayBail(runner, failed.part.words, output);
    if (stopped)
        return { how, after: { kind: 'whole', why: stopped } };
    const post = postScript(chain.parts, failed.path, scripts);
    if (post)
        return {
            how,
            after: {
                kind: 'whole',
                why: `its package script '${(0,core_text/* printablePath */.Vj)(post)}' runs after the script that failed, which skipped it`,
            },
        };
    const rest = restAfter(chain.parts, failed.path);
    if (rest === undefined)
        return {
            how,
            after: {
                kind: 'whole',
                why: 'a command after the failed one runs whatever its status, so the step status came from it',
            },
        };
    if (rest.length === 0)
        return { how, after: { kind: 'nothing' } };
    return { how, after: { kind: 'rest', script: [...setup, ...rest].join(' && ') } };
}
/**
 * The `post<name>` script of a package script around the part at `path`: npm (and yarn 1) run it after
 * `<name>` passes (https://docs.npmjs.com/cli/using-npm/scripts#pre--post-scripts), so the failure skipped it.
 */
function postScript(parts, path, scripts) {
    let level = parts;
    for (const i of path.slice(0, -1)) {
        const script = level[i].script;
        if (Object.hasOwn(scripts, `post${script.name}`))
            return `post${script.name}`;
        level = script.parts;
    }
    return undefined;
}
/**
 * A command this module does not read whole (a pipe, `||`): the whole step runs once after the tests
 * passed alone, and the re-run still keeps the runner's own command when exactly one simple command in it
 * runs the runner (`npx jest --config c 2>&1 | tee log`).
 */
function complexStep(command, errexit, runner, complex) {
    const after = {
        kind: 'whole',
        why: `its command has ${complex}, so what it skipped is unknown`,
    };
    const lenient = parseChain(command, errexit, true);
    const found = leaves(lenient.parts).filter((l) => runnerAt(runner, l.part.words) >= 0);
    if (found.length !== 1)
        return { after };
    const setup = setupBefore(lenient.parts, found[0].path[0]);
    return { how: { setup, words: found[0].part.words }, after };
}
/** Does the shell stop at a failed command? bash and sh as the runner calls them do (`-e`). */
function shellStopsOnError(shell) {
    const s = shell.trim();
    if (/^(?:\S*\/)?(?:bash|sh)$/.test(s))
        return true;
    return /\s-[a-z]*e[a-z]*\b/.test(s) || /\s-o\s+errexit\b/.test(s);
}
/** The built-in re-run of `tests` for a step that ran `command` (bash -e): what `run/` runs. */
function rerunOfCommand(runner, tests, command, scripts = {}, output = '') {
    return builtInRerun(runner, tests, planStepRun(command, true, scripts, runner, output).how);
}
/**
 * How a step runs `runner` whatever its outcome, for a run of other tests its way (early flake detection),
 * or why no invocation stands for the step: its command does not show the runner (its flags may be in a
 * Makefile), runs it more than once (which one runs the change's files is not known), or changes directory
 * before it (the files' paths would not hold there). `configs` and `env` as planStepRun's: pytest's `addopts`.
 */
function stepInvocation(command, errexit, scripts, runner, configs = {}, env = {}) {
    let chain = expandScripts(parseChain(command, errexit), scripts);
    if (chain.complex)
        chain = parseChain(command, errexit, true);
    const found = leaves(chain.parts).filter((l) => runnerAt(runner, l.part.words) >= 0);
    if (found.length === 0)
        return { unknown: `its command does not show how it runs ${runner}` };
    if (found.length > 1)
        return { unknown: `its command runs ${runner} ${found.length} times` };
    const { part, path } = found[0];
    if (changesDirectory(chain.parts, path))
        return { unknown: `its command changes directory before it runs ${runner}` };
    const pm = scriptOf(chain.parts, path);
    // pytest's `addopts` (its environment's, its config's) apply to a run of other tests too (planStepRun's).
    const addopts = runner === 'pytest' ? pytestAddopts({ ...env.vars, ...assignedIn(chain.parts) }, configs) : [];
    return {
        how: {
            setup: setupBefore(chain.parts, path[0]),
            words: part.words,
            ...(pm ? { pm } : {}),
            ...(addopts.length > 0 ? { addopts } : {}),
        },
    };
}
/**
 * The package script that changes directory (`"test": "cd web && jest"`) before the part at `path`, inside
 * it: the runner's config files are read, and its tests re-run, where the step's own command left it.
 */
function movedInScript(parts, path) {
    let level = parts;
    let script;
    for (const i of path) {
        if (script && level.slice(0, i).some(changesDir))
            return script;
        script = level[i].script?.name;
        level = level[i].script?.parts ?? [];
    }
    return undefined;
}
/** `cd`, `pushd`, `popd`, bash's `builtin cd` and `command cd` too. */
const changesDir = (p) => /^(?:cd|pushd|popd)$/.test(p.words.find((w) => !/^(?:builtin|command)$/.test(w.text))?.text ?? '');
/** Does a `cd` or `pushd` run before the part at `path`, at its level or around it in a package script? */
function changesDirectory(parts, path) {
    let level = parts;
    for (const i of path) {
        if (level.slice(0, i).some((p) => /^(?:cd|pushd)$/.test(p.words[0].text)))
            return true;
        level = level[i].script?.parts ?? [];
    }
    return false;
}

;// CONCATENATED MODULE: ./src/test-recovery/index.ts
/**
 * Test recovery's one door: the rest of src/ imports it from here and from nothing else inside
 * (eslint.config.js `wingDoor`). Inside, `core/` decides, pure: how a failed step ran its test runner
 * (`step-script.ts`, `invocation.ts` over `runner-options.ts`, `step-run.ts`), which failed tests its JUnit
 * reports or console name (`junit.ts`, `console.ts`, `names.ts`, `report-tally.ts`, `pytest-rootdir.ts`), which to re-run alone
 * and how (`plan.ts`, `cargo-crates.ts`: which crate a changed file is, `rerun.ts`), what the re-runs prove
 * (`verdict.ts`; `console-passed.ts`: the tests a re-run's console shows passed), and early flake detection
 * (`arrival.ts`); `ports/` is how `run/` reaches a step's report files and the flaky history. A test's
 * identity and the flaky history stay in src/core (`test-identity.ts`, `test-history.ts`): post's assessment
 * and report read them too, and the wing stands above core. The real ports are in src/adapters (`test-reports.ts`, `test-history-store.ts`), beside the
 * document cache and config reader they share.
 */

















/***/ })

};
