export const id = 2340;
export const ids = [2340];
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

/***/ 92340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24093);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95377);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9851);
/* harmony import */ var _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93248);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _verb_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(35525);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72020);








const HELP = `usage: ci-recovery restore [--name NAME] [options]

Restores a checkpoint (the newest when --name is not given). Every archive of its chain is verified in
a staging directory before anything in --dest changes; a refused restore changes nothing.
The checkpointed paths end up exactly as saved: entries below them that the checkpoint does not have are
deleted (what the save excluded is left alone; .git, .ci-recovery and the store are never touched,
whatever the checkpoint says). Use --dry-run first.

  --store SPEC      dir:PATH or artifact (default ${_support_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CLI_STORE */ .rp})
  --name NAME       checkpoint to restore
  --dest DIR        where to restore (default: current directory): inside the workspace (the current
                    directory, or GITHUB_WORKSPACE in a job), or a new or empty directory elsewhere;
                    never /, the home directory or a directory that contains the workspace
  --dest-outside-workspace
                    allow a --dest outside the workspace that is not empty
  --keep-special-modes
                    set setuid, setgid, sticky and world-writable bits as saved (dropped by default)
  --verify MODE     archive (default): each archive's sha256 against the manifest and every file's
                    size; full: every file's sha256 too. Files a checkpoint takes from its parent's
                    archive are always hashed (validate hashes every file)
  --paths P...      restore only these paths
  --dry-run         list what would be added, modified and deleted (a directory added or deleted whole
                    is listed without its contents); change nothing
  --repair          only finish restores into --dest that were killed: undo their half-made changes
                    from the journal in their staging directory (a restore does this first by itself);
                    it reads no archive, and puts back only what the journal kept
  --json            machine-readable result on stdout

examples:
  ci-recovery restore --name before-tests --dry-run
  ci-recovery restore --name before-tests --paths build
  ci-recovery restore --repair --dest .`;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    run: (argv, { env }) => (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .stdoutToStderr */ .vS)(async () => {
        if ((0,_verb_js__WEBPACK_IMPORTED_MODULE_6__/* .wantsHelp */ .l)(argv))
            return ((0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .print */ .yy)(HELP), 0);
        const f = (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlags */ .bQ)('restore', argv, {
            store: 'string',
            name: 'string',
            dest: 'string',
            paths: 'list',
            'dry-run': 'bool',
            repair: 'bool',
            'dest-outside-workspace': 'bool',
            'keep-special-modes': 'bool',
            verify: 'string',
            json: 'bool',
        });
        const verify = verifyFlag(f);
        const journalDir = (0,_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__.restoreJournals)(env);
        if (f.repair)
            return repair(f, journalDir);
        // A named checkpoint needs the engine's restoring part alone (support.ts EnginePart), here and below;
        // finding the newest takes the store's listing, in the whole engine, and one part a process.
        const part = (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(f, 'name') === undefined ? 'engine' : 'restoring';
        const store = await (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .openCliStore */ .Iy)((0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(f, 'store'), env, part);
        const manifestCache = await (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .cliManifestCache */ .ko)(store, env, part);
        const { restoreCheckpoint, leaveTopTierOut } = await _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__.load[part]();
        leaveTopTierOut(); // the process ends after this restore
        const logger = (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .stderrLogger */ .D7)(env.debug);
        const checkpoint = (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(f, 'name') ?? (await newestInStore(store, logger));
        const dryRun = f['dry-run'] === true;
        const progress = (0,_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .progressOnTerminal */ .xt)('restore', f.json === true, { countFiles: true });
        const r = await (0,_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .withFileCounts */ .d3)(progress, () => restoreCheckpoint({
            store: (0,_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .withArchiveProgress */ .u3)(store, progress),
            checkpoint,
            ...destination(f, env),
            ...(journalDir ? { journalDir } : {}),
            keepSpecialModes: f['keep-special-modes'] === true,
            verify,
            ...((0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(f, 'paths') ? { paths: (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(f, 'paths') } : {}),
            dryRun,
            ...(manifestCache ? { manifestCache } : {}),
            logger: { ...logger, info: () => undefined },
        }), part);
        const c = r.changes;
        if (f.json) {
            const { added, deleted } = (0,_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__.shownChanges)(c);
            (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .printJson */ .Q2)({
                id: r.manifest.id,
                restored: r.restored,
                dryRun,
                added,
                modified: c.modified,
                deleted,
                unchanged: c.unchanged,
                completedStages: r.manifest.completedStages,
            });
            return 0;
        }
        if (dryRun)
            (0,_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__.changeLines)(c).forEach((l) => (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .print */ .yy)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .inert */ .tJ)(l)));
        (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .print */ .yy)(`${dryRun ? 'would change' : 'restored'} ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .inert */ .tJ)(r.manifest.id)}: ${c.added.length} added, ${c.modified.length} modified, ${c.deleted.length} deleted, ${c.unchanged} unchanged`);
        return 0;
    }),
});
/** The newest readable checkpoint in the store (the action's search over the whole store). */
async function newestInStore(store, logger) {
    const { checkpointsNewestFirst } = await _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__.load.engine();
    const choice = await (0,_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__.newestReadable)(checkpointsNewestFirst(store));
    for (const p of choice.passedOver)
        logger.warning(`checkpoint ${p.id} is passed over: ${p.error}`);
    if (!choice.chosen)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`No checkpoints in ${store.spec}: save one with 'ci-recovery checkpoint --store ${store.spec} --name NAME --paths ...'.`);
    return choice.chosen.manifest;
}
/** --dest, confined to the workspace unless --dest-outside-workspace (checkpoint/core/destination.ts). */
function destination(f, env) {
    return {
        dest: (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(f, 'dest') ?? process.cwd(),
        workspace: env.workspace,
        destOutsideWorkspace: f['dest-outside-workspace'] === true,
        destInput: { input: '--dest', optIn: '--dest-outside-workspace' },
    };
}
/** --verify: archive (default) or full (checkpoint/core/verify.ts). */
function verifyFlag(f) {
    const given = (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(f, 'verify') ?? '';
    const verify = (0,_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__.parseRestoreVerify)(given);
    if (verify === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`--verify must be one of ${_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__.RESTORE_VERIFY.join(', ')}, got '${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .inert */ .tJ)(given)}': 'archive' checks each archive's sha256 and every file's size, 'full' also every file's sha256.`);
    return verify;
}
/** --repair: finishes killed restores into --dest from their journals. */
async function repair(f, journalDir) {
    const dest = (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(f, 'dest') ?? process.cwd();
    const r = await (await _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__.load.engine()).repairDestination(dest, journalDir);
    if (f.json)
        return ((0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .printJson */ .Q2)({ dest, ...r }), 0);
    for (const name of r.rolledBack)
        (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .print */ .yy)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .inert */ .tJ)(`undone ${name}: ${dest} is as it was before that restore`));
    for (const name of r.removed)
        (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .print */ .yy)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .inert */ .tJ)(`removed ${name} (nothing to undo)`));
    for (const name of r.inProgress)
        (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .print */ .yy)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .inert */ .tJ)(`left ${name}: its restore is still running`));
    for (const name of r.stuck)
        (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .print */ .yy)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .inert */ .tJ)(`kept ${name}: some files could not be put back; they are in it`));
    for (const name of r.foreign)
        (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .print */ .yy)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .inert */ .tJ)(`left ${name} alone: no restore on this machine made it (it came with the files); nothing in it was used`));
    (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .print */ .yy)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .inert */ .tJ)(`${r.rolledBack.length + r.removed.length} interrupted restore(s) finished in ${dest}`));
    return r.stuck.length ? 1 : 0;
}


/***/ })

};
