export const id = 1321;
export const ids = [1321];
export const modules = {

/***/ 71321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openLogArchive: () => (/* binding */ openLogArchive)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20663);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
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
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${file}: not a readable log archive (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}); download it again`);
}
/** Opens a run-log archive and lists its jobs from the central directory; nothing is read yet. */
async function openLogArchive(file) {
    let zip;
    try {
        zip = await yauzl__WEBPACK_IMPORTED_MODULE_1__.openPromise(file, { lazyEntries: true, autoClose: false, strictFileNames: false });
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
    return { jobs: jobsOf(found), stream: (job) => node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from(joined(zip, job)), close: () => zip.close() };
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


/***/ })

};
