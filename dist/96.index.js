export const id = 96;
export const ids = [96];
export const modules = {

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

// EXTERNAL MODULE: ./src/runner/adapters/runner.ts + 1 modules
var runner = __webpack_require__(64984);
// EXTERNAL MODULE: ./src/cli/verb.ts
var verb = __webpack_require__(35525);
// EXTERNAL MODULE: ./src/cli/flags.ts
var cli_flags = __webpack_require__(95377);
// EXTERNAL MODULE: ./src/cli/progress.ts
var cli_progress = __webpack_require__(9851);
// EXTERNAL MODULE: ./src/cli/tests.ts
var tests = __webpack_require__(41695);
// EXTERNAL MODULE: ./src/core/test-identity.ts
var test_identity = __webpack_require__(36630);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
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
                  {"file","type","confidence","retryable","evidence":{"line","text"},"rule","job","step"},
                  and "failedTests" (their keys, runner:file::name[params]) when the log names any,
                  "recovered" {"line","text"} when ci-recovery turned the step green after it

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
        `${(0,core_text/* printablePath */.Vj)(file)}: ${c.type} (${c.confidence} confidence${c.retryable ? ', retryable' : ''}; rule ${c.rule})`,
    ];
    const step = stepName(verdict);
    if (step !== undefined)
        lines.push(`  step: ${step}`);
    if (c.evidence)
        lines.push(`  line ${c.evidence.line}: ${c.evidence.text}`);
    if (verdict.failedTests?.length)
        lines.push(`  tests: ${(0,tests/* failedTestsLine */.R9)(verdict.failedTests)}`);
    if (verdict.recovered)
        lines.push(`  passed: line ${verdict.recovered.line}: ${verdict.recovered.text}`, '  ci-recovery turned this step green: the failure above passed on its re-run; nothing to fix (a test that passed only then is flaky)');
    return lines.join('\n');
}
function json(file, { classification: c, step, truncated, failedTests, recovered }) {
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
        ...(failedTests?.length ? { failedTests: failedTests.map(test_identity/* testKey */.S) } : {}),
        ...(recovered ? { recovered } : {}),
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
                for (const { label, verdict } of await verdictsOf(file, extra, { teamRules, tests: true })) {
                    progress?.done();
                    if (verdict.truncated)
                        process.stderr.write((0,runner/* inertText */.UJ)(`ci-recovery classify: ${(0,core_text/* printablePath */.Vj)(label)}: read the first ${STREAM_MB} MB only (the input went on); the verdict is from those`) + '\n');
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
                process.stderr.write((0,runner/* inertText */.UJ)(`ci-recovery classify: ${(0,core_text/* inert */.tJ)(message)}`) + '\n');
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
/* harmony import */ var _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93248);
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
    return _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__/* .load */ .Hh
        .engine()
        .then(({ withFileProgress }) => withFileProgress(progress && (() => progress.add(1, 0)), fn))
        .finally(() => progress?.done());
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
/* harmony import */ var _runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64984);
/* harmony import */ var _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93248);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72020);
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--store '${s}' is not a store: write 'dir:PATH' (a local directory) or 'artifact' (the run's artifacts, inside a GitHub Actions job).`);
    if (s === 'artifact' && !env.runtime.token)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo('--store artifact works only inside a GitHub Actions job: the runner gives each job a runtime token (ACTIONS_RUNTIME_TOKEN) and there is none here. Outside Actions use a directory store, e.g. --store dir:.ci-recovery/checkpoints.');
    if (s.startsWith('dir:'))
        refuseLinkedStore(s.slice('dir:'.length), spec === undefined, process.cwd());
    return (await _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__/* .load */ .Hh.engine()).openStore(s, { cwd: process.cwd() });
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${which} in ${cwd} goes through a symbolic link (${parts.slice(0, i).join('/')} -> ${target}), so checkpoints would be written wherever it points; remove the link, or name the store by its absolute path with --store dir:PATH.`);
    }
}
/**
 * Where the CLI keeps local manifest copies (with this machine's stat facts, so that the next incremental
 * checkpoint reads only changed files): the job's RUNNER_TEMP in a workflow, else beside a directory
 * store (a hidden folder its listing skips); none for the artifact store outside a runner.
 */
async function cliManifestCache(store, env) {
    const { DirStore } = await _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__/* .load */ .Hh.engine();
    return ((0,_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultManifestCache */ .Rb)(env) ?? (store instanceof DirStore ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(store.dir, '.local') : undefined));
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
    (resultOut ?? process.stdout.write.bind(process.stdout))((0,_runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .UJ)(line) + '\n');
}
function printJson(value) {
    print((0,_runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertJson */ .nl)(value, 2));
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
    const w = (prefix) => (m) => void process.stderr.write(`${(0,_runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .UJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inertLines */ .wi)(`${prefix}${m}`))}\n`);
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


/***/ })

};
