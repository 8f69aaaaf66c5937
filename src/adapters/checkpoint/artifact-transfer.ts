/**
 * Streamed artifact transfers, speaking the contract of `@actions/artifact` 6.2.1 (its internals cannot be
 * imported): the Results service's Twirp JSON API (CreateArtifact, FinalizeArtifact, ListArtifacts,
 * GetSignedArtifactURL) with the client's field names, retry policy and backend ids, and Azure block blobs
 * behind the signed URLs.
 *
 * Upload stages blocks while the source is still being produced (compression and upload overlap), from a
 * small pool of fixed-size buffers, hashing every byte on the way; nothing is spooled to disk. Download
 * streams the blob to the caller, resuming with a Range request after a dropped connection.
 *
 * Transport is `@actions/http-client` (proxy settings and user agent as the artifact client has them), for
 * the blocks too (blob-blocks.ts).
 */
import { createHash, type Hash } from 'node:crypto';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Readable } from 'node:stream';
import { HttpClient, type HttpClientResponse } from '@actions/http-client';
import { runner } from '../runner.js';
import { youngGcPacer } from './heap.js';
import { readJobEnv } from '../job-env.js';
import type { JobEnv } from '../../core/job-env.js';
import { UNGUARDED, type TransferGuard } from './store-guard.js';
import { BlockBlob } from './blob-blocks.js';
import { FinalizeRefusedError } from '../../ports/store.js';
import type { RecyclingSource } from './compress.js';

export interface UploadStreamOptions {
  /** Days to keep the artifact (capped by GITHUB_RETENTION_DAYS, like the client). */
  retentionDays?: number;
  /** When the artifact expires, exactly (an incremental checkpoint capped at its parent's expiry). */
  expiresAt?: Date;
  /** Content type of the blob (default: from the name's extension, like the client). */
  mimeType?: string;
  /**
   * Bytes per staged block. Default 4 MiB, half the client's: against Azurite a 211 MiB checkpoint saved
   * as fast with 4 MiB blocks as with 8 (3.98-4.53 s vs 4.06-4.54 s, three runs each) and peaked at
   * 184-187 MB instead of 187-204, since the pool holds (concurrency + 1) blocks. Not measured on a real
   * network; 8 MiB in flight should still exceed a runner's bandwidth-delay product to blob storage.
   */
  blockSize?: number;
  /** Blocks staged at the same time (default 2: as fast as 4 here, 16 MiB less memory). Memory held is (concurrency + 1) * blockSize. */
  concurrency?: number;
  /** Stops the upload for real when the store is given up, and hears of its progress. */
  guard?: TransferGuard;
}

export interface UploadStreamResult {
  id: number;
  /** Bytes stored. */
  size: number;
  /** Hex sha256 of the bytes stored (sent on finalize as `sha256:<hex>`). */
  sha256: string;
}

/** The REST path to artifacts of other runs or attempts (as `@actions/artifact`'s `findBy`). */
export interface FindBy {
  token: string;
  workflowRunId: number;
  repositoryOwner: string;
  repositoryName: string;
}

export const DEFAULT_BLOCK_SIZE = 4 * 1024 * 1024;
export const DEFAULT_CONCURRENCY = 2;
/** Azure's limit of blocks in one block blob. */
const MAX_BLOCKS = 50_000;

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
const jobEnv = (): JobEnv => readJobEnv();

/** Whether this process runs in a job that can upload artifacts (the runner gave it the Results service). */
export function artifactServiceAvailable(): boolean {
  const { token, resultsUrl } = jobEnv().runtime;
  return Boolean(token && resultsUrl);
}

function runtimeToken(): string {
  const token = jobEnv().runtime.token;
  if (!token) throw new Error('Unable to get the ACTIONS_RUNTIME_TOKEN env variable');
  return token;
}

function resultsOrigin(): string {
  const url = jobEnv().runtime.resultsUrl;
  if (!url) throw new Error('Unable to get the ACTIONS_RESULTS_URL env variable');
  return new URL(url).origin;
}

/** Artifacts v4 exist on github.com, GHE.com and *.localhost only; GHES has its own, older service. */
function assertNotGhes(): void {
  const host = new URL(jobEnv().serverUrl).hostname.trimEnd().toUpperCase();
  if (host === 'GITHUB.COM' || host.endsWith('.GHE.COM') || host.endsWith('.LOCALHOST')) return;
  throw new Error(
    `Artifacts (v4, the service @actions/artifact 2+ uses) are not supported on GitHub Enterprise Server (GITHUB_SERVER_URL host ${host.toLowerCase()}). Use a 'dir:' checkpoint store there.`,
  );
}

const INVALID_JWT = 'Failed to get backend IDs: The provided JWT token is invalid and/or missing claims';

/** The run's and job's backend ids from the runtime token's `scp` claim (the token is not verified). */
export function backendIdsFromToken(token = runtimeToken()): {
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
} {
  let scp: unknown;
  try {
    const payload = token.split('.')[1];
    if (payload === undefined) throw new Error('no payload');
    scp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp?: unknown }).scp;
  } catch {
    throw new Error(INVALID_JWT);
  }
  if (!scp || typeof scp !== 'string') throw new Error(INVALID_JWT);
  for (const scope of scp.split(' ')) {
    const parts = scope.split(':');
    if (parts[0] !== 'Actions.Results') continue;
    if (parts.length !== 3) throw new Error(INVALID_JWT);
    return { workflowRunBackendId: parts[1]!, workflowJobRunBackendId: parts[2]! };
  }
  throw new Error(INVALID_JWT);
}

const INVALID_NAME_CHARS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];

function validateArtifactName(name: string): void {
  if (!name) throw new Error('Provided artifact name input during validation is empty');
  const bad = INVALID_NAME_CHARS.find((c) => name.includes(c));
  if (bad !== undefined)
    throw new Error(`The artifact name is not valid: ${name}. Contains the character ${JSON.stringify(bad)}`);
}

/**
 * The content types the client's table (upload/types.js) gives the names a checkpoint store uploads
 * (`.tar.zst`, `.tar.gz`, `.manifest.json`); anything else is octet-stream there too.
 */
const MIME_TYPES: Record<string, string> = { '.json': 'application/json', '.gz': 'application/gzip' };

export function mimeTypeOf(name: string): string {
  return MIME_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * When an artifact uploaded now expires: `retentionDays` capped by the repository's GITHUB_RETENTION_DAYS,
 * which is also the default (90 days when unknown), as the service decides it.
 */
export function expiryOf(retentionDays: number | undefined, now = new Date()): Date {
  const max = jobEnv().retentionDays ?? 90;
  const at = new Date(now);
  at.setDate(at.getDate() + Math.min(retentionDays ?? max, max));
  return at;
}

/** Timestamp for `expires_at`, capped by the repository's GITHUB_RETENTION_DAYS (client: retention.js). */
function expiresAt(retentionDays: number | undefined): string | undefined {
  if (!retentionDays) return undefined;
  const max = jobEnv().retentionDays;
  let days = retentionDays;
  if (max && max < days) {
    runner.warning(
      `Retention days cannot be greater than the maximum allowed retention set within the repository. Using ${max} instead.`,
    );
    days = max;
  }
  const at = new Date();
  at.setDate(at.getDate() + days);
  // protobuf JSON Timestamp: RFC 3339, fraction only when non-zero.
  return at.toISOString().replace('.000Z', 'Z');
}

/** Registers a signed URL's `sig` as a secret, so the runner masks it wherever it gets printed. */
export function maskSig(url: string): void {
  try {
    const sig = new URL(url).searchParams.get('sig');
    if (sig) {
      runner.setSecret(sig);
      runner.setSecret(encodeURIComponent(sig));
    }
  } catch {
    // Not a URL: nothing to mask.
  }
}

/** A URL safe to print: no query (the SAS). */
function scrub(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '<url>';
  }
}

/**
 * A client whose sockets end if `g` gives the store up (dispose destroys its agent's sockets, in use or
 * not, so the pending request fails at once); `release` once the call is done.
 */
function http(g: TransferGuard, allowRedirects = true): { client: HttpClient; release: () => void } {
  const client = new HttpClient(USER_AGENT, [], { allowRedirects, keepAlive: false });
  return { client, release: g.track(() => client.dispose()) };
}

// ---------------------------------------------------------------------------------------------------------
// Twirp.

function retryDelay(attempt: number): number {
  if (attempt === 0) return RETRY.baseMs;
  const min = RETRY.baseMs * RETRY.multiplier ** attempt;
  return Math.trunc(Math.random() * (min * RETRY.multiplier - min) + min);
}

/**
 * One Twirp JSON call with the client's policy: 5 attempts, 3 s base x1.5, retried on 429/5xx, unparsable
 * bodies and other errors; other 4xx fail at once with the service's `msg`; network errors fail at once.
 */
export async function twirp<T>(
  method: string,
  body: Record<string, unknown>,
  g: TransferGuard,
  service = SERVICE,
  maxAttempts = RETRY.maxAttempts,
): Promise<T> {
  const url = new URL(`/twirp/${service}/${method}`, resultsOrigin()).href;
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${runtimeToken()}` };
  const { client, release } = http(g);
  try {
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      let retryable: boolean;
      let message: string;
      let status = 0;
      try {
        const res = await client.post(url, JSON.stringify(body), headers);
        g.touch();
        status = res.message.statusCode ?? 0;
        const parsed = JSON.parse(await res.readBody()) as { msg?: string } & T;
        if (status >= 200 && status < 300) return parsed;
        retryable = RETRYABLE_STATUS.includes(status);
        message = `Failed request: (${status}) ${res.message.statusMessage ?? ''}`;
        if (parsed.msg) {
          if (parsed.msg.includes('insufficient usage'))
            throw new UsageError(
              'Artifact storage quota has been hit. Unable to upload any new artifacts. More info on storage limits: https://docs.github.com/en/billing/managing-billing-for-github-actions/about-billing-for-github-actions#calculating-minute-and-storage-spending',
            );
          message = `${message}: ${parsed.msg}`;
        }
      } catch (error) {
        if (error instanceof UsageError || g.signal.aborted) throw error;
        const code = (error as { code?: string }).code;
        if (code && NETWORK_CODES.includes(code))
          throw new Error(
            `Unable to make request: ${code}. On self-hosted runners, make sure the runner can reach the GitHub endpoints.`,
            { cause: error },
          );
        retryable = true;
        message = (error as Error).message;
      }
      if (!retryable) throw new TwirpStatusError(`Received non-retryable error: ${message}`, status);
      if (attempt + 1 === maxAttempts)
        throw new Error(`Failed to make request after ${maxAttempts} attempts: ${message}`);
      const wait = retryDelay(attempt);
      runner.info(
        `Attempt ${attempt + 1} of ${maxAttempts} failed with error: ${message}. Retrying request in ${wait} ms...`,
      );
      await sleep(wait, undefined, { signal: g.signal });
    }
    throw new Error('Request failed');
  } catch (error) {
    const message = `Failed to ${method}: ${(error as Error).message}`;
    if (error instanceof TwirpStatusError)
      throw new TwirpStatusError(message, error.status, { cause: error });
    throw new Error(message, { cause: error });
  } finally {
    release();
  }
}

/** A Twirp call the service answered with a status its client does not retry (a 4xx but 429). */
export class TwirpStatusError extends Error {
  constructor(
    message: string,
    readonly status: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

class UsageError extends Error {
  override name = 'UsageError';
}

// ---------------------------------------------------------------------------------------------------------
// Upload.

/**
 * Uploads `data` as one raw artifact named `name` (like `uploadArtifact(..., { skipArchive: true })`) while
 * it is still being produced (or from memory, when it is a Buffer). Resolves once the artifact is finalized; on any failure rejects and destroys
 * `data` (nothing more is read), and the artifact is left unfinalized (invisible to list and download).
 */
export async function uploadArtifactStream(
  name: string,
  data: Readable | Buffer,
  opts: UploadStreamOptions = {},
): Promise<UploadStreamResult> {
  // Remember a source error that happens before reading starts (no unhandled 'error' event meanwhile).
  let sourceError: unknown;
  const onSourceError = (error: unknown): void => void (sourceError ??= error);
  const source = Buffer.isBuffer(data) ? undefined : data;
  source?.on('error', onSourceError);
  try {
    assertNotGhes();
    validateArtifactName(name);
    const blockSize = opts.blockSize ?? DEFAULT_BLOCK_SIZE;
    const concurrency = opts.concurrency ?? DEFAULT_CONCURRENCY;
    if (!(blockSize > 0 && blockSize <= 4000 * 1024 * 1024) || !(concurrency >= 1))
      throw new Error(`invalid block size ${blockSize} or concurrency ${concurrency}`);
    const contentType = opts.mimeType ?? mimeTypeOf(name);
    const g = opts.guard ?? UNGUARDED;
    const ids = backendIdsFromToken();
    const expires = opts.expiresAt
      ? opts.expiresAt.toISOString().replace('.000Z', 'Z')
      : expiresAt(opts.retentionDays);
    const created = await twirp<{ ok?: boolean; signed_upload_url?: string }>(
      'CreateArtifact',
      {
        workflow_run_backend_id: ids.workflowRunBackendId,
        workflow_job_run_backend_id: ids.workflowJobRunBackendId,
        name,
        ...(expires ? { expires_at: expires } : {}),
        version: 7,
        mime_type: contentType,
      },
      g,
    );
    if (!created.ok || !created.signed_upload_url)
      throw new Error('CreateArtifact: response from backend was not ok');
    maskSig(created.signed_upload_url);
    if (sourceError) throw asError(sourceError);

    const { size, sha256 } = await stageBlocks(created.signed_upload_url, data, {
      blockSize,
      concurrency,
      contentType,
      g,
    });

    const finalized = await twirp<{ ok?: boolean; artifact_id?: string }>(
      'FinalizeArtifact',
      {
        workflow_run_backend_id: ids.workflowRunBackendId,
        workflow_job_run_backend_id: ids.workflowJobRunBackendId,
        name,
        // int64 as a string; 0 is the default and therefore left out, as toJson does.
        ...(size ? { size: String(size) } : {}),
        hash: `sha256:${sha256}`,
      },
      g,
    ).catch((error: unknown) => {
      throw finalizeRefused(name, error);
    });
    if (!finalized.ok || !finalized.artifact_id)
      throw new Error('FinalizeArtifact: response from backend was not ok');
    source?.off('error', onSourceError);
    return { id: Number(finalized.artifact_id), size, sha256 };
  } catch (error) {
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
function finalizeRefused(name: string, error: unknown): unknown {
  if (!(error instanceof TwirpStatusError) || error.status !== 403) return error;
  return new FinalizeRefusedError(
    name,
    `${error.message} (the artifact's bytes were written; its name '${name}' stays reserved in this job attempt)`,
  );
}

/**
 * Reads `data` into fixed-size blocks from a pool of (concurrency + 1) buffers and stages each full block
 * while the next one fills; reading pauses (backpressure) while `concurrency` blocks are in flight. Then
 * commits the block list. Returns the byte count and sha256 of everything read. A Buffer is staged in
 * slices of itself, without the pool: a manifest upload needs no block-sized copy of bytes already in memory.
 */
export async function stageBlocks(
  signedUrl: string,
  data: Readable | Buffer,
  {
    blockSize,
    concurrency,
    contentType,
    g,
  }: { blockSize: number; concurrency: number; contentType: string; g: TransferGuard },
): Promise<{ size: number; sha256: string }> {
  // The store given up cancels the blocks in flight (their sockets are closed).
  const blob = new BlockBlob(signedUrl, g, USER_AGENT);
  const touch = (): void => g.touch();
  const hash = createHash('sha256');
  const blockIds: string[] = [];
  const free: Buffer[] = [];
  const inFlight = new Set<Promise<void>>();
  let size: number;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;

  const take = (): Buffer => {
    const buf = free.pop();
    if (buf) return buf;
    return Buffer.allocUnsafeSlow(blockSize);
  };
  const stage: StageBlock = async (buf, length, release = (b) => void free.push(b)) => {
    while (inFlight.size >= concurrency && !failure) await new Promise<void>((resolve) => (wake = resolve));
    if (failure) throw failure;
    if (blockIds.length >= MAX_BLOCKS)
      throw new Error(`artifact too large: more than ${MAX_BLOCKS} blocks of ${blockSize} bytes`);
    // Same-length ids, in stream order (Azure requires equal lengths within a blob).
    const id = Buffer.from(`block-${String(blockIds.length).padStart(6, '0')}`).toString('base64');
    blockIds.push(id);
    const staging: Promise<void> = blob
      .stage(id, buf.subarray(0, length))
      .then(
        () => release(buf),
        (error: unknown) => {
          failure ??= new Error(
            `staging block ${blockIds.indexOf(id)} to ${scrub(signedUrl)} failed: ${(error as Error).message}`,
          );
          blob.cancel();
          // Wakes a loop waiting for the next chunk; the caller's pipeline learns why.
          if (!Buffer.isBuffer(data)) data.destroy(failure);
        },
      )
      .finally(() => {
        inFlight.delete(staging);
        wake?.();
      });
    inFlight.add(staging);
  };

  try {
    size = Buffer.isBuffer(data)
      ? await stageBuffer(data, blockSize, hash, stage)
      : await stageStream(data, blockSize, hash, take, stage, touch);
    await Promise.all(inFlight);
    if (failure) throw failure;
    await blob.commit(blockIds, contentType);
  } catch (error) {
    // The first failure wins: blocks cancelled because of it fail too, and must not mask it.
    failure ??= asError(error);
    blob.cancel();
    await Promise.allSettled(inFlight);
    throw failure;
  } finally {
    blob.close();
  }
  return { size, sha256: hash.digest('hex') };
}

/** Stages one block: `length` bytes of `buf`, handed to `release` once staged (default: back to the pool). */
type StageBlock = (buf: Buffer, length: number, release?: (buf: Buffer) => void) => Promise<void>;

/**
 * Copies a stream into blocks of `blockSize` from the pool, staging each full one; returns the bytes read.
 * A chunk that is a whole block by itself, between blocks (a compressor's BlockOutput pushes nothing
 * else), is staged as it is, and handed back to the stream once staged where the stream takes it back.
 */
async function stageStream(
  stream: RecyclingSource,
  blockSize: number,
  hash: Hash,
  take: () => Buffer,
  stage: StageBlock,
  touch: () => void,
): Promise<number> {
  let size = 0;
  let buf: Buffer | undefined;
  let fill = 0;
  const giveBack = (block: Buffer): void => stream.recycle?.(block);
  for await (const chunk of stream as AsyncIterable<Buffer | Uint8Array | string>) {
    const bytes =
      typeof chunk === 'string'
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
  if (buf && fill > 0) await stage(buf, fill);
  return size;
}

/** Stages a Buffer in slices of itself (no copy into the pool); returns its length. */
async function stageBuffer(bytes: Buffer, blockSize: number, hash: Hash, stage: StageBlock): Promise<number> {
  hash.update(bytes);
  for (let off = 0; off < bytes.length; off += blockSize) {
    const slice = bytes.subarray(off, off + blockSize);
    await stage(slice, slice.length, () => undefined);
  }
  return bytes.length;
}

// ---------------------------------------------------------------------------------------------------------
// List.

/** One artifact as listed (the fields of the client's `Artifact`, plus the backend ids Twirp gives). */
export interface ListedArtifact {
  id: number;
  name: string;
  size: number;
  createdAt?: Date;
  /** `sha256:<hex>` as recorded at upload, when the service has one. */
  digest?: string;
  /** Twirp only: enough to ask for a download URL without listing again. */
  backendIds?: { workflowRunBackendId: string; workflowJobRunBackendId: string };
}

/** How many artifacts the client lists at most (its ACTIONS_ARTIFACT_MAX_ARTIFACT_COUNT, default 1000). */
function maxListed(): number {
  return jobEnv().runtime.maxArtifactCount ?? 1000;
}

/**
 * The run's artifacts, as the client's `listArtifacts` finds them: without `findBy`, Twirp ListArtifacts
 * for the current run; with it, the REST list of that run (every attempt), 100 per page, up to the
 * client's maximum. Done here rather than through the client because loading `@actions/artifact` costs
 * about 150 ms of start-up, which every restore and incremental save paid just to list.
 */
export async function listArtifacts(findBy?: FindBy, g = UNGUARDED): Promise<ListedArtifact[]> {
  assertNotGhes();
  return findBy ? restListArtifacts(findBy, g) : twirpListArtifacts(g);
}

/** This run's artifacts through Twirp (only the one with `id`, when given), with their backend ids. */
async function twirpListArtifacts(g: TransferGuard, id?: number): Promise<ListedArtifact[]> {
  const ids = backendIdsFromToken();
  interface Monolith {
    workflow_run_backend_id?: string;
    workflow_job_run_backend_id?: string;
    database_id?: string;
    name?: string;
    size?: string;
    created_at?: string;
    digest?: string;
  }
  const { artifacts = [] } = await twirp<{ artifacts?: Monolith[] }>(
    'ListArtifacts',
    {
      workflow_run_backend_id: ids.workflowRunBackendId,
      workflow_job_run_backend_id: ids.workflowJobRunBackendId,
      ...(id === undefined ? {} : { id_filter: String(id) }),
    },
    g,
  );
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

async function restListArtifacts(findBy: FindBy, g: TransferGuard): Promise<ListedArtifact[]> {
  interface Page {
    total_count?: number;
    artifacts?: { id: number; name: string; size_in_bytes: number; created_at?: string; digest?: string }[];
  }
  const max = maxListed();
  const perPage = 100;
  const out: ListedArtifact[] = [];
  for (let page = 1; ; page++) {
    const body = await restGet<Page>(
      `${repoRoute(findBy)}/actions/runs/${findBy.workflowRunId}/artifacts?per_page=${perPage}&page=${page}`,
      findBy.token,
      g,
    );
    const total = body.total_count ?? 0;
    if (page === 1 && total > max)
      runner.warning(
        `Workflow run ${findBy.workflowRunId} has ${total} artifacts, more than the ${max} listed (ACTIONS_ARTIFACT_MAX_ARTIFACT_COUNT).`,
      );
    for (const a of body.artifacts ?? [])
      out.push({
        id: a.id,
        name: a.name,
        size: a.size_in_bytes,
        ...(a.created_at ? { createdAt: new Date(a.created_at) } : {}),
        ...(a.digest ? { digest: a.digest } : {}),
      });
    if (page * perPage >= Math.min(total, max) || (body.artifacts ?? []).length === 0) break;
  }
  return out.slice(0, max);
}

const apiUrl = (): string => jobEnv().apiUrl;

const repoRoute = (findBy: FindBy): string =>
  `/repos/${encodeURIComponent(findBy.repositoryOwner)}/${encodeURIComponent(findBy.repositoryName)}`;

/** What a failed REST call says: the route, the status and GitHub's `message` when the body has one. */
function restFailure(route: string, status: number, body: string): string {
  let detail = '';
  try {
    detail = (JSON.parse(body) as { message?: string }).message ?? '';
  } catch {
    // Not JSON: the status says enough.
  }
  return `GET ${route.split('?')[0]} answered ${status}${detail ? ` (${detail})` : ''}`;
}

const restHeaders = (token: string): Record<string, string> => ({
  Accept: 'application/vnd.github+json',
  Authorization: `Bearer ${token}`,
  'X-GitHub-Api-Version': '2022-11-28',
});

/** A GitHub REST GET, retried on 5xx and 429 like the blob downloads here; other errors fail at once. */
async function restGet<T>(route: string, token: string, g: TransferGuard): Promise<T> {
  const api = apiUrl();
  for (let attempt = 1; ; attempt++) {
    const { client, release } = http(g);
    let status: number;
    let body: string;
    try {
      const res = await client.get(`${api}${route}`, restHeaders(token));
      status = res.message.statusCode ?? 0;
      body = await res.readBody();
      g.touch();
    } finally {
      release();
    }
    if (status === 200) return JSON.parse(body) as T;
    if (!RETRYABLE_STATUS.includes(status) || attempt >= DOWNLOAD_ATTEMPTS)
      throw new Error(restFailure(route, status, body));
    await sleep(retryDelay(attempt - 1) / 3, undefined, { signal: g.signal });
  }
}

// ---------------------------------------------------------------------------------------------------------
// Download.

/**
 * Streams one artifact's raw bytes (an artifact uploaded with `skipArchive` or by `uploadArtifactStream`).
 * Without `findBy`: the current run, through Twirp ListArtifacts + GetSignedArtifactURL. With it: any run or
 * attempt of the repository, through the REST download redirect. Resolves once the blob answered, so
 * "not found" or "forbidden" reject here; a connection dropped later is resumed with a Range request.
 * The bytes are not verified: the caller checks them against the digest it trusts.
 */
export async function downloadArtifactStream(
  artifact: Pick<ListedArtifact, 'id' | 'name' | 'backendIds'>,
  findBy?: FindBy,
  g = UNGUARDED,
): Promise<Readable> {
  assertNotGhes();
  const url = findBy ? await restDownloadUrl(artifact.id, findBy, g) : await twirpDownloadUrl(artifact, g);
  return streamBlob(url, artifact.name, g);
}

/** The signed URL of an artifact of this run; its backend ids are looked up by id unless the caller has them. */
async function twirpDownloadUrl(
  artifact: Pick<ListedArtifact, 'id' | 'name' | 'backendIds'>,
  g: TransferGuard,
): Promise<string> {
  let ids = artifact.backendIds;
  if (!ids) {
    const listed = await twirpListArtifacts(g, artifact.id);
    ids = (listed.find((a) => a.name === artifact.name) ?? listed[0])?.backendIds;
    if (!ids)
      throw new Error(
        `No artifacts found for ID: ${artifact.id} ('${artifact.name}'). Is it from a different run? That needs a token with 'actions: read'.`,
      );
  }
  const { signed_url: signedUrl } = await twirp<{ signed_url?: string }>(
    'GetSignedArtifactURL',
    {
      workflow_run_backend_id: ids.workflowRunBackendId,
      workflow_job_run_backend_id: ids.workflowJobRunBackendId,
      name: artifact.name,
    },
    g,
  );
  if (!signedUrl) throw new Error(`GetSignedArtifactURL returned no URL for artifact '${artifact.name}'`);
  maskSig(signedUrl);
  return signedUrl;
}

/** GET /repos/{owner}/{repo}/actions/artifacts/{id}/zip answers 302 to a signed blob URL. */
async function restDownloadUrl(id: number, findBy: FindBy, g: TransferGuard): Promise<string> {
  const api = apiUrl();
  const route = `${repoRoute(findBy)}/actions/artifacts/${id}/zip`;
  const { client, release } = http(g, false);
  let res: HttpClientResponse;
  let body: string;
  try {
    res = await client.get(`${api}${route}`, restHeaders(findBy.token));
    body = await res.readBody();
    g.touch();
  } finally {
    release();
  }
  const status = res.message.statusCode ?? 0;
  const location = res.message.headers.location;
  if (status !== 302)
    throw new Error(`Unable to download artifact ${id}: ${restFailure(route, status, body)}`);
  if (!location) throw new Error(`Unable to redirect to artifact download url (artifact ${id})`);
  maskSig(location);
  return location;
}

/**
 * GETs the blob; if the body breaks off, asks again for the rest (`Range` from the first missing byte,
 * `If-Match` the first response's ETag, so a blob replaced meanwhile is never spliced in). Network errors
 * and 5xx are retried; any other unexpected status fails at once.
 */
export async function streamBlob(url: string, name: string, g: TransferGuard): Promise<Readable> {
  const { client, release } = http(g);
  const where = `${name.includes(' ') ? name : `artifact '${name}'`} (${scrub(url)})`;
  const get = async (headers: Record<string, string>, expect: number): Promise<HttpClientResponse> => {
    for (let attempt = 1; ; attempt++) {
      let error: Error;
      try {
        const res = await client.get(url, headers);
        g.touch();
        const status = res.message.statusCode ?? 0;
        if (status === expect) return res;
        res.message.resume();
        error = new Error(
          `unexpected HTTP response from blob storage: ${status} ${res.message.statusMessage ?? ''}`,
        );
        if (status < 500) throw new FatalError(error.message);
      } catch (e) {
        if (g.signal.aborted) throw g.signal.reason as Error;
        if (e instanceof FatalError)
          throw new Error(`Downloading ${where} failed: ${e.message}`, { cause: e });
        error = e as Error;
      }
      if (attempt >= DOWNLOAD_ATTEMPTS)
        throw new Error(`Downloading ${where} failed: ${error.message}`, { cause: error });
      await sleep(retryDelay(attempt - 1) / 3, undefined, { signal: g.signal });
    }
  };
  let first: HttpClientResponse;
  try {
    first = await get({}, 200);
  } catch (error) {
    release();
    throw error;
  }
  const etag = first.message.headers.etag;
  const lengthHeader = first.message.headers['content-length'];
  const total = lengthHeader === undefined ? undefined : Number(lengthHeader);

  const pace = youngGcPacer();
  async function* body(): AsyncGenerator<Buffer> {
    let res = first;
    let received = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        for await (const chunk of res.message as AsyncIterable<Buffer>) {
          received += chunk.length;
          pace(chunk.length);
          g.touch();
          yield chunk;
          g.touch(); // the restore took its time with the chunk: that is not the store's silence
        }
        if (total === undefined || received === total) return;
        throw new Error(`the body ended after ${received} of ${total} bytes`);
      } catch (error) {
        res.message.destroy();
        if (g.signal.aborted) throw g.signal.reason as Error;
        if (attempt >= DOWNLOAD_ATTEMPTS || !etag || total === undefined)
          throw new Error(`Downloading ${where} failed: ${(error as Error).message}`, { cause: error });
        runner.info(
          `Download of artifact '${name}' broke off after ${received} bytes (${(error as Error).message}); resuming`,
        );
        await sleep(retryDelay(attempt - 1) / 3, undefined, { signal: g.signal });
        res = await get({ Range: `bytes=${received}-`, 'If-Match': etag }, 206);
      }
    }
  }
  async function* released(): AsyncGenerator<Buffer> {
    try {
      yield* body();
    } finally {
      release();
    }
  }
  // A short queue: a restore's download must wait in the socket, not in Buffers here (see extractArchive).
  return Readable.from(released(), { objectMode: false, highWaterMark: 64 << 10 });
}

class FatalError extends Error {}
