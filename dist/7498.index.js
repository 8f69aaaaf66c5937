export const id = 7498;
export const ids = [7498];
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
/* harmony export */   O4: () => (/* binding */ plantedObject),
/* harmony export */   OK: () => (/* reexport safe */ _ports_store_js__WEBPACK_IMPORTED_MODULE_9__.OK),
/* harmony export */   V9: () => (/* reexport safe */ _ports_store_js__WEBPACK_IMPORTED_MODULE_9__.V9),
/* harmony export */   VW: () => (/* binding */ DirStore),
/* harmony export */   m_: () => (/* reexport safe */ _ports_store_js__WEBPACK_IMPORTED_MODULE_9__.m_),
/* harmony export */   nn: () => (/* binding */ nameTaken)
/* harmony export */ });
/* unused harmony export storeFailure */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18881);
/* harmony import */ var _crash_points_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27790);
/* harmony import */ var _owner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62756);
/* harmony import */ var _make_dirs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56849);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65637);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8175);
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

/**
 * A store object that is not a regular file: ci-recovery never writes one, so someone who can write the
 * store put it there. Nothing is read through it.
 */
function plantedObject(spec, name, what) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .yo(`'${name}' in the checkpoint store ${spec} is ${what}, which ci-recovery never writes: something else put it there. Remove it (and check who can write the store).`);
}
/** openRegularFile refused the object: not a regular file, or a link in a file's place. */
function isPlanted(error) {
    return error instanceof _regular_file_js__WEBPACK_IMPORTED_MODULE_8__/* .NotRegularFileError */ .iZ || error.code === 'ELOOP';
}
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
        const tmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `.${name}${PARTIAL}${(0,_owner_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerTag */ .qE)()}-${Date.now()}`);
        try {
            await (0,_make_dirs_js__WEBPACK_IMPORTED_MODULE_6__/* .makeDirs */ .X)(this.dir);
            await write(tmp);
            (0,_crash_points_js__WEBPACK_IMPORTED_MODULE_4__/* .crashPoint */ .u)();
            await commit(tmp, this.file(name));
            (0,_crash_points_js__WEBPACK_IMPORTED_MODULE_4__/* .crashPoint */ .u)();
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
    /**
     * Writes each chunk as it comes, hashing it on the way, and hands it back to a source that takes its
     * chunks back (the compressor's BlockOutput fills it again, instead of a fresh block each time).
     */
    async putArchive(file, data) {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let size = 0;
        await this.atomicWrite(file, async (tmp) => {
            const out = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, 'w');
            try {
                for await (const chunk of data) {
                    hash.update(chunk);
                    size += chunk.length;
                    for (let at = 0; at < chunk.length;)
                        at += (await out.write(chunk, at)).bytesWritten;
                    data.recycle?.(chunk);
                }
            }
            finally {
                await out.close();
            }
        });
        return { sha256: hash.digest('hex'), size };
    }
    /**
     * The manifest is linked into place: unlike a rename, a link never replaces a manifest that is there
     * (copied exclusively where the file system has no hard links: platform.ts).
     */
    async putManifest(id, bytes) {
        await this.atomicWrite(`${id}${_ports_store_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_SUFFIX */ .OK}`, (tmp) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, bytes), async (tmp, to) => {
            try {
                await (0,_platform_js__WEBPACK_IMPORTED_MODULE_7__/* .linkExclusive */ .jE)(tmp, to);
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
        await (0,_make_dirs_js__WEBPACK_IMPORTED_MODULE_6__/* .makeDirs */ .X)(this.dir).catch((error) => {
            throw storeFailure(this.spec, 'make the directory', error);
        });
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `.${id}${CLAIM}`);
        for (let tries = 0; tries < 3; tries++) {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, (0,_owner_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerTag */ .qE)(), { flag: 'wx' });
                (0,_crash_points_js__WEBPACK_IMPORTED_MODULE_4__/* .crashPoint */ .u)();
                return () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(file, { force: true });
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw storeFailure(this.spec, `claim the name '${id}'`, error);
            }
            if (!(await this.claimIsDebris(file)))
                break;
            // The claim of a save that was killed: taken over, moved aside first so two takers cannot both win.
            const aside = `${file}${PARTIAL}${(0,_owner_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerTag */ .qE)()}-stale`;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(file, aside).then(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(aside, { force: true }), () => undefined);
        }
        const holder = await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readRegularFile */ .XF)(file).catch(() => '');
        throw new _ports_store_js__WEBPACK_IMPORTED_MODULE_9__/* .CheckpointExistsError */ .V9(nameTaken(id, this.spec, `is being saved by ${holder || 'another process'}`));
    }
    /**
     * The store-wide lock: the file LOCK made exclusively with its owner's tag; one left by a killed
     * process is taken over (as a claim is), one held by a live process is waited for.
     */
    async lock() {
        await (0,_make_dirs_js__WEBPACK_IMPORTED_MODULE_6__/* .makeDirs */ .X)(this.dir).catch((error) => {
            throw storeFailure(this.spec, 'make the directory', error);
        });
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, LOCK);
        const until = Date.now() + LOCK_WAIT_MS;
        for (;;) {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, (0,_owner_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerTag */ .qE)(), { flag: 'wx' });
                return () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(file, { force: true });
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw storeFailure(this.spec, 'lock', error);
            }
            if (await this.claimIsDebris(file)) {
                const aside = `${file}${PARTIAL}${(0,_owner_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerTag */ .qE)()}-stale`;
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(file, aside).then(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(aside, { force: true }), () => undefined);
                continue;
            }
            if (Date.now() > until) {
                const holder = await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readRegularFile */ .XF)(file).catch(() => '');
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .yo(`the checkpoint store ${this.spec} has been locked by ${holder || 'another process'} (a cleanup) for over ${LOCK_WAIT_MS / 1000} s; try again once it is done, or remove ${file} if no ci-recovery runs`);
            }
            await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
        }
    }
    async claimIsDebris(file) {
        let holder = '';
        try {
            holder = await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readRegularFile */ .XF)(file);
        }
        catch (error) {
            // A claim or lock is only ever a regular file: anything else (a planted FIFO, a link) is no one's.
            if (isPlanted(error))
                return true;
        }
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file).catch(() => undefined);
        return st !== undefined && (0,_owner_js__WEBPACK_IMPORTED_MODULE_5__/* .isDebris */ .o)(holder, st.mtimeMs);
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
                if ((0,_owner_js__WEBPACK_IMPORTED_MODULE_5__/* .isDebris */ .o)(name, st.mtimeMs))
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
    /** The error for an object that open refused as not ours (not a regular file, a link); else undefined. */
    planted(error, name) {
        if (!isPlanted(error))
            return undefined;
        const link = error.code === 'ELOOP';
        return plantedObject(this.spec, name, link ? 'a symbolic link' : 'not a regular file');
    }
    async getArchive(file) {
        const p = this.file(file);
        const handle = await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_8__/* .openRegularFile */ .ZU)(p).catch((error) => {
            throw (this.planted(error, file) ??
                new _ports_store_js__WEBPACK_IMPORTED_MODULE_9__/* .NotFoundError */ .m_(`checkpoint archive '${file}' is missing from ${this.spec}`));
        });
        return handle.createReadStream({ highWaterMark: 1 << 20 });
    }
    async getManifest(id) {
        const name = `${id}${_ports_store_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_SUFFIX */ .OK}`;
        const p = this.file(name);
        const text = await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readRegularFile */ .XF)(p).catch((error) => {
            throw (this.planted(error, name) ??
                new _ports_store_js__WEBPACK_IMPORTED_MODULE_9__/* .NotFoundError */ .m_(`no checkpoint named '${id}' in ${this.spec} (run 'ci-recovery list --store ${this.spec}' to see the names)`));
        });
        return (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .Ng)(text, p);
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

/***/ 56849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ makeDirs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Makes a directory and its missing parents one level at a time. Node's `mkdir(…, { recursive: true })`
 * never returns for a path under /proc (it spins between ENOENT and EEXIST at full CPU), which hung a save
 * and a `restore --dest /proc/x` for good; one level at a time, such a path fails with ENOENT.
 */


async function makeDirs(dir) {
    const missing = [];
    for (let d = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir); !(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(d).catch(() => undefined)); d = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(d)) {
        missing.unshift(d);
        if (node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(d) === d)
            break;
    }
    for (const d of missing)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(d).catch((error) => {
            if (error.code !== 'EEXIST')
                throw error;
        });
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


/***/ })

};
