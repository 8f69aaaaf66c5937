export const id = 4812;
export const ids = [4812];
export const modules = {

/***/ 19259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UZ: () => (/* binding */ hasZstd),
/* harmony export */   e: () => (/* binding */ compressor),
/* harmony export */   jQ: () => (/* binding */ decompressTo),
/* harmony export */   t2: () => (/* binding */ OUTPUT_SOCKET_FROM),
/* harmony export */   uZ: () => (/* binding */ pickCompression)
/* harmony export */ });
/* unused harmony exports OUTPUT_BLOCK, BlockOutput, INPUT_FIFO_FROM */
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
/* harmony import */ var _runner_adapters_platform_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(34264);
/* harmony import */ var _runner_adapters_program_path_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(21119);
/* harmony import */ var _runner_adapters_socket_pair_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(17939);
/**
 * Compression as a child process: `zstd -T0` uses every core while node only feeds it, and the archive is
 * streamed through its pipes (nothing held in memory). gzip through node's zlib when no zstd is installed.
 * Decompression hands its output to a synchronous consumer (the tar reader) through one reused buffer.
 */










// Loaded at its first use (gzip, or zstd without the binary): a restore through the zstd binary never
// needs it, and node:zlib cost each such process ~6-10 ms of CPU to load.
const zlib = () => process.getBuiltinModule('node:zlib');
let zstdPresent;
/**
 * Whether a `zstd` binary is on PATH (checked once per process). Looked up in PATH's directories as spawn
 * does, not by running `zstd --version`: that was a process of its own in every save and restore, before
 * the one doing the work (~30 ms of this thread's CPU to spawn, and its start-up on the critical path).
 * On Windows (PATHEXT, `zstd.exe`) the binary is still asked.
 */
function hasZstd() {
    zstdPresent ??=
        process.platform === 'win32'
            ? new Promise((resolve) => {
                (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('zstd', ['--version'], { timeout: 10_000 }, (error) => resolve(!error));
            })
            : Promise.resolve((0,_runner_adapters_program_path_js__WEBPACK_IMPORTED_MODULE_8__/* .onPath */ .L)('zstd', process.env.PATH));
    return zstdPresent;
}
async function pickCompression() {
    return (await hasZstd()) ? 'zstd' : 'gzip';
}
/**
 * zstd as a child. Its output comes through a UNIX socket read straight into large blocks (BlockOutput)
 * where one can be made, else as the child's stdout stream.
 */
async function zstdCodec(args, what, tempDir) {
    const blocks = process.platform === 'linux' ? new BlockOutput() : undefined;
    // (No socket where the temp directory cannot hold one: the stream then.)
    const pair = blocks && (await (0,_runner_adapters_socket_pair_js__WEBPACK_IMPORTED_MODULE_9__/* .openSocketPair */ .g)(tempDir, blocks.onread).catch(() => undefined));
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('zstd', args, { stdio: ['pipe', pair?.childEnd ?? 'pipe', 'pipe'] });
    const done = zstdExit(child, what);
    // An EPIPE on stdin only means zstd stopped early; its exit status carries the real reason.
    child.stdin.on('error', () => undefined);
    const kill = () => void child.kill('SIGKILL');
    if (blocks && pair) {
        // Only the child holds its end now, so its exit is the end of the output.
        pair.childEnd.destroy();
        // Done once the output is all read from the socket too, as it is when the child's own stdout closes.
        const read = blocks.attach(pair.ours);
        const stop = () => {
            kill();
            blocks.destroy(); // a paused socket would never see the end: nothing reads it any more
        };
        return {
            input: child.stdin,
            output: blocks,
            done: Promise.all([done, read]).then(() => undefined),
            kill: stop,
        };
    }
    // Read from the start: when a child exits, Node drains (and drops) the stdout of a child that nobody
    // listens to yet, so a small archive could vanish while the store was still setting up its upload.
    // The pass-through keeps the bytes, with the same backpressure.
    const output = child.stdout.pipe(new node_stream__WEBPACK_IMPORTED_MODULE_6__.PassThrough({ highWaterMark: 1 << 20 }));
    child.stdout.on('error', (error) => output.destroy(error));
    return { input: child.stdin, output, done, kill };
}
/**
 * Bytes in each block of a compressor's output: an artifact upload's block (artifact-upload.ts
 * DEFAULT_BLOCK_SIZE), so that the upload stages each block as it is.
 */
const OUTPUT_BLOCK = 4 << 20;
/** Blocks handed back by the consumer and kept for filling again; more are left to the collector. */
const SPARE_BLOCKS = 2;
/**
 * A compressor's output as a stream of whole blocks: the socket's reads land straight in the block being
 * filled, and each block is pushed once full (the last one as far as it got). Read as the child's stdout,
 * every 64 KiB read was a fresh buffer, copied through a pass-through and again into the upload's block.
 * A consumer done with a block may hand it back (`recycle`); blocks it keeps are never written again.
 * The socket is paused while a pushed block waits to be read, so at most one waits.
 */
class BlockOutput extends node_stream__WEBPACK_IMPORTED_MODULE_6__.Readable {
    blockSize;
    block;
    fill = 0;
    spare = [];
    socket;
    /** The socket's `onread`: reads go into the free part of the current block. */
    onread = {
        buffer: () => this.block.subarray(this.fill),
        callback: (n) => this.received(n),
    };
    constructor(blockSize = OUTPUT_BLOCK) {
        super({ highWaterMark: 0 });
        this.blockSize = blockSize;
        this.block = Buffer.allocUnsafeSlow(blockSize);
    }
    /** Reads from `socket` until its end; resolves once it is closed (all its bytes pushed, or it failed). */
    attach(socket) {
        this.socket = socket;
        socket.on('end', () => {
            if (this.fill > 0)
                this.push(this.block.subarray(0, this.fill));
            this.push(null);
        });
        socket.on('error', (error) => this.destroy(error));
        return new Promise((resolve) => socket.on('close', () => resolve()));
    }
    /** `n` more bytes are in the current block; false pauses the socket (a full block waits to be read). */
    received(n) {
        this.fill += n;
        if (this.fill < this.block.length)
            return true;
        const full = this.block;
        this.block = this.spare.pop() ?? Buffer.allocUnsafeSlow(this.blockSize);
        this.fill = 0;
        return this.push(full);
    }
    _read() {
        this.socket?.resume();
    }
    _destroy(error, callback) {
        this.socket?.destroy();
        callback(error);
    }
    /** A whole block this stream pushed, which its consumer no longer holds: it may be filled again. */
    recycle(block) {
        if (block.length === this.blockSize && this.spare.length < SPARE_BLOCKS && !this.spare.includes(block))
            this.spare.push(block);
    }
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
        // Killed (destroyed without an error) before its end: nothing else would ever settle it, and a save whose
        // store failed without reading waited here for good. After 'end' this changes nothing.
        stream.on('close', () => reject(new Error(`${what}: stopped`)));
    });
    return { input: stream, output: stream, done, kill: () => stream.destroy() };
}
/**
 * The checkpoint's compressor: write the tar stream to `input`, read the archive from `output`. zstd's
 * output is made in a private directory under `tempDir` (its socket: see zstdCodec).
 */
async function compressor(compression, level = 3, { tempDir = node_os__WEBPACK_IMPORTED_MODULE_4___default().tmpdir() } = {}) {
    return compression === 'zstd'
        ? await zstdCodec(['-T0', `-${level}`, '-q', '-c'], 'compressing the checkpoint', tempDir)
        : zlibCodec(zlib().createGzip({ level: Math.min(level, 9), chunkSize: 256 * 1024 }), 'compressing the checkpoint');
}
/**
 * Decompresses, handing the output to `onChunk` synchronously (the chunk is valid only during the call).
 * zstd's output is read into one reusable buffer (a socket with a user buffer), so the hundreds of
 * megabytes of a restore allocate nothing: read as a stream, every 64 KiB read is a fresh buffer that only
 * the garbage collector frees, and the process grows by tens of megabytes. On Linux it comes through a
 * connected UNIX socket, whose buffer (the kernel's default send buffer, about 200 KiB) holds three times
 * a pipe's 64 KiB: through a FIFO zstd stopped at every 64 KiB until this thread read it, and each read
 * woke it. Elsewhere, or where no such socket can be made, a FIFO; where neither exists (Windows) the
 * child's stdout stream.
 * An exception from `onChunk` stops the decompressor and rejects `done` with it.
 */
async function decompressTo(compression, onChunk, { inputFile, inputBytes, outputBytes, fifos = process.platform !== 'win32', tempDir = node_os__WEBPACK_IMPORTED_MODULE_4___default().tmpdir(), } = {}) {
    const sink = new ChunkSink(onChunk);
    // Without the zstd binary (self-hosted Windows or macOS), node's own zstd reads a .tar.zst: platform.ts.
    if (compression === 'gzip' || !(await hasZstd()))
        return gunzipTo(sink, inputFile, compression);
    let stopChild = () => undefined;
    const kill = () => stopChild();
    // Both ends made at the same time: each waits on its own round trips (a socket's connection, mkfifo).
    const [out, inFifo] = await Promise.all([
        // Not for an output under OUTPUT_SOCKET_FROM: zstd's stdout pipe takes it in a few reads, and the
        // socket pair (a private directory, a listening socket, which loads node:cluster, and a connection)
        // was ~7 ms of a one-file restore's ~75 ms of CPU between its manifest and its archive's request.
        fifos && !(outputBytes !== undefined && outputBytes < OUTPUT_SOCKET_FROM)
            ? openOutput(sink, kill, tempDir)
            : undefined,
        // The compressed input goes through a FIFO, written by the thread pool: zstd then reads at its own
        // pace, not only when this thread, busy with the output, gets round to feeding its stdin.
        // Not for an archive under INPUT_FIFO_FROM: it goes through zstd's stdin in a few writes, and the
        // FIFO's mkfifo process was ~5 % of a one-file restore's CPU.
        inputFile || !fifos || (inputBytes !== undefined && inputBytes < INPUT_FIFO_FROM)
            ? undefined
            : openFifo('input', tempDir),
    ]);
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('zstd', ['-d', '-q', '-c', ...(inputFile ? ['--', inputFile] : [])], {
        stdio: [inFifo?.readFd ?? 'pipe', out?.childEnd ?? 'pipe', 'pipe'],
    });
    stopChild = () => void child.kill('SIGKILL');
    // Only the child holds its end now, so its exit is the end of our reading.
    out?.closeChildEnd();
    if (inFifo)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(inFifo.readFd);
    const input = inFifo
        ? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)('', { fd: inFifo.writeFd, highWaterMark: 1 << 20 })
        : child.stdin;
    const exited = zstdExit(child, DECOMPRESSING);
    input.on('error', () => undefined); // EPIPE: zstd stopped; its exit status says why
    const output = out ? out.read : readStdout(child.stdout, sink, kill);
    const done = Promise.all([output, exited]).then(() => {
        if (sink.failure !== undefined)
            throw sink.failure;
    }, (error) => {
        throw sink.failure ?? error;
    });
    return { input, done, kill };
}
const DECOMPRESSING = 'decompressing the checkpoint';
/** Compressed bytes from which a decompressor's input goes through a FIFO rather than its stdin. */
const INPUT_FIFO_FROM = 1 << 20;
/** Decompressed bytes from which a decompressor's output comes through a socket pair rather than its stdout. */
const OUTPUT_SOCKET_FROM = 1 << 20;
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
    const gunzip = compression === 'gzip' ? zlib().createGunzip({ chunkSize: 256 * 1024 }) : (0,_runner_adapters_platform_js__WEBPACK_IMPORTED_MODULE_7__/* .zstdInProcess */ .OP)(DECOMPRESSING);
    const done = new Promise((resolve, reject) => {
        gunzip.on('data', (chunk) => {
            if (!sink.deliver(chunk))
                gunzip.destroy();
        });
        gunzip.on('end', () => (sink.failure === undefined ? resolve() : reject(sink.failure)));
        // Stopped (destroyed without an error: `kill`, or the consumer failed) before its end: nothing else would
        // settle it, and a restore that stopped it (nothing to write, a download that failed to open) waited for
        // good. After 'end' or 'error' this changes nothing.
        gunzip.on('close', () => reject(sink.failure ?? new Error(`${DECOMPRESSING}: stopped`)));
        gunzip.on('error', (error) => reject(sink.failure ?? new Error(`${DECOMPRESSING}: ${error.message}`)));
    });
    if (inputFile) {
        const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(inputFile, { highWaterMark: 1 << 20 });
        file.on('error', (error) => gunzip.destroy(error));
        file.pipe(gunzip);
    }
    return { input: gunzip, done, kill: () => gunzip.destroy() };
}
/** A connected UNIX socket pair, else a FIFO; undefined where neither can be made. */
async function openOutput(sink, kill, tempDir) {
    const reading = readingInto(sink, kill);
    // (Linux only: macOS gives a UNIX socket an 8 KiB buffer, less than its pipes.)
    const pair = process.platform === 'linux'
        ? // a pair that cannot be made (a temp path too long for a socket): the FIFO below
            await (0,_runner_adapters_socket_pair_js__WEBPACK_IMPORTED_MODULE_9__/* .openSocketPair */ .g)(tempDir, reading.onread).catch(() => undefined)
        : undefined;
    if (pair) {
        return {
            childEnd: pair.childEnd,
            closeChildEnd: () => pair.childEnd.destroy(),
            read: reading.watch(pair.ours),
        };
    }
    const fifo = await openFifo('output', tempDir);
    if (!fifo)
        return undefined;
    const ours = new (node_net__WEBPACK_IMPORTED_MODULE_3___default().Socket)({ fd: fifo.readFd, readable: true, writable: false, onread: reading.onread });
    return { childEnd: fifo.writeFd, closeChildEnd: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fifo.writeFd), read: reading.watch(ours) };
}
/**
 * The `onread` option of a socket that hands what it reads to `sink` through one reused 256 KiB buffer,
 * and `watch`, which settles once that socket ended (or the consumer failed: then the decompressor is
 * killed and the socket closed).
 */
function readingInto(sink, kill) {
    let socket;
    const onread = {
        buffer: Buffer.allocUnsafeSlow(256 * 1024),
        callback: (n, buf) => {
            if (sink.deliver(Buffer.from(buf.buffer, buf.byteOffset, n)))
                return true;
            socket?.destroy();
            kill();
            return false;
        },
    };
    const watch = (s) => {
        socket = s;
        return new Promise((resolve, reject) => {
            s.on('end', resolve);
            s.on('close', () => (sink.failure === undefined ? resolve() : reject(sink.failure)));
            s.on('error', reject);
        });
    };
    return { onread, watch };
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
async function openFifo(kind, tempDir) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_5___default().join(tempDir, 'ci-recovery-fifo-'));
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
        // a FIFO that cannot be made or opened: the caller falls back to a pipe
        return undefined;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 25143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ lockDestination)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _journal_dir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65702);
/* harmony import */ var _owner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32404);
/* harmony import */ var _restore_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14597);
/**
 * One restore (or repair) into a destination at a time: a lock file in the journals' directory
 * (journal-dir.ts), named after the destination and holding its owner, taken over when that owner is gone.
 */







function readHolder(file) {
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'));
    }
    catch {
        // a lock file gone or torn has no holder to name
        return undefined;
    }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/**
 * Locks `dest` for one restore (or repair) at a time: a lock file in `journals`, named after the
 * destination, holding its owner. A lock whose owner is gone is taken over; a live one is waited for up
 * to `waitMs`, then refused with who holds it. Resolves with the release.
 */
async function lockDestination(dest, journals, waitMs, onWait) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(journals, `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(dest).digest('hex').slice(0, 32)}.lock`);
    const token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex');
    const mine = { owner: (0,_owner_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerTag */ .qE)(), token, dest, since: new Date().toISOString() };
    forgetDeadDrafts(journals);
    const draft = `${file}.${(0,_owner_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerTag */ .qE)()}-${token}`;
    writeLockDraft(draft, mine, journals);
    const deadline = Date.now() + waitMs;
    let told = false;
    try {
        for (;;) {
            if (takeLock(draft, file, mine))
                break;
            const holder = readHolder(file);
            if (!holder && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(file, { throwIfNoEntry: false }))
                continue;
            if (holder && (0,_owner_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerGone */ .RT)(holder.owner)) {
                takeOver(file, holder.token);
                continue;
            }
            const who = holder
                ? `${holder.owner.slice(1).replace('~', ', pid ')}, since ${holder.since}`
                : 'unknown';
            if (Date.now() >= deadline)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`another restore (${who}) is writing into ${dest}: run this one after it ends. If no such process runs, remove ${file}`);
            if (!told)
                onWait?.(who);
            told = true;
            await sleep(Math.min(100, Math.max(1, deadline - Date.now())));
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(draft, { force: true });
    }
    return () => {
        if (readHolder(file)?.token === token)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(file, { force: true });
    };
}
/** Writes the lock's draft; a full disk there is named as the journals' (a write names no file). */
function writeLockDraft(draft, mine, journals) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(draft, JSON.stringify(mine), { mode: 0o600 });
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(draft, { force: true });
        const code = error.code;
        if (code !== 'ENOSPC' && code !== 'EDQUOT') {
            const problem = (0,_restore_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .fsProblem */ .X)(error, _journal_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .JOURNALS_ELSEWHERE */ .uT);
            if (problem === undefined)
                throw error;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the restore's lock could not be written in ${journals}: ${problem}. Nothing was changed`);
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the disk of the restore journals (${journals}) is full: the restore's lock could not be written there (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}); free space there and restore again. Nothing was changed`);
    }
}
/**
 * Creates the lock file, or returns false when it exists. A hard link appears whole or not at all, so no
 * reader sees a half-written lock; where the file system has no hard links (EPERM, ENOTSUP), an exclusive
 * create does, and a reader that meets it still empty waits as for any holder it cannot name.
 */
function takeLock(draft, file, mine) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.linkSync)(draft, file);
        return true;
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST')
            return false;
        if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(code ?? ''))
            throw error;
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(file, JSON.stringify(mine), { mode: 0o600, flag: 'wx' });
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
}
/** Removes the lock drafts of waiters that were killed (their owner is in the name). */
function forgetDeadDrafts(journals) {
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(journals))
        if (/\.lock\.@/.test(name) && (0,_owner_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerGone */ .RT)(name))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(journals, name), { force: true });
}
/** Removes a dead owner's lock, unless another process took it over meanwhile (then it is put back). */
function takeOver(file, staleToken) {
    const aside = `${file}.${(0,_owner_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerTag */ .qE)()}-stale-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(file, aside);
    }
    catch {
        // the file is gone (another clean-up took it): nothing to put aside
        return;
    }
    if (readHolder(aside)?.token !== staleToken)
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.linkSync)(aside, file);
        }
        catch {
            // Someone holds it again: theirs stands.
        }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(aside);
}


/***/ }),

/***/ 13707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ DigestTap),
/* harmony export */   It: () => (/* binding */ manifestDigest),
/* harmony export */   g1: () => (/* binding */ openToRead),
/* harmony export */   gp: () => (/* binding */ FileHasher),
/* harmony export */   iZ: () => (/* binding */ storedDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59062);




/** Passes bytes through unchanged while hashing and counting them (the archive's digest, on the fly). */
class DigestTap extends node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform {
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
// (Windows has neither flag: 0 leaves them out.)
const NONBLOCK = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0;
const OPEN_FILE = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0) | NONBLOCK;
/**
 * Opens `file` for reading, never through a symbolic link at its last name, never waiting for a FIFO's
 * writer (tar-pack.ts openWalkedFile). O_NONBLOCK also fails at once, EAGAIN, the open of a file another
 * process holds a write lease on (fcntl F_SETLEASE): that one is opened again without it, and waits for
 * the lease to be given up as a plain open does (opened for reading, a FIFO never answers EAGAIN).
 */
function openToRead(file, open = node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync) {
    try {
        return open(file, OPEN_FILE);
    }
    catch (error) {
        if (error.code !== 'EAGAIN')
            throw error;
        return open(file, OPEN_FILE & ~NONBLOCK);
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
            // A FIFO or directory put there reads as nothing or fails: the caller reads it as changed.
            fd = openToRead(file);
        }
        catch {
            // a file gone or unreadable has no digest: the caller reads it as changed
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
            // a file gone or unreadable mid-read has no digest: the caller reads it as changed
            return undefined;
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
    }
}
/**
 * The hex sha256 of a manifest as stored: its canonical encoding (encodeManifest), which a parse of the
 * stored bytes encodes back to byte for byte. What a job attempt's trust record names (checkpoint/core/trust.ts).
 */
function manifestDigest(m) {
    return storedDigest((0,_core_index_js__WEBPACK_IMPORTED_MODULE_3__/* .encodeManifest */ .Gb)(m).stored);
}
/** The hex sha256 of a manifest's stored bytes. */
function storedDigest(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}


/***/ }),

/***/ 23281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DZ: () => (/* binding */ RestoreError),
  Gz: () => (/* binding */ below),
  Qh: () => (/* binding */ extractArchive),
  MZ: () => (/* binding */ umask)
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
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/checkpoint/core/index.ts + 4 modules
var core = __webpack_require__(59062);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/checkpoint/core/tar.ts
var tar = __webpack_require__(37359);
// EXTERNAL MODULE: ./src/checkpoint/adapters/compress.ts
var compress = __webpack_require__(19259);
// EXTERNAL MODULE: ./src/checkpoint/adapters/crash-points.ts
var crash_points = __webpack_require__(98846);
// EXTERNAL MODULE: ./src/checkpoint/adapters/digest.ts
var adapters_digest = __webpack_require__(13707);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/digest-thread.ts
/**
 * A local archive's sha256, read and hashed on a worker thread while the decompressor reads the same file:
 * on the main thread that hashing (a third of a restore's hashing, for a 221 MB archive) competed with
 * draining zstd's output and writing the files. Hashing each restored file there too was measured and
 * left out: copying every byte to another thread cost more wall time on 2 cores than it saved. So did
 * sharing them without a copy (zstd's output read into a ring of shared memory, a worker hashing each file
 * from there): a 1 GB node_modules took as long to restore (2.4-2.7 s either way), with 22-40 MiB more
 * memory. On 2 cores the restore is bound by CPU, not by this thread: 3.8-4.2 CPU-seconds (zstd included)
 * against 2.1-2.4 for `zstd -d | tar -x`, of which hashing every file is 0.5.
 */


// Loaded with the first worker, not at import: an archive under OFF_THREAD_FROM (an incremental's) is
// hashed here, and
// node:worker_threads cost each process ~8-10 ms of CPU to load.
const workerThreads = () => process.getBuiltinModule('node:worker_threads');
/**
 * Archives smaller than this are hashed on the main thread: a worker costs about 45 ms of CPU to start
 * (Node 24, 8 interleaved runs), what hashing some 60 MB costs, and an incremental checkpoint's archive
 * is often a few MB. Bigger ones keep the worker, which hashes them beside the extraction.
 */
const OFF_THREAD_FROM = 32 << 20;
/**
 * The sha256 and size of a local archive, on a worker thread or here by its size as the manifest states
 * it (a wrong size only moves the hashing: what is hashed is the file, and the digest is checked).
 */
function digestLocalFile(file, statedSize) {
    return statedSize < OFF_THREAD_FROM ? digestFileHere(file) : digestFileOffThread(file);
}
/** The sha256 and size of a file, read through the thread pool and hashed on this thread. */
async function digestFileHere(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 })) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}
// Run with `eval`, so the bundles need no second entry file; getBuiltinModule works whether the eval is
// read as CommonJS or, under a loader such as the tests' tsx, as an ES module (where require is undefined).
const WORKER_SOURCE = `
const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
const { createHash } = process.getBuiltinModule('node:crypto');
const { openSync, readSync, closeSync } = process.getBuiltinModule('node:fs');
const hash = createHash('sha256');
const buf = Buffer.allocUnsafeSlow(1 << 20);
const fd = openSync(workerData.file, 'r');
let size = 0;
try {
  for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; size += n) hash.update(buf.subarray(0, n));
} finally {
  closeSync(fd);
}
parentPort.postMessage({ sha256: hash.digest('hex'), size });
`;
/** The sha256 and size of a file, read and hashed on a worker thread. */
async function digestFileOffThread(file) {
    const worker = new (workerThreads().Worker)(WORKER_SOURCE, {
        eval: true,
        workerData: { file },
        execArgv: [],
    });
    try {
        return await new Promise((resolve, reject) => {
            worker.on('message', resolve);
            worker.on('error', reject);
            worker.on('exit', () => reject(new Error(`the thread hashing ${file} stopped`)));
        });
    }
    finally {
        await worker.terminate();
    }
}

// EXTERNAL MODULE: ./src/checkpoint/adapters/store.ts
var adapters_store = __webpack_require__(66906);
// EXTERNAL MODULE: ./src/checkpoint/adapters/file-progress.ts
var file_progress = __webpack_require__(94181);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/tar-unpack.ts
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
    maxBytes;
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
    /** Bytes met after the end marker's first block. */
    trailer = 0;
    /** Bytes met in all. */
    bytes = 0;
    constructor(onEntry, 
    /** The most bytes the stream may hold (core/tar.ts tarBytesBound); undefined: no bound. */
    maxBytes) {
        this.onEntry = onEntry;
        this.maxBytes = maxBytes;
    }
    write(chunk) {
        this.bytes += chunk.length;
        let off = 0;
        while (off < chunk.length) {
            if (this.ended) {
                this.afterEnd(chunk, off);
                break;
            }
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
                // (a chunk that ends inside a header still meets the bound below)
                if (this.headerFill < tar/* BLOCK */.IE)
                    break;
                this.headerFill = 0;
                block = this.header;
                at = 0;
            }
            this.startEntry(block, at);
        }
        // Checked once the chunk's headers were: an entry's own verdict (a size its manifest does not
        // promise) is the one to report. Its content went to a sink bounded by its manifest entry.
        if (this.maxBytes !== undefined && this.bytes > this.maxBytes)
            throw new tar/* TarFormatError */.ZV(`the archive holds more than the ${this.maxBytes} bytes its manifest accounts for, which no checkpoint's save writes`);
    }
    /**
     * After the end marker only zeros follow, and not many (the second zero block and a tar writer's padding
     * to its record): megabytes of zstd frames there decompress to gigabytes that a restore read to the end
     * (64 GiB from 2 MB took 79 s).
     */
    afterEnd(chunk, off) {
        this.trailer += chunk.length - off;
        // (the size first: a bomb's chunk is refused without being looked at)
        if (this.trailer > tar/* MAX_TRAILER */.PF || chunk.subarray(off).some((b) => b !== 0))
            throw new tar/* TarFormatError */.ZV(`the archive goes on after its end (${this.trailer > tar/* MAX_TRAILER */.PF ? `more than ${tar/* MAX_TRAILER */.PF} bytes` : 'bytes that are not zeros'}), which no checkpoint's save writes`);
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

;// CONCATENATED MODULE: ./src/checkpoint/adapters/extract.ts
/**
 * Step 2 of a restore (restore.ts): one archive streamed through sha256 -> decompress -> untar, every
 * entry checked (a safe name, an allowed type, the size its manifest promises), the wanted files written
 * at their staged paths and each one's size (and, when asked, sha256: checkpoint/core/verify.ts) checked
 * against the manifest, then the archive's own digest and size. Nothing here moves anything into the
 * workspace.
 */














/** A restore that was refused or failed; the workspace is as it was before. */
class RestoreError extends errors/* UserError */.yo {
    name = 'RestoreError';
}
let umaskBits;
/** The process's umask, read once (process.umask() sets it to 0 and back to read it). */
function umask() {
    return (umaskBits ??= process.umask());
}
/** Whether open(path, 'wx', mode) yields exactly `mode` (no bits lost to the umask, no special bits). */
function openKeepsMode(mode) {
    return (mode & ~0o777) === 0 && (mode & umask()) === 0;
}
/**
 * Writes one file's content to its staging name as it streams out of the archive, hashing it unless the
 * archive's digest vouches for it; at the end checks size (and sha256) against the manifest, sets mode
 * and mtime, and notes the file's stat facts.
 * Synchronous on purpose: for many small files, thread-pool round trips per file cost far more than the
 * syscalls themselves (tar -x does the same, in one thread). Staging is private (0700) and nothing moves
 * into the workspace before every file has been verified.
 */
class StagedFile {
    name;
    archive;
    entry;
    hashed;
    onDone;
    /** Made only for a file that arrives in several chunks; most come whole and are hashed in one call. */
    hash;
    sha256;
    size = 0;
    fd;
    direct;
    constructor(name, archive, entry, 
    /** Where to write it; none: hash only (validate). */
    staged, 
    /** False: size only, the archive's digest proves the bytes (verify: archive). */
    hashed, onDone) {
        this.name = name;
        this.archive = archive;
        this.entry = entry;
        this.hashed = hashed;
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
        if (this.hashed) {
            if (this.size === 0 && chunk.length === this.entry.size)
                this.sha256 = (0,external_node_crypto_.hash)('sha256', chunk);
            else
                (this.hash ??= (0,external_node_crypto_.createHash)('sha256')).update(chunk);
        }
        this.size += chunk.length;
        if (this.fd === undefined)
            return;
        for (let off = 0; off < chunk.length;)
            off += (0,external_node_fs_.writeSync)(this.fd, chunk, off, chunk.length - off);
    }
    end() {
        const e = this.entry;
        // Not hashed: the size alone is checked here, the bytes by the archive's digest (checkDigest).
        const sha = this.hashed
            ? (this.hash?.digest('hex') ?? this.sha256 ?? (0,external_node_crypto_.hash)('sha256', ''))
            : e.sha256;
        if (this.size !== e.size || sha !== e.sha256) {
            this.close();
            throw new RestoreError(`file '${this.name}' in ${this.archive} does not match its manifest (size ${this.size} vs ${e.size}, sha256 ${sha?.slice(0, 12)} vs ${e.sha256?.slice(0, 12)}): the checkpoint is corrupt or was tampered with`);
        }
        let stat;
        if (this.fd !== undefined) {
            if (!this.direct)
                (0,external_node_fs_.fchmodSync)(this.fd, e.mode);
            const mtimeMs = e.mtimeMs ?? e.stat?.mtimeMs;
            if (mtimeMs !== undefined)
                (0,external_node_fs_.futimesSync)(this.fd, Date.now() / 1000, unixSeconds(mtimeMs));
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
 * A time for futimes: the seconds node makes of `new Date(ms)` (whole milliseconds: a Date drops the
 * fraction a manifest's time carries), without a Date per file. Not for a time before 1970: node reads a
 * negative number as "now", a Date keeps it.
 */
function unixSeconds(ms) {
    return ms >= 0 ? Math.trunc(ms) / 1000 : new Date(ms);
}
/**
 * `rel` (a manifest path: normal form, checked) under `root` (normalized): what path.join makes of them,
 * without its normalizing pass over the whole string for each of tens of thousands of files.
 */
function below(root, rel) {
    return (external_node_path_default()).sep === '/' ? `${root}/${rel}` : external_node_path_default().join(root, rel);
}
/**
 * Streams one archive, checking every entry, and writes the files listed in `wanted` at their own path
 * under `stagingRoot` (none: hash only, for `validate`), handing each one's stat facts to `onWritten`.
 * `wanted` is used up: each file leaves it once met, so what is left at the end is missing from the archive.
 */
async function extractArchive(store, archiveOf, wanted, stagingRoot, opts = {}) {
    const { logger } = opts;
    const info = archiveOf.archive;
    // A local archive is read in place by the decompressor (and, at the same time, by the digest): feeding
    // it through this process would tie the decompressor's pace to this thread's.
    const local = store.archivePath?.(info.file);
    const before = local === undefined ? undefined : await localArchiveIsFile(store, info.file, local);
    const opening = local === undefined ? (opts.opened ?? store.getArchive(info.file)) : undefined;
    const files = new WantedFiles(info.file, wanted, stagingRoot, opts.hashFiles !== false, opts.onWritten, opts.stagedAt);
    const unpacker = new TarUnpacker((h) => files.sinkFor(h), opts.maxTarBytes);
    const onChunk = (chunk) => unpacker.write(chunk);
    const { source, decoder } = await sourceAndDecoder(opening, () => opts.startDecoder?.(onChunk) ??
        (0,compress/* decompressTo */.jQ)(info.compression, onChunk, {
            ...(local !== undefined ? { inputFile: local } : {}),
            inputBytes: info.size,
        }));
    let sourceClosed = false;
    let consumerStopped = false;
    // Resolves with the digest of every compressed byte once they all went through.
    const feeding = source
        ? (async () => {
            // Short queues before the decompressor's input (64 KiB, not 1 MiB): while small files are extracted,
            // a downloaded Buffer that waited in a queue outlived two scavenges, was promoted, and stayed until
            // a full collection. The download waits in the socket instead. Restoring 665 MB peaked at 170-176 MiB
            // against 176-195 MiB (5 interleaved runs each). The FIFO writer keeps its 1 MiB: at 64 KiB the peak
            // was 159-170 MiB, but its many small writes took 0.5 s more user CPU (medians 3.69 vs 3.20 s).
            const tap = new adapters_digest/* DigestTap */.Ey(64 << 10);
            // Which end stopped first: a decompressor that exits closes its input under the feed (EPIPE, or a
            // premature close when its exit came before the next write); its own words then say why.
            const input = decoder.input;
            source.once('close', () => (sourceClosed = true));
            input.once('close', () => (consumerStopped ||= !sourceClosed && !source.readableEnded));
            await (0,external_node_stream_promises_.pipeline)(source, tap, input);
            return { sha256: tap.sha256(), size: tap.bytes };
        })()
        : digestLocalFile(local, info.size);
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
        throw extractionFailure(error, fed, decoded, info, store.spec, consumerStopped);
    }
    if (before)
        await stillTheSameFile(info.file, local, before);
    checkDigest(info, digest);
    if (wanted.size)
        throw new RestoreError(`archive ${info.file} lacks ${wanted.size} file(s) its manifest lists (first: '${wanted.keys().next().value}'): it is truncated or was tampered with`);
    logger?.debug(`verified ${info.file}: ${files.met} file(s), ${info.size} bytes`);
}
/**
 * The archive's download (none for a local archive) and its decompressor, started together: the store's
 * round trips overlap the decompressor's start. Whichever fails, the other is stopped before this throws.
 */
async function sourceAndDecoder(opening, start) {
    // Handled now: it may fail while the decompressor starts.
    opening?.catch(() => undefined);
    let decoder;
    try {
        decoder = await start();
    }
    catch (error) {
        // (a download that failed to open has nothing to close)
        void opening?.then((s) => s.destroy(), () => undefined);
        throw error;
    }
    try {
        return { source: await opening, decoder };
    }
    catch (error) {
        decoder.kill();
        decoder.input.destroy();
        // it was killed: its exit says nothing the store's error does not
        await decoder.done.catch(() => undefined);
        throw error;
    }
}
/**
 * The files wanted from one archive, as the tar reader meets its entries: each entry is checked (a safe
 * name, an allowed type, the size its manifest promises) and a wanted file gets a StagedFile to go to.
 */
class WantedFiles {
    archive;
    wanted;
    stagingRoot;
    hashFiles;
    onWritten;
    stagedAt;
    /** Files met and written (or hashed). */
    met = 0;
    open;
    constructor(archive, wanted, stagingRoot, hashFiles, onWritten, stagedAt) {
        this.archive = archive;
        this.wanted = wanted;
        this.stagingRoot = stagingRoot;
        this.hashFiles = hashFiles;
        this.onWritten = onWritten;
        this.stagedAt = stagedAt;
    }
    /** Where the entry with header `h` goes; undefined for one not wanted (a directory, a link, a second copy). */
    sinkFor(h) {
        const name = (0,core/* safeEntryPath */.FB)(h.name);
        if (h.type === 'symlink')
            (0,core/* checkLinkTarget */.yl)(name, h.linkname ?? '');
        else if (h.type === 'link') {
            // A hard link is made by the restore from its manifest entry, never from the archive's word: here
            // its header is only checked, and a file the manifest wants bytes for must not come as one.
            (0,core/* safeEntryPath */.FB)(h.linkname ?? '');
            if (this.wanted.has(name))
                throw new RestoreError(`file '${name}' in ${this.archive} is a hard link, but its manifest wants its bytes from there: the checkpoint is corrupt or was tampered with`);
            return undefined;
        }
        else if (h.type !== 'file' && h.type !== 'directory' && h.type !== 'contiguous-file')
            throw new core/* UnsafePathError */.k0(`entry '${name}' has the unexpected type '${h.type}'`);
        const entry = h.type === 'file' || h.type === 'contiguous-file' ? this.wanted.get(name) : undefined;
        if (!entry)
            return undefined; // (a second copy of a file already met is not wanted any more)
        if (h.size !== entry.size)
            throw new RestoreError(`file '${name}' in ${this.archive} holds ${h.size} bytes but its manifest promises ${entry.size}: the checkpoint is corrupt or was tampered with`);
        const staged = this.stagingRoot === undefined ? undefined : (this.stagedAt?.(entry) ?? below(this.stagingRoot, name));
        this.open = new StagedFile(name, this.archive, entry, staged, this.hashFiles, (n, stat) => {
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
function extractionFailure(error, fed, decoded, info, storeSpec, consumerStopped = false) {
    const verdict = decoded.status === 'rejected' ? decoded.reason : error;
    if (verdict instanceof tar/* TarFormatError */.ZV)
        return new RestoreError(`archive ${info.file} is damaged: ${verdict.message}`);
    if (verdict instanceof errors/* UserError */.yo || verdict instanceof core/* UnsafePathError */.k0)
        return verdict;
    // All bytes read but the decompressor choked: the digest says plainly whether they were the right ones.
    if (fed.status === 'fulfilled')
        checkDigest(info, fed.value);
    // (EPIPE, or the input closed under the feed, only says the decompressor stopped reading: its own error
    // is the one to report.)
    const stoppedReading = consumerStopped ||
        (fed.status === 'rejected' && fed.reason?.code === 'EPIPE');
    if (fed.status === 'rejected' && !stoppedReading) {
        const cause = fed.reason;
        if (cause instanceof errors/* UserError */.yo)
            return cause;
        return new RestoreError(`reading archive ${info.file} from ${storeSpec} failed: ${(0,errors/* errorMessage */.gJ)(cause)}`);
    }
    // The feed's failure came first: the decompressor stopped reading, and its own failure says why.
    return fed.status === 'rejected' && error === fed.reason ? verdict : error;
}
/** A local archive is there, and a regular file: never a FIFO the decompressor would wait on, never a link. */
async function localArchiveIsFile(store, file, local) {
    // a local archive that cannot be lstat'ed is missing, said in the next line
    const st = await (0,promises_.lstat)(local, { bigint: true }).catch(() => undefined);
    if (!st)
        throw new adapters_store/* NotFoundError */.m_(`checkpoint archive '${file}' is missing from ${store.spec}`);
    if (!st.isFile())
        throw (0,adapters_store/* plantedObject */.O4)(store.spec, file, st.isSymbolicLink() ? 'a symbolic link' : 'not a regular file');
    return st;
}
/**
 * A local archive is read twice, by the decompressor and by the digest: its digest proves the bytes
 * extracted only if no one wrote or replaced it in between. Any write or rename moves its ctime, which no
 * user can set back.
 */
async function stillTheSameFile(file, local, before) {
    // gone since: not the same file, said below
    const now = await (0,promises_.lstat)(local, { bigint: true }).catch(() => undefined);
    const same = now !== undefined &&
        now.ino === before.ino &&
        now.dev === before.dev &&
        now.size === before.size &&
        now.mtimeNs === before.mtimeNs &&
        now.ctimeNs === before.ctimeNs;
    if (!same)
        throw new RestoreError(`archive ${file} was changed or replaced in the store while it was being restored: restore again once nothing writes to the store`);
}


/***/ }),

/***/ 94181:
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

/***/ 87841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ keepYoungGenerationSmall),
/* harmony export */   _U: () => (/* binding */ collectAll),
/* harmony export */   np: () => (/* binding */ leaveTopTierOut),
/* harmony export */   qO: () => (/* binding */ youngGcPacer)
/* harmony export */ });
/* unused harmony exports maglevRuns, youngCollector, COLLECT_FROM_ENTRIES */
// Loaded at their first use, not with this file: the cache transfer's chunk holds it, and main and post of
// every job load that chunk for the ledger's and the flaky history's reads, which set no flag (node:v8 alone
// costs them ~2 ms of CPU to load).
const v8 = () => process.getBuiltinModule('node:v8');
const vm = () => process.getBuiltinModule('node:vm');
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
    v8().setFlagsFromString('--semi-space-growth-factor=1');
}
/**
 * Whether leaving TurboFan out keeps hot code at Maglev. Maglev runs by default from Node 22 (V8 12);
 * Node 20 has it off, and there `--no-turbofan` would leave the save's hot loops in the baseline tier.
 */
function maglevRuns(nodeVersion, execArgv) {
    const major = Number(/^v?(\d+)\./.exec(nodeVersion)?.[1] ?? 0);
    return major >= 22 && !execArgv.includes('--no-maglev');
}
/**
 * Leaves V8's optimizing compiler (TurboFan) out for the rest of the process: functions that get hot stay
 * at Maglev, the tier below. For a process that ends after one save or restore (the CLI's `checkpoint` and
 * `restore`, the `checkpoint/` and `restore/` steps): such a process makes hundreds of functions hot at
 * once (its own, node's streams, fs and HTTP), and TurboFan compiled 74 of them during a restore of 20,000
 * files, ~0.2 s of a V8 thread's CPU, for code that then ran about a second (docs/benchmarks.md, "A full
 * checkpoint's CPU"). Never turned back on, and not used where the process goes on (`run/`, main, post):
 * turning TurboFan on at run time crashes a process started with `--jitless`, which NODE_OPTIONS allows.
 */
function leaveTopTierOut() {
    if (maglevRuns(process.version, process.execArgv))
        v8().setFlagsFromString('--no-turbofan');
}
let gcFunction;
/** V8's own `gc`, or null where it cannot be had. */
function exposedGc() {
    if (gcFunction !== undefined)
        return gcFunction;
    try {
        // The flag puts `gc` into contexts made after it is set; this process's own stays as it was.
        v8().setFlagsFromString('--expose-gc');
        const gc = vm().runInNewContext('gc');
        gcFunction = typeof gc === 'function' ? gc : null;
    }
    catch {
        // gc not exposed (no --expose-gc): the heap is left to V8
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
 * Below this many entries a manifest leaves too little behind for a full collection to pay: its download
 * and text are a few MB at most (a 40,000-entry manifest is ~6 MB), and on a fresh process's heap each
 * forced mark-compact cost 13-39 ms of CPU, two of them ~15 % of a one-file restore's (docs/benchmarks.md,
 * "A full restore's wall time against its CPU"). Past it the collections below keep the peak down.
 */
const COLLECT_FROM_ENTRIES = 5_000;
/**
 * One full collection, between phases of a restore of `entries` entries, when there are at least
 * COLLECT_FROM_ENTRIES of them. After the restore is planned, before the download:
 * parsing the manifest leaves its text and raw columns behind in the old generation, and with the young
 * generation paced (youngGcPacer) no mark-compact comes during the extraction to free them. Restoring
 * 665 MB peaked at 144-152 MiB with it and 156-174 MiB without, in the same time (5 interleaved runs
 * each). And once the manifest is read, before planning: its download (about three times its 6 MB, in
 * Buffers outside the heap) was freed or not by chance, and the peak while planning was 121-132 MiB
 * without this collection, 120-121 MiB with it (3 interleaved runs each). Does nothing where V8's gc
 * cannot be had.
 */
function collectAll(entries, gc = exposedGc) {
    if (entries >= COLLECT_FROM_ENTRIES)
        gc()?.({ type: 'major' });
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
function youngGcPacer(every = 8 << 20, collect, make = youngCollector) {
    let since = 0;
    // Made at the first collection: a download under `every` bytes never builds gc's context (node:vm).
    let collector = collect;
    return (bytes) => {
        since += bytes;
        if (since < every)
            return;
        since = 0;
        if (collector === undefined)
            collector = make();
        collector?.();
    };
}


/***/ }),

/***/ 65702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   am: () => (/* binding */ defaultJournalDir),
/* harmony export */   bO: () => (/* binding */ journalDirectory),
/* harmony export */   uT: () => (/* binding */ JOURNALS_ELSEWHERE)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _restore_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14597);
/**
 * Where restores keep their journals and destination locks (placement.ts, destination-lock.ts): a private
 * directory of this machine or job, outside every tree a restore writes into.
 */





/**
 * Where journals and destination locks are kept off a runner: a private directory in the home directory
 * (a job passes its RUNNER_TEMP's instead: checkpoint/core/step.ts restoreJournals).
 */
function defaultJournalDir() {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().homedir(), '.local', 'state', 'ci-recovery', 'restores');
}
/** The way around a journal directory that cannot be used. */
const JOURNALS_ELSEWHERE = 'set RUNNER_TEMP (a job) or HOME (the CLI) to a writable directory';
/**
 * The journal directory, made private (0700) when missing. One that is a link, another user's, or
 * writable by others could be planted with journals, so it is refused.
 */
function journalDirectory(dir) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`cannot make the directory for restore journals ${dir}: ${(0,_restore_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .fsProblem */ .X)(error, JOURNALS_ELSEWHERE) ?? `${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}; make it writable, or ${JOURNALS_ELSEWHERE}`}`);
    }
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir);
    // (Windows reports neither owners nor these mode bits: there only a link is refused.)
    const uid = process.getuid?.();
    const shared = uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0);
    if (!st.isDirectory() || shared)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the directory for restore journals ${dir} is not a private directory of this user (a link, another user's, or writable by others): remove it, and it is made again`);
    return dir;
}


/***/ }),

/***/ 83057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ forgetPublishNotes),
/* harmony export */   Kk: () => (/* binding */ planKeyed),
/* harmony export */   Pq: () => (/* binding */ keyedArchiveBound),
/* harmony export */   cy: () => (/* binding */ publishKeyed),
/* harmony export */   yN: () => (/* binding */ keyedArchiveStore)
/* harmony export */ });
/* unused harmony export keyFiles */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59062);
/* harmony import */ var _core_tar_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37359);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74296);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(13707);
/* harmony import */ var _path_globs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(29606);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(10318);
/* harmony import */ var _local_manifest_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(43024);
/* harmony import */ var _owner_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(32404);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(66906);
/**
 * Keyed paths in a save and a restore (checkpoint/core/keyed.ts): the key from the named files' content,
 * the lookup of the entry, its publication after a save that packed the path, and the store a restore
 * takes the entry's archive from. Best-effort on the save side: any problem with the cache service or an
 * entry is a warning, and the path is packed as it always was.
 */













/** A looked-up entry's archive until its manifest is read: no checkpoint records it (nothing is taken). */
const NOT_READ = { file: '', compression: 'gzip', sha256: '', size: 0, entries: 0 };
const NO_PLAN = { matches: [], carried: [], unpublished: [] };
/** The keyed paths of this save and what to do with each: never throws (a problem packs the path). */
async function planKeyed(opts) {
    const paths = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__/* .keyedPathsIn */ .Yl)(opts.keyed, opts.roots);
    if (paths.length === 0)
        return NO_PLAN;
    const plan = { matches: [], carried: [], unpublished: [] };
    for (const k of paths) {
        // Not made yet (the checkpoint before the install): nothing to key.
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(opts.workspace, k.path), { throwIfNoEntry: false })?.isDirectory())
            continue;
        try {
            await planOne(k, opts, plan);
        }
        catch (error) {
            opts.logger?.warning(`ci-recovery: keyed path '${k.path}' is packed in full: its keyed entry could not be looked up (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}).`);
        }
    }
    return plan;
}
async function planOne(k, opts, plan) {
    const files = keyFiles(opts.workspace, k.hashFiles);
    if (files.length === 0) {
        opts.logger?.warning(`ci-recovery: checkpoint.keyed '${k.path}': hash-files ${k.hashFiles.map((f) => `'${f}'`).join(', ')} match no file in the workspace, so '${k.path}' is packed into every checkpoint. Name the files that determine it as they are in the repository (e.g. 'package-lock.json' or '**/package-lock.json').`);
        return;
    }
    const key = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__/* .keyedCacheKey */ .QJ)({ path: k.path, files, platform: process.platform, arch: process.arch });
    const inParent = opts.parent?.keyed?.find((r) => r.key === key && r.path === k.path);
    if (inParent)
        return void plan.carried.push(inParent);
    if (!opts.store) {
        opts.logger?.info(`ci-recovery: keyed path '${k.path}' is packed in full: no cache service in this job to keep it under its key.`);
        return;
    }
    const id = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__/* .keyedId */ .S6)(key);
    const text = await opts.store.findManifest(key, id);
    if (!text)
        return void plan.unpublished.push({ path: k.path, key });
    // Its digest and archive are the entry's once read (KeyedMatch.read), where the walk of the path needs
    // it: beside the stage's command where that walk is (save-pack.ts), before the walk otherwise.
    const ref = { path: k.path, key, id, manifestSha256: '', archive: NOT_READ };
    const read = () => {
        const entry = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .Ng)(text.toString('utf8'), `keyed entry ${key}`);
        (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__/* .checkKeyedManifest */ .qT)(entry, key, k.path);
        ref.manifestSha256 = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__/* .keyedManifestDigest */ .Gc)(text);
        ref.tarBytes = (0,_core_tar_js__WEBPACK_IMPORTED_MODULE_5__/* .tarBytesBound */ .hG)(entry);
        return entry;
    };
    // An entry neither this checkpoint's chain recorded (carried above) nor this save published is anyone's
    // who can write the cache or the store: files of the same sizes would pass a stat comparison, and the
    // checkpoint would record the planted files as the workspace's. It is taken only when every file's
    // content matches too.
    const ours = opts.published?.has(key) === true && k.verify !== 'content';
    plan.matches.push(new _core_index_js__WEBPACK_IMPORTED_MODULE_4__/* .KeyedMatch */ .UQ(ref, read, !ours));
}
/** The files `hash-files` names, each with the sha256 of its content (a link: of its target), in path order. */
function keyFiles(workspace, patterns) {
    const { roots } = (0,_path_globs_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveCheckpointPaths */ .N)(workspace, patterns, { includeHidden: true });
    const hasher = new _digest_js__WEBPACK_IMPORTED_MODULE_7__/* .FileHasher */ .gp();
    const files = [];
    const report = { missingRoots: [], skipped: [] };
    for (const e of (0,_scan_js__WEBPACK_IMPORTED_MODULE_9__/* .walkTree */ .Ir)(workspace, roots, _scan_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_EXCLUDE */ .lx, report)) {
        const digest = e.type === 'file'
            ? hasher.sha256(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(workspace, e.path))
            : e.type === 'symlink'
                ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
                    .update(`link:${e.target ?? ''}`)
                    .digest('hex')
                : undefined;
        if (digest)
            files.push({ path: e.path, sha256: digest });
    }
    return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}
/**
 * Packs the path as a full checkpoint of its own straight into the keyed store, under its key. Never
 * throws: on any error the checkpoint already saved stands, and the next save with this key tries again.
 */
async function publishKeyed(o) {
    const id = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__/* .keyedId */ .S6)(o.key);
    if (o.store.readOnlyBecause) {
        o.logger?.info(`ci-recovery: '${o.path}' is packed in the checkpoint, not published under key ${o.key}: ${o.store.readOnlyBecause}. Entries published by other runs are still taken.`);
        return false;
    }
    // a note that cannot be written does not stop the publication: tried as on the first time
    if (o.jobDir && !(await noteAttempt(o.jobDir, id).catch(() => true))) {
        o.logger?.info(`ci-recovery: '${o.path}' is packed: its publication under key ${o.key} was tried earlier in this job.`);
        return false;
    }
    try {
        return await publishOnce(o, id);
    }
    finally {
        if (o.jobDir)
            await noteEnded(o.jobDir, id);
    }
}
async function publishOnce(o, id) {
    try {
        await o.save({
            store: o.store.publisher(o.key, id),
            workspace: o.workspace,
            paths: [o.path],
            id,
            meta: { stage: o.path, job: 'keyed', runId: o.runId, attempt: o.attempt },
            full: true,
            copyHardLinks: true,
            ...(o.exclude ? { exclude: o.exclude } : {}),
            ...(o.includeHidden ? { includeHidden: true } : {}),
            ...(o.compression ? { compression: o.compression } : {}),
            ...(o.level ? { level: o.level } : {}),
        });
        o.logger?.info(`ci-recovery: '${o.path}' published under key ${o.key}: later checkpoints with the same hash-files take it from there instead of packing it.`);
        return true;
    }
    catch (error) {
        if (error instanceof _store_js__WEBPACK_IMPORTED_MODULE_12__/* .CheckpointExistsError */ .V9) {
            // Without ACTIONS_CACHE_MODE a read-only token's refusal looks the same as a key already taken.
            const why = o.store.unsureOfWritesBecause;
            o.logger?.info(why
                ? `ci-recovery: '${o.path}' is packed in the checkpoint: the cache refused key ${o.key} (published by another job, or ${why}).`
                : `ci-recovery: '${o.path}' is already published under key ${o.key} (by another job).`);
            return false;
        }
        o.logger?.warning(`ci-recovery: could not publish '${o.path}' under key ${o.key} (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}); the checkpoint is saved all the same, with '${o.path}' packed in it.`);
        return false;
    }
}
const NOTE = '.publish-tried';
/** What a note holds once its try ended (published or refused): the job does not try that key again. */
const ENDED = 'ended';
/**
 * Notes in `dir` that this process tries to publish `id` (the note holds its owner tag until the try
 * ends); false when a save of this job tried already and its try ended, or a live process tries now. A
 * note whose writer was killed mid-publish is taken over: that try was cut short, not refused, and was
 * otherwise never made again (every later save packed the path in full).
 */
async function noteAttempt(dir, id) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true, mode: _local_manifest_js__WEBPACK_IMPORTED_MODULE_10__/* .PRIVATE_DIR */ .A9 });
    const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `${id}${NOTE}`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(file, (0,_owner_js__WEBPACK_IMPORTED_MODULE_11__/* .ownerTag */ .qE)(), { flag: 'wx' });
        return true;
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
    }
    // a note gone or unreadable reads as a try that ended
    const holder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file, 'utf8').catch(() => ENDED);
    if (holder === ENDED || !(0,_owner_js__WEBPACK_IMPORTED_MODULE_11__/* .ownerGone */ .RT)(holder))
        return false;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(file, (0,_owner_js__WEBPACK_IMPORTED_MODULE_11__/* .ownerTag */ .qE)());
    return true;
}
/** The try of `id` ended: no later save of this job tries it again. */
async function noteEnded(dir, id) {
    // best effort: without the note a later save tries the key again, no worse
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `${id}${NOTE}`), ENDED).catch(() => undefined);
}
/**
 * Forgets the publication notes in `dir` whose try ended or was killed (cleanup of a `dir:` store's local
 * manifests, which last longer than a job): the next save with such a key tries to publish it again.
 */
async function forgetPublishNotes(dir, dryRun = false) {
    // no job directory: no notes to forget
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir).catch(() => []);
    const forgotten = [];
    for (const name of names.filter((n) => n.endsWith(NOTE)).sort()) {
        // a note gone or unreadable reads as a try that ended
        const holder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name), 'utf8').catch(() => ENDED);
        if (holder !== ENDED && holder !== '' && !(0,_owner_js__WEBPACK_IMPORTED_MODULE_11__/* .ownerGone */ .RT)(holder))
            continue;
        forgotten.push(name);
        if (!dryRun)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name), { force: true });
    }
    return forgotten;
}
/** A store holding the archive of `manifest`'s keyed entry `id`; throws when it cannot be reached. */
async function keyedArchiveStore(manifest, id, keyedStore) {
    const ref = manifest.keyed?.find((r) => r.id === id);
    if (!ref)
        throw new Error(`checkpoint '${manifest.id}' takes files from keyed entry '${id}' but does not record it`);
    if (!keyedStore)
        throw new Error(`checkpoint '${manifest.id}' takes '${ref.path}' from the keyed entry ${ref.key}, kept in the cache service, which this job cannot reach`);
    return keyedStore.fetchArchive(ref.key, ref.id, ref.archive.file);
}
/**
 * The most tar bytes keyed entry `id`'s archive may hold: what the entry's own manifest accounts for
 * (core/tar.ts tarBytesBound), once its sha256 is the one `manifest` recorded. The checkpoint's entries
 * cannot bound it: an incremental takes only some of the entry's files, and a planted entry's archive can
 * hold more than its manifest lists (a small archive decompressing to gigabytes, read to the end).
 */
async function keyedArchiveBound(manifest, id, keyedStore) {
    const ref = manifest.keyed?.find((r) => r.id === id);
    // (a missing ref or store is refused by keyedArchiveStore, with its reason)
    if (!ref || !keyedStore)
        return 0;
    // Recorded as the save read the entry's manifest: the checkpoint's manifest is checked as the rest of it is.
    if (ref.tarBytes !== undefined)
        return ref.tarBytes;
    const text = await keyedStore.findManifest(ref.key, ref.id);
    if (!text || (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__/* .keyedManifestDigest */ .Gc)(text) !== ref.manifestSha256)
        throw new Error(`keyed entry ${ref.key} in ${keyedStore.spec} ${text ? 'holds another manifest than the one' : 'lost the manifest'} checkpoint '${manifest.id}' recorded (sha256 ${ref.manifestSha256}): its archive cannot be checked against it; the entry was changed or partly evicted, save the checkpoint again`);
    const entry = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .Ng)(text.toString('utf8'), `keyed entry ${ref.key}`);
    (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__/* .checkKeyedManifest */ .qT)(entry, ref.key, ref.path);
    return (0,_core_tar_js__WEBPACK_IMPORTED_MODULE_5__/* .tarBytesBound */ .hG)(entry);
}


/***/ }),

/***/ 43024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ PRIVATE_DIR),
/* harmony export */   Wd: () => (/* binding */ readCachedManifest),
/* harmony export */   d6: () => (/* binding */ stageLocalManifest),
/* harmony export */   eY: () => (/* binding */ loadManifest),
/* harmony export */   vt: () => (/* binding */ cacheLocalManifest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59062);
/* harmony import */ var _owner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32404);
/**
 * The job's local copies of checkpoint manifests (a save's `manifestCache`): kept per checkpoint and
 * directory with the stat facts a save's next incremental relies on, so it finds its parent without a
 * download; read before the store's copy.
 */






/**
 * The mode a directory of local copies is made with: the CLI reads one in a `dir:` store only while it is
 * this user's own and no one else can write it (cli/support.ts), whatever the umask (002 on many desktops).
 */
const PRIVATE_DIR = 0o700;
/**
 * The local copy of a manifest holds stat facts (inode, mtime) of one directory's files, so it is kept per
 * checkpoint and directory: a restore of the same checkpoint elsewhere must not replace the facts the
 * saving workspace's next incremental relies on.
 */
function localManifestFile(cacheDir, id, dir) {
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(dir)).digest('hex').slice(0, 12);
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(cacheDir, `${id}.${key}.manifest.json`);
}
/** Loads a parent manifest: the local copy for `dir` first, else the store's (without stat facts). */
async function loadManifest(store, id, cacheDir, dir) {
    return (cacheDir && (await readCachedManifest(cacheDir, id, dir))) || store.getManifest(id);
}
/** The local copy of manifest `id` for `dir` (see localManifestFile), if this job keeps one. */
async function readCachedManifest(cacheDir, id, dir) {
    const file = localManifestFile(cacheDir, id, dir);
    // Decoded in one pass: read with an encoding, node decodes it chunk by chunk through a StringDecoder
    // into a string JSON.parse must flatten again (~9 ms of CPU for a local copy of 11,755 entries).
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file)
        .then((bytes) => bytes.toString('utf8'))
        // no local copy, or one past V8's longest string: the caller reads the store's
        .catch(() => undefined);
    return text === undefined ? undefined : (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .Ng)(text, file);
}
/**
 * Writes `local`, the local form of the manifest `id` (encodeManifest), beside the copy for `dir` (see
 * localManifestFile); the returned function puts it in place. It goes in place only once the store has
 * the manifest: a copy of a save killed before that would describe a checkpoint the store never got,
 * and a later save of the same name would be planned against it.
 */
async function stageLocalManifest(cacheDir, id, dir, local) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(cacheDir, { recursive: true, mode: PRIVATE_DIR });
    const file = localManifestFile(cacheDir, id, dir);
    const tmp = `${file}.partial-${(0,_owner_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerTag */ .qE)()}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(tmp, local);
    return { keep: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, file), drop: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true }) };
}
/** Writes the local form of `m` as the copy for `dir`, streamed into the file (writeLocalManifest). */
async function cacheLocalManifest(cacheDir, dir, m) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(cacheDir, { recursive: true, mode: PRIVATE_DIR });
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(localManifestFile(cacheDir, m.id, dir), 'w');
    try {
        (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__/* .writeLocalManifest */ .UC)(m, (chunk) => {
            for (let off = 0; off < chunk.length;)
                off += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, chunk, off);
        });
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}


/***/ }),

/***/ 87763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ openStore)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66906);



/**
 * `dir:PATH` (a local directory, relative paths against `cwd`) or `artifact` (the run's artifacts; the
 * artifact client is loaded only then, so the CLI with a dir store never loads it).
 */
async function openStore(spec, ctx = {}) {
    const s = spec.trim();
    if (s.startsWith('dir:') && s.length > 4)
        return new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .DirStore */ .VW(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(ctx.cwd ?? process.cwd(), s.slice(4)));
    if (s === 'artifact') {
        const { ArtifactStore } = await Promise.all(/* import() */[__webpack_require__.e(4073), __webpack_require__.e(8664), __webpack_require__.e(9107)]).then(__webpack_require__.bind(__webpack_require__, 61737));
        return new ArtifactStore(ctx);
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Unknown checkpoint store '${spec}': use 'dir:PATH' (a local directory) or 'artifact' (the run's artifacts).`);
}


/***/ }),

/***/ 29606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ resolveCheckpointPaths)
/* harmony export */ });
/* unused harmony export splitPatterns */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59062);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10318);
/* harmony import */ var _runner_adapters_platform_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34264);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/**
 * Checkpoint paths as users write them for actions/cache and upload-artifact: plain paths, globs
 * (`dist/**\/*.js`, `packages/*\/node_modules`) and exclusions (`!**\/*.log`). Globs are matched with
 * picomatch, the matcher the config's lane globs already use, over a walk from each glob's static base;
 * the walk uses lstat only (links are matched, never followed) and leaves out what a checkpoint never
 * holds (`.git`, the local store).
 */







/**
 * Refuses a path or glob that reaches outside the workspace (absolute, or with a '..' segment): it would
 * otherwise be looked up inside the workspace and reported as matching nothing.
 */
function checkInside(raw, p) {
    const bare = p.startsWith('!') ? p.slice(1) : p;
    const absolute = bare.startsWith('/') || /^[A-Za-z]:\//.test(bare);
    if (absolute || bare.split('/').includes('..'))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Checkpoint path '${raw}' ${absolute ? 'is absolute' : "contains '..'"}: paths are relative to the workspace and stay inside it, so absolute paths and '..' are refused (write it relative to the workspace).`);
}
/** Splits `!pattern` exclusions from the paths and globs to include. */
function splitPatterns(patterns) {
    const include = [];
    const exclude = [];
    // './x' is 'x', and './' alone is the workspace.
    const plain = (p) => p.replace(/^\.\/+/, '') || '.';
    for (const raw of patterns) {
        const p = (0,_runner_adapters_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .posixPattern */ .g4)(raw.trim());
        checkInside(raw, p);
        if (p.startsWith('!'))
            exclude.push(plain(p.slice(1)));
        else if (p)
            include.push(plain(p));
    }
    return { include, exclude };
}
const exists = (abs) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs, { throwIfNoEntry: false }) !== undefined;
/** Whether every directory above `rel` (and `rel` itself with `self`) is a real directory, not a link. */
function reachable(workspace, rel, self = false) {
    const dirs = [...(0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ancestors */ .T1)(rel), ...(self && rel !== '.' ? [rel] : [])];
    return dirs.every((d) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, d), { throwIfNoEntry: false })?.isDirectory());
}
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
function resolveCheckpointPaths(workspace, patterns, { includeHidden = false } = {}) {
    const { include, exclude } = splitPatterns(patterns);
    // A glob never reaches into `.git` or a credentials file, nor, unless asked, into hidden names (a plain
    // path is taken as named).
    const skip = (0,_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .excluder */ .HZ)([
        ..._scan_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_EXCLUDE */ .lx,
        ...(includeHidden ? _scan_js__WEBPACK_IMPORTED_MODULE_3__/* .SECRET_DOTFILES */ .Mf : _scan_js__WEBPACK_IMPORTED_MODULE_3__/* .HIDDEN_EXCLUDE */ .Ce),
        ...exclude,
    ]);
    const roots = [];
    const unmatched = [];
    for (const pattern of include) {
        const scan = picomatch__WEBPACK_IMPORTED_MODULE_6___default().scan(pattern);
        // Nothing is found through a link: a directory link would list names from outside the workspace.
        if (!scan.isGlob) {
            if (reachable(workspace, pattern) && exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, pattern)))
                roots.push(pattern);
            else
                unmatched.push(pattern);
            continue;
        }
        const base = scan.base || '.';
        const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_6___default()(pattern, { dot: true });
        const matched = reachable(workspace, base, true) ? matchUnder(workspace, base, isMatch, skip) : [];
        if (matched.length)
            roots.push(...matched);
        else
            unmatched.push(pattern);
    }
    return { roots: (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .outermost */ .J9)([...new Set(roots)]), exclude, unmatched };
}


/***/ }),

/***/ 94470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ recoverInterrupted)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59062);
/* harmony import */ var _journal_dir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65702);
/* harmony import */ var _owner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32404);
/* harmony import */ var _placement_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25084);
/**
 * Finishing what killed restores left (placement.ts): a staging directory is adopted only when a journal of
 * ours vouches for it, and every line of that journal is checked again as it is read back (a path relative
 * to the destination, in normal form, never our own staging), so a repair can never reach outside the
 * destination. Without a `done` line the steps are undone; with one, only the staging directory is removed.
 */






/** The random id a staging directory and its journal share. */
const ID = /^[0-9a-f]{32}$/;
/** A path a journal may name: relative to the destination, in normal form, never our own staging. */
function journalPath(v) {
    return typeof v === 'string' && (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isNormalPath */ .Xl)(v) && !(0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .hasStagingName */ .n2)(v);
}
/** A step as read back, or undefined for a line that is not one (the journal is then not acted on). */
function checkedStep(v) {
    if (!Array.isArray(v))
        return undefined;
    const [kind, p, x] = v;
    if (kind === 'done' && v.length === 1)
        return ['done'];
    if (!journalPath(p))
        return undefined;
    if (kind === 'placed' || kind === 'made')
        return v.length === 2 ? [kind, p] : undefined;
    const count = typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
    if (kind === 'moved' && count && v.length === 3)
        return ['moved', p, x];
    if (kind === 'chmod' && count && x <= 0o7777 && v.length === 3)
        return ['chmod', p, x];
    return undefined;
}
/** A journal: its header and steps; a last line cut short by a crash was never acted on. */
function readJournal(file) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch {
        // no journal, or unreadable: nothing to roll back
        return undefined;
    }
    // The last piece is '' after a whole line, or a line cut short by a crash: never acted on either way.
    const complete = text.split('\n').slice(0, -1);
    let header;
    try {
        header = JSON.parse(complete[0] ?? '');
    }
    catch {
        // a torn header is a journal of nothing: its writer died before the first step
        return undefined;
    }
    if (header?.v !== 1 || typeof header.staging !== 'string' || typeof header.owner !== 'string')
        return undefined;
    const steps = [];
    for (const line of complete.slice(1)) {
        let step;
        try {
            step = checkedStep(JSON.parse(line));
        }
        catch {
            // a torn last line is a step never done
            step = undefined;
        }
        if (!step)
            return { header, steps, damaged: true };
        steps.push(step);
    }
    return { header, steps, damaged: false };
}
/**
 * Finishes what killed restores into `dest` left: each staging directory there that a journal in
 * `journals` vouches for, whose owner is gone (or that is older than the age guard), is undone from that
 * journal when it has no `done` line, then removed with its journal. Journals of this destination whose
 * staging directory is gone are removed too.
 */
function recoverInterrupted(dest, journals = (0,_journal_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultJournalDir */ .am)(), now = Date.now()) {
    const r = { rolledBack: [], stuck: [], removed: [], inProgress: [], foreign: [] };
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dest);
    }
    catch {
        // a destination that cannot be listed has no leftovers to find
        return r;
    }
    for (const name of names.sort()) {
        if (!name.startsWith(_core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGING_PREFIX */ .th))
            continue;
        const staging = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dest, name);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(staging, { throwIfNoEntry: false })?.isDirectory())
            continue;
        const id = name.slice(_core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGING_PREFIX */ .th.length);
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(journals, `${id}.journal`);
        const journal = ID.test(id) ? readJournal(file) : undefined;
        if (!journal || journal.header.staging !== name || journal.damaged) {
            r.foreign.push(name);
            continue;
        }
        if (!(0,_owner_js__WEBPACK_IMPORTED_MODULE_4__/* .isDebris */ .o)(journal.header.owner, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).mtimeMs, now)) {
            r.inProgress.push(name);
            continue;
        }
        const finished = journal.steps.at(-1)?.[0] === 'done';
        if (!finished && journal.steps.length > 0) {
            if (!(0,_placement_js__WEBPACK_IMPORTED_MODULE_5__/* .undoSteps */ .qD)(journal.steps, dest, staging)) {
                r.stuck.push(name);
                continue;
            }
            r.rolledBack.push(name);
        }
        else
            r.removed.push(name);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(staging, { recursive: true, force: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(file, { force: true });
    }
    forgetOrphanJournals(dest, journals, now);
    return r;
}
/** Removes the journals of restores into `dest` that died before their staging directory was made. */
function forgetOrphanJournals(dest, journals, now) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(journals);
    }
    catch {
        // no journals directory: no restore was interrupted
        return;
    }
    for (const name of names) {
        if (!name.endsWith('.journal'))
            continue;
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(journals, name);
        const j = readJournal(file);
        if (!j || j.header.dest !== dest)
            continue;
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dest, j.header.staging), { throwIfNoEntry: false }))
            continue;
        if ((0,_owner_js__WEBPACK_IMPORTED_MODULE_4__/* .isDebris */ .o)(j.header.owner, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).mtimeMs, now))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(file, { force: true });
    }
}


/***/ }),

/***/ 25084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ Journal),
/* harmony export */   Md: () => (/* binding */ Applier),
/* harmony export */   qD: () => (/* binding */ undoSteps)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59062);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72020);
/* harmony import */ var _crash_points_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98846);
/* harmony import */ var _owner_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32404);
/**
 * Putting verified entries into the workspace so that no instant, not even a kill -9, leaves it a mix of
 * old and new. Every change is a rename, mkdir or chmod, recorded in a journal before it is made
 * (write-ahead: one line per step); what a step replaced or removed is moved into the restore's staging
 * directory, never deleted. The journal ends with a `done` line.
 *
 * The staging directory lies inside the destination (same filesystem: moves are renames), but nothing in
 * it is ever read as an instruction: a tree (a checkpoint, a pull request's files) can hold a directory of
 * any name. The journal lives outside every tree, in a private directory of this machine or job
 * (`journals`: RUNNER_TEMP in a job, else the home directory), named after a random id that the staging
 * directory's name carries. A staging directory is adopted only when such a journal vouches for it, and
 * a journal names paths relative to its destination only (checked again when read), so a repair works
 * after the workspace moved and can never reach outside it.
 *
 * Undoing reads the disk, not only the journal, so that it is right whether the last recorded step was
 * made or not, and whether an earlier undo was cut short: a step counts as made only when the disk shows
 * it (its source gone). A restore interrupted by a crash is undone by the next restore into the same
 * destination, by `ci-recovery restore --repair` or by `cleanup --dest` (placement-recovery.ts): without a
 * `done` line the workspace goes back to exactly what it was; with one, only the staging directory is left
 * to remove. The journals' directory is journal-dir.ts's, and one restore at a time is destination-lock.ts's.
 *
 * The journal lines are written without fsync: they survive the death of the process (the page cache
 * outlives it), not a power cut, which is the same promise the rest of the restore makes.
 */







/**
 * A restore's journal and staging directory: the journal is made first (outside the tree), then the
 * staging directory its header names, so every staging directory of ours has a journal.
 */
class Journal {
    dest;
    staging;
    file;
    fd;
    constructor(dest, journals) {
        this.dest = dest;
        const id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex');
        const name = `${_core_index_js__WEBPACK_IMPORTED_MODULE_3__/* .STAGING_PREFIX */ .th}${id}`;
        this.staging = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dest, name);
        this.file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(journals, `${id}.journal`);
        this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(this.file, 'wx', 0o600);
        const header = { v: 1, dest, staging: name, owner: (0,_owner_js__WEBPACK_IMPORTED_MODULE_6__/* .ownerTag */ .qE)() };
        this.write(JSON.stringify(header));
        (0,_crash_points_js__WEBPACK_IMPORTED_MODULE_5__/* .crashPoint */ .u)();
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(this.staging, { mode: 0o700 });
        }
        catch (error) {
            this.remove();
            throw error;
        }
    }
    write(line) {
        const bytes = Buffer.from(line + '\n');
        try {
            for (let off = 0; off < bytes.length;)
                off += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(this.fd, bytes, off);
        }
        catch (error) {
            // (A write by descriptor names no file: say which one, so a full disk is told apart.)
            throw Object.assign(error, { path: this.file });
        }
    }
    /** Records a step before it is made. */
    record(step) {
        (0,_crash_points_js__WEBPACK_IMPORTED_MODULE_5__/* .crashPoint */ .u)();
        this.write(JSON.stringify(step));
        (0,_crash_points_js__WEBPACK_IMPORTED_MODULE_5__/* .crashPoint */ .u)();
    }
    close() {
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(this.fd);
        this.fd = undefined;
    }
    /** After the staging directory is gone: the journal has nothing left to vouch for. */
    remove() {
        this.close();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(this.file, { force: true });
    }
}
/** Applies staged entries, journal first; `undo` reverses everything done so far. */
class Applier {
    journal;
    steps = [];
    n = 0;
    /** Directories known to exist as real directories (created or checked). */
    dirs = new Set();
    dest;
    staging;
    constructor(journal) {
        this.journal = journal;
        this.dest = journal.dest;
        this.staging = journal.staging;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.staging, 'replaced'), { recursive: true });
    }
    record(step) {
        this.journal.record(step);
        this.steps.push(step);
    }
    moveAway(rel) {
        const n = this.n++;
        this.record(['moved', rel, n]);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dest, rel), node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.staging, 'replaced', String(n)));
    }
    makeDir(rel, mode) {
        this.record(['made', rel]);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dest, rel), { mode });
    }
    put(rel) {
        this.record(['placed', rel]);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.staging, 'tree', rel), node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dest, rel));
    }
    /** Makes every ancestor of `rel` a real directory (an existing symlink or file there is moved away). */
    ensureParents(rel) {
        for (const a of (0,_core_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ancestors */ .T1)(rel)) {
            if (this.dirs.has(a))
                continue;
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dest, a), { throwIfNoEntry: false });
            if (!st?.isDirectory()) {
                if (st)
                    this.moveAway(a);
                this.makeDir(a, 0o755);
            }
            this.dirs.add(a);
        }
    }
    /**
     * Puts one entry in place, staged at `tree/<path>` in staging. `subtree`: a staged directory holding
     * the entry's whole new subtree (an added directory), moved with one rename. Synchronous, like the
     * extraction of small files: one rename per file, no thread-pool round trips.
     */
    place(entry, subtree) {
        this.ensureParents(entry.path);
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dest, entry.path), { throwIfNoEntry: false });
        if (entry.type === 'dir') {
            this.dirs.add(entry.path);
            // A directory planned as new, whose subtree is staged whole, found there: the plan never saw it (a
            // manifest's exclude hid it, or it was made since), and keeping it would leave its subtree unplaced.
            if (st?.isDirectory() && subtree)
                throw new Error(`'${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .printablePath */ .Vj)(entry.path)}' is already a directory, which the restore's plan did not see (the checkpoint's exclude leaves it out, or it was made during the restore)`);
            if (st?.isDirectory())
                return; // mode fixed in finishModes
            if (st)
                this.moveAway(entry.path);
            if (subtree)
                this.put(entry.path);
            else
                this.makeDir(entry.path, 0o700);
            return;
        }
        if (st)
            this.moveAway(entry.path);
        this.put(entry.path);
    }
    remove(rel) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dest, rel), { throwIfNoEntry: false }))
            this.moveAway(rel);
    }
    /** Directory modes last (deepest first), so a read-only dir does not block its own children. */
    finishModes(dirs) {
        for (const d of [...dirs].reverse()) {
            const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dest, d.path);
            const mode = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(abs).mode & 0o7777;
            if (mode === d.mode)
                continue;
            this.record(['chmod', d.path, mode]);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(abs, d.mode);
        }
    }
    /** Marks the restore complete: from here on a crash leaves the new state, and staging is only debris. */
    commit() {
        this.record(['done']);
        this.journal.close();
    }
    /** Undoes every step; false when something could not be put back (it is still in staging). */
    undo() {
        this.journal.close();
        return undoSteps(this.steps, this.dest, this.staging);
    }
}
/** Whether every ancestor of `rel` in `dest` is a real directory (nothing is put back through a link). */
function parentsAreDirs(dest, rel) {
    return (0,_core_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ancestors */ .T1)(rel).every((a) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dest, a), { throwIfNoEntry: false })?.isDirectory());
}
/**
 * Reverses `steps`, last first, each only as far as the disk shows it was made, so that running it again
 * (after a crash during an undo) does no harm. False when something moved away could not go back.
 */
function undoSteps(steps, dest, staging) {
    let complete = true;
    for (const s of [...steps].reverse()) {
        if (s[0] === 'done')
            continue;
        const at = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dest, s[1]);
        try {
            if (s[0] === 'chmod') {
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(at, { throwIfNoEntry: false })?.isDirectory())
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(at, s[2]);
            }
            else if (s[0] === 'made') {
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(at, { throwIfNoEntry: false })?.isDirectory())
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmdirSync)(at);
            }
            else if (s[0] === 'placed') {
                // Made when the staged name is gone; moved back there, which also marks it undone.
                const staged = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(staging, 'tree', s[1]);
                if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(staged, { throwIfNoEntry: false }) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(at, { throwIfNoEntry: false }))
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(at, staged);
            }
            else {
                const kept = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(staging, 'replaced', String(s[2]));
                if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(kept, { throwIfNoEntry: false }))
                    continue;
                if (!parentsAreDirs(dest, s[1]))
                    throw new Error(`a parent of '${s[1]}' is not a directory`);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(kept, at);
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


/***/ }),

/***/ 14597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ failureReason),
/* harmony export */   X: () => (/* binding */ fsProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59062);
/**
 * What a restore says when the file system refuses it: which disk or path, and what to do about it.
 */




/** Why staging failed; a full disk says which one filled and how much the restore needed. */
function failureReason(error, r) {
    const e = error;
    if (e?.code === 'EXDEV')
        return crossDevice(e, r.dest) ?? fsProblem(error) ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error);
    if (e?.code !== 'ENOSPC' && e?.code !== 'EDQUOT')
        return fsProblem(error) ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error);
    const need = r.plan.toWrite.reduce((n, t) => n + (t.size ?? 0), 0);
    const where = e.path !== undefined && (0,_core_index_js__WEBPACK_IMPORTED_MODULE_3__/* .isInsideDir */ .is)(e.path, r.journals)
        ? `the disk of the restore journals (${r.journals}) is full`
        : `the disk of the destination ${r.dest} is full (files are staged there, in ${STAGING_NAME_HINT}, before they move into place; the store is only read)`;
    return `${where}: ${need} bytes are to be written; free space there and restore again (${errnoDetail(e)})`;
}
/**
 * A rename that met another file system inside the destination (a tmpfs or bind mount on one of its
 * directories): staging is on the destination's own, and nothing moves across by rename. The mount is what
 * the user can act on; the two paths of the rename name it only between the lines.
 */
function crossDevice(e, dest) {
    const destDev = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dest, { throwIfNoEntry: false })?.dev;
    if (destDev === undefined)
        return undefined;
    for (const p of [e.path, e.dest]) {
        if (typeof p !== 'string' || !(0,_core_index_js__WEBPACK_IMPORTED_MODULE_3__/* .isInsideDir */ .is)(p, dest))
            continue;
        // The outermost directory below `dest` on another device: where the other file system is mounted.
        let mount;
        for (let at = p; at !== dest && (0,_core_index_js__WEBPACK_IMPORTED_MODULE_3__/* .isInsideDir */ .is)(at, dest); at = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(at)) {
            const dev = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(at, { throwIfNoEntry: false })?.dev;
            if (dev !== undefined && dev !== destDev)
                mount = at;
        }
        if (mount !== undefined)
            return `${mount} is a file system of its own mounted inside ${dest} (a tmpfs or a bind mount): a restore stages files on the destination's file system and renames them into place, which cannot cross into another; restore with it unmounted, or leave ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(dest, mount)} out of the restore (restore/'s paths, the CLI's --paths) (${errnoDetail(e)})`;
    }
    return undefined;
}
const STAGING_NAME_HINT = '.ci-recovery-staging-*';
/** What is wrong at the path, and the fix, for each error of the file system a restore can meet. */
const PROBLEMS = {
    ENOTDIR: (at, elsewhere) => `${at} cannot be a directory: a file stands where it or a directory above it should be; move that file away or ${elsewhere}`,
    EACCES: (at, elsewhere) => `this user lacks the permission for ${at} (to read it, or to write in its directory); give it access there (chmod, chown) or ${elsewhere}`,
    EPERM: (at, elsewhere) => `this user may not change ${at} (operation not permitted: another owner, or an immutable or append-only file); give it the rights there or ${elsewhere}`,
    EROFS: (at, elsewhere) => `${at} is on a read-only file system; ${elsewhere} on a writable disk`,
    ENOSPC: (at) => `the disk of ${at} is full; free space there and restore again`,
    EDQUOT: (at) => `this user's disk quota for ${at} is used up; free space there and restore again`,
    EEXIST: (at) => `${at} appeared while the restore was writing it: something else writes into the destination; stop it, then restore again`,
    ENOENT: (at, elsewhere, syscall) => syscall === 'mkdir'
        ? `${at} cannot be made: the directory above it is gone, or takes no new directories (as under /proc or /sys); ${elsewhere}`
        : `${at} went missing while the restore was using it: something else changes the destination; stop it, then restore again`,
    ELOOP: (at, elsewhere) => `${at} goes through a symbolic link that loops (or too many links in a row); remove or fix that link, or ${elsewhere}`,
    ENAMETOOLONG: (at, elsewhere) => `${at} is longer than the system allows; ${elsewhere} with a shorter path`,
    EISDIR: (at, elsewhere) => `${at} is a directory where the restore must write a file; move it away or ${elsewhere}`,
    ENOTEMPTY: (at) => `${at} is not empty where the restore must replace it: something else writes into the destination; stop it, then restore again`,
    EBUSY: (at, elsewhere) => `${at} is in use (a mount point, or held open); unmount or close it, or ${elsewhere}`,
    EIO: (at, elsewhere) => `the disk of ${at} reported an input/output error; check the disk, or ${elsewhere} on another disk`,
};
/**
 * An error of the file system as a sentence that names the path and the fix (`elsewhere`: the way around
 * it); undefined for anything else. Read from the error's fields, not its class: an error from another
 * realm (jest's) is no `Error` here, and its message alone names no fix.
 */
function fsProblem(error, elsewhere = 'restore into another directory') {
    const e = error;
    // Without a path it is no error of a file (a socket's ECONNRESET has a code and a syscall too).
    if (typeof e?.code !== 'string' || typeof e.syscall !== 'string' || typeof e.path !== 'string')
        return undefined;
    const from = e.path;
    const dest = e.dest;
    const to = typeof dest === 'string' ? dest : undefined;
    const at = to === undefined ? from : `${from} (moving it to ${to})`;
    const say = PROBLEMS[e.code];
    return `${say ? say(at, elsewhere, e.syscall) : `the file system refused to ${e.syscall} ${at}; check that path, or ${elsewhere}`} (${errnoDetail(e)})`;
}
/** The system's own words for an error of the file system, whatever realm it came from. */
function errnoDetail(e) {
    const message = typeof e.message === 'string' ? e.message : '';
    return message.startsWith(e.code ?? '\0') ? message : [e.code, message].filter(Boolean).join(': ');
}


/***/ }),

/***/ 54334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xF: () => (/* reexport */ archiveBound),
  yG: () => (/* reexport */ archiveSource),
  ZI: () => (/* reexport */ chainArchives),
  vQ: () => (/* binding */ restoreCheckpoint)
});

// UNUSED EXPORTS: freeBytes

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/checkpoint/core/index.ts + 4 modules
var core = __webpack_require__(59062);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/checkpoint/core/tar.ts
var tar = __webpack_require__(37359);
// EXTERNAL MODULE: ./src/runner/adapters/make-dirs.ts
var make_dirs = __webpack_require__(39590);
// EXTERNAL MODULE: ./src/checkpoint/adapters/heap.ts
var heap = __webpack_require__(87841);
// EXTERNAL MODULE: ./src/checkpoint/adapters/compress.ts
var compress = __webpack_require__(19259);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/archive-prefetch.ts

/**
 * About how many bytes the tar stream of `manifest`'s own archive holds (each entry's header and its
 * data in whole blocks, and the two closing blocks), from the manifest's word: a hint for the decompressor's
 * output, never trusted for more. Counted only for a small archive: a big one's output is big.
 */
function tarBytes(manifest) {
    if (manifest.archive.size >= compress/* OUTPUT_SOCKET_FROM */.t2)
        return undefined;
    let bytes = 1024 + 512 * manifest.archive.entries;
    for (const e of manifest.entries)
        if (e.type === 'file' && e.link === undefined && (e.from ?? manifest.id) === manifest.id)
            bytes += Math.ceil((e.size ?? 0) / 512) * 512;
    return bytes;
}
class EarlyArchive {
    store;
    manifest;
    opened;
    decoder;
    sink;
    constructor(store, manifest) {
        this.store = store;
        this.manifest = manifest;
        this.decoder = (0,compress/* decompressTo */.jQ)(manifest.archive.compression, (chunk) => this.deliver(chunk), {
            inputBytes: manifest.archive.size,
            outputBytes: tarBytes(manifest),
        });
        // Its failure to start, or its exit, is the extraction's to report when it takes it (nobody's, once dropped).
        this.decoder.then((d) => d.done.catch(() => undefined)).catch(() => undefined);
    }
    /** Starts the decompressor of `manifest`'s own archive when the store has no local file to read in place. */
    static start(store, manifest) {
        if (store.archivePath?.(manifest.archive.file) !== undefined)
            return undefined;
        return new EarlyArchive(store, manifest);
    }
    /**
     * Opens the archive's download, once the decompressor is up, when the files to write need it; stops the
     * decompressor when they do not.
     */
    async open(toWrite) {
        const id = this.manifest.id;
        const own = (e) => e.type === 'file' && e.link === undefined && (e.from ?? id) === id;
        if (!this.decoder || !toWrite.some(own))
            return this.drop();
        // (a decompressor that failed to start is the extraction's to report: it takes that failure)
        await this.decoder.catch(() => undefined);
        this.opened = this.store.getArchive(this.manifest.archive.file);
        // Its failure is the extraction's to report, when it takes it (or nobody's, once dropped).
        this.opened.catch(() => undefined);
    }
    /** The opened download of `file` from `store` and its decompressor, handed out once; undefined for any other. */
    take(store, file) {
        const { opened, decoder } = this;
        if (store !== this.store || file !== this.manifest.archive.file || !opened || !decoder)
            return undefined;
        this.opened = undefined;
        this.decoder = undefined;
        return {
            opened,
            startDecoder: (onChunk) => {
                this.sink = onChunk;
                return decoder;
            },
        };
    }
    deliver(chunk) {
        // (nothing was fed to it before the extraction took it: output before that is not this archive's)
        if (!this.sink)
            throw new Error('the decompressor gave output before it was fed');
        this.sink(chunk);
    }
    /** Closes the download and stops the decompressor if nothing took them (the restore failed before). */
    async drop() {
        const { opened, decoder } = this;
        this.opened = undefined;
        this.decoder = undefined;
        // (one that failed to open or start has nothing to close)
        if (opened)
            (await opened.catch(() => undefined))?.destroy();
        // (one that failed to start has no process to stop)
        const d = await decoder?.catch(() => undefined);
        if (!d)
            return;
        d.kill();
        d.input.destroy();
        // it was killed: its exit says nothing
        await d.done.catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./src/checkpoint/adapters/extract.ts + 2 modules
var extract = __webpack_require__(23281);
// EXTERNAL MODULE: ./src/checkpoint/adapters/local-manifest.ts
var local_manifest = __webpack_require__(43024);
// EXTERNAL MODULE: ./src/checkpoint/adapters/crash-points.ts
var crash_points = __webpack_require__(98846);
// EXTERNAL MODULE: ./src/checkpoint/adapters/destination-lock.ts
var destination_lock = __webpack_require__(25143);
// EXTERNAL MODULE: ./src/checkpoint/adapters/journal-dir.ts
var journal_dir = __webpack_require__(65702);
// EXTERNAL MODULE: ./src/checkpoint/adapters/placement.ts
var placement = __webpack_require__(25084);
// EXTERNAL MODULE: ./src/checkpoint/adapters/placement-recovery.ts
var placement_recovery = __webpack_require__(94470);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/checkpoint/adapters/digest.ts
var digest = __webpack_require__(13707);
// EXTERNAL MODULE: ./src/checkpoint/adapters/scan.ts
var adapters_scan = __webpack_require__(10318);
// EXTERNAL MODULE: ./src/checkpoint/adapters/store.ts
var adapters_store = __webpack_require__(66906);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/restore-plan.ts
/**
 * A restore's plan (restore.ts): where it may write (the destination, as a real path, once
 * checkpoint/core/destination.ts allows it), what it leaves alone, the archives of the checkpoint's chain,
 * and what changes on disk. Nothing here writes into the destination.
 */





// From core/text.ts itself: core/step.ts's re-export put that module in the restoring part's chunk too,
// a second copy of what the checkpoint door's chunk, loaded first, already holds.





/** What is on disk under the restored roots, with hashes for files that could equal their target. */
async function currentState(dest, roots, exclude, target) {
    // Nothing is under a destination that is not there (a restore into a new directory): its scan would
    // only compile the exclude globs, ~5 ms of CPU between the manifest and the archive's request. Only a
    // missing one is skipped: lstat throws what the scan threw (EACCES, ELOOP), which existsSync hides.
    const there = (0,external_node_fs_.lstatSync)(dest, { throwIfNoEntry: false }) !== undefined;
    const scan = there ? await (0,adapters_scan/* scanTree */.wp)(dest, roots, exclude) : undefined;
    const current = (0,core/* selectPaths */.LO)(scan?.entries ?? [], roots);
    // The directories above a nested root ('packages/a' of 'packages/a/node_modules') are entries of the
    // checkpoint but not of the scan. One that is there as a directory is left as it is, whatever its mode
    // (it lies outside what was checkpointed); only a missing one is added, and anything else replaced.
    const seen = new Set(current.map((c) => c.path));
    for (const root of roots)
        for (const a of (0,core/* ancestors */.T1)(root)) {
            const t = target.get(a);
            if (seen.has(a) || t?.type !== 'dir')
                continue;
            seen.add(a);
            const found = (0,adapters_scan/* entryOf */.Ms)(external_node_path_default().join(dest, a), a);
            if (found)
                current.push(found.type === 'dir' ? { ...found, mode: t.mode } : found);
        }
    const hasher = new digest/* FileHasher */.gp();
    for (const c of current) {
        const t = target.get(c.path);
        if (c.type === 'file' && t?.type === 'file' && t.size === c.size)
            c.sha256 = hasher.sha256(external_node_path_default().join(dest, c.path));
    }
    // The only names that can share an inode: those the scan found with more than one (most trees have
    // none). Some may be left out of `current` below: those are not restored either, and go unlooked at.
    return { current, linkedOnDisk: scan?.hardLinks ?? [], excluded: scan?.excluded ?? [] };
}
/**
 * What restoring `manifest` (or its paths under `only`) into `dest` changes, with the entries to write
 * and the directories added whole. A function of its own so that its lookup map of every entry is freed
 * before the download: held to the end, it was part of the restore's memory peak.
 */
async function planOnDisk(manifest, dest, only, untouched, logger) {
    const selected = (0,core/* selectPaths */.LO)(manifest.entries, only);
    // What every save of these roots leaves out (git's own, the local store, credentials files) is the restoring
    // side's rule: the manifest's exclude only adds to it, so a forged `exclude: []` neither has a `.env` the job
    // wrote deleted nor names one to write over it. An entry the rule leaves out that the manifest's own exclude
    // does not (a forgery, or an older version's save of a package's `.env.example`) is not written.
    const ownRule = (0,adapters_scan/* saveExclusions */.xi)(manifest.paths, [], true);
    const byOwnRule = underRule((0,adapters_scan/* treeExcluder */.tq)(ownRule), (0,adapters_scan/* treeExcluder */.tq)(manifest.exclude));
    // Each entry is tested once against each rule: for 20,000 entries the rules' globs were ~0.2 s of CPU
    // when each list below asked them again.
    const targetList = [];
    const leftOut = [];
    const notWritten = [];
    for (const e of selected)
        if (untouched.test(e.path))
            leftOut.push(e);
        else if (byOwnRule(e.path))
            notWritten.push(e);
        else
            targetList.push(e);
    if (leftOut.length > 0)
        logger?.warning(`${leftOut.length} entries of checkpoint '${manifest.id}' (first: '${(0,core_text/* printablePath */.Vj)(leftOut[0].path)}') were left out: a restore never writes into .git, .ci-recovery, the store or its own staging.`);
    if (notWritten.length > 0)
        logger?.warning(`${notWritten.length} entries of checkpoint '${manifest.id}' (first: '${(0,core_text/* printablePath */.Vj)(notWritten[0].path)}') were not written: a save leaves credentials files out, so a restore neither writes nor deletes them.`);
    if (only && targetList.length === 0) {
        throw new errors/* UserError */.yo(`None of the paths ${only.map((p) => `'${p}'`).join(', ')} is in checkpoint '${manifest.id}' (it holds: ${manifest.paths.join(', ')}).`);
    }
    const target = new Map(targetList.map((e) => [e.path, e]));
    const exclude = [...new Set([...manifest.exclude, ...ownRule, ...untouched.globs])];
    // What the globs cannot say (git's own directory by another spelling, `.GIT`) is left alone here too.
    const onDisk = await currentState(dest, only ?? manifest.paths, exclude, target);
    const current = [];
    const leftAlone = onDisk.excluded;
    for (const e of onDisk.current)
        if (untouched.test(e.path))
            leftAlone.push(e.path);
        else
            current.push(e);
    const changes = (0,core/* planRestore */.q8)(targetList, current);
    (0,core/* withWholeLinkGroups */.W4)(target, current, onDisk.linkedOnDisk, changes);
    // A directory moved away whole would take what is left alone in it: what must never go with it is git's
    // own (a nested repository's .git), the store and the journals, and a credentials file the save left out
    // (`.env`, `.npmrc`: not to be had again). Other content the save excluded (`.gitkeep`, `.DS_Store`) goes
    // with a directory the checkpoint lacks or puts a file or link in place of, as it always did (review:
    // keeping it kept the removed directory, and refusing it refused restores that had worked).
    const over = (0,core/* spareLeftAlone */.iO)(target, leftAlone.filter((p) => untouched.test(p) || isCredentialsFile(p)), changes);
    if (over)
        throw new extract/* RestoreError */.DZ(over.holds === over.path
            ? `checkpoint '${manifest.id}' refused: it puts a ${target.get(over.path).type} in place of '${(0,core_text/* printablePath */.Vj)(over.path)}', which its own exclude leaves out and a restore leaves alone; the checkpoint is corrupt or was tampered with, and the workspace was not changed`
            : `checkpoint '${manifest.id}' refused: it puts a ${target.get(over.path).type} in place of the directory '${(0,core_text/* printablePath */.Vj)(over.path)}', which holds '${(0,core_text/* printablePath */.Vj)(over.holds)}', which a restore leaves alone; the workspace was not changed`);
    const toWrite = [...changes.added, ...changes.modified].map((p) => target.get(p));
    const addedDirs = new Set();
    for (let i = 0; i < changes.added.length; i++)
        if (toWrite[i].type === 'dir')
            addedDirs.add(toWrite[i].path);
    return { targetList, current, changes, toWrite, addedDirs };
}
/** A credentials file at any depth (scan.ts SECRET_DOTFILES), or a path inside one. */
const isCredentialsFile = (0,adapters_scan/* excluder */.HZ)(adapters_scan/* SECRET_DOTFILES */.Mf);
/**
 * Whether `own` leaves a path (or a directory above it) out where `theirs` (the manifest's exclude) does not.
 * Both test every directory above the path themselves (scan.ts treeExcluder).
 */
function underRule(own, theirs) {
    return (p) => own(p) && !theirs(p);
}
/** The longest chain of parents followed; longer is a loop in all but name. */
const MAX_CHAIN = 10_000;
/**
 * The archive of every checkpoint in `manifest`'s chain of parents, by id, each manifest read once.
 * Refuses a chain that loops, and a file said to come from a checkpoint outside the chain: a manifest is
 * untrusted, and a chain is only what its parents say. A parent removed from the store ends the walk;
 * archives beyond such a gap are then read as they are named (each file is still checked by its hash).
 * `parsed` hears of each manifest read here (the restore counts their entries: heap.ts collectAll).
 */
async function chainArchives(store, manifest, parsed = () => undefined) {
    const chain = new Map([[manifest.id, manifest.archive]]);
    // Keyed entries' archives as this manifest recorded them: the entry's own word is never asked for.
    for (const ref of manifest.keyed ?? [])
        chain.set(ref.id, ref.archive);
    let gap = false;
    for (let id = manifest.parent; id !== undefined;) {
        if (chain.has(id) || chain.size > MAX_CHAIN)
            throw new extract/* RestoreError */.DZ(`checkpoint '${manifest.id}' refused: its chain of parents loops back to '${id}'; the checkpoint is corrupt or was tampered with`);
        let parent;
        try {
            parent = await store.getManifest(id);
        }
        catch (error) {
            if (!(error instanceof adapters_store/* NotFoundError */.m_))
                throw error;
            gap = true;
            break;
        }
        parsed(parent);
        chain.set(id, parent.archive);
        id = parent.parent;
    }
    for (const need of (0,core/* archivesNeeded */.jq)(manifest)) {
        if (chain.has(need))
            continue;
        if (!gap)
            throw new extract/* RestoreError */.DZ(`checkpoint '${manifest.id}' refused: it takes files from '${need}', which is not in its chain of parents; the checkpoint is corrupt or was tampered with`);
        const beyond = await store.getManifest(need);
        parsed(beyond);
        chain.set(need, beyond.archive);
    }
    return chain;
}
/** The directory of a store whose archives are local files (a `dir:` store), as a real path. */
function localStoreDir(store) {
    const archive = store.archivePath?.('x');
    return archive === undefined ? undefined : realPathOf(external_node_path_default().dirname(archive)).real;
}
/** The real path of `abs` (of its nearest existing ancestor, for a missing one) and what is there. */
function realPathOf(abs) {
    let missing = '';
    for (let at = abs;; at = external_node_path_default().dirname(at)) {
        let real;
        try {
            real = external_node_fs_.realpathSync.native(at);
        }
        catch {
            // the path does not exist (yet): walk up to its nearest existing parent
            if (external_node_path_default().dirname(at) === at)
                return { real: abs, state: 'missing' };
            missing = external_node_path_default().join(external_node_path_default().basename(at), missing);
            continue;
        }
        const st = (0,external_node_fs_.lstatSync)(real);
        if (!st.isDirectory())
            return missing
                ? { real: external_node_path_default().join(real, missing), state: 'not-dir', blocker: real }
                : { real, state: 'not-dir' };
        if (missing)
            return { real: external_node_path_default().join(real, missing), state: 'missing' };
        return { real, state: (0,external_node_fs_.readdirSync)(real).length === 0 ? 'empty-dir' : 'dir' };
    }
}
/** The destination as a real path, once destination.ts allows it; else a UserError that says why. */
function checkedDestination(opts, storeDir) {
    const { real, state, blocker } = realPathOf(external_node_path_default().resolve(opts.dest));
    const home = external_node_os_default().homedir();
    const problem = (0,core/* destinationProblem */.wI)({
        given: opts.destInput?.given ?? opts.dest,
        dest: real,
        state,
        ...(blocker ? { blocker } : {}),
        workspace: opts.workspace ? realPathOf(external_node_path_default().resolve(opts.workspace)).real : real,
        ...(home ? { home: realPathOf(home).real } : {}),
        ...(storeDir ? { storeDir } : {}),
    }, {
        input: opts.destInput?.input ?? 'the destination',
        optIn: opts.destInput?.optIn ?? 'destOutsideWorkspace',
        allowOutside: opts.destOutsideWorkspace === true,
    });
    if (problem)
        throw new errors/* UserError */.yo(problem);
    return real;
}
function leftAloneIn(dest, dirs) {
    const inside = [];
    for (const d of dirs) {
        if (!d)
            continue;
        const real = realPathOf(external_node_path_default().resolve(d)).real;
        if (real !== dest && (0,core/* isInsideDir */.is)(real, dest))
            inside.push(external_node_path_default().relative(dest, real).split((external_node_path_default()).sep).join('/'));
    }
    return { globs: [...core/* LEFT_ALONE_GLOBS */.AR, ...inside.map(core/* literalGlob */.Iq)], test: (0,core/* leftAloneBy */.ud)(inside) };
}
/**
 * Drops setuid, setgid, sticky and world-writable bits from files and directories (links have no mode of
 * their own), before planning, so the plan compares with what will be set.
 */
function dropSpecialModes(manifest, logger) {
    let dropped = 0;
    for (const e of manifest.entries)
        if (e.type !== 'symlink' && (e.mode & ~core/* RESTORED_MODE_BITS */.Sy) !== 0) {
            e.mode &= core/* RESTORED_MODE_BITS */.Sy;
            dropped++;
        }
    if (dropped)
        logger?.warning(`${dropped} entries of checkpoint '${manifest.id}' had setuid, setgid, sticky or world-writable bits; they were restored without them (restore/'s 'keep-special-modes: true', the CLI's --keep-special-modes, keeps them).`);
}
/** The paths of a partial restore, in normal form; undefined for the whole checkpoint. */
function requestedPaths(paths) {
    let only;
    try {
        only = paths?.length ? paths.map((p) => (0,core/* safeEntryPath */.FB)(p, { allowRoot: true })) : undefined;
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Restore path refused: ${(0,errors/* errorMessage */.gJ)(error)}. Give paths relative to the workspace.`);
    }
    return only?.includes('.') ? undefined : only;
}

// EXTERNAL MODULE: ./src/runner/adapters/platform.ts
var platform = __webpack_require__(34264);
// EXTERNAL MODULE: ./src/checkpoint/adapters/keyed.ts
var keyed = __webpack_require__(83057);
// EXTERNAL MODULE: ./src/checkpoint/adapters/keyed-store.ts
var keyed_store = __webpack_require__(84385);
// EXTERNAL MODULE: ./src/checkpoint/adapters/restore-errors.ts
var restore_errors = __webpack_require__(14597);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/restore-stage.ts
/**
 * A restore's staging and placement (restore.ts): every file to write comes out of its archive verified
 * (extract.ts) into a staging directory inside the destination, then everything is swapped into place,
 * journal first (placement.ts).
 */









/** Moving verified files into place failed; everything moved so far was put back (or the message says where it is). */
class PlacementError extends extract/* RestoreError */.DZ {
    stagingKept;
    name = 'PlacementError';
    constructor(message, 
    /** Not everything could be put back: the staging directory holds the rest and is kept. */
    stagingKept = false) {
        super(message);
        this.stagingKept = stagingKept;
    }
}
/**
 * The mode a new directory is staged with: its own where mkdir gives exactly that and its owner keeps
 * every right (its files are still to be written), else 0700 until placement sets it (finishModes, which
 * leaves alone a directory that already has its mode). Staging stays private either way: its root is
 * 0700. Made with its own mode, a directory costs placement no chmod and no journal line: for the 6,700
 * directories of a 40,000-file node_modules that was most of placement's time.
 */
function stagedDirMode(mode) {
    return (mode & ~0o777) === 0 && (mode & (0,extract/* umask */.MZ)()) === 0 && (mode & 0o700) === 0o700 ? mode : 0o700;
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
 * Stages every entry to write at its own relative path under `tree`, so that a directory that is new as
 * a whole (the common case: restoring dist/ or node_modules/ into a fresh checkout) moves into place with
 * a single rename instead of one per file. Files come out of their archives verified; links were checked
 * when the manifest was read.
 */
async function stageEntries(opts, r, tree) {
    const { toWrite, addedDirs } = r.plan;
    const stagedAt = (p) => (p === '.' ? tree : (0,extract/* below */.Gz)(tree, p));
    const made = new Set();
    const stageDir = (p, mode = 0o700) => {
        if (made.has(p))
            return;
        (0,external_node_fs_.mkdirSync)(stagedAt(p), { recursive: true, mode });
        made.add(p);
    };
    const byArchive = new Map();
    const wantFrom = (e) => {
        const from = e.from ?? r.manifest.id;
        if (!byArchive.has(from))
            byArchive.set(from, new Map());
        byArchive.get(from).set(e.path, e);
    };
    const links = [];
    for (const e of toWrite) {
        if (e.type === 'dir') {
            if (addedDirs.has(e.path))
                stageDir(e.path, stagedDirMode(e.mode));
            continue;
        }
        stageDir(external_node_path_default().posix.dirname(e.path));
        if (e.type === 'symlink')
            continue;
        if (e.link !== undefined)
            links.push(e);
        else
            wantFrom(e);
    }
    const aside = linkedFilesAside(r, links, external_node_path_default().join(external_node_path_default().dirname(tree), 'linked'));
    for (const e of aside.keys())
        wantFrom(e);
    await extractEach(opts, r, byArchive, tree, aside);
    for (const e of toWrite)
        if (e.type === 'symlink')
            (0,platform/* makeSymlink */.mb)(e.target, stagedAt(e.path));
    const asideAt = new Map([...aside].map(([e, at]) => [e.path, at]));
    for (const e of links)
        linkStaged(e, asideAt.get(e.link) ?? stagedAt(e.link), stagedAt(e.path));
}
/**
 * The files that links to be written name but that this restore does not write (a partial restore, a
 * file left alone), each with a place of its own in staging, outside the tree that moves into place:
 * they are extracted and verified there only for their links to be made from.
 */
function linkedFilesAside(r, links, dir) {
    const aside = new Map();
    if (links.length === 0)
        return aside;
    const writing = new Set(r.plan.toWrite.map((e) => e.path));
    const missing = new Set(links.map((l) => l.link).filter((p) => !writing.has(p)));
    if (missing.size === 0)
        return aside;
    (0,external_node_fs_.mkdirSync)(dir, { mode: 0o700 });
    for (const e of r.manifest.entries)
        if (missing.has(e.path) && e.type === 'file' && e.link === undefined)
            aside.set(e, external_node_path_default().join(dir, String(aside.size)));
    return aside;
}
/** Errors of link(2) that say the file system cannot make this link, not that something is wrong. */
const NO_LINK = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK']);
/**
 * Makes hard link `e` in staging, to the file it names as this restore wrote and verified it (staged in
 * the tree, or aside): never to anything outside staging, nor to anything the archive named.
 */
function linkStaged(e, from, to) {
    if (!(0,external_node_fs_.lstatSync)(from, { throwIfNoEntry: false })?.isFile())
        throw new extract/* RestoreError */.DZ(`hard link '${e.path}' names '${e.link}', which this restore did not write`);
    try {
        (0,external_node_fs_.linkSync)(from, to);
    }
    catch (error) {
        // A file system without hard links (FAT, some SMB shares), or one at its limit of links per file:
        // the same verified bytes, as a copy of their own.
        if (!NO_LINK.has(error.code ?? ''))
            throw error;
        (0,external_node_fs_.copyFileSync)(from, to, external_node_fs_.constants.COPYFILE_EXCL);
    }
    e.stat = new WrittenFacts((0,external_node_fs_.lstatSync)(to));
}
/**
 * Extracts the archives of the chain two at a time: each holds its own files (an entry has one `from`),
 * so they write to distinct staged paths, and a small archive's download and extraction (the build's
 * outputs) no longer waits for a big one's (node_modules from its keyed entry). Every extraction is settled
 * before this returns or throws, so nothing writes into the staging once the caller removes it; the first
 * failure in chain order is the one reported.
 */
async function extractEach(opts, r, byArchive, tree, aside) {
    const archives = [...byArchive];
    const failures = new Array(archives.length);
    let next = 0;
    // Two at a time: a long incremental chain must not start a decompressor per link at once.
    const lane = async () => {
        for (let i = next++; i < archives.length; i = next++) {
            const [id, wanted] = archives[i];
            try {
                const source = await archiveSource(opts.store, r.manifest, id, opts.keyedStore);
                const maxTarBytes = await archiveBound(opts.store, r.manifest, id, opts.keyedStore, r.tarBounds);
                const early = r.early?.take(source, r.chain.get(id).file);
                await (0,extract/* extractArchive */.Qh)(source, { archive: r.chain.get(id) }, wanted, tree, {
                    logger: opts.logger,
                    // A file put aside is not written into the workspace: it gets no facts of its own.
                    onWritten: (e, st) => void (aside.has(e) || (e.stat = new WrittenFacts(st))),
                    ...(aside.size ? { stagedAt: (e) => aside.get(e) } : {}),
                    hashFiles: (0,core/* hashesFilesOf */.rF)(r.manifest, id, opts.verify ?? core/* DEFAULT_RESTORE_VERIFY */.Z8),
                    maxTarBytes,
                    opened: early?.opened,
                    startDecoder: early?.startDecoder,
                });
            }
            catch (error) {
                failures[i] = error instanceof Error ? error : new Error(`extracting ${id} failed: ${String(error)}`);
            }
        }
    };
    await Promise.all([lane(), lane()]);
    const failed = failures.find((f) => f !== undefined);
    if (failed)
        throw failed;
}
/**
 * The store that holds archive `id` of `manifest`'s chain: the checkpoint store, or for a keyed entry the
 * keyed store (its archive streamed from there; checked against the digest `manifest` recorded, as any other).
 */
async function archiveSource(store, manifest, id, keyedStore) {
    if (!(0,core/* isKeyedId */.Ko)(id))
        return store;
    return (0,keyed/* keyedArchiveStore */.yN)(manifest, id, keyedStore ?? (0,keyed_store.keyedStoreFor)(store));
}
/**
 * The most tar bytes archive `id` of `manifest`'s chain may hold: its manifest's bound (`bounds`, made as
 * the chain was read), or for a keyed entry what the entry's own manifest accounts for (keyed.ts).
 */
async function archiveBound(store, manifest, id, keyedStore, bounds) {
    const known = bounds?.get(id);
    if (known !== undefined || !(0,core/* isKeyedId */.Ko)(id))
        return known;
    return (0,keyed/* keyedArchiveBound */.Pq)(manifest, id, keyedStore ?? (0,keyed_store.keyedStoreFor)(store));
}
/**
 * Moves the staged entries into place, journal first (placement.ts). On failure everything moved so far
 * is put back; a PlacementError says whether that worked, and keeps the staging where it did not.
 */
function placeStaged(r, journal) {
    const { changes, toWrite, addedDirs, targetList } = r.plan;
    const applier = new placement/* Applier */.Md(journal);
    try {
        // Below a removed directory there is nothing left to remove.
        for (const p of (0,core/* outermost */.J9)(changes.deleted))
            applier.remove(p);
        for (const e of toWrite) {
            // Inside a new directory: already moved with it.
            if (addedDirs.has(external_node_path_default().posix.dirname(e.path)))
                continue;
            applier.place(e, e.type === 'dir' && addedDirs.has(e.path));
        }
        // A directory above a root that was already there is not ours to change (see currentState).
        const above = new Set((r.only ?? r.manifest.paths).flatMap(core/* ancestors */.T1));
        const made = new Set(changes.added);
        applier.finishModes(targetList.filter((e) => e.type === 'dir' && (!above.has(e.path) || made.has(e.path))));
        applier.commit();
    }
    catch (error) {
        if (!applier.undo())
            throw new PlacementError(`could not put restored files in place (${(0,restore_errors/* failureReason */.H)(error, r)}), and not everything could be put back: what is missing is in ${journal.staging} (its journal ${journal.file} lists each move); run 'ci-recovery restore --repair --dest ${r.dest}' once the cause is fixed`, true);
        throw new PlacementError(`could not put restored files in place (${(0,restore_errors/* failureReason */.H)(error, r)}); everything was put back as it was`);
    }
}

;// CONCATENATED MODULE: ./src/checkpoint/adapters/restore.ts
/**
 * Restoring a checkpoint without ever leaving a half-written workspace:
 *   1. read the manifest (untrusted: every path and link target is checked) and plan the changes;
 *   2. stream each needed archive through sha256 -> decompress -> untar into a staging dir inside the
 *      destination (same filesystem, so moves are renames), refusing unsafe or unexpected entries and
 *      checking every file's size (and sha256 where checkpoint/core/verify.ts says so), then the
 *      archive's own digest and size (extract.ts);
 *   3. only then move entries into place, keeping everything replaced or deleted in the staging dir, so
 *      that any error while moving is undone in reverse order.
 * The restoring side decides where it may write (destination.ts: never `/`, the home directory or above
 * the workspace), what it never touches (`.git`, the store, its own staging), which modes it sets, and
 * holds a lock on the destination throughout, so two restores into one destination never interleave.
 */




















/** Undoes killed restores into `dest` (placement-recovery.ts); refuses to go on when one could not be undone. */
function undoInterrupted(dest, journals, logger) {
    const r = (0,placement_recovery/* recoverInterrupted */.j)(dest, journals);
    for (const name of r.rolledBack)
        logger?.warning(`An interrupted restore into ${dest} was undone (${name}): the workspace is as it was before it.`);
    for (const name of r.foreign)
        logger?.warning(`${external_node_path_default().join(dest, name)} is named like a staging directory of ci-recovery, but no restore on this machine made it (it came with the files): it was left alone, and nothing in it was used.`);
    if (r.stuck.length)
        throw new extract/* RestoreError */.DZ(`an interrupted restore into ${dest} could not be fully undone; what is missing is in ${external_node_path_default().join(dest, r.stuck[0])} (its journal in ${journals} lists each move). Put it back, then run 'ci-recovery restore --repair --dest ${dest}'`);
}
/**
 * Where a restore's debug lines say it stands: the milliseconds since it began, and the CPU this process
 * has used since it started (all its threads; the decompressor is a process of its own). On a shared
 * runner a phase's wall time drifts with the load, its CPU does not: the difference between two lines
 * is what the phase between them cost.
 */
function progress(startedMs) {
    const cpu = process.cpuUsage();
    return `${Date.now() - startedMs} ms (process cpu ${Math.round((cpu.user + cpu.system) / 1000)} ms)`;
}
/** How long a restore waits for another one into the same destination, by default. */
const LOCK_WAIT_MS = 30_000;
/**
 * Restores a checkpoint into `opts.dest`. A refusal of the file system met before the plan is carried out
 * (the lock, the journals, the scan) or after it is said as such, with its path and fix.
 */
async function restoreCheckpoint(opts) {
    try {
        return await restoreSteps(opts);
    }
    catch (error) {
        const problem = (0,restore_errors/* fsProblem */.X)(error);
        if (problem === undefined)
            throw error;
        const id = typeof opts.checkpoint === 'string' ? opts.checkpoint : opts.checkpoint.id;
        throw new extract/* RestoreError */.DZ(`checkpoint '${id}' could not be restored: ${problem}`);
    }
}
async function restoreSteps(opts) {
    (0,heap/* keepYoungGenerationSmall */.Dd)();
    const startedMs = Date.now();
    const storeDir = localStoreDir(opts.store);
    const dest = checkedDestination(opts, storeDir);
    const journals = opts.journalDir ?? (0,journal_dir/* defaultJournalDir */.am)();
    const manifest = typeof opts.checkpoint === 'string' ? await opts.store.getManifest(opts.checkpoint) : opts.checkpoint;
    // The manifest's download and text are garbage now; nothing would free them before the planning
    // adds its own (see collectAll).
    (0,heap/* collectAll */._U)(manifest.entries.length);
    opts.logger?.debug(`restore ${manifest.id}: manifest read at ${progress(startedMs)}`);
    const only = requestedPaths(opts.paths);
    // Every manifest of the chain is parsed whole: their garbage, too, is what the second collection frees.
    let parsedEntries = manifest.entries.length;
    // Each archive is bounded by what its own manifest accounts for (a zstd bomb is refused early).
    const tarBounds = new Map([[manifest.id, (0,tar/* tarBytesBound */.hG)(manifest)]]);
    const chain = await chainArchives(opts.store, manifest, (m) => {
        parsedEntries += m.entries.length;
        tarBounds.set(m.id, (0,tar/* tarBytesBound */.hG)(m));
    });
    if (!opts.keepSpecialModes)
        dropSpecialModes(manifest, opts.logger);
    const untouched = leftAloneIn(dest, [storeDir, journals, opts.manifestCache]);
    let release = () => undefined;
    let early;
    if (!opts.dryRun) {
        release = await (0,destination_lock/* lockDestination */.K)(dest, (0,journal_dir/* journalDirectory */.bO)(journals), opts.lockWaitMs ?? LOCK_WAIT_MS, (who) => opts.logger?.info(`Waiting for another restore into ${dest} to end (${who}).`));
    }
    try {
        // What a killed restore into this destination left is undone first: the plan must see the old state.
        if (!opts.dryRun)
            undoInterrupted(dest, journals, opts.logger);
        // The decompressor starts while the restore plans; the archive's download opens once the plan is made.
        early = opts.dryRun ? undefined : EarlyArchive.start(opts.store, manifest);
        const plan = await planOnDisk(manifest, dest, only, untouched, opts.logger);
        const { changes } = plan;
        opts.logger?.debug(`restore ${manifest.id}: planned at ${progress(startedMs)}`);
        const fileEntries = plan.targetList.filter((e) => e.type === 'file');
        const files = fileEntries.length;
        const bytes = fileEntries.reduce((n, e) => n + (e.size ?? 0), 0);
        if (opts.dryRun)
            return { manifest, changes, restored: false, files, bytes };
        // The archive's download opens while the journal and the staging are set up.
        await early?.open(plan.toWrite);
        (0,heap/* collectAll */._U)(parsedEntries);
        await applyPlan(opts, { manifest, chain, tarBounds, dest, journals, plan, only, startedMs, early });
        if (opts.manifestCache && !only)
            await keepLocalManifest(opts.manifestCache, dest, manifest, plan.current, startedMs);
        opts.logger?.debug(`restore ${manifest.id}: done at ${progress(startedMs)}`);
        opts.logger?.info(`Restored ${manifest.id} into ${dest}: ${changes.added.length} added, ${changes.modified.length} modified, ${changes.deleted.length} deleted, ${changes.unchanged} unchanged.`);
        return { manifest, changes, restored: true, files, bytes };
    }
    finally {
        await early?.drop();
        release();
    }
}
/**
 * Carries out a plan: every file to write is fetched and verified into a staging directory inside `dest`,
 * then everything is swapped into place. Any failure leaves the workspace as it was (or, where putting
 * back failed too, says where the rest is and keeps it).
 */
async function applyPlan(opts, r) {
    const { manifest, dest } = r;
    await (0,make_dirs/* makeDirs */.X)(dest).catch((error) => {
        throw new extract/* RestoreError */.DZ(`checkpoint '${manifest.id}' could not be restored: ${(0,restore_errors/* fsProblem */.X)(error) ?? `the destination ${dest} cannot be made (${(0,errors/* errorMessage */.gJ)(error)}); restore into a directory this user can write (not under /proc or /sys)`}. Nothing was changed`);
    });
    await enoughSpace(manifest.id, dest, r.plan.toWrite);
    let journal;
    try {
        journal = new placement/* Journal */.CQ(dest, r.journals);
    }
    catch (error) {
        throw new extract/* RestoreError */.DZ(`checkpoint '${manifest.id}' could not be restored: ${(0,restore_errors/* failureReason */.H)(error, r)}; the workspace was not changed`);
    }
    const staging = journal.staging;
    let keepStaging = false;
    // Facts left on entries by an earlier restore of this same manifest object describe nothing now.
    for (const e of manifest.entries)
        if (e.stat instanceof WrittenFacts)
            e.stat = undefined;
    try {
        // 2. Fetch and verify every needed file into staging.
        const tree = external_node_path_default().join(staging, 'tree');
        await stageEntries(opts, r, tree);
        opts.logger?.debug(`restore ${manifest.id}: verified and staged at ${progress(r.startedMs)}`);
        // 3. Swap into place, journal first (placement.ts).
        placeStaged(r, journal);
    }
    catch (error) {
        if (error instanceof core/* UnsafePathError */.k0)
            throw new extract/* RestoreError */.DZ(`checkpoint '${manifest.id}' refused: ${error.message}; the workspace was not changed`);
        if (error instanceof PlacementError) {
            keepStaging = error.stagingKept;
            throw error;
        }
        throw new extract/* RestoreError */.DZ(`checkpoint '${manifest.id}' could not be restored: ${(0,restore_errors/* failureReason */.H)(error, r)}; the workspace was not changed`);
    }
    finally {
        (0,crash_points/* crashPoint */.u)();
        journal.close();
        if (!keepStaging) {
            await (0,promises_.rm)(staging, { recursive: true, force: true });
            journal.remove();
        }
    }
}
/**
 * Refuses up front a restore whose files cannot fit on the destination's disk: a manifest (a forged one's
 * single huge file among them) would otherwise be written until the disk is full, the runner's other
 * writers failing with it, before the restore fails and removes it all. One statfs; a file system that
 * compresses (btrfs, ZFS) could hold more than it says, and is refused as if it did not.
 */
/**
 * The bytes a restore may write on a file system, by its statfs; undefined where it cannot say (the restore is
 * left to fail as it writes, as before): no answer, or no blocks at all (a FUSE file system without a statfs of
 * its own: libfuse answers zeros). root may write into the blocks ext4 reserves for it (a container job runs as
 * root): bfree, not bavail.
 */
function freeBytes(fs, root) {
    if (fs.blocks === 0 || fs.bsize === 0)
        return undefined;
    return (root ? fs.bfree : fs.bavail) * fs.bsize;
}
async function enoughSpace(id, dest, toWrite) {
    const need = toWrite.reduce((n, e) => n + (e.type === 'file' && e.link === undefined ? (e.size ?? 0) : 0), 0);
    // a file system whose statfs fails cannot say: the restore is left to fail as it writes
    const fs = await (0,promises_.statfs)(dest).catch(() => undefined);
    const free = fs && freeBytes(fs, process.getuid?.() === 0);
    if (free === undefined || need <= free)
        return;
    throw new extract/* RestoreError */.DZ(`checkpoint '${id}' could not be restored: the disk of the destination ${dest} has ${free} bytes free, and the checkpoint writes ${need} bytes (files are staged there before they move into place); free space there and restore again. Nothing was changed`);
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
    // best effort: the local manifest only spares the next save a rescan
    await (0,local_manifest/* cacheLocalManifest */.vt)(cacheDir, dest, { ...manifest, scanStartedMs: startedMs }).catch(() => undefined);
}


/***/ }),

/***/ 10318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ HIDDEN_EXCLUDE),
/* harmony export */   HZ: () => (/* binding */ excluder),
/* harmony export */   Ir: () => (/* binding */ walkTree),
/* harmony export */   Mf: () => (/* binding */ SECRET_DOTFILES),
/* harmony export */   Ms: () => (/* binding */ entryOf),
/* harmony export */   fZ: () => (/* binding */ treeDigest),
/* harmony export */   lx: () => (/* binding */ DEFAULT_EXCLUDE),
/* harmony export */   tq: () => (/* binding */ treeExcluder),
/* harmony export */   wp: () => (/* binding */ scanTree),
/* harmony export */   xi: () => (/* binding */ saveExclusions)
/* harmony export */ });
/* unused harmony exports STAGING_PREFIX, hiddenBelow, secretsBelow, onlyDotNames */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59062);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/**
 * Walks the checkpointed roots with lstat only: symlinks are recorded, never followed. Synchronous on
 * purpose: tens of thousands of lstat calls through the thread pool cost a round trip each, while the
 * calls themselves take microseconds (the same reason tar walks trees with plain syscalls).
 */







/**
 * Never part of a checkpoint unless a root names it: git's own store (any repository's: `.git` holds the
 * checkout's token header in `config`), and the CLI's default local store. A user's `exclude` adds to these.
 */
const DEFAULT_EXCLUDE = ['**/.git', '.ci-recovery'];
const STAGING_PREFIX = '.ci-recovery-staging-';
/**
 * Hidden names anywhere (as upload-artifact leaves them out without `include-hidden-files`: `.env`,
 * `.npmrc`, `.aws`), except in a `node_modules` tree at any depth, whose dotfiles are the packages' own and
 * a restore without them is broken (`.bin`, `.pnpm`, `.package-lock.json`, ts-jest's `.ts-jest-digest`,
 * which it reads at start-up; a monorepo's `packages/a/node_modules/.bin`). `+(!(node_modules)/)` is "one
 * or more directories, none of them node_modules" (picomatch reads a name that merely starts with
 * `node_modules`, like `node_modules.bak`, as one too: its dotfiles are kept).
 */
const HIDDEN_BELOW = '+(!(node_modules)/).*';
/**
 * The dotfiles that hold credentials (core SECRET_NAMES), at any depth: inside a node_modules tree too, and
 * with `include-hidden-files` too (attack rounds found tokens saved through both).
 */
const SECRET_DOTFILES = [..._core_index_js__WEBPACK_IMPORTED_MODULE_4__/* .SECRET_NAMES */ .AS, '.env.*'].map((name) => `**/${name}`);
const HIDDEN_EXCLUDE = ['.*', HIDDEN_BELOW, ...SECRET_DOTFILES];
/** A path as a glob that matches only itself. */
const literal = (p) => p.replace(/[\\*?[\]{}()!+@|,]/g, '\\$&');
/** Whether a root is a `node_modules` tree or lies inside one: its dotfiles are kept. */
const inNodeModules = (root) => root.split('/').includes('node_modules');
/**
 * HIDDEN_EXCLUDE below each of `roots` only, so that a root named as a plain path (`.venv`, `.next/cache`)
 * is taken as named, while hidden names below it are left out; nothing is left out of a `node_modules` root.
 */
function hiddenBelow(roots) {
    if (roots.includes('.'))
        return HIDDEN_EXCLUDE;
    const group = (rs) => rs.length === 1 ? literal(rs[0]) : `{${rs.map(literal).join(',')}}`;
    const others = roots.filter((r) => !inNodeModules(r));
    const below = others.length ? [`${group(others)}/.*`, `${group(others)}/${HIDDEN_BELOW}`] : [];
    return [...below, ...secretsBelow(roots)];
}
/**
 * SECRET_DOTFILES for a save of `roots`, hidden files asked for or not: a root that names a secret file
 * itself (`--paths .npmrc`) is saved as named, one by one, while the glob still holds below the other roots.
 */
function secretsBelow(roots) {
    return SECRET_DOTFILES.flatMap((glob) => {
        const isSecret = picomatch__WEBPACK_IMPORTED_MODULE_6___default()(glob, { dot: true });
        if (roots.includes('.') || !roots.some((r) => isSecret(r)))
            return [glob];
        return roots.filter((r) => !isSecret(r)).map((r) => `${literal(r)}/${glob}`);
    });
}
/**
 * What a save of `roots` leaves out: the defaults (less those a root is inside: `.git` named as a path is
 * saved), hidden names below the roots unless asked for, and the user's own globs on top.
 */
function saveExclusions(roots, given, includeHidden) {
    // A blank glob means nothing (and picomatch refuses it with an unclear error).
    const user = given.map((g) => g.trim()).filter((g) => g !== '');
    const named = DEFAULT_EXCLUDE.filter((g) => roots.some((r) => excluder([g])(r)));
    return [
        ...DEFAULT_EXCLUDE.filter((g) => !named.includes(g)),
        ...(includeHidden ? secretsBelow(roots) : hiddenBelow(roots)),
        ...user.filter((g) => !DEFAULT_EXCLUDE.includes(g)),
    ];
}
/** Characters that make a glob's last segment more than a literal name with `*` and `?` in it. */
const GROUPING = /[{}()[\]|,!+@\\]/;
/**
 * Whether every path `glob` matches (as picomatch reads it, dot: true) ends in a name that starts with
 * '.': a glob that is not negated and whose last segment is a literal '.' and then names, `*` and `?` only
 * (none of which matches a '/'; a '/' inside a group would leave its closing character in that segment),
 * or HIDDEN_BELOW, whose group ends in a '/' before its `.*`. Anything else says no.
 */
function onlyDotNames(glob) {
    if (glob.startsWith('!'))
        return false;
    if (glob === HIDDEN_BELOW || glob.endsWith(`/${HIDDEN_BELOW}`))
        return true;
    const last = glob.slice(glob.lastIndexOf('/') + 1);
    return last.startsWith('.') && !GROUPING.test(last);
}
/** Whether the last name of `p` (a trailing '/' aside) starts with '.'. */
function nameStartsWithDot(p) {
    const end = p.endsWith('/') ? p.length - 1 : p.length;
    return p.charCodeAt(p.lastIndexOf('/', end - 1) + 1) === 46;
}
/**
 * Matches one path against the globs (callers check ancestors themselves, once per directory). The test
 * is picomatch's own (the path equal to a glob, or its regular expression matching), without its matcher,
 * which makes three objects per glob for each of the tens of thousands of paths a save walks.
 */
function globMatcher(globs) {
    const any = (list) => {
        const res = list.map((g) => picomatch__WEBPACK_IMPORTED_MODULE_6___default().makeRe(g, { dot: true }));
        return (p) => {
            for (let i = 0; i < list.length; i++)
                if (p === list[i] || res[i].test(p))
                    return true;
            return false;
        };
    };
    // The hidden-name and secret globs only ever match a name that starts with '.': most of a tree's paths
    // skip their expressions, which took ~25 ms of an incremental save of 20,000 entries (profiled).
    const dotGlobs = globs.filter(onlyDotNames);
    const dotted = any(dotGlobs);
    const literal = new Set(dotGlobs);
    const others = any(globs.filter((g) => !onlyDotNames(g)));
    const match = (p) => others(p) || (nameStartsWithDot(p) ? dotted(p) : literal.size > 0 && literal.has(p));
    const staging = (p) => p.endsWith('/')
        ? node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.basename(p).startsWith(STAGING_PREFIX)
        : p.startsWith(STAGING_PREFIX, p.lastIndexOf('/') + 1);
    return (p) => staging(p) || match(p);
}
/** An entry is excluded when it, or any directory above it, matches one of the globs. */
function excluder(globs) {
    return withAncestors(globMatcher(globs));
}
/**
 * `excluder`'s answers for the many paths of one tree, each directory's kept: a path costs a test of its
 * own and a lookup of its parent's, where `excluder` tests every directory above every path again (~0.2 s
 * of a restore's plan of 23,000 entries of node_modules, profiled). It keeps an answer per directory it has
 * seen: make one for a tree and let it go with it.
 */
function treeExcluder(globs) {
    const one = globMatcher(globs);
    const dirs = new Map();
    return (p) => {
        // Up to the nearest directory answered, then down, in a loop: a forged manifest may name one entry
        // thousands of levels deep with none of its directories listed (a recursion ran out of stack).
        const unanswered = [];
        let hit = false;
        for (let cut = p.lastIndexOf('/'); cut >= 0; cut = cut > 0 ? p.lastIndexOf('/', cut - 1) : -1) {
            const dir = p.slice(0, cut);
            const known = dirs.get(dir);
            if (known !== undefined) {
                hit = known;
                break;
            }
            unanswered.push(dir);
        }
        for (let i = unanswered.length - 1; i >= 0; i--) {
            const dir = unanswered[i];
            hit = hit || one(dir);
            dirs.set(dir, hit);
        }
        return hit || one(p);
    };
}
/** `one` on a path or any directory above it. */
function withAncestors(one) {
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
    return st && entryOfStat(abs, rel, st);
}
/** The entry `st` describes; undefined for what a checkpoint cannot hold (sockets, FIFOs, devices). */
function entryOfStat(abs, rel, st) {
    const mode = st.mode & 0o7777;
    const mtimeMs = st.mtimeMs;
    // ctime too, as git's index: a rewrite whose mtime was put back (`cp -p`, `rsync -t`) moves it.
    const stat = { mtimeMs, ino: st.ino, dev: st.dev, ctimeMs: st.ctimeMs };
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
            link: undefined,
        };
    if (st.isDirectory())
        return { path: rel, type: 'dir', mode, stat, mtimeMs };
    if (st.isSymbolicLink())
        return { path: rel, type: 'symlink', mode, stat, mtimeMs, target: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)(abs) };
    return undefined; // sockets, fifos, devices: not workspace content
}
/** Why an entry of this kind is no checkpoint content. */
function kindOf(st) {
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'a device';
    return 'of an unknown file type';
}
/** What an error reading `rel` says to the user. */
function whyUnreadable(error) {
    const code = error.code;
    if (code === 'ENAMETOOLONG')
        return 'its path is longer than the system allows (ENAMETOOLONG)';
    if (code === 'EACCES' || code === 'EPERM')
        return `it cannot be read (${code}: permission denied)`;
    return `it cannot be read (${code ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)})`;
}
/**
 * The entry at `abs` as the walk takes it; undefined, with the reason in `report`, for one a checkpoint
 * cannot hold. A name that is not valid UTF-8 reads back with U+FFFD and is then not found.
 */
function walkEntry(abs, rel, report) {
    if ((0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readsAsDotDot */ .Gi)(rel)) {
        report.skipped.push({ path: rel, why: DOTDOT_NAME });
        return undefined;
    }
    let st;
    let e;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(abs, { throwIfNoEntry: false });
        e = st && entryOfStat(abs, rel, st);
    }
    catch (error) {
        report.skipped.push({ path: rel, why: whyUnreadable(error) });
        return undefined;
    }
    if (!st) {
        // (else it went away while the tree was walked: it is not part of the tree any more)
        if (rel.includes('\uFFFD'))
            report.skipped.push({ path: rel, why: NOT_UTF8 });
        return undefined;
    }
    if (!e)
        report.skipped.push({ path: rel, why: kindOf(st) });
    else if (st.nlink > 1 && e.type === 'file') {
        (report.hardLinks ??= []).push(e);
        if (report.inodes)
            linkToFirst(e, st, report);
    }
    return e;
}
/** Makes `e` a hard link to the first file of its inode the walk met, or that file itself. */
function linkToFirst(e, st, report) {
    const key = `${st.dev}:${st.ino}`;
    const first = report.inodes.get(key);
    if (!first) {
        report.inodes.set(key, e);
        return;
    }
    e.link = first.path;
    (report.linked ??= []).push([e, first]);
}
/** A restore refuses such a name everywhere: on a Windows runner it would climb out of the destination. */
const DOTDOT_NAME = "its name reads as '..' on Windows (a '\\..' or trailing dots or spaces), which a restore refuses: rename it";
const NOT_UTF8 = 'its name is not valid UTF-8 (checkpoints hold UTF-8 names only): rename it';
/** Yields the ancestors of `root` not in `done` yet (adding them); returns false at one that is no directory. */
function* ancestorsOf(base, root, done) {
    for (const anc of (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ancestors */ .T1)(root)) {
        if (done.has(anc))
            continue;
        const e = entryOf(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(base, anc), anc);
        if (e?.type !== 'dir')
            return false;
        done.add(anc);
        yield e;
    }
    return true;
}
/**
 * Yields every entry under `roots` (relative to `base`), parents before children, siblings sorted, so
 * archives and manifests are deterministic for the same tree. A generator, so that the saver can pack
 * each entry while the rest of the tree is still being walked; one generator with its own stack rather
 * than one per directory, since every value a nested generator yields is passed up through each level.
 */
function* walkTree(base, roots, exclude, report, hooks = {}) {
    // One compile of the globs for both (a restore's scan of its destination pays it before the first file).
    const excludedHere = globMatcher(exclude);
    const isExcluded = withAncestors(excludedHere);
    const stack = [];
    const list = (rel, abs) => {
        try {
            stack.push({ rel, abs, names: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(abs).sort(), next: 0 });
        }
        catch (error) {
            report.skipped.push({ path: rel, why: `its contents ${whyUnreadable(error).replace(/^it /, '')}` });
            hooks.left?.(rel, abs);
        }
    };
    const deferred = (rel) => hooks.defer?.has(rel) === true && (hooks.deferred?.(rel), true);
    const ancestorsDone = new Set();
    // A nested root is walked with its outer one.
    for (const root of (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__/* .outermost */ .J9)(roots)) {
        if (root === '.') {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(base, { throwIfNoEntry: false })?.isDirectory())
                list('.', base);
            else
                report.missingRoots.push(root);
        }
        else {
            if (isExcluded(root)) {
                report.audit?.leftOut(root);
                report.excluded?.push(root);
                continue;
            }
            // Ancestors of a nested root are recorded as dirs so modes survive, without their other children.
            // A root below a symlink (or a file) is not there: walking it would follow the link out of `base`.
            const reachable = yield* ancestorsOf(base, root, ancestorsDone);
            if (!reachable) {
                report.missingRoots.push(root);
                continue;
            }
            if (deferred(root))
                continue;
            const abs = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(base, root);
            const skippedBefore = report.skipped.length;
            const e = walkEntry(abs, root, report);
            if (!e) {
                if (report.skipped.length === skippedBefore)
                    report.missingRoots.push(root);
                continue;
            }
            report.audit?.taken(root);
            yield e;
            if (e.type === 'dir')
                list(root, abs);
        }
        while (stack.length > 0) {
            const dir = stack[stack.length - 1];
            if (dir.next === dir.names.length) {
                stack.pop();
                hooks.left?.(dir.rel, dir.abs);
                continue;
            }
            const name = dir.names[dir.next++];
            const rel = dir.rel === '.' ? name : `${dir.rel}/${name}`;
            if (excludedHere(rel)) {
                report.audit?.leftOut(rel);
                report.excluded?.push(rel);
                continue;
            }
            if (deferred(rel))
                continue;
            const abs = `${dir.abs}/${name}`;
            const e = walkEntry(abs, rel, report);
            if (!e)
                continue;
            report.audit?.taken(rel);
            yield e;
            if (e.type === 'dir')
                list(rel, abs);
        }
    }
}
/** Every entry under `roots` at once (see walkTree). */
function scanTree(base, roots, exclude) {
    const report = { missingRoots: [], skipped: [], excluded: [] };
    const entries = [...walkTree(base, roots, exclude, report)];
    return Promise.resolve({ entries, ...report });
}
/**
 * One sha256 over a whole tree: every path, type, mode, symlink target and file content, nothing
 * excluded. Tests and scenarios use it to prove that a refused restore left a workspace exactly as it was.
 */
async function treeDigest(dir) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    async function walk(abs, rel) {
        for (const name of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(abs)).sort()) {
            const p = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(abs, name);
            const r = rel ? `${rel}/${name}` : name;
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(p);
            hash.update(`${r}\0${st.mode.toString(8)}\0`);
            if (st.isSymbolicLink())
                hash.update(`-> ${await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)(p)}\0`);
            else if (st.isFile())
                hash.update((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
                    .update(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(p))
                    .digest('hex') + '\0');
            else if (st.isDirectory())
                await walk(p, r);
        }
    }
    // a directory gone or unreadable hashes as empty
    if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(dir).catch(() => undefined))?.isDirectory())
        await walk(dir, '');
    return hash.digest('hex');
}


/***/ }),

/***/ 37359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E2: () => (/* binding */ decodeHeader),
/* harmony export */   IE: () => (/* binding */ BLOCK),
/* harmony export */   Ms: () => (/* binding */ padding),
/* harmony export */   PF: () => (/* binding */ MAX_TRAILER),
/* harmony export */   UF: () => (/* binding */ applyPax),
/* harmony export */   YS: () => (/* binding */ encodeHeader),
/* harmony export */   ZV: () => (/* binding */ TarFormatError),
/* harmony export */   bM: () => (/* binding */ END_OF_ARCHIVE),
/* harmony export */   ei: () => (/* binding */ isZeroBlock),
/* harmony export */   hG: () => (/* binding */ tarBytesBound),
/* harmony export */   m: () => (/* binding */ decodePax)
/* harmony export */ });
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
/** What a save's tar may add after the end marker: padding to a 10 KiB record (tar-unpack.ts). */
const MAX_TRAILER = 10240;
/**
 * The most bytes the tar stream of manifest `m`'s own archive can hold as a save writes it: each entry's
 * header (with a pax header for a long path or link, generously counted), the content of the files it
 * stores itself, the end marker and a record's padding. An archive that goes on past this holds what the
 * manifest does not account for: content a restore would decompress only to skip (a zstd bomb).
 */
function tarBytesBound(m) {
    let n = END_OF_ARCHIVE + MAX_TRAILER;
    for (const e of m.entries) {
        const names = Buffer.byteLength(e.path) + Buffer.byteLength(e.target ?? e.link ?? '');
        n += 3 * BLOCK + 2 * (names + 64) + BLOCK;
        if (e.type === 'file' && e.link === undefined && (e.from === undefined || e.from === m.id)) {
            const size = e.size ?? 0;
            n += size + padding(size);
        }
    }
    return n;
}
/** The padding after `size` bytes of content, up to the next block. */
function padding(size) {
    const r = size % BLOCK;
    return r === 0 ? 0 : BLOCK - r;
}
/** Largest size the 11-digit octal field holds (8 GiB - 1); larger ones go in base-256 and pax. */
const MAX_OCTAL_SIZE = 0o77777777777;
/**
 * A number as `width - 1` octal digits and a NUL. Digit by digit into the buffer: the save writes three
 * such fields for each of tens of thousands of entries, and a string per field was a fifth of what it
 * allocated. A value with more digits than fit keeps the old form (its leading digits), byte for byte.
 */
function writeOctal(buf, off, width, value) {
    let v = Math.max(0, Math.floor(value));
    if (!(v < 8 ** (width - 1))) {
        const digits = v.toString(8).padStart(width - 1, '0');
        buf.write(digits, off, width - 1, 'latin1');
    }
    else {
        for (let i = off + width - 2; i >= off; i--) {
            buf[i] = 0x30 + (v % 8);
            v = Math.floor(v / 8);
        }
    }
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
/** ustar's magic and version, as every header carries them. */
const USTAR_MAGIC = Buffer.from('ustar\u000000', 'latin1');
const USTAR_MAGIC_SUM = USTAR_MAGIC.reduce((a, b) => a + b, 0);
function writeUstar(buf, off, typeflag, h) {
    buf.fill(0, off, off + BLOCK);
    const nameLen = buf.write(h.name, off, 100, 'utf8');
    writeOctal(buf, off + 100, 8, h.mode & 0o7777);
    buf.fill(0x30, off + 108, off + 115); // uid and gid 0, as seven octal digits and a NUL each
    buf.fill(0x30, off + 116, off + 123);
    if (h.size > MAX_OCTAL_SIZE)
        writeBase256(buf, off + 124, 12, h.size);
    else
        writeOctal(buf, off + 124, 12, h.size);
    writeOctal(buf, off + 136, 12, h.mtime);
    buf[off + 156] = typeflag.charCodeAt(0);
    const linkLen = h.linkname ? buf.write(h.linkname, off + 157, 100, 'utf8') : 0;
    USTAR_MAGIC.copy(buf, off + 257);
    const prefixLen = h.prefix ? buf.write(h.prefix, off + 345, 155, 'utf8') : 0;
    // The checksum counts every byte, its own field as spaces; only what was written is not zero.
    let sum = 8 * 32 + USTAR_MAGIC_SUM + buf[off + 156];
    sum += byteSum(buf, off, off + nameLen) + byteSum(buf, off + 100, off + 148);
    sum += byteSum(buf, off + 157, off + 157 + linkLen) + byteSum(buf, off + 345, off + 345 + prefixLen);
    writeOctal(buf, off + 148, 7, sum); // six digits and a NUL,
    buf[off + 155] = 0x20; // then a space
}
function byteSum(buf, from, to) {
    let sum = 0;
    for (let i = from; i < to; i++)
        sum += buf[i];
    return sum;
}
const TYPEFLAG_OF = {
    file: '0',
    link: '1',
    directory: '5',
    symlink: '2',
};
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

/***/ 21119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ onPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/** Finding a program on PATH as spawn (execvp) does, without starting it. */


/** Whether a directory of `searchPath` (PATH's form) holds an executable regular file named `program`. */
function onPath(program, searchPath) {
    return (searchPath ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter)).some((dir) => {
        if (dir === '')
            return false;
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, program);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile();
        }
        catch {
            // not there, or not executable by us: spawn would not run it either
            return false;
        }
    });
}


/***/ }),

/***/ 17939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ openSocketPair)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/**
 * Two connected UNIX stream sockets, one for us and one to hand to a child as its stdout (and stderr): Node
 * makes no `socketpair()` or `pipe()` of its own. The pair is made through a listening socket in a fresh
 * directory only this user may enter (mkdtemp, 0700), closed and removed as soon as the pair is connected.
 * Our end sends a random token first, and the child's end is the connection that carries it: another
 * process of this user that connects first is closed, not handed to the child (which would then write our
 * command's output, or a checkpoint's decompressed content, to it).
 */




/** The longest UNIX socket address Linux takes (108 bytes with the closing NUL). */
const MAX_SOCKET_PATH = 107;
/** How long the pair may take to connect before the caller falls back (to pipes, a FIFO). */
const CONNECT_MS = 2000;
const TOKEN_BYTES = 16;
/** The first `size` bytes `conn` sends (undefined if it ends or fails first). */
function firstBytes(conn, size) {
    return new Promise((resolve) => {
        const read = () => {
            const bytes = conn.read(size);
            if (bytes === null)
                return;
            conn.off('readable', read);
            resolve(bytes);
        };
        conn.on('readable', read);
        conn.once('close', () => resolve(undefined));
        conn.once('error', () => resolve(undefined));
    });
}
/**
 * Resolves with the first connection that sends `token`; the others are closed, and `others` holds the ones
 * not (yet) known to be ours, for the caller to close.
 */
function ownConnection(server, token, others) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the socket pair did not connect')), CONNECT_MS);
        server.on('connection', (conn) => {
            others.add(conn);
            void firstBytes(conn, token.length).then((bytes) => {
                if (bytes?.length === token.length && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(bytes, token)) {
                    others.delete(conn);
                    clearTimeout(timer);
                    resolve(conn);
                }
                else
                    conn.destroy();
            });
        });
        server.once('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
    });
}
/**
 * A connected pair in a private directory under `tempDir`. Rejects where one cannot be made (a temp path
 * too long for a socket's address, no listen, no connection in time): the caller falls back.
 * `beforeConnect` (tests) runs once the socket listens, before our end connects.
 */
async function openSocketPair(tempDir, onread, beforeConnect) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tempDir, 'ci-recovery-out-'));
    const server = node_net__WEBPACK_IMPORTED_MODULE_2___default().createServer({ pauseOnConnect: true });
    const others = new Set();
    let ours;
    try {
        const address = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 's');
        // Node 20 cuts a longer address to fit, and would make the socket outside the private directory.
        if (Buffer.byteLength(address) > MAX_SOCKET_PATH)
            throw new Error(`too long for a socket: ${address}`);
        const token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(TOKEN_BYTES);
        const accepted = ownConnection(server, token, others);
        // A failed listen rejects this too, before it is awaited: left unhandled, that would end the process.
        accepted.catch(() => undefined);
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(address, resolve);
        });
        await beforeConnect?.(address);
        const client = node_net__WEBPACK_IMPORTED_MODULE_2___default().connect(onread ? { path: address, onread } : { path: address });
        ours = client;
        await new Promise((resolve, reject) => {
            client.once('connect', resolve);
            client.once('error', reject);
        });
        client.write(token);
        const childEnd = await accepted;
        return { ours: client, childEnd };
    }
    catch (error) {
        ours?.destroy();
        throw error;
    }
    finally {
        for (const conn of others)
            conn.destroy();
        server.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ })

};
