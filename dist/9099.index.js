export const id = 9099;
export const ids = [9099,2456,6794];
export const modules = {

/***/ 49099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/adapters/checkpoint/store-guard.ts
var store_guard = __webpack_require__(66794);
// EXTERNAL MODULE: ./src/adapters/config-file.ts
var config_file = __webpack_require__(98835);
// EXTERNAL MODULE: ./src/adapters/event.ts
var adapters_event = __webpack_require__(28000);
// EXTERNAL MODULE: ./src/adapters/inputs.ts
var inputs = __webpack_require__(52439);
// EXTERNAL MODULE: ./src/adapters/job-env.ts
var job_env = __webpack_require__(12461);
// EXTERNAL MODULE: ./src/adapters/logger.ts
var logger = __webpack_require__(74810);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/checkpoint/step.ts
var step = __webpack_require__(97390);
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
// EXTERNAL MODULE: ./src/core/types.ts
var core_types = __webpack_require__(73054);
;// CONCATENATED MODULE: ./src/core/run-step.ts


/** Why run/ steps aside on Windows: said once per step, in a warning. */
const WINDOWS_STEP_ASIDE = "ci-recovery run: on Windows the command runs once, like a plain 'run:' step, without retries or a time limit: killing a command's whole process tree needs POSIX process groups, which Windows does not have. Use the step's own timeout-minutes there.";
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
const SHELLS = {
    bash: { template: 'bash --noprofile --norc -eo pipefail {0}', ext: '.sh' },
    sh: { template: 'sh -e {0}', ext: '.sh' },
    python: { template: 'python {0}', ext: '.py' },
    node: { template: 'node {0}', ext: '.js' },
    pwsh: { template: "pwsh -command . '{0}'", ext: '.ps1' },
    // The runner's Windows shells (cmd as the runner calls it, with %ComSpec% spelled out).
    powershell: { template: "powershell -command . '{0}'", ext: '.ps1' },
    cmd: { template: 'cmd.exe /D /E:ON /V:OFF /S /C "CALL "{0}""', ext: '.cmd' },
};
/** Program and arguments for a shell name or a custom template with `{0}` (like the runner's `shell:`). */
function shellCommand(shell, script) {
    const template = SHELLS[shell]?.template ?? shell;
    if (!template.includes('{0}')) {
        throw new errors/* UserError */.yo(`Input 'shell' is '${shell}': write bash, sh, python, node, pwsh, powershell or cmd, or a command template with {0} for the script path (e.g. 'perl {0}').`);
    }
    const tokens = template.match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
    const words = tokens.map((t) => (/^(["']).*\1$/.test(t) && t.length > 1 ? t.slice(1, -1) : t).replace('{0}', script));
    const [file, ...args] = words;
    if (!file)
        throw new errors/* UserError */.yo(`Input 'shell' is empty: write bash, sh, python, node, pwsh, powershell, cmd or a template with {0}.`);
    return { file, args };
}
function scriptExtension(shell) {
    return SHELLS[shell]?.ext ?? '';
}
/**
 * The script file's contents as the runner writes them (actions/runner
 * `src/Runner.Worker/Handlers/ScriptHandlerHelpers.cs` `FixUpScriptContents`, called from `ScriptHandler.cs`
 * with the shell's program name, also for a template such as `pwsh -File {0}`): pwsh and powershell stop on a
 * failing cmdlet and exit with a native command's last exit code; cmd does not echo its commands. The
 * newline is the OS's, and on Windows every line end becomes CRLF.
 */
function scriptContents(shell, script, windows) {
    const program = SHELLS[shell] ? shell : (shell.trim().split(/\s+/)[0] ?? '');
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
/** The step's own outputs after it ran. */
function stepOutputs(attempts, exitCode, classification, decision) {
    return {
        attempts: String(attempts),
        'exit-code': String(exitCode),
        'failure-type': classification?.type ?? '',
        strategy: decision?.strategy ?? '',
        evidence: classification?.evidence?.text ?? '',
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
        evidence;
    return { message, title: `ci-recovery: ${settings.stage} failed (${c?.type ?? 'unknown'})` };
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
        outputs: result.outputs,
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/adapters/process.ts
/**
 * Runs a command the way a CI step should be run: in its own process group, marked with a cookie in its
 * environment and a limit that `env -i` does not clear, its own process a child subreaper on Linux (every
 * orphan of its tree is reparented to it, not to init), its tree watched while it runs (so a timeout can
 * kill the whole tree: grandchildren, and daemons that left the group with setsid), with output streamed live and the tail kept in a bounded buffer for classification. On
 * timeout: SIGTERM to the tree, then SIGKILL to what is left after a grace period.
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
    const tree = child.pid !== undefined ? new ProcessTree(child.pid, cookie, lockMark) : undefined;
    // Only a command we may have to kill is watched: one read of /proc costs ~3 ms for 120 processes.
    const watch = tree && (timeoutMs !== undefined || abortSignal)
        ? setInterval(() => tree.scan(), TREE_WATCH_MS)
        : undefined;
    watch?.unref();
    const kill = () => {
        if (watch)
            clearInterval(watch);
        if (child.pid !== undefined && !limits.killing)
            limits.killing = killTree(child.pid, killGraceMs, cookie, tree);
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
        const command = markedCommand(options.file, options.args, env, options.subreaper);
        const child = (0,external_node_child_process_.spawn)(command.file, command.args, {
            cwd: options.cwd,
            env: command.env,
            // On Windows, detached means a new console, and no group to signal: run/ steps aside there.
            detached: process.platform !== 'win32',
            stdio: ['ignore', 'pipe', 'pipe'],
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









/** The environment this process was started with: what a command starts from, and what the checkpoint code reads. */
const ownEnv = () => process.env;
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
    return {
        async run(spec) {
            const dir = external_node_path_default().join(runDir, spec.name);
            await (0,promises_.mkdir)(dir, { recursive: true });
            const script = external_node_path_default().join(dir, `script${scriptExtension(spec.shell)}`);
            await (0,promises_.writeFile)(script, scriptContents(spec.shell, spec.script, process.platform === 'win32'));
            const files = spec.fileCommands
                ? { output: external_node_path_default().join(dir, 'output'), env: external_node_path_default().join(dir, 'env'), path: external_node_path_default().join(dir, 'path') }
                : undefined;
            if (files)
                await Promise.all(Object.values(files).map((f) => (0,promises_.writeFile)(f, '')));
            const fileEnv = files
                ? Object.fromEntries(Object.entries(FILE_ENV).map(([k, v]) => [v, files[k]]))
                : {};
            const { file, args } = shellCommand(spec.shell, script);
            const result = await runProcess({
                file,
                args,
                cwd: spec.cwd,
                env: commandEnv(env, fileEnv),
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
                const { checkpointRunner, checkpointStage, jobContext, openJobStore } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(4942), __webpack_require__.e(8915), __webpack_require__.e(5113), __webpack_require__.e(9832), __webpack_require__.e(7682)]).then(__webpack_require__.bind(__webpack_require__, 97682));
                const job = jobContext(env);
                const spec = config.checkpoint.store;
                const store = await openJobStore(spec, job, token, config.checkpoint.retentionDays);
                const { manifest, reused } = await checkpointStage({
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
                return { id: manifest.id, ...(reused ? { reused } : {}) };
            })();
            const settled = saved.then(() => false, () => false);
            return { read: Promise.race([packed, settled]), saved };
        },
        async stillComplete(stages, need) {
            if (await restoredAsItWas(env, need))
                return stages;
            const { jobContext, openJobStore, stagesStillComplete } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(4942), __webpack_require__.e(8915), __webpack_require__.e(5113), __webpack_require__.e(9832), __webpack_require__.e(7682)]).then(__webpack_require__.bind(__webpack_require__, 97682));
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
    const cache = (0,step/* defaultManifestCache */.Rb)(env);
    if (!id || !cache || (need?.cachePaths.length ?? 0) > 0)
        return false;
    const { restoredStateHolds } = await __webpack_require__.e(/* import() */ 2573).then(__webpack_require__.bind(__webpack_require__, 52573));
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
        // The classifier (rules, report parsers) loads only when something failed.
        classify: async (signals) => (await Promise.all(/* import() */[__webpack_require__.e(1143), __webpack_require__.e(8700), __webpack_require__.e(2994)]).then(__webpack_require__.bind(__webpack_require__, 72994))).classify(signals),
        clock: cancellableClock(abortSignal),
    };
}

// EXTERNAL MODULE: ./src/core/event.ts
var core_event = __webpack_require__(67667);
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
function attemptLimit(settings, config, lane, windows) {
    if (windows)
        return {
            minutes: Infinity,
            from: "Windows, where run/ sets none; the step's own timeout-minutes applies",
        };
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
 * The step's plan. On Windows (`windows`) the command runs once without a time limit: a half-killed tree
 * is worse than the runner's own limit.
 */
function planStep(settings, config, lane, windows) {
    const merged = stepConfig(config, lane, settings);
    const budget = merged.budgets[lane];
    const limit = attemptLimit(settings, config, lane, windows);
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
        maxAttempts: windows ? 1 : (settings.maxAttempts ?? MAX_STEP_ATTEMPTS),
        ...(settings.totalTimeoutMinutes !== undefined && !windows
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
    if (settings.retryOnExitCodes.length > 0)
        checks.push([
            settings.retryOnExitCodes.includes(failed.exitCode),
            'retry-on-exit-code',
            `exit code ${failed.exitCode}`,
        ]);
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
            ? {
                ...decision,
                retryInStep: false,
                reason: `${decision.reason} (not retried in the step: ${what} is not in ${inputName})`,
            }
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
/** No retry in the step once its total time is used up. */
function withinStepTime(decision, timeLeftMs) {
    if (!decision.retryInStep || timeLeftMs > 0)
        return decision;
    return {
        ...decision,
        retryInStep: false,
        reason: `${decision.reason} (not retried: the step's total-timeout-minutes is used up)`,
    };
}
/** Does the step try again after `attempt` failed? */
function triesAgain(decision, attempt, maxAttempts, cancelled) {
    return decision.retryInStep && !cancelled && attempt < maxAttempts;
}

// EXTERNAL MODULE: ./src/core/state-keys.ts
var state_keys = __webpack_require__(80095);
// EXTERNAL MODULE: ./src/core/checkpoint/outside.ts
var outside = __webpack_require__(37485);
// EXTERNAL MODULE: ./src/ports/records.ts
var ports_records = __webpack_require__(31062);
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
        (0,outside/* parseOutsidePath */._W)(entry, (0,step/* rootBases */.Dr)(job));
    const completed = await stillCompleted(settings, job, ports);
    const result = await runStep(settings, job, ctx, ports, completed);
    await applyResult(settings, job, result, ports);
    return result;
}
/** Stages done earlier; one restored by main counts only while its files are still in the workspace. */
async function stillCompleted(settings, job, ports) {
    const { stage, cachePaths = [] } = settings;
    const stages = job.recovery.completedStages;
    return stages.includes(stage) ? ports.checkpoint.stillComplete(stages, { stage, cachePaths }) : stages;
}
/** Skips a completed stage; else checkpoints, then runs attempts until one passes or the policy stops. */
async function runStep(settings, job, ctx, ports, completedStages) {
    const { log } = ports.runner;
    const started = ports.clock.now();
    const startedAt = new Date(started).toISOString();
    if (completedStages.includes(settings.stage)) {
        log.notice(`Stage '${settings.stage}' completed in an earlier attempt of this run: skipping it.`);
        const none = { commandOutputs: {}, commandEnv: '', commandPath: '', attempts: [] };
        const completedAt = new Date(ports.clock.now()).toISOString();
        return { ...none, skipped: true, success: true, outputs: { ...SKIPPED_OUTPUTS }, startedAt, completedAt };
    }
    if (ctx.windows)
        log.warning(WINDOWS_STEP_ASIDE, { title: 'ci-recovery: run once on Windows' });
    const plan = planStep(settings, ctx.config, ctx.lane, ctx.windows);
    shellCommand(settings.shell, 'script'); // a bad shell input fails before anything runs
    // Checkpoint first, so a resume can start from the state before this stage.
    const stored = await checkpointFirst(settings, plan, ports);
    const loop = new AttemptLoop(settings, job, ctx, ports, plan, started);
    let checkpointId;
    try {
        await loop.run();
    }
    finally {
        await ports.process.cleanup().catch(() => undefined);
        // The step ends only once its checkpoint is stored (or said not to be).
        checkpointId = await stored();
    }
    return loop.result(startedAt, checkpointId);
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
    return saved?.id;
}
function checkpointFailed(stage, error, ports) {
    const { log } = ports.runner;
    // Before the stage that makes them (an install, a build), a job's checkpoint paths do not exist yet:
    // that is every job's first stage, not a problem worth an annotation.
    if (error instanceof step/* NoFilesFoundError */.bM)
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
    /** When the last attempt ended: the backoff before the next one counts from there. */
    lastEndedAt = 0;
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
            if (succeeded(run))
                break;
            record.classification = this.classification = await this.classify(run, attempt, limitMs);
            if (!this.decide(run, attempt))
                break;
        }
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
        const { log } = this.ports.runner;
        log.info('ci-recovery: running on-retry');
        try {
            const run = await this.ports.process.run({
                name: 'on-retry',
                script: this.settings.onRetry,
                shell: this.settings.shell,
                cwd: this.cwd,
                ...(Number.isFinite(limitMs) ? { timeoutMs: limitMs } : {}),
                fileCommands: false,
            });
            if (!succeeded(run))
                log.warning(`on-retry failed (exit ${exitCodeOf(run)}); retrying anyway.`);
        }
        catch (error) {
            log.warning(`on-retry could not start: ${(0,errors/* errorMessage */.gJ)(error)}; retrying anyway.`);
        }
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
    decide(run, attempt) {
        const { settings, ctx, ports } = this;
        const { log } = ports.runner;
        const c = this.classification;
        const exitCode = exitCodeOf(run);
        const failed = {
            type: c.type,
            retryable: c.retryable,
            exitCode,
            attempt,
            lane: ctx.lane,
            branchKind: ctx.branchKind,
        };
        const decision = decideAttempt({ ...failed, runAttempt: this.job.attempt }, settings, this.plan, ctx.config);
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
    result(startedAt, checkpointId) {
        const last = this.last;
        const files = this.finalFiles(last);
        const exitCode = exitCodeOf(last);
        const { classification, decision } = this;
        return {
            skipped: false,
            success: succeeded(last) && files.fileCommandError === undefined,
            attempts: this.attempts,
            exitCode,
            ...(classification ? { classification } : {}),
            ...(decision ? { decision } : {}),
            ...files,
            ...(checkpointId ? { checkpointId } : {}),
            outputs: stepOutputs(this.attempts.length, exitCode, classification, decision),
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
    if (verdict.completedStages !== undefined) {
        runner.exportVariable(state_keys/* COMPLETED_STAGES_ENV */.Q3, verdict.completedStages);
        const durations = stageDurationsWith(job.recovery.stageDurations, settings.stage, result);
        runner.exportVariable(state_keys/* STAGE_DURATIONS_ENV */.TM, JSON.stringify(durations));
    }
    // A stage done (now or before) that fills paths outside the workspace: later checkpoints save them.
    if (result.success && settings.cachePaths?.length)
        runner.exportVariable(state_keys/* CACHE_PATHS_ENV */.yr, JSON.stringify({ ...job.recovery.cachePaths, [settings.stage]: settings.cachePaths }));
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
        shell: inputs/* input */.h.string('shell') || 'bash',
        stage: inputs/* input */.h.string('stage').trim() || defaultStage(run),
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
    };
}
async function run() {
    const runner = logger/* runnerPort */.Ql;
    try {
        const settings = readSettings();
        const job = (0,job_env/* readJobEnv */.l)();
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
        await runPhase(settings, job, { ...ctx, windows: process.platform === 'win32' }, ports);
    }
    catch (error) {
        // A config error starts with file:line:col: annotate that line of the file.
        const message = (0,errors/* errorMessage */.gJ)(error);
        runner.log.error(message, errorLocation(message));
        runner.setExitCode(1);
    }
    (0,store_guard/* endIfStoreGaveUp */.Sl)();
}


/***/ }),

/***/ 66794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ UNGUARDED),
/* harmony export */   Sl: () => (/* binding */ endIfStoreGaveUp),
/* harmony export */   ZY: () => (/* binding */ StoreStalledError),
/* harmony export */   _Y: () => (/* binding */ stallMsOf),
/* harmony export */   artifactServiceGuard: () => (/* binding */ artifactServiceGuard),
/* harmony export */   tl: () => (/* binding */ StoreGuard)
/* harmony export */ });
/* unused harmony exports DEFAULT_STALL_MS, stalledStores */
/* harmony import */ var _ports_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93433);

/** For transfers outside any store (a test, the CLI's one-off calls): never gives up. */
const UNGUARDED = {
    signal: new AbortController().signal,
    touch: () => undefined,
    track: () => () => undefined,
};
/** Default: one minute without a byte or an answer. */
const DEFAULT_STALL_MS = 60_000;
/** The stall limit the job set (CI_RECOVERY_STORE_STALL_SECONDS), else the default. */
function stallMsOf(env) {
    return env.storeStallSeconds ? env.storeStallSeconds * 1000 : DEFAULT_STALL_MS;
}
/** The artifact service's stall watchdog, at the job's limit. */
function artifactServiceGuard(env) {
    return new StoreGuard('the artifact service', stallMsOf(env));
}
/**
 * The store answered nothing for too long. A miss as far as a restore is concerned (nothing was found
 * that could be used, the workspace is untouched); a checkpoint warns and the job goes on.
 */
class StoreStalledError extends _ports_store_js__WEBPACK_IMPORTED_MODULE_0__/* .NotFoundError */ .m_ {
    name = 'StoreStalledError';
}
/** Stores given up on in this process: their sockets are gone, but the entry point ends the process anyway. */
const stalledStores = [];
class StoreGuard {
    what;
    stallMs;
    now;
    controller = new AbortController();
    disposers = new Set();
    busy = 0;
    last;
    timer;
    /** A wall-clock end (the phase's budget), past which a call waiting on the store gives it up too. */
    end;
    constructor(what, stallMs = DEFAULT_STALL_MS, now = Date.now) {
        this.what = what;
        this.stallMs = stallMs;
        this.now = now;
        this.last = now();
    }
    get signal() {
        return this.controller.signal;
    }
    touch() {
        this.last = this.now();
    }
    /**
     * Gives the store up at `at` (ms since the epoch) even while it makes progress, with `reason`. Only a
     * call waiting on the store is cut: a restore places files after every download, so it is never cut
     * half-way through the workspace.
     */
    endBy(at, reason) {
        this.end = { at, reason };
        return this;
    }
    track(dispose) {
        if (this.signal.aborted)
            dispose();
        this.disposers.add(dispose);
        return () => void this.disposers.delete(dispose);
    }
    /**
     * `call` under watch. Given up, it rejects with the reason at once, even if `call` cannot be cancelled
     * (then it is abandoned; `stalledStores` tells the entry point to end the process).
     */
    async during(call) {
        const release = this.hold();
        let onAbort;
        const givenUp = new Promise((_, reject) => {
            onAbort = () => reject(this.signal.reason);
            this.signal.addEventListener('abort', onAbort, { once: true });
        });
        try {
            return await Promise.race([call(), givenUp]);
        }
        catch (error) {
            throw this.signal.aborted ? this.signal.reason : error;
        }
        finally {
            if (onAbort)
                this.signal.removeEventListener('abort', onAbort);
            release();
        }
    }
    /** Watches from now until the release is called (a download stream, until it closes). */
    hold() {
        if (this.end && this.now() >= this.end.at)
            this.giveUp(this.end.reason);
        if (this.signal.aborted)
            throw this.signal.reason;
        this.busy++;
        this.touch();
        if (!this.timer) {
            // Unref'd: the watchdog alone never keeps the process alive; a hung socket does, and then it fires.
            this.timer = setInterval(() => this.check(), Math.min(1000, Math.max(50, this.stallMs / 4)));
            this.timer.unref();
        }
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            if (--this.busy === 0)
                this.stop();
        };
    }
    check() {
        if (this.busy === 0)
            return;
        const seconds = Math.round(this.stallMs / 100) / 10;
        if (this.now() - this.last >= this.stallMs)
            this.giveUp(`${this.what} answered nothing for ${seconds} s, so the checkpoint store was given up (CI_RECOVERY_STORE_STALL_SECONDS sets this limit)`);
        else if (this.end && this.now() >= this.end.at)
            this.giveUp(this.end.reason);
    }
    giveUp(reason) {
        if (this.signal.aborted)
            return;
        stalledStores.push(this.what);
        this.controller.abort(new StoreStalledError(reason));
        for (const dispose of this.disposers)
            dispose();
        this.disposers.clear();
        this.stop();
    }
    stop() {
        clearInterval(this.timer);
        this.timer = undefined;
    }
}
/**
 * After a step: a store given up may still hold a socket (a call that could not be cancelled), and with
 * it this process, which the runner waits for. Everything the step had to say is written; end here.
 */
function endIfStoreGaveUp() {
    if (stalledStores.length > 0)
        process.exit(process.exitCode ?? 0);
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

/***/ 97390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ stageName),
/* harmony export */   Dr: () => (/* binding */ rootBases),
/* harmony export */   Fi: () => (/* binding */ restoreFailure),
/* harmony export */   Fs: () => (/* binding */ sameCheckpoint),
/* harmony export */   LS: () => (/* binding */ IF_NO_FILES_FOUND),
/* harmony export */   Ow: () => (/* binding */ changeLines),
/* harmony export */   Qk: () => (/* binding */ LOCAL_RUN_ID),
/* harmony export */   Rb: () => (/* binding */ defaultManifestCache),
/* harmony export */   Rl: () => (/* binding */ jobContext),
/* harmony export */   Tm: () => (/* binding */ checkpointFailure),
/* harmony export */   UP: () => (/* binding */ excludeFor),
/* harmony export */   V2: () => (/* binding */ restoreOutputs),
/* harmony export */   VC: () => (/* binding */ lookupAnswer),
/* harmony export */   VP: () => (/* binding */ parentCheckpoint),
/* harmony export */   Vj: () => (/* binding */ printablePath),
/* harmony export */   bM: () => (/* binding */ NoFilesFoundError),
/* harmony export */   cw: () => (/* binding */ checkpointSettings),
/* harmony export */   hR: () => (/* binding */ checkpointOutputs),
/* harmony export */   n_: () => (/* binding */ resumedCandidate),
/* harmony export */   p7: () => (/* binding */ newestReadable),
/* harmony export */   xi: () => (/* binding */ restoreJournals)
/* harmony export */ });
/* unused harmony exports DEFAULT_JOB_KEY, MAX_LIST_OUTPUT_CHARS, boundedList */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _state_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80095);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19227);
/**
 * What the `checkpoint/` and `restore/` steps decide, as pure functions: whose checkpoints these are (from
 * the job's environment), which settings win, which checkpoint to restore, and what a failure, a miss or
 * a lookup means for the step. src/phases/checkpoint.ts and restore.ts gather the facts and act on these.
 */




/** The run id of checkpoints saved outside a workflow run (the CLI, a laptop). */
const LOCAL_RUN_ID = 'local';
/** The job key of checkpoints saved outside a job. */
const DEFAULT_JOB_KEY = 'job';
/** The bases of paths outside the workspace in this job (HOME, RUNNER_TOOL_CACHE). */
function rootBases(env) {
    return { ...(env.home ? { home: env.home } : {}), ...(env.toolCache ? { toolCache: env.toolCache } : {}) };
}
/** Where a job keeps the manifests it saved or restored: RUNNER_TEMP is per job; none off a runner. */
function defaultManifestCache(env) {
    return env.runnerTempSet ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(env.runnerTempSet, 'ci-recovery', 'checkpoints') : undefined;
}
/**
 * Where restores keep their journals and destination locks (adapters/checkpoint/placement.ts): the job's
 * RUNNER_TEMP, outside every tree restored into; off a runner, undefined (the adapter's home directory).
 */
function restoreJournals(env) {
    return env.runnerTempSet ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(env.runnerTempSet, 'ci-recovery', 'restores') : undefined;
}
/** The checkpoint context of the job `env` describes; the one place with its fallbacks off a runner. */
function jobContext(env) {
    // env.identity is `<job>` or `<job>.leg<index>`: off a runner the job key is '' and DEFAULT_JOB_KEY stands in.
    const manifestCache = defaultManifestCache(env);
    const stageDurations = (0,_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .durationsOfStages */ .OA)(env.recovery.stageDurations, env.recovery.completedStages);
    return {
        job: env.job ? env.identity : `${DEFAULT_JOB_KEY}${env.identity}`,
        runId: env.runId || LOCAL_RUN_ID,
        attempt: env.attempt,
        workspace: env.workspace,
        ...(env.sha ? { commit: env.sha } : {}),
        ...(env.refName ? { branch: env.refName } : {}),
        ...(env.recovery.lane ? { lane: env.recovery.lane } : {}),
        completedStages: env.recovery.completedStages,
        ...(Object.keys(stageDurations).length > 0 ? { stageDurations } : {}),
        ...(Object.keys(env.recovery.cachePaths).length > 0
            ? { cachePaths: env.recovery.cachePaths, bases: rootBases(env) }
            : {}),
        ...(env.recovery.lastCheckpoint ? { lastCheckpoint: env.recovery.lastCheckpoint } : {}),
        ...(env.recovery.lastCheckpointStore ? { lastCheckpointStore: env.recovery.lastCheckpointStore } : {}),
        ...(env.recovery.resumedFrom ? { resumedFrom: env.recovery.resumedFrom } : {}),
        ...(env.owner && env.repo ? { owner: env.owner, repo: env.repo } : {}),
        ...(manifestCache ? { manifestCache } : {}),
    };
}
/**
 * The parent of the next incremental checkpoint in `store`: the job's last one, when it is in that store.
 * A job may checkpoint into two stores (an artifact, then a directory); a parent in the other one would
 * make a checkpoint that this store alone cannot restore.
 */
function parentCheckpoint(ctx, store) {
    if (!ctx.lastCheckpoint)
        return undefined;
    return ctx.lastCheckpointStore === undefined || ctx.lastCheckpointStore === store
        ? ctx.lastCheckpoint
        : undefined;
}
/**
 * The checkpoint a stage's save may stand on instead of saving (see `sameCheckpoint`): the one main
 * restored in this attempt, while no checkpoint was saved since (it is still the job's last) and no path
 * outside the workspace is in play. Undefined: save as always.
 */
function resumedCandidate(ctx) {
    const { resumedFrom } = ctx;
    if (!resumedFrom || ctx.lastCheckpoint !== resumedFrom || ctx.cachePaths)
        return undefined;
    return resumedFrom;
}
const sameSet = (a, b) => {
    const x = [...new Set(a)].sort();
    const y = [...new Set(b)].sort();
    return x.length === y.length && x.every((v, i) => v === y[i]);
};
/**
 * Whether the checkpoint `m` that main restored into this workspace already is the one this stage's save
 * would make: taken before the same stage, of this job and run, over the same roots and exclusions, with
 * the same stages completed, and with no roots outside the workspace. The files can only differ by what
 * plain steps since main changed, which a later resume from `m` runs again anyway: the save would store a
 * copy (an incremental of 0 entries that still walks every file) that no resume needs.
 */
function sameCheckpoint(m, planned) {
    return (m.stage === planned.stage &&
        m.job === planned.job &&
        m.runId === planned.runId &&
        !m.roots?.length &&
        sameSet(m.paths, planned.paths) &&
        sameSet(m.exclude, planned.exclude) &&
        sameSet(m.completedStages, planned.completedStages));
}
/** Paths and globs that matched no file: the step's `if-no-files-found` decides what that means. */
class NoFilesFoundError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
    name = 'NoFilesFoundError';
}
const IF_NO_FILES_FOUND = ['warn', 'error', 'ignore'];
/**
 * What a save leaves out besides its defaults (`.git`, the local store, hidden names): the given globs and
 * the paths' own `!` exclusions, which add to the defaults and never replace them (`exclude: '*.log'`
 * once let `.git/config` with checkout's token into a checkpoint); none when neither was given. Each is
 * read as a .gitignore line is, so what a user means to keep out stays out: a trailing '/' ('secrets/')
 * names the directory (as a glob it matched nothing, and saved `secrets/key.pem`), and a glob that can
 * match nothing (absolute, or with '..': globs are relative to the workspace) is a usage error naming
 * `input`, never a silent no-op.
 */
function excludeFor(given, fromPaths, input = "input 'exclude'") {
    if (!given && fromPaths.length === 0)
        return undefined;
    return [
        ...(given ?? []).map((g) => checkedExcludeGlob(g, input)),
        ...fromPaths.map((g) => checkedExcludeGlob(g, "'!' path")),
    ];
}
/** One exclusion glob as a .gitignore line reads it (see excludeFor); blank ones are dropped later. */
function checkedExcludeGlob(glob, input) {
    const g = glob.trim();
    const absolute = g.startsWith('/') || /^[A-Za-z]:[\\/]/.test(g) || g.startsWith('\\');
    if (absolute || g.split(/[\\/]/).includes('..'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${input} '${glob}' ${absolute ? 'is absolute' : "contains '..'"}: it can never match, since exclude globs are relative to the workspace (write it relative to the workspace, e.g. 'secrets' or 'build/**/*.map').`);
    // 'secrets/' and 'secrets/**/' mean the directory; './secrets//' is 'secrets'.
    return g.length > 1 ? g.replace(/\/+$/, '') : g;
}
/** The stage a checkpoint step names (the `stage` input), 'checkpoint' when not given. */
function stageName(given) {
    return given.stage?.trim() || 'checkpoint';
}
/** An input wins over the config, the config over the whole workspace. */
function checkpointSettings(inputs, config) {
    const name = inputs.name.trim();
    return {
        stage: stageName(inputs),
        store: inputs.store.trim() || config.store,
        paths: inputs.paths.length ? inputs.paths : config.paths.length ? config.paths : ['.'],
        retentionDays: inputs.retentionDays ?? config.retentionDays,
        ...(name ? { name } : {}),
        ...(inputs.exclude.length ? { exclude: inputs.exclude } : {}),
        ...(inputs.level ? { level: inputs.level } : {}),
        full: inputs.full,
        includeHidden: inputs.includeHidden === true,
        ...(config.keyed?.length ? { keyed: config.keyed } : {}),
    };
}
/**
 * A checkpoint that could not be saved never fails the job it protects (like a cache save), except when
 * nothing matched and the user asked for `if-no-files-found: error`; `ignore` makes that a plain line.
 */
function checkpointFailure(stage, reason, noFilesFound, ifNoFilesFound) {
    // A reason is a sentence of its own, or not: it ends with one full stop either way.
    const message = `ci-recovery: no checkpoint saved for stage '${stage}': ${reason.replace(/\.$/, '')}`;
    if (noFilesFound && ifNoFilesFound === 'error')
        return { level: 'error', fail: true, message: `${message} ('if-no-files-found: error').` };
    if (noFilesFound && ifNoFilesFound === 'ignore')
        return { level: 'info', fail: false, message: `${message}.` };
    return { level: 'warning', fail: false, message: `${message}. The job goes on without it.` };
}
/** What the checkpoint step outputs after a save. */
function checkpointOutputs(r) {
    return {
        'checkpoint-id': r.manifest.id,
        kind: r.manifest.kind,
        incremental: String(r.manifest.kind === 'incremental'),
        digest: r.manifest.archive.sha256,
        'artifact-id': r.artifactId ? String(r.artifactId) : '',
        files: String(r.files),
        bytes: String(r.bytes),
        'stored-bytes': String(r.storedBytes),
        'archive-bytes': String(r.manifest.archive.size),
        'left-out': String(r.manifest.leftOut ?? 0),
    };
}
/**
 * The newest readable checkpoint of `candidates` (newest first): a broken newest manifest must not hide
 * an older good checkpoint. Stops at the first readable one, so later manifests are never read.
 */
async function newestReadable(candidates) {
    const passedOver = [];
    for await (const c of candidates) {
        if (c.manifest)
            return { chosen: { id: c.id, manifest: c.manifest }, passedOver };
        passedOver.push({ id: c.id, error: c.error ?? 'its manifest cannot be read' });
    }
    return { passedOver };
}
/**
 * A restore that fails fails the step, with the reason; a miss (no checkpoint, or none usable) only warns
 * with `fail-on-miss: false`, and the step then succeeds.
 */
function restoreFailure(checkpointId, reason, miss, failOnMiss) {
    const message = `ci-recovery: restore${checkpointId ? ` of ${checkpointId}` : ''} failed: ${reason}`;
    if (miss && !failOnMiss)
        return { level: 'warning', fail: false, message: `${message} ('fail-on-miss: false': the job goes on).` };
    return { level: 'error', fail: true, message };
}
/** The answer of a lookup-only restore: the outputs when the checkpoint is usable, else why it is a miss. */
function lookupAnswer(id, manifest, found) {
    if (!found.usable)
        return { miss: `Checkpoint ${id} is not usable: ${found.problem}.` };
    return {
        message: `Checkpoint ${id} exists and is complete; nothing was downloaded or changed.`,
        outputs: {
            found: 'true',
            'checkpoint-id': id,
            restored: 'false',
            'completed-stages': manifest.completedStages.join(','),
        },
    };
}
/**
 * The most characters of one list output. A job output is limited to 1 MB and the runner refuses template
 * results over 10 MB; three lists of a large restore could pass both. `changed` still counts every entry,
 * and the log lists them all.
 */
const MAX_LIST_OUTPUT_CHARS = 256 * 1024;
/** `paths` comma-separated, cut after the last whole path that fits, with `,...` when cut. */
function boundedList(paths, max = MAX_LIST_OUTPUT_CHARS) {
    let out = '';
    for (const p of paths) {
        const next = out === '' ? p : `${out},${p}`;
        if (next.length > max - 4)
            return `${out},...`;
        out = next;
    }
    return out;
}
/** What the restore step outputs after a restore (or a dry run). */
function restoreOutputs(id, r) {
    const c = r.changes;
    const { added, deleted } = (0,_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .shownChanges */ .ph)(c);
    return {
        found: 'true',
        'checkpoint-id': id,
        restored: String(r.restored),
        changed: String(c.added.length + c.modified.length + c.deleted.length),
        added: boundedList(added),
        modified: boundedList(c.modified),
        deleted: boundedList(deleted),
        'completed-stages': r.manifest.completedStages.join(','),
    };
}
/**
 * The lines a dry run shows, one per path: `+` added, `~` modified, `-` deleted (a directory added or
 * deleted whole is one line). The action logs them, the CLI prints them.
 */
function changeLines(c) {
    const { added, deleted } = (0,_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .shownChanges */ .ph)(c);
    const line = (mark) => (p) => `${mark} ${printablePath(p)}`;
    return [...added.map(line('+')), ...c.modified.map(line('~')), ...deleted.map(line('-'))];
}
/**
 * A path as one safe log line: a name from a checkpoint or a workspace may hold a newline followed by
 * `::error::` (a workflow command the runner would obey) or terminal escapes, so control characters are
 * shown escaped (`\n`, `\u001b`) and a backslash doubled, as JSON would. So are the characters a reader
 * cannot see: format characters (a zero-width joiner makes `.g\u200cit` read as `.git`, a bidi override
 * reorders what follows) and the line and paragraph separators.
 */
function printablePath(path) {
    if (!UNPRINTABLE.test(path))
        return path;
    return JSON.stringify(path)
        .slice(1, -1)
        .replace(ESCAPED_BEYOND_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\\\u2028\u2029]|\p{Cf}/u;
/** What JSON.stringify leaves as it is, and a log line must not. */
const ESCAPED_BEYOND_JSON = /[\u007f-\u009f\u2028\u2029]|\p{Cf}/gu;


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
