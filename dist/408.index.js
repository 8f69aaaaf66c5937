export const id = 408;
export const ids = [408];
export const modules = {

/***/ 6713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OU: () => (/* binding */ TESTS_RECOVERED),
/* harmony export */   VZ: () => (/* binding */ attemptRecovered),
/* harmony export */   gs: () => (/* binding */ saysRecovered)
/* harmony export */ });
/**
 * What `run/` prints when it turned a failed step green: its failed tests passed when re-run alone (or
 * are quarantined), or a later attempt of the whole command passed. A log holding such a line after the
 * failure it shows is the log of a step that passed: the CLI's classify and plan say so instead of
 * "fix it". Pure.
 */
/** run/'s notice when every failed test passed on a re-run of itself or is quarantined. */
const TESTS_RECOVERED = 'ci-recovery: every failed test passed on a re-run of itself or is quarantined: the step passes';
/** run/'s line when an attempt after a failed one passed. */
function attemptRecovered(stage, attempt) {
    return `ci-recovery: stage '${stage}' passed on attempt ${attempt}, after ${attempt - 1} failed: the step passes`;
}
const ATTEMPT_RECOVERED = /ci-recovery: stage '.*' passed on attempt \d+, after \d+ failed: the step passes/;
/** Does this log line say run/ turned its step green? (Annotations show it after `::notice::` or `##[notice]`.) */
function saysRecovered(line) {
    return line.includes(TESTS_RECOVERED) || ATTEMPT_RECOVERED.test(line);
}


/***/ }),

/***/ 21728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ failedFromConsole),
/* harmony export */   cc: () => (/* binding */ jestVerboseFailed),
/* harmony export */   ds: () => (/* binding */ nodeRelative),
/* harmony export */   iV: () => (/* binding */ passedFromConsole)
/* harmony export */ });
/* unused harmony exports MAX_CONSOLE_CHARS, PASSING_RUNNERS, CONSOLE_RUNNERS */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33953);

/** The tail of an attempt's output that is read (runners print failures last). */
const MAX_CONSOLE_CHARS = 8 * 1024 * 1024;
/** Failed tests read from one output at most. */
const MAX_FAILED = 10_000;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
/** The runner's timestamp prefix the Actions log adds is not in a step's own output; ANSI colour is. */
function plainLines(output) {
    const tail = output.length > MAX_CONSOLE_CHARS ? output.slice(-MAX_CONSOLE_CHARS) : output;
    // Trailing blanks are cut here, so no pattern needs a `\s*$` (after a lazy group, that backtracks
    // quadratically on a line of blanks).
    return tail
        .replace(ANSI, '')
        .split(/\r?\n/)
        .map((line) => line.trimEnd());
}
/**
 * jest: `FAIL path` heads a file's failures, each `● describe › test`. With `projects`, the project's
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
        const bullet = /^\s{2}● (.+)$/.exec(line);
        if (!bullet || file === undefined)
            continue;
        const name = bullet[1];
        if (name === 'Test suite failed to run' || name.startsWith('Console'))
            continue;
        out.push({ runner: 'jest', suite: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(file), name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(name) });
    }
    return out;
};
/** vitest: ` FAIL  path > describe > test` (with ` [ project ]` first in a workspace). */
const vitest = (lines) => {
    const out = [];
    for (const line of lines) {
        const m = /^\s*(?:×\s+)?FAIL\s+(?:\|[^|]*\|\s+)?(\S+) > (.+)$/.exec(line);
        if (m)
            out.push({ runner: 'vitest', suite: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[1].replace(/^\.\//, '')), name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[2]) });
    }
    return out;
};
/** pytest: the short summary's `FAILED path::Class::test[params] - reason` (and `ERROR` for a test's setup). */
const pytest = (lines) => {
    const out = [];
    for (const line of lines) {
        const m = /^(?:FAILED|ERROR) (\S+?\.py)::(\S.*?)(?: - .*)?$/.exec(line);
        if (!m)
            continue;
        const split = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .splitParams */ .Z8)(m[2]);
        out.push({
            runner: 'pytest',
            suite: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[1]),
            name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(split.name),
            ...(split.params !== undefined ? { params: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(split.params) } : {}),
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
            out.push({ runner: 'go', suite: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(pkg[1]), name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(name) });
        pending = [];
    }
    return out;
};
/** cargo test: `test path::to::test ... FAILED`, in the crate's target named by the `Running` line before. */
const cargo = (lines) => {
    const out = [];
    let target = '';
    for (const line of lines) {
        const running = /^\s*Running (?:unittests )?(\S+)/.exec(line);
        if (running)
            target = running[1];
        const m = /^test (\S+) \.\.\. FAILED$/.exec(line);
        if (m)
            out.push({ runner: 'cargo', suite: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(target), name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[1]) });
    }
    return out;
};
/** cargo-nextest: `        FAIL [   0.004s] binary-id test::path` (the final summary repeats them). */
const nextest = (lines) => {
    const out = [];
    for (const line of lines) {
        const m = /^\s*(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \[\s*[\d.]+m?s\] (?:\(\d+\/\d+\) )?(\S+) (\S+)$/.exec(line);
        if (m)
            out.push({ runner: 'nextest', suite: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[1]), name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[2]) });
    }
    return out;
};
/** Gradle: `ClassTest > method() FAILED` (nested classes and display names as Gradle prints them). */
const gradle = (lines) => {
    const out = [];
    for (const line of lines) {
        const m = /^(\S[^>]*?) > (.+) FAILED$/.exec(line);
        if (!m || m[1].startsWith('>'))
            continue;
        const split = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .splitParams */ .Z8)(m[2]);
        out.push({
            runner: 'gradle',
            suite: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[1]),
            name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(split.name),
            ...(split.params !== undefined ? { params: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(split.params) } : {}),
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
        const now = /^\[ERROR\] ([^\s(]+)\.([^.\s(]+)(?: --|\s)\s*Time elapsed: .*<<< (?:FAILURE|ERROR)!/.exec(line);
        const old = /^\[ERROR\] ([^\s(]+)\(([^)\s]+)\)\s+Time elapsed: .*<<< (?:FAILURE|ERROR)!/.exec(line);
        const [suite, name] = now ? [now[1], now[2]] : old ? [old[2], old[1]] : [];
        if (suite === undefined || name === undefined)
            continue;
        const split = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .splitParams */ .Z8)(name);
        out.push({
            runner: 'maven',
            suite: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(suite),
            name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(split.name),
            ...(split.params !== undefined ? { params: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(split.params) } : {}),
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
            out.push({ runner: 'rspec', suite: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[1]), name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[2]) });
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
            suite: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[1]),
            name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[2]),
            ...(m[3] !== undefined ? { params: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[3]) } : {}),
        });
    }
    return out;
};
/** dotnet test: `  Failed Namespace.Class.Method [12 ms]` (with `(params)` for a theory's case). */
const dotnet = (lines) => {
    const out = [];
    for (const line of lines) {
        const m = /^\s+Failed ([\w.+`]+)\.([^.\s(]+)(?:\((.*)\))? \[[^\]]*\]$/.exec(line);
        if (!m)
            continue;
        out.push({
            runner: 'dotnet',
            suite: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[1]),
            name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[2]),
            ...(m[3] !== undefined ? { params: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[3]) } : {}),
        });
    }
    return out;
};
/**
 * jest --verbose: under a `PASS`/`FAIL` head, `✓ name` (`✕` failed) nested under its describe blocks by
 * indentation, two spaces a level; the id's name joins them with ` › ` as the failure's `●` line does.
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
        const test = /^([✓✕√×○✎]) (?:skipped |todo )?(.+?)(?: \(\d[\d.]* ?m?s\))?$/.exec(text);
        if (!test) {
            if (!text.startsWith('●'))
                blocks = [...blocks.slice(0, level), text];
            continue;
        }
        if (test[1] === mark || (mark === '✓' && test[1] === '√') || (mark === '✕' && test[1] === '×'))
            out.push({
                runner: 'jest',
                suite: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(file),
                name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)([...blocks.slice(0, level), test[2]].join(' › ')),
            });
    }
    return out;
}
/** vitest --reporter=verbose: `✓ path > describe > test 2ms` (`×` failed), a `|project|` first in a workspace. */
function vitestVerbose(lines, mark) {
    const out = [];
    for (const line of lines) {
        const m = /^\s*([✓×√✗]) (?:\|[^|]*\|\s+)?(\S+) > (.+?)(?: \d+(?:\.\d+)?m?s)?$/.exec(line);
        const passed = m !== null && (m[1] === '✓' || m[1] === '√');
        if (m && passed === (mark === '✓'))
            out.push({ runner: 'vitest', suite: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[2].replace(/^\.\//, '')), name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[3]) });
    }
    return out;
}
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
            out.push({ runner: 'mocha', suite: '', name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(parts.join(' ').slice(0, -1)) });
    }
    return out;
};
/**
 * mocha's spec tree: a suite's title two spaces deeper per level, its tests two more, `✔ title` (`√` on
 * Windows, a slow test's ` (12ms)` after it) when it passed; the name is the full title.
 */
function mochaPassed(lines) {
    const out = [];
    let blocks = [];
    for (const line of lines) {
        if (/^\s+\d+ (?:passing|failing|pending)\b/.test(line))
            blocks = [];
        const m = /^((?: {2})+)(\S.*)$/.exec(line);
        if (!m)
            continue;
        const level = m[1].length / 2 - 1;
        const test = /^[✔√] (.+?)(?: \(\d+ms\))?$/.exec(m[2]);
        if (test)
            out.push({
                runner: 'mocha',
                suite: '',
                name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)([...blocks.slice(0, level), test[1]].join(' ')),
            });
        else if (!/^(?:\d+\)|-) /.test(m[2]))
            blocks = [...blocks.slice(0, level), m[2]];
    }
    return out;
}
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
        if (!m || / # (?:SKIP|TODO)\b/.test(m[3]))
            continue;
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
        const name = [...stack.slice(0, level), tapUnescape(m[3])].join(' › ');
        out.push({ name, file, passed: m[2] === 'ok' });
    }
    return out;
}
/**
 * node --test's spec reporter (the default on a terminal, and off one from Node 23): `▶ suite` two spaces
 * deeper per level, `✔ name (1ms)` or `✖ name (1ms)` under it, and the suite's own `✔`/`✖` line closing it.
 * The `✖ failing tests:` summary after it names each failure's file (`test at file:5:3`), in the same order.
 */
function nodeSpec(lines) {
    const out = [];
    const stack = [];
    let i = 0;
    for (; i < lines.length && lines[i] !== '✖ failing tests:'; i++) {
        const m = /^((?: {2})*)([▶✔✖]) (.+?)(?: \([\d.]+m?s\))?(?: # (?:SKIP|TODO)\b.*)?$/.exec(lines[i]);
        if (!m)
            continue;
        const level = m[1].length / 2;
        if (m[2] === '▶') {
            stack.length = level;
            stack.push(m[3]);
        }
        else if (stack[level] === m[3] && stack.length === level + 1)
            stack.length = level;
        else if (!/ # (?:SKIP|TODO)\b/.test(lines[i]))
            out.push({ name: [...stack.slice(0, level), m[3]].join(' › '), file: '', passed: m[2] === '✔' });
    }
    const failed = out.filter((r) => !r.passed);
    let k = 0;
    for (let file = ''; i < lines.length && k < failed.length; i++) {
        const at = /^test at (.+?)(?::\d+){2}$/.exec(lines[i]);
        if (at)
            file = at[1];
        const m = /^✖ (.+?)(?: \([\d.]+m?s\))?$/.exec(lines[i]);
        if (!m || lines[i] === '✖ failing tests:')
            continue;
        if (failed[k].name.split(' › ').pop() === m[1])
            failed[k].file = file;
        k++;
        file = '';
    }
    return out;
}
function nodeResults(lines, passed) {
    const tap = nodeTap(lines);
    return (tap.length > 0 ? tap : nodeSpec(lines))
        .filter((r) => r.passed === passed)
        .map((r) => ({ runner: 'node', suite: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(r.file), name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(r.name) }));
}
/** Parsers of the tests a run shows passed: what a re-run's verdict is read from. */
const PASSED = {
    jest: (lines) => jestVerbose(lines, '✓'),
    mocha: mochaPassed,
    node: (lines) => nodeResults(lines, true),
    vitest: (lines) => vitestVerbose(lines, '✓'),
    // pytest -rA: `PASSED path::name` in the short summary; -v: `path::name PASSED [ 50%]`.
    pytest: (lines) => {
        const out = [];
        for (const line of lines) {
            const m = /^PASSED (\S+?\.py)::(\S+)$/.exec(line) ?? /^(\S+?\.py)::(\S+) PASSED\b/.exec(line);
            if (!m)
                continue;
            const split = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .splitParams */ .Z8)(m[2]);
            out.push({
                runner: 'pytest',
                suite: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[1]),
                name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(split.name),
                ...(split.params !== undefined ? { params: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(split.params) } : {}),
            });
        }
        return out;
    },
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
                out.push({ runner: 'go', suite: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(pkg[1]), name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(name) });
            pending = [];
        }
        return out;
    },
    cargo: (lines) => {
        const out = [];
        let target = '';
        for (const line of lines) {
            const running = /^\s*Running (?:unittests )?(\S+)/.exec(line);
            if (running)
                target = running[1];
            const m = /^test (\S+) \.\.\. ok$/.exec(line);
            if (m)
                out.push({ runner: 'cargo', suite: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(target), name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[1]) });
        }
        return out;
    },
    nextest: (lines) => {
        const out = [];
        for (const line of lines) {
            const m = /^\s*PASS \[\s*[\d.]+m?s\] (?:\(\d+\/\d+\) )?(\S+) (\S+)$/.exec(line);
            if (m)
                out.push({ runner: 'nextest', suite: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[1]), name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[2]) });
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
                    suite: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[1]),
                    name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[2]),
                    ...(m[3] !== undefined ? { params: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .clipName */ .es)(m[3]) } : {}),
                });
        }
        return out;
    },
};
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
/** The runners whose output names the tests that passed (the others need a report for a re-run's verdict). */
const PASSING_RUNNERS = Object.keys(PASSED);
/** The tests `runner`'s output shows passed (empty for a runner whose output does not name them). */
function passedFromConsole(output, runner) {
    const parse = PASSED[runner];
    return parse ? dedupe(parse(plainLines(output))).slice(0, MAX_FAILED) : [];
}
/** The tests jest's --verbose output shows failed (`✕`): with the `●` lines, the failures of a re-run. */
function jestVerboseFailed(output) {
    return jestVerbose(plainLines(output), '✕');
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
 * The failed tests `runner`'s output names; with no runner known, the first parser that finds any. Empty
 * when none is found (a compile error, a runner not known): the caller cannot tell which tests failed.
 */
function failedFromConsole(output, runner) {
    const lines = plainLines(output);
    const parsers = runner ? [PARSERS[runner]].filter((p) => p !== undefined) : Object.values(PARSERS);
    for (const parse of parsers) {
        const found = dedupe(parse(lines));
        if (found.length > 0)
            return found.slice(0, MAX_FAILED);
    }
    return [];
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


/***/ }),

/***/ 33953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ runnerOfCommand),
/* harmony export */   HD: () => (/* binding */ shownName),
/* harmony export */   JT: () => (/* binding */ isTestRunner),
/* harmony export */   Z8: () => (/* binding */ splitParams),
/* harmony export */   es: () => (/* binding */ clipName),
/* harmony export */   yY: () => (/* binding */ idFromCase)
/* harmony export */ });
/* unused harmony export MAX_NAME_CHARS */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72020);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2843);
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
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .printablePath */ .Vj)((0,_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .testKey */ .S)(id)).replace(/^::/, ':\\:');
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
    return _identity_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_RUNNERS */ .L.includes(value);
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
/** A report's test case as `runner` names it; the same test gets the same id on every run. */
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
            return { runner, suite: clipName(asFile?.replace(/^\.\//, '') ?? ''), name };
        }
        default:
            return { runner, suite: clipName(file ?? classname ?? raw.suiteName ?? ''), name };
    }
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


/***/ })

};
