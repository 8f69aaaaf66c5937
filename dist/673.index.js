export const id = 673;
export const ids = [673];
export const modules = {

/***/ 71673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ArtifactStore: () => (/* binding */ ArtifactStore)
/* harmony export */ });
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77935);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(60886);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(74296);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(47498);
/**
 * Checkpoints as workflow-run artifacts: each object (archive, manifest) is one raw artifact uploaded with
 * `skipArchive` (no zip: modes and bytes kept, no second compression), named after the object. With a token
 * and run id, listing and downloads go through the REST `findBy` path, which sees the artifacts of every
 * attempt of the run (the only way to reach attempt 1's checkpoints from attempt 2).
 */











class ArtifactStore {
    ctx;
    spec = 'artifact';
    client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .DefaultArtifactClient */ .t9();
    cache;
    constructor(ctx = {}) {
        this.ctx = ctx;
    }
    findBy() {
        const { token, runId, owner, repo } = this.ctx;
        if (!token || !runId || !owner || !repo)
            return {};
        return { findBy: { token, workflowRunId: Number(runId), repositoryOwner: owner, repositoryName: repo } };
    }
    async scratch() {
        const base = this.ctx.tmpDir ?? process.env.RUNNER_TEMP ?? node_os__WEBPACK_IMPORTED_MODULE_4___default().tmpdir();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdir)(base, { recursive: true });
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_5___default().join(base, 'ci-recovery-artifact-'));
    }
    async upload(name, write) {
        const dir = await this.scratch();
        try {
            const file = node_path__WEBPACK_IMPORTED_MODULE_5___default().join(dir, name);
            await write(file);
            await this.uploadFile(name, file, dir);
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(dir, { recursive: true, force: true });
        }
    }
    /**
     * The upload client takes a file, not a stream: the compressed archive is spooled to one scratch file
     * (bounded by the archive size) and removed right after the upload. (Handing the client a named pipe
     * instead would overlap compression and upload, but it reads with 8 MiB buffers that a pipe fills 64 KiB
     * at a time: measured 2.5x slower, all in allocation and GC.)
     */
    async putArchive(file, data) {
        await this.upload(file, (p) => (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_7__.pipeline)(data, (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createWriteStream)(p, { highWaterMark: 1 << 20 })));
    }
    async uploadFile(name, file, dir) {
        await this.client.uploadArtifact(name, [file], dir, {
            skipArchive: true,
            ...(this.ctx.retentionDays ? { retentionDays: this.ctx.retentionDays } : {}),
        });
        this.cache = undefined;
    }
    async putManifest(manifest) {
        await this.upload(`${manifest.id}${_store_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_SUFFIX */ .OK}`, (p) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.writeFile)(p, JSON.stringify(manifest)));
    }
    /** Artifacts by name; on duplicates (the same name in two attempts) the newest wins. */
    async artifacts() {
        if (this.cache)
            return this.cache;
        let list;
        try {
            list = (await this.client.listArtifacts(this.findBy())).artifacts;
        }
        catch (error) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .y(`Cannot list the run's artifacts (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .errorMessage */ .g)(error)}). The job needs 'permissions: actions: read' and the 'github-token' input.`);
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
    /** Downloads one artifact into `dir`, checking the digest recorded at upload. */
    async fetch(artifact, dir, name) {
        const res = await this.client.downloadArtifact(artifact.id, {
            path: dir,
            skipDecompress: true,
            ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
            ...this.findBy(),
        });
        if (res.digestMismatch)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .y(`artifact '${name}' does not match the digest recorded at upload: it is corrupt or was tampered with`);
    }
    /** Downloads one artifact into a fresh scratch dir and returns the file's path. */
    async download(name) {
        const artifact = (await this.artifacts()).get(name);
        if (!artifact)
            throw new _store_js__WEBPACK_IMPORTED_MODULE_9__/* .NotFoundError */ .m_(`no artifact named '${name}' in this run (run 'list' to see the checkpoints)`);
        const dir = await this.scratch();
        try {
            await this.fetch(artifact, dir, name);
            const [only] = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readdir)(dir);
            if (!only)
                throw new Error(`artifact '${name}' downloaded empty`);
            return { file: node_path__WEBPACK_IMPORTED_MODULE_5___default().join(dir, only), dir };
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(dir, { recursive: true, force: true });
            throw error;
        }
    }
    /**
     * Streams the archive as it downloads: the client writes into a named pipe that the caller reads (and
     * decompresses, verifies, extracts) at the same time. The client verifies the artifact's digest at the
     * end; the returned stream only ends once that check passed, and errors otherwise. Without named pipes
     * (or when the client picks a file name we did not expect) the download is spooled to a file first.
     */
    async getArchive(file) {
        const artifact = (await this.artifacts()).get(file);
        if (!artifact)
            throw new _store_js__WEBPACK_IMPORTED_MODULE_9__/* .NotFoundError */ .m_(`no artifact named '${file}' in this run (run 'list' to see the checkpoints)`);
        const dir = await this.scratch();
        // The client names the file after the response's Content-Disposition, or 'artifact' without one.
        const names = [...new Set([file, 'artifact'])];
        const made = await Promise.all(names.map((n) => makeFifo(node_path__WEBPACK_IMPORTED_MODULE_5___default().join(dir, n))));
        if (made.some((ok) => !ok)) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(dir, { recursive: true, force: true });
            const { file: local, dir: spool } = await this.download(file);
            const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createReadStream)(local, { highWaterMark: 1 << 20 });
            stream.on('close', () => void (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(spool, { recursive: true, force: true }));
            return stream;
        }
        const out = new node_stream__WEBPACK_IMPORTED_MODULE_6__.PassThrough({ highWaterMark: 1 << 20 });
        const cleanup = () => void (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(dir, { recursive: true, force: true });
        // Readers still waiting in open() for a writer that never comes get one, then EOF (a pending open
        // would otherwise hold a pool thread and keep the process alive).
        const releaseAll = () => Promise.all(names.map((n) => releaseFifoReader(node_path__WEBPACK_IMPORTED_MODULE_5___default().join(dir, n))));
        // A pipe holds 64 KiB: bigger read buffers would only be allocated to be copied and dropped.
        const readers = names.map((n) => (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createReadStream)(node_path__WEBPACK_IMPORTED_MODULE_5___default().join(dir, n), { highWaterMark: 64 * 1024 }));
        // The reader whose open() returns first is the one the client writes to.
        let chosen;
        let piped;
        let markOpened = () => undefined;
        const opened = new Promise((resolve) => (markOpened = resolve));
        readers.forEach((r, i) => {
            r.once('open', () => {
                if (chosen)
                    return;
                chosen = r;
                piped = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_7__.pipeline)(r, out, { end: false });
                piped.catch(() => undefined); // awaited below, unless the download failed first
                markOpened();
                // Once read to its end the pipe is removed: a retry by the client then writes a plain file
                // instead of waiting forever for a reader (and what we passed on fails verification).
                r.once('close', () => void (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(node_path__WEBPACK_IMPORTED_MODULE_5___default().join(dir, names[i]), { force: true }));
            });
            r.on('error', () => undefined);
        });
        const downloading = this.fetch(artifact, dir, file);
        void (async () => {
            try {
                await downloading;
                if (!chosen) {
                    const other = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readdir)(dir)).find((n) => !names.includes(n));
                    if (other) {
                        // Written somewhere else: take that file instead.
                        chosen = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createReadStream)(node_path__WEBPACK_IMPORTED_MODULE_5___default().join(dir, other), { highWaterMark: 1 << 20 });
                        piped = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_7__.pipeline)(chosen, out, { end: false });
                    }
                    else {
                        // Written into a pipe whose reader has not been told yet (a small archive can be written
                        // and closed before our open() returns; its bytes wait in the pipe).
                        let timer;
                        await Promise.race([
                            opened,
                            new Promise((_, reject) => {
                                timer = setTimeout(() => reject(new Error(`artifact '${file}' downloaded empty`)), 30_000);
                            }),
                        ]).finally(() => clearTimeout(timer));
                    }
                }
                await piped;
                out.end();
            }
            catch (error) {
                out.destroy(error);
            }
            finally {
                await releaseAll();
                for (const r of readers)
                    if (r !== chosen)
                        r.destroy();
                cleanup();
            }
        })();
        out.on('close', () => {
            if (out.writableFinished)
                return;
            // The caller gave up early: stop reading so the client's writes fail instead of blocking, and remove
            // the pipes so its retries fail at once instead of waiting for a reader.
            for (const r of readers)
                r.destroy();
            void releaseAll().then(cleanup);
        });
        return out;
    }
    async getManifest(id) {
        const name = `${id}${_store_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_SUFFIX */ .OK}`;
        const { file, dir } = await this.download(name);
        try {
            return (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_8__/* .parseManifest */ .Ng)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)(file, 'utf8'), `artifact ${name}`);
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(dir, { recursive: true, force: true });
        }
    }
    async list() {
        const out = [];
        for (const [name, a] of await this.artifacts()) {
            if (!name.endsWith(_store_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_SUFFIX */ .OK) || (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_8__/* .isRollbackRecord */ .G6)(name))
                continue;
            const id = name.slice(0, -_store_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_SUFFIX */ .OK.length);
            try {
                const manifest = await this.getManifest(id);
                out.push({ id, manifest, createdAt: new Date(manifest.createdAt) });
            }
            catch (error) {
                out.push({ id, error: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .errorMessage */ .g)(error), ...(a.createdAt ? { createdAt: a.createdAt } : {}) });
            }
        }
        return out;
    }
    async objects() {
        return [...(await this.artifacts()).values()].map((a) => ({
            name: a.name,
            size: a.size,
            ...(a.createdAt ? { createdAt: a.createdAt } : {}),
        }));
    }
    async removeObject(name) {
        await this.client.deleteArtifact(name, this.findBy());
        this.cache = undefined;
    }
}
/** Creates a named pipe (mode 600); false where there are none (Windows) or mkfifo is missing. */
function makeFifo(p) {
    if (process.platform === 'win32')
        return Promise.resolve(false);
    return new Promise((resolve) => (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.execFile)('mkfifo', ['-m', '600', p], (error) => resolve(!error)));
}
/** Opens and closes the write end without blocking, so a reader waiting in open() sees EOF instead. */
async function releaseFifoReader(p) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.open)(p, node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.O_NONBLOCK).catch(() => undefined);
    await fh?.close();
}


/***/ })

};
