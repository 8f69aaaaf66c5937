export const id = 7916;
export const ids = [7916];
export const modules = {

/***/ 97916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93248);
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24093);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95377);
/* harmony import */ var _verb_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35525);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72020);





const HELP = `usage: ci-recovery list [--store SPEC] [--json]

Lists the checkpoints in a store, oldest first.

  --store SPEC      dir:PATH or artifact (default ${_support_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CLI_STORE */ .rp})
  --json            machine-readable result on stdout

example:
  ci-recovery list --store dir:/tmp/checkpoints`;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    run: (argv, { env }) => (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .stdoutToStderr */ .vS)(async () => {
        if ((0,_verb_js__WEBPACK_IMPORTED_MODULE_4__/* .wantsHelp */ .l)(argv))
            return ((0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(HELP), 0);
        const f = (0,_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlags */ .bQ)('list', argv, { store: 'string', json: 'bool' });
        const store = await (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .openCliStore */ .Iy)((0,_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(f, 'store'), env);
        const { listCheckpoints } = await _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__.load.engine();
        const items = await listCheckpoints(store);
        const rows = items.map((c) => {
            const m = c.summary;
            if (!m)
                return { id: c.id, error: c.error };
            const s = m.stats;
            return {
                id: c.id,
                kind: m.kind,
                parent: m.parent ?? null,
                stage: m.stage,
                job: m.job,
                runId: m.runId,
                attempt: m.attempt,
                createdAt: m.createdAt,
                files: s.files,
                bytes: s.bytes,
                changed: s.changed,
                deleted: s.deleted,
                archiveBytes: m.archive.size,
                compression: m.archive.compression,
                completedStages: m.completedStages,
            };
        });
        if (f.json)
            return ((0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .printJson */ .Q2)(rows), 0);
        if (rows.length === 0)
            return ((0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`no checkpoints in ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(store.spec)}`), 0);
        (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)((0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)([
            ['NAME', 'KIND', 'STAGE', 'ATTEMPT', 'FILES', 'SIZE', 'ARCHIVE', 'CREATED'],
            // A store's text (names, stages, times: anyone who can write a dir: store wrote them) goes out inert.
            ...rows.map((r) => ('error' in r
                ? [r.id, 'unreadable', r.error ?? '', '', '', '', '', '']
                : [
                    r.id,
                    r.kind,
                    r.stage,
                    String(r.attempt),
                    String(r.files),
                    (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .bytes */ .ee)(r.bytes),
                    (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .bytes */ .ee)(r.archiveBytes),
                    r.createdAt,
                ]).map(_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)),
        ]));
        return 0;
    }),
});


/***/ })

};
