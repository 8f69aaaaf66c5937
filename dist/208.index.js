export const id = 208;
export const ids = [208];
export const modules = {

/***/ 11487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ classifyLogFile)
/* harmony export */ });
/* unused harmony export scanLogFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4010);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37406);





// Large reads keep the per-chunk overhead low; small enough that the heap stays well under 128 MB.
const READ_CHUNK = 256 << 10;
/** Whether the file starts with the gzip magic bytes (the content decides, not the extension). */
async function isGzip(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
        return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
    }
    finally {
        await handle.close();
    }
}
/** Streams a plain or gzipped log through the rules; memory stays bounded whatever the size. */
async function scanLogFile(file, ruleSet = (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.defaultRuleSet)()) {
    let gzip;
    try {
        gzip = await isGzip(file);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file}: no such file; pass the path of a log file`);
        if (code === 'EISDIR')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file}: is a directory; pass the path of a log file`);
        if (code === 'EACCES')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file}: permission denied; make the file readable`);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file}: cannot read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`);
    }
    if (!gzip && file.endsWith('.gz')) {
        const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r').then(async (h) => {
            try {
                return await h.stat();
            }
            finally {
                await h.close();
            }
        });
        if (size > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file}: not a gzip file (bad header); pass the uncompressed log or a valid .gz`);
    }
    const scanner = new _core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.LogScanner(ruleSet);
    const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: READ_CHUNK });
    const stream = gzip ? source.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip)({ chunkSize: READ_CHUNK })) : source;
    if (gzip)
        source.on('error', (error) => stream.destroy(error));
    try {
        for await (const chunk of stream)
            scanner.push(chunk);
    }
    catch (error) {
        source.destroy();
        const code = error.code ?? '';
        if (gzip && code.startsWith('Z_')) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file}: corrupt or truncated gzip data (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}); re-download the log`);
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file}: cannot read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`);
    }
    return scanner.end();
}
/** Classifies a log file (plain or .gz) together with any other signals the caller has. */
async function classifyLogFile(file, extra = {}, ruleSet = (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.defaultRuleSet)()) {
    const scan = await scanLogFile(file, ruleSet);
    return (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.classifyScan)(scan.lines > 0 ? scan : undefined, extra, ruleSet);
}


/***/ }),

/***/ 82208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_log_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11487);
/* harmony import */ var _adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93038);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37406);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73524);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61279);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77585);







const HELP = `usage: ci-recovery classify <log>... [--exit-code N] [--signal SIG] [--json]

Classifies the failure each log shows (GitHub Actions, Travis, Jenkins, Taskcluster or any text log, plain or
.gz): type, confidence, whether a retry may help, the decisive line and the rule that decided. One result per
log; a log that cannot be read gets an error and the others are still classified (exit code 1 then).

  --exit-code N   exit code of the failed step (124 timeout, 137 killed, 143 terminated, ...)
  --signal SIG    signal that ended the step (SIGKILL, SIGTERM, ...)
  --json          one JSON object per log per line:
                  {"file","type","confidence","retryable","evidence":{"line","text"},"rule"}

examples:
  ci-recovery classify build.log
  ci-recovery classify --exit-code 137 --json logs/*.log`;
function human(file, c) {
    const head = `${file}: ${c.type} (${c.confidence} confidence${c.retryable ? ', retryable' : ''}; rule ${c.rule})`;
    return c.evidence ? `${head}\n  line ${c.evidence.line}: ${c.evidence.text}` : head;
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    async run(argv) {
        if ((0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .wantsHelp */ .l)(argv)) {
            process.stdout.write(HELP + '\n');
            return 0;
        }
        const { flags, positionals } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .parseArgs */ .Zy)('classify', argv, { 'exit-code': 'string', signal: 'string', json: 'bool' }, { positionals: true });
        const json = flags.json === true;
        const signal = (0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(flags, 'signal');
        const exitCodeText = (0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(flags, 'exit-code');
        if (positionals.length === 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb("give at least one log file; see 'ci-recovery classify --help'");
        let exitCode;
        if (exitCodeText !== undefined) {
            exitCode = Number(exitCodeText);
            if (!Number.isInteger(exitCode) || exitCode < 0 || exitCode > 255) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--exit-code '${exitCodeText}' is not valid; write a whole number from 0 to 255`);
            }
        }
        const extra = {
            ...(exitCode !== undefined ? { exitCode } : {}),
            ...(signal ? { signal } : {}),
        };
        let failed = 0;
        const progress = positionals.length > 1
            ? (0,_progress_js__WEBPACK_IMPORTED_MODULE_4__/* .progressOnTerminal */ .xt)('classify', json, { countFiles: true, total: positionals.length })
            : undefined;
        for (const file of positionals) {
            try {
                const c = await (0,_adapters_log_file_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyLogFile */ .V)(file, extra);
                const line = json
                    ? (0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertJson */ .nl)({
                        file,
                        type: c.type,
                        confidence: c.confidence,
                        retryable: c.retryable,
                        evidence: c.evidence ? { line: c.evidence.line, text: c.evidence.text } : null,
                        rule: c.rule,
                    })
                    : human(file, c);
                progress?.done();
                process.stdout.write((0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .UJ)(line) + '\n');
                progress?.add(1, (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file)).size);
            }
            catch (error) {
                failed++;
                progress?.done();
                const message = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error);
                if (json)
                    process.stdout.write((0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertJson */ .nl)({ file, error: message }) + '\n');
                process.stderr.write((0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .UJ)(`ci-recovery classify: ${message}`) + '\n');
            }
        }
        progress?.done();
        return failed > 0 ? 1 : 0;
    },
});


/***/ })

};
