export const id = 5226;
export const ids = [5226,6630,4249];
export const modules = {

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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _runner_adapters_regular_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90422);





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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Config file '${rel}' does not exist in the workspace (the 'config' input or --config names it): fix the path, or leave it out to use ${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2} or the defaults.`);
        }
        // The parser (yaml + ajv) loads only when there is a file to parse (a start with no config file does
        // not pay for it); the team rules' engine only when the file has team rules (core/config.ts).
        const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(6059), __webpack_require__.e(7552), __webpack_require__.e(4844)]).then(__webpack_require__.bind(__webpack_require__, 7552));
        return { config: await parseConfig(text, rel), file: rel };
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Config file '${rel}' lies outside the repository: give a path inside the workspace (e.g. ${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2}).`);
    for (let i = 1; i <= parts.length; i++) {
        const at = parts.slice(0, i).join((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, at)); // ENOENT: no config there
        if (st.isSymbolicLink())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Config file '${rel}': '${at}' is a symbolic link; the config is read only as a regular file inside the repository (replace the link by the file).`);
    }
}
/** The file's text, refused (before reading it) when it is not a regular file or larger than any real config. */
async function readBounded(file, shownAs) {
    const handle = await (0,_runner_adapters_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegularFile */ .ZU)(file).catch((error) => {
        if (!(error instanceof _runner_adapters_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .NotRegularFileError */ .iZ))
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Config file '${shownAs}' is not a regular file; the config is read only as a regular file inside the repository.`);
    });
    try {
        const { size } = await handle.stat();
        if (size > _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${shownAs}: the file is ${size} bytes, over the limit of ${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW} bytes (${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW / 1024} KiB) for a config; keep only the sections you change (see schema/ci-recovery.schema.json)`);
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
            // Its team rules are not compiled here: run/'s classify port loads their engine when a failure is classified.
            return (0,_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .configFromJson */ .Nw)(await handle.readFile('utf8'));
        }
        finally {
            await handle.close();
        }
    }
    catch {
        // no config file, or one that cannot be read, is the caller's "not found"
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

/***/ 99057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ bytes)
/* harmony export */ });
/**
 * A byte count as people read it (`1.5 MiB`). Apart from support.ts, which loads the checkpoint engine's door:
 * classify's progress line needs this and none of that.
 */
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


/***/ }),

/***/ 5226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   inlineLess: () => (/* binding */ inlineLess),
/* harmony export */   keepYoungGenerationSmall: () => (/* binding */ keepYoungGenerationSmall)
/* harmony export */ });
/* harmony import */ var _adapters_config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98835);
/* harmony import */ var _adapters_log_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23759);
/* harmony import */ var _runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64984);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _verb_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(35525);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95377);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9851);
/* harmony import */ var _tests_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41695);
/* harmony import */ var _core_test_identity_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(36630);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(72020);










const STREAM_MB = _adapters_log_file_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_STREAM_BYTES */ .wC >> 20;
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
                  {"file","type","confidence","retryable","evidence":{"line","text"},"rule","job","step"},
                  and "failedTests" (their keys, runner:file::name[params]) when the log names any,
                  "recovered" {"line","text"} when ci-recovery turned the step green after it

examples:
  ci-recovery classify build.log
  gh api repos/OWNER/REPO/actions/runs/123456/logs > run.zip && ci-recovery classify run.zip
  gh run view 123456 --log-failed | ci-recovery classify -
  ci-recovery classify --exit-code 137 --json logs/*.log`;
/** `job / step` as the log names them (gh's columns), or the step alone (a raw log's `Run \u2026` group). */
function stepName({ step }) {
    if (step.step === undefined)
        return undefined;
    return step.job !== undefined ? `${step.job} / ${step.step}` : step.step;
}
function human(file, verdict) {
    const c = verdict.classification;
    const lines = [
        `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_7__/* .printablePath */ .Vj)(file)}: ${c.type} (${c.confidence} confidence${c.retryable ? ', retryable' : ''}; rule ${c.rule})`,
    ];
    const step = stepName(verdict);
    if (step !== undefined)
        lines.push(`  step: ${step}`);
    if (c.evidence)
        lines.push(`  line ${c.evidence.line}: ${c.evidence.text}`);
    if (verdict.failedTests?.length)
        lines.push(`  tests: ${(0,_tests_js__WEBPACK_IMPORTED_MODULE_6__/* .failedTestsLine */ .R9)(verdict.failedTests)}`);
    if (verdict.recovered)
        lines.push(`  passed: line ${verdict.recovered.line}: ${verdict.recovered.text}`, '  ci-recovery turned this step green: the failure above passed on its re-run; nothing to fix (a test that passed only then is flaky)');
    return lines.join('\n');
}
function json(file, { classification: c, step, truncated, failedTests, recovered }) {
    return (0,_runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertJson */ .nl)({
        file,
        type: c.type,
        confidence: c.confidence,
        retryable: c.retryable,
        evidence: c.evidence ? { line: c.evidence.line, text: c.evidence.text } : null,
        rule: c.rule,
        job: step.job ?? null,
        step: step.step ?? null,
        ...(truncated ? { truncated } : {}),
        ...(failedTests?.length ? { failedTests: failedTests.map(_core_test_identity_js__WEBPACK_IMPORTED_MODULE_8__/* .testKey */ .S) } : {}),
        ...(recovered ? { recovered } : {}),
    });
}
/** Whether a path is a regular file holding a zip; any error is left to the log reader to name. */
async function archive(file) {
    if (file === '-')
        return false;
    try {
        return await (0,_adapters_log_file_js__WEBPACK_IMPORTED_MODULE_1__/* .isZip */ .K0)(file);
    }
    catch {
        // a file that cannot be opened as a zip is read as a log
        return false;
    }
}
/**
 * The verdicts of one input: one for a log, one per job for a run's log archive (its job named in the
 * label and in `job`).
 */
async function verdictsOf(file, extra, options) {
    if (!(await archive(file)))
        return [{ label: file, verdict: await (0,_adapters_log_file_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyLog */ .PU)(file, extra, options) }];
    // The zip reader (yauzl) is loaded for a zip only: a plain log's start does not pay for it.
    const { openLogArchive } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(1321)]).then(__webpack_require__.bind(__webpack_require__, 71321));
    const zip = await openLogArchive(file);
    const out = [];
    try {
        if (zip.jobs.length === 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file}: a zip with no job logs in it (<n>_<job>.txt or <job>/<n>_<step>.txt); pass a run's log archive`);
        for (const job of zip.jobs) {
            // Each job is read as standard input would be: streamed, within the same byte cap.
            const label = `${file} (job ${job.job})`;
            const verdict = await (0,_adapters_log_file_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyLog */ .PU)('-', extra, { ...options, stdin: zip.stream(job) }).catch((error) => {
                // The reader names standard input; say which archive and job, and what to do.
                const why = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error).replace(/^-: /, '');
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${label}: ${why}; the archive is damaged or forged, download it again`);
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
/**
 * Keeps V8's young generation at its starting size: a big log makes millions of short-lived line strings, and
 * V8 keeps doubling the young generation under that rate, for no gain in speed. On the 270 MB corpus log under
 * Node 24 the peak fell from 118-132 MB to 107-112 MB, CPU alike (bench:classify's input, runs interleaved).
 * Read at each scavenge, so setting it after start-up takes effect.
 */
function keepYoungGenerationSmall() {
    process.getBuiltinModule('node:v8').setFlagsFromString('--semi-space-growth-factor=1');
}
/**
 * Caps what TurboFan inlines into one optimised function at 200 bytes of bytecode (V8's default is 920). A rare
 * line deep into a big log deoptimises the line reader (a branch with no type feedback), and each deopt of a
 * function that inlined the reader's tree compiles that whole tree again, 20-70 ms of a V8 thread each: on the
 * 270 MB corpus log TurboFan compiled ~90 times (`read` 9 of them), ~0.43 s of CPU beside the main thread's
 * ~2.2 s. With the cap (Node 24, 4 interleaved runs, medians) the process's CPU fell from 2.91 to 2.67 s, the main
 * thread's from 2.17 to 2.10 s, peak RSS by 4 MB (docs/benchmarks.md, "The classify CLI's other threads").
 * Read at each compilation, so setting it after start-up takes effect.
 */
function inlineLess() {
    process.getBuiltinModule('node:v8').setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    async run(argv) {
        keepYoungGenerationSmall();
        inlineLess();
        if ((0,_verb_js__WEBPACK_IMPORTED_MODULE_9__/* .wantsHelp */ .l)(argv)) {
            process.stdout.write(HELP + '\n');
            return 0;
        }
        const { flags, positionals } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .parseArgs */ .Zy)('classify', argv, { 'exit-code': 'string', signal: 'string', config: 'string', json: 'bool' }, { positionals: true });
        const asJson = flags.json === true;
        const signal = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'signal');
        if (positionals.length === 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb("give at least one log file, or - for standard input; see 'ci-recovery classify --help'");
        if (positionals.filter((p) => p === '-').length > 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb("standard input can be read once: give '-' only once");
        const exitCode = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Wh)(flags, 'exit-code', { min: 0, max: 255 });
        const extra = {
            ...(exitCode !== undefined ? { exitCode } : {}),
            ...(signal ? { signal } : {}),
        };
        const { config } = await (0,_adapters_config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)(process.cwd(), (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'config'));
        const teamRules = config.classify.rules;
        let failed = 0;
        const progress = positionals.length > 1
            ? (0,_progress_js__WEBPACK_IMPORTED_MODULE_5__/* .progressOnTerminal */ .xt)('classify', asJson, { countFiles: true, total: positionals.length })
            : undefined;
        for (const file of positionals) {
            if (file === '-' && process.stdin.isTTY)
                process.stderr.write('ci-recovery classify: reading the log from the terminal; paste it and end with Ctrl-D (or pipe it: gh run view ID --log-failed | ci-recovery classify -)\n');
            try {
                for (const { label, verdict } of await verdictsOf(file, extra, { teamRules, tests: true })) {
                    progress?.done();
                    if (verdict.truncated)
                        process.stderr.write((0,_runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .UJ)(`ci-recovery classify: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_7__/* .printablePath */ .Vj)(label)}: read the first ${STREAM_MB} MB only (the input went on); the verdict is from those`) + '\n');
                    process.stdout.write((0,_runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .UJ)(asJson ? json(file, verdict) : human(label, verdict)) + '\n');
                    progress?.add(0, verdict.bytes);
                }
                progress?.add(1, 0);
            }
            catch (error) {
                failed++;
                progress?.done();
                const message = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error);
                if (asJson)
                    process.stdout.write((0,_runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertJson */ .nl)({ file, error: message }) + '\n');
                process.stderr.write((0,_runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .UJ)(`ci-recovery classify: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_7__/* .inert */ .tJ)(message)}`) + '\n');
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
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99057);
/**
 * Progress of long CLI work on a terminal: one line on stderr, redrawn at most every 100 ms and cleared at
 * the end. Only when stderr is a TTY and the output is not JSON, so logs, pipes and scripts never see it.
 */


/** `restore: 1.2 GiB, 85.3 MiB/s` or `classify: 12/40 files, 3.1 MiB, 9.8 MiB/s`. */
function renderProgress(label, c, unit = 'files') {
    const parts = [];
    if (c.files !== undefined)
        parts.push(`${c.files}${c.total !== undefined ? `/${c.total}` : ''} ${unit}`);
    parts.push((0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .bytes */ .e)(c.bytes));
    if (c.elapsedMs > 0)
        parts.push(`${(0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .bytes */ .e)(Math.round((c.bytes * 1000) / c.elapsedMs))}/s`);
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
function withFileCounts(progress, fn, part = 'engine') {
    // The engine's door is loaded here, not at import: classify shows progress too and needs none of it.
    return Promise.all(/* import() */[__webpack_require__.e(1683), __webpack_require__.e(4076), __webpack_require__.e(5130), __webpack_require__.e(3248)]).then(__webpack_require__.bind(__webpack_require__, 93248))
        .then(({ load }) => load[part]())
        .then(({ withFileProgress }) => withFileProgress(progress && (() => progress.add(1, 0)), fn))
        .finally(() => progress?.done());
}


/***/ }),

/***/ 41695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bw: () => (/* binding */ testRunnerFlag),
/* harmony export */   R9: () => (/* binding */ failedTestsLine),
/* harmony export */   Sx: () => (/* binding */ failedInReports)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_test_identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36630);
/* harmony import */ var _test_recovery_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74391);
/**
 * The failed tests a CLI verb is given: a runner's JUnit reports (`--test-report`) read as `run/` reads them,
 * and how they are shown on one line.
 */




/** `--test-runner`: whose keys a report's tests get (`junit` when not said: another writer's report). */
function testRunnerFlag(value) {
    if (value === undefined)
        return 'junit';
    const runner = value.trim().toLowerCase();
    if (!(0,_test_recovery_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isTestRunner */ .JT)(runner))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--test-runner '${value}' is not valid; write one of: ${_core_test_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .TEST_RUNNERS */ .L.join(', ')}`);
    return runner;
}
/** The failed tests of JUnit reports, in order, each once; a report that cannot be read is named with the fix. */
async function failedInReports(files, runner) {
    const out = [];
    for (const file of files) {
        const size = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).then((s) => s.size, (error) => {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`--test-report: cannot read ${file}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
        });
        if (size > _test_recovery_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_REPORT_BYTES */ .WA)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`--test-report: ${file} is larger than ${_test_recovery_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_REPORT_BYTES */ .WA} bytes; pass a smaller report`);
        try {
            out.push(...(0,_test_recovery_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJunit */ .kJ)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'), runner).failed);
        }
        catch (error) {
            if (!(error instanceof _test_recovery_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportError */ .$g))
                throw error;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`--test-report: ${file} is not a JUnit XML report: ${error.message}`);
        }
    }
    const seen = new Set();
    return out.filter((id) => {
        const name = `${id.runner}\0${id.suite}\0${id.name}\0${id.params ?? ''}`;
        return !seen.has(name) && (seen.add(name), true);
    });
}
/** `N failed: a, b, c and M more`, at most `max` named. */
function failedTestsLine(ids, max = 10) {
    const shown = ids.slice(0, max).map(_test_recovery_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shownName */ .HD).join(', ');
    return `${ids.length} failed: ${shown}${ids.length > max ? ` and ${ids.length - max} more` : ''}`;
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
/* unused harmony exports PR_RETRIES, DEFAULT_EARLY_FLAKE_DETECTION */
/* harmony import */ var _job_filter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30047);
/* harmony import */ var _lane_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55587);


/**
 * `tests.pr-retries`, on a pull request: `retry-once` (default) re-runs once a failed test the history does
 * not know flaky; `known-flaky-only` re-runs only a test the default branch knows flaky (a same-commit flake
 * seen there) and leaves every other failure red.
 */
const PR_RETRIES = (/* unused pure expression or super */ null && (['retry-once', 'known-flaky-only']));
const DEFAULT_EARLY_FLAKE_DETECTION = {
    enabled: false,
    repeats: 5,
    budgetSeconds: 300,
    failStep: false,
};
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
    lanes: _lane_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LANE_RULES */ .D,
    policy: [],
    budgets: DEFAULT_BUDGETS,
    checkpoint: { paths: [], retentionDays: 7, store: 'artifact', when: 'pays' },
    revert: DEFAULT_REVERT_CONFIG,
    ledger: { enabled: true },
    classify: { rules: [] },
    supervise: { ..._job_filter_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SUPERVISE_SCOPE */ .sh, sweepWindowMinutes: 60 },
    tests: {
        retries: 2,
        maxFailures: 10,
        failOnPassedAfterRetry: false,
        quarantine: false,
        quarantined: [],
        prRetries: 'retry-once',
        earlyFlakeDetection: DEFAULT_EARLY_FLAKE_DETECTION,
    },
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
        tests: mergeTests(p.tests),
    };
}
function mergeTests(t) {
    const efd = isObject(t?.earlyFlakeDetection) ? t.earlyFlakeDetection : {};
    const count = (v, fallback) => Number.isSafeInteger(v) && v >= 0 ? v : fallback;
    const d = DEFAULT_EARLY_FLAKE_DETECTION;
    const dt = DEFAULT_CONFIG.tests;
    return {
        retries: count(t?.retries, dt.retries),
        maxFailures: count(t?.maxFailures, dt.maxFailures),
        failOnPassedAfterRetry: t?.failOnPassedAfterRetry === true,
        quarantine: t?.quarantine === true,
        quarantined: Array.isArray(t?.quarantined)
            ? t.quarantined.filter((k) => typeof k === 'string')
            : [],
        prRetries: t?.prRetries === 'known-flaky-only' ? 'known-flaky-only' : 'retry-once',
        earlyFlakeDetection: {
            enabled: efd.enabled === true,
            repeats: count(efd.repeats, d.repeats),
            budgetSeconds: count(efd.budgetSeconds, d.budgetSeconds),
            failStep: efd.failStep === true,
        },
    };
}
/** The effective config as main hands it to later steps (`CI_RECOVERY_CONFIG_FILE`); tolerant of partial JSON. */
function configFromJson(text) {
    try {
        return mergeConfig(JSON.parse(text));
    }
    catch {
        // not JSON (or not a valid config): the caller falls back to the defaults
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

/***/ 55587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ DEFAULT_LANE_RULES)
/* harmony export */ });
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


/***/ }),

/***/ 36630:
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

/***/ 90422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   iZ: () => (/* binding */ NotRegularFileError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Opening a file that someone else could have planted. A plain open of a FIFO waits for a writer for ever,
 * in one of libuv's threads, where no budget or timer can interrupt it (even process.exit then waits for
 * the thread); and a link put in a file's place reads whatever it points at. So a file that does not come
 * from us is opened non-blocking (which changes nothing for a regular file), without following a link,
 * and used only when it is a regular file.
 */


/** The file is there, but is a FIFO, a socket, a device or a directory. */
class NotRegularFileError extends Error {
    path;
    code = 'ENOTREG';
    constructor(path) {
        super(`'${path}' is not a regular file`);
        this.path = path;
    }
}
// Not defined on Windows, where neither FIFOs nor this open blocks: no flag there.
const FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/**
 * The file opened for reading, if it is a regular file. Rejects with NotRegularFileError when it is not,
 * with ELOOP when it is a symbolic link, and as open does otherwise (ENOENT, EACCES).
 */
async function openRegularFile(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, FLAGS);
    try {
        if ((await handle.stat()).isFile())
            return handle;
    }
    catch (error) {
        await handle.close();
        throw error;
    }
    await handle.close();
    throw new NotRegularFileError(file);
}
/** The text of a file opened by openRegularFile. */
async function readRegularFile(file) {
    const handle = await openRegularFile(file);
    try {
        return await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
}


/***/ })

};
