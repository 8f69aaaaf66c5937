export const id = 1737;
export const ids = [1737];
export const modules = {

/***/ 90338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ downloadArtifactStream),
/* harmony export */   c: () => (/* binding */ streamBlob)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64984);
/* harmony import */ var _heap_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87841);
/* harmony import */ var _store_guard_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9498);
/* harmony import */ var _artifact_protocol_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58098);
/* harmony import */ var _artifact_list_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85214);
/**
 * Downloads an artifact as `@actions/artifact` does (artifact-protocol.ts speaks its contract): streams the
 * blob to the caller, resuming with a Range request after a dropped connection.
 */







/**
 * Streams one artifact's raw bytes (an artifact uploaded with `skipArchive` or by `uploadArtifactStream`).
 * Without `findBy`: the current run, through Twirp ListArtifacts + GetSignedArtifactURL. With it: any run or
 * attempt of the repository, through the REST download redirect. Resolves once the blob answered, so
 * "not found" or "forbidden" reject here; a connection dropped later is resumed with a Range request.
 * The bytes are not verified: the caller checks them against the digest it trusts.
 */
async function downloadArtifactStream(artifact, findBy, g = _store_guard_js__WEBPACK_IMPORTED_MODULE_4__.UNGUARDED) {
    (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .assertNotGhes */ .tD)();
    const url = findBy ? await restDownloadUrl(artifact.id, findBy, g) : await twirpDownloadUrl(artifact, g);
    return streamBlob(url, artifact.name, g);
}
/** The signed URL of an artifact of this run; its backend ids are looked up by id unless the caller has them. */
async function twirpDownloadUrl(artifact, g) {
    let ids = artifact.backendIds;
    if (!ids) {
        const listed = await (0,_artifact_list_js__WEBPACK_IMPORTED_MODULE_6__/* .twirpListArtifacts */ .m)(g, artifact.id);
        ids = (listed.find((a) => a.name === artifact.name) ?? listed[0])?.backendIds;
        if (!ids)
            throw new Error(`No artifacts found for ID: ${artifact.id} ('${artifact.name}'). Is it from a different run? That needs a token with 'actions: read'.`);
    }
    const { signed_url: signedUrl } = await (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .twirp */ .lo)('GetSignedArtifactURL', {
        workflow_run_backend_id: ids.workflowRunBackendId,
        workflow_job_run_backend_id: ids.workflowJobRunBackendId,
        name: artifact.name,
    }, g);
    if (!signedUrl)
        throw new Error(`GetSignedArtifactURL returned no URL for artifact '${artifact.name}'`);
    (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .maskSig */ .sy)(signedUrl);
    return signedUrl;
}
/** GET /repos/{owner}/{repo}/actions/artifacts/{id}/zip answers 302 to a signed blob URL. */
async function restDownloadUrl(id, findBy, g) {
    const api = (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .apiUrl */ .y0)();
    const route = `${(0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .repoRoute */ .yh)(findBy)}/actions/artifacts/${id}/zip`;
    const { client, release } = (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .http */ .LV)(g, false);
    let res;
    let body;
    try {
        res = await client.get(`${api}${route}`, (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .restHeaders */ .xf)(findBy.token));
        body = await res.readBody();
        g.touch();
    }
    finally {
        release();
    }
    const status = res.message.statusCode ?? 0;
    const location = res.message.headers.location;
    if (status !== 302)
        throw new Error(`Unable to download artifact ${id}: ${(0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .restFailure */ .$e)(route, status, body)}`);
    if (!location)
        throw new Error(`Unable to redirect to artifact download url (artifact ${id})`);
    (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .maskSig */ .sy)(location);
    return location;
}
/**
 * GETs the blob; if the body breaks off, asks again for the rest (`Range` from the first missing byte,
 * `If-Match` the first response's ETag, so a blob replaced meanwhile is never spliced in). Network errors
 * and 5xx are retried; any other unexpected status fails at once.
 */
async function streamBlob(url, name, g) {
    const { client, release } = (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .http */ .LV)(g);
    const where = `${name.includes(' ') ? name : `artifact '${name}'`} (${(0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .scrub */ ._I)(url)})`;
    const get = async (headers, expect) => {
        for (let attempt = 1;; attempt++) {
            let error;
            try {
                const res = await client.get(url, headers);
                g.touch();
                const status = res.message.statusCode ?? 0;
                if (status === expect)
                    return res;
                res.message.resume();
                error = new Error(`unexpected HTTP response from blob storage: ${status} ${res.message.statusMessage ?? ''}`);
                if (status < 500)
                    throw new FatalError(error.message);
            }
            catch (e) {
                if (g.signal.aborted)
                    throw g.signal.reason;
                if (e instanceof FatalError)
                    throw new Error(`Downloading ${where} failed: ${e.message}`, { cause: e });
                error = e;
            }
            if (attempt >= _artifact_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .DOWNLOAD_ATTEMPTS */ .CO)
                throw new Error(`Downloading ${where} failed: ${error.message}`, { cause: error });
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)((0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .retryDelay */ .a2)(attempt - 1) / 3, undefined, { signal: g.signal });
        }
    };
    let first;
    try {
        first = await get({}, 200);
    }
    catch (error) {
        release();
        throw error;
    }
    const etag = first.message.headers.etag;
    const lengthHeader = first.message.headers['content-length'];
    const total = lengthHeader === undefined ? undefined : Number(lengthHeader);
    const pace = (0,_heap_js__WEBPACK_IMPORTED_MODULE_3__/* .youngGcPacer */ .qO)();
    async function* body() {
        let res = first;
        let received = 0;
        for (let attempt = 1;; attempt++) {
            try {
                for await (const chunk of res.message) {
                    received += chunk.length;
                    pace(chunk.length);
                    g.touch();
                    yield chunk;
                    g.touch(); // the restore took its time with the chunk: that is not the store's silence
                }
                if (total === undefined || received === total)
                    return;
                throw new Error(`the body ended after ${received} of ${total} bytes`);
            }
            catch (error) {
                res.message.destroy();
                if (g.signal.aborted)
                    throw g.signal.reason;
                if (attempt >= _artifact_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .DOWNLOAD_ATTEMPTS */ .CO || !etag || total === undefined)
                    throw new Error(`Downloading ${where} failed: ${error.message}`, { cause: error });
                _runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .runner */ .lj.info(`Download of artifact '${name}' broke off after ${received} bytes (${error.message}); resuming`);
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)((0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .retryDelay */ .a2)(attempt - 1) / 3, undefined, { signal: g.signal });
                res = await get({ Range: `bytes=${received}-`, 'If-Match': etag }, 206);
            }
        }
    }
    async function* released() {
        try {
            yield* body();
        }
        finally {
            release();
        }
    }
    // A short queue: a restore's download must wait in the socket, not in Buffers here (see extractArchive).
    return node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from(released(), { objectMode: false, highWaterMark: 64 << 10 });
}
class FatalError extends Error {
}


/***/ }),

/***/ 85214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ twirpListArtifacts),
/* harmony export */   w: () => (/* binding */ listArtifacts)
/* harmony export */ });
/* harmony import */ var _runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64984);
/* harmony import */ var _store_guard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9498);
/* harmony import */ var _artifact_protocol_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58098);
/**
 * Lists a run's artifacts as `@actions/artifact` does (artifact-protocol.ts speaks its contract): this
 * run's through Twirp, another run's through the REST API.
 */



/** How many artifacts the client lists at most (its ACTIONS_ARTIFACT_MAX_ARTIFACT_COUNT, default 1000). */
function maxListed() {
    return (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .jobEnv */ .N$)().runtime.maxArtifactCount ?? 1000;
}
/**
 * The run's artifacts, as the client's `listArtifacts` finds them: without `findBy`, Twirp ListArtifacts
 * for the current run; with it, the REST list of that run (every attempt), 100 per page, up to the
 * client's maximum. Done here rather than through the client because loading `@actions/artifact` costs
 * about 150 ms of start-up, which every restore and incremental save paid just to list.
 */
async function listArtifacts(findBy, g = _store_guard_js__WEBPACK_IMPORTED_MODULE_1__.UNGUARDED) {
    (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .assertNotGhes */ .tD)();
    return findBy ? restListArtifacts(findBy, g) : twirpListArtifacts(g);
}
/** This run's artifacts through Twirp (only the one with `id`, when given), with their backend ids. */
async function twirpListArtifacts(g, id) {
    const ids = (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .backendIdsFromToken */ .OM)();
    const { artifacts = [] } = await (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .twirp */ .lo)('ListArtifacts', {
        workflow_run_backend_id: ids.workflowRunBackendId,
        workflow_job_run_backend_id: ids.workflowJobRunBackendId,
        ...(id === undefined ? {} : { id_filter: String(id) }),
    }, g);
    return artifacts.map((a) => ({
        id: Number(a.database_id ?? 0),
        name: a.name ?? '',
        size: Number(a.size ?? 0),
        ...(a.created_at ? { createdAt: new Date(a.created_at) } : {}),
        ...(a.digest ? { digest: a.digest } : {}),
        backendIds: {
            workflowRunBackendId: a.workflow_run_backend_id ?? '',
            workflowJobRunBackendId: a.workflow_job_run_backend_id ?? '',
        },
    }));
}
async function restListArtifacts(findBy, g) {
    const max = maxListed();
    const perPage = 100;
    const out = [];
    for (let page = 1;; page++) {
        const body = await (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .restGet */ .B8)(`${(0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .repoRoute */ .yh)(findBy)}/actions/runs/${findBy.workflowRunId}/artifacts?per_page=${perPage}&page=${page}`, findBy.token, g);
        const total = body.total_count ?? 0;
        if (page === 1 && total > max)
            _runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.warning(`Workflow run ${findBy.workflowRunId} has ${total} artifacts, more than the ${max} listed (ACTIONS_ARTIFACT_MAX_ARTIFACT_COUNT).`);
        for (const a of body.artifacts ?? [])
            out.push({
                id: a.id,
                name: a.name,
                size: a.size_in_bytes,
                ...(a.created_at ? { createdAt: new Date(a.created_at) } : {}),
                ...(a.digest ? { digest: a.digest } : {}),
            });
        if (page * perPage >= Math.min(total, max) || (body.artifacts ?? []).length === 0)
            break;
    }
    return out.slice(0, max);
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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74296);
/* harmony import */ var _artifact_upload_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28080);
/* harmony import */ var _artifact_list_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85214);
/* harmony import */ var _artifact_download_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90338);
/* harmony import */ var _runner_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13302);
/* harmony import */ var _store_guard_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9498);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(66906);









class ArtifactStore {
    ctx;
    spec = 'artifact';
    clientPromise;
    cache;
    guard;
    constructor(ctx = {}) {
        this.ctx = ctx;
        this.guard = ctx.guard ?? (0,_store_guard_js__WEBPACK_IMPORTED_MODULE_6__.artifactServiceGuard)((0,_runner_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_5__/* .readJobEnv */ .l)());
    }
    client() {
        this.clientPromise ??= Promise.all(/* import() */[__webpack_require__.e(1143), __webpack_require__.e(3745), __webpack_require__.e(2830), __webpack_require__.e(2538), __webpack_require__.e(2032), __webpack_require__.e(6917)]).then(__webpack_require__.bind(__webpack_require__, 86917)).then((m) => new m.DefaultArtifactClient());
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
        const at = (0,_artifact_upload_js__WEBPACK_IMPORTED_MODULE_2__.expiryOf)(this.ctx.retentionDays);
        return this.notAfter && this.notAfter < at ? this.notAfter : at;
    }
    expireBy(at) {
        this.notAfter = at;
    }
    async upload(name, data) {
        const { id, size, sha256 } = await this.guard.during(() => (0,_artifact_upload_js__WEBPACK_IMPORTED_MODULE_2__.uploadArtifactStream)(name, data, {
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
            if (error instanceof _store_guard_js__WEBPACK_IMPORTED_MODULE_6__.StoreStalledError)
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
