/**
 * Downloads an artifact as `@actions/artifact` does (artifact-protocol.ts speaks its contract): streams the
 * blob to the caller, resuming with a Range request after a dropped connection.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Readable } from 'node:stream';
import type { HttpClientResponse } from '@actions/http-client';
import { runner } from '../../runner/adapters/runner.js';
import { youngGcPacer } from './heap.js';
import { UNGUARDED, type TransferGuard } from './store-guard.js';
import {
  apiUrl,
  assertNotGhes,
  DOWNLOAD_ATTEMPTS,
  http,
  maskSig,
  repoRoute,
  restFailure,
  restHeaders,
  retryDelay,
  scrub,
  twirp,
  type FindBy,
} from './artifact-protocol.js';
import { twirpListArtifacts, type ListedArtifact } from './artifact-list.js';

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
