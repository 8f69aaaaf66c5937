export const id = 4446;
export const ids = [4446];
export const modules = {

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

/***/ 84446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93248);
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24093);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95377);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9851);
/* harmony import */ var _verb_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35525);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72020);






const HELP = `usage: ci-recovery validate [--store SPEC] [--name NAME] [--json]

Reads every archive a checkpoint needs and checks every entry's path, every file's size and sha256 and
each archive's digest, writing nothing. Without --name, validates every checkpoint. Exit code 1 if any
checkpoint is bad.

  --store SPEC      dir:PATH or artifact (default ${_support_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CLI_STORE */ .rp})
  --name NAME       validate only this checkpoint
  --json            machine-readable result on stdout

example:
  ci-recovery validate --name before-tests`;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    run: (argv, { env }) => (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .stdoutToStderr */ .vS)(async () => {
        if ((0,_verb_js__WEBPACK_IMPORTED_MODULE_5__/* .wantsHelp */ .l)(argv))
            return ((0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(HELP), 0);
        const f = (0,_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlags */ .bQ)('validate', argv, { store: 'string', name: 'string', json: 'bool' });
        const store = await (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .openCliStore */ .Iy)((0,_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(f, 'store'), env);
        const { listCheckpoints, validateCheckpoint } = await _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__.load.engine();
        const name = (0,_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(f, 'name');
        const ids = name ? [name] : (await listCheckpoints(store)).map((c) => c.id);
        const progress = (0,_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .progressOnTerminal */ .xt)('validate', f.json === true, {
            countFiles: true,
            total: ids.length,
            unit: 'checkpoints',
        });
        const counted = (0,_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .withArchiveProgress */ .u3)(store, progress);
        const results = [];
        try {
            for (const id of ids) {
                results.push(await validateCheckpoint(counted, id));
                progress?.add(1, 0);
            }
        }
        finally {
            progress?.done();
        }
        if (f.json)
            (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .printJson */ .Q2)(results);
        else {
            for (const r of results)
                (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(r.ok
                    ? `ok   ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(r.id)} (${r.files} files, ${r.archives.length} archive(s))`
                    : `BAD  ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(r.id)}: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(r.problems.join('; '))}`);
            if (results.length === 0)
                (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`no checkpoints in ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(store.spec)}`);
        }
        return results.every((r) => r.ok) ? 0 : 1;
    }),
});


/***/ })

};
