export const id = 517;
export const ids = [517];
export const modules = {

/***/ 68517:
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
var config_file = __webpack_require__(98835);
// EXTERNAL MODULE: ./src/adapters/event.ts
var adapters_event = __webpack_require__(28000);
// EXTERNAL MODULE: ./src/adapters/inputs.ts
var inputs = __webpack_require__(52439);
// EXTERNAL MODULE: ./src/adapters/logger.ts
var adapters_logger = __webpack_require__(74810);
// EXTERNAL MODULE: ./src/adapters/runner.ts
var runner = __webpack_require__(85512);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(32721);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/adapters/process.ts
/**
 * Runs a command the way a CI step should be run: in its own process group (so a timeout can kill the
 * whole tree, grandchildren included), with output streamed live and the tail kept in a bounded buffer for
 * classification. On timeout: SIGTERM to the group, then SIGKILL to the group after a grace period.
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
 * Live (non-zombie) processes of a process group, from /proc; undefined where /proc is not available.
 * Zombies count as gone: they run nothing, and under a PID 1 that never reaps (some containers) they stay.
 */
function groupMembers(pgid) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return undefined;
    }
    const members = [];
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
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X')
            members.push(Number(entry));
    }
    return members;
}
/** Is any process of the group still running? */
function groupAlive(pgid) {
    const members = groupMembers(pgid);
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
function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
    }
    catch {
        // ESRCH: the group is already gone.
    }
}
/** SIGTERM the group, wait up to `graceMs` for it to go, then SIGKILL it. Resolves when none is left. */
async function killGroup(pgid, graceMs) {
    signalGroup(pgid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (groupAlive(pgid) && Date.now() < deadline)
        await (0,external_node_timers_promises_.setTimeout)(50);
    if (groupAlive(pgid)) {
        signalGroup(pgid, 'SIGKILL');
        const hardDeadline = Date.now() + 5000;
        while (groupAlive(pgid) && Date.now() < hardDeadline)
            await (0,external_node_timers_promises_.setTimeout)(20);
    }
}
const defaultOutput = (chunk, stream) => {
    (stream === 'stdout' ? process.stdout : process.stderr).write(chunk);
};
function runProcess(options) {
    const { timeoutMs, killGraceMs = 5000, maxBufferBytes = 2 * 1024 * 1024, onOutput = defaultOutput, } = options;
    const started = Date.now();
    const tail = new TailBuffer(maxBufferBytes);
    return new Promise((resolve, reject) => {
        // detached: the child leads a new process group (setsid), so -pid reaches its whole tree.
        const child = (0,external_node_child_process_.spawn)(options.file, options.args, {
            cwd: options.cwd,
            env: options.env,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let timedOut = false;
        let killing;
        let settled = false;
        const onData = (stream) => (chunk) => {
            tail.push(chunk);
            onOutput(chunk, stream);
        };
        child.stdout.on('data', onData('stdout'));
        child.stderr.on('data', onData('stderr'));
        let aborted = false;
        const kill = () => {
            if (child.pid !== undefined && !killing)
                killing = killGroup(child.pid, killGraceMs);
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
            // After a timeout, resolve only once no process of the group is left.
            void (killing ?? Promise.resolve()).then(() => resolve(result));
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
            const drain = setTimeout(() => {
                child.stdout.destroy();
                child.stderr.destroy();
                finish(exitCode, signal);
            }, 500);
            child.once('close', () => {
                clearTimeout(drain);
                finish(exitCode, signal);
            });
        });
    });
}

// EXTERNAL MODULE: ./src/adapters/records.ts + 1 modules
var records = __webpack_require__(68329);
// EXTERNAL MODULE: ./src/core/state-keys.ts
var state_keys = __webpack_require__(80095);
;// CONCATENATED MODULE: ./src/adapters/run-step.ts
/**
 * The work of the `run/` sub-action: runs a risky command like a `run:` step, but knows why it failed. Per attempt:
 * its own GITHUB_OUTPUT/ENV/PATH files, live output plus a bounded tail, a timeout that kills the whole
 * process tree; on failure it classifies the output, asks the policy, and retries in-step when the policy
 * (or `retry-on`) and the budget allow. Skips itself when its stage completed in an earlier attempt.
 */










// ---- pure helpers ----
const SHELLS = {
    bash: { template: 'bash --noprofile --norc -eo pipefail {0}', ext: '.sh' },
    sh: { template: 'sh -e {0}', ext: '.sh' },
    python: { template: 'python {0}', ext: '.py' },
    node: { template: 'node {0}', ext: '.js' },
    pwsh: { template: "pwsh -command . '{0}'", ext: '.ps1' },
};
/** Program and arguments for a shell name or a custom template with `{0}` (like the runner's `shell:`). */
function shellCommand(shell, script) {
    const template = SHELLS[shell]?.template ?? shell;
    if (!template.includes('{0}')) {
        throw new errors/* UserError */.y(`Input 'shell' is '${shell}': write bash, sh, python, node or pwsh, or a command template with {0} for the script path (e.g. 'perl {0}').`);
    }
    const tokens = template.match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
    const words = tokens.map((t) => (/^(["']).*\1$/.test(t) && t.length > 1 ? t.slice(1, -1) : t).replace('{0}', script));
    const [file, ...args] = words;
    if (!file)
        throw new errors/* UserError */.y(`Input 'shell' is empty: write bash, sh, python, node, pwsh or a template with {0}.`);
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
    const timeoutMs = budget.timeoutMinutes * 60_000;
    // The explicit input caps everything; otherwise the policy decides when to stop (20: the schema's maximum).
    const maxAttemptsCeiling = settings.maxAttempts ?? 20;
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
            logger.warning(`ci-recovery: no checkpoint before stage '${settings.stage}': ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    const runDir = external_node_path_default().join(ctx.tempDir, `run-${(0,external_node_crypto_.randomUUID)()}`);
    await (0,promises_.mkdir)(runDir, { recursive: true });
    const cwd = external_node_path_default().resolve(ctx.env.GITHUB_WORKSPACE || process.cwd(), settings.workingDirectory || '.');
    const script = external_node_path_default().join(runDir, `script${scriptExtension(settings.shell)}`);
    await (0,promises_.writeFile)(script, settings.run);
    const command = shellCommand(settings.shell, script);
    const attempts = [];
    let classification;
    let decision;
    let last;
    let files = { output: '', env: '', path: '' };
    let commandOutputs;
    let commandEnv;
    let commandPath;
    try {
        for (let attempt = 1; attempt <= maxAttemptsCeiling; attempt++) {
            if (attempt > 1) {
                const wait = decision ? (0,policy/* backoffMs */.jo)(decision, attempt) : 0;
                if (wait > 0) {
                    logger.info(`Waiting ${wait / 1000} s before attempt ${attempt}.`);
                    await deps.sleep(wait);
                }
                if (settings.onRetry.trim())
                    await runOnRetry(settings, runDir, cwd, ctx.env, deps, timeoutMs);
            }
            const dir = external_node_path_default().join(runDir, `attempt-${attempt}`);
            await (0,promises_.mkdir)(dir, { recursive: true });
            files = { output: external_node_path_default().join(dir, 'output'), env: external_node_path_default().join(dir, 'env'), path: external_node_path_default().join(dir, 'path') };
            await Promise.all(Object.values(files).map((f) => (0,promises_.writeFile)(f, '')));
            logger.info(`ci-recovery: stage '${settings.stage}', attempt ${attempt} (time limit ${minutes(budget.timeoutMinutes)})`);
            const attemptStart = new Date();
            last = await runProcess({
                file: command.file,
                args: command.args,
                cwd,
                env: childEnv(ctx.env, {
                    GITHUB_OUTPUT: files.output,
                    GITHUB_ENV: files.env,
                    GITHUB_PATH: files.path,
                }),
                timeoutMs,
                ...(deps.killGraceMs !== undefined ? { killGraceMs: deps.killGraceMs } : {}),
                ...(deps.maxBufferBytes !== undefined ? { maxBufferBytes: deps.maxBufferBytes } : {}),
                ...(deps.onOutput ? { onOutput: deps.onOutput } : {}),
                ...(deps.abortSignal ? { abortSignal: deps.abortSignal } : {}),
            }).catch((error) => {
                if (error.code === 'ENOENT') {
                    throw new errors/* UserError */.y(`Input 'shell': '${command.file}' was not found on this runner; install it or pick another shell (bash, sh, python, node, pwsh).`);
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
            classification = await classifyAttempt(last, settings, budget.timeoutMinutes, deps);
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
            const evidence = classification.evidence
                ? ` Evidence (line ${classification.evidence.line}): ${classification.evidence.text}`
                : '';
            logger.info(`ci-recovery: attempt ${attempt} failed (exit ${exitCodeOf(last)}${last.signal ? `, ${last.signal}` : ''}): ${classification.type} [${classification.rule}].${evidence}`);
            logger.info(`ci-recovery: decision ${decision.strategy} by ${decision.rule}: ${decision.reason}`);
            if (!decision.retryInStep || deps.abortSignal?.aborted)
                break;
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
async function classifyAttempt(result, settings, limitMinutes, deps) {
    if (result.aborted) {
        const text = `ci-recovery: '${settings.stage}' was cancelled; its process group was killed`;
        deps.logger.info(text);
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
        const text = `ci-recovery: '${settings.stage}' hit its time limit of ${minutes(limitMinutes)}; its process group was killed`;
        deps.logger.info(text);
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
    if (!listed) {
        return decision.retryInStep
            ? {
                ...decision,
                retryInStep: false,
                reason: `${decision.reason} (not retried in the step: '${type}' is not in retry-on)`,
            }
            : decision;
    }
    if (attempt >= maxAttempts) {
        return {
            ...decision,
            strategy: 'manual',
            rule: 'budget-exhausted',
            reason: `'${type}' is in retry-on, but attempt ${attempt} of ${maxAttempts} was the last one allowed`,
            maxAttempts,
            retryInStep: false,
        };
    }
    return {
        ...decision,
        strategy: 'retry',
        rule: 'input:retry-on',
        reason: `the step's retry-on input lists '${type}': retry (attempt ${attempt + 1} of ${maxAttempts})`,
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
        deps.logger.warning(`on-retry could not start: ${(0,errors/* errorMessage */.g)(error)}; retrying anyway.`);
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
        runner/* runner */.l.setOutput(name, value);
    for (const [name, value] of Object.entries(result.outputs))
        runner/* runner */.l.setOutput(name, value);
    try {
        await appendRaw(process.env.GITHUB_ENV, result.commandEnv);
        await appendRaw(process.env.GITHUB_PATH, result.commandPath);
    }
    catch (error) {
        logger.warning(`Could not pass on the command's GITHUB_ENV/GITHUB_PATH: ${(0,errors/* errorMessage */.g)(error)}`);
    }
    if (result.success && !result.skipped) {
        const stages = (0,state_keys/* parseStages */.lj)(process.env[state_keys/* COMPLETED_STAGES_ENV */.Q3]);
        if (!stages.includes(settings.stage))
            runner/* runner */.l.exportVariable(state_keys/* COMPLETED_STAGES_ENV */.Q3, [...stages, settings.stage].join(','));
    }
    await saveRecord(settings, result, logger);
    if (!result.success) {
        const c = result.classification;
        const d = result.decision;
        const evidence = c?.evidence
            ? ` Evidence, line ${c.evidence.line} of its output: ${c.evidence.text}`
            : '';
        logger.error(`Stage '${settings.stage}' failed after ${result.attempts.length} attempt(s): ${c?.type ?? 'unknown'} (${c?.rule ?? 'no rule'})` +
            (d ? `; decision ${d.strategy} (${d.rule}): ${d.reason}.` : '.') +
            evidence, { title: `ci-recovery: ${settings.stage} failed (${c?.type ?? 'unknown'})` });
        process.exitCode = result.exitCode && result.exitCode > 0 && result.exitCode < 256 ? result.exitCode : 1;
    }
}
/**
 * Saves a checkpoint of `paths` for this stage, incremental against the job's last one (which it then
 * becomes, for the next stage to chain onto).
 */
async function checkpointBefore(settings, ctx, paths, logger) {
    const { checkpointStage, jobContext, openJobStore } = await __webpack_require__.e(/* import() */ 924).then(__webpack_require__.bind(__webpack_require__, 72924));
    const job = jobContext(ctx.env);
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
        logger.warning(`Could not write the step record for post: ${(0,errors/* errorMessage */.g)(error)}`);
    }
}

// EXTERNAL MODULE: ./src/core/event.ts
var core_event = __webpack_require__(67667);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
;// CONCATENATED MODULE: ./src/actions/run.ts
/** The `run/` sub-action's entry: reads its inputs once, then runs the step (src/adapters/run-step.ts). */










function readSettings() {
    const run = inputs/* input */.h.required('run');
    const retryOn = inputs/* input */.h.list('retry-on').map((t) => t.toLowerCase());
    for (const t of retryOn) {
        if (t !== 'any' && !types/* FAILURE_TYPES */.fs.includes(t)) {
            throw new errors/* UserError */.y(`Input 'retry-on' has '${t}': write failure types from ${types/* FAILURE_TYPES */.fs.join(', ')} (or 'any'), comma- or newline-separated.`);
        }
    }
    const timeout = inputs/* input */.h.string('timeout-minutes').trim();
    const timeoutMinutes = timeout === '' ? undefined : Number(timeout);
    if (timeoutMinutes !== undefined && !(Number.isFinite(timeoutMinutes) && timeoutMinutes > 0)) {
        throw new errors/* UserError */.y(`Input 'timeout-minutes' must be a positive number of minutes (e.g. 30 or 0.5), got '${timeout}'.`);
    }
    const maxAttempts = inputs/* input */.h.int('max-attempts', { min: 1, max: 20 });
    const backoffSeconds = inputs/* input */.h.int('backoff-seconds', { min: 0, max: 3600 });
    return {
        run,
        shell: inputs/* input */.h.string('shell') || 'bash',
        stage: inputs/* input */.h.string('stage').trim() || defaultStage(run),
        ...(timeoutMinutes !== undefined ? { timeoutMinutes } : {}),
        ...(maxAttempts !== undefined ? { maxAttempts } : {}),
        retryOn: retryOn,
        checkpointPaths: inputs/* input */.h.list('checkpoint-paths'),
        onRetry: inputs/* input */.h.string('on-retry'),
        ...(backoffSeconds !== undefined ? { backoffSeconds } : {}),
        workingDirectory: inputs/* input */.h.string('working-directory'),
        token: inputs/* input */.h.string('github-token'),
    };
}
async function run() {
    const logger = adapters_logger/* runnerLogger */.h;
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
        result = await runStep(settings, { lane, branchKind, config, completedStages: (0,state_keys/* parseStages */.lj)(env[state_keys/* COMPLETED_STAGES_ENV */.Q3]), tempDir, env }, {
            logger,
            // The classifier (rules, report parsers) loads only when something failed.
            classify: async (s) => (await Promise.all(/* import() */[__webpack_require__.e(143), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 84735))).classify(s),
            sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
            abortSignal: cancel.signal,
            checkpoint: (paths) => checkpointBefore(settings, { config, env }, paths, logger),
        });
    }
    catch (error) {
        // A config error starts with file:line:col: annotate that line of the file.
        const message = (0,errors/* errorMessage */.g)(error);
        const at = /^([^\s:]+):(\d+):(\d+): /.exec(message);
        logger.error(message, at ? { file: at[1], startLine: Number(at[2]), startColumn: Number(at[3]) } : undefined);
        process.exitCode = 1;
        return;
    }
    await applyRunResult(settings, result, logger);
}


/***/ }),

/***/ 98835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ loadConfig),
/* harmony export */   k: () => (/* binding */ effectiveConfig)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26104);



const CANDIDATES = [_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2, '.github/ci-recovery.yaml'];
/**
 * Reads `.github/ci-recovery.yml` (or `.yaml`) from the workspace. No file -> the defaults. A bad file
 * throws the UserError of parseConfig, with the path relative to the workspace. `file` (the root action's
 * `config` input) replaces the default locations.
 */
async function loadConfig(workspace, file) {
    for (const candidate of file ? [file] : CANDIDATES) {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(candidate) ? node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, candidate) : candidate;
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, rel), 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                continue;
            throw error;
        }
        // The parser (yaml + ajv) loads only when there is a file to parse.
        const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(463), __webpack_require__.e(838)]).then(__webpack_require__.bind(__webpack_require__, 29838));
        return { config: parseConfig(text, rel), file: rel };
    }
    return { config: _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONFIG */ .PV };
}
/**
 * The effective config for a sub-action: what main exported in CI_RECOVERY_CONFIG, else the file in the
 * workspace, so sub-actions don't re-parse (and re-validate) it when main ran.
 */
async function effectiveConfig(env = process.env) {
    const fromMain = env.CI_RECOVERY_CONFIG ? (0,_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .configFromJson */ .Nw)(env.CI_RECOVERY_CONFIG) : undefined;
    if (fromMain)
        return fromMain;
    return (await loadConfig(env.GITHUB_WORKSPACE || process.cwd())).config;
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

/***/ 52439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ input)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85512);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/**
 * The only place that reads action inputs. Defaults live in action.yml; a test checks that every name
 * read here through `input.*('name')` in an action's settings is declared in that action's action.yml.
 */
const input = {
    string(name) {
        return _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.getInput(name);
    },
    required(name) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.getInput(name);
        if (!value)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`Input '${name}' is required: set it in the step's 'with:' block.`);
        return value;
    },
    bool(name) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.getInput(name).trim().toLowerCase();
        if (value === '')
            return false;
        if (['true', 'yes', 'on', '1'].includes(value))
            return true;
        if (['false', 'no', 'off', '0'].includes(value))
            return false;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`Input '${name}' must be true or false, got '${value}'.`);
    },
    int(name, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.getInput(name).trim();
        if (value === '')
            return undefined;
        const parsed = Number(value);
        if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`Input '${name}' must be a whole number from ${min} to ${max}, got '${value}'.`);
        }
        return parsed;
    },
    /** Newline- or comma-separated list; blank entries dropped. */
    list(name) {
        return _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l
            .getInput(name)
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter((s) => s !== '');
    },
};


/***/ }),

/***/ 74810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ runnerLogger)
/* harmony export */ });
/* unused harmony export RecordingLogger */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85512);

const runnerLogger = {
    debug: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.debug(m),
    info: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.info(m),
    notice: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.notice(m, w),
    warning: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.warning(m, w),
    error: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.error(m, w),
    async group(name, fn) {
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.startGroup(name);
        try {
            return await fn();
        }
        finally {
            _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.endGroup();
        }
    },
};
/** Keeps every record in memory; for tests, and for the CLI's --json mode. */
class RecordingLogger {
    records = [];
    debug(message) {
        this.records.push({ level: 'debug', message });
    }
    info(message) {
        this.records.push({ level: 'info', message });
    }
    notice(message, where) {
        this.records.push({ level: 'notice', message, where });
    }
    warning(message, where) {
        this.records.push({ level: 'warning', message, where });
    }
    error(message, where) {
        this.records.push({ level: 'error', message, where });
    }
    async group(_name, fn) {
        return fn();
    }
    messages(level) {
        return this.records.filter((r) => r.level === level).map((r) => r.message);
    }
}


/***/ }),

/***/ 68329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T3: () => (/* binding */ readRecords),
  Ap: () => (/* binding */ recordsDir),
  rh: () => (/* binding */ writeRecord)
});

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



/** `$RUNNER_TEMP/ci-recovery/records` (falls back to the OS temp dir outside the runner). */
function recordsDir(env = process.env) {
    return external_node_path_default().join(env.RUNNER_TEMP || external_node_path_default().join(process.env.TMPDIR || '/tmp'), RECORDS_SUBDIR);
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

/***/ 85512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ runner)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The runner's protocol for a node action: inputs and state from env, file commands (GITHUB_OUTPUT,
 * GITHUB_ENV, GITHUB_STATE, GITHUB_STEP_SUMMARY) and stdout workflow commands, byte for byte as
 * @actions/core writes them (a test holds the two to the same output).
 *
 * Why not @actions/core itself: it loads its OIDC client (http-client, undici) at import. An ncc bundle
 * holding only `core.saveState` took 126 ms to run against 49 ms for `node -e 0` (Node 24, 20 runs), ~75 ms
 * of start-up, nearly pre's whole 80 ms budget; and every `run/` attempt would pay it too. Libraries that
 * bring @actions/core along (artifact, cache, github) load it in their own lazy chunks.
 */



const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
function issue(command, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function annotation(where) {
    return {
        title: where?.title,
        file: where?.file,
        line: where?.startLine,
        endLine: where?.endLine,
        col: where?.startColumn,
        endColumn: where?.endColumn,
    };
}
/** `NAME<<DELIM` heredoc into the file named by `fileEnv`; false when the runner gave no such file. */
function fileCommand(fileEnv, key, value) {
    const file = process.env[fileEnv];
    if (!file)
        return false;
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (key.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: name or value contains the delimiter ${delimiter}`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${key}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, { encoding: 'utf8' });
    return true;
}
const runner = {
    /** The input's value, trimmed; '' when unset (defaults come from action.yml through the runner). */
    getInput(name) {
        return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
    },
    getState(name) {
        return process.env[`STATE_${name}`] ?? '';
    },
    saveState(name, value) {
        if (!fileCommand('GITHUB_STATE', name, value))
            issue('save-state', { name }, value);
    },
    setOutput(name, value) {
        if (!fileCommand('GITHUB_OUTPUT', name, value)) {
            process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
            issue('set-output', { name }, value);
        }
    },
    exportVariable(name, value) {
        process.env[name] = value;
        if (!fileCommand('GITHUB_ENV', name, value))
            issue('set-env', { name }, value);
    },
    /** Appends markdown to the job summary (the runner caps a step's summary at 1 MiB). */
    appendSummary(markdown) {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file)
            throw new Error('GITHUB_STEP_SUMMARY is not set: the job summary is only available in GitHub Actions.');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${markdown}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, { encoding: 'utf8' });
    },
    /** Registers a secret: the runner masks it in every later log line. */
    setSecret(value) {
        issue('add-mask', {}, value);
    },
    info(message) {
        process.stdout.write(`${message}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
    },
    debug(message) {
        issue('debug', {}, message);
    },
    notice(message, where) {
        issue('notice', annotation(where), message);
    },
    warning(message, where) {
        issue('warning', annotation(where), message);
    },
    error(message, where) {
        issue('error', annotation(where), message);
    },
    startGroup(name) {
        issue('group', {}, name);
    },
    endGroup() {
        issue('endgroup', {}, '');
    },
    /** Marks the step failed with an error annotation; the process then exits 1. */
    setFailed(message) {
        process.exitCode = 1;
        issue('error', {}, message);
    },
};


/***/ }),

/***/ 26104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Nw: () => (/* binding */ configFromJson),
/* harmony export */   PT: () => (/* binding */ camelize),
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   QX: () => (/* binding */ DEFAULT_REVERT_CONFIG),
/* harmony export */   R2: () => (/* binding */ mergeConfig),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE)
/* harmony export */ });
/* unused harmony export DEFAULT_BUDGETS */
/* harmony import */ var _lanes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57668);
/**
 * The config's types and defaults, without the parser: loading this module costs nothing, so steps that
 * get the effective config from main (CI_RECOVERY_CONFIG) never load yaml and ajv. `src/core/config.ts`
 * re-exports all of it with `parseConfig`.
 */

const DEFAULT_REVERT_CONFIG = {
    mode: 'pr',
    dailyCap: 3,
    optOutMarker: 'NO-AUTO-REVERT',
    killSwitchLabel: 'ci-recovery:no-revert',
};
const CONFIG_FILE = '.github/ci-recovery.yml';
const DEFAULT_BUDGETS = {
    DOCS: { maxAttempts: 2, backoffSeconds: 5, timeoutMinutes: 15, checkpoint: false },
    STANDARD: { maxAttempts: 3, backoffSeconds: 10, timeoutMinutes: 60, checkpoint: false },
    HEAVY: { maxAttempts: 4, backoffSeconds: 30, timeoutMinutes: 180, checkpoint: true },
};
const DEFAULT_CONFIG = {
    lanes: _lanes_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_LANE_RULES */ .D$,
    policy: [],
    budgets: DEFAULT_BUDGETS,
    checkpoint: { paths: [], retentionDays: 7, store: 'artifact' },
    revert: DEFAULT_REVERT_CONFIG,
    ledger: { enabled: true },
};
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** kebab-case keys -> camelCase, recursively (the schema has no free-form maps, so every key is ours). */
function camelize(value) {
    if (Array.isArray(value))
        return value.map(camelize);
    if (!isObject(value))
        return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [
        k.replace(/-([a-z])/g, (_, c) => c.toUpperCase()),
        camelize(v),
    ]));
}
/** Fills what a (validated, camelCase) partial config leaves out with the defaults. */
function mergeConfig(partial) {
    const p = (isObject(partial) ? partial : {});
    const budgets = (p.budgets ?? {});
    return {
        lanes: { ...DEFAULT_CONFIG.lanes, ...p.lanes },
        policy: Array.isArray(p.policy)
            ? p.policy.map((r) => ({ ...r, when: r.when ?? {} }))
            : [],
        budgets: {
            DOCS: { ...DEFAULT_BUDGETS.DOCS, ...budgets.DOCS },
            STANDARD: { ...DEFAULT_BUDGETS.STANDARD, ...budgets.STANDARD },
            HEAVY: { ...DEFAULT_BUDGETS.HEAVY, ...budgets.HEAVY },
        },
        checkpoint: { ...DEFAULT_CONFIG.checkpoint, ...p.checkpoint },
        revert: { ...DEFAULT_CONFIG.revert, ...p.revert },
        ledger: { ...DEFAULT_CONFIG.ledger, ...p.ledger },
    };
}
/** The effective config as main hands it to later steps (`CI_RECOVERY_CONFIG`); tolerant of partial JSON. */
function configFromJson(text) {
    try {
        return mergeConfig(JSON.parse(text));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * A mistake the user can fix (bad input, bad config file, missing permission). Its message says what is
 * wrong, where (input, file and line, or permission), and how to fix it. Anything else is an internal
 * failure of ci-recovery.
 */
class UserError extends Error {
    name = 'UserError';
}
/** The message of any thrown value, so a non-Error throw never slips through as a pass. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 67667:
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

/***/ 57668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ DEFAULT_LANE_RULES),
/* harmony export */   XS: () => (/* binding */ decideLane)
/* harmony export */ });
/* unused harmony export globList */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The lane of a change: DOCS, STANDARD or HEAVY, from the changed files, PR labels and diff size. Globs are
 * picomatch globs; a glob starting with `!` excludes what the others include (it never adds: see
 * dorny/paths-filter#97). A glob without a slash matches the file's base name anywhere (`*.md`).
 */

const DEFAULT_LANE_RULES = {
    docs: [
        '**/*.md',
        '**/*.mdx',
        '**/*.rst',
        '**/*.adoc',
        '**/*.txt',
        'docs/**',
        'doc/**',
        '**/LICENSE*',
        '**/CODEOWNERS',
        '**/.github/ISSUE_TEMPLATE/**',
        '!**/requirements*.txt',
        '!**/CMakeLists.txt',
    ],
    heavy: [
        '**/package-lock.json',
        '**/npm-shrinkwrap.json',
        '**/yarn.lock',
        '**/pnpm-lock.yaml',
        '**/Cargo.lock',
        '**/go.sum',
        '**/poetry.lock',
        '**/Pipfile.lock',
        '**/uv.lock',
        '**/Gemfile.lock',
        '**/composer.lock',
        '**/requirements*.txt',
        '.github/workflows/**',
        '.github/actions/**',
        '**/action.yml',
        '**/Dockerfile*',
        '**/docker-compose*.yml',
        '**/Makefile',
        '**/CMakeLists.txt',
        '**/*.gradle',
        '**/*.gradle.kts',
        '**/pom.xml',
        '**/*.tf',
        '**/terraform/**',
        '**/infra/**',
        '**/migrations/**',
        '**/db/migrate/**',
    ],
    heavyLabels: ['ci:heavy', 'heavy'],
    docsLabels: ['ci:docs'],
    heavyDiffLines: 2000,
};
/** Compiles a glob list into a test: some positive glob matches and no `!` glob does. */
function globList(globs) {
    const options = { dot: true, basename: false };
    const compile = (glob) => 
    // A glob without a slash matches a base name at any depth, like .gitignore.
    picomatch__WEBPACK_IMPORTED_MODULE_0___default()(glob.includes('/') ? glob : `**/${glob}`, options);
    const include = globs.filter((g) => !g.startsWith('!')).map((g) => ({ glob: g, test: compile(g) }));
    const exclude = globs.filter((g) => g.startsWith('!')).map((g) => compile(g.slice(1)));
    return (file) => {
        const normalized = file.replace(/\\/g, '/').replace(/^\.\//, '');
        if (exclude.some((test) => test(normalized)))
            return undefined;
        return include.find(({ test }) => test(normalized))?.glob;
    };
}
const lower = (labels) => labels.map((l) => l.toLowerCase());
function decideLane(change, rules) {
    const labels = lower(change.labels ?? []);
    const heavyLabel = lower(rules.heavyLabels).find((l) => labels.includes(l));
    if (heavyLabel)
        return { lane: 'HEAVY', reason: `label '${heavyLabel}'` };
    if (change.changedLines !== undefined && change.changedLines > rules.heavyDiffLines) {
        return { lane: 'HEAVY', reason: `${change.changedLines} changed lines (over ${rules.heavyDiffLines})` };
    }
    const docsLabel = lower(rules.docsLabels).find((l) => labels.includes(l));
    const files = change.files;
    if (files === undefined) {
        // A person's docs label is the only knowledge left; without it the change is unknown.
        if (docsLabel)
            return { lane: 'DOCS', reason: `label '${docsLabel}' (changed files unknown)` };
        return { lane: 'STANDARD', reason: 'changed files unknown' };
    }
    const heavy = globList(rules.heavy);
    for (const file of files) {
        const glob = heavy(file);
        if (glob)
            return { lane: 'HEAVY', reason: `${file} matches heavy glob '${glob}'` };
    }
    if (files.length === 0)
        return { lane: 'STANDARD', reason: 'no changed files' };
    const docs = globList(rules.docs);
    const other = files.find((file) => !docs(file));
    if (other === undefined)
        return { lane: 'DOCS', reason: `all ${files.length} changed files are docs` };
    return { lane: 'STANDARD', reason: `${other} is not docs` };
}


/***/ }),

/***/ 32721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ DETERMINISTIC_TYPES),
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
/* unused harmony exports ruleMatches, ruleId */
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
    if (type === 'network' || type === 'infrastructure' || type === 'git') {
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
    // The default branch: confirm with one re-run, then revert only if the parent was green.
    const confirmed = input.confirmedOnRerun ?? attempt >= 2;
    if (!confirmed) {
        return {
            strategy: 'retry',
            rule: 'deterministic-default-confirm',
            reason: `a ${type} failure on the default branch: re-run once to confirm it before any revert`,
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

/***/ 80095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ STATE_JOB_START),
/* harmony export */   Q3: () => (/* binding */ COMPLETED_STAGES_ENV),
/* harmony export */   Xh: () => (/* binding */ STATE_LANE),
/* harmony export */   cy: () => (/* binding */ STATE_SETTINGS),
/* harmony export */   lj: () => (/* binding */ parseStages)
/* harmony export */ });
/** Keys of the root action's state, shared by pre, main and post (exported to later stages as STATE_<key>). */
const STATE_JOB_START = 'job-start';
const STATE_SETTINGS = 'settings';
const STATE_LANE = 'lane';
/**
 * Job-wide: stages completed in this run so far (main sets it on resume, run/ appends on success), as a
 * comma list in GITHUB_ENV.
 */
const COMPLETED_STAGES_ENV = 'CI_RECOVERY_COMPLETED_STAGES';
function parseStages(value) {
    return (value ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}


/***/ }),

/***/ 73054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ BRANCH_KINDS),
/* harmony export */   Ci: () => (/* binding */ LANES),
/* harmony export */   YL: () => (/* binding */ STRATEGIES),
/* harmony export */   ZF: () => (/* binding */ TRANSIENT_TYPES),
/* harmony export */   fs: () => (/* binding */ FAILURE_TYPES)
/* harmony export */ });
/** Shared vocabulary of ci-recovery. Pure types and constants: safe to import from any phase. */
const FAILURE_TYPES = [
    'test',
    'build',
    'quality-gate',
    'dependency',
    'network',
    'git',
    'timeout',
    'resource',
    'infrastructure',
    'cancelled',
    'config',
    'unknown',
];
/** Types whose cause is outside the change: the same commit may pass when tried again. */
const TRANSIENT_TYPES = [
    'network',
    'infrastructure',
    'git',
    'timeout',
    'resource',
];
const LANES = ['DOCS', 'STANDARD', 'HEAVY'];
const STRATEGIES = ['retry', 'resume', 'skip', 'rollback', 'manual'];
const BRANCH_KINDS = ['default', 'pr', 'other'];


/***/ })

};
