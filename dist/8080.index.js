export const id = 8080;
export const ids = [8080];
export const modules = {

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
// EXTERNAL MODULE: ./src/core/network-failure.ts
var network_failure = __webpack_require__(67722);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/blob-blocks.ts
/**
 * An Azure block blob written through its signed URL with the two calls an upload needs, Put Block and Put
 * Block List (or Put Blob alone, for bytes that fit one block), spoken directly through the toolkit's HTTP
 * client (proxy settings as the artifact client has them). `@azure/storage-blob` made the same two calls; loading it (1.3 MB of JavaScript) and its request
 * pipeline cost a 574 MiB checkpoint 0.13 s of CPU and 0.15 s of its 2.5 s (7 interleaved rounds each).
 * Failed calls are retried as that client's default policy retried them: 4 tries, 0, 4 and 12 s apart, after
 * a 500 or 503 or a timed-out answer (408, 504), or a connection's failure that may pass (the codes of
 * core/network-failure.ts, which the policy's own list grew into, but a TLS handshake refused); any other
 * answer fails at once.
 */




const MAX_TRIES = 4;
const RETRY_DELAY_MS = 4000;
/**
 * A TLS handshake refused (OpenSSL's words in an `EPROTO`): an https URL to a plain-HTTP server ("wrong version
 * number"), a protocol the peer will not speak, its alert. It fails so on every try; a TLS connection cut
 * mid-way ("unexpected eof while reading") may pass. Not taken off the shared list: there it also decides a
 * ledger's read, where taking a passing failure for a lasting one would replace the branch's history.
 */
const REFUSED_HANDSHAKE = /wrong version number|unsupported protocol|\balert\b/i;
/** A request body is handed to the socket in pieces this large, each one progress for the guard. */
const PIECE = 256 * 1024;
/** An answer another try may change (500, 503, and one that says it timed out: 408, 504). */
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
                if (!(e instanceof BusyError) && (!(0,network_failure/* networkFailureMayPass */.t5)(e) || handshakeRefused(e)))
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
        // 408, 504: the Azure policy retried them by a reason phrase saying TIMEOUT; by status, nginx's
        // "Gateway Time-out" and an empty phrase are too.
        const busy = status === 500 || status === 503 || status === 408 || status === 504;
        throw busy ? new BusyError(answer) : new Error(answer);
    }
}
function handshakeRefused(e) {
    const { code, message } = e;
    return code === 'EPROTO' && typeof message === 'string' && REFUSED_HANDSHAKE.test(message);
}
/** The body in pieces, each taken by the socket a sign of progress. */
function* pieces(body, g) {
    for (let off = 0; off < body.length; off += PIECE) {
        g.touch();
        yield body.subarray(off, off + PIECE);
    }
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

/***/ 67722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ isPassingNetworkCode),
/* harmony export */   pv: () => (/* binding */ namesNetworkFailure),
/* harmony export */   t5: () => (/* binding */ networkFailureMayPass)
/* harmony export */ });
/* unused harmony export PASSING_NETWORK_CODES */
/**
 * Which failures of a connection may pass on another try: the one list of them, for every caller that
 * decides so (a ledger read that may pass, core/store-failure.ts; a blob upload's retry,
 * checkpoint/adapters/blob-blocks.ts). The artifact protocol's Twirp client gives up at once on five of
 * them, as `@actions/artifact` does (checkpoint/adapters/artifact-protocol.ts): a contract, not a
 * judgement of what passes, so it names its five from this list.
 *
 * Each code, and why it may pass:
 * - Node's system errors of a connection (its "Common system errors"): a reset, refused or timed-out
 *   connection, a write to a closed one (`EPIPE`), a name not resolved (`ENOTFOUND`: EAI_NONAME or
 *   EAI_NODATA, for a service's known host a DNS blip), and getaddrinfo's `EAI_AGAIN` (POSIX: "the name
 *   could not be resolved at this time; future attempts may succeed"; libuv: "temporary failure", beside
 *   EAI_FAIL's "permanent failure", which is not here).
 * - A route or host down or unreachable (`ENETDOWN`, `ENETUNREACH`, `EHOSTDOWN`, `EHOSTUNREACH`) and
 *   undici's `UND_ERR_SOCKET`: undici's RetryHandler retries these by default, with `ECONNRESET`,
 *   `ECONNREFUSED`, `ENOTFOUND` and `EPIPE`.
 * - undici's connect, headers and body timeouts, `ESOCKETTIMEDOUT` (the request library's, which the
 *   Azure storage client's retry policy names) and Node's `ERR_SOCKET_CONNECTION_TIMEOUT` (net.js: every
 *   address of an autoSelectFamily connect timed out): timeouts, as `ETIMEDOUT`. A connection timed out
 *   says nothing of what is stored: a ledger read so failed is "unread", and nothing is saved over it.
 * - `ECONNABORTED` (Windows' WSAECONNABORTED, "an established connection was aborted" on the runner's side),
 *   `EPROTO` (a TLS connection cut without its close, OpenSSL's "unexpected eof while reading") and
 *   `ERR_STREAM_PREMATURE_CLOSE` (a stream ended before its end): a connection lost mid-way. An `EPROTO`
 *   may also last (a proxy answering TLS in plain HTTP): a read is left unread; the blob upload tells a
 *   refused handshake by its words and tries it no more (blob-blocks.ts).
 * Not here: `ENOENT` (the Azure client's list names it; a request over TCP to a URL's host raises none, and
 * a missing file fails on every try) and any `EAI_*` but `EAI_AGAIN`.
 */
const PASSING_NETWORK_CODES = [
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'ETIMEDOUT',
    'ESOCKETTIMEDOUT',
    'EPIPE',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ENETUNREACH',
    'ENETDOWN',
    'EHOSTUNREACH',
    'EHOSTDOWN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'ERR_SOCKET_CONNECTION_TIMEOUT',
    'EPROTO',
    'ERR_STREAM_PREMATURE_CLOSE',
];
const CODES = new Set(PASSING_NETWORK_CODES);
/** Whether `code` (an error's `code` field) is a connection's failure that may pass. */
const isPassingNetworkCode = (code) => typeof code === 'string' && CODES.has(code);
// Phrases, never one word: a message may quote a cache key, which holds the branch's name ("fix-timeout").
const NETWORK_TEXT = [
    // a code as Node words it: "read ECONNRESET", "connect ECONNREFUSED 1.2.3.4:443", "getaddrinfo EAI_AGAIN h"
    new RegExp(`(?:^|[\\s:(])(?:${PASSING_NETWORK_CODES.join('|')})\\b`),
    // Node's socket closed before an answer, node-fetch's timeout, a stream closed early (stream.finished)
    /socket hang up|network timeout|Premature close/i,
    // @actions/http-client's socket timeout (3 minutes unless set)
    /\bRequest timeout: /,
];
/** Whether a message names a connection's failure that may pass (a wrapper's message, without its code). */
const namesNetworkFailure = (text) => NETWORK_TEXT.some((re) => re.test(text));
/**
 * Whether `error` is a connection's failure that may pass: by its `code`, else by its message, walked down
 * an AggregateError's `errors` (Node's connect to several addresses) and its `cause`s. By shape, not
 * `instanceof` (pure, and a bundle chunk may hold its own copy of a class). For a caller that retries
 * one request; a status it carries is that caller's to judge.
 */
function networkFailureMayPass(error) {
    // A cause chain is short; the bound keeps a cycle (and an AggregateError's nest) from looping.
    const mayPass = (at, depth) => {
        if (depth >= 8 || at === undefined || at === null)
            return false;
        if (typeof at === 'string')
            return namesNetworkFailure(at);
        if (typeof at !== 'object')
            return false;
        if (isPassingNetworkCode(at.code))
            return true;
        const message = at.message;
        if (typeof message === 'string' && namesNetworkFailure(message))
            return true;
        const errors = at.errors;
        if (Array.isArray(errors) && errors.slice(0, 8).some((e) => mayPass(e, depth + 1)))
            return true;
        return mayPass(at.cause, depth + 1);
    };
    return mayPass(error, 0);
}


/***/ })

};
