export const id = 3013;
export const ids = [3013];
export const modules = {

/***/ 53013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ fileStartsWith),
/* harmony export */   PU: () => (/* binding */ classifyLog),
/* harmony export */   classifyLogFile: () => (/* binding */ classifyLogFile),
/* harmony export */   wC: () => (/* binding */ MAX_STREAM_BYTES)
/* harmony export */ });
/* unused harmony exports readLog, scanLogFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9310);
/* harmony import */ var _core_classify_normalize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31637);
/* harmony import */ var _core_tests_console_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21728);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74296);







// Large reads keep the per-chunk overhead low; small enough that the heap stays well under 128 MB.
const READ_CHUNK = 256 << 10;
/**
 * Standard input, a pipe or a device is read up to this many bytes: an endless stream (`/dev/zero`, a
 * `tail -f`) cannot hang the classifier. A regular file is read whole, whatever its size.
 */
const MAX_STREAM_BYTES = 256 << 20;
/** Whether a regular file starts with these bytes (the content decides what it is, not its name). */
async function fileStartsWith(file, magic) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        const { bytesRead, buffer } = await handle.read(Buffer.alloc(magic.length), 0, magic.length, 0);
        return bytesRead === magic.length && magic.every((byte, i) => buffer[i] === byte);
    }
    finally {
        await handle.close();
    }
}
const GZIP_MAGIC = [0x1f, 0x8b];
function readError(file, error) {
    const code = error.code;
    if (code === 'ENOENT')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`${file}: no such file; pass the path of a log file`);
    if (code === 'EISDIR')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`${file}: is a directory; pass the path of a log file`);
    if (code === 'EACCES')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`${file}: permission denied; make the file readable`);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`${file}: cannot read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`);
}
/** Opens a log: `-` is standard input; a pipe or device is streamed as it is; a regular file may be gzip. */
async function openLog(file, stdin) {
    if (file === '-')
        return { stream: stdin(), gzip: false, endless: true };
    let gzip;
    try {
        // A pipe's or device's bytes would be consumed by a peek: only regular files are sniffed for gzip.
        const kind = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
        if (!kind.isFile() && !kind.isDirectory()) {
            return { stream: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: READ_CHUNK }), gzip: false, endless: true };
        }
        gzip = await fileStartsWith(file, GZIP_MAGIC);
    }
    catch (error) {
        throw readError(file, error);
    }
    if (!gzip && file.endsWith('.gz')) {
        const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
        if (size > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`${file}: not a gzip file (bad header); pass the uncompressed log or a valid .gz`);
    }
    if (!gzip)
        return { stream: fileChunks(file, READ_CHUNK), gzip, endless: false };
    const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: READ_CHUNK });
    const stream = source.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip)({ chunkSize: READ_CHUNK }));
    source.on('error', (error) => stream.destroy(error));
    return { stream, source, gzip, endless: false };
}
/**
 * A regular file's bytes, read into one buffer over and over: each chunk is consumed before the next read
 * (the scanner and the line splitter copy what they keep), so a 50 MB log leaves no 50 MB of spent chunks
 * for the garbage collector to find late, which is what set the peak RSS.
 */
async function* fileChunks(file, size) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        const buffer = Buffer.allocUnsafe(size);
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, size, null);
            if (bytesRead === 0)
                return;
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        await handle.close();
    }
}
/**
 * Splits chunks into lines for the consumers that need whole lines (the step tracker, team rules), keeping
 * at most `keep` bytes of each, so one endless line costs no more memory than a short one.
 */
class LineSplitter {
    keep;
    onLine;
    line = 1;
    carry = [];
    carryBytes = 0;
    open = false;
    constructor(keep, onLine) {
        this.keep = keep;
        this.onLine = onLine;
    }
    push(chunk) {
        let start = 0;
        for (;;) {
            const nl = chunk.indexOf(10, start);
            if (nl < 0)
                break;
            this.emit(chunk.subarray(start, Math.min(nl, start + this.keep)));
            start = nl + 1;
        }
        if (start < chunk.length) {
            this.open = true;
            const room = this.keep - this.carryBytes;
            if (room > 0)
                this.carry.push(Buffer.from(chunk.subarray(start, start + room)));
            this.carryBytes += Math.max(0, Math.min(room, chunk.length - start));
        }
    }
    end() {
        if (this.open)
            this.emit(Buffer.alloc(0));
    }
    emit(tail) {
        let bytes = tail;
        if (this.open) {
            bytes = Buffer.concat([...this.carry, tail]).subarray(0, this.keep);
            this.carry = [];
            this.carryBytes = 0;
            this.open = false;
        }
        this.onLine(bytes, this.line++);
    }
}
/** The last `max` characters of a log's lines, CI prefixes stripped: what a test runner printed last. */
class TailText {
    max;
    lines = [];
    start = 0;
    chars = 0;
    constructor(max) {
        this.max = max;
    }
    add(line) {
        this.lines.push(line);
        this.chars += line.length + 1;
        while (this.chars > this.max && this.start < this.lines.length)
            this.chars -= (this.lines[this.start++] ?? '').length + 1;
        // Dropped lines are let go in batches: one copy per half of the array, not one per line.
        if (this.start > 1024 && this.start * 2 > this.lines.length) {
            this.lines = this.lines.slice(this.start);
            this.start = 0;
        }
    }
    text() {
        return this.lines.slice(this.start).join('\n');
    }
}
/** Streams a log (a path, plain or .gz, or `-` for standard input) through the rules with bounded memory. */
async function readLog(file, options = {}, extra = {}) {
    const scanner = new _core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.LogScanner(options.ruleSet ?? (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.defaultRuleSet)());
    const team = options.teamRules?.length ? (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.compileTeamRules)(options.teamRules) : [];
    const matcher = team.length > 0 ? new _core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.TeamRuleMatcher(team, extra) : undefined;
    const steps = options.steps || matcher ? new _core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.StepTracker() : undefined;
    const tail = options.tests ? new TailText(_core_tests_console_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_CONSOLE_CHARS */ .HR) : undefined;
    // Team rules and test names see a line as the shipped rules do (at most 2 * MAX_LINE_CHARS bytes);
    // steps need its head.
    const keep = matcher || tail ? 2 * _core_classify_normalize_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_LINE_CHARS */ .yL : 512;
    const lines = steps || tail
        ? new LineSplitter(keep, (bytes, n) => {
            const raw = bytes.toString('utf8');
            tail?.add((0,_core_classify_normalize_js__WEBPACK_IMPORTED_MODULE_4__/* .stripLine */ .nU)(raw));
            if (!steps)
                return;
            const at = steps.line(raw, n);
            matcher?.line(raw, n, at);
        })
        : undefined;
    const { stream, source, gzip, endless } = await openLog(file, () => options.stdin ?? process.stdin);
    const max = endless ? (options.maxStreamBytes ?? MAX_STREAM_BYTES) : Infinity;
    let read = 0;
    let truncated = false;
    try {
        for await (const data of stream) {
            let chunk = data;
            if (read + chunk.length > max) {
                chunk = chunk.subarray(0, max - read);
                truncated = true;
            }
            read += chunk.length;
            scanner.push(chunk);
            lines?.push(chunk);
            // Leaving the loop destroys the stream: the writer of a pipe gets EPIPE and stops.
            if (truncated)
                break;
        }
    }
    catch (error) {
        source?.destroy();
        const code = error.code ?? '';
        if (gzip && code.startsWith('Z_')) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`${file}: corrupt or truncated gzip data (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}); re-download the log`);
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`${file}: cannot read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`);
    }
    lines?.end();
    const verdict = matcher?.verdict();
    return {
        scan: scanner.end(),
        truncated,
        ...(verdict ? { team: verdict } : {}),
        ...(steps ? { steps } : {}),
        ...(tail ? { failedTests: (0,_core_tests_console_js__WEBPACK_IMPORTED_MODULE_5__/* .failedFromConsole */ .DB)(tail.text()) } : {}),
    };
}
/** Streams a plain or gzipped log through the rules; memory stays bounded whatever the size. */
async function scanLogFile(file, ruleSet = (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.defaultRuleSet)()) {
    return (await readLog(file, { ruleSet })).scan;
}
/** Classifies a log (a path or `-`) with the team's rules first, naming the step its evidence came from. */
async function classifyLog(file, extra = {}, options = {}) {
    const ruleSet = options.ruleSet ?? (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.defaultRuleSet)();
    const { scan, truncated, team, steps, failedTests } = await readLog(file, { ...options, steps: true }, extra);
    const classification = team ?? (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.classifyScan)(scan.lines > 0 ? scan : undefined, extra, ruleSet);
    const line = classification.evidence?.line;
    const step = line !== undefined && line > 0 && steps ? steps.stepAt(line) : {};
    return { classification, step, truncated, bytes: scan.bytes, ...(failedTests ? { failedTests } : {}) };
}
/** Classifies a log file (plain or .gz) together with any other signals the caller has. */
async function classifyLogFile(file, extra = {}, ruleSet = (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.defaultRuleSet)()) {
    const scan = await scanLogFile(file, ruleSet);
    return (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.classifyScan)(scan.lines > 0 ? scan : undefined, extra, ruleSet);
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _state_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80095);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19227);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72020);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56376);
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
    const stageDurations = (0,_state_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .durationsOfStages */ .OA)(env.recovery.stageDurations, env.recovery.completedStages);
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
class NoFilesFoundError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${input} '${glob}' ${absolute ? 'is absolute' : "contains '..'"}: it can never match, since exclude globs are relative to the workspace (write it relative to the workspace, e.g. 'secrets' or 'build/**/*.map').`);
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
    const reserved = name ? (0,_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .reservedNameProblem */ .Vq)(name, "input 'name'") : undefined;
    if (reserved)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(reserved);
    return {
        stage: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .checkedStageName */ .Lg)(stageName(inputs), "Input 'stage'"),
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
 * A checkpoint that could not be saved never fails the job it protects (like a cache save), unless the
 * user asks: `if-no-files-found: error` when nothing matched, `fail-on-error` for any checkpoint not saved
 * (a bad input, a refused or failing store, nothing matched) but one whose empty match
 * `if-no-files-found: ignore` allows. `ignore` makes an empty match a plain line.
 */
function checkpointFailure(stage, reason, noFilesFound, ifNoFilesFound, failOnError = false) {
    // A reason is a sentence of its own, or not: it ends with one full stop either way.
    const message = `ci-recovery: no checkpoint saved for stage '${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(stage)}': ${reason.replace(/\.$/, '')}`;
    if (noFilesFound && ifNoFilesFound === 'error')
        return { level: 'error', fail: true, message: `${message} ('if-no-files-found: error').` };
    if (noFilesFound && ifNoFilesFound === 'ignore')
        return { level: 'info', fail: false, message: `${message}.` };
    if (failOnError)
        return { level: 'error', fail: true, message: `${message} ('fail-on-error: true').` };
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
    const message = `ci-recovery: restore${checkpointId ? ` of ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(checkpointId)}` : ''} failed: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(reason)}`;
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
            'completed-stages': (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .validStages */ .g_)(manifest.completedStages).valid.join(','),
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
    const { added, deleted } = (0,_diff_js__WEBPACK_IMPORTED_MODULE_5__/* .shownChanges */ .ph)(c);
    return {
        found: 'true',
        'checkpoint-id': id,
        restored: String(r.restored),
        changed: String(c.added.length + c.modified.length + c.deleted.length),
        added: boundedList(added),
        modified: boundedList(c.modified),
        deleted: boundedList(deleted),
        'completed-stages': (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .validStages */ .g_)(r.manifest.completedStages).valid.join(','),
    };
}
/**
 * The lines a dry run shows, one per path: `+` added, `~` modified, `-` deleted (a directory added or
 * deleted whole is one line). The action logs them, the CLI prints them.
 */
function changeLines(c) {
    const { added, deleted } = (0,_diff_js__WEBPACK_IMPORTED_MODULE_5__/* .shownChanges */ .ph)(c);
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

/***/ 21728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ failedFromConsole),
/* harmony export */   HR: () => (/* binding */ MAX_CONSOLE_CHARS)
/* harmony export */ });
/* unused harmony export CONSOLE_RUNNERS */
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
/* harmony import */ var _checkpoint_step_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97390);
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
    return (0,_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_0__/* .printablePath */ .Vj)((0,_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .testKey */ .S)(id)).replace(/^::/, ':\\:');
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
