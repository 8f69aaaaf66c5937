export const id = 806;
export const ids = [806];
export const modules = {

/***/ 72811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ artifactServiceAvailable)
/* harmony export */ });
/* harmony import */ var _runner_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13302);
/**
 * Whether the job has the Results service, apart from the protocol (artifact-protocol.ts): asking must
 * not load `@actions/http-client` and the undici it imports at its top (about 0.1 s of CPU per process),
 * which a save to a `dir:` store off a runner never uses.
 */

/** Whether this process runs in a job that can upload artifacts (the runner gave it the Results service). */
function artifactServiceAvailable() {
    const { token, resultsUrl } = (0,_runner_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_0__/* .readJobEnv */ .l)().runtime;
    return Boolean(token && resultsUrl);
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
/* unused harmony exports maglevRuns, youngCollector */
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

/***/ 50806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CheckpointExistsError: () => (/* reexport */ adapters_store/* CheckpointExistsError */.V9),
  DEFAULT_EXCLUDE: () => (/* reexport */ DEFAULT_EXCLUDE),
  DirStore: () => (/* reexport */ adapters_store/* DirStore */.VW),
  LAST_CHECKPOINT_ENV: () => (/* reexport */ state_keys/* LAST_CHECKPOINT_ENV */.wp),
  NoFilesFoundError: () => (/* reexport */ step/* NoFilesFoundError */.bM),
  NotFoundError: () => (/* reexport */ adapters_store/* NotFoundError */.m_),
  RestoreError: () => (/* reexport */ RestoreError),
  checkoutProblem: () => (/* reexport */ checkoutProblem),
  checkpointRunner: () => (/* reexport */ checkpointRunner),
  checkpointStage: () => (/* reexport */ checkpointStage),
  checkpointsNewestFirst: () => (/* reexport */ checkpointsNewestFirst),
  checkpointsOfJob: () => (/* reexport */ checkpointsOfJob),
  cleanupCheckpoints: () => (/* reexport */ cleanupCheckpoints),
  defaultJournalDir: () => (/* reexport */ defaultJournalDir),
  defaultManifestCache: () => (/* reexport */ step/* defaultManifestCache */.Rb),
  forgetPublishNotes: () => (/* reexport */ forgetPublishNotes),
  jobContext: () => (/* reexport */ step/* jobContext */.Rl),
  leaveTopTierOut: () => (/* reexport */ heap/* leaveTopTierOut */.np),
  listCheckpoints: () => (/* reexport */ listCheckpoints),
  loadManifest: () => (/* reexport */ loadManifest),
  lookupCheckpoint: () => (/* reexport */ lookupCheckpoint),
  newestCheckpoint: () => (/* reexport */ newestCheckpoint),
  newestCheckpointOver: () => (/* reexport */ newestCheckpointOver),
  openJobStore: () => (/* reexport */ openJobStore),
  openStore: () => (/* reexport */ openStore),
  realWorkspace: () => (/* reexport */ realWorkspace),
  recoverInterrupted: () => (/* reexport */ recoverInterrupted),
  repairDestination: () => (/* reexport */ repairDestination),
  resolveCheckpointPaths: () => (/* reexport */ resolveCheckpointPaths),
  restoreCheckpoint: () => (/* reexport */ restoreCheckpoint),
  restoreJournals: () => (/* reexport */ step/* restoreJournals */.xi),
  resumeFromPreviousAttempt: () => (/* reexport */ resumeFromPreviousAttempt),
  rootPlaceOf: () => (/* reexport */ rootPlaceOf),
  saveCheckpoint: () => (/* reexport */ saveCheckpoint),
  stagesStillComplete: () => (/* reexport */ stagesStillComplete),
  treeDigest: () => (/* reexport */ treeDigest),
  validateCheckpoint: () => (/* reexport */ validateCheckpoint),
  withFileProgress: () => (/* reexport */ withFileProgress)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/checkpoint/adapters/store.ts
var adapters_store = __webpack_require__(66906);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/open.ts



/**
 * `dir:PATH` (a local directory, relative paths against `cwd`) or `artifact` (the run's artifacts; the
 * artifact client is loaded only then, so the CLI with a dir store never loads it).
 */
async function openStore(spec, ctx = {}) {
    const s = spec.trim();
    if (s.startsWith('dir:') && s.length > 4)
        return new adapters_store/* DirStore */.VW(external_node_path_default().resolve(ctx.cwd ?? process.cwd(), s.slice(4)));
    if (s === 'artifact') {
        const { ArtifactStore } = await Promise.all(/* import() */[__webpack_require__.e(4073), __webpack_require__.e(8664), __webpack_require__.e(1737)]).then(__webpack_require__.bind(__webpack_require__, 61737));
        return new ArtifactStore(ctx);
    }
    throw new errors/* UserError */.yo(`Unknown checkpoint store '${spec}': use 'dir:PATH' (a local directory) or 'artifact' (the run's artifacts).`);
}

// EXTERNAL MODULE: ./src/checkpoint/core/index.ts + 4 modules
var core = __webpack_require__(59062);
// EXTERNAL MODULE: ./src/checkpoint/core/step.ts
var step = __webpack_require__(84004);
// EXTERNAL MODULE: ./src/checkpoint/adapters/heap.ts
var heap = __webpack_require__(87841);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./src/runner/adapters/platform.ts
var platform = __webpack_require__(34264);
// EXTERNAL MODULE: ./src/runner/adapters/program-path.ts
var program_path = __webpack_require__(21119);
// EXTERNAL MODULE: ./src/runner/adapters/socket-pair.ts
var socket_pair = __webpack_require__(17939);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/compress.ts
/**
 * Compression as a child process: `zstd -T0` uses every core while node only feeds it, and the archive is
 * streamed through its pipes (nothing held in memory). gzip through node's zlib when no zstd is installed.
 * Decompression hands its output to a synchronous consumer (the tar reader) through one reused buffer.
 */











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
                (0,external_node_child_process_.execFile)('zstd', ['--version'], { timeout: 10_000 }, (error) => resolve(!error));
            })
            : Promise.resolve((0,program_path/* onPath */.L)('zstd', process.env.PATH));
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
    const pair = blocks && (await (0,socket_pair/* openSocketPair */.g)(tempDir, blocks.onread).catch(() => undefined));
    const child = (0,external_node_child_process_.spawn)('zstd', args, { stdio: ['pipe', pair?.childEnd ?? 'pipe', 'pipe'] });
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
    const output = child.stdout.pipe(new external_node_stream_.PassThrough({ highWaterMark: 1 << 20 }));
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
class BlockOutput extends external_node_stream_.Readable {
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
async function compressor(compression, level = 3, { tempDir = external_node_os_default().tmpdir() } = {}) {
    return compression === 'zstd'
        ? await zstdCodec(['-T0', `-${level}`, '-q', '-c'], 'compressing the checkpoint', tempDir)
        : zlibCodec(external_node_zlib_default().createGzip({ level: Math.min(level, 9), chunkSize: 256 * 1024 }), 'compressing the checkpoint');
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
async function decompressTo(compression, onChunk, { inputFile, fifos = process.platform !== 'win32', tempDir = external_node_os_default().tmpdir(), } = {}) {
    const sink = new ChunkSink(onChunk);
    // Without the zstd binary (self-hosted Windows or macOS), node's own zstd reads a .tar.zst: platform.ts.
    if (compression === 'gzip' || !(await hasZstd()))
        return gunzipTo(sink, inputFile, compression);
    let stopChild = () => undefined;
    const kill = () => stopChild();
    // Both ends made at the same time: each waits on its own round trips (a socket's connection, mkfifo).
    const [out, inFifo] = await Promise.all([
        fifos ? openOutput(sink, kill, tempDir) : undefined,
        // The compressed input goes through a FIFO, written by the thread pool: zstd then reads at its own
        // pace, not only when this thread, busy with the output, gets round to feeding its stdin.
        inputFile || !fifos ? undefined : openFifo('input', tempDir),
    ]);
    const child = (0,external_node_child_process_.spawn)('zstd', ['-d', '-q', '-c', ...(inputFile ? ['--', inputFile] : [])], {
        stdio: [inFifo?.readFd ?? 'pipe', out?.childEnd ?? 'pipe', 'pipe'],
    });
    stopChild = () => void child.kill('SIGKILL');
    // Only the child holds its end now, so its exit is the end of our reading.
    out?.closeChildEnd();
    if (inFifo)
        (0,external_node_fs_.closeSync)(inFifo.readFd);
    const input = inFifo
        ? (0,external_node_fs_.createWriteStream)('', { fd: inFifo.writeFd, highWaterMark: 1 << 20 })
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
    const gunzip = compression === 'gzip' ? external_node_zlib_default().createGunzip({ chunkSize: 256 * 1024 }) : (0,platform/* zstdInProcess */.OP)(DECOMPRESSING);
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
        const file = (0,external_node_fs_.createReadStream)(inputFile, { highWaterMark: 1 << 20 });
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
            await (0,socket_pair/* openSocketPair */.g)(tempDir, reading.onread).catch(() => undefined)
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
    const ours = new (external_node_net_default()).Socket({ fd: fifo.readFd, readable: true, writable: false, onread: reading.onread });
    return { childEnd: fifo.writeFd, closeChildEnd: () => (0,external_node_fs_.closeSync)(fifo.writeFd), read: reading.watch(ours) };
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
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(tempDir, 'ci-recovery-fifo-'));
    const p = external_node_path_default().join(dir, kind);
    try {
        const made = await new Promise((resolve) => (0,external_node_child_process_.execFile)('mkfifo', ['-m', '600', p], (error) => resolve(!error)));
        if (!made)
            return undefined;
        if (kind === 'output') {
            const readFd = (0,external_node_fs_.openSync)(p, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
            return { readFd, writeFd: (0,external_node_fs_.openSync)(p, external_node_fs_.constants.O_WRONLY) };
        }
        const holder = (0,external_node_fs_.openSync)(p, external_node_fs_.constants.O_RDWR);
        try {
            const readFd = (0,external_node_fs_.openSync)(p, external_node_fs_.constants.O_RDONLY);
            return { readFd, writeFd: (0,external_node_fs_.openSync)(p, external_node_fs_.constants.O_WRONLY) };
        }
        finally {
            (0,external_node_fs_.closeSync)(holder);
        }
    }
    catch {
        // a FIFO that cannot be made or opened: the caller falls back to a pipe
        return undefined;
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/checkpoint/adapters/compress-first.ts
/**
 * An incremental save's compressor: zstd inside node while the archive is small, and the `zstd` binary
 * on every core only when it is not. An incremental with 1 % changed packs a few MB, and starting the
 * binary cost more than compressing them: two processes (`zstd --version`, then the compressor), ~30 ms
 * of this process's CPU to spawn them (profiled, Node 24), plus their own.
 */



/** Bytes of tar compressed inside node before the binary takes over: about what spawning it costs. */
const IN_PROCESS_BYTES = 16 << 20;
/** zlib's zstd compressor (Node 22.15+; the action runs on node24); undefined in a Node without one. */
function zstdFactory() {
    return (external_node_zlib_default()).createZstdCompress;
}
/** Whether this Node can compress zstd itself. */
const canZstdInProcess = () => zstdFactory() !== undefined;
const writeTo = (w, chunk) => new Promise((resolve, reject) => void w.write(chunk, (e) => (e ? reject(e) : resolve())));
/**
 * The codec: zstd in node at `level` while at most `limit` bytes are written; past them, the codec `rest`
 * makes (the binary) compresses everything, the first bytes again (node's output is dropped); undefined
 * where this Node has no zstd. Where `rest` gives none (no binary on PATH), node compresses it all. The
 * archive is one zstd frame either way: node's decompressor (a restore without the binary) reads only a
 * stream's first frame.
 */
function zstdFirstInProcess(level, rest, limit = IN_PROCESS_BYTES) {
    const create = zstdFactory();
    if (!create)
        return undefined;
    const stage = firstStage(create({ chunkSize: 256 * 1024, params: { [(external_node_zlib_default()).constants.ZSTD_c_compressionLevel]: level } }));
    const { first, output, settle } = stage;
    const input = stageInput(stage, rest, limit);
    const kill = () => {
        settle.reject(new Error('compressing the checkpoint: stopped'));
        first.destroy();
        void stage.second?.then((codec) => codec?.kill(), () => undefined);
        output.destroy();
        input.destroy();
    };
    return { input, output, done: stage.done, kill };
}
/** Node's compressor wired to hold its output, and the promise that settles with the archive. */
function firstStage(first) {
    const output = new external_node_stream_.PassThrough({ highWaterMark: 1 << 20 });
    let settle;
    const done = new Promise((resolve, reject) => (settle = { resolve, reject }));
    // awaited by the caller, which says why it failed; never an unhandled rejection meanwhile
    done.catch(() => undefined);
    const held = [];
    const hold = (chunk) => void held.push(chunk);
    first.on('data', hold);
    const firstEnded = new Promise((resolve) => first.on('end', resolve));
    first.on('error', (error) => {
        const failed = new Error(`compressing the checkpoint: ${error.message}`);
        settle.reject(failed);
        output.destroy(failed);
    });
    return { first, output, held, hold, settle, firstEnded, done };
}
/** Node's output from now on straight to the archive: nothing else will compress it. */
function streamFirst(stage) {
    stage.first.off('data', stage.hold);
    for (const chunk of stage.held.splice(0))
        stage.output.write(chunk);
    stage.first.pipe(stage.output, { end: false });
}
/**
 * Past the limit: the binary takes over from the first byte, or node goes on where there is none. The
 * bytes given so far are not copied as they come in case of this (every incremental paid for the copy,
 * up to 7 ms of CPU per MB where fresh pages fault in from the host, as on the bench's VM): node's frame
 * is ended, and what it output, decompressed, is every byte given so far, which the binary compresses again.
 */
async function spill(stage, rest) {
    const codec = await rest();
    if (!codec) {
        streamFirst(stage);
        return undefined;
    }
    // Taken at once: a binary killed or failed while node's frame ends would otherwise reject unhandled,
    // which ends the process.
    codec.done.then(stage.settle.resolve, stage.settle.reject);
    try {
        const given = await givenSoFar(stage.first, stage.held);
        codec.output.on('error', (error) => stage.output.destroy(error));
        codec.output.pipe(stage.output);
        await writeTo(codec.input, given);
        return codec;
    }
    catch (error) {
        // (a codec stopped meanwhile: the binary goes too)
        codec.kill();
        throw error;
    }
}
/** Ends node's frame and returns every byte given to it, from what it output (`held`). */
async function givenSoFar(first, held) {
    if (first.destroyed)
        throw new Error('compressing the checkpoint: stopped');
    const ended = new Promise((resolve) => {
        first.once('end', () => resolve(true));
        first.once('close', () => resolve(first.readableEnded));
    });
    first.end();
    if (!(await ended))
        throw new Error('compressing the checkpoint: stopped');
    return external_node_zlib_default().zstdDecompressSync(Buffer.concat(held.splice(0)));
}
/** The codec's input: node's compressor up to `limit` bytes, then the binary's (or node's still). */
function stageInput(stage, rest, limit) {
    let written = 0;
    return new external_node_stream_.Writable({
        highWaterMark: 1 << 20,
        write(chunk, _encoding, callback) {
            written += chunk.length;
            // Done with a chunk only once it is consumed: the tar packer then reuses its buffer.
            if (!stage.second && written <= limit)
                return void writeTo(stage.first, chunk).then(() => callback(), callback);
            stage.second ??= spill(stage, rest);
            stage.second
                .then((codec) => writeTo(codec?.input ?? stage.first, chunk))
                .then(() => callback(), callback);
        },
        final(callback) {
            void (stage.second ?? Promise.resolve(undefined)).then(async (codec) => {
                if (codec)
                    return void (codec.input.end(), callback());
                stage.first.end();
                await stage.firstEnded;
                for (const chunk of stage.held.splice(0))
                    stage.output.write(chunk);
                stage.output.end();
                stage.settle.resolve();
                callback();
            }, callback);
        },
    });
}
/**
 * An incremental save's compressor (see the top of this file) at `level`; undefined where this Node has
 * no zstd (the caller spawns the binary from the start, as for a full save).
 */
function incrementalCompressor(level, limit = IN_PROCESS_BYTES) {
    const binary = async () => (await hasZstd()) ? compressor('zstd', level) : undefined;
    return zstdFirstInProcess(level, binary, limit);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/digest.ts




/** Passes bytes through unchanged while hashing and counting them (the archive's digest, on the fly). */
class DigestTap extends external_node_stream_.Transform {
    hash = (0,external_node_crypto_.createHash)('sha256');
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
            fd = (0,external_node_fs_.openSync)(file, 'r');
        }
        catch {
            // a file gone or unreadable has no digest: the caller reads it as changed
            return undefined;
        }
        try {
            let n = (0,external_node_fs_.readSync)(fd, this.buf, 0, this.buf.length, 0);
            if (n < this.buf.length)
                return (0,external_node_crypto_.hash)('sha256', this.buf.subarray(0, n));
            const hash = (0,external_node_crypto_.createHash)('sha256');
            let pos = 0;
            while (n > 0) {
                hash.update(this.buf.subarray(0, n));
                pos += n;
                n = (0,external_node_fs_.readSync)(fd, this.buf, 0, this.buf.length, pos);
            }
            return hash.digest('hex');
        }
        catch {
            // a file gone or unreadable mid-read has no digest: the caller reads it as changed
            return undefined;
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
}
/**
 * The hex sha256 of a manifest as stored: its canonical encoding (encodeManifest), which a parse of the
 * stored bytes encodes back to byte for byte. What a job attempt's trust record names (checkpoint/core/trust.ts).
 */
function manifestDigest(m) {
    return storedDigest((0,core/* encodeManifest */.Gb)(m).stored);
}
/** The hex sha256 of a manifest's stored bytes. */
function storedDigest(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/scan.ts
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
const SECRET_DOTFILES = [...core/* SECRET_NAMES */.AS, '.env.*'].map((name) => `**/${name}`);
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
        const isSecret = picomatch_default()(glob, { dot: true });
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
        const res = list.map((g) => picomatch_default().makeRe(g, { dot: true }));
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
        ? external_node_path_default().posix.basename(p).startsWith(STAGING_PREFIX)
        : p.startsWith(STAGING_PREFIX, p.lastIndexOf('/') + 1);
    return (p) => staging(p) || match(p);
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
    const st = (0,external_node_fs_.lstatSync)(abs, { throwIfNoEntry: false });
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
        return { path: rel, type: 'symlink', mode, stat, mtimeMs, target: (0,external_node_fs_.readlinkSync)(abs) };
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
    return `it cannot be read (${code ?? (0,errors/* errorMessage */.gJ)(error)})`;
}
/**
 * The entry at `abs` as the walk takes it; undefined, with the reason in `report`, for one a checkpoint
 * cannot hold. A name that is not valid UTF-8 reads back with U+FFFD and is then not found.
 */
function walkEntry(abs, rel, report) {
    if ((0,core/* readsAsDotDot */.Gi)(rel)) {
        report.skipped.push({ path: rel, why: DOTDOT_NAME });
        return undefined;
    }
    let st;
    let e;
    try {
        st = (0,external_node_fs_.lstatSync)(abs, { throwIfNoEntry: false });
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
        (report.hardLinks ??= []).push(rel);
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
    for (const anc of (0,core/* ancestors */.T1)(root)) {
        if (done.has(anc))
            continue;
        const e = entryOf(external_node_path_default().join(base, anc), anc);
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
    const isExcluded = excluder(exclude);
    const excludedHere = globMatcher(exclude);
    const stack = [];
    const list = (rel, abs) => {
        try {
            stack.push({ rel, abs, names: (0,external_node_fs_.readdirSync)(abs).sort(), next: 0 });
        }
        catch (error) {
            report.skipped.push({ path: rel, why: `its contents ${whyUnreadable(error).replace(/^it /, '')}` });
            hooks.left?.(rel, abs);
        }
    };
    const deferred = (rel) => hooks.defer?.has(rel) === true && (hooks.deferred?.(rel), true);
    const ancestorsDone = new Set();
    // A nested root is walked with its outer one.
    for (const root of (0,core/* outermost */.J9)(roots)) {
        if (root === '.') {
            if ((0,external_node_fs_.lstatSync)(base, { throwIfNoEntry: false })?.isDirectory())
                list('.', base);
            else
                report.missingRoots.push(root);
        }
        else {
            if (isExcluded(root)) {
                report.audit?.leftOut(root);
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
            const abs = external_node_path_default().join(base, root);
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
    const report = { missingRoots: [], skipped: [] };
    const entries = [...walkTree(base, roots, exclude, report)];
    return Promise.resolve({ entries, ...report });
}
/**
 * One sha256 over a whole tree: every path, type, mode, symlink target and file content, nothing
 * excluded. Tests and scenarios use it to prove that a refused restore left a workspace exactly as it was.
 */
async function treeDigest(dir) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    async function walk(abs, rel) {
        for (const name of (await (0,promises_.readdir)(abs)).sort()) {
            const p = external_node_path_default().join(abs, name);
            const r = rel ? `${rel}/${name}` : name;
            const st = await (0,promises_.lstat)(p);
            hash.update(`${r}\0${st.mode.toString(8)}\0`);
            if (st.isSymbolicLink())
                hash.update(`-> ${await (0,promises_.readlink)(p)}\0`);
            else if (st.isFile())
                hash.update((0,external_node_crypto_.createHash)('sha256')
                    .update(await (0,promises_.readFile)(p))
                    .digest('hex') + '\0');
            else if (st.isDirectory())
                await walk(p, r);
        }
    }
    // a directory gone or unreadable hashes as empty
    if ((await (0,promises_.lstat)(dir).catch(() => undefined))?.isDirectory())
        await walk(dir, '');
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./src/checkpoint/adapters/path-globs.ts
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
        throw new errors/* UserError */.yo(`Checkpoint path '${raw}' ${absolute ? 'is absolute' : "contains '..'"}: paths are relative to the workspace and stay inside it, so absolute paths and '..' are refused (write it relative to the workspace).`);
}
/** Splits `!pattern` exclusions from the paths and globs to include. */
function splitPatterns(patterns) {
    const include = [];
    const exclude = [];
    // './x' is 'x', and './' alone is the workspace.
    const plain = (p) => p.replace(/^\.\/+/, '') || '.';
    for (const raw of patterns) {
        const p = (0,platform/* posixPattern */.g4)(raw.trim());
        checkInside(raw, p);
        if (p.startsWith('!'))
            exclude.push(plain(p.slice(1)));
        else if (p)
            include.push(plain(p));
    }
    return { include, exclude };
}
const exists = (abs) => (0,external_node_fs_.lstatSync)(abs, { throwIfNoEntry: false }) !== undefined;
/** Whether every directory above `rel` (and `rel` itself with `self`) is a real directory, not a link. */
function reachable(workspace, rel, self = false) {
    const dirs = [...(0,core/* ancestors */.T1)(rel), ...(self && rel !== '.' ? [rel] : [])];
    return dirs.every((d) => (0,external_node_fs_.lstatSync)(external_node_path_default().join(workspace, d), { throwIfNoEntry: false })?.isDirectory());
}
/** Every path under `base` (relative to `workspace`) that `isMatch` accepts; a matched directory is kept whole. */
function matchUnder(workspace, base, isMatch, skip) {
    const found = [];
    const stack = [base];
    while (stack.length) {
        const dir = stack.pop();
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(external_node_path_default().join(workspace, dir));
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
            else if ((0,external_node_fs_.lstatSync)(external_node_path_default().join(workspace, rel), { throwIfNoEntry: false })?.isDirectory())
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
    const skip = excluder([
        ...DEFAULT_EXCLUDE,
        ...(includeHidden ? SECRET_DOTFILES : HIDDEN_EXCLUDE),
        ...exclude,
    ]);
    const roots = [];
    const unmatched = [];
    for (const pattern of include) {
        const scan = picomatch_default().scan(pattern);
        // Nothing is found through a link: a directory link would list names from outside the workspace.
        if (!scan.isGlob) {
            if (reachable(workspace, pattern) && exists(external_node_path_default().join(workspace, pattern)))
                roots.push(pattern);
            else
                unmatched.push(pattern);
            continue;
        }
        const base = scan.base || '.';
        const isMatch = picomatch_default()(pattern, { dot: true });
        const matched = reachable(workspace, base, true) ? matchUnder(workspace, base, isMatch, skip) : [];
        if (matched.length)
            roots.push(...matched);
        else
            unmatched.push(pattern);
    }
    return { roots: (0,core/* outermost */.J9)([...new Set(roots)]), exclude, unmatched };
}

// EXTERNAL MODULE: ./src/checkpoint/adapters/owner.ts
var owner = __webpack_require__(32404);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/keyed.ts
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
    const paths = (0,core/* keyedPathsIn */.Yl)(opts.keyed, opts.roots);
    if (paths.length === 0)
        return NO_PLAN;
    const plan = { matches: [], carried: [], unpublished: [] };
    for (const k of paths) {
        // Not made yet (the checkpoint before the install): nothing to key.
        if (!(0,external_node_fs_.lstatSync)(external_node_path_default().join(opts.workspace, k.path), { throwIfNoEntry: false })?.isDirectory())
            continue;
        try {
            await planOne(k, opts, plan);
        }
        catch (error) {
            opts.logger?.warning(`ci-recovery: keyed path '${k.path}' is packed in full: its keyed entry could not be looked up (${(0,errors/* errorMessage */.gJ)(error)}).`);
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
    const key = (0,core/* keyedCacheKey */.QJ)({ path: k.path, files, platform: process.platform, arch: process.arch });
    const inParent = opts.parent?.keyed?.find((r) => r.key === key && r.path === k.path);
    if (inParent)
        return void plan.carried.push(inParent);
    if (!opts.store) {
        opts.logger?.info(`ci-recovery: keyed path '${k.path}' is packed in full: no cache service in this job to keep it under its key.`);
        return;
    }
    const id = (0,core/* keyedId */.S6)(key);
    const text = await opts.store.findManifest(key, id);
    if (!text)
        return void plan.unpublished.push({ path: k.path, key });
    // Its digest and archive are the entry's once read (KeyedMatch.read), where the walk of the path needs
    // it: beside the stage's command where that walk is (save-pack.ts), before the walk otherwise.
    const ref = { path: k.path, key, id, manifestSha256: '', archive: NOT_READ };
    const read = () => {
        const entry = (0,core/* parseManifest */.Ng)(text.toString('utf8'), `keyed entry ${key}`);
        (0,core/* checkKeyedManifest */.qT)(entry, key, k.path);
        ref.manifestSha256 = (0,core/* keyedManifestDigest */.Gc)(text);
        return entry;
    };
    // An entry neither this checkpoint's chain recorded (carried above) nor this save published is anyone's
    // who can write the cache or the store: files of the same sizes would pass a stat comparison, and the
    // checkpoint would record the planted files as the workspace's. It is taken only when every file's
    // content matches too.
    const ours = opts.published?.has(key) === true && k.verify !== 'content';
    plan.matches.push(new core/* KeyedMatch */.UQ(ref, read, !ours));
}
/** The files `hash-files` names, each with the sha256 of its content (a link: of its target), in path order. */
function keyFiles(workspace, patterns) {
    const { roots } = resolveCheckpointPaths(workspace, patterns, { includeHidden: true });
    const hasher = new FileHasher();
    const files = [];
    const report = { missingRoots: [], skipped: [] };
    for (const e of walkTree(workspace, roots, DEFAULT_EXCLUDE, report)) {
        const digest = e.type === 'file'
            ? hasher.sha256(external_node_path_default().join(workspace, e.path))
            : e.type === 'symlink'
                ? (0,external_node_crypto_.createHash)('sha256')
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
    const id = (0,core/* keyedId */.S6)(o.key);
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
        if (error instanceof adapters_store/* CheckpointExistsError */.V9) {
            // Without ACTIONS_CACHE_MODE a read-only token's refusal looks the same as a key already taken.
            const why = o.store.unsureOfWritesBecause;
            o.logger?.info(why
                ? `ci-recovery: '${o.path}' is packed in the checkpoint: the cache refused key ${o.key} (published by another job, or ${why}).`
                : `ci-recovery: '${o.path}' is already published under key ${o.key} (by another job).`);
            return false;
        }
        o.logger?.warning(`ci-recovery: could not publish '${o.path}' under key ${o.key} (${(0,errors/* errorMessage */.gJ)(error)}); the checkpoint is saved all the same, with '${o.path}' packed in it.`);
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
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = external_node_path_default().join(dir, `${id}${NOTE}`);
    try {
        await (0,promises_.writeFile)(file, (0,owner/* ownerTag */.qE)(), { flag: 'wx' });
        return true;
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
    }
    // a note gone or unreadable reads as a try that ended
    const holder = await (0,promises_.readFile)(file, 'utf8').catch(() => ENDED);
    if (holder === ENDED || !(0,owner/* ownerGone */.RT)(holder))
        return false;
    await (0,promises_.writeFile)(file, (0,owner/* ownerTag */.qE)());
    return true;
}
/** The try of `id` ended: no later save of this job tries it again. */
async function noteEnded(dir, id) {
    // best effort: without the note a later save tries the key again, no worse
    await (0,promises_.writeFile)(external_node_path_default().join(dir, `${id}${NOTE}`), ENDED).catch(() => undefined);
}
/**
 * Forgets the publication notes in `dir` whose try ended or was killed (cleanup of a `dir:` store's local
 * manifests, which last longer than a job): the next save with such a key tries to publish it again.
 */
async function forgetPublishNotes(dir, dryRun = false) {
    // no job directory: no notes to forget
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    const forgotten = [];
    for (const name of names.filter((n) => n.endsWith(NOTE)).sort()) {
        // a note gone or unreadable reads as a try that ended
        const holder = await (0,promises_.readFile)(external_node_path_default().join(dir, name), 'utf8').catch(() => ENDED);
        if (holder !== ENDED && holder !== '' && !(0,owner/* ownerGone */.RT)(holder))
            continue;
        forgotten.push(name);
        if (!dryRun)
            await (0,promises_.rm)(external_node_path_default().join(dir, name), { force: true });
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

// EXTERNAL MODULE: ./src/checkpoint/adapters/keyed-store.ts
var keyed_store = __webpack_require__(84385);
// EXTERNAL MODULE: ./src/checkpoint/adapters/restored-state.ts
var restored_state = __webpack_require__(65357);
// EXTERNAL MODULE: ./src/checkpoint/core/restored-state.ts
var core_restored_state = __webpack_require__(56088);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/local-manifest.ts
/**
 * The job's local copies of checkpoint manifests (a save's `manifestCache`): kept per checkpoint and
 * directory with the stat facts a save's next incremental relies on, so it finds its parent without a
 * download; read before the store's copy.
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
    // Decoded in one pass: read with an encoding, node decodes it chunk by chunk through a StringDecoder
    // into a string JSON.parse must flatten again (~9 ms of CPU for a local copy of 11,755 entries).
    const text = await (0,promises_.readFile)(file)
        .then((bytes) => bytes.toString('utf8'))
        // no local copy, or one past V8's longest string: the caller reads the store's
        .catch(() => undefined);
    return text === undefined ? undefined : (0,core/* parseManifest */.Ng)(text, file);
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
        (0,core/* writeLocalManifest */.UC)(m, (chunk) => {
            for (let off = 0; off < chunk.length;)
                off += (0,external_node_fs_.writeSync)(fd, chunk, off);
        });
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/checkpoint/adapters/save-plan.ts
/**
 * What a save records and chains onto, decided before the walk: its roots, the paths it leaves out, and
 * the parent it is incremental on (or none: a full save).
 */






/** The checkpoint's roots as its manifest records them: normalized, without repeats. */
function checkpointRoots(paths) {
    const roots = [
        ...new Set(paths.map((p) => {
            try {
                return (0,core/* safeEntryPath */.FB)(p, { allowRoot: true });
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
/** The globs left out (saveExclusions), plus a local store inside the workspace, which must not checkpoint itself. */
function excludedPaths(opts, workspace, roots) {
    const exclude = saveExclusions(roots, opts.exclude ?? [], opts.includeHidden === true);
    if (opts.store instanceof adapters_store/* DirStore */.VW) {
        const rel = external_node_path_default().relative(workspace, opts.store.dir).split((external_node_path_default()).sep).join('/');
        if (rel && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) && !exclude.includes(rel))
            exclude.push(rel);
    }
    return exclude;
}
/**
 * Starts reading the parent this save names by id (see usableParent), so that the read and its parse
 * overlap the store's answer on whether the save's name is taken; undefined when there is none to read.
 */
function readParent(opts, workspace) {
    if (typeof opts.parent !== 'string' || opts.full)
        return undefined;
    const reading = loadManifest(opts.store, opts.parent, opts.manifestCache, workspace);
    // awaited by usableParent, which says why it failed; unused when the save stops before that
    reading.catch(() => undefined);
    return reading;
}
/**
 * The parent this save is incremental on; undefined for a full save: when one is asked for, or when the
 * parent cannot be read (a warning says why), covers a root this save does not, or needs this very checkpoint.
 * `reading` is the read readParent started, if it did.
 */
async function usableParent(opts, workspace, roots, reading) {
    if (opts.parent === undefined || opts.full)
        return undefined;
    let parent;
    if (typeof opts.parent === 'string') {
        try {
            parent = await (reading ?? loadManifest(opts.store, opts.parent, opts.manifestCache, workspace));
        }
        catch (error) {
            opts.logger?.warning(`Parent checkpoint '${opts.parent}' is unavailable (${(0,errors/* errorMessage */.gJ)(error)}); saving a full checkpoint.`);
        }
    }
    else
        parent = opts.parent;
    // A parent can describe this tree when every root it covers is one of this save's: a root it lacks (the
    // output of the stage just done) is new, and stored here. A root of its own that this save leaves out
    // would need a deletion the manifest cannot say.
    if (parent && !parent.paths.every((root) => roots.includes(root)))
        parent = undefined;
    // A checkpoint is never incremental on one that needs it (its name reused after it was removed):
    // the two would each need the other.
    if (parent && (parent.id === opts.id || (0,core/* archivesNeeded */.jq)(parent).includes(opts.id))) {
        opts.logger?.warning(`Parent checkpoint '${parent.id}' depends on '${opts.id}' itself; saving a full checkpoint.`);
        parent = undefined;
    }
    return parent;
}
/** A parent that expires sooner than this is not worth chaining onto: the save is full instead. */
const MIN_PARENT_LIFE_MS = 3_600_000;
/**
 * A checkpoint never outlives the parent it takes files from (an incremental kept 30 days on a parent
 * kept 1 day would be listed for 29 days and restore for none): in a store where objects expire, this
 * one expires with its parent at the latest, and is saved in full when the parent's expiry is unknown
 * (saved by an older version) or within the hour.
 */
function keptWithinParent(opts, parent) {
    const { store, logger } = opts;
    const ours = store.expiry?.();
    if (!parent || !ours || !store.expireBy)
        return parent;
    const theirs = parent.expiresAt ? Date.parse(parent.expiresAt) : NaN;
    if (!Number.isFinite(theirs) || theirs - Date.now() < MIN_PARENT_LIFE_MS) {
        logger?.info(`Parent checkpoint '${parent.id}' ${Number.isFinite(theirs) ? 'expires within the hour' : 'has no recorded expiry'}; saving a full checkpoint, so that it never outlives the files it needs.`);
        return undefined;
    }
    // A minute early: the recorded expiry of the parent is this side's estimate of the service's.
    if (ours.getTime() > theirs - 60_000) {
        store.expireBy(new Date(theirs - 60_000));
        logger?.info(`Checkpoint ${opts.id} expires with its parent '${parent.id}' at ${parent.expiresAt}, not later: it takes files from it.`);
    }
    return parent;
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/exclude-audit.ts
/**
 * Which of the user's exclude globs left nothing out while something near them was saved. A glob matches a
 * whole path from the workspace root, case-sensitively (as upload-artifact's do): `*.pem` leaves out
 * `key.pem` but saves `secrets/key.pem`, and `Secrets` saves `secrets/`. That is what the glob says, but
 * rarely what its writer meant, and the file they meant to keep out is saved without a word. So the walk
 * tells the audit what each glob left out and what was taken; a glob that left out nothing, where the same
 * glob at any depth or in any case would have, gets a warning that names the file and the glob to write.
 */

const matcher = (glob, nocase = false) => {
    const re = picomatch_default().makeRe(glob, { dot: true, nocase });
    return (rel) => rel === glob || re.test(rel);
};
class ExcludeAudit {
    /** Globs that have left nothing out yet. */
    idle;
    constructor(globs) {
        this.idle = [...new Set(globs.filter((g) => g !== ''))].map((glob) => ({
            glob,
            matches: matcher(glob),
            ...(glob.includes('/') || glob.startsWith('**') ? {} : { deeper: matcher(`**/${glob}`) }),
            folded: matcher(glob, true),
        }));
    }
    /** The walk left `rel` out (it, or the directory it heads): the globs that match it did something. */
    leftOut(rel) {
        for (let i = this.idle.length - 1; i >= 0; i--)
            if (this.idle[i].matches(rel))
                this.idle.splice(i, 1);
    }
    /** The walk took `rel`: a glob near it that left nothing out may have meant it. */
    taken(rel) {
        for (const a of this.idle) {
            if (a.hint !== undefined)
                continue;
            if (a.deeper?.(rel))
                a.hint = `'${rel}' was saved: a glob matches whole paths from the workspace root, so write '**/${a.glob}' to leave it out at any depth`;
            else if (a.folded(rel))
                a.hint = `'${rel}' was saved: globs are case-sensitive, so write the name as it is on disk`;
        }
    }
    /** One line per glob that left nothing out while a near miss was saved. */
    findings() {
        return this.idle
            .filter((a) => a.hint !== undefined)
            .map((a) => `exclude '${a.glob}' left out nothing; ${a.hint}.`);
    }
}

;// CONCATENATED MODULE: ./src/checkpoint/adapters/keyed-beside.ts
/**
 * A keyed path walked beside the stage's command: the rest of the checkpoint is walked and packed first,
 * the stage starts, and only then is the keyed path (a `node_modules` of tens of thousands of entries)
 * walked, by `lstat` as always. What the walk meets must be what was there before the stage started, so
 * every entry is held to its ctime, which every change moves and no one can set back (`utimes` sets
 * mtime, not ctime):
 * - an entry whose ctime is at or after the stage's start was changed by the stage: the walk cannot say
 *   what was there before, so the save fails (a checkpoint that claimed it could restore the stage's file
 *   as the pre-stage one);
 * - a directory's ctime is checked again once everything under it was walked: still before the start,
 *   no entry was added, removed or renamed in it meanwhile, so its listing, and each name's lstat, were
 *   the pre-stage ones;
 * - a file read beside the stage (hashed, or packed because it differs) is lstat-ed again after the read:
 *   the same inode, size, mtime and ctime say nothing wrote it while it was read (the hash pool checks the
 *   same facts by fstat for the keyed comparison's files);
 * - the keyed path and each directory above it are lstat-ed before the stage and again once the path was
 *   walked: the same inode, and the path's ctime still before the start (the walk goes by path, so a
 *   parent swapped for another directory, whose tree has old ctimes, would be walked in its stead).
 * A save failed this way notes it in the job's directory, and the job's later checkpoints walk that path
 * before their stage starts, as before (a stage that writes into its keyed path would fail each one).
 */



/**
 * Taken off the stage's start: the kernel stamps ctime from a clock read at its tick (4 ms at 250 Hz, 10 ms
 * at 100 Hz), so a write just after the spawn can carry a ctime a tick before `Date.now()` said. 20 ms
 * covers either with room; an entry changed in those 20 ms before the start fails the save, never worse.
 */
const CTIME_MARGIN_MS = 20;
/** The note in the job's directory that this keyed entry's path must be walked before the stage starts. */
const walkFirstNote = (jobDir, refId) => external_node_path_default().join(jobDir, `${refId}.differed`);
/** Every keyed path of the save: those compared with an entry, and those carried from the parent. */
const keyedRefs = (plan) => plan ? [...plan.matches.map((m) => m.ref), ...plan.carried] : [];
/**
 * The keyed paths to walk beside the stage, outermost first in walk order; none (walk everything before
 * the stage, as before) without a stage to start (`onPacked`), without a job directory to note a failure
 * in, when a checkpoint of this job found one of them changed once its stage had started, or where the
 * filesystem's ctime is not this machine's clock (sameClock).
 */
function pathsBesideStage(plan, onPacked, jobDir, workspace) {
    if (!plan || onPacked === undefined || jobDir === undefined)
        return [];
    const refs = keyedRefs(plan);
    if (refs.some((r) => (0,external_node_fs_.existsSync)(walkFirstNote(jobDir, r.id))))
        return [];
    if (!refs.every((r) => sameClock(jobDir, external_node_path_default().join(workspace, r.path))))
        return [];
    return refs.map((r) => r.path);
}
/**
 * Whether the filesystem of `dir` stamps ctime from this process's clock: a file made in `jobDir` on the
 * same filesystem has a ctime within half the margin of `Date.now()`. A network filesystem stamps with its
 * server's clock: one behind ours would date the stage's writes before its start, and the path is walked
 * before the stage instead. A probe that cannot be made says no.
 */
function sameClock(jobDir, dir, now = Date.now) {
    try {
        (0,external_node_fs_.mkdirSync)(jobDir, { recursive: true });
        const probe = external_node_path_default().join(jobDir, `.ctime-probe-${process.pid}`);
        const before = now();
        const fd = (0,external_node_fs_.openSync)(probe, 'w');
        const st = (0,external_node_fs_.fstatSync)(fd);
        (0,external_node_fs_.closeSync)(fd);
        (0,external_node_fs_.rmSync)(probe, { force: true });
        const after = now();
        return (st.dev === (0,external_node_fs_.lstatSync)(dir).dev &&
            st.ctimeMs >= before - CTIME_MARGIN_MS / 2 &&
            st.ctimeMs <= after + CTIME_MARGIN_MS / 2);
    }
    catch {
        // no probe, no proof: the path is walked before the stage, as it always was
        return false;
    }
}
/** The walk of the keyed paths once the stage has started: every check above, and the note on failure. */
class BesideStage {
    base;
    jobDir;
    refIds;
    /** Entries changed at or after this (ms, the ctime clock's) were changed by the stage. */
    since;
    constructor(base, jobDir, refIds, now = Date.now()) {
        this.base = base;
        this.jobDir = jobDir;
        this.refIds = refIds;
        this.since = now - CTIME_MARGIN_MS;
    }
    /** Each deferred root and the directories above it (dev:ino), as they were before the stage started. */
    held = new Map();
    /** Before the stage starts: `root` and the directories above it, which no check below looks at. */
    hold(root) {
        for (const p of [...(0,core/* ancestors */.T1)(root), root])
            this.held.set(p, this.identity(p));
    }
    /**
     * Once `root` was walked: it and the directories above it are still the ones held. The walk goes by path:
     * a directory above the root swapped for another (whose tree has old ctimes) would be walked instead.
     */
    stillThere(root) {
        for (const [p, was] of this.held)
            if ((p === root || (0,core/* isUnder */.Jo)(root, p)) && this.identity(p) !== was)
                this.fail(p, 'it was moved, replaced or removed');
        const st = (0,external_node_fs_.lstatSync)(this.base + root, { throwIfNoEntry: false });
        if (st && st.ctimeMs >= this.since)
            this.fail(root, 'it was moved or changed');
    }
    identity(p) {
        const st = (0,external_node_fs_.lstatSync)(this.base + p, { throwIfNoEntry: false });
        return st ? `${st.dev}:${st.ino}` : 'none';
    }
    /** An entry as the walk met it. */
    met(e) {
        if (e.stat !== undefined && e.stat.ctimeMs !== undefined && e.stat.ctimeMs < this.since)
            return;
        this.fail(e.path, 'its ctime is after the stage started');
    }
    /** A directory once everything under it was walked (or its listing failed). */
    left(rel, abs) {
        const st = (0,external_node_fs_.lstatSync)(abs, { throwIfNoEntry: false });
        if (!st)
            this.fail(rel, 'it was removed');
        else if (st.ctimeMs >= this.since)
            this.fail(rel, 'an entry was added, removed or renamed in it');
    }
    /** A file read beside the stage: still the one the walk met. */
    read(e) {
        if (e.type !== 'file')
            return;
        const st = (0,external_node_fs_.lstatSync)(this.base + e.path, { throwIfNoEntry: false });
        const s = e.stat;
        const same = st !== undefined &&
            s !== undefined &&
            st.ino === s.ino &&
            st.size === e.size &&
            st.mtimeMs === s.mtimeMs &&
            st.ctimeMs === s.ctimeMs;
        if (!same)
            this.fail(e.path, 'it was written while it was read');
    }
    fail(rel, why) {
        try {
            (0,external_node_fs_.mkdirSync)(this.jobDir, { recursive: true });
            for (const id of this.refIds)
                (0,external_node_fs_.writeFileSync)(walkFirstNote(this.jobDir, id), '');
        }
        catch {
            // without the note the job's next checkpoint walks beside its stage again, and fails alike: no worse
        }
        throw new Error(`'${rel}' changed once the stage had started, while its keyed path was walked beside the stage's command (${why}): this checkpoint is not saved, and the job's later checkpoints walk the path before their stage starts`);
    }
}

;// CONCATENATED MODULE: ./src/checkpoint/core/tar.ts
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

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/file-progress.ts
/**
 * Who hears of each file a save packs or a restore (or validate) unpacks: the CLI's progress line on a
 * terminal. Scoped to one call with AsyncLocalStorage, so that the save and restore need no option for
 * it and nothing else ever hears; outside such a call `fileDone` is one lookup that finds nobody.
 */

const listener = new external_node_async_hooks_.AsyncLocalStorage();
/** Runs `fn` with `onFile` told of every file packed or unpacked inside it (none: just runs it). */
function withFileProgress(onFile, fn) {
    return onFile ? listener.run(onFile, fn) : fn();
}
/** One more file packed or unpacked. */
function fileDone() {
    listener.getStore()?.();
}

;// CONCATENATED MODULE: ./src/checkpoint/adapters/tar-pack.ts
/**
 * Writes a tar stream the way GNU tar does: into a few large block buffers that are handed to the output
 * (the compressor's stdin) whole. File content is read straight into the buffer after its header and
 * hashed in place, so a file's bytes are copied once (kernel to buffer) and nothing is allocated per file.
 * Only when the output falls behind does packing wait for a buffer to come back.
 * Hashing on a worker thread instead, from the same buffers made shared memory (a buffer back only once
 * both zstd and the thread were done with it), was measured and left out: on 2 cores it cost 6 % more CPU
 * (the thread's start, its messages) and no wall time was won, since zstd's threads take the other core;
 * a buffer waiting for the thread also held up the packing (300 MB, 6 interleaved pairs, load 5-9).
 */




const BUFFER_SIZE = 1 << 20;
const BUFFERS = 4;
/** Files up to this size are read with one call, straight behind their header. */
const SMALL_FILE = 256 * 1024;
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
    scratch = Buffer.allocUnsafe(BLOCK);
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
    /** A directory or symlink: a header only. A promise only when it had to wait for a buffer. */
    addEntry(h) {
        if (this.failed)
            throw this.failed;
        return this.put(encodeHeader(h, this.scratch)) ?? undefined;
    }
    /** The header of the file being packed: one object, refilled for each file. */
    fileHeader = { name: '', type: 'file', mode: 0, size: 0, mtime: 0 };
    /**
     * A regular file the scan saw with `expectedSize` bytes, packed with the size and sha256 of the bytes
     * read, which are set on `out`. A small file is read with one call into place behind its header; a big
     * one, or one whose size changed since the scan, streams through the buffers with the size it has now.
     * Returns undefined when the file went in at once (the common case: no promise per file), else a
     * promise that settles once it is in.
     */
    addFile(name, mode, mtime, abs, expectedSize, out) {
        if (this.failed)
            throw this.failed;
        const h = this.fileHeader;
        h.name = name;
        h.mode = mode;
        h.mtime = mtime;
        const fd = (0,external_node_fs_.openSync)(abs, 'r');
        let waits = false;
        try {
            const inPlace = expectedSize <= SMALL_FILE ? this.packInPlace(fd, expectedSize, out) : 'big';
            if (inPlace === 'packed')
                return undefined;
            waits = true;
            return this.addFileLater(fd, expectedSize, out, inPlace === 'no-room');
        }
        finally {
            if (!waits)
                this.closeFile(fd);
        }
    }
    closeFile(fd) {
        (0,external_node_fs_.closeSync)(fd);
        fileDone();
    }
    /** addFile when the file does not go in at once: in a fresh buffer when there was no room, else streamed. */
    async addFileLater(fd, expectedSize, out, noRoom) {
        try {
            if (noRoom) {
                await this.rotate();
                if (this.packInPlace(fd, expectedSize, out) === 'packed')
                    return;
            }
            await this.streamFile(fd, out);
        }
        finally {
            this.closeFile(fd);
        }
    }
    /**
     * Reads the whole file behind its header in the current buffer. Nothing is packed when the buffer has
     * no room for it ('no-room') or the file is no longer `expectedSize` bytes long ('changed').
     */
    packInPlace(fd, expectedSize, out) {
        const h = this.fileHeader;
        h.size = expectedSize;
        const header = encodeHeader(h, this.scratch);
        const whole = header.length + expectedSize + padding(expectedSize);
        // One extra byte of room tells a file that grew since the scan from one that did not.
        if (this.room() < whole + 1)
            return 'no-room';
        const start = this.off + header.length;
        const got = readFully(fd, this.buf, start, expectedSize + 1);
        if (got !== expectedSize)
            return 'changed';
        out.sha256 = (0,external_node_crypto_.hash)('sha256', this.buf.subarray(start, start + got));
        out.size = got;
        header.copy(this.buf, this.off);
        this.buf.fill(0, start + got, start + got + padding(got));
        this.off = start + got + padding(got);
        return 'packed';
    }
    async streamFile(fd, out) {
        const h = this.fileHeader;
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        h.size = size;
        await this.put(encodeHeader(h, this.scratch));
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
        await this.zeros(padding(size));
        out.sha256 = hash.digest('hex');
        out.size = size;
    }
    /** Ends the archive, hands over what is left and ends the output. */
    async finish() {
        await this.zeros(END_OF_ARCHIVE);
        await this.rotate();
        if (this.failed)
            throw this.failed;
        this.out.end();
    }
}
/**
 * Reads up to `len` bytes from the start of the file, until a read returns fewer than it asked for: for
 * a regular file that is its end, and a second read to see 0 cost a system call per file. (Where a file
 * system returns less before the end, the caller finds the size short of the scan's and streams the file.)
 */
function readFully(fd, buf, off, len) {
    let got = 0;
    while (got < len) {
        const want = len - got;
        const n = (0,external_node_fs_.readSync)(fd, buf, off + got, want, got);
        got += n;
        if (n < want)
            break;
    }
    return got;
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/hash-pool.ts
/**
 * Files' sha256 on worker threads, while the main thread goes on walking: a keyed path compared by content
 * with an entry another job published (keyed.ts) reads and hashes every file of it (1 GB of node_modules:
 * 1.2 of the 2.1 s its checkpoint took on the main thread). Only paths cross to the threads, never bytes
 * (copying the bytes was measured to cost more than it saved: digest-thread.ts); files go in batches,
 * since a message per file would cost more than hashing a small one.
 */

// Run with `eval`, so the bundles need no second entry file (see digest-thread.ts). The same reads as
// digest.ts FileHasher: one reused buffer, a one-shot hash for a file that fits in it.
const WORKER_SOURCE = `
const { parentPort } = process.getBuiltinModule('node:worker_threads');
const { createHash, hash: oneShot } = process.getBuiltinModule('node:crypto');
const { openSync, readSync, fstatSync, closeSync } = process.getBuiltinModule('node:fs');
const buf = Buffer.allocUnsafeSlow(1 << 20);
function sha256(file, stats, i) {
  let fd;
  try { fd = openSync(file, 'r'); } catch { return null; }
  try {
    let n = readSync(fd, buf, 0, buf.length, 0);
    let digest;
    if (n < buf.length) digest = oneShot('sha256', buf.subarray(0, n));
    else {
      const hash = createHash('sha256');
      for (let pos = 0; n > 0; n = readSync(fd, buf, 0, buf.length, pos)) {
        hash.update(buf.subarray(0, n));
        pos += n;
      }
      digest = hash.digest('hex');
    }
    // Once read: a write before this moved ctime, so equal facts mean the bytes hashed are those walked.
    const st = fstatSync(fd);
    stats.set([st.ino, st.size, st.mtimeMs, st.ctimeMs], i * 4);
    return digest;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}
parentPort.on('message', ({ id, files }) => {
  const stats = new Float64Array(files.length * 4).fill(NaN);
  const digests = files.map((f, i) => sha256(f, stats, i));
  parentPort.postMessage({ id, digests, stats }, [stats.buffer]);
});
`;
/** A batch is sent once it holds this many files or bytes: few messages, and every thread kept busy. */
const BATCH_FILES = 256;
const BATCH_BYTES = 16 << 20;
/** What a narrowed pool's one thread is given at most (a few tenths of a second of hashing). */
const NARROW_BYTES = 256 << 20;
class HashPool {
    narrow;
    narrowBytes;
    workers = [];
    /** Bytes sent to each worker and not yet answered: the next batch goes to the least loaded. */
    pending = [];
    waiting = new Map();
    batch = { files: [], bytes: 0, settle: [] };
    nextId = 0;
    failure;
    /** Batches held back while the pool is narrowed (`widen` sends them). */
    held = [];
    /**
     * `narrow`: until `widen`, one thread hashes, and no more than `narrowBytes` of files wait for it: the
     * walk keeps a core of its own when the stage waits for the walk only (keyed-compare.ts).
     */
    constructor(threads, narrow = false, narrowBytes = NARROW_BYTES) {
        this.narrow = narrow;
        this.narrowBytes = narrowBytes;
        for (let i = 0; i < Math.max(1, threads); i++) {
            const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true, execArgv: [] });
            worker.on('message', (reply) => this.answered(reply));
            worker.on('error', (error) => this.fail(error));
            worker.on('exit', () => this.fail(new Error('a thread hashing files stopped')));
            this.workers.push(worker);
            this.pending.push(0);
        }
    }
    /** The file's hex sha256 and its facts once read, or undefined when it cannot be read. Rejects when a thread fails. */
    digest(file, size) {
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => {
            this.batch.files.push(file);
            this.batch.bytes += size;
            this.batch.settle.push((digest) => (this.failure ? reject(this.failure) : resolve(digest)));
            if (this.batch.files.length >= BATCH_FILES || this.batch.bytes >= BATCH_BYTES)
                this.flush();
        });
    }
    /** Sends the files asked for so far; call once the last is asked for. */
    flush() {
        const batch = this.batch;
        if (batch.files.length === 0 || this.failure)
            return;
        this.batch = { files: [], bytes: 0, settle: [] };
        if (this.narrow && (this.held.length > 0 || this.pending[0] >= this.narrowBytes))
            this.held.push(batch);
        else
            this.send(batch);
    }
    /** Every thread hashes from now on: the batches held back are shared out. */
    widen() {
        this.narrow = false;
        const held = this.held;
        this.held = [];
        for (const batch of held)
            this.send(batch);
    }
    send(batch) {
        if (this.failure)
            return;
        const worker = this.narrow ? 0 : this.pending.indexOf(Math.min(...this.pending));
        const id = this.nextId++;
        // A file counts at least a block: a batch of small files still costs its opens.
        const bytes = batch.bytes + batch.files.length * 4096;
        this.pending[worker] += bytes;
        this.waiting.set(id, { worker, bytes, batch });
        this.workers[worker].postMessage({ id, files: batch.files });
    }
    answered({ id, digests, stats }) {
        const sent = this.waiting.get(id);
        if (!sent)
            return;
        this.waiting.delete(id);
        this.pending[sent.worker] -= sent.bytes;
        sent.batch.settle.forEach((settle, i) => {
            const sha256 = digests[i];
            const at = i * 4;
            settle(sha256
                ? {
                    sha256,
                    ino: stats[at],
                    size: stats[at + 1],
                    mtimeMs: stats[at + 2],
                    ctimeMs: stats[at + 3],
                }
                : undefined);
        });
    }
    fail(error) {
        if (this.failure)
            return;
        this.failure = error;
        for (const { batch } of this.waiting.values())
            for (const settle of batch.settle)
                settle(undefined);
        for (const settle of this.batch.settle)
            settle(undefined);
        for (const batch of this.held)
            for (const settle of batch.settle)
                settle(undefined);
        this.held = [];
        this.waiting.clear();
    }
    /** Stops the threads; asks still unanswered reject. */
    async close() {
        this.fail(new Error('the hashing threads were stopped'));
        await Promise.all(this.workers.map((w) => w.terminate()));
    }
}

;// CONCATENATED MODULE: ./src/checkpoint/adapters/keyed-compare.ts
/**
 * A save's comparison of its keyed paths with their entries, as the walk meets their entries: each entry
 * is compared by its stat at once, and a file compared by content is hashed on the pool's threads while
 * the walk goes on. Each hashed file's facts once read (fstat on the descriptor it was read through) must
 * equal the walk's: a file written after the walk met it moves its ctime, so what was hashed is what the
 * walk met. That lets the stage start before the hashes are in (`compared`): a file it changes
 * meanwhile fails the comparison, and never has the entry's content recorded for it.
 */




class KeyedComparison {
    matches;
    early;
    met = [];
    hashed = [];
    pool;
    /**
     * `matches`: every keyed path of the save, met by the walk or not (one not met misses its entries).
     * `early`: the stage may start once the walk is over (`compared`'s `start`): one thread hashes beside
     * the walk, which keeps a core of its own, and both once it is over.
     */
    constructor(matches = [], early = false) {
        this.matches = matches;
        this.early = early;
    }
    /** An entry of a keyed path, as the walk met it; `base` is the workspace with a trailing separator. */
    add(planned, match, base) {
        const e = planned.entry;
        this.met.push(planned);
        const at = match.meet(e);
        if (at === undefined)
            return;
        // Two threads, so that hashing keeps up with the walk (one fell a second behind it on 2 cores); one
        // until the walk is over where the stage waits for the walk only (`early`).
        this.pool ??= new HashPool(Math.min(2, (0,external_node_os_.availableParallelism)()), this.early);
        const digest = this.pool.digest(base + e.path, e.size ?? 0);
        // Awaited in compared(); a thread's failure before then is no unhandled rejection.
        digest.catch(() => undefined);
        this.hashed.push({ entry: e, match, at, digest });
    }
    /**
     * Once the walk is over: compares every hashed file, and returns the entries in walk order. `start`,
     * when given, is called as soon as every keyed path matches its entry by stat and only files' contents
     * are left to compare (the stage may start then); a path found to differ after that throws, since its
     * files can no longer be packed as the walk met them.
     */
    async compared(start, jobDir) {
        this.pool?.flush();
        this.pool?.widen();
        const started = start !== undefined &&
            this.hashed.length > 0 &&
            this.matches.every((m) => !m.verdict() && !differedBefore(m, jobDir));
        if (started)
            start();
        for (const { entry, match, at, digest } of this.hashed) {
            const d = await digest;
            if (d && !sameFacts(entry, d))
                match.differs(at, `'${entry.path}' changed while it was compared with the keyed entry`);
            else
                match.content(entry, at, d?.sha256);
        }
        if (started)
            for (const m of this.matches)
                refuseLate(m, jobDir);
        return this.met;
    }
    async close() {
        await this.pool?.close();
        this.pool = undefined;
    }
}
/** The note in the job's directory that a path differed from this entry once its stage had started. */
const differedNote = (m, jobDir) => walkFirstNote(jobDir, m.ref.id);
/** Whether this entry differed once a stage of this job had started: the later ones compare it first. */
const differedBefore = (m, jobDir) => jobDir !== undefined && (0,external_node_fs_.existsSync)(differedNote(m, jobDir));
/**
 * A keyed path found to differ once the stage started: this checkpoint is not saved, and the job's later
 * checkpoints compare the path before their stage starts (packing it, as the walk met it, if it differs).
 */
function refuseLate(m, jobDir) {
    const difference = m.verdict();
    if (!difference)
        return;
    if (jobDir) {
        try {
            (0,external_node_fs_.mkdirSync)(jobDir, { recursive: true });
            (0,external_node_fs_.writeFileSync)(differedNote(m, jobDir), '');
        }
        catch {
            // without the note a later checkpoint starts its stage early again, and fails the same way: no worse
        }
    }
    throw new Error(`'${m.ref.path}' differs from its keyed entry ${m.ref.key} (${difference}), found once the stage had started: nothing is taken from the entry, and this checkpoint is not saved`);
}
/** Whether a file read as `d` is the one the walk met: same inode, size, mtime and ctime (none recorded: not). */
function sameFacts(e, d) {
    const s = e.stat;
    return (s !== undefined &&
        d.ino === s.ino &&
        d.size === e.size &&
        d.mtimeMs === s.mtimeMs &&
        d.ctimeMs === s.ctimeMs);
}

// EXTERNAL MODULE: ./src/checkpoint/adapters/crash-points.ts
var crash_points = __webpack_require__(98846);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/save-commit.ts
/**
 * A save's side of the store: whether the name is taken, the manifest of what was packed, the check that
 * the checkpoints it takes files from are still there, and the manifest's commit (with the local copy),
 * or the removal of this save's own archive when it fails before that.
 */






/** A checkpoint this save takes files from went away while it ran (a cleanup removed it). */
class ChainGoneError extends errors/* UserError */.yo {
    name = 'ChainGoneError';
}
/**
 * Checks, under the store's lock, that every checkpoint whose archive the new manifest needs is still
 * in the store: a cleanup may have removed the parent while this save was packing, and a manifest
 * committed on it would be listed as a checkpoint that can never be restored.
 */
async function checkChain(store, manifest) {
    const needed = (0,core/* storedArchivesNeeded */.m0)(manifest).filter((id) => id !== manifest.id);
    if (needed.length === 0)
        return;
    // The listing, not the manifests: reading a parent's manifest again costs its parse.
    const names = new Set((await store.objects()).map((o) => o.name));
    const gone = needed.find((id) => !names.has(`${id}${adapters_store/* MANIFEST_SUFFIX */.OK}`));
    if (gone)
        throw new ChainGoneError(`Checkpoint '${gone}', which ${manifest.id} takes files from, was removed from ${store.spec} while it was being saved (by a cleanup)`);
}
/** Whether the store has a manifest under `id` (a valid one or not: either way the name is taken). */
async function hasCheckpoint(store, id) {
    try {
        await store.getManifest(id);
        return true;
    }
    catch (error) {
        if (error instanceof adapters_store/* NotFoundError */.m_)
            return false;
        if (error instanceof core/* ManifestError */.Sh)
            return true;
        throw error; // (the store cannot be read: its own message says why)
    }
}
/**
 * Removes the archive of a save that failed before its manifest was stored, where the store let this
 * process claim the name (no manifest names the archive, and no other save can be writing it).
 */
async function dropOwnArchive(store, file) {
    // best effort: an archive left behind is debris a clean-up removes
    if (store.claim)
        await store.removeObject(file).catch(() => undefined);
}
/** The manifest of this save: the job it was taken in, every entry of the tree, and its archive. */
function manifestOf(opts, s) {
    const { parent, packed } = s;
    const expiresAt = opts.store.expiry?.()?.toISOString();
    return {
        format: core/* MANIFEST_FORMAT */.Sn,
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
        ...(opts.meta.stageDurations ? { stageDurations: opts.meta.stageDurations } : {}),
        ...(opts.meta.roots?.length ? { roots: opts.meta.roots } : {}),
        ...keyedOf(packed.planner.entries, s.keyed, parent),
        createdAt: new Date().toISOString(),
        scanStartedMs: s.scanStartedMs,
        timings: s.timings,
        entries: packed.planner.entries,
        changed: packed.changed,
        deleted: packed.planner.deleted(),
        ...(packed.report.skipped.length ? { leftOut: packed.report.skipped.length } : {}),
        ...(expiresAt ? { expiresAt } : {}),
        archive: {
            file: s.file,
            compression: s.compression,
            sha256: packed.archive.sha256,
            size: packed.archive.size,
            entries: packed.changed.length,
        },
    };
}
/** The keyed entries the entries take files from: this save's, then those its parent recorded. */
function keyedOf(entries, plan, parent) {
    const sources = [plan?.matches.map((m) => m.ref), plan?.carried, parent?.keyed];
    // No keyed entry to take files from: no pass over every entry to find which are used (~5 ms of 20,000).
    if (!sources.some((s) => s?.length))
        return {};
    const refs = (0,core/* keyedRefsUsed */.Mu)(entries, ...sources);
    return refs.length ? { keyed: refs } : {};
}
/**
 * The commit under the store's lock, where it has one: the chain checked, then the manifest stored
 * (commitManifest; `pre`, its entries encoded already). The chain is listed only once the archive is
 * stored: a listing taken earlier would miss a parent a cleanup removes while the archive's tail uploads.
 */
async function commitChecked(opts, manifest, workspace, t0, pre) {
    const unlock = await opts.store.lock?.();
    try {
        await checkChain(opts.store, manifest);
        return await commitManifest(opts, manifest, workspace, t0, pre);
    }
    finally {
        await unlock?.();
    }
}
/**
 * Stores the manifest, which commits the checkpoint, and keeps the local copy once the store has it. A
 * manifest the store refuses leaves neither this save's archive nor a local copy behind. Returns the
 * stored manifest's sha256 (the store's own, where it hashed the bytes as it stored them). `pre`: its entries, encoded already (encodeEntries), if they were.
 */
async function commitManifest(opts, manifest, workspace, t0, pre) {
    const encoded = (0,core/* encodeManifest */.Gb)(manifest, pre);
    const storingManifest = opts.store.putManifest(manifest.id, encoded.stored);
    // awaited below; never an unhandled rejection meanwhile
    storingManifest.catch(() => undefined);
    // The local copy is written while the store uploads, and put in place once the store has the manifest.
    const localCopy = opts.manifestCache
        ? await stageLocalManifest(opts.manifestCache, manifest.id, workspace, encoded.local()).catch(
        // the local copy only spares a rescan: without it the save goes on
        () => undefined)
        : undefined;
    opts.logger?.debug(`checkpoint ${opts.id}: local copy written at ${Date.now() - t0} ms`);
    (0,crash_points/* crashPoint */.u)();
    let digest;
    try {
        digest = await storingManifest;
    }
    catch (error) {
        await dropOwnArchive(opts.store, manifest.archive.file);
        await localCopy?.drop();
        throw error;
    }
    // best effort: the local copy only spares a rescan
    await localCopy?.keep().catch(() => undefined);
    // An upload hashed these very bytes already (for a 6 MB manifest a second pass is a few ms).
    return digest ?? storedDigest(encoded.stored);
}

;// CONCATENATED MODULE: ./src/checkpoint/adapters/save-pack.ts
/**
 * A save's walk of the tree, streamed through tar -> compressor -> store in one pass: each stored file is
 * read once, straight into the tar buffer, and its sha256 computed from those same bytes. Entries of a
 * keyed path wait for the verdict on the whole path, taken from its entry or packed.
 */












/**
 * Entries walked between turns of the event loop (a few ms of `lstat`; a turn costs microseconds). The
 * walk's syscalls are synchronous: without such turns the store's first requests (the artifacts'
 * CreateArtifact, a round trip each) went out only once it was over.
 */
const YIELD_EVERY = 512;
/**
 * Walks the tree and streams what must be stored (everything, or what changed since the parent) through
 * tar -> compressor -> store in one pass. On failure the compressor is stopped and this save's archive
 * removed from the store.
 */
async function packTree(opts, tree) {
    const { workspace } = tree;
    const codec = tree.codec?.() ?? (await compressor(tree.compression, opts.level ?? 3));
    const storing = opts.store.putArchive(tree.file, codec.output);
    // Awaited below; handlers now so an early failure is never an unhandled rejection.
    codec.done.catch(() => undefined);
    const packer = new TarPacker(codec.input);
    const planner = new core/* IncrementalPlanner */.zh(tree.parent);
    const report = { missingRoots: [], skipped: [], audit: new ExcludeAudit(opts.exclude ?? []) };
    // Hard links are kept as links, except in a keyed entry and beside one: a keyed comparison takes each
    // file from its entry's archive under its own name.
    if (!opts.copyHardLinks && !tree.keyed)
        report.inodes = new Map();
    const changed = [];
    let storedBytes = 0;
    let scanMs = 0;
    const hasher = new FileHasher();
    // Entry paths are normalized and relative (the walk's own): joined by concatenation, since path.join
    // re-normalizes each one character by character.
    const base = workspace.endsWith((external_node_path_default()).sep) ? workspace : `${workspace}${(external_node_path_default()).sep}`;
    // A store that fails mid-way (an upload error) stops reading: without this the packer would wait for
    // its buffers forever.
    const storeFailed = new Promise((_, reject) => void storing.catch(reject));
    const storePlanned = async (planned) => {
        const e = planned.entry;
        if (e.link !== undefined)
            return storeLink(packer, planned, changed);
        if ((0,core/* worthRehashing */.GZ)(planned))
            (0,core/* reuseIfSameContent */.Li)(planned, hasher.sha256(external_node_path_default().join(workspace, e.path)));
        if (!planned.store)
            return;
        (0,crash_points/* crashPoint */.u)();
        changed.push(e.path);
        const fileBytes = packEntry(packer, e, base, opts.id);
        storedBytes += typeof fileBytes === 'number' ? fileBytes : await fileBytes;
    };
    const handBack = once(opts.onPacked);
    const matches = tree.keyed?.matches ?? [];
    // Entries of a keyed path wait for the verdict on the whole path: taken from its entry, or packed.
    const keyed = new KeyedComparison(matches, opts.onPacked !== undefined);
    // An entry taken from the parent as it is (no link to settle) has nothing to store: no async call
    // and no await for each of the tens of thousands an incremental save walks past.
    const visit = (scanned, beside) => {
        const planned = planner.plan(scanned);
        const match = matches.length > 0 ? matches.find((m) => m.covers(planned.entry.path)) : undefined;
        if (match)
            keyed.add(planned, match, base);
        else if (planned.store || planned.entry.link !== undefined)
            return storePlanned(planned).then(() => beside?.read(planned.entry));
        return undefined;
    };
    const writeAll = async () => {
        const beside = await walkAll({ opts, tree, report, planner, base, visit, handBack });
        // Only keyed files' contents left to compare: the stage may start (keyed-compare.ts says why it is safe).
        const waiting = await keyed.compared(beside ? undefined : opts.onPacked && handBack, opts.manifestCache);
        for (const planned of settleKeyed(tree.keyed, waiting, opts.logger)) {
            await storePlanned(planned);
            beside?.read(planned.entry);
        }
        scanMs = Date.now() - tree.scanStartedMs;
        await packer.finish();
        // Every file is packed or taken from the parent now: each link takes its file's facts.
        for (const [link, file] of report.linked ?? [])
            takeFileFacts(link, file);
    };
    let failed = false;
    try {
        await Promise.race([writeAll(), storeFailed]);
        // Entries encoded once the stage started (before it, 45,000 held it 48-167 ms), unless the save failed.
        const walked = afterStarted(handBack(), () => failed || tree.onWalked?.(planner, changed));
        const [archive] = await Promise.all([storing, codec.done, walked]);
        return { archive, planner, changed, storedBytes, scanMs, report };
    }
    catch (error) {
        failed = true;
        await abandon(codec, storing, opts.store, tree.file);
        throw error;
    }
    finally {
        await keyed.close();
    }
}
/**
 * Walks the tree for `visit`. The keyed paths that can be are left out, the stage is started once the rest
 * is walked, and they are walked beside its command (keyed-beside.ts says why that is safe): returns that
 * walk's checks, or undefined when everything was walked before the stage.
 */
async function walkAll(w) {
    const { opts, tree, planner } = w;
    const workspace = w.base.slice(0, -1);
    const deferred = [];
    const hooks = {
        defer: new Set(pathsBesideStage(tree.keyed, opts.onPacked, opts.manifestCache, workspace)),
        deferred: (root) => deferred.push({ at: planner.entries.length, root }),
    };
    // The keyed entries' manifests serve only the walk of their paths: read where it is.
    const readEntries = () => tree.keyed?.matches.forEach((m) => m.read());
    if (hooks.defer?.size === 0)
        readEntries();
    let walked = 0;
    for (const scanned of walkTree(workspace, tree.roots, tree.exclude, w.report, hooks)) {
        if (++walked % YIELD_EVERY === 0)
            await (0,external_node_timers_promises_.setImmediate)();
        const storing = w.visit(scanned);
        if (storing)
            await storing;
    }
    // Only a save with a job directory defers a path (pathsBesideStage).
    if (deferred.length === 0 || opts.manifestCache === undefined)
        return void readEntries();
    const beside = new BesideStage(w.base, opts.manifestCache, keyedRefs(tree.keyed).map((r) => r.id));
    for (const { root } of deferred)
        beside.hold(root);
    // The stage's command is spawned once this thread is free: the entries are read after that.
    await afterStarted(w.handBack(), () => undefined);
    readEntries();
    opts.logger?.debug(`checkpoint ${opts.id}: keyed entries read at ${Date.now() - tree.scanStartedMs} ms`);
    const left = (rel, abs) => beside.left(rel, abs);
    await walkBeside(deferred, planner, function* (root) {
        yield* walkTree(workspace, [root], tree.exclude, w.report, { left });
        beside.stillThere(root);
    }, (scanned) => {
        beside.met(scanned);
        return ++walked % YIELD_EVERY === 0
            ? (0,external_node_timers_promises_.setImmediate)().then(() => w.visit(scanned, beside))
            : w.visit(scanned, beside);
    });
    return beside;
}
/**
 * Walks each of `deferred` (keyed paths the first walk left out) through `walk`, handing `visit` each entry
 * under it (not its ancestors, which the first walk yielded), and puts its entries back in the planner's
 * list where the first walk left the path out: the manifest's order is the serial walk's.
 */
async function walkBeside(deferred, planner, walk, visit) {
    const first = planner.entries.length;
    const blocks = [];
    for (const { root } of deferred) {
        const from = planner.entries.length;
        for (const scanned of walk(root)) {
            // its ancestors, which the first walk yielded, are walked again: not twice in the manifest
            if (!(0,core/* isUnder */.Jo)(scanned.path, root))
                continue;
            const storing = visit(scanned);
            if (storing)
                await storing;
        }
        blocks.push(planner.entries.slice(from));
    }
    const walked = planner.entries.splice(0);
    let i = 0;
    deferred.forEach(({ at }, b) => {
        for (; i < at; i++)
            planner.entries.push(walked[i]);
        for (const e of blocks[b])
            planner.entries.push(e);
    });
    for (; i < first; i++)
        planner.entries.push(walked[i]);
}
/**
 * A hard link is a header naming its file (tar's own link entry), stored again only when the parent did
 * not have it as a link to the same file; its bytes are that file's, read once.
 */
async function storeLink(packer, planned, changed) {
    const e = planned.entry;
    planned.store = !(planned.old?.type === 'file' && planned.old.link === e.link);
    if (!planned.store)
        return;
    changed.push(e.path);
    const mtime = Math.floor((e.mtimeMs ?? Date.now()) / 1000);
    await packer.addEntry({ name: e.path, type: 'link', linkname: e.link, mode: e.mode, size: 0, mtime });
}
/** A failed save's end: its compressor stopped, its archive's upload settled, and the archive removed. */
async function abandon(codec, storing, store, file) {
    codec.kill();
    await Promise.allSettled([codec.done, storing]);
    await dropOwnArchive(store, file);
}
/**
 * Once the walk is over: the entries of each keyed path that matches its entry are taken from it (their
 * digests and archive; directories and links are restored from the manifest alone), so nothing of them is
 * packed; the entries of a path that differs are returned, to be packed as usual.
 */
function settleKeyed(plan, waiting, logger) {
    if (!plan || waiting.length === 0)
        return waiting;
    const toPack = [];
    for (const m of plan.matches) {
        const mine = waiting.filter((p) => (0,core/* isUnder */.Jo)(p.entry.path, m.ref.path));
        const difference = m.verdict();
        if (difference) {
            // an entry that could not be read warns, as it did when it was read before the walk
            if (m.unreadable !== undefined)
                logger?.warning(`ci-recovery: keyed path '${m.ref.path}' is packed in full: its keyed entry could not be looked up (${m.unreadable}).`);
            else
                logger?.info(`ci-recovery: '${m.ref.path}' differs from its keyed entry ${m.ref.key} (${difference}): packed in full.`);
            toPack.push(...mine);
            continue;
        }
        for (const p of mine)
            if (p.store && (m.take(p.entry) || p.entry.type !== 'file'))
                p.store = false;
    }
    return toPack;
}
/** `f` called once at most, however often the function returned is, which returns what that call did. */
function once(f) {
    let called = false;
    let returned;
    return () => {
        if (called)
            return returned;
        called = true;
        returned = f?.();
        return returned;
    };
}
/** `work` once `started` settled (however: a stage that could not start frees the save too), else at once. */
function afterStarted(started, work) {
    return Promise.resolve(started).then(work, work);
}
/** A hard link's content is its file's: the same size, sha256, mode and archive. */
function takeFileFacts(link, file) {
    link.size = file.size;
    link.sha256 = file.sha256;
    link.mode = file.mode;
    link.from = file.from;
}
/**
 * Writes one entry into the archive. A file's size and sha256 become those of the bytes packed, and this
 * checkpoint the one that holds it. Returns the file bytes written (0 for a directory or a link), or a
 * promise of them when the packer had to wait (most files go in without one: see TarPacker.addFile).
 */
function packEntry(packer, e, base, id) {
    const mtime = Math.floor((e.mtimeMs ?? Date.now()) / 1000);
    if (e.type === 'dir' || e.type === 'symlink') {
        const waiting = packer.addEntry(e.type === 'dir'
            ? { name: e.path, type: 'directory', mode: e.mode, size: 0, mtime }
            : { name: e.path, type: 'symlink', linkname: e.target, mode: e.mode, size: 0, mtime });
        return waiting ? waiting.then(() => 0) : 0;
    }
    e.from = id;
    const waiting = packer.addFile(e.path, e.mode, mtime, base + e.path, e.size ?? 0, e);
    return waiting ? waiting.then(() => e.size) : e.size;
}

;// CONCATENATED MODULE: ./src/checkpoint/adapters/save.ts
/**
 * Saving a checkpoint: scan, decide what to store (everything, or what changed since the parent), then
 * stream tar -> zstd -> store in one pass. Each stored file is read once, straight into the tar buffer,
 * and its sha256 is computed from those same bytes. Compression runs in its own process on all cores
 * while node reads, hashes and packs; the store takes the compressed bytes as they come.
 * The roots, exclusions and parent are decided in save-plan.ts, the walk and packing done in save-pack.ts,
 * the manifest committed in save-commit.ts, and the local manifest copies kept by local-manifest.ts.
 */















async function saveCheckpoint(opts) {
    const reused = await reusedCheckpoint(opts);
    if (reused)
        return reused;
    (0,heap/* keepYoungGenerationSmall */.Dd)();
    const release = await opts.store.claim?.(opts.id);
    try {
        // The parent is read while the store answers whether the name is taken (for a remote store a round
        // trip, which the parent's parse, tens of ms for 20,000 entries, now overlaps).
        const parentRead = readParent(opts, external_node_path_default().resolve(opts.workspace));
        if (await hasCheckpoint(opts.store, opts.id))
            throw new adapters_store/* CheckpointExistsError */.V9((0,adapters_store/* nameTaken */.nn)(opts.id, opts.store.spec));
        let saved;
        let packed = false;
        try {
            // Only a caller's own onPacked: without one the save need not hand the workspace back early.
            const { onPacked } = opts;
            saved = await saveClaimed({ ...opts, ...(onPacked ? { onPacked: () => ((packed = true), onPacked()) } : {}) }, parentRead);
        }
        catch (error) {
            // Only a store that let this process claim the name may write its archive a second time, and only
            // while the workspace is still the one it read.
            if (!(error instanceof ChainGoneError) || !opts.store.claim || (packed && opts.onPacked))
                throw error;
            opts.logger?.warning(`${error.message}; saving a full checkpoint instead.`);
            saved = await saveClaimed({ ...opts, full: true });
        }
        const { keyedPlan, ...result } = saved;
        if (!keyedPlan)
            return result;
        const keyed = keyedOutcomes(keyedPlan, result.manifest);
        for (const k of keyed.filter((o) => o.outcome === 'taken'))
            opts.logger?.info(`ci-recovery: '${k.path}' is taken from its keyed entry ${k.key}, not packed.`);
        return { ...result, keyed };
    }
    finally {
        await release?.();
    }
}
/** What became of each keyed path: taken from its entry, published now (and taken), packed, or not published. */
function keyedOutcomes(plan, m) {
    const used = new Set(m.keyed?.map((r) => r.id));
    const published = new Set(plan.published);
    const outcomes = [...plan.matches.map((x) => x.ref), ...plan.carried].map((r) => ({
        path: r.path,
        key: r.key,
        outcome: published.has(r.path) ? 'published' : used.has(r.id) ? 'taken' : 'packed',
    }));
    for (const { path: p, key } of plan.unpublished)
        if (!outcomes.some((o) => o.path === p))
            outcomes.push({ path: p, key, outcome: published.has(p) ? 'published' : 'not-published' });
    return outcomes;
}
/**
 * The restored checkpoint `opts.reuse` as this save's result, when it already is what the save would
 * record; undefined (save as always) otherwise, or when neither main's record of its restore nor its local
 * copy is there to tell. The record is read first: a few fields, where the manifest is megabytes to parse.
 */
async function reusedCheckpoint(opts) {
    if (!opts.reuse || !opts.manifestCache || opts.full)
        return undefined;
    const { reuse, manifestCache } = opts;
    const workspace = external_node_path_default().resolve(opts.workspace);
    const held = 
    // no record of a restore: try the local copy of the manifest
    (await (0,restored_state.restoredCheckpoint)(manifestCache, reuse, workspace).catch(() => undefined)) ??
        (await heldByLocalCopy(manifestCache, reuse, workspace));
    if (!held)
        return undefined;
    const roots = checkpointRoots(opts.paths);
    const planned = { ...opts.meta, completedStages: opts.meta.completedStages ?? [] };
    const exclude = excludedPaths(opts, workspace, roots);
    if (!(0,step/* sameCheckpoint */.Fs)(held, { ...planned, paths: roots, exclude }))
        return undefined;
    const { files, bytes, ...fields } = held;
    return { reused: true, manifest: { id: reuse, ...fields }, files, bytes, stored: 0, storedBytes: 0 };
}
/** What the local copy of manifest `id` says the checkpoint holds (with its roots, which a record never has). */
async function heldByLocalCopy(cacheDir, id, workspace) {
    // no local copy (or torn): nothing held to reuse
    const m = await readCachedManifest(cacheDir, id, workspace).catch(() => undefined);
    return m && { ...(0,core_restored_state/* restoredCheckpointOf */.o7)(m), ...(m.roots ? { roots: m.roots } : {}) };
}
/** Saves under a name this process holds and the store does not have (its parent read by `parentRead`). */
async function saveClaimed(opts, parentRead) {
    const t0 = Date.now();
    const workspace = external_node_path_default().resolve(opts.workspace);
    const roots = checkpointRoots(opts.paths);
    const exclude = excludedPaths(opts, workspace, roots);
    const parent = keptWithinParent(opts, await usableParent(opts, workspace, roots, parentRead));
    const keyed = opts.keyed?.length ? await keyedPlanOf(opts, workspace, roots, parent) : undefined;
    // The tree is walked while it is packed: compression starts with the first file, not after the scan.
    const scanStartedMs = Date.now();
    opts.logger?.debug(`checkpoint ${opts.id}: parent ${parent?.id ?? 'none'} read at ${scanStartedMs - t0} ms`);
    // An incremental compresses in node first, where it can: no process to start for a few MB.
    const inProcess = parent !== undefined && !opts.compression && canZstdInProcess();
    const compression = opts.compression ?? (inProcess ? 'zstd' : await pickCompression());
    const file = `${opts.id}${(0,core/* archiveExtension */.yP)(compression)}`;
    // The manifest's entries are encoded as soon as the walk is over, while the archive's upload ends
    // (tens of ms for 20,000 entries, which the wait for the store otherwise left idle).
    let pre;
    const packed = await packTree(opts, {
        workspace,
        roots,
        exclude,
        parent,
        file,
        compression,
        scanStartedMs,
        keyed,
        ...(inProcess ? { codec: () => incrementalCompressor(opts.level ?? 3) } : {}),
        onWalked: (planner, changed) => {
            pre = (0,core/* encodeEntries */.zT)(planner.entries, changed);
            opts.logger?.debug(`checkpoint ${opts.id}: manifest entries encoded at ${Date.now() - t0} ms`);
        },
    });
    reportWalk(opts, packed.report);
    // Walking and packing overlap: scanMs ends with the walk, archiveMs with the stored archive.
    const archiveMs = Date.now() - scanStartedMs;
    const { files, bytes } = (0,core/* fileTotals */.Ed)(packed.planner.entries);
    const manifest = manifestOf(opts, {
        roots,
        exclude,
        parent,
        file,
        compression,
        keyed,
        packed,
        scanStartedMs,
        timings: { scanMs: packed.scanMs, archiveMs, totalMs: Date.now() - t0 },
    });
    opts.logger?.debug(`checkpoint ${opts.id}: walked at ${scanStartedMs - t0 + packed.scanMs} ms, archive stored at ${Date.now() - t0} ms`);
    const manifestSha256 = await commitChecked(opts, manifest, workspace, t0, pre);
    opts.logger?.debug(`checkpoint ${opts.id}: manifest stored at ${Date.now() - t0} ms`);
    const { archive, storedBytes, changed } = packed;
    opts.logger?.info(`Checkpoint ${opts.id}: ${manifest.kind}, ${changed.length} entries stored (${storedBytes} bytes of ${bytes}), archive ${archive.size} bytes ${compression}, ${manifest.timings.totalMs} ms.`);
    return {
        manifest,
        manifestSha256,
        files,
        bytes,
        stored: changed.length,
        storedBytes,
        ...(archive.artifactId ? { artifactId: archive.artifactId } : {}),
        ...(keyed ? { keyedPlan: keyed } : {}),
    };
}
/**
 * The keyed paths of this save, looked up in the keyed store. A key without an entry is published first:
 * the path is packed once, into the entry, and this save then takes it from there like any other, so the
 * first save of a key costs about what a save without keys does. Never throws (keyed.ts: a problem packs).
 */
async function keyedPlanOf(opts, workspace, roots, parent) {
    const store = opts.keyedStore ?? (0,keyed_store.keyedStoreFor)(opts.store);
    const lookUp = (keyed, published) => planKeyed({
        keyed,
        store,
        workspace,
        roots,
        parent,
        logger: opts.logger,
        ...(published ? { published } : {}),
    });
    const plan = await lookUp(opts.keyed ?? []);
    if (!store || plan.unpublished.length === 0)
        return plan;
    const published = [];
    const publishedKeys = new Set();
    for (const { path: p, key } of plan.unpublished)
        if (await publishKeyed({
            store,
            workspace,
            path: p,
            key,
            ...(opts.exclude ? { exclude: opts.exclude } : {}),
            ...(opts.includeHidden ? { includeHidden: true } : {}),
            ...(opts.compression ? { compression: opts.compression } : {}),
            ...(opts.level ? { level: opts.level } : {}),
            runId: opts.meta.runId,
            attempt: opts.meta.attempt,
            logger: opts.logger,
            ...(opts.manifestCache ? { jobDir: opts.manifestCache } : {}),
            save: saveCheckpoint,
        })) {
            published.push(p);
            publishedKeys.add(key);
        }
    if (published.length === 0)
        return plan;
    const fresh = await lookUp((opts.keyed ?? []).filter((k) => published.includes(k.path)), publishedKeys);
    return { ...plan, matches: [...plan.matches, ...fresh.matches], published };
}
/** Entries listed in one warning at most; the count says how many more. */
const LISTED = 50;
/**
 * Says what the walk could not take, each entry named with why: a checkpoint that silently lacks a file
 * restores a workspace that silently lacks it. Hard links are told too: kept as links, or copies where not.
 */
function reportWalk(opts, report) {
    const log = opts.logger;
    for (const root of report.missingRoots)
        log?.warning(`Checkpoint path '${root}' does not exist; it is recorded as absent.`);
    const { skipped, hardLinks = [] } = report;
    if (skipped.length) {
        const listed = skipped.slice(0, LISTED).map((s) => `'${s.path}' (${s.why})`);
        const more = skipped.length > LISTED ? `, and ${skipped.length - LISTED} more` : '';
        log?.warning(`Checkpoint ${opts.id} leaves out ${skipped.length} entr${skipped.length === 1 ? 'y' : 'ies'} it cannot hold, and a restore of it will not have them: ${listed.join(', ')}${more}.`);
    }
    for (const finding of report.audit?.findings() ?? [])
        log?.warning(`Checkpoint ${opts.id}: ${finding}`);
    const linked = report.linked?.length ?? 0;
    if (linked)
        log?.info(`Checkpoint ${opts.id}: ${linked} hard link(s) (e.g. '${report.linked[0][0].path}' to '${report.linked[0][1].path}') saved as links, and restored as links.`);
    else if (hardLinks.length)
        log?.info(`Checkpoint ${opts.id}: ${hardLinks.length} file(s) have other names too (hard links, e.g. '${hardLinks[0]}'), outside what this checkpoint holds or in a keyed path; each is saved, and restored, as its own copy.`);
}

// EXTERNAL MODULE: ./src/runner/adapters/make-dirs.ts
var make_dirs = __webpack_require__(39590);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/archive-prefetch.ts

class EarlyArchive {
    store;
    manifest;
    opened;
    decoder;
    sink;
    constructor(store, manifest) {
        this.store = store;
        this.manifest = manifest;
        this.decoder = decompressTo(manifest.archive.compression, (chunk) => this.deliver(chunk));
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

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
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
const digest_thread_WORKER_SOURCE = `
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
    const worker = new external_node_worker_threads_.Worker(digest_thread_WORKER_SOURCE, { eval: true, workerData: { file }, execArgv: [] });
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
    header = Buffer.alloc(BLOCK);
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
            if (this.headerFill === 0 && chunk.length - off >= BLOCK) {
                block = chunk;
                at = off;
                off += BLOCK;
            }
            else {
                const n = Math.min(BLOCK - this.headerFill, chunk.length - off);
                chunk.copy(this.header, this.headerFill, off, off + n);
                this.headerFill += n;
                off += n;
                if (this.headerFill < BLOCK)
                    return;
                this.headerFill = 0;
                block = this.header;
                at = 0;
            }
            this.startEntry(block, at);
        }
    }
    startEntry(block, at) {
        if (isZeroBlock(block, at)) {
            this.ended = true;
            return;
        }
        const h = decodeHeader(block, at);
        if (META.has(h.type)) {
            if (h.size > MAX_META)
                throw new TarFormatError(`a ${h.type} entry of ${h.size} bytes is not plausible`);
            this.left = h.size;
            this.pad = padding(h.size);
            this.meta = { type: h.type, parts: [], size: h.size };
            if (h.size === 0)
                this.finishContent();
            return;
        }
        // The pax records apply first: a pax 'size' is the entry's real length, whatever the ustar field says.
        if (this.pax.size) {
            applyPax(h, this.pax);
            this.pax = new Map();
        }
        this.left = h.size;
        this.pad = padding(h.size);
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
                for (const [k, v] of decodePax(content))
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
        fileDone();
    }
    /** Checks that the stream did not stop inside an entry. */
    end() {
        if (this.left > 0 || this.headerFill > 0 || this.inEntry || this.meta)
            throw new TarFormatError('the archive ends in the middle of an entry (it is truncated)');
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
    const unpacker = new TarUnpacker((h) => files.sinkFor(h));
    const onChunk = (chunk) => unpacker.write(chunk);
    const { source, decoder } = await sourceAndDecoder(opening, () => opts.startDecoder?.(onChunk) ??
        decompressTo(info.compression, onChunk, { ...(local !== undefined ? { inputFile: local } : {}) }));
    // Resolves with the digest of every compressed byte once they all went through.
    const feeding = source
        ? (async () => {
            // Short queues before the decompressor's input (64 KiB, not 1 MiB): while small files are extracted,
            // a downloaded Buffer that waited in a queue outlived two scavenges, was promoted, and stayed until
            // a full collection. The download waits in the socket instead. Restoring 665 MB peaked at 170-176 MiB
            // against 176-195 MiB (5 interleaved runs each). The FIFO writer keeps its 1 MiB: at 64 KiB the peak
            // was 159-170 MiB, but its many small writes took 0.5 s more user CPU (medians 3.69 vs 3.20 s).
            const tap = new DigestTap(64 << 10);
            await (0,external_node_stream_promises_.pipeline)(source, tap, decoder.input);
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
        throw extractionFailure(error, fed, decoded, info, store.spec);
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
function extractionFailure(error, fed, decoded, info, storeSpec) {
    const verdict = decoded.status === 'rejected' ? decoded.reason : error;
    if (verdict instanceof TarFormatError)
        return new RestoreError(`archive ${info.file} is damaged: ${verdict.message}`);
    if (verdict instanceof errors/* UserError */.yo || verdict instanceof core/* UnsafePathError */.k0)
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

;// CONCATENATED MODULE: ./src/checkpoint/adapters/restore-errors.ts
/**
 * What a restore says when the file system refuses it: which disk or path, and what to do about it.
 */


/** Why staging failed; a full disk says which one filled and how much the restore needed. */
function failureReason(error, r) {
    const e = error;
    if (e?.code !== 'ENOSPC' && e?.code !== 'EDQUOT')
        return fsProblem(error) ?? (0,errors/* errorMessage */.gJ)(error);
    const need = r.plan.toWrite.reduce((n, t) => n + (t.size ?? 0), 0);
    const where = e.path !== undefined && (0,core/* isInsideDir */.is)(e.path, r.journals)
        ? `the disk of the restore journals (${r.journals}) is full`
        : `the disk of the destination ${r.dest} is full (files are staged there, in ${STAGING_NAME_HINT}, before they move into place; the store is only read)`;
    return `${where}: ${need} bytes are to be written; free space there and restore again (${errnoDetail(e)})`;
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

;// CONCATENATED MODULE: ./src/checkpoint/adapters/journal-dir.ts
/**
 * Where restores keep their journals and destination locks (placement.ts, destination-lock.ts): a private
 * directory of this machine or job, outside every tree a restore writes into.
 */





/**
 * Where journals and destination locks are kept off a runner: a private directory in the home directory
 * (a job passes its RUNNER_TEMP's instead: checkpoint/core/step.ts restoreJournals).
 */
function defaultJournalDir() {
    return external_node_path_default().join(external_node_os_default().homedir(), '.local', 'state', 'ci-recovery', 'restores');
}
/** The way around a journal directory that cannot be used. */
const JOURNALS_ELSEWHERE = 'set RUNNER_TEMP (a job) or HOME (the CLI) to a writable directory';
/**
 * The journal directory, made private (0700) when missing. One that is a link, another user's, or
 * writable by others could be planted with journals, so it is refused.
 */
function journalDirectory(dir) {
    try {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    }
    catch (error) {
        throw new errors/* UserError */.yo(`cannot make the directory for restore journals ${dir}: ${fsProblem(error, JOURNALS_ELSEWHERE) ?? `${(0,errors/* errorMessage */.gJ)(error)}; make it writable, or ${JOURNALS_ELSEWHERE}`}`);
    }
    const st = (0,external_node_fs_.lstatSync)(dir);
    // (Windows reports neither owners nor these mode bits: there only a link is refused.)
    const uid = process.getuid?.();
    const shared = uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0);
    if (!st.isDirectory() || shared)
        throw new errors/* UserError */.yo(`the directory for restore journals ${dir} is not a private directory of this user (a link, another user's, or writable by others): remove it, and it is made again`);
    return dir;
}

;// CONCATENATED MODULE: ./src/checkpoint/adapters/destination-lock.ts
/**
 * One restore (or repair) into a destination at a time: a lock file in the journals' directory
 * (journal-dir.ts), named after the destination and holding its owner, taken over when that owner is gone.
 */







function readHolder(file) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
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
    const file = external_node_path_default().join(journals, `${(0,external_node_crypto_.createHash)('sha256').update(dest).digest('hex').slice(0, 32)}.lock`);
    const token = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    const mine = { owner: (0,owner/* ownerTag */.qE)(), token, dest, since: new Date().toISOString() };
    forgetDeadDrafts(journals);
    const draft = `${file}.${(0,owner/* ownerTag */.qE)()}-${token}`;
    writeLockDraft(draft, mine, journals);
    const deadline = Date.now() + waitMs;
    let told = false;
    try {
        for (;;) {
            if (takeLock(draft, file, mine))
                break;
            const holder = readHolder(file);
            if (!holder && !(0,external_node_fs_.lstatSync)(file, { throwIfNoEntry: false }))
                continue;
            if (holder && (0,owner/* ownerGone */.RT)(holder.owner)) {
                takeOver(file, holder.token);
                continue;
            }
            const who = holder
                ? `${holder.owner.slice(1).replace('~', ', pid ')}, since ${holder.since}`
                : 'unknown';
            if (Date.now() >= deadline)
                throw new errors/* UserError */.yo(`another restore (${who}) is writing into ${dest}: run this one after it ends. If no such process runs, remove ${file}`);
            if (!told)
                onWait?.(who);
            told = true;
            await sleep(Math.min(100, Math.max(1, deadline - Date.now())));
        }
    }
    finally {
        (0,external_node_fs_.rmSync)(draft, { force: true });
    }
    return () => {
        if (readHolder(file)?.token === token)
            (0,external_node_fs_.rmSync)(file, { force: true });
    };
}
/** Writes the lock's draft; a full disk there is named as the journals' (a write names no file). */
function writeLockDraft(draft, mine, journals) {
    try {
        (0,external_node_fs_.writeFileSync)(draft, JSON.stringify(mine), { mode: 0o600 });
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(draft, { force: true });
        const code = error.code;
        if (code !== 'ENOSPC' && code !== 'EDQUOT') {
            const problem = fsProblem(error, JOURNALS_ELSEWHERE);
            if (problem === undefined)
                throw error;
            throw new errors/* UserError */.yo(`the restore's lock could not be written in ${journals}: ${problem}. Nothing was changed`);
        }
        throw new errors/* UserError */.yo(`the disk of the restore journals (${journals}) is full: the restore's lock could not be written there (${(0,errors/* errorMessage */.gJ)(error)}); free space there and restore again. Nothing was changed`);
    }
}
/**
 * Creates the lock file, or returns false when it exists. A hard link appears whole or not at all, so no
 * reader sees a half-written lock; where the file system has no hard links (EPERM, ENOTSUP), an exclusive
 * create does, and a reader that meets it still empty waits as for any holder it cannot name.
 */
function takeLock(draft, file, mine) {
    try {
        (0,external_node_fs_.linkSync)(draft, file);
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
        (0,external_node_fs_.writeFileSync)(file, JSON.stringify(mine), { mode: 0o600, flag: 'wx' });
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
    for (const name of (0,external_node_fs_.readdirSync)(journals))
        if (/\.lock\.@/.test(name) && (0,owner/* ownerGone */.RT)(name))
            (0,external_node_fs_.rmSync)(external_node_path_default().join(journals, name), { force: true });
}
/** Removes a dead owner's lock, unless another process took it over meanwhile (then it is put back). */
function takeOver(file, staleToken) {
    const aside = `${file}.${(0,owner/* ownerTag */.qE)()}-stale-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`;
    try {
        (0,external_node_fs_.renameSync)(file, aside);
    }
    catch {
        // the file is gone (another clean-up took it): nothing to put aside
        return;
    }
    if (readHolder(aside)?.token !== staleToken)
        try {
            (0,external_node_fs_.linkSync)(aside, file);
        }
        catch {
            // Someone holds it again: theirs stands.
        }
    (0,external_node_fs_.unlinkSync)(aside);
}

;// CONCATENATED MODULE: ./src/checkpoint/adapters/placement.ts
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
        const id = (0,external_node_crypto_.randomBytes)(16).toString('hex');
        const name = `${core/* STAGING_PREFIX */.th}${id}`;
        this.staging = external_node_path_default().join(dest, name);
        this.file = external_node_path_default().join(journals, `${id}.journal`);
        this.fd = (0,external_node_fs_.openSync)(this.file, 'wx', 0o600);
        const header = { v: 1, dest, staging: name, owner: (0,owner/* ownerTag */.qE)() };
        this.write(JSON.stringify(header));
        (0,crash_points/* crashPoint */.u)();
        try {
            (0,external_node_fs_.mkdirSync)(this.staging, { mode: 0o700 });
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
                off += (0,external_node_fs_.writeSync)(this.fd, bytes, off);
        }
        catch (error) {
            // (A write by descriptor names no file: say which one, so a full disk is told apart.)
            throw Object.assign(error, { path: this.file });
        }
    }
    /** Records a step before it is made. */
    record(step) {
        (0,crash_points/* crashPoint */.u)();
        this.write(JSON.stringify(step));
        (0,crash_points/* crashPoint */.u)();
    }
    close() {
        if (this.fd !== undefined)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = undefined;
    }
    /** After the staging directory is gone: the journal has nothing left to vouch for. */
    remove() {
        this.close();
        (0,external_node_fs_.rmSync)(this.file, { force: true });
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
        (0,external_node_fs_.mkdirSync)(external_node_path_default().join(this.staging, 'replaced'), { recursive: true });
    }
    record(step) {
        this.journal.record(step);
        this.steps.push(step);
    }
    moveAway(rel) {
        const n = this.n++;
        this.record(['moved', rel, n]);
        (0,external_node_fs_.renameSync)(external_node_path_default().join(this.dest, rel), external_node_path_default().join(this.staging, 'replaced', String(n)));
    }
    makeDir(rel, mode) {
        this.record(['made', rel]);
        (0,external_node_fs_.mkdirSync)(external_node_path_default().join(this.dest, rel), { mode });
    }
    put(rel) {
        this.record(['placed', rel]);
        (0,external_node_fs_.renameSync)(external_node_path_default().join(this.staging, 'tree', rel), external_node_path_default().join(this.dest, rel));
    }
    /** Makes every ancestor of `rel` a real directory (an existing symlink or file there is moved away). */
    ensureParents(rel) {
        for (const a of (0,core/* ancestors */.T1)(rel)) {
            if (this.dirs.has(a))
                continue;
            const st = (0,external_node_fs_.lstatSync)(external_node_path_default().join(this.dest, a), { throwIfNoEntry: false });
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
        const st = (0,external_node_fs_.lstatSync)(external_node_path_default().join(this.dest, entry.path), { throwIfNoEntry: false });
        if (entry.type === 'dir') {
            this.dirs.add(entry.path);
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
        if ((0,external_node_fs_.lstatSync)(external_node_path_default().join(this.dest, rel), { throwIfNoEntry: false }))
            this.moveAway(rel);
    }
    /** Directory modes last (deepest first), so a read-only dir does not block its own children. */
    finishModes(dirs) {
        for (const d of [...dirs].reverse()) {
            const abs = external_node_path_default().join(this.dest, d.path);
            const mode = (0,external_node_fs_.lstatSync)(abs).mode & 0o7777;
            if (mode === d.mode)
                continue;
            this.record(['chmod', d.path, mode]);
            (0,external_node_fs_.chmodSync)(abs, d.mode);
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
    return (0,core/* ancestors */.T1)(rel).every((a) => (0,external_node_fs_.lstatSync)(external_node_path_default().join(dest, a), { throwIfNoEntry: false })?.isDirectory());
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
        const at = external_node_path_default().join(dest, s[1]);
        try {
            if (s[0] === 'chmod') {
                if ((0,external_node_fs_.lstatSync)(at, { throwIfNoEntry: false })?.isDirectory())
                    (0,external_node_fs_.chmodSync)(at, s[2]);
            }
            else if (s[0] === 'made') {
                if ((0,external_node_fs_.lstatSync)(at, { throwIfNoEntry: false })?.isDirectory())
                    (0,external_node_fs_.rmdirSync)(at);
            }
            else if (s[0] === 'placed') {
                // Made when the staged name is gone; moved back there, which also marks it undone.
                const staged = external_node_path_default().join(staging, 'tree', s[1]);
                if (!(0,external_node_fs_.lstatSync)(staged, { throwIfNoEntry: false }) && (0,external_node_fs_.lstatSync)(at, { throwIfNoEntry: false }))
                    (0,external_node_fs_.renameSync)(at, staged);
            }
            else {
                const kept = external_node_path_default().join(staging, 'replaced', String(s[2]));
                if (!(0,external_node_fs_.lstatSync)(kept, { throwIfNoEntry: false }))
                    continue;
                if (!parentsAreDirs(dest, s[1]))
                    throw new Error(`a parent of '${s[1]}' is not a directory`);
                (0,external_node_fs_.renameSync)(kept, at);
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

;// CONCATENATED MODULE: ./src/checkpoint/adapters/placement-recovery.ts
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
    return typeof v === 'string' && (0,core/* isNormalPath */.Xl)(v) && !(0,core/* hasStagingName */.n2)(v);
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
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
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
function recoverInterrupted(dest, journals = defaultJournalDir(), now = Date.now()) {
    const r = { rolledBack: [], stuck: [], removed: [], inProgress: [], foreign: [] };
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(dest);
    }
    catch {
        // a destination that cannot be listed has no leftovers to find
        return r;
    }
    for (const name of names.sort()) {
        if (!name.startsWith(core/* STAGING_PREFIX */.th))
            continue;
        const staging = external_node_path_default().join(dest, name);
        if (!(0,external_node_fs_.statSync)(staging, { throwIfNoEntry: false })?.isDirectory())
            continue;
        const id = name.slice(core/* STAGING_PREFIX */.th.length);
        const file = external_node_path_default().join(journals, `${id}.journal`);
        const journal = ID.test(id) ? readJournal(file) : undefined;
        if (!journal || journal.header.staging !== name || journal.damaged) {
            r.foreign.push(name);
            continue;
        }
        if (!(0,owner/* isDebris */.o)(journal.header.owner, (0,external_node_fs_.statSync)(file).mtimeMs, now)) {
            r.inProgress.push(name);
            continue;
        }
        const finished = journal.steps.at(-1)?.[0] === 'done';
        if (!finished && journal.steps.length > 0) {
            if (!undoSteps(journal.steps, dest, staging)) {
                r.stuck.push(name);
                continue;
            }
            r.rolledBack.push(name);
        }
        else
            r.removed.push(name);
        (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
        (0,external_node_fs_.rmSync)(file, { force: true });
    }
    forgetOrphanJournals(dest, journals, now);
    return r;
}
/** Removes the journals of restores into `dest` that died before their staging directory was made. */
function forgetOrphanJournals(dest, journals, now) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(journals);
    }
    catch {
        // no journals directory: no restore was interrupted
        return;
    }
    for (const name of names) {
        if (!name.endsWith('.journal'))
            continue;
        const file = external_node_path_default().join(journals, name);
        const j = readJournal(file);
        if (!j || j.header.dest !== dest)
            continue;
        if ((0,external_node_fs_.lstatSync)(external_node_path_default().join(dest, j.header.staging), { throwIfNoEntry: false }))
            continue;
        if ((0,owner/* isDebris */.o)(j.header.owner, (0,external_node_fs_.statSync)(file).mtimeMs, now))
            (0,external_node_fs_.rmSync)(file, { force: true });
    }
}

;// CONCATENATED MODULE: ./src/checkpoint/adapters/restore-plan.ts
/**
 * A restore's plan (restore.ts): where it may write (the destination, as a real path, once
 * checkpoint/core/destination.ts allows it), what it leaves alone, the archives of the checkpoint's chain,
 * and what changes on disk. Nothing here writes into the destination.
 */










/** What is on disk under the restored roots, with hashes for files that could equal their target. */
async function currentState(dest, roots, exclude, target) {
    const scan = await scanTree(dest, roots, exclude);
    const current = (0,core/* selectPaths */.LO)(scan.entries, roots);
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
            const found = entryOf(external_node_path_default().join(dest, a), a);
            if (found)
                current.push(found.type === 'dir' ? { ...found, mode: t.mode } : found);
        }
    const hasher = new FileHasher();
    for (const c of current) {
        const t = target.get(c.path);
        if (c.type === 'file' && t?.type === 'file' && t.size === c.size)
            c.sha256 = hasher.sha256(external_node_path_default().join(dest, c.path));
    }
    return current;
}
/**
 * What restoring `manifest` (or its paths under `only`) into `dest` changes, with the entries to write
 * and the directories added whole. A function of its own so that its lookup map of every entry is freed
 * before the download: held to the end, it was part of the restore's memory peak.
 */
async function planOnDisk(manifest, dest, only, untouched, logger) {
    const selected = (0,core/* selectPaths */.LO)(manifest.entries, only);
    const targetList = selected.filter((e) => !untouched.test(e.path));
    if (targetList.length < selected.length)
        logger?.warning(`${selected.length - targetList.length} entries of checkpoint '${manifest.id}' (first: '${(0,step/* printablePath */.Vj)(selected.find((e) => untouched.test(e.path)).path)}') were left out: a restore never writes into .git, .ci-recovery, the store or its own staging.`);
    if (only && targetList.length === 0) {
        throw new errors/* UserError */.yo(`None of the paths ${only.map((p) => `'${p}'`).join(', ')} is in checkpoint '${manifest.id}' (it holds: ${manifest.paths.join(', ')}).`);
    }
    const target = new Map(targetList.map((e) => [e.path, e]));
    const exclude = [...manifest.exclude, ...untouched.globs];
    // What the globs cannot say (git's own directory by another spelling, `.GIT`) is left alone here too.
    const current = (await currentState(dest, only ?? manifest.paths, exclude, target)).filter((e) => !untouched.test(e.path));
    const changes = (0,core/* planRestore */.q8)(targetList, current);
    withWholeLinkGroups(targetList, current, changes);
    const toWrite = [...changes.added, ...changes.modified].map((p) => target.get(p));
    const addedDirs = new Set();
    for (let i = 0; i < changes.added.length; i++)
        if (toWrite[i].type === 'dir')
            addedDirs.add(toWrite[i].path);
    return { targetList, current, changes, toWrite, addedDirs };
}
/**
 * A file and its hard links are written together, or not at all: a link is made to the file this restore
 * writes (rewriting one name alone would split them), and a group found as separate copies on disk is
 * written again, so that it comes back linked.
 */
function withWholeLinkGroups(targetList, current, changes) {
    const groups = new Map();
    for (const e of targetList) {
        if (e.link === undefined)
            continue;
        const group = groups.get(e.link);
        if (group)
            group.push(e.path);
        else
            groups.set(e.link, [e.path]);
    }
    if (groups.size === 0)
        return;
    const wanted = new Set(targetList.map((e) => e.path));
    const cur = new Map(current.map((c) => [c.path, c]));
    const writing = new Set([...changes.added, ...changes.modified]);
    for (const [file, links] of groups) {
        const members = [file, ...links].filter((p) => wanted.has(p));
        const first = cur.get(file)?.stat;
        const linkedNow = first !== undefined &&
            members.every((p) => {
                const c = cur.get(p);
                return c?.type === 'file' && c.stat?.ino === first.ino && c.stat.dev === first.dev;
            });
        if (linkedNow && !members.some((p) => writing.has(p)))
            continue;
        for (const p of members) {
            if (writing.has(p))
                continue;
            writing.add(p);
            changes.unchanged--;
            (cur.has(p) ? changes.modified : changes.added).push(p);
        }
    }
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
    // Keyed entries' archives as this manifest recorded them: the entry's own word is never asked for.
    for (const ref of manifest.keyed ?? [])
        chain.set(ref.id, ref.archive);
    let gap = false;
    for (let id = manifest.parent; id !== undefined;) {
        if (chain.has(id) || chain.size > MAX_CHAIN)
            throw new RestoreError(`checkpoint '${manifest.id}' refused: its chain of parents loops back to '${id}'; the checkpoint is corrupt or was tampered with`);
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
        chain.set(id, parent.archive);
        id = parent.parent;
    }
    for (const need of (0,core/* archivesNeeded */.jq)(manifest)) {
        if (chain.has(need))
            continue;
        if (!gap)
            throw new RestoreError(`checkpoint '${manifest.id}' refused: it takes files from '${need}', which is not in its chain of parents; the checkpoint is corrupt or was tampered with`);
        chain.set(need, (await store.getManifest(need)).archive);
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

;// CONCATENATED MODULE: ./src/checkpoint/adapters/restore-stage.ts
/**
 * A restore's staging and placement (restore.ts): every file to write comes out of its archive verified
 * (extract.ts) into a staging directory inside the destination, then everything is swapped into place,
 * journal first (placement.ts).
 */









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
/**
 * The mode a new directory is staged with: its own where mkdir gives exactly that and its owner keeps
 * every right (its files are still to be written), else 0700 until placement sets it (finishModes, which
 * leaves alone a directory that already has its mode). Staging stays private either way: its root is
 * 0700. Made with its own mode, a directory costs placement no chmod and no journal line: for the 6,700
 * directories of a 40,000-file node_modules that was most of placement's time.
 */
function stagedDirMode(mode) {
    return (mode & ~0o777) === 0 && (mode & umask()) === 0 && (mode & 0o700) === 0o700 ? mode : 0o700;
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
    const stagedAt = (p) => (p === '.' ? tree : below(tree, p));
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
        throw new RestoreError(`hard link '${e.path}' names '${e.link}', which this restore did not write`);
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
                const early = r.early?.take(source, r.chain.get(id).file);
                await extractArchive(source, { archive: r.chain.get(id) }, wanted, tree, {
                    logger: opts.logger,
                    // A file put aside is not written into the workspace: it gets no facts of its own.
                    onWritten: (e, st) => void (aside.has(e) || (e.stat = new WrittenFacts(st))),
                    ...(aside.size ? { stagedAt: (e) => aside.get(e) } : {}),
                    hashFiles: (0,core/* hashesFilesOf */.rF)(r.manifest, id, opts.verify ?? core/* DEFAULT_RESTORE_VERIFY */.Z8),
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
    return keyedArchiveStore(manifest, id, keyedStore ?? (0,keyed_store.keyedStoreFor)(store));
}
/**
 * Moves the staged entries into place, journal first (placement.ts). On failure everything moved so far
 * is put back; a PlacementError says whether that worked, and keeps the staging where it did not.
 */
function placeStaged(r, journal) {
    const { changes, toWrite, addedDirs, targetList } = r.plan;
    const applier = new Applier(journal);
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
            throw new PlacementError(`could not put restored files in place (${failureReason(error, r)}), and not everything could be put back: what is missing is in ${journal.staging} (its journal ${journal.file} lists each move); run 'ci-recovery restore --repair --dest ${r.dest}' once the cause is fixed`, true);
        throw new PlacementError(`could not put restored files in place (${failureReason(error, r)}); everything was put back as it was`);
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
    const r = recoverInterrupted(dest, journals);
    for (const name of r.rolledBack)
        logger?.warning(`An interrupted restore into ${dest} was undone (${name}): the workspace is as it was before it.`);
    for (const name of r.foreign)
        logger?.warning(`${external_node_path_default().join(dest, name)} is named like a staging directory of ci-recovery, but no restore on this machine made it (it came with the files): it was left alone, and nothing in it was used.`);
    if (r.stuck.length)
        throw new RestoreError(`an interrupted restore into ${dest} could not be fully undone; what is missing is in ${external_node_path_default().join(dest, r.stuck[0])} (its journal in ${journals} lists each move). Put it back, then run 'ci-recovery restore --repair --dest ${dest}'`);
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
        const problem = fsProblem(error);
        if (problem === undefined)
            throw error;
        const id = typeof opts.checkpoint === 'string' ? opts.checkpoint : opts.checkpoint.id;
        throw new RestoreError(`checkpoint '${id}' could not be restored: ${problem}`);
    }
}
async function restoreSteps(opts) {
    (0,heap/* keepYoungGenerationSmall */.Dd)();
    const startedMs = Date.now();
    const storeDir = localStoreDir(opts.store);
    const dest = checkedDestination(opts, storeDir);
    const journals = opts.journalDir ?? defaultJournalDir();
    const manifest = typeof opts.checkpoint === 'string' ? await opts.store.getManifest(opts.checkpoint) : opts.checkpoint;
    // The manifest's download and text are garbage now; nothing would free them before the planning
    // adds its own (see collectAll).
    (0,heap/* collectAll */._U)();
    opts.logger?.debug(`restore ${manifest.id}: manifest read at ${progress(startedMs)}`);
    const only = requestedPaths(opts.paths);
    const chain = await chainArchives(opts.store, manifest);
    if (!opts.keepSpecialModes)
        dropSpecialModes(manifest, opts.logger);
    const untouched = leftAloneIn(dest, [storeDir, journals, opts.manifestCache]);
    let release = () => undefined;
    let early;
    if (!opts.dryRun) {
        release = await lockDestination(dest, journalDirectory(journals), opts.lockWaitMs ?? LOCK_WAIT_MS, (who) => opts.logger?.info(`Waiting for another restore into ${dest} to end (${who}).`));
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
        (0,heap/* collectAll */._U)();
        await applyPlan(opts, { manifest, chain, dest, journals, plan, only, startedMs, early });
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
        throw new RestoreError(`checkpoint '${manifest.id}' could not be restored: ${fsProblem(error) ?? `the destination ${dest} cannot be made (${(0,errors/* errorMessage */.gJ)(error)}); restore into a directory this user can write (not under /proc or /sys)`}. Nothing was changed`);
    });
    let journal;
    try {
        journal = new Journal(dest, r.journals);
    }
    catch (error) {
        throw new RestoreError(`checkpoint '${manifest.id}' could not be restored: ${failureReason(error, r)}; the workspace was not changed`);
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
            throw new RestoreError(`checkpoint '${manifest.id}' refused: ${error.message}; the workspace was not changed`);
        if (error instanceof PlacementError) {
            keepStaging = error.stagingKept;
            throw error;
        }
        throw new RestoreError(`checkpoint '${manifest.id}' could not be restored: ${failureReason(error, r)}; the workspace was not changed`);
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
    await cacheLocalManifest(cacheDir, dest, { ...manifest, scanStartedMs: startedMs }).catch(() => undefined);
}

// EXTERNAL MODULE: ./src/checkpoint/core/trust.ts
var trust = __webpack_require__(39018);
// EXTERNAL MODULE: ./src/checkpoint/adapters/store-guard.ts
var store_guard = __webpack_require__(9498);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/manage.ts
/** list, validate and cleanup over any store. */


















/**
 * The manifest of `id`, or why it cannot be read. With `stalledThrows`, a store given up on (its stall limit,
 * or the phase's budget) throws instead: its checkpoint is not unreadable, the store is gone.
 */
async function readManifest(store, id, stalledThrows = false) {
    try {
        return { id, manifest: await store.getManifest(id) };
    }
    catch (error) {
        if (stalledThrows && error instanceof store_guard.StoreStalledError)
            throw error;
        return { id, error: (0,errors/* errorMessage */.gJ)(error) };
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
            all.push({ id, summary: (0,core/* summarize */.NV)(manifest), createdAt: new Date(manifest.createdAt) });
        else
            all.push({ id, error, ...(at ? { createdAt: new Date(at) } : {}) });
    }
    markIncompleteChains(all, store.spec);
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
/**
 * A checkpoint that takes files from one the store no longer has can never be restored: it is listed
 * with that error, never as a normal checkpoint.
 */
function markIncompleteChains(all, spec) {
    const readable = new Set(all.filter((c) => c.summary).map((c) => c.id));
    for (const c of all) {
        const missing = c.summary?.needs.filter((id) => id !== c.id && !readable.has(id)) ?? [];
        if (missing.length === 0)
            continue;
        c.error = `its chain is incomplete: it takes files from ${missing.map((id) => `'${id}'`).join(', ')}, which ${spec} no longer has (or cannot read); it cannot be restored`;
        delete c.summary;
    }
}
/** The checkpoints in the store by their manifest objects (rollback records left out), unread. */
async function manifestObjects(store) {
    return (await store.objects())
        .filter((o) => o.name.endsWith(adapters_store/* MANIFEST_SUFFIX */.OK) && !(0,core/* isRollbackRecord */.G6)(o.name))
        .map((o) => ({ id: o.name.slice(0, -adapters_store/* MANIFEST_SUFFIX */.OK.length), at: o.createdAt?.getTime() ?? 0 }));
}
/** The newest checkpoint (but `exceptId`), by its manifest object, that `read` can read and `accept` takes. */
async function newestWhere(store, read, accept, exceptId) {
    const candidates = (await manifestObjects(store))
        .filter((c) => c.id !== exceptId)
        .sort((a, b) => b.at - a.at || b.id.localeCompare(a.id));
    for (const c of candidates) {
        // an unreadable candidate is passed over for the next newest
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
        roots = checkpointRoots(paths);
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
    return (await (0,step/* newestReadable */.p7)(checkpointsNewestFirst(store))).chosen?.manifest;
}
/**
 * One job's checkpoints in a run, newest first (the latest attempt first, then the latest saved), each
 * manifest read only when the caller asks for the next: a resume stops at the first that restores, while
 * the run's store holds the checkpoints of every job of the run, and reading them all cost one manifest
 * download each. Ids the actions made carry their job and attempt (checkpointId), so other jobs' and
 * later attempts' are passed over unread; a name the user chose is read first to learn whose it is. A
 * candidate whose manifest cannot be read comes with `error`; a store given up on while a manifest is read
 * throws its StoreStalledError (a manifest read only to learn whose it is would else pass over in silence,
 * and the resume would say there was no checkpoint).
 */
async function* checkpointsOfJob(store, filter) {
    const inRange = (attempt) => filter.beforeAttempt === undefined || attempt < filter.beforeAttempt;
    const ours = (m) => m.job === filter.job && m.runId === filter.runId && inRange(m.attempt);
    const candidates = [];
    for (const { id, at } of await manifestObjects(store)) {
        const named = (0,core/* attemptInId */.m4)(id, filter);
        if (named === 'other-job')
            continue;
        if (named !== undefined) {
            if (inRange(named))
                candidates.push({ id, at, attempt: named });
            continue;
        }
        // Only a manifest read to learn it is this job's is kept until its turn.
        const read = await readManifest(store, id, true);
        if (read.manifest && ours(read.manifest))
            candidates.push({ id, at, attempt: read.manifest.attempt, read });
    }
    candidates.sort((a, b) => b.attempt - a.attempt || b.at - a.at || b.id.localeCompare(a.id));
    for (const c of candidates) {
        const read = c.read ?? (await readManifest(store, c.id, true));
        if (!read.manifest || !ours(read.manifest)) {
            if (!read.manifest)
                yield read;
            continue;
        }
        // The run's own artifacts need no digest (encoding a large manifest again costs): every one is the run's.
        const untrusted = filter.trusted !== undefined && filter.trusted !== trust/* RUN_ARTIFACTS */.A0
            ? (0,trust/* untrustedBecause */.XI)(filter.trusted, c.id, manifestDigest(read.manifest))
            : undefined;
        yield untrusted ? { id: c.id, error: untrusted } : read;
    }
}
/**
 * Reads every archive the checkpoint needs, end to end, and checks each entry's path safety, each
 * file's size and sha256 and each archive's digest, without writing anything.
 */
async function validateCheckpoint(store, id, logger) {
    (0,heap/* keepYoungGenerationSmall */.Dd)();
    const problems = [];
    let manifest;
    try {
        manifest = await store.getManifest(id);
    }
    catch (error) {
        return { id, ok: false, problems: [(0,errors/* errorMessage */.gJ)(error)], archives: [], files: 0, bytes: 0 };
    }
    const byArchive = new Map();
    for (const e of manifest.entries) {
        // A hard link's bytes are its file's, checked with that file.
        if (e.type !== 'file' || !e.from || e.link !== undefined)
            continue;
        if (!byArchive.has(e.from))
            byArchive.set(e.from, new Map());
        byArchive.get(e.from).set(e.path, e);
    }
    const archives = [];
    let chain;
    try {
        chain = await chainArchives(store, manifest);
    }
    catch (error) {
        return { id, ok: false, problems: [(0,errors/* errorMessage */.gJ)(error)], archives, ...(0,core/* manifestStats */.P2)(manifest) };
    }
    for (const archiveId of (0,core/* archivesNeeded */.jq)(manifest)) {
        try {
            const archive = chain.get(archiveId);
            archives.push(archive.file);
            const source = await archiveSource(store, manifest, archiveId, undefined);
            await extractArchive(source, { archive }, byArchive.get(archiveId), undefined, { logger });
        }
        catch (error) {
            problems.push((0,errors/* errorMessage */.gJ)(error));
        }
    }
    // An archive with no file still in use (a checkpoint of only deletions) is verified on its own.
    if (!byArchive.has(manifest.id)) {
        try {
            archives.push(manifest.archive.file);
            await extractArchive(store, manifest, new Map(), undefined, { logger });
        }
        catch (error) {
            problems.push((0,errors/* errorMessage */.gJ)(error));
        }
    }
    const { files, bytes } = (0,core/* manifestStats */.P2)(manifest);
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
    // Under the store's lock: no save commits onto a checkpoint while it is being deleted (save-commit.ts checkChain).
    const unlock = opts.dryRun ? undefined : await store.lock?.();
    try {
        return await cleanupLocked(store, opts);
    }
    finally {
        await unlock?.();
    }
}
async function cleanupLocked(store, opts) {
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
    const result = {
        deleted: [],
        leftovers: [],
        keptForChain: [],
        debris: [],
        staging: [],
        keyedEntries: [],
    };
    const known = new Set(all.map((c) => c.id));
    for (const c of all) {
        if (!expired(c) || (0,core/* isRollbackRecord */.G6)(c.id))
            continue;
        if (needed.has(c.id)) {
            result.keptForChain.push(c.id);
            continue;
        }
        result.deleted.push(c.id);
        if (opts.dryRun)
            continue;
        await store.removeObject(`${c.id}${adapters_store/* MANIFEST_SUFFIX */.OK}`);
        if (c.summary)
            await store.removeObject(c.summary.archive.file);
    }
    result.leftovers = await removeLeftovers(store, new Set([...known, ...needed]), now, opts);
    result.keyedEntries = await expireKeyedEntries(store, all, result.deleted, {
        unusedBefore: Math.min(cutoff, now - owner/* DEBRIS_MAX_AGE_MS */.Ir),
        dryRun: opts.dryRun === true,
    });
    for (const name of (await store.unfinished?.())?.debris ?? []) {
        result.debris.push(name);
        if (!opts.dryRun)
            await store.removeUnfinished?.(name);
    }
    if (opts.dest && !opts.dryRun) {
        const r = await repairDestination(opts.dest, opts.journalDir, now);
        result.staging.push(...r.rolledBack, ...r.removed);
        for (const name of r.foreign)
            opts.logger?.warning(`left ${name} in ${opts.dest} alone: it is named like a staging directory, but no restore on this machine made it`);
    }
    opts.logger?.info(`cleanup: ${result.deleted.length} expired checkpoint(s), ${result.leftovers.length} leftover(s), ${result.debris.length} unfinished object(s), ${result.keyedEntries.length} unused keyed entr(ies), ${result.staging.length} interrupted restore(s) removed${opts.dryRun ? ' (dry run)' : ''}.`);
    return result;
}
/**
 * Archives without a manifest that no listed checkpoint owns (`owned`): those a killed save left. Where the
 * store has claims, each is claimed first so that no save of its name can be writing it; elsewhere only
 * what is old enough goes.
 */
async function removeLeftovers(store, owned, now, opts) {
    const cutoff = now - opts.retentionDays * 86_400_000;
    const expired = (o) => (o.createdAt?.getTime() ?? Infinity) < cutoff;
    const leftovers = [];
    for (const o of await store.objects()) {
        if ((0,core/* isRollbackRecord */.G6)(o.name) || !ARCHIVE.test(o.name))
            continue;
        const id = o.name.replace(ARCHIVE, '');
        if (owned.has(id))
            continue;
        if (store.claim) {
            // Claimed for the removal, so that no save of this name can be writing it meanwhile.
            const release = await store.claim(id).catch(() => undefined);
            if (!release)
                continue;
            try {
                if (await store.getManifest(id).then(() => true, () => false))
                    continue;
                leftovers.push(o.name);
                if (!opts.dryRun)
                    await store.removeObject(o.name);
            }
            finally {
                await release();
            }
        }
        else if (expired(o) || now - (o.createdAt?.getTime() ?? now) > owner/* DEBRIS_MAX_AGE_MS */.Ir) {
            // A store without claims cannot tell a save in progress: only what is old enough goes.
            leftovers.push(o.name);
            if (!opts.dryRun)
                await store.removeObject(o.name);
        }
    }
    return leftovers;
}
/**
 * A `dir:` store's keyed entries (a lockfile's node_modules, hundreds of MB each) would pile up with every
 * lockfile change: those that no checkpoint left in the store takes files from, and that no save looked up
 * since `unusedBefore`, go. (The cache service evicts its own: its store has no `expire`.)
 */
async function expireKeyedEntries(store, all, deleted, opts) {
    const keyedStore = (0,keyed_store.keyedStoreFor)(store);
    if (!keyedStore?.expire)
        return [];
    const gone = new Set(deleted);
    const keep = new Set();
    for (const c of all)
        if (!gone.has(c.id))
            for (const ref of c.summary?.keyed ?? [])
                keep.add(ref.id);
    return keyedStore.expire({ keep, ...opts });
}
/**
 * Finishes the restores into `dest` that were killed (placement-recovery.ts recoverInterrupted), holding the
 * destination's lock so that a restore still running there is never undone under it.
 */
async function repairDestination(dest, journalDir = defaultJournalDir(), now = Date.now(), lockWaitMs = 30_000) {
    let real;
    try {
        real = external_node_fs_.realpathSync.native(external_node_path_default().resolve(dest));
    }
    catch {
        // a destination that does not exist has nothing to roll back
        return { rolledBack: [], stuck: [], removed: [], inProgress: [], foreign: [] };
    }
    const release = await lockDestination(real, journalDirectory(journalDir), lockWaitMs);
    try {
        return recoverInterrupted(real, journalDir, now);
    }
    finally {
        release();
    }
}

// EXTERNAL MODULE: ./src/core/state-keys.ts
var state_keys = __webpack_require__(80095);
// EXTERNAL MODULE: ./src/checkpoint/core/outside.ts
var outside = __webpack_require__(35235);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/outside.ts
/**
 * Saving and restoring the roots outside the workspace (checkpoint/core/outside.ts): each root is a full
 * checkpoint of its own directory, taken and restored with the same engine as the workspace's, into the
 * one directory its name resolves to in this job. A root reached through a symbolic link is refused (a
 * link could send the restore anywhere), and so is one that would hold the workspace or the runner's
 * temp directory. Best-effort: a root that cannot be saved or restored is a warning, and the stages that
 * filled it run again.
 */









/** The suffix of a root's checkpoint job: a resume of the job never takes a root for the workspace. */
const ROOT_JOB_SUFFIX = '+root';
/**
 * The directory of `root`, checked: its base is set, it does not overlap `keepOut`, and no component from
 * the base down is a symbolic link (`exists` false when the directory is not there yet).
 */
async function rootDirectory(root, place) {
    const { dir, base } = (0,outside/* resolveRoot */.H6)(root, place.bases);
    if (!dir || !base)
        throw new Error(`${root.path}: its base directory is not set in this job`);
    const overlap = (0,outside/* rootOverlaps */.t4)(dir, place.keepOut);
    if (overlap)
        throw new Error(`${root.path} (${dir}) overlaps ${overlap}: not a cache directory`);
    let at = base;
    const steps = external_node_path_default().relative(base, dir)
        .split((external_node_path_default()).sep)
        .filter((s) => s !== '');
    for (const [i, part] of ['', ...steps].entries()) {
        at = part ? external_node_path_default().join(at, part) : at;
        // a component that cannot be lstat'ed does not exist: said in the next line
        const st = await (0,promises_.lstat)(at).catch(() => undefined);
        if (!st)
            return { dir, exists: false };
        if (i > 0 && st.isSymbolicLink())
            throw new Error(`${root.path}: ${at} is a symbolic link; a root is never reached through one`);
        if (!st.isDirectory() && !(i === 0 && st.isSymbolicLink()))
            throw new Error(`${root.path}: ${at} is not a directory`);
    }
    return { dir, exists: true };
}
/** Saves each root as its own full checkpoint; returns the records of those saved (the others warned). */
async function saveRoots(opts) {
    const saved = [];
    for (const [i, root] of opts.roots.entries()) {
        const id = `${opts.id}-root${i + 1}`;
        try {
            const { dir, exists } = await rootDirectory(root, opts.place);
            if (!exists) {
                opts.logger.warning(`ci-recovery: ${root.path} (${dir}) does not exist: not checkpointed, so stage(s) ${root.stages.join(', ')} run again on resume.`);
                continue;
            }
            await saveCheckpoint({
                store: opts.store,
                workspace: dir,
                paths: ['.'],
                id,
                meta: {
                    ...opts.meta,
                    job: `${opts.meta.job}${ROOT_JOB_SUFFIX}`,
                    stage: root.name,
                    completedStages: [],
                },
                // A cache keeps its .git directories (cargo's registry index is one).
                exclude: [],
                full: true,
                ...(opts.level ? { level: opts.level } : {}),
                ...(opts.manifestCache ? { manifestCache: opts.manifestCache } : {}),
                logger: opts.logger,
            });
            saved.push({ name: root.name, path: root.path, checkpoint: id, stages: root.stages });
            opts.logger.info(`ci-recovery: ${root.path} checkpointed as ${id}`);
        }
        catch (error) {
            opts.logger.warning(`ci-recovery: ${root.path} not checkpointed (${(0,errors/* errorMessage */.gJ)(error)}): stage(s) ${root.stages.join(', ')} run again on resume.`);
        }
    }
    return saved;
}
/** Restores each root of `manifest` to its place; returns the names of those restored. */
async function restoreRoots(opts) {
    const restored = [];
    for (const root of opts.manifest.roots ?? []) {
        try {
            const { dir } = await rootDirectory(root, opts.place);
            const m = await opts.store.getManifest(root.checkpoint);
            if (m.job !== `${opts.manifest.job}${ROOT_JOB_SUFFIX}` ||
                m.runId !== opts.manifest.runId ||
                m.stage !== root.name)
                throw new Error(`checkpoint ${root.checkpoint} is not this job's copy of ${root.path}`);
            await (0,make_dirs/* makeDirs */.X)(dir);
            // Created now: checked again, so nothing raced a link into the path meanwhile.
            await rootDirectory(root, opts.place);
            await restoreCheckpoint({
                store: opts.store,
                checkpoint: m,
                dest: dir,
                logger: opts.logger,
                ...(opts.manifestCache ? { manifestCache: opts.manifestCache } : {}),
            });
            restored.push(root.name);
            opts.logger.info(`ci-recovery: restored ${root.path} (${dir}) from ${root.checkpoint}`);
        }
        catch (error) {
            opts.logger.warning(`ci-recovery: ${root.path} not restored (${(0,errors/* errorMessage */.gJ)(error)}): stage(s) ${root.stages.join(', ')} run again.`);
        }
    }
    return restored;
}
/**
 * The roots of `manifest` whose files are in place now (each restored root's local manifest, kept by its
 * restore, against the disk). A root not restored, or emptied since, is missing.
 */
async function rootsInPlace(manifest, place, manifestCache) {
    const there = new Set();
    for (const root of manifest.roots ?? []) {
        try {
            const { dir, exists } = await rootDirectory(root, place);
            if (!exists || !manifestCache)
                continue;
            const m = await readCachedManifest(manifestCache, root.checkpoint, dir);
            if (m && m.entries.every((e) => entryOf(external_node_path_default().join(dir, e.path), e.path)?.type === e.type))
                there.add(root.name);
        }
        catch {
            // Unsafe or unreadable: not in place.
        }
    }
    return there;
}

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/resume.ts
/** The root action's resume on a re-run attempt: restore the newest good checkpoint of an earlier attempt. */














/**
 * Tries the checkpoints of attempt-1 first (newest first), then older attempts, and restores the first one
 * that verifies. A refused candidate leaves the workspace untouched, so the next one starts clean.
 */
async function resumeFromPreviousAttempt(opts) {
    try {
        return await resumeFromCandidates(opts);
    }
    catch (error) {
        // A store that stopped answering is no reason to fail the job: it runs every stage instead.
        if (!(error instanceof store_guard.StoreStalledError))
            throw error;
        opts.logger.warning(`ci-recovery: not resuming: ${(0,errors/* errorMessage */.gJ)(error)}; every stage runs again`);
        return { resumed: false, completedStages: [], problems: [(0,errors/* errorMessage */.gJ)(error)] };
    }
}
async function resumeFromCandidates(opts) {
    if (opts.attempt <= 1)
        return { resumed: false, completedStages: [] };
    const problems = [];
    const { manifestCache } = opts;
    let candidates = 0;
    // Only the checkpoints the run's records name come with a manifest: another comes with why it is not.
    const earlier = { job: opts.job, runId: opts.runId, beforeAttempt: opts.attempt, trusted: opts.trusted };
    for await (const c of checkpointsOfJob(opts.store, earlier)) {
        candidates++;
        try {
            if (!c.manifest)
                throw new Error(c.error);
            const { refused } = (0,core_text/* validStages */.g_)([c.manifest.stage, ...c.manifest.completedStages]);
            if (refused > 0)
                throw new Error(`its manifest names ${refused} stage(s) that are not valid stage names (not printed): not resumed from`);
            // The manifest just checked is the one restored (never read again from the store).
            const r = await restoreCheckpoint({
                store: opts.store,
                checkpoint: c.manifest,
                ...(opts.keyedStore ? { keyedStore: opts.keyedStore } : {}),
                dest: opts.workspace,
                workspace: opts.workspace,
                logger: opts.logger,
                ...(opts.journalDir ? { journalDir: opts.journalDir } : {}),
                ...(manifestCache ? { manifestCache } : {}),
            });
            if (manifestCache)
                await keepRestoredRecord(manifestCache, opts.workspace, r.manifest);
            opts.logger.info(`Resumed from checkpoint ${(0,core_text/* inert */.tJ)(c.id)} (attempt ${r.manifest.attempt}, stage '${r.manifest.stage}'); completed stages: ${r.manifest.completedStages.join(', ') || 'none'}.`);
            return {
                resumed: true,
                resumeFrom: c.id,
                completedStages: r.manifest.completedStages,
                stageDurations: (0,state_keys/* durationsOfStages */.OA)(r.manifest.stageDurations ?? {}, r.manifest.completedStages),
                cost: { ms: r.manifest.timings.totalMs, bytes: r.manifest.archive.size },
                ...(problems.length ? { problems } : {}),
            };
        }
        catch (error) {
            problems.push((0,core_text/* inert */.tJ)(`${c.id}: ${(0,errors/* errorMessage */.gJ)(error)}`));
            opts.logger.warning(`Checkpoint ${(0,core_text/* inert */.tJ)(c.id)} cannot be resumed from: ${(0,core_text/* inert */.tJ)((0,errors/* errorMessage */.gJ)(error))}`);
        }
    }
    if (candidates === 0)
        opts.logger.info(`No checkpoint of an earlier attempt of job '${(0,core_text/* inert */.tJ)(opts.job)}' in run ${(0,core_text/* inert */.tJ)(opts.runId)}: starting from scratch.`);
    return { resumed: false, completedStages: [], ...(problems.length ? { problems } : {}) };
}
/**
 * The compact record of this restore for the `run/` steps whose stage it completed (restored-state.ts):
 * kept only when every entry is there now, and the checkpoint holds nothing outside the workspace (roots
 * need the manifest's own check). Best-effort: without it, each of those steps runs the full check.
 */
async function keepRestoredRecord(cacheDir, workspace, manifest) {
    if (manifest.roots?.length)
        return;
    try {
        // The directories first: whatever changes after the check below moves a ctime recorded here.
        const state = (0,restored_state.restoredStateOf)(manifest, workspace);
        if (state && missingEntries(manifest, workspace, 1).length === 0)
            await (0,restored_state.keepRestoredState)(cacheDir, state);
    }
    catch {
        // No record: the steps check the manifest.
    }
}
const AFTER_CHECKOUT = 'Put the ci-recovery step after actions/checkout (its post still runs last)';
/**
 * Why restoring into `workspace` now would be lost, or undefined when it is safe. actions/checkout deletes
 * the contents of a directory that is not a clone of the same repository (src/git-directory-helper.ts), so
 * a main that runs before it (no `.git` yet, or another repository's) must not restore.
 */
async function checkoutProblem(workspace, repo) {
    const notYet = `the workspace ${workspace} is not a clone of ${repo || 'the repository'} yet`;
    const wiped = 'actions/checkout, running after this step, would delete whatever is restored now';
    // no .git: not a clone yet, said in the next line
    const git = await (0,promises_.lstat)(external_node_path_default().join(workspace, '.git')).catch(() => undefined);
    if (!git)
        return `${notYet}: ${wiped}. ${AFTER_CHECKOUT}. Nothing was restored: every stage runs again.`;
    const origin = 
    // simple-git loads here only: the CLI's checkpoint verbs reach this module through the index.
    (await (await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(964)]).then(__webpack_require__.bind(__webpack_require__, 964)))
        .simpleGit(workspace)
        .getConfig('remote.origin.url')
        // no origin configured: the clone's repository is unknown, and not compared
        .catch(() => undefined))?.value;
    const originRepo = origin?.toLowerCase().replace(/(\.git)?\/?$/, '');
    const sameRepo = !repo || !originRepo || [`/${repo}`, `:${repo}`].some((end) => originRepo.endsWith(end.toLowerCase()));
    if (!sameRepo)
        return `the workspace ${workspace} is a clone of ${origin}, not of ${repo}: ${wiped}. ${AFTER_CHECKOUT}. Nothing was restored: every stage runs again.`;
    return undefined;
}
/**
 * The completed stages a run/ step may skip: a stage that completed in an earlier attempt counts only
 * while the files of the checkpoint main restored are in the workspace. A step between main and this
 * one (a later actions/checkout, a clean) may have removed them; then those stages run again.
 */
async function stagesStillComplete(stages, env, logger, need) {
    const resumedFrom = env.recovery.resumedFrom;
    if (!resumedFrom || stages.length === 0)
        return stages;
    const id = (0,core_text/* inert */.tJ)(resumedFrom);
    const workspace = env.workspace;
    const cache = (0,step/* defaultManifestCache */.Rb)(env);
    const manifest = cache
        ? // no cached manifest (or torn): told below, and nothing is resumed from it
            await readCachedManifest(cache, resumedFrom, workspace).catch(() => undefined)
        : undefined;
    if (!manifest) {
        logger.warning(`ci-recovery: cannot tell whether the files of checkpoint ${id} are still in the workspace (its manifest is not in RUNNER_TEMP): stages ${(0,core_text/* inert */.tJ)(stages.join(', '))} run again.`);
        return [];
    }
    const missing = missingEntries(manifest, workspace);
    const restored = new Set(manifest.completedStages);
    if (missing.length > 0)
        logger.warning(`ci-recovery: files restored from checkpoint ${id} are no longer in the workspace (${missing.map(core_text/* inert */.tJ).join(', ')}): a step after ci-recovery's main removed them (actions/checkout deletes or cleans the workspace). ${AFTER_CHECKOUT}. Stages ${(0,core_text/* inert */.tJ)([...restored].join(', '))} run again.`);
    const still = missing.length === 0 ? stages : stages.filter((s) => !restored.has(s));
    const outside = await stagesWithoutTheirRoots(manifest, rootPlaceOf(env), cache, need, logger);
    for (const why of outside.reasons)
        logger.warning(`ci-recovery: ${why}`);
    return still.filter((s) => !outside.stages.has(s));
}
/** Where roots go in this job: HOME and the tool cache; never into the workspace or RUNNER_TEMP. */
function rootPlaceOf(env) {
    return { bases: (0,step/* rootBases */.Dr)(env), keepOut: [env.workspace, env.runnerTemp] };
}
/**
 * Stages that may not skip for want of their roots: a root of the checkpoint not in place (not restored,
 * or removed since), and this step's own `cache-paths` the checkpoint does not hold.
 */
async function stagesWithoutTheirRoots(manifest, place, cache, need, logger) {
    const stages = new Set();
    const reasons = [];
    if (!manifest.roots?.length && !need?.cachePaths.length)
        return { stages, reasons };
    let there = await rootsInPlace(manifest, place, cache);
    if (await restoreNamedRoots(manifest, there, { place, cache, logger }, need))
        there = await rootsInPlace(manifest, place, cache);
    for (const root of manifest.roots ?? []) {
        // Another stage's root comes back when that stage's own step names it, later.
        if (there.has(root.name) || (need && !root.stages.includes(need.stage)))
            continue;
        root.stages.forEach((s) => stages.add(s));
        reasons.push(`${(0,core_text/* inert */.tJ)(root.path)} was not restored: stage(s) ${(0,core_text/* inert */.tJ)(root.stages.join(', '))} run again.`);
    }
    const notHeld = (need?.cachePaths ?? []).filter((entry) => {
        try {
            return !there.has((0,outside/* parseOutsidePath */._W)(entry, place.bases).name);
        }
        catch {
            // an entry not naming an outside path is not one to restore
            return true;
        }
    });
    if (need && notHeld.length > 0) {
        stages.add(need.stage);
        reasons.push(`stage '${(0,core_text/* inert */.tJ)(need.stage)}' fills ${notHeld.map(core_text/* inert */.tJ).join(', ')}, which the checkpoint did not bring back: it runs again.`);
    }
    return { stages, reasons };
}
/**
 * Up to `max` entries of `m` that are not in `dir` with their type (contents may have changed since).
 * With the scan's own synchronous lstat: a checkpoint of node_modules has tens of thousands of entries.
 */
function missingEntries(m, dir, max = 3) {
    const missing = [];
    for (const e of m.entries)
        if (entryOf(external_node_path_default().join(dir, e.path), e.path)?.type !== e.type && missing.push(e.path) >= max)
            break;
    return missing;
}
/**
 * Restores the roots of the resumed checkpoint that this step names in its `cache-paths` and that are not
 * in place yet: only what a step names ever goes back outside the workspace. True when it restored any.
 */
async function restoreNamedRoots(manifest, there, { place, cache, logger }, need) {
    if (!need?.openStore || need.cachePaths.length === 0)
        return false;
    const named = new Set(need.cachePaths.flatMap((entry) => {
        try {
            return [(0,outside/* parseOutsidePath */._W)(entry, place.bases).name];
        }
        catch {
            // an entry not naming an outside path names none
            return [];
        }
    }));
    const roots = (manifest.roots ?? []).filter((r) => named.has(r.name) && !there.has(r.name));
    if (roots.length === 0)
        return false;
    let store;
    try {
        store = await need.openStore();
    }
    catch (error) {
        logger.warning(`ci-recovery: cannot open the store of the resumed checkpoint: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return false;
    }
    const restored = await restoreRoots({
        store,
        manifest: { ...manifest, roots },
        place,
        logger,
        ...(cache ? { manifestCache: cache } : {}),
    });
    return restored.length > 0;
}

// EXTERNAL MODULE: ./src/checkpoint/stage.ts
var stage = __webpack_require__(59056);
// EXTERNAL MODULE: ./src/runner/adapters/logger.ts
var logger = __webpack_require__(42927);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/lookup.ts
/**
 * Whether a checkpoint can be restored, answered from the store's listing and manifests alone, without
 * downloading an archive: what a lookup-only restore (like actions/cache's `lookup-only`) reports.
 */



/**
 * Every archive the checkpoint's chain needs has a readable manifest and is present in the store, and
 * every keyed entry it takes files from is still kept, as it was when the checkpoint was saved.
 */
async function lookupCheckpoint(store, manifest, keyedStore = manifest.keyed?.length ? (0,keyed_store.keyedStoreFor)(store) : undefined) {
    const present = new Set((await store.objects()).map((o) => o.name));
    for (const id of (0,core/* storedArchivesNeeded */.m0)(manifest)) {
        let of;
        try {
            of = id === manifest.id ? manifest : await store.getManifest(id);
        }
        catch (error) {
            return {
                usable: false,
                problem: `checkpoint '${id}' that it needs is unreadable: ${(0,errors/* errorMessage */.gJ)(error)}`,
            };
        }
        if (!present.has(of.archive.file))
            return { usable: false, problem: `archive ${of.archive.file} that it needs is missing from the store` };
    }
    return lookupKeyedEntries(manifest, keyedStore);
}
/**
 * Each keyed entry still has the manifest this checkpoint read when it took files from it. (An entry the
 * cache evicted, or one published again since, would fail the restore: a lookup says so first, so that a
 * stage is not planned to skip on the word of files that cannot come back.)
 */
async function lookupKeyedEntries(manifest, keyedStore) {
    for (const ref of manifest.keyed ?? []) {
        if (!keyedStore)
            return {
                usable: false,
                problem: `keyed entry ${ref.key} is in the cache service, which this job cannot reach`,
            };
        let found;
        try {
            found = await keyedStore.findManifest(ref.key, ref.id);
        }
        catch (error) {
            return {
                usable: false,
                problem: `keyed entry ${ref.key} could not be looked up: ${(0,errors/* errorMessage */.gJ)(error)}`,
            };
        }
        if (!found)
            return {
                usable: false,
                problem: `keyed entry ${ref.key} is no longer in ${keyedStore.spec}${keyedStore.spec === 'cache' ? ` (${keyed_store.KEYED_ENTRY_GONE})` : ''}`,
            };
        if ((0,core/* keyedManifestDigest */.Gc)(found) !== ref.manifestSha256)
            return {
                usable: false,
                problem: `keyed entry ${ref.key} in ${keyedStore.spec} is not the one the checkpoint took files from`,
            };
    }
    return { usable: true };
}

// EXTERNAL MODULE: ./src/checkpoint/adapters/artifact-service.ts
var artifact_service = __webpack_require__(72811);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/workspace.ts
/** The workspace port of the checkpoint phases (src/checkpoint/ports/workspace.ts), over the real scan, save and restore. */











/** Next free sequence number in this job: one more than the manifests this job has saved or restored. */
async function nextSeq(cacheDir) {
    if (!cacheDir)
        return Date.now() % 1000;
    // no manifest cache yet: the first sequence number
    const names = await (0,promises_.readdir)(cacheDir).catch(() => []);
    return names.filter((n) => n.endsWith('.manifest.json')).length + 1;
}
/**
 * A job's save, then its record for a resume: in a store others can write (`dir:`, the cache), a re-run
 * resumes only from a checkpoint an artifact of the run names (checkpoint/core/trust.ts), so each saved
 * checkpoint is named at once, not by post, which never runs when the runner is lost. The `artifact` store
 * needs none: only the run's own jobs can write the run's artifacts. Off a runner there is nothing to write.
 */
const saveAndRecord = async (opts) => {
    const result = await saveCheckpoint(opts);
    if (result.reused || opts.store.spec === 'artifact' || !(0,artifact_service/* artifactServiceAvailable */.Z)())
        return result;
    const { manifest: m } = result;
    const record = {
        format: trust/* TRUST_FORMAT */.Jg,
        runId: m.runId,
        job: m.job,
        attempt: m.attempt,
        checkpoints: [{ id: m.id, manifestSha256: result.manifestSha256 }],
    };
    // Loaded only here: the artifact transport (and undici under it) is no part of a save to `dir:` off a runner.
    const { uploadTrustRecord } = await Promise.all(/* import() */[__webpack_require__.e(4073), __webpack_require__.e(8664), __webpack_require__.e(574)]).then(__webpack_require__.bind(__webpack_require__, 90574));
    try {
        await uploadTrustRecord(record, undefined, m.id);
    }
    catch (error) {
        opts.logger?.warning(`ci-recovery: could not record checkpoint ${(0,core_text/* inert */.tJ)(m.id)} among the run's artifacts (${(0,core_text/* inert */.tJ)((0,errors/* errorMessage */.gJ)(error))}): a re-run will not resume from it.`);
        // Stored all the same, but no resume point: a later stage's checkpoint must not count on it.
        return { ...result, unrecorded: true };
    }
    return result;
};
const realWorkspace = {
    resolvePaths: resolveCheckpointPaths,
    nextSeq,
    save: saveAndRecord,
    saveRoots: saveRoots,
    restore: restoreCheckpoint,
    checkpointsOfJob: checkpointsOfJob,
    lookup: lookupCheckpoint,
};

;// CONCATENATED MODULE: ./src/checkpoint/adapters/job.ts






/** Opens `spec` with the job's run, repository and token (for the artifact store's cross-attempt lookups). */
function openJobStore(spec, ctx, token, retentionDays) {
    return openStore(spec, {
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
function checkpointRunner(env, log = logger/* runnerLogger */.hB) {
    if (env.files.env)
        return { ...logger/* runnerPort */.Ql, log };
    return {
        ...logger/* runnerPort */.Ql,
        log,
        exportVariable: (name, value) => {
            process.env[name] = value;
        },
    };
}
/** A stage's save (../stage.ts, as the checkpoint phase makes it) with the real workspace: for `run/`. */
function checkpointStage(opts) {
    return (0,stage/* saveStageCheckpoint */.a)(opts, { runner: opts.runner, workspace: realWorkspace });
}

;// CONCATENATED MODULE: ./src/checkpoint/adapters/index.ts
/**
 * Checkpoint API used by the actions, the CLI and the root action's resume:
 * `openStore`, `saveCheckpoint`, `restoreCheckpoint`, `listCheckpoints`, `validateCheckpoint`,
 * `cleanupCheckpoints`, `resumeFromPreviousAttempt`, and the in-job helpers (`checkpointStage`, ...).
 */




















/***/ }),

/***/ 65357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   keepRestoredState: () => (/* binding */ keepRestoredState),
/* harmony export */   restoredCheckpoint: () => (/* binding */ restoredCheckpoint),
/* harmony export */   restoredStateHolds: () => (/* binding */ restoredStateHolds),
/* harmony export */   restoredStateOf: () => (/* binding */ restoredStateOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_restored_state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56088);
/**
 * The record of what main's resume restored (checkpoint/core/restored-state.ts): written once by main,
 * beside the checkpoint's local manifest, and checked by each `run/` step that would skip a completed
 * stage: one lstat per directory instead of parsing the whole manifest and one lstat per entry. Loaded
 * on its own, without the checkpoint code, so that a skipped stage stays small.
 */





/** The record of checkpoint `id` restored into `workspace`, kept per directory like its local manifest. */
function restoredStateFile(cacheDir, id, workspace) {
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(workspace)).digest('hex').slice(0, 12);
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(cacheDir, `${id}.${key}.restored.json`);
}
/** The directory at `abs` as lstat sees it now; undefined when it is not a directory (or not there). */
function dirIdentity(abs) {
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(abs, { bigint: true, throwIfNoEntry: false });
    return st?.isDirectory() ? [String(st.dev), String(st.ino), String(st.ctimeNs)] : undefined;
}
function typeAt(abs) {
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(abs, { throwIfNoEntry: false });
    if (!st)
        return undefined;
    return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : st.isSymbolicLink() ? 'symlink' : undefined;
}
/**
 * The record of checkpoint `m`, restored into `workspace`, as its entries are now; undefined when one of
 * its directories is not one, or when a path is not a plain relative one (the full check then decides).
 * Call it before checking that every entry is there: a change made after that check must move the
 * ctime this records.
 */
function restoredStateOf(m, workspace) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(workspace);
    const dirs = [];
    for (const e of m.entries) {
        if (!(0,_core_restored_state_js__WEBPACK_IMPORTED_MODULE_4__/* .isEntryPath */ .of)(e.path))
            return undefined;
        if (e.type !== 'dir')
            continue;
        const identity = dirIdentity(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(base, e.path));
        if (!identity)
            return undefined;
        dirs.push([e.path, ...identity]);
    }
    const tops = (0,_core_restored_state_js__WEBPACK_IMPORTED_MODULE_4__/* .entriesOutsideDirs */ .ES)(m.entries).map((e) => [e.path, e.type]);
    return {
        format: _core_restored_state_js__WEBPACK_IMPORTED_MODULE_4__/* .RESTORED_STATE_FORMAT */ .xG,
        id: m.id,
        workspace: base,
        dirs,
        tops,
        checkpoint: (0,_core_restored_state_js__WEBPACK_IMPORTED_MODULE_4__/* .restoredCheckpointOf */ .o7)(m),
    };
}
/**
 * How far a change time may stay behind the clock: kernels without fine-grained timestamps stamp a change
 * with the time of the last tick (up to 10 ms at HZ=100), so a change within a tick of a recorded ctime
 * could carry the same one.
 */
const TICK_MARGIN_MS = 20;
/**
 * Writes `state` (atomically: a reader sees the whole record or none), once the clock is past every
 * recorded ctime by more than a tick: any change made after this returns then moves a ctime it records.
 */
async function keepRestoredState(cacheDir, state) {
    const newest = state.dirs.reduce((max, d) => (BigInt(d[3]) > max ? BigInt(d[3]) : max), 0n);
    const wait = Number(newest / 1000000n) + TICK_MARGIN_MS - Date.now();
    // A ctime ahead of the clock (the clock was set back) is not one a short wait gets past: no record.
    if (wait > TICK_MARGIN_MS)
        return;
    if (wait > 0)
        await new Promise((resolve) => setTimeout(resolve, wait));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(cacheDir, { recursive: true });
    const file = restoredStateFile(cacheDir, state.id, state.workspace);
    const tmp = `${file}.partial-${process.pid}`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(tmp, JSON.stringify(state));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, file);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true });
    }
}
/** The record of checkpoint `id` restored into `workspace`, when there is one that parses. */
async function readRestoredState(cacheDir, id, base) {
    // no record of the restore: the caller reads the checkpoint's manifest
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(restoredStateFile(cacheDir, id, base), 'utf8').catch(() => undefined);
    return text === undefined ? undefined : (0,_core_restored_state_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRestoredState */ .lb)(text, id, base);
}
/**
 * What checkpoint `id` holds, as main recorded it once it had restored it into `workspace` and found every
 * entry there; undefined without such a record (the checkpoint's manifest then tells).
 */
async function restoredCheckpoint(cacheDir, id, workspace) {
    return (await readRestoredState(cacheDir, id, node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(workspace)))?.checkpoint;
}
/**
 * Whether everything main restored from checkpoint `id` into `workspace` is still there: its record
 * exists, every directory has the identity and ctime it had right after the restore, and every root is
 * there with its type. False proves nothing (a file added, a record missing): the full check decides.
 */
async function restoredStateHolds(cacheDir, id, workspace) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(workspace);
    const state = await readRestoredState(cacheDir, id, base);
    if (!state)
        return false;
    for (const [rel, type] of state.tops)
        if (typeAt(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(base, rel)) !== type)
            return false;
    for (const [rel, ...was] of state.dirs) {
        const now = dirIdentity(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(base, rel));
        if (!now || now[0] !== was[0] || now[1] !== was[1] || now[2] !== was[2])
            return false;
    }
    return true;
}


/***/ }),

/***/ 42927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ runnerPort),
/* harmony export */   hB: () => (/* binding */ runnerLogger)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64984);


const runnerLogger = {
    debug: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.debug(m),
    info: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.info(m),
    notice: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.notice(m, w),
    warning: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.warning(m, w),
    error: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.error(m, w),
    async group(name, fn) {
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.startGroup(name);
        try {
            return await fn();
        }
        finally {
            _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.endGroup();
        }
    },
};
/** The real runner as a port: what an entry point hands its phase. */
const runnerPort = {
    log: runnerLogger,
    getState: (name) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getState(name),
    saveState: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.saveState(name, value),
    setOutput: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.setOutput(name, value),
    exportVariable: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.exportVariable(name, value),
    appendSummary: (markdown) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.appendSummary(markdown),
    setFailed: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.setFailed(message),
    setExitCode: (code) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.setExitCode(code),
    appendFileCommand: (command, text) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.appendFileCommand(command, text),
};


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
