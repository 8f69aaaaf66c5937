export const id = 96;
export const ids = [96,3013,7668];
export const modules = {

/***/ 98581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ fileDone),
/* harmony export */   y: () => (/* binding */ withFileProgress)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Who hears of each file a save packs or a restore (or validate) unpacks: the CLI's progress line on a
 * terminal. Scoped to one call with AsyncLocalStorage, so that the save and restore need no option for
 * it and nothing else ever hears; outside such a call `fileDone` is one lookup that finds nobody.
 */

const listener = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/** Runs `fn` with `onFile` told of every file packed or unpacked inside it (none: just runs it). */
function withFileProgress(onFile, fn) {
    return onFile ? listener.run(onFile, fn) : fn();
}
/** One more file packed or unpacked. */
function fileDone() {
    listener.getStore()?.();
}


/***/ }),

/***/ 98915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ openStore)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47498);



/**
 * `dir:PATH` (a local directory, relative paths against `cwd`) or `artifact` (the run's artifacts; the
 * artifact client is loaded only then, so the CLI with a dir store never loads it).
 */
async function openStore(spec, ctx = {}) {
    const s = spec.trim();
    if (s.startsWith('dir:') && s.length > 4)
        return new _store_js__WEBPACK_IMPORTED_MODULE_1__/* .DirStore */ .VW(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(ctx.cwd ?? process.cwd(), s.slice(4)));
    if (s === 'artifact') {
        const { ArtifactStore } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(4942), __webpack_require__.e(5113), __webpack_require__.e(1673)]).then(__webpack_require__.bind(__webpack_require__, 71673));
        return new ArtifactStore(ctx);
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Unknown checkpoint store '${spec}': use 'dir:PATH' (a local directory) or 'artifact' (the run's artifacts).`);
}


/***/ }),

/***/ 98835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* binding */ writeChangedFiles),
/* harmony export */   Ns: () => (/* binding */ changedFilesPath),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   k3: () => (/* binding */ effectiveConfig),
/* harmony export */   ze: () => (/* binding */ writeEffectiveConfig)
/* harmony export */ });
/* unused harmony export effectiveConfigPath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26104);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8175);





const CANDIDATES = [_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2, '.github/ci-recovery.yaml'];
/**
 * Reads `.github/ci-recovery.yml` (or `.yaml`) from the workspace. No file -> the defaults. A bad file
 * throws the UserError of parseConfig, with the path relative to the workspace. `file` (the `config` input
 * or `--config`, set to another path) replaces the default locations, and must exist: a team that named its
 * config and mistyped the path would otherwise run on the defaults without knowing.
 */
async function loadConfig(workspace, file) {
    for (const candidate of file ? [file] : CANDIDATES) {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(candidate) ? node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, candidate) : candidate;
        let text;
        try {
            await checkInRepository(workspace, rel);
            text = await readBounded(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, rel), rel);
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                throw error;
            if (file === undefined)
                continue;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Config file '${rel}' does not exist in the workspace (the 'config' input or --config names it): fix the path, or leave it out to use ${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2} or the defaults.`);
        }
        // The parser (yaml + ajv) loads only when there is a file to parse.
        const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(2856), __webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(9838), __webpack_require__.e(2588)]).then(__webpack_require__.bind(__webpack_require__, 29838));
        return { config: parseConfig(text, rel), file: rel };
    }
    return { config: _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONFIG */ .PV };
}
/**
 * Refuses a config path that leaves the repository or passes through a link: a config that is a link to
 * any file of the runner (`/etc/shadow`, a token file) would have its lines echoed in parse errors.
 */
async function checkInRepository(workspace, rel) {
    const parts = node_path__WEBPACK_IMPORTED_MODULE_1___default().normalize(rel).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) || parts[0] === '..')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Config file '${rel}' lies outside the repository: give a path inside the workspace (e.g. ${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2}).`);
    for (let i = 1; i <= parts.length; i++) {
        const at = parts.slice(0, i).join((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, at)); // ENOENT: no config there
        if (st.isSymbolicLink())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Config file '${rel}': '${at}' is a symbolic link; the config is read only as a regular file inside the repository (replace the link by the file).`);
    }
}
/** The file's text, refused (before reading it) when it is not a regular file or larger than any real config. */
async function readBounded(file, shownAs) {
    const handle = await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .openRegularFile */ .ZU)(file).catch((error) => {
        if (!(error instanceof _regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .NotRegularFileError */ .iZ))
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Config file '${shownAs}' is not a regular file; the config is read only as a regular file inside the repository.`);
    });
    try {
        const { size } = await handle.stat();
        if (size > _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${shownAs}: the file is ${size} bytes, over the limit of ${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW} bytes (${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW / 1024} KiB) for a config; keep only the sections you change (see schema/ci-recovery.schema.json)`);
        return await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
}
/**
 * The effective config for a sub-action: what main wrote to the file named by CI_RECOVERY_CONFIG_FILE, else
 * the file in the workspace, so sub-actions don't re-parse (and re-validate) it when main ran.
 */
async function effectiveConfig(env) {
    const fromMain = env.recovery.configFile ? await readEffectiveConfig(env.recovery.configFile) : undefined;
    if (fromMain)
        return fromMain;
    return (await loadConfig(env.workspace)).config;
}
/** The file main writes the effective config to, in the job's RUNNER_TEMP. */
function effectiveConfigPath(runnerTemp) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(runnerTemp, 'ci-recovery', 'effective-config.json');
}
/** Writes the effective config for later steps; returns its path. */
async function writeEffectiveConfig(runnerTemp, config) {
    const file = effectiveConfigPath(runnerTemp);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, JSON.stringify(config));
    return file;
}
/** Main's effective config, or undefined when the file is gone, too large or not a config. */
async function readEffectiveConfig(file) {
    try {
        // JSON of a config that passed the YAML limit: allow for quoting, refuse anything far larger.
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
        try {
            if ((await handle.stat()).size > 4 * _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW)
                return undefined;
            return (0,_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .configFromJson */ .Nw)(await handle.readFile('utf8'));
        }
        finally {
            await handle.close();
        }
    }
    catch {
        return undefined;
    }
}
/** Where main leaves the change's files for the job's later steps. */
function changedFilesPath(runnerTemp) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(runnerTemp, 'ci-recovery', 'changed-files.json');
}
/** Main: writes the change's files for later steps; returns the path. */
async function writeChangedFiles(runnerTemp, files) {
    const file = changedFilesPath(runnerTemp);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, JSON.stringify(files));
    return file;
}


/***/ }),

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
/* harmony import */ var _core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72994);
/* harmony import */ var _core_classify_normalize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31637);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);






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
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${file}: no such file; pass the path of a log file`);
    if (code === 'EISDIR')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${file}: is a directory; pass the path of a log file`);
    if (code === 'EACCES')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${file}: permission denied; make the file readable`);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${file}: cannot read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${file}: not a gzip file (bad header); pass the uncompressed log or a valid .gz`);
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
/** Streams a log (a path, plain or .gz, or `-` for standard input) through the rules with bounded memory. */
async function readLog(file, options = {}, extra = {}) {
    const scanner = new _core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.LogScanner(options.ruleSet ?? (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.defaultRuleSet)());
    const team = options.teamRules?.length ? (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.compileTeamRules)(options.teamRules) : [];
    const matcher = team.length > 0 ? new _core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.TeamRuleMatcher(team, extra) : undefined;
    const steps = options.steps || matcher ? new _core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.StepTracker() : undefined;
    // Team rules see a line as the shipped rules do (at most 2 * MAX_LINE_CHARS bytes); steps need its head.
    const keep = matcher ? 2 * _core_classify_normalize_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_LINE_CHARS */ .yL : 512;
    const lines = steps
        ? new LineSplitter(keep, (bytes, n) => {
            const raw = bytes.toString('utf8');
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${file}: corrupt or truncated gzip data (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}); re-download the log`);
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${file}: cannot read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
    }
    lines?.end();
    const verdict = matcher?.verdict();
    return {
        scan: scanner.end(),
        truncated,
        ...(verdict ? { team: verdict } : {}),
        ...(steps ? { steps } : {}),
    };
}
/** Streams a plain or gzipped log through the rules; memory stays bounded whatever the size. */
async function scanLogFile(file, ruleSet = (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.defaultRuleSet)()) {
    return (await readLog(file, { ruleSet })).scan;
}
/** Classifies a log (a path or `-`) with the team's rules first, naming the step its evidence came from. */
async function classifyLog(file, extra = {}, options = {}) {
    const ruleSet = options.ruleSet ?? (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.defaultRuleSet)();
    const { scan, truncated, team, steps } = await readLog(file, { ...options, steps: true }, extra);
    const classification = team ?? (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.classifyScan)(scan.lines > 0 ? scan : undefined, extra, ruleSet);
    const line = classification.evidence?.line;
    const step = line !== undefined && line > 0 && steps ? steps.stepAt(line) : {};
    return { classification, step, truncated, bytes: scan.bytes };
}
/** Classifies a log file (plain or .gz) together with any other signals the caller has. */
async function classifyLogFile(file, extra = {}, ruleSet = (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.defaultRuleSet)()) {
    const scan = await scanLogFile(file, ruleSet);
    return (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.classifyScan)(scan.lines > 0 ? scan : undefined, extra, ruleSet);
}


/***/ }),

/***/ 70096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ classify)
});

// EXTERNAL MODULE: ./src/adapters/config-file.ts
var config_file = __webpack_require__(98835);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/adapters/log-file.ts
var log_file = __webpack_require__(53013);
;// CONCATENATED MODULE: ./src/adapters/log-archive.ts
/**
 * The run-log archive GitHub serves (`GET /repos/{o}/{r}/actions/runs/{id}/logs`, the web's "Download log
 * archive", what `gh run view --log` caches): a zip holding, per job, `<n>_<job>.txt` with the whole job's
 * log at the top, and `<job>/<n>_<step>.txt` with one step's lines. Some archives hold only the step files,
 * some a legacy `-2147483648_<job>.txt` beside the real one (cli/cli#10768). Each job comes back as one
 * stream to classify: its own file, else its steps in number order, else the legacy file.
 *
 * Nothing in the archive is trusted: entries are streamed, never extracted, their names only label the
 * output, and yauzl checks each entry's size against the central directory (a lying zip bomb fails).
 */




/** Whether a regular file starts with a zip local header (`PK\3\4`); the content decides, not the name. */
const isZip = (file) => (0,log_file/* fileStartsWith */.Cx)(file, [0x50, 0x4b, 0x03, 0x04]);
/** Beyond this many entries the archive is not a run's logs (a run has at most 256 jobs of 1,000 steps). */
const MAX_ENTRIES = 300_000;
const LEGACY = '-2147483648';
const NUMBERED = /^(-?\d+)_(.+)\.txt$/;
/** Files a zip picks up on a Mac, never logs. */
const ignored = (name) => name.startsWith('__MACOSX/') || name.endsWith('/.DS_Store') || name === '.DS_Store';
function place(into, entry) {
    const name = entry.fileName;
    if (name.endsWith('/') || ignored(name))
        return;
    const slash = name.indexOf('/');
    const base = slash < 0 ? name : name.slice(slash + 1);
    const m = NUMBERED.exec(base);
    if (!m || base.includes('/'))
        return;
    const job = slash < 0 ? m[2] : name.slice(0, slash);
    if (!into.order.includes(job))
        into.order.push(job);
    if (slash >= 0) {
        into.steps.set(job, [...(into.steps.get(job) ?? []), { n: Number(m[1]), entry }]);
    }
    else if (m[1] === LEGACY) {
        into.legacy.set(job, entry);
    }
    else {
        into.whole.set(job, { n: Number(m[1]), entry });
    }
}
function jobsOf(found) {
    const rank = (job) => found.whole.get(job)?.n ?? Number.MAX_SAFE_INTEGER;
    return [...found.order]
        .sort((a, b) => rank(a) - rank(b))
        .flatMap((job) => {
        const whole = found.whole.get(job);
        if (whole)
            return [{ job, from: 'job', entries: [whole.entry] }];
        const steps = found.steps.get(job);
        if (steps?.length) {
            const entries = [...steps].sort((a, b) => a.n - b.n).map((s) => s.entry);
            return [{ job, from: 'steps', entries }];
        }
        const legacy = found.legacy.get(job);
        return legacy ? [{ job, from: 'legacy', entries: [legacy] }] : [];
    });
}
function unreadable(file, error) {
    return new errors/* UserError */.yo(`${file}: not a readable log archive (${(0,errors/* errorMessage */.gJ)(error)}); download it again`);
}
/** Opens a run-log archive and lists its jobs from the central directory; nothing is read yet. */
async function openLogArchive(file) {
    let zip;
    try {
        zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, strictFileNames: false });
    }
    catch (error) {
        throw unreadable(file, error);
    }
    const found = { whole: new Map(), legacy: new Map(), steps: new Map(), order: [] };
    try {
        let count = 0;
        for await (const entry of zip.eachEntry()) {
            if (++count > MAX_ENTRIES)
                throw new Error(`more than ${MAX_ENTRIES} entries, more than a run's logs can hold`);
            if (entry.isEncrypted())
                throw new Error(`an entry is encrypted, which a run's log archive never is`);
            place(found, entry);
        }
    }
    catch (error) {
        zip.close();
        throw unreadable(file, error);
    }
    return { jobs: jobsOf(found), stream: (job) => external_node_stream_.Readable.from(joined(zip, job)), close: () => zip.close() };
}
/** The job's entries one after the other; a step file without a last newline gets one. */
async function* joined(zip, job) {
    for (const entry of job.entries) {
        const stream = await zip.openReadStreamPromise(entry);
        let last = 10;
        try {
            for await (const chunk of stream) {
                const data = chunk;
                if (data.length > 0)
                    last = data[data.length - 1];
                yield data;
            }
        }
        finally {
            // A reader that stops early (the classifier's byte cap) must not leave the entry's inflater open.
            stream.destroy();
        }
        if (job.from === 'steps' && last !== 10)
            yield Buffer.from('\n');
    }
}

// EXTERNAL MODULE: ./src/adapters/runner.ts + 1 modules
var runner = __webpack_require__(47166);
// EXTERNAL MODULE: ./src/cli/verb.ts
var verb = __webpack_require__(35525);
// EXTERNAL MODULE: ./src/cli/flags.ts
var cli_flags = __webpack_require__(95377);
// EXTERNAL MODULE: ./src/cli/progress.ts
var cli_progress = __webpack_require__(9851);
;// CONCATENATED MODULE: ./src/cli/classify.ts








const STREAM_MB = log_file/* MAX_STREAM_BYTES */.wC >> 20;
const HELP = `usage: ci-recovery classify <log | ->... [--exit-code N] [--signal SIG] [--config FILE] [--json]

Classifies the failure each log shows (GitHub Actions, \`gh run view --log\`/\`--log-failed\`, Travis, Jenkins,
Taskcluster or any text log, plain or .gz, or a run's log archive .zip, one result per job): type, confidence, whether a retry may help, the decisive line,
the step it is in (when the log says) and the rule that decided. \`-\` reads standard input; standard input,
a pipe or a device is read up to its first ${STREAM_MB} MB (said on stderr when it goes on). One result per
log; a log that cannot be read gets an error and the others are still classified (exit code 1 then).
The team's own rules (classify.rules in .github/ci-recovery.yml) are tried first.

  --exit-code N   exit code of the failed step (124 timeout, 137 killed, 143 terminated, ...)
  --signal SIG    signal that ended the step (SIGKILL, SIGTERM, ...)
  --config FILE   config whose classify.rules to use (default .github/ci-recovery.yml here, if any)
  --json          one JSON object per log per line:
                  {"file","type","confidence","retryable","evidence":{"line","text"},"rule","job","step"}

examples:
  ci-recovery classify build.log
  gh api repos/OWNER/REPO/actions/runs/123456/logs > run.zip && ci-recovery classify run.zip
  gh run view 123456 --log-failed | ci-recovery classify -
  ci-recovery classify --exit-code 137 --json logs/*.log`;
/** `job / step` as the log names them (gh's columns), or the step alone (a raw log's `Run …` group). */
function stepName({ step }) {
    if (step.step === undefined)
        return undefined;
    return step.job !== undefined ? `${step.job} / ${step.step}` : step.step;
}
function human(file, verdict) {
    const c = verdict.classification;
    const lines = [
        `${file}: ${c.type} (${c.confidence} confidence${c.retryable ? ', retryable' : ''}; rule ${c.rule})`,
    ];
    const step = stepName(verdict);
    if (step !== undefined)
        lines.push(`  step: ${step}`);
    if (c.evidence)
        lines.push(`  line ${c.evidence.line}: ${c.evidence.text}`);
    return lines.join('\n');
}
function json(file, { classification: c, step, truncated }) {
    return (0,runner/* inertJson */.nl)({
        file,
        type: c.type,
        confidence: c.confidence,
        retryable: c.retryable,
        evidence: c.evidence ? { line: c.evidence.line, text: c.evidence.text } : null,
        rule: c.rule,
        job: step.job ?? null,
        step: step.step ?? null,
        ...(truncated ? { truncated } : {}),
    });
}
/** Whether a path is a regular file holding a zip; any error is left to the log reader to name. */
async function archive(file) {
    if (file === '-')
        return false;
    try {
        return await isZip(file);
    }
    catch {
        return false;
    }
}
/**
 * The verdicts of one input: one for a log, one per job for a run's log archive (its job named in the
 * label and in `job`).
 */
async function verdictsOf(file, extra, options) {
    if (!(await archive(file)))
        return [{ label: file, verdict: await (0,log_file/* classifyLog */.PU)(file, extra, options) }];
    const zip = await openLogArchive(file);
    const out = [];
    try {
        if (zip.jobs.length === 0)
            throw new errors/* UserError */.yo(`${file}: a zip with no job logs in it (<n>_<job>.txt or <job>/<n>_<step>.txt); pass a run's log archive`);
        for (const job of zip.jobs) {
            // Each job is read as standard input would be: streamed, within the same byte cap.
            const label = `${file} (job ${job.job})`;
            const verdict = await (0,log_file/* classifyLog */.PU)('-', extra, { ...options, stdin: zip.stream(job) }).catch((error) => {
                // The reader names standard input; say which archive and job, and what to do.
                const why = (0,errors/* errorMessage */.gJ)(error).replace(/^-: /, '');
                throw new errors/* UserError */.yo(`${label}: ${why}; the archive is damaged or forged, download it again`);
            });
            out.push({
                label,
                verdict: { ...verdict, step: { ...verdict.step, job: verdict.step.job ?? job.job } },
            });
        }
    }
    finally {
        zip.close();
    }
    return out;
}
/* harmony default export */ const classify = ({
    async run(argv) {
        if ((0,verb/* wantsHelp */.l)(argv)) {
            process.stdout.write(HELP + '\n');
            return 0;
        }
        const { flags, positionals } = (0,cli_flags/* parseArgs */.Zy)('classify', argv, { 'exit-code': 'string', signal: 'string', config: 'string', json: 'bool' }, { positionals: true });
        const asJson = flags.json === true;
        const signal = (0,cli_flags/* str */.gx)(flags, 'signal');
        if (positionals.length === 0)
            throw new errors/* UsageError */.eb("give at least one log file, or - for standard input; see 'ci-recovery classify --help'");
        if (positionals.filter((p) => p === '-').length > 1)
            throw new errors/* UsageError */.eb("standard input can be read once: give '-' only once");
        const exitCode = (0,cli_flags/* int */.Wh)(flags, 'exit-code', { min: 0, max: 255 });
        const extra = {
            ...(exitCode !== undefined ? { exitCode } : {}),
            ...(signal ? { signal } : {}),
        };
        const { config } = await (0,config_file/* loadConfig */.Z9)(process.cwd(), (0,cli_flags/* str */.gx)(flags, 'config'));
        const teamRules = config.classify.rules;
        let failed = 0;
        const progress = positionals.length > 1
            ? (0,cli_progress/* progressOnTerminal */.xt)('classify', asJson, { countFiles: true, total: positionals.length })
            : undefined;
        for (const file of positionals) {
            if (file === '-' && process.stdin.isTTY)
                process.stderr.write('ci-recovery classify: reading the log from the terminal; paste it and end with Ctrl-D (or pipe it: gh run view ID --log-failed | ci-recovery classify -)\n');
            try {
                for (const { label, verdict } of await verdictsOf(file, extra, { teamRules })) {
                    progress?.done();
                    if (verdict.truncated)
                        process.stderr.write((0,runner/* inertText */.UJ)(`ci-recovery classify: ${label}: read the first ${STREAM_MB} MB only (the input went on); the verdict is from those`) + '\n');
                    process.stdout.write((0,runner/* inertText */.UJ)(asJson ? json(file, verdict) : human(label, verdict)) + '\n');
                    progress?.add(0, verdict.bytes);
                }
                progress?.add(1, 0);
            }
            catch (error) {
                failed++;
                progress?.done();
                const message = (0,errors/* errorMessage */.gJ)(error);
                if (asJson)
                    process.stdout.write((0,runner/* inertJson */.nl)({ file, error: message }) + '\n');
                process.stderr.write((0,runner/* inertText */.UJ)(`ci-recovery classify: ${message}`) + '\n');
            }
        }
        progress?.done();
        return failed > 0 ? 1 : 0;
    },
});


/***/ }),

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d3: () => (/* binding */ withFileCounts),
/* harmony export */   u3: () => (/* binding */ withArchiveProgress),
/* harmony export */   xt: () => (/* binding */ progressOnTerminal)
/* harmony export */ });
/* unused harmony exports renderProgress, Progress */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24093);
/* harmony import */ var _adapters_checkpoint_file_progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98581);
/**
 * Progress of long CLI work on a terminal: one line on stderr, redrawn at most every 100 ms and cleared at
 * the end. Only when stderr is a TTY and the output is not JSON, so logs, pipes and scripts never see it.
 */



/** `restore: 1.2 GiB, 85.3 MiB/s` or `classify: 12/40 files, 3.1 MiB, 9.8 MiB/s`. */
function renderProgress(label, c, unit = 'files') {
    const parts = [];
    if (c.files !== undefined)
        parts.push(`${c.files}${c.total !== undefined ? `/${c.total}` : ''} ${unit}`);
    parts.push((0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .bytes */ .ee)(c.bytes));
    if (c.elapsedMs > 0)
        parts.push(`${(0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .bytes */ .ee)(Math.round((c.bytes * 1000) / c.elapsedMs))}/s`);
    return `${label}: ${parts.join(', ')}`;
}
class Progress {
    label;
    out;
    opts;
    files;
    bytes = 0;
    lastDraw = -Infinity;
    drawn = false;
    start;
    constructor(label, out, opts = {}) {
        this.label = label;
        this.out = out;
        this.opts = opts;
        this.start = this.now();
        if (opts.countFiles)
            this.files = 0;
    }
    now() {
        return (this.opts.now ?? Date.now)();
    }
    add(files, bytes) {
        if (this.files !== undefined)
            this.files += files;
        this.bytes += bytes;
        const now = this.now();
        if (now - this.lastDraw < 100)
            return;
        this.lastDraw = now;
        this.drawn = true;
        const counts = {
            ...(this.files !== undefined ? { files: this.files } : {}),
            ...(this.opts.total !== undefined ? { total: this.opts.total } : {}),
            bytes: this.bytes,
            elapsedMs: now - this.start,
        };
        this.out.write(`\r\x1b[K${renderProgress(this.label, counts, this.opts.unit)}`);
    }
    /** Clears the line, so that what is printed next stands alone; the next add draws it again. */
    done() {
        if (this.drawn)
            this.out.write('\r\x1b[K');
        this.drawn = false;
        this.lastDraw = -Infinity;
    }
}
/** A progress line on stderr, or none when stderr is not a terminal or the output is JSON. */
function progressOnTerminal(label, json, opts = {}, out = process.stderr) {
    return out.isTTY && !json ? new Progress(label, out, opts) : undefined;
}
/** Counts the bytes that pass through a stream. */
function counted(data, onBytes) {
    const tap = new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
        transform(chunk, _encoding, callback) {
            onBytes(chunk.length);
            callback(null, chunk);
        },
    });
    (0,node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(data, tap, () => undefined);
    return tap;
}
/**
 * The store with every archive counted as it is written or read. It keeps the store's class (a directory
 * store inside the workspace is still left out of its own checkpoints) and calls the store itself, but
 * offers no in-place path, so that archives are read as streams whose bytes can be seen.
 */
function withArchiveProgress(store, progress) {
    if (!progress)
        return store;
    const wrapped = Object.create(store);
    return Object.assign(wrapped, {
        putArchive: (file, data) => store.putArchive(file, counted(data, (n) => progress.add(0, n))),
        getArchive: async (file) => counted(await store.getArchive(file), (n) => progress.add(0, n)),
        archivePath: undefined,
        putManifest: store.putManifest.bind(store),
        getManifest: store.getManifest.bind(store),
        objects: store.objects.bind(store),
        removeObject: store.removeObject.bind(store),
    });
}
/**
 * Runs a save or restore with every file it packs or unpacks counted on `progress` (a progress made with
 * `countFiles`), and the line cleared at the end.
 */
function withFileCounts(progress, fn) {
    return (0,_adapters_checkpoint_file_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .withFileProgress */ .y)(progress && (() => progress.add(1, 0)), fn).finally(() => progress?.done());
}


/***/ }),

/***/ 24093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D7: () => (/* binding */ stderrLogger),
/* harmony export */   Iy: () => (/* binding */ openCliStore),
/* harmony export */   Q2: () => (/* binding */ printJson),
/* harmony export */   ee: () => (/* binding */ bytes),
/* harmony export */   ko: () => (/* binding */ cliManifestCache),
/* harmony export */   rp: () => (/* binding */ DEFAULT_CLI_STORE),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   vS: () => (/* binding */ stdoutToStderr),
/* harmony export */   yy: () => (/* binding */ print)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _adapters_checkpoint_open_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98915);
/* harmony import */ var _adapters_checkpoint_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47498);
/* harmony import */ var _adapters_runner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47166);
/* harmony import */ var _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97390);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72020);
/** Output, logging and store defaults shared by the checkpoint CLI verbs (checkpoint, restore, list, validate, cleanup). */








/** The CLI's embedded default: a directory store under the current directory (excluded from checkpoints). */
const DEFAULT_CLI_STORE = 'dir:.ci-recovery/checkpoints';
/**
 * The store a CLI verb names with --store. A spec that is neither form is a usage error. The artifact
 * store needs the runtime token the runner gives each job (ACTIONS_RUNTIME_TOKEN): outside a job there is
 * none, which no permission or github-token can make up for, so say that instead of what the artifact
 * client would report.
 */
async function openCliStore(spec, env) {
    const s = (spec ?? DEFAULT_CLI_STORE).trim();
    if (!(s.startsWith('dir:') && s.length > 4) && s !== 'artifact')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--store '${s}' is not a store: write 'dir:PATH' (a local directory) or 'artifact' (the run's artifacts, inside a GitHub Actions job).`);
    if (s === 'artifact' && !env.runtime.token)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo('--store artifact works only inside a GitHub Actions job: the runner gives each job a runtime token (ACTIONS_RUNTIME_TOKEN) and there is none here. Outside Actions use a directory store, e.g. --store dir:.ci-recovery/checkpoints.');
    if (s.startsWith('dir:'))
        refuseLinkedStore(s.slice('dir:'.length), spec === undefined, process.cwd());
    return (0,_adapters_checkpoint_open_js__WEBPACK_IMPORTED_MODULE_2__/* .openStore */ .C)(s, { cwd: process.cwd() });
}
/**
 * A relative store (the default one too) is written under the current directory, which is often a
 * checkout: a `.ci-recovery` (or any part of the path) committed or planted as a symbolic link would send
 * every checkpoint, with the workspace's files, wherever the link points, and have restores read what is
 * there. A link on the way is refused; a missing part is made later. An absolute path is the user's own.
 */
function refuseLinkedStore(dir, isDefault, cwd) {
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(dir))
        return;
    const parts = node_path__WEBPACK_IMPORTED_MODULE_1___default().normalize(dir)
        .split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))
        .filter((p) => p !== '' && p !== '.');
    for (let i = 1; i <= parts.length; i++) {
        const at = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, ...parts.slice(0, i));
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(at, { throwIfNoEntry: false });
        if (!st)
            return;
        if (!st.isSymbolicLink())
            continue;
        let target = '?';
        try {
            target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(at);
        }
        catch {
            // Named as '?'.
        }
        const which = isDefault ? `the default store ${dir}` : `the store dir:${dir}`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${which} in ${cwd} goes through a symbolic link (${parts.slice(0, i).join('/')} -> ${target}), so checkpoints would be written wherever it points; remove the link, or name the store by its absolute path with --store dir:PATH.`);
    }
}
/**
 * Where the CLI keeps local manifest copies (with this machine's stat facts, so that the next incremental
 * checkpoint reads only changed files): the job's RUNNER_TEMP in a workflow, else beside a directory
 * store (a hidden folder its listing skips); none for the artifact store outside a runner.
 */
function cliManifestCache(store, env) {
    return ((0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultManifestCache */ .Rb)(env) ?? (store instanceof _adapters_checkpoint_store_js__WEBPACK_IMPORTED_MODULE_3__/* .DirStore */ .VW ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(store.dir, '.local') : undefined));
}
function bytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = n;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`;
}
/** The real stdout while stdoutToStderr is active: results go there, library chatter does not. */
let resultOut;
/** A result line on stdout; paths and log text in it cannot act as workflow commands under Actions. */
function print(line = '') {
    (resultOut ?? process.stdout.write.bind(process.stdout))((0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .inertText */ .UJ)(line) + '\n');
}
function printJson(value) {
    print((0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .inertJson */ .nl)(value, 2));
}
/** Aligned plain-text table. */
function table(rows) {
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
    return rows
        .map((r) => r
        .map((cell, c) => cell.padEnd(widths[c]))
        .join('  ')
        .trimEnd())
        .join('\n');
}
/**
 * The CLI logs to stderr (stdout carries results, and is pure JSON with --json); debug lines only with
 * RUNNER_DEBUG=1, the switch GitHub's "debug logging" re-run sets and @actions/core reads.
 */
function stderrLogger(verbose) {
    // stderr too: the runner reads both streams for workflow commands.
    const w = (prefix) => (m) => void process.stderr.write(`${(0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .inertText */ .UJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inertLines */ .wi)(`${prefix}${m}`))}\n`);
    return {
        debug: (m) => (verbose ? w('debug: ')(m) : undefined),
        info: w(''),
        notice: w('notice: '),
        warning: w('warning: '),
        error: w('error: '),
        group: (_name, fn) => fn(),
    };
}
/**
 * Runs fn with stdout sent to stderr: the artifact and cache clients log through @actions/core, which
 * writes to stdout outside Actions, and stdout must carry only our result (pure JSON with --json).
 */
async function stdoutToStderr(fn) {
    const stdout = process.stdout;
    const original = Object.getOwnPropertyDescriptor(stdout, 'write');
    const write = stdout.write.bind(stdout);
    resultOut = (text) => write(text);
    stdout.write = process.stderr.write.bind(process.stderr);
    try {
        return await fn();
    }
    finally {
        if (original)
            Object.defineProperty(stdout, 'write', original);
        else
            delete stdout.write;
        resultOut = undefined;
    }
}


/***/ }),

/***/ 35525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ wantsHelp)
/* harmony export */ });
/** `--help` or `-h` anywhere among a verb's arguments (checked before parsing, so it works next to a mistake). */
function wantsHelp(argv) {
    return argv.includes('--help') || argv.includes('-h');
}


/***/ }),

/***/ 26104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ DEFAULT_BUDGETS),
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Nw: () => (/* binding */ configFromJson),
/* harmony export */   PT: () => (/* binding */ camelize),
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   QX: () => (/* binding */ DEFAULT_REVERT_CONFIG),
/* harmony export */   R2: () => (/* binding */ mergeConfig),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE)
/* harmony export */ });
/* harmony import */ var _job_filter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30047);
/* harmony import */ var _lanes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57668);


const DEFAULT_REVERT_CONFIG = {
    mode: 'pr',
    dailyCap: 3,
    optOutMarker: 'NO-AUTO-REVERT',
    killSwitchLabel: 'ci-recovery:no-revert',
};
const CONFIG_FILE = '.github/ci-recovery.yml';
/** A real config is a few KiB; past this the file is refused before it is read or parsed. */
const MAX_CONFIG_BYTES = 256 * 1024;
const DEFAULT_BUDGETS = {
    DOCS: { maxAttempts: 2, backoffSeconds: 5, timeoutMinutes: 15, checkpoint: false },
    STANDARD: { maxAttempts: 3, backoffSeconds: 10, timeoutMinutes: 60, checkpoint: false },
    HEAVY: { maxAttempts: 4, backoffSeconds: 10, timeoutMinutes: 180, checkpoint: true },
};
const DEFAULT_CONFIG = {
    lanes: _lanes_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LANE_RULES */ .D$,
    policy: [],
    budgets: DEFAULT_BUDGETS,
    checkpoint: { paths: [], retentionDays: 7, store: 'artifact' },
    revert: DEFAULT_REVERT_CONFIG,
    ledger: { enabled: true },
    classify: { rules: [] },
    supervise: _job_filter_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SUPERVISE_SCOPE */ .sh,
    tests: { quarantine: false, quarantined: [] },
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
        classify: { rules: Array.isArray(p.classify?.rules) ? p.classify.rules : [] },
        supervise: { ...DEFAULT_CONFIG.supervise, ...p.supervise },
        tests: {
            quarantine: p.tests?.quarantine === true,
            quarantined: Array.isArray(p.tests?.quarantined)
                ? p.tests.quarantined.filter((k) => typeof k === 'string')
                : [],
        },
    };
}
/** The effective config as main hands it to later steps (`CI_RECOVERY_CONFIG_FILE`); tolerant of partial JSON. */
function configFromJson(text) {
    try {
        return mergeConfig(JSON.parse(text));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 30047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ outOfScope),
/* harmony export */   mw: () => (/* binding */ globMatches),
/* harmony export */   sh: () => (/* binding */ DEFAULT_SUPERVISE_SCOPE)
/* harmony export */ });
/**
 * Which failed jobs the supervisor may act on (re-run, or revert for), from the config's `supervise:`
 * section: job and step name globs, and deployments, which are left to a person unless the user says
 * otherwise. Pure.
 */
const DEFAULT_SUPERVISE_SCOPE = {
    jobs: ['*'],
    excludeJobs: [],
    excludeSteps: [],
    deployJobs: ['*deploy*', '*release*', '*publish*'],
    deployments: 'manual',
};
/**
 * A name glob: `*` any run of characters, `?` one; case-insensitive, whole name. Matched without a regular
 * expression, in time linear in the name for each star (job names come from the run, which a PR may name).
 */
function globMatches(glob, name) {
    const g = [...glob.toLowerCase()];
    const n = [...name.toLowerCase()];
    let gi = 0;
    let ni = 0;
    let star = -1;
    let resume = 0;
    while (ni < n.length) {
        if (gi < g.length && (g[gi] === '?' || g[gi] === n[ni])) {
            gi++;
            ni++;
        }
        else if (gi < g.length && g[gi] === '*') {
            star = gi++;
            resume = ni;
        }
        else if (star >= 0) {
            gi = star + 1;
            ni = ++resume;
        }
        else
            return false;
    }
    while (gi < g.length && g[gi] === '*')
        gi++;
    return gi === g.length;
}
const firstMatch = (globs, name) => globs.find((g) => globMatches(g, name));
/** Why the supervisor leaves this job to a person; undefined when it may act on it. */
function outOfScope(job, scope = DEFAULT_SUPERVISE_SCOPE) {
    const person = 'left to a person';
    if (!firstMatch(scope.jobs, job.name))
        return `${person}: the job is not in supervise.jobs (${scope.jobs.map((g) => `'${g}'`).join(', ')})`;
    const excluded = firstMatch(scope.excludeJobs, job.name);
    if (excluded)
        return `${person}: the job matches supervise.exclude-jobs '${excluded}'`;
    for (const step of job.steps) {
        if (step.conclusion !== 'failure')
            continue;
        const glob = firstMatch(scope.excludeSteps, step.name);
        if (glob)
            return `${person}: its failed step '${step.name}' matches supervise.exclude-steps '${glob}'`;
    }
    if (scope.deployments === 'manual') {
        if (job.environment)
            return `${person}: the job deploys to the environment '${job.environment}' (deployments are never re-run or reverted for unless supervise.deployments is 'policy')`;
        const deploy = firstMatch(scope.deployJobs, job.name);
        if (deploy)
            return `${person}: the job deploys (its name matches supervise.deploy-jobs '${deploy}'; deployments are never re-run or reverted for unless supervise.deployments is 'policy')`;
    }
    return undefined;
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
        const unknown = `changed files unknown${change.unknownBecause ? `: ${change.unknownBecause}` : ''}`;
        // A person's docs label is the only knowledge left; without it the change is unknown.
        if (docsLabel)
            return { lane: 'DOCS', reason: `label '${docsLabel}' (${unknown})` };
        return { lane: 'STANDARD', reason: unknown };
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


/***/ })

};
