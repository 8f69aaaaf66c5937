export const id = 5226;
export const ids = [5226];
export const modules = {

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
        ...(failedTests?.length ? { failedTests: failedTests.map(_core_test_identity_js__WEBPACK_IMPORTED_MODULE_8__/* .testKey */ .S8) } : {}),
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


/***/ })

};
