export const id = 9107;
export const ids = [9107];
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

/***/ 61737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ArtifactStore: () => (/* binding */ ArtifactStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59062);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _artifact_protocol_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58098);
/* harmony import */ var _artifact_list_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85214);
/* harmony import */ var _artifact_download_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90338);
/* harmony import */ var _runner_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(13302);
/* harmony import */ var _store_guard_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9498);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(66906);









/**
 * The upload half (and its block blobs), loaded at the first upload: a restore only downloads, and never
 * compiles it (~31 KB of a one-file restore's ~660 KB before its first request).
 */
const uploadHalf = () => __webpack_require__.e(/* import() */ 8080).then(__webpack_require__.bind(__webpack_require__, 28080));
/** A checkpoint's archive file: its id, then the archive's extension (archiveExtension). */
const ARCHIVE_FILE = /^(.+)\.tar\.(?:zst|gz)$/;
class ArtifactStore {
    ctx;
    spec = 'artifact';
    clientPromise;
    cache;
    guard;
    constructor(ctx = {}) {
        this.ctx = ctx;
        this.guard = ctx.guard ?? (0,_store_guard_js__WEBPACK_IMPORTED_MODULE_7__.artifactServiceGuard)((0,_runner_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_6__/* .readJobEnv */ .l)());
    }
    client() {
        this.clientPromise ??= Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(5824), __webpack_require__.e(2301), __webpack_require__.e(3665), __webpack_require__.e(4620), __webpack_require__.e(6917), __webpack_require__.e(2372)]).then(__webpack_require__.bind(__webpack_require__, 86917)).then((m) => new m.DefaultArtifactClient());
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
        const at = (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .expiryOf */ .p1)(this.ctx.retentionDays);
        return this.notAfter && this.notAfter < at ? this.notAfter : at;
    }
    expireBy(at) {
        this.notAfter = at;
    }
    uploadOptions() {
        return {
            ...(this.ctx.retentionDays ? { retentionDays: this.ctx.retentionDays } : {}),
            ...(this.notAfter ? { expiresAt: this.notAfter } : {}),
            guard: this.guard,
        };
    }
    async upload(name, data, created) {
        const { id, size, sha256 } = await this.guard.during(async () => (await uploadHalf()).uploadArtifactStream(name, data, this.uploadOptions(), created));
        this.cache = undefined;
        return { size, sha256, artifactId: id };
    }
    /** Manifests created in the service while their checkpoint's archive uploads, by artifact name. */
    created = new Map();
    /**
     * Uploads the archive while it is still being produced; resolves with the digest of what was stored. The
     * checkpoint's manifest artifact is created meanwhile (its name is reserved along with the archive's, as
     * any failed upload leaves a name), so that committing the manifest later costs one round trip less.
     * Its signed URL is used moments after the archive's own commits the archive: no older than that one.
     *
     * The two names are claimed in order, the manifest's only once the archive's is ours: two matrix legs
     * saving one name at once, each claiming both at the same moment, could each win one and both lose.
     */
    async putArchive(file, data) {
        const manifest = ARCHIVE_FILE.exec(file)?.[1];
        const create = (name) => this.guard.during(async () => (await uploadHalf()).createArtifact(name, this.uploadOptions()));
        const archive = create(file);
        // awaited by the upload below, which may start after a fast refusal has settled it
        archive.catch(() => undefined);
        if (manifest !== undefined && !this.created.has(`${manifest}${_store_js__WEBPACK_IMPORTED_MODULE_8__/* .MANIFEST_SUFFIX */ .OK}`)) {
            const name = `${manifest}${_store_js__WEBPACK_IMPORTED_MODULE_8__/* .MANIFEST_SUFFIX */ .OK}`;
            const creating = archive.then(() => create(name));
            // awaited by putManifest; a save that stops before then never needs it
            creating.catch(() => undefined);
            this.created.set(name, creating);
        }
        // The listing taken before (whether the name was free) is out of date from now on: a save's chain
        // check, which lists once the archive is stored (save-commit.ts checkChain), must see the service anew.
        this.cache = undefined;
        return this.upload(file, data, archive);
    }
    /** Resolves with the sha256 the upload computed of `bytes` (sent on finalize). */
    async putManifest(id, bytes) {
        const name = `${id}${_store_js__WEBPACK_IMPORTED_MODULE_8__/* .MANIFEST_SUFFIX */ .OK}`;
        const created = this.created.get(name);
        this.created.delete(name);
        return (await this.upload(name, bytes, created)).sha256;
    }
    /** Artifacts by name; on duplicates (the same name in two attempts) the newest wins. */
    async artifacts() {
        if (this.cache)
            return this.cache;
        let list;
        try {
            list = await this.guard.during(() => (0,_artifact_list_js__WEBPACK_IMPORTED_MODULE_4__/* .listArtifacts */ .w)(this.findByOptions(), this.guard));
        }
        catch (error) {
            if (error instanceof _store_guard_js__WEBPACK_IMPORTED_MODULE_7__.StoreStalledError)
                throw error;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot list the run's artifacts (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}). The job needs 'permissions: actions: read' and the 'github-token' input.`);
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
            throw new _store_js__WEBPACK_IMPORTED_MODULE_8__/* .NotFoundError */ .m_(`no artifact named '${name}' in this run (run 'list' to see the checkpoints)`);
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
            const stream = await this.guard.during(() => (0,_artifact_download_js__WEBPACK_IMPORTED_MODULE_5__/* .downloadArtifactStream */ .V)(artifact, this.findByOptions(), this.guard));
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
        const name = `${id}${_store_js__WEBPACK_IMPORTED_MODULE_8__/* .MANIFEST_SUFFIX */ .OK}`;
        const artifact = await this.find(name);
        const bytes = await this.guard.during(async () => {
            const stream = await (0,_artifact_download_js__WEBPACK_IMPORTED_MODULE_5__/* .downloadArtifactStream */ .V)(artifact, this.findByOptions(), this.guard);
            const chunks = [];
            for await (const chunk of stream)
                chunks.push(chunk);
            return Buffer.concat(chunks);
        });
        if (artifact.digest && artifact.digest !== `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`artifact '${name}' does not match the digest recorded at upload: it is corrupt or was tampered with`);
        return (0,_core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifest */ .Ng)(bytes.toString('utf8'), `artifact ${name}`);
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


/***/ })

};
