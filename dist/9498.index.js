export const id = 9498;
export const ids = [9498];
export const modules = {

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

/***/ 19358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V9: () => (/* binding */ CheckpointExistsError),
/* harmony export */   bJ: () => (/* binding */ FinalizeRefusedError),
/* harmony export */   m_: () => (/* binding */ NotFoundError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * The stores' errors, apart from store.ts: the store guard (loaded by every job that reads the cache
 * service) names NotFoundError, and store.ts imports the engine's core to parse manifests. store.ts
 * exports them as before.
 */

/** A checkpoint or archive the store does not have. */
class NotFoundError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    name = 'NotFoundError';
}
/** A save under a name the store already has (or that another process is saving right now). */
class CheckpointExistsError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    name = 'CheckpointExistsError';
}
/**
 * The store wrote the object's bytes but refused to commit it (the Results service's `FinalizeArtifact`
 * answering 403, which its client never retries). The name stays reserved for the rest of the job attempt
 * (a second upload under it meets 409), so only a save under another name can succeed.
 */
class FinalizeRefusedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    object;
    name = 'FinalizeRefusedError';
    constructor(
    /** The object (artifact) whose finalize was refused. */
    object, message) {
        super(message);
        this.object = object;
    }
}


/***/ })

};
