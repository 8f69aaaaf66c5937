export const id = 3013;
export const ids = [3013];
export const modules = {

/***/ 53013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ fileStartsWith),
/* harmony export */   PU: () => (/* binding */ classifyLog),
/* harmony export */   classifyLogFile: () => (/* binding */ classifyLogFile),
/* harmony export */   wC: () => (/* binding */ MAX_STREAM_BYTES)
/* harmony export */ });
/* unused harmony exports readLog, scanLogFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72994);
/* harmony import */ var _core_classify_normalize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31637);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);






// Large reads keep the per-chunk overhead low; small enough that the heap stays well under 128 MB.
const READ_CHUNK = 256 << 10;
/**
 * Standard input, a pipe or a device is read up to this many bytes: an endless stream (`/dev/zero`, a
 * `tail -f`) cannot hang the classifier. A regular file is read whole, whatever its size.
 */
const MAX_STREAM_BYTES = 256 << 20;
/** Whether a regular file starts with these bytes (the content decides what it is, not its name). */
async function fileStartsWith(file, magic) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        const { bytesRead, buffer } = await handle.read(Buffer.alloc(magic.length), 0, magic.length, 0);
        return bytesRead === magic.length && magic.every((byte, i) => buffer[i] === byte);
    }
    finally {
        await handle.close();
    }
}
const GZIP_MAGIC = [0x1f, 0x8b];
function readError(file, error) {
    const code = error.code;
    if (code === 'ENOENT')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${file}: no such file; pass the path of a log file`);
    if (code === 'EISDIR')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${file}: is a directory; pass the path of a log file`);
    if (code === 'EACCES')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${file}: permission denied; make the file readable`);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${file}: cannot read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
}
/** Opens a log: `-` is standard input; a pipe or device is streamed as it is; a regular file may be gzip. */
async function openLog(file, stdin) {
    if (file === '-')
        return { stream: stdin(), gzip: false, endless: true };
    let gzip;
    try {
        // A pipe's or device's bytes would be consumed by a peek: only regular files are sniffed for gzip.
        const kind = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
        if (!kind.isFile() && !kind.isDirectory()) {
            return { stream: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: READ_CHUNK }), gzip: false, endless: true };
        }
        gzip = await fileStartsWith(file, GZIP_MAGIC);
    }
    catch (error) {
        throw readError(file, error);
    }
    if (!gzip && file.endsWith('.gz')) {
        const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
        if (size > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${file}: not a gzip file (bad header); pass the uncompressed log or a valid .gz`);
    }
    if (!gzip)
        return { stream: fileChunks(file, READ_CHUNK), gzip, endless: false };
    const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: READ_CHUNK });
    const stream = source.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip)({ chunkSize: READ_CHUNK }));
    source.on('error', (error) => stream.destroy(error));
    return { stream, source, gzip, endless: false };
}
/**
 * A regular file's bytes, read into one buffer over and over: each chunk is consumed before the next read
 * (the scanner and the line splitter copy what they keep), so a 50 MB log leaves no 50 MB of spent chunks
 * for the garbage collector to find late, which is what set the peak RSS.
 */
async function* fileChunks(file, size) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        const buffer = Buffer.allocUnsafe(size);
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, size, null);
            if (bytesRead === 0)
                return;
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        await handle.close();
    }
}
/**
 * Splits chunks into lines for the consumers that need whole lines (the step tracker, team rules), keeping
 * at most `keep` bytes of each, so one endless line costs no more memory than a short one.
 */
class LineSplitter {
    keep;
    onLine;
    line = 1;
    carry = [];
    carryBytes = 0;
    open = false;
    constructor(keep, onLine) {
        this.keep = keep;
        this.onLine = onLine;
    }
    push(chunk) {
        let start = 0;
        for (;;) {
            const nl = chunk.indexOf(10, start);
            if (nl < 0)
                break;
            this.emit(chunk.subarray(start, Math.min(nl, start + this.keep)));
            start = nl + 1;
        }
        if (start < chunk.length) {
            this.open = true;
            const room = this.keep - this.carryBytes;
            if (room > 0)
                this.carry.push(Buffer.from(chunk.subarray(start, start + room)));
            this.carryBytes += Math.max(0, Math.min(room, chunk.length - start));
        }
    }
    end() {
        if (this.open)
            this.emit(Buffer.alloc(0));
    }
    emit(tail) {
        let bytes = tail;
        if (this.open) {
            bytes = Buffer.concat([...this.carry, tail]).subarray(0, this.keep);
            this.carry = [];
            this.carryBytes = 0;
            this.open = false;
        }
        this.onLine(bytes, this.line++);
    }
}
/** Streams a log (a path, plain or .gz, or `-` for standard input) through the rules with bounded memory. */
async function readLog(file, options = {}, extra = {}) {
    const scanner = new _core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.LogScanner(options.ruleSet ?? (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.defaultRuleSet)());
    const team = options.teamRules?.length ? (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.compileTeamRules)(options.teamRules) : [];
    const matcher = team.length > 0 ? new _core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.TeamRuleMatcher(team, extra) : undefined;
    const steps = options.steps || matcher ? new _core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.StepTracker() : undefined;
    // Team rules see a line as the shipped rules do (at most 2 * MAX_LINE_CHARS bytes); steps need its head.
    const keep = matcher ? 2 * _core_classify_normalize_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_LINE_CHARS */ .yL : 512;
    const lines = steps
        ? new LineSplitter(keep, (bytes, n) => {
            const raw = bytes.toString('utf8');
            const at = steps.line(raw, n);
            matcher?.line(raw, n, at);
        })
        : undefined;
    const { stream, source, gzip, endless } = await openLog(file, () => options.stdin ?? process.stdin);
    const max = endless ? (options.maxStreamBytes ?? MAX_STREAM_BYTES) : Infinity;
    let read = 0;
    let truncated = false;
    try {
        for await (const data of stream) {
            let chunk = data;
            if (read + chunk.length > max) {
                chunk = chunk.subarray(0, max - read);
                truncated = true;
            }
            read += chunk.length;
            scanner.push(chunk);
            lines?.push(chunk);
            // Leaving the loop destroys the stream: the writer of a pipe gets EPIPE and stops.
            if (truncated)
                break;
        }
    }
    catch (error) {
        source?.destroy();
        const code = error.code ?? '';
        if (gzip && code.startsWith('Z_')) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${file}: corrupt or truncated gzip data (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}); re-download the log`);
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${file}: cannot read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
    }
    lines?.end();
    const verdict = matcher?.verdict();
    return {
        scan: scanner.end(),
        truncated,
        ...(verdict ? { team: verdict } : {}),
        ...(steps ? { steps } : {}),
    };
}
/** Streams a plain or gzipped log through the rules; memory stays bounded whatever the size. */
async function scanLogFile(file, ruleSet = (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.defaultRuleSet)()) {
    return (await readLog(file, { ruleSet })).scan;
}
/** Classifies a log (a path or `-`) with the team's rules first, naming the step its evidence came from. */
async function classifyLog(file, extra = {}, options = {}) {
    const ruleSet = options.ruleSet ?? (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.defaultRuleSet)();
    const { scan, truncated, team, steps } = await readLog(file, { ...options, steps: true }, extra);
    const classification = team ?? (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.classifyScan)(scan.lines > 0 ? scan : undefined, extra, ruleSet);
    const line = classification.evidence?.line;
    const step = line !== undefined && line > 0 && steps ? steps.stepAt(line) : {};
    return { classification, step, truncated, bytes: scan.bytes };
}
/** Classifies a log file (plain or .gz) together with any other signals the caller has. */
async function classifyLogFile(file, extra = {}, ruleSet = (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.defaultRuleSet)()) {
    const scan = await scanLogFile(file, ruleSet);
    return (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.classifyScan)(scan.lines > 0 ? scan : undefined, extra, ruleSet);
}


/***/ })

};
