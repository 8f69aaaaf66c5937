/**
 * Uploads an artifact as `@actions/artifact` does (artifact-protocol.ts speaks its contract): it stages
 * blocks while the source is still being produced (compression and upload overlap), from a small pool of
 * fixed-size buffers, hashing every byte on the way; nothing is spooled to disk.
 */
import { createHash, type Hash } from 'node:crypto';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { runner } from '../../runner/adapters/runner.js';
import { UNGUARDED, type TransferGuard } from './store-guard.js';
import { BlockBlob } from './blob-blocks.js';
import { FinalizeRefusedError } from '../ports/store-errors.js';
import type { RecyclingSource } from './compress.js';
import {
  assertNotGhes,
  backendIdsFromToken,
  jobEnv,
  maskSig,
  scrub,
  twirp,
  TwirpStatusError,
  USER_AGENT,
} from './artifact-protocol.js';

/** The refusal a finalize can meet, for a caller that loads this module alone (post's plan: plan-upload.ts). */
export { FinalizeRefusedError };

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

export const DEFAULT_BLOCK_SIZE = 4 * 1024 * 1024;
export const DEFAULT_CONCURRENCY = 2;
/** Azure's limit of blocks in one block blob. */
const MAX_BLOCKS = 50_000;

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

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

/** An artifact created (CreateArtifact) and not yet written: where its bytes go, and what finalizes it. */
export interface CreatedArtifact {
  name: string;
  signedUrl: string;
  contentType: string;
  ids: ReturnType<typeof backendIdsFromToken>;
}

/**
 * Creates the artifact `name` (CreateArtifact): its name is reserved in this job attempt from now on, and
 * it stays invisible to list and download until uploadArtifactStream finalizes it. Done apart so that a
 * caller that knows an upload will follow (a checkpoint's manifest, after its archive) can take the round
 * trip while other work goes on.
 */
export async function createArtifact(name: string, opts: UploadStreamOptions = {}): Promise<CreatedArtifact> {
  assertNotGhes();
  validateArtifactName(name);
  const contentType = opts.mimeType ?? mimeTypeOf(name);
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
    opts.guard ?? UNGUARDED,
  );
  if (!created.ok || !created.signed_upload_url)
    throw new Error('CreateArtifact: response from backend was not ok');
  maskSig(created.signed_upload_url);
  return { name, signedUrl: created.signed_upload_url, contentType, ids };
}

/**
 * Uploads `data` as one raw artifact named `name` (like `uploadArtifact(..., { skipArchive: true })`) while
 * it is still being produced (or from memory, when it is a Buffer). Resolves once the artifact is finalized; on any failure rejects and destroys
 * `data` (nothing more is read), and the artifact is left unfinalized (invisible to list and download).
 * `created`: the artifact, created already by createArtifact under this name (else it is created here).
 */
export async function uploadArtifactStream(
  name: string,
  data: Readable | Buffer,
  opts: UploadStreamOptions = {},
  created?: Promise<CreatedArtifact>,
): Promise<UploadStreamResult> {
  // Remember a source error that happens before reading starts (no unhandled 'error' event meanwhile).
  let sourceError: unknown;
  const onSourceError = (error: unknown): void => void (sourceError ??= error);
  const source = Buffer.isBuffer(data) ? undefined : data;
  source?.on('error', onSourceError);
  try {
    const blockSize = opts.blockSize ?? DEFAULT_BLOCK_SIZE;
    const concurrency = opts.concurrency ?? DEFAULT_CONCURRENCY;
    if (!(blockSize > 0 && blockSize <= 4000 * 1024 * 1024) || !(concurrency >= 1))
      throw new Error(`invalid block size ${blockSize} or concurrency ${concurrency}`);
    const g = opts.guard ?? UNGUARDED;
    const artifact = await (created ?? createArtifact(name, opts));
    if (artifact.name !== name) throw new Error(`artifact '${artifact.name}' was created for '${name}'`);
    if (sourceError) throw asError(sourceError);

    const { contentType, ids } = artifact;
    const { size, sha256 } = await stageBlocks(artifact.signedUrl, data, {
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
 * Bytes that fit one block go up whole (Put Blob): one round trip instead of a block and its list. For a
 * Buffer that is known at once; a stream's is known when it ends before its first block is full (an
 * incremental checkpoint's archive, a few MB at most), and its bytes wait in the pool's buffer until then.
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
  let size = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;

  const take = (): Buffer => free.pop() ?? Buffer.allocUnsafeSlow(blockSize);
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
    // Bytes that fit one block, known at once (a Buffer) or once the stream ended before a block was full.
    let whole = Buffer.isBuffer(data) && data.length <= blockSize ? data : undefined;
    if (whole) hash.update(whole);
    else if (Buffer.isBuffer(data)) size = await stageBuffer(data, blockSize, hash, stage);
    else {
      const read = await stageStream(data, blockSize, hash, take, stage, touch);
      size = read.size;
      if (blockIds.length === 0) whole = read.tail ?? Buffer.alloc(0);
      else if (read.tail) await stage(read.tail, read.tail.length, () => undefined);
    }
    if (whole) {
      await putWhole(blob, signedUrl, whole, contentType);
      return { size: whole.length, sha256: hash.digest('hex') };
    }
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

/** Put Blob; a failure is said as a block's is: which blob (never its signature), then why. */
function putWhole(blob: BlockBlob, signedUrl: string, bytes: Buffer, contentType: string): Promise<void> {
  return blob.putWhole(bytes, contentType).catch((error: unknown) => {
    throw new Error(`putting ${scrub(signedUrl)} whole failed: ${(error as Error).message}`);
  });
}

/** Stages one block: `length` bytes of `buf`, handed to `release` once staged (default: back to the pool). */
type StageBlock = (buf: Buffer, length: number, release?: (buf: Buffer) => void) => Promise<void>;

/**
 * Copies a stream into blocks of `blockSize` from the pool, staging each full one; returns the bytes read
 * and the last block's bytes, if it is not full (not staged: the caller puts them whole when nothing was).
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
): Promise<{ size: number; tail?: Buffer }> {
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
  return buf && fill > 0 ? { size, tail: buf.subarray(0, fill) } : { size };
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
