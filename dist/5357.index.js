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


/***/ })

};
