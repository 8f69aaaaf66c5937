export const id = 6125;
export const ids = [6125,6630,4249];
export const modules = {

/***/ 61420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   testFilesPort: () => (/* binding */ testFilesPort)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _test_recovery_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29793);
/* harmony import */ var _runner_adapters_regular_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90422);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98835);
/**
 * The disk side of a `run/` step's test recovery: test reports found by glob (bounded: a walk of at most
 * MAX_ENTRIES entries from the glob's own base, no symbolic links followed, node_modules and .git skipped
 * unless the glob names them, at most MAX_FILES reports of at most MAX_REPORT_BYTES each, each read only
 * when asked), the runner's config files as text (capped), and the changed files main left in RUNNER_TEMP.
 */







const MAX_ENTRIES = 50_000;
const MAX_FILES = 50;
const MAX_CHANGED_BYTES = 16 * 1024 * 1024;
/** File systems keep modification times coarser than our clock on some runners: a little slack. */
const MTIME_SLACK_MS = 2_000;
async function readChangedFiles(runnerTemp) {
    try {
        const file = (0,_config_file_js__WEBPACK_IMPORTED_MODULE_5__/* .changedFilesPath */ .Ns)(runnerTemp);
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(file)).size > MAX_CHANGED_BYTES)
            return undefined;
        const value = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8'));
        return Array.isArray(value) ? value.filter((f) => typeof f === 'string') : undefined;
    }
    catch {
        // a file list that is missing or not JSON is no list: the reports are found by their globs
        return undefined;
    }
}
/** A report's text, read only when its tests are wanted; one that grew past the bound since is refused. */
async function readReport(file) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8').catch((error) => {
        throw new _test_recovery_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ReportError */ .$g(`could not be read (${error.code ?? String(error)})`);
    });
    if (text.length > _test_recovery_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_REPORT_BYTES */ .WA)
        throw new _test_recovery_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ReportError */ .$g(`larger than ${_test_recovery_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_REPORT_BYTES */ .WA} bytes`);
    return text;
}
async function findReports(globs, cwd, sinceMs, limits = { files: MAX_FILES, entries: MAX_ENTRIES }) {
    const patterns = globs
        .split(/[\n,]/)
        .map((g) => g.trim().replace(/^\.\//, ''))
        .filter((g) => g !== '');
    const files = [];
    const skipped = [];
    let visited = 0;
    for (const pattern of patterns) {
        const match = picomatch__WEBPACK_IMPORTED_MODULE_6___default()(pattern, { dot: true });
        // A plain path (no glob) is its own scan base: walk from its directory, as for a glob.
        const scan = picomatch__WEBPACK_IMPORTED_MODULE_6___default().scan(pattern);
        const base = scan.isGlob ? scan.base : node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(pattern).replace(/^\.$/, '');
        const deep = /(^|\/)(node_modules|\.git)(\/|$)/.test(pattern);
        const queue = [base];
        while (queue.length > 0 && visited < limits.entries) {
            const dir = queue.shift();
            let entries;
            try {
                entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cwd, dir), { withFileTypes: true });
            }
            catch {
                // a report directory that is not there (or not readable) holds no reports
                continue;
            }
            for (const entry of entries) {
                if (++visited > limits.entries)
                    break;
                const rel = dir ? `${dir}/${entry.name}` : entry.name;
                if (entry.isDirectory()) {
                    if (deep || (entry.name !== 'node_modules' && entry.name !== '.git'))
                        queue.push(rel);
                }
                else if (entry.isFile() && match(rel) && !files.some((f) => f.path === rel)) {
                    const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cwd, rel));
                    if (stat.mtimeMs + MTIME_SLACK_MS < sinceMs)
                        continue;
                    // Each report not read is named: a failed test in it is unknown, so the step keeps its failure.
                    if (stat.size > _test_recovery_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_REPORT_BYTES */ .WA)
                        skipped.push(`${rel}: larger than ${_test_recovery_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_REPORT_BYTES */ .WA} bytes`);
                    else if (files.length >= limits.files)
                        skipped.push(`${rel}: past the ${limits.files} reports read at most`);
                    else
                        files.push({ path: rel, read: () => readReport(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cwd, rel)) });
                }
            }
        }
    }
    return { files, skipped, walkCut: visited > limits.entries };
}
/** Files kept for a re-run: more than reports read (a class's XML, summary and output, in each module). */
const KEEP_MAX_FILES = 500;
const KEEP_MAX_ENTRIES = 200_000;
const KEEP_MAX_BYTES = 256 * 1024 * 1024;
/**
 * The reports under `cwd` matching `glob` named in `names` (a walk as findReports', with KEEP_ limits, each at
 * most MAX_REPORT_BYTES), saved whole, and put back by `restore`: bytes, then times, so a later read of reports
 * written since a moment does not take them for new. Only regular files, never through a link; one that is
 * gone or is no longer a regular file is left as it is. Each one not kept is a warning naming it and why: the
 * re-run's copy replaces it.
 */
async function keepFiles(glob, cwd, names, logger) {
    const named = (rel) => names.has(node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.basename(rel));
    const limits = { files: KEEP_MAX_FILES, entries: KEEP_MAX_ENTRIES };
    const { files, skipped, walkCut } = await findReports(glob, cwd, 0, limits);
    const notKept = skipped.filter((s) => named(s.slice(0, s.lastIndexOf(': '))));
    if (walkCut)
        notKept.push(`any past the first ${KEEP_MAX_ENTRIES} entries walked: the walk for ${glob} stopped there`);
    const kept = [];
    let bytes = 0;
    for (const found of files.filter((f) => named(f.path))) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cwd, found.path);
        try {
            const handle = await (0,_runner_adapters_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegularFile */ .ZU)(file);
            try {
                const stat = await handle.stat();
                if (bytes + stat.size > KEEP_MAX_BYTES) {
                    notKept.push(`${found.path}: past the ${KEEP_MAX_BYTES} bytes kept at most`);
                    continue;
                }
                bytes += stat.size;
                kept.push({ file, data: await handle.readFile(), atime: stat.atime, mtime: stat.mtime });
            }
            finally {
                await handle.close();
            }
        }
        catch {
            // gone or replaced since it was listed: there is nothing of the step's to put back
        }
    }
    for (const why of notKept)
        logger?.warning(`ci-recovery: a report the re-run writes again was not kept, the re-run's replaces it: ${why}`);
    return {
        restore: async () => {
            for (const k of kept)
                await putBack(k.file, k.data, k.atime, k.mtime);
        },
    };
}
const WRITE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
async function putBack(file, data, atime, mtime) {
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, WRITE_FLAGS);
        try {
            if (!(await handle.stat()).isFile())
                return;
            await handle.truncate(0);
            await handle.write(data, 0, data.length, 0);
            await handle.utimes(atime, mtime);
        }
        finally {
            await handle.close();
        }
    }
    catch {
        // removed, made a link or not writable since the re-run: left as the re-run left it
    }
}
const MAX_PACKAGE_BYTES = 1024 * 1024;
/** package.json's `scripts` in `cwd`: only string values; none when it is missing, too large or not JSON. */
async function packageScripts(cwd) {
    try {
        // From the change under test as the config files are: never through a link, never blocking.
        const text = await boundedText(cwd, 'package.json', MAX_PACKAGE_BYTES);
        if (typeof text !== 'string')
            return {};
        const value = JSON.parse(text);
        const scripts = value?.scripts;
        if (typeof scripts !== 'object' || scripts === null)
            return {};
        return Object.fromEntries(Object.entries(scripts).filter((e) => typeof e[1] === 'string'));
    }
    catch {
        // no package.json, or not JSON: no scripts to read
        return {};
    }
}
const MAX_CONFIG_BYTES = 256 * 1024;
/**
 * The runner's config files under `cwd` (stop-config.ts names them), read as text, never run: they come from the
 * change under test. A file that is not there is left out. One that is named outside `cwd` (absolute, or
 * climbing above it), lies under a link (a link in any directory of its path, or itself), is not a regular
 * file or is too large is null, unread, so the plan errs toward the whole step.
 */
async function configTexts(cwd, files) {
    const texts = {};
    for (const file of files) {
        try {
            const text = await boundedText(cwd, file, MAX_CONFIG_BYTES);
            if (text !== undefined)
                texts[file] = text;
        }
        catch {
            // there but not readable: what it sets is unknown
            texts[file] = null;
        }
    }
    return texts;
}
/**
 * The text of `file` under `cwd`: undefined when it is not there, null when it is not read (named outside
 * `cwd`, under a link, or larger than `cap` bytes); rejects when it is not a regular file or not readable.
 */
async function boundedText(cwd, file, cap) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().normalize(file);
    const parts = rel.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep));
    if (node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel) || parts[0] === '..')
        return null;
    for (let i = 1; i <= parts.length; i++) {
        let stat;
        try {
            stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cwd, ...parts.slice(0, i)));
        }
        catch {
            return undefined; // not there: it sets nothing
        }
        if (stat.isSymbolicLink())
            return null;
    }
    // Opened without following a link and without blocking (a FIFO put there since), then read from the
    // handle up to the cap: a file swapped or grown after the checks is still never read past it.
    const handle = await (0,_runner_adapters_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegularFile */ .ZU)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cwd, rel));
    try {
        const buffer = Buffer.alloc(cap + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        return length > cap ? null : buffer.toString('utf8', 0, length);
    }
    finally {
        await handle.close();
    }
}
/** `restoreHistory`: the job's history from the cache service, when no earlier step of the job left it. */
function testFilesPort(job, logger, restoreHistory) {
    return {
        reports: findReports,
        keepFiles: (glob, cwd, names) => keepFiles(glob, cwd, names, logger),
        packageScripts,
        configTexts,
        changedFiles: () => readChangedFiles(job.runnerTemp),
        // The flaky history an earlier step left in RUNNER_TEMP, else restored (adapters/test-history-store.ts):
        // asked once a test failed, so a green job makes no round trip for it.
        loadHistory: async () => (await Promise.all(/* import() */[__webpack_require__.e(1018), __webpack_require__.e(4427), __webpack_require__.e(4744)]).then(__webpack_require__.bind(__webpack_require__, 54427))).loadTestHistoryView(job.runnerTemp, logger, restoreHistory),
    };
}


/***/ }),

/***/ 36630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ titleKeyed),
/* harmony export */   Ln: () => (/* binding */ TEST_RUNNERS),
/* harmony export */   S8: () => (/* binding */ testKey)
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
/**
 * A key that names no file (suite ''; mocha's console keys a test by its full title): two jobs' or steps' tests
 * of one title share it in the branch's history, which one step's output cannot tell apart. Its history is learnt
 * and reported, but never vouches for a test: never quarantinable by it, never known flaky to a retry.
 */
function titleKeyed(id) {
    return id.suite === '';
}


/***/ })

};
