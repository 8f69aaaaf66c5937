export const id = 101;
export const ids = [101];
export const modules = {

/***/ 99101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/config-file.ts
var config_file = __webpack_require__(52317);
// EXTERNAL MODULE: ./src/adapters/event.ts
var adapters_event = __webpack_require__(67090);
// EXTERNAL MODULE: ./src/adapters/inputs.ts
var inputs = __webpack_require__(54653);
// EXTERNAL MODULE: ./src/adapters/logger.ts
var adapters_logger = __webpack_require__(37200);
// EXTERNAL MODULE: ./src/adapters/runner.ts
var runner = __webpack_require__(93038);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(37406);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(83579);
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
function runProcess(options) {
    const { timeoutMs, killGraceMs = 5000, maxBufferBytes = 2 * 1024 * 1024, onOutput } = options;
    const started = Date.now();
    const tail = new TailBuffer(maxBufferBytes);
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
        let timedOut = false;
        let killing;
        let settled = false;
        /** Pipes not read until our own output drains. */
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
        let aborted = false;
        const kill = () => {
            if (child.pid !== undefined && !killing)
                killing = killTree(child.pid, killGraceMs, cookie);
        };
        const timer = timeoutMs !== undefined
            ? setTimeout(() => {
                timedOut = true;
                kill();
            }, timeoutMs)
            : undefined;
        const onAbort = () => {
            aborted = true;
            kill();
        };
        if (options.abortSignal?.aborted)
            onAbort();
        else
            options.abortSignal?.addEventListener('abort', onAbort, { once: true });
        const finish = (exitCode, signal) => {
            if (settled)
                return;
            settled = true;
            if (timer)
                clearTimeout(timer);
            options.abortSignal?.removeEventListener('abort', onAbort);
            const result = {
                timedOut,
                aborted,
                output: tail.text(),
                truncated: tail.truncated,
                pid: child.pid ?? -1,
                durationMs: Date.now() - started,
                ...(exitCode !== null ? { exitCode } : {}),
                ...(signal !== null ? { signal } : {}),
            };
            // After a timeout, resolve only once no process of the tree is left (or with those that are).
            void (killing ?? Promise.resolve([])).then((survivors) => resolve(survivors.length > 0 ? { ...result, survivors } : result));
        };
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            options.abortSignal?.removeEventListener('abort', onAbort);
            settled = true;
            reject(error);
        });
        child.on('exit', (exitCode, signal) => {
            // A background process left by the command may hold the pipes open: don't wait on it for long.
            // Output we have not passed on yet (our reader lags) is the command's last words: wait for it.
            const giveUp = () => {
                if (waiting.size > 0) {
                    drain = setTimeout(giveUp, 500);
                    return;
                }
                child.stdout.destroy();
                child.stderr.destroy();
                finish(exitCode, signal);
            };
            let drain = setTimeout(giveUp, 500);
            child.once('close', () => {
                clearTimeout(drain);
                finish(exitCode, signal);
            });
        });
    });
}

// EXTERNAL MODULE: ./src/adapters/records.ts + 1 modules
var records = __webpack_require__(19858);
// EXTERNAL MODULE: ./src/core/state-keys.ts
var state_keys = __webpack_require__(95909);
;// CONCATENATED MODULE: ./src/adapters/run-step.ts
/**
 * The work of the `run/` sub-action: runs a risky command like a `run:` step, but knows why it failed. Per attempt:
 * its own GITHUB_OUTPUT/ENV/PATH files, live output plus a bounded tail, a timeout that kills the whole
 * process tree; on failure it classifies the output, asks the policy, and retries in-step when the policy
 * (or `retry-on`) and the budget allow. Skips itself when its stage completed in an earlier attempt.
 */










/** Why run/ steps aside on Windows: said once per step, in a warning. */
const WINDOWS_STEP_ASIDE = "ci-recovery run: on Windows the command runs once, like a plain 'run:' step, without retries or a time limit: killing a command's whole process tree needs POSIX process groups, which Windows does not have. Use the step's own timeout-minutes there.";
// ---- pure helpers ----
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
 * Parses a GITHUB_OUTPUT/GITHUB_ENV file (`NAME=VALUE` or `NAME<<DELIM` ... `DELIM`) the way the runner
 * does; later values win.
 */
function parseFileCommands(text) {
    const values = {};
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.trim() === '')
            continue;
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        const eq = line.indexOf('=');
        if (heredoc && (eq === -1 || line.indexOf('<<') < eq)) {
            const [, name, delimiter] = heredoc;
            const body = [];
            let closed = false;
            for (i++; i < lines.length; i++) {
                if (lines[i] === delimiter) {
                    closed = true;
                    break;
                }
                body.push(lines[i]);
            }
            if (closed)
                values[name] = body.join('\n');
        }
        else if (eq > 0) {
            values[line.slice(0, eq)] = line.slice(eq + 1);
        }
    }
    return values;
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
function exitCodeOf(result) {
    if (result.timedOut)
        return 124;
    if (result.exitCode !== undefined)
        return result.exitCode;
    const number = result.signal ? external_node_os_.constants.signals[result.signal] : undefined;
    return number ? 128 + number : 1;
}
/** Environment of the command: like a `run:` step, it does not see the action's inputs, state or runtime token. */
function childEnv(env, files) {
    const out = {};
    for (const [k, v] of Object.entries(env)) {
        if (/^(INPUT_|STATE_)/.test(k) ||
            /^ACTIONS_(RUNTIME_TOKEN|RUNTIME_URL|RESULTS_URL|CACHE_URL|CACHE_SERVICE_V2)$/.test(k))
            continue;
        out[k] = v;
    }
    return { ...out, ...files };
}
const minutes = (m) => `${Number(m.toFixed(2))} minute${m === 1 ? '' : 's'}`;
// ---- the step ----
async function runStep(settings, ctx, deps) {
    const { logger } = deps;
    const startedAt = new Date().toISOString();
    const base = {
        commandOutputs: {},
        commandEnv: '',
        commandPath: '',
        attempts: [],
        startedAt,
    };
    if (ctx.completedStages.includes(settings.stage)) {
        logger.notice(`Stage '${settings.stage}' completed in an earlier attempt of this run: skipping it.`);
        return {
            ...base,
            skipped: true,
            success: true,
            outputs: {
                attempts: '0',
                'exit-code': '',
                'failure-type': '',
                strategy: 'skip',
                evidence: '',
                skipped: 'true',
            },
            completedAt: new Date().toISOString(),
        };
    }
    // Input overrides apply to the lane budget, so the policy's per-type caps still hold.
    const laneBudget = ctx.config.budgets[ctx.lane];
    const config = {
        ...ctx.config,
        budgets: {
            ...ctx.config.budgets,
            [ctx.lane]: {
                ...laneBudget,
                ...(settings.maxAttempts !== undefined ? { maxAttempts: settings.maxAttempts } : {}),
                ...(settings.backoffSeconds !== undefined ? { backoffSeconds: settings.backoffSeconds } : {}),
                ...(settings.timeoutMinutes !== undefined ? { timeoutMinutes: settings.timeoutMinutes } : {}),
            },
        },
    };
    const budget = config.budgets[ctx.lane];
    const windows = (ctx.platform ?? process.platform) === 'win32';
    if (windows)
        logger.warning(WINDOWS_STEP_ASIDE, { title: 'ci-recovery: run once on Windows' });
    // No time limit where the tree cannot be killed: a half-killed tree is worse than the runner's limit.
    const timeoutMs = windows ? Infinity : budget.timeoutMinutes * 60_000;
    // The explicit input caps everything; otherwise the policy decides when to stop (20: the schema's maximum).
    const maxAttemptsCeiling = windows ? 1 : (settings.maxAttempts ?? 20);
    // Checkpoint first, so a resume can start from the state before this stage.
    let checkpointId;
    const checkpointPaths = settings.checkpointPaths.length > 0
        ? settings.checkpointPaths
        : budget.checkpoint
            ? config.checkpoint.paths
            : [];
    if (checkpointPaths.length > 0 && deps.checkpoint) {
        try {
            checkpointId = await deps.checkpoint(checkpointPaths);
            if (checkpointId)
                logger.info(`ci-recovery: checkpoint ${checkpointId} saved before stage '${settings.stage}'`);
        }
        catch (error) {
            logger.warning(`ci-recovery: no checkpoint before stage '${settings.stage}': ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    const runDir = external_node_path_default().join(ctx.tempDir, `run-${(0,external_node_crypto_.randomUUID)()}`);
    await (0,promises_.mkdir)(runDir, { recursive: true });
    const cwd = external_node_path_default().resolve(ctx.env.GITHUB_WORKSPACE || process.cwd(), settings.workingDirectory || '.');
    const script = external_node_path_default().join(runDir, `script${scriptExtension(settings.shell)}`);
    await (0,promises_.writeFile)(script, settings.run);
    const firstCommand = shellCommand(settings.shell, script);
    let retryCommand = firstCommand;
    if (settings.newCommandOnRetry.trim()) {
        const retryScript = external_node_path_default().join(runDir, `retry-script${scriptExtension(settings.shell)}`);
        await (0,promises_.writeFile)(retryScript, settings.newCommandOnRetry);
        retryCommand = shellCommand(settings.shell, retryScript);
    }
    const attempts = [];
    let classification;
    let decision;
    let last;
    let files = { output: '', env: '', path: '' };
    let commandOutputs;
    let commandEnv;
    let commandPath;
    const stepDeadline = settings.totalTimeoutMinutes !== undefined && !windows
        ? Date.now() + settings.totalTimeoutMinutes * 60_000
        : undefined;
    const stepTimeLeft = () => (stepDeadline === undefined ? Infinity : stepDeadline - Date.now());
    try {
        for (let attempt = 1; attempt <= maxAttemptsCeiling; attempt++) {
            if (attempt > 1) {
                const wait = Math.min(decision ? (0,policy/* backoffMs */.jo)(decision, attempt) : 0, Math.max(0, stepTimeLeft()));
                if (wait > 0) {
                    logger.info(`Waiting ${wait / 1000} s before attempt ${attempt}.`);
                    await deps.sleep(wait);
                }
                if (settings.onRetry.trim())
                    await runOnRetry(settings, runDir, cwd, ctx.env, deps, Math.min(timeoutMs, stepTimeLeft()));
                if (stepTimeLeft() <= 0) {
                    logger.info(`ci-recovery: the step's total time limit is used up: no attempt ${attempt}.`);
                    break;
                }
            }
            // An attempt ends at its own limit or at the step's, whichever comes first.
            const attemptTimeoutMs = Math.min(timeoutMs, stepTimeLeft());
            const limitMinutes = attemptTimeoutMs / 60_000;
            const dir = external_node_path_default().join(runDir, `attempt-${attempt}`);
            await (0,promises_.mkdir)(dir, { recursive: true });
            files = { output: external_node_path_default().join(dir, 'output'), env: external_node_path_default().join(dir, 'env'), path: external_node_path_default().join(dir, 'path') };
            await Promise.all(Object.values(files).map((f) => (0,promises_.writeFile)(f, '')));
            logger.info(`ci-recovery: stage '${settings.stage}', attempt ${attempt} (${Number.isFinite(limitMinutes) ? `time limit ${minutes(limitMinutes)}` : 'no time limit'})`);
            const attemptStart = new Date();
            const command = attempt === 1 ? firstCommand : retryCommand;
            last = await runProcess({
                file: command.file,
                args: command.args,
                cwd,
                env: childEnv(ctx.env, {
                    GITHUB_OUTPUT: files.output,
                    GITHUB_ENV: files.env,
                    GITHUB_PATH: files.path,
                }),
                ...(Number.isFinite(attemptTimeoutMs) ? { timeoutMs: attemptTimeoutMs } : {}),
                ...(deps.killGraceMs !== undefined ? { killGraceMs: deps.killGraceMs } : {}),
                ...(deps.maxBufferBytes !== undefined ? { maxBufferBytes: deps.maxBufferBytes } : {}),
                ...(deps.onOutput ? { onOutput: deps.onOutput } : {}),
                ...(deps.abortSignal ? { abortSignal: deps.abortSignal } : {}),
            }).catch((error) => {
                if (error.code === 'ENOENT') {
                    throw new errors/* UserError */.yo(`Input 'shell': '${command.file}' was not found on this runner; install it or pick another shell (bash, sh, python, node, pwsh).`);
                }
                throw error;
            });
            const record = {
                attempt,
                startedAt: attemptStart.toISOString(),
                durationMs: last.durationMs,
                ...(last.exitCode !== undefined ? { exitCode: last.exitCode } : {}),
                ...(last.signal ? { signal: last.signal } : {}),
                ...(last.timedOut ? { timedOut: true } : {}),
            };
            attempts.push(record);
            if (!last.timedOut && last.exitCode === 0)
                break;
            const ran = attempt > 1 && settings.newCommandOnRetry.trim() ? settings.newCommandOnRetry : settings.run;
            classification = await classifyAttempt(last, settings, ran, limitMinutes, deps);
            record.classification = classification;
            const policyInput = {
                type: classification.type,
                lane: ctx.lane,
                branchKind: ctx.branchKind,
                attempt,
                runAttempt: Number(ctx.env.GITHUB_RUN_ATTEMPT) || 1,
            };
            decision = (0,policy/* decide */.LD)(policyInput, config);
            // The step's max-attempts caps its own tries; a resume is a job re-run, judged on the lane's budget.
            if (decision.rule === 'budget-exhausted' && settings.maxAttempts !== undefined) {
                const jobLevel = (0,policy/* decide */.LD)(policyInput, ctx.config);
                if (jobLevel.strategy === 'resume')
                    decision = jobLevel;
            }
            decision = applyRetryOn(decision, settings, classification.type, attempt, budget.maxAttempts);
            decision = applyRetryOnExitCode(decision, settings, classification.type, exitCodeOf(last), attempt, budget.maxAttempts);
            const evidence = classification.evidence
                ? ` Evidence (line ${classification.evidence.line}): ${classification.evidence.text}`
                : '';
            logger.info(`ci-recovery: attempt ${attempt} failed (exit ${exitCodeOf(last)}${last.signal ? `, ${last.signal}` : ''}): ${classification.type} [${classification.rule}].${evidence}`);
            logger.info(`ci-recovery: decision ${decision.strategy} by ${decision.rule}: ${decision.reason}`);
            if (decision.retryInStep && stepTimeLeft() <= 0) {
                decision = {
                    ...decision,
                    retryInStep: false,
                    reason: `${decision.reason} (not retried: the step's total-timeout-minutes is used up)`,
                };
            }
            if (!decision.retryInStep || deps.abortSignal?.aborted || attempt >= maxAttemptsCeiling)
                break;
            if (settings.warnOnRetry)
                logger.warning(`Attempt ${attempt} failed (exit ${exitCodeOf(last)}, ${classification.type}): retrying (${decision.rule}).`, { title: `ci-recovery: retrying ${settings.stage}` });
        }
        // Only what the final attempt wrote becomes the step's own outputs, env and path.
        [commandOutputs, commandEnv, commandPath] = await Promise.all([
            (0,promises_.readFile)(files.output, 'utf8').then(parseFileCommands, () => ({})),
            (0,promises_.readFile)(files.env, 'utf8').catch(() => ''),
            (0,promises_.readFile)(files.path, 'utf8').catch(() => ''),
        ]);
    }
    finally {
        await (0,promises_.rm)(runDir, { recursive: true, force: true }).catch(() => undefined);
    }
    const result = last;
    const success = !result.timedOut && result.exitCode === 0;
    const exitCode = exitCodeOf(result);
    return {
        skipped: false,
        success,
        attempts,
        exitCode,
        ...(classification ? { classification } : {}),
        ...(decision ? { decision } : {}),
        commandOutputs,
        commandEnv,
        commandPath,
        ...(checkpointId ? { checkpointId } : {}),
        outputs: {
            attempts: String(attempts.length),
            'exit-code': String(exitCode),
            'failure-type': classification?.type ?? '',
            strategy: decision?.strategy ?? '',
            evidence: classification?.evidence?.text ?? '',
            skipped: 'false',
        },
        startedAt,
        completedAt: new Date().toISOString(),
    };
}
/** Processes the kill could not end (another user's, or stuck in the kernel) are named, not hidden. */
function warnSurvivors(result, settings, deps) {
    if (!result.survivors?.length)
        return;
    deps.logger.warning(`ci-recovery: ${result.survivors.length} process(es) of '${settings.stage}' outlived SIGKILL and still run: ` +
        result.survivors.map((p) => `${p.pid} (${p.command})`).join(', '));
}
async function classifyAttempt(result, settings, 
/** The command this attempt ran: what the classifier types by its tool when the output names none. */
command, limitMinutes, deps) {
    if (result.aborted) {
        const text = `ci-recovery: '${settings.stage}' was cancelled; its process tree was killed`;
        deps.logger.info(text);
        warnSurvivors(result, settings, deps);
        return {
            type: 'cancelled',
            confidence: 'high',
            retryable: false,
            rule: 'run:cancelled',
            evidence: { line: 1, text },
        };
    }
    if (result.timedOut) {
        // We stopped it ourselves: a fact, not a guess from the output.
        const text = `ci-recovery: '${settings.stage}' hit its time limit of ${minutes(limitMinutes)}; its process tree was killed`;
        deps.logger.info(text);
        warnSurvivors(result, settings, deps);
        const line = result.output === '' ? 1 : result.output.replace(/\n$/, '').split('\n').length + 1;
        return {
            type: 'timeout',
            confidence: 'high',
            retryable: true,
            rule: 'run:time-limit',
            evidence: { line, text },
        };
    }
    return deps.classify({
        stage: settings.stage,
        step: settings.stage,
        command,
        conclusion: 'failure',
        ...(result.exitCode !== undefined ? { exitCode: result.exitCode } : {}),
        ...(result.signal ? { signal: result.signal } : {}),
        log: result.output,
    });
}
/** `retry-on` replaces the policy's in-step retry choice; the policy still names the strategy otherwise. */
function applyRetryOn(decision, settings, type, attempt, maxAttempts) {
    // A cancelled step is never retried, whatever retry-on says.
    if (settings.retryOn.length === 0 || type === 'cancelled')
        return decision;
    const listed = settings.retryOn.includes('any') || settings.retryOn.includes(type);
    return applyListed(decision, listed, 'retry-on', `'${type}'`, attempt, maxAttempts);
}
function applyRetryOnExitCode(decision, settings, type, exitCode, attempt, maxAttempts) {
    if (settings.retryOnExitCodes.length === 0 || type === 'cancelled')
        return decision;
    const listed = settings.retryOnExitCodes.includes(exitCode);
    return applyListed(decision, listed, 'retry-on-exit-code', `exit code ${exitCode}`, attempt, maxAttempts);
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
async function runOnRetry(settings, runDir, cwd, env, deps, timeoutMs) {
    const script = external_node_path_default().join(runDir, `on-retry${scriptExtension(settings.shell)}`);
    await (0,promises_.writeFile)(script, settings.onRetry);
    const { file, args } = shellCommand(settings.shell, script);
    deps.logger.info('ci-recovery: running on-retry');
    try {
        const result = await runProcess({
            file,
            args,
            cwd,
            env: childEnv(env, {}),
            timeoutMs,
            ...(deps.killGraceMs !== undefined ? { killGraceMs: deps.killGraceMs } : {}),
            ...(deps.onOutput ? { onOutput: deps.onOutput } : {}),
        });
        if (result.timedOut || result.exitCode !== 0) {
            deps.logger.warning(`on-retry failed (exit ${exitCodeOf(result)}); retrying anyway.`);
        }
    }
    catch (error) {
        deps.logger.warning(`on-retry could not start: ${(0,errors/* errorMessage */.gJ)(error)}; retrying anyway.`);
    }
}
async function appendRaw(file, text) {
    if (file && text.trim() !== '')
        await (0,promises_.appendFile)(file, text.endsWith('\n') ? text : text + '\n');
}
/** After runStep: the step's outputs, the command's env and path, the record for post, and the verdict. */
async function applyRunResult(settings, result, logger) {
    // The command's own outputs first, ours last: ours win on a name clash.
    for (const [name, value] of Object.entries(result.commandOutputs))
        runner/* runner */.lj.setOutput(name, value);
    for (const [name, value] of Object.entries(result.outputs))
        runner/* runner */.lj.setOutput(name, value);
    try {
        await appendRaw(process.env.GITHUB_ENV, result.commandEnv);
        await appendRaw(process.env.GITHUB_PATH, result.commandPath);
    }
    catch (error) {
        logger.warning(`Could not pass on the command's GITHUB_ENV/GITHUB_PATH: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    if (result.success && !result.skipped) {
        const stages = (0,state_keys/* parseStages */.lj)(process.env[state_keys/* COMPLETED_STAGES_ENV */.Q3]);
        if (!stages.includes(settings.stage))
            runner/* runner */.lj.exportVariable(state_keys/* COMPLETED_STAGES_ENV */.Q3, [...stages, settings.stage].join(','));
    }
    await saveRecord(settings, result, logger);
    if (!result.success) {
        const c = result.classification;
        const d = result.decision;
        const evidence = c?.evidence
            ? ` Evidence, line ${c.evidence.line} of its output: ${c.evidence.text}`
            : '';
        const message = `Stage '${settings.stage}' failed after ${result.attempts.length} attempt(s): ${c?.type ?? 'unknown'} (${c?.rule ?? 'no rule'})` +
            (d ? `; decision ${d.strategy} (${d.rule}): ${d.reason}.` : '.') +
            evidence;
        const title = `ci-recovery: ${settings.stage} failed (${c?.type ?? 'unknown'})`;
        if (settings.continueOnError) {
            // The step passes; its outputs (exit-code, failure-type, ...) still say what failed.
            logger.warning(`${message} continue-on-error: the step passes.`, { title });
            return;
        }
        logger.error(message, { title });
        process.exitCode = result.exitCode && result.exitCode > 0 && result.exitCode < 256 ? result.exitCode : 1;
    }
}
/**
 * Saves a checkpoint of `paths` for this stage, incremental against the job's last one (which it then
 * becomes, for the next stage to chain onto).
 */
async function checkpointBefore(settings, ctx, paths, logger) {
    const { checkpointStage, jobContext, openJobStore } = await Promise.all(/* import() */[__webpack_require__.e(710), __webpack_require__.e(676), __webpack_require__.e(158), __webpack_require__.e(548)]).then(__webpack_require__.bind(__webpack_require__, 60972));
    const { parseJobEnv } = await __webpack_require__.e(/* import() */ 972).then(__webpack_require__.bind(__webpack_require__, 76972));
    const { tmpdir } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 48161, 23));
    const job = jobContext(parseJobEnv(ctx.env, { cwd: process.cwd(), tmpdir: tmpdir() }));
    const store = await openJobStore(ctx.config.checkpoint.store, job, settings.token, ctx.config.checkpoint.retentionDays);
    const { manifest } = await checkpointStage({ store, ctx: job, stage: settings.stage, paths, logger });
    return manifest.id;
}
/** Best-effort: a record that cannot be written never fails the step. */
async function saveRecord(settings, result, logger) {
    const record = {
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
    try {
        await (0,records/* writeRecord */.rh)((0,records/* recordsDir */.Ap)(), record);
    }
    catch (error) {
        logger.warning(`Could not write the step record for post: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}

// EXTERNAL MODULE: ./src/core/event.ts
var core_event = __webpack_require__(99857);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(44448);
;// CONCATENATED MODULE: ./src/actions/run.ts
/** The `run/` sub-action's entry: reads its inputs once, then runs the step (src/adapters/run-step.ts). */










function readSettings() {
    const run = inputs/* input */.h.required('run');
    const retryOn = inputs/* input */.h.list('retry-on').map((t) => t.toLowerCase());
    for (const t of retryOn) {
        if (t !== 'any' && !types/* FAILURE_TYPES */.fs.includes(t)) {
            throw new errors/* UserError */.yo(`Input 'retry-on' has '${t}': write failure types from ${types/* FAILURE_TYPES */.fs.join(', ')} (or 'any'), comma- or newline-separated.`);
        }
    }
    const timeoutMinutes = inputs/* input */.h.minutes('timeout-minutes');
    const totalTimeoutMinutes = inputs/* input */.h.minutes('total-timeout-minutes');
    const retryOnExitCodes = inputs/* input */.h.list('retry-on-exit-code').map((code) => {
        const n = Number(code);
        if (!/^\d+$/.test(code) || n < 1 || n > 255)
            throw new errors/* UserError */.yo(`Input 'retry-on-exit-code' has '${code}': write exit codes from 1 to 255 (e.g. '1, 75'), comma- or newline-separated.`);
        return n;
    });
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
        retryOn: retryOn,
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
/** Stages done earlier; one restored by main counts only while its files are still in the workspace. */
async function completedStages(stage, env, logger) {
    const stages = (0,state_keys/* parseStages */.lj)(env[state_keys/* COMPLETED_STAGES_ENV */.Q3]);
    if (!stages.includes(stage))
        return stages;
    const { stagesStillComplete } = await Promise.all(/* import() */[__webpack_require__.e(710), __webpack_require__.e(676), __webpack_require__.e(158), __webpack_require__.e(548)]).then(__webpack_require__.bind(__webpack_require__, 60972));
    const { parseJobEnv } = await __webpack_require__.e(/* import() */ 972).then(__webpack_require__.bind(__webpack_require__, 76972));
    const { tmpdir } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 48161, 23));
    return stagesStillComplete(stages, parseJobEnv(env, { cwd: process.cwd(), tmpdir: tmpdir() }), logger);
}
async function run() {
    const logger = adapters_logger/* runnerLogger */.hB;
    let settings;
    let result;
    try {
        settings = readSettings();
        const env = process.env;
        const config = await (0,config_file/* effectiveConfig */.k)(env);
        const laneEnv = env.CI_RECOVERY_LANE?.toUpperCase();
        const lane = types/* LANES */.Ci.includes(laneEnv ?? '') ? laneEnv : 'STANDARD';
        const branchKind = (0,core_event/* branchKind */.l)(await (0,adapters_event/* readRunContext */.$)(env));
        const tempDir = external_node_path_default().join(env.RUNNER_TEMP || process.env.TMPDIR || '/tmp', 'ci-recovery');
        // The command runs in its own process group, out of reach of the runner's signals: pass them on.
        const cancel = new AbortController();
        for (const signal of ['SIGINT', 'SIGTERM'])
            process.once(signal, () => cancel.abort());
        result = await runStep(settings, {
            lane,
            branchKind,
            config,
            completedStages: await completedStages(settings.stage, env, logger),
            tempDir,
            env,
        }, {
            logger,
            // The classifier (rules, report parsers) loads only when something failed.
            classify: async (s) => (await Promise.all(/* import() */[__webpack_require__.e(543), __webpack_require__.e(10)]).then(__webpack_require__.bind(__webpack_require__, 4010))).classify(s),
            sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
            abortSignal: cancel.signal,
            checkpoint: (paths) => checkpointBefore(settings, { config, env }, paths, logger),
        });
    }
    catch (error) {
        // A config error starts with file:line:col: annotate that line of the file.
        const message = (0,errors/* errorMessage */.gJ)(error);
        const at = /^([^\s:]+):(\d+):(\d+): /.exec(message);
        logger.error(message, at ? { file: at[1], startLine: Number(at[2]), startColumn: Number(at[3]) } : undefined);
        process.exitCode = 1;
        return;
    }
    await applyRunResult(settings, result, logger);
}


/***/ }),

/***/ 67090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_event_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99857);


/** Reads GITHUB_EVENT_PATH; a missing or unreadable event gives a context from the environment alone. */
async function readRunContext(env = process.env) {
    let event = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            event = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            event = {};
        }
    }
    return (0,_core_event_js__WEBPACK_IMPORTED_MODULE_1__/* .runContext */ .p)(env, event);
}


/***/ }),

/***/ 99857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ branchKind),
/* harmony export */   p: () => (/* binding */ runContext)
/* harmony export */ });
/** Pure: builds the context from env values and the parsed event JSON (which may be anything). */
function runContext(env, event) {
    const payload = (typeof event === 'object' && event !== null ? event : {});
    const ref = env.GITHUB_REF ?? '';
    const context = {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        ref,
        sha: env.GITHUB_SHA ?? '',
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
        if (env.GITHUB_HEAD_REF)
            context.branch = env.GITHUB_HEAD_REF;
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

/***/ 83579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ DETERMINISTIC_TYPES),
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
/* unused harmony exports ruleMatches, ruleId */
/* harmony import */ var _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93482);
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
    const { type, lane, branchKind, attempt } = input;
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
    const unsure = input.confidence === 'low';
    if (type === 'git' && input.retryable === false) {
        return {
            strategy: 'manual',
            rule: 'git-not-transient',
            reason: 'the git failure is not a transport one (a missing ref, a conflict, an unsafe repository): a retry would fail alike',
        };
    }
    if (type === 'network' || type === 'infrastructure' || type === 'git') {
        if (unsure) {
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
    // Deterministic: the change is the likely cause.
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
    // The default branch: confirm with one re-run, then revert only if the parent was green. A low-confidence
    // type needs a re-run that saw the same failure, not merely a later attempt.
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


/***/ })

};
