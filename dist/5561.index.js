export const id = 5561;
export const ids = [5561,6713];
export const modules = {

/***/ 5561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/checkpoint/load.ts
var load = __webpack_require__(79716);
// EXTERNAL MODULE: ./src/adapters/config-file.ts
var config_file = __webpack_require__(98835);
// EXTERNAL MODULE: ./src/adapters/event.ts
var adapters_event = __webpack_require__(28000);
// EXTERNAL MODULE: ./src/adapters/inputs.ts + 1 modules
var inputs = __webpack_require__(6649);
// EXTERNAL MODULE: ./src/adapters/stage-ledger.ts
var stage_ledger = __webpack_require__(22062);
// EXTERNAL MODULE: ./src/runner/adapters/logger.ts
var logger = __webpack_require__(42927);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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

// EXTERNAL MODULE: ./src/core/run-step.ts
var run_step = __webpack_require__(71261);
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

// EXTERNAL MODULE: ./src/core/shell-command.ts
var shell_command = __webpack_require__(82565);
// EXTERNAL MODULE: ./src/core/checkpoint-pays.ts
var checkpoint_pays = __webpack_require__(72133);
;// CONCATENATED MODULE: ./src/adapters/paths-size.ts
/**
 * The size of a stage's checkpoint paths, for core/checkpoint-pays.ts's estimate when no checkpoint of the
 * job was timed yet: one lstat per entry, without loading the checkpoint engine, and no further than the
 * budget (once the estimate passes what the checkpoint may cost, it cannot pay: the walk stops there), its
 * cap of entries, or its time (MAX_WALK_MS).
 */



/** Characters that make a checkpoint path a glob: its size is not walked (the engine resolves globs). */
const GLOB = /[*?[\]{}!]/;
/** Checks the budget and the clock every this many entries: an lstat is microseconds. */
const CHECK_EVERY = 512;
/**
 * Entries walked at most: a 1 GB node_modules walked whole cost its job 1.5 s on a loaded machine
 * (bench/recovery-profile.ts), as much as the checkpoint itself. Past this the size is only "at least".
 */
const MAX_WALKED = 10_000;
/**
 * Milliseconds the walk may take, whatever the entries: the estimate is on the job's path before the stage's
 * command, and a loaded machine stretched its 10,000 entries to 1.4 s before a build (bench/recovery-profile.ts,
 * load 9), more than the checkpoint it judged. A quiet one walks them in ~0.1 s. Past it, as past the cap of
 * entries, the size is only "at least".
 */
const MAX_WALK_MS = 150;
const WALK_LIMITS = { entries: MAX_WALKED, ms: MAX_WALK_MS, now: () => performance.now() };
/**
 * Walks `paths` (relative to `workspace`; those missing count nothing, as the stage makes them later) and
 * adds up files and bytes, those under `keyed` apart. Never follows a link; never throws.
 */
function pathsSize(workspace, paths, keyed, budgetMs, limits = {}) {
    const { entries: maxWalked, ms: maxMs, now } = { ...WALK_LIMITS, ...limits };
    const started = now();
    const glob = paths.find((p) => GLOB.test(p));
    if (glob !== undefined)
        return { bytes: 0, keyedBytes: 0, files: 0, unknown: `the path '${glob}' is a glob` };
    const size = { bytes: 0, keyedBytes: 0, files: 0 };
    const keyedRoots = keyed.map((k) => external_node_path_default().resolve(workspace, k));
    const isKeyed = (abs) => keyedRoots.some((k) => abs === k || abs.startsWith(k + (external_node_path_default()).sep));
    // Each entry with what its directory's listing said it is: a directory is walked without an lstat of its
    // own, and a link or another kind counts nothing without one; a root or a file is asked (its size).
    const stack = paths.map((p) => ({ abs: external_node_path_default().resolve(workspace, p) }));
    let seen = 0;
    while (stack.length > 0) {
        const { abs, kind } = stack.pop();
        if (++seen % CHECK_EVERY === 0) {
            if ((0,checkpoint_pays/* estimateCostMs */.it)(size) > budgetMs)
                return { ...size, partial: true };
            if (now() - started > maxMs)
                return { ...size, partial: true, capped: true };
        }
        if (seen > maxWalked)
            return { ...size, partial: true, capped: true };
        if (kind === 'other')
            continue;
        let directory = kind === 'directory';
        if (!directory) {
            // gone or unreadable since its directory was read: it adds nothing to the estimate
            const stat = (0,external_node_fs_.lstatSync)(abs, { throwIfNoEntry: false });
            if (!stat)
                continue;
            directory = stat.isDirectory();
            if (stat.isFile()) {
                size.files++;
                size.bytes += stat.size;
                if (isKeyed(abs))
                    size.keyedBytes += stat.size;
            }
        }
        if (!directory)
            continue;
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true });
        }
        catch {
            continue; // An unreadable directory (or one gone): the save will say so.
        }
        // The listing's names hold no separator and `abs` is resolved already: no path.join normalising each.
        for (const d of names)
            stack.push({
                abs: abs + (external_node_path_default()).sep + d.name,
                kind: d.isDirectory() ? 'directory' : d.isFile() ? 'file' : 'other',
            });
    }
    return size;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/runner/adapters/program-path.ts
var program_path = __webpack_require__(21119);
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
        // no /proc (not Linux): the process tree is unknown
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
/**
 * Does the process carry the cookie? Undefined when its environment reads empty: a process in the middle of
 * an exec shows none until the new program's is in place, so the answer is not known yet.
 */
function carriesCookie(pid, cookie) {
    try {
        const environ = (0,external_node_fs_.readFileSync)(`/proc/${pid}/environ`);
        if (environ.length === 0)
            return undefined;
        return environ.includes(`${PROCESS_COOKIE_ENV}=${cookie}\0`);
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
        // the process is gone or its limits unreadable: no lock limit to tell
        return false;
    }
}
const PRLIMIT = ['/usr/bin/prlimit', '/bin/prlimit'];
/** Is `file` a program spawn would find? (Only then is it wrapped: spawn's own ENOENT stays its error.) */
function findable(file, env) {
    if (file.includes('/'))
        return (0,external_node_fs_.existsSync)(file);
    return (0,program_path/* onPath */.L)(file, env.PATH);
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
 * The start time of the process `pgid` while it leads its own group, as a command's process does from its
 * spawn (detached) until it is reaped; else undefined (gone, or not a leader: no floor is known).
 */
function leaderStarted(pgid) {
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pgid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return Number(fields[2]) === pgid ? Number(fields[19]) : undefined;
    }
    catch {
        // no /proc, or the process is gone: every process's marks are read
        return undefined;
    }
}
/** How long an environment may read empty before it is taken as truly empty: an exec takes far less. */
const EMPTY_ENVIRONMENT_MS = 1000;
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
    /** When a process's environment first read empty, by identity (see marked). */
    emptySince = new Map();
    /** When the command's process started (its group leader's start time), when it could be read. */
    since;
    constructor(pgid, cookie, lockMark) {
        this.pgid = pgid;
        this.cookie = cookie;
        this.lockMark = lockMark;
        this.since = leaderStarted(pgid);
    }
    marked(p) {
        if (this.cookie === undefined && this.lockMark === undefined)
            return false;
        // A process older than the command was not started with its cookie or under its mark: not read. On a
        // busy machine the environ and limits of every process cost a command's first scan ~70 ms of CPU.
        if (this.since !== undefined && p.started < this.since)
            return false;
        const id = identity(p);
        const known = this.checked.get(id);
        if (known !== undefined)
            return known;
        const cookie = this.cookie === undefined ? false : carriesCookie(p.pid, this.cookie);
        const has = cookie === true || (this.lockMark !== undefined && carriesLockMark(p.pid, this.lockMark));
        if (has || cookie !== undefined)
            this.checked.set(id, has);
        else
            this.readEmpty(id);
        return has;
    }
    /**
     * An environment read mid-exec is empty: asked again at later scans, not remembered as unmarked. One still
     * empty a second later is truly empty (`env -i`), remembered so that it is not read at every scan.
     */
    readEmpty(id) {
        const now = Date.now();
        const since = this.emptySince.get(id);
        if (since === undefined)
            this.emptySince.set(id, now);
        else if (now - since >= EMPTY_ENVIRONMENT_MS) {
            this.checked.set(id, false);
            this.emptySince.delete(id);
        }
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

// EXTERNAL MODULE: ./src/runner/adapters/socket-pair.ts
var socket_pair = __webpack_require__(17939);
;// CONCATENATED MODULE: ./src/adapters/process.ts
/**
 * Runs a command the way a CI step should be run: in its own process group, marked with a cookie in its
 * environment and a limit that `env -i` does not clear, its own process a child subreaper on Linux (every
 * orphan of its tree is reparented to it, not to init), its tree watched while it runs (so a timeout can
 * kill the whole tree: grandchildren, and daemons that left the group with setsid), with output streamed
 * live and the tail kept in a bounded buffer for classification (stdout and stderr through one channel, in
 * the order written: outputChannel below). On timeout: SIGTERM to the tree, then SIGKILL to what is left
 * after a grace period. On a Windows runner: no group, and the tree kill is `taskkill /T /F` through a port.
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
 * Passes the child's output on as it arrives and keeps its tail. Returns the sources not read until our
 * own output drains: with the default sink, a lagging reader of our output holds the command's writes.
 */
function pipeOutput(sources, tail, onOutput, unterminated) {
    const waiting = new Set();
    const onData = (source) => (chunk) => {
        tail.push(chunk);
        if (onOutput)
            return onOutput(chunk);
        if (chunk.length > 0) {
            if (chunk[chunk.length - 1] === 10)
                unterminated.delete(source.target);
            else
                unterminated.add(source.target);
        }
        const target = source.target === 'stdout' ? process.stdout : process.stderr;
        if (target.write(chunk))
            return;
        source.stream.pause();
        waiting.add(source);
        target.once('drain', () => {
            waiting.delete(source);
            source.stream.resume();
        });
    };
    for (const source of sources)
        source.stream.on('data', onData(source));
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
 * Calls `done` once the command's output closed after its exit. A background process left by the command
 * may hold it open: don't wait on it for long; but output we have not passed on yet (our reader lags) is
 * the command's last words: wait for it.
 */
function afterOutput(sources, closed, waiting, done) {
    let over = false;
    const end = () => {
        if (over)
            return;
        over = true;
        clearTimeout(drain);
        done();
    };
    const giveUp = () => {
        if (waiting.size > 0) {
            drain = setTimeout(giveUp, 500);
            return;
        }
        for (const source of sources)
            source.stream.destroy();
        end();
    };
    let drain = setTimeout(giveUp, 500);
    void closed.then(end);
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
/**
 * The child's stdio where this host can: one channel for stdout and stderr, as `2>&1` gives (a socket pair,
 * the child's end its fd 1 and 2), so the kernel keeps the order the command wrote in, however late we read.
 * Two pipes do not: what we read first is what the event loop happened to see first, so a loaded reader
 * could put a test's result (stdout) before cargo's `Running <target>` (stderr) that named its target. Not
 * on Windows: a socket of ours there is an overlapped named pipe, which a child writing its stdio
 * synchronously must not be given (Node's `overlapped` stdio); there the two pipes stay.
 */
async function outputChannel() {
    if (process.platform === 'win32')
        return undefined;
    // a channel that cannot be made (no writable temp dir): the two pipes, as before
    return (0,socket_pair/* openSocketPair */.g)(external_node_os_default().tmpdir()).catch(() => undefined);
}
/** The sources of the child's output, and a promise that settles once every one has closed. */
function outputSources(child, channel) {
    const sources = channel
        ? [{ stream: channel.ours, target: 'stdout' }]
        : [
            { stream: child.stdout, target: 'stdout' },
            { stream: child.stderr, target: 'stderr' },
        ];
    const closed = Promise.all(sources.map((s) => new Promise((resolve) => s.stream.once('close', () => resolve()))));
    // An error reading ends the output as its end does (it is closed next): what was read is kept, and the
    // command's own end says how it went.
    for (const s of sources)
        s.stream.on('error', () => undefined);
    return { sources, closed };
}
/** Spawns the marked command with the channel (or two pipes) as its stdout and stderr. */
function spawnChild(command, options, detached, channel) {
    return (0,external_node_child_process_.spawn)(command.file, command.args, {
        cwd: options.cwd,
        env: command.env,
        // On Windows, detached means a new console, and there is no group to signal (core/runner-os.ts).
        detached,
        stdio: channel ? ['ignore', channel.childEnd, channel.childEnd] : ['ignore', 'pipe', 'pipe'],
        ...(options.argv0 !== undefined ? { argv0: options.argv0 } : {}),
        ...(options.windowsVerbatimArguments ? { windowsVerbatimArguments: true } : {}),
    });
}
async function runProcess(options) {
    const noCwd = missingCwd(options.cwd);
    if (noCwd)
        throw noCwd;
    const tail = new TailBuffer(options.maxBufferBytes ?? 2 * 1024 * 1024);
    const channel = await outputChannel();
    const started = Date.now();
    return new Promise((resolve, reject) => {
        // detached: the child leads a new process group (setsid), so -pid reaches what stays in it; the
        // cookie reaches what leaves it.
        const cookie = (0,external_node_crypto_.randomUUID)();
        const env = { ...(options.env ?? process.env), [PROCESS_COOKIE_ENV]: cookie };
        const layout = processLayout(options.windows ?? process.platform === 'win32');
        const command = layout.treeKill === 'taskkill'
            ? { file: options.file, args: options.args, env }
            : markedCommand(options.file, options.args, env, options.subreaper);
        let child;
        try {
            child = spawnChild(command, options, layout.detached, channel);
        }
        catch (error) {
            channel?.ours.destroy();
            channel?.childEnd.destroy();
            throw error;
        }
        // The child has its copies of the channel's end: ours would hold the reader open after the child's close.
        channel?.childEnd.destroy();
        // A pid: the program exists and is running (an exec that failed has none, and 'error' follows).
        if (child.pid !== undefined)
            options.onStarted?.();
        const { sources, closed } = outputSources(child, channel);
        const unterminated = new Set();
        const waiting = pipeOutput(sources, tail, options.onOutput, unterminated);
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
            for (const source of sources)
                source.stream.destroy();
            reject(error);
        });
        child.on('exit', (exitCode, signal) => afterOutput(sources, closed, waiting, () => finish(exitCode, signal)));
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
        ...(result.truncated ? { outputCut: true } : {}),
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
            const script = external_node_path_default().join(dir, `script${(0,shell_command/* scriptExtension */.dv)(spec.shell)}`);
            await (0,promises_.writeFile)(script, (0,shell_command/* scriptContents */.aq)(spec.shell, spec.script, windows));
            const files = spec.fileCommands
                ? { output: external_node_path_default().join(dir, 'output'), env: external_node_path_default().join(dir, 'env'), path: external_node_path_default().join(dir, 'path') }
                : undefined;
            if (files)
                await Promise.all(Object.values(files).map((f) => (0,promises_.writeFile)(f, '')));
            const fileEnv = files
                ? Object.fromEntries(Object.entries(FILE_ENV).map(([k, v]) => [v, files[k]]))
                : {};
            // The runner's command line (core/shell-command.ts): on Windows its one argument string, verbatim.
            const invocation = (0,shell_command/* shellInvocation */.h5)(spec.shell, script);
            const program = windows ? windowsProgram(invocation.program, env) : invocation.program;
            const result = await runProcess({
                ...(0,shell_command/* spawnArguments */.sl)(invocation, program, windows),
                windows,
                ...(options.treeKill ? { treeKill: options.treeKill } : {}),
                cwd: spec.cwd,
                // The command's own file-command paths win over a variable of the same name on-retry set.
                env: (0,run_step/* commandEnv */.zz)(env, { ...spec.env, ...fileEnv }),
                ...(spec.timeoutMs !== undefined ? { timeoutMs: spec.timeoutMs } : {}),
                ...(options.killGraceMs !== undefined ? { killGraceMs: options.killGraceMs } : {}),
                ...(options.onOutput ? { onOutput: options.onOutput } : {}),
                ...(options.subreaper ? { subreaper: options.subreaper } : {}),
                ...(spec.onStarted ? { onStarted: spec.onStarted } : {}),
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
            let started = () => undefined;
            const commandStarted = new Promise((resolve) => (started = resolve));
            const saved = (async () => {
                const { checkpointRunner, checkpointStage, jobContext, openJobStore } = await load/* load */.H.engine();
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
                    // Every file is read: the stage may start while the archive and the manifest are stored; the
                    // manifest's encoding waits till it has.
                    onRead: () => (told(), commandStarted),
                    logger,
                    runner: checkpointRunner(env, logger),
                });
                if (saved.reused)
                    return { id: saved.manifest.id, reused: true };
                return {
                    id: saved.manifest.id,
                    manifestSha256: saved.manifestSha256,
                    bytes: saved.manifest.archive.size,
                    ...(saved.unrecorded ? { unrecorded: true } : {}),
                };
            })();
            const settled = saved.then(() => false, () => false);
            return { read: Promise.race([packed, settled]), saved, started: () => started() };
        },
        async stillComplete(stages, need) {
            if (await restoredAsItWas(env, need))
                return stages;
            const { jobContext, openJobStore, stagesStillComplete } = await load/* load */.H.engine();
            // The store of the checkpoint main resumed from, for the roots this step names.
            const spec = env.recovery.resumedStore ?? config.checkpoint.store;
            const openStore = () => openJobStore(spec, jobContext(env), token);
            return stagesStillComplete(stages, env, logger, need && { ...need, openStore });
        },
        size: (paths, budgetMs) => pathsSize(env.workspace, paths, (config.checkpoint.keyed ?? []).map((k) => k.path), budgetMs),
    };
}
/**
 * The common case, proved without loading the checkpoint code: the step fills nothing outside the
 * workspace, and everything main restored is still there as its record says (checkpoint/restored-state.ts).
 * False proves nothing: the full check decides.
 */
async function restoredAsItWas(env, need) {
    const id = env.recovery.resumedFrom;
    if (!id || (need?.cachePaths.length ?? 0) > 0)
        return false;
    // The engine's pure core, loaded only here, on a resume: a green step never asks. Not loaded proves nothing.
    const core = await Promise.all(/* import() */[__webpack_require__.e(1683), __webpack_require__.e(4076), __webpack_require__.e(5130), __webpack_require__.e(867)]).then(__webpack_require__.bind(__webpack_require__, 93248)).catch(() => undefined);
    const cache = core?.defaultManifestCache(env);
    if (!cache)
        return false;
    const { restoredStateHolds } = await load/* load */.H.restoredState();
    // a restored state that cannot be read does not hold: the stage runs again
    return restoredStateHolds(cache, id, env.workspace).catch(() => false);
}
/**
 * Test recovery's files (adapters/test-reports.ts), loaded with the wing and picomatch on first use: only
 * once an attempt failed, or early flake detection asks for the change's files.
 */
function lazyTestFilesPort(job, config, logger) {
    let port;
    let history;
    const restore = config.ledger.enabled ? () => restoreTestHistory(job, logger) : undefined;
    const real = () => (port ??= Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(9793), __webpack_require__.e(6125)]).then(__webpack_require__.bind(__webpack_require__, 61420)).then((m) => m.testFilesPort(job, logger, restore)));
    return {
        reports: async (glob, cwd, sinceMs) => (await real()).reports(glob, cwd, sinceMs),
        keepFiles: async (glob, cwd, names) => (await real()).keepFiles(glob, cwd, names),
        changedFiles: async () => (await real()).changedFiles(),
        packageScripts: async (cwd) => (await real()).packageScripts(cwd),
        configTexts: async (cwd, files) => (await real()).configTexts(cwd, files),
        // Once per step: run.ts starts it ahead of the classification, and a restore given up is not waited
        // for again on a later attempt.
        loadHistory: () => (history ??= real().then((p) => p.loadHistory())),
        // The environment every command of the step starts from (processPort's): the step's `env:` and the job's.
        stepEnv: (wanted) => Object.fromEntries(Object.entries(ownEnv()).filter((e) => e[1] !== undefined && wanted(e[0]))),
    };
}
/**
 * The job's flaky-test history from the cache service, for the first `run/` step whose test failed when no
 * earlier step left it: a green job makes none of these round trips. Bounded as post's store calls are; given
 * up, the step decides as for tests the history never saw, with a warning. `limitMs`: post's store limit.
 */
async function restoreTestHistory(job, logger, limitMs) {
    const [{ readRunContext }, { testHistoryPlace }, store, { Deadline, POST_LIMITS }, guard] = await Promise.all([
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 28000)),
        Promise.all(/* import() */[__webpack_require__.e(1018), __webpack_require__.e(4249)]).then(__webpack_require__.bind(__webpack_require__, 71018)),
        Promise.all(/* import() */[__webpack_require__.e(1018), __webpack_require__.e(4427), __webpack_require__.e(2363)]).then(__webpack_require__.bind(__webpack_require__, 54427)),
        __webpack_require__.e(/* import() */ 5094).then(__webpack_require__.bind(__webpack_require__, 85094)),
        load/* load */.H.storeGuard(),
    ]);
    const place = testHistoryPlace(await readRunContext(job), job);
    const room = {
        runnerTemp: job.runnerTemp,
        ...(job.cacheMode !== undefined ? { cacheMode: job.cacheMode } : {}),
    };
    const limit = limitMs ?? POST_LIMITS.storeMs;
    // A budget past the call's own limit: a give-up names the limit.
    return new Deadline(limit + 1_000).run('restoring the flaky-test history', limit, () => store.loadTestHistory(place, room, logger), (reason) => {
        logger.warning(`ci-recovery: ${reason}.`);
        // The abandoned call may hold a socket (GHES's cache client cannot be cancelled): as main and post do
        // for theirs, the step's entry point ends the process once the step is done (endIfStoreGaveUp).
        guard.stalledStores.push('the cache service (the flaky-test history)');
        return undefined;
    });
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
        // The classifier (rules, report parsers) loads only when something failed; the team rules' engine with it
        // when there are some (main's effective config is read without it: a green step or a checkpoint pays nothing).
        classify: async (signals) => {
            const classifier = await Promise.all(/* import() */[__webpack_require__.e(6059), __webpack_require__.e(2232)]).then(__webpack_require__.bind(__webpack_require__, 42232));
            if (signals.teamRules?.length)
                await classifier.loadTeamRuleEngine();
            return classifier.classify(signals);
        },
        clock: cancellableClock(abortSignal),
        tests: lazyTestFilesPort(job, config, runner.log),
    };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/event.ts
var core_event = __webpack_require__(67667);
;// CONCATENATED MODULE: ./src/phases/deferred.ts
/** What a `run/` step loads on first need: the parts of the bundle a green step never loads. */

/**
 * A part of the step loaded on first need (a chunk of the action's bundle); one that cannot load is said and
 * left out, as if not configured: the step goes on as a plain retry would.
 */
async function loadOrSay(load, what, log) {
    try {
        return await load();
    }
    catch (error) {
        log.warning(`ci-recovery: ${what} could not load (${(0,errors/* errorMessage */.gJ)(error)}): the step goes on without it.`);
        return undefined;
    }
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
        checks.push([(0,run_step/* retryOnLists */.TN)(settings.retryOn, failed.type), 'retry-on', `'${failed.type}'`]);
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
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
// EXTERNAL MODULE: ./src/core/stage-ledger.ts
var core_stage_ledger = __webpack_require__(99423);
;// CONCATENATED MODULE: ./src/phases/run-checkpoint.ts


/**
 * Whether the stage's checkpoint can pay for itself (core/checkpoint-pays.ts), said in one line: what a
 * resume from it would skip beyond the job's last checkpoint against what it costs, the last checkpoint of
 * this job's (the stage ledger) or, with none timed yet, an estimate from the paths' size, walked no further
 * than it could pay.
 */
function checkpointWorthIt(settings, job, config, plan, ports) {
    const when = config.checkpoint.when === 'always' ? 'always' : 'pays';
    const { completedStages: completed, stageDurations: durations, checkpointsPaid } = job.recovery;
    const last = checkpointsPaid?.at(-1);
    // Without this checkpoint a resume starts from the job's last one it can start from (one a re-run was not
    // told of holds nothing): this one gains the stages that one does not hold.
    const from = checkpointsPaid?.findLast((c) => c.holds !== undefined);
    const since = from?.holds ? { since: { stage: from.stage, holds: from.holds } } : {};
    const facts = { stage: settings.stage, completed, durations, ...since };
    const skip = (0,checkpoint_pays/* workSkipped */.sd)(facts);
    let cost;
    if (when === 'pays' && completed.length > 0 && skip.untimed.length === 0) {
        if (last)
            cost = { from: 'measured', ...last };
        else {
            const size = ports.checkpoint.size(plan.checkpointPaths, (0,checkpoint_pays/* costBudgetMs */.Fe)(skip.ms));
            cost = { from: 'estimate', ms: (0,checkpoint_pays/* estimateCostMs */.it)(size), size };
        }
    }
    const verdict = (0,checkpoint_pays/* checkpointPays */.aE)({ ...facts, ...(cost ? { cost } : {}) }, when);
    ports.runner.log.info(verdict.line);
    return verdict.take;
}
const NO_CHECKPOINT = {
    started: () => undefined,
    stored: () => Promise.resolve(undefined),
};
/**
 * Starts the stage's checkpoint and returns once every file of it is read: the command may change them
 * from then on, while the archive and the manifest are stored. `stored` waits for the store and says how
 * it went. A runner lost before the store ends loses this checkpoint only: a resume takes the one before it.
 */
async function checkpointFirst(settings, plan, ports) {
    if (plan.checkpointPaths.length === 0)
        return NO_CHECKPOINT;
    const save = ports.checkpoint.save(settings.stage, plan.checkpointPaths);
    const outcome = save.saved.then((saved) => checkpointSaved(settings.stage, saved, ports), (error) => checkpointFailed(settings.stage, error, ports));
    // Settled before reading everything (no files, a refused store, the resumed checkpoint): said now.
    if (!(await save.read))
        await outcome;
    return { started: () => save.started?.(), stored: () => outcome };
}
function checkpointSaved(stage, saved, ports) {
    if (saved && !saved.reused)
        ports.runner.log.info(`ci-recovery: checkpoint ${saved.id} saved before stage '${stage}'`);
    return saved;
}
async function checkpointFailed(stage, error, ports) {
    const { log } = ports.runner;
    // The engine's core, loaded by the save that failed (a step with no checkpoint paths never gets here). Its
    // load failing must not reject: nothing awaits this while the command runs, and a failed save is a warning.
    const core = await Promise.all(/* import() */[__webpack_require__.e(1683), __webpack_require__.e(4076), __webpack_require__.e(5130), __webpack_require__.e(867)]).then(__webpack_require__.bind(__webpack_require__, 93248)).catch(() => undefined);
    // Before the stage that makes them (an install, a build), a job's checkpoint paths do not exist yet:
    // that is every job's first stage, not a problem worth an annotation.
    if (core && error instanceof core.NoFilesFoundError)
        log.info(`ci-recovery: nothing to checkpoint before stage '${stage}' yet: ${error.message}`);
    else
        log.warning(`ci-recovery: no checkpoint before stage '${stage}': ${(0,errors/* errorMessage */.gJ)(error)}`);
    return undefined;
}

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
    const ms = done ? (0,run_step/* stageDurationsWith */.ZN)({}, settings.stage, result)[settings.stage] : undefined;
    // The checkpoint before it and its cost: what the next stage weighs its own checkpoint by.
    const checkpoint = result.checkpointMs !== undefined
        ? {
            stage: settings.stage,
            ms: result.checkpointMs,
            ...(result.checkpointBytes !== undefined ? { bytes: result.checkpointBytes } : {}),
            // What its manifest holds: the stages completed when this step started (jobContext, the same env).
            // One a re-run will not resume from (its record not uploaded) holds nothing: its cost alone counts.
            ...(result.checkpointUnrecorded ? {} : { holds: [...job.recovery.completedStages] }),
        }
        : undefined;
    try {
        await ports.stages.complete({
            stage: settings.stage,
            ...(ms !== undefined ? { ms } : {}),
            ...(cachePaths ? { cachePaths } : {}),
            ...(checkpoint ? { checkpoint } : {}),
        });
    }
    catch (error) {
        ports.runner.log.warning(`ci-recovery: could not record stage '${settings.stage}' in ${job.runnerTemp}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}

// EXTERNAL MODULE: ./src/ports/records.ts
var ports_records = __webpack_require__(31062);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
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
        if (!(0,run_step/* succeeded */.gq)(run))
            log.warning(`on-retry failed (exit ${(0,run_step/* exitCodeOf */.FO)(run)}); retrying anyway.`);
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

;// CONCATENATED MODULE: ./src/phases/run-classify.ts

async function classifyAttempt(attempt, config, ports) {
    const { run, stage, limitMs, failedTests } = attempt;
    const stopped = (0,run_step/* stoppedAttempt */.Np)(run, stage, limitMs / 60_000, `from ${attempt.limitFrom}`);
    if (stopped) {
        ports.runner.log.info(stopped.evidence.text);
        if (run.survivors?.length) {
            // Processes the kill could not end (another user's, or stuck in the kernel) are named, not hidden.
            ports.runner.log.warning(`ci-recovery: ${run.survivors.length} process(es) of '${stage}' outlived SIGKILL and still run: ` +
                run.survivors.map((p) => `${p.pid} (${p.command})`).join(', '));
        }
        return stopped;
    }
    return ports.classify({
        stage,
        step: stage,
        command: attempt.command,
        conclusion: 'failure',
        ...(run.exitCode !== undefined ? { exitCode: run.exitCode } : {}),
        ...(run.signal ? { signal: run.signal } : {}),
        log: run.output,
        // The attempt's own output: it ends where the command failed.
        wholeStep: true,
        ...(failedTests ? { failedTests } : {}),
        // The team's own rules (config classify.rules) rank above the shipped ones.
        ...(config.classify.rules.length > 0 ? { teamRules: config.classify.rules } : {}),
    });
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
    // A bad cache-paths entry fails the step before anything runs, naming the entry and the fix. The
    // engine's core that checks it loads only for a step that names some.
    if (settings.cachePaths?.length) {
        const { parseOutsidePath, rootBases } = await Promise.all(/* import() */[__webpack_require__.e(1683), __webpack_require__.e(4076), __webpack_require__.e(5130), __webpack_require__.e(867)]).then(__webpack_require__.bind(__webpack_require__, 93248));
        for (const entry of settings.cachePaths)
            parseOutsidePath(entry, rootBases(job));
    }
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
        return { ...none, skipped: true, success: true, outputs: { ...run_step/* SKIPPED_OUTPUTS */.ES }, startedAt, completedAt };
    }
    const plan = planStep(settings, ctx.config, ctx.lane);
    (0,run_step/* shellCommand */.q$)(settings.shell, 'script'); // a bad shell input fails before anything runs
    // Checkpoint first, so a resume can start from the state before this stage.
    // Beside another running stage (a background step), a checkpoint could hold its half-written files.
    const alone = others.length === 0 || plan.checkpointPaths.length === 0;
    if (!alone)
        log.notice((0,core_stage_ledger/* concurrentCheckpointNote */.Gp)(settings.stage, others));
    const take = alone && plan.checkpointPaths.length > 0 && checkpointWorthIt(settings, job, ctx.config, plan, ports);
    const underway = take ? await checkpointFirst(settings, plan, ports) : NO_CHECKPOINT;
    // What the job waits on for its checkpoint: the read before the command, the store's end after it.
    let waitedMs = ports.clock.now() - started;
    let loop, checkpoint;
    try {
        loop = new AttemptLoop(settings, job, ctx, ports, plan, started, underway.started);
        await loop.run();
    }
    finally {
        // No command started (a missing working directory, a cancel): the save goes on all the same.
        underway.started();
        await ports.process.cleanup().catch((e) => log.debug(`process clean-up: ${(0,errors/* errorMessage */.gJ)(e)}`));
        // The step ends only once its checkpoint is stored (or said not to be).
        const storing = ports.clock.now();
        checkpoint = await underway.stored();
        waitedMs += ports.clock.now() - storing;
    }
    const paid = checkpoint && !checkpoint.reused
        ? { ms: waitedMs, bytes: checkpoint.bytes, unrecorded: checkpoint.unrecorded === true }
        : undefined;
    return loop.result(startedAt, checkpoint, paid);
}
/** The attempts of one step and what they found. */
class AttemptLoop {
    settings;
    job;
    ctx;
    ports;
    plan;
    started;
    commandStarted;
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
    constructor(settings, job, ctx, ports, plan, started, commandStarted) {
        this.settings = settings;
        this.job = job;
        this.ctx = ctx;
        this.ports = ports;
        this.plan = plan;
        this.started = started;
        this.commandStarted = commandStarted;
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
            if ((0,run_step/* succeeded */.gq)(run)) {
                // Said in so many words: the log of a step made green reads as such (classify, plan).
                if (attempt > 1)
                    this.ports.runner.log.info((0,recovered_log/* attemptRecovered */.VZ)(this.settings.stage, attempt));
                break;
            }
            // The attempt's reports are read once, before it is classified: the tests they name failed tell the
            // classifier what an output it cannot type does not (run-tests.ts reportedFailures).
            const found = await this.findTests(run, attempt, attemptStart);
            const reported = found?.tests ? found.wing.reportedFailures(found.tests) : undefined;
            record.classification = this.classification = await this.classify(run, attempt, limitMs, reported);
            // Failed tests re-run alone: the step's own retry is not wanted once they were; the policy still
            // says what comes next for the tests that still fail (the `strategy` output).
            const tests = found && (await this.recoverTests(run, attempt, found));
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
     * The failed attempt's tests (run-tests.ts findFailedTests), for its classification and its recovery; not
     * on Windows, where test recovery's re-run commands (POSIX quoting) and report paths are untested: a failed
     * attempt is retried whole there.
     */
    async findTests(run, attempt, startedAt) {
        const { settings, ports, ctx } = this;
        if (!settings.tests || !ports.tests || ctx.windows)
            return undefined;
        // Test recovery (~100 KB with its wing) loads once an attempt failed: a green step never does.
        const wing = await loadOrSay(() => Promise.all(/* import() */[__webpack_require__.e(9793), __webpack_require__.e(5752)]).then(__webpack_require__.bind(__webpack_require__, 65752)), 'test recovery', ports.runner.log);
        if (!wing)
            return undefined;
        const step = { ...this.testStep(attempt), tests: settings.tests };
        const tests = await wing.findFailedTests(step, run, startedAt, { ...ports, tests: ports.tests });
        // Tests failed: recoverTests decides by the history, whose restore then overlaps the classification.
        // (The real port loads it once per step: recoverTests's call takes the same load.)
        if (!ports.tests.history && tests && tests.failed.length > 0)
            ports.tests.loadHistory?.().catch(() => undefined); // awaited there
        return { wing, tests };
    }
    /** Test recovery after a failed attempt (run-tests.ts), on the tests findTests found: read once. */
    async recoverTests(run, attempt, found) {
        const { settings, ports, ctx } = this;
        if (!settings.tests || !ports.tests)
            return undefined;
        // Built after the classification: the step's failure type is the attempt's own.
        const step = { ...this.testStep(attempt), tests: settings.tests };
        const limitMs = () => attemptLimitMs(this.plan, this.timeLeft());
        const tested = { ...ports, tests: ports.tests };
        const { wing, tests } = found;
        return (this.tests = await wing.recoverTests(step, run, tests, limitMs, ctx.config, tested));
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
        const wing = await loadOrSay(() => Promise.all(/* import() */[__webpack_require__.e(9793), __webpack_require__.e(609)]).then(__webpack_require__.bind(__webpack_require__, 90609)), 'early flake detection', ports.runner.log);
        if (!wing)
            return;
        const { detectArrivals } = wing;
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
            ? `time limit ${(0,run_step/* minutes */.Gx)(limitMs / 60_000)}, from ${from}`
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
                onStarted: this.commandStarted,
            });
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOCWD')
                throw (0,run_step/* workingDirectoryMissing */.H$)(settings.workingDirectory, this.cwd);
            if (code === 'ENOENT')
                throw (0,run_step/* shellNotFound */.eJ)((0,run_step/* shellCommand */.q$)(settings.shell, '').file);
            throw error;
        }
    }
    /** The command attempt `attempt` runs: new-command-on-retry from the second on, when given. */
    command(attempt) {
        const retry = this.settings.newCommandOnRetry;
        return attempt > 1 && retry.trim() ? retry : this.settings.run;
    }
    /** The failed attempt's type (run-classify.ts), with the failed tests its own reports name. */
    classify(run, attempt, limitMs, failedTests) {
        const { settings, plan, ctx, ports } = this;
        const limitFrom = attemptLimitFrom(plan, limitMs);
        const failed = { run, stage: settings.stage, command: this.command(attempt), limitMs, limitFrom };
        return classifyAttempt({ ...failed, failedTests }, ctx.config, ports);
    }
    /** Decides after failed attempt `attempt`, says so, and answers whether to try again. */
    decide(run, attempt, testsRerun = false) {
        const { settings, ctx, ports } = this;
        const { log } = ports.runner;
        const c = this.classification;
        const exitCode = (0,run_step/* exitCodeOf */.FO)(run);
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
        const evidence = c.evidence ? ` Evidence (${(0,types/* evidencePlace */.ZV)(c.evidence)}): ${c.evidence.text}` : '';
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
    result(startedAt, checkpoint, paid) {
        const last = this.last;
        const files = this.finalFiles(last);
        const exitCode = (0,run_step/* exitCodeOf */.FO)(last);
        const { classification, decision, tests } = this;
        const success = ((0,run_step/* succeeded */.gq)(last) || tests?.recovered === true) &&
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
            ...(paid ? { checkpointMs: Math.round(paid.ms) } : {}),
            ...(paid?.bytes !== undefined ? { checkpointBytes: paid.bytes } : {}),
            ...(paid?.unrecorded ? { checkpointUnrecorded: true } : {}),
            outputs: {
                ...(0,run_step/* stepOutputs */.tH)(this.attempts.length, exitCode, classification, decision, success),
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
            if (!(0,run_step/* succeeded */.gq)(last)) {
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
    const verdict = (0,run_step/* concludeStep */.ux)(settings, result, job.recovery.completedStages);
    // A file command the runner gave cannot be written (a full disk: ENOSPC): said once, and the step still
    // ends as its command did, with its verdict and its record; the outputs and variables are what is lost.
    const unwritten = [];
    const write = (what, fn) => {
        try {
            fn();
        }
        catch (error) {
            unwritten.push(`${what} (${(0,errors/* errorMessage */.gJ)(error)})`);
        }
    };
    write('the step outputs', () => {
        for (const [name, value] of verdict.outputs)
            runner.setOutput(name, value);
    });
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
    // Lost, they make a later resume run this stage again: never a wrong skip.
    write('the stages done for later steps', () => {
        if (result.success && !job.recovery.attemptStages.includes(settings.stage))
            runner.exportVariable(state_keys/* ATTEMPT_STAGES_ENV */.sT, [...job.recovery.attemptStages, settings.stage].join(','));
        // A stage done (now or before) that fills paths outside the workspace: later checkpoints save them.
        if (result.success && settings.cachePaths?.length)
            runner.exportVariable(state_keys/* CACHE_PATHS_ENV */.yr, JSON.stringify({ ...job.recovery.cachePaths, [settings.stage]: settings.cachePaths }));
        // The stages done go last: a later checkpoint lets a resume skip them, so what they need is written first.
        if (verdict.completedStages !== undefined) {
            const durations = (0,run_step/* stageDurationsWith */.ZN)(job.recovery.stageDurations, settings.stage, result);
            runner.exportVariable(state_keys/* STAGE_DURATIONS_ENV */.TM, JSON.stringify(durations));
            runner.exportVariable(state_keys/* COMPLETED_STAGES_ENV */.Q3, verdict.completedStages);
        }
    });
    if (unwritten.length > 0)
        runner.log.warning(`ci-recovery: could not write ${unwritten.join('; nor ')}; the step ends as its command did.`);
    await ledgerEntry(settings, job, result, verdict.completedStages !== undefined, ports);
    await (0,ports_records/* writeRecordBestEffort */.T)(ports.records, (0,run_step/* runStepRecord */.$d)(settings, result), runner.log);
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
/** A number that moved from an input to the config: the input still wins where a workflow gives it. */
function movedCount(name, key, max, configured) {
    return inputs/* input */.h.moved(name, key) ? (inputs/* input */.h.int(name, { min: 0, max }) ?? configured) : configured;
}
/**
 * The two test inputs checked by test recovery's own rules, which load only when one is given: a step
 * that names neither (most) never loads the wing (~100 KB) unless a test fails.
 */
async function checkedTestInputs() {
    const given = inputs/* input */.h.string('test-runner');
    const rerunCommand = inputs/* input */.h.string('test-rerun-command');
    if (given.trim() === '' && rerunCommand.trim() === '')
        return { runner: undefined, rerunCommand };
    const { parseTestRunner, checkTemplate } = await Promise.all(/* import() */[__webpack_require__.e(9793), __webpack_require__.e(6630)]).then(__webpack_require__.bind(__webpack_require__, 29793));
    // The runner first, as before the wing was loaded lazily: of two bad inputs, the same one is named.
    const runner = parseTestRunner(given);
    checkTemplate(rerunCommand);
    return { runner, rerunCommand };
}
/** The step's test inputs, and the re-run limits the config holds (`tests:`). */
async function readTestSettings(tests) {
    const { runner, rerunCommand } = await checkedTestInputs();
    const failOnPassed = 'fail-on-passed-after-retry';
    return {
        report: inputs/* input */.h.string('test-report').trim(),
        ...(runner ? { runner } : {}),
        rerunCommand,
        retries: movedCount('test-retries', 'tests.retries', 10, tests.retries),
        maxFailed: movedCount('test-max-failures', 'tests.max-failures', 10_000, tests.maxFailures),
        failOnPassedAfterRetry: inputs/* input */.h.moved(failOnPassed, 'tests.fail-on-passed-after-retry')
            ? inputs/* input */.h.bool(failOnPassed)
            : tests.failOnPassedAfterRetry,
    };
}
function readSettings() {
    const run = inputs/* input */.h.required('run');
    const retryOn = (0,run_step/* parseRetryOn */.D4)(inputs/* input */.h.list('retry-on'));
    const timeoutMinutes = inputs/* input */.h.minutes('timeout-minutes');
    const totalTimeoutMinutes = inputs/* input */.h.minutes('total-timeout-minutes');
    const retryOnExitCodes = (0,run_step/* parseRetryOnExitCodes */.B$)(inputs/* input */.h.list('retry-on-exit-code'));
    const maxAttempts = inputs/* input */.h.int('max-attempts', { min: 1, max: 20 });
    const backoffSeconds = inputs/* input */.h.int('backoff-seconds', { min: 0, max: 3600 });
    return {
        run,
        // Empty (no default in action.yml): the runner's own default for the OS, chosen in run() below.
        shell: inputs/* input */.h.string('shell'),
        stage: stageInput(inputs/* input */.h.string('stage').trim()) || (0,run_step/* defaultStage */.sr)(run),
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
        const job = (0,stage_ledger/* readJobEnvWithStages */.eS)();
        const windows = isWindowsRunner(job.runnerOs, process.platform);
        const read = readSettings();
        const config = await (0,config_file/* effectiveConfig */.k3)(job);
        const tests = await readTestSettings(config.tests);
        const settings = { ...read, shell: read.shell || runnerDefaultShell(windows), tests };
        const ctx = {
            lane: job.recovery.lane ?? 'STANDARD',
            branchKind: (0,core_event/* branchKind */.lD)(await (0,adapters_event.readRunContext)(job)),
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
        runner.log.error(message, (0,run_step/* errorLocation */.yr)(message));
        runner.setExitCode(1);
    }
    (await load/* load */.H.storeGuard()).endIfStoreGaveUp();
}


/***/ }),

/***/ 28000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readRunContext: () => (/* binding */ readRunContext)
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
            // no event file, or not JSON (a laptop, a test): the event is empty
            event = {};
        }
    }
    return (0,_core_event_js__WEBPACK_IMPORTED_MODULE_1__/* .runContext */ .pO)(env, event);
}


/***/ }),

/***/ 68329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T3: () => (/* binding */ readRecords),
  Ap: () => (/* binding */ recordsDir),
  ez: () => (/* binding */ recordsPort)
});

// UNUSED EXPORTS: writeRecord

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/records.ts
/** Directory of the records under RUNNER_TEMP. */
const RECORDS_SUBDIR = 'ci-recovery/records';
/** `<epoch-ms>-<stage>.json`, with the stage made safe for a file name. */
function recordFileName(record, now = Date.now()) {
    const name = (record.stage || record.step || 'step').replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
    return `${now}-${name}.json`;
}
/** Narrow an unknown JSON value to a StepRecord; anything malformed is dropped, never trusted. */
function isStepRecord(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const r = value;
    return ((r.kind === 'run' || r.kind === 'checkpoint' || r.kind === 'restore') &&
        typeof r.step === 'string' &&
        typeof r.startedAt === 'string' &&
        typeof r.completedAt === 'string' &&
        (r.outcome === 'success' || r.outcome === 'failure' || r.outcome === 'skipped') &&
        Array.isArray(r.attempts));
}

;// CONCATENATED MODULE: ./src/adapters/records.ts



/** `$RUNNER_TEMP/ci-recovery/records` (the OS temp dir outside the runner). */
function recordsDir(env) {
    return external_node_path_default().join(env.runnerTemp, RECORDS_SUBDIR);
}
/** The records port of a step: records go where post reads them. */
function recordsPort(env) {
    const dir = recordsDir(env);
    return { write: async (record) => void (await writeRecord(dir, record)) };
}
/** Writes one record atomically (temp file + rename), so post never reads half a file. Returns its path. */
async function writeRecord(dir, record) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = external_node_path_default().join(dir, recordFileName(record));
    const tmp = `${file}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(tmp, JSON.stringify(record, null, 2) + '\n');
    await (0,promises_.rename)(tmp, file);
    return file;
}
/** Every well-formed record in the directory, oldest first; a missing directory means no records. */
async function readRecords(dir) {
    let names;
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch {
        // no records directory yet: no step has written a record
        return [];
    }
    const records = [];
    for (const name of names.filter((n) => n.endsWith('.json'))) {
        try {
            const parsed = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, name), 'utf8'));
            if (isStepRecord(parsed))
                records.push({ at: Number.parseInt(name, 10) || 0, name, record: parsed });
        }
        catch {
            // A corrupt record is skipped: reporting never fails the job.
        }
    }
    return records.sort((a, b) => a.at - b.at || a.name.localeCompare(b.name)).map((r) => r.record);
}


/***/ }),

/***/ 22062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pw: () => (/* binding */ stageLedgerPort),
/* harmony export */   eS: () => (/* binding */ readJobEnvWithStages)
/* harmony export */ });
/* unused harmony exports withLedgerOf, readStageEntries */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_stage_ledger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99423);
/* harmony import */ var _runner_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13302);
/**
 * The stage ledger in RUNNER_TEMP (core/stage-ledger.ts): one file per completed stage, written atomically
 * (temp file + rename), and one per running `run/` step, named by its pid. RUNNER_TEMP is the job's own and
 * emptied between jobs, so nothing here outlives the job.
 */





/** The job's environment with the ledger's completed stages added (only under a runner: RUNNER_TEMP set). */
function withLedgerOf(job) {
    if (!job.runnerTempSet)
        return job;
    return { ...job, recovery: (0,_core_stage_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .withStageLedger */ .ym)(job.recovery, readStageEntries(job.runnerTemp)) };
}
/** The completed stages' entries, oldest first; a missing directory or a corrupt file means none. */
function readStageEntries(runnerTemp) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(runnerTemp, _core_stage_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .STAGES_SUBDIR */ .Cp);
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).filter((n) => n.endsWith('.json'));
    }
    catch {
        // no ledger directory yet: no stage has completed
        return [];
    }
    const entries = [];
    for (const name of names) {
        try {
            const parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name), 'utf8'));
            if ((0,_core_stage_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .isStageEntry */ .tn)(parsed))
                entries.push({ at: Number(parsed.at) || 0, entry: parsed });
        }
        catch {
            // A corrupt entry is skipped: the variables still hold what they hold.
        }
    }
    return entries
        .sort((a, b) => a.at - b.at)
        .map(({ entry }) => ({
        stage: entry.stage,
        ...(entry.ms !== undefined ? { ms: entry.ms } : {}),
        ...(entry.cachePaths ? { cachePaths: entry.cachePaths } : {}),
        ...(entry.checkpoint ? { checkpoint: entry.checkpoint } : {}),
    }));
}
async function writeAtomic(file, value) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, JSON.stringify(value) + '\n');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
}
/** Whether a process lives (a marker left by a killed step names a dead one). */
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** The other running `run/` steps of the job, by their markers; stale markers are skipped. */
async function othersRunning(dir) {
    // no running-markers directory: no other step is running
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir).catch(() => []);
    const others = [];
    for (const name of names.filter((n) => n.endsWith('.json') && n !== `${process.pid}.json`)) {
        const parsed = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name), 'utf8')
            .then((t) => JSON.parse(t))
            // a marker gone or half-written is a step that has ended or not yet begun: skipped
            .catch(() => undefined);
        if ((0,_core_stage_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .isRunningStage */ .sc)(parsed) && parsed.pid !== process.pid && alive(parsed.pid))
            others.push(parsed);
    }
    return others;
}
/** The real ledger of a `run/` step (`step`: its GITHUB_ACTION). */
function stageLedgerPort(env, step) {
    const running = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.runnerTemp, _core_stage_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .RUNNING_SUBDIR */ .i);
    const marker = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(running, `${process.pid}.json`);
    return {
        async enter(stage) {
            // Marked before looking: of two steps starting at once, at least the later sees the earlier.
            await writeAtomic(marker, { stage, step, pid: process.pid });
            return othersRunning(running);
        },
        // best effort: the marker may already be gone, and a stale one is skipped by its pid
        leave: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(marker, { force: true }).catch(() => undefined),
        complete: (entry) => writeAtomic(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.runnerTemp, _core_stage_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .STAGES_SUBDIR */ .Cp, (0,_core_stage_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .stageEntryFile */ .p)(entry.stage)), {
            ...entry,
            at: Date.now(),
        }),
    };
}
/**
 * The job environment for the steps that use its completed stages (run/, checkpoint/, post): those of the
 * job's stage ledger added, since a background stage's GITHUB_ENV arrives late or is overwritten
 * (core/stage-ledger.ts). Other entry points (main above all) and the adapters read no ledger
 * (runner/adapters/job-env.ts `readJobEnv`).
 */
function readJobEnvWithStages() {
    return withLedgerOf((0,_runner_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_3__/* .readJobEnv */ .l)());
}


/***/ }),

/***/ 72133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fe: () => (/* binding */ costBudgetMs),
/* harmony export */   aE: () => (/* binding */ checkpointPays),
/* harmony export */   it: () => (/* binding */ estimateCostMs),
/* harmony export */   sd: () => (/* binding */ workSkipped),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports CHECKPOINT_WHEN, PAYS_FACTOR, ESTIMATE, stagesGained */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72020);
/**
 * Whether a `run/` stage's checkpoint can pay for itself (config `checkpoint.when: pays`, the default). A
 * checkpoint costs every green job; it gains only when a resume starts from it, and then it skips the
 * stages completed before it, less those the job's last checkpoint already lets a resume skip (without this
 * one, a resume starts from that one). So it is taken when that work is at least PAYS_FACTOR times what the
 * checkpoint costs, each timed from this job (the stage ledger, the durations a resumed checkpoint
 * recorded) or, for the cost with no checkpoint of this job timed yet, estimated from the paths' size.
 * Pure: the figures come in, the verdict and its one log line go out.
 */

const CHECKPOINT_WHEN = (/* unused pure expression or super */ null && (['pays', 'always']));
/**
 * Three times the cost: a resume pays the save back once, then its own restore, which measures at
 * 0.9-1.7x the save (bench:checkpoint, issue 67), and a third for the noise of timing on a shared
 * machine. Below that, a lost runner is better served by running the stages again.
 */
const PAYS_FACTOR = 3;
/** What the estimate takes a checkpoint to cost, per byte and per file, with a floor for the store. */
const ESTIMATE = {
    /** Bytes a second of a path packed with tar and zstd -3, which the stage waits for (vercel/ms: ~100 MB/s). */
    packedBytesPerSecond: 100e6,
    /** Bytes a second of a keyed path compared by content with its entry (sha256, about a second a GB). */
    keyedBytesPerSecond: 1e9,
    /** A file's lstat, open and tar header. */
    msPerFile: 0.05,
    /** Loading the engine and the store's round trips, whatever the size. */
    fixedMs: 200,
};
/** The estimated cost of checkpointing paths of this size (see ESTIMATE). */
function estimateCostMs(size) {
    const packed = Math.max(0, size.bytes - size.keyedBytes);
    return (ESTIMATE.fixedMs +
        (packed / ESTIMATE.packedBytesPerSecond) * 1000 +
        (size.keyedBytes / ESTIMATE.keyedBytesPerSecond) * 1000 +
        size.files * ESTIMATE.msPerFile);
}
/**
 * The stages a resume from this checkpoint skips that it would not skip without it: those the job's last
 * checkpoint does not hold, and its own stage (a second step of a name it holds ran after it), else all.
 */
function stagesGained(facts) {
    const { since } = facts;
    if (!since)
        return facts.completed;
    return facts.completed.filter((s) => s === since.stage || !since.holds.includes(s));
}
/** The work this checkpoint lets a resume skip (stagesGained): the timed durations, and those not timed. */
function workSkipped(facts) {
    let ms = 0;
    const untimed = [];
    for (const stage of stagesGained(facts)) {
        const d = facts.durations[stage];
        if (d === undefined || !Number.isFinite(d) || d < 0)
            untimed.push(stage);
        else
            ms += d;
    }
    return { ms, untimed };
}
/** The cost past which a checkpoint cannot pay: a size walk may stop there. */
const costBudgetMs = (skipMs) => skipMs / PAYS_FACTOR;
const seconds = (ms) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
/** `1.0 GB`, `216.6 MB`, `64 KB`, `22 B`. */
function formatBytes(bytes) {
    if (bytes >= 1e9)
        return `${(bytes / 1e9).toFixed(1)} GB`;
    if (bytes >= 1e6)
        return `${(bytes / 1e6).toFixed(1)} MB`;
    if (bytes >= 1e3)
        return `${Math.round(bytes / 1e3)} KB`;
    return `${Math.round(bytes)} B`;
}
function describeCost(cost) {
    if (cost.from === 'measured')
        return `${seconds(cost.ms)} (what the checkpoint before '${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(cost.stage)}' cost this job${cost.bytes !== undefined ? `, ${formatBytes(cost.bytes)}` : ''})`;
    const { size } = cost;
    const keyed = size.keyedBytes > 0 ? `, ${formatBytes(size.keyedBytes)} of it keyed` : '';
    const atLeast = size.partial ? 'at least ' : '';
    return `${atLeast}${seconds(cost.ms)} (estimated from the paths' ${atLeast}${formatBytes(size.bytes)} in ${size.files} files${keyed}: no checkpoint of this job timed yet)`;
}
/** Decides, and says why in one line. `always` takes every checkpoint, as before `pays` existed. */
function checkpointPays(facts, when = 'pays') {
    const head = `ci-recovery: checkpoint before stage '${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(facts.stage)}'`;
    const { ms: skipMs, untimed } = workSkipped(facts);
    const gained = stagesGained(facts);
    const timed = gained
        .filter((s) => !untimed.includes(s))
        .slice(0, 10)
        .map((s) => `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(s)} ${seconds(facts.durations[s])}`);
    // Said only when it leaves stages out: the earlier checkpoint already skips those.
    const beyond = gained.length < facts.completed.length
        ? ` more than the checkpoint before '${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(facts.since.stage)}' does`
        : '';
    const skips = `a resume from it skips ${seconds(skipMs)} of work${beyond}${timed.length ? ` (${timed.join(', ')})` : ''}`;
    if (when === 'always')
        return { take: true, skipMs, line: `${head} taken: checkpoint.when is 'always'.` };
    if (facts.completed.length === 0)
        return {
            take: false,
            skipMs,
            line: `${head} skipped: no stage completed before it, so a resume from it would skip no work.`,
        };
    if (untimed.length > 0)
        return {
            take: true,
            skipMs,
            line: `${head} taken: stage(s) ${untimed
                .slice(0, 10)
                .map((s) => `'${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(s)}'`)
                .join(', ')} not timed, so whether it pays cannot be told; ${skips}.`,
        };
    if (!facts.cost || (facts.cost.from === 'estimate' && facts.cost.size.unknown))
        return {
            take: true,
            skipMs,
            line: `${head} taken: its cost is not known${facts.cost?.from === 'estimate' ? ` (${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(facts.cost.size.unknown)})` : ''}; ${skips}.`,
        };
    const ratio = skipMs / Math.max(1, facts.cost.ms);
    if (facts.cost.from === 'estimate' && facts.cost.size.capped && ratio >= PAYS_FACTOR)
        return {
            take: true,
            skipMs,
            line: `${head} taken: ${skips}, and its cost is ${describeCost(facts.cost)}; the walk stops at ${facts.cost.size.files} files, so whether it pays cannot be told.`,
        };
    const take = ratio >= PAYS_FACTOR;
    const verdict = `${take ? 'taken' : 'skipped'}: ${skips}, ${ratio.toFixed(1)}x its cost of ${describeCost(facts.cost)}; taken from ${PAYS_FACTOR}x (checkpoint.when: always takes every one)`;
    return { take, skipMs, line: `${head} ${verdict}.` };
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
    if (type === 'network' && input.retryable === false) {
        return {
            strategy: 'manual',
            rule: 'network-not-transient',
            reason: 'the network failure is one a retry meets again (a certificate the client refused: a CA the runner lacks, an intercepting proxy, an expired certificate)',
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
    if (type === 'resource' && input.retryable === false) {
        return {
            strategy: 'manual',
            rule: 'resource-not-transient',
            reason: "the limit is the job's own (a ulimit it set, its container's settings), not the machine's: a retry would hit it alike",
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

/***/ 6713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OU: () => (/* binding */ TESTS_RECOVERED),
/* harmony export */   VZ: () => (/* binding */ attemptRecovered),
/* harmony export */   gs: () => (/* binding */ saysRecovered),
/* harmony export */   iz: () => (/* binding */ RECOVERED_MARK)
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
/** What every line saysRecovered accepts holds: the CLI decodes no other line to ask it. */
const RECOVERED_MARK = 'ci-recovery: ';
const ATTEMPT_RECOVERED = /ci-recovery: stage '.*' passed on attempt \d+, after \d+ failed: the step passes/;
/** Does this log line say run/ turned its step green? (Annotations show it after `::notice::` or `##[notice]`.) */
function saysRecovered(line) {
    return line.includes(TESTS_RECOVERED) || ATTEMPT_RECOVERED.test(line);
}


/***/ }),

/***/ 71261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ runStepRecord),
/* harmony export */   B$: () => (/* binding */ parseRetryOnExitCodes),
/* harmony export */   D4: () => (/* binding */ parseRetryOn),
/* harmony export */   ES: () => (/* binding */ SKIPPED_OUTPUTS),
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   Gx: () => (/* binding */ minutes),
/* harmony export */   H$: () => (/* binding */ workingDirectoryMissing),
/* harmony export */   Np: () => (/* binding */ stoppedAttempt),
/* harmony export */   TN: () => (/* binding */ retryOnLists),
/* harmony export */   ZN: () => (/* binding */ stageDurationsWith),
/* harmony export */   eJ: () => (/* reexport safe */ _shell_command_js__WEBPACK_IMPORTED_MODULE_2__.eJ),
/* harmony export */   gq: () => (/* binding */ succeeded),
/* harmony export */   q$: () => (/* binding */ shellCommand),
/* harmony export */   sr: () => (/* binding */ defaultStage),
/* harmony export */   tH: () => (/* binding */ stepOutputs),
/* harmony export */   ux: () => (/* binding */ concludeStep),
/* harmony export */   yr: () => (/* binding */ errorLocation),
/* harmony export */   zz: () => (/* binding */ commandEnv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _skip_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75772);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73054);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72020);
/* harmony import */ var _shell_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82565);





/** `retry-on`: failure types, `any` or `error`, case-insensitive. */
function parseRetryOn(values) {
    const types = values.map((t) => t.toLowerCase());
    for (const t of types) {
        if (t !== 'any' && t !== 'error' && !_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FAILURE_TYPES */ .fs.includes(t)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input 'retry-on' has '${t}': write 'any', 'error' (every failure but a timeout) or failure types from ${_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FAILURE_TYPES */ .fs.join(', ')}, comma- or newline-separated.`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input 'retry-on-exit-code' has '${code}': write exit codes from 1 to 255 (e.g. '1, 75'), comma- or newline-separated.`);
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
    const { program, args } = (0,_shell_command_js__WEBPACK_IMPORTED_MODULE_2__/* .shellInvocation */ .h5)(shell, script);
    return { file: program, args };
}
/** The error for a `working-directory` that is not a directory: spawn would blame the shell. */
function workingDirectoryMissing(input, resolved) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input 'working-directory': '${input}' (${resolved}) does not exist or is not a directory; ` +
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
        evidence: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(classification?.evidence?.text ?? ''),
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
    if (result.decision && (0,_skip_js__WEBPACK_IMPORTED_MODULE_4__/* .skipsFailure */ .He)(result)) {
        // The policy lets this failure pass (`strategy: skip`): the job goes on; post shows what was skipped.
        return {
            ...verdict,
            failure: {
                level: 'warning',
                message: (0,_skip_js__WEBPACK_IMPORTED_MODULE_4__/* .skippedMessage */ .aR)(message, result.decision),
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
    const evidence = c?.evidence
        ? ` Evidence, ${c.evidence.line > 0 ? `line ${c.evidence.line} of its output` : (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .evidencePlace */ .ZV)(c.evidence)}: ${c.evidence.text}`
        : '';
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
        ...(result.checkpointMs !== undefined ? { checkpointMs: result.checkpointMs } : {}),
        ...(result.checkpointBytes !== undefined ? { checkpointBytes: result.checkpointBytes } : {}),
        ...(result.tests ? { tests: result.tests } : {}),
        outputs: result.outputs,
    };
}


/***/ }),

/***/ 82565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aq: () => (/* binding */ scriptContents),
/* harmony export */   dv: () => (/* binding */ scriptExtension),
/* harmony export */   eJ: () => (/* binding */ shellNotFound),
/* harmony export */   h5: () => (/* binding */ shellInvocation),
/* harmony export */   sl: () => (/* binding */ spawnArguments)
/* harmony export */ });
/* unused harmony exports shellProgram, parseArguments, windowsCommandLine */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input 'shell' is '${shell}': the runner formats it with the script path as the only argument, so '${c}' must be '{0}' or doubled ('${c}${c}').`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input 'shell' is empty: write ${SHELL_NAMES}, or a template with {0}.`);
    // ScriptHandler.cs lines 243-246: a format without {0} is refused.
    if (!format.includes('{0}'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input 'shell' is '${shell}': write ${SHELL_NAMES}, or a command template with {0} for the script path (e.g. 'perl {0}').`);
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input 'shell': '${file}' was not found on this runner; install it or pick another shell (bash, sh, python, node, pwsh).`);
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

/***/ 99423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cp: () => (/* binding */ STAGES_SUBDIR),
/* harmony export */   DD: () => (/* binding */ skipsAsRestored),
/* harmony export */   Gp: () => (/* binding */ concurrentCheckpointNote),
/* harmony export */   b_: () => (/* binding */ repeatedStageNote),
/* harmony export */   i: () => (/* binding */ RUNNING_SUBDIR),
/* harmony export */   p: () => (/* binding */ stageEntryFile),
/* harmony export */   sc: () => (/* binding */ isRunningStage),
/* harmony export */   tn: () => (/* binding */ isStageEntry),
/* harmony export */   ym: () => (/* binding */ withStageLedger)
/* harmony export */ });
/* unused harmony export isCheckpointPaid */
/* harmony import */ var _state_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80095);
/**
 * A job's stage ledger, for `run/` stages that run at once (background steps, GA 2026-06-25). A background
 * step's GITHUB_ENV reaches later steps only at its `wait`, and each step exports the completed stages it
 * saw when it started plus its own: when two stages overlap, the later flush overwrites the earlier and a
 * completed stage is lost (docs/runner-model.md, "Background steps"). So each stage that completes also
 * leaves one file of its own in RUNNER_TEMP, and every step reads the union. And a stage that starts while
 * another runs takes no checkpoint: the other's half-written files would be in it.
 */

/** `$RUNNER_TEMP/ci-recovery/stages/`: one JSON file per completed stage. */
const STAGES_SUBDIR = 'ci-recovery/stages';
/** `$RUNNER_TEMP/ci-recovery/running/`: one JSON file per `run/` step running now, named by its pid. */
const RUNNING_SUBDIR = 'ci-recovery/running';
const isStringArray = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string');
/** Narrows a ledger file's JSON; anything malformed is dropped, never trusted. */
function isStageEntry(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    return (typeof v.stage === 'string' &&
        (0,_state_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStages */ .lj)(v.stage).length === 1 &&
        (v.ms === undefined || (typeof v.ms === 'number' && Number.isFinite(v.ms) && v.ms >= 0)) &&
        (v.cachePaths === undefined || isStringArray(v.cachePaths)) &&
        (v.checkpoint === undefined || isCheckpointPaid(v.checkpoint)));
}
const isCount = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
function isCheckpointPaid(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    return (typeof v.stage === 'string' &&
        (0,_state_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStages */ .lj)(v.stage).length === 1 &&
        isCount(v.ms) &&
        (v.bytes === undefined || isCount(v.bytes)) &&
        (v.holds === undefined || isStringArray(v.holds)));
}
function isRunningStage(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    return typeof v.stage === 'string' && typeof v.step === 'string' && Number.isSafeInteger(v.pid);
}
/** A file name for a stage's entry: one per stage, so a stage run twice keeps its latest. */
function stageEntryFile(stage) {
    const hex = Array.from(new TextEncoder().encode(stage), (b) => b.toString(16).padStart(2, '0'));
    return `${hex.join('').slice(0, 200)}.json`;
}
/**
 * The job's variables with the ledger's stages added (entries oldest first; the ledger's figures win). Every
 * entry was written by a step of this job, so of this attempt: its stage is one this attempt has taken.
 */
function withStageLedger(recovery, entries) {
    if (entries.length === 0)
        return recovery;
    const stages = [...recovery.completedStages];
    const attemptStages = [...recovery.attemptStages];
    const stageDurations = { ...recovery.stageDurations };
    const cachePaths = { ...recovery.cachePaths };
    const checkpointsPaid = [...(recovery.checkpointsPaid ?? [])];
    for (const e of entries) {
        if (e.checkpoint)
            checkpointsPaid.push(e.checkpoint);
        if (!stages.includes(e.stage))
            stages.push(e.stage);
        if (!attemptStages.includes(e.stage))
            attemptStages.push(e.stage);
        if (e.ms !== undefined)
            stageDurations[e.stage] = e.ms;
        if (e.cachePaths?.length)
            cachePaths[e.stage] = e.cachePaths;
    }
    return {
        ...recovery,
        completedStages: stages,
        attemptStages,
        stageDurations,
        cachePaths,
        ...(checkpointsPaid.length ? { checkpointsPaid } : {}),
    };
}
/**
 * Whether a `run/` step of `stage` stands on an earlier attempt's work and is skipped: main restored the
 * stage (`restored`, those still in the workspace), and no step of this attempt has taken it yet. A second
 * step of the same name runs: the stage completed in this attempt is the first step's work, not its own
 * (two `npm test` steps in two directories have one default stage name).
 */
function skipsAsRestored(stage, restored, recovery) {
    return restored.includes(stage) && !recovery.attemptStages.includes(stage);
}
/** The notice of a step whose stage an earlier step of this attempt already took. */
function repeatedStageNote(stage) {
    return `Stage '${stage}' was already run by an earlier step of this job: this step runs too, and a resume skips only the first step of that name. Give each step its own \`stage:\`.`;
}
/** The one line a stage that starts beside others says instead of its checkpoint. */
function concurrentCheckpointNote(stage, others) {
    const names = others.map((o) => `'${o.stage}' (step ${o.step})`).join(', ');
    return (`ci-recovery: no checkpoint before stage '${stage}': stage ${names} is running at the same time ` +
        `(a background step), and a checkpoint now could hold its half-written files. The job's next checkpoint ` +
        `is taken when no other stage runs.`);
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


/***/ }),

/***/ 42927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ runnerPort),
/* harmony export */   hB: () => (/* binding */ runnerLogger)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64984);


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

/***/ 21119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ onPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/** Finding a program on PATH as spawn (execvp) does, without starting it. */


/** Whether a directory of `searchPath` (PATH's form) holds an executable regular file named `program`. */
function onPath(program, searchPath) {
    return (searchPath ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter)).some((dir) => {
        if (dir === '')
            return false;
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, program);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile();
        }
        catch {
            // not there, or not executable by us: spawn would not run it either
            return false;
        }
    });
}


/***/ }),

/***/ 17939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ openSocketPair)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/**
 * Two connected UNIX stream sockets, one for us and one to hand to a child as its stdout (and stderr): Node
 * makes no `socketpair()` or `pipe()` of its own. The pair is made through a listening socket in a fresh
 * directory only this user may enter (mkdtemp, 0700), closed and removed as soon as the pair is connected.
 * Our end sends a random token first, and the child's end is the connection that carries it: another
 * process of this user that connects first is closed, not handed to the child (which would then write our
 * command's output, or a checkpoint's decompressed content, to it).
 */




/** The longest UNIX socket address Linux takes (108 bytes with the closing NUL). */
const MAX_SOCKET_PATH = 107;
/** How long the pair may take to connect before the caller falls back (to pipes, a FIFO). */
const CONNECT_MS = 2000;
const TOKEN_BYTES = 16;
/** The first `size` bytes `conn` sends (undefined if it ends or fails first). */
function firstBytes(conn, size) {
    return new Promise((resolve) => {
        const read = () => {
            const bytes = conn.read(size);
            if (bytes === null)
                return;
            conn.off('readable', read);
            resolve(bytes);
        };
        conn.on('readable', read);
        conn.once('close', () => resolve(undefined));
        conn.once('error', () => resolve(undefined));
    });
}
/**
 * Resolves with the first connection that sends `token`; the others are closed, and `others` holds the ones
 * not (yet) known to be ours, for the caller to close.
 */
function ownConnection(server, token, others) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the socket pair did not connect')), CONNECT_MS);
        server.on('connection', (conn) => {
            others.add(conn);
            void firstBytes(conn, token.length).then((bytes) => {
                if (bytes?.length === token.length && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(bytes, token)) {
                    others.delete(conn);
                    clearTimeout(timer);
                    resolve(conn);
                }
                else
                    conn.destroy();
            });
        });
        server.once('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
    });
}
/**
 * A connected pair in a private directory under `tempDir`. Rejects where one cannot be made (a temp path
 * too long for a socket's address, no listen, no connection in time): the caller falls back.
 * `beforeConnect` (tests) runs once the socket listens, before our end connects.
 */
async function openSocketPair(tempDir, onread, beforeConnect) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tempDir, 'ci-recovery-out-'));
    const server = node_net__WEBPACK_IMPORTED_MODULE_2___default().createServer({ pauseOnConnect: true });
    const others = new Set();
    let ours;
    try {
        const address = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 's');
        // Node 20 cuts a longer address to fit, and would make the socket outside the private directory.
        if (Buffer.byteLength(address) > MAX_SOCKET_PATH)
            throw new Error(`too long for a socket: ${address}`);
        const token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(TOKEN_BYTES);
        const accepted = ownConnection(server, token, others);
        // A failed listen rejects this too, before it is awaited: left unhandled, that would end the process.
        accepted.catch(() => undefined);
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(address, resolve);
        });
        await beforeConnect?.(address);
        const client = node_net__WEBPACK_IMPORTED_MODULE_2___default().connect(onread ? { path: address, onread } : { path: address });
        ours = client;
        await new Promise((resolve, reject) => {
            client.once('connect', resolve);
            client.once('error', reject);
        });
        client.write(token);
        const childEnd = await accepted;
        return { ours: client, childEnd };
    }
    catch (error) {
        ours?.destroy();
        throw error;
    }
    finally {
        for (const conn of others)
            conn.destroy();
        server.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ })

};
