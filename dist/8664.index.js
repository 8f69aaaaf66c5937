export const id = 8664;
export const ids = [8664,3368,4167];
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
/* harmony import */ var _heap_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(87841);
/* harmony import */ var _store_guard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9498);
/* harmony import */ var _artifact_protocol_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58098);
/* harmony import */ var _artifact_list_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85214);
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
async function downloadArtifactStream(artifact, findBy, g = _store_guard_js__WEBPACK_IMPORTED_MODULE_3__.UNGUARDED) {
    (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .assertNotGhes */ .tD)();
    const url = findBy ? await restDownloadUrl(artifact.id, findBy, g) : await twirpDownloadUrl(artifact, g);
    return streamBlob(url, artifact.name, g);
}
/** The signed URL of an artifact of this run; its backend ids are looked up by id unless the caller has them. */
async function twirpDownloadUrl(artifact, g) {
    let ids = artifact.backendIds;
    if (!ids) {
        const listed = await (0,_artifact_list_js__WEBPACK_IMPORTED_MODULE_5__/* .twirpListArtifacts */ .m)(g, artifact.id);
        ids = (listed.find((a) => a.name === artifact.name) ?? listed[0])?.backendIds;
        if (!ids)
            throw new Error(`No artifacts found for ID: ${artifact.id} ('${artifact.name}'). Is it from a different run? That needs a token with 'actions: read'.`);
    }
    const { signed_url: signedUrl } = await (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .twirp */ .lo)('GetSignedArtifactURL', {
        workflow_run_backend_id: ids.workflowRunBackendId,
        workflow_job_run_backend_id: ids.workflowJobRunBackendId,
        name: artifact.name,
    }, g);
    if (!signedUrl)
        throw new Error(`GetSignedArtifactURL returned no URL for artifact '${artifact.name}'`);
    (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .maskSig */ .sy)(signedUrl);
    return signedUrl;
}
/** GET /repos/{owner}/{repo}/actions/artifacts/{id}/zip answers 302 to a signed blob URL. */
async function restDownloadUrl(id, findBy, g) {
    const api = (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .apiUrl */ .y0)();
    const route = `${(0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .repoRoute */ .yh)(findBy)}/actions/artifacts/${id}/zip`;
    const { client, release } = (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .http */ .LV)(g, false);
    let res;
    let body;
    try {
        res = await client.get(`${api}${route}`, (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .restHeaders */ .xf)(findBy.token));
        body = await res.readBody();
        g.touch();
    }
    finally {
        release();
    }
    const status = res.message.statusCode ?? 0;
    const location = res.message.headers.location;
    if (status !== 302)
        throw new Error(`Unable to download artifact ${id}: ${(0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .restFailure */ .$e)(route, status, body)}`);
    if (!location)
        throw new Error(`Unable to redirect to artifact download url (artifact ${id})`);
    (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .maskSig */ .sy)(location);
    return location;
}
/**
 * GETs the blob; if the body breaks off, asks again for the rest (`Range` from the first missing byte,
 * `If-Match` the first response's ETag, so a blob replaced meanwhile is never spliced in). Network errors
 * and 5xx are retried; any other unexpected status fails at once.
 */
async function streamBlob(url, name, g) {
    const { client, release } = (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .http */ .LV)(g);
    const where = `${name.includes(' ') ? name : `artifact '${name}'`} (${(0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .scrub */ ._I)(url)})`;
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
            if (attempt >= _artifact_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .DOWNLOAD_ATTEMPTS */ .CO)
                throw new Error(`Downloading ${where} failed: ${error.message}`, { cause: error });
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)((0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .retryDelay */ .a2)(attempt - 1) / 3, undefined, { signal: g.signal });
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
    const pace = (0,_heap_js__WEBPACK_IMPORTED_MODULE_6__/* .youngGcPacer */ .qO)();
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
                if (attempt >= _artifact_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .DOWNLOAD_ATTEMPTS */ .CO || !etag || total === undefined)
                    throw new Error(`Downloading ${where} failed: ${error.message}`, { cause: error });
                _runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .runner */ .lj.info(`Download of artifact '${name}' broke off after ${received} bytes (${error.message}); resuming`);
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)((0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .retryDelay */ .a2)(attempt - 1) / 3, undefined, { signal: g.signal });
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


/***/ })

};
