export const id = 7326;
export const ids = [7326,9498,3368,8080,4167];
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
const NETWORK_CODES = ['ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNREFUSED', 'EHOSTUNREACH'];
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
                if (code && NETWORK_CODES.includes(code))
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

/***/ 28080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_BLOCK_SIZE: () => (/* binding */ DEFAULT_BLOCK_SIZE),
  DEFAULT_CONCURRENCY: () => (/* binding */ DEFAULT_CONCURRENCY),
  FinalizeRefusedError: () => (/* reexport */ store_errors/* FinalizeRefusedError */.bJ),
  createArtifact: () => (/* binding */ createArtifact),
  expiryOf: () => (/* binding */ expiryOf),
  mimeTypeOf: () => (/* binding */ mimeTypeOf),
  stageBlocks: () => (/* binding */ stageBlocks),
  uploadArtifactStream: () => (/* binding */ uploadArtifactStream)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/runner/adapters/runner.ts + 1 modules
var runner = __webpack_require__(64984);
// EXTERNAL MODULE: ./src/checkpoint/adapters/store-guard.ts
var store_guard = __webpack_require__(9498);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(44942);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/blob-blocks.ts
/**
 * An Azure block blob written through its signed URL with the two calls an upload needs, Put Block and Put
 * Block List (or Put Blob alone, for bytes that fit one block), spoken directly through the toolkit's HTTP
 * client (proxy settings as the artifact client has them). `@azure/storage-blob` made the same two calls; loading it (1.3 MB of JavaScript) and its request
 * pipeline cost a 574 MiB checkpoint 0.13 s of CPU and 0.15 s of its 2.5 s (7 interleaved rounds each).
 * Failed calls are retried as that client's default policy retried them: 4 tries, 0, 4 and 12 s apart, after
 * a network error or a 500 or 503; any other answer fails at once.
 */



const MAX_TRIES = 4;
const RETRY_DELAY_MS = 4000;
/** Network failures worth another try (those the Azure client's retry policy names). */
const RETRYABLE_ERRORS = [
    'ETIMEDOUT',
    'ESOCKETTIMEDOUT',
    'ECONNREFUSED',
    'ECONNRESET',
    'ENOENT',
    'ENOTFOUND',
    'TIMEOUT',
    'EPIPE',
];
/** A request body is handed to the socket in pieces this large, each one progress for the guard. */
const PIECE = 256 * 1024;
/** An answer another try may change (500, 503). */
class BusyError extends Error {
    name = 'BusyError';
}
class BlockBlob {
    signedUrl;
    g;
    client;
    cancelled = new AbortController();
    untrack;
    /** The blob at `signedUrl`; `g` is told of progress, and gives the uploads up with the store. */
    constructor(signedUrl, g, userAgent) {
        this.signedUrl = signedUrl;
        this.g = g;
        this.client = new lib/* HttpClient */.Qq(userAgent, [], { allowRedirects: false, keepAlive: true });
        this.untrack = g.track(() => this.cancel());
    }
    /** Put Block: `body` as the block `id` (base64, of the same length for every block of the blob). */
    stage(id, body) {
        return this.put(`comp=block&blockid=${encodeURIComponent(id)}`, body, {});
    }
    /** Put Block List: the blob becomes these blocks, in this order, served with `contentType`. */
    commit(ids, contentType) {
        const latest = ids.map((id) => `<Latest>${id}</Latest>`).join('');
        const xml = `<?xml version="1.0" encoding="utf-8"?><BlockList>${latest}</BlockList>`;
        return this.put('comp=blocklist', Buffer.from(xml), {
            'Content-Type': 'application/xml; charset=utf-8',
            'x-ms-blob-content-type': contentType,
        });
    }
    /**
     * Put Blob: the blob becomes `body`, served with `contentType`, in one request. For bytes that fit one block,
     * as @actions/cache's client uploads an entry under its single-shot size (128 MiB) and Azure's .NET client
     * any stream under its initial transfer size; a blob written so is the block blob a block list makes.
     */
    putWhole(body, contentType) {
        return this.put('', body, { 'x-ms-blob-type': 'BlockBlob', 'x-ms-blob-content-type': contentType });
    }
    /** Stops every call now: the ones under way fail, and no other is made. */
    cancel() {
        this.cancelled.abort(new Error('the upload was cancelled'));
        this.client.dispose();
    }
    /** Done with the blob: its connections are closed. */
    close() {
        this.untrack();
        this.client.dispose();
    }
    async put(query, body, headers) {
        const url = query
            ? `${this.signedUrl}${this.signedUrl.includes('?') ? '&' : '?'}${query}`
            : this.signedUrl;
        for (let attempt = 1;; attempt++) {
            let error;
            try {
                this.cancelled.signal.throwIfAborted();
                await this.putOnce(url, body, headers);
                return;
            }
            catch (e) {
                this.cancelled.signal.throwIfAborted();
                if (!(e instanceof BusyError) && !isNetworkFailure(e))
                    throw e;
                error = e;
            }
            if (attempt >= MAX_TRIES)
                throw error;
            await (0,promises_.setTimeout)((2 ** (attempt - 1) - 1) * RETRY_DELAY_MS, undefined, { signal: this.cancelled.signal });
        }
    }
    async putOnce(url, body, headers) {
        const res = await this.client.request('PUT', url, external_node_stream_.Readable.from(pieces(body, this.g)), {
            'Content-Length': String(body.length),
            ...headers,
        });
        await res.readBody();
        this.g.touch();
        const status = res.message.statusCode ?? 0;
        if (status >= 200 && status < 300)
            return;
        const code = res.message.headers['x-ms-error-code'];
        const answer = `blob storage answered ${status} ${res.message.statusMessage ?? ''}${typeof code === 'string' ? ` (${code})` : ''}`;
        throw status === 500 || status === 503 ? new BusyError(answer) : new Error(answer);
    }
}
/** The body in pieces, each taken by the socket a sign of progress. */
function* pieces(body, g) {
    for (let off = 0; off < body.length; off += PIECE) {
        g.touch();
        yield body.subarray(off, off + PIECE);
    }
}
function isNetworkFailure(e) {
    const { name = '', message = '', code } = e;
    const said = `${name} ${message} ${typeof code === 'string' ? code : ''}`.toUpperCase();
    return RETRYABLE_ERRORS.some((what) => said.includes(what));
}

// EXTERNAL MODULE: ./src/checkpoint/ports/store-errors.ts
var store_errors = __webpack_require__(19358);
// EXTERNAL MODULE: ./src/checkpoint/adapters/artifact-protocol.ts
var artifact_protocol = __webpack_require__(58098);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/artifact-upload.ts
/**
 * Uploads an artifact as `@actions/artifact` does (artifact-protocol.ts speaks its contract): it stages
 * blocks while the source is still being produced (compression and upload overlap), from a small pool of
 * fixed-size buffers, hashing every byte on the way; nothing is spooled to disk.
 */







/** The refusal a finalize can meet, for a caller that loads this module alone (post's plan: plan-upload.ts). */

const DEFAULT_BLOCK_SIZE = 4 * 1024 * 1024;
const DEFAULT_CONCURRENCY = 2;
/** Azure's limit of blocks in one block blob. */
const MAX_BLOCKS = 50_000;
const INVALID_NAME_CHARS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];
function validateArtifactName(name) {
    if (!name)
        throw new Error('Provided artifact name input during validation is empty');
    const bad = INVALID_NAME_CHARS.find((c) => name.includes(c));
    if (bad !== undefined)
        throw new Error(`The artifact name is not valid: ${name}. Contains the character ${JSON.stringify(bad)}`);
}
/**
 * The content types the client's table (upload/types.js) gives the names a checkpoint store uploads
 * (`.tar.zst`, `.tar.gz`, `.manifest.json`); anything else is octet-stream there too.
 */
const MIME_TYPES = { '.json': 'application/json', '.gz': 'application/gzip' };
function mimeTypeOf(name) {
    return MIME_TYPES[external_node_path_default().extname(name).toLowerCase()] ?? 'application/octet-stream';
}
/**
 * When an artifact uploaded now expires: `retentionDays` capped by the repository's GITHUB_RETENTION_DAYS,
 * which is also the default (90 days when unknown), as the service decides it.
 */
function expiryOf(retentionDays, now = new Date()) {
    const max = (0,artifact_protocol/* jobEnv */.N$)().retentionDays ?? 90;
    const at = new Date(now);
    at.setDate(at.getDate() + Math.min(retentionDays ?? max, max));
    return at;
}
/** Timestamp for `expires_at`, capped by the repository's GITHUB_RETENTION_DAYS (client: retention.js). */
function expiresAt(retentionDays) {
    if (!retentionDays)
        return undefined;
    const max = (0,artifact_protocol/* jobEnv */.N$)().retentionDays;
    let days = retentionDays;
    if (max && max < days) {
        runner/* runner */.lj.warning(`Retention days cannot be greater than the maximum allowed retention set within the repository. Using ${max} instead.`);
        days = max;
    }
    const at = new Date();
    at.setDate(at.getDate() + days);
    // protobuf JSON Timestamp: RFC 3339, fraction only when non-zero.
    return at.toISOString().replace('.000Z', 'Z');
}
const asError = (e) => (e instanceof Error ? e : new Error(String(e)));
/**
 * Creates the artifact `name` (CreateArtifact): its name is reserved in this job attempt from now on, and
 * it stays invisible to list and download until uploadArtifactStream finalizes it. Done apart so that a
 * caller that knows an upload will follow (a checkpoint's manifest, after its archive) can take the round
 * trip while other work goes on.
 */
async function createArtifact(name, opts = {}) {
    (0,artifact_protocol/* assertNotGhes */.tD)();
    validateArtifactName(name);
    const contentType = opts.mimeType ?? mimeTypeOf(name);
    const ids = (0,artifact_protocol/* backendIdsFromToken */.OM)();
    const expires = opts.expiresAt
        ? opts.expiresAt.toISOString().replace('.000Z', 'Z')
        : expiresAt(opts.retentionDays);
    const created = await (0,artifact_protocol/* twirp */.lo)('CreateArtifact', {
        workflow_run_backend_id: ids.workflowRunBackendId,
        workflow_job_run_backend_id: ids.workflowJobRunBackendId,
        name,
        ...(expires ? { expires_at: expires } : {}),
        version: 7,
        mime_type: contentType,
    }, opts.guard ?? store_guard.UNGUARDED);
    if (!created.ok || !created.signed_upload_url)
        throw new Error('CreateArtifact: response from backend was not ok');
    (0,artifact_protocol/* maskSig */.sy)(created.signed_upload_url);
    return { name, signedUrl: created.signed_upload_url, contentType, ids };
}
/**
 * Uploads `data` as one raw artifact named `name` (like `uploadArtifact(..., { skipArchive: true })`) while
 * it is still being produced (or from memory, when it is a Buffer). Resolves once the artifact is finalized; on any failure rejects and destroys
 * `data` (nothing more is read), and the artifact is left unfinalized (invisible to list and download).
 * `created`: the artifact, created already by createArtifact under this name (else it is created here).
 */
async function uploadArtifactStream(name, data, opts = {}, created) {
    // Remember a source error that happens before reading starts (no unhandled 'error' event meanwhile).
    let sourceError;
    const onSourceError = (error) => void (sourceError ??= error);
    const source = Buffer.isBuffer(data) ? undefined : data;
    source?.on('error', onSourceError);
    try {
        const blockSize = opts.blockSize ?? DEFAULT_BLOCK_SIZE;
        const concurrency = opts.concurrency ?? DEFAULT_CONCURRENCY;
        if (!(blockSize > 0 && blockSize <= 4000 * 1024 * 1024) || !(concurrency >= 1))
            throw new Error(`invalid block size ${blockSize} or concurrency ${concurrency}`);
        const g = opts.guard ?? store_guard.UNGUARDED;
        const artifact = await (created ?? createArtifact(name, opts));
        if (artifact.name !== name)
            throw new Error(`artifact '${artifact.name}' was created for '${name}'`);
        if (sourceError)
            throw asError(sourceError);
        const { contentType, ids } = artifact;
        const { size, sha256 } = await stageBlocks(artifact.signedUrl, data, {
            blockSize,
            concurrency,
            contentType,
            g,
        });
        const finalized = await (0,artifact_protocol/* twirp */.lo)('FinalizeArtifact', {
            workflow_run_backend_id: ids.workflowRunBackendId,
            workflow_job_run_backend_id: ids.workflowJobRunBackendId,
            name,
            // int64 as a string; 0 is the default and therefore left out, as toJson does.
            ...(size ? { size: String(size) } : {}),
            hash: `sha256:${sha256}`,
        }, g).catch((error) => {
            throw finalizeRefused(name, error);
        });
        if (!finalized.ok || !finalized.artifact_id)
            throw new Error('FinalizeArtifact: response from backend was not ok');
        source?.off('error', onSourceError);
        return { id: Number(finalized.artifact_id), size, sha256 };
    }
    catch (error) {
        // The listener stays: destroying may still emit an error no one else listens to.
        source?.destroy();
        throw error;
    }
}
/**
 * A 403 at FinalizeArtifact, once the blob is written, is a refusal the client does not retry (seen as
 * transient: actions/upload-artifact#560, 2024; camunda/camunda#62965, 2026-09), and CreateArtifact keeps
 * the name reserved: an upload under it again meets 409 (QIICR/dcmqi#562, 2026-09).
 */
function finalizeRefused(name, error) {
    if (!(error instanceof artifact_protocol/* TwirpStatusError */.JV) || error.status !== 403)
        return error;
    return new store_errors/* FinalizeRefusedError */.bJ(name, `${error.message} (the artifact's bytes were written; its name '${name}' stays reserved in this job attempt)`);
}
/**
 * Reads `data` into fixed-size blocks from a pool of (concurrency + 1) buffers and stages each full block
 * while the next one fills; reading pauses (backpressure) while `concurrency` blocks are in flight. Then
 * commits the block list. Returns the byte count and sha256 of everything read. A Buffer is staged in
 * slices of itself, without the pool: a manifest upload needs no block-sized copy of bytes already in memory.
 * Bytes that fit one block go up whole (Put Blob): one round trip instead of a block and its list. For a
 * Buffer that is known at once; a stream's is known when it ends before its first block is full (an
 * incremental checkpoint's archive, a few MB at most), and its bytes wait in the pool's buffer until then.
 */
async function stageBlocks(signedUrl, data, { blockSize, concurrency, contentType, g, }) {
    // The store given up cancels the blocks in flight (their sockets are closed).
    const blob = new BlockBlob(signedUrl, g, artifact_protocol/* USER_AGENT */._O);
    const touch = () => g.touch();
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const blockIds = [];
    const free = [];
    const inFlight = new Set();
    let size = 0;
    let failure;
    let wake;
    const take = () => free.pop() ?? Buffer.allocUnsafeSlow(blockSize);
    const stage = async (buf, length, release = (b) => void free.push(b)) => {
        while (inFlight.size >= concurrency && !failure)
            await new Promise((resolve) => (wake = resolve));
        if (failure)
            throw failure;
        if (blockIds.length >= MAX_BLOCKS)
            throw new Error(`artifact too large: more than ${MAX_BLOCKS} blocks of ${blockSize} bytes`);
        // Same-length ids, in stream order (Azure requires equal lengths within a blob).
        const id = Buffer.from(`block-${String(blockIds.length).padStart(6, '0')}`).toString('base64');
        blockIds.push(id);
        const staging = blob
            .stage(id, buf.subarray(0, length))
            .then(() => release(buf), (error) => {
            failure ??= new Error(`staging block ${blockIds.indexOf(id)} to ${(0,artifact_protocol/* scrub */._I)(signedUrl)} failed: ${error.message}`);
            blob.cancel();
            // Wakes a loop waiting for the next chunk; the caller's pipeline learns why.
            if (!Buffer.isBuffer(data))
                data.destroy(failure);
        })
            .finally(() => {
            inFlight.delete(staging);
            wake?.();
        });
        inFlight.add(staging);
    };
    try {
        // Bytes that fit one block, known at once (a Buffer) or once the stream ended before a block was full.
        let whole = Buffer.isBuffer(data) && data.length <= blockSize ? data : undefined;
        if (whole)
            hash.update(whole);
        else if (Buffer.isBuffer(data))
            size = await stageBuffer(data, blockSize, hash, stage);
        else {
            const read = await stageStream(data, blockSize, hash, take, stage, touch);
            size = read.size;
            if (blockIds.length === 0)
                whole = read.tail ?? Buffer.alloc(0);
            else if (read.tail)
                await stage(read.tail, read.tail.length, () => undefined);
        }
        if (whole) {
            await putWhole(blob, signedUrl, whole, contentType);
            return { size: whole.length, sha256: hash.digest('hex') };
        }
        await Promise.all(inFlight);
        if (failure)
            throw failure;
        await blob.commit(blockIds, contentType);
    }
    catch (error) {
        // The first failure wins: blocks cancelled because of it fail too, and must not mask it.
        failure ??= asError(error);
        blob.cancel();
        await Promise.allSettled(inFlight);
        throw failure;
    }
    finally {
        blob.close();
    }
    return { size, sha256: hash.digest('hex') };
}
/** Put Blob; a failure is said as a block's is: which blob (never its signature), then why. */
function putWhole(blob, signedUrl, bytes, contentType) {
    return blob.putWhole(bytes, contentType).catch((error) => {
        throw new Error(`putting ${(0,artifact_protocol/* scrub */._I)(signedUrl)} whole failed: ${error.message}`);
    });
}
/**
 * Copies a stream into blocks of `blockSize` from the pool, staging each full one; returns the bytes read
 * and the last block's bytes, if it is not full (not staged: the caller puts them whole when nothing was).
 * A chunk that is a whole block by itself, between blocks (a compressor's BlockOutput pushes nothing
 * else), is staged as it is, and handed back to the stream once staged where the stream takes it back.
 */
async function stageStream(stream, blockSize, hash, take, stage, touch) {
    let size = 0;
    let buf;
    let fill = 0;
    const giveBack = (block) => stream.recycle?.(block);
    for await (const chunk of stream) {
        const bytes = typeof chunk === 'string'
            ? Buffer.from(chunk)
            : Buffer.isBuffer(chunk)
                ? chunk
                : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        hash.update(bytes);
        touch(); // the source still produces: compression, not the store, is what takes time
        size += bytes.length;
        if (fill === 0 && bytes.length === blockSize) {
            await stage(bytes, blockSize, giveBack);
            continue;
        }
        buf ??= take();
        for (let off = 0; off < bytes.length;) {
            const n = bytes.copy(buf, fill, off);
            fill += n;
            off += n;
            if (fill === blockSize) {
                await stage(buf, fill);
                buf = take();
                fill = 0;
            }
        }
    }
    return buf && fill > 0 ? { size, tail: buf.subarray(0, fill) } : { size };
}
/** Stages a Buffer in slices of itself (no copy into the pool); returns its length. */
async function stageBuffer(bytes, blockSize, hash, stage) {
    hash.update(bytes);
    for (let off = 0; off < bytes.length; off += blockSize) {
        const slice = bytes.subarray(off, off + blockSize);
        await stage(slice, slice.length, () => undefined);
    }
    return bytes.length;
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
