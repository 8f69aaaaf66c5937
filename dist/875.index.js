export const id = 875;
export const ids = [875];
export const modules = {

/***/ 54875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _adapters_changed_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(784);
/* harmony import */ var _adapters_config_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52317);
/* harmony import */ var _adapters_github_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13247);
/* harmony import */ var _adapters_runner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93038);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(37406);
/* harmony import */ var _core_lanes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69570);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73524);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(61279);








const HELP = `usage: ci-recovery lanes [--base REF] [--pr N] [--label L]... [--config FILE] [--json]

Decides the lane (DOCS, STANDARD, HEAVY) of the change in the current git checkout: the files changed since
the merge base with REF (a shallow clone is deepened as needed), PR labels and the diff size, with the lane
globs of the config. Without a base the change is unknown: STANDARD.

  --base REF      base branch or commit (default: $GITHUB_BASE_REF)
  --pr N          read files (when git cannot) and labels from pull request N; needs GITHUB_TOKEN and
                  GITHUB_REPOSITORY
  --label L       a PR label to take into account (repeatable)
  --config FILE   config file (default .github/ci-recovery.yml in the current directory, if any)
  --json          {"lane","reason","files","changedLines","labels"} on stdout

examples:
  ci-recovery lanes --base main
  GITHUB_TOKEN=$(gh auth token) GITHUB_REPOSITORY=o/r ci-recovery lanes --pr 42 --json`;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    async run(argv) {
        if ((0,_commands_js__WEBPACK_IMPORTED_MODULE_5__/* .wantsHelp */ .l)(argv)) {
            process.stdout.write(HELP + '\n');
            return 0;
        }
        const flags = (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .parseFlags */ .bQ)('lanes', argv, {
            base: 'string',
            pr: 'string',
            label: 'list',
            config: 'string',
            json: 'bool',
        });
        const prText = (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(flags, 'pr');
        let pr;
        if (prText !== undefined) {
            pr = Number(prText);
            if (!Number.isInteger(pr) || pr < 1)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--pr '${prText}' is not valid; write a pull request number`);
        }
        const base = (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(flags, 'base') ?? (process.env.GITHUB_BASE_REF || undefined);
        const token = process.env.GITHUB_TOKEN;
        if (pr !== undefined && !token)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo("--pr reads the pull request through GitHub's REST API and needs a token: set GITHUB_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token)) and GITHUB_REPOSITORY=owner/repo");
        const cwd = process.cwd();
        const { config } = await (0,_adapters_config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z)(cwd, (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(flags, 'config'));
        const change = await (0,_adapters_changed_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readChange */ .pm)({
            cwd,
            ...(base ? { base } : {}),
            ...(pr !== undefined && token ? { octokit: (0,_adapters_github_js__WEBPACK_IMPORTED_MODULE_2__/* .getOctokit */ .QB)(token), repo: (0,_adapters_github_js__WEBPACK_IMPORTED_MODULE_2__/* .repoFromEnv */ .K)(), pr } : {}),
        });
        const labels = [...(change.labels ?? []), ...((0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .list */ .p_)(flags, 'label') ?? [])];
        const { lane, reason } = (0,_core_lanes_js__WEBPACK_IMPORTED_MODULE_4__/* .decideLane */ .XS)({ ...change, labels }, config.lanes);
        if (flags.json === true) {
            const out = {
                lane,
                reason,
                files: change.files ?? null,
                changedLines: change.changedLines ?? null,
                labels,
            };
            process.stdout.write((0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .inertJson */ .nl)(out) + '\n');
        }
        else {
            const size = change.files
                ? `${change.files.length} file(s), ${change.changedLines ?? '?'} changed line(s)`
                : 'files unknown';
            process.stdout.write((0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .inertText */ .UJ)(`${lane}: ${reason} (${size}${base ? `, base ${base}` : ', no base'})`) + '\n');
        }
        return 0;
    },
});


/***/ })

};
