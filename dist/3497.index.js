export const id = 3497;
export const ids = [3497,6794];
export const modules = {

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


/***/ }),

/***/ 66366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ uploadTrustRecord),
/* harmony export */   readTrustRecords: () => (/* binding */ readTrustRecords)
/* harmony export */ });
/* harmony import */ var _core_checkpoint_trust_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4212);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74296);
/* harmony import */ var _core_fresh_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14630);
/* harmony import */ var _ports_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93433);
/* harmony import */ var _artifact_upload_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83552);
/* harmony import */ var _artifact_list_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33454);
/* harmony import */ var _artifact_download_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2674);
/**
 * The run's record of the checkpoints each job attempt saved (core/checkpoint/trust.ts), kept as raw
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
    const name = (0,_core_checkpoint_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .trustArtifactName */ .G0)(record.job, record.attempt) + (suffix ? `-${suffix}` : '');
    const bytes = Buffer.from(`${JSON.stringify(record)}\n`);
    const options = { mimeType: 'application/json', ...(retentionDays ? { retentionDays } : {}) };
    // A refused finalize keeps the name reserved for the attempt (FinalizeRefusedError): the record goes
    // under `<name>-r<n>`, which readTrustRecords reads as this attempt's too (its name starts `<name>-`).
    await (0,_core_fresh_names_js__WEBPACK_IMPORTED_MODULE_5__/* .underFreshNames */ .N)({
        nameOf: (fresh) => (fresh ? `${name}-r${fresh}` : name),
        save: (named) => (0,_artifact_upload_js__WEBPACK_IMPORTED_MODULE_1__/* .uploadArtifactStream */ .Oh)(named, bytes, options),
        refused: (error) => error instanceof _ports_store_js__WEBPACK_IMPORTED_MODULE_0__/* .FinalizeRefusedError */ .bJ,
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
        listed = await (0,_artifact_list_js__WEBPACK_IMPORTED_MODULE_2__/* .listArtifacts */ .w)(findBy);
    }
    catch (error) {
        return {
            unreadable: `the run's artifacts cannot be listed (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}; needs 'actions: read')`,
        };
    }
    const wanted = new Map();
    for (let a = 1; a < place.attempt; a++)
        wanted.set((0,_core_checkpoint_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .trustArtifactName */ .G0)(place.job, a), a);
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
            for await (const chunk of (await (0,_artifact_download_js__WEBPACK_IMPORTED_MODULE_3__/* .downloadArtifactStream */ .V)(artifact, findBy))) {
                size += chunk.length;
                if (size > MAX_RECORD_BYTES)
                    throw new Error('too large');
                chunks.push(chunk);
            }
            const record = (0,_core_checkpoint_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTrustRecord */ .NJ)(Buffer.concat(chunks).toString('utf8'));
            // The name says whose record it is; a body that says otherwise names nothing.
            if (record.attempt === attempt && record.job === place.job && record.runId === place.runId)
                records.push(record);
        }
        catch {
            // Unreadable: its checkpoints are not named, so not resumed from.
        }
    }
    return { trusted: (0,_core_checkpoint_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .trustedByRecords */ .Nk)(records, { ...place, beforeAttempt: place.attempt }) };
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
