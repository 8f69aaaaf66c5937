export const id = 3471;
export const ids = [3471,574];
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

/***/ 9498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_STALL_MS: () => (/* binding */ DEFAULT_STALL_MS),
/* harmony export */   StoreGuard: () => (/* binding */ StoreGuard),
/* harmony export */   StoreStalledError: () => (/* binding */ StoreStalledError),
/* harmony export */   UNGUARDED: () => (/* binding */ UNGUARDED),
/* harmony export */   artifactServiceGuard: () => (/* binding */ artifactServiceGuard),
/* harmony export */   endIfStoreGaveUp: () => (/* binding */ endIfStoreGaveUp),
/* harmony export */   stallMsOf: () => (/* binding */ stallMsOf),
/* harmony export */   stalledStores: () => (/* binding */ stalledStores)
/* harmony export */ });
/* harmony import */ var _ports_store_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19358);

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
class StoreStalledError extends _ports_store_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotFoundError */ .m_ {
    name = 'StoreStalledError';
}
/**
 * A watchdog check this much later than its interval means this process did not run meanwhile (a loaded
 * runner, a long synchronous stretch): what the store sent in that time is still unread, so the time is not
 * the store's silence. Up to one stall limit of it is forgiven per silence.
 */
const STARVED_MS = 100;
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
    lastCheck = 0;
    /** Starved time taken off the current silence (reset by progress). */
    forgiven = 0;
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
        this.forgiven = 0;
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
            const every = Math.min(1000, Math.max(50, this.stallMs / 4));
            this.lastCheck = this.now();
            this.timer = setInterval(() => this.check(every), every);
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
    check(every) {
        const now = this.now();
        const late = now - this.lastCheck - every;
        this.lastCheck = now;
        if (this.busy === 0)
            return;
        if (late > STARVED_MS && this.forgiven < this.stallMs) {
            const forgive = Math.min(late, this.stallMs - this.forgiven);
            this.forgiven += forgive;
            this.last += forgive;
        }
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


/***/ }),

/***/ 90574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTrustRecords: () => (/* binding */ readTrustRecords),
/* harmony export */   uploadTrustRecord: () => (/* binding */ uploadTrustRecord)
/* harmony export */ });
/* harmony import */ var _core_trust_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39018);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_fresh_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14630);
/* harmony import */ var _ports_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44076);
/* harmony import */ var _artifact_upload_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28080);
/* harmony import */ var _artifact_list_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85214);
/* harmony import */ var _artifact_download_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90338);
/**
 * The run's record of the checkpoints each job attempt saved (checkpoint/core/trust.ts), kept as raw
 * artifacts: each save uploads one for its checkpoint, a re-run's main reads those of the earlier attempts through
 * the REST `findBy` path (a token with `actions: read`), which sees every attempt of the run. Only the
 * run's own jobs can upload an artifact of the run, so a record cannot be planted from a shared store.
 */







/** A record names at most 1,000 checkpoints: a few dozen KiB. Anything larger is not ours. */
const MAX_RECORD_BYTES = 256 * 1024;
/**
 * Uploads a record of this job attempt, named after it (`suffix`: one record per checkpoint, uploaded as
 * the checkpoint is saved, so a job whose runner is lost before post still leaves its record); rejects when
 * the artifact service refuses it.
 */
async function uploadTrustRecord(record, retentionDays, suffix) {
    const name = (0,_core_trust_js__WEBPACK_IMPORTED_MODULE_5__/* .trustArtifactName */ .G0)(record.job, record.attempt) + (suffix ? `-${suffix}` : '');
    const bytes = Buffer.from(`${JSON.stringify(record)}\n`);
    const options = { mimeType: 'application/json', ...(retentionDays ? { retentionDays } : {}) };
    // A refused finalize keeps the name reserved for the attempt (FinalizeRefusedError): the record goes
    // under `<name>-r<n>`, which readTrustRecords reads as this attempt's too (its name starts `<name>-`).
    await (0,_core_fresh_names_js__WEBPACK_IMPORTED_MODULE_6__/* .underFreshNames */ .N)({
        nameOf: (fresh) => (fresh ? `${name}-r${fresh}` : name),
        save: (named) => (0,_artifact_upload_js__WEBPACK_IMPORTED_MODULE_2__.uploadArtifactStream)(named, bytes, options),
        refused: (error) => error instanceof _ports_store_js__WEBPACK_IMPORTED_MODULE_1__/* .FinalizeRefusedError */ .bJ,
    });
}
/**
 * The checkpoints the earlier attempts of this job recorded, or why they cannot be known. A record that
 * cannot be read names nothing (its checkpoints are not resumed from); never throws.
 */
async function readTrustRecords(place) {
    if (!place.token || !place.runId || !place.owner || !place.repo)
        return { unreadable: "there is no token to read the run's artifacts with (the 'github-token' input)" };
    const findBy = {
        token: place.token,
        workflowRunId: Number(place.runId),
        repositoryOwner: place.owner,
        repositoryName: place.repo,
    };
    let listed;
    try {
        listed = await (0,_artifact_list_js__WEBPACK_IMPORTED_MODULE_3__/* .listArtifacts */ .w)(findBy);
    }
    catch (error) {
        return {
            unreadable: `the run's artifacts cannot be listed (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}; needs 'actions: read')`,
        };
    }
    const wanted = new Map();
    for (let a = 1; a < place.attempt; a++)
        wanted.set((0,_core_trust_js__WEBPACK_IMPORTED_MODULE_5__/* .trustArtifactName */ .G0)(place.job, a), a);
    // `<name>` or `<name>-<checkpoint id>` (`-a1-x` is never `-a10`'s); another job's record whose name happens
    // to start so says another job in its body, and names nothing here.
    const attemptOf = (name) => {
        for (const [base, attempt] of wanted)
            if (name === base || name.startsWith(`${base}-`))
                return attempt;
        return undefined;
    };
    const records = [];
    for (const artifact of listed) {
        const attempt = attemptOf(artifact.name);
        if (attempt === undefined || artifact.size > MAX_RECORD_BYTES)
            continue;
        try {
            const chunks = [];
            let size = 0;
            for await (const chunk of (await (0,_artifact_download_js__WEBPACK_IMPORTED_MODULE_4__/* .downloadArtifactStream */ .V)(artifact, findBy))) {
                size += chunk.length;
                if (size > MAX_RECORD_BYTES)
                    throw new Error('too large');
                chunks.push(chunk);
            }
            const record = (0,_core_trust_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTrustRecord */ .NJ)(Buffer.concat(chunks).toString('utf8'));
            // The name says whose record it is; a body that says otherwise names nothing.
            if (record.attempt === attempt && record.job === place.job && record.runId === place.runId)
                records.push(record);
        }
        catch {
            // Unreadable: its checkpoints are not named, so not resumed from.
        }
    }
    return { trusted: (0,_core_trust_js__WEBPACK_IMPORTED_MODULE_5__/* .trustedByRecords */ .Nk)(records, { ...place, beforeAttempt: place.attempt }) };
}


/***/ }),

/***/ 39018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ RUN_ARTIFACTS),
/* harmony export */   G0: () => (/* binding */ trustArtifactName),
/* harmony export */   Jg: () => (/* binding */ TRUST_FORMAT),
/* harmony export */   NJ: () => (/* binding */ parseTrustRecord),
/* harmony export */   Nk: () => (/* binding */ trustedByRecords),
/* harmony export */   XI: () => (/* binding */ untrustedBecause),
/* harmony export */   n$: () => (/* binding */ trustRecordOf)
/* harmony export */ });
/* unused harmony export TRUST_ARTIFACT_PREFIX */
const TRUST_FORMAT = 'ci-recovery-checkpoints/1';
const TRUST_ARTIFACT_PREFIX = 'ci-recovery-checkpoints-';
/** A record is a few KiB; more than this many checkpoints in one job attempt is not ours. */
const MAX_NAMED = 1000;
const MAX_ID = 255;
const DIGEST = /^[0-9a-f]{64}$/;
const RUN_ARTIFACTS = 'run-artifacts';
/** `ci-recovery-checkpoints-<job>-a<attempt>`, the job made safe for a name as the plan's is. */
function trustArtifactName(job, attempt) {
    const safe = job
        .replace(/[^A-Za-z0-9._-]+/g, '_')
        .replace(/^[._]+/, '')
        .slice(0, 100) || 'job';
    return `${TRUST_ARTIFACT_PREFIX}${safe}-a${attempt}`;
}
/** The record of this job attempt, from its step records: every checkpoint a step saved, with its digest. */
function trustRecordOf(records, place) {
    const seen = new Map();
    for (const r of records)
        if (r.checkpointId && r.checkpointDigest && DIGEST.test(r.checkpointDigest))
            seen.set(r.checkpointId, r.checkpointDigest);
    if (seen.size === 0)
        return undefined;
    return {
        format: TRUST_FORMAT,
        runId: place.runId,
        job: place.job,
        attempt: place.attempt,
        checkpoints: [...seen].map(([id, manifestSha256]) => ({ id, manifestSha256 })),
    };
}
/** Validates a downloaded record (an artifact: bounded, every field checked). Throws naming the fault. */
function parseTrustRecord(text) {
    const value = JSON.parse(text);
    if (typeof value !== 'object' || value === null)
        throw new Error('not an object');
    const r = value;
    if (r.format !== TRUST_FORMAT)
        throw new Error(`format is not ${TRUST_FORMAT}`);
    if (typeof r.runId !== 'string' || typeof r.job !== 'string')
        throw new Error('runId or job missing');
    if (typeof r.attempt !== 'number' || !Number.isSafeInteger(r.attempt) || r.attempt < 1)
        throw new Error('attempt is not a positive integer');
    if (!Array.isArray(r.checkpoints) || r.checkpoints.length > MAX_NAMED)
        throw new Error(`checkpoints is not a list of at most ${MAX_NAMED}`);
    const checkpoints = r.checkpoints.map((c) => {
        const { id, manifestSha256 } = (c ?? {});
        if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID)
            throw new Error('a checkpoint id is not a string');
        if (typeof manifestSha256 !== 'string' || !DIGEST.test(manifestSha256))
            throw new Error('a manifest digest is not a hex sha256');
        return { id, manifestSha256 };
    });
    return { format: TRUST_FORMAT, runId: r.runId, job: r.job, attempt: r.attempt, checkpoints };
}
/**
 * The checkpoints that the records of this job's attempts before `beforeAttempt` name. A record for
 * another run or job, or a later attempt, names nothing here; two records naming one id differently
 * make it untrusted.
 */
function trustedByRecords(records, place) {
    const trusted = new Map();
    const conflicting = new Set();
    for (const r of records) {
        if (r.runId !== place.runId || r.job !== place.job || r.attempt >= place.beforeAttempt)
            continue;
        for (const c of r.checkpoints) {
            const had = trusted.get(c.id);
            if (had !== undefined && had !== c.manifestSha256)
                conflicting.add(c.id);
            trusted.set(c.id, c.manifestSha256);
        }
    }
    for (const id of conflicting)
        trusted.delete(id);
    return trusted;
}
/** Why checkpoint `id` with this manifest digest may not be resumed from; undefined when the run wrote it. */
function untrustedBecause(trusted, id, digest) {
    if (trusted === RUN_ARTIFACTS)
        return undefined;
    const named = trusted.get(id);
    if (named === undefined)
        return 'no record of this run names it (it was not saved by an earlier attempt of this job): not resumed from';
    if (named !== digest)
        return "its manifest differs from the one this run's record names (it was changed in the store): not resumed from";
    return undefined;
}


/***/ }),

/***/ 14630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ underFreshNames),
/* harmony export */   Y: () => (/* binding */ FRESH_NAMES)
/* harmony export */ });
/**
 * Saving under fresh names when the store refuses to finalize an object: the artifact service wrote its
 * bytes, answered 403 at FinalizeArtifact (which its client never retries) and keeps the name reserved for
 * the job attempt, so only another name can succeed. One loop for every object saved that way: a
 * checkpoint, a checkpoint's trust record, the recovery plan.
 */
/** How many fresh names an object whose finalize was refused tries. */
const FRESH_NAMES = 2;
/** Runs `save` under `nameOf(0)`, and after a refused finalize under `nameOf(1)`, `nameOf(2)`. */
async function underFreshNames(o) {
    for (let fresh = 0;; fresh++) {
        try {
            return await o.save(o.nameOf(fresh));
        }
        catch (error) {
            if (!o.refused(error))
                throw error;
            const why = o.stop?.(fresh) ??
                (fresh === FRESH_NAMES ? `${FRESH_NAMES} fresh names were refused too` : undefined);
            if (why !== undefined)
                throw o.giveUp ? o.giveUp(error, why) : error;
            o.retrying?.(error, o.nameOf(fresh + 1), fresh + 1);
        }
    }
}


/***/ })

};
