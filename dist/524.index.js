export const id = 524;
export const ids = [524];
export const modules = {

/***/ 93355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ compressor),
/* harmony export */   jQ: () => (/* binding */ decompressTo),
/* harmony export */   uZ: () => (/* binding */ pickCompression)
/* harmony export */ });
/* unused harmony export hasZstd */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(65637);
/**
 * Compression as a child process: `zstd -T0` uses every core while node only feeds it, and the archive is
 * streamed through its pipes (nothing held in memory). gzip through node's zlib when no zstd is installed.
 * Decompression hands its output to a synchronous consumer (the tar reader) through one reused buffer.
 */









let zstdPresent;
/** Whether a `zstd` binary is on PATH (checked once per process, asynchronously). */
function hasZstd() {
    zstdPresent ??= new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('zstd', ['--version'], { timeout: 10_000 }, (error) => resolve(!error));
    });
    return zstdPresent;
}
async function pickCompression() {
    return (await hasZstd()) ? 'zstd' : 'gzip';
}
function zstdCodec(args, what) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('zstd', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const done = zstdExit(child, what);
    // An EPIPE on stdin only means zstd stopped early; its exit status carries the real reason.
    child.stdin.on('error', () => undefined);
    // Read from the start: when a child exits, Node drains (and drops) the stdout of a child that nobody
    // listens to yet, so a small archive could vanish while the store was still setting up its upload.
    // The pass-through keeps the bytes, with the same backpressure.
    const output = child.stdout.pipe(new node_stream__WEBPACK_IMPORTED_MODULE_6__.PassThrough({ highWaterMark: 1 << 20 }));
    child.stdout.on('error', (error) => output.destroy(error));
    return { input: child.stdin, output, done, kill: () => child.kill('SIGKILL') };
}
/**
 * Resolves once a zstd child exits cleanly; rejects with what it said on stderr (its first 4000
 * characters) when it fails or cannot be run.
 */
function zstdExit(child, what) {
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => {
        if (stderr.length < 4000)
            stderr += d;
    });
    return new Promise((resolve, reject) => {
        child.on('error', (error) => reject(new Error(`${what}: cannot run zstd: ${error.message}`)));
        child.on('close', (code, signal) => {
            if (code === 0)
                resolve();
            else
                reject(new Error(`${what}: zstd exited with ${signal ?? code}: ${stderr.trim() || 'no message'}`));
        });
    });
}
function zlibCodec(stream, what) {
    const done = new Promise((resolve, reject) => {
        stream.on('end', resolve);
        stream.on('error', (error) => reject(new Error(`${what}: ${error.message}`)));
    });
    return { input: stream, output: stream, done, kill: () => stream.destroy() };
}
function compressor(compression, level = 3) {
    return compression === 'zstd'
        ? zstdCodec(['-T0', `-${level}`, '-q', '-c'], 'compressing the checkpoint')
        : zlibCodec(node_zlib__WEBPACK_IMPORTED_MODULE_7___default().createGzip({ level: Math.min(level, 9), chunkSize: 256 * 1024 }), 'compressing the checkpoint');
}
/**
 * Decompresses, handing the output to `onChunk` synchronously (the chunk is valid only during the call).
 * zstd's output is read through a FIFO into one reusable buffer (a socket with a user buffer), so the
 * hundreds of megabytes of a restore allocate nothing: read as a stream, every 64 KiB read is a fresh
 * buffer that only the garbage collector frees, and the process grows by tens of megabytes. Where FIFOs
 * are not available (Windows) the child's stdout stream is read instead. An exception from `onChunk`
 * stops the decompressor and rejects `done` with it.
 */
async function decompressTo(compression, onChunk, { inputFile, fifos = process.platform !== 'win32', } = {}) {
    const sink = new ChunkSink(onChunk);
    // Without the zstd binary (self-hosted Windows or macOS), node's own zstd reads a .tar.zst: platform.ts.
    if (compression === 'gzip' || !(await hasZstd()))
        return gunzipTo(sink, inputFile, compression);
    const fifo = fifos ? await openFifo('output') : undefined;
    // The compressed input too goes through a FIFO, written by the thread pool: zstd then reads at its own
    // pace, not only when this thread, busy with the output, gets round to feeding its stdin.
    const inFifo = inputFile || !fifos ? undefined : await openFifo('input');
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('zstd', ['-d', '-q', '-c', ...(inputFile ? ['--', inputFile] : [])], {
        stdio: [inFifo?.readFd ?? 'pipe', fifo?.writeFd ?? 'pipe', 'pipe'],
    });
    if (fifo)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fifo.writeFd);
    if (inFifo)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(inFifo.readFd);
    const input = inFifo
        ? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)('', { fd: inFifo.writeFd, highWaterMark: 1 << 20 })
        : child.stdin;
    const exited = zstdExit(child, DECOMPRESSING);
    input.on('error', () => undefined); // EPIPE: zstd stopped; its exit status says why
    const kill = () => void child.kill('SIGKILL');
    const output = fifo ? readFifo(fifo.readFd, sink, kill) : readStdout(child.stdout, sink, kill);
    const done = Promise.all([output, exited]).then(() => {
        if (sink.failure !== undefined)
            throw sink.failure;
    }, (error) => {
        throw sink.failure ?? error;
    });
    return { input, done, kill };
}
const DECOMPRESSING = 'decompressing the checkpoint';
/** Hands chunks to the consumer until it throws; then keeps what it threw and takes nothing more. */
class ChunkSink {
    onChunk;
    failure;
    constructor(onChunk) {
        this.onChunk = onChunk;
    }
    /** False once the consumer has failed: the reader then stops the decompressor. */
    deliver(chunk) {
        if (this.failure !== undefined)
            return false;
        try {
            this.onChunk(chunk);
            return true;
        }
        catch (error) {
            this.failure = error instanceof Error ? error : new Error(String(error));
            return false;
        }
    }
}
/** In process, through node's zlib (gzip, or zstd without the binary): the same contract as decompressTo's. */
function gunzipTo(sink, inputFile, compression) {
    const gunzip = compression === 'gzip' ? node_zlib__WEBPACK_IMPORTED_MODULE_7___default().createGunzip({ chunkSize: 256 * 1024 }) : (0,_platform_js__WEBPACK_IMPORTED_MODULE_8__/* .zstdInProcess */ .OP)(DECOMPRESSING);
    const done = new Promise((resolve, reject) => {
        gunzip.on('data', (chunk) => {
            if (!sink.deliver(chunk))
                gunzip.destroy();
        });
        gunzip.on('end', () => (sink.failure === undefined ? resolve() : reject(sink.failure)));
        gunzip.on('close', () => sink.failure !== undefined && reject(sink.failure));
        gunzip.on('error', (error) => reject(sink.failure ?? new Error(`${DECOMPRESSING}: ${error.message}`)));
    });
    if (inputFile) {
        const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(inputFile, { highWaterMark: 1 << 20 });
        file.on('error', (error) => gunzip.destroy(error));
        file.pipe(gunzip);
    }
    return { input: gunzip, done, kill: () => gunzip.destroy() };
}
/** Reads the decompressor's output from the read end of a FIFO into one reused 256 KiB buffer. */
function readFifo(readFd, sink, kill) {
    return new Promise((resolve, reject) => {
        const socket = new (node_net__WEBPACK_IMPORTED_MODULE_3___default().Socket)({
            fd: readFd,
            readable: true,
            writable: false,
            onread: {
                buffer: Buffer.allocUnsafeSlow(256 * 1024),
                callback: (n, buf) => {
                    if (sink.deliver(Buffer.from(buf.buffer, buf.byteOffset, n)))
                        return true;
                    socket.destroy();
                    kill();
                    return false;
                },
            },
        });
        socket.on('end', resolve);
        socket.on('close', () => (sink.failure === undefined ? resolve() : reject(sink.failure)));
        socket.on('error', reject);
    });
}
/** Reads the decompressor's output as a stream (where there are no FIFOs). */
function readStdout(stdout, sink, kill) {
    return new Promise((resolve, reject) => {
        stdout.on('data', (chunk) => {
            if (sink.deliver(chunk))
                return;
            stdout.destroy();
            kill();
        });
        stdout.on('end', resolve);
        stdout.on('close', () => (sink.failure === undefined ? resolve() : reject(sink.failure)));
        stdout.on('error', reject);
    });
}
/**
 * A FIFO opened at both ends and already unlinked (the pipe lives on in the two descriptors); undefined
 * where there is no mkfifo. For 'output' (a child writes, we read through a socket) our read end is
 * non-blocking; for 'input' (we write from the thread pool, a child reads) both ends block, and the
 * read-write open lets both opens return at once.
 */
async function openFifo(kind) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_5___default().join(node_os__WEBPACK_IMPORTED_MODULE_4___default().tmpdir(), 'ci-recovery-fifo-'));
    const p = node_path__WEBPACK_IMPORTED_MODULE_5___default().join(dir, kind);
    try {
        const made = await new Promise((resolve) => (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('mkfifo', ['-m', '600', p], (error) => resolve(!error)));
        if (!made)
            return undefined;
        if (kind === 'output') {
            const readFd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(p, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK);
            return { readFd, writeFd: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(p, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY) };
        }
        const holder = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(p, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDWR);
        try {
            const readFd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(p, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY);
            return { readFd, writeFd: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(p, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY) };
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(holder);
        }
    }
    catch {
        return undefined;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 27790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ crashPoint)
/* harmony export */ });
/**
 * Fault injection for the crash test: with CI_RECOVERY_CRASH_AFTER=N in the environment, the process
 * kills itself with SIGKILL at the N-th crash point it passes (N from 1), the way a runner's kill -9 or a
 * lost machine would stop it. Crash points sit between the steps a save and a restore make on disk, so
 * the test can stop them at every one of those instants, chosen by counting, not by timing. Without the
 * variable a crash point is one comparison.
 */
const limit = Number(process.env.CI_RECOVERY_CRASH_AFTER);
let passed = 0;
function crashPoint() {
    if (limit > 0 && ++passed >= limit)
        process.kill(process.pid, 'SIGKILL');
}


/***/ }),

/***/ 79995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ DigestTap),
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   gp: () => (/* binding */ FileHasher)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);




/** Passes bytes through unchanged while hashing and counting them (the archive's digest, on the fly). */
class DigestTap extends node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform {
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    bytes = 0;
    digest;
    constructor(highWaterMark = 1 << 20) {
        super({ highWaterMark });
    }
    _transform(chunk, _enc, cb) {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        cb(null, chunk);
    }
    /** The hex sha256 of everything that went through; only valid once the stream has ended. */
    sha256() {
        this.digest ??= this.hash.digest('hex');
        return this.digest;
    }
}
/** The sha256 and size of a file, read into one reused buffer (no allocation per chunk). */
async function digestFile(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, 'r');
    try {
        const buf = Buffer.allocUnsafeSlow(1 << 20);
        let size = 0;
        for (;;) {
            const { bytesRead } = await fh.read(buf, 0, buf.length, null);
            if (bytesRead === 0)
                break;
            hash.update(buf.subarray(0, bytesRead));
            size += bytesRead;
        }
        return { sha256: hash.digest('hex'), size };
    }
    finally {
        await fh.close();
    }
}
/**
 * Hashes many files one after another through one reused buffer, synchronously: for tens of thousands of
 * small files a stream or a thread-pool round trip per file costs far more than the reads themselves.
 */
class FileHasher {
    buf = Buffer.allocUnsafeSlow(1 << 20);
    /** The hex sha256 of the file, or undefined when it cannot be read. */
    sha256(file) {
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'r');
        }
        catch {
            return undefined;
        }
        try {
            let n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, this.buf, 0, this.buf.length, 0);
            if (n < this.buf.length)
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', this.buf.subarray(0, n));
            const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
            let pos = 0;
            while (n > 0) {
                hash.update(this.buf.subarray(0, n));
                pos += n;
                n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, this.buf, 0, this.buf.length, pos);
            }
            return hash.digest('hex');
        }
        catch {
            return undefined;
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
    }
}


/***/ }),

/***/ 98581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ fileDone),
/* harmony export */   y: () => (/* binding */ withFileProgress)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Who hears of each file a save packs or a restore (or validate) unpacks: the CLI's progress line on a
 * terminal. Scoped to one call with AsyncLocalStorage, so that the save and restore need no option for
 * it and nothing else ever hears; outside such a call `fileDone` is one lookup that finds nobody.
 */

const listener = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/** Runs `fn` with `onFile` told of every file packed or unpacked inside it (none: just runs it). */
function withFileProgress(onFile, fn) {
    return onFile ? listener.run(onFile, fn) : fn();
}
/** One more file packed or unpacked. */
function fileDone() {
    listener.getStore()?.();
}


/***/ }),

/***/ 74929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ keepYoungGenerationSmall),
/* harmony export */   _U: () => (/* binding */ collectAll),
/* harmony export */   qO: () => (/* binding */ youngGcPacer)
/* harmony export */ });
/* unused harmony export youngCollector */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30714);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_vm__WEBPACK_IMPORTED_MODULE_1__);


let applied = false;
/**
 * Keeps V8's young generation at its starting size for the rest of the process. A checkpoint streams
 * hundreds of megabytes and makes tens of thousands of short-lived objects; under that allocation rate V8
 * keeps doubling the young generation, and the process ends up ~80 MB larger for no measurable gain in
 * speed: a dir-store restore of 40,000 files / 574 MiB peaked at 240-256 MB without it and 162-166 MB with
 * it, CPU time within noise (three runs each, the flag set through `node --import`, Node 24).
 * The growth factor is read at each scavenge, so setting it after start-up takes effect.
 */
function keepYoungGenerationSmall() {
    if (applied)
        return;
    applied = true;
    node_v8__WEBPACK_IMPORTED_MODULE_0___default().setFlagsFromString('--semi-space-growth-factor=1');
}
let gcFunction;
/** V8's own `gc`, or null where it cannot be had. */
function exposedGc() {
    if (gcFunction !== undefined)
        return gcFunction;
    try {
        // The flag puts `gc` into contexts made after it is set; this process's own stays as it was.
        node_v8__WEBPACK_IMPORTED_MODULE_0___default().setFlagsFromString('--expose-gc');
        const gc = node_vm__WEBPACK_IMPORTED_MODULE_1___default().runInNewContext('gc');
        gcFunction = typeof gc === 'function' ? gc : null;
    }
    catch {
        gcFunction = null;
    }
    return gcFunction;
}
/** V8's collector, asked for the young generation only; null where it cannot be had. */
function youngCollector() {
    const gc = exposedGc();
    return gc && (() => gc({ type: 'minor' }));
}
/**
 * One full collection, between phases of a restore. After the restore is planned, before the download:
 * parsing the manifest leaves its text and raw columns behind in the old generation, and with the young
 * generation paced (youngGcPacer) no mark-compact comes during the extraction to free them. Restoring
 * 665 MB peaked at 144-152 MiB with it and 156-174 MiB without, in the same time (5 interleaved runs
 * each). And once the manifest is read, before planning: its download (about three times its 6 MB, in
 * Buffers outside the heap) was freed or not by chance, and the peak while planning was 121-132 MiB
 * without this collection, 120-121 MiB with it (3 interleaved runs each). Does nothing where V8's gc
 * cannot be had.
 */
function collectAll() {
    exposedGc()?.({ type: 'major' });
}
/**
 * Returns a counter of downloaded bytes that collects the young generation every `every` bytes.
 * Node's HTTP client allocates every body chunk twice outside V8's heap (the socket read, then the
 * parser's copy). While this thread is busy extracting it allocates little inside the heap, so the
 * scavenges that would free those Buffers cheaply hardly ever come, and V8 answers the growing external
 * memory with full mark-compacts instead: 22 of them while restoring a 221 MB archive, each walking the
 * whole heap, at a mutator utilization down to 75%. With one scavenge per 8 MiB a single mark-compact
 * was left, and the restore's user CPU went from 3.54-4.36 s to 3.20-3.58 s (4 interleaved runs each).
 */
function youngGcPacer(every = 8 << 20, collect = youngCollector()) {
    let since = 0;
    return (bytes) => {
        since += bytes;
        if (since < every)
            return;
        since = 0;
        collect?.();
    };
}


/***/ }),

/***/ 36524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ checkpointRunner),
/* harmony export */   Rb: () => (/* reexport safe */ _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_4__.Rb),
/* harmony export */   Rl: () => (/* reexport safe */ _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_4__.Rl),
/* harmony export */   lX: () => (/* binding */ checkpointStage),
/* harmony export */   nH: () => (/* binding */ openJobStore)
/* harmony export */ });
/* harmony import */ var _phases_checkpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78696);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74810);
/* harmony import */ var _open_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98915);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1130);
/* harmony import */ var _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97390);






/** Opens `spec` with the job's run, repository and token (for the artifact store's cross-attempt lookups). */
function openJobStore(spec, ctx, token, retentionDays) {
    return (0,_open_js__WEBPACK_IMPORTED_MODULE_2__/* .openStore */ .C)(spec, {
        ...(token ? { token } : {}),
        runId: ctx.runId,
        ...(ctx.owner && ctx.repo ? { owner: ctx.owner, repo: ctx.repo } : {}),
        ...(retentionDays ? { retentionDays } : {}),
        cwd: ctx.workspace,
    });
}
/**
 * The runner as a checkpoint step uses it: in a job, a variable goes to later steps (GITHUB_ENV); off a
 * runner (a test, a laptop) it is kept for this process only, without a workflow command on stdout.
 */
function checkpointRunner(env, log = _logger_js__WEBPACK_IMPORTED_MODULE_1__/* .runnerLogger */ .hB) {
    if (env.files.env)
        return { ..._logger_js__WEBPACK_IMPORTED_MODULE_1__/* .runnerPort */ .Ql, log };
    return {
        ..._logger_js__WEBPACK_IMPORTED_MODULE_1__/* .runnerPort */ .Ql,
        log,
        exportVariable: (name, value) => {
            process.env[name] = value;
        },
    };
}
/** The checkpoint phase's save of a stage (phases/checkpoint.ts) with the real workspace: for `run/`. */
function checkpointStage(opts) {
    return (0,_phases_checkpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .saveStageCheckpoint */ .a)(opts, { runner: opts.runner, workspace: _workspace_js__WEBPACK_IMPORTED_MODULE_3__/* .realWorkspace */ .i });
}


/***/ }),

/***/ 21701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ lookupCheckpoint)
/* harmony export */ });
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43448);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/**
 * Whether a checkpoint can be restored, answered from the store's listing and manifests alone, without
 * downloading an archive: what a lookup-only restore (like actions/cache's `lookup-only`) reports.
 */


/** Every archive the checkpoint's chain needs has a readable manifest and is present in the store. */
async function lookupCheckpoint(store, manifest) {
    const present = new Set((await store.objects()).map((o) => o.name));
    for (const id of (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .archivesNeeded */ .jq)(manifest)) {
        let of;
        try {
            of = id === manifest.id ? manifest : await store.getManifest(id);
        }
        catch (error) {
            return {
                usable: false,
                problem: `checkpoint '${id}' that it needs is unreadable: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`,
            };
        }
        if (!present.has(of.archive.file))
            return { usable: false, problem: `archive ${of.archive.file} that it needs is missing from the store` };
    }
    return { usable: true };
}


/***/ }),

/***/ 19832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ listCheckpoints),
/* harmony export */   Ky: () => (/* binding */ checkpointsOfJob),
/* harmony export */   NE: () => (/* binding */ validateCheckpoint),
/* harmony export */   Q8: () => (/* binding */ cleanupCheckpoints),
/* harmony export */   TM: () => (/* binding */ newestCheckpointOver),
/* harmony export */   iG: () => (/* binding */ checkpointsNewestFirst)
/* harmony export */ });
/* unused harmony export newestCheckpoint */
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43448);
/* harmony import */ var _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97390);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74296);
/* harmony import */ var _heap_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74929);
/* harmony import */ var _owner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62756);
/* harmony import */ var _placement_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99244);
/* harmony import */ var _restore_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66959);
/* harmony import */ var _save_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27391);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(47498);
/** list, validate and cleanup over any store. */









/** The manifest of `id`, or why it cannot be read. */
async function readManifest(store, id) {
    try {
        return { id, manifest: await store.getManifest(id) };
    }
    catch (error) {
        return { id, error: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error) };
    }
}
/**
 * Complete checkpoints (and unreadable ones, with their error), oldest first. Each manifest is read and
 * summarized in turn, so a store of many large checkpoints is listed in the memory of one.
 */
async function listCheckpoints(store, filter = {}) {
    const all = [];
    for (const { id, at } of await manifestObjects(store)) {
        const { manifest, error } = await readManifest(store, id);
        if (manifest)
            all.push({ id, summary: (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .summarize */ .eh)(manifest), createdAt: new Date(manifest.createdAt) });
        else
            all.push({ id, error, ...(at ? { createdAt: new Date(at) } : {}) });
    }
    const keep = all.filter((c) => {
        const m = c.summary;
        if (!m)
            return Object.keys(filter).length === 0;
        return ((filter.job === undefined || m.job === filter.job) &&
            (filter.runId === undefined || m.runId === filter.runId) &&
            (filter.attempt === undefined || m.attempt === filter.attempt) &&
            (filter.stage === undefined || m.stage === filter.stage));
    });
    return keep.sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0) || a.id.localeCompare(b.id));
}
/** The checkpoints in the store by their manifest objects (rollback records left out), unread. */
async function manifestObjects(store) {
    return (await store.objects())
        .filter((o) => o.name.endsWith(_store_js__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_SUFFIX */ .OK) && !(0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isRollbackRecord */ .G6)(o.name))
        .map((o) => ({ id: o.name.slice(0, -_store_js__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_SUFFIX */ .OK.length), at: o.createdAt?.getTime() ?? 0 }));
}
/** The newest checkpoint (but `exceptId`), by its manifest object, that `read` can read and `accept` takes. */
async function newestWhere(store, read, accept, exceptId) {
    const candidates = (await manifestObjects(store))
        .filter((c) => c.id !== exceptId)
        .sort((a, b) => b.at - a.at || b.id.localeCompare(a.id));
    for (const c of candidates) {
        const m = await read(c.id).catch(() => undefined);
        if (m && accept(m))
            return m;
    }
    return undefined;
}
/**
 * The newest complete checkpoint over exactly `paths` (an incremental's default parent), as read by
 * `read` (the caller's, so that a local copy with stat facts is preferred and read only once). Manifests
 * are read newest first and the search stops at the first match: one manifest read in the common case,
 * instead of one per checkpoint in the store.
 */
async function newestCheckpointOver(store, paths, exceptId, read) {
    let roots;
    try {
        roots = (0,_save_js__WEBPACK_IMPORTED_MODULE_6__/* .checkpointRoots */ .y8)(paths);
    }
    catch {
        return undefined; // the save reports bad paths
    }
    return newestWhere(store, read, (m) => m.paths.join('\n') === roots.join('\n'), exceptId);
}
/** Every checkpoint in the store, newest manifest object first, each read only when its turn comes. */
async function* checkpointsNewestFirst(store) {
    const candidates = (await manifestObjects(store)).sort((a, b) => b.at - a.at || b.id.localeCompare(a.id));
    for (const c of candidates)
        yield await readManifest(store, c.id);
}
/** The checkpoint with the newest manifest in the store that can be read. */
async function newestCheckpoint(store) {
    return (await newestReadable(checkpointsNewestFirst(store))).chosen?.manifest;
}
/**
 * One job's checkpoints in a run, newest first (the latest attempt first, then the latest saved), each
 * manifest read only when the caller asks for the next: a resume stops at the first that restores, while
 * the run's store holds the checkpoints of every job of the run, and reading them all cost one manifest
 * download each. Ids the actions made carry their job and attempt (checkpointId), so other jobs' and
 * later attempts' are passed over unread; a name the user chose is read first to learn whose it is. A
 * candidate whose manifest cannot be read comes with `error`.
 */
async function* checkpointsOfJob(store, filter) {
    const inRange = (attempt) => filter.beforeAttempt === undefined || attempt < filter.beforeAttempt;
    const ours = (m) => m.job === filter.job && m.runId === filter.runId && inRange(m.attempt);
    const candidates = [];
    for (const { id, at } of await manifestObjects(store)) {
        const named = (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .attemptInId */ .m4)(id, filter);
        if (named === 'other-job')
            continue;
        if (named !== undefined) {
            if (inRange(named))
                candidates.push({ id, at, attempt: named });
            continue;
        }
        // Only a manifest read to learn it is this job's is kept until its turn.
        const read = await readManifest(store, id);
        if (read.manifest && ours(read.manifest))
            candidates.push({ id, at, attempt: read.manifest.attempt, read });
    }
    candidates.sort((a, b) => b.attempt - a.attempt || b.at - a.at || b.id.localeCompare(a.id));
    for (const c of candidates) {
        const read = c.read ?? (await readManifest(store, c.id));
        if (!read.manifest || ours(read.manifest))
            yield read;
    }
}
/**
 * Reads every archive the checkpoint needs, end to end, and checks each entry's path safety, each
 * file's size and sha256 and each archive's digest, without writing anything.
 */
async function validateCheckpoint(store, id, logger) {
    (0,_heap_js__WEBPACK_IMPORTED_MODULE_2__/* .keepYoungGenerationSmall */ .Dd)();
    const problems = [];
    let manifest;
    try {
        manifest = await store.getManifest(id);
    }
    catch (error) {
        return { id, ok: false, problems: [(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)], archives: [], files: 0, bytes: 0 };
    }
    const byArchive = new Map();
    for (const e of manifest.entries) {
        if (e.type !== 'file' || !e.from)
            continue;
        if (!byArchive.has(e.from))
            byArchive.set(e.from, new Map());
        byArchive.get(e.from).set(e.path, e);
    }
    const archives = [];
    let chain;
    try {
        chain = await (0,_restore_js__WEBPACK_IMPORTED_MODULE_5__/* .chainArchives */ .ZI)(store, manifest);
    }
    catch (error) {
        return { id, ok: false, problems: [(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)], archives, ...(0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .manifestStats */ .P2)(manifest) };
    }
    for (const archiveId of (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .archivesNeeded */ .jq)(manifest)) {
        try {
            const archive = chain.get(archiveId);
            archives.push(archive.file);
            await (0,_restore_js__WEBPACK_IMPORTED_MODULE_5__/* .extractArchive */ .Qh)(store, { archive }, byArchive.get(archiveId), undefined, logger);
        }
        catch (error) {
            problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error));
        }
    }
    // An archive with no file still in use (a checkpoint of only deletions) is verified on its own.
    if (!byArchive.has(manifest.id)) {
        try {
            archives.push(manifest.archive.file);
            await (0,_restore_js__WEBPACK_IMPORTED_MODULE_5__/* .extractArchive */ .Qh)(store, manifest, new Map(), undefined, logger);
        }
        catch (error) {
            problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error));
        }
    }
    const { files, bytes } = (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .manifestStats */ .P2)(manifest);
    return { id, ok: problems.length === 0, problems, archives, files, bytes };
}
/** Archives whose manifest never got written, found while no save of their name runs. */
const ARCHIVE = /\.tar\.(zst|gz)$/;
/**
 * Deletes checkpoints older than the retention, except those whose archives a younger checkpoint still
 * needs and the parents it is built on (incremental chains stay restorable and whole), and never anything
 * named like a rollback record. Then removes what killed saves left: archives without manifest, partial
 * files and claims whose owner is gone (owner.ts), and, with `dest`, undoes killed restores there.
 * A checkpoint's manifest goes before its archive, so a cleanup killed half-way leaves at most an
 * archive without manifest (which the next cleanup removes), never a listed checkpoint without archive.
 */
async function cleanupCheckpoints(store, opts) {
    const now = (opts.now ?? new Date()).getTime();
    const cutoff = now - opts.retentionDays * 86_400_000;
    const all = await listCheckpoints(store);
    const expired = (c) => (c.createdAt?.getTime() ?? Infinity) < cutoff;
    const needed = new Set();
    const parentOf = new Map();
    for (const c of all)
        if (c.summary?.parent)
            parentOf.set(c.id, c.summary.parent);
    const chained = new Set();
    for (const c of all) {
        if (!c.summary || expired(c))
            continue;
        for (const id of c.summary.needs)
            needed.add(id);
        for (let p = c.summary.parent; p && !chained.has(p); p = parentOf.get(p)) {
            chained.add(p);
            needed.add(p);
        }
    }
    const result = { deleted: [], leftovers: [], keptForChain: [], debris: [], staging: [] };
    const known = new Set(all.map((c) => c.id));
    for (const c of all) {
        if (!expired(c) || (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isRollbackRecord */ .G6)(c.id))
            continue;
        if (needed.has(c.id)) {
            result.keptForChain.push(c.id);
            continue;
        }
        result.deleted.push(c.id);
        if (opts.dryRun)
            continue;
        await store.removeObject(`${c.id}${_store_js__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_SUFFIX */ .OK}`);
        if (c.summary)
            await store.removeObject(c.summary.archive.file);
    }
    for (const o of await store.objects()) {
        if ((0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isRollbackRecord */ .G6)(o.name) || !ARCHIVE.test(o.name))
            continue;
        const id = o.name.replace(ARCHIVE, '');
        if (known.has(id) || needed.has(id))
            continue;
        if (store.claim) {
            // Claimed for the removal, so that no save of this name can be writing it meanwhile.
            const release = await store.claim(id).catch(() => undefined);
            if (!release)
                continue;
            try {
                if (await store.getManifest(id).then(() => true, () => false))
                    continue;
                result.leftovers.push(o.name);
                if (!opts.dryRun)
                    await store.removeObject(o.name);
            }
            finally {
                await release();
            }
        }
        else if (expired(o) || now - (o.createdAt?.getTime() ?? now) > _owner_js__WEBPACK_IMPORTED_MODULE_3__/* .DEBRIS_MAX_AGE_MS */ .Ir) {
            // A store without claims cannot tell a save in progress: only what is old enough goes.
            result.leftovers.push(o.name);
            if (!opts.dryRun)
                await store.removeObject(o.name);
        }
    }
    for (const name of (await store.unfinished?.())?.debris ?? []) {
        result.debris.push(name);
        if (!opts.dryRun)
            await store.removeUnfinished?.(name);
    }
    if (opts.dest && !opts.dryRun) {
        const r = (0,_placement_js__WEBPACK_IMPORTED_MODULE_4__/* .recoverInterrupted */ .js)(opts.dest, now);
        result.staging.push(...r.rolledBack, ...r.removed);
    }
    opts.logger?.info(`cleanup: ${result.deleted.length} expired checkpoint(s), ${result.leftovers.length} leftover(s), ${result.debris.length} unfinished object(s), ${result.staging.length} interrupted restore(s) removed${opts.dryRun ? ' (dry run)' : ''}.`);
    return result;
}


/***/ }),

/***/ 98915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ openStore)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47498);



/**
 * `dir:PATH` (a local directory, relative paths against `cwd`) or `artifact` (the run's artifacts; the
 * artifact client is loaded only then, so the CLI with a dir store never loads it).
 */
async function openStore(spec, ctx = {}) {
    const s = spec.trim();
    if (s.startsWith('dir:') && s.length > 4)
        return new _store_js__WEBPACK_IMPORTED_MODULE_1__/* .DirStore */ .VW(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(ctx.cwd ?? process.cwd(), s.slice(4)));
    if (s === 'artifact') {
        const { ArtifactStore } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(942), __webpack_require__.e(651)]).then(__webpack_require__.bind(__webpack_require__, 28651));
        return new ArtifactStore(ctx);
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Unknown checkpoint store '${spec}': use 'dir:PATH' (a local directory) or 'artifact' (the run's artifacts).`);
}


/***/ }),

/***/ 62756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ DEBRIS_MAX_AGE_MS),
/* harmony export */   o: () => (/* binding */ isDebris),
/* harmony export */   qE: () => (/* binding */ ownerTag)
/* harmony export */ });
/* unused harmony export ownerGone */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Which process a piece of unfinished work belongs to (a `.partial` file, a save's claim on a name, a
 * restore's staging directory), written into its name as `@<host>~<pid>`, so that cleanup and a later
 * restore can tell the debris of a killed process from work still in progress without a lock server.
 */

/** Anything unfinished and older than this is debris, whoever wrote it (a host we cannot ask, a reused pid). */
const DEBRIS_MAX_AGE_MS = 24 * 3_600_000;
const HOST = node_os__WEBPACK_IMPORTED_MODULE_0___default().hostname().replace(/[^A-Za-z0-9.-]+/g, '-') || 'host';
/** This process, as it is written into names. */
function ownerTag(pid = process.pid) {
    return `@${HOST}~${pid}`;
}
const TAG = /@([A-Za-z0-9.-]+)~(\d+)/;
/**
 * True when the name carries an owner that is certainly gone: a process of this host that no longer
 * runs. A live pid, another host or no tag at all: not known to be gone (the age guard decides).
 */
function ownerGone(name) {
    const m = TAG.exec(name);
    if (!m || m[1] !== HOST)
        return false;
    const pid = Number(m[2]);
    if (pid === process.pid)
        return false;
    try {
        process.kill(pid, 0);
        return false;
    }
    catch (error) {
        return error.code === 'ESRCH';
    }
}
/** Whether unfinished work named `name`, last changed at `mtimeMs`, can be removed now. */
function isDebris(name, mtimeMs, now = Date.now()) {
    return ownerGone(name) || now - mtimeMs > DEBRIS_MAX_AGE_MS;
}


/***/ }),

/***/ 40470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ resolveCheckpointPaths)
/* harmony export */ });
/* unused harmony export splitPatterns */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43448);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22558);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65637);
/**
 * Checkpoint paths as users write them for actions/cache and upload-artifact: plain paths, globs
 * (`dist/**\/*.js`, `packages/*\/node_modules`) and exclusions (`!**\/*.log`). Globs are matched with
 * picomatch, the matcher the config's lane globs already use, over a walk from each glob's static base;
 * the walk uses lstat only (links are matched, never followed) and leaves out what a checkpoint never
 * holds (`.git`, the local store).
 */






/** Splits `!pattern` exclusions from the paths and globs to include. */
function splitPatterns(patterns) {
    const include = [];
    const exclude = [];
    // './x' is 'x', and './' alone is the workspace.
    const plain = (p) => p.replace(/^\.\/+/, '') || '.';
    for (const raw of patterns) {
        const p = (0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .posixPattern */ .g4)(raw.trim());
        if (p.startsWith('!'))
            exclude.push(plain(p.slice(1)));
        else if (p)
            include.push(plain(p));
    }
    return { include, exclude };
}
const exists = (abs) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs, { throwIfNoEntry: false }) !== undefined;
/** Every path under `base` (relative to `workspace`) that `isMatch` accepts; a matched directory is kept whole. */
function matchUnder(workspace, base, isMatch, skip) {
    const found = [];
    const stack = [base];
    while (stack.length) {
        const dir = stack.pop();
        let names;
        try {
            names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, dir));
        }
        catch {
            continue; // not a directory, or unreadable: nothing below it to match
        }
        for (const name of names.sort().reverse()) {
            const rel = dir === '.' ? name : `${dir}/${name}`;
            if (skip(rel))
                continue;
            if (isMatch(rel))
                found.push(rel);
            else if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, rel), { throwIfNoEntry: false })?.isDirectory())
                stack.push(rel);
        }
    }
    return found.sort();
}
/**
 * Resolves the `paths` of a checkpoint against the workspace: plain paths are kept as written (a missing
 * one is reported as unmatched), globs become the paths they match now, and `!` patterns become exclusions.
 */
function resolveCheckpointPaths(workspace, patterns) {
    const { include, exclude } = splitPatterns(patterns);
    const skip = (0,_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .excluder */ .HZ)([..._scan_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_EXCLUDE */ .lx, ...exclude]);
    const roots = [];
    const unmatched = [];
    for (const pattern of include) {
        const scan = picomatch__WEBPACK_IMPORTED_MODULE_5___default().scan(pattern);
        if (!scan.isGlob) {
            if (exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, pattern)))
                roots.push(pattern);
            else
                unmatched.push(pattern);
            continue;
        }
        const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_5___default()(pattern, { dot: true });
        const matched = matchUnder(workspace, scan.base || '.', isMatch, skip);
        if (matched.length)
            roots.push(...matched);
        else
            unmatched.push(pattern);
    }
    return { roots: (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__/* .outermost */ .J9)([...new Set(roots)]), exclude, unmatched };
}


/***/ }),

/***/ 99244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Md: () => (/* binding */ Applier),
/* harmony export */   QE: () => (/* binding */ stagingPrefix),
/* harmony export */   js: () => (/* binding */ recoverInterrupted)
/* harmony export */ });
/* unused harmony export JOURNAL */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43448);
/* harmony import */ var _crash_points_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27790);
/* harmony import */ var _owner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62756);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22558);
/**
 * Putting verified entries into the workspace so that no instant, not even a kill -9, leaves it a mix of
 * old and new. Every change is a rename, mkdir or chmod, recorded in a journal on disk before it is made
 * (write-ahead: one line per step, `journal` in the restore's staging directory); what a step replaced
 * or removed is moved into the staging directory, never deleted. The journal ends with a `done` line.
 *
 * Undoing reads the disk, not only the journal, so that it is right whether the last recorded step was
 * made or not, and whether an earlier undo was cut short: a step counts as made only when the disk shows
 * it (its source gone). A restore interrupted by a crash is undone by the next restore into the same
 * destination, by `ci-recovery restore --repair` or by `cleanup --dest`: without a `done` line the
 * workspace goes back to exactly what it was; with one, only the staging directory is left to remove.
 *
 * The journal lines are written without fsync: they survive the death of the process (the page cache
 * outlives it), not a power cut, which is the same promise the rest of the restore makes.
 */






const JOURNAL = 'journal';
/** The name prefix of this process's staging directories (its owner in the name: owner.ts). */
function stagingPrefix() {
    return `${_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .STAGING_PREFIX */ .th}${(0,_owner_js__WEBPACK_IMPORTED_MODULE_4__/* .ownerTag */ .qE)()}-`;
}
/** Applies staged entries, journal first; `undo` reverses everything done so far. */
class Applier {
    dest;
    staging;
    steps = [];
    fd;
    n = 0;
    /** Directories known to exist as real directories (created or checked). */
    dirs = new Set();
    backup;
    constructor(dest, staging) {
        this.dest = dest;
        this.staging = staging;
        this.backup = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(staging, 'replaced');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(this.backup, { recursive: true });
    }
    /** Records a step before it is made. The journal file is created with the first one. */
    record(step) {
        (0,_crash_points_js__WEBPACK_IMPORTED_MODULE_3__/* .crashPoint */ .u)();
        this.fd ??= (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.staging, JOURNAL), 'a', 0o600);
        const line = Buffer.from(JSON.stringify(step) + '\n');
        for (let off = 0; off < line.length;)
            off += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, line, off);
        this.steps.push(step);
        (0,_crash_points_js__WEBPACK_IMPORTED_MODULE_3__/* .crashPoint */ .u)();
    }
    moveAway(abs) {
        const to = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.backup, String(this.n++));
        this.record(['moved', abs, to]);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(abs, to);
    }
    makeDir(abs, mode) {
        this.record(['made', abs]);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(abs, { mode });
    }
    put(staged, abs) {
        this.record(['placed', staged, abs]);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(staged, abs);
    }
    /** Makes every ancestor of `rel` a real directory (an existing symlink or file there is moved away). */
    ensureParents(rel) {
        for (const a of (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ancestors */ .T1)(rel)) {
            if (this.dirs.has(a))
                continue;
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dest, a);
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs, { throwIfNoEntry: false });
            if (!st?.isDirectory()) {
                if (st)
                    this.moveAway(abs);
                this.makeDir(abs, 0o755);
            }
            this.dirs.add(a);
        }
    }
    /**
     * Puts one entry in place. `subtree` is a staged directory holding the entry's whole new subtree (an
     * added directory): it moves with one rename. Files and symlinks are staged at their own path.
     * Synchronous, like the extraction of small files: one rename per file, no thread-pool round trips.
     */
    place(entry, staged, subtree) {
        this.ensureParents(entry.path);
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dest, entry.path);
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs, { throwIfNoEntry: false });
        if (entry.type === 'dir') {
            this.dirs.add(entry.path);
            if (st?.isDirectory())
                return; // mode fixed in finishModes
            if (st)
                this.moveAway(abs);
            if (subtree)
                this.put(staged, abs);
            else
                this.makeDir(abs, 0o700);
            return;
        }
        if (st)
            this.moveAway(abs);
        this.put(staged, abs);
    }
    remove(rel) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dest, rel);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs, { throwIfNoEntry: false }))
            this.moveAway(abs);
    }
    /** Directory modes last (deepest first), so a read-only dir does not block its own children. */
    finishModes(dirs) {
        for (const d of [...dirs].reverse()) {
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dest, d.path);
            const mode = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs).mode & 0o7777;
            if (mode === d.mode)
                continue;
            this.record(['chmod', abs, mode]);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(abs, d.mode);
        }
    }
    /** Marks the restore complete: from here on a crash leaves the new state, and staging is only debris. */
    commit() {
        if (this.fd !== undefined)
            this.record(['done']);
        this.close();
    }
    /** Undoes every step; false when something could not be put back (it is still in staging). */
    undo() {
        this.close();
        return undoSteps(this.steps);
    }
    close() {
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
        this.fd = undefined;
    }
}
/**
 * Reverses `steps`, last first, each only as far as the disk shows it was made, so that running it again
 * (after a crash during an undo) does no harm. False when something moved away could not go back.
 */
function undoSteps(steps) {
    let complete = true;
    for (const s of [...steps].reverse()) {
        try {
            if (s[0] === 'chmod')
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(s[1], s[2]);
            else if (s[0] === 'made') {
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(s[1], { throwIfNoEntry: false })?.isDirectory())
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmdirSync)(s[1]);
            }
            else if (s[0] === 'placed') {
                // Made when the staged name is gone; moved back there, which also marks it undone.
                if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(s[1], { throwIfNoEntry: false }) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(s[2], { throwIfNoEntry: false }))
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(s[2], s[1]);
            }
            else if (s[0] === 'moved') {
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(s[2], { throwIfNoEntry: false }))
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(s[2], s[1]);
            }
        }
        catch {
            // Keep undoing the rest; what was moved away stays in staging.
            if (s[0] === 'moved')
                complete = false;
        }
    }
    return complete;
}
/** The steps of a journal; a last line cut short by a crash was never acted on. */
function readJournal(file) {
    const steps = [];
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch {
        return steps;
    }
    for (const line of text.split('\n')) {
        if (!line)
            continue;
        try {
            steps.push(JSON.parse(line));
        }
        catch {
            break;
        }
    }
    return steps;
}
/**
 * Finishes what killed restores into `dest` left: each staging directory whose owner is gone (or that is
 * older than the age guard) is undone from its journal when that has no `done` line, then removed.
 */
function recoverInterrupted(dest, now = Date.now()) {
    const r = { rolledBack: [], stuck: [], removed: [], inProgress: [] };
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dest);
    }
    catch {
        return r;
    }
    for (const name of names.sort()) {
        if (!name.startsWith(_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .STAGING_PREFIX */ .th))
            continue;
        const staging = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dest, name);
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(staging, { throwIfNoEntry: false });
        if (!st?.isDirectory())
            continue;
        if (!(0,_owner_js__WEBPACK_IMPORTED_MODULE_4__/* .isDebris */ .o)(name, st.mtimeMs, now)) {
            r.inProgress.push(name);
            continue;
        }
        const steps = readJournal(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(staging, JOURNAL));
        const finished = steps.at(-1)?.[0] === 'done';
        if (!finished && steps.length > 0) {
            if (!undoSteps(steps)) {
                r.stuck.push(name);
                continue;
            }
            r.rolledBack.push(name);
        }
        else
            r.removed.push(name);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(staging, { recursive: true, force: true });
    }
    return r;
}


/***/ }),

/***/ 66959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZI: () => (/* binding */ chainArchives),
  Qh: () => (/* binding */ extractArchive),
  vQ: () => (/* binding */ restoreCheckpoint)
});

// UNUSED EXPORTS: RestoreError

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/core/checkpoint/index.ts + 1 modules
var checkpoint = __webpack_require__(43448);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/adapters/checkpoint/heap.ts
var heap = __webpack_require__(74929);
// EXTERNAL MODULE: ./src/core/checkpoint/tar.ts
var tar = __webpack_require__(3701);
// EXTERNAL MODULE: ./src/adapters/checkpoint/compress.ts
var compress = __webpack_require__(93355);
// EXTERNAL MODULE: ./src/adapters/checkpoint/digest.ts
var checkpoint_digest = __webpack_require__(79995);
// EXTERNAL MODULE: ./src/adapters/checkpoint/save.ts + 1 modules
var save = __webpack_require__(27391);
// EXTERNAL MODULE: ./src/adapters/checkpoint/scan.ts
var checkpoint_scan = __webpack_require__(22558);
// EXTERNAL MODULE: ./src/adapters/checkpoint/crash-points.ts
var crash_points = __webpack_require__(27790);
// EXTERNAL MODULE: ./src/adapters/platform.ts
var platform = __webpack_require__(65637);
// EXTERNAL MODULE: ./src/adapters/checkpoint/placement.ts
var placement = __webpack_require__(99244);
// EXTERNAL MODULE: ./src/adapters/checkpoint/store.ts
var checkpoint_store = __webpack_require__(47498);
// EXTERNAL MODULE: ./src/adapters/checkpoint/file-progress.ts
var file_progress = __webpack_require__(98581);
;// CONCATENATED MODULE: ./src/adapters/checkpoint/tar-unpack.ts
/**
 * Reads a tar stream pushed to it in chunks, synchronously: each entry's header is decoded (pax and GNU
 * long names applied) and handed to `onEntry`, whose sink then receives the content as slices of the
 * incoming chunks (valid only during the call, so nothing is copied or allocated per file).
 */


/** Meta entries whose content describes the next entry; read whole, never handed out. */
const META = new Set(['pax-header', 'pax-global-header', 'gnu-long-path', 'gnu-long-link-path']);
/** Bigger meta content than this is not a header but an attack on memory. */
const MAX_META = 1 << 20;
class TarUnpacker {
    onEntry;
    header = Buffer.alloc(tar/* BLOCK */.IE);
    headerFill = 0;
    /** Bytes of content (then padding) still to come for the current entry. */
    left = 0;
    pad = 0;
    sink;
    meta;
    pax = new Map();
    ended = false;
    inEntry = false;
    constructor(onEntry) {
        this.onEntry = onEntry;
    }
    write(chunk) {
        let off = 0;
        while (off < chunk.length) {
            if (this.ended)
                return; // after the end marker only zero padding follows
            if (this.left > 0) {
                const n = Math.min(this.left, chunk.length - off);
                const part = chunk.subarray(off, off + n);
                if (this.meta)
                    this.meta.parts.push(Buffer.from(part));
                else
                    this.sink?.data(part);
                this.left -= n;
                off += n;
                if (this.left === 0)
                    this.finishContent();
                continue;
            }
            if (this.pad > 0) {
                const n = Math.min(this.pad, chunk.length - off);
                this.pad -= n;
                off += n;
                continue;
            }
            // A header: straight from the chunk when it holds all 512 bytes, else gathered.
            let block;
            let at;
            if (this.headerFill === 0 && chunk.length - off >= tar/* BLOCK */.IE) {
                block = chunk;
                at = off;
                off += tar/* BLOCK */.IE;
            }
            else {
                const n = Math.min(tar/* BLOCK */.IE - this.headerFill, chunk.length - off);
                chunk.copy(this.header, this.headerFill, off, off + n);
                this.headerFill += n;
                off += n;
                if (this.headerFill < tar/* BLOCK */.IE)
                    return;
                this.headerFill = 0;
                block = this.header;
                at = 0;
            }
            this.startEntry(block, at);
        }
    }
    startEntry(block, at) {
        if ((0,tar/* isZeroBlock */.ei)(block, at)) {
            this.ended = true;
            return;
        }
        const h = (0,tar/* decodeHeader */.E2)(block, at);
        if (META.has(h.type)) {
            if (h.size > MAX_META)
                throw new tar/* TarFormatError */.ZV(`a ${h.type} entry of ${h.size} bytes is not plausible`);
            this.left = h.size;
            this.pad = (0,tar/* padding */.Ms)(h.size);
            this.meta = { type: h.type, parts: [], size: h.size };
            if (h.size === 0)
                this.finishContent();
            return;
        }
        // The pax records apply first: a pax 'size' is the entry's real length, whatever the ustar field says.
        if (this.pax.size) {
            (0,tar/* applyPax */.UF)(h, this.pax);
            this.pax = new Map();
        }
        this.left = h.size;
        this.pad = (0,tar/* padding */.Ms)(h.size);
        this.inEntry = true;
        this.sink = this.onEntry(h);
        if (h.size === 0)
            this.finishContent();
    }
    finishContent() {
        const meta = this.meta;
        if (meta) {
            this.meta = undefined;
            const content = Buffer.concat(meta.parts, meta.size);
            if (meta.type === 'pax-header')
                for (const [k, v] of (0,tar/* decodePax */.m)(content))
                    this.pax.set(k, v);
            else if (meta.type === 'gnu-long-path')
                this.pax.set('path', content.toString('utf8').replace(/\0+$/, ''));
            else if (meta.type === 'gnu-long-link-path')
                this.pax.set('linkpath', content.toString('utf8').replace(/\0+$/, ''));
            return;
        }
        const sink = this.sink;
        this.sink = undefined;
        this.inEntry = false;
        if (!sink)
            return;
        sink.end();
        (0,file_progress/* fileDone */.D)();
    }
    /** Checks that the stream did not stop inside an entry. */
    end() {
        if (this.left > 0 || this.headerFill > 0 || this.inEntry || this.meta)
            throw new tar/* TarFormatError */.ZV('the archive ends in the middle of an entry (it is truncated)');
    }
}

;// CONCATENATED MODULE: ./src/adapters/checkpoint/restore.ts
/**
 * Restoring a checkpoint without ever leaving a half-written workspace:
 *   1. read the manifest (untrusted: every path and link target is checked) and plan the changes;
 *   2. stream each needed archive through sha256 -> decompress -> untar into a staging dir inside the
 *      destination (same filesystem, so moves are renames), refusing unsafe or unexpected entries and
 *      checking every file's size and sha256, then the archive's own digest and size;
 *   3. only then move entries into place, keeping everything replaced or deleted in the staging dir, so
 *      that any error while moving is undone in reverse order.
 */


















/** A restore that was refused or failed; the workspace is as it was before. */
class RestoreError extends errors/* UserError */.yo {
    name = 'RestoreError';
}
/** Moving verified files into place failed; everything moved so far was put back (or the message says where it is). */
class PlacementError extends RestoreError {
    stagingKept;
    name = 'PlacementError';
    constructor(message, 
    /** Not everything could be put back: the staging directory holds the rest and is kept. */
    stagingKept = false) {
        super(message);
        this.stagingKept = stagingKept;
    }
}
/** What is on disk under the restored roots, with hashes for files that could equal their target. */
async function currentState(dest, roots, manifest, target) {
    const scan = await (0,checkpoint_scan/* scanTree */.wp)(dest, roots, manifest.exclude);
    const current = (0,checkpoint/* selectPaths */.LO)(scan.entries, roots);
    // The directories above a nested root ('packages/a' of 'packages/a/node_modules') are entries of the
    // checkpoint but not of the scan. One that is there as a directory is left as it is, whatever its mode
    // (it lies outside what was checkpointed); only a missing one is added, and anything else replaced.
    const seen = new Set(current.map((c) => c.path));
    for (const root of roots)
        for (const a of (0,checkpoint/* ancestors */.T1)(root)) {
            const t = target.get(a);
            if (seen.has(a) || t?.type !== 'dir')
                continue;
            seen.add(a);
            const found = (0,checkpoint_scan/* entryOf */.Ms)(external_node_path_default().join(dest, a), a);
            if (found)
                current.push(found.type === 'dir' ? { ...found, mode: t.mode } : found);
        }
    const hasher = new checkpoint_digest/* FileHasher */.gp();
    for (const c of current) {
        const t = target.get(c.path);
        if (c.type === 'file' && t?.type === 'file' && t.size === c.size)
            c.sha256 = hasher.sha256(external_node_path_default().join(dest, c.path));
    }
    return current;
}
let umaskBits;
/** Whether open(path, 'wx', mode) yields exactly `mode` (no bits lost to the umask, no special bits). */
function openKeepsMode(mode) {
    umaskBits ??= process.umask();
    return (mode & ~0o777) === 0 && (mode & umaskBits) === 0;
}
/**
 * Writes one file's content to its staging name as it streams out of the archive, hashing it; at the end
 * checks size and sha256 against the manifest, sets mode and mtime, and notes the file's stat facts.
 * Synchronous on purpose: for many small files, thread-pool round trips per file cost far more than the
 * syscalls themselves (tar -x does the same, in one thread). Staging is private (0700) and nothing moves
 * into the workspace before every file has been verified.
 */
class StagedFile {
    name;
    archive;
    entry;
    onDone;
    /** Made only for a file that arrives in several chunks; most come whole and are hashed in one call. */
    hash;
    sha256;
    size = 0;
    fd;
    direct;
    constructor(name, archive, entry, 
    /** Where to write it; none: hash only (validate). */
    staged, onDone) {
        this.name = name;
        this.archive = archive;
        this.entry = entry;
        this.onDone = onDone;
        this.direct = openKeepsMode(entry.mode);
        if (staged)
            this.fd = (0,external_node_fs_.openSync)(staged, 'wx', this.direct ? entry.mode : 0o600);
    }
    data(chunk) {
        // Never more than the manifest promised reaches the disk.
        if (this.size + chunk.length > (this.entry.size ?? 0)) {
            this.close();
            throw new RestoreError(`file '${this.name}' in ${this.archive} is longer than the ${this.entry.size} bytes its manifest promises: the checkpoint is corrupt or was tampered with`);
        }
        if (this.size === 0 && chunk.length === this.entry.size)
            this.sha256 = (0,external_node_crypto_.hash)('sha256', chunk);
        else
            (this.hash ??= (0,external_node_crypto_.createHash)('sha256')).update(chunk);
        this.size += chunk.length;
        if (this.fd === undefined)
            return;
        for (let off = 0; off < chunk.length;)
            off += (0,external_node_fs_.writeSync)(this.fd, chunk, off, chunk.length - off);
    }
    end() {
        const sha = this.hash?.digest('hex') ?? this.sha256 ?? (0,external_node_crypto_.hash)('sha256', '');
        const e = this.entry;
        if (this.size !== e.size || sha !== e.sha256) {
            this.close();
            throw new RestoreError(`file '${this.name}' in ${this.archive} does not match its manifest (size ${this.size} vs ${e.size}, sha256 ${sha.slice(0, 12)} vs ${e.sha256?.slice(0, 12)}): the checkpoint is corrupt or was tampered with`);
        }
        let stat;
        if (this.fd !== undefined) {
            if (!this.direct)
                (0,external_node_fs_.fchmodSync)(this.fd, e.mode);
            const mtimeMs = e.mtimeMs ?? e.stat?.mtimeMs;
            if (mtimeMs !== undefined)
                (0,external_node_fs_.futimesSync)(this.fd, new Date(), new Date(mtimeMs));
            const st = (0,external_node_fs_.fstatSync)(this.fd);
            stat = { mtimeMs: st.mtimeMs, ino: st.ino, dev: st.dev };
            this.close();
        }
        this.onDone(this.name, stat);
        (0,crash_points/* crashPoint */.u)();
    }
    close() {
        if (this.fd !== undefined)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = undefined;
    }
}
/**
 * Streams one archive, checking every entry, and writes the files listed in `wanted` at their own path
 * under `stagingRoot` (none: hash only, for `validate`), handing each one's stat facts to `onWritten`.
 * `wanted` is used up: each file leaves it once met, so what is left at the end is missing from the archive.
 */
async function extractArchive(store, archiveOf, wanted, stagingRoot, logger, onWritten) {
    const info = archiveOf.archive;
    // A local archive is read in place by the decompressor (and, at the same time, by the digest): feeding
    // it through this process would tie the decompressor's pace to this thread's.
    const local = store.archivePath?.(info.file);
    if (local !== undefined && !(await (0,promises_.stat)(local).catch(() => undefined))?.isFile())
        throw new checkpoint_store/* NotFoundError */.m_(`checkpoint archive '${info.file}' is missing from ${store.spec}`);
    const source = local === undefined ? await store.getArchive(info.file) : undefined;
    const files = new WantedFiles(info.file, wanted, stagingRoot, onWritten);
    const unpacker = new TarUnpacker((h) => files.sinkFor(h));
    const decoder = await (0,compress/* decompressTo */.jQ)(info.compression, (chunk) => unpacker.write(chunk), {
        ...(local !== undefined ? { inputFile: local } : {}),
    });
    // Resolves with the digest of every compressed byte once they all went through.
    const feeding = source
        ? (async () => {
            // Short queues before the decompressor's input (64 KiB, not 1 MiB): while small files are extracted,
            // a downloaded Buffer that waited in a queue outlived two scavenges, was promoted, and stayed until
            // a full collection. The download waits in the socket instead. Restoring 665 MB peaked at 170-176 MiB
            // against 176-195 MiB (5 interleaved runs each). The FIFO writer keeps its 1 MiB: at 64 KiB the peak
            // was 159-170 MiB, but its many small writes took 0.5 s more user CPU (medians 3.69 vs 3.20 s).
            const tap = new checkpoint_digest/* DigestTap */.Ey(64 << 10);
            await (0,external_node_stream_promises_.pipeline)(source, tap, decoder.input);
            return { sha256: tap.sha256(), size: tap.bytes };
        })()
        : (0,checkpoint_digest/* digestFile */.TM)(local);
    // Handlers now, so an early failure is never an unhandled rejection.
    feeding.catch(() => undefined);
    let digest;
    try {
        [digest] = await Promise.all([feeding, decoder.done]);
        unpacker.end();
    }
    catch (error) {
        files.closeOpen();
        source?.destroy();
        decoder.kill();
        const [fed, decoded] = await Promise.allSettled([feeding, decoder.done]);
        throw extractionFailure(error, fed, decoded, info, store.spec);
    }
    checkDigest(info, digest);
    if (wanted.size)
        throw new RestoreError(`archive ${info.file} lacks ${wanted.size} file(s) its manifest lists (first: '${wanted.keys().next().value}'): it is truncated or was tampered with`);
    logger?.debug(`verified ${info.file}: ${files.met} file(s), ${info.size} bytes`);
}
/**
 * The files wanted from one archive, as the tar reader meets its entries: each entry is checked (a safe
 * name, an allowed type, the size its manifest promises) and a wanted file gets a StagedFile to go to.
 */
class WantedFiles {
    archive;
    wanted;
    stagingRoot;
    onWritten;
    /** Files met and written (or hashed). */
    met = 0;
    open;
    constructor(archive, wanted, stagingRoot, onWritten) {
        this.archive = archive;
        this.wanted = wanted;
        this.stagingRoot = stagingRoot;
        this.onWritten = onWritten;
    }
    /** Where the entry with header `h` goes; undefined for one not wanted (a directory, a link, a second copy). */
    sinkFor(h) {
        const name = (0,checkpoint/* safeEntryPath */.FB)(h.name);
        if (h.type === 'symlink')
            (0,checkpoint/* checkLinkTarget */.yl)(name, h.linkname ?? '');
        else if (h.type === 'link')
            throw new checkpoint/* UnsafePathError */.k0(`entry '${name}' is a hard link; checkpoints never contain hard links`);
        else if (h.type !== 'file' && h.type !== 'directory' && h.type !== 'contiguous-file')
            throw new checkpoint/* UnsafePathError */.k0(`entry '${name}' has the unexpected type '${h.type}'`);
        const entry = h.type === 'file' || h.type === 'contiguous-file' ? this.wanted.get(name) : undefined;
        if (!entry)
            return undefined; // (a second copy of a file already met is not wanted any more)
        if (h.size !== entry.size)
            throw new RestoreError(`file '${name}' in ${this.archive} holds ${h.size} bytes but its manifest promises ${entry.size}: the checkpoint is corrupt or was tampered with`);
        const staged = this.stagingRoot === undefined ? undefined : external_node_path_default().join(this.stagingRoot, name);
        this.open = new StagedFile(name, this.archive, entry, staged, (n, stat) => {
            this.wanted.delete(n);
            this.met++;
            if (stat)
                this.onWritten?.(entry, stat);
            this.open = undefined;
        });
        return this.open;
    }
    /** Closes the file being written, when the extraction stops half-way. */
    closeOpen() {
        this.open?.close();
    }
}
/** Refuses an archive that is not the one the manifest names. */
function checkDigest(info, d) {
    if (d.size !== info.size || d.sha256 !== info.sha256) {
        throw new RestoreError(`archive ${info.file} has sha256 ${d.sha256} and ${d.size} bytes, but its manifest says ${info.sha256} and ${info.size} bytes: it is corrupt, truncated or was tampered with`);
    }
}
/**
 * The error to report for an extraction that stopped on `error`, given how feeding the archive and
 * decompressing it ended: our own verdict on the content first, then a failing source (a broken
 * download), which is the cause of the truncation the decompressor then reports.
 */
function extractionFailure(error, fed, decoded, info, storeSpec) {
    const verdict = decoded.status === 'rejected' ? decoded.reason : error;
    if (verdict instanceof tar/* TarFormatError */.ZV)
        return new RestoreError(`archive ${info.file} is damaged: ${verdict.message}`);
    if (verdict instanceof errors/* UserError */.yo || verdict instanceof checkpoint/* UnsafePathError */.k0)
        return verdict;
    // All bytes read but the decompressor choked: the digest says plainly whether they were the right ones.
    if (fed.status === 'fulfilled')
        checkDigest(info, fed.value);
    // (EPIPE only says the decompressor stopped reading: its own error is the one to report.)
    if (fed.status === 'rejected' && fed.reason?.code !== 'EPIPE') {
        const cause = fed.reason;
        if (cause instanceof errors/* UserError */.yo)
            return cause;
        return new RestoreError(`reading archive ${info.file} from ${storeSpec} failed: ${(0,errors/* errorMessage */.gJ)(cause)}`);
    }
    return error;
}
/**
 * Stat facts of a file this restore wrote (renames keep them), kept on its entry: a map of them from
 * path was part of the restore's memory peak, and the class tells them from facts the entry came with.
 */
class WrittenFacts {
    mtimeMs;
    ino;
    dev;
    constructor(st) {
        this.mtimeMs = st.mtimeMs;
        this.ino = st.ino;
        this.dev = st.dev;
    }
}
/**
 * What restoring `manifest` (or its paths under `only`) into `dest` changes, with the entries to write
 * and the directories added whole. A function of its own so that its lookup map of every entry is freed
 * before the download: held to the end, it was part of the restore's memory peak.
 */
async function planOnDisk(manifest, dest, only) {
    const targetList = (0,checkpoint/* selectPaths */.LO)(manifest.entries, only);
    if (only && targetList.length === 0) {
        throw new errors/* UserError */.yo(`None of the paths ${only.map((p) => `'${p}'`).join(', ')} is in checkpoint '${manifest.id}' (it holds: ${manifest.paths.join(', ')}).`);
    }
    const target = new Map(targetList.map((e) => [e.path, e]));
    const current = await currentState(dest, only ?? manifest.paths, manifest, target);
    const changes = (0,checkpoint/* planRestore */.q8)(targetList, current);
    const toWrite = [...changes.added, ...changes.modified].map((p) => target.get(p));
    const addedDirs = new Set();
    for (let i = 0; i < changes.added.length; i++)
        if (toWrite[i].type === 'dir')
            addedDirs.add(toWrite[i].path);
    return { targetList, current, changes, toWrite, addedDirs };
}
/** The longest chain of parents followed; longer is a loop in all but name. */
const MAX_CHAIN = 10_000;
/**
 * The archive of every checkpoint in `manifest`'s chain of parents, by id, each manifest read once.
 * Refuses a chain that loops, and a file said to come from a checkpoint outside the chain: a manifest is
 * untrusted, and a chain is only what its parents say. A parent removed from the store ends the walk;
 * archives beyond such a gap are then read as they are named (each file is still checked by its hash).
 */
async function chainArchives(store, manifest) {
    const chain = new Map([[manifest.id, manifest.archive]]);
    let gap = false;
    for (let id = manifest.parent; id !== undefined;) {
        if (chain.has(id) || chain.size > MAX_CHAIN)
            throw new RestoreError(`checkpoint '${manifest.id}' refused: its chain of parents loops back to '${id}'; the checkpoint is corrupt or was tampered with`);
        let parent;
        try {
            parent = await store.getManifest(id);
        }
        catch (error) {
            if (!(error instanceof checkpoint_store/* NotFoundError */.m_))
                throw error;
            gap = true;
            break;
        }
        chain.set(id, parent.archive);
        id = parent.parent;
    }
    for (const need of (0,checkpoint/* archivesNeeded */.jq)(manifest)) {
        if (chain.has(need))
            continue;
        if (!gap)
            throw new RestoreError(`checkpoint '${manifest.id}' refused: it takes files from '${need}', which is not in its chain of parents; the checkpoint is corrupt or was tampered with`);
        chain.set(need, (await store.getManifest(need)).archive);
    }
    return chain;
}
/** Undoes killed restores into `dest` (placement.ts); refuses to go on when one could not be undone. */
function undoInterrupted(dest, logger) {
    const r = (0,placement/* recoverInterrupted */.js)(dest);
    for (const name of r.rolledBack)
        logger?.warning(`An interrupted restore into ${dest} was undone (${name}): the workspace is as it was before it.`);
    if (r.stuck.length)
        throw new RestoreError(`an interrupted restore into ${dest} could not be fully undone; what is missing is in ${external_node_path_default().join(dest, r.stuck[0])} (its journal lists each move). Put it back, then run 'ci-recovery restore --repair --dest ${dest}'`);
}
async function restoreCheckpoint(opts) {
    (0,heap/* keepYoungGenerationSmall */.Dd)();
    const startedMs = Date.now();
    const dest = external_node_path_default().resolve(opts.dest);
    const manifest = typeof opts.checkpoint === 'string' ? await opts.store.getManifest(opts.checkpoint) : opts.checkpoint;
    // The manifest's download and text are garbage now; nothing would free them before the planning
    // adds its own (see collectAll).
    (0,heap/* collectAll */._U)();
    opts.logger?.debug(`restore ${manifest.id}: manifest read at ${Date.now() - startedMs} ms`);
    const only = requestedPaths(opts.paths);
    const chain = await chainArchives(opts.store, manifest);
    // What a killed restore into this destination left is undone first: the plan must see the old state.
    if (!opts.dryRun)
        undoInterrupted(dest, opts.logger);
    const plan = await planOnDisk(manifest, dest, only);
    const { changes } = plan;
    opts.logger?.debug(`restore ${manifest.id}: planned in ${Date.now() - startedMs} ms`);
    const fileEntries = plan.targetList.filter((e) => e.type === 'file');
    const files = fileEntries.length;
    const bytes = fileEntries.reduce((n, e) => n + (e.size ?? 0), 0);
    if (opts.dryRun)
        return { manifest, changes, restored: false, files, bytes };
    (0,heap/* collectAll */._U)();
    await applyPlan(opts, { manifest, chain, dest, plan, only, startedMs });
    if (opts.manifestCache && !only)
        await keepLocalManifest(opts.manifestCache, dest, manifest, plan.current, startedMs);
    opts.logger?.debug(`restore ${manifest.id}: done at ${Date.now() - startedMs} ms`);
    opts.logger?.info(`Restored ${manifest.id} into ${dest}: ${changes.added.length} added, ${changes.modified.length} modified, ${changes.deleted.length} deleted, ${changes.unchanged} unchanged.`);
    return { manifest, changes, restored: true, files, bytes };
}
/** The paths of a partial restore, in normal form; undefined for the whole checkpoint. */
function requestedPaths(paths) {
    let only;
    try {
        only = paths?.length ? paths.map((p) => (0,checkpoint/* safeEntryPath */.FB)(p, { allowRoot: true })) : undefined;
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Restore path refused: ${(0,errors/* errorMessage */.gJ)(error)}. Give paths relative to the workspace.`);
    }
    return only?.includes('.') ? undefined : only;
}
/**
 * Carries out a plan: every file to write is fetched and verified into a staging directory inside `dest`,
 * then everything is swapped into place. Any failure leaves the workspace as it was (or, where putting
 * back failed too, says where the rest is and keeps it).
 */
async function applyPlan(opts, r) {
    const { manifest, dest } = r;
    await (0,promises_.mkdir)(dest, { recursive: true });
    const staging = await (0,promises_.mkdtemp)(external_node_path_default().join(dest, (0,placement/* stagingPrefix */.QE)()));
    let keepStaging = false;
    // Facts left on entries by an earlier restore of this same manifest object describe nothing now.
    for (const e of manifest.entries)
        if (e.stat instanceof WrittenFacts)
            e.stat = undefined;
    try {
        // 2. Fetch and verify every needed file into staging.
        const tree = external_node_path_default().join(staging, 'tree');
        await stageEntries(opts, r, tree);
        opts.logger?.debug(`restore ${manifest.id}: verified and staged at ${Date.now() - r.startedMs} ms`);
        // 3. Swap into place, journal first (placement.ts).
        placeStaged(r, staging, tree);
    }
    catch (error) {
        if (error instanceof checkpoint/* UnsafePathError */.k0)
            throw new RestoreError(`checkpoint '${manifest.id}' refused: ${error.message}; the workspace was not changed`);
        if (error instanceof PlacementError) {
            keepStaging = error.stagingKept;
            throw error;
        }
        throw new RestoreError(`checkpoint '${manifest.id}' could not be restored: ${(0,errors/* errorMessage */.gJ)(error)}; the workspace was not changed`);
    }
    finally {
        (0,crash_points/* crashPoint */.u)();
        if (!keepStaging)
            await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}
/**
 * Stages every entry to write at its own relative path under `tree`, so that a directory that is new as
 * a whole (the common case: restoring dist/ or node_modules/ into a fresh checkout) moves into place with
 * a single rename instead of one per file. Files come out of their archives verified; links were checked
 * when the manifest was read.
 */
async function stageEntries(opts, r, tree) {
    const { toWrite, addedDirs } = r.plan;
    const stagedAt = (p) => external_node_path_default().join(tree, p);
    const made = new Set();
    const stageDir = (p) => {
        if (made.has(p))
            return;
        (0,external_node_fs_.mkdirSync)(stagedAt(p), { recursive: true, mode: 0o700 });
        made.add(p);
    };
    const byArchive = new Map();
    for (const e of toWrite) {
        if (e.type === 'dir') {
            if (addedDirs.has(e.path))
                stageDir(e.path);
            continue;
        }
        stageDir(external_node_path_default().posix.dirname(e.path));
        if (e.type === 'symlink')
            continue;
        const from = e.from ?? r.manifest.id;
        if (!byArchive.has(from))
            byArchive.set(from, new Map());
        byArchive.get(from).set(e.path, e);
    }
    for (const [id, wanted] of byArchive) {
        await extractArchive(opts.store, { archive: r.chain.get(id) }, wanted, tree, opts.logger, (e, st) => {
            e.stat = new WrittenFacts(st);
        });
    }
    for (const e of toWrite)
        if (e.type === 'symlink')
            (0,platform/* makeSymlink */.mb)(e.target, stagedAt(e.path));
}
/**
 * Moves the staged entries into place, journal first (placement.ts). On failure everything moved so far
 * is put back; a PlacementError says whether that worked, and keeps the staging where it did not.
 */
function placeStaged(r, staging, tree) {
    const { changes, toWrite, addedDirs, targetList } = r.plan;
    const applier = new placement/* Applier */.Md(r.dest, staging);
    try {
        // Below a removed directory there is nothing left to remove.
        for (const p of (0,checkpoint/* outermost */.J9)(changes.deleted))
            applier.remove(p);
        for (const e of toWrite) {
            // Inside a new directory: already moved with it.
            if (addedDirs.has(external_node_path_default().posix.dirname(e.path)))
                continue;
            applier.place(e, external_node_path_default().join(tree, e.path), e.type === 'dir' && addedDirs.has(e.path));
        }
        // A directory above a root that was already there is not ours to change (see currentState).
        const above = new Set((r.only ?? r.manifest.paths).flatMap(checkpoint/* ancestors */.T1));
        const made = new Set(changes.added);
        applier.finishModes(targetList.filter((e) => e.type === 'dir' && (!above.has(e.path) || made.has(e.path))));
        applier.commit();
    }
    catch (error) {
        if (!applier.undo())
            throw new PlacementError(`could not put restored files in place (${(0,errors/* errorMessage */.gJ)(error)}), and not everything could be put back: what is missing is in ${staging} (its journal lists each move); run 'ci-recovery restore --repair --dest ${r.dest}' once the cause is fixed`, true);
        throw new PlacementError(`could not put restored files in place (${(0,errors/* errorMessage */.gJ)(error)}); everything was put back as it was`);
    }
}
/**
 * Keeps the manifest with this machine's stat facts (of the files written, and of those that were already
 * right), so that the next incremental save reuses hashes instead of re-reading every file. They go on
 * the entries themselves, which now describe `dest`: a copy of every entry would be the restore's memory
 * peak.
 */
async function keepLocalManifest(cacheDir, dest, manifest, current, startedMs) {
    const before = new Map(current.map((c) => [c.path, c.stat]));
    for (const e of manifest.entries)
        if (e.type !== 'file')
            e.stat = undefined;
        else if (!(e.stat instanceof WrittenFacts))
            e.stat = before.get(e.path);
    await (0,save/* cacheLocalManifest */.vt)(cacheDir, dest, { ...manifest, scanStartedMs: startedMs }).catch(() => undefined);
}


/***/ }),

/***/ 27391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vt: () => (/* binding */ cacheLocalManifest),
  y8: () => (/* binding */ checkpointRoots),
  eY: () => (/* binding */ loadManifest),
  Wd: () => (/* binding */ readCachedManifest),
  s4: () => (/* binding */ saveCheckpoint)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/checkpoint/index.ts + 1 modules
var checkpoint = __webpack_require__(43448);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/adapters/checkpoint/heap.ts
var heap = __webpack_require__(74929);
// EXTERNAL MODULE: ./src/adapters/checkpoint/compress.ts
var compress = __webpack_require__(93355);
// EXTERNAL MODULE: ./src/adapters/checkpoint/scan.ts
var scan = __webpack_require__(22558);
// EXTERNAL MODULE: ./src/adapters/checkpoint/store.ts
var checkpoint_store = __webpack_require__(47498);
// EXTERNAL MODULE: ./src/core/checkpoint/tar.ts
var tar = __webpack_require__(3701);
// EXTERNAL MODULE: ./src/adapters/checkpoint/file-progress.ts
var file_progress = __webpack_require__(98581);
;// CONCATENATED MODULE: ./src/adapters/checkpoint/tar-pack.ts
/**
 * Writes a tar stream the way GNU tar does: into a few large block buffers that are handed to the output
 * (the compressor's stdin) whole. File content is read straight into the buffer after its header and
 * hashed in place, so a file's bytes are copied once (kernel to buffer) and nothing is allocated per file.
 * Only when the output falls behind does packing wait for a buffer to come back.
 */




const BUFFER_SIZE = 1 << 20;
const BUFFERS = 4;
class TarPacker {
    out;
    bufferSize;
    maxBuffers;
    free = [];
    allocated = 0;
    buf;
    off = 0;
    failed;
    waiting;
    scratch = Buffer.allocUnsafe(tar/* BLOCK */.IE);
    constructor(out, bufferSize = BUFFER_SIZE, maxBuffers = BUFFERS) {
        this.out = out;
        this.bufferSize = bufferSize;
        this.maxBuffers = maxBuffers;
        this.buf = this.take();
        out.on('error', (error) => this.fail(error));
    }
    throwIfFailed() {
        if (this.failed)
            throw this.failed;
    }
    fail(error) {
        this.failed ??= error;
        this.wake();
    }
    wake() {
        const w = this.waiting;
        this.waiting = undefined;
        w?.();
    }
    take() {
        const b = this.free.pop();
        if (b)
            return b;
        if (this.allocated >= this.maxBuffers)
            return undefined;
        this.allocated++;
        return Buffer.allocUnsafeSlow(this.bufferSize);
    }
    /** Hands the current buffer to the output and takes a free one, waiting for one when all are out. */
    async rotate() {
        if (this.failed)
            throw this.failed;
        const full = this.buf;
        const used = this.off;
        if (used > 0) {
            this.out.write(full.subarray(0, used), (error) => {
                if (error)
                    this.fail(error);
                this.free.push(full);
                this.wake();
            });
        }
        else {
            this.free.push(full);
        }
        let next = this.take();
        while (!next) {
            await new Promise((resolve) => (this.waiting = resolve));
            this.throwIfFailed();
            next = this.take();
        }
        this.buf = next;
        this.off = 0;
    }
    room() {
        return this.bufferSize - this.off;
    }
    put(bytes) {
        if (bytes.length <= this.room()) {
            bytes.copy(this.buf, this.off);
            this.off += bytes.length;
            return;
        }
        return this.putSlow(bytes);
    }
    async putSlow(bytes) {
        let at = 0;
        while (at < bytes.length) {
            if (this.room() === 0)
                await this.rotate();
            const n = Math.min(this.room(), bytes.length - at);
            bytes.copy(this.buf, this.off, at, at + n);
            this.off += n;
            at += n;
        }
    }
    async zeros(n) {
        let left = n;
        while (left > 0) {
            if (this.room() === 0)
                await this.rotate();
            const k = Math.min(this.room(), left);
            this.buf.fill(0, this.off, this.off + k);
            this.off += k;
            left -= k;
        }
    }
    /** A directory or symlink: a header only. */
    async addEntry(h) {
        await this.put((0,tar/* encodeHeader */.YS)(h, this.scratch));
    }
    /**
     * A regular file the scan saw with `expectedSize` bytes. A small file is read with one call into place
     * behind its header; a big one, or one whose size changed since the scan, streams through the buffers
     * with the size it has now.
     */
    async addFile(h, abs, expectedSize) {
        if (this.failed)
            throw this.failed;
        const fd = (0,external_node_fs_.openSync)(abs, 'r');
        try {
            if (expectedSize <= 256 * 1024) {
                const header = (0,tar/* encodeHeader */.YS)({ ...h, type: 'file', size: expectedSize }, this.scratch);
                const whole = header.length + expectedSize + (0,tar/* padding */.Ms)(expectedSize);
                // One extra byte of room tells a file that grew since the scan from one that did not.
                if (this.room() < whole + 1)
                    await this.rotate();
                const start = this.off + header.length;
                const got = readFully(fd, this.buf, start, expectedSize + 1);
                if (got === expectedSize) {
                    const sha256 = (0,external_node_crypto_.hash)('sha256', this.buf.subarray(start, start + got));
                    header.copy(this.buf, this.off);
                    this.buf.fill(0, start + got, start + got + (0,tar/* padding */.Ms)(got));
                    this.off = start + got + (0,tar/* padding */.Ms)(got);
                    return { size: got, sha256 };
                }
            }
            return await this.streamFile(h, fd);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
            (0,file_progress/* fileDone */.D)();
        }
    }
    async streamFile(h, fd) {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        await this.put((0,tar/* encodeHeader */.YS)({ ...h, type: 'file', size }, this.scratch));
        const hash = (0,external_node_crypto_.createHash)('sha256');
        for (let pos = 0; pos < size;) {
            if (this.room() === 0)
                await this.rotate();
            const n = (0,external_node_fs_.readSync)(fd, this.buf, this.off, Math.min(this.room(), size - pos), pos);
            if (n === 0)
                throw new Error(`'${h.name}' shrank while it was being checkpointed`);
            hash.update(this.buf.subarray(this.off, this.off + n));
            this.off += n;
            pos += n;
        }
        await this.zeros((0,tar/* padding */.Ms)(size));
        return { size, sha256: hash.digest('hex') };
    }
    /** Ends the archive, hands over what is left and ends the output. */
    async finish() {
        await this.zeros(tar/* END_OF_ARCHIVE */.bM);
        await this.rotate();
        if (this.failed)
            throw this.failed;
        this.out.end();
    }
}
/** Reads up to `len` bytes from the start of the file. */
function readFully(fd, buf, off, len) {
    let got = 0;
    while (got < len) {
        const n = (0,external_node_fs_.readSync)(fd, buf, off + got, len - got, got);
        if (n === 0)
            break;
        got += n;
    }
    return got;
}

// EXTERNAL MODULE: ./src/adapters/checkpoint/digest.ts
var digest = __webpack_require__(79995);
// EXTERNAL MODULE: ./src/adapters/checkpoint/crash-points.ts
var crash_points = __webpack_require__(27790);
// EXTERNAL MODULE: ./src/adapters/checkpoint/owner.ts
var owner = __webpack_require__(62756);
;// CONCATENATED MODULE: ./src/adapters/checkpoint/save.ts
/**
 * Saving a checkpoint: scan, decide what to store (everything, or what changed since the parent), then
 * stream tar -> zstd -> store in one pass. Each stored file is read once, straight into the tar buffer,
 * and its sha256 is computed from those same bytes. Compression runs in its own process on all cores
 * while node reads, hashes and packs; the store takes the compressed bytes as they come.
 */














/**
 * The local copy of a manifest holds stat facts (inode, mtime) of one directory's files, so it is kept per
 * checkpoint and directory: a restore of the same checkpoint elsewhere must not replace the facts the
 * saving workspace's next incremental relies on.
 */
function localManifestFile(cacheDir, id, dir) {
    const key = (0,external_node_crypto_.createHash)('sha256').update(external_node_path_default().resolve(dir)).digest('hex').slice(0, 12);
    return external_node_path_default().join(cacheDir, `${id}.${key}.manifest.json`);
}
/** Loads a parent manifest: the local copy for `dir` first, else the store's (without stat facts). */
async function loadManifest(store, id, cacheDir, dir) {
    return (cacheDir && (await readCachedManifest(cacheDir, id, dir))) || store.getManifest(id);
}
/** The local copy of manifest `id` for `dir` (see localManifestFile), if this job keeps one. */
async function readCachedManifest(cacheDir, id, dir) {
    const file = localManifestFile(cacheDir, id, dir);
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
    return text === undefined ? undefined : (0,checkpoint/* parseManifest */.Ng)(text, file);
}
/**
 * Writes `local`, the local form of the manifest `id` (encodeManifest), beside the copy for `dir` (see
 * localManifestFile); the returned function puts it in place. It goes in place only once the store has
 * the manifest: a copy of a save killed before that would describe a checkpoint the store never got,
 * and a later save of the same name would be planned against it.
 */
async function stageLocalManifest(cacheDir, id, dir, local) {
    await (0,promises_.mkdir)(cacheDir, { recursive: true });
    const file = localManifestFile(cacheDir, id, dir);
    const tmp = `${file}.partial-${(0,owner/* ownerTag */.qE)()}`;
    await (0,promises_.writeFile)(tmp, local);
    return { keep: () => (0,promises_.rename)(tmp, file), drop: () => (0,promises_.rm)(tmp, { force: true }) };
}
/** Writes the local form of `m` as the copy for `dir`, streamed into the file (writeLocalManifest). */
async function cacheLocalManifest(cacheDir, dir, m) {
    await (0,promises_.mkdir)(cacheDir, { recursive: true });
    const fd = (0,external_node_fs_.openSync)(localManifestFile(cacheDir, m.id, dir), 'w');
    try {
        (0,checkpoint/* writeLocalManifest */.UC)(m, (chunk) => {
            for (let off = 0; off < chunk.length;)
                off += (0,external_node_fs_.writeSync)(fd, chunk, off);
        });
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The checkpoint's roots as its manifest records them: normalized, without repeats. */
function checkpointRoots(paths) {
    const roots = [
        ...new Set(paths.map((p) => {
            try {
                return (0,checkpoint/* safeEntryPath */.FB)(p, { allowRoot: true });
            }
            catch (error) {
                throw new errors/* UserError */.yo(`Checkpoint path '${p}' must be relative to the workspace and stay inside it (${(0,errors/* errorMessage */.gJ)(error)}).`);
            }
        })),
    ];
    if (roots.length === 0)
        throw new errors/* UserError */.yo("No paths to checkpoint: set 'paths' (for example '.' or 'dist node_modules').");
    return roots;
}
/**
 * Saves one checkpoint. Throws on failure; callers decide the policy (the actions only warn, since a
 * checkpoint must never break the job).
 */
async function saveCheckpoint(opts) {
    (0,heap/* keepYoungGenerationSmall */.Dd)();
    const release = await opts.store.claim?.(opts.id);
    try {
        if (await hasCheckpoint(opts.store, opts.id))
            throw new checkpoint_store/* CheckpointExistsError */.V9((0,checkpoint_store/* nameTaken */.nn)(opts.id, opts.store.spec));
        return await saveClaimed(opts);
    }
    finally {
        await release?.();
    }
}
/** Whether the store has a manifest under `id` (a valid one or not: either way the name is taken). */
async function hasCheckpoint(store, id) {
    try {
        await store.getManifest(id);
        return true;
    }
    catch (error) {
        if (error instanceof checkpoint_store/* NotFoundError */.m_)
            return false;
        if (error instanceof checkpoint/* ManifestError */.Sh)
            return true;
        throw error; // (the store cannot be read: its own message says why)
    }
}
/**
 * Removes the archive of a save that failed before its manifest was stored, where the store let this
 * process claim the name (no manifest names the archive, and no other save can be writing it).
 */
async function dropOwnArchive(store, file) {
    if (store.claim)
        await store.removeObject(file).catch(() => undefined);
}
/** Saves under a name this process holds and the store does not have. */
async function saveClaimed(opts) {
    const t0 = Date.now();
    const workspace = external_node_path_default().resolve(opts.workspace);
    const roots = checkpointRoots(opts.paths);
    const exclude = excludedPaths(opts, workspace);
    const parent = await usableParent(opts, workspace, roots);
    // The tree is walked while it is packed: compression starts with the first file, not after the scan.
    const scanStartedMs = Date.now();
    opts.logger?.debug(`checkpoint ${opts.id}: parent ${parent?.id ?? 'none'} read at ${scanStartedMs - t0} ms`);
    const compression = opts.compression ?? (await (0,compress/* pickCompression */.uZ)());
    const file = `${opts.id}${(0,checkpoint/* archiveExtension */.yP)(compression)}`;
    const packed = await packTree(opts, {
        workspace,
        roots,
        exclude,
        parent,
        file,
        compression,
        scanStartedMs,
    });
    for (const root of packed.report.missingRoots)
        opts.logger?.warning(`Checkpoint path '${root}' does not exist; it is recorded as absent.`);
    // Walking and packing overlap: scanMs ends with the walk, archiveMs with the stored archive.
    const archiveMs = Date.now() - scanStartedMs;
    const { files, bytes } = fileTotals(packed.planner.entries);
    const manifest = manifestOf(opts, {
        roots,
        exclude,
        parent,
        file,
        compression,
        packed,
        scanStartedMs,
        timings: { scanMs: packed.scanMs, archiveMs, totalMs: Date.now() - t0 },
    });
    opts.logger?.debug(`checkpoint ${opts.id}: walked at ${scanStartedMs - t0 + packed.scanMs} ms, archive stored at ${Date.now() - t0} ms`);
    await commitManifest(opts, manifest, workspace, t0);
    opts.logger?.debug(`checkpoint ${opts.id}: manifest stored at ${Date.now() - t0} ms`);
    const { archive, storedBytes } = packed;
    const stored = packed.changed.length;
    opts.logger?.info(`Checkpoint ${opts.id}: ${manifest.kind}, ${stored} entries stored (${storedBytes} bytes of ${bytes}), archive ${archive.size} bytes ${compression}, ${manifest.timings.totalMs} ms.`);
    return {
        manifest,
        files,
        bytes,
        stored,
        storedBytes,
        ...(archive.artifactId ? { artifactId: archive.artifactId } : {}),
    };
}
/** The globs left out: the given ones (or the defaults), plus a local store inside the workspace, which must not checkpoint itself. */
function excludedPaths(opts, workspace) {
    const exclude = [...(opts.exclude ?? scan/* DEFAULT_EXCLUDE */.lx)];
    if (opts.store instanceof checkpoint_store/* DirStore */.VW) {
        const rel = external_node_path_default().relative(workspace, opts.store.dir).split((external_node_path_default()).sep).join('/');
        if (rel && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) && !exclude.includes(rel))
            exclude.push(rel);
    }
    return exclude;
}
/**
 * The parent this save is incremental on; undefined for a full save: when one is asked for, or when the
 * parent cannot be read (a warning says why), covers other roots, or needs this very checkpoint.
 */
async function usableParent(opts, workspace, roots) {
    if (opts.parent === undefined || opts.full)
        return undefined;
    let parent;
    if (typeof opts.parent === 'string') {
        try {
            parent = await loadManifest(opts.store, opts.parent, opts.manifestCache, workspace);
        }
        catch (error) {
            opts.logger?.warning(`Parent checkpoint '${opts.parent}' is unavailable (${(0,errors/* errorMessage */.gJ)(error)}); saving a full checkpoint.`);
        }
    }
    else
        parent = opts.parent;
    // A parent over other roots cannot describe this tree.
    if (parent && parent.paths.join('\n') !== roots.join('\n'))
        parent = undefined;
    // A checkpoint is never incremental on one that needs it (its name reused after it was removed):
    // the two would each need the other.
    if (parent && (parent.id === opts.id || (0,checkpoint/* archivesNeeded */.jq)(parent).includes(opts.id))) {
        opts.logger?.warning(`Parent checkpoint '${parent.id}' depends on '${opts.id}' itself; saving a full checkpoint.`);
        parent = undefined;
    }
    return parent;
}
/**
 * Walks the tree and streams what must be stored (everything, or what changed since the parent) through
 * tar -> compressor -> store in one pass. On failure the compressor is stopped and this save's archive
 * removed from the store.
 */
async function packTree(opts, tree) {
    const { workspace } = tree;
    const codec = (0,compress/* compressor */.e)(tree.compression, opts.level ?? 3);
    const storing = opts.store.putArchive(tree.file, codec.output);
    // Awaited below; handlers now so an early failure is never an unhandled rejection.
    codec.done.catch(() => undefined);
    const packer = new TarPacker(codec.input);
    const planner = new checkpoint/* IncrementalPlanner */.zh(tree.parent);
    const report = { missingRoots: [], skipped: [] };
    const changed = [];
    let storedBytes = 0;
    let scanMs = 0;
    const hasher = new digest/* FileHasher */.gp();
    // A store that fails mid-way (an upload error) stops reading: without this the packer would wait for
    // its buffers forever.
    const storeFailed = new Promise((_, reject) => void storing.catch(reject));
    const writeAll = async () => {
        for (const scanned of (0,scan/* walkTree */.Ir)(workspace, tree.roots, tree.exclude, report)) {
            const planned = planner.plan(scanned);
            const e = planned.entry;
            if ((0,checkpoint/* worthRehashing */.GZ)(planned))
                (0,checkpoint/* reuseIfSameContent */.Li)(planned, hasher.sha256(external_node_path_default().join(workspace, e.path)));
            if (!planned.store)
                continue;
            (0,crash_points/* crashPoint */.u)();
            changed.push(e.path);
            const fileBytes = await packEntry(packer, e, workspace, opts.id);
            storedBytes += fileBytes;
        }
        scanMs = Date.now() - tree.scanStartedMs;
        await packer.finish();
    };
    try {
        await Promise.race([writeAll(), storeFailed]);
        const [archive] = await Promise.all([storing, codec.done]);
        return { archive, planner, changed, storedBytes, scanMs, report };
    }
    catch (error) {
        codec.kill();
        await Promise.allSettled([codec.done, storing]);
        await dropOwnArchive(opts.store, tree.file);
        throw error;
    }
}
/**
 * Writes one entry into the archive. A file's size and sha256 become those of the bytes packed, and this
 * checkpoint the one that holds it. Returns the file bytes written (0 for a directory or a link).
 */
async function packEntry(packer, e, workspace, id) {
    const mtime = Math.floor((e.mtimeMs ?? Date.now()) / 1000);
    if (e.type === 'dir') {
        await packer.addEntry({ name: e.path, type: 'directory', mode: e.mode, size: 0, mtime });
        return 0;
    }
    if (e.type === 'symlink') {
        await packer.addEntry({
            name: e.path,
            type: 'symlink',
            linkname: e.target,
            mode: e.mode,
            size: 0,
            mtime,
        });
        return 0;
    }
    const packed = await packer.addFile({ name: e.path, mode: e.mode, mtime }, external_node_path_default().join(workspace, e.path), e.size ?? 0);
    e.size = packed.size;
    e.sha256 = packed.sha256;
    e.from = id;
    return packed.size;
}
/** The files among `entries`, and their total size. */
function fileTotals(entries) {
    let files = 0;
    let bytes = 0;
    for (const e of entries) {
        if (e.type !== 'file')
            continue;
        files++;
        bytes += e.size ?? 0;
    }
    return { files, bytes };
}
/** The manifest of this save: the job it was taken in, every entry of the tree, and its archive. */
function manifestOf(opts, s) {
    const { parent, packed } = s;
    return {
        format: checkpoint/* MANIFEST_FORMAT */.Sn,
        id: opts.id,
        kind: parent ? 'incremental' : 'full',
        ...(parent ? { parent: parent.id } : {}),
        paths: s.roots,
        exclude: s.exclude,
        stage: opts.meta.stage,
        job: opts.meta.job,
        runId: opts.meta.runId,
        attempt: opts.meta.attempt,
        ...(opts.meta.lane ? { lane: opts.meta.lane } : {}),
        ...(opts.meta.commit ? { commit: opts.meta.commit } : {}),
        ...(opts.meta.branch ? { branch: opts.meta.branch } : {}),
        completedStages: opts.meta.completedStages ?? [],
        createdAt: new Date().toISOString(),
        scanStartedMs: s.scanStartedMs,
        timings: s.timings,
        entries: packed.planner.entries,
        changed: packed.changed,
        deleted: packed.planner.deleted(),
        archive: {
            file: s.file,
            compression: s.compression,
            sha256: packed.archive.sha256,
            size: packed.archive.size,
            entries: packed.changed.length,
        },
    };
}
/**
 * Stores the manifest, which commits the checkpoint, and keeps the local copy once the store has it. A
 * manifest the store refuses leaves neither this save's archive nor a local copy behind.
 */
async function commitManifest(opts, manifest, workspace, t0) {
    const encoded = (0,checkpoint/* encodeManifest */.Gb)(manifest);
    const storingManifest = opts.store.putManifest(manifest.id, encoded.stored);
    storingManifest.catch(() => undefined);
    // The local copy is written while the store uploads, and put in place once the store has the manifest.
    const localCopy = opts.manifestCache
        ? await stageLocalManifest(opts.manifestCache, manifest.id, workspace, encoded.local()).catch(() => undefined)
        : undefined;
    opts.logger?.debug(`checkpoint ${opts.id}: local copy written at ${Date.now() - t0} ms`);
    (0,crash_points/* crashPoint */.u)();
    try {
        await storingManifest;
    }
    catch (error) {
        await dropOwnArchive(opts.store, manifest.archive.file);
        await localCopy?.drop();
        throw error;
    }
    await localCopy?.keep().catch(() => undefined);
}


/***/ }),

/***/ 22558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HZ: () => (/* binding */ excluder),
/* harmony export */   Ir: () => (/* binding */ walkTree),
/* harmony export */   Ms: () => (/* binding */ entryOf),
/* harmony export */   lx: () => (/* binding */ DEFAULT_EXCLUDE),
/* harmony export */   th: () => (/* binding */ STAGING_PREFIX),
/* harmony export */   wp: () => (/* binding */ scanTree)
/* harmony export */ });
/* unused harmony export treeDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43448);
/**
 * Walks the checkpointed roots with lstat only: symlinks are recorded, never followed. Synchronous on
 * purpose: tens of thousands of lstat calls through the thread pool cost a round trip each, while the
 * calls themselves take microseconds (the same reason tar walks trees with plain syscalls).
 */






/** Never part of a checkpoint by default: git's own store, and the CLI's default local store. */
const DEFAULT_EXCLUDE = ['.git', '.ci-recovery'];
const STAGING_PREFIX = '.ci-recovery-staging-';
/** Matches one path against the globs (callers check ancestors themselves, once per directory). */
function globMatcher(globs) {
    const match = globs.length ? picomatch__WEBPACK_IMPORTED_MODULE_5___default()(globs, { dot: true }) : () => false;
    return (p) => node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.basename(p).startsWith(STAGING_PREFIX) || match(p);
}
/** An entry is excluded when it, or any directory above it, matches one of the globs. */
function excluder(globs) {
    const one = globMatcher(globs);
    return (p) => {
        const parts = p.split('/');
        for (let i = 1; i <= parts.length; i++)
            if (one(parts.slice(0, i).join('/')))
                return true;
        return false;
    };
}
/** The scanned entry at `abs` (lstat: links are entries, never followed); undefined where nothing is. */
function entryOf(abs, rel) {
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(abs, { throwIfNoEntry: false });
    if (!st)
        return undefined;
    const mode = st.mode & 0o7777;
    const mtimeMs = st.mtimeMs;
    const stat = { mtimeMs, ino: st.ino, dev: st.dev };
    // Files are made with every field a manifest entry adds (the planner turns them into entries), so
    // setting those fields later changes no object's shape.
    if (st.isFile())
        return {
            path: rel,
            type: 'file',
            mode,
            stat,
            size: st.size,
            mtimeMs,
            sha256: undefined,
            from: undefined,
        };
    if (st.isDirectory())
        return { path: rel, type: 'dir', mode, stat, mtimeMs };
    if (st.isSymbolicLink())
        return { path: rel, type: 'symlink', mode, stat, mtimeMs, target: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)(abs) };
    return undefined; // sockets, fifos, devices: not workspace content
}
/**
 * Yields every entry under `roots` (relative to `base`), parents before children, siblings sorted, so
 * archives and manifests are deterministic for the same tree. A generator, so that the saver can pack
 * each entry while the rest of the tree is still being walked; one generator with its own stack rather
 * than one per directory, since every value a nested generator yields is passed up through each level.
 */
function* walkTree(base, roots, exclude, report) {
    const isExcluded = excluder(exclude);
    const excludedHere = globMatcher(exclude);
    const stack = [];
    const list = (rel, abs) => {
        try {
            stack.push({ rel, abs, names: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(abs).sort(), next: 0 });
        }
        catch {
            report.skipped.push(rel);
        }
    };
    const ancestorsDone = new Set();
    // A nested root is walked with its outer one.
    for (const root of (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_4__/* .outermost */ .J9)(roots)) {
        if (root === '.') {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(base, { throwIfNoEntry: false })?.isDirectory())
                list('.', base);
            else
                report.missingRoots.push(root);
        }
        else {
            if (isExcluded(root))
                continue;
            // Ancestors of a nested root are recorded as dirs so modes survive, without their other children.
            // A root below a symlink (or a file) is not there: walking it would follow the link out of `base`.
            let reachable = true;
            for (const anc of (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ancestors */ .T1)(root)) {
                if (ancestorsDone.has(anc))
                    continue;
                const e = entryOf(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(base, anc), anc);
                if (e?.type !== 'dir') {
                    reachable = false;
                    break;
                }
                ancestorsDone.add(anc);
                yield e;
            }
            if (!reachable) {
                report.missingRoots.push(root);
                continue;
            }
            const abs = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(base, root);
            const e = entryOf(abs, root);
            if (!e) {
                report.missingRoots.push(root);
                continue;
            }
            yield e;
            if (e.type === 'dir')
                list(root, abs);
        }
        while (stack.length > 0) {
            const dir = stack[stack.length - 1];
            if (dir.next === dir.names.length) {
                stack.pop();
                continue;
            }
            const name = dir.names[dir.next++];
            const rel = dir.rel === '.' ? name : `${dir.rel}/${name}`;
            if (excludedHere(rel))
                continue;
            const abs = `${dir.abs}/${name}`;
            const e = entryOf(abs, rel);
            if (!e) {
                report.skipped.push(rel);
                continue;
            }
            yield e;
            if (e.type === 'dir')
                list(rel, abs);
        }
    }
}
/** Every entry under `roots` at once (see walkTree). */
function scanTree(base, roots, exclude) {
    const report = { missingRoots: [], skipped: [] };
    const entries = [...walkTree(base, roots, exclude, report)];
    return Promise.resolve({ entries, ...report });
}
/**
 * One sha256 over a whole tree: every path, type, mode, symlink target and file content, nothing
 * excluded. Tests and scenarios use it to prove that a refused restore left a workspace exactly as it was.
 */
async function treeDigest(dir) {
    const hash = createHash('sha256');
    async function walk(abs, rel) {
        for (const name of (await readdir(abs)).sort()) {
            const p = path.join(abs, name);
            const r = rel ? `${rel}/${name}` : name;
            const st = await lstat(p);
            hash.update(`${r}\0${st.mode.toString(8)}\0`);
            if (st.isSymbolicLink())
                hash.update(`-> ${await readlink(p)}\0`);
            else if (st.isFile())
                hash.update(createHash('sha256')
                    .update(await readFile(p))
                    .digest('hex') + '\0');
            else if (st.isDirectory())
                await walk(p, r);
        }
    }
    if ((await lstat(dir).catch(() => undefined))?.isDirectory())
        await walk(dir, '');
    return hash.digest('hex');
}


/***/ }),

/***/ 47498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* reexport safe */ _ports_store_js__WEBPACK_IMPORTED_MODULE_9__.OK),
/* harmony export */   V9: () => (/* reexport safe */ _ports_store_js__WEBPACK_IMPORTED_MODULE_9__.V9),
/* harmony export */   VW: () => (/* binding */ DirStore),
/* harmony export */   m_: () => (/* reexport safe */ _ports_store_js__WEBPACK_IMPORTED_MODULE_9__.m_),
/* harmony export */   nn: () => (/* binding */ nameTaken)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43448);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79995);
/* harmony import */ var _crash_points_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27790);
/* harmony import */ var _owner_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62756);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(65637);
/* harmony import */ var _ports_store_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(93433);
/**
 * Where checkpoints live. A checkpoint is two objects: the archive `<id>.tar.zst` (or `.tar.gz`) and the
 * manifest `<id>.manifest.json`, written last. Keeping the manifest apart lets `list`, `cleanup` and the
 * incremental parent lookup read a few kilobytes instead of whole archives, lets the manifest carry the
 * archive's own digest and size, and makes it the commit marker: an archive without a manifest is an
 * unfinished save and is never restored.
 *
 * A checkpoint is never replaced: others may be incremental on it, and a reader may be reading it. A save
 * refuses a name that already has a manifest, a directory store lets one process at a time save a name
 * (a claim file), and the manifest is linked into place only where no manifest is, so once a manifest is
 * visible its objects never change: readers need no lock, and a crash at any instant leaves either no
 * checkpoint of that name or the whole new one. What a killed save leaves (partial files, its claim, an
 * archive without manifest) carries its owner in its name or content, so cleanup can tell it from a save
 * in progress (owner.ts).
 */










// The interface and its errors are the store port's (src/ports/store.ts); kept here for the callers.

/** The message for a name that is taken: checkpoints are never replaced. */
function nameTaken(id, spec, why = 'already exists') {
    return `checkpoint '${id}' ${why} in ${spec}; a checkpoint is never replaced (others may be incremental on it, or reading it): save under another name`;
}
const PARTIAL = '.partial-';
const CLAIM = '.saving';
class DirStore {
    dir;
    spec;
    constructor(dir) {
        this.dir = dir;
        this.spec = `dir:${dir}`;
    }
    file(name) {
        if (name.includes('/') || name.includes('\\') || name.startsWith('.'))
            throw new Error(`invalid object name '${name}'`);
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, name);
    }
    /**
     * Write to a temp name (owned: see owner.ts) and move it into place, so a crash never leaves a half
     * object under a real name. `commit` moves it: a rename, or a link that refuses an existing name.
     */
    async atomicWrite(name, write, commit = node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.dir, { recursive: true });
        const tmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `.${name}${PARTIAL}${(0,_owner_js__WEBPACK_IMPORTED_MODULE_7__/* .ownerTag */ .qE)()}-${Date.now()}`);
        try {
            await write(tmp);
            (0,_crash_points_js__WEBPACK_IMPORTED_MODULE_6__/* .crashPoint */ .u)();
            await commit(tmp, this.file(name));
            (0,_crash_points_js__WEBPACK_IMPORTED_MODULE_6__/* .crashPoint */ .u)();
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        }
    }
    async putArchive(file, data) {
        const tap = new _digest_js__WEBPACK_IMPORTED_MODULE_5__/* .DigestTap */ .Ey();
        await this.atomicWrite(file, (tmp) => (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(data, tap, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(tmp, { highWaterMark: 1 << 20 })));
        return { sha256: tap.sha256(), size: tap.bytes };
    }
    /**
     * The manifest is linked into place: unlike a rename, a link never replaces a manifest that is there
     * (copied exclusively where the file system has no hard links: platform.ts).
     */
    async putManifest(id, bytes) {
        await this.atomicWrite(`${id}${_ports_store_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_SUFFIX */ .OK}`, (tmp) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, bytes), async (tmp, to) => {
            try {
                await (0,_platform_js__WEBPACK_IMPORTED_MODULE_8__/* .linkExclusive */ .jE)(tmp, to);
            }
            catch (error) {
                if (error.code === 'EEXIST')
                    throw new _ports_store_js__WEBPACK_IMPORTED_MODULE_9__/* .CheckpointExistsError */ .V9(nameTaken(id, this.spec));
                throw error;
            }
        });
    }
    /** A claim is the file `.<id>.saving`, made exclusively, holding its owner's tag. */
    async claim(id) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.dir, { recursive: true });
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `.${id}${CLAIM}`);
        for (let tries = 0; tries < 3; tries++) {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, (0,_owner_js__WEBPACK_IMPORTED_MODULE_7__/* .ownerTag */ .qE)(), { flag: 'wx' });
                (0,_crash_points_js__WEBPACK_IMPORTED_MODULE_6__/* .crashPoint */ .u)();
                return () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(file, { force: true });
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
            }
            if (!(await this.claimIsDebris(file)))
                break;
            // The claim of a save that was killed: taken over, moved aside first so two takers cannot both win.
            const aside = `${file}${PARTIAL}${(0,_owner_js__WEBPACK_IMPORTED_MODULE_7__/* .ownerTag */ .qE)()}-stale`;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(file, aside).then(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(aside, { force: true }), () => undefined);
        }
        const holder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8').catch(() => '');
        throw new _ports_store_js__WEBPACK_IMPORTED_MODULE_9__/* .CheckpointExistsError */ .V9(nameTaken(id, this.spec, `is being saved by ${holder || 'another process'}`));
    }
    async claimIsDebris(file) {
        const holder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8').catch(() => '');
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file).catch(() => undefined);
        return st !== undefined && (0,_owner_js__WEBPACK_IMPORTED_MODULE_7__/* .isDebris */ .o)(holder, st.mtimeMs);
    }
    async unfinished() {
        const debris = [];
        const saving = new Set();
        const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(this.dir).catch(() => []);
        for (const name of names) {
            if (!name.startsWith('.'))
                continue;
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, name)).catch(() => undefined);
            if (!st?.isFile())
                continue;
            if (name.includes(PARTIAL)) {
                if ((0,_owner_js__WEBPACK_IMPORTED_MODULE_7__/* .isDebris */ .o)(name, st.mtimeMs))
                    debris.push(name);
            }
            else if (name.endsWith(CLAIM)) {
                if (await this.claimIsDebris(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, name)))
                    debris.push(name);
                else
                    saving.add(name.slice(1, -CLAIM.length));
            }
        }
        return { debris: debris.sort(), saving };
    }
    async removeUnfinished(name) {
        if (!name.startsWith('.') || name.includes('/') || !(name.includes(PARTIAL) || name.endsWith(CLAIM)))
            throw new Error(`'${name}' is not an unfinished object`);
        // A claim is read again just before: its name may have been claimed again meanwhile.
        if (name.endsWith(CLAIM) && !(await this.claimIsDebris(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, name))))
            return;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, name), { force: true });
    }
    archivePath(file) {
        return this.file(file);
    }
    async getArchive(file) {
        const p = this.file(file);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(p);
        }
        catch {
            throw new _ports_store_js__WEBPACK_IMPORTED_MODULE_9__/* .NotFoundError */ .m_(`checkpoint archive '${file}' is missing from ${this.spec}`);
        }
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(p, { highWaterMark: 1 << 20 });
    }
    async getManifest(id) {
        const p = this.file(`${id}${_ports_store_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_SUFFIX */ .OK}`);
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(p, 'utf8');
        }
        catch {
            throw new _ports_store_js__WEBPACK_IMPORTED_MODULE_9__/* .NotFoundError */ .m_(`no checkpoint named '${id}' in ${this.spec} (run 'ci-recovery list --store ${this.spec}' to see the names)`);
        }
        return (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .Ng)(text, p);
    }
    async objects() {
        let names;
        try {
            names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(this.dir);
        }
        catch {
            return [];
        }
        const out = [];
        for (const name of names.sort()) {
            if (name.startsWith('.'))
                continue;
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, name)).catch(() => undefined);
            if (st?.isFile())
                out.push({ name, createdAt: st.mtime, size: st.size });
        }
        return out;
    }
    async removeObject(name) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.file(name), { force: true });
    }
}


/***/ }),

/***/ 1130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ realWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lookup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21701);
/* harmony import */ var _manage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19832);
/* harmony import */ var _path_globs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40470);
/* harmony import */ var _restore_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66959);
/* harmony import */ var _save_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27391);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22558);
/** The workspace port of the checkpoint phases (src/ports/workspace.ts), over the real scan, save and restore. */







/** Next free sequence number in this job: one more than the manifests this job has saved or restored. */
async function nextSeq(cacheDir) {
    if (!cacheDir)
        return Date.now() % 1000;
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(cacheDir).catch(() => []);
    return names.filter((n) => n.endsWith('.manifest.json')).length + 1;
}
const realWorkspace = {
    defaultExclude: _scan_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_EXCLUDE */ .lx,
    resolvePaths: _path_globs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveCheckpointPaths */ .N,
    nextSeq,
    save: _save_js__WEBPACK_IMPORTED_MODULE_5__/* .saveCheckpoint */ .s4,
    restore: _restore_js__WEBPACK_IMPORTED_MODULE_4__/* .restoreCheckpoint */ .vQ,
    checkpointsOfJob: _manage_js__WEBPACK_IMPORTED_MODULE_2__/* .checkpointsOfJob */ .Ky,
    lookup: _lookup_js__WEBPACK_IMPORTED_MODULE_1__/* .lookupCheckpoint */ .p,
};


/***/ }),

/***/ 65637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OP: () => (/* binding */ zstdInProcess),
/* harmony export */   g4: () => (/* binding */ posixPattern),
/* harmony export */   jE: () => (/* binding */ linkExclusive),
/* harmony export */   mb: () => (/* binding */ makeSymlink)
/* harmony export */ });
/* unused harmony export isWindows */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/**
 * What the action does differently on a Windows or macOS runner, in one place, so that no entry fails a
 * job because of the OS it runs on. Each helper either works the same everywhere or degrades to something
 * that still gives the same result (a copy instead of a link, node's own zstd instead of the binary), and
 * says so in its error when there is truly nothing left to fall back on.
 *
 * Manifest paths stay POSIX on every OS (scan.ts builds them with '/'); only the paths users type are
 * normalized here.
 */




const isWindows = (platform = process.platform) => platform === 'win32';
/** Error codes of a file system or OS that does not make hard links (FAT, exFAT, some SMB shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);
/**
 * Makes `to` hold the file `from`, never replacing an existing `to` (EEXIST, as `link` throws): a hard
 * link where the file system has them, else an exclusive copy (COPYFILE_EXCL refuses an existing name the
 * same way). The copy is not atomic: a crash in its middle leaves a partial file, which readers refuse as
 * unreadable rather than take for a good one.
 */
async function linkExclusive(from, to) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(from, to);
        return 'link';
    }
    catch (error) {
        if (!NO_HARD_LINKS.has(error.code ?? ''))
            throw error;
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(from, to, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.COPYFILE_EXCL);
    return 'copy';
}
/**
 * A symbolic link, with the reason spelled out where Windows refuses it: creating symlinks there needs
 * Developer Mode or an elevated runner (GitHub-hosted Windows runners have it; self-hosted ones may not).
 */
function makeSymlink(target, at, platform = process.platform) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync)(target, at);
    }
    catch (error) {
        if (isWindows(platform) && error.code === 'EPERM')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`this Windows runner may not create symbolic links (the checkpoint holds one at '${at}'): run the runner elevated or enable Developer Mode, as GitHub-hosted runners are`);
        throw error;
    }
}
/**
 * zstd decompression inside node (zlib's zstd, Node 22.15+ and the node24 the action runs on), for a
 * runner without the `zstd` binary (self-hosted Windows, a bare macOS): a `.tar.zst` checkpoint saved
 * elsewhere still restores, only on one core.
 */
function zstdInProcess(what) {
    const create = (node_zlib__WEBPACK_IMPORTED_MODULE_2___default().createZstdDecompress);
    if (!create)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${what}: the checkpoint is zstd-compressed, and this runner has no 'zstd' on PATH and a Node without zstd (${process.version}): install zstd`);
    return create({ chunkSize: 256 * 1024 });
}
/**
 * A path or glob as a user typed it, with Windows separators made POSIX ('dist\out' -> 'dist/out') on
 * Windows, where the backslash is a separator (picomatch reads it so there too), not a glob escape.
 */
function posixPattern(p, platform = process.platform) {
    return isWindows(platform) ? p.replace(/\\/g, '/') : p;
}


/***/ }),

/***/ 19227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GZ: () => (/* binding */ worthRehashing),
/* harmony export */   LO: () => (/* binding */ selectPaths),
/* harmony export */   Li: () => (/* binding */ reuseIfSameContent),
/* harmony export */   ph: () => (/* binding */ shownChanges),
/* harmony export */   q8: () => (/* binding */ planRestore),
/* harmony export */   zh: () => (/* binding */ IncrementalPlanner)
/* harmony export */ });
/* unused harmony exports RACY_SLACK_MS, sameEntry */
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14654);

/**
 * Filesystems with coarse timestamps can report an mtime a little before a write that raced the scan;
 * like git's "racily clean" rule, a file whose mtime is this close to the parent's scan is re-read.
 */
const RACY_SLACK_MS = 2000;
/**
 * Plans a checkpoint entry by entry against its parent (none: a full checkpoint), so that the saver can
 * pack each entry as the walk yields it. `entries` collects the new manifest's entries in walk order.
 */
class IncrementalPlanner {
    parent;
    entries = [];
    before = new Map();
    /** Files modified at or after this are never trusted by their stat alone. */
    trustedBefore;
    /** New entries that the parent had too: fewer than the parent's means something was deleted. */
    matched = 0;
    constructor(parent) {
        this.parent = parent;
        for (const e of parent?.entries ?? [])
            this.before.set(e.path, e);
        this.trustedBefore = parent ? parent.scanStartedMs - RACY_SLACK_MS : -Infinity;
    }
    /**
     * Decides for one scanned entry whether it can be taken from the parent. A file is reused without
     * reading it only when type, mode, size and stat facts (mtime, inode, device) all equal the parent's,
     * and its mtime is safely older than the parent's scan; anything else is read, hashed and stored again.
     * With no parent everything is stored.
     */
    plan(s) {
        const old = this.before.get(s.path);
        if (old)
            this.matched++;
        // The scanned object becomes the manifest entry: on tens of thousands of entries a second object
        // each, and the garbage collector copying it, cost more than the planning itself.
        const entry = s;
        if (s.stat)
            entry.mtimeMs = s.stat.mtimeMs;
        let store;
        if (s.type === 'file') {
            entry.size = s.size ?? 0;
            const a = old?.stat;
            const b = s.stat;
            const reusable = old?.type === 'file' &&
                old.mode === s.mode &&
                old.size === s.size &&
                old.sha256 !== undefined &&
                old.from !== undefined &&
                a !== undefined &&
                b !== undefined &&
                a.mtimeMs === b.mtimeMs &&
                a.ino === b.ino &&
                a.dev === b.dev &&
                b.mtimeMs < this.trustedBefore;
            store = !reusable;
            if (reusable) {
                entry.sha256 = old.sha256;
                entry.from = old.from;
            }
        }
        else if (s.type === 'symlink') {
            entry.target = s.target ?? '';
            store = !(old?.type === 'symlink' && old.target === s.target);
        }
        else {
            store = !(old?.type === 'dir' && old.mode === s.mode) || this.parent === undefined;
        }
        this.entries.push(entry);
        return { entry, store, old };
    }
    /** Paths of the parent that the walk did not meet (call once the walk is over). */
    deleted() {
        if (this.matched >= this.before.size)
            return [];
        const now = new Set(this.entries.map((e) => e.path));
        return [...this.before.keys()].filter((p) => !now.has(p));
    }
}
/**
 * A stored file whose stat changed but whose size and mode did not: worth hashing before storing, since
 * a touched file (rewritten with the same bytes by a build tool or a checkout) then costs a read instead
 * of storage.
 */
function worthRehashing(p) {
    const { entry: e, old } = p;
    return p.store && e.type === 'file' && old?.type === 'file' && old.size === e.size && old.mode === e.mode;
}
/** Takes the file from the parent when its fresh hash equals the parent's; true when it did. */
function reuseIfSameContent(p, sha256) {
    const { entry: e, old } = p;
    if (!sha256 || old?.type !== 'file' || old.sha256 !== sha256 || !old.from)
        return false;
    if (old.mode !== e.mode || old.size !== e.size)
        return false;
    e.sha256 = sha256;
    e.from = old.from;
    p.store = false;
    return true;
}
/** Restricts entries to a partial restore's paths (none given: everything). */
function selectPaths(items, only) {
    if (!only || only.length === 0)
        return items;
    return items.filter((i) => only.some((root) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnder */ .Jo)(i.path, root)));
}
/** True when the target entry is already on disk as it should be. */
function sameEntry(target, current) {
    if (!current || current.type !== target.type || current.mode !== target.mode)
        return false;
    if (target.type === 'symlink')
        return current.target === target.target;
    if (target.type === 'file')
        return current.size === target.size && current.sha256 === target.sha256;
    return true;
}
/**
 * What restoring `target` onto `current` changes, within `roots`: entries to add or modify, and entries on
 * disk under the roots that the checkpoint does not have (deleted, parents before children removed last
 * is the applier's job; here they are listed shallow-first).
 */
function planRestore(target, current) {
    const cur = new Map(current.map((c) => [c.path, c]));
    const want = new Set(target.map((t) => t.path));
    const added = [];
    const modified = [];
    let unchanged = 0;
    for (const t of target) {
        const c = cur.get(t.path);
        if (!c)
            added.push(t.path);
        else if (sameEntry(t, c))
            unchanged++;
        else
            modified.push(t.path);
    }
    const deleted = current.filter((c) => !want.has(c.path)).map((c) => c.path);
    return { added, modified, deleted, unchanged };
}
/**
 * The changes as they are shown (the restore action's outputs and log, the CLI): a directory added or
 * deleted whole stands for its contents, so restoring node_modules into a fresh checkout names one
 * path, not tens of thousands (over a megabyte, more than a job output may hold).
 */
function shownChanges(c) {
    return { added: (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .outermost */ .J9)(c.added), modified: c.modified, deleted: (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .outermost */ .J9)(c.deleted) };
}


/***/ }),

/***/ 43448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zh: () => (/* reexport */ diff/* IncrementalPlanner */.zh),
  Sn: () => (/* reexport */ MANIFEST_FORMAT),
  Sh: () => (/* reexport */ ManifestError),
  k0: () => (/* reexport */ paths/* UnsafePathError */.k0),
  T1: () => (/* reexport */ paths/* ancestors */.T1),
  yP: () => (/* reexport */ archiveExtension),
  jq: () => (/* reexport */ archivesNeeded),
  m4: () => (/* reexport */ attemptInId),
  yl: () => (/* reexport */ paths/* checkLinkTarget */.yl),
  g: () => (/* reexport */ checkpointId),
  Gb: () => (/* reexport */ encodeManifest),
  G6: () => (/* reexport */ isRollbackRecord),
  Al: () => (/* reexport */ isValidId),
  P2: () => (/* reexport */ manifestStats),
  J9: () => (/* reexport */ paths/* outermost */.J9),
  Ng: () => (/* reexport */ parseManifest),
  q8: () => (/* reexport */ diff/* planRestore */.q8),
  Li: () => (/* reexport */ diff/* reuseIfSameContent */.Li),
  FB: () => (/* reexport */ paths/* safeEntryPath */.FB),
  LO: () => (/* reexport */ diff/* selectPaths */.LO),
  ph: () => (/* reexport */ diff/* shownChanges */.ph),
  eh: () => (/* reexport */ summarize),
  GZ: () => (/* reexport */ diff/* worthRehashing */.GZ),
  UC: () => (/* reexport */ writeLocalManifest)
});

// UNUSED EXPORTS: RACY_SLACK_MS, idPart, isNormalPath, isUnder, sameEntry

// EXTERNAL MODULE: ./src/core/checkpoint/paths.ts
var paths = __webpack_require__(14654);
;// CONCATENATED MODULE: ./src/core/checkpoint/manifest.ts

const MANIFEST_FORMAT = 'ci-recovery-checkpoint/2';
/** Summary counts of a manifest, for outputs and `list`. */
function manifestStats(m) {
    let files = 0;
    let bytes = 0;
    for (const e of m.entries) {
        if (e.type === 'file') {
            files++;
            bytes += e.size ?? 0;
        }
    }
    return { files, bytes, changed: m.changed.length, deleted: m.deleted.length };
}
/** Ids of every checkpoint whose archive this manifest needs, in chain order of first use. */
function archivesNeeded(m) {
    const ids = new Set();
    for (const e of m.entries)
        if (e.type === 'file' && e.from)
            ids.add(e.from);
    return [...ids];
}
function summarize(m) {
    const { entries: _entries, changed: _changed, deleted: _deleted, ...rest } = m;
    return { ...rest, stats: manifestStats(m), needs: archivesNeeded(m) };
}
const SHA256 = /^[0-9a-f]{64}$/;
/** Checkpoint ids double as file and artifact names: keep them to a portable alphabet. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
function isValidId(id) {
    return ID.test(id) && !id.includes('..');
}
/** Turns free text (job or stage names) into a piece usable inside an id. */
function idPart(text) {
    const cleaned = text
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/^[-.]+|[-.]+$/g, '');
    return (cleaned || 'x').slice(0, 60);
}
const GENERATED_PREFIX = 'ci-recovery-ckpt-';
function ownerPrefix(owner) {
    return `${GENERATED_PREFIX}r${idPart(owner.runId)}-${idPart(owner.job)}-a`;
}
/**
 * The id used by the actions: `ci-recovery-ckpt-r<run>-<job>-a<attempt>-<stage>-<seq>`. The run keeps two
 * runs sharing a `dir:` store apart, the job identity two legs of a matrix, the attempt two re-runs, and the
 * sequence two checkpoints of one stage.
 */
function checkpointId(owner, stage, attempt, seq) {
    return `${ownerPrefix(owner)}${attempt}-${idPart(stage)}-${String(seq).padStart(3, '0')}`;
}
/**
 * What an id made by checkpointId says without its manifest being read: the attempt, when it may be
 * `owner`'s (the manifest decides: two job names can share an id part), 'other-job' when it cannot be
 * (another run, another job or leg). Undefined for any other id (a name the user chose), which only its
 * manifest can place.
 */
function attemptInId(id, owner) {
    if (!id.startsWith(GENERATED_PREFIX))
        return undefined;
    const prefix = ownerPrefix(owner);
    if (!id.startsWith(prefix))
        return /^r[^-]+-.+-a\d+-.+-\d+$/.test(id.slice(GENERATED_PREFIX.length)) ? 'other-job' : undefined;
    const attempt = /^(\d+)-.+-\d+$/.exec(id.slice(prefix.length))?.[1];
    return attempt === undefined ? undefined : Number(attempt);
}
/** Rollback records share stores with checkpoints and must never be touched by cleanup. */
function isRollbackRecord(name) {
    return name.startsWith('ci-recovery-rollback-');
}
function fail(where, what) {
    throw new ManifestError(`${where}: ${what}`);
}
class ManifestError extends Error {
    name = 'ManifestError';
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function str(o, k, where, optional = false) {
    const v = o[k];
    if (v === undefined && optional)
        return undefined;
    if (typeof v !== 'string')
        fail(where, `'${k}' must be a string`);
    return v;
}
function num(o, k, where, optional = false) {
    const v = o[k];
    if (v === undefined && optional)
        return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
        fail(where, `'${k}' must be a non-negative number`);
    return v;
}
function strList(o, k, where) {
    const v = o[k];
    if (!Array.isArray(v) || !v.every((s) => typeof s === 'string'))
        fail(where, `'${k}' must be a list of strings`);
    return v;
}
const TYPE_LETTER = { file: 'f', dir: 'd', symlink: 'l' };
const LETTER_TYPE = { f: 'file', d: 'dir', l: 'symlink' };
/**
 * Both forms of a manifest from one encoding: the stored bytes (what a store keeps), and the local form
 * as pieces to write in a row (the stored bytes, less their closing braces, then the `ino` and `dev`
 * columns: this machine's stat facts, which let the next incremental skip reading unchanged files). Saving needs
 * both; for tens of thousands of entries a second encoding costs about a tenth of a second, and a second
 * copy of the text would be the save's memory peak.
 *
 * The text is written straight into one Buffer, a few hundred entries at a time: building the columns as
 * arrays and the whole text as one string first held about 15 MiB of heap for 46,734 entries (a 6 MB
 * manifest) at the end of a save, its memory peak, where this holds the Buffer and one small piece.
 */
function encodeManifest(m) {
    const out = writeEntries(m, (estimate) => new JsonWriter(estimate));
    out.text('}}');
    const bytes = out.bytes();
    return {
        stored: bytes,
        local: () => {
            const facts = new JsonWriter(m.entries.length * 24 + 32);
            writeStatFacts(facts, m.entries);
            facts.text('}}');
            return [bytes.subarray(0, bytes.length - 2), facts.bytes()];
        },
    };
}
/**
 * The local form alone (see encodeManifest), handed to `sink` a quarter of a MiB at a time (each chunk is
 * valid only during the call): a restore keeps it for the next incremental, and the whole text in one
 * Buffer (6 MB for 46,734 entries) was part of the restore's memory peak.
 */
function writeLocalManifest(m, sink) {
    const out = writeEntries(m, () => new JsonWriter(256 * 1024, sink));
    writeStatFacts(out, m.entries);
    out.text('}}');
    out.flush();
}
/** The stored form up to its closing braces, written into the writer that `writer` makes. */
function writeEntries(m, writer) {
    const entries = m.entries;
    const archives = [];
    const archiveIndex = new Map();
    // One pass first: archives are numbered in order of first use, and their list comes before the entries.
    const from = new Int32Array(entries.length);
    const target = {};
    let estimate = 0;
    for (let i = 0; i < entries.length; i++) {
        const e = entries[i];
        if (e.from !== undefined) {
            let at = archiveIndex.get(e.from);
            if (at === undefined) {
                at = archives.push(e.from) - 1;
                archiveIndex.set(e.from, at);
            }
            from[i] = at;
        }
        else
            from[i] = -1;
        if (e.target !== undefined)
            target[i] = e.target;
        estimate += e.path.length + (e.type === 'file' ? 110 : 40);
    }
    const { entries: _entries, changed, ...rest } = m;
    // Key order as a plain JSON.stringify of the stored object gives: the rest, archives, changed, entries
    // (last, and its own last key is `target`: the local form appends its columns before the two '}').
    const head = JSON.stringify({ ...rest, archives }).slice(0, -1);
    const out = writer(head.length + changed.length * 8 + estimate + 1024);
    out.text(head);
    out.column(',', 'changed', changedIndices(entries, changed));
    out.column(',"entries":{', 'path', entries, (e) => e.path);
    out.text(`,"type":${JSON.stringify(entries.map((e) => TYPE_LETTER[e.type]).join(''))}`);
    out.column(',', 'mode', entries, (e) => e.mode);
    out.column(',', 'mtime', entries, (e) => e.mtimeMs ?? e.stat?.mtimeMs ?? 0);
    out.column(',', 'size', entries, (e) => e.size ?? 0);
    out.column(',', 'sha256', entries, (e) => e.sha256 ?? '');
    out.column(',', 'from', from);
    out.text(`,"target":${JSON.stringify(target)}`);
    return out;
}
/** The local form's own columns. Files only: stat facts are the fast path of files (a scanned directory carries them too). */
function writeStatFacts(out, entries) {
    out.column(',', 'ino', entries, (e) => (e.type === 'file' ? (e.stat?.ino ?? 0) : 0));
    out.column(',', 'dev', entries, (e) => (e.type === 'file' ? (e.stat?.dev ?? 0) : 0));
}
/** Indices of the `changed` paths among the entries (both in walk order, so one pass finds them). */
function changedIndices(entries, changed) {
    const found = [];
    for (let i = 0, j = 0; i < entries.length && j < changed.length; i++)
        if (entries[i].path === changed[j]) {
            found.push(i);
            j++;
        }
    if (found.length === changed.length)
        return found;
    // Not in entry order (or naming paths that are not entries): look each one up.
    const index = new Map(entries.map((e, i) => [e.path, i]));
    return changed.map((p) => index.get(p) ?? -1).filter((i) => i >= 0);
}
/** JSON text written into one Buffer, in pieces small enough to die young in the heap. */
class JsonWriter {
    sink;
    static PIECE = 512;
    buf;
    off = 0;
    /** With a `sink`, the buffer is handed to it whenever full and reused; else it grows to hold everything. */
    constructor(size, sink) {
        this.sink = sink;
        this.buf = Buffer.allocUnsafeSlow(size);
    }
    text(s) {
        const need = Buffer.byteLength(s);
        if (this.off + need > this.buf.length) {
            if (this.sink) {
                this.flush();
                if (need > this.buf.length)
                    return this.sink(Buffer.from(s));
            }
            else {
                const grown = Buffer.allocUnsafeSlow(Math.max(this.off + need, Math.ceil(this.buf.length * 1.5)));
                this.buf.copy(grown, 0, 0, this.off);
                this.buf = grown;
            }
        }
        this.off += this.buf.write(s, this.off);
    }
    /** Hands what is buffered to the sink (a writer without one keeps it). */
    flush() {
        if (!this.sink || this.off === 0)
            return;
        this.sink(this.buf.subarray(0, this.off));
        this.off = 0;
    }
    /** `lead`, the key, then a JSON array of `value` over `items`: the text JSON.stringify makes of it. */
    column(lead, key, items, value) {
        this.text(`${lead}"${key}":[`);
        const piece = [];
        for (let at = 0; at < items.length; at += JsonWriter.PIECE) {
            const end = Math.min(items.length, at + JsonWriter.PIECE);
            piece.length = 0;
            for (let i = at; i < end; i++)
                piece.push(value ? value(items[i]) : items[i]);
            const json = JSON.stringify(piece);
            this.text((at === 0 ? '' : ',') + json.slice(1, -1));
        }
        this.text(']');
    }
    bytes() {
        return this.buf.subarray(0, this.off);
    }
}
function checkedPath(raw, at) {
    if (typeof raw === 'string' && (0,paths/* isNormalPath */.Xl)(raw))
        return raw;
    if (typeof raw !== 'string')
        fail(at, "'path' must be a string");
    try {
        if ((0,paths/* safeEntryPath */.FB)(raw) !== raw)
            throw new paths/* UnsafePathError */.k0(`entry '${raw}' is not in normal form`);
    }
    catch (error) {
        if (error instanceof paths/* UnsafePathError */.k0)
            fail(at, error.message);
        throw error;
    }
    return raw;
}
function column(cols, k, n, where, ok) {
    const v = cols[k];
    if (!Array.isArray(v) || v.length !== n)
        fail(where, `'entries.${k}' must be a list of ${n} values`);
    for (let i = 0; i < n; i++)
        if (!ok(v[i]))
            fail(`${where}: entries[${i}]`, `'${k}' has an invalid value`);
    return v;
}
const isCount = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
/**
 * The roots a manifest covers: relative, normal, inside the workspace. A restore scans and deletes below
 * each root, so a root like '../victim' would reach outside the destination.
 */
function checkedRoots(raw, where) {
    if (raw.length === 0)
        fail(where, "'paths' must name at least one root");
    const seen = new Set();
    for (const p of raw) {
        try {
            if ((0,paths/* safeEntryPath */.FB)(p, { allowRoot: true }) !== p)
                throw new paths/* UnsafePathError */.k0(`root '${p}' is not in normal form`);
        }
        catch (error) {
            if (error instanceof paths/* UnsafePathError */.k0)
                fail(where, `'paths': ${error.message}`);
            throw error;
        }
        if (seen.has(p))
            fail(where, `'paths' lists '${p}' twice`);
        seen.add(p);
    }
    return raw;
}
/**
 * Whether an entry path belongs to a manifest over `roots`: at or below a root, or (a directory) above a
 * nested root, where the walk records the ancestors so their modes survive.
 */
function coveredBy(roots, rootAncestors) {
    if (roots.includes('.'))
        return () => true;
    return (p, type) => roots.some((r) => (0,paths/* isUnder */.Jo)(p, r)) || (type === 'dir' && rootAncestors.has(p));
}
/**
 * Parses and checks a manifest read from a store. A manifest is untrusted: every path and link target
 * goes through the path-safety checks, hashes must look like sha256, and no entry may sit below a symlink.
 */
function parseManifest(text, where) {
    const raw = manifestObject(text, where);
    const archives = checkedHeader(raw, where);
    const roots = checkedRoots(raw.paths, where);
    const rootAncestors = new Set(roots.flatMap((r) => (0,paths/* ancestors */.T1)(r)));
    const covered = coveredBy(roots, rootAncestors);
    const cols = entryColumns(raw.entries, where, archives.length);
    const { entries, seen, links } = checkedEntries(cols, where, archives, covered);
    if (links.size > 0)
        checkNothingBelowLinks(seen, links, where);
    const n = entries.length;
    const changedIdx = raw.changed;
    if (!Array.isArray(changedIdx) || !changedIdx.every((i) => isCount(i) && i < n))
        fail(where, "'changed' must be a list of entry indices");
    raw.deleted.forEach((p, i) => {
        const at = `${where}: deleted[${i}]`;
        if (!covered(checkedPath(p, at), 'file'))
            fail(at, `'${String(p)}' lies outside the checkpoint's paths`);
    });
    const { archives: _a, entries: _e, changed: _c, ...rest } = raw;
    return {
        ...rest,
        entries,
        changed: changedIdx.map((i) => entries[i].path),
    };
}
/** The manifest's JSON object, in the format this version reads. */
function manifestObject(text, where) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        fail(where, `not valid JSON (${error.message})`);
    }
    if (!isRecord(raw))
        fail(where, 'not a JSON object');
    if (raw.format !== MANIFEST_FORMAT) {
        const hint = raw.format === 'ci-recovery-checkpoint/1'
            ? ' (written by an older ci-recovery: save a new checkpoint)'
            : '';
        fail(where, `unknown format '${String(raw.format)}', expected '${MANIFEST_FORMAT}'${hint}`);
    }
    return raw;
}
/**
 * Checks every field but the entries: the id, the kind and its parent, the archive, the lists and the
 * job's fields. Returns `archives`, the ids of the checkpoints the entries take files from.
 */
function checkedHeader(raw, where) {
    const id = str(raw, 'id', where);
    if (!isValidId(id))
        fail(where, `invalid id '${id}'`);
    if (raw.kind !== 'full' && raw.kind !== 'incremental')
        fail(where, "'kind' must be 'full' or 'incremental'");
    const archive = raw.archive;
    if (!isRecord(archive))
        fail(where, "'archive' must be an object");
    if (archive.compression !== 'zstd' && archive.compression !== 'gzip')
        fail(where, "'archive.compression' must be zstd or gzip");
    if (!SHA256.test(String(archive.sha256)))
        fail(where, "'archive.sha256' must be a sha256 hex digest");
    if (!isCount(archive.size))
        fail(where, "'archive.size' must be a whole number of bytes");
    const file = str(archive, 'file', where);
    if (file !== `${id}${archiveExtension(archive.compression)}`)
        fail(where, `'archive.file' must be '${id}${archiveExtension(archive.compression)}'`);
    for (const k of ['paths', 'exclude', 'completedStages', 'deleted', 'archives'])
        strList(raw, k, where);
    const archives = raw.archives;
    for (const a of archives)
        if (!isValidId(a))
            fail(where, `invalid archive id '${a}'`);
    str(raw, 'stage', where);
    str(raw, 'job', where);
    str(raw, 'runId', where);
    num(raw, 'attempt', where);
    str(raw, 'createdAt', where);
    if (raw.parent !== undefined && (typeof raw.parent !== 'string' || !isValidId(raw.parent)))
        fail(where, "'parent' must be a checkpoint id");
    if (raw.parent === id)
        fail(where, `checkpoint '${id}' names itself as its parent`);
    if ((raw.kind === 'incremental') !== (raw.parent !== undefined))
        fail(where, "an incremental checkpoint needs a 'parent', and a full one has none");
    if (raw.kind === 'full' && archives.some((a) => a !== id))
        fail(where, `a full checkpoint holds every file in its own archive, but it names others`);
    return archives;
}
function entryColumns(cols, where, archiveCount) {
    if (!isRecord(cols) || !Array.isArray(cols.path))
        fail(where, "'entries' must hold entry columns");
    const n = cols.path.length;
    const types = cols.type;
    if (typeof types !== 'string' || types.length !== n)
        fail(where, `'entries.type' must have ${n} letters`);
    const modes = column(cols, 'mode', n, where, (v) => isCount(v) && v <= 0o7777);
    const mtimes = column(cols, 'mtime', n, where, (v) => typeof v === 'number' && Number.isFinite(v));
    const sizes = column(cols, 'size', n, where, isCount);
    const shas = column(cols, 'sha256', n, where, (v) => typeof v === 'string');
    const froms = column(cols, 'from', n, where, (v) => v === -1 || (isCount(v) && v < archiveCount));
    const targets = cols.target;
    if (!isRecord(targets))
        fail(where, "'entries.target' must be an object");
    const local = Array.isArray(cols.ino) && Array.isArray(cols.dev);
    const inos = local ? column(cols, 'ino', n, where, isCount) : undefined;
    const devs = local ? column(cols, 'dev', n, where, isCount) : undefined;
    return { paths: cols.path, types, modes, mtimes, sizes, shas, froms, targets, inos, devs };
}
/**
 * The entries, each checked: a safe path in normal form, once only, inside the checkpoint's paths, and
 * what its type needs (a file its digest and archive, a link a safe target). Returns the paths seen and
 * the links among them too.
 */
function checkedEntries(cols, where, archives, covered) {
    const n = cols.paths.length;
    const entries = new Array(n);
    const seen = new Set();
    const links = new Set();
    for (let i = 0; i < n; i++) {
        const at = `${where}: entries[${i}]`;
        const p = checkedPath(cols.paths[i], at);
        if (seen.has(p))
            fail(at, `duplicate entry '${p}'`);
        seen.add(p);
        const type = LETTER_TYPE[cols.types[i]];
        if (!type)
            fail(at, `unexpected type '${cols.types[i]}'`);
        if (!covered(p, type))
            fail(at, `entry '${p}' lies outside the checkpoint's paths`);
        entries[i] = entryAt(cols, i, p, type, archives, at);
        if (type === 'symlink')
            links.add(p);
    }
    return { entries, seen, links };
}
/** Entry `i` at path `p` of type `type`, made whole from the columns. */
function entryAt(cols, i, p, type, archives, at) {
    // Each entry is made whole in one literal, so entries of a type share one shape (fields added later
    // would each change it); no measurable speed-up on 40,000 entries, but no worse either.
    const mode = cols.modes[i];
    const mtimeMs = cols.mtimes[i] || undefined;
    if (type === 'file') {
        const { shas, froms, inos, devs } = cols;
        if (!SHA256.test(shas[i]))
            fail(at, "'sha256' must be a sha256 hex digest");
        if (froms[i] === -1)
            fail(at, "a file needs the checkpoint that holds it ('from')");
        const stat = inos && devs ? { mtimeMs: cols.mtimes[i], ino: inos[i], dev: devs[i] } : undefined;
        return {
            path: p,
            type,
            mode,
            mtimeMs,
            size: cols.sizes[i],
            sha256: shas[i],
            from: archives[froms[i]],
            stat,
        };
    }
    if (type === 'symlink') {
        const target = cols.targets[String(i)];
        if (typeof target !== 'string')
            fail(at, 'a symlink needs a target');
        try {
            (0,paths/* checkLinkTarget */.yl)(p, target);
        }
        catch (error) {
            if (error instanceof paths/* UnsafePathError */.k0)
                fail(at, error.message);
            throw error;
        }
        return { path: p, type, mode, mtimeMs, target };
    }
    return { path: p, type, mode, mtimeMs };
}
/** Refuses an entry below a symlink: restoring it would write through the link. */
function checkNothingBelowLinks(seen, links, where) {
    for (const p of seen) {
        for (let k = p.lastIndexOf('/'); k > 0; k = p.lastIndexOf('/', k - 1)) {
            const a = p.slice(0, k);
            if (links.has(a))
                fail(where, `entry '${p}' lies below the symlink '${a}'`);
        }
    }
}
function archiveExtension(compression) {
    return compression === 'zstd' ? '.tar.zst' : '.tar.gz';
}

// EXTERNAL MODULE: ./src/core/checkpoint/diff.ts
var diff = __webpack_require__(19227);
;// CONCATENATED MODULE: ./src/core/checkpoint/index.ts





/***/ }),

/***/ 14654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ safeEntryPath),
/* harmony export */   J9: () => (/* binding */ outermost),
/* harmony export */   Jo: () => (/* binding */ isUnder),
/* harmony export */   T1: () => (/* binding */ ancestors),
/* harmony export */   Xl: () => (/* binding */ isNormalPath),
/* harmony export */   k0: () => (/* binding */ UnsafePathError),
/* harmony export */   yl: () => (/* binding */ checkLinkTarget)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Path safety for checkpoint entries. Every path that comes out of an archive or a manifest goes through
 * these checks before anything touches the disk: a checkpoint is untrusted input.
 */

/** Why a path or link was refused; the message names the entry. */
class UnsafePathError extends Error {
    name = 'UnsafePathError';
}
/**
 * Normalizes a relative, forward-slash entry path ('./a//b/' -> 'a/b') and refuses absolute paths, '..'
 * segments, NUL bytes and the empty path. Returns '.' only when `allowRoot` is set.
 */
function safeEntryPath(raw, { allowRoot = false } = {}) {
    if (isNormalPath(raw))
        return raw;
    if (raw.includes('\0'))
        throw new UnsafePathError(`entry '${raw.replace(/\0/g, '\\0')}' contains a NUL byte`);
    if (raw.startsWith('/') || /^[A-Za-z]:[\\/]/.test(raw) || raw.startsWith('\\')) {
        throw new UnsafePathError(`entry '${raw}' is an absolute path`);
    }
    const parts = raw.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.some((p) => p === '..'))
        throw new UnsafePathError(`entry '${raw}' contains '..'`);
    if (parts.length === 0) {
        if (allowRoot)
            return '.';
        throw new UnsafePathError(`entry '${raw}' is empty`);
    }
    return parts.join('/');
}
/** 'a/b' with no empty, '.' or '..' segment, no NUL, not absolute: a path already safe as it is. */
const NORMAL_PATH = /^(?![A-Za-z]:[\\/]|\\)(?!\.\.?(?:\/|$))[^/\0]+(?:\/(?!\.\.?(?:\/|$))[^/\0]+)*$/;
/** One regular-expression test, for the hot paths (tens of thousands of entries per manifest or archive). */
function isNormalPath(p) {
    return NORMAL_PATH.test(p);
}
/**
 * Refuses a symlink whose target leaves the root: absolute targets, and relative ones that climb above
 * the root when resolved from the link's directory.
 */
function checkLinkTarget(linkPath, target) {
    if (target === '' || target.includes('\0'))
        throw new UnsafePathError(`symlink '${linkPath}' has an empty or invalid target`);
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(target)) {
        throw new UnsafePathError(`symlink '${linkPath}' points to the absolute path '${target}', outside the workspace`);
    }
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(linkPath), target));
    if (resolved === '..' || resolved.startsWith('../')) {
        throw new UnsafePathError(`symlink '${linkPath}' -> '${target}' escapes the workspace`);
    }
}
/** True when `p` is `root` or lies below it ('.' covers everything). */
function isUnder(p, root) {
    return root === '.' || p === root || p.startsWith(root + '/');
}
/** The proper ancestors of an entry path, nearest last: 'a/b/c' -> ['a', 'a/b']. */
function ancestors(p) {
    const parts = p.split('/');
    const out = [];
    for (let i = 1; i < parts.length; i++)
        out.push(parts.slice(0, i).join('/'));
    return out;
}
/**
 * The paths of a list that no other path of it lies above, each once, in their order: the tops of whole
 * subtrees ('a', 'a/b', 'c' -> 'a', 'c'; '.' covers everything). Lists can hold every entry of a
 * checkpoint, so the tops are found in a sorted copy, where an ancestor comes before its descendants,
 * and only they are kept in a set.
 */
function outermost(paths) {
    const tops = new Set();
    for (const p of [...paths].sort()) {
        if (p === '.')
            return ['.'];
        if (!tops.has(p) && !ancestors(p).some((a) => tops.has(a)))
            tops.add(p);
    }
    return paths.filter((p) => tops.delete(p));
}


/***/ }),

/***/ 97390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ stageName),
/* harmony export */   Fi: () => (/* binding */ restoreFailure),
/* harmony export */   LS: () => (/* binding */ IF_NO_FILES_FOUND),
/* harmony export */   Ow: () => (/* binding */ changeLines),
/* harmony export */   Qk: () => (/* binding */ LOCAL_RUN_ID),
/* harmony export */   Rb: () => (/* binding */ defaultManifestCache),
/* harmony export */   Rl: () => (/* binding */ jobContext),
/* harmony export */   Tm: () => (/* binding */ checkpointFailure),
/* harmony export */   UP: () => (/* binding */ excludeFor),
/* harmony export */   V2: () => (/* binding */ restoreOutputs),
/* harmony export */   VC: () => (/* binding */ lookupAnswer),
/* harmony export */   VP: () => (/* binding */ parentCheckpoint),
/* harmony export */   bM: () => (/* binding */ NoFilesFoundError),
/* harmony export */   cw: () => (/* binding */ checkpointSettings),
/* harmony export */   hR: () => (/* binding */ checkpointOutputs),
/* harmony export */   p7: () => (/* binding */ newestReadable)
/* harmony export */ });
/* unused harmony export DEFAULT_JOB_KEY */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19227);
/**
 * What the `checkpoint/` and `restore/` steps decide, as pure functions: whose checkpoints these are (from
 * the job's environment), which settings win, which checkpoint to restore, and what a failure, a miss or
 * a lookup means for the step. src/phases/checkpoint.ts and restore.ts gather the facts and act on these.
 */



/** The run id of checkpoints saved outside a workflow run (the CLI, a laptop). */
const LOCAL_RUN_ID = 'local';
/** The job key of checkpoints saved outside a job. */
const DEFAULT_JOB_KEY = 'job';
/** Where a job keeps the manifests it saved or restored: RUNNER_TEMP is per job; none off a runner. */
function defaultManifestCache(env) {
    return env.runnerTempSet ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(env.runnerTempSet, 'ci-recovery', 'checkpoints') : undefined;
}
/** The checkpoint context of the job `env` describes; the one place with its fallbacks off a runner. */
function jobContext(env) {
    // env.identity is `<job>` or `<job>.leg<index>`: off a runner the job key is '' and DEFAULT_JOB_KEY stands in.
    const manifestCache = defaultManifestCache(env);
    return {
        job: env.job ? env.identity : `${DEFAULT_JOB_KEY}${env.identity}`,
        runId: env.runId || LOCAL_RUN_ID,
        attempt: env.attempt,
        workspace: env.workspace,
        ...(env.sha ? { commit: env.sha } : {}),
        ...(env.refName ? { branch: env.refName } : {}),
        ...(env.recovery.lane ? { lane: env.recovery.lane } : {}),
        completedStages: env.recovery.completedStages,
        ...(env.recovery.lastCheckpoint ? { lastCheckpoint: env.recovery.lastCheckpoint } : {}),
        ...(env.recovery.lastCheckpointStore ? { lastCheckpointStore: env.recovery.lastCheckpointStore } : {}),
        ...(env.owner && env.repo ? { owner: env.owner, repo: env.repo } : {}),
        ...(manifestCache ? { manifestCache } : {}),
    };
}
/**
 * The parent of the next incremental checkpoint in `store`: the job's last one, when it is in that store.
 * A job may checkpoint into two stores (an artifact, then a directory); a parent in the other one would
 * make a checkpoint that this store alone cannot restore.
 */
function parentCheckpoint(ctx, store) {
    if (!ctx.lastCheckpoint)
        return undefined;
    return ctx.lastCheckpointStore === undefined || ctx.lastCheckpointStore === store
        ? ctx.lastCheckpoint
        : undefined;
}
/** Paths and globs that matched no file: the step's `if-no-files-found` decides what that means. */
class NoFilesFoundError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
    name = 'NoFilesFoundError';
}
const IF_NO_FILES_FOUND = ['warn', 'error', 'ignore'];
/**
 * What a save leaves out: the given globs (else the defaults) and the paths' own `!` exclusions; none
 * (the save's defaults) when neither was given.
 */
function excludeFor(given, fromPaths, defaults) {
    if (!given && fromPaths.length === 0)
        return undefined;
    return [...(given ?? defaults), ...fromPaths];
}
/** The stage a checkpoint step names (the `stage` input), 'checkpoint' when not given. */
function stageName(given) {
    return given.stage?.trim() || 'checkpoint';
}
/** An input wins over the config, the config over the whole workspace. */
function checkpointSettings(inputs, config) {
    const name = inputs.name.trim();
    return {
        stage: stageName(inputs),
        store: inputs.store.trim() || config.store,
        paths: inputs.paths.length ? inputs.paths : config.paths.length ? config.paths : ['.'],
        retentionDays: inputs.retentionDays ?? config.retentionDays,
        ...(name ? { name } : {}),
        ...(inputs.exclude.length ? { exclude: inputs.exclude } : {}),
        ...(inputs.level ? { level: inputs.level } : {}),
        full: inputs.full,
    };
}
/**
 * A checkpoint that could not be saved never fails the job it protects (like a cache save), except when
 * nothing matched and the user asked for `if-no-files-found: error`; `ignore` makes that a plain line.
 */
function checkpointFailure(stage, reason, noFilesFound, ifNoFilesFound) {
    const message = `ci-recovery: no checkpoint saved for stage '${stage}': ${reason}`;
    if (noFilesFound && ifNoFilesFound === 'error')
        return { level: 'error', fail: true, message: `${message} ('if-no-files-found: error').` };
    if (noFilesFound && ifNoFilesFound === 'ignore')
        return { level: 'info', fail: false, message };
    return { level: 'warning', fail: false, message: `${message}. The job goes on without it.` };
}
/** What the checkpoint step outputs after a save. */
function checkpointOutputs(r) {
    return {
        'checkpoint-id': r.manifest.id,
        kind: r.manifest.kind,
        incremental: String(r.manifest.kind === 'incremental'),
        digest: r.manifest.archive.sha256,
        'artifact-id': r.artifactId ? String(r.artifactId) : '',
        files: String(r.files),
        bytes: String(r.bytes),
        'stored-bytes': String(r.storedBytes),
        'archive-bytes': String(r.manifest.archive.size),
    };
}
/**
 * The newest readable checkpoint of `candidates` (newest first): a broken newest manifest must not hide
 * an older good checkpoint. Stops at the first readable one, so later manifests are never read.
 */
async function newestReadable(candidates) {
    const passedOver = [];
    for await (const c of candidates) {
        if (c.manifest)
            return { chosen: { id: c.id, manifest: c.manifest }, passedOver };
        passedOver.push({ id: c.id, error: c.error ?? 'its manifest cannot be read' });
    }
    return { passedOver };
}
/**
 * A restore that fails fails the step, with the reason; a miss (no checkpoint, or none usable) only warns
 * with `fail-on-miss: false`, and the step then succeeds.
 */
function restoreFailure(checkpointId, reason, miss, failOnMiss) {
    const message = `ci-recovery: restore${checkpointId ? ` of ${checkpointId}` : ''} failed: ${reason}`;
    if (miss && !failOnMiss)
        return { level: 'warning', fail: false, message: `${message} ('fail-on-miss: false': the job goes on).` };
    return { level: 'error', fail: true, message };
}
/** The answer of a lookup-only restore: the outputs when the checkpoint is usable, else why it is a miss. */
function lookupAnswer(id, manifest, found) {
    if (!found.usable)
        return { miss: `Checkpoint ${id} is not usable: ${found.problem}.` };
    return {
        message: `Checkpoint ${id} exists and is complete; nothing was downloaded or changed.`,
        outputs: {
            found: 'true',
            'checkpoint-id': id,
            restored: 'false',
            'completed-stages': manifest.completedStages.join(','),
        },
    };
}
/** What the restore step outputs after a restore (or a dry run). */
function restoreOutputs(id, r) {
    const c = r.changes;
    const { added, deleted } = (0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .shownChanges */ .ph)(c);
    return {
        found: 'true',
        'checkpoint-id': id,
        restored: String(r.restored),
        changed: String(c.added.length + c.modified.length + c.deleted.length),
        added: added.join(','),
        modified: c.modified.join(','),
        deleted: deleted.join(','),
        'completed-stages': r.manifest.completedStages.join(','),
    };
}
/**
 * The lines a dry run shows, one per path: `+` added, `~` modified, `-` deleted (a directory added or
 * deleted whole is one line). The action logs them, the CLI prints them.
 */
function changeLines(c) {
    const { added, deleted } = (0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .shownChanges */ .ph)(c);
    return [...added.map((p) => `+ ${p}`), ...c.modified.map((p) => `~ ${p}`), ...deleted.map((p) => `- ${p}`)];
}


/***/ }),

/***/ 3701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E2: () => (/* binding */ decodeHeader),
/* harmony export */   IE: () => (/* binding */ BLOCK),
/* harmony export */   Ms: () => (/* binding */ padding),
/* harmony export */   UF: () => (/* binding */ applyPax),
/* harmony export */   YS: () => (/* binding */ encodeHeader),
/* harmony export */   ZV: () => (/* binding */ TarFormatError),
/* harmony export */   bM: () => (/* binding */ END_OF_ARCHIVE),
/* harmony export */   ei: () => (/* binding */ isZeroBlock),
/* harmony export */   m: () => (/* binding */ decodePax)
/* harmony export */ });
/**
 * The tar format (POSIX ustar, with pax extended headers for what ustar cannot hold), encoded into and
 * decoded from caller-owned buffers. Pure: the packer and unpacker move the bytes, this only knows the
 * layout. Archives written here are read by GNU tar, bsdtar and tar-stream, and this reads theirs.
 */
const BLOCK = 512;
/** Two zero blocks end an archive. */
const END_OF_ARCHIVE = 2 * BLOCK;
/** A malformed archive (bad checksum, bad number, impossible size); the message says which. */
class TarFormatError extends Error {
    name = 'TarFormatError';
}
const TYPEFLAGS = {
    '0': 'file',
    '\0': 'file',
    '1': 'link',
    '2': 'symlink',
    '3': 'character-device',
    '4': 'block-device',
    '5': 'directory',
    '6': 'fifo',
    '7': 'contiguous-file',
    x: 'pax-header',
    g: 'pax-global-header',
    L: 'gnu-long-path',
    K: 'gnu-long-link-path',
};
/** The padding after `size` bytes of content, up to the next block. */
function padding(size) {
    const r = size % BLOCK;
    return r === 0 ? 0 : BLOCK - r;
}
/** Largest size the 11-digit octal field holds (8 GiB - 1); larger ones go in base-256 and pax. */
const MAX_OCTAL_SIZE = 0o77777777777;
function writeOctal(buf, off, width, value) {
    const digits = Math.max(0, Math.floor(value))
        .toString(8)
        .padStart(width - 1, '0');
    buf.write(digits, off, width - 1, 'latin1');
    buf[off + width - 1] = 0;
}
/** GNU base-256: the high bit of the first byte set, the number big-endian in the rest. */
function writeBase256(buf, off, width, value) {
    let v = value;
    for (let i = off + width - 1; i > off; i--) {
        buf[i] = v % 256;
        v = Math.floor(v / 256);
    }
    buf[off] = 0x80;
}
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    // The length counts its own digits: one more digit when adding them crosses a power of ten.
    const bodyLen = Buffer.byteLength(body);
    const digits = String(bodyLen).length;
    let len = bodyLen + digits;
    if (String(len).length > digits)
        len = bodyLen + String(len).length;
    return `${len}${body}`;
}
/**
 * Splits a path into ustar's prefix (155 bytes) and name (100 bytes) at a slash; undefined when it does
 * not fit (or is not ASCII, where byte and character offsets differ): then a pax header carries it.
 */
function ustarName(name, nameBytes) {
    if (nameBytes <= 100)
        return { prefix: '', name };
    if (nameBytes !== name.length || nameBytes > 256)
        return undefined;
    for (let i = name.indexOf('/'); i !== -1; i = name.indexOf('/', i + 1)) {
        if (i > 155)
            return undefined;
        if (name.length - i - 1 <= 100 && i > 0)
            return { prefix: name.slice(0, i), name: name.slice(i + 1) };
    }
    return undefined;
}
function writeUstar(buf, off, typeflag, h) {
    buf.fill(0, off, off + BLOCK);
    buf.write(h.name, off, 100, 'utf8');
    writeOctal(buf, off + 100, 8, h.mode & 0o7777);
    writeOctal(buf, off + 108, 8, 0);
    writeOctal(buf, off + 116, 8, 0);
    if (h.size > MAX_OCTAL_SIZE)
        writeBase256(buf, off + 124, 12, h.size);
    else
        writeOctal(buf, off + 124, 12, h.size);
    writeOctal(buf, off + 136, 12, h.mtime);
    buf.write(typeflag, off + 156, 1, 'latin1');
    if (h.linkname)
        buf.write(h.linkname, off + 157, 100, 'utf8');
    buf.write('ustar\u000000', off + 257, 8, 'latin1');
    if (h.prefix)
        buf.write(h.prefix, off + 345, 155, 'utf8');
    let sum = 8 * 32; // the checksum field counts as spaces
    for (let i = off; i < off + 148; i++)
        sum += buf[i];
    for (let i = off + 156; i < off + BLOCK; i++)
        sum += buf[i];
    buf.write(sum.toString(8).padStart(6, '0'), off + 148, 6, 'latin1');
    buf[off + 154] = 0;
    buf[off + 155] = 0x20;
}
const TYPEFLAG_OF = { file: '0', directory: '5', symlink: '2' };
/**
 * The header bytes for an entry: one ustar block, or a pax header (its own block and records) first when
 * the path, link target or size does not fit. `scratch` is used when it is large enough, so the common
 * case allocates nothing.
 */
function encodeHeader(h, scratch) {
    const typeflag = TYPEFLAG_OF[h.type];
    if (!typeflag)
        throw new TarFormatError(`cannot write an entry of type '${h.type}'`);
    // Directories end with a slash, as every tar writes them.
    const name = h.type === 'directory' && !h.name.endsWith('/') ? `${h.name}/` : h.name;
    const nameBytes = Buffer.byteLength(name);
    const split = ustarName(name, nameBytes);
    const linkname = h.linkname ?? '';
    const linkFits = Buffer.byteLength(linkname) <= 100;
    let pax = '';
    if (!split)
        pax += paxRecord('path', name);
    if (!linkFits)
        pax += paxRecord('linkpath', linkname);
    if (h.size > MAX_OCTAL_SIZE)
        pax += paxRecord('size', String(h.size));
    const fields = {
        name: split?.name ?? name.slice(-100).replace(/^[^/]*\//, ''),
        prefix: split?.prefix ?? '',
        mode: h.mode,
        size: h.size,
        mtime: h.mtime,
        linkname: linkFits ? linkname : '',
    };
    if (!pax) {
        const out = scratch && scratch.length >= BLOCK ? scratch.subarray(0, BLOCK) : Buffer.allocUnsafe(BLOCK);
        writeUstar(out, 0, typeflag, fields);
        return out;
    }
    // A name that did not fit is cut to an ASCII-safe tail for readers without pax support.
    if (!split)
        fields.name = fields.name.replace(/[^\x20-\x7e]/g, '_');
    const records = Buffer.from(pax, 'utf8');
    const total = BLOCK + records.length + padding(records.length) + BLOCK;
    const out = Buffer.alloc(total);
    writeUstar(out, 0, 'x', {
        name: `PaxHeader/${fields.name}`.slice(0, 100),
        prefix: '',
        mode: 0o644,
        size: records.length,
        mtime: h.mtime,
        linkname: '',
    });
    records.copy(out, BLOCK);
    writeUstar(out, total - BLOCK, typeflag, fields);
    return out;
}
function readString(buf, off, len) {
    const end = buf.indexOf(0, off);
    return buf.toString('utf8', off, end === -1 || end > off + len ? off + len : end);
}
function readNumber(buf, off, len, field) {
    if (buf[off] & 0x80) {
        // base-256 (GNU); negative numbers (0xff) are never valid here
        if (buf[off] === 0xff)
            throw new TarFormatError(`negative ${field} in a tar header`);
        let v = buf[off] & 0x7f;
        for (let i = off + 1; i < off + len; i++)
            v = v * 256 + buf[i];
        if (!Number.isSafeInteger(v))
            throw new TarFormatError(`${field} in a tar header is too large`);
        return v;
    }
    let i = off;
    const end = off + len;
    while (i < end && buf[i] === 0x20)
        i++;
    let v = 0;
    let digits = 0;
    for (; i < end; i++) {
        const c = buf[i];
        if (c === 0 || c === 0x20)
            break;
        if (c < 0x30 || c > 0x37)
            throw new TarFormatError(`${field} in a tar header is not an octal number`);
        v = v * 8 + (c - 0x30);
        digits++;
    }
    return digits === 0 ? 0 : v;
}
/** True for an all-zero block (the end-of-archive marker). */
function isZeroBlock(buf, off) {
    for (let i = off; i < off + BLOCK; i++)
        if (buf[i] !== 0)
            return false;
    return true;
}
/**
 * Decodes one header block (not pax: the caller applies pax records with `applyPax`). Checks the
 * checksum, so a damaged or shifted archive is refused instead of misread.
 */
function decodeHeader(buf, off) {
    const stored = readNumber(buf, off + 148, 8, 'checksum');
    let sum = 8 * 32;
    for (let i = off; i < off + 148; i++)
        sum += buf[i];
    for (let i = off + 156; i < off + BLOCK; i++)
        sum += buf[i];
    if (stored !== sum)
        throw new TarFormatError('a tar header has a bad checksum (the archive is damaged)');
    const flag = String.fromCharCode(buf[off + 156]);
    const type = TYPEFLAGS[flag] ?? 'unknown';
    let name = readString(buf, off, 100);
    const isUstar = buf.toString('latin1', off + 257, off + 262) === 'ustar';
    if (isUstar) {
        const prefix = readString(buf, off + 345, 155);
        if (prefix)
            name = `${prefix}/${name}`;
    }
    const linkname = readString(buf, off + 157, 100);
    return {
        name,
        type,
        mode: readNumber(buf, off + 100, 8, 'mode') & 0o7777,
        size: readNumber(buf, off + 124, 12, 'size'),
        mtime: readNumber(buf, off + 136, 12, 'mtime'),
        ...(linkname ? { linkname } : {}),
    };
}
/** Parses pax records ('<len> key=value\n' ...). */
function decodePax(records) {
    const out = new Map();
    let off = 0;
    while (off < records.length) {
        const space = records.indexOf(0x20, off);
        if (space === -1)
            break;
        const len = Number(records.toString('latin1', off, space));
        if (!Number.isInteger(len) || len <= 0 || off + len > records.length)
            throw new TarFormatError('a pax header record has a bad length');
        const record = records.toString('utf8', space + 1, off + len - 1);
        const eq = record.indexOf('=');
        if (eq > 0)
            out.set(record.slice(0, eq), record.slice(eq + 1));
        off += len;
    }
    return out;
}
/** Applies pax (or GNU long-name) overrides to the header that follows them. */
function applyPax(h, pax) {
    const path = pax.get('path');
    const linkpath = pax.get('linkpath');
    const size = pax.get('size');
    if (path !== undefined)
        h.name = path;
    if (linkpath !== undefined)
        h.linkname = linkpath;
    if (size !== undefined) {
        const n = Number(size);
        if (!Number.isSafeInteger(n) || n < 0)
            throw new TarFormatError('a pax size is not a valid number');
        h.size = n;
    }
    return h;
}


/***/ }),

/***/ 78696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ checkpointPhase),
/* harmony export */   a: () => (/* binding */ saveStageCheckpoint)
/* harmony export */ });
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43448);
/* harmony import */ var _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97390);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_state_keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80095);
/* harmony import */ var _ports_records_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31062);





/**
 * `inputs` reads the step's inputs into `seen` as it goes; it may throw on a bad one, which the step
 * reports like any failure, with what was read before it (the stage's name, `if-no-files-found`).
 */
async function checkpointPhase(inputs, env, ports) {
    const startedAt = ports.now().toISOString();
    const seen = {};
    let result = { outcome: 'failure', outputs: { 'checkpoint-id': '' }, failed: false };
    try {
        const given = inputs(seen);
        const settings = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .checkpointSettings */ .cw)(given, await ports.config());
        const ctx = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .jobContext */ .Rl)(env);
        const store = await ports.openStore(settings.store, ctx, given.token, settings.retentionDays);
        const saved = await saveStageCheckpoint({ ...settings, store, ctx }, ports);
        result = { outcome: 'success', outputs: (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .checkpointOutputs */ .hR)(saved), failed: false };
    }
    catch (error) {
        const noFiles = error instanceof _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .NoFilesFoundError */ .bM;
        const verdict = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .checkpointFailure */ .Tm)((0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .stageName */ .CT)(seen), (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error), noFiles, seen.ifNoFilesFound ?? 'warn');
        ports.runner.log[verdict.level](verdict.message);
        result.failed = verdict.fail;
    }
    for (const [k, v] of Object.entries(result.outputs))
        ports.runner.setOutput(k, v);
    const stage = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .stageName */ .CT)(seen);
    const id = result.outputs['checkpoint-id'];
    await (0,_ports_records_js__WEBPACK_IMPORTED_MODULE_3__/* .writeRecordBestEffort */ .T)(ports.records, {
        kind: 'checkpoint',
        step: `checkpoint ${stage}`,
        stage,
        startedAt,
        completedAt: ports.now().toISOString(),
        outcome: result.outcome,
        attempts: [],
        ...(id ? { checkpointId: id } : {}),
        outputs: result.outputs,
    }, ports.runner.log);
    return result;
}
/**
 * Saves a checkpoint of the job's workspace, incremental against the job's last one, and records it as
 * the new last one (a job-wide variable), so the next checkpoint of this job chains onto it. Also what
 * `run/` does before a stage.
 */
async function saveStageCheckpoint(opts, ports) {
    const { ctx } = opts;
    const log = ports.runner.log;
    const resolved = ports.workspace.resolvePaths(ctx.workspace, opts.paths);
    if (resolved.roots.length === 0)
        throw new _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .NoFilesFoundError */ .bM(`No files match the checkpoint paths ${opts.paths.map((p) => `'${p}'`).join(', ')} in ${ctx.workspace}.`);
    if (resolved.unmatched.length)
        log.warning(`Checkpoint paths that match nothing: ${resolved.unmatched.join(', ')}.`);
    const id = opts.name ??
        (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .checkpointId */ .g)({ runId: ctx.runId, job: ctx.job }, opts.stage, ctx.attempt, await ports.workspace.nextSeq(ctx.manifestCache));
    const exclude = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .excludeFor */ .UP)(opts.exclude, resolved.exclude, ports.workspace.defaultExclude);
    const parent = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .parentCheckpoint */ .VP)(ctx, opts.store.spec);
    const result = await ports.workspace.save({
        store: opts.store,
        workspace: ctx.workspace,
        paths: resolved.roots,
        id,
        meta: {
            stage: opts.stage,
            job: ctx.job,
            runId: ctx.runId,
            attempt: ctx.attempt,
            ...(ctx.lane ? { lane: ctx.lane } : {}),
            ...(ctx.commit ? { commit: ctx.commit } : {}),
            ...(ctx.branch ? { branch: ctx.branch } : {}),
            completedStages: ctx.completedStages,
        },
        ...(parent ? { parent } : {}),
        full: opts.full === true,
        ...(exclude ? { exclude } : {}),
        ...(opts.level ? { level: opts.level } : {}),
        ...(ctx.manifestCache ? { manifestCache: ctx.manifestCache } : {}),
        logger: log,
    });
    ports.runner.exportVariable(_core_state_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .LAST_CHECKPOINT_ENV */ .wp, id);
    ports.runner.exportVariable(_core_state_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .LAST_CHECKPOINT_STORE_ENV */ .mp, opts.store.spec);
    return result;
}


/***/ }),

/***/ 93433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ MANIFEST_SUFFIX),
/* harmony export */   V9: () => (/* binding */ CheckpointExistsError),
/* harmony export */   m_: () => (/* binding */ NotFoundError)
/* harmony export */ });
/* unused harmony export MemoryStore */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43448);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/**
 * Where checkpoints live, as a port: the interface every store implements (adapters/checkpoint/store.ts
 * has the directory store, artifact-store.ts the run's artifacts) and `MemoryStore`, an in-memory one
 * that records what was asked of it, so that a phase can be tested without a disk or a network.
 */




const MANIFEST_SUFFIX = '.manifest.json';
/** A checkpoint or archive the store does not have. */
class NotFoundError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo {
    name = 'NotFoundError';
}
/** A save under a name the store already has (or that another process is saving right now). */
class CheckpointExistsError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo {
    name = 'CheckpointExistsError';
}
/**
 * Objects kept in memory, each with the time it was put (a counter: later puts are newer). `calls`
 * records every operation, e.g. `getArchive x.tar.zst`, so that a test can tell what a phase touched.
 */
class MemoryStore {
    spec = 'memory:';
    calls = [];
    blobs = new Map();
    clock = 0;
    /** Puts `bytes` under `name` as it is (a test's way to plant a broken manifest). */
    put(name, bytes) {
        this.blobs.set(name, { bytes: Buffer.from(bytes), createdAt: new Date(++this.clock * 1000) });
    }
    async putArchive(file, data) {
        this.calls.push(`putArchive ${file}`);
        const chunks = [];
        for await (const chunk of data)
            chunks.push(Buffer.from(chunk));
        const bytes = Buffer.concat(chunks);
        this.put(file, bytes);
        return { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
    }
    putManifest(id, bytes) {
        this.calls.push(`putManifest ${id}`);
        return settle(() => {
            if (this.blobs.has(`${id}${MANIFEST_SUFFIX}`))
                throw new CheckpointExistsError(`'${id}' exists`);
            this.put(`${id}${MANIFEST_SUFFIX}`, bytes);
        });
    }
    getArchive(file) {
        this.calls.push(`getArchive ${file}`);
        return settle(() => {
            const blob = this.blobs.get(file);
            if (!blob)
                throw new NotFoundError(`checkpoint archive '${file}' is missing from ${this.spec}`);
            return Readable.from([blob.bytes]);
        });
    }
    getManifest(id) {
        this.calls.push(`getManifest ${id}`);
        return settle(() => {
            const blob = this.blobs.get(`${id}${MANIFEST_SUFFIX}`);
            if (!blob)
                throw new NotFoundError(`no checkpoint named '${id}' in ${this.spec}`);
            return parseManifest(blob.bytes.toString('utf8'), `${id}${MANIFEST_SUFFIX}`);
        });
    }
    objects() {
        this.calls.push('objects');
        return settle(() => [...this.blobs].map(([name, b]) => ({ name, createdAt: b.createdAt, size: b.bytes.length })));
    }
    removeObject(name) {
        this.calls.push(`removeObject ${name}`);
        return settle(() => void this.blobs.delete(name));
    }
}
/** `fn`'s value as a promise, or its error as a rejected one (as a store's asynchronous answer). */
function settle(fn) {
    try {
        return Promise.resolve(fn());
    }
    catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
}


/***/ })

};
