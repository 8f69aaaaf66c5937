export const id = 480;
export const ids = [480];
export const modules = {

/***/ 43480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60972);
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13155);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61279);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77585);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73524);





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
    run: (argv) => (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .stdoutToStderr */ .vS)(async () => {
        if ((0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .wantsHelp */ .l)(argv))
            return ((0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(HELP), 0);
        const f = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)('validate', argv, { store: 'string', name: 'string', json: 'bool' });
        const store = await (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .openCliStore */ .Iy)((0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(f, 'store'));
        const name = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(f, 'name');
        const ids = name ? [name] : (await (0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .listCheckpoints */ .Ep)(store)).map((c) => c.id);
        const progress = (0,_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .progressOnTerminal */ .xt)('validate', f.json === true, {
            countFiles: true,
            total: ids.length,
            unit: 'checkpoints',
        });
        const counted = (0,_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .withArchiveProgress */ .u3)(store, progress);
        const results = [];
        try {
            for (const id of ids) {
                results.push(await (0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .validateCheckpoint */ .NE)(counted, id));
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
                    ? `ok   ${r.id} (${r.files} files, ${r.archives.length} archive(s))`
                    : `BAD  ${r.id}: ${r.problems.join('; ')}`);
            if (results.length === 0)
                (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`no checkpoints in ${store.spec}`);
        }
        return results.every((r) => r.ok) ? 0 : 1;
    }),
});


/***/ })

};
