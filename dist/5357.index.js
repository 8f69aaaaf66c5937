export const id = 5357;
export const ids = [5357];
export const modules = {

/***/ 65357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   keepRestoredState: () => (/* binding */ keepRestoredState),
/* harmony export */   restoredCheckpoint: () => (/* binding */ restoredCheckpoint),
/* harmony export */   restoredStateHolds: () => (/* binding */ restoredStateHolds),
/* harmony export */   restoredStateOf: () => (/* binding */ restoredStateOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_restored_state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56088);
/**
 * The record of what main's resume restored (checkpoint/core/restored-state.ts): written once by main,
 * beside the checkpoint's local manifest, and checked by each `run/` step that would skip a completed
 * stage: one lstat per directory instead of parsing the whole manifest and one lstat per entry. Loaded
 * on its own, without the checkpoint code, so that a skipped stage stays small.
 */





/** The record of checkpoint `id` restored into `workspace`, kept per directory like its local manifest. */
function restoredStateFile(cacheDir, id, workspace) {
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(workspace)).digest('hex').slice(0, 12);
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(cacheDir, `${id}.${key}.restored.json`);
}
/** The directory at `abs` as lstat sees it now; undefined when it is not a directory (or not there). */
function dirIdentity(abs) {
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(abs, { bigint: true, throwIfNoEntry: false });
    return st?.isDirectory() ? [String(st.dev), String(st.ino), String(st.ctimeNs)] : undefined;
}
function typeAt(abs) {
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(abs, { throwIfNoEntry: false });
    if (!st)
        return undefined;
    return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : st.isSymbolicLink() ? 'symlink' : undefined;
}
/**
 * The record of checkpoint `m`, restored into `workspace`, as its entries are now; undefined when one of
 * its directories is not one, or when a path is not a plain relative one (the full check then decides).
 * Call it before checking that every entry is there: a change made after that check must move the
 * ctime this records.
 */
function restoredStateOf(m, workspace) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(workspace);
    const dirs = [];
    for (const e of m.entries) {
        if (!(0,_core_restored_state_js__WEBPACK_IMPORTED_MODULE_4__/* .isEntryPath */ .of)(e.path))
            return undefined;
        if (e.type !== 'dir')
            continue;
        const identity = dirIdentity(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(base, e.path));
        if (!identity)
            return undefined;
        dirs.push([e.path, ...identity]);
    }
    const tops = (0,_core_restored_state_js__WEBPACK_IMPORTED_MODULE_4__/* .entriesOutsideDirs */ .ES)(m.entries).map((e) => [e.path, e.type]);
    return {
        format: _core_restored_state_js__WEBPACK_IMPORTED_MODULE_4__/* .RESTORED_STATE_FORMAT */ .xG,
        id: m.id,
        workspace: base,
        dirs,
        tops,
        checkpoint: (0,_core_restored_state_js__WEBPACK_IMPORTED_MODULE_4__/* .restoredCheckpointOf */ .o7)(m),
    };
}
/**
 * How far a change time may stay behind the clock: kernels without fine-grained timestamps stamp a change
 * with the time of the last tick (up to 10 ms at HZ=100), so a change within a tick of a recorded ctime
 * could carry the same one.
 */
const TICK_MARGIN_MS = 20;
/**
 * Writes `state` (atomically: a reader sees the whole record or none), once the clock is past every
 * recorded ctime by more than a tick: any change made after this returns then moves a ctime it records.
 */
async function keepRestoredState(cacheDir, state) {
    const newest = state.dirs.reduce((max, d) => (BigInt(d[3]) > max ? BigInt(d[3]) : max), 0n);
    const wait = Number(newest / 1000000n) + TICK_MARGIN_MS - Date.now();
    // A ctime ahead of the clock (the clock was set back) is not one a short wait gets past: no record.
    if (wait > TICK_MARGIN_MS)
        return;
    if (wait > 0)
        await new Promise((resolve) => setTimeout(resolve, wait));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(cacheDir, { recursive: true });
    const file = restoredStateFile(cacheDir, state.id, state.workspace);
    const tmp = `${file}.partial-${process.pid}`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(tmp, JSON.stringify(state));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, file);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true });
    }
}
/** The record of checkpoint `id` restored into `workspace`, when there is one that parses. */
async function readRestoredState(cacheDir, id, base) {
    // no record of the restore: the caller reads the checkpoint's manifest
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(restoredStateFile(cacheDir, id, base), 'utf8').catch(() => undefined);
    return text === undefined ? undefined : (0,_core_restored_state_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRestoredState */ .lb)(text, id, base);
}
/**
 * What checkpoint `id` holds, as main recorded it once it had restored it into `workspace` and found every
 * entry there; undefined without such a record (the checkpoint's manifest then tells).
 */
async function restoredCheckpoint(cacheDir, id, workspace) {
    return (await readRestoredState(cacheDir, id, node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(workspace)))?.checkpoint;
}
/**
 * Whether everything main restored from checkpoint `id` into `workspace` is still there: its record
 * exists, every directory has the identity and ctime it had right after the restore, and every root is
 * there with its type. False proves nothing (a file added, a record missing): the full check decides.
 */
async function restoredStateHolds(cacheDir, id, workspace) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(workspace);
    const state = await readRestoredState(cacheDir, id, base);
    if (!state)
        return false;
    for (const [rel, type] of state.tops)
        if (typeAt(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(base, rel)) !== type)
            return false;
    for (const [rel, ...was] of state.dirs) {
        const now = dirIdentity(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(base, rel));
        if (!now || now[0] !== was[0] || now[1] !== was[1] || now[2] !== was[2])
            return false;
    }
    return true;
}


/***/ }),

/***/ 56088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ES: () => (/* binding */ entriesOutsideDirs),
/* harmony export */   lb: () => (/* binding */ parseRestoredState),
/* harmony export */   o7: () => (/* binding */ restoredCheckpointOf),
/* harmony export */   of: () => (/* binding */ isEntryPath),
/* harmony export */   xG: () => (/* binding */ RESTORED_STATE_FORMAT)
/* harmony export */ });
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81683);
/* harmony import */ var _core_entry_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20066);
/**
 * What main's resume restored, in a compact form for the `run/` steps that skip a completed stage: each
 * directory of the checkpoint with its identity (device, inode) and change time (ctime) taken right after
 * the restore, and the entries no such directory holds (the roots). A directory whose ctime has not moved
 * has had no entry added, removed or renamed in it since (POSIX: link, unlink, rename and rmdir mark the
 * parent's change time), so when every directory still has the identity and ctime it had, and every root
 * is still there with its type, every entry the restore put there still is, with its type: what the full
 * check of the checkpoint's manifest (every entry, one lstat each) finds, for one lstat per directory.
 * Anything else (a directory changed, a file added, a record that does not parse) proves nothing, and the
 * full check decides. The record also says what the checkpoint holds (`checkpoint`), so that the first
 * stage that runs after the resume can tell whether that checkpoint already is the one it would save.
 */


const RESTORED_STATE_FORMAT = 1;
/** The manifest's own fields of a RestoredCheckpoint, and its files counted. */
function restoredCheckpointOf(m) {
    const { stage, job, runId, paths, exclude, completedStages } = m;
    return { stage, job, runId, paths, exclude, completedStages, ...(0,_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .fileTotals */ .Ed)(m.entries) };
}
/** The parent of an entry's relative path ('' for a top-level one). */
function parentOf(rel) {
    const at = rel.lastIndexOf('/');
    return at < 0 ? '' : rel.slice(0, at);
}
/** The entries that no directory entry of `entries` holds: each must be checked on its own. */
function entriesOutsideDirs(entries) {
    const dirs = new Set(entries.filter((e) => e.type === 'dir').map((e) => e.path));
    return entries.filter((e) => !dirs.has(parentOf(e.path)));
}
const TYPES = ['file', 'dir', 'symlink'];
const DECIMAL = /^\d{1,40}$/;
const isStringList = (x) => Array.isArray(x) && x.every((v) => typeof v === 'string');
const isCount = (x) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
/** A RestoredCheckpoint's shape: every field there, with its type. */
function isRestoredCheckpoint(x) {
    if (typeof x !== 'object' || x === null)
        return false;
    const c = x;
    return ([c.stage, c.job, c.runId].every((v) => typeof v === 'string') &&
        [c.paths, c.exclude, c.completedStages].every(isStringList) &&
        isCount(c.files) &&
        isCount(c.bytes));
}
const isIdentity = (x) => x.length === 3 && x.every((v) => typeof v === 'string' && DECIMAL.test(v));
/** A relative entry path as a manifest holds one: never absolute, never climbing out with '..'. */
function isEntryPath(p) {
    return typeof p === 'string' && (0,_core_entry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isNormalPath */ .Xl)(p);
}
/**
 * The record in `text`, when it is one of checkpoint `id` restored into `workspace`; undefined for
 * anything else. It is this job's own file in RUNNER_TEMP, but is read as untrusted all the same: a record
 * that does not parse only sends the step to the full check.
 */
function parseRestoredState(text, id, workspace) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        // a torn record is no record: the caller reads the manifest
        return undefined;
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    const r = value;
    if (r.format !== RESTORED_STATE_FORMAT || r.id !== id || r.workspace !== workspace)
        return undefined;
    if (!Array.isArray(r.dirs) || !Array.isArray(r.tops))
        return undefined;
    const dirsOk = r.dirs.every((d) => Array.isArray(d) && isEntryPath(d[0]) && isIdentity(d.slice(1)));
    const topsOk = r.tops.every((t) => Array.isArray(t) && t.length === 2 && isEntryPath(t[0]) && TYPES.includes(t[1]));
    const checkpointOk = r.checkpoint === undefined || isRestoredCheckpoint(r.checkpoint);
    return dirsOk && topsOk && checkpointOk ? value : undefined;
}


/***/ })

};
