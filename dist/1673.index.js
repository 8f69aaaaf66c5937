export const id = 1673;
export const ids = [1673,6794];
export const modules = {

/***/ 71673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ArtifactStore: () => (/* binding */ ArtifactStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18881);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74296);
/* harmony import */ var _artifact_upload_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83552);
/* harmony import */ var _artifact_list_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33454);
/* harmony import */ var _artifact_download_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2674);
/* harmony import */ var _job_env_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12461);
/* harmony import */ var _store_guard_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66794);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(47498);









class ArtifactStore {
    ctx;
    spec = 'artifact';
    clientPromise;
    cache;
    guard;
    constructor(ctx = {}) {
        this.ctx = ctx;
        this.guard = ctx.guard ?? (0,_store_guard_js__WEBPACK_IMPORTED_MODULE_6__.artifactServiceGuard)((0,_job_env_js__WEBPACK_IMPORTED_MODULE_5__/* .readJobEnv */ .l)());
    }
    client() {
        this.clientPromise ??= Promise.all(/* import() */[__webpack_require__.e(1143), __webpack_require__.e(2830), __webpack_require__.e(3745), __webpack_require__.e(2538), __webpack_require__.e(2032), __webpack_require__.e(6917)]).then(__webpack_require__.bind(__webpack_require__, 86917)).then((m) => new m.DefaultArtifactClient());
        return this.clientPromise;
    }
    findByOptions() {
        const { token, runId, owner, repo } = this.ctx;
        if (!token || !runId || !owner || !repo)
            return undefined;
        return { token, workflowRunId: Number(runId), repositoryOwner: owner, repositoryName: repo };
    }
    findBy() {
        const findBy = this.findByOptions();
        return findBy ? { findBy } : {};
    }
    /** Objects stored from now on expire no later than this (an incremental's parent's expiry). */
    notAfter;
    expiry() {
        const at = (0,_artifact_upload_js__WEBPACK_IMPORTED_MODULE_2__/* .expiryOf */ .p1)(this.ctx.retentionDays);
        return this.notAfter && this.notAfter < at ? this.notAfter : at;
    }
    expireBy(at) {
        this.notAfter = at;
    }
    async upload(name, data) {
        const { id, size, sha256 } = await this.guard.during(() => (0,_artifact_upload_js__WEBPACK_IMPORTED_MODULE_2__/* .uploadArtifactStream */ .Oh)(name, data, {
            ...(this.ctx.retentionDays ? { retentionDays: this.ctx.retentionDays } : {}),
            ...(this.notAfter ? { expiresAt: this.notAfter } : {}),
            guard: this.guard,
        }));
        this.cache = undefined;
        return { size, sha256, artifactId: id };
    }
    /** Uploads the archive while it is still being produced; resolves with the digest of what was stored. */
    async putArchive(file, data) {
        return this.upload(file, data);
    }
    async putManifest(id, bytes) {
        await this.upload(`${id}${_store_js__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_SUFFIX */ .OK}`, bytes);
    }
    /** Artifacts by name; on duplicates (the same name in two attempts) the newest wins. */
    async artifacts() {
        if (this.cache)
            return this.cache;
        let list;
        try {
            list = await this.guard.during(() => (0,_artifact_list_js__WEBPACK_IMPORTED_MODULE_3__/* .listArtifacts */ .w)(this.findByOptions(), this.guard));
        }
        catch (error) {
            if (error instanceof _store_guard_js__WEBPACK_IMPORTED_MODULE_6__/* .StoreStalledError */ .ZY)
                throw error;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .yo(`Cannot list the run's artifacts (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}). The job needs 'permissions: actions: read' and the 'github-token' input.`);
        }
        const byName = new Map();
        for (const a of list) {
            const old = byName.get(a.name);
            const at = (x) => x.createdAt?.getTime() ?? 0;
            if (!old || at(a) > at(old) || (at(a) === at(old) && a.id > old.id)) {
                byName.set(a.name, a);
            }
        }
        this.cache = byName;
        return byName;
    }
    async find(name) {
        const artifact = (await this.artifacts()).get(name);
        if (!artifact)
            throw new _store_js__WEBPACK_IMPORTED_MODULE_7__/* .NotFoundError */ .m_(`no artifact named '${name}' in this run (run 'list' to see the checkpoints)`);
        return artifact;
    }
    /**
     * Streams the archive as it downloads. The bytes are not checked here: the restore checks them against
     * the archive digest in the manifest (which is what it trusts, not the artifact's own record).
     */
    async getArchive(file) {
        const artifact = await this.find(file);
        // Watched until the stream closes: the download goes on while the restore reads it.
        const release = this.guard.hold();
        try {
            const stream = await this.guard.during(() => (0,_artifact_download_js__WEBPACK_IMPORTED_MODULE_4__/* .downloadArtifactStream */ .V)(artifact, this.findByOptions(), this.guard));
            stream.once('close', release);
            return stream;
        }
        catch (error) {
            release();
            throw error;
        }
    }
    /** Reads a manifest, checked against the digest the service recorded at upload. */
    async getManifest(id) {
        const name = `${id}${_store_js__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_SUFFIX */ .OK}`;
        const artifact = await this.find(name);
        const bytes = await this.guard.during(async () => {
            const stream = await (0,_artifact_download_js__WEBPACK_IMPORTED_MODULE_4__/* .downloadArtifactStream */ .V)(artifact, this.findByOptions(), this.guard);
            const chunks = [];
            for await (const chunk of stream)
                chunks.push(chunk);
            return Buffer.concat(chunks);
        });
        if (artifact.digest && artifact.digest !== `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .yo(`artifact '${name}' does not match the digest recorded at upload: it is corrupt or was tampered with`);
        return (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifest */ .Ng)(bytes.toString('utf8'), `artifact ${name}`);
    }
    async objects() {
        return [...(await this.artifacts()).values()].map((a) => ({
            name: a.name,
            size: a.size,
            ...(a.createdAt ? { createdAt: a.createdAt } : {}),
        }));
    }
    async removeObject(name) {
        // The artifact client takes no signal: a hung delete is abandoned (the entry point ends the process).
        await this.guard.during(async () => (await this.client()).deleteArtifact(name, this.findBy()));
        this.cache = undefined;
    }
}


/***/ }),

/***/ 66794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ UNGUARDED),
/* harmony export */   Sl: () => (/* binding */ endIfStoreGaveUp),
/* harmony export */   ZY: () => (/* binding */ StoreStalledError),
/* harmony export */   _Y: () => (/* binding */ stallMsOf),
/* harmony export */   artifactServiceGuard: () => (/* binding */ artifactServiceGuard),
/* harmony export */   tl: () => (/* binding */ StoreGuard)
/* harmony export */ });
/* unused harmony exports DEFAULT_STALL_MS, stalledStores */
/* harmony import */ var _ports_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93433);

/** For transfers outside any store (a test, the CLI's one-off calls): never gives up. */
const UNGUARDED = {
    signal: new AbortController().signal,
    touch: () => undefined,
    track: () => () => undefined,
};
/** Default: one minute without a byte or an answer. */
const DEFAULT_STALL_MS = 60_000;
/** The stall limit the job set (CI_RECOVERY_STORE_STALL_SECONDS), else the default. */
function stallMsOf(env) {
    return env.storeStallSeconds ? env.storeStallSeconds * 1000 : DEFAULT_STALL_MS;
}
/** The artifact service's stall watchdog, at the job's limit. */
function artifactServiceGuard(env) {
    return new StoreGuard('the artifact service', stallMsOf(env));
}
/**
 * The store answered nothing for too long. A miss as far as a restore is concerned (nothing was found
 * that could be used, the workspace is untouched); a checkpoint warns and the job goes on.
 */
class StoreStalledError extends _ports_store_js__WEBPACK_IMPORTED_MODULE_0__/* .NotFoundError */ .m_ {
    name = 'StoreStalledError';
}
/** Stores given up on in this process: their sockets are gone, but the entry point ends the process anyway. */
const stalledStores = [];
class StoreGuard {
    what;
    stallMs;
    now;
    controller = new AbortController();
    disposers = new Set();
    busy = 0;
    last;
    timer;
    /** A wall-clock end (the phase's budget), past which a call waiting on the store gives it up too. */
    end;
    constructor(what, stallMs = DEFAULT_STALL_MS, now = Date.now) {
        this.what = what;
        this.stallMs = stallMs;
        this.now = now;
        this.last = now();
    }
    get signal() {
        return this.controller.signal;
    }
    touch() {
        this.last = this.now();
    }
    /**
     * Gives the store up at `at` (ms since the epoch) even while it makes progress, with `reason`. Only a
     * call waiting on the store is cut: a restore places files after every download, so it is never cut
     * half-way through the workspace.
     */
    endBy(at, reason) {
        this.end = { at, reason };
        return this;
    }
    track(dispose) {
        if (this.signal.aborted)
            dispose();
        this.disposers.add(dispose);
        return () => void this.disposers.delete(dispose);
    }
    /**
     * `call` under watch. Given up, it rejects with the reason at once, even if `call` cannot be cancelled
     * (then it is abandoned; `stalledStores` tells the entry point to end the process).
     */
    async during(call) {
        const release = this.hold();
        let onAbort;
        const givenUp = new Promise((_, reject) => {
            onAbort = () => reject(this.signal.reason);
            this.signal.addEventListener('abort', onAbort, { once: true });
        });
        try {
            return await Promise.race([call(), givenUp]);
        }
        catch (error) {
            throw this.signal.aborted ? this.signal.reason : error;
        }
        finally {
            if (onAbort)
                this.signal.removeEventListener('abort', onAbort);
            release();
        }
    }
    /** Watches from now until the release is called (a download stream, until it closes). */
    hold() {
        if (this.end && this.now() >= this.end.at)
            this.giveUp(this.end.reason);
        if (this.signal.aborted)
            throw this.signal.reason;
        this.busy++;
        this.touch();
        if (!this.timer) {
            // Unref'd: the watchdog alone never keeps the process alive; a hung socket does, and then it fires.
            this.timer = setInterval(() => this.check(), Math.min(1000, Math.max(50, this.stallMs / 4)));
            this.timer.unref();
        }
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            if (--this.busy === 0)
                this.stop();
        };
    }
    check() {
        if (this.busy === 0)
            return;
        const seconds = Math.round(this.stallMs / 100) / 10;
        if (this.now() - this.last >= this.stallMs)
            this.giveUp(`${this.what} answered nothing for ${seconds} s, so the checkpoint store was given up (CI_RECOVERY_STORE_STALL_SECONDS sets this limit)`);
        else if (this.end && this.now() >= this.end.at)
            this.giveUp(this.end.reason);
    }
    giveUp(reason) {
        if (this.signal.aborted)
            return;
        stalledStores.push(this.what);
        this.controller.abort(new StoreStalledError(reason));
        for (const dispose of this.disposers)
            dispose();
        this.disposers.clear();
        this.stop();
    }
    stop() {
        clearInterval(this.timer);
        this.timer = undefined;
    }
}
/**
 * After a step: a store given up may still hold a socket (a call that could not be cancelled), and with
 * it this process, which the runner waits for. Everything the step had to say is written; end here.
 */
function endIfStoreGaveUp() {
    if (stalledStores.length > 0)
        process.exit(process.exitCode ?? 0);
}


/***/ })

};
