export const id = 953;
export const ids = [953];
export const modules = {

/***/ 31953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkpointStage: () => (/* reexport */ checkpointStage),
  Q8: () => (/* reexport */ cleanupCheckpoints),
  jobContext: () => (/* reexport */ jobContext),
  Ep: () => (/* reexport */ listCheckpoints),
  TM: () => (/* reexport */ newestCheckpointOver),
  ff: () => (/* reexport */ newestOfJob),
  openJobStore: () => (/* reexport */ openJobStore),
  openStore: () => (/* reexport */ openStore),
  vQ: () => (/* reexport */ restoreCheckpoint),
  resumeFromPreviousAttempt: () => (/* reexport */ resumeFromPreviousAttempt),
  s4: () => (/* reexport */ saveCheckpoint),
  NE: () => (/* reexport */ validateCheckpoint)
});

// UNUSED EXPORTS: DEFAULT_EXCLUDE, DirStore, LAST_CHECKPOINT_ENV, NotFoundError, RestoreError, defaultManifestCache, loadManifest, treeDigest

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/adapters/checkpoint/store.ts
var checkpoint_store = __webpack_require__(47498);
;// CONCATENATED MODULE: ./src/adapters/checkpoint/open.ts



/**
 * `dir:PATH` (a local directory, relative paths against `cwd`) or `artifact` (the run's artifacts; the
 * artifact client is loaded only then, so the CLI with a dir store never loads it).
 */
async function openStore(spec, ctx = {}) {
    const s = spec.trim();
    if (s.startsWith('dir:') && s.length > 4)
        return new checkpoint_store/* DirStore */.VW(external_node_path_default().resolve(ctx.cwd ?? process.cwd(), s.slice(4)));
    if (s === 'artifact') {
        const { ArtifactStore } = await Promise.all(/* import() */[__webpack_require__.e(143), __webpack_require__.e(830), __webpack_require__.e(351), __webpack_require__.e(538), __webpack_require__.e(935), __webpack_require__.e(673)]).then(__webpack_require__.bind(__webpack_require__, 71673));
        return new ArtifactStore(ctx);
    }
    throw new errors/* UserError */.y(`Unknown checkpoint store '${spec}': use 'dir:PATH' (a local directory) or 'artifact' (the run's artifacts).`);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: ./src/core/checkpoint/index.ts + 3 modules
var checkpoint = __webpack_require__(60886);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/adapters/checkpoint/compress.ts
/**
 * Compression as a child process: `zstd -T0` uses every core while node only feeds it, and the archive is
 * streamed through its pipes (nothing held in memory). gzip through node's zlib when no zstd is installed.
 */


let zstdPresent;
/** Whether a `zstd` binary is on PATH (checked once per process, asynchronously). */
function hasZstd() {
    zstdPresent ??= new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('zstd', ['--version'], { timeout: 10_000 }, (error) => resolve(!error));
    });
    return zstdPresent;
}
async function pickCompression() {
    return (await hasZstd()) ? 'zstd' : 'gzip';
}
function zstdCodec(args, what) {
    const child = (0,external_node_child_process_.spawn)('zstd', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => {
        if (stderr.length < 4000)
            stderr += d;
    });
    const done = new Promise((resolve, reject) => {
        child.on('error', (error) => reject(new Error(`${what}: cannot run zstd: ${error.message}`)));
        child.on('close', (code, signal) => {
            if (code === 0)
                resolve();
            else
                reject(new Error(`${what}: zstd exited with ${signal ?? code}: ${stderr.trim() || 'no message'}`));
        });
    });
    // An EPIPE on stdin only means zstd stopped early; its exit status carries the real reason.
    child.stdin.on('error', () => undefined);
    return { input: child.stdin, output: child.stdout, done, kill: () => child.kill('SIGKILL') };
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
        : zlibCodec(external_node_zlib_default().createGzip({ level: Math.min(level, 9), chunkSize: 256 * 1024 }), 'compressing the checkpoint');
}
function decompressor(compression) {
    return compression === 'zstd'
        ? zstdCodec(['-d', '-q', '-c'], 'decompressing the checkpoint')
        : zlibCodec(external_node_zlib_default().createGunzip({ chunkSize: 256 * 1024 }), 'decompressing the checkpoint');
}

;// CONCATENATED MODULE: ./src/adapters/checkpoint/digest.ts


/** Passes bytes through unchanged while hashing and counting them (the archive's digest, on the fly). */
class DigestTap extends external_node_stream_.Transform {
    hash = (0,external_node_crypto_.createHash)('sha256');
    bytes = 0;
    digest;
    constructor() {
        super({ highWaterMark: 1 << 20 });
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

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/adapters/checkpoint/scan.ts
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
    const match = globs.length ? picomatch_default()(globs, { dot: true }) : () => false;
    return (p) => external_node_path_default().posix.basename(p).startsWith(STAGING_PREFIX) || match(p);
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
function entryOf(abs, rel) {
    const st = (0,external_node_fs_.lstatSync)(abs, { throwIfNoEntry: false });
    if (!st)
        return undefined;
    const base = { path: rel, mode: st.mode & 0o7777, stat: { mtimeMs: st.mtimeMs, ino: st.ino, dev: st.dev } };
    if (st.isFile())
        return { ...base, type: 'file', size: st.size };
    if (st.isDirectory())
        return { ...base, type: 'dir' };
    if (st.isSymbolicLink())
        return { ...base, type: 'symlink', target: (0,external_node_fs_.readlinkSync)(abs) };
    return undefined; // sockets, fifos, devices: not workspace content
}
/**
 * Lists every entry under `roots` (relative to `base`), parents before children, siblings sorted, so
 * archives and manifests are deterministic for the same tree.
 */
function scanTree(base, roots, exclude) {
    const isExcluded = excluder(exclude);
    const excludedHere = globMatcher(exclude);
    const entries = [];
    const missingRoots = [];
    const skipped = [];
    const seen = new Set();
    function walkDir(rel) {
        const abs = rel === '.' ? base : external_node_path_default().join(base, rel);
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(abs).sort();
        }
        catch {
            skipped.push(rel);
            return;
        }
        for (const name of names) {
            const childRel = rel === '.' ? name : `${rel}/${name}`;
            if (seen.has(childRel) || excludedHere(childRel))
                continue;
            const e = entryOf(external_node_path_default().join(abs, name), childRel);
            if (!e) {
                skipped.push(childRel);
                continue;
            }
            seen.add(childRel);
            entries.push(e);
            if (e.type === 'dir')
                walkDir(childRel);
        }
    }
    for (const root of roots) {
        if (root === '.') {
            if ((0,external_node_fs_.lstatSync)(base, { throwIfNoEntry: false })?.isDirectory())
                walkDir('.');
            else
                missingRoots.push(root);
            continue;
        }
        if (isExcluded(root) || seen.has(root))
            continue;
        // Ancestors of a nested root are recorded as dirs so modes survive, without their other children.
        const parts = root.split('/');
        for (let i = 1; i < parts.length; i++) {
            const anc = parts.slice(0, i).join('/');
            if (seen.has(anc))
                continue;
            const e = entryOf(external_node_path_default().join(base, anc), anc);
            if (e?.type !== 'dir')
                break;
            seen.add(anc);
            entries.push(e);
        }
        const e = entryOf(external_node_path_default().join(base, root), root);
        if (!e) {
            missingRoots.push(root);
            continue;
        }
        seen.add(root);
        entries.push(e);
        if (e.type === 'dir')
            walkDir(root);
    }
    return Promise.resolve({ entries, missingRoots, skipped });
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

;// CONCATENATED MODULE: ./src/adapters/checkpoint/save.ts
/**
 * Saving a checkpoint: scan, decide what to store (everything, or what changed since the parent), then
 * stream tar -> zstd -> store in one pass. Each stored file is read once; its sha256 is computed from the
 * same bytes that go into the archive. Compression runs in its own process on all cores while node
 * reads, hashes and tars; small files are read with one synchronous call each (like tar), big ones
 * are streamed in 1 MiB reads.
 */













const SMALL_FILE = 512 * 1024;
const CHUNK = 256 * 1024;
const SLAB = 4 * 1024 * 1024;
/**
 * Small files are read into consecutive slices of a shared slab: one allocation per few MiB instead of
 * one ArrayBuffer per file (tens of thousands of them kept the GC busy and the RSS high). A slice stays
 * valid after the slab is replaced; the old slab is freed once the archive stream has consumed its slices.
 */
class Slab {
    buf = Buffer.allocUnsafeSlow(SLAB);
    used = 0;
    take(n) {
        if (n > this.buf.length - this.used) {
            this.buf = Buffer.allocUnsafeSlow(Math.max(SLAB, n));
            this.used = 0;
        }
        const slice = this.buf.subarray(this.used, this.used + n);
        this.used += n;
        return slice;
    }
}
/**
 * Gathers the tar stream's small pieces (a 512-byte header, a small body, its padding) into writes of
 * up to 512 KiB: one pipe write to the compressor per batch instead of about three per file (the
 * syscalls and per-write overhead cost more than the copy). Large pieces pass through uncopied.
 */
class Coalesce extends external_node_stream_.Transform {
    parts = [];
    size = 0;
    constructor() {
        super({ highWaterMark: 1 << 20 });
    }
    _transform(chunk, _enc, cb) {
        if (chunk.length >= 64 * 1024) {
            this.release();
            this.push(chunk);
        }
        else {
            this.parts.push(chunk);
            this.size += chunk.length;
            if (this.size >= 512 * 1024)
                this.release();
        }
        cb();
    }
    _flush(cb) {
        this.release();
        cb();
    }
    release() {
        if (this.size === 0)
            return;
        this.push(this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.size));
        this.parts = [];
        this.size = 0;
    }
}
/** Reads a whole small file synchronously (one pool round trip per file would cost more than the read). */
function readSmallFile(abs, slab) {
    const fd = (0,external_node_fs_.openSync)(abs, 'r');
    try {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        const buf = slab.take(size);
        let off = 0;
        while (off < size) {
            const n = (0,external_node_fs_.readSync)(fd, buf, off, size - off, null);
            if (n === 0)
                break;
            off += n;
        }
        return off === size ? buf : buf.subarray(0, off);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function write(sink, chunk) {
    return new Promise((resolve, reject) => {
        if (sink.write(chunk))
            resolve();
        else {
            const onDrain = () => (sink.off('error', reject), resolve());
            sink.once('drain', onDrain);
            sink.once('error', reject);
        }
    });
}
function entryDone(pack, header, body) {
    let sink;
    const done = new Promise((resolve, reject) => {
        const cb = (error) => (error ? reject(error) : resolve());
        sink = body === undefined ? pack.entry(header, cb) : pack.entry(header, body, cb);
    });
    return { sink, done };
}
/** Streams one big file into its tar entry in 1 MiB reads, hashing as it goes. */
async function packLargeFile(pack, abs, entry, mtime) {
    const fh = await (0,promises_.open)(abs, 'r');
    try {
        const size = (await fh.stat()).size;
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const { sink, done } = entryDone(pack, { name: entry.path, type: 'file', mode: entry.mode, size, mtime });
        let left = size;
        while (left > 0) {
            const buf = Buffer.allocUnsafe(Math.min(CHUNK, left));
            const { bytesRead } = await fh.read(buf, 0, buf.length, null);
            if (bytesRead === 0) {
                sink.destroy();
                throw new Error(`'${entry.path}' shrank while it was being checkpointed`);
            }
            const chunk = bytesRead === buf.length ? buf : buf.subarray(0, bytesRead);
            hash.update(chunk);
            left -= bytesRead;
            await write(sink, chunk);
        }
        sink.end(null);
        await done;
        entry.size = size;
        entry.sha256 = hash.digest('hex');
    }
    finally {
        await fh.close();
    }
}
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: CHUNK }))
        hash.update(chunk);
    return hash.digest('hex');
}
/** Runs `fn` over `items` with at most `limit` in flight. */
async function forEachLimit(items, limit, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await fn(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
/** Loads a parent manifest, from the local cache first. */
async function loadManifest(store, id, cacheDir) {
    if (cacheDir) {
        const file = external_node_path_default().join(cacheDir, `${id}.manifest.json`);
        const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
        if (text !== undefined)
            return (0,checkpoint/* parseManifest */.Ng)(text, file);
    }
    return store.getManifest(id);
}
async function cacheManifest(cacheDir, manifest) {
    if (!cacheDir)
        return;
    await (0,promises_.mkdir)(cacheDir, { recursive: true });
    await (0,promises_.writeFile)(external_node_path_default().join(cacheDir, `${manifest.id}.manifest.json`), JSON.stringify(manifest));
}
/**
 * Saves one checkpoint. Throws on failure; callers decide the policy (the actions only warn, since a
 * checkpoint must never break the job).
 */
async function saveCheckpoint(opts) {
    const t0 = Date.now();
    const workspace = external_node_path_default().resolve(opts.workspace);
    const roots = [
        ...new Set(opts.paths.map((p) => {
            try {
                return (0,checkpoint/* safeEntryPath */.FB)(p, { allowRoot: true });
            }
            catch (error) {
                throw new errors/* UserError */.y(`Checkpoint path '${p}' must be relative to the workspace and stay inside it (${(0,errors/* errorMessage */.g)(error)}).`);
            }
        })),
    ];
    if (roots.length === 0)
        throw new errors/* UserError */.y("No paths to checkpoint: set 'paths' (for example '.' or 'dist node_modules').");
    const exclude = [...(opts.exclude ?? DEFAULT_EXCLUDE)];
    // A local store inside the workspace must not checkpoint itself.
    if (opts.store instanceof checkpoint_store/* DirStore */.VW) {
        const rel = external_node_path_default().relative(workspace, opts.store.dir).split((external_node_path_default()).sep).join('/');
        if (rel && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) && !exclude.includes(rel))
            exclude.push(rel);
    }
    let parent;
    if (opts.parent !== undefined && !opts.full) {
        if (typeof opts.parent === 'string') {
            try {
                parent = await loadManifest(opts.store, opts.parent, opts.manifestCache);
            }
            catch (error) {
                opts.logger?.warning(`Parent checkpoint '${opts.parent}' is unavailable (${(0,errors/* errorMessage */.g)(error)}); saving a full checkpoint.`);
            }
        }
        else
            parent = opts.parent;
        // A parent over other roots cannot describe this tree.
        if (parent && parent.paths.join('\n') !== roots.join('\n'))
            parent = undefined;
    }
    const scanStartedMs = Date.now();
    const scan = await scanTree(workspace, roots, exclude);
    for (const root of scan.missingRoots)
        opts.logger?.warning(`Checkpoint path '${root}' does not exist; it is recorded as absent.`);
    const plan = (0,checkpoint/* planIncremental */.Wt)(scan.entries, parent);
    if (parent) {
        const candidates = (0,checkpoint/* rehashCandidates */.Ik)(plan, parent);
        const hashes = new Map();
        await forEachLimit(candidates, 8, async (e) => {
            const sha = await sha256File(external_node_path_default().join(workspace, e.path)).catch(() => undefined);
            if (sha)
                hashes.set(e.path, sha);
        });
        (0,checkpoint/* reuseUnchanged */.WW)(plan, parent, hashes);
    }
    const scanMs = Date.now() - t0;
    const compression = opts.compression ?? (await pickCompression());
    const file = `${opts.id}${(0,checkpoint/* archiveExtension */.yP)(compression)}`;
    const codec = compressor(compression, opts.level ?? 3);
    const pack = tar_stream.pack({ highWaterMark: 1 << 20 });
    const tap = new DigestTap();
    const feeding = (0,external_node_stream_promises_.pipeline)(pack, new Coalesce(), codec.input);
    const storing = opts.store.putArchive(file, codec.output.pipe(tap));
    codec.output.on('error', (e) => tap.destroy(e));
    // Awaited below; handlers now so an early failure is never an unhandled rejection.
    for (const p of [feeding, codec.done])
        p.catch(() => undefined);
    // Plan entries are in scan order, one per scanned entry: the scan's mtimes are found by index.
    const toStore = [];
    const mtimes = [];
    plan.entries.forEach((e, i) => {
        if (!plan.store.has(e.path))
            return;
        toStore.push(e);
        mtimes.push(scan.entries[i]?.stat?.mtimeMs ?? Date.now());
    });
    const slab = new Slab();
    let storedBytes = 0;
    const archiveStarted = Date.now();
    // A store that fails mid-way (an upload error) stops reading: without this the writes below would wait
    // on backpressure forever.
    const storeFailed = new Promise((_, reject) => void storing.catch(reject));
    const writeAll = async () => {
        for (let i = 0; i < toStore.length; i++) {
            const e = toStore[i];
            const mtime = new Date(mtimes[i]);
            if (e.type === 'dir') {
                await entryDone(pack, { name: e.path, type: 'directory', mode: e.mode, mtime }).done;
            }
            else if (e.type === 'symlink') {
                await entryDone(pack, { name: e.path, type: 'symlink', linkname: e.target, mode: e.mode, mtime })
                    .done;
            }
            else {
                if ((e.size ?? 0) <= SMALL_FILE) {
                    const body = readSmallFile(external_node_path_default().join(workspace, e.path), slab);
                    e.size = body.length;
                    e.sha256 = (0,external_node_crypto_.createHash)('sha256').update(body).digest('hex');
                    await entryDone(pack, { name: e.path, type: 'file', mode: e.mode, size: body.length, mtime }, body)
                        .done;
                }
                else {
                    await packLargeFile(pack, external_node_path_default().join(workspace, e.path), e, mtime);
                }
                e.from = opts.id;
                storedBytes += e.size ?? 0;
            }
        }
        pack.finalize();
    };
    try {
        await Promise.race([writeAll(), storeFailed]);
        await Promise.all([feeding, codec.done, storing]);
    }
    catch (error) {
        pack.destroy(error);
        codec.kill();
        await Promise.allSettled([feeding, codec.done, storing]);
        throw error;
    }
    const archiveMs = Date.now() - archiveStarted;
    let files = 0;
    let bytes = 0;
    for (const e of plan.entries) {
        if (e.type !== 'file')
            continue;
        files++;
        bytes += e.size ?? 0;
    }
    const manifest = {
        format: checkpoint/* MANIFEST_FORMAT */.Sn,
        id: opts.id,
        kind: parent ? 'incremental' : 'full',
        ...(parent ? { parent: parent.id } : {}),
        paths: roots,
        exclude,
        stage: opts.meta.stage,
        job: opts.meta.job,
        runId: opts.meta.runId,
        attempt: opts.meta.attempt,
        ...(opts.meta.lane ? { lane: opts.meta.lane } : {}),
        ...(opts.meta.commit ? { commit: opts.meta.commit } : {}),
        ...(opts.meta.branch ? { branch: opts.meta.branch } : {}),
        completedStages: opts.meta.completedStages ?? [],
        createdAt: new Date().toISOString(),
        scanStartedMs,
        timings: { scanMs, archiveMs, totalMs: Date.now() - t0 },
        entries: plan.entries,
        changed: toStore.map((e) => e.path),
        deleted: plan.deleted,
        archive: { file, compression, sha256: tap.sha256(), size: tap.bytes, entries: toStore.length },
    };
    await opts.store.putManifest(manifest);
    await cacheManifest(opts.manifestCache, manifest).catch(() => undefined);
    opts.logger?.info(`Checkpoint ${opts.id}: ${manifest.kind}, ${toStore.length} entries stored (${storedBytes} bytes of ${bytes}), archive ${tap.bytes} bytes ${compression}, ${manifest.timings.totalMs} ms.`);
    return { manifest, files, bytes, stored: toStore.length, storedBytes };
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
class RestoreError extends errors/* UserError */.y {
    name = 'RestoreError';
}
/** What is on disk under the restored roots, with hashes for files that could equal their target. */
async function currentState(dest, roots, manifest, target) {
    const scan = await scanTree(dest, roots, manifest.exclude);
    const current = (0,checkpoint/* selectPaths */.LO)(scan.entries, roots);
    await forEachLimit(current, 4, async (c) => {
        const t = target.get(c.path);
        if (c.type !== 'file' || t?.type !== 'file' || t.size !== c.size)
            return;
        const abs = external_node_path_default().join(dest, c.path);
        c.sha256 =
            (c.size ?? 0) <= SMALL_ENTRY
                ? (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(abs)).digest('hex')
                : await sha256File(abs);
    });
    return current;
}
/** Entries up to this size are verified in memory before being written. */
const SMALL_ENTRY = 1 << 20;
let umaskBits;
/** Whether open(path, 'wx', mode) yields exactly `mode` (no bits lost to the umask, no special bits). */
function openKeepsMode(mode) {
    umaskBits ??= process.umask();
    return (mode & ~0o777) === 0 && (mode & umaskBits) === 0;
}
/**
 * Writes an already verified small file to staging: open with its final mode, write, set mtime, close.
 * Synchronous on purpose: for many small files, four thread-pool round trips per file cost far more
 * than the syscalls themselves (tar -x does the same, in one thread).
 */
function writeStagedSync(staged, body, entry) {
    const direct = openKeepsMode(entry.mode);
    const fd = (0,external_node_fs_.openSync)(staged, 'wx', direct ? entry.mode : 0o600);
    try {
        let off = 0;
        while (off < body.length)
            off += (0,external_node_fs_.writeSync)(fd, body, off, body.length - off);
        if (!direct)
            (0,external_node_fs_.fchmodSync)(fd, entry.mode);
        if (entry.stat)
            (0,external_node_fs_.futimesSync)(fd, new Date(), new Date(entry.stat.mtimeMs));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Streams one archive, checking every entry, and writes the files listed in `wanted` to their staging
 * names (no staging name: hash only, for `validate`).
 */
async function extractArchive(store, archiveOf, wanted, logger) {
    const info = archiveOf.archive;
    const source = await store.getArchive(info.file);
    const tap = new DigestTap();
    const codec = decompressor(info.compression);
    const extract = tar_stream.extract();
    const feeding = (0,external_node_stream_promises_.pipeline)(source, tap, codec.input);
    const unpacking = (0,external_node_stream_promises_.pipeline)(codec.output, extract);
    // The source can fail while entries are still being read (a streamed download whose digest check
    // fails at the end): that reason wins over the truncation it causes downstream. Handlers are attached
    // now so such a failure is never an unhandled rejection.
    let sourceError;
    feeding.catch((error) => (sourceError ??= error));
    for (const p of [unpacking, codec.done])
        p.catch(() => undefined);
    const got = new Set();
    try {
        for await (const item of extract) {
            const h = item.header;
            const name = (0,checkpoint/* safeEntryPath */.FB)(h.name);
            if (h.type === 'symlink')
                (0,checkpoint/* checkLinkTarget */.yl)(name, h.linkname ?? '');
            else if (h.type === 'link')
                throw new checkpoint/* UnsafePathError */.k0(`entry '${name}' is a hard link; checkpoints never contain hard links`);
            else if (h.type !== 'file' && h.type !== 'directory' && h.type !== 'contiguous-file') {
                throw new checkpoint/* UnsafePathError */.k0(`entry '${name}' has the unexpected type '${String(h.type)}'`);
            }
            const w = h.type === 'file' || h.type === 'contiguous-file' ? wanted.get(name) : undefined;
            if (!w || got.has(name)) {
                item.resume();
                await new Promise((resolve, reject) => item.on('end', resolve).on('error', reject));
                continue;
            }
            const hash = (0,external_node_crypto_.createHash)('sha256');
            let size = 0;
            const check = () => {
                const sha = hash.digest('hex');
                if (size !== w.entry.size || sha !== w.entry.sha256) {
                    throw new RestoreError(`file '${name}' in ${info.file} does not match its manifest (size ${size} vs ${w.entry.size}, sha256 ${sha.slice(0, 12)} vs ${w.entry.sha256?.slice(0, 12)}): the checkpoint is corrupt or was tampered with`);
                }
            };
            if ((h.size ?? 0) <= SMALL_ENTRY || !w.staged) {
                // Small files: verified in memory, then written by the pool while the next entries are read.
                const chunks = [];
                for await (const chunk of item) {
                    const b = chunk;
                    hash.update(b);
                    size += b.length;
                    if (w.staged)
                        chunks.push(b);
                }
                check();
                const staged = w.staged;
                if (staged)
                    writeStagedSync(staged, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), w.entry);
            }
            else {
                item.on('data', (chunk) => {
                    if (!Buffer.isBuffer(chunk))
                        return;
                    hash.update(chunk);
                    size += chunk.length;
                });
                // Large files are written while hashed, readable only by us until verified.
                await (0,external_node_stream_promises_.pipeline)(item, (0,external_node_fs_.createWriteStream)(w.staged, { flags: 'wx', mode: 0o600, highWaterMark: 1 << 20 }));
                check();
                await (0,promises_.chmod)(w.staged, w.entry.mode);
                if (w.entry.stat)
                    await (0,promises_.utimes)(w.staged, new Date(), new Date(w.entry.stat.mtimeMs)).catch(() => undefined);
            }
            got.add(name);
        }
        await Promise.all([feeding, unpacking, codec.done]);
    }
    catch (error) {
        source.destroy();
        codec.kill();
        await Promise.allSettled([feeding, unpacking, codec.done]);
        throw sourceError instanceof errors/* UserError */.y ? sourceError : error;
    }
    if (tap.bytes !== info.size || tap.sha256() !== info.sha256) {
        throw new RestoreError(`archive ${info.file} has sha256 ${tap.sha256()} and ${tap.bytes} bytes, but its manifest says ${info.sha256} and ${info.size} bytes: it is corrupt, truncated or was tampered with`);
    }
    const missing = [...wanted.keys()].filter((p) => !got.has(p));
    if (missing.length)
        throw new RestoreError(`archive ${info.file} lacks ${missing.length} file(s) its manifest lists (first: '${missing[0]}'): it is truncated or was tampered with`);
    logger?.debug(`verified ${info.file}: ${got.size} file(s), ${info.size} bytes`);
}
/** Applies staged entries with an undo journal; on any error, undoes everything done so far. */
class Applier {
    dest;
    backup;
    journal = [];
    n = 0;
    /** Directories known to exist as real directories (created or checked). */
    dirs = new Set();
    constructor(dest, backup) {
        this.dest = dest;
        this.backup = backup;
    }
    moveAway(abs) {
        const to = external_node_path_default().join(this.backup, String(this.n++));
        (0,external_node_fs_.renameSync)(abs, to);
        this.journal.push({ kind: 'moved', from: abs, to });
    }
    /** Makes every ancestor of `rel` a real directory (an existing symlink or file there is moved away). */
    ensureParents(rel) {
        for (const a of (0,checkpoint/* ancestors */.T1)(rel)) {
            if (this.dirs.has(a))
                continue;
            const abs = external_node_path_default().join(this.dest, a);
            const st = (0,external_node_fs_.lstatSync)(abs, { throwIfNoEntry: false });
            if (!st?.isDirectory()) {
                if (st)
                    this.moveAway(abs);
                (0,external_node_fs_.mkdirSync)(abs, { mode: 0o755 });
                this.journal.push({ kind: 'placed', at: abs });
            }
            this.dirs.add(a);
        }
    }
    /** Synchronous, like the extraction of small files: one rename per file, no thread-pool round trips. */
    /**
     * Puts one entry in place. `subtree` is a staged directory holding the entry's whole new subtree (an
     * added directory): it moves with one rename. Files and symlinks are staged at their own path.
     */
    place(entry, staged, subtree) {
        this.ensureParents(entry.path);
        const abs = external_node_path_default().join(this.dest, entry.path);
        const st = (0,external_node_fs_.lstatSync)(abs, { throwIfNoEntry: false });
        if (entry.type === 'dir') {
            this.dirs.add(entry.path);
            if (st?.isDirectory())
                return; // mode fixed in finishModes
            if (st)
                this.moveAway(abs);
            if (subtree)
                (0,external_node_fs_.renameSync)(staged, abs);
            else
                (0,external_node_fs_.mkdirSync)(abs, { mode: 0o700 });
            this.journal.push({ kind: 'placed', at: abs });
            return;
        }
        if (st)
            this.moveAway(abs);
        (0,external_node_fs_.renameSync)(staged, abs);
        this.journal.push({ kind: 'placed', at: abs });
    }
    remove(rel) {
        const abs = external_node_path_default().join(this.dest, rel);
        if ((0,external_node_fs_.lstatSync)(abs, { throwIfNoEntry: false }))
            this.moveAway(abs);
    }
    /** Directory modes last (deepest first), so a read-only dir does not block its own children. */
    finishModes(dirs) {
        for (const d of [...dirs].reverse()) {
            const abs = external_node_path_default().join(this.dest, d.path);
            const mode = (0,external_node_fs_.lstatSync)(abs).mode & 0o7777;
            if (mode === d.mode)
                continue;
            this.journal.push({ kind: 'chmod', at: abs, mode });
            (0,external_node_fs_.chmodSync)(abs, d.mode);
        }
    }
    async undo() {
        for (const j of this.journal.reverse()) {
            try {
                if (j.kind === 'chmod')
                    await (0,promises_.chmod)(j.at, j.mode);
                else if (j.kind === 'placed')
                    await (0,promises_.rm)(j.at, { recursive: true, force: true });
                else
                    await (0,promises_.rename)(j.to, j.from);
            }
            catch {
                // Keep undoing the rest.
            }
        }
    }
}
async function restoreCheckpoint(opts) {
    const startedMs = Date.now();
    const dest = external_node_path_default().resolve(opts.dest);
    const manifest = typeof opts.checkpoint === 'string' ? await opts.store.getManifest(opts.checkpoint) : opts.checkpoint;
    let only;
    try {
        only = opts.paths?.length ? opts.paths.map((p) => (0,checkpoint/* safeEntryPath */.FB)(p, { allowRoot: true })) : undefined;
    }
    catch (error) {
        throw new errors/* UserError */.y(`Restore path refused: ${(0,errors/* errorMessage */.g)(error)}. Give paths relative to the workspace.`);
    }
    if (only?.includes('.'))
        only = undefined;
    const targetList = (0,checkpoint/* selectPaths */.LO)(manifest.entries, only);
    if (only && targetList.length === 0) {
        throw new errors/* UserError */.y(`None of the paths ${only.map((p) => `'${p}'`).join(', ')} is in checkpoint '${manifest.id}' (it holds: ${manifest.paths.join(', ')}).`);
    }
    const target = new Map(targetList.map((e) => [e.path, e]));
    const roots = only ?? manifest.paths;
    const current = await currentState(dest, roots, manifest, target);
    const changes = (0,checkpoint/* planRestore */.q8)(targetList, current);
    opts.logger?.debug(`restore ${manifest.id}: planned in ${Date.now() - startedMs} ms`);
    const fileEntries = targetList.filter((e) => e.type === 'file');
    const files = fileEntries.length;
    const bytes = fileEntries.reduce((n, e) => n + (e.size ?? 0), 0);
    if (opts.dryRun)
        return { manifest, changes, restored: false, files, bytes };
    await (0,promises_.mkdir)(dest, { recursive: true });
    const staging = await (0,promises_.mkdtemp)(external_node_path_default().join(dest, STAGING_PREFIX));
    const backup = external_node_path_default().join(staging, 'replaced');
    await (0,promises_.mkdir)(backup);
    try {
        // 2. Fetch and verify every needed file into staging.
        // Entries are staged at their own relative path under staging/tree, so that a directory that is new
        // as a whole (the common case: restoring dist/ or node_modules/ into a fresh checkout) moves into
        // place with a single rename instead of one per file.
        const toWrite = [...changes.added, ...changes.modified].map((p) => target.get(p));
        const added = new Set(changes.added);
        const tree = external_node_path_default().join(staging, 'tree');
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
                if (added.has(e.path))
                    stageDir(e.path);
                continue;
            }
            stageDir(external_node_path_default().posix.dirname(e.path));
            if (e.type === 'symlink')
                continue;
            const from = e.from ?? manifest.id;
            if (!byArchive.has(from))
                byArchive.set(from, new Map());
            byArchive.get(from).set(e.path, { entry: e, staged: stagedAt(e.path) });
        }
        for (const [id, wanted] of byArchive) {
            const archiveOf = id === manifest.id ? manifest : await opts.store.getManifest(id);
            await extractArchive(opts.store, archiveOf, wanted, opts.logger);
        }
        // Links were checked when the manifest was read; they are made in staging like everything else.
        for (const e of toWrite)
            if (e.type === 'symlink')
                (0,external_node_fs_.symlinkSync)(e.target, stagedAt(e.path));
        opts.logger?.debug(`restore ${manifest.id}: verified and staged at ${Date.now() - startedMs} ms`);
        // 3. Swap into place, undoably.
        const applier = new Applier(dest, backup);
        try {
            // Shallow first; below an already removed directory there is nothing left to remove.
            let removed;
            for (const p of [...changes.deleted].sort()) {
                if (removed !== undefined && p.startsWith(removed + '/'))
                    continue;
                applier.remove(p);
                removed = p;
            }
            for (const e of toWrite) {
                // Inside a new directory: already moved with it.
                if (added.has(external_node_path_default().posix.dirname(e.path)))
                    continue;
                applier.place(e, stagedAt(e.path), e.type === 'dir' && added.has(e.path));
            }
            applier.finishModes(targetList.filter((e) => e.type === 'dir'));
        }
        catch (error) {
            await applier.undo();
            throw new RestoreError(`could not put restored files in place (${(0,errors/* errorMessage */.g)(error)}); everything was put back as it was`);
        }
    }
    catch (error) {
        if (error instanceof checkpoint/* UnsafePathError */.k0)
            throw new RestoreError(`checkpoint '${manifest.id}' refused: ${error.message}; the workspace was not changed`);
        if (error instanceof RestoreError)
            throw error;
        throw new RestoreError(`checkpoint '${manifest.id}' could not be restored: ${(0,errors/* errorMessage */.g)(error)}; the workspace was not changed`);
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
    if (opts.manifestCache && !only) {
        // Record this machine's stat facts so the next incremental save reuses hashes instead of re-reading.
        const local = { ...manifest, scanStartedMs: startedMs, entries: [] };
        const scan = await scanTree(dest, manifest.paths, manifest.exclude);
        const now = new Map(scan.entries.map((s) => [s.path, s]));
        local.entries = manifest.entries.map((e) => {
            const s = now.get(e.path);
            return s?.stat ? { ...e, stat: s.stat } : { ...e, stat: undefined };
        });
        await cacheManifest(opts.manifestCache, local).catch(() => undefined);
    }
    opts.logger?.info(`Restored ${manifest.id} into ${dest}: ${changes.added.length} added, ${changes.modified.length} modified, ${changes.deleted.length} deleted, ${changes.unchanged} unchanged.`);
    return { manifest, changes, restored: true, files, bytes };
}

;// CONCATENATED MODULE: ./src/adapters/checkpoint/manage.ts
/** list, validate and cleanup over any store. */




/** Complete checkpoints (and unreadable ones, with their error), oldest first. */
async function listCheckpoints(store, filter = {}) {
    const all = await store.list();
    const keep = all.filter((c) => {
        const m = c.manifest;
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
 * The newest complete checkpoint over exactly `paths` (an incremental's default parent). Manifests are
 * read newest first and the search stops at the first match: one manifest download in the common case,
 * instead of one per checkpoint in the store.
 */
async function newestCheckpointOver(store, paths, exceptId) {
    const candidates = (await store.objects())
        .filter((o) => o.name.endsWith(checkpoint_store/* MANIFEST_SUFFIX */.OK) && !(0,checkpoint/* isRollbackRecord */.G6)(o.name))
        .map((o) => ({ id: o.name.slice(0, -checkpoint_store/* MANIFEST_SUFFIX */.OK.length), at: o.createdAt?.getTime() ?? 0 }))
        .filter((c) => c.id !== exceptId)
        .sort((a, b) => b.at - a.at || b.id.localeCompare(a.id));
    for (const c of candidates) {
        const m = await store.getManifest(c.id).catch(() => undefined);
        if (m && m.paths.join('\n') === paths.join('\n'))
            return c.id;
    }
    return undefined;
}
/**
 * Reads every archive the checkpoint needs, end to end, and checks each entry's path safety, each
 * file's size and sha256 and each archive's digest, without writing anything.
 */
async function validateCheckpoint(store, id, logger) {
    const problems = [];
    let manifest;
    try {
        manifest = await store.getManifest(id);
    }
    catch (error) {
        return { id, ok: false, problems: [(0,errors/* errorMessage */.g)(error)], archives: [], files: 0, bytes: 0 };
    }
    const byArchive = new Map();
    for (const e of manifest.entries) {
        if (e.type !== 'file' || !e.from)
            continue;
        if (!byArchive.has(e.from))
            byArchive.set(e.from, new Map());
        byArchive.get(e.from).set(e.path, { entry: e });
    }
    const archives = [];
    for (const archiveId of (0,checkpoint/* archivesNeeded */.jq)(manifest)) {
        try {
            const of = archiveId === manifest.id ? manifest : await store.getManifest(archiveId);
            archives.push(of.archive.file);
            await extractArchive(store, of, byArchive.get(archiveId), logger);
        }
        catch (error) {
            problems.push((0,errors/* errorMessage */.g)(error));
        }
    }
    // An archive with no file still in use (a checkpoint of only deletions) is verified on its own.
    if (!byArchive.has(manifest.id)) {
        try {
            archives.push(manifest.archive.file);
            await extractArchive(store, manifest, new Map(), logger);
        }
        catch (error) {
            problems.push((0,errors/* errorMessage */.g)(error));
        }
    }
    const { files, bytes } = (0,checkpoint/* manifestStats */.P2)(manifest);
    return { id, ok: problems.length === 0, problems, archives, files, bytes };
}
/**
 * Deletes checkpoints older than the retention, except those whose archives a younger checkpoint still
 * needs (incremental chains stay restorable), and never anything named like a rollback record.
 */
async function cleanupCheckpoints(store, opts) {
    const cutoff = (opts.now ?? new Date()).getTime() - opts.retentionDays * 86_400_000;
    const all = await store.list();
    const expired = (c) => (c.createdAt?.getTime() ?? Infinity) < cutoff;
    const needed = new Set();
    for (const c of all)
        if (c.manifest && !expired(c))
            for (const id of (0,checkpoint/* archivesNeeded */.jq)(c.manifest))
                needed.add(id);
    const result = { deleted: [], leftovers: [], keptForChain: [] };
    const known = new Set(all.map((c) => c.id));
    for (const c of all) {
        if (!expired(c) || (0,checkpoint/* isRollbackRecord */.G6)(c.id))
            continue;
        if (needed.has(c.id)) {
            result.keptForChain.push(c.id);
            continue;
        }
        result.deleted.push(c.id);
        if (opts.dryRun)
            continue;
        if (c.manifest)
            await store.removeObject(c.manifest.archive.file);
        await store.removeObject(`${c.id}${checkpoint_store/* MANIFEST_SUFFIX */.OK}`);
    }
    // Archives whose manifest never got written (a save that died) also expire.
    for (const o of await store.objects()) {
        if ((0,checkpoint/* isRollbackRecord */.G6)(o.name) || !/\.tar\.(zst|gz)$/.test(o.name))
            continue;
        const id = o.name.replace(/\.tar\.(zst|gz)$/, '');
        if (known.has(id) || !expired(o) || needed.has(id))
            continue;
        result.leftovers.push(o.name);
        if (!opts.dryRun)
            await store.removeObject(o.name);
    }
    opts.logger?.info(`cleanup: ${result.deleted.length} expired checkpoint(s), ${result.leftovers.length} leftover(s) removed${opts.dryRun ? ' (dry run)' : ''}.`);
    return result;
}

// EXTERNAL MODULE: ./src/adapters/runner.ts
var runner = __webpack_require__(85512);
// EXTERNAL MODULE: ./src/core/state-keys.ts
var state_keys = __webpack_require__(80095);
;// CONCATENATED MODULE: ./src/adapters/checkpoint/job.ts
/**
 * Checkpoints inside a job: the names, parent chain and context that the `checkpoint/` and `restore/`
 * sub-actions (and `run/`) share, all taken from the runner's environment.
 */







const LAST_CHECKPOINT_ENV = 'CI_RECOVERY_LAST_CHECKPOINT';
/** Where this job keeps the manifests it saved or restored (RUNNER_TEMP is per job). */
function defaultManifestCache(env = process.env) {
    return env.RUNNER_TEMP ? external_node_path_default().join(env.RUNNER_TEMP, 'ci-recovery', 'checkpoints') : undefined;
}
function jobContext(env = process.env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const lane = env.CI_RECOVERY_LANE;
    return {
        job: env.GITHUB_JOB || 'job',
        runId: env.GITHUB_RUN_ID || 'local',
        attempt: Number(env.GITHUB_RUN_ATTEMPT) || 1,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        ...(env.GITHUB_SHA ? { commit: env.GITHUB_SHA } : {}),
        ...(env.GITHUB_REF_NAME ? { branch: env.GITHUB_REF_NAME } : {}),
        ...(lane === 'DOCS' || lane === 'STANDARD' || lane === 'HEAVY' ? { lane } : {}),
        completedStages: (0,state_keys/* parseStages */.lj)(env[state_keys/* COMPLETED_STAGES_ENV */.Q3]),
        ...(env[LAST_CHECKPOINT_ENV] ? { lastCheckpoint: env[LAST_CHECKPOINT_ENV] } : {}),
        ...(owner && repo ? { owner, repo } : {}),
    };
}
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
/** Next free sequence number in this job: one more than the manifests this job has saved or restored. */
async function nextSeq(cacheDir) {
    if (!cacheDir)
        return Date.now() % 1000;
    const names = await (0,promises_.readdir)(cacheDir).catch(() => []);
    return names.filter((n) => n.endsWith('.manifest.json')).length + 1;
}
/**
 * Saves a checkpoint of the job's workspace, incremental against the job's last one, and records it as
 * the new last one (GITHUB_ENV), so the next checkpoint of this job chains onto it.
 */
async function checkpointStage(opts) {
    const { ctx } = opts;
    const manifestCache = defaultManifestCache();
    const id = opts.name ?? (0,checkpoint/* checkpointId */.g)(ctx.job, opts.stage, ctx.attempt, await nextSeq(manifestCache));
    const result = await saveCheckpoint({
        store: opts.store,
        workspace: ctx.workspace,
        paths: opts.paths,
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
        ...(ctx.lastCheckpoint ? { parent: ctx.lastCheckpoint } : {}),
        full: opts.full === true,
        ...(opts.exclude ? { exclude: opts.exclude } : {}),
        ...(manifestCache ? { manifestCache } : {}),
        logger: opts.logger,
    });
    // In a job, later steps chain onto this one; the CLI just keeps it for this process.
    if (process.env.GITHUB_ENV)
        runner/* runner */.l.exportVariable(LAST_CHECKPOINT_ENV, id);
    else
        process.env[LAST_CHECKPOINT_ENV] = id;
    return result;
}
/** The newest checkpoint of this job in this run (any attempt), for a restore with no name. */
function newestOfJob(items, ctx) {
    return items
        .map((c) => c.manifest)
        .filter((m) => !!m && m.job === ctx.job && m.runId === ctx.runId)
        .sort((a, b) => a.attempt - b.attempt || a.createdAt.localeCompare(b.createdAt))
        .at(-1);
}

;// CONCATENATED MODULE: ./src/adapters/checkpoint/resume.ts
/** The root action's resume on a re-run attempt: restore the newest good checkpoint of an earlier attempt. */




/**
 * Tries the checkpoints of attempt-1 first (newest first), then older attempts, and restores the first one
 * that verifies. A refused candidate leaves the workspace untouched, so the next one starts clean.
 */
async function resumeFromPreviousAttempt(opts) {
    if (opts.attempt <= 1)
        return { resumed: false, completedStages: [] };
    const all = await listCheckpoints(opts.store, { job: opts.job, runId: opts.runId });
    const candidates = all
        .filter((c) => c.manifest && c.manifest.attempt < opts.attempt)
        .sort((a, b) => b.manifest.attempt - a.manifest.attempt ||
        (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
    const problems = [];
    const manifestCache = opts.manifestCache ?? defaultManifestCache();
    for (const c of candidates) {
        try {
            const r = await restoreCheckpoint({
                store: opts.store,
                checkpoint: c.manifest,
                dest: opts.workspace,
                logger: opts.logger,
                ...(manifestCache ? { manifestCache } : {}),
            });
            opts.logger.info(`Resumed from checkpoint ${c.id} (attempt ${r.manifest.attempt}, stage '${r.manifest.stage}'); completed stages: ${r.manifest.completedStages.join(', ') || 'none'}.`);
            return {
                resumed: true,
                resumeFrom: c.id,
                completedStages: r.manifest.completedStages,
                ...(problems.length ? { problems } : {}),
            };
        }
        catch (error) {
            problems.push(`${c.id}: ${(0,errors/* errorMessage */.g)(error)}`);
            opts.logger.warning(`Checkpoint ${c.id} cannot be resumed from: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    if (candidates.length === 0)
        opts.logger.info(`No checkpoint of an earlier attempt of job '${opts.job}' in run ${opts.runId}: starting from scratch.`);
    return { resumed: false, completedStages: [], ...(problems.length ? { problems } : {}) };
}

;// CONCATENATED MODULE: ./src/adapters/checkpoint/index.ts
/**
 * Checkpoint API used by the actions, the CLI and the root action's resume:
 * `openStore`, `saveCheckpoint`, `restoreCheckpoint`, `listCheckpoints`, `validateCheckpoint`,
 * `cleanupCheckpoints`, `resumeFromPreviousAttempt`, and the in-job helpers (`checkpointStage`, ...).
 */










/***/ }),

/***/ 47498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ MANIFEST_SUFFIX),
/* harmony export */   VW: () => (/* binding */ DirStore),
/* harmony export */   m_: () => (/* binding */ NotFoundError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60886);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/**
 * Where checkpoints live. A checkpoint is two objects: the archive `<id>.tar.zst` (or `.tar.gz`) and the
 * manifest `<id>.manifest.json`, written last. Keeping the manifest apart lets `list`, `cleanup` and the
 * incremental parent lookup read a few kilobytes instead of whole archives, lets the manifest carry the
 * archive's own digest and size, and makes it the commit marker: an archive without a manifest is an
 * unfinished save and is never restored.
 */






const MANIFEST_SUFFIX = '.manifest.json';
/** A checkpoint or archive the store does not have. */
class NotFoundError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y {
    name = 'NotFoundError';
}
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
    /** Write to a temp name and rename, so a crash never leaves a half object under a real name. */
    async atomicWrite(name, write) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.dir, { recursive: true });
        const tmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `.${name}.partial-${process.pid}-${Date.now()}`);
        try {
            await write(tmp);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, this.file(name));
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
            throw error;
        }
    }
    async putArchive(file, data) {
        await this.atomicWrite(file, (tmp) => (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(data, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(tmp, { highWaterMark: 1 << 20 })));
    }
    async putManifest(manifest) {
        const name = `${manifest.id}${MANIFEST_SUFFIX}`;
        await this.atomicWrite(name, (tmp) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, JSON.stringify(manifest)));
    }
    async getArchive(file) {
        const p = this.file(file);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(p);
        }
        catch {
            throw new NotFoundError(`checkpoint archive '${file}' is missing from ${this.spec}`);
        }
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(p, { highWaterMark: 1 << 20 });
    }
    async getManifest(id) {
        const p = this.file(`${id}${MANIFEST_SUFFIX}`);
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(p, 'utf8');
        }
        catch {
            throw new NotFoundError(`no checkpoint named '${id}' in ${this.spec} (run 'ci-recovery list --store ${this.spec}' to see the names)`);
        }
        return (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .Ng)(text, p);
    }
    async list() {
        const out = [];
        for (const o of await this.objects()) {
            if (!o.name.endsWith(MANIFEST_SUFFIX) || (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_4__/* .isRollbackRecord */ .G6)(o.name))
                continue;
            const id = o.name.slice(0, -MANIFEST_SUFFIX.length);
            try {
                const manifest = await this.getManifest(id);
                out.push({ id, manifest, createdAt: new Date(manifest.createdAt) });
            }
            catch (error) {
                out.push({ id, error: error.message, createdAt: o.createdAt });
            }
        }
        return out;
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

/***/ 60886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sn: () => (/* reexport */ MANIFEST_FORMAT),
  k0: () => (/* reexport */ UnsafePathError),
  T1: () => (/* reexport */ ancestors),
  yP: () => (/* reexport */ archiveExtension),
  jq: () => (/* reexport */ archivesNeeded),
  yl: () => (/* reexport */ checkLinkTarget),
  g: () => (/* reexport */ checkpointId),
  G6: () => (/* reexport */ isRollbackRecord),
  Al: () => (/* reexport */ isValidId),
  P2: () => (/* reexport */ manifestStats),
  Ng: () => (/* reexport */ parseManifest),
  Wt: () => (/* reexport */ planIncremental),
  q8: () => (/* reexport */ planRestore),
  Ik: () => (/* reexport */ rehashCandidates),
  WW: () => (/* reexport */ reuseUnchanged),
  FB: () => (/* reexport */ safeEntryPath),
  LO: () => (/* reexport */ selectPaths)
});

// UNUSED EXPORTS: ManifestError, RACY_SLACK_MS, idPart, isUnder, sameEntry

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/checkpoint/paths.ts
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
/**
 * Refuses a symlink whose target leaves the root: absolute targets, and relative ones that climb above
 * the root when resolved from the link's directory.
 */
function checkLinkTarget(linkPath, target) {
    if (target === '' || target.includes('\0'))
        throw new UnsafePathError(`symlink '${linkPath}' has an empty or invalid target`);
    if (external_node_path_default().posix.isAbsolute(target)) {
        throw new UnsafePathError(`symlink '${linkPath}' points to the absolute path '${target}', outside the workspace`);
    }
    const resolved = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(linkPath), target));
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

;// CONCATENATED MODULE: ./src/core/checkpoint/manifest.ts

const MANIFEST_FORMAT = 'ci-recovery-checkpoint/1';
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
/** The id used by the actions: `ci-recovery-ckpt-<job>-<stage>-a<attempt>-<seq>`. */
function checkpointId(job, stage, attempt, seq) {
    return `ci-recovery-ckpt-${idPart(job)}-${idPart(stage)}-a${attempt}-${String(seq).padStart(3, '0')}`;
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
/**
 * Parses and checks a manifest read from a store. A manifest is untrusted: every path and link target
 * goes through the path-safety checks, hashes must look like sha256, and no entry may sit below a symlink.
 */
function parseManifest(text, where) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        fail(where, `not valid JSON (${error.message})`);
    }
    if (!isRecord(raw))
        fail(where, 'not a JSON object');
    if (raw.format !== MANIFEST_FORMAT)
        fail(where, `unknown format '${String(raw.format)}', expected '${MANIFEST_FORMAT}'`);
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
    num(archive, 'size', where);
    const file = str(archive, 'file', where);
    if (file !== `${id}${archiveExtension(archive.compression)}`)
        fail(where, `'archive.file' must be '${id}${archiveExtension(archive.compression)}'`);
    if (!Array.isArray(raw.entries))
        fail(where, "'entries' must be a list");
    const seen = new Set();
    const links = new Set();
    for (const [i, e] of raw.entries.entries()) {
        const at = `${where}: entries[${i}]`;
        if (!isRecord(e))
            fail(at, 'not an object');
        let p;
        try {
            p = safeEntryPath(str(e, 'path', at));
            if (p !== e.path)
                throw new UnsafePathError(`entry '${String(e.path)}' is not in normal form`);
            if (e.type === 'symlink')
                checkLinkTarget(p, str(e, 'target', at));
        }
        catch (error) {
            if (error instanceof UnsafePathError)
                fail(at, error.message);
            throw error;
        }
        if (seen.has(p))
            fail(at, `duplicate entry '${p}'`);
        seen.add(p);
        const mode = num(e, 'mode', at);
        if (!Number.isInteger(mode) || mode > 0o7777)
            fail(at, "'mode' must be permission bits");
        if (e.type === 'file') {
            num(e, 'size', at);
            if (!SHA256.test(String(e.sha256)))
                fail(at, "'sha256' must be a sha256 hex digest");
            const from = str(e, 'from', at);
            if (!isValidId(from))
                fail(at, `invalid 'from' id '${from}'`);
        }
        else if (e.type === 'symlink') {
            links.add(p);
        }
        else if (e.type !== 'dir') {
            fail(at, `unexpected type '${String(e.type)}'`);
        }
    }
    for (const p of seen) {
        for (const a of ancestors(p))
            if (links.has(a))
                fail(where, `entry '${p}' lies below the symlink '${a}'`);
    }
    for (const k of ['paths', 'exclude', 'completedStages', 'changed', 'deleted'])
        strList(raw, k, where);
    str(raw, 'stage', where);
    str(raw, 'job', where);
    str(raw, 'runId', where);
    num(raw, 'attempt', where);
    str(raw, 'createdAt', where);
    if (raw.parent !== undefined && (typeof raw.parent !== 'string' || !isValidId(raw.parent)))
        fail(where, "'parent' must be a checkpoint id");
    return raw;
}
function archiveExtension(compression) {
    return compression === 'zstd' ? '.tar.zst' : '.tar.gz';
}

;// CONCATENATED MODULE: ./src/core/checkpoint/diff.ts

/**
 * Filesystems with coarse timestamps can report an mtime a little before a write that raced the scan;
 * like git's "racily clean" rule, a file whose mtime is this close to the parent's scan is re-read.
 */
const RACY_SLACK_MS = 2000;
function sameStat(a, b) {
    return !!a && !!b && a.mtimeMs === b.mtimeMs && a.ino === b.ino && a.dev === b.dev;
}
/**
 * Decides per entry whether it can be taken from the parent. A file is reused without reading it only
 * when type, mode, size and stat facts (mtime, inode, device) all equal the parent's, and its mtime is
 * safely older than the parent's scan; anything else is read, hashed and stored again. With no parent
 * (a full checkpoint) everything is stored.
 */
function planIncremental(scanned, parent) {
    const before = new Map();
    for (const e of parent?.entries ?? [])
        before.set(e.path, e);
    const store = new Set();
    const entries = [];
    for (const s of scanned) {
        const old = before.get(s.path);
        const entry = { path: s.path, type: s.type, mode: s.mode };
        if (s.type === 'file') {
            entry.size = s.size ?? 0;
            if (s.stat)
                entry.stat = s.stat;
            const reusable = parent !== undefined &&
                old?.type === 'file' &&
                old.mode === s.mode &&
                old.size === s.size &&
                old.sha256 !== undefined &&
                old.from !== undefined &&
                sameStat(old.stat, s.stat) &&
                s.stat !== undefined &&
                s.stat.mtimeMs < parent.scanStartedMs - RACY_SLACK_MS;
            if (reusable) {
                entry.sha256 = old.sha256;
                entry.from = old.from;
            }
            else {
                store.add(s.path);
            }
        }
        else if (s.type === 'symlink') {
            entry.target = s.target ?? '';
            if (!(old?.type === 'symlink' && old.target === s.target))
                store.add(s.path);
        }
        else if (!(old?.type === 'dir' && old.mode === s.mode) || parent === undefined) {
            store.add(s.path);
        }
        entries.push(entry);
    }
    const now = new Set(scanned.map((s) => s.path));
    const deleted = [...before.keys()].filter((p) => !now.has(p));
    return { entries, store, deleted };
}
/**
 * Files whose stat changed but whose size did not: worth hashing before storing, since a touched file
 * (rewritten with the same bytes by a build tool or a checkout) then costs a read instead of storage.
 */
function rehashCandidates(plan, parent) {
    if (!parent)
        return [];
    const before = new Map(parent.entries.map((e) => [e.path, e]));
    return plan.entries.filter((e) => {
        const old = before.get(e.path);
        return (e.type === 'file' &&
            plan.store.has(e.path) &&
            old?.type === 'file' &&
            old.size === e.size &&
            old.mode === e.mode);
    });
}
/** Takes back from the parent the candidates whose fresh hash equals the parent's: they are not stored. */
function reuseUnchanged(plan, parent, hashes) {
    const before = new Map(parent.entries.map((e) => [e.path, e]));
    for (const e of plan.entries) {
        const old = before.get(e.path);
        const sha = hashes.get(e.path);
        if (!sha ||
            old?.type !== 'file' ||
            old.sha256 !== sha ||
            old.mode !== e.mode ||
            old.size !== e.size ||
            !old.from)
            continue;
        e.sha256 = sha;
        e.from = old.from;
        plan.store.delete(e.path);
    }
}
/** Restricts entries to a partial restore's paths (none given: everything). */
function selectPaths(items, only) {
    if (!only || only.length === 0)
        return items;
    return items.filter((i) => only.some((root) => isUnder(i.path, root)));
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

;// CONCATENATED MODULE: ./src/core/checkpoint/index.ts





/***/ })

};
