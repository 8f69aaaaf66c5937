export const id = 9287;
export const ids = [9287,9498,3368,4167];
export const modules = {

/***/ 60987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   httpOverHttp: () => (/* binding */ httpOverHttp),
/* harmony export */   httpOverHttps: () => (/* binding */ httpOverHttps),
/* harmony export */   httpsOverHttp: () => (/* binding */ httpsOverHttp),
/* harmony export */   httpsOverHttps: () => (/* binding */ httpsOverHttps)
/* harmony export */ });
let real;
/** The real tunnel, bundled beside this file and run at its first use: a synchronous require. */
function tunnel() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundler's own require: lazy and synchronous, as the client's agent is
    real ??= __webpack_require__(20218);
    return real;
}
const httpOverHttp = (options) => tunnel().httpOverHttp(options);
const httpsOverHttp = (options) => tunnel().httpsOverHttp(options);
const httpOverHttps = (options) => tunnel().httpOverHttps(options);
const httpsOverHttps = (options) => tunnel().httpsOverHttps(options);


/***/ }),

/***/ 91257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch),
/* harmony export */   realUndici: () => (/* binding */ realUndici)
/* harmony export */ });
let loading;
/** The real undici, in a chunk of its own that no process loads before this call. */
function realUndici() {
    loading ??= Promise.all(/* import() */[__webpack_require__.e(4398), __webpack_require__.e(6752)]).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19));
    return loading;
}
/**
 * Stands for undici's `ProxyAgent` where the toolkit builds one (`getAgentDispatcher`): it keeps the options
 * and builds the real agent, once, when a fetch below is given it as its dispatcher.
 */
class ProxyAgent {
    options;
    #agent;
    constructor(options) {
        this.options = options;
    }
    /** The real agent. */
    agent() {
        this.#agent ??= realUndici().then((u) => new u.ProxyAgent(this.options));
        return this.#agent;
    }
}
let fetching;
/**
 * undici's fetch with its agent, pools and parser, not the rest of the package (its WebSocket, EventSource,
 * mocks, cache and request API), which its index loads: a smaller chunk to compile, less to run.
 */
function fetchAlone() {
    fetching ??= __webpack_require__.e(/* import() */ 4398).then(__webpack_require__.t.bind(__webpack_require__, 54398, 23)).then((m) => m.fetch);
    return fetching;
}
/** undici's `fetch`, loaded at its first call; a stand-in `ProxyAgent` given as dispatcher becomes the real one. */
async function fetch(input, init) {
    const given = init?.dispatcher;
    if (!(given instanceof ProxyAgent))
        return (await fetchAlone())(input, init);
    return (await fetchAlone())(input, { ...init, dispatcher: await given.agent() });
}


/***/ }),

/***/ 58098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ restFailure),
/* harmony export */   B8: () => (/* binding */ restGet),
/* harmony export */   CO: () => (/* binding */ DOWNLOAD_ATTEMPTS),
/* harmony export */   JV: () => (/* binding */ TwirpStatusError),
/* harmony export */   LV: () => (/* binding */ http),
/* harmony export */   N$: () => (/* binding */ jobEnv),
/* harmony export */   OM: () => (/* binding */ backendIdsFromToken),
/* harmony export */   Z2: () => (/* reexport safe */ _artifact_service_js__WEBPACK_IMPORTED_MODULE_4__.Z),
/* harmony export */   _I: () => (/* binding */ scrub),
/* harmony export */   _O: () => (/* binding */ USER_AGENT),
/* harmony export */   a2: () => (/* binding */ retryDelay),
/* harmony export */   lo: () => (/* binding */ twirp),
/* harmony export */   p1: () => (/* binding */ expiryOf),
/* harmony export */   sy: () => (/* binding */ maskSig),
/* harmony export */   tD: () => (/* binding */ assertNotGhes),
/* harmony export */   xf: () => (/* binding */ restHeaders),
/* harmony export */   y0: () => (/* binding */ apiUrl),
/* harmony export */   yh: () => (/* binding */ repoRoute)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44942);
/* harmony import */ var _runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64984);
/* harmony import */ var _runner_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13302);
/* harmony import */ var _artifact_service_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72811);
/**
 * Streamed artifact transfers, speaking the contract of `@actions/artifact` 6.2.1 (its internals cannot be
 * imported): the Results service's Twirp JSON API (CreateArtifact, FinalizeArtifact, ListArtifacts,
 * GetSignedArtifactURL) with the client's field names, retry policy and backend ids, and Azure block blobs
 * behind the signed URLs.
 *
 * This module speaks the protocol: the job's configuration as the client reads it, the backend ids, signed
 * URLs kept out of logs, Twirp calls and the REST calls for other runs' artifacts. Uploading is
 * artifact-upload.ts, listing artifact-list.ts and downloading artifact-download.ts.
 *
 * Transport is `@actions/http-client` (proxy settings and user agent as the artifact client has them), for
 * the blocks too (blob-blocks.ts).
 */




const SERVICE = 'github.actions.results.api.v1.ArtifactService';
const USER_AGENT = 'ci-recovery (@actions/artifact-compatible)';
const RETRY = { maxAttempts: 5, baseMs: 3000, multiplier: 1.5 };
const RETRYABLE_STATUS = [500, 502, 503, 504, 429];
/**
 * The connection failures the client gives up on at once, with its hint for self-hosted runners
 * (`NetworkError.isNetworkErrorCode`); every other error it tries again. Its contract, not a judgement of
 * what passes: each may pass (core/network-failure.ts), and a caller that reads such a failure finds its code.
 */
const GIVEN_UP_AT_ONCE = [
    'ECONNRESET',
    'ENOTFOUND',
    'ETIMEDOUT',
    'ECONNREFUSED',
    'EHOSTUNREACH',
];
/** Attempts to read one blob download (the first GET and resumptions after a dropped connection). */
const DOWNLOAD_ATTEMPTS = 5;
// ---------------------------------------------------------------------------------------------------------
// Configuration, as the client reads it, through the job's one parser (core/job-env.ts); read at each
// call, since a step's environment is fixed but a test's changes between cases.
const jobEnv = () => (0,_runner_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_3__/* .readJobEnv */ .l)();

function runtimeToken() {
    const token = jobEnv().runtime.token;
    if (!token)
        throw new Error('Unable to get the ACTIONS_RUNTIME_TOKEN env variable');
    return token;
}
function resultsOrigin() {
    const url = jobEnv().runtime.resultsUrl;
    if (!url)
        throw new Error('Unable to get the ACTIONS_RESULTS_URL env variable');
    return new URL(url).origin;
}
/** Artifacts v4 exist on github.com, GHE.com and *.localhost only; GHES has its own, older service. */
function assertNotGhes() {
    const host = new URL(jobEnv().serverUrl).hostname.trimEnd().toUpperCase();
    if (host === 'GITHUB.COM' || host.endsWith('.GHE.COM') || host.endsWith('.LOCALHOST'))
        return;
    throw new Error(`Artifacts (v4, the service @actions/artifact 2+ uses) are not supported on GitHub Enterprise Server (GITHUB_SERVER_URL host ${host.toLowerCase()}). Use a 'dir:' checkpoint store there.`);
}
const INVALID_JWT = 'Failed to get backend IDs: The provided JWT token is invalid and/or missing claims';
/** The run's and job's backend ids from the runtime token's `scp` claim (the token is not verified). */
function backendIdsFromToken(token = runtimeToken()) {
    let scp;
    try {
        const payload = token.split('.')[1];
        if (payload === undefined)
            throw new Error('no payload');
        scp = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')).scp;
    }
    catch {
        throw new Error(INVALID_JWT);
    }
    if (!scp || typeof scp !== 'string')
        throw new Error(INVALID_JWT);
    for (const scope of scp.split(' ')) {
        const parts = scope.split(':');
        if (parts[0] !== 'Actions.Results')
            continue;
        if (parts.length !== 3)
            throw new Error(INVALID_JWT);
        return { workflowRunBackendId: parts[1], workflowJobRunBackendId: parts[2] };
    }
    throw new Error(INVALID_JWT);
}
/** Registers a signed URL's `sig` as a secret, so the runner masks it wherever it gets printed. */
function maskSig(url) {
    try {
        const sig = new URL(url).searchParams.get('sig');
        if (sig) {
            _runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .runner */ .lj.setSecret(sig);
            _runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .runner */ .lj.setSecret(encodeURIComponent(sig));
        }
    }
    catch {
        // Not a URL: nothing to mask.
    }
}
/** A URL safe to print: no query (the SAS). */
function scrub(url) {
    try {
        const u = new URL(url);
        return `${u.origin}${u.pathname}`;
    }
    catch {
        // not a URL: shown as a placeholder, never echoed raw
        return '<url>';
    }
}
/**
 * A client whose sockets end if `g` gives the store up (dispose destroys its agent's sockets, in use or
 * not, so the pending request fails at once); `release` once the call is done.
 */
function http(g, allowRedirects = true) {
    const client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Qq(USER_AGENT, [], { allowRedirects, keepAlive: false });
    return { client, release: g.track(() => client.dispose()) };
}
// ---------------------------------------------------------------------------------------------------------
// Twirp.
function retryDelay(attempt) {
    if (attempt === 0)
        return RETRY.baseMs;
    const min = RETRY.baseMs * RETRY.multiplier ** attempt;
    return Math.trunc(Math.random() * (min * RETRY.multiplier - min) + min);
}
/**
 * One Twirp JSON call with the client's policy: 5 attempts, 3 s base x1.5, retried on 429/5xx, unparsable
 * bodies and other errors; other 4xx fail at once with the service's `msg`; network errors fail at once.
 */
async function twirp(method, body, g, service = SERVICE, maxAttempts = RETRY.maxAttempts) {
    const url = new URL(`/twirp/${service}/${method}`, resultsOrigin()).href;
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${runtimeToken()}` };
    const { client, release } = http(g);
    try {
        for (let attempt = 0; attempt < maxAttempts; attempt++) {
            let retryable;
            let message;
            let status = 0;
            try {
                const res = await client.post(url, JSON.stringify(body), headers);
                g.touch();
                status = res.message.statusCode ?? 0;
                const parsed = JSON.parse(await res.readBody());
                if (status >= 200 && status < 300)
                    return parsed;
                retryable = RETRYABLE_STATUS.includes(status);
                message = `Failed request: (${status}) ${res.message.statusMessage ?? ''}`;
                if (parsed.msg) {
                    if (parsed.msg.includes('insufficient usage'))
                        throw new UsageError('Artifact storage quota has been hit. Unable to upload any new artifacts. More info on storage limits: https://docs.github.com/en/billing/managing-billing-for-github-actions/about-billing-for-github-actions#calculating-minute-and-storage-spending');
                    message = `${message}: ${parsed.msg}`;
                }
            }
            catch (error) {
                if (error instanceof UsageError || g.signal.aborted)
                    throw error;
                const code = error.code;
                if (code && GIVEN_UP_AT_ONCE.includes(code))
                    throw new Error(`Unable to make request: ${code}. On self-hosted runners, make sure the runner can reach the GitHub endpoints.`, { cause: error });
                retryable = true;
                message = error.message;
            }
            if (!retryable)
                throw new TwirpStatusError(`Received non-retryable error: ${message}`, status);
            if (attempt + 1 === maxAttempts)
                throw new Error(`Failed to make request after ${maxAttempts} attempts: ${message}`);
            const wait = retryDelay(attempt);
            _runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .runner */ .lj.info(`Attempt ${attempt + 1} of ${maxAttempts} failed with error: ${message}. Retrying request in ${wait} ms...`);
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(wait, undefined, { signal: g.signal });
        }
        throw new Error('Request failed');
    }
    catch (error) {
        const message = `Failed to ${method}: ${error.message}`;
        if (error instanceof TwirpStatusError)
            throw new TwirpStatusError(message, error.status, { cause: error });
        throw new Error(message, { cause: error });
    }
    finally {
        release();
    }
}
/** A Twirp call the service answered with a status its client does not retry (a 4xx but 429). */
class TwirpStatusError extends Error {
    status;
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
    }
}
class UsageError extends Error {
    name = 'UsageError';
}
// ---------------------------------------------------------------------------------------------------------
// REST.
/**
 * When an artifact uploaded now expires: `retentionDays` capped by the repository's GITHUB_RETENTION_DAYS,
 * which is also the default (90 days when unknown), as the service decides it.
 */
function expiryOf(retentionDays, now = new Date()) {
    const max = jobEnv().retentionDays ?? 90;
    const at = new Date(now);
    at.setDate(at.getDate() + Math.min(retentionDays ?? max, max));
    return at;
}
const apiUrl = () => jobEnv().apiUrl;
const repoRoute = (findBy) => `/repos/${encodeURIComponent(findBy.repositoryOwner)}/${encodeURIComponent(findBy.repositoryName)}`;
/** What a failed REST call says: the route, the status and GitHub's `message` when the body has one. */
function restFailure(route, status, body) {
    let detail = '';
    try {
        detail = JSON.parse(body).message ?? '';
    }
    catch {
        // Not JSON: the status says enough.
    }
    return `GET ${route.split('?')[0]} answered ${status}${detail ? ` (${detail})` : ''}`;
}
const restHeaders = (token) => ({
    Accept: 'application/vnd.github+json',
    Authorization: `Bearer ${token}`,
    'X-GitHub-Api-Version': '2022-11-28',
});
/**
 * A GitHub REST GET, retried on 5xx and 429 like the blob downloads (artifact-download.ts); other errors
 * fail at once.
 */
async function restGet(route, token, g) {
    const api = apiUrl();
    for (let attempt = 1;; attempt++) {
        const { client, release } = http(g);
        let status;
        let body;
        try {
            const res = await client.get(`${api}${route}`, restHeaders(token));
            status = res.message.statusCode ?? 0;
            body = await res.readBody();
            g.touch();
        }
        finally {
            release();
        }
        if (status === 200)
            return JSON.parse(body);
        if (!RETRYABLE_STATUS.includes(status) || attempt >= DOWNLOAD_ATTEMPTS)
            throw new Error(restFailure(route, status, body));
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(retryDelay(attempt - 1) / 3, undefined, { signal: g.signal });
    }
}


/***/ }),

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
