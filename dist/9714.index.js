export const id = 9714;
export const ids = [9714];
export const modules = {

/***/ 19714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/checkpoint/index.ts + 1 modules
var checkpoint = __webpack_require__(93248);
// EXTERNAL MODULE: ./src/adapters/config-file.ts
var config_file = __webpack_require__(98835);
// EXTERNAL MODULE: ./src/adapters/event.ts
var adapters_event = __webpack_require__(28000);
// EXTERNAL MODULE: ./src/adapters/inputs.ts + 1 modules
var inputs = __webpack_require__(6649);
// EXTERNAL MODULE: ./src/adapters/job-env.ts
var job_env = __webpack_require__(12461);
// EXTERNAL MODULE: ./src/adapters/logger.ts
var logger = __webpack_require__(74810);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/core/tests/junit.ts
var junit = __webpack_require__(17129);
;// CONCATENATED MODULE: ./src/adapters/test-reports.ts
/**
 * The disk side of a `run/` step's test recovery: test reports found by glob (bounded: a walk of at most
 * MAX_ENTRIES entries from the glob's own base, no symbolic links followed, node_modules and .git skipped
 * unless the glob names them, at most MAX_FILES reports of at most MAX_REPORT_BYTES each, each read only
 * when asked), and the changed files main left in RUNNER_TEMP.
 */





const MAX_ENTRIES = 50_000;
const MAX_FILES = 50;
const MAX_CHANGED_BYTES = 16 * 1024 * 1024;
/** File systems keep modification times coarser than our clock on some runners: a little slack. */
const MTIME_SLACK_MS = 2_000;
async function readChangedFiles(runnerTemp) {
    try {
        const file = (0,config_file/* changedFilesPath */.Ns)(runnerTemp);
        if ((await (0,promises_.lstat)(file)).size > MAX_CHANGED_BYTES)
            return undefined;
        const value = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        return Array.isArray(value) ? value.filter((f) => typeof f === 'string') : undefined;
    }
    catch {
        return undefined;
    }
}
/** A report's text, read only when its tests are wanted; one that grew past the bound since is refused. */
async function readReport(file) {
    const text = await (0,promises_.readFile)(file, 'utf8').catch((error) => {
        throw new junit/* ReportError */.$g(`could not be read (${error.code ?? String(error)})`);
    });
    if (text.length > junit/* MAX_REPORT_BYTES */.WA)
        throw new junit/* ReportError */.$g(`larger than ${junit/* MAX_REPORT_BYTES */.WA} bytes`);
    return text;
}
async function findReports(globs, cwd, sinceMs) {
    const patterns = globs
        .split(/[\n,]/)
        .map((g) => g.trim().replace(/^\.\//, ''))
        .filter((g) => g !== '');
    const files = [];
    const skipped = [];
    let visited = 0;
    for (const pattern of patterns) {
        const match = picomatch_default()(pattern, { dot: true });
        // A plain path (no glob) is its own scan base: walk from its directory, as for a glob.
        const scan = picomatch_default().scan(pattern);
        const base = scan.isGlob ? scan.base : external_node_path_default().posix.dirname(pattern).replace(/^\.$/, '');
        const deep = /(^|\/)(node_modules|\.git)(\/|$)/.test(pattern);
        const queue = [base];
        while (queue.length > 0 && visited < MAX_ENTRIES) {
            const dir = queue.shift();
            let entries;
            try {
                entries = await (0,promises_.readdir)(external_node_path_default().join(cwd, dir), { withFileTypes: true });
            }
            catch {
                continue;
            }
            for (const entry of entries) {
                if (++visited > MAX_ENTRIES)
                    break;
                const rel = dir ? `${dir}/${entry.name}` : entry.name;
                if (entry.isDirectory()) {
                    if (deep || (entry.name !== 'node_modules' && entry.name !== '.git'))
                        queue.push(rel);
                }
                else if (entry.isFile() && match(rel) && !files.some((f) => f.path === rel)) {
                    const stat = await (0,promises_.lstat)(external_node_path_default().join(cwd, rel));
                    if (stat.mtimeMs + MTIME_SLACK_MS < sinceMs)
                        continue;
                    // Each report not read is named: a failed test in it is unknown, so the step keeps its failure.
                    if (stat.size > junit/* MAX_REPORT_BYTES */.WA)
                        skipped.push(`${rel}: larger than ${junit/* MAX_REPORT_BYTES */.WA} bytes`);
                    else if (files.length >= MAX_FILES)
                        skipped.push(`${rel}: past the ${MAX_FILES} reports read at most`);
                    else
                        files.push({ path: rel, read: () => readReport(external_node_path_default().join(cwd, rel)) });
                }
            }
        }
    }
    return { files, skipped };
}
const MAX_PACKAGE_BYTES = 1024 * 1024;
/** package.json's `scripts` in `cwd`: only string values; none when it is missing, too large or not JSON. */
async function packageScripts(cwd) {
    try {
        const file = external_node_path_default().join(cwd, 'package.json');
        if ((await (0,promises_.lstat)(file)).size > MAX_PACKAGE_BYTES)
            return {};
        const value = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        const scripts = value?.scripts;
        if (typeof scripts !== 'object' || scripts === null)
            return {};
        return Object.fromEntries(Object.entries(scripts).filter((e) => typeof e[1] === 'string'));
    }
    catch {
        return {};
    }
}
function testFilesPort(job, logger) {
    return {
        reports: findReports,
        packageScripts,
        changedFiles: () => readChangedFiles(job.runnerTemp),
        // The flaky history main left in RUNNER_TEMP (adapters/test-history-store.ts), read once a test failed.
        loadHistory: async () => (await Promise.all(/* import() */[__webpack_require__.e(9001), __webpack_require__.e(6808)]).then(__webpack_require__.bind(__webpack_require__, 54427))).loadTestHistoryView(job.runnerTemp, logger),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/core/file-commands.ts
/**
 * The runner's grammar of the key-value file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE):
 * `NAME=VALUE` lines, or `NAME<<DELIMITER` ... `DELIMITER` heredocs, whichever of `=` and `<<` comes
 * first. A malformed file raises the runner's own messages. One parser, for the `run/` step and the stand.
 *
 * Line ends are the runner's per OS (actions/runner `src/Runner.Worker/FileCommandManager.cs`, `ReadLine`):
 * only on Windows does `\r\n` end a line (`#if OS_WINDOWS`); on Linux and macOS a line ends at `\n` alone,
 * so `KEY=v\r\n` keeps its `\r` and a delimiter line `EOF\r` does not match `EOF`.
 */
class FileCommandError extends Error {
    name = 'FileCommandError';
}
/** Reads `text` line by line, remembering where each line started and how long its newline was. */
function lineReader(text, { windows }) {
    let index = 0;
    const next = () => {
        if (index >= text.length)
            return undefined;
        const start = index;
        const newline = text.indexOf('\n', index);
        if (newline === -1) {
            index = text.length;
            return { line: text.slice(start), start, newlineLength: 0 };
        }
        index = newline + 1;
        const crlf = windows && newline > start && text[newline - 1] === '\r';
        return { line: text.slice(start, crlf ? newline - 1 : newline), start, newlineLength: crlf ? 2 : 1 };
    };
    return { next, index: () => index };
}
/** The value of a heredoc whose header was just read: up to the newline before the delimiter line. */
function heredocValue(text, lines, delimiter) {
    const valueStart = lines.index();
    let previousNewline = 0;
    for (let next = lines.next(); next; next = lines.next()) {
        if (next.line === delimiter) {
            return next.start === valueStart ? '' : text.slice(valueStart, next.start - previousNewline);
        }
        if (next.newlineLength === 0)
            throw new FileCommandError('Invalid value. EOF marker missing new line.');
        previousNewline = next.newlineLength;
    }
    throw new FileCommandError(`Invalid value. Matching delimiter not found '${delimiter}'`);
}
/**
 * Parses a key-value file command the way the runner on `ends`' OS does (Linux or macOS unless told);
 * later values win. Throws FileCommandError.
 */
function parseKeyValueFile(text, ends = { windows: false }) {
    const result = {};
    const lines = lineReader(text, ends);
    for (let current = lines.next(); current; current = lines.next()) {
        const { line } = current;
        if (line === '')
            continue;
        const equals = line.indexOf('=');
        const heredoc = line.indexOf('<<');
        if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
            // The runner tests the line, not the name, for emptiness (EnvFileKeyValuePairs: `if
            // (string.IsNullOrEmpty(line))` after the split): `=value` passes with the empty name.
            result[line.slice(0, equals)] = line.slice(equals + 1);
        }
        else if (heredoc >= 0) {
            const key = line.slice(0, heredoc);
            const delimiter = line.slice(heredoc + 2);
            if (key === '' || delimiter === '') {
                throw new FileCommandError(`Invalid format '${line}'. Name must not be empty and delimiter must not be empty`);
            }
            result[key] = heredocValue(text, lines, delimiter);
        }
        else {
            throw new FileCommandError(`Invalid format '${line}'`);
        }
    }
    return result;
}
/**
 * A GITHUB_ENV file's variables as they reach a later command: NODE_OPTIONS is never set through it (the
 * runner refuses it, GitHub's docs on GITHUB_ENV), nor the empty name. Throws FileCommandError.
 */
function envFileEntries(text, ends = { windows: false }) {
    const env = {};
    const refused = [];
    for (const [name, value] of Object.entries(parseKeyValueFile(text, ends))) {
        if (name === '' || name.toUpperCase() === 'NODE_OPTIONS')
            refused.push(name);
        else
            env[name] = value;
    }
    return { env, refused };
}
/**
 * A file command's bytes as the runner reads them: .NET's `File.ReadAllText(path)` (EnvFileKeyValuePairs;
 * `File.ReadAllLines(path, Encoding.UTF8)` for GITHUB_PATH) detects a byte order mark: UTF-8's is dropped,
 * UTF-16 (as Windows PowerShell 5.1's `Out-File` and `>>` write) and UTF-32 are decoded; without one, UTF-8.
 */
function decodeFileCommand(bytes) {
    const [a, b, c, d] = bytes;
    if (a === 0xef && b === 0xbb && c === 0xbf)
        return new TextDecoder('utf-8').decode(bytes.subarray(3));
    if (a === 0xff && b === 0xfe && c === 0 && d === 0)
        return utf32(bytes.subarray(4), true);
    if (a === 0 && b === 0 && c === 0xfe && d === 0xff)
        return utf32(bytes.subarray(4), false);
    if (a === 0xff && b === 0xfe)
        return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (a === 0xfe && b === 0xff)
        return new TextDecoder('utf-16be').decode(bytes.subarray(2));
    return new TextDecoder('utf-8').decode(bytes);
}
function utf32(bytes, littleEndian) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let text = '';
    for (let i = 0; i + 4 <= bytes.length; i += 4) {
        const code = view.getUint32(i, littleEndian);
        text += code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return text;
}
/**
 * A GITHUB_PATH file: one directory a line, empty lines skipped. The runner reads it with .NET's
 * `File.ReadAllLines`, which ends a line at `\r\n`, `\r` or `\n` on every OS (FileCommandManager.cs,
 * `AddPathFileCommand`).
 */
function parsePathFile(text) {
    return text.split(/\r\n|\r|\n/).filter((l) => l !== '');
}
/** The runner's message for a malformed file command, naming it ('output', 'env', 'save-state'). */
function fileCommandFailure(command, error) {
    return new FileCommandError(`Unable to process file command '${command}' successfully. ${error.message}`);
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/skip.ts
var skip = __webpack_require__(75772);
// EXTERNAL MODULE: ./src/core/types.ts
var core_types = __webpack_require__(73054);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
;// CONCATENATED MODULE: ./src/core/shell-command.ts
/**
 * The command line of a `run/` step's script, built as the runner builds a `run:` step's (actions/runner
 * 2.336, commit 258d6c8, `src/Runner.Worker/Handlers/ScriptHandler.cs` `RunAsync` and
 * `ScriptHandlerHelpers.cs`), and the script file's name and contents. The runner makes ONE argument
 * string and hands it to .NET's `Process.Start`: on Windows that string reaches the program verbatim, after
 * the quoted program path; on Linux and macOS .NET splits it into argv by the C runtime's rules. Pure.
 */

/** The runner's built-in argument formats (ScriptHandlerHelpers.cs lines 13-21), and `node`, ours. */
const ARGUMENT_FORMATS = {
    cmd: '/D /E:ON /V:OFF /S /C "CALL "{0}""',
    pwsh: `-command ". '{0}'"`,
    powershell: `-command ". '{0}'"`,
    bash: '--noprofile --norc -e -o pipefail {0}',
    sh: '-e {0}',
    python: '{0}',
    node: '{0}',
};
/** ScriptHandlerHelpers.cs lines 23-31 (`.js` for node is ours), chosen by the program's name. */
const EXTENSIONS = {
    cmd: '.cmd',
    pwsh: '.ps1',
    powershell: '.ps1',
    bash: '.sh',
    sh: '.sh',
    python: '.py',
    node: '.js',
};
const SHELL_NAMES = 'bash, sh, python, node, pwsh, powershell or cmd';
/** The shell input as the runner splits it: the program, then the rest (ParseShellOptionString, lines 70-85). */
function parseShellOption(shell) {
    const space = shell.indexOf(' ');
    const program = space === -1 ? shell : shell.slice(0, space);
    // ScriptHandler.cs lines 224-232: no format after the program takes the built-in one (ordinal, as the
    // runner's dictionary is case-insensitive: 'PWSH' is pwsh).
    const given = space === -1 ? '' : shell.slice(space + 1).trimStart();
    const builtIn = Object.entries(ARGUMENT_FORMATS).find(([k]) => k === program.toLowerCase())?.[1];
    return { program, format: given || (builtIn ?? '') };
}
/**
 * .NET's `string.Format(format, path)` with one argument (ScriptHandler.cs line 267): every `{0}` is the
 * path, `{{` and `}}` are braces, anything else in braces is the FormatException that fails the step.
 */
function formatArguments(shell, format, path) {
    let out = '';
    for (let i = 0; i < format.length; i++) {
        const c = format[i];
        if ((c === '{' || c === '}') && format[i + 1] === c) {
            out += c;
            i++;
        }
        else if (format.startsWith('{0}', i)) {
            out += path;
            i += 2;
        }
        else if (c === '{' || c === '}') {
            throw new errors/* UserError */.yo(`Input 'shell' is '${shell}': the runner formats it with the script path as the only argument, so '${c}' must be '{0}' or doubled ('${c}${c}').`);
        }
        else
            out += c;
    }
    return out;
}
/**
 * The runner's invocation of a script at `scriptPath` for the shell input `shell` (a built-in name, or a
 * program and a format with `{0}`). Throws a UserError naming the input when the runner would refuse it.
 */
function shellInvocation(shell, scriptPath) {
    const { program, format } = parseShellOption(shell);
    if (!program)
        throw new errors/* UserError */.yo(`Input 'shell' is empty: write ${SHELL_NAMES}, or a template with {0}.`);
    // ScriptHandler.cs lines 243-246: a format without {0} is refused.
    if (!format.includes('{0}'))
        throw new errors/* UserError */.yo(`Input 'shell' is '${shell}': write ${SHELL_NAMES}, or a command template with {0} for the script path (e.g. 'perl {0}').`);
    // ScriptHandler.cs line 252: a double quote in the path is escaped with a backslash.
    const args = formatArguments(shell, format, scriptPath.replace(/"/g, '\\"'));
    return { program, arguments: args, args: parseArguments(args) };
}
/** The script file's extension for the program of `shell` (GetScriptFileExtension, by the program's name). */
function scriptExtension(shell) {
    return EXTENSIONS[parseShellOption(shell).program.toLowerCase()] ?? '';
}
/** The program's name as FixUpScriptContents matches it: exactly, as the runner's switch does. */
function shellProgram(shell) {
    return parseShellOption(shell).program;
}
/**
 * .NET's `ParseArgumentsIntoList` (dotnet/runtime `src/libraries/System.Diagnostics.Process/src/System/
 * Diagnostics/Process.Unix.cs`, lines 846-945 at 404b286b), the C runtime's rules: spaces and tabs
 * separate, double quotes group (`""` inside quotes is a quote), 2n backslashes before a quote are n and
 * the quote groups, 2n+1 are n and a literal quote; other backslashes and single quotes are literal.
 */
function parseArguments(text) {
    const out = [];
    for (let i = 0; i < text.length;) {
        if (BLANK.has(text[i])) {
            i++;
            continue;
        }
        const next = nextArgument(text, i);
        out.push(next.arg);
        i = next.end;
    }
    return out;
}
const BLANK = new Set([' ', '\t']);
/** One argument from `start` (GetNextArgument), and where the text after it starts. */
function nextArgument(text, start) {
    let arg = '';
    let quoted = false;
    let i = start;
    while (i < text.length) {
        let slashes = 0;
        while (text[i] === '\\') {
            slashes++;
            i++;
        }
        if (slashes > 0) {
            const beforeQuote = text[i] === '"';
            arg += '\\'.repeat(beforeQuote ? slashes >> 1 : slashes);
            if (beforeQuote && slashes % 2 === 1) {
                arg += '"';
                i++;
            }
            continue;
        }
        const c = text[i];
        if (c === '"' && quoted && text[i + 1] === '"') {
            arg += '"';
            i += 2;
        }
        else if (c === '"') {
            quoted = !quoted;
            i++;
        }
        else if (BLANK.has(c) && !quoted)
            break;
        else {
            arg += c;
            i++;
        }
    }
    return { arg, end: i };
}
/**
 * The command line .NET's `Process.Start` gives CreateProcess on Windows (`Process.Windows.cs`
 * `BuildCommandLine`): the program's path in double quotes unless it already is, a space, and the
 * argument string as it is.
 */
function windowsCommandLine(programPath, args) {
    const file = programPath.trim();
    const quoted = file.length > 1 && file.startsWith('"') && file.endsWith('"');
    return `${quoted ? file : `"${file}"`}${args ? ` ${args}` : ''}`;
}
/**
 * What to hand Node's `spawn` for the runner's invocation, on the runner's OS. On Windows: the argument
 * string as ONE argument with `windowsVerbatimArguments` (libuv `src/win/process.c` `make_program_args`
 * joins argv with spaces and copies each verbatim) and argv[0] the quoted program path, so the command
 * line is exactly `windowsCommandLine`. Elsewhere: the argv .NET would split it into.
 */
function spawnArguments(invocation, programPath, windows) {
    if (!windows)
        return { file: programPath, args: invocation.args };
    const file = programPath.trim();
    const argv0 = windowsCommandLine(file, '');
    return {
        file,
        args: invocation.arguments ? [invocation.arguments] : [],
        argv0,
        windowsVerbatimArguments: true,
    };
}
/**
 * The script file's contents as the runner writes them (`FixUpScriptContents`, called from
 * `ScriptHandler.cs` line 270 with the program's name, also for a template such as `pwsh -File {0}`):
 * pwsh and powershell stop on a failing cmdlet and exit with a native command's last exit code; cmd does
 * not echo its commands. The newline is the OS's, and on Windows every line end becomes CRLF (lines 271-273).
 */
function scriptContents(shell, script, windows) {
    const program = shellProgram(shell);
    const newline = windows ? '\r\n' : '\n';
    let contents = script;
    if (program === 'cmd')
        contents = `@echo off${newline}${contents}`;
    if (program === 'pwsh' || program === 'powershell') {
        const prepend = "$ErrorActionPreference = 'stop'";
        const append = String.raw `if ((Test-Path -LiteralPath variable:\LASTEXITCODE)) { exit $LASTEXITCODE }`;
        contents = `${prepend}${newline}${contents}${newline}${append}`;
    }
    return windows ? contents.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n') : contents;
}
/** The error for a shell whose program is not on the runner. */
function shellNotFound(file) {
    return new errors/* UserError */.yo(`Input 'shell': '${file}' was not found on this runner; install it or pick another shell (bash, sh, python, node, pwsh).`);
}

;// CONCATENATED MODULE: ./src/core/run-step.ts





/** `retry-on`: failure types, `any` or `error`, case-insensitive. */
function parseRetryOn(values) {
    const types = values.map((t) => t.toLowerCase());
    for (const t of types) {
        if (t !== 'any' && t !== 'error' && !core_types/* FAILURE_TYPES */.fs.includes(t)) {
            throw new errors/* UserError */.yo(`Input 'retry-on' has '${t}': write 'any', 'error' (every failure but a timeout) or failure types from ${core_types/* FAILURE_TYPES */.fs.join(', ')}, comma- or newline-separated.`);
        }
    }
    return types;
}
/** Does `retry-on` list this failure type? */
function retryOnLists(retryOn, type) {
    return (retryOn.includes('any') || retryOn.includes(type) || (retryOn.includes('error') && type !== 'timeout'));
}
/** `retry-on-exit-code`: exit codes from 1 to 255 (0 is a success, never retried). */
function parseRetryOnExitCodes(values) {
    return values.map((code) => {
        const n = Number(code);
        if (!/^\d+$/.test(code) || n < 1 || n > 255)
            throw new errors/* UserError */.yo(`Input 'retry-on-exit-code' has '${code}': write exit codes from 1 to 255 (e.g. '1, 75'), comma- or newline-separated.`);
        return n;
    });
}
/** A stage name from the command when none is given: stable across attempts of the same run. */
function defaultStage(run) {
    const first = run.split('\n').find((l) => l.trim() !== '') ?? 'run';
    return (first
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40) || 'run');
}
/** `file:line:col: ` at the start of a config error: where its annotation points. */
function errorLocation(message) {
    const at = /^([^\s:]+):(\d+):(\d+): /.exec(message);
    return at ? { file: at[1], startLine: Number(at[2]), startColumn: Number(at[3]) } : undefined;
}
// ---- the command ----

/** Program and arguments for a shell name or a custom template with `{0}`, as the runner splits them on Linux. */
function shellCommand(shell, script) {
    const { program, args } = shellInvocation(shell, script);
    return { file: program, args };
}
/** The error for a `working-directory` that is not a directory: spawn would blame the shell. */
function workingDirectoryMissing(input, resolved) {
    return new errors/* UserError */.yo(`Input 'working-directory': '${input}' (${resolved}) does not exist or is not a directory; ` +
        'create it in an earlier step, or give a path relative to the workspace that exists.');
}
/** Environment of the command: like a `run:` step, it does not see the action's inputs, state or runtime token. */
function commandEnv(env, files) {
    const out = {};
    for (const [k, v] of Object.entries(env)) {
        if (/^(INPUT_|STATE_)/.test(k) ||
            /^ACTIONS_(RUNTIME_TOKEN|RUNTIME_URL|RESULTS_URL|CACHE_URL|CACHE_SERVICE_V2)$/.test(k))
            continue;
        out[k] = v;
    }
    return { ...out, ...files };
}
/** The step's exit code: 124 for our time limit, 128+n for a signal, as a shell reports them. */
function exitCodeOf(end) {
    if (end.timedOut)
        return 124;
    if (end.exitCode !== undefined)
        return end.exitCode;
    return end.signalNumber ? 128 + end.signalNumber : 1;
}
const succeeded = (end) => !end.timedOut && end.exitCode === 0;
const minutes = (m) => `${Number(m.toFixed(2))} minute${m === 1 ? '' : 's'}`;
/**
 * An attempt we ended ourselves is typed by that fact, not guessed from its output: cancelled, or a
 * timeout at its limit. Undefined when the command ended by itself (the classifier's turn).
 */
function stoppedAttempt(end, stage, limitMinutes, 
/** Where the limit came from (run-retry.ts attemptLimit), said with it. */
limitFrom) {
    if (end.aborted) {
        const text = `ci-recovery: '${stage}' was cancelled; its process tree was killed`;
        const evidence = { line: 1, text };
        return { type: 'cancelled', confidence: 'high', retryable: false, rule: 'run:cancelled', evidence };
    }
    if (!end.timedOut)
        return undefined;
    const from = limitFrom ? ` (${limitFrom})` : '';
    const text = `ci-recovery: '${stage}' hit its time limit of ${minutes(limitMinutes)}${from}; its process tree was killed`;
    const line = end.output === '' ? 1 : end.output.replace(/\n$/, '').split('\n').length + 1;
    return {
        type: 'timeout',
        confidence: 'high',
        retryable: true,
        rule: 'run:time-limit',
        evidence: { line, text },
    };
}
// ---- the conclusion ----
const SKIPPED_OUTPUTS = {
    attempts: '0',
    'exit-code': '',
    'failure-type': '',
    strategy: 'skip',
    evidence: '',
    skipped: 'true',
};
/**
 * The step's own outputs after it ran. `strategy` tells what happened: `retry` when the step passed after
 * a failure (a retry of the command, or of its failed tests alone); else the last decision's.
 */
function stepOutputs(attempts, exitCode, classification, decision, passed = false) {
    return {
        attempts: String(attempts),
        'exit-code': String(exitCode),
        'failure-type': classification?.type ?? '',
        strategy: passed && classification ? 'retry' : (decision?.strategy ?? ''),
        // A line of the command's log (a pull request's code wrote it): one inert line.
        evidence: (0,core_text/* inert */.tJ)(classification?.evidence?.text ?? ''),
        skipped: 'false',
    };
}
/**
 * The job's stage durations with this completed stage's added: its passing attempt, the work a re-run
 * would do again (earlier failed attempts and waits are what recovery already spent, not what it saves).
 */
function stageDurationsWith(durations, stage, result) {
    const passing = result.attempts.at(-1);
    if (!passing)
        return { ...durations };
    return { ...durations, [stage]: Math.max(0, Math.round(passing.durationMs)) };
}
/** What the step concludes: its outputs, the stages now complete, and how it fails (or passes anyway). */
function concludeStep(settings, result, completedStages) {
    const outputs = [...Object.entries(result.commandOutputs), ...Object.entries(result.outputs)];
    const done = result.success && !result.skipped && !completedStages.includes(settings.stage);
    const verdict = {
        outputs,
        ...(done ? { completedStages: [...completedStages, settings.stage].join(',') } : {}),
    };
    if (result.success)
        return verdict;
    const { message, title } = failureMessage(settings, result);
    if (result.decision && (0,skip/* skipsFailure */.He)(result)) {
        // The policy lets this failure pass (`strategy: skip`): the job goes on; post shows what was skipped.
        return {
            ...verdict,
            failure: {
                level: 'warning',
                message: (0,skip/* skippedMessage */.aR)(message, result.decision),
                title: `${title}: skipped`,
            },
        };
    }
    if (settings.continueOnError) {
        // The step passes; its outputs (exit-code, failure-type, ...) still say what failed.
        return {
            ...verdict,
            failure: { level: 'warning', message: `${message} continue-on-error: the step passes.`, title },
        };
    }
    const code = result.exitCode;
    const exitCode = !result.fileCommandError && code && code > 0 && code < 256 ? code : 1;
    return { ...verdict, failure: { level: 'error', message, title, exitCode } };
}
function failureMessage(settings, result) {
    if (result.fileCommandError) {
        return {
            message: `Stage '${settings.stage}': ${result.fileCommandError}`,
            title: `ci-recovery: ${settings.stage} failed (file command)`,
        };
    }
    const c = result.classification;
    const d = result.decision;
    const evidence = c?.evidence ? ` Evidence, line ${c.evidence.line} of its output: ${c.evidence.text}` : '';
    const message = `Stage '${settings.stage}' failed after ${result.attempts.length} attempt(s): ${c?.type ?? 'unknown'} (${c?.rule ?? 'no rule'})` +
        (d ? `; decision ${d.strategy} (${d.rule}): ${d.reason}.` : '.') +
        testsFailing(result.tests) +
        evidence;
    return { message, title: `ci-recovery: ${settings.stage} failed (${c?.type ?? 'unknown'})` };
}
/** How many tests still fail after their re-runs (their keys are in the step's failed-tests output). */
function testsFailing(tests) {
    const failing = (tests ?? []).filter((t) => t.outcome === 'failed' && t.quarantined !== true);
    const arrivals = (tests ?? []).filter((t) => t.arrival).length;
    const flaky = arrivals > 0
        ? ` ${arrivals} test(s) the change added or edited are flaky on arrival; the step's flaky-on-arrival output names them.`
        : '';
    if (failing.length === 0)
        return flaky;
    const rerun = failing.filter((t) => t.retries > 0).length;
    return ` ${failing.length} test(s) failed (${rerun} of them on every re-run of itself); the step's failed-tests output names them.${flaky}`;
}
/** The record post reads to tell the job's story. */
function runStepRecord(settings, result) {
    return {
        kind: 'run',
        step: settings.stage,
        stage: settings.stage,
        startedAt: result.startedAt,
        completedAt: result.completedAt,
        outcome: result.skipped ? 'skipped' : result.success ? 'success' : 'failure',
        attempts: result.attempts,
        ...(result.classification ? { classification: result.classification } : {}),
        ...(result.decision ? { decision: result.decision } : {}),
        ...(result.checkpointId ? { checkpointId: result.checkpointId } : {}),
        ...(result.checkpointDigest ? { checkpointDigest: result.checkpointDigest } : {}),
        ...(result.tests ? { tests: result.tests } : {}),
        outputs: result.outputs,
    };
}

;// CONCATENATED MODULE: ./src/core/runner-os.ts
/**
 * What a `run/` step does differently on the runner's OS, decided from RUNNER_OS (JobEnv.runnerOs), so
 * that the Windows path is a pure answer this Linux machine can test: the command line (shell-command.ts),
 * where the program is found, and how the command's process tree is killed at a limit or a cancel. Pure.
 */
/** The runner is Windows: RUNNER_OS says so; without it (a laptop), the host's platform decides. */
function isWindowsRunner(runnerOs, hostPlatform) {
    return runnerOs ? runnerOs.toLowerCase() === 'windows' : hostPlatform === 'win32';
}
function processLayout(windows) {
    return windows ? { treeKill: 'taskkill', detached: false } : { treeKill: 'process-group', detached: true };
}
/**
 * The Windows tree kill: `/T` ends the process and every process it started, `/F` forcibly (console
 * programs get no close message to answer). Like the runner's own `WindowsKillProcessTree`
 * (`src/Runner.Sdk/ProcessInvoker.cs`), which walks parent ids and kills the leaves first.
 */
function treeKillCommand(pid) {
    return { file: 'taskkill', args: ['/T', '/F', '/PID', String(pid)] };
}
/**
 * The shell of a `run/` step whose `shell` input is empty, as the runner picks one for a `run:` step with
 * no `shell:` (actions/runner 258d6c8, `src/Runner.Worker/Handlers/ScriptHandler.cs` lines 187-203): on
 * Windows `pwsh` when WhichUtil finds it on PATH (lines 190-191), else `powershell` (lines 192-197; the
 * runner fails the step when neither is found, lines 196 and 198), both with `-command ". '{0}'"`
 * (line 203, `ScriptHandlerHelpers.cs` line 16). Elsewhere ci-recovery keeps `bash`, its documented
 * default, which also stops at a pipeline's failing command (`-o pipefail`): the runner's default there is
 * bash with the `sh` format, `bash -e {0}` (lines 200-201, `ScriptHandlerHelpers.cs` line 19).
 */
function defaultShell(windows, pwshOnPath) {
    if (!windows)
        return 'bash';
    return pwshOnPath ? 'pwsh' : 'powershell';
}
/** PATHEXT's default when unset (WhichUtil.cs line 44). */
const DEFAULT_PATHEXT = '.com;.exe;.bat;.cmd;.vbs;.vbe;.js;.jse;.wsf;.wsh';
/**
 * Where the runner's WhichUtil (`src/Runner.Sdk/Util/WhichUtil.cs` lines 13-90) looks for `command` on
 * Windows, in order: the path itself when fully qualified, else each PATH directory with the name as
 * given when it ends in a PATHEXT extension, or with each extension added. The first that exists is the
 * program; the runner never looks in the working directory (CreateProcess's own search would).
 */
function windowsProgramCandidates(command, pathVar, pathExt) {
    if (/^[a-zA-Z]:[\\/]|^[\\/]{2}/.test(command))
        return [command];
    const exts = (pathExt || DEFAULT_PATHEXT).split(';').filter(Boolean);
    const hasExt = exts.some((e) => command.toLowerCase().endsWith(e.toLowerCase()));
    const dirs = (pathVar ?? '').split(';').filter(Boolean);
    const join = (dir, name) => `${dir.replace(/[\\/]+$/, '')}\\${name}`;
    return dirs.flatMap((dir) => (hasExt ? [join(dir, command)] : exts.map((e) => join(dir, command + e))));
}

// EXTERNAL MODULE: ./src/adapters/stage-ledger.ts
var stage_ledger = __webpack_require__(22062);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/adapters/process-tree.ts
/**
 * A command's process tree on Linux, as `runProcess` (process.ts) marks, watches and kills it: the cookie
 * in every process's environment, the lock-limit mark `env -i` does not clear, the child-subreaper
 * launcher, /proc scans that tell who is still the tree's, and the kill (SIGTERM, a grace period, SIGKILL).
 */




/**
 * The environment variable that marks every process a command starts, however far it strays (setsid,
 * double fork, reparenting): children inherit it. The runner finds a job's leftover processes by its
 * RUNNER_TRACKING_ID the same way, and Jenkins by BUILD_ID.
 */
const PROCESS_COOKIE_ENV = 'CI_RECOVERY_PROCESS_COOKIE';
/** Every process of /proc; undefined where /proc is not available. */
function readProc() {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return undefined;
    }
    const stats = [];
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        let stat;
        try {
            stat = (0,external_node_fs_.readFileSync)(`/proc/${entry}/stat`, 'utf8');
        }
        catch {
            continue; // exited meanwhile
        }
        // "pid (comm) state ppid pgrp ... starttime(22nd) ...": comm may contain spaces and parentheses.
        const close = stat.lastIndexOf(')');
        const fields = stat.slice(close + 2).split(' ');
        stats.push({
            pid: Number(entry),
            command: stat.slice(stat.indexOf('(') + 1, close),
            state: fields[0] ?? '',
            ppid: Number(fields[1]),
            pgrp: Number(fields[2]),
            started: Number(fields[19]),
        });
    }
    return stats;
}
/** Zombies count as gone: they run nothing, and under a PID 1 that never reaps (some containers) they stay. */
const isLive = (p) => p.state !== 'Z' && p.state !== 'X';
function carriesCookie(pid, cookie) {
    try {
        return (0,external_node_fs_.readFileSync)(`/proc/${pid}/environ`).includes(`${PROCESS_COOKIE_ENV}=${cookie}\0`);
    }
    catch {
        return false; // gone, or another user's
    }
}
/**
 * The second mark, which `env -i` does not clear: a soft limit of file locks (RLIMIT_LOCKS, which Linux
 * has not enforced since 2.4.25, so it changes nothing), set by `prlimit` before it execs the command.
 * Limits pass through fork and exec, and /proc/<pid>/limits is readable like stat, whoever the parent.
 */
function carriesLockMark(pid, mark) {
    try {
        return new RegExp(`^Max file locks\\s+${mark}\\s`, 'm').test((0,external_node_fs_.readFileSync)(`/proc/${pid}/limits`, 'utf8'));
    }
    catch {
        return false;
    }
}
const PRLIMIT = ['/usr/bin/prlimit', '/bin/prlimit'];
/** Is `file` a program spawn would find? (Only then is it wrapped: spawn's own ENOENT stays its error.) */
function findable(file, env) {
    if (file.includes('/'))
        return (0,external_node_fs_.existsSync)(file);
    return (env.PATH ?? '').split(':').some((dir) => dir !== '' && (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, file)));
}
const PR_SET_CHILD_SUBREAPER = 36;
/** prctl's syscall number on the CPUs perl is used on (arm64 has the generic table's). */
const PRCTL_SYSCALL = { x64: 157, arm64: 167 };
/**
 * perl: the environment that its own start-up reads is set for it and put back before the exec, so the
 * command sees the one it was given: PERL5OPT could load a module (or fail to), and an unknown locale makes
 * perl warn on stderr unless PERL_BADLANG=0. Each is passed as one argument: `=value`, or `-` when unset.
 */
const PERL_ENV = ['PERL5OPT', 'PERL_BADLANG'];
const perlLauncher = (nr) => [
    `for my $n (${PERL_ENV.map((n) => `"${n}"`).join(', ')}) { my $v = shift; if ($v =~ s/^=//s) { $ENV{$n} = $v } else { delete $ENV{$n} } }`,
    `syscall(${nr}, ${PR_SET_CHILD_SUBREAPER}, 1, 0, 0, 0);`,
    'exec { $ARGV[0] } @ARGV;',
    'print STDERR "$ARGV[0]: $!\\n"; exit($! == 2 ? 127 : 126);',
].join(' ');
/**
 * python3: -I reads no PYTHON* variable and no user site, -S no site. Python ignores SIGPIPE and SIGXFSZ,
 * which would stay ignored in the command: they are set back to the default spawn gave. Python sets
 * LC_CTYPE in its own environment when the locale is C (PEP 538): the command gets the environment this
 * process started with (/proc/self/environ), not os.environ. A python3 without ctypes still runs the command.
 */
const PYTHON_LAUNCHER = [
    'import os, signal, sys',
    'signal.signal(signal.SIGPIPE, signal.SIG_DFL)',
    'signal.signal(signal.SIGXFSZ, signal.SIG_DFL)',
    'try:',
    '    import ctypes',
    `    ctypes.CDLL(None).prctl(${PR_SET_CHILD_SUBREAPER}, ctypes.c_ulong(1), ctypes.c_ulong(0), ctypes.c_ulong(0), ctypes.c_ulong(0))`,
    'except Exception:',
    '    pass',
    'try:',
    '    with open("/proc/self/environ", "rb") as f:',
    '        env = dict(e.split(b"=", 1) for e in f.read().split(b"\\0") if b"=" in e)',
    'except OSError:',
    '    env = os.environ',
    'try:',
    '    os.execvpe(sys.argv[1], sys.argv[1:], env)',
    'except OSError as e:',
    '    sys.stderr.write(sys.argv[1] + ": " + e.strerror + "\\n")',
    '    os._exit(127 if e.errno == 2 else 126)',
].join('\n');
const PERL = ['/usr/bin/perl', '/bin/perl'];
const PYTHON3 = ['/usr/bin/python3', '/bin/python3', '/usr/local/bin/python3'];
/**
 * The program that makes the command's process a child subreaper here (`choice`, else the first found), if
 * any: it calls `prctl(PR_SET_CHILD_SUBREAPER, 1)` and execs the command in the same process, which keeps
 * the flag (the command's children do not inherit it). While the command runs, every orphan of its tree is
 * reparented to it instead of to init. Node cannot call prctl. perl (`perl-base` is in every Debian and
 * Ubuntu image) adds ~2 ms to a spawn but reaches prctl only by its syscall number, known here for x64 and
 * arm64; python3 (ctypes) works on any CPU, for ~10 ms. `off`, or neither found: no subreaper, as before.
 */
function subreaperLauncher(choice) {
    if (process.platform !== 'linux' || choice === 'off')
        return undefined;
    const perl = choice !== 'python3' && PRCTL_SYSCALL[process.arch] !== undefined;
    return ((perl ? PERL.find((p) => (0,external_node_fs_.existsSync)(p)) : undefined) ??
        (choice !== 'perl' ? PYTHON3.find((p) => (0,external_node_fs_.existsSync)(p)) : undefined));
}
/** The subreaper's launcher: the program and its arguments before the command's, and its environment. */
function launcher(choice, env) {
    const program = subreaperLauncher(choice);
    if (!program)
        return undefined;
    if (PYTHON3.includes(program))
        return { args: [program, '-I', '-S', '-c', PYTHON_LAUNCHER], env };
    const launcherEnv = { ...env, PERL_BADLANG: '0' };
    delete launcherEnv.PERL5OPT;
    const saved = PERL_ENV.map((n) => (env[n] === undefined ? '-' : `=${env[n]}`));
    return {
        args: [program, '-e', perlLauncher(PRCTL_SYSCALL[process.arch]), '--', ...saved],
        env: launcherEnv,
    };
}
/**
 * The command as spawned: under `prlimit`, which sets the lock mark and execs it (same pid), and the
 * subreaper's launcher, which execs it too, on Linux where they are installed; else as given, marked by
 * the cookie alone.
 */
function markedCommand(file, args, env, subreaper) {
    if (process.platform !== 'linux' || !findable(file, env))
        return { file, args, env };
    const reaper = launcher(subreaper, env);
    const command = [...(reaper?.args ?? []), file, ...args];
    const prlimit = PRLIMIT.find((p) => (0,external_node_fs_.existsSync)(p));
    const spawnEnv = reaper?.env ?? env;
    if (!prlimit)
        return { file: command[0], args: command.slice(1), env: spawnEnv };
    const lockMark = 2 ** 40 + (0,external_node_crypto_.randomInt)(2 ** 40);
    return { file: prlimit, args: [`--locks=${lockMark}:`, '--', ...command], env: spawnEnv, lockMark };
}
const identity = (p) => `${p.pid}@${p.started}`;
/**
 * The processes of one command's tree, remembered while it runs. A member is in the command's process
 * group, carries its cookie or lock mark, or descends from a member. While the command's process is a
 * child subreaper and alive, everything it started descends from it, whatever it shed. A daemon that calls
 * `setsid env -i` loses the group and the cookie, and once its parent dies its parentage too: to init
 * when there is no subreaper, and once the command's process has died (the kill signals it first). So the
 * tree is watched while the command runs, and read once more before any signal, and whoever was a member
 * stays one (by pid and start time, so a reused pid is not mistaken for it).
 */
class ProcessTree {
    pgid;
    cookie;
    lockMark;
    known = new Set();
    /** Processes already checked for the cookie, by identity: environ is read once per process. */
    checked = new Map();
    constructor(pgid, cookie, lockMark) {
        this.pgid = pgid;
        this.cookie = cookie;
        this.lockMark = lockMark;
    }
    marked(p) {
        if (this.cookie === undefined && this.lockMark === undefined)
            return false;
        const id = identity(p);
        let has = this.checked.get(id);
        if (has === undefined) {
            has =
                (this.cookie !== undefined && carriesCookie(p.pid, this.cookie)) ||
                    (this.lockMark !== undefined && carriesLockMark(p.pid, this.lockMark));
            this.checked.set(id, has);
        }
        return has;
    }
    /** Reads /proc, remembers the members it finds, and returns the live ones; undefined without /proc. */
    scan() {
        const live = readProc()?.filter((p) => isLive(p) && p.pid !== process.pid);
        if (!live)
            return undefined;
        const members = new Map(live
            .filter((p) => this.known.has(identity(p)) || p.pgrp === this.pgid || this.marked(p))
            .map((p) => [p.pid, p]));
        for (let grew = true; grew;) {
            grew = false;
            for (const p of live) {
                if (!members.has(p.pid) && members.has(p.ppid)) {
                    members.set(p.pid, p);
                    grew = true;
                }
            }
        }
        for (const p of members.values())
            this.known.add(identity(p));
        return [...members.values()].map(({ pid, command }) => ({ pid, command }));
    }
}
/**
 * Live processes of a command's tree, from /proc: its process group, every process carrying its cookie,
 * and the descendants of those. Undefined where /proc is not available.
 */
function treeMembers(pgid, cookie) {
    return new ProcessTree(pgid, cookie).scan();
}
/** Live (non-zombie) processes of a process group; undefined where /proc is not available. */
function groupMembers(pgid) {
    return readProc()
        ?.filter((p) => isLive(p) && p.pgrp === pgid)
        .map((p) => p.pid);
}
/** Is any process of the tree still running? */
function treeAlive(pgid, tree) {
    const members = tree.scan();
    if (members)
        return members.length > 0;
    try {
        process.kill(-pgid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/**
 * Signals the leader, then the members read before, then the group: the group's signal orphans what the
 * read must still see. The leader goes first so that it dies of the signal: signalled after its children, a
 * shell waiting on them could see them die and exit with 128+N of its own, and the step would report no
 * signal.
 */
function signalTree(pgid, signal, tree) {
    const send = (pid) => {
        try {
            process.kill(pid, signal);
        }
        catch {
            // ESRCH: already gone; EPERM: not ours to kill (it is reported if it stays).
        }
    };
    const members = tree.scan() ?? [];
    send(pgid);
    for (const { pid } of members)
        if (pid !== pgid)
            send(pid);
    send(-pgid);
}
/**
 * SIGTERM the tree, wait up to `graceMs` for it to go, then SIGKILL what is left. Resolves when none is
 * left, or with the processes that outlived SIGKILL by 5 s (not ours to kill, or stuck in the kernel).
 * `tree` carries what was seen of the tree while the command ran.
 */
async function killTree(pgid, graceMs, cookie, tree = new ProcessTree(pgid, cookie)) {
    signalTree(pgid, 'SIGTERM', tree);
    const deadline = Date.now() + graceMs;
    while (treeAlive(pgid, tree) && Date.now() < deadline)
        await (0,external_node_timers_promises_.setTimeout)(50);
    if (!treeAlive(pgid, tree))
        return [];
    const hardDeadline = Date.now() + 5000;
    do {
        // Again each round: a process forked between two rounds is caught by the next.
        signalTree(pgid, 'SIGKILL', tree);
        await (0,external_node_timers_promises_.setTimeout)(20);
    } while (treeAlive(pgid, tree) && Date.now() < hardDeadline);
    return tree.scan() ?? (treeAlive(pgid, tree) ? [{ pid: pgid, command: '(process group)' }] : []);
}

;// CONCATENATED MODULE: ./src/adapters/tree-kill.ts
/** The Windows tree kill: `taskkill /T /F /PID <pid>` (core/runner-os.ts), run to its end. */


const taskkillPort = {
    killTree(pid) {
        const { file, args } = treeKillCommand(pid);
        return new Promise((resolve) => {
            // taskkill exits 128 when the process is already gone: the tree is gone either way.
            const child = (0,external_node_child_process_.spawn)(file, args, { stdio: 'ignore', windowsHide: true });
            child.once('error', () => resolve());
            child.once('exit', () => resolve());
        });
    },
};

;// CONCATENATED MODULE: ./src/adapters/process.ts
/**
 * Runs a command the way a CI step should be run: in its own process group, marked with a cookie in its
 * environment and a limit that `env -i` does not clear, its own process a child subreaper on Linux (every
 * orphan of its tree is reparented to it, not to init), its tree watched while it runs (so a timeout can
 * kill the whole tree: grandchildren, and daemons that left the group with setsid), with output streamed live and the tail kept in a bounded buffer for classification. On
 * timeout: SIGTERM to the tree, then SIGKILL to what is left after a grace period. On a Windows runner:
 * no group, and the tree kill is `taskkill /T /F` through a port.
 */







/** Keeps the last `limit` bytes of a stream of chunks. */
class TailBuffer {
    limit;
    chunks = [];
    size = 0;
    dropped = false;
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > this.limit && this.chunks.length > 0) {
            const head = this.chunks[0];
            const excess = this.size - this.limit;
            this.dropped = true;
            if (head.length <= excess) {
                this.chunks.shift();
                this.size -= head.length;
            }
            else {
                this.chunks[0] = head.subarray(excess);
                this.size -= excess;
            }
        }
    }
    get truncated() {
        return this.dropped;
    }
    /** The kept text; when the head was dropped, the first (partial) line is dropped too. */
    text() {
        const text = Buffer.concat(this.chunks).toString('utf8');
        if (!this.dropped)
            return text;
        const newline = text.indexOf('\n');
        return newline === -1 ? text : text.slice(newline + 1);
    }
}
/**
 * Passes the child's output on as it arrives and keeps its tail. Returns the pipes not read until our
 * own output drains: with the default sink, a lagging reader of our output holds the command's writes.
 */
function pipeOutput(child, tail, onOutput, unterminated) {
    const waiting = new Set();
    const onData = (stream) => (chunk) => {
        tail.push(chunk);
        if (onOutput)
            return onOutput(chunk, stream);
        if (chunk.length > 0) {
            if (chunk[chunk.length - 1] === 10)
                unterminated.delete(stream);
            else
                unterminated.add(stream);
        }
        const target = stream === 'stdout' ? process.stdout : process.stderr;
        if (target.write(chunk))
            return;
        const source = child[stream];
        source.pause();
        waiting.add(stream);
        target.once('drain', () => {
            waiting.delete(stream);
            source.resume();
        });
    };
    child.stdout.on('data', onData('stdout'));
    child.stderr.on('data', onData('stderr'));
    return waiting;
}
/** How often a running command's tree is read, to remember daemons that leave it (setsid, env -i). */
const TREE_WATCH_MS = 1000;
function watchLimits(child, options, cookie, lockMark) {
    const { timeoutMs, killGraceMs = 5000, abortSignal } = options;
    const limits = { timedOut: false, aborted: false, release: () => undefined };
    const windows = options.windows ?? process.platform === 'win32';
    const tree = child.pid !== undefined && !windows ? new ProcessTree(child.pid, cookie, lockMark) : undefined;
    // Only a command we may have to kill is watched: one read of /proc costs ~3 ms for 120 processes.
    const watch = tree && (timeoutMs !== undefined || abortSignal)
        ? setInterval(() => tree.scan(), TREE_WATCH_MS)
        : undefined;
    watch?.unref();
    const kill = () => {
        if (watch)
            clearInterval(watch);
        if (child.pid === undefined || limits.killing)
            return;
        // Windows: no group to signal and no /proc to read; taskkill walks the tree by parent ids. Whatever
        // it could not end is not known here: none is reported.
        limits.killing = windows
            ? (options.treeKill ?? taskkillPort).killTree(child.pid).then(() => [], () => [])
            : killTree(child.pid, killGraceMs, cookie, tree);
    };
    const timer = timeoutMs !== undefined
        ? setTimeout(() => {
            limits.timedOut = true;
            kill();
        }, timeoutMs)
        : undefined;
    const onAbort = () => {
        limits.aborted = true;
        kill();
    };
    if (abortSignal?.aborted)
        onAbort();
    else
        abortSignal?.addEventListener('abort', onAbort, { once: true });
    limits.release = () => {
        if (watch)
            clearInterval(watch);
        if (timer)
            clearTimeout(timer);
        abortSignal?.removeEventListener('abort', onAbort);
    };
    return limits;
}
/**
 * Calls `done` once the child's pipes closed after its exit. A background process left by the command may
 * hold the pipes open: don't wait on it for long; but output we have not passed on yet (our reader lags)
 * is the command's last words: wait for it.
 */
function afterPipes(child, waiting, done) {
    const giveUp = () => {
        if (waiting.size > 0) {
            drain = setTimeout(giveUp, 500);
            return;
        }
        child.stdout.destroy();
        child.stderr.destroy();
        done();
    };
    let drain = setTimeout(giveUp, 500);
    child.once('close', () => {
        clearTimeout(drain);
        done();
    });
}
/** The working directory a command was to start in does not exist (spawn says only ENOENT). */
const NO_CWD = 'ENOCWD';
function missingCwd(cwd) {
    if (cwd === undefined)
        return undefined;
    try {
        if ((0,external_node_fs_.statSync)(cwd).isDirectory())
            return undefined;
    }
    catch {
        // missing or unreadable: said below
    }
    return Object.assign(new Error(`the working directory ${cwd} does not exist or is not a directory`), {
        code: NO_CWD,
        path: cwd,
    });
}
function runProcess(options) {
    const noCwd = missingCwd(options.cwd);
    if (noCwd)
        return Promise.reject(noCwd);
    const started = Date.now();
    const tail = new TailBuffer(options.maxBufferBytes ?? 2 * 1024 * 1024);
    return new Promise((resolve, reject) => {
        // detached: the child leads a new process group (setsid), so -pid reaches what stays in it; the
        // cookie reaches what leaves it.
        const cookie = (0,external_node_crypto_.randomUUID)();
        const env = { ...(options.env ?? process.env), [PROCESS_COOKIE_ENV]: cookie };
        const layout = processLayout(options.windows ?? process.platform === 'win32');
        const command = layout.treeKill === 'taskkill'
            ? { file: options.file, args: options.args, env }
            : markedCommand(options.file, options.args, env, options.subreaper);
        const child = (0,external_node_child_process_.spawn)(command.file, command.args, {
            cwd: options.cwd,
            env: command.env,
            // On Windows, detached means a new console, and there is no group to signal (core/runner-os.ts).
            detached: layout.detached,
            stdio: ['ignore', 'pipe', 'pipe'],
            ...(options.argv0 !== undefined ? { argv0: options.argv0 } : {}),
            ...(options.windowsVerbatimArguments ? { windowsVerbatimArguments: true } : {}),
        });
        const unterminated = new Set();
        const waiting = pipeOutput(child, tail, options.onOutput, unterminated);
        const limits = watchLimits(child, options, cookie, command.lockMark);
        let settled = false;
        const finish = (exitCode, signal) => {
            if (settled)
                return;
            settled = true;
            limits.release();
            // The command's last line had no newline: end it, so our next line (a log line, a workflow command
            // such as ::error::) starts a line of its own instead of being glued to it, and lost as a command.
            for (const stream of unterminated)
                (stream === 'stdout' ? process.stdout : process.stderr).write('\n');
            const result = {
                timedOut: limits.timedOut,
                aborted: limits.aborted,
                output: tail.text(),
                truncated: tail.truncated,
                pid: child.pid ?? -1,
                durationMs: Date.now() - started,
                ...(exitCode !== null ? { exitCode } : {}),
                ...(signal !== null ? { signal } : {}),
            };
            // After a timeout, resolve only once no process of the tree is left (or with those that are).
            void (limits.killing ?? Promise.resolve([])).then((survivors) => resolve(survivors.length > 0 ? { ...result, survivors } : result));
        };
        child.on('error', (error) => {
            limits.release();
            settled = true;
            reject(error);
        });
        child.on('exit', (exitCode, signal) => afterPipes(child, waiting, () => finish(exitCode, signal)));
    });
}

// EXTERNAL MODULE: ./src/adapters/records.ts + 1 modules
var records = __webpack_require__(68329);
;// CONCATENATED MODULE: ./src/adapters/run-step.ts
/**
 * The real ports of the `run/` phase (src/phases/run.ts): commands spawned in their own process group
 * with a tree kill at their limit (adapters/process.ts), each in a private directory under the step's
 * temp dir with fresh file-command files; checkpoints through the checkpoint code, loaded only when a
 * stage needs it; the step record under RUNNER_TEMP; the system clock; the classifier, loaded only when
 * something failed.
 */














/** A variable of `env` by its name in any case, as Windows reads names ('Path' is PATH). */
const envAnyCase = (env, name) => Object.entries(env).find(([k]) => k.toUpperCase() === name)?.[1];
/**
 * The program's path as the runner's WhichUtil finds it on Windows (PATH and PATHEXT, never the working
 * directory); not found: the name, and spawn's ENOENT says so.
 */
function windowsProgram(program, env) {
    const candidates = windowsProgramCandidates(program, envAnyCase(env, 'PATH'), envAnyCase(env, 'PATHEXT'));
    return candidates.find((c) => (0,external_node_fs_.existsSync)(c)) ?? program;
}
/** The environment this process was started with: what a command starts from, and what the checkpoint code reads. */
const ownEnv = () => process.env;
/**
 * The shell for an empty `shell` input, as the runner picks one (core/runner-os.ts `defaultShell`): on
 * Windows whether WhichUtil would find pwsh on this step's PATH decides.
 */
function runnerDefaultShell(windows, env = ownEnv()) {
    return defaultShell(windows, windows && windowsProgram('pwsh', env) !== 'pwsh');
}
const FILE_ENV = { output: 'GITHUB_OUTPUT', env: 'GITHUB_ENV', path: 'GITHUB_PATH' };
function commandRun(result) {
    const signalNumber = result.signal ? external_node_os_.constants.signals[result.signal] : undefined;
    return {
        timedOut: result.timedOut,
        aborted: result.aborted,
        output: result.output,
        durationMs: result.durationMs,
        ...(result.exitCode !== undefined ? { exitCode: result.exitCode } : {}),
        ...(result.signal ? { signal: result.signal } : {}),
        ...(signalNumber ? { signalNumber } : {}),
        ...(result.survivors ? { survivors: result.survivors } : {}),
    };
}
/** Commands run for real: a script per command, in its own directory, with its own file-command files. */
function processPort(options) {
    const runDir = external_node_path_default().join(options.tempDir, `run-${(0,external_node_crypto_.randomUUID)()}`);
    const env = options.env ?? ownEnv();
    const windows = options.windows ?? process.platform === 'win32';
    return {
        async run(spec) {
            const dir = external_node_path_default().join(runDir, spec.name);
            await (0,promises_.mkdir)(dir, { recursive: true });
            const script = external_node_path_default().join(dir, `script${scriptExtension(spec.shell)}`);
            await (0,promises_.writeFile)(script, scriptContents(spec.shell, spec.script, windows));
            const files = spec.fileCommands
                ? { output: external_node_path_default().join(dir, 'output'), env: external_node_path_default().join(dir, 'env'), path: external_node_path_default().join(dir, 'path') }
                : undefined;
            if (files)
                await Promise.all(Object.values(files).map((f) => (0,promises_.writeFile)(f, '')));
            const fileEnv = files
                ? Object.fromEntries(Object.entries(FILE_ENV).map(([k, v]) => [v, files[k]]))
                : {};
            // The runner's command line (core/shell-command.ts): on Windows its one argument string, verbatim.
            const invocation = shellInvocation(spec.shell, script);
            const program = windows ? windowsProgram(invocation.program, env) : invocation.program;
            const result = await runProcess({
                ...spawnArguments(invocation, program, windows),
                windows,
                ...(options.treeKill ? { treeKill: options.treeKill } : {}),
                cwd: spec.cwd,
                // The command's own file-command paths win over a variable of the same name on-retry set.
                env: commandEnv(env, { ...spec.env, ...fileEnv }),
                ...(spec.timeoutMs !== undefined ? { timeoutMs: spec.timeoutMs } : {}),
                ...(options.killGraceMs !== undefined ? { killGraceMs: options.killGraceMs } : {}),
                ...(options.onOutput ? { onOutput: options.onOutput } : {}),
                ...(options.subreaper ? { subreaper: options.subreaper } : {}),
                // The attempts keep a bounded tail for the classifier.
                ...(spec.fileCommands && options.maxBufferBytes !== undefined
                    ? { maxBufferBytes: options.maxBufferBytes }
                    : {}),
                // Every command is cancelled with the step, the on-retry hook too: the runner signals only our node
                // process, and SIGKILLs it 10 s later, leaving a hook we did not stop running till the job ends.
                ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
            });
            if (!files)
                return commandRun(result);
            // Decoded as the runner decodes them: a byte order mark says UTF-8, UTF-16 or UTF-32.
            const read = (f) => (0,promises_.readFile)(f).then(decodeFileCommand, () => '');
            const [output, envText, pathText] = await Promise.all([
                read(files.output),
                read(files.env),
                read(files.path),
            ]);
            return { ...commandRun(result), files: { output, env: envText, path: pathText } };
        },
        cancelled: () => options.abortSignal?.aborted ?? false,
        cleanup: () => (0,promises_.rm)(runDir, { recursive: true, force: true }),
    };
}
/**
 * Checkpoints of the job's store (its config's), incremental against the job's last one (which a new one
 * then becomes, for the next stage to chain onto). The checkpoint code loads on first use only.
 */
function stageCheckpointPort(options) {
    const { config, token, logger, job: env, includeHidden = false } = options;
    return {
        save(stage, paths) {
            let told = () => undefined;
            const packed = new Promise((resolve) => (told = () => resolve(true)));
            const saved = (async () => {
                const { checkpointRunner, checkpointStage, jobContext, openJobStore } = await checkpoint/* load */.Hh.engine();
                const job = jobContext(env);
                const spec = config.checkpoint.store;
                const store = await openJobStore(spec, job, token, config.checkpoint.retentionDays);
                const saved = await checkpointStage({
                    store,
                    ctx: job,
                    stage,
                    paths,
                    includeHidden,
                    unmatched: 'note',
                    // Right after a resume, the restored checkpoint of this very stage stands for a new one.
                    reuseResumed: true,
                    ...(config.checkpoint.keyed?.length ? { keyed: config.checkpoint.keyed } : {}),
                    // Every file is read: the stage may start while the archive and the manifest are stored.
                    onRead: told,
                    logger,
                    runner: checkpointRunner(env, logger),
                });
                if (saved.reused)
                    return { id: saved.manifest.id, reused: true };
                return { id: saved.manifest.id, manifestSha256: saved.manifestSha256 };
            })();
            const settled = saved.then(() => false, () => false);
            return { read: Promise.race([packed, settled]), saved };
        },
        async stillComplete(stages, need) {
            if (await restoredAsItWas(env, need))
                return stages;
            const { jobContext, openJobStore, stagesStillComplete } = await checkpoint/* load */.Hh.engine();
            // The store of the checkpoint main resumed from, for the roots this step names.
            const spec = env.recovery.resumedStore ?? config.checkpoint.store;
            const openStore = () => openJobStore(spec, jobContext(env), token);
            return stagesStillComplete(stages, env, logger, need && { ...need, openStore });
        },
    };
}
/**
 * The common case, proved without loading the checkpoint code: the step fills nothing outside the
 * workspace, and everything main restored is still there as its record says (checkpoint/restored-state.ts).
 * False proves nothing: the full check decides.
 */
async function restoredAsItWas(env, need) {
    const id = env.recovery.resumedFrom;
    const cache = (0,checkpoint/* defaultManifestCache */.Rb)(env);
    if (!id || !cache || (need?.cachePaths.length ?? 0) > 0)
        return false;
    const { restoredStateHolds } = await checkpoint/* load */.Hh.restoredState();
    return restoredStateHolds(cache, id, env.workspace).catch(() => false);
}
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/**
 * The system clock whose waits end early when the step is cancelled: the runner SIGKILLs our node process
 * 10 s after its SIGINT, so a backoff must not outlast the cancel (the phase then starts no attempt).
 */
function cancellableClock(cancel) {
    return {
        now: () => Date.now(),
        sleep: (ms) => new Promise((resolve) => {
            if (cancel.aborted)
                return resolve();
            const done = () => {
                clearTimeout(timer);
                cancel.removeEventListener('abort', done);
                resolve();
            };
            const timer = setTimeout(done, ms);
            cancel.addEventListener('abort', done, { once: true });
        }),
    };
}
/** Every real port of the phase. */
function runPorts(settings, job, config, runner, abortSignal) {
    return {
        runner,
        process: processPort({
            tempDir: external_node_path_default().join(job.runnerTemp, 'ci-recovery'),
            abortSignal,
            windows: isWindowsRunner(job.runnerOs, process.platform),
            ...(job.subreaper ? { subreaper: job.subreaper } : {}),
        }),
        checkpoint: stageCheckpointPort({
            config,
            token: settings.token,
            logger: runner.log,
            job,
            includeHidden: settings.includeHiddenFiles === true,
        }),
        records: (0,records/* recordsPort */.ez)(job),
        stages: (0,stage_ledger/* stageLedgerPort */.Pw)(job, job.stepId ?? settings.stage),
        // The classifier (rules, report parsers) loads only when something failed.
        classify: async (signals) => (await Promise.all(/* import() */[__webpack_require__.e(1143), __webpack_require__.e(2856), __webpack_require__.e(6059), __webpack_require__.e(2010)]).then(__webpack_require__.bind(__webpack_require__, 52010))).classify(signals),
        clock: cancellableClock(abortSignal),
        tests: testFilesPort(job, runner.log),
    };
}

// EXTERNAL MODULE: ./src/core/event.ts
var core_event = __webpack_require__(67667);
// EXTERNAL MODULE: ./src/core/tests/identity.ts
var tests_identity = __webpack_require__(2843);
// EXTERNAL MODULE: ./src/core/tests/names.ts
var tests_names = __webpack_require__(33953);
;// CONCATENATED MODULE: ./src/core/tests/output-cap.ts
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

;// CONCATENATED MODULE: ./src/core/tests/plan.ts
/**
 * What `run/` does about the tests that failed: which to re-run alone (bounds: retries per test, no
 * re-run when more than the cap failed, never a test the change added or edited, a test the history does
 * not know as flaky once: a broken one then costs a single re-run; on a PR under `tests.pr-retries:
 * known-flaky-only`, only a test the default branch knows flaky), and once the re-runs are done, what the
 * step concludes: green when every failure passed on a re-run (unless `fail-on-passed-after-retry`) or is
 * quarantined (two same-commit flakes on the default branch), each test's `TestOutcome`, and the step's
 * outputs. Pure.
 */





/** The history that knows nothing: every test is new to it. */
const NO_HISTORY = () => undefined;
/** Does `file` (relative to the repository) hold the test? Its suite is the file, or ends with it. */
function inChangedFile(id, changed) {
    if (changed.size === 0)
        return false;
    const suite = id.suite.replace(/^\.\//, '');
    if (changed.has(suite))
        return true;
    // A JVM or .NET class, a Go package: its file is not named; match the class's file by its path's end.
    const asPath = suite.replace(/\./g, '/');
    for (const file of changed) {
        const stem = file.replace(/\.[^./]+$/, '');
        if (stem.endsWith(`/${asPath}`) || stem === asPath)
            return true;
        if (id.runner === 'go' && suite.endsWith(`/${file.split('/').slice(0, -1).join('/')}`))
            return true;
    }
    return false;
}
/** Which failed tests are re-run, and how often; `strict`: only those the default branch knows flaky. */
function planRetries(failed, settings, changed, history, strict = false) {
    const notes = [];
    const rerun = [];
    const kept = [];
    const knowsFlaky = (id) => history((0,tests_identity/* testKey */.S)(id))?.flaky === true;
    const baseKnowsFlaky = (id) => (history((0,tests_identity/* testKey */.S)(id))?.baseFlakes ?? 0) > 0;
    // The cap counts the failures the history cannot vouch for: known-flaky tests failing with them are not a sign of a broken change.
    const unknown = failed.filter((id) => !knowsFlaky(id)).length;
    const overCap = unknown > settings.maxFailed;
    if (overCap)
        notes.push(`ci-recovery: ${unknown} tests failed, more than test-max-failures (${settings.maxFailed}): not re-running them (many failures are a broken change, not a flake)`);
    for (const id of failed) {
        const knowledge = history((0,tests_identity/* testKey */.S)(id));
        const changedFile = inChangedFile(id, changed);
        if (changedFile) {
            notes.push(`ci-recovery: ${(0,tests_names/* shownName */.HD)(id)}: the change added or edited its file: not re-run`);
            kept.push({ id, changed: true });
        }
        else if (settings.retries === 0 || (overCap && knowledge?.flaky !== true)) {
            kept.push({ id, changed: false });
        }
        else if (strict && !baseKnowsFlaky(id)) {
            notes.push(`ci-recovery: ${(0,tests_names/* shownName */.HD)(id)}: the default branch does not know it flaky: not re-run (tests.pr-retries: known-flaky-only)`);
            kept.push({ id, changed: false });
        }
        else {
            // One re-run tells a flake from a broken test: a broken one then costs one re-run of itself. Only a
            // test the history knows flips is given every retry (it may fail twice running and still be a flake).
            const retries = knowledge?.flaky === true ? settings.retries : Math.min(settings.retries, 1);
            rerun.push({ id, retries });
        }
    }
    return { rerun, kept, notes };
}
/** The step's conclusion on its tests after the re-runs. */
function concludeTests(plan, results, settings, quarantine, history, 
/** Tests that passed in the step's runs: kept only when the history knows them. */
passed = []) {
    const notes = [];
    const tests = [];
    for (const { id, retries } of plan.rerun) {
        const result = results.get((0,tests_identity/* testKey */.S)(id));
        if (result?.notRun !== undefined) {
            tests.push({ id, outcome: 'failed', retries: 0, notRerun: result.notRun });
            notes.push(`ci-recovery: ${(0,tests_names/* shownName */.HD)(id)}: could not be re-run (${result.notRun}): its failure stands`);
            continue;
        }
        const flaky = result?.passed === true;
        tests.push({ id, outcome: flaky ? 'flaky' : 'failed', retries: result?.retries ?? 0 });
        if (retries > 0 && result)
            notes.push(`ci-recovery: ${(0,tests_names/* shownName */.HD)(id)}: ${flaky ? `failed, then passed on re-run ${result.retries}: flaky` : `failed on ${result.retries} re-run(s) of itself`}`);
    }
    for (const { id, changed } of plan.kept)
        tests.push({ id, outcome: 'failed', retries: 0, ...(changed ? { changed: true } : {}) });
    const stillFailed = tests.filter((t) => t.outcome === 'failed');
    const quarantinable = (t) => {
        const key = (0,tests_identity/* testKey */.S)(t.id);
        const knowledge = history(key);
        if (knowledge?.broken === true)
            return false;
        // Flips across commits never quarantine: only same-commit flakes on the default branch do.
        return (quarantine.quarantined.includes(key) || (quarantine.quarantine && knowledge?.quarantinable === true));
    };
    // Quarantine holds only when every remaining failure is quarantinable: its failure is the step's only one.
    const quarantined = stillFailed.length > 0 && stillFailed.every(quarantinable);
    if (quarantined)
        for (const t of stillFailed) {
            t.quarantined = true;
            notes.push(`ci-recovery: ${(0,tests_names/* shownName */.HD)(t.id)}: quarantined: its failure does not fail the step`);
        }
    const flaky = tests.filter((t) => t.outcome === 'flaky');
    const recovered = (stillFailed.length === 0 || quarantined) && !(settings.failOnPassedAfterRetry && flaky.length > 0);
    if (settings.failOnPassedAfterRetry && flaky.length > 0)
        notes.push(`ci-recovery: ${flaky.length} test(s) passed only on a re-run: fail-on-passed-after-retry fails the step`);
    const seen = new Set(tests.map((t) => (0,tests_identity/* testKey */.S)(t.id)));
    for (const id of passed)
        if (!seen.has((0,tests_identity/* testKey */.S)(id)) && history((0,tests_identity/* testKey */.S)(id)) !== undefined)
            tests.push({ id, outcome: 'passed', retries: 0 });
    return { recovered, tests, outputs: testOutputs(tests), notes };
}
/**
 * The step's outputs on tests: names one per line, each made safe (no raw newline, no `::` at a line's
 * start), cut below 1 MB with a count of what was cut (output-cap.ts).
 */
function testOutputs(tests) {
    const names = (pick) => cappedLines(tests.filter(pick).map((t) => (0,tests_names/* shownName */.HD)(t.id)));
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
            .map((t) => `${(0,tests_names/* shownName */.HD)(t.id)} (${(0,core_text/* printablePath */.Vj)(t.notRerun)})`)
            .join('\n'),
    };
}
/** `test-runner`: one of the runners test recovery knows, or empty. */
function parseTestRunner(value) {
    const runner = value.trim().toLowerCase();
    if (runner === '')
        return undefined;
    if ((0,tests_names/* isTestRunner */.JT)(runner))
        return runner;
    throw new errors/* UserError */.yo(`Input 'test-runner' is '${runner}': write one of ${tests_identity/* TEST_RUNNERS */.L.join(', ')}, or leave it empty to tell it from the command.`);
}

;// CONCATENATED MODULE: ./src/core/tests/invocation.ts
const COVERAGE = /^--(?:coverage|collectCoverage)/;
const TABLES = {
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
        const known = runner === 'go' ? option.replace(/^--/, '-') : option;
        const takesNext = !text.includes('=') &&
            (table.value.includes(known) ||
                (table.optionalValue?.includes(known) === true &&
                    args[i + 1] !== undefined &&
                    !args[i + 1].text.startsWith('-')));
        const group = [word.raw, ...(takesNext && args[i + 1] ? [args[i + 1].raw] : [])];
        if (takesNext)
            i++;
        if (matches(table.drop, known, text))
            dropped.push(group.join(' '));
        else
            kept.push(...group);
    }
    return { kept, positionals, dropped };
}
/** The arguments after `--` (cargo's and go's test binary's, with `-args`), kept when they say how to run. */
function afterDoubleDash(args) {
    const at = args.findIndex((w) => w.text === '--' || w.text === '-args');
    return at === -1 ? [] : args.slice(at + 1);
}

;// CONCATENATED MODULE: ./src/core/tests/step-script.ts
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
/** The package manager and script a command runs (`npm test`, `npm run x -- a`, `pnpm x`, `yarn x`), if any. */
function scriptCall(words, scripts) {
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
    if (name === undefined || !Object.hasOwn(scripts, name))
        return undefined;
    const given = words.slice(argsFrom);
    const dash = given.findIndex((w) => w.text === '--');
    // npm keeps its own options (`--silent`) before `--` and passes the rest; pnpm, yarn and bun pass all.
    const before = dash === -1 ? given : given.slice(0, dash);
    const after = dash === -1 ? [] : given.slice(dash + 1);
    const args = pm === 'npm' ? [...before.filter((w) => !w.text.startsWith('-')), ...after] : [...before, ...after];
    return { pm, name, args };
}
/**
 * The chain with each package script it runs expanded (its arguments added to the script's end, as npm adds
 * them), to `depth` levels; a script that is itself complex leaves the whole chain complex.
 */
function expandScripts(chain, scripts, depth = 4) {
    if (chain.complex || depth === 0)
        return chain;
    const parts = [];
    for (const part of chain.parts) {
        const call = scriptCall(part.words, scripts);
        if (!call) {
            parts.push(part);
            continue;
        }
        const body = `${scripts[call.name]}${call.args.map((w) => ` ${w.raw}`).join('')}`;
        // npm, pnpm and yarn run a script with `sh -c`: no errexit.
        const inner = expandScripts(parseChain(body, false), scripts, depth - 1);
        if (inner.complex)
            return { parts: [], complex: `${inner.complex} in package script '${call.name}'` };
        parts.push({ ...part, script: { pm: call.pm, name: call.name, parts: inner.parts } });
    }
    return { parts };
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
/** Commands that only set up the shell for what follows: a re-run of a later command needs them first. */
const SETUP = /^(?:cd|pushd|export|source|\.|set|shopt|ulimit|umask)$/;
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

;// CONCATENATED MODULE: ./src/core/tests/rerun.ts
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
/** jest and vitest match `-t` against the describe blocks and the test's name joined by spaces. */
function jsName(name) {
    return name.split(/ › | > /).join(' ');
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
 * The built-in command that re-runs exactly `tests` (all of one runner) the way the step ran the runner,
 * or undefined for a runner with none (`junit`: a report of another writer; give `test-rerun-command`).
 */
function rerun_builtInRerun(runner, tests, how) {
    const used = how && runnerAt(runner, how.words) >= 0 ? how : defaultInvocation(runner);
    if (tests.length === 0 || !used)
        return undefined;
    const at = runnerAt(runner, used.words);
    const args = used.words.slice(at);
    const dashAt = args.findIndex((w) => w.text === '--' || (runner === 'go' && w.text === '-args'));
    const own = dashAt === -1 ? args : args.slice(0, dashAt);
    const { kept, positionals, dropped } = keptArguments(runner, own);
    const binary = dashAt === -1 ? [] : args.slice(dashAt + 1);
    const start = [head(used, at), ...kept].join(' ');
    return selection(runner, tests, start, { positionals, dropped, binary });
}
/** The runner's selection of `tests` after `start` (the step's invocation, its selection taken out). */
function selection(runner, tests, start, rest) {
    const q = shellQuote;
    const names = (list) => q(anchored(list.map((t) => jsName(t.name))));
    switch (runner) {
        case 'pytest': {
            // -rA names every test with its outcome in the short summary; --no-cov switches pytest-cov off
            // (its --cov-fail-under included) where the step switched it on.
            const cov = rest.dropped.some((d) => d.startsWith('--cov')) ? ' --no-cov' : '';
            return `${start}${cov} -rA ${tests.map((t) => q(selector(t))).join(' ')}`;
        }
        case 'jest':
            // --verbose names each test run with ✓/✕; --coverage=false: no coverage, so no threshold.
            return rerun_all([...bySuite(tests)].map(([file, list]) => `${start} --coverage=false --verbose ${file ? `${q(file)} ` : ''}-t ${names(list)}`));
        case 'vitest':
            return rerun_all([...bySuite(tests)].map(([file, list]) => `${vitestRun(start)} --coverage.enabled=false --reporter=verbose ${file ? `${q(file)} ` : ''}-t ${names(list)}`));
        case 'go':
            return rerun_all(tests.map((t) => `${start} -count=1 -v -run ${q(goPattern(t.name))} ${q(t.suite)}${goArgs(rest.binary)}`));
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
            return `${start} test -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true ${q(`-Dtest=${methods.join(',')}`)}`;
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
        const parts = t.name.split(' › ');
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

// EXTERNAL MODULE: ./src/core/recovered-log.ts
var recovered_log = __webpack_require__(6713);
// EXTERNAL MODULE: ./src/core/config-defaults.ts
var config_defaults = __webpack_require__(26104);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(32721);
;// CONCATENATED MODULE: ./src/core/run-retry.ts
/**
 * The retry policy of a `run/` step, pure: the budget its inputs make of the lane's, the limits of each
 * attempt and of the whole step, and, after a failed attempt, the decision (the policy's, the job-level
 * one behind a step cap, then `retry-on`, `retry-on-exit-code` and the time left) and whether to try again.
 */



/** The most attempts a step may make when its input sets none (the schema's maximum). */
const MAX_STEP_ATTEMPTS = 20;
/** The step's inputs apply to the lane budget, so the policy's per-type caps still hold. */
function stepConfig(config, lane, settings) {
    const laneBudget = config.budgets[lane];
    return {
        ...config,
        budgets: {
            ...config.budgets,
            [lane]: {
                ...laneBudget,
                ...(settings.maxAttempts !== undefined ? { maxAttempts: settings.maxAttempts } : {}),
                ...(settings.backoffSeconds !== undefined ? { backoffSeconds: settings.backoffSeconds } : {}),
                ...(settings.timeoutMinutes !== undefined ? { timeoutMinutes: settings.timeoutMinutes } : {}),
            },
        },
    };
}
/**
 * One attempt's limit and where it comes from. The step's own limit wins over the lane's, shorter or
 * longer: its timeout-minutes, else its total-timeout-minutes (a step that says "30 minutes in all" is not
 * cut at a DOCS lane's 15); only a step that sets neither gets its lane's budget.
 */
function attemptLimit(settings, config, lane) {
    if (settings.timeoutMinutes !== undefined)
        return { minutes: settings.timeoutMinutes, from: "the step's timeout-minutes" };
    if (settings.totalTimeoutMinutes !== undefined)
        return { minutes: settings.totalTimeoutMinutes, from: "the step's total-timeout-minutes" };
    const laneMinutes = config.budgets[lane].timeoutMinutes;
    if (laneMinutes !== config_defaults/* DEFAULT_BUDGETS */.Dm[lane].timeoutMinutes)
        return {
            minutes: laneMinutes,
            from: `budgets.${lane}.timeout-minutes in the config, for the ${lane} lane`,
        };
    return {
        minutes: laneMinutes,
        from: `the ${lane} lane's default; set timeout-minutes on the step to choose`,
    };
}
/** Where an attempt's limit came from: the plan's, or what was left of the step's total time. */
function attemptLimitFrom(plan, limitMs) {
    return limitMs < plan.attemptTimeoutMs
        ? "what is left of the step's total-timeout-minutes"
        : plan.attemptTimeoutFrom;
}
/**
 * The step's plan, the same on every runner OS: on Windows too the limits hold and a failed attempt is
 * retried (the tree is killed there by taskkill, core/runner-os.ts).
 */
function planStep(settings, config, lane) {
    const merged = stepConfig(config, lane, settings);
    const budget = merged.budgets[lane];
    const limit = attemptLimit(settings, config, lane);
    const checkpointPaths = settings.checkpointPaths.length > 0
        ? settings.checkpointPaths
        : budget.checkpoint
            ? merged.checkpoint.paths
            : [];
    return {
        config: merged,
        budget,
        attemptTimeoutMs: limit.minutes * 60_000,
        attemptTimeoutFrom: limit.from,
        // The explicit input caps everything; otherwise the policy decides when to stop.
        maxAttempts: settings.maxAttempts ?? MAX_STEP_ATTEMPTS,
        ...(settings.totalTimeoutMinutes !== undefined
            ? { totalTimeoutMs: settings.totalTimeoutMinutes * 60_000 }
            : {}),
        checkpointPaths,
    };
}
/** An attempt ends at its own limit or at the step's, whichever comes first. */
function attemptLimitMs(plan, stepTimeLeftMs) {
    return Math.min(plan.attemptTimeoutMs, stepTimeLeftMs);
}
/** Milliseconds the step has left at `now`; Infinity without a total limit. */
function stepTimeLeft(plan, startedAt, now) {
    return plan.totalTimeoutMs === undefined ? Infinity : startedAt + plan.totalTimeoutMs - now;
}
/** The wait before attempt `next`: the decision's backoff, cut to the step's time left. */
function retryWaitMs(decision, next, timeLeftMs) {
    return Math.min(decision ? (0,policy/* backoffMs */.jo)(decision, next) : 0, Math.max(0, timeLeftMs));
}
/**
 * The decision after a failed attempt: the policy against the step's budget; where the step's own
 * max-attempts ran out, the job-level decision when that resumes (max-attempts caps tries, not re-runs);
 * then `retry-on` and `retry-on-exit-code` over the in-step retry, both of which must list the failure
 * when both are set (as in nick-fields/retry). `max-attempts` alone retries any failure, as retry does.
 * A timeout is not an exit code: with `retry-on-exit-code` set, only `retry-on` can retry one (listing
 * `timeout` or `any`), the fix of nick-fields/retry#145, where `any` lost its timeouts.
 */
function decideAttempt(failed, settings, plan, jobConfig) {
    const input = {
        type: failed.type,
        lane: failed.lane,
        branchKind: failed.branchKind,
        attempt: failed.attempt,
        runAttempt: failed.runAttempt,
        inStep: true,
        ...(failed.retryable !== undefined ? { retryable: failed.retryable } : {}),
    };
    let decision = (0,policy/* decide */.LD)(input, plan.config);
    if (decision.rule === 'budget-exhausted' && settings.maxAttempts !== undefined) {
        const jobLevel = (0,policy/* decide */.LD)(input, jobConfig);
        if (jobLevel.strategy === 'resume')
            decision = jobLevel;
    }
    // A cancelled step is never retried, whatever the inputs say.
    if (failed.type === 'cancelled')
        return decision;
    const max = plan.budget.maxAttempts;
    if (settings.retryOn.length === 0 && settings.retryOnExitCodes.length === 0) {
        return settings.maxAttempts !== undefined ? retryAnyFailure(decision, failed, max) : decision;
    }
    // Each input that is set must list the failure; the first that does not says why it was not retried.
    const checks = [];
    if (settings.retryOn.length > 0)
        checks.push([retryOnLists(settings.retryOn, failed.type), 'retry-on', `'${failed.type}'`]);
    if (settings.retryOnExitCodes.length > 0 && failed.timedOut !== true)
        checks.push([
            settings.retryOnExitCodes.includes(failed.exitCode),
            'retry-on-exit-code',
            `exit code ${failed.exitCode}`,
        ]);
    // A timeout with retry-on-exit-code alone: told to retry exit codes, not timeouts.
    if (checks.length === 0)
        checks.push([false, 'retry-on', 'a timeout (which has no exit code)']);
    const [listed, inputName, what] = checks.find(([ok]) => !ok) ?? checks[checks.length - 1];
    decision = applyListed(decision, listed, inputName, what, failed.attempt, max);
    return decision;
}
/**
 * `max-attempts` without `retry-on` or `retry-on-exit-code`: every failure is retried up to it, as
 * nick-fields/retry does; after the last attempt the policy's decision stands (a HEAVY timeout still
 * resumes in a job re-run).
 */
function retryAnyFailure(decision, failed, maxAttempts) {
    if (failed.attempt >= maxAttempts || (decision.retryInStep && decision.maxAttempts >= maxAttempts))
        return decision;
    return {
        ...decision,
        strategy: 'retry',
        rule: 'input:max-attempts',
        reason: `the step sets max-attempts and no retry-on: every failure is retried, this '${failed.type}' one too (attempt ${failed.attempt + 1} of ${maxAttempts})`,
        maxAttempts,
        retryInStep: true,
    };
}
/** An input that lists what to retry: listed -> retry within the budget; not listed -> no retry in the step. */
function applyListed(decision, listed, inputName, what, attempt, maxAttempts) {
    if (!listed) {
        return decision.retryInStep
            ? notRetried(decision, `input:${inputName}`, `not retried in the step: ${what} is not in ${inputName}`)
            : decision;
    }
    if (attempt >= maxAttempts) {
        return {
            ...decision,
            strategy: 'manual',
            rule: 'budget-exhausted',
            reason: `${what} is in ${inputName}, but attempt ${attempt} of ${maxAttempts} was the last one allowed`,
            maxAttempts,
            retryInStep: false,
        };
    }
    return {
        ...decision,
        strategy: 'retry',
        rule: `input:${inputName}`,
        reason: `the step's ${inputName} input lists ${what}: retry (attempt ${attempt + 1} of ${maxAttempts})`,
        maxAttempts,
        retryInStep: true,
    };
}
/**
 * A retry the policy wanted that the step does not make: the decision is no longer `retry` (the step's
 * `strategy` output says `retry` only when it retried), but a person's, by the input that stopped it.
 */
function notRetried(decision, rule, why) {
    return { ...decision, strategy: 'manual', rule, reason: `${decision.reason} (${why})`, retryInStep: false };
}
/**
 * After its failed tests were re-run alone and some still fail, the step is not retried whole: what comes
 * next is the policy's word otherwise (resume, rollback, skip), `manual` where it said retry.
 */
function afterTestReruns(decision) {
    if (!decision.retryInStep && decision.strategy !== 'retry')
        return decision;
    return notRetried(decision, 'tests:rerun-alone', 'not retried whole: its failed tests were re-run alone');
}
/** No retry in the step once its total time is used up. */
function withinStepTime(decision, timeLeftMs) {
    if (!decision.retryInStep || timeLeftMs > 0)
        return decision;
    return notRetried(decision, 'input:total-timeout-minutes', "not retried: the step's total-timeout-minutes is used up");
}
/** Does the step try again after `attempt` failed? */
function triesAgain(decision, attempt, maxAttempts, cancelled) {
    return decision.retryInStep && !cancelled && attempt < maxAttempts;
}

// EXTERNAL MODULE: ./src/core/state-keys.ts
var state_keys = __webpack_require__(80095);
// EXTERNAL MODULE: ./src/core/stage-ledger.ts
var core_stage_ledger = __webpack_require__(99423);
;// CONCATENATED MODULE: ./src/phases/run-ledger.ts
/**
 * The `run/` phase's part in the job's stage ledger (core/stage-ledger.ts): marking the stage as running
 * while it runs, and recording it once completed, for stages that run at once (background steps).
 */


/** Marks the stage running and returns the others running beside it (best-effort: none known on error). */
async function enterLedger(stage, ports) {
    try {
        return (await ports.stages?.enter(stage)) ?? [];
    }
    catch (error) {
        ports.runner.log.warning(`ci-recovery: could not mark stage '${stage}' as running: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return [];
    }
}
/**
 * The stage, completed (or skipped as restored) now, or filling paths outside the workspace, in the job's
 * ledger: its GITHUB_ENV export may arrive late or be overwritten when stages run at once. Best-effort.
 */
async function ledgerEntry(settings, job, result, done, ports) {
    const cachePaths = result.success && settings.cachePaths?.length ? settings.cachePaths : undefined;
    // A skipped stage is recorded too: this attempt has taken it, and a later step of its name runs.
    if (!ports.stages || (!done && !result.skipped && !cachePaths))
        return;
    const ms = done ? stageDurationsWith({}, settings.stage, result)[settings.stage] : undefined;
    try {
        await ports.stages.complete({
            stage: settings.stage,
            ...(ms !== undefined ? { ms } : {}),
            ...(cachePaths ? { cachePaths } : {}),
        });
    }
    catch (error) {
        ports.runner.log.warning(`ci-recovery: could not record stage '${settings.stage}' in ${job.runnerTemp}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}

// EXTERNAL MODULE: ./src/ports/records.ts
var ports_records = __webpack_require__(31062);
;// CONCATENATED MODULE: ./src/phases/run-on-retry.ts
/**
 * The `on-retry` hook of a `run/` step (src/phases/run.ts): run before each retry, with fresh file-command
 * files. What it writes to its GITHUB_ENV reaches every later attempt, as a `run:` step's GITHUB_ENV
 * reaches the next step (nick-fields/retry#153); an `export` in the hook ends with its shell.
 */




/**
 * Runs the hook with the variables earlier hooks set (`env`), then adds what it set to `env`. A failed
 * or malformed hook only warns: the retry goes on.
 */
async function runOnRetry(hook, env, windows, ports) {
    const { log } = ports.runner;
    log.info('ci-recovery: running on-retry');
    try {
        const run = await ports.process.run({
            name: 'on-retry',
            script: hook.script,
            shell: hook.shell,
            cwd: hook.cwd,
            ...(Number.isFinite(hook.limitMs) ? { timeoutMs: hook.limitMs } : {}),
            fileCommands: true,
            ...(Object.keys(env).length > 0 ? { env: { ...env } } : {}),
        });
        if (!succeeded(run))
            log.warning(`on-retry failed (exit ${exitCodeOf(run)}); retrying anyway.`);
        keepEnv(run.files?.env ?? '', env, windows, log);
    }
    catch (error) {
        log.warning(`on-retry could not start: ${(0,errors/* errorMessage */.gJ)(error)}; retrying anyway.`);
    }
}
/** The hook's GITHUB_ENV, read as the runner reads one, into `env`. Names are said inert, values never. */
function keepEnv(text, env, windows, log) {
    if (text.trim() === '')
        return;
    try {
        const entries = envFileEntries(text, { windows });
        Object.assign(env, entries.env);
        const names = Object.keys(entries.env).map((n) => (0,core_text/* inert */.tJ)(n));
        if (names.length > 0)
            log.info(`ci-recovery: on-retry set ${names.join(', ')} for the next attempts`);
        if (entries.refused.length > 0) {
            const refused = entries.refused.map((n) => `'${(0,core_text/* inert */.tJ)(n)}'`).join(', ');
            log.warning(`on-retry's GITHUB_ENV: ${refused} cannot be set through GITHUB_ENV; left out.`);
        }
    }
    catch (error) {
        // The runner's message quotes the malformed line: the hook's own text, said inert.
        log.warning(`on-retry: ${(0,core_text/* inert */.tJ)(fileCommandFailure('env', error).message)}; its variables are left out.`);
    }
}

;// CONCATENATED MODULE: ./src/core/tests/arrival.ts


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
/** How a step's command calls each runner, and its usual program when the command does not show it. */
const arrival_PROGRAMS = {
    jest: [/(?:\bnpx\s+)?\S*\bjest\b/, 'npx jest'],
    vitest: [/(?:\bnpx\s+)?\S*\bvitest\b/, 'npx vitest'],
    mocha: [/(?:\bnpx\s+)?\S*\bmocha\b/, 'npx mocha'],
    pytest: [/(?:\S*python[\d.]*\s+-m\s+pytest|\S*\bpy\.?test)\b/, 'python3 -m pytest'],
};
/**
 * The runner's program as the command calls it, after the plain `NAME=value` words that open its simple
 * command (`NODE_OPTIONS=--experimental-vm-modules npx jest`: an ESM suite does not load without); only
 * plain paths, words and values, never the command's shell syntax.
 */
function programOf(runner, command) {
    const [pattern, usual] = arrival_PROGRAMS[runner] ?? [/$^/, runner];
    const found = pattern.exec(command);
    if (!found || !/^[\w./ -]+$/.test(found[0]))
        return usual;
    const head = command.slice(0, found.index);
    const opening = head.slice(Math.max(...[...';&|\n('].map((c) => head.lastIndexOf(c))) + 1).trim();
    const words = opening === '' ? [] : opening.split(/\s+/);
    const plain = words.every((w) => /^[A-Za-z_]\w*=[\w.,:/@%+=-]*$/.test(w));
    const assignments = plain
        ? words.map((w) => w.replace(/=(.*)$/, (_, v) => `=${shellQuote(v)}`))
        : [];
    return [...assignments, found[0].replace(/\s+/g, ' ')].join(' ');
}
/**
 * The command that runs exactly `files` with the step's runner, as its command calls it; every path
 * shell-quoted and `./`-led, so none reads as an option.
 */
function arrivalCommand(runner, command, files) {
    const program = programOf(runner, command);
    const paths = files.map((f) => shellQuote(f.startsWith('-') ? `./${f}` : f)).join(' ');
    // jest reads bare arguments as patterns: --runTestsByPath takes them as the exact files.
    if (runner === 'jest')
        return `${program} --ci --runTestsByPath ${paths}`;
    if (runner === 'vitest')
        return `${program} run ${paths}`;
    return `${program} ${paths}`;
}
/**
 * The tests (those `ours` accepts: in the change's test files) that failed in some conclusive run and
 * passed in another; a test failing in every one is broken, not flaky.
 */
function flakyOnArrival(runs, ours) {
    const counted = runs.filter((r) => r.conclusive);
    const failures = new Map();
    for (const run of counted)
        for (const key of new Set(run.failed.filter(ours).map(tests_identity/* testKey */.S))) {
            const id = run.failed.find((t) => (0,tests_identity/* testKey */.S)(t) === key);
            const seen = failures.get(key);
            failures.set(key, { id: seen?.id ?? id, runs: (seen?.runs ?? 0) + 1 });
        }
    return [...failures.values()]
        .filter((f) => f.runs < counted.length)
        .map((f) => ({ id: f.id, failedRuns: f.runs, passedRuns: counted.length - f.runs }));
}
/**
 * The step's test outcomes with the flakes on arrival marked: a test the step already named keeps its
 * outcome (a failure in a changed file still fails the step); one it did not name (it passed in the
 * step's run) is added as flaky, changed, with the repeats as its re-runs.
 */
function withArrivals(tests, flakes, repeats) {
    const out = tests.map((t) => ({ ...t }));
    for (const f of flakes) {
        const known = out.find((t) => (0,tests_identity/* testKey */.S)(t.id) === (0,tests_identity/* testKey */.S)(f.id));
        if (known)
            known.arrival = true;
        else
            out.push({ id: f.id, outcome: 'flaky', retries: repeats, changed: true, arrival: true });
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/tests/console.ts
var console = __webpack_require__(21728);
;// CONCATENATED MODULE: ./src/core/tests/step-run.ts



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
    // node --test: TAP's `# duration_ms 12.3`, spec's `ℹ duration_ms 12.3` (coloured on a terminal), once a run.
    // eslint-disable-next-line no-control-regex
    node: /^(?:\u001b\[[\d;]*m)?(?:#|ℹ) duration_ms [\d.]+/gm,
};
function failedLeaf(candidates, runner, output) {
    if (candidates.length === 1)
        return candidates[0];
    const summary = SUMMARY[runner];
    if (!summary)
        return undefined;
    // A passing run prints one summary (jest's counts both lines "Tests:" and "Test Suites:": one of them).
    const runs = output.match(summary)?.length ?? 0;
    return runs >= 1 && runs <= candidates.length ? candidates[runs - 1] : undefined;
}
/**
 * How the step ran `runner` and what its failure skipped. `errexit`: the shell stops at a failed line
 * (bash and sh as the runner calls them, `-e`); `scripts`: the package.json scripts where the step ran.
 */
function planStepRun(command, errexit, scripts, runner, output) {
    const chain = expandScripts(parseChain(command, errexit), scripts);
    if (chain.complex)
        return complexStep(command, errexit, runner, chain.complex);
    const all = leaves(chain.parts);
    const candidates = all.filter((l) => runnerAt(runner, l.part.words) >= 0);
    if (candidates.length === 0)
        return { after: { kind: 'whole', why: `its command does not show where it runs ${runner}` } };
    const failed = failedLeaf(candidates, runner, output);
    if (!failed)
        return {
            after: {
                kind: 'whole',
                why: `it runs ${runner} ${candidates.length} times and its output does not tell which one failed`,
            },
        };
    const pm = scriptOf(chain.parts, failed.path);
    const setup = setupBefore(chain.parts, failed.path[0]);
    const how = { setup, words: failed.part.words, ...(pm ? { pm } : {}) };
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

;// CONCATENATED MODULE: ./src/core/tests/verdict.ts

/**
 * The same test: runner, name and parameters alike, and the suite alike or one a path ending of the other
 * (jest prints a path from its rootDir, a report from the working directory; go a package's import path),
 * or one of them '' for mocha and node --test, whose output does not name a passed test's file.
 */
function sameTest(a, b) {
    if (a.runner !== b.runner || a.name !== b.name || a.params !== b.params)
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
        (/^(?:#|ℹ) pass 0$/m.test(out) && /^(?:#|ℹ) fail 0$/m.test(out));
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
            verdicts.set((0,tests_identity/* testKey */.S)(id), { state: 'failed' });
        else if (seen.passed.some((p) => sameTest(p, id)))
            verdicts.set((0,tests_identity/* testKey */.S)(id), { state: 'passed' });
        else
            verdicts.set((0,tests_identity/* testKey */.S)(id), { state: 'not-run', why: why() });
    }
    return verdicts;
}

;// CONCATENATED MODULE: ./src/core/tests/report-tally.ts
/**
 * The tests a step's reports name, gathered report by report under a total cap: a step whose tests fail
 * by the million (25 reports of 40,000 failures each) must not hold them all. Reading stops once the cap
 * of failed tests is reached; the reports left are not read at all. A cut means some failed test may be
 * unknown: the step then keeps its failure, since a re-run of the tests it knows cannot make it green.
 * Pure: the caller reads each report and hands over what parseJunit found.
 */


/**
 * Failed tests kept across a step's reports: above test-max-failures' largest value (10,000), so the cap
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
    failed = [];
    passed = [];
    reportsRead = 0;
    /** Failed test cases read past the cap (not kept), and cases past a report's own cap (not read). */
    failedCut = 0;
    unreadCases = 0;
    unreadReports = 0;
    failedKeys = new Set();
    passedKeys = new Set();
    /** Takes one report's tests, each once, up to the caps. */
    add(tests) {
        this.reportsRead++;
        this.unreadCases += tests.unread;
        for (const found of tests.failed) {
            if (this.failed.length >= MAX_FAILED_TESTS) {
                if (!this.failedKeys.has((0,tests_identity/* testKey */.S)(found)))
                    this.failedCut++;
                continue;
            }
            const id = detached(found);
            const key = (0,tests_identity/* testKey */.S)(id); // of the copy: a key built from the parser's strings would hold them too
            if (this.failedKeys.has(key))
                continue;
            this.failedKeys.add(key);
            this.failed.push(id);
        }
        for (const found of tests.passed) {
            if (this.passed.length >= MAX_PASSED_TESTS)
                break;
            const id = detached(found);
            const key = (0,tests_identity/* testKey */.S)(id);
            if (this.passedKeys.has(key))
                continue;
            this.passedKeys.add(key);
            this.passed.push(id);
        }
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
        return this.failedCut > 0 || this.unreadCases > 0 || this.unreadReports > 0;
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
                ? [`${this.unreadCases} test case(s) past a report's first ${junit/* MAX_CASES */.fG}`]
                : []),
        ];
        return (`ci-recovery: test reports: kept ${this.failed.length} failed test(s) from ${this.reportsRead} report(s); not read: ${parts.join(', ')}. ` +
            'Not every failed test is known: none is re-run and the step keeps its failure.');
    }
}

;// CONCATENATED MODULE: ./src/phases/run-tests.ts
/**
 * Test recovery inside a `run/` step, after an attempt failed: which tests failed (the runner's JUnit
 * reports, else its console), then each re-run alone within the bounds (core/tests/plan.ts), and what the
 * step concludes on its tests. When it cannot tell which tests failed it says so in one line (only for a
 * step that runs tests) and the step goes on as it would without it. Gather and act through the ports
 * src/phases/run.ts hands it; every decision is in core/tests.
 */











/** bash or sh, by name or as a template's program (`bash -e {0}`, `/bin/sh {0}`). */
const POSIX_SHELL = /^(?:\S*\/)?(?:bash|sh)(?:\s|$)/;
/** Names of at most `max` tests for one log line. */
function listed(ids, max = 10) {
    const shown = ids.slice(0, max).map(tests_names/* shownName */.HD).join(', ');
    return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}
/** After a failed attempt: the tests' recovery, or undefined when it cannot tell which tests failed. */
async function recoverTests(step, attempt, attemptStartedAt, limitMs, config, ports) {
    const { log } = ports.runner;
    if (attempt.timedOut || attempt.aborted)
        return undefined;
    const runner = step.tests.runner ?? (0,tests_names/* runnerOfCommand */.D)(step.command);
    const found = await failedTests(step, runner, attempt.output, attemptStartedAt, ports);
    if (found.failed.length === 0) {
        // A step that does not run tests (an install, a fetch) is not told about tests.
        if (step.tests.report || runner || step.failureType === 'test')
            log.info(`ci-recovery: could not tell which tests failed (${found.why}): the step goes on without re-running tests.`);
        return undefined;
    }
    log.info(`ci-recovery: ${found.failed.length} test(s) failed (from ${found.from}): ${listed(found.failed)}`);
    const history = ports.tests.history ?? (await ports.tests.loadHistory?.()) ?? NO_HISTORY;
    const changed = changedSet(await ports.tests.changedFiles(), step.workingDirectory);
    // Test names are quoted for a POSIX shell: under another one (pwsh, cmd, python) nothing is re-run.
    const posix = POSIX_SHELL.test(step.shell.trim());
    if (!posix && step.tests.retries > 0)
        log.info(`ci-recovery: failed tests are re-run only under shell bash or sh: none is re-run.`);
    // Past the reports' cap some failure is unknown: re-runs of the known ones cannot make the step green.
    const settings = posix && !found.cut ? step.tests : { ...step.tests, retries: 0 };
    const strict = step.pullRequest === true && config.tests.prRetries === 'known-flaky-only';
    const plan = planRetries(found.failed, settings, changed, history, strict);
    for (const note of plan.notes)
        log.info(note);
    const kind = runner ?? found.failed[0].runner;
    const scripts = (await ports.tests.packageScripts?.(step.cwd)) ?? {};
    const stepRun = planStepRun(step.command, shellStopsOnError(step.shell), scripts, kind, attempt.output);
    const results = await rerunRounds(step, runner, stepRun, plan.rerun, limitMs, ports);
    const concluded = concludeTests(plan, results, settings, config.tests, history, found.passed);
    const verdict = found.cut ? { ...concluded, recovered: false } : concluded;
    for (const note of verdict.notes)
        log.info(note);
    if (verdict.recovered && !(await ranTheRest(step, stepRun, limitMs, ports)))
        return { ...verdict, recovered: false, handled: true };
    if (verdict.recovered)
        log.notice(`${recovered_log/* TESTS_RECOVERED */.OU} (${verdict.outputs['tests-flaky']} flaky, ${verdict.tests.filter((t) => t.quarantined).length} quarantined).`);
    // Re-runs that showed no result for any test leave the step as it was: its own retry policy decides.
    const judged = [...results.values()].some((r) => r.notRun === undefined);
    return { ...verdict, handled: judged || verdict.recovered };
}
/**
 * Test re-runs stand for the step only when the failed runner invocation was the last thing it runs:
 * else it runs what the failure skipped, or the whole step once, and passes only when that passes.
 */
async function ranTheRest(step, stepRun, limitMs, ports) {
    const { log } = ports.runner;
    const { after } = stepRun;
    if (after.kind === 'nothing')
        return true;
    const script = after.kind === 'rest' ? after.script : step.command;
    log.info(after.kind === 'rest'
        ? `ci-recovery: the failed tests passed alone, but the step's failure skipped what follows them: running it: ${(0,core_text/* printablePath */.Vj)(script)}`
        : `ci-recovery: the failed tests passed alone, but ${after.why}: re-running the whole step once, as a plain retry would.`);
    const limit = limitMs();
    if (limit <= 0 || ports.process.cancelled()) {
        log.info(`ci-recovery: no time left to run it: the step keeps its failure.`);
        return false;
    }
    const run = await ports.process.run({
        name: after.kind === 'rest' ? 'tests-rest' : 'tests-whole-step',
        script,
        shell: step.shell,
        cwd: step.cwd,
        ...(Number.isFinite(limit) ? { timeoutMs: limit } : {}),
        fileCommands: false,
        ...(step.env ? { env: step.env } : {}),
    });
    const passed = run.exitCode === 0 && !run.timedOut && !run.aborted;
    log.info(passed
        ? `ci-recovery: ${after.kind === 'rest' ? 'the rest of the step' : 'the whole step'} passed.`
        : `ci-recovery: ${after.kind === 'rest' ? 'the rest of the step' : 'the whole step'} failed (exit ${run.exitCode ?? '?'}): the step fails.`);
    return passed;
}
/** The failed (and passed) tests: the reports written since `since`, else the console. */
async function failedTests(step, runner, output, since, ports) {
    let passed = [];
    let cut = false;
    let why = 'the output names no failed test';
    if (step.tests.report) {
        const { files, skipped } = await ports.tests.reports(step.tests.report, step.cwd, since);
        for (const note of skipped.slice(0, 10))
            ports.runner.log.info(`ci-recovery: test report ${(0,core_text/* printablePath */.Vj)(note)}: not read`);
        if (skipped.length > 10)
            ports.runner.log.info(`ci-recovery: ${skipped.length - 10} more test report(s) not read`);
        const tally = await readReports(files, runner ?? 'junit', ports.runner.log);
        tally.skipReports(skipped.length);
        passed = tally.passed;
        cut = tally.cut;
        const line = tally.line();
        if (line)
            ports.runner.log.info(line);
        if (tally.failed.length > 0)
            return { failed: tally.failed, passed, from: `${tally.reportsRead} report(s)`, why, cut };
        why =
            files.length === 0
                ? `no test report matching '${(0,core_text/* printablePath */.Vj)(step.tests.report)}' was written by this attempt, and the output names no failed test`
                : 'its reports and output name no failed test';
    }
    const fromConsole = (0,console/* failedFromConsole */.DB)(output, runner).map((id) => (0,console/* nodeRelative */.ds)(id, step.cwd));
    // A report not read may name failures the output does not: the cut holds for the output's tests too.
    return { failed: fromConsole, passed, from: 'the output', why, cut };
}
/** The reports' tests, one report read and parsed at a time, until the tally's cap (core/tests/report-tally.ts). */
async function readReports(files, runner, log) {
    const tally = new ReportTally();
    for (const [i, file] of files.entries()) {
        if (tally.full) {
            tally.skipReports(files.length - i);
            break;
        }
        try {
            tally.add((0,junit/* parseJunit */.kJ)(await file.read(), runner));
        }
        catch (error) {
            if (!(error instanceof junit/* ReportError */.$g))
                throw error;
            log.info(`ci-recovery: test report ${(0,core_text/* printablePath */.Vj)(file.path)} not read: ${error.message}`);
            tally.skipReports(1); // its failed tests are unknown
        }
    }
    return tally;
}
/** Changed files as the step's runner names them: from the repository and from the working directory. */
function changedSet(files, workingDirectory) {
    const set = new Set();
    const base = workingDirectory.replace(/^\.\/?/, '').replace(/\/+$/, '');
    for (const file of files ?? []) {
        set.add(file);
        if (base && file.startsWith(`${base}/`))
            set.add(file.slice(base.length + 1));
    }
    return set;
}
/** Re-runs the planned tests together, round after round, each while it fails and has re-runs left. */
async function rerunRounds(step, runner, stepRun, planned, limitMs, ports) {
    const { log } = ports.runner;
    const results = new Map();
    let pending = planned.filter((p) => p.retries > 0);
    for (let round = 1; pending.length > 0 && !ports.process.cancelled(); round++) {
        const ids = pending.map((p) => p.id);
        const kind = runner ?? ids[0].runner;
        const template = step.tests.rerunCommand !== '';
        const script = template
            ? fromTemplate(step.tests.rerunCommand, ids)
            : rerun_builtInRerun(kind, ids, stepRun.how);
        if (!script) {
            log.info(`ci-recovery: no built-in re-run for ${kind} tests: set test-rerun-command to re-run them.`);
            break;
        }
        if (!template && !stepRun.how && round === 1)
            log.info(`ci-recovery: the step's command does not show how it runs ${kind}: re-running with its usual program.`);
        // The exact command, escaped, on one line.
        log.info(`ci-recovery: re-running ${ids.length} failed test(s) alone (re-run ${round}): ${(0,core_text/* printablePath */.Vj)(script)}`);
        const started = ports.clock.now();
        const limit = limitMs();
        if (limit <= 0)
            break;
        const run = await ports.process.run({
            name: `tests-rerun-${round}`,
            script,
            shell: step.shell,
            cwd: step.cwd,
            ...(Number.isFinite(limit) ? { timeoutMs: limit } : {}),
            fileCommands: false,
            ...(step.env ? { env: step.env } : {}),
        });
        const seen = await rerunSeen(step, kind, run.output, started, ports);
        const verdicts = rerunVerdicts(ids, seen, () => whyNotRun(run, template));
        for (const p of pending) {
            const v = verdicts.get((0,tests_identity/* testKey */.S)(p.id));
            results.set((0,tests_identity/* testKey */.S)(p.id), {
                retries: round,
                passed: v.state === 'passed',
                ...(v.state === 'not-run' ? { notRun: v.why } : {}),
            });
        }
        // Only a test that ran and failed again is re-run again: one not re-run would not run the next time either.
        pending = pending.filter((p) => verdicts.get((0,tests_identity/* testKey */.S)(p.id)).state === 'failed' && p.retries > round);
    }
    return results;
}
/** Reports a re-run writes where the step names none: Surefire's and Gradle's own. */
const DEFAULT_REPORTS = {
    maven: '**/target/surefire-reports/TEST-*.xml',
    gradle: '**/build/test-results/**/*.xml',
};
/** The tests a re-run shows failed and passed: its reports (written since it started), then its output. */
async function rerunSeen(step, runner, output, since, ports) {
    const failed = [];
    const passed = [];
    const glob = step.tests.report || DEFAULT_REPORTS[runner];
    if (glob) {
        const { files } = await ports.tests.reports(glob, step.cwd, since);
        const tally = await readReports(files, runner, ports.runner.log);
        failed.push(...tally.failed);
        // Past the cap a report not read may hold a test's failure: no pass is taken from the reports then.
        if (!tally.cut)
            passed.push(...tally.passed);
    }
    failed.push(...(0,console/* failedFromConsole */.DB)(output, runner), ...(runner === 'jest' ? (0,console/* jestVerboseFailed */.cc)(output) : []));
    passed.push(...(0,console/* passedFromConsole */.iV)(output, runner));
    return { failed, passed };
}

;// CONCATENATED MODULE: ./src/phases/run-arrival.ts
/**
 * Early flake detection in a `run/` step (opt-in, `tests.early-flake-detection`), after its last attempt:
 * on a pull request, the test files the change added or edited run again alone, `repeats` times within
 * `budget-seconds`; a test that failed in one of those runs (or the step's own) and passed in another is
 * named flaky on arrival, and fails the step when `fail-step` says so. Gather and act through the ports
 * src/phases/run.ts hands it; the decisions are in core/tests/arrival.ts.
 */






const PREFIX = 'ci-recovery: early flake detection:';
/**
 * After the step's last attempt: what test recovery said, with the flakes on arrival added (and the step
 * failed for them when the team says so); unchanged when detection is off, not on a PR, or found none.
 */
async function detectArrivals(step, last, recovered, limitMs, config, ports) {
    const efd = config.tests.earlyFlakeDetection;
    if (!efd.enabled || !step.pullRequest || last.timedOut || last.aborted || ports.process.cancelled())
        return recovered;
    const target = await arrivalTarget(step, ports);
    if (!target)
        return recovered;
    const { runner, files } = target;
    // The step's own final run counts: it passed, or named the tests it failed (those of any re-run aside).
    const own = succeeded(last)
        ? { conclusive: true, failed: [] }
        : {
            conclusive: (recovered?.tests.length ?? 0) > 0,
            failed: (recovered?.tests ?? []).filter((t) => t.outcome !== 'passed').map((t) => t.id),
        };
    const repeats = await repeat(step, runner, files, efd, limitMs, ports);
    const changed = new Set(files);
    const flakes = flakyOnArrival([own, ...repeats], (id) => inChangedFile(id, changed));
    const { log } = ports.runner;
    if (flakes.length === 0) {
        log.info(`${PREFIX} ${repeats.length} repeat(s) of ${files.length} changed test file(s): no test both failed and passed.`);
        return recovered;
    }
    for (const f of flakes)
        log.warning(`${PREFIX} ${(0,tests_names/* shownName */.HD)(f.id)} is flaky on arrival: it failed in ${f.failedRuns} and passed in ${f.passedRuns} of ${f.failedRuns + f.passedRuns} runs of the same code.${efd.failStep ? ' It fails the step (tests.early-flake-detection.fail-step).' : ''}`, { title: 'ci-recovery: flaky on arrival' });
    const tests = withArrivals(recovered?.tests ?? [], flakes, repeats.length);
    const names = tests.filter((t) => t.arrival).map((t) => (0,tests_names/* shownName */.HD)(t.id));
    return {
        recovered: recovered?.recovered ?? false,
        notes: recovered?.notes ?? [],
        handled: recovered?.handled ?? false,
        tests,
        outputs: { ...testOutputs(tests), 'flaky-on-arrival': names.join('\n') },
        ...(efd.failStep ? { failsStep: true } : {}),
    };
}
/** The runner and the change's test files to repeat; undefined (said once when useful) when there are none. */
async function arrivalTarget(step, ports) {
    const { log } = ports.runner;
    const runner = step.tests.runner ?? (0,tests_names/* runnerOfCommand */.D)(step.command);
    if (!runner)
        return undefined; // not a test step
    if (!ARRIVAL_RUNNERS.includes(runner)) {
        log.info(`${PREFIX} it repeats ${ARRIVAL_RUNNERS.join(', ')} test files, not ${runner}'s: skipped.`);
        return undefined;
    }
    if (!POSIX_SHELL.test(step.shell.trim())) {
        log.info(`${PREFIX} test files are repeated only under shell bash or sh: skipped.`);
        return undefined;
    }
    const changed = await ports.tests.changedFiles();
    if (changed === undefined) {
        log.info(`${PREFIX} main did not say which files the change touched: skipped.`);
        return undefined;
    }
    const { files, more } = arrivingTestFiles(runner, changed, step.workingDirectory);
    if (files.length === 0) {
        log.info(`${PREFIX} the change adds or edits no ${runner} test file: nothing to repeat.`);
        return undefined;
    }
    if (more > 0)
        log.info(`${PREFIX} ${more} more changed test file(s) are not repeated (at most ${files.length}).`);
    return { runner, files };
}
/** Runs the files alone, `repeats` times while the budget and the step's time last. */
async function repeat(step, runner, files, efd, limitMs, ports) {
    const { log } = ports.runner;
    const script = arrivalCommand(runner, step.command, files);
    const budgetMs = efd.budgetSeconds * 1000;
    const start = ports.clock.now();
    const runs = [];
    for (let n = 1; n <= efd.repeats && !ports.process.cancelled(); n++) {
        const left = Math.min(budgetMs - (ports.clock.now() - start), limitMs());
        if (left <= 0) {
            log.info(`${PREFIX} its budget (${efd.budgetSeconds}s) or the step's time is used: ${n - 1} of ${efd.repeats} repeats run.`);
            break;
        }
        log.info(`${PREFIX} repeat ${n} of ${efd.repeats}: ${(0,core_text/* printablePath */.Vj)(script)}`);
        const started = ports.clock.now();
        const run = await ports.process.run({
            name: `tests-arrival-${n}`,
            script,
            shell: step.shell,
            cwd: step.cwd,
            timeoutMs: left,
            fileCommands: false,
            ...(step.env ? { env: step.env } : {}),
        });
        if (run.timedOut || run.aborted) {
            log.info(`${PREFIX} repeat ${n} ran out of time: not counted, no more repeats.`);
            break;
        }
        if (succeeded(run)) {
            runs.push({ conclusive: true, failed: [] });
            continue;
        }
        const found = await failedTests(step, runner, run.output, started, ports);
        runs.push({ conclusive: found.failed.length > 0, failed: found.failed });
        log.info(found.failed.length > 0
            ? `${PREFIX} repeat ${n}: ${found.failed.length} test(s) failed: ${found.failed.slice(0, 5).map(tests_names/* shownName */.HD).join(', ')}`
            : `${PREFIX} repeat ${n} failed (exit ${run.exitCode ?? run.signal ?? '?'}) and names no failed test: not counted.`);
    }
    return runs;
}

;// CONCATENATED MODULE: ./src/phases/run.ts
/**
 * The `run/` phase: runs a risky command like a `run:` step, but knows why it failed.
 * Gather: the stages completed earlier (a restored one only while its files are there).
 * Decide (core/run-retry.ts, core/run-step.ts): the step's budget and limits, after each failed attempt
 * its type (the classifier) and whether to try again, and in the end what the step concludes.
 * Act through ports: a checkpoint before the command, each attempt (ProcessPort), waits (Clock), the
 * step's outputs, the command's env and path, the completed stages, the record for post and the verdict
 * (RunnerPort, RecordsPort).
 */















/** The whole step: gather, run its attempts, and leave its outputs, record and verdict with the runner. */
async function runPhase(settings, job, ctx, ports) {
    // A bad cache-paths entry fails the step before anything runs, naming the entry and the fix.
    for (const entry of settings.cachePaths ?? [])
        (0,checkpoint/* parseOutsidePath */._W)(entry, (0,checkpoint/* rootBases */.Dr)(job));
    const restored = await restoredStillThere(settings, job, ports);
    if (job.recovery.attemptStages.includes(settings.stage))
        ports.runner.log.notice((0,core_stage_ledger/* repeatedStageNote */.b_)(settings.stage));
    const others = await enterLedger(settings.stage, ports);
    try {
        const result = await runStep(settings, job, ctx, ports, restored, others);
        await applyResult(settings, job, result, ports);
        return result;
    }
    finally {
        await ports.stages?.leave();
    }
}
/**
 * The stages main restored that this step may skip (core/stage-ledger.ts skipsAsRestored), while their files
 * are still in the workspace; none when its own stage is not one of them.
 */
async function restoredStillThere(settings, job, ports) {
    const { stage, cachePaths = [] } = settings;
    const { restoredStages } = job.recovery;
    if (!(0,core_stage_ledger/* skipsAsRestored */.DD)(stage, restoredStages, job.recovery))
        return [];
    return ports.checkpoint.stillComplete(restoredStages, { stage, cachePaths });
}
/**
 * Skips a stage an earlier attempt completed (`restoredStages`: restored, still there, not yet taken in this
 * attempt); else checkpoints, then runs attempts until one passes or the policy stops.
 */
async function runStep(settings, job, ctx, ports, restoredStages, others = []) {
    const { log } = ports.runner;
    const started = ports.clock.now();
    const startedAt = new Date(started).toISOString();
    if (restoredStages.includes(settings.stage)) {
        log.notice(`Stage '${settings.stage}' completed in an earlier attempt of this run: skipping it.`);
        const none = { commandOutputs: {}, commandEnv: '', commandPath: '', attempts: [] };
        const completedAt = new Date(ports.clock.now()).toISOString();
        return { ...none, skipped: true, success: true, outputs: { ...SKIPPED_OUTPUTS }, startedAt, completedAt };
    }
    const plan = planStep(settings, ctx.config, ctx.lane);
    shellCommand(settings.shell, 'script'); // a bad shell input fails before anything runs
    // Checkpoint first, so a resume can start from the state before this stage.
    // Beside another running stage (a background step), a checkpoint could hold its half-written files.
    const alone = others.length === 0 || plan.checkpointPaths.length === 0;
    if (!alone)
        log.notice((0,core_stage_ledger/* concurrentCheckpointNote */.Gp)(settings.stage, others));
    const stored = alone ? await checkpointFirst(settings, plan, ports) : () => Promise.resolve(undefined);
    const loop = new AttemptLoop(settings, job, ctx, ports, plan, started);
    let checkpoint;
    try {
        await loop.run();
    }
    finally {
        await ports.process.cleanup().catch(() => undefined);
        // The step ends only once its checkpoint is stored (or said not to be).
        checkpoint = await stored();
    }
    return loop.result(startedAt, checkpoint);
}
/**
 * Starts the stage's checkpoint and returns once every file of it is read: the command may change them
 * from then on, while the archive and the manifest are stored. The function returned waits for the store
 * and says how it went: the checkpoint's id once stored, else undefined (a warning says why). A runner
 * lost before the store ends loses this checkpoint only: a resume takes the one before it.
 */
async function checkpointFirst(settings, plan, ports) {
    if (plan.checkpointPaths.length === 0)
        return () => Promise.resolve(undefined);
    const save = ports.checkpoint.save(settings.stage, plan.checkpointPaths);
    const outcome = save.saved.then((saved) => checkpointSaved(settings.stage, saved, ports), (error) => checkpointFailed(settings.stage, error, ports));
    // Settled before reading everything (no files, a refused store, the resumed checkpoint): said now.
    if (!(await save.read))
        await outcome;
    return () => outcome;
}
function checkpointSaved(stage, saved, ports) {
    if (saved && !saved.reused)
        ports.runner.log.info(`ci-recovery: checkpoint ${saved.id} saved before stage '${stage}'`);
    return saved;
}
function checkpointFailed(stage, error, ports) {
    const { log } = ports.runner;
    // Before the stage that makes them (an install, a build), a job's checkpoint paths do not exist yet:
    // that is every job's first stage, not a problem worth an annotation.
    if (error instanceof checkpoint/* NoFilesFoundError */.bM)
        log.info(`ci-recovery: nothing to checkpoint before stage '${stage}' yet: ${error.message}`);
    else
        log.warning(`ci-recovery: no checkpoint before stage '${stage}': ${(0,errors/* errorMessage */.gJ)(error)}`);
    return undefined;
}
/** The attempts of one step and what they found. */
class AttemptLoop {
    settings;
    job;
    ctx;
    ports;
    plan;
    started;
    attempts = [];
    classification;
    decision;
    last;
    /** What test recovery did after the last failed attempt (run-tests.ts). */
    tests;
    /** When the last attempt ended: the backoff before the next one counts from there. */
    lastEndedAt = 0;
    /** What on-retry wrote to its GITHUB_ENV, for every later attempt (and hook): later values win. */
    retryEnv = {};
    cwd;
    constructor(settings, job, ctx, ports, plan, started) {
        this.settings = settings;
        this.job = job;
        this.ctx = ctx;
        this.ports = ports;
        this.plan = plan;
        this.started = started;
        this.cwd = external_node_path_default().resolve(job.workspace, settings.workingDirectory || '.');
    }
    timeLeft() {
        return stepTimeLeft(this.plan, this.started, this.ports.clock.now());
    }
    async run() {
        for (let attempt = 1; attempt <= this.plan.maxAttempts; attempt++) {
            if (attempt > 1 && !(await this.betweenAttempts(attempt)))
                break;
            const limitMs = attemptLimitMs(this.plan, this.timeLeft());
            const attemptStart = this.ports.clock.now();
            this.tests = undefined; // what test recovery says is of the final attempt
            const run = await this.runAttempt(attempt, limitMs);
            this.lastEndedAt = this.ports.clock.now();
            this.last = run;
            const record = {
                attempt,
                startedAt: new Date(attemptStart).toISOString(),
                durationMs: run.durationMs,
                ...(run.exitCode !== undefined ? { exitCode: run.exitCode } : {}),
                ...(run.signal ? { signal: run.signal } : {}),
                ...(run.timedOut ? { timedOut: true } : {}),
            };
            this.attempts.push(record);
            if (succeeded(run)) {
                // Said in so many words: the log of a step made green reads as such (classify, plan).
                if (attempt > 1)
                    this.ports.runner.log.info((0,recovered_log/* attemptRecovered */.VZ)(this.settings.stage, attempt));
                break;
            }
            record.classification = this.classification = await this.classify(run, attempt, limitMs);
            // Failed tests re-run alone: the step's own retry is not wanted once they were; the policy still
            // says what comes next for the tests that still fail (the `strategy` output).
            const tests = await this.recoverTests(run, attempt, attemptStart);
            if (tests?.handled) {
                if (!tests.recovered)
                    this.decide(run, attempt, true);
                break;
            }
            if (!this.decide(run, attempt))
                break;
        }
        await this.detectArrivals();
    }
    /**
     * Test recovery after a failed attempt (run-tests.ts); not on Windows, where its re-run commands (POSIX
     * quoting) and report paths are untested: a failed attempt is retried whole there.
     */
    async recoverTests(run, attempt, startedAt) {
        const { settings, ports, ctx } = this;
        if (!settings.tests || !ports.tests || ctx.windows)
            return undefined;
        const step = { ...this.testStep(attempt), tests: settings.tests };
        const limitMs = () => attemptLimitMs(this.plan, this.timeLeft());
        const tested = { ...ports, tests: ports.tests };
        return (this.tests = await recoverTests(step, run, startedAt, limitMs, ctx.config, tested));
    }
    testStep(attempt) {
        return {
            ...this.settings,
            command: this.command(attempt),
            cwd: this.cwd,
            failureType: this.classification?.type ?? 'unknown',
            pullRequest: this.ctx.branchKind === 'pr',
            ...this.envSpec(),
        };
    }
    /** Early flake detection after the last attempt (run-arrival.ts): on a PR, the change's tests repeated. */
    async detectArrivals() {
        const { settings, ports, ctx, last } = this;
        if (!settings.tests || !ports.tests || ctx.windows || !last)
            return;
        if (!ctx.config.tests.earlyFlakeDetection.enabled)
            return;
        const step = { ...this.testStep(this.attempts.length), tests: settings.tests };
        const limitMs = () => this.timeLeft();
        const tested = { ...ports, tests: ports.tests };
        this.tests = await detectArrivals(step, last, this.tests, limitMs, ctx.config, tested);
    }
    /** The wait and the on-retry command before attempt `attempt`; false when the step's time is up. */
    async betweenAttempts(attempt) {
        const { log } = this.ports.runner;
        const wait = retryWaitMs(this.decision, attempt, this.timeLeft());
        // Counted from the failed attempt's end, as a plain retry (nick-fields/retry) counts it from the exit
        // it notices: the time spent loading the classifier and deciding is part of the wait, not added to it.
        const rest = Math.max(0, this.lastEndedAt + wait - this.ports.clock.now());
        if (wait > 0)
            log.info(`Waiting ${wait / 1000} s after attempt ${attempt - 1} failed, before attempt ${attempt}.`);
        if (rest > 0)
            await this.ports.clock.sleep(rest);
        if (this.settings.onRetry.trim())
            await this.onRetry(attemptLimitMs(this.plan, this.timeLeft()));
        // Cancelled during the wait or the hook: no attempt is started only to be killed.
        if (this.ports.process.cancelled())
            return false;
        if (this.timeLeft() > 0)
            return true;
        log.info(`ci-recovery: the step's total time limit is used up: no attempt ${attempt}.`);
        return false;
    }
    async onRetry(limitMs) {
        const { settings, ctx, ports } = this;
        const hook = { script: settings.onRetry, shell: settings.shell, cwd: this.cwd, limitMs };
        await runOnRetry(hook, this.retryEnv, ctx.windows, ports);
    }
    envSpec() {
        return Object.keys(this.retryEnv).length > 0 ? { env: { ...this.retryEnv } } : {};
    }
    async runAttempt(attempt, limitMs) {
        const { settings } = this;
        const from = attemptLimitFrom(this.plan, limitMs);
        const limit = Number.isFinite(limitMs)
            ? `time limit ${minutes(limitMs / 60_000)}, from ${from}`
            : `no time limit: ${from}`;
        this.ports.runner.log.info(`ci-recovery: stage '${settings.stage}', attempt ${attempt} (${limit})`);
        try {
            return await this.ports.process.run({
                name: `attempt-${attempt}`,
                script: this.command(attempt),
                shell: settings.shell,
                cwd: this.cwd,
                ...(Number.isFinite(limitMs) ? { timeoutMs: limitMs } : {}),
                fileCommands: true,
                ...this.envSpec(),
            });
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOCWD')
                throw workingDirectoryMissing(settings.workingDirectory, this.cwd);
            if (code === 'ENOENT')
                throw shellNotFound(shellCommand(settings.shell, '').file);
            throw error;
        }
    }
    /** The command attempt `attempt` runs: new-command-on-retry from the second on, when given. */
    command(attempt) {
        const retry = this.settings.newCommandOnRetry;
        return attempt > 1 && retry.trim() ? retry : this.settings.run;
    }
    /** An attempt we stopped is typed by that fact; otherwise the classifier reads its output. */
    async classify(run, attempt, limitMs) {
        const { settings, ports } = this;
        const from = attemptLimitFrom(this.plan, limitMs);
        const stopped = stoppedAttempt(run, settings.stage, limitMs / 60_000, `from ${from}`);
        if (stopped) {
            ports.runner.log.info(stopped.evidence.text);
            if (run.survivors?.length) {
                // Processes the kill could not end (another user's, or stuck in the kernel) are named, not hidden.
                ports.runner.log.warning(`ci-recovery: ${run.survivors.length} process(es) of '${settings.stage}' outlived SIGKILL and still run: ` +
                    run.survivors.map((p) => `${p.pid} (${p.command})`).join(', '));
            }
            return stopped;
        }
        return ports.classify({
            stage: settings.stage,
            step: settings.stage,
            command: this.command(attempt),
            conclusion: 'failure',
            ...(run.exitCode !== undefined ? { exitCode: run.exitCode } : {}),
            ...(run.signal ? { signal: run.signal } : {}),
            log: run.output,
            // The team's own rules (config classify.rules) rank above the shipped ones.
            ...(this.ctx.config.classify.rules.length > 0 ? { teamRules: this.ctx.config.classify.rules } : {}),
        });
    }
    /** Decides after failed attempt `attempt`, says so, and answers whether to try again. */
    decide(run, attempt, testsRerun = false) {
        const { settings, ctx, ports } = this;
        const { log } = ports.runner;
        const c = this.classification;
        const exitCode = exitCodeOf(run);
        const failed = {
            type: c.type,
            retryable: c.retryable,
            exitCode,
            timedOut: run.timedOut,
            attempt,
            lane: ctx.lane,
            branchKind: ctx.branchKind,
        };
        const decided = decideAttempt({ ...failed, runAttempt: this.job.attempt }, settings, this.plan, ctx.config);
        const decision = testsRerun ? afterTestReruns(decided) : decided;
        const evidence = c.evidence ? ` Evidence (line ${c.evidence.line}): ${c.evidence.text}` : '';
        log.info(`ci-recovery: attempt ${attempt} failed (exit ${exitCode}${run.signal ? `, ${run.signal}` : ''}): ${c.type} [${c.rule}].${evidence}`);
        log.info(`ci-recovery: decision ${decision.strategy} by ${decision.rule}: ${decision.reason}`);
        this.decision = withinStepTime(decision, this.timeLeft());
        if (!triesAgain(this.decision, attempt, this.plan.maxAttempts, ports.process.cancelled()))
            return false;
        if (settings.warnOnRetry)
            log.warning(`Attempt ${attempt} failed (exit ${exitCode}, ${c.type}): retrying (${this.decision.rule}).`, { title: `ci-recovery: retrying ${settings.stage}` });
        return true;
    }
    /** Only what the final attempt wrote becomes the step's own outputs, env and path. */
    result(startedAt, checkpoint) {
        const last = this.last;
        const files = this.finalFiles(last);
        const exitCode = exitCodeOf(last);
        const { classification, decision, tests } = this;
        const success = (succeeded(last) || tests?.recovered === true) &&
            tests?.failsStep !== true &&
            files.fileCommandError === undefined;
        return {
            skipped: false,
            success,
            attempts: this.attempts,
            exitCode,
            ...(classification ? { classification } : {}),
            ...(decision ? { decision } : {}),
            ...files,
            ...(checkpoint ? { checkpointId: checkpoint.id } : {}),
            ...(checkpoint?.manifestSha256 ? { checkpointDigest: checkpoint.manifestSha256 } : {}),
            outputs: {
                ...stepOutputs(this.attempts.length, exitCode, classification, decision, success),
                ...tests?.outputs,
            },
            ...(tests ? { tests: tests.tests } : {}),
            startedAt,
            completedAt: new Date(this.ports.clock.now()).toISOString(),
        };
    }
    /**
     * The final attempt's file commands. A malformed GITHUB_OUTPUT fails a step whose command passed, with
     * the runner's message, as it fails a `run:` step; after a failed command it is only a warning.
     */
    finalFiles(last) {
        const { output = '', env = '', path: paths = '' } = last.files ?? {};
        try {
            // Lines end as the runner on this OS reads them: CRLF only on Windows (src/core/file-commands.ts).
            const ends = { windows: this.ctx.windows };
            // `=value` is accepted with the empty name (the runner's rule), but no step can set that name again.
            const { '': _unnamed, ...commandOutputs } = parseKeyValueFile(output, ends);
            return { commandOutputs, commandEnv: env, commandPath: paths };
        }
        catch (error) {
            const message = fileCommandFailure('output', error).message;
            if (!succeeded(last)) {
                this.ports.runner.log.warning(`Stage '${this.settings.stage}': ${message}`);
                return { commandOutputs: {}, commandEnv: env, commandPath: paths };
            }
            return { commandOutputs: {}, commandEnv: env, commandPath: paths, fileCommandError: message };
        }
    }
}
/** The step's outputs, the command's env and path, the completed stages, the record and the verdict. */
async function applyResult(settings, job, result, ports) {
    const { runner } = ports;
    const verdict = concludeStep(settings, result, job.recovery.completedStages);
    for (const [name, value] of verdict.outputs)
        runner.setOutput(name, value);
    try {
        for (const command of ['env', 'path']) {
            const text = command === 'env' ? result.commandEnv : result.commandPath;
            if (text.trim() !== '')
                runner.appendFileCommand(command, text.endsWith('\n') ? text : text + '\n');
        }
    }
    catch (error) {
        runner.log.warning(`Could not pass on the command's GITHUB_ENV/GITHUB_PATH: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    if (result.success && !job.recovery.attemptStages.includes(settings.stage))
        runner.exportVariable(state_keys/* ATTEMPT_STAGES_ENV */.sT, [...job.recovery.attemptStages, settings.stage].join(','));
    if (verdict.completedStages !== undefined) {
        runner.exportVariable(state_keys/* COMPLETED_STAGES_ENV */.Q3, verdict.completedStages);
        const durations = stageDurationsWith(job.recovery.stageDurations, settings.stage, result);
        runner.exportVariable(state_keys/* STAGE_DURATIONS_ENV */.TM, JSON.stringify(durations));
    }
    // A stage done (now or before) that fills paths outside the workspace: later checkpoints save them.
    if (result.success && settings.cachePaths?.length)
        runner.exportVariable(state_keys/* CACHE_PATHS_ENV */.yr, JSON.stringify({ ...job.recovery.cachePaths, [settings.stage]: settings.cachePaths }));
    await ledgerEntry(settings, job, result, verdict.completedStages !== undefined, ports);
    await (0,ports_records/* writeRecordBestEffort */.T)(ports.records, runStepRecord(settings, result), runner.log);
    const { failure } = verdict;
    if (failure?.level === 'warning')
        runner.log.warning(failure.message, { title: failure.title });
    if (failure?.level === 'error') {
        runner.log.error(failure.message, { title: failure.title });
        runner.setExitCode(failure.exitCode ?? 1);
    }
}

;// CONCATENATED MODULE: ./src/actions/run.ts
/** The `run/` sub-action's entry: reads its inputs and the job once, then runs the phase (src/phases/run.ts). */















/** The `stage` input, when given, under the stage-name rules: a manifest carries it to every re-run. */
const stageInput = (stage) => (stage ? (0,core_text/* checkedStageName */.Lg)(stage, "Input 'stage'") : '');
function readTestSettings() {
    const runner = parseTestRunner(inputs/* input */.h.string('test-runner'));
    const rerunCommand = inputs/* input */.h.string('test-rerun-command');
    checkTemplate(rerunCommand);
    return {
        report: inputs/* input */.h.string('test-report').trim(),
        ...(runner ? { runner } : {}),
        rerunCommand,
        retries: inputs/* input */.h.count('test-retries', 'run', { min: 0, max: 10 }),
        maxFailed: inputs/* input */.h.count('test-max-failures', 'run', { min: 0, max: 10_000 }),
        failOnPassedAfterRetry: inputs/* input */.h.bool('fail-on-passed-after-retry'),
    };
}
function readSettings() {
    const run = inputs/* input */.h.required('run');
    const retryOn = parseRetryOn(inputs/* input */.h.list('retry-on'));
    const timeoutMinutes = inputs/* input */.h.minutes('timeout-minutes');
    const totalTimeoutMinutes = inputs/* input */.h.minutes('total-timeout-minutes');
    const retryOnExitCodes = parseRetryOnExitCodes(inputs/* input */.h.list('retry-on-exit-code'));
    const maxAttempts = inputs/* input */.h.int('max-attempts', { min: 1, max: 20 });
    const backoffSeconds = inputs/* input */.h.int('backoff-seconds', { min: 0, max: 3600 });
    return {
        run,
        // Empty (no default in action.yml): the runner's own default for the OS, chosen in run() below.
        shell: inputs/* input */.h.string('shell'),
        stage: stageInput(inputs/* input */.h.string('stage').trim()) || defaultStage(run),
        ...(timeoutMinutes !== undefined ? { timeoutMinutes } : {}),
        ...(totalTimeoutMinutes !== undefined ? { totalTimeoutMinutes } : {}),
        continueOnError: inputs/* input */.h.bool('continue-on-error'),
        ...(maxAttempts !== undefined ? { maxAttempts } : {}),
        retryOn,
        retryOnExitCodes,
        newCommandOnRetry: inputs/* input */.h.string('new-command-on-retry'),
        warnOnRetry: inputs/* input */.h.bool('warn-on-retry'),
        checkpointPaths: inputs/* input */.h.list('checkpoint-paths'),
        cachePaths: inputs/* input */.h.list('cache-paths'),
        includeHiddenFiles: inputs/* input */.h.bool('include-hidden-files'),
        onRetry: inputs/* input */.h.string('on-retry'),
        ...(backoffSeconds !== undefined ? { backoffSeconds } : {}),
        workingDirectory: inputs/* input */.h.string('working-directory'),
        token: inputs/* input */.h.string('github-token'),
        tests: readTestSettings(),
    };
}
async function run() {
    const runner = logger/* runnerPort */.Ql;
    try {
        const job = (0,job_env/* readJobEnvWithStages */.e)();
        const windows = isWindowsRunner(job.runnerOs, process.platform);
        const read = readSettings();
        const settings = { ...read, shell: read.shell || runnerDefaultShell(windows) };
        const config = await (0,config_file/* effectiveConfig */.k3)(job);
        const ctx = {
            lane: job.recovery.lane ?? 'STANDARD',
            branchKind: (0,core_event/* branchKind */.l)(await (0,adapters_event/* readRunContext */.$)(job)),
            config,
        };
        // The command runs in its own process group, out of reach of the runner's signals: pass them on.
        const cancel = new AbortController();
        for (const signal of ['SIGINT', 'SIGTERM'])
            process.once(signal, () => cancel.abort());
        const ports = runPorts(settings, job, config, runner, cancel.signal);
        await runPhase(settings, job, { ...ctx, windows }, ports);
    }
    catch (error) {
        // A config error starts with file:line:col: annotate that line of the file.
        const message = (0,errors/* errorMessage */.gJ)(error);
        runner.log.error(message, errorLocation(message));
        runner.setExitCode(1);
    }
    (await checkpoint/* load */.Hh.storeGuard()).endIfStoreGaveUp();
}


/***/ }),

/***/ 28000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_event_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67667);


/** Reads GITHUB_EVENT_PATH; a missing or unreadable event gives a context from the environment alone. */
async function readRunContext(env) {
    let event = {};
    if (env.eventPath) {
        try {
            event = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(env.eventPath, 'utf8'));
        }
        catch {
            event = {};
        }
    }
    return (0,_core_event_js__WEBPACK_IMPORTED_MODULE_1__/* .runContext */ .p)(env, event);
}


/***/ }),

/***/ 74810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ runnerPort),
/* harmony export */   hB: () => (/* binding */ runnerLogger)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47166);


const runnerLogger = {
    debug: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.debug(m),
    info: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.info(m),
    notice: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.notice(m, w),
    warning: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.warning(m, w),
    error: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.error(m, w),
    async group(name, fn) {
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.startGroup(name);
        try {
            return await fn();
        }
        finally {
            _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.endGroup();
        }
    },
};
/** The real runner as a port: what an entry point hands its phase. */
const runnerPort = {
    log: runnerLogger,
    getState: (name) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getState(name),
    saveState: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.saveState(name, value),
    setOutput: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.setOutput(name, value),
    exportVariable: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.exportVariable(name, value),
    appendSummary: (markdown) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.appendSummary(markdown),
    setFailed: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.setFailed(message),
    setExitCode: (code) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.setExitCode(code),
    appendFileCommand: (command, text) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.appendFileCommand(command, text),
};


/***/ }),

/***/ 67667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ branchKind),
/* harmony export */   p: () => (/* binding */ runContext)
/* harmony export */ });
/** Pure: builds the context from the job's environment and the parsed event JSON (which may be anything). */
function runContext(env, event) {
    const payload = (typeof event === 'object' && event !== null ? event : {});
    const ref = env.ref ?? '';
    const context = {
        eventName: env.eventName ?? '',
        ref,
        sha: env.sha ?? '',
        ...(payload.repository?.default_branch ? { defaultBranch: payload.repository.default_branch } : {}),
        ...(ref.startsWith('refs/heads/') ? { branch: ref.slice('refs/heads/'.length) } : {}),
        // A new branch's push has an all-zero 'before': no usable base.
        ...(payload.before && !/^0+$/.test(payload.before) ? { before: payload.before } : {}),
    };
    const pr = payload.pull_request;
    if (pr && typeof pr.number === 'number') {
        const baseRepo = pr.base?.repo?.full_name ?? payload.repository?.full_name;
        const headRepo = pr.head?.repo?.full_name;
        context.pr = {
            number: pr.number,
            baseRef: pr.base?.ref ?? '',
            ...(pr.base?.sha ? { baseSha: pr.base.sha } : {}),
            ...(pr.head?.sha ? { headSha: pr.head.sha } : {}),
            labels: (pr.labels ?? []).map((l) => l.name ?? '').filter((n) => n !== ''),
            fromFork: headRepo === undefined || headRepo !== baseRepo,
        };
        if (env.headRef)
            context.branch = env.headRef;
    }
    return context;
}
function branchKind(context) {
    if (context.pr)
        return 'pr';
    if (context.branch && context.defaultBranch && context.branch === context.defaultBranch)
        return 'default';
    return 'other';
}


/***/ }),

/***/ 32721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
/* unused harmony exports DETERMINISTIC_TYPES, ruleMatches, ruleId */
/* harmony import */ var _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26104);
/**
 * The recovery policy: failure type x lane x branch kind x attempt -> strategy, with the lane's budgets.
 * Pure. User rules from `.github/ci-recovery.yml` (`policy:`) are tried first (first match wins); then the
 * defaults below. Every decision names the rule that decided and says why in words.
 */

/** Types that never retry blindly: the change itself is the likely cause. */
const DETERMINISTIC_TYPES = [
    'test',
    'build',
    'quality-gate',
    'config',
    'dependency',
];
const BRANCH_WORDS = {
    default: 'the default branch',
    pr: 'a pull request',
    other: 'a non-default branch',
};
function asList(value) {
    return value === undefined ? undefined : Array.isArray(value) ? value : [value];
}
/** Does a config rule's `when` match? Missing conditions match anything. */
function ruleMatches(rule, input) {
    const { when } = rule;
    const types = asList(when.type);
    const lanes = asList(when.lane);
    const branches = asList(when.branch);
    return ((!types || types.includes(input.type)) &&
        (!lanes || lanes.includes(input.lane)) &&
        (!branches || branches.includes(input.branchKind)) &&
        (when.attemptBelow === undefined || input.attempt < when.attemptBelow));
}
function ruleId(rule, index) {
    return rule.name ? `config:${rule.name}` : `config.policy[${index}]`;
}
function defaultVerdict(input, budget) {
    const { type } = input;
    if (type === 'cancelled') {
        return { strategy: 'skip', rule: 'cancelled-skip', reason: 'the job was cancelled: nothing to recover' };
    }
    if (type === 'unknown') {
        return {
            strategy: 'manual',
            rule: 'unknown-manual',
            reason: 'the cause cannot be told from the output, and an unknown failure is never retried blindly',
        };
    }
    return classifierWord(input) ?? transientVerdict(input, budget) ?? deterministicVerdict(input);
}
/**
 * A deterministic failure that the rule typing it calls retryable (a team rule's known flaky failure) is
 * retried once. Only team rules say so; the shipped ones keep the type's default.
 */
function classifierWord(input) {
    const { type, retryable, attempt } = input;
    if (retryable !== true || !DETERMINISTIC_TYPES.includes(type))
        return undefined;
    return {
        strategy: 'retry',
        rule: 'classified-retryable-retry-once',
        reason: `the rule that typed this ${type} failure says a retry may help (a known flaky failure): retry once`,
        attemptCap: attempt + 1,
    };
}
/** Failures of the machine or the network, which a retry may cure; undefined for any other type. */
function transientVerdict(input, budget) {
    const { type, lane } = input;
    if (type === 'git' && input.retryable === false) {
        return {
            strategy: 'manual',
            rule: 'git-not-transient',
            reason: 'the git failure is not a transport one (a missing ref, a conflict, an unsafe repository): a retry would fail alike',
        };
    }
    if (type === 'network' || type === 'infrastructure' || type === 'git') {
        // The machine went away (every infrastructure rule says so): a new attempt of the job runs on another
        // machine, which waiting does not bring sooner. Inside a step (a Docker daemon not up yet), time may cure it.
        const noWait = type === 'infrastructure' && !input.inStep ? { noWait: true } : {};
        if (input.confidence === 'low') {
            return {
                strategy: 'retry',
                rule: 'transient-unsure-retry-once',
                reason: `the output only hints at a ${type} failure (low confidence): retry once, not the whole budget`,
                attemptCap: 2,
                ...noWait,
            };
        }
        return {
            strategy: 'retry',
            rule: 'transient-retry',
            reason: `${type} failures are transient: retry up to the ${lane} budget of ${budget.maxAttempts} attempts`,
            ...noWait,
        };
    }
    if (type === 'resource') {
        return {
            strategy: 'retry',
            rule: 'resource-retry-once',
            reason: 'memory or disk ran out: retry once, in case the machine was the cause',
            attemptCap: 2,
            noWait: true,
        };
    }
    if (type === 'timeout') {
        return lane === 'HEAVY'
            ? {
                strategy: 'resume',
                rule: 'timeout-heavy-resume',
                reason: 'a HEAVY job hit its time limit: re-run from the last checkpoint instead of starting over',
                noWait: true,
            }
            : {
                strategy: 'retry',
                rule: 'timeout-retry-once',
                reason: `a time limit was hit in a ${lane} job: retry once`,
                attemptCap: 2,
                noWait: true,
            };
    }
    return undefined;
}
/** A deterministic failure: the change is the likely cause. */
function deterministicVerdict(input) {
    const { type, branchKind, attempt } = input;
    if (input.flaky && input.flakyTests?.length) {
        const n = input.flakyTests.length;
        return {
            strategy: 'retry',
            rule: 'flaky-tests-retry-once',
            reason: `${n === 1 ? 'the only failed test is' : `all ${n} failed tests are`} known flaky (the test history saw ${n === 1 ? 'it' : 'them'} fail and pass with no change to ${n === 1 ? 'its' : 'their'} file): retry once, at once`,
            // One re-run: a known flake that fails twice running is worth a person's look.
            attemptCap: 2,
            noWait: true,
        };
    }
    if (input.flaky) {
        return {
            strategy: 'retry',
            rule: 'flaky-retry-once',
            reason: `this ${type} failure is known to be flaky (it passed on a re-run of the same commit before): retry once`,
            attemptCap: attempt + 1,
            noWait: true,
        };
    }
    if (branchKind === 'pr') {
        return {
            strategy: 'manual',
            rule: 'deterministic-pr-manual',
            reason: `a ${type} failure on a pull request is caused by the change: it is not retried, fix it`,
        };
    }
    if (branchKind === 'other') {
        return {
            strategy: 'manual',
            rule: 'deterministic-manual',
            reason: `a ${type} failure on ${BRANCH_WORDS.other} is not retried blindly`,
        };
    }
    return defaultBranchVerdict(input);
}
/**
 * The default branch: confirm with one re-run, then revert only if the parent was green. A low-confidence
 * type needs a re-run that saw the same failure, not merely a later attempt.
 */
function defaultBranchVerdict(input) {
    const { type, attempt } = input;
    const unsure = input.confidence === 'low';
    const confirmed = unsure ? input.confirmedOnRerun === true : (input.confirmedOnRerun ?? attempt >= 2);
    if (!confirmed) {
        return {
            strategy: 'retry',
            rule: 'deterministic-default-confirm',
            reason: `a ${type} failure on the default branch${unsure ? ' (low confidence)' : ''}: re-run once to confirm it before any revert`,
            attemptCap: attempt + 1,
            noWait: true,
        };
    }
    if (input.parentGreen === true) {
        return {
            strategy: 'rollback',
            rule: 'deterministic-default-rollback',
            reason: `the ${type} failure came back on a confirming re-run and the previous commit was green: revert this commit`,
        };
    }
    return {
        strategy: 'manual',
        rule: 'deterministic-default-manual',
        reason: input.parentGreen === false
            ? `the ${type} failure is confirmed but the previous commit was not green either: a revert would not fix it`
            : `the ${type} failure is confirmed but whether the previous commit was green is unknown: no revert`,
    };
}
function decide(input, config = _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV) {
    const laneBudget = config.budgets[input.lane];
    let verdict;
    let budget = laneBudget;
    for (const [index, rule] of config.policy.entries()) {
        if (!ruleMatches(rule, input))
            continue;
        budget = {
            ...laneBudget,
            ...(rule.maxAttempts !== undefined ? { maxAttempts: rule.maxAttempts } : {}),
            ...(rule.backoffSeconds !== undefined ? { backoffSeconds: rule.backoffSeconds } : {}),
            ...(rule.timeoutMinutes !== undefined ? { timeoutMinutes: rule.timeoutMinutes } : {}),
        };
        verdict = {
            strategy: rule.strategy,
            rule: ruleId(rule, index),
            reason: rule.reason ??
                `the config rule ${ruleId(rule, index)} in .github/ci-recovery.yml matched (${describe(input)})`,
        };
        break;
    }
    verdict ??= defaultVerdict(input, laneBudget);
    const maxAttempts = Math.max(1, Math.min(budget.maxAttempts, verdict.attemptCap ?? Number.MAX_SAFE_INTEGER));
    const backoffSeconds = waitsBeforeNext(verdict, budget, input.lane) ? budget.backoffSeconds : 0;
    const base = { maxAttempts, backoffSeconds, timeoutMinutes: budget.timeoutMinutes };
    const again = verdict.strategy === 'retry' || verdict.strategy === 'resume';
    const spent = verdict.strategy === 'resume' ? (input.runAttempt ?? input.attempt) : input.attempt;
    if (again && spent >= maxAttempts) {
        return {
            ...base,
            strategy: 'manual',
            rule: 'budget-exhausted',
            reason: `${verdict.reason}; but attempt ${spent} of ${maxAttempts} was the last one allowed (${verdict.rule}), so a person has to look`,
            retryInStep: false,
        };
    }
    const { strategy, rule, reason } = verdict;
    return { ...base, strategy, rule, reason, retryInStep: strategy === 'retry' };
}
/**
 * A wait helps only when time can cure the cause (a network blip, a service outage). Where it cannot, the
 * lane's default backoff is skipped; a backoff the user set (step input, budget or policy rule) still holds.
 */
function waitsBeforeNext(verdict, budget, lane) {
    return !verdict.noWait || budget.backoffSeconds !== _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_BUDGETS */ .Dm[lane].backoffSeconds;
}
/** Backoff before attempt `next` (2, 3, ...): doubles each time, at most 10 minutes. */
function backoffMs(decision, next) {
    if (decision.backoffSeconds <= 0)
        return 0;
    return Math.min(600_000, decision.backoffSeconds * 1000 * 2 ** Math.max(0, next - 2));
}
function describe(input) {
    return `type ${input.type}, lane ${input.lane}, ${BRANCH_WORDS[input.branchKind]}, attempt ${input.attempt}`;
}


/***/ }),

/***/ 75772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ isSkippedFailure),
/* harmony export */   He: () => (/* binding */ skipsFailure),
/* harmony export */   aR: () => (/* binding */ skippedMessage)
/* harmony export */ });
/** Does the policy's decision let this failure pass? */
function skipsFailure(failure) {
    const { classification, decision } = failure;
    return (decision?.strategy === 'skip' &&
        decision.rule !== 'cancelled-skip' &&
        classification?.type !== 'cancelled' &&
        failure.fileCommandError === undefined);
}
/** A `run/` step's record of a failure it let pass: shown by post, never counted as the job's failure. */
function isSkippedFailure(record) {
    return (record.kind === 'run' &&
        record.outcome === 'failure' &&
        skipsFailure({
            ...(record.classification ? { classification: record.classification } : {}),
            ...(record.decision ? { decision: record.decision } : {}),
        }));
}
/** The warning the step ends with instead of its error. */
function skippedMessage(failure, decision) {
    return `${failure} The policy skips this failure (${decision.rule}): the step passes and the job goes on; the failure is shown in the job's summary.`;
}


/***/ }),

/***/ 2843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ TEST_RUNNERS),
/* harmony export */   S: () => (/* binding */ testKey)
/* harmony export */ });
/**
 * A test's identity, stable across runs and machines: the runner that ran it, the file or class that holds
 * it, its name, and its parameters when the runner names them apart (pytest's `[1-2]`, JUnit's `[1]`).
 * Everything test recovery keeps (the re-run list, the flaky history, the quarantine list) is keyed by
 * `testKey`. Pure.
 */
/** The runners test recovery knows by name; a report of another writer is `junit`. */
const TEST_RUNNERS = [
    'jest',
    'vitest',
    'pytest',
    'go',
    'cargo',
    'nextest',
    'gradle',
    'maven',
    'rspec',
    'phpunit',
    'dotnet',
    'mocha',
    'node',
    'junit',
];
/** One line per test: `runner:suite::name[params]`; the key every store of test facts uses. */
function testKey(id) {
    return `${id.runner}:${id.suite}::${id.name}${id.params === undefined ? '' : `[${id.params}]`}`;
}


/***/ }),

/***/ 17129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ ReportError),
/* harmony export */   WA: () => (/* binding */ MAX_REPORT_BYTES),
/* harmony export */   fG: () => (/* binding */ MAX_CASES),
/* harmony export */   kJ: () => (/* binding */ parseJunit)
/* harmony export */ });
/* unused harmony export decodeEntities */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33953);

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
    for (const raw of cases) {
        if (raw.skipped && !raw.failed)
            continue; // a failure wins over a skip, in either order
        (raw.failed ? failed : passed).push((0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .idFromCase */ .yY)(runner, raw));
    }
    return { failed: unique(failed), passed: unique(passed), unread: reader.unread };
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
        const name = /^[A-Za-z_][\w.:-]*/.exec(body)?.[0];
        if (!name)
            throw notWellFormed(`a tag without a name at ${lt}`);
        return { name, attrs: body.slice(name.length, empty ? -1 : undefined), close, empty, end: i + 1 };
    }
    return undefined;
}
/** An element's attributes, entities decoded. */
function attributes(text) {
    const out = {};
    // A name starts after white space: a long run without `=` is then tried once, not from each character.
    const pair = /\s([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
    // Trimmed, as the XML parser read before trimmed them (jest-junit writes ' Timeout test'): keys stay the same.
    for (let m = pair.exec(text); m; m = pair.exec(text))
        out[m[1]] = decodeEntities((m[2] ?? m[3] ?? '').trim());
    return out;
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
        if (name === undefined || name === '')
            return undefined;
        const file = a.file ?? suite.file;
        // PHPUnit writes the class with its namespace in `class`, dotted in `classname`.
        const classname = a.class ?? a.classname;
        const raw = {
            name,
            failed: false,
            skipped: false,
            ...(file !== undefined ? { file } : {}),
            ...(classname !== undefined ? { classname } : {}),
            ...(suite.name !== undefined ? { suiteName: suite.name } : {}),
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


/***/ }),

/***/ 31062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ writeRecordBestEffort)
/* harmony export */ });
/* unused harmony export RecordingRecords */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * The step records post reads to report on the job (core/records.ts): adapters/records.ts writes them as
 * files in RUNNER_TEMP; `RecordingRecords` keeps them in memory.
 */

class RecordingRecords {
    fail;
    written = [];
    /** `fail` makes every write throw, as a full disk would. */
    constructor(fail) {
        this.fail = fail;
    }
    write(record) {
        if (this.fail)
            return Promise.reject(this.fail);
        this.written.push(record);
        return Promise.resolve();
    }
}
/** Best-effort: a record that cannot be written warns and never fails the step. */
async function writeRecordBestEffort(records, record, log) {
    try {
        await records.write(record);
    }
    catch (error) {
        log.warning(`Could not write the step record for post: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
    }
}


/***/ })

};
