export const id = 134;
export const ids = [134];
export const modules = {

/***/ 1134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60972);
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13155);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(61279);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77585);
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23806);
/* harmony import */ var _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33600);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(37406);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73524);









const HELP = `usage: ci-recovery restore [--name NAME] [options]

Restores a checkpoint (the newest when --name is not given). Every archive of its chain and every file
is verified in a staging directory before anything in --dest changes; a refused restore changes nothing.
The checkpointed paths end up exactly as saved: entries below them that the checkpoint does not have are
deleted (excluded paths, .git and .ci-recovery by default, are never touched). Use --dry-run first.

  --store SPEC      dir:PATH or artifact (default ${_support_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CLI_STORE */ .rp})
  --name NAME       checkpoint to restore
  --dest DIR        where to restore (default: current directory)
  --paths P...      restore only these paths
  --dry-run         list what would be added, modified and deleted (a directory added or deleted whole
                    is listed without its contents); change nothing
  --repair          only finish restores into --dest that were killed: undo their half-made changes
                    from the journal in their staging directory (a restore does this first by itself)
  --json            machine-readable result on stdout

examples:
  ci-recovery restore --name before-tests --dry-run
  ci-recovery restore --name before-tests --paths build
  ci-recovery restore --repair --dest .`;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    run: (argv) => (0,_support_js__WEBPACK_IMPORTED_MODULE_2__/* .stdoutToStderr */ .vS)(async () => {
        if ((0,_commands_js__WEBPACK_IMPORTED_MODULE_6__/* .wantsHelp */ .l)(argv))
            return ((0,_support_js__WEBPACK_IMPORTED_MODULE_2__/* .print */ .yy)(HELP), 0);
        const f = (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .parseFlags */ .bQ)('restore', argv, {
            store: 'string',
            name: 'string',
            dest: 'string',
            paths: 'list',
            'dry-run': 'bool',
            repair: 'bool',
            json: 'bool',
        });
        if (f.repair)
            return repair(f);
        const store = await (0,_support_js__WEBPACK_IMPORTED_MODULE_2__/* .openCliStore */ .Iy)((0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(f, 'store'));
        const manifestCache = (0,_support_js__WEBPACK_IMPORTED_MODULE_2__/* .cliManifestCache */ .ko)(store);
        const logger = (0,_support_js__WEBPACK_IMPORTED_MODULE_2__/* .stderrLogger */ .D7)();
        const checkpoint = (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(f, 'name') ?? (await newestInStore(store, logger));
        const dryRun = f['dry-run'] === true;
        const progress = (0,_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .progressOnTerminal */ .xt)('restore', f.json === true, { countFiles: true });
        const r = await (0,_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .withFileCounts */ .d3)(progress, () => (0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_1__/* .restoreCheckpoint */ .vQ)({
            store: (0,_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .withArchiveProgress */ .u3)(store, progress),
            checkpoint,
            dest: (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(f, 'dest') ?? process.cwd(),
            ...((0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .list */ .p_)(f, 'paths') ? { paths: (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .list */ .p_)(f, 'paths') } : {}),
            dryRun,
            ...(manifestCache ? { manifestCache } : {}),
            logger: { ...logger, info: () => undefined },
        }));
        const c = r.changes;
        if (f.json) {
            const { added, deleted } = (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_4__/* .shownChanges */ .ph)(c);
            (0,_support_js__WEBPACK_IMPORTED_MODULE_2__/* .printJson */ .Q2)({
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
            (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_5__/* .changeLines */ .Ow)(c).forEach((l) => (0,_support_js__WEBPACK_IMPORTED_MODULE_2__/* .print */ .yy)(l));
        (0,_support_js__WEBPACK_IMPORTED_MODULE_2__/* .print */ .yy)(`${dryRun ? 'would change' : 'restored'} ${r.manifest.id}: ${c.added.length} added, ${c.modified.length} modified, ${c.deleted.length} deleted, ${c.unchanged} unchanged`);
        return 0;
    }),
});
/** The newest readable checkpoint in the store (the action's search over the whole store). */
async function newestInStore(store, logger) {
    const choice = await (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_5__/* .newestReadable */ .p7)((0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_1__/* .checkpointsNewestFirst */ .iG)(store));
    for (const p of choice.passedOver)
        logger.warning(`checkpoint ${p.id} is passed over: ${p.error}`);
    if (!choice.chosen)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .yo(`No checkpoints in ${store.spec}: save one with 'ci-recovery checkpoint --store ${store.spec} --name NAME --paths ...'.`);
    return choice.chosen.manifest;
}
/** --repair: finishes killed restores into --dest from their journals. */
function repair(f) {
    const dest = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve((0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(f, 'dest') ?? process.cwd());
    const r = (0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_1__/* .recoverInterrupted */ .js)(dest);
    if (f.json)
        return ((0,_support_js__WEBPACK_IMPORTED_MODULE_2__/* .printJson */ .Q2)({ dest, ...r }), 0);
    for (const name of r.rolledBack)
        (0,_support_js__WEBPACK_IMPORTED_MODULE_2__/* .print */ .yy)(`undone ${name}: ${dest} is as it was before that restore`);
    for (const name of r.removed)
        (0,_support_js__WEBPACK_IMPORTED_MODULE_2__/* .print */ .yy)(`removed ${name} (nothing to undo)`);
    for (const name of r.inProgress)
        (0,_support_js__WEBPACK_IMPORTED_MODULE_2__/* .print */ .yy)(`left ${name}: its restore is still running`);
    for (const name of r.stuck)
        (0,_support_js__WEBPACK_IMPORTED_MODULE_2__/* .print */ .yy)(`kept ${name}: some files could not be put back; they are in it`);
    (0,_support_js__WEBPACK_IMPORTED_MODULE_2__/* .print */ .yy)(`${r.rolledBack.length + r.removed.length} interrupted restore(s) finished in ${dest}`);
    return r.stuck.length ? 1 : 0;
}


/***/ })

};
