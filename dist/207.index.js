export const id = 207;
export const ids = [207];
export const modules = {

/***/ 27790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ crashPoint)
/* harmony export */ });
/**
 * Fault injection for the crash and concurrency tests: with CI_RECOVERY_CRASH_AFTER=N in the environment,
 * the process kills itself with SIGKILL at the N-th crash point it passes (N from 1), the way a runner's
 * kill -9 or a lost machine would stop it; with CI_RECOVERY_PAUSE_AT=N it stops itself there (SIGSTOP)
 * until the test sends SIGCONT, alive and holding whatever it holds. Crash points sit between the steps a
 * save and a restore make on disk, so a test can stop them at every one of those instants, chosen by
 * counting, not by timing. Without the variables a crash point is two comparisons.
 */
const { CI_RECOVERY_CRASH_AFTER: crashAt, CI_RECOVERY_PAUSE_AT: pauseAt } = process.env;
const limit = Number(crashAt);
const pause = Number(pauseAt);
let passed = 0;
function crashPoint() {
    if (!(limit > 0 || pause > 0))
        return;
    passed++;
    if (limit > 0 && passed >= limit)
        process.kill(process.pid, 'SIGKILL');
    if (passed === pause)
        process.kill(process.pid, 'SIGSTOP');
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
/* harmony export */   RT: () => (/* binding */ ownerGone),
/* harmony export */   o: () => (/* binding */ isDebris),
/* harmony export */   qE: () => (/* binding */ ownerTag)
/* harmony export */ });
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

/***/ 47498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* reexport safe */ _ports_store_js__WEBPACK_IMPORTED_MODULE_9__.OK),
/* harmony export */   V9: () => (/* reexport safe */ _ports_store_js__WEBPACK_IMPORTED_MODULE_9__.V9),
/* harmony export */   VW: () => (/* binding */ DirStore),
/* harmony export */   m_: () => (/* reexport safe */ _ports_store_js__WEBPACK_IMPORTED_MODULE_9__.m_),
/* harmony export */   nn: () => (/* binding */ nameTaken)
/* harmony export */ });
/* unused harmony export storeFailure */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25078);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79995);
/* harmony import */ var _crash_points_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27790);
/* harmony import */ var _owner_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62756);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(65637);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(74296);
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
/** The store-wide lock (DirStore.lock): a dot name, so no listing or cleanup takes it for an object. */
const LOCK = '.ci-recovery-store.lock';
/** How long a save's commit waits for a cleanup's deletions, and the pause between looks. */
const LOCK_WAIT_MS = 120_000;
const LOCK_POLL_MS = 50;
/** What to do about a file-system error of the store's own directory. */
function storeFix(code) {
    if (code === 'ENOSPC' || code === 'EDQUOT')
        return "the store's disk is full: free space there, or choose a store on another disk";
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
        return 'choose a directory this user can write';
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EEXIST')
        return 'choose a directory that can hold files (not a file, nor under /proc or /sys)';
    return 'check the directory, or choose another store';
}
/**
 * Makes `dir` and its missing parents one level at a time. Node's `mkdir(…, { recursive: true })` never
 * returns for a path under /proc (it spins between ENOENT and EEXIST), which hung a save for good.
 */
async function makeDirs(dir) {
    const missing = [];
    for (let d = dir; !(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(d).catch(() => undefined)); d = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(d)) {
        missing.unshift(d);
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(d) === d)
            break;
    }
    for (const d of missing)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(d).catch((error) => {
            if (error.code !== 'EEXIST')
                throw error;
        });
}
/**
 * A failure of the store's own directory, said as such (which store, what it was doing, the fix), rather
 * than as a bare `ENOENT … .saving`: the user must tell a full or unwritable store from the workspace.
 */
function storeFailure(spec, doing, error) {
    const e = error;
    if (typeof e?.code !== 'string' || !e.syscall)
        return error;
    const detail = e.message.startsWith(e.code) ? e.message : `${e.code}: ${e.message}`;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .yo(`cannot ${doing} in the checkpoint store ${spec} (${detail}): ${storeFix(e.code)}.`);
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
    /**
     * Write to a temp name (owned: see owner.ts) and move it into place, so a crash never leaves a half
     * object under a real name. `commit` moves it: a rename, or a link that refuses an existing name.
     */
    async atomicWrite(name, write, commit = node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename) {
        const tmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `.${name}${PARTIAL}${(0,_owner_js__WEBPACK_IMPORTED_MODULE_7__/* .ownerTag */ .qE)()}-${Date.now()}`);
        try {
            await makeDirs(this.dir);
            await write(tmp);
            (0,_crash_points_js__WEBPACK_IMPORTED_MODULE_6__/* .crashPoint */ .u)();
            await commit(tmp, this.file(name));
            (0,_crash_points_js__WEBPACK_IMPORTED_MODULE_6__/* .crashPoint */ .u)();
        }
        catch (error) {
            // Only the store's own files: a failing compressor upstream is not the store's fault.
            const at = error.path;
            throw at === undefined || at.startsWith(this.dir)
                ? storeFailure(this.spec, `write '${name}'`, error)
                : error;
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
        await makeDirs(this.dir).catch((error) => {
            throw storeFailure(this.spec, 'make the directory', error);
        });
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `.${id}${CLAIM}`);
        for (let tries = 0; tries < 3; tries++) {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, (0,_owner_js__WEBPACK_IMPORTED_MODULE_7__/* .ownerTag */ .qE)(), { flag: 'wx' });
                (0,_crash_points_js__WEBPACK_IMPORTED_MODULE_6__/* .crashPoint */ .u)();
                return () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(file, { force: true });
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw storeFailure(this.spec, `claim the name '${id}'`, error);
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
    /**
     * The store-wide lock: the file LOCK made exclusively with its owner's tag; one left by a killed
     * process is taken over (as a claim is), one held by a live process is waited for.
     */
    async lock() {
        await makeDirs(this.dir).catch((error) => {
            throw storeFailure(this.spec, 'make the directory', error);
        });
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, LOCK);
        const until = Date.now() + LOCK_WAIT_MS;
        for (;;) {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, (0,_owner_js__WEBPACK_IMPORTED_MODULE_7__/* .ownerTag */ .qE)(), { flag: 'wx' });
                return () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(file, { force: true });
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw storeFailure(this.spec, 'lock', error);
            }
            if (await this.claimIsDebris(file)) {
                const aside = `${file}${PARTIAL}${(0,_owner_js__WEBPACK_IMPORTED_MODULE_7__/* .ownerTag */ .qE)()}-stale`;
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(file, aside).then(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(aside, { force: true }), () => undefined);
                continue;
            }
            if (Date.now() > until) {
                const holder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8').catch(() => '');
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .yo(`the checkpoint store ${this.spec} has been locked by ${holder || 'another process'} (a cleanup) for over ${LOCK_WAIT_MS / 1000} s; try again once it is done, or remove ${file} if no ci-recovery runs`);
            }
            await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
        }
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

/***/ 25078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zh: () => (/* reexport */ diff/* IncrementalPlanner */.zh),
  AR: () => (/* reexport */ LEFT_ALONE_GLOBS),
  Sn: () => (/* reexport */ MANIFEST_FORMAT),
  Sh: () => (/* reexport */ ManifestError),
  Sy: () => (/* reexport */ paths/* RESTORED_MODE_BITS */.Sy),
  th: () => (/* reexport */ paths/* STAGING_PREFIX */.th),
  k0: () => (/* reexport */ paths/* UnsafePathError */.k0),
  T1: () => (/* reexport */ paths/* ancestors */.T1),
  yP: () => (/* reexport */ archiveExtension),
  jq: () => (/* reexport */ archivesNeeded),
  m4: () => (/* reexport */ attemptInId),
  yl: () => (/* reexport */ paths/* checkLinkTarget */.yl),
  g: () => (/* reexport */ checkpointId),
  wI: () => (/* reexport */ destinationProblem),
  Gb: () => (/* reexport */ encodeManifest),
  n2: () => (/* reexport */ paths/* hasStagingName */.n2),
  is: () => (/* reexport */ isInsideDir),
  Xl: () => (/* reexport */ paths/* isNormalPath */.Xl),
  G6: () => (/* reexport */ isRollbackRecord),
  Al: () => (/* reexport */ isValidId),
  ud: () => (/* reexport */ leftAloneBy),
  Iq: () => (/* reexport */ literalGlob),
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

// UNUSED EXPORTS: RACY_SLACK_MS, idPart, isUnder, sameEntry

// EXTERNAL MODULE: ./src/core/checkpoint/outside.ts
var outside = __webpack_require__(37485);
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
    out.column(',', 'ctime', entries, (e) => (e.type === 'file' ? (e.stat?.ctimeMs ?? -1) : -1));
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
    checkedExclude(raw.exclude, where);
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
    checkStageDurations(raw.stageDurations, where);
    try {
        (0,outside/* checkedRootRecords */.GU)(raw.roots, isValidId);
    }
    catch (error) {
        fail(where, error.message);
    }
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
/** `stageDurations`, when present: an object of stage names to whole, non-negative milliseconds. */
function checkStageDurations(value, where) {
    if (value === undefined)
        return;
    if (!isRecord(value))
        fail(where, "'stageDurations' must be an object of stage -> milliseconds");
    const entries = Object.entries(value);
    if (entries.length > 200)
        fail(where, "'stageDurations' has more than 200 stages");
    for (const [stage, ms] of entries)
        if (!isCount(ms))
            fail(where, `'stageDurations.${stage.slice(0, 80)}' must be whole milliseconds`);
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
    const ctimes = local && Array.isArray(cols.ctime)
        ? column(cols, 'ctime', n, where, (v) => typeof v === 'number' && Number.isFinite(v))
        : undefined;
    return { paths: cols.path, types, modes, mtimes, sizes, shas, froms, targets, inos, devs, ctimes };
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
        if ((0,paths/* hasStagingName */.n2)(p))
            fail(at, `entry '${p}' carries the name of ci-recovery's own staging directories`);
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
        const ctime = cols.ctimes?.[i];
        const stat = inos && devs
            ? {
                mtimeMs: cols.mtimes[i],
                ino: inos[i],
                dev: devs[i],
                ctimeMs: ctime === -1 ? undefined : ctime,
            }
            : undefined;
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
/** The save's exclusions, which a restore also leaves alone: globs, so none may be empty. */
function checkedExclude(exclude, where) {
    exclude.forEach((g, i) => {
        if (g.trim() === '' || g.length > 4096)
            fail(where, `'exclude[${i}]' must be a glob of 1 to 4096 characters`);
    });
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
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/checkpoint/destination.ts
/**
 * Where a restore may write. A restore deletes what its checkpoint does not have below the roots it
 * restores, so a destination that holds more than the workspace (`..`, `/`, the home directory) would
 * delete sibling projects and the store itself. Pure: the adapter gathers the facts (real paths, what is
 * there) and this decides.
 */


/** True when `p` is `dir` or lies below it. */
function isInsideDir(p, dir) {
    if (p === dir)
        return true;
    const rel = external_node_path_default().relative(dir, p);
    return rel !== '' && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel);
}
/** Why restoring into the destination is refused, or undefined when it may go ahead. */
function destinationProblem(f, rule) {
    const named = `${rule.input} '${f.given}'${f.given === f.dest ? '' : ` (${f.dest})`}`;
    const inside = `Name a directory inside the workspace (${f.workspace}); a missing one is created`;
    if (f.state === 'not-dir')
        return `${named} is a file, not a directory: name the directory to restore into (a missing one is created).`;
    if (external_node_path_default().parse(f.dest).root === f.dest)
        return `${named} is the root of the filesystem: a restore there would delete everything the checkpoint does not have. ${inside}.`;
    if (f.dest !== f.workspace && isInsideDir(f.workspace, f.dest))
        return `${named} contains the workspace ${f.workspace}: a restore there would delete everything beside the workspace (other projects, the store). ${inside}.`;
    if (f.home && isInsideDir(f.home, f.dest))
        return `${named} is the home directory${f.home === f.dest ? '' : ` or above it (${f.home})`}: a restore there would delete everything the checkpoint does not have. ${inside}.`;
    if (f.storeDir && isInsideDir(f.dest, f.storeDir))
        return `${named} lies inside the checkpoint store ${f.storeDir}: a restore there would mix files into the store. ${inside}.`;
    if (!rule.allowOutside && f.state === 'dir' && !isInsideDir(f.dest, f.workspace))
        return `${named} is outside the workspace ${f.workspace} and not empty: a restore deletes what the checkpoint does not have there. ${inside}, or set ${rule.optIn} to restore there anyway.`;
    return undefined;
}
/** Never touched by a restore, whatever its checkpoint says: git's own data and ci-recovery's own names. */
const LEFT_ALONE_GLOBS = ['.git', '**/.git', '.ci-recovery'];
/**
 * Whether a restore leaves the path `p` (relative to its destination) alone: a `.git` at any depth,
 * `.ci-recovery`, a staging directory, and the directories in `inside` (the store, the journals, the
 * manifest cache where they lie in the destination). Decided by the restoring side: a manifest's
 * `exclude` can only add to it.
 */
function leftAloneBy(inside) {
    return (p) => p === '.git' ||
        p.startsWith('.git/') ||
        p.endsWith('/.git') ||
        p.includes('/.git/') ||
        p === '.ci-recovery' ||
        p.startsWith('.ci-recovery/') ||
        (0,paths/* hasStagingName */.n2)(p) ||
        inside.some((r) => p === r || p.startsWith(r + '/'));
}
/** A literal path as a glob that matches only it. */
function literalGlob(p) {
    return p.replace(/[\\*?[\]{}()!+@|]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/core/checkpoint/index.ts






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
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25078);
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
