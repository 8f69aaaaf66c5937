/**
 * Cache entries of the cache service (v2), spoken to directly with the contract @actions/cache 6 uses
 * (CacheService Twirp JSON: CreateCacheEntry, FinalizeCacheEntryUpload, GetCacheEntryDownloadURL; Azure
 * block blobs behind the signed URLs), but with our bytes as the entry: a keyed entry's archive goes up
 * as it is packed and comes down into the restore's own checks. @actions/cache would wrap it in a second
 * tar and unpack that with `tar -P` wherever its member names point, before anything could check it.
 */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { maskSig, twirp } from './artifact-protocol.js';
import { streamBlob } from './artifact-download.js';
import type { TransferGuard } from './store-guard.js';

const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService';
/**
 * Two attempts (one retry, 3 s later), not the artifact client's five (26 s of backoff): a keyed entry
 * only saves time, and a save that waits on a failing cache service would cost more than it saves.
 */
const ATTEMPTS = 2;

/**
 * The version every keyed entry is saved and found under. The service scopes a key by its version
 * (@actions/cache hashes its paths and compressor into it); ours names the format instead, so that no
 * actions/cache entry is ever read as one of ours, nor ours as one of theirs.
 */
export const KEYED_VERSION = createHash('sha256').update('ci-recovery keyed entry keyed-1').digest('hex');

/** The signed URL of the entry under exactly `key`, or undefined when the cache has none. */
export async function cacheEntryUrl(key: string, g: TransferGuard): Promise<string | undefined> {
  const found = await findCacheEntry(key, [], KEYED_VERSION, g);
  return found?.key === key ? found.url : undefined;
}

/**
 * The entry under `key`, else the newest whose key starts with one of `prefixes` (the service's
 * restore_keys), of `version`: its key and signed URL, or undefined when the cache has none.
 */
export async function findCacheEntry(
  key: string,
  prefixes: readonly string[],
  version: string,
  g: TransferGuard,
): Promise<{ key: string; url: string } | undefined> {
  const res = await twirp<{ ok?: boolean; signed_download_url?: string; matched_key?: string }>(
    'GetCacheEntryDownloadURL',
    { key, restore_keys: prefixes, version },
    g,
    CACHE_SERVICE,
    ATTEMPTS,
  );
  if (!res.ok || !res.signed_download_url || !res.matched_key) return undefined;
  maskSig(res.signed_download_url);
  return { key: res.matched_key, url: res.signed_download_url };
}

/** The entry's bytes as they download (resumed after a dropped connection, as an artifact's). */
export function downloadCacheEntry(url: string, key: string, g: TransferGuard): Promise<Readable> {
  return streamBlob(url, `cache entry '${key}'`, g);
}

/** A small entry, whole (a manifest, a document); refused past `maxBytes`. */
export async function readCacheEntry(
  url: string,
  key: string,
  g: TransferGuard,
  maxBytes: number,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of await downloadCacheEntry(url, key, g)) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new CacheEntryTooLargeError(key, maxBytes);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * An entry past the cap: it is so on every try. Named (core/store-failure.ts reads the name, never the
 * message, whose key anyone with write access to the cache could have chosen).
 */
export class CacheEntryTooLargeError extends Error {
  override name = 'CacheEntryTooLargeError';
  constructor(key: string, maxBytes: number) {
    super(`cache entry ${key} is over ${maxBytes} bytes`);
  }
}

/** Another publisher holds the key: keys are immutable, and the entry is theirs. */
export class CacheKeyTakenError extends Error {
  override name = 'CacheKeyTakenError';
}

/**
 * Uploads `data` as the entry `key` (of `version`: a keyed entry's by default) while it is still being
 * produced; resolves with the size and sha256
 * of what was stored once the service finalized it. Rejects with CacheKeyTakenError when the key exists.
 */
export async function uploadCacheEntry(
  key: string,
  data: Readable | Buffer,
  g: TransferGuard,
  version = KEYED_VERSION,
): Promise<{ size: number; sha256: string }> {
  return fillCacheEntry(await reserveCacheEntry(key, g, version), key, data, g, version);
}

/**
 * Reserves the entry `key` (of `version`): the signed URL its bytes go to (fillCacheEntry). Rejects with
 * CacheKeyTakenError when the key exists. Apart from the fill so that a caller can make the bytes
 * meanwhile, and wait for them outside its guard: that wait is not the service's silence.
 */
export async function reserveCacheEntry(
  key: string,
  g: TransferGuard,
  version = KEYED_VERSION,
): Promise<string> {
  let created: { ok?: boolean; signed_upload_url?: string; message?: string };
  try {
    created = await twirp('CreateCacheEntry', { key, version }, g, CACHE_SERVICE, ATTEMPTS);
  } catch (error) {
    if (/\(409\)|already exists/i.test((error as Error).message))
      throw new CacheKeyTakenError((error as Error).message);
    throw error;
  }
  // The service answers ok: false for a key that is being, or was, saved by another job.
  if (!created.ok || !created.signed_upload_url)
    throw new CacheKeyTakenError(
      `the cache service did not reserve ${key}${created.message ? ` (${created.message})` : ''}`,
    );
  maskSig(created.signed_upload_url);
  return created.signed_upload_url;
}

/** Uploads `data` to the entry reserved at `url` and finalizes it: its size and sha256. */
export async function fillCacheEntry(
  url: string,
  key: string,
  data: Readable | Buffer,
  g: TransferGuard,
  version = KEYED_VERSION,
): Promise<{ size: number; sha256: string }> {
  // Loaded here, not at the top: main and post read cache entries on every job and upload on few.
  const { stageBlocks, DEFAULT_BLOCK_SIZE, DEFAULT_CONCURRENCY } = await import('./artifact-upload.js');
  const { size, sha256 } = await stageBlocks(url, data, {
    blockSize: DEFAULT_BLOCK_SIZE,
    concurrency: DEFAULT_CONCURRENCY,
    contentType: 'application/octet-stream',
    g,
  });
  const finalized = await twirp<{ ok?: boolean }>(
    'FinalizeCacheEntryUpload',
    { key, ...(size ? { size_bytes: String(size) } : {}), version },
    g,
    CACHE_SERVICE,
    ATTEMPTS,
  );
  if (!finalized.ok) throw new Error(`the cache service did not finalize ${key}`);
  return { size, sha256 };
}
