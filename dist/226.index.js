export const id = 226;
export const ids = [226];
export const modules = {

/***/ 5226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_log_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5802);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);



const HELP = `usage: ci-recovery classify <log>... [--exit-code N] [--signal SIG] [--json]

Classifies the failure each log shows (GitHub Actions, Travis, Jenkins, Taskcluster or any text log, plain or
.gz): type, confidence, whether a retry may help, the decisive line and the rule that decided. One result per
log; a log that cannot be read gets an error and the others are still classified (exit code 1 then).

  --exit-code N   exit code of the failed step (124 timeout, 137 killed, 143 terminated, ...)
  --signal SIG    signal that ended the step (SIGKILL, SIGTERM, ...)
  --json          one JSON object per log per line:
                  {"file","type","confidence","retryable","evidence":{"line","text"},"rule"}`;
function human(file, c) {
    const head = `${file}: ${c.type} (${c.confidence} confidence${c.retryable ? ', retryable' : ''}; rule ${c.rule})`;
    return c.evidence ? `${head}\n  line ${c.evidence.line}: ${c.evidence.text}` : head;
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    summary: 'classify the failure in one or more CI logs (plain or .gz)',
    async run(argv) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                'exit-code': { type: 'string' },
                signal: { type: 'string' },
                json: { type: 'boolean', default: false },
                help: { type: 'boolean', default: false },
            },
        });
        if (values.help) {
            process.stdout.write(HELP + '\n');
            return 0;
        }
        if (positionals.length === 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`give at least one log file\n${HELP}`);
        let exitCode;
        if (values['exit-code'] !== undefined) {
            exitCode = Number(values['exit-code']);
            if (!Number.isInteger(exitCode) || exitCode < 0 || exitCode > 255) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`--exit-code '${values['exit-code']}' is not valid; write a whole number from 0 to 255`);
            }
        }
        const extra = {
            ...(exitCode !== undefined ? { exitCode } : {}),
            ...(values.signal ? { signal: values.signal } : {}),
        };
        let failed = 0;
        for (const file of positionals) {
            try {
                const c = await (0,_adapters_log_file_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyLogFile */ .V)(file, extra);
                const line = values.json
                    ? JSON.stringify({
                        file,
                        type: c.type,
                        confidence: c.confidence,
                        retryable: c.retryable,
                        evidence: c.evidence ? { line: c.evidence.line, text: c.evidence.text } : null,
                        rule: c.rule,
                    })
                    : human(file, c);
                process.stdout.write(line + '\n');
            }
            catch (error) {
                failed++;
                const message = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error);
                if (values.json)
                    process.stdout.write(JSON.stringify({ file, error: message }) + '\n');
                process.stderr.write(`ci-recovery classify: ${message}\n`);
            }
        }
        return failed > 0 ? 1 : 0;
    },
});


/***/ })

};
