export const id = 4523;
export const ids = [4523,9498,9287,3368,4167];
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

/***/ 10285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dropRunCheckpoints: () => (/* binding */ dropRunCheckpoints)
/* harmony export */ });
/* harmony import */ var _core_green_cleanup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(462);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _artifact_protocol_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58098);
/* harmony import */ var _artifact_list_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85214);
/* harmony import */ var _store_guard_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9498);
/**
 * Deletes a green job attempt's checkpoints from the run's artifacts, as the artifact client's
 * `deleteArtifact(name)` does without `findBy` (toolkit packages/artifact/src/internal/delete): Twirp
 * DeleteArtifact with the runtime token, naming the artifact's own backend ids. The runtime token reaches
 * only this run attempt's artifacts, so nothing of another attempt or run can be deleted from here. One
 * listing for all, then one call per artifact (the client lists again before each), a few at once.
 */





/** A refused delete is not retried; a failing service is, a little (post's time is the job's). */
const DELETE_ATTEMPTS = 3;
/** The HTTP status in the Twirp client's error ("Failed request: (403) Forbidden: ..."). */
function statusIn(message) {
    const m = /Failed request: \((\d{3})\)/.exec(message);
    return m ? Number(m[1]) : undefined;
}
async function deleteOne(a, g) {
    await (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .twirp */ .lo)('DeleteArtifact', {
        workflow_run_backend_id: a.backendIds?.workflowRunBackendId ?? '',
        workflow_job_run_backend_id: a.backendIds?.workflowJobRunBackendId ?? '',
        name: a.name,
    }, g, undefined, DELETE_ATTEMPTS);
}
async function dropRunCheckpoints(ids, place, g = _store_guard_js__WEBPACK_IMPORTED_MODULE_4__.UNGUARDED) {
    const result = { deleted: 0, bytes: 0, kept: 0 };
    if (ids.length === 0 || !(0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .artifactServiceAvailable */ .Z2)())
        return result;
    let listed;
    try {
        listed = await (0,_artifact_list_js__WEBPACK_IMPORTED_MODULE_3__/* .listArtifacts */ .w)(undefined, g);
    }
    catch (error) {
        return { ...result, kept: ids.length, error: `listing the run's artifacts: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}` };
    }
    const chosen = new Set((0,_core_green_cleanup_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactsOfCheckpoints */ .WC)(listed.map((a) => a.name), ids, place));
    const todo = listed.filter((a) => chosen.has(a.name));
    let gone = 0;
    let stop;
    const deleteEach = async (queue) => {
        for (let a = queue.shift(); a && !stop; a = queue.shift()) {
            const outcome = await deleted(a, g);
            if (outcome === 'deleted') {
                result.deleted++;
                result.bytes += a.size;
            }
            else if (outcome === 'gone')
                gone++;
            // The same token and service answer the rest alike: stop at the first refusal or failure.
            else
                stop ??= outcome;
        }
    };
    // The first alone: a token that may not delete says so after one call. The rest a few at a time,
    // since each is a round trip (a green job of three stages leaves nine objects: seconds one by one).
    const queue = [...todo];
    await deleteEach(queue.splice(0, 1));
    if (!stop)
        await Promise.all(Array.from({ length: Math.min(DELETES_AT_ONCE, queue.length) }, () => deleteEach(queue)));
    if (!stop)
        return result;
    return { ...result, ...stop, kept: todo.length - result.deleted - gone };
}
/** Deletes that wait on the service at once. */
const DELETES_AT_ONCE = 4;
/** Deletes `a`: done, gone already (nothing is kept), or the refusal or error that stops the rest. */
async function deleted(a, g) {
    try {
        await deleteOne(a, g);
        return 'deleted';
    }
    catch (error) {
        const message = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
        const status = statusIn(message);
        if (status === 404)
            return 'gone';
        if (status === 401 || status === 403)
            return { refusal: { status, message: message.replace(/^.*Failed request: \(\d{3}\)\s*/, '') } };
        return { error: message };
    }
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

/***/ 462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ dropsCheckpoints),
/* harmony export */   WC: () => (/* binding */ artifactsOfCheckpoints),
/* harmony export */   pj: () => (/* binding */ droppedLine),
/* harmony export */   tW: () => (/* binding */ ownCheckpointIds)
/* harmony export */ });
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72020);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81738);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81683);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39018);




const MANIFEST = '.manifest.json';
const ARCHIVES = [(0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .archiveExtension */ .yP)('zstd'), (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .archiveExtension */ .yP)('gzip')];
/** Whether post deletes the attempt's checkpoints: the job is green, by the runner's word and the report's. */
function dropsCheckpoints(when) {
    if (when.keep || when.conclusion !== 'success')
        return false;
    return when.jobStatus === undefined || when.jobStatus === '' || when.jobStatus === 'success';
}
/**
 * The checkpoints this job attempt saved: ids its steps recorded as saved (with the digest of the manifest
 * they stored) whose name says this run, job and attempt. The name alone cannot say it: job `build`'s
 * prefix also starts job `build-a2-x`'s ids, which a restore step of `build` records. A stage that stood on
 * the checkpoint main resumed, or a restore, records an id it did not save: never chosen.
 */
function ownCheckpointIds(records, owner, attempt) {
    const ids = new Set();
    for (const r of records)
        if (r.checkpointId && r.checkpointDigest && (0,_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .attemptInId */ .m4)(r.checkpointId, owner) === attempt)
            ids.add(r.checkpointId);
    return [...ids];
}
/** The object names one checkpoint is stored under: its manifest and archive (either compression). */
function objectNames(id) {
    return [`${id}${MANIFEST}`, ...ARCHIVES.map((ext) => `${id}${ext}`)];
}
/**
 * Of the run's artifact `names`, those of the checkpoints `ids`: manifest, archive, each root's (paths
 * outside the workspace, `<id>-root<n>`) and the run's record of each save (dir: stores' checkpoints).
 * Matched exactly, never by prefix alone: two ids may share a prefix.
 */
function artifactsOfCheckpoints(names, ids, place) {
    const wanted = new Set();
    const record = (0,_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .trustArtifactName */ .G0)(place.job, place.attempt);
    for (const id of ids) {
        for (const n of objectNames(id))
            wanted.add(n);
        wanted.add(`${record}-${id}`);
    }
    const rootOf = (name) => ids.some((id) => {
        const rest = name.startsWith(`${id}-root`) ? name.slice(id.length + 5) : undefined;
        const m = rest === undefined ? null : /^(\d+)(\..+)$/.exec(rest);
        return m !== null && [MANIFEST, ...ARCHIVES].includes(m[2]);
    });
    return names.filter((n) => wanted.has(n) || rootOf(n));
}
function sizeText(bytes) {
    if (bytes < 1024 * 1024)
        return `${Math.ceil(bytes / 1024)} KiB`;
    return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
/**
 * The one line post says of it: what went, or why some stayed and what would let them go. Undefined when
 * there was nothing to delete. `level` warning only when something was kept.
 */
function droppedLine(d) {
    if (d.deleted === 0 && d.kept === 0)
        return undefined;
    const gone = `deleted ${d.deleted} checkpoint artifact(s) of this attempt (${sizeText(d.bytes)}): the job is green, nothing will resume from them`;
    if (d.kept === 0)
        return { level: 'info', message: `ci-recovery: ${gone}.` };
    const kept = `kept ${d.kept} checkpoint artifact(s) of this green attempt`;
    if (d.refusal)
        return {
            level: 'warning',
            message: `ci-recovery: ${kept}: the artifact service refused to delete them (${d.refusal.status} ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(d.refusal.message).slice(0, 200)}); grant the job 'permissions: actions: write' to have them deleted, or set 'keep-checkpoints: true' to keep them without this warning. The job's result is unchanged.`,
        };
    return {
        level: 'warning',
        message: `ci-recovery: ${kept}: could not delete them (${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(d.error ?? 'unknown error').slice(0, 200)}); they expire with the run's artifacts. The job's result is unchanged.`,
    };
}


/***/ }),

/***/ 81738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ isValidId),
/* harmony export */   G6: () => (/* binding */ isRollbackRecord),
/* harmony export */   Vq: () => (/* binding */ reservedNameProblem),
/* harmony export */   g: () => (/* binding */ checkpointId),
/* harmony export */   m4: () => (/* binding */ attemptInId)
/* harmony export */ });
/* unused harmony exports idPart, RESERVED_PREFIXES */
/**
 * Checkpoint ids: what an id may hold, the id the actions make for a job's checkpoint and what such an id
 * says of its owner, and the name prefixes ci-recovery keeps for itself.
 */
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
/**
 * The prefixes of what ci-recovery names itself in a store, a cache or a run's artifacts: keyed entries,
 * rollback records, the actions' own checkpoint ids, plan artifacts, the ledger, the run's records of its
 * checkpoints and the test history. A name a user gives a
 * checkpoint never starts with one (in any case: a store may sit on a case-blind disk), or it would be read
 * as ours: a checkpoint named `ci-recovery-keyed-x` had children that saved and could never be restored.
 */
const RESERVED_PREFIXES = {
    'ci-recovery-keyed-': 'keyed entries',
    'ci-recovery-rollback-': 'rollback records',
    'ci-recovery-ckpt-': "the actions' own checkpoints",
    'ci-recovery-plan-': 'plan artifacts',
    'ci-recovery-ledger-': 'the ledger',
    // A run's artifact of this name is read as a job attempt's record of its checkpoints (trust.ts).
    'ci-recovery-checkpoints-': "the run's records of its checkpoints",
    'ci-recovery-tests-': 'the test history',
};
/**
 * Why a checkpoint name someone gave (`input`: the input or flag it came from) cannot be used, if it starts
 * with a prefix ci-recovery keeps for itself.
 */
function reservedNameProblem(name, input) {
    const lower = name.toLowerCase();
    const found = Object.entries(RESERVED_PREFIXES).find(([prefix]) => lower.startsWith(prefix));
    if (!found)
        return undefined;
    const [prefix, what] = found;
    return `${input} '${name}' starts with '${prefix}', which ci-recovery keeps for ${what}: a checkpoint of that name would be read as one of them; choose a name without the prefix (e.g. '${name.slice(prefix.length) || 'build'}').`;
}
/** Rollback records share stores with checkpoints and must never be touched by cleanup. */
function isRollbackRecord(name) {
    return name.startsWith('ci-recovery-rollback-');
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
