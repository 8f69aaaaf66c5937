/**
 * Small JSON documents kept across runs in the cache service: the ledger and the flaky-test history. On
 * the cache service github.com runs (v2, through the Results service) a document is an entry of its own
 * bytes, under a version of our own, spoken to with the contract @actions/cache 6 uses
 * (checkpoint/cache-transfer.ts): main and post then neither load the cache client (its Azure and protobuf
 * code: 0.1 to 0.2 s each of a green job's main and post on the stand) nor spawn tar and zstd for a few KB,
 * and no runner's temp path goes into the version (the client hashes the paths it is given: a runner
 * whose RUNNER_TEMP differs never found another's entries). On GHES, whose service is v1 only, the cache
 * client keeps them as before, in `file`. Known limits there: a lookup that fails still reads as "none
 * found" (the client answers both with undefined, its warning the only difference), so a ledger is then
 * saved over; and an entry found and not downloaded is tried once more, then taken as lasting (the client
 * answers a network error or a 5xx as it does a corrupt archive or a blob gone), so a failure that outlasts
 * the second try is taken for one that never passes, and the ledger is replaced.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { JobEnv } from '../core/job-env.js';
import type { StoreGuard } from '../checkpoint/index.js';
import { load } from '../checkpoint/load.js';
import { readJobEnv } from '../runner/adapters/job-env.js';

/** A document cache: the document under a key, or the newest under a prefix, and a save under a new key. */
export interface DocumentCache {
  /** The document under `key`, else the newest whose key starts with one of `prefixes`; undefined: none. */
  restore(key: string, prefixes: readonly string[]): Promise<{ key: string; text: string } | undefined>;
  /**
   * As `restore`, the found key first: its document is downloaded only when `read` is called (on the cache
   * service; the cache client has it already).
   */
  find(key: string, prefixes: readonly string[]): Promise<FoundDocument | undefined>;
  /**
   * Saves `text` under `key`: undefined once saved, else why the service refused it. Throws on a failure
   * (`text` rejecting among them). A `text` still being made is awaited only once the key is reserved: the
   * reservation's round trip overlaps what makes it; that wait is not the service's silence (no stall).
   */
  save(key: string, text: string | Promise<string>): Promise<string | undefined>;
}

/** A document found under `key`, read when asked for. */
export interface FoundDocument {
  key: string;
  read(): Promise<string>;
}

/** The version of every document entry: no actions/cache entry is read as one, nor one as theirs. */
export const DOCUMENT_VERSION = createHash('sha256').update('ci-recovery document json-1').digest('hex');

/** Larger than any ledger or history this project writes (both are capped far below). */
const MAX_DOCUMENT_BYTES = 32 << 20;

/**
 * The cache this job can keep documents in: the service itself where it runs v2, else the cache client
 * (kept in `file`) where it offers one, else undefined.
 */
export async function documentCache(
  file: string,
  env: Pick<JobEnv, 'runtime' | 'ghes' | 'storeStallSeconds'> = readJobEnv(),
): Promise<DocumentCache | undefined> {
  if (!env.ghes && env.runtime.resultsUrl && env.runtime.token)
    return new ServiceDocuments(env, await load.cacheTransfer(), await load.storeGuard());
  if (!env.runtime.cacheUrl && !env.runtime.resultsUrl) return undefined;
  // The client (with its Azure and protobuf code) loads only then: isFeatureAvailable needs one of the URLs.
  const cache = await import('@actions/cache');
  return cache.isFeatureAvailable() ? new ClientDocuments(cache, file) : undefined;
}

class ServiceDocuments implements DocumentCache {
  constructor(
    private readonly env: Pick<JobEnv, 'storeStallSeconds'>,
    private readonly transfer: Awaited<ReturnType<typeof load.cacheTransfer>>,
    private readonly guards: Awaited<ReturnType<typeof load.storeGuard>>,
  ) {}

  private guard(): StoreGuard {
    return new this.guards.StoreGuard('the cache service', this.guards.stallMsOf(this.env));
  }

  async restore(key: string, prefixes: readonly string[]) {
    const found = await this.find(key, prefixes);
    return found && { key: found.key, text: await found.read() };
  }

  async find(key: string, prefixes: readonly string[]): Promise<FoundDocument | undefined> {
    const g = this.guard();
    const found = await g.during(() => this.transfer.findCacheEntry(key, prefixes, DOCUMENT_VERSION, g));
    if (!found) return undefined;
    // Its own guard: a read asked for later (post's, once the job turned out not green) is timed from then.
    const read = async (): Promise<string> => {
      const r = this.guard();
      const bytes = await r.during(() =>
        this.transfer.readCacheEntry(found.url, found.key, r, MAX_DOCUMENT_BYTES),
      );
      return bytes.toString('utf8');
    };
    return { key: found.key, read };
  }

  async save(key: string, text: string | Promise<string>) {
    const g = this.guard();
    const bytes = Promise.resolve(text).then((t) => Buffer.from(t, 'utf8'));
    bytes.catch(() => undefined); // awaited once the key is reserved, which reports it
    try {
      const url = await g.during(() => this.transfer.reserveCacheEntry(key, g, DOCUMENT_VERSION));
      // Outside the guard: waiting for the text (another service's read) is not this service's silence.
      const body = await bytes;
      await g.during(() => this.transfer.fillCacheEntry(url, key, body, g, DOCUMENT_VERSION));
      return undefined;
    } catch (error) {
      // ok: false (another job's key, or a token that may only read): refused, not failed.
      if (error instanceof this.transfer.CacheKeyTakenError) return error.message;
      throw error;
    }
  }
}

/**
 * An entry found that the cache client did not download, twice. Its message quotes no key (a key is anyone's
 * with write access to the cache): core/store-failure.ts reads its name, lasting.
 */
export class DocumentNotDownloadedError extends Error {
  override name = 'DocumentNotDownloadedError';
  constructor() {
    super(
      'the entry was found, but the cache client did not download it, twice (its warnings above say why)',
    );
  }
}

/** The cache client, for a service it speaks and we do not (GHES's v1): the document goes through `file`. */
class ClientDocuments implements DocumentCache {
  constructor(
    private readonly cache: typeof import('@actions/cache'),
    private readonly file: string,
  ) {}

  async restore(key: string, prefixes: readonly string[]) {
    const found = await this.find(key, prefixes);
    return found && { key: found.key, text: await found.read() };
  }

  /**
   * A lookup first: the client answers a download that failed as "none found" (only its own warning says
   * otherwise), so the lookup tells "there is one" from "none", and `read` downloads it.
   */
  async find(key: string, prefixes: readonly string[]): Promise<FoundDocument | undefined> {
    const exists = await this.cache.restoreCache([this.file], key, [...prefixes], { lookupOnly: true });
    return exists === undefined ? undefined : { key: exists, read: () => this.download(key, prefixes) };
  }

  /**
   * The entry found, downloaded: tried twice, since the client answers a network error or a 5xx as it does
   * a corrupt archive or a blob gone (undefined); a second failure is taken as lasting (known limit).
   */
  private async download(key: string, prefixes: readonly string[]): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      await rm(this.file, { force: true });
      await mkdir(path.dirname(this.file), { recursive: true });
      const found = await this.cache.restoreCache([this.file], key, [...prefixes]);
      // a restored file that cannot be read is an empty document, as a missing one
      if (found !== undefined) return readFile(this.file, 'utf8').catch(() => '');
      if (attempt >= 2) throw new DocumentNotDownloadedError();
    }
  }

  async save(key: string, text: string | Promise<string>) {
    // Awaited first: a `text` that rejects while the mkdir runs (or after it failed) would go unhandled.
    const body = await text;
    await mkdir(path.dirname(this.file), { recursive: true });
    await writeFile(this.file, body);
    const id = await this.cache.saveCache([this.file], key);
    return id === -1 ? 'see the cache messages above' : undefined;
  }
}
