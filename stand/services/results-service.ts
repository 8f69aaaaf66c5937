/**
 * A local Actions Results service: Twirp JSON for ArtifactService and CacheService, enough for the real
 * @actions/artifact and @actions/cache clients to work end to end against Azurite. Every request is
 * parsed with the client packages' own generated message classes, so an unknown or mistyped field is
 * rejected exactly as a contract change would be. Errors are Twirp JSON `{code, msg}` with a 4xx status
 * (a 5xx would cost ~26 s of client retries).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
} from '@azure/storage-blob';
import * as artifactPb from '../../node_modules/@actions/artifact/lib/generated/results/api/v1/artifact.js';
import { Timestamp } from '../../node_modules/@actions/artifact/lib/generated/google/protobuf/timestamp.js';
import * as cachePb from '../../node_modules/@actions/cache/lib/generated/results/api/v1/cache.js';
import type { Azurite } from './azurite.js';
import { DEFAULT_CACHE_LIMIT_BYTES, evictionVictims, findEntry, searchOrder } from './cache-rules.js';

const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService';
const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService';
export const ARTIFACT_CONTAINER = 'actions-results';
export const CACHE_CONTAINER = 'actions-cache';

/** An artifact as the Results service holds it; the GitHub fake lists these for the REST API. */
export interface ArtifactRecord {
  id: number;
  name: string;
  /** Bytes, known once finalized. */
  size: number;
  /** `sha256:<hex>` as the client sent it on finalize. */
  digest?: string;
  mimeType?: string;
  runBackendId: string;
  jobBackendId: string;
  /** GitHub run id and attempt the backend id belongs to (see registerRun), if known. */
  runId?: number;
  runAttempt?: number;
  container: string;
  blobName: string;
  createdAt: Date;
  expiresAt?: Date;
  finalized: boolean;
}

export interface CacheRecord {
  id: number;
  key: string;
  version: string;
  /** The ref whose scope the entry was saved in ('' for a token without scopes). */
  scope: string;
  size: number;
  blobName: string;
  createdAt: Date;
  finalized: boolean;
  /** The service's tick of the entry's last save or restore: least recently used goes first (cache-rules.ts). */
  lastUsed: number;
}

export interface TwirpCall {
  service: 'ArtifactService' | 'CacheService';
  method: string;
  body: unknown;
  status: number;
}

export interface TwirpFailure {
  status: number;
  code: string;
  msg: string;
}

export interface BackendIds {
  runBackendId: string;
  jobBackendId: string;
  /**
   * The cache scopes of the runtime token's `ac` claim (`[{"Scope":"refs/heads/main","Permission":1}]`,
   * 1 read, 2 write): a job writes its own ref's scope and reads its ref, its PR's base and the default
   * branch. Empty (a token without scopes): one shared scope, as the stand had before.
   */
  cacheScopes?: { scope: string; permission: number }[];
}

/** The scope a token saves caches in: its writable ref, or '' without scopes. */
function writeScope(ids: BackendIds): string {
  return ids.cacheScopes?.find((s) => (s.permission & 2) !== 0)?.scope ?? '';
}

/** A token with scopes, none of which it may write: read-only (ACTIONS_CACHE_MODE=read, stand.ts CacheMode). */
function writeDenied(ids: BackendIds): boolean {
  const scopes = ids.cacheScopes ?? [];
  return scopes.length > 0 && !scopes.some((s) => (s.permission & 2) !== 0);
}

/**
 * What a read-only token's CreateCacheEntry gets: `ok: false` with a message, which @actions/cache logs as
 * a warning (`Cache reservation failed: …`, then `Failed to save: Unable to reserve cache with key …,
 * another job may be creating this cache.`: toolkit packages/cache/src/cache.ts saveCacheV2), as the
 * changelog of 2026-06-26 says ("actions/cache logs a warning in the run and the job continues without
 * saving"). The message's wording is not published: this one is the stand's own.
 */
export const CACHE_WRITE_DENIED = "this job's cache token is read-only: cache entries cannot be created";

/** The `ac` claim of a runtime token's payload. */
function cacheScopesOf(claims: Record<string, unknown>): { scope: string; permission: number }[] {
  try {
    const ac: unknown = typeof claims.ac === 'string' ? JSON.parse(claims.ac) : [];
    if (!Array.isArray(ac)) return [];
    return ac
      .map((e: { Scope?: unknown; Permission?: unknown }) => ({ scope: e.Scope, permission: e.Permission }))
      .filter(
        (e): e is { scope: string; permission: number } =>
          typeof e.scope === 'string' && typeof e.permission === 'number',
      );
  } catch {
    return [];
  }
}

export interface ResultsService {
  /** Origin to put in ACTIONS_RESULTS_URL (with a trailing slash, like the runner's). */
  url: string;
  port: number;
  artifacts: ArtifactRecord[];
  caches: CacheRecord[];
  /** Entries evicted to keep the repository under its cache limit, in the order evicted. */
  evictedCaches: CacheRecord[];
  calls: TwirpCall[];
  /**
   * Each call's method and body as it arrived, before any hold, delay or answer: the order a client sent
   * them in (`calls` holds them in the order they were answered).
   */
  arrivals: Pick<TwirpCall, 'method' | 'body'>[];
  /** Ties a run backend id to the GitHub run id and attempt, so the REST API can list its artifacts. */
  registerRun(runBackendId: string, runId: number, runAttempt: number): void;
  /** A read-only SAS URL for an artifact's blob (what the REST download redirect points at). */
  artifactDownloadUrl(artifact: ArtifactRecord): string;
  /** Removes an artifact and its blob (the REST DELETE). */
  deleteArtifact(id: number): Promise<void>;
  /** The next `times` calls of `method` (e.g. 'CreateArtifact') answer with this error. */
  failNext(method: string, failure: TwirpFailure, times?: number): void;
  /**
   * The next `times` FinalizeArtifact calls whose blob is written in full answer 403 (FINALIZE_REFUSAL),
   * leaving the artifact created, unfinalized and its name reserved, as the service does (see there).
   */
  refuseFinalize(times?: number): void;
  /**
   * Every later call of `method` answers `ms` later, as a service across the internet does (a GitHub
   * round trip is 100-300 ms): what makes one call after another cost a job its seconds.
   */
  delay(method: string, ms: number): void;
  /**
   * Every later call of `method` waits until `count` of them are in flight at once, or `maxMs` passed: a
   * test then sees whether a client's calls overlap (peakInFlight) without racing a fixed delay, which a
   * loaded machine can outlast between two calls sent side by side.
   */
  gather(method: string, count: number, maxMs: number): void;
  /** The most calls of each method the service was answering at once. */
  peakInFlight: Record<string, number>;
  /**
   * The next call of `method` waits until a call of `other` arrives, or `maxMs` passed: whether a client
   * sends `other` without waiting for `method`'s answer. `sent()` says which ended the wait (true: `other`
   * came; false: the time ran out; undefined: no call of `method` yet).
   */
  holdUntil(method: string, other: string, maxMs: number): { sent: () => boolean | undefined };
  /**
   * Forgets every cache entry, as a new repository's cache starts: for stories that share one stand but
   * each tell of a repository of their own (the ledger post and the supervisor keep is found across jobs).
   */
  forgetCaches(): void;
  stop(): Promise<void>;
}

/**
 * GitHub accepts at most 500 artifacts per job (upload-artifact's README, "Breaking changes"; raised from
 * 10, actions/upload-artifact#470). The refusal's code and wording are not published: these are the
 * stand's own, a 4xx the artifact client does not retry.
 */
export const MAX_ARTIFACTS_PER_JOB = 500;

/**
 * What a transient refusal at FinalizeArtifact answers, after the blob is written: a 403 whose `msg` the
 * client prints as `Failed to FinalizeArtifact: Received non-retryable error: Failed request: (403)
 * Forbidden: Error from intermediary with HTTP status code 403 "Forbidden"` (NVIDIA/cuda-quantum#3977,
 * 2026-02; camunda/camunda#62965, 2026-09). The client retries only 429/5xx
 * (@actions/artifact src/internal/shared/artifact-twirp-client.ts `isRetryableHttpStatusCode`), and the
 * name, reserved by CreateArtifact, then answers 409 `already_exists` to a second upload (QIICR/dcmqi#562).
 */
export const FINALIZE_REFUSAL: TwirpFailure = {
  status: 403,
  code: 'permission_denied',
  msg: 'Error from intermediary with HTTP status code 403 "Forbidden"',
};

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Backend ids from the unsigned runtime token's `scp` claim, as @actions/artifact reads them. */
export function backendIdsFromToken(token: string): BackendIds {
  const payload = token.split('.')[1];
  if (!payload) throw new TwirpError(401, 'unauthenticated', 'runtime token is not a JWT');
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new TwirpError(401, 'unauthenticated', 'runtime token payload is not JSON');
  }
  const scp = typeof claims === 'object' && claims !== null && 'scp' in claims ? claims.scp : undefined;
  if (typeof scp !== 'string') throw new TwirpError(401, 'unauthenticated', 'runtime token has no scp claim');
  for (const scope of scp.split(' ')) {
    const [name, run, job, ...rest] = scope.split(':');
    if (name === 'Actions.Results' && run && job && rest.length === 0)
      return {
        runBackendId: run,
        jobBackendId: job,
        cacheScopes: cacheScopesOf(claims as Record<string, unknown>),
      };
  }
  throw new TwirpError(401, 'unauthenticated', 'runtime token has no Actions.Results scope');
}

interface MessageType<T> {
  fromJson(json: unknown, options?: { ignoreUnknownFields?: boolean }): T;
  toJson(message: T, options?: { useProtoFieldName?: boolean; emitDefaultValues?: boolean }): unknown;
  create(value?: Partial<T>): T;
}

/** A hold of holdUntil: the method awaited, how the wait ended, and the held call's release. */
interface Hold {
  other: string;
  maxMs: number;
  sent?: boolean;
  release?: () => void;
}

export interface ResultsServiceOptions {
  azurite: Azurite;
  /** The repository's cache limit in bytes (default 10 GB, GitHub's); past it entries are evicted LRU. */
  cacheLimitBytes?: number;
}

export async function startResultsService({
  azurite,
  cacheLimitBytes = DEFAULT_CACHE_LIMIT_BYTES,
}: ResultsServiceOptions): Promise<ResultsService> {
  const credential = new StorageSharedKeyCredential(azurite.account, azurite.key);
  const blobService = new BlobServiceClient(azurite.blobEndpoint, credential);
  await blobService.getContainerClient(ARTIFACT_CONTAINER).createIfNotExists();
  await blobService.getContainerClient(CACHE_CONTAINER).createIfNotExists();

  const artifacts: ArtifactRecord[] = [];
  const caches: CacheRecord[] = [];
  const evictedCaches: CacheRecord[] = [];
  let cacheTick = 0;
  const calls: TwirpCall[] = [];
  const arrivals: Pick<TwirpCall, 'method' | 'body'>[] = [];
  const runs = new Map<string, { runId: number; runAttempt: number }>();
  const failures = new Map<string, { failure: TwirpFailure; times: number }>();
  let finalizeRefusals = 0;
  const delays = new Map<string, number>();
  const gathers = new Map<string, { count: number; maxMs: number; waiting: (() => void)[] }>();
  /** Holds a call of `method` until its gather's count is in flight, or its time is up (see gather). */
  const gathered = (method: string): Promise<void> | undefined => {
    const gather = gathers.get(method);
    if (!gather) return undefined;
    if (inFlight.get(method)! >= gather.count) {
      for (const go of gather.waiting.splice(0)) go();
      return undefined;
    }
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, gather.maxMs);
      gather.waiting.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  };
  /** holdUntil's holds not yet met by a call of their method, by that method; and those holding a call. */
  const holds = new Map<string, Hold>();
  const holding = new Set<Hold>();
  /** A call of `method` arrived: it settles the holds awaiting it, then waits if its own method is held. */
  const held = (method: string): Promise<void> | undefined => {
    for (const hold of [...holds.values(), ...holding])
      if (hold.other === method) {
        hold.sent ??= true;
        hold.release?.();
      }
    const hold = holds.get(method);
    if (!hold) return undefined;
    holds.delete(method);
    if (hold.sent) return undefined;
    holding.add(hold);
    return new Promise<void>((resolve) => {
      const end = (): void => {
        holding.delete(hold);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        hold.sent ??= false;
        end();
      }, hold.maxMs);
      hold.release = end;
    });
  };
  const inFlight = new Map<string, number>();
  const peakInFlight: Record<string, number> = {};
  let nextArtifactId = 1000;
  let nextCacheId = 1;

  /** SAS URL without `spr=https`: Azurite is plain http. */
  const sasUrl = (container: string, blobName: string, permissions: string): string => {
    const query = generateBlobSASQueryParameters(
      {
        containerName: container,
        blobName,
        permissions: BlobSASPermissions.parse(permissions),
        startsOn: new Date(Date.now() - 60_000),
        expiresOn: new Date(Date.now() + 60 * 60_000),
      },
      credential,
    ).toString();
    return `${azurite.blobEndpoint}/${container}/${blobName.split('/').map(encodeURIComponent).join('/')}?${query}`;
  };

  const requireRun = (ids: BackendIds, runBackendId: string): void => {
    if (runBackendId !== ids.runBackendId) {
      throw new TwirpError(
        403,
        'permission_denied',
        `workflow_run_backend_id ${runBackendId} is not the token's run`,
      );
    }
  };

  const findArtifact = (runBackendId: string, name: string): ArtifactRecord | undefined =>
    artifacts.find((a) => a.runBackendId === runBackendId && a.name === name);

  const toMonolith = (a: ArtifactRecord): artifactPb.ListArtifactsResponse_MonolithArtifact => ({
    workflowRunBackendId: a.runBackendId,
    workflowJobRunBackendId: a.jobBackendId,
    databaseId: String(a.id),
    name: a.name,
    size: String(a.size),
    createdAt: Timestamp.fromDate(a.createdAt),
    ...(a.digest ? { digest: { value: a.digest } } : {}),
  });

  async function blobSize(container: string, blobName: string): Promise<number | undefined> {
    try {
      const props = await blobService.getContainerClient(container).getBlobClient(blobName).getProperties();
      return props.contentLength;
    } catch {
      return undefined;
    }
  }

  async function removeArtifact(record: ArtifactRecord): Promise<void> {
    artifacts.splice(artifacts.indexOf(record), 1);
    await blobService.getContainerClient(record.container).getBlobClient(record.blobName).deleteIfExists();
  }

  async function evictCache(record: CacheRecord): Promise<void> {
    caches.splice(caches.indexOf(record), 1);
    evictedCaches.push(record);
    await blobService.getContainerClient(CACHE_CONTAINER).getBlobClient(record.blobName).deleteIfExists();
  }

  type Handler = (body: unknown, ids: BackendIds) => unknown;
  const parse = <T>(type: MessageType<T>, body: unknown): T => {
    try {
      return type.fromJson(body);
    } catch (error) {
      throw new TwirpError(400, 'invalid_argument', `${(error as Error).message}`);
    }
  };
  const reply = <T>(type: MessageType<T>, value: T): unknown =>
    type.toJson(type.create(value), { useProtoFieldName: true });

  const artifactHandlers: Record<string, Handler> = {
    CreateArtifact(body, ids) {
      const req = parse(artifactPb.CreateArtifactRequest, body);
      requireRun(ids, req.workflowRunBackendId);
      if (!req.name) throw new TwirpError(400, 'invalid_argument', 'name is required');
      if (findArtifact(req.workflowRunBackendId, req.name)) {
        throw new TwirpError(
          409,
          'already_exists',
          `an artifact named ${req.name} already exists for this run`,
        );
      }
      const ofJob = artifacts.filter(
        (a) => a.runBackendId === req.workflowRunBackendId && a.jobBackendId === req.workflowJobRunBackendId,
      );
      if (ofJob.length >= MAX_ARTIFACTS_PER_JOB) {
        throw new TwirpError(
          400,
          'failed_precondition',
          `the job has reached the limit of ${MAX_ARTIFACTS_PER_JOB} artifacts`,
        );
      }
      const run = runs.get(req.workflowRunBackendId);
      const record: ArtifactRecord = {
        id: nextArtifactId++,
        name: req.name,
        size: 0,
        runBackendId: req.workflowRunBackendId,
        jobBackendId: req.workflowJobRunBackendId,
        container: ARTIFACT_CONTAINER,
        blobName: `${req.workflowRunBackendId}/${req.workflowJobRunBackendId}/${req.name}`,
        createdAt: new Date(),
        finalized: false,
        ...(run ? { runId: run.runId, runAttempt: run.runAttempt } : {}),
        ...(req.mimeType ? { mimeType: req.mimeType.value } : {}),
        ...(req.expiresAt ? { expiresAt: Timestamp.toDate(req.expiresAt) } : {}),
      };
      artifacts.push(record);
      return reply(artifactPb.CreateArtifactResponse, {
        ok: true,
        signedUploadUrl: sasUrl(record.container, record.blobName, 'cw'),
      });
    },
    async FinalizeArtifact(body, ids) {
      const req = parse(artifactPb.FinalizeArtifactRequest, body);
      requireRun(ids, req.workflowRunBackendId);
      const record = findArtifact(req.workflowRunBackendId, req.name);
      if (!record)
        throw new TwirpError(404, 'not_found', `no artifact named ${req.name} was created in this run`);
      if (record.finalized)
        throw new TwirpError(409, 'already_exists', `artifact ${req.name} is already finalized`);
      const actual = await blobSize(record.container, record.blobName);
      if (actual === undefined)
        throw new TwirpError(400, 'failed_precondition', `nothing was uploaded for artifact ${req.name}`);
      if (String(actual) !== req.size) {
        throw new TwirpError(
          400,
          'invalid_argument',
          `size ${req.size} does not match the ${actual} bytes uploaded`,
        );
      }
      if (finalizeRefusals > 0) {
        finalizeRefusals--;
        const { status, code, msg } = FINALIZE_REFUSAL;
        throw new TwirpError(status, code, msg);
      }
      record.size = actual;
      record.finalized = true;
      if (req.hash) record.digest = req.hash.value;
      return reply(artifactPb.FinalizeArtifactResponse, { ok: true, artifactId: String(record.id) });
    },
    ListArtifacts(body, ids) {
      const req = parse(artifactPb.ListArtifactsRequest, body);
      requireRun(ids, req.workflowRunBackendId);
      const found = artifacts.filter(
        (a) =>
          a.finalized &&
          a.runBackendId === req.workflowRunBackendId &&
          (!req.nameFilter || a.name === req.nameFilter.value) &&
          (!req.idFilter || String(a.id) === req.idFilter.value),
      );
      return reply(artifactPb.ListArtifactsResponse, { artifacts: found.map(toMonolith) });
    },
    GetSignedArtifactURL(body, ids) {
      const req = parse(artifactPb.GetSignedArtifactURLRequest, body);
      requireRun(ids, req.workflowRunBackendId);
      const record = findArtifact(req.workflowRunBackendId, req.name);
      if (!record?.finalized)
        throw new TwirpError(404, 'not_found', `no artifact named ${req.name} in this run`);
      return reply(artifactPb.GetSignedArtifactURLResponse, {
        signedUrl: sasUrl(record.container, record.blobName, 'r'),
      });
    },
    async DeleteArtifact(body, ids) {
      const req = parse(artifactPb.DeleteArtifactRequest, body);
      requireRun(ids, req.workflowRunBackendId);
      const record = findArtifact(req.workflowRunBackendId, req.name);
      if (!record?.finalized)
        throw new TwirpError(404, 'not_found', `no artifact named ${req.name} in this run`);
      await removeArtifact(record);
      return reply(artifactPb.DeleteArtifactResponse, { ok: true, artifactId: String(record.id) });
    },
  };

  const cacheHandlers: Record<string, Handler> = {
    CreateCacheEntry(body, ids) {
      const req = parse(cachePb.CreateCacheEntryRequest, body);
      if (!req.key || !req.version)
        throw new TwirpError(400, 'invalid_argument', 'key and version are required');
      if (writeDenied(ids))
        return reply(cachePb.CreateCacheEntryResponse, {
          ok: false,
          signedUploadUrl: '',
          message: CACHE_WRITE_DENIED,
        });
      const scope = writeScope(ids);
      if (caches.some((c) => c.key === req.key && c.version === req.version && c.scope === scope)) {
        throw new TwirpError(409, 'already_exists', `cache entry with key ${req.key} already exists`);
      }
      const record: CacheRecord = {
        id: nextCacheId++,
        key: req.key,
        version: req.version,
        scope,
        size: 0,
        blobName: `${encodeURIComponent(scope)}/${req.version}/${encodeURIComponent(req.key)}`,
        createdAt: new Date(),
        finalized: false,
        lastUsed: ++cacheTick,
      };
      caches.push(record);
      return reply(cachePb.CreateCacheEntryResponse, {
        ok: true,
        signedUploadUrl: sasUrl(CACHE_CONTAINER, record.blobName, 'cw'),
        message: '',
      });
    },
    async FinalizeCacheEntryUpload(body, ids) {
      const req = parse(cachePb.FinalizeCacheEntryUploadRequest, body);
      const scope = writeScope(ids);
      const record = caches.find(
        (c) => c.key === req.key && c.version === req.version && c.scope === scope && !c.finalized,
      );
      if (!record) throw new TwirpError(404, 'not_found', `no reserved cache entry with key ${req.key}`);
      const actual = await blobSize(CACHE_CONTAINER, record.blobName);
      if (actual === undefined || String(actual) !== req.sizeBytes) {
        throw new TwirpError(
          400,
          'invalid_argument',
          `size_bytes ${req.sizeBytes} does not match the ${actual ?? 0} bytes uploaded`,
        );
      }
      record.size = actual;
      record.finalized = true;
      record.lastUsed = ++cacheTick;
      for (const victim of evictionVictims(caches, record, cacheLimitBytes)) await evictCache(victim);
      return reply(cachePb.FinalizeCacheEntryUploadResponse, {
        ok: true,
        entryId: String(record.id),
        message: '',
      });
    },
    GetCacheEntryDownloadURL(body, ids) {
      const req = parse(cachePb.GetCacheEntryDownloadURLRequest, body);
      // Only the scopes the token may read, own ref first: a workflow_run run (ref: the default branch)
      // never sees a PR's, and a PR's run finds its own entry before its base's or the default branch's.
      const hit = findEntry(caches, req, searchOrder(ids.cacheScopes));
      if (hit) hit.lastUsed = ++cacheTick;
      if (!hit)
        return reply(cachePb.GetCacheEntryDownloadURLResponse, {
          ok: false,
          signedDownloadUrl: '',
          matchedKey: '',
        });
      return reply(cachePb.GetCacheEntryDownloadURLResponse, {
        ok: true,
        signedDownloadUrl: sasUrl(CACHE_CONTAINER, hit.blobName, 'r'),
        matchedKey: hit.key,
      });
    },
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const match = /^\/twirp\/([\w.]+)\/(\w+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    const service =
      match?.[1] === ARTIFACT_SERVICE
        ? 'ArtifactService'
        : match?.[1] === CACHE_SERVICE
          ? 'CacheService'
          : undefined;
    const method = match?.[2] ?? '';
    const raw = await readBody(req);
    let body: unknown = raw;
    let status = 200;
    let answer: unknown;
    try {
      if (req.method !== 'POST')
        throw new TwirpError(404, 'bad_route', `${req.method} is not a Twirp method`);
      const handler =
        service === 'ArtifactService'
          ? artifactHandlers[method]
          : service === 'CacheService'
            ? cacheHandlers[method]
            : undefined;
      if (!service || !handler) throw new TwirpError(404, 'bad_route', `no handler for ${req.url}`);
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
        throw new TwirpError(
          400,
          'malformed',
          `content-type ${req.headers['content-type']} is not application/json`,
        );
      }
      try {
        body = JSON.parse(raw);
      } catch {
        throw new TwirpError(400, 'malformed', 'request body is not JSON');
      }
      const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
      if (!auth?.[1]) throw new TwirpError(401, 'unauthenticated', 'missing bearer token');
      const ids = backendIdsFromToken(auth[1]);
      arrivals.push({ method, body });
      inFlight.set(method, (inFlight.get(method) ?? 0) + 1);
      peakInFlight[method] = Math.max(peakInFlight[method] ?? 0, inFlight.get(method)!);
      try {
        await held(method);
        await gathered(method);
        const wait = delays.get(method);
        if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
      } finally {
        inFlight.set(method, inFlight.get(method)! - 1);
      }
      const injected = failures.get(method);
      if (injected && injected.times > 0) {
        injected.times--;
        throw new TwirpError(injected.failure.status, injected.failure.code, injected.failure.msg);
      }
      answer = await handler(body, ids);
    } catch (error) {
      const e =
        error instanceof TwirpError ? error : new TwirpError(400, 'internal', (error as Error).message);
      status = e.status;
      answer = { code: e.code, msg: e.message };
    }
    calls.push({ service: service ?? 'ArtifactService', method, body, status });
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer));
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'internal', msg: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    artifacts,
    caches,
    evictedCaches,
    calls,
    arrivals,
    registerRun(runBackendId, runId, runAttempt) {
      runs.set(runBackendId, { runId, runAttempt });
    },
    artifactDownloadUrl: (a) => sasUrl(a.container, a.blobName, 'r'),
    forgetCaches() {
      caches.splice(0);
      evictedCaches.splice(0);
    },
    async deleteArtifact(id) {
      const record = artifacts.find((a) => a.id === id);
      if (record) await removeArtifact(record);
    },
    failNext(method, failure, times = 1) {
      failures.set(method, { failure, times });
    },
    refuseFinalize(times = 1) {
      finalizeRefusals = times;
    },
    delay(method, ms) {
      delays.set(method, ms);
    },
    gather(method, count, maxMs) {
      gathers.set(method, { count, maxMs, waiting: [] });
    },
    holdUntil(method, other, maxMs) {
      const hold: Hold = { other, maxMs };
      holds.set(method, hold);
      return { sent: () => hold.sent };
    },
    peakInFlight,
    stop: () => closeServer(server),
  };
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
