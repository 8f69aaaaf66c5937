export const id = 99;
export const ids = [99];
export const modules = {

/***/ 49099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

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
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/types.ts
var core_types = __webpack_require__(73054);
;// CONCATENATED MODULE: ./src/core/run-step.ts


/** Why run/ steps aside on Windows: said once per step, in a warning. */
const WINDOWS_STEP_ASIDE = "ci-recovery run: on Windows the command runs once, like a plain 'run:' step, without retries or a time limit: killing a command's whole process tree needs POSIX process groups, which Windows does not have. Use the step's own timeout-minutes there.";
// ---- inputs ----
/** `retry-on`: failure types or `any`, case-insensitive. */
function parseRetryOn(values) {
    const types = values.map((t) => t.toLowerCase());
    for (const t of types) {
        if (t !== 'any' && !core_types/* FAILURE_TYPES */.fs.includes(t)) {
            throw new errors/* UserError */.yo(`Input 'retry-on' has '${t}': write failure types from ${core_types/* FAILURE_TYPES */.fs.join(', ')} (or 'any'), comma- or newline-separated.`);
        }
    }
    return types;
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
/** The error for a shell whose program is not on the runner. */
function shellNotFound(file) {
    return new errors/* UserError */.yo(`Input 'shell': '${file}' was not found on this runner; install it or pick another shell (bash, sh, python, node, pwsh).`);
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
function stoppedAttempt(end, stage, limitMinutes) {
    if (end.aborted) {
        const text = `ci-recovery: '${stage}' was cancelled; its process tree was killed`;
        const evidence = { line: 1, text };
        return { type: 'cancelled', confidence: 'high', retryable: false, rule: 'run:cancelled', evidence };
    }
    if (!end.timedOut)
        return undefined;
    const text = `ci-recovery: '${stage}' hit its time limit of ${minutes(limitMinutes)}; its process tree was killed`;
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
 * environment (so a timeout can kill the whole tree: grandchildren, and daemons that left the group with
 * setsid), with output streamed live and the tail kept in a bounded buffer for classification. On
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
        // "pid (comm) state ppid pgrp ...": comm may contain spaces and parentheses.
        const close = stat.lastIndexOf(')');
        const fields = stat.slice(close + 2).split(' ');
        stats.push({
            pid: Number(entry),
            command: stat.slice(stat.indexOf('(') + 1, close),
            state: fields[0] ?? '',
            ppid: Number(fields[1]),
            pgrp: Number(fields[2]),
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
 * Live processes of a command's tree, from /proc: its process group, every process carrying its cookie,
 * and the descendants of those (a daemon may clear its environment, not its parentage while its parent
 * lives). Undefined where /proc is not available.
 */
function treeMembers(pgid, cookie) {
    const live = readProc()?.filter((p) => isLive(p) && p.pid !== process.pid);
    if (!live)
        return undefined;
    const members = new Map(live
        .filter((p) => p.pgrp === pgid || (cookie !== undefined && carriesCookie(p.pid, cookie)))
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
    return [...members.values()].map(({ pid, command }) => ({ pid, command }));
}
/** Live (non-zombie) processes of a process group; undefined where /proc is not available. */
function groupMembers(pgid) {
    return readProc()
        ?.filter((p) => isLive(p) && p.pgrp === pgid)
        .map((p) => p.pid);
}
/** Is any process of the tree still running? */
function treeAlive(pgid, cookie) {
    const members = treeMembers(pgid, cookie);
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
function signalTree(pgid, signal, cookie) {
    const send = (pid) => {
        try {
            process.kill(pid, signal);
        }
        catch {
            // ESRCH: already gone; EPERM: not ours to kill (it is reported if it stays).
        }
    };
    send(-pgid);
    for (const { pid } of treeMembers(pgid, cookie) ?? [])
        send(pid);
}
/**
 * SIGTERM the tree, wait up to `graceMs` for it to go, then SIGKILL what is left. Resolves when none is
 * left, or with the processes that outlived SIGKILL by 5 s (not ours to kill, or stuck in the kernel).
 */
async function killTree(pgid, graceMs, cookie) {
    signalTree(pgid, 'SIGTERM', cookie);
    const deadline = Date.now() + graceMs;
    while (treeAlive(pgid, cookie) && Date.now() < deadline)
        await (0,external_node_timers_promises_.setTimeout)(50);
    if (!treeAlive(pgid, cookie))
        return [];
    const hardDeadline = Date.now() + 5000;
    do {
        // Again each round: a process forked between two rounds is caught by the next.
        signalTree(pgid, 'SIGKILL', cookie);
        await (0,external_node_timers_promises_.setTimeout)(20);
    } while (treeAlive(pgid, cookie) && Date.now() < hardDeadline);
    return treeMembers(pgid, cookie) ?? (treeAlive(pgid) ? [{ pid: pgid, command: '(process group)' }] : []);
}
/**
 * Passes the child's output on as it arrives and keeps its tail. Returns the pipes not read until our
 * own output drains: with the default sink, a lagging reader of our output holds the command's writes.
 */
function pipeOutput(child, tail, onOutput) {
    const waiting = new Set();
    const onData = (stream) => (chunk) => {
        tail.push(chunk);
        if (onOutput)
            return onOutput(chunk, stream);
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
function watchLimits(child, options, cookie) {
    const { timeoutMs, killGraceMs = 5000, abortSignal } = options;
    const limits = { timedOut: false, aborted: false, release: () => undefined };
    const kill = () => {
        if (child.pid !== undefined && !limits.killing)
            limits.killing = killTree(child.pid, killGraceMs, cookie);
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
function runProcess(options) {
    const started = Date.now();
    const tail = new TailBuffer(options.maxBufferBytes ?? 2 * 1024 * 1024);
    return new Promise((resolve, reject) => {
        // detached: the child leads a new process group (setsid), so -pid reaches what stays in it; the
        // cookie reaches what leaves it.
        const cookie = (0,external_node_crypto_.randomUUID)();
        const child = (0,external_node_child_process_.spawn)(options.file, options.args, {
            cwd: options.cwd,
            env: { ...(options.env ?? process.env), [PROCESS_COOKIE_ENV]: cookie },
            // On Windows, detached means a new console, and no group to signal: run/ steps aside there.
            detached: process.platform !== 'win32',
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const waiting = pipeOutput(child, tail, options.onOutput);
        const limits = watchLimits(child, options, cookie);
        let settled = false;
        const finish = (exitCode, signal) => {
            if (settled)
                return;
            settled = true;
            limits.release();
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
            await (0,promises_.writeFile)(script, spec.script);
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
                // The attempts themselves are cancelled with the step and keep a bounded tail for the classifier.
                ...(spec.fileCommands && options.maxBufferBytes !== undefined
                    ? { maxBufferBytes: options.maxBufferBytes }
                    : {}),
                ...(spec.fileCommands && options.abortSignal ? { abortSignal: options.abortSignal } : {}),
            });
            if (!files)
                return commandRun(result);
            const read = (f) => (0,promises_.readFile)(f, 'utf8').catch(() => '');
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
    const { config, token, logger, job: env } = options;
    return {
        async save(stage, paths) {
            const { checkpointRunner, checkpointStage, jobContext, openJobStore } = await Promise.all(/* import() */[__webpack_require__.e(724), __webpack_require__.e(745), __webpack_require__.e(301)]).then(__webpack_require__.bind(__webpack_require__, 97682));
            const job = jobContext(env);
            const store = await openJobStore(config.checkpoint.store, job, token, config.checkpoint.retentionDays);
            const { manifest } = await checkpointStage({
                store,
                ctx: job,
                stage,
                paths,
                logger,
                runner: checkpointRunner(env, logger),
            });
            return manifest.id;
        },
        async stillComplete(stages) {
            const { stagesStillComplete } = await Promise.all(/* import() */[__webpack_require__.e(724), __webpack_require__.e(745), __webpack_require__.e(301)]).then(__webpack_require__.bind(__webpack_require__, 97682));
            return stagesStillComplete(stages, env, logger);
        },
    };
}
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/** Every real port of the phase. */
function runPorts(settings, job, config, runner, abortSignal) {
    return {
        runner,
        process: processPort({ tempDir: external_node_path_default().join(job.runnerTemp, 'ci-recovery'), abortSignal }),
        checkpoint: stageCheckpointPort({ config, token: settings.token, logger: runner.log, job }),
        records: (0,records/* recordsPort */.ez)(job),
        // The classifier (rules, report parsers) loads only when something failed.
        classify: async (signals) => (await Promise.all(/* import() */[__webpack_require__.e(143), __webpack_require__.e(930)]).then(__webpack_require__.bind(__webpack_require__, 67930))).classify(signals),
        clock: systemClock,
    };
}

// EXTERNAL MODULE: ./src/core/event.ts
var core_event = __webpack_require__(67667);
;// CONCATENATED MODULE: ./src/core/file-commands.ts
/**
 * The runner's grammar of the key-value file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE):
 * `NAME=VALUE` lines, or `NAME<<DELIMITER` ... `DELIMITER` heredocs, whichever of `=` and `<<` comes
 * first. A malformed file raises the runner's own messages. One parser, for the `run/` step and the stand.
 */
class FileCommandError extends Error {
    name = 'FileCommandError';
}
/** Reads `text` line by line, remembering where each line started and how long its newline was. */
function lineReader(text) {
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
        const crlf = newline > start && text[newline - 1] === '\r';
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
        previousNewline = next.newlineLength;
    }
    throw new FileCommandError(`Invalid value. Matching delimiter not found '${delimiter}'`);
}
/** Parses a key-value file command the way the runner does; later values win. Throws FileCommandError. */
function parseKeyValueFile(text) {
    const result = {};
    const lines = lineReader(text);
    for (let current = lines.next(); current; current = lines.next()) {
        const { line } = current;
        if (line === '')
            continue;
        const equals = line.indexOf('=');
        const heredoc = line.indexOf('<<');
        if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
            const key = line.slice(0, equals);
            if (key === '')
                throw new FileCommandError(`Invalid format '${line}'. Name must not be empty`);
            result[key] = line.slice(equals + 1);
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
/** A GITHUB_PATH file: one directory a line, blank lines skipped. */
function parsePathFile(text) {
    return text
        .split('\n')
        .map((l) => l.replace(/\r$/, ''))
        .filter((l) => l.trim() !== '');
}
/** The runner's message for a malformed file command, naming it ('output', 'env', 'save-state'). */
function fileCommandFailure(command, error) {
    return new FileCommandError(`Unable to process file command '${command}' successfully. ${error.message}`);
}

// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(32721);
;// CONCATENATED MODULE: ./src/core/run-retry.ts

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
 * The step's plan. On Windows (`windows`) the command runs once without a time limit: a half-killed tree
 * is worse than the runner's own limit.
 */
function planStep(settings, config, lane, windows) {
    const merged = stepConfig(config, lane, settings);
    const budget = merged.budgets[lane];
    const checkpointPaths = settings.checkpointPaths.length > 0
        ? settings.checkpointPaths
        : budget.checkpoint
            ? merged.checkpoint.paths
            : [];
    return {
        config: merged,
        budget,
        attemptTimeoutMs: windows ? Infinity : budget.timeoutMinutes * 60_000,
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
 * then `retry-on` and `retry-on-exit-code` over the in-step retry.
 */
function decideAttempt(failed, settings, plan, jobConfig) {
    const input = {
        type: failed.type,
        lane: failed.lane,
        branchKind: failed.branchKind,
        attempt: failed.attempt,
        runAttempt: failed.runAttempt,
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
    if (settings.retryOn.length > 0) {
        const listed = settings.retryOn.includes('any') || settings.retryOn.includes(failed.type);
        decision = applyListed(decision, listed, 'retry-on', `'${failed.type}'`, failed.attempt, max);
    }
    if (settings.retryOnExitCodes.length > 0) {
        const listed = settings.retryOnExitCodes.includes(failed.exitCode);
        const what = `exit code ${failed.exitCode}`;
        decision = applyListed(decision, listed, 'retry-on-exit-code', what, failed.attempt, max);
    }
    return decision;
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
    const completed = await stillCompleted(settings.stage, job, ports);
    const result = await runStep(settings, job, ctx, ports, completed);
    await applyResult(settings, job, result, ports);
    return result;
}
/** Stages done earlier; one restored by main counts only while its files are still in the workspace. */
async function stillCompleted(stage, job, ports) {
    const stages = job.recovery.completedStages;
    return stages.includes(stage) ? ports.checkpoint.stillComplete(stages) : stages;
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
    const checkpointId = await checkpointFirst(settings, plan, ports);
    const loop = new AttemptLoop(settings, job, ctx, ports, plan, started);
    try {
        await loop.run();
    }
    finally {
        await ports.process.cleanup().catch(() => undefined);
    }
    return loop.result(startedAt, checkpointId);
}
async function checkpointFirst(settings, plan, ports) {
    if (plan.checkpointPaths.length === 0)
        return undefined;
    const { log } = ports.runner;
    try {
        const id = await ports.checkpoint.save(settings.stage, plan.checkpointPaths);
        if (id)
            log.info(`ci-recovery: checkpoint ${id} saved before stage '${settings.stage}'`);
        return id;
    }
    catch (error) {
        log.warning(`ci-recovery: no checkpoint before stage '${settings.stage}': ${(0,errors/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
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
            record.classification = this.classification = await this.classify(run, attempt, limitMs / 60_000);
            if (!this.decide(run, attempt))
                break;
        }
    }
    /** The wait and the on-retry command before attempt `attempt`; false when the step's time is up. */
    async betweenAttempts(attempt) {
        const { log } = this.ports.runner;
        const wait = retryWaitMs(this.decision, attempt, this.timeLeft());
        if (wait > 0) {
            log.info(`Waiting ${wait / 1000} s before attempt ${attempt}.`);
            await this.ports.clock.sleep(wait);
        }
        if (this.settings.onRetry.trim())
            await this.onRetry(attemptLimitMs(this.plan, this.timeLeft()));
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
        const limit = Number.isFinite(limitMs) ? `time limit ${minutes(limitMs / 60_000)}` : 'no time limit';
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
            if (error.code === 'ENOENT')
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
    async classify(run, attempt, limitMinutes) {
        const { settings, ports } = this;
        const stopped = stoppedAttempt(run, settings.stage, limitMinutes);
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
        });
    }
    /** Decides after failed attempt `attempt`, says so, and answers whether to try again. */
    decide(run, attempt) {
        const { settings, ctx, ports } = this;
        const { log } = ports.runner;
        const c = this.classification;
        const exitCode = exitCodeOf(run);
        const failed = { type: c.type, exitCode, attempt, lane: ctx.lane, branchKind: ctx.branchKind };
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
            return { commandOutputs: parseKeyValueFile(output), commandEnv: env, commandPath: paths };
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
    if (verdict.completedStages !== undefined)
        runner.exportVariable(state_keys/* COMPLETED_STAGES_ENV */.Q3, verdict.completedStages);
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
        const config = await (0,config_file/* effectiveConfig */.k)(job);
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
const DETERMINISTIC_TYPES = (/* unused pure expression or super */ null && ([
    'test',
    'build',
    'quality-gate',
    'config',
    'dependency',
]));
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
    return transientVerdict(input, budget) ?? deterministicVerdict(input);
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
        if (input.confidence === 'low') {
            return {
                strategy: 'retry',
                rule: 'transient-unsure-retry-once',
                reason: `the output only hints at a ${type} failure (low confidence): retry once, not the whole budget`,
                attemptCap: 2,
            };
        }
        return {
            strategy: 'retry',
            rule: 'transient-retry',
            reason: `${type} failures are transient: retry up to the ${lane} budget of ${budget.maxAttempts} attempts`,
        };
    }
    if (type === 'resource') {
        return {
            strategy: 'retry',
            rule: 'resource-retry-once',
            reason: 'memory or disk ran out: retry once, in case the machine was the cause',
            attemptCap: 2,
        };
    }
    if (type === 'timeout') {
        return lane === 'HEAVY'
            ? {
                strategy: 'resume',
                rule: 'timeout-heavy-resume',
                reason: 'a HEAVY job hit its time limit: re-run from the last checkpoint instead of starting over',
            }
            : {
                strategy: 'retry',
                rule: 'timeout-retry-once',
                reason: `a time limit was hit in a ${lane} job: retry once`,
                attemptCap: 2,
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
    const base = { maxAttempts, backoffSeconds: budget.backoffSeconds, timeoutMinutes: budget.timeoutMinutes };
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
