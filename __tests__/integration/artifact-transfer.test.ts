/**
 * Streamed artifact transfers (src/checkpoint/adapters/artifact-upload.ts, artifact-list.ts,
 * artifact-download.ts) on the local stand: Azurite, the Results service (which parses every Twirp body
 * with @actions/artifact's own generated message classes) and the GitHub REST fake. What is uploaded is
 * read back with the real @actions/artifact client.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { BlobServiceClient, type BlockBlobClient } from '@azure/storage-blob';
import type { FindBy } from '../../src/checkpoint/adapters/artifact-protocol.js';
import { uploadArtifactStream } from '../../src/checkpoint/adapters/artifact-upload.js';
import { listArtifacts, type ListedArtifact } from '../../src/checkpoint/adapters/artifact-list.js';
import { downloadArtifactStream } from '../../src/checkpoint/adapters/artifact-download.js';
import * as artifactPb from '../../node_modules/@actions/artifact/lib/generated/results/api/v1/artifact.js';
import { ARTIFACT_CONTAINER, type ArtifactRecord } from '../../stand/services/results-service.js';
import { startStand, type Stand } from '../../stand/services/stand.js';
import { quietly, setEnv } from './stand-helpers.js';

type ArtifactModule = typeof import('@actions/artifact');

const RUN_ID = 9001;
const JOB_ID = 3;
const MiB = 1024 * 1024;
let stand: Stand;
let restoreEnv: () => void;
let artifact: ArtifactModule;
let dir: string;
let blobs: BlobServiceClient;

beforeAll(async () => {
  stand = await startStand({ runId: RUN_ID, jobId: JOB_ID });
  dir = await mkdtemp(path.join(os.tmpdir(), 'artifact-transfer-'));
  restoreEnv = setEnv({ ...stand.env, GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir });
  // @actions/github reads GITHUB_API_URL at load time: import only once the env points at the stand.
  artifact = await import('@actions/artifact');
  blobs = BlobServiceClient.fromConnectionString(stand.azurite.connectionString);
});

afterAll(async () => {
  restoreEnv();
  await stand.stop();
  await rm(dir, { recursive: true, force: true });
});

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
const record = (name: string): ArtifactRecord | undefined =>
  stand.results.artifacts.find((a) => a.name === name);
const blobOf = (r: ArtifactRecord): BlockBlobClient =>
  blobs.getContainerClient(r.container).getBlockBlobClient(r.blobName);

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks);
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface Source {
  stream: Readable;
  /** Bytes handed out so far. */
  produced(): number;
  /** Resolves when the producer reached `pauseAt` and waits for release(). */
  paused: Promise<void>;
  release(): void;
}

/**
 * A slow producer of `data` in odd-sized chunks (like a compressor's output), optionally pausing at
 * `pauseAt` until released, or failing at `failAt`.
 */
function slowSource(data: Buffer, opts: { pauseAt?: number; failAt?: number } = {}): Source {
  const sizes = [1, 4093, 65_537, 777, 131_071, 12_345, 1_000_003, 3];
  let produced = 0;
  let release = (): void => undefined;
  let markPaused = (): void => undefined;
  const paused = new Promise<void>((resolve) => (markPaused = resolve));
  const gate = new Promise<void>((resolve) => (release = resolve));
  async function* produce(): AsyncGenerator<Buffer> {
    let i = 0;
    let pausedOnce = false;
    while (produced < data.length) {
      if (opts.pauseAt !== undefined && produced >= opts.pauseAt && !pausedOnce) {
        pausedOnce = true;
        markPaused();
        await gate;
      }
      if (opts.failAt !== undefined && produced >= opts.failAt) throw new Error('the compressor crashed');
      const n = Math.min(sizes[i++ % sizes.length]!, data.length - produced);
      const chunk = data.subarray(produced, produced + n);
      produced += n;
      yield chunk;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }
  const stream = Readable.from(produce(), { objectMode: false, highWaterMark: 64 * 1024 });
  return { stream, produced: () => produced, paused, release };
}

test('a slowly produced 20 MiB stream is uploaded in blocks while it is produced and reads back byte-equal through the real client and the streamed download', async () => {
  const blockSize = 4 * MiB;
  const data = randomBytes(20 * MiB + 12_345);
  const name = 'big.tar.zst';
  const source = slowSource(data, { pauseAt: 13 * MiB });

  const uploading = quietly(() =>
    uploadArtifactStream(name, source.stream, { blockSize, concurrency: 2, retentionDays: 3 }),
  );
  // While the producer is paused mid-stream, the blocks of what it produced so far are already in Azurite.
  await source.paused;
  const created = await until('CreateArtifact', () => Promise.resolve(record(name)));
  const staged = await until('3 staged blocks', async () => {
    const list = await blobOf(created)
      .getBlockList('uncommitted')
      .catch(() => undefined);
    return list && (list.uncommittedBlocks ?? []).length >= 3 ? list : undefined;
  });
  expect(source.produced()).toBeLessThan(data.length);
  expect(created.finalized).toBe(false);
  expect(staged.uncommittedBlocks?.every((b) => b.size === blockSize)).toBe(true);
  source.release();
  const { value: uploaded } = await uploading;

  expect(uploaded.size).toBe(data.length);
  expect(uploaded.sha256).toBe(sha256(data));
  const r = record(name)!;
  expect(r).toMatchObject({ id: uploaded.id, finalized: true, size: data.length, runId: RUN_ID });
  expect(r.digest).toBe(`sha256:${uploaded.sha256}`);
  expect(r.mimeType).toBe('application/octet-stream');
  expect(r.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 2 * 86_400_000);
  // One committed block per 4 MiB, the last one partial, in order.
  const committed = (await blobOf(r).getBlockList('committed')).committedBlocks ?? [];
  expect(committed.map((b) => b.size)).toEqual([
    ...Array<number>(Math.floor(data.length / blockSize)).fill(blockSize),
    data.length % blockSize,
  ]);
  expect((await blobOf(r).getProperties()).contentType).toBe('application/octet-stream');

  // The real client sees a valid raw artifact with the digest we computed.
  const client = new artifact.DefaultArtifactClient();
  const into = path.join(dir, 'real-client');
  const { value: got } = await quietly(() =>
    client.downloadArtifact(uploaded.id, { path: into, expectedHash: r.digest }),
  );
  expect(got.digestMismatch).toBe(false);
  const files = await readdir(into);
  expect(files).toHaveLength(1);
  expect((await readFile(path.join(into, files[0]!))).equals(data)).toBe(true);

  // And our own download streams the same bytes.
  const { value: stream } = await quietly(() => downloadArtifactStream({ id: uploaded.id, name }));
  expect((await readAll(stream)).equals(data)).toBe(true);
});

test('bytes already in memory are staged in slices of the buffer and read back byte-equal', async () => {
  const blockSize = 4 * MiB;
  const data = randomBytes(9 * MiB + 7);
  const name = 'in-memory.manifest.json';
  const { value: uploaded } = await quietly(() => uploadArtifactStream(name, data, { blockSize }));
  expect(uploaded).toMatchObject({ size: data.length, sha256: sha256(data) });
  const r = record(name)!;
  expect(r).toMatchObject({ finalized: true, size: data.length, digest: `sha256:${sha256(data)}` });
  const committed = (await blobOf(r).getBlockList('committed')).committedBlocks ?? [];
  expect(committed.map((b) => b.size)).toEqual([blockSize, blockSize, MiB + 7]);
  const { value: stream } = await quietly(() => downloadArtifactStream({ id: uploaded.id, name }));
  expect((await readAll(stream)).equals(data)).toBe(true);
});

/**
 * An artifact that went up in one Put Blob: finalized with the data's size and digest, no blocks of its own, the
 * content type the client's table gives, and read back byte-equal by the official client and by ours.
 */
async function expectPutWhole(
  name: string,
  data: Buffer,
  uploaded: { id: number; size: number; sha256: string },
  contentType: string,
): Promise<void> {
  expect(uploaded).toMatchObject({ size: data.length, sha256: sha256(data) });
  const r = record(name)!;
  expect(r).toMatchObject({ finalized: true, size: data.length, digest: `sha256:${sha256(data)}` });
  const blocks = await blobOf(r).getBlockList('all');
  expect([...(blocks.committedBlocks ?? []), ...(blocks.uncommittedBlocks ?? [])]).toEqual([]);
  expect((await blobOf(r).getProperties()).contentType).toBe(contentType);
  const { value: got } = await quietly(() =>
    new artifact.DefaultArtifactClient().downloadArtifact(uploaded.id, {
      path: path.join(dir, `${name}.download`),
      expectedHash: r.digest,
    }),
  );
  expect(got.digestMismatch).toBe(false);
  const { value: stream } = await quietly(() => downloadArtifactStream({ id: uploaded.id, name }));
  expect((await readAll(stream)).equals(data)).toBe(true);
}

test('bytes in memory that fit one block go up whole (Put Blob: no block list) and read back byte-equal through the client', async () => {
  const data = Buffer.from(`${JSON.stringify({ plan: 'small', steps: [1, 2, 3] })}\n`);
  const name = 'whole.json';
  const { value: uploaded } = await quietly(() => uploadArtifactStream(name, data));
  await expectPutWhole(name, data, uploaded, 'application/json');
});

test("a stream that ends inside its first block (an incremental's archive) goes up whole: Put Blob, no block list", async () => {
  const data = randomBytes(MiB + 321);
  const name = 'small-incremental.tar.zst';
  const source = slowSource(data);
  const { value: uploaded } = await quietly(() =>
    uploadArtifactStream(name, source.stream, { blockSize: 4 * MiB, concurrency: 2 }),
  );
  await expectPutWhole(name, data, uploaded, 'application/octet-stream');
});

test("whole blocks from the source (the compressor's) are staged as they are, each handed back once staged", async () => {
  const blockSize = 4 * MiB;
  const data = randomBytes(2 * blockSize + 5 * 1024 + 7);
  const name = 'whole-blocks.tar.zst';
  // Two whole blocks, then a tail in two pieces that the upload copies into a block of its own.
  const chunks = [
    data.subarray(0, blockSize),
    data.subarray(blockSize, 2 * blockSize),
    data.subarray(2 * blockSize, 2 * blockSize + 5 * 1024),
    data.subarray(2 * blockSize + 5 * 1024),
  ].map((c) => Buffer.from(c));
  const handedBack: Buffer[] = [];
  const source = Object.assign(Readable.from(chunks), {
    recycle: (block: Buffer) => void handedBack.push(block),
  });
  const { value: uploaded } = await quietly(() =>
    uploadArtifactStream(name, source, { blockSize, concurrency: 2 }),
  );
  expect(uploaded).toMatchObject({ size: data.length, sha256: sha256(data) });
  // The very buffers the source gave, and only the whole blocks (copied, each was one more block in memory),
  // in the order their uploads ended: two at once may end either way. Compared by which chunk each is, so
  // that a failure prints two small lists, not a diff of two 4 MiB buffers (which jest never finishes).
  expect(handedBack.map((b) => chunks.findIndex((c) => c === b)).sort()).toEqual([0, 1]);
  const r = record(name)!;
  const committed = (await blobOf(r).getBlockList('committed')).committedBlocks ?? [];
  expect(committed.map((b) => b.size)).toEqual([blockSize, blockSize, 5 * 1024 + 7]);
  const { value: stream } = await quietly(() => downloadArtifactStream({ id: uploaded.id, name }));
  expect((await readAll(stream)).equals(data)).toBe(true);
});

test('an empty stream makes a valid empty artifact', async () => {
  const name = 'empty.manifest.json';
  const { value: uploaded } = await quietly(() => uploadArtifactStream(name, Readable.from([])));
  expect(uploaded.id).toBeGreaterThan(0);
  expect(uploaded).toMatchObject({ size: 0, sha256: sha256(Buffer.alloc(0)) });
  const r = record(name)!;
  expect(r).toMatchObject({ finalized: true, size: 0, digest: `sha256:${uploaded.sha256}` });
  expect(r.mimeType).toBe('application/json');
  // Like the client's toJson: the default size 0 is left out.
  const finalize = stand.results.calls.find(
    (c) => c.method === 'FinalizeArtifact' && (c.body as { name?: string }).name === name,
  );
  expect(finalize?.body).not.toHaveProperty('size');
  const { value: stream } = await quietly(() => downloadArtifactStream({ id: uploaded.id, name }));
  expect(await readAll(stream)).toHaveLength(0);
  const into = path.join(dir, 'empty');
  const { value: got } = await quietly(() =>
    new artifact.DefaultArtifactClient().downloadArtifact(uploaded.id, {
      path: into,
      expectedHash: r.digest,
    }),
  );
  expect(got.digestMismatch).toBe(false);
});

test('a source that fails mid-way rejects, is not read further and leaves no finalized artifact', async () => {
  const name = 'broken.tar.zst';
  const source = slowSource(randomBytes(12 * MiB), { failAt: 9 * MiB });
  await expect(
    quietly(() => uploadArtifactStream(name, source.stream, { blockSize: 4 * MiB, concurrency: 2 })),
  ).rejects.toThrow('the compressor crashed');
  expect(source.stream.destroyed).toBe(true);
  expect(record(name)?.finalized).toBe(false);
  expect(
    stand.results.calls.some(
      (c) => c.method === 'FinalizeArtifact' && (c.body as { name?: string }).name === name,
    ),
  ).toBe(false);
  const { value: listed } = await quietly(() => new artifact.DefaultArtifactClient().listArtifacts());
  expect(listed.artifacts.map((a) => a.name)).not.toContain(name);
});

test('a 4xx from CreateArtifact fails at once with the service message, before reading anything', async () => {
  stand.results.failNext('CreateArtifact', {
    status: 403,
    code: 'permission_denied',
    msg: 'the token may not write artifacts',
  });
  const source = slowSource(randomBytes(MiB));
  await expect(quietly(() => uploadArtifactStream('denied.tar.zst', source.stream))).rejects.toThrow(
    /Failed to CreateArtifact: .*\(403\).*the token may not write artifacts/,
  );
  expect(source.produced()).toBe(0);
  expect(source.stream.destroyed).toBe(true);
  expect(stand.results.calls.filter((c) => c.method === 'CreateArtifact' && c.status === 403)).toHaveLength(
    1,
  );

  // The service's own 409 for a name that exists in this run.
  await expect(
    quietly(() => uploadArtifactStream('empty.manifest.json', Readable.from([Buffer.from('{}')]))),
  ).rejects.toThrow(/\(409\).*already exists/);
});

test('a 5xx from CreateArtifact is retried (the client policy) and the upload then succeeds', async () => {
  stand.results.failNext('CreateArtifact', { status: 503, code: 'unavailable', msg: 'try again' });
  const data = randomBytes(100_000);
  const { value: uploaded, output } = await quietly(() =>
    uploadArtifactStream('retried.bin', Readable.from([data])),
  );
  expect(uploaded.sha256).toBe(sha256(data));
  expect(output).toContain('Attempt 1 of 5 failed');
  const statuses = stand.results.calls
    .filter((c) => c.method === 'CreateArtifact' && (c.body as { name?: string }).name === 'retried.bin')
    .map((c) => c.status);
  expect(statuses).toEqual([503, 200]);
});

test('GHES is refused with a clear error and the source is not read', async () => {
  const restore = setEnv({ GITHUB_SERVER_URL: 'https://ghes.example.com' });
  try {
    const source = slowSource(randomBytes(1000));
    await expect(uploadArtifactStream('ghes.bin', source.stream)).rejects.toThrow(
      /not supported on GitHub Enterprise Server/,
    );
    expect(source.stream.destroyed).toBe(true);
    await expect(downloadArtifactStream({ id: 1, name: 'x' })).rejects.toThrow(/Enterprise Server/);
  } finally {
    restore();
  }
});

test("attempt 2 streams attempt 1's artifact through the REST redirect (findBy), but not through Twirp", async () => {
  const name = 'attempt1.tar.zst';
  const data = randomBytes(3 * MiB + 7);
  const { value: uploaded } = await quietly(() =>
    uploadArtifactStream(name, slowSource(data).stream, { blockSize: MiB }),
  );
  const restore = setEnv({ ACTIONS_RUNTIME_TOKEN: stand.newJobToken(RUN_ID, JOB_ID, 2) });
  try {
    const findBy: FindBy = {
      token: stand.token,
      workflowRunId: RUN_ID,
      repositoryOwner: 'octo-org',
      repositoryName: 'demo',
    };
    const { value: stream } = await quietly(() => downloadArtifactStream({ id: uploaded.id, name }, findBy));
    expect((await readAll(stream)).equals(data)).toBe(true);
    const routes = stand.github.calls.map((c) => `${c.method} ${c.route ?? c.path} ${c.status}`);
    expect(routes).toContain(
      'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format} 302',
    );
    expect(stand.github.validationErrors).toEqual([]);
    // Twirp only sees the token's own run attempt.
    await expect(quietly(() => downloadArtifactStream({ id: uploaded.id, name }))).rejects.toThrow(
      /No artifacts found for ID/,
    );
    // A wrong token: the REST error, without the token.
    await expect(
      quietly(() => downloadArtifactStream({ id: uploaded.id, name }, { ...findBy, token: 'ghs_wrong' })),
    ).rejects.toThrow(/answered 401/);
  } finally {
    restore();
  }
});

test("listing finds exactly what the client's listArtifacts finds, through Twirp and through REST across pages", async () => {
  // More than one REST page (100) in all.
  const have = (await quietly(() => listArtifacts())).value.length;
  for (let i = have; i <= 100; i++)
    await quietly(() => uploadArtifactStream(`page-${i}.manifest.json`, Buffer.from(`{"i":${i}}`)));
  const findBy: FindBy = {
    token: stand.token,
    workflowRunId: RUN_ID,
    repositoryOwner: 'octo-org',
    repositoryName: 'demo',
  };
  const comparable = (list: Omit<ListedArtifact, 'backendIds'>[]): unknown[] =>
    list
      .map(({ id, name, size, createdAt, digest }) => ({ id, name, size, createdAt, digest }))
      .sort((a, b) => a.id - b.id);
  const client = new artifact.DefaultArtifactClient();

  const ours = (await quietly(() => listArtifacts())).value;
  expect(ours.length).toBeGreaterThan(100);
  expect(comparable(ours)).toEqual(comparable((await quietly(() => client.listArtifacts())).value.artifacts));

  const before = stand.github.calls.length;
  const viaRest = (await quietly(() => listArtifacts(findBy))).value;
  const pages = stand.github.calls
    .slice(before)
    .filter((c) => c.route === '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts');
  expect(pages.map((c) => c.status)).toEqual([200, 200]);
  expect(comparable(viaRest)).toEqual(
    comparable((await quietly(() => client.listArtifacts({ findBy }))).value.artifacts),
  );
  expect(stand.github.validationErrors).toEqual([]);

  // Capped like the client, with a warning that says so (the run has more than 100 artifacts).
  const capped = setEnv({ ACTIONS_ARTIFACT_MAX_ARTIFACT_COUNT: '100' });
  try {
    const { value: first, output } = await quietly(() => listArtifacts(findBy));
    expect(first).toHaveLength(100);
    expect(output).toMatch(/::warning::Workflow run 9001 has \d+ artifacts, more than the 100 listed/);
    // The first page, as the uncapped listing had it (the client reads the cap once, at load).
    expect(first).toEqual(viaRest.slice(0, 100));
  } finally {
    capped();
  }

  // A listed artifact carries its backend ids: its download asks for the URL without listing again.
  const listed = ours.find((a) => a.name === 'page-100.manifest.json')!;
  const calls = stand.results.calls.length;
  const { value: stream } = await quietly(() => downloadArtifactStream(listed));
  expect((await readAll(stream)).toString()).toBe('{"i":100}');
  expect(stand.results.calls.slice(calls).map((c) => c.method)).toEqual(['GetSignedArtifactURL']);
});

test('a missing blob fails the download with a message that carries no SAS', async () => {
  const name = 'vanished.bin';
  const { value: uploaded } = await quietly(() =>
    uploadArtifactStream(name, Readable.from([Buffer.from('x')])),
  );
  await blobOf(record(name)!).delete();
  const error = await quietly(() => downloadArtifactStream({ id: uploaded.id, name })).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error?.message).toMatch(/vanished\.bin.*404/);
  expect(error?.message).not.toMatch(/sig=|se=|\?/);
});

test('a blob store failure while staging rejects and stops reading the source', async () => {
  const name = 'no-container.tar.zst';
  const data = randomBytes(24 * MiB);
  const source = slowSource(data, { pauseAt: 5 * MiB });
  const uploading = quietly(() =>
    uploadArtifactStream(name, source.stream, { blockSize: 4 * MiB, concurrency: 2 }),
  );
  uploading.catch(() => undefined);
  await source.paused;
  const container = blobs.getContainerClient(ARTIFACT_CONTAINER);
  await container.delete();
  try {
    source.release();
    await expect(uploading).rejects.toThrow(/staging block/);
    expect(source.stream.destroyed).toBe(true);
    expect(source.produced()).toBeLessThan(data.length);
    expect(record(name)?.finalized).toBe(false);
  } finally {
    await until('the container again', () =>
      container.createIfNotExists().then(
        () => true,
        () => undefined,
      ),
    );
  }
});

test("every Twirp body sent is exactly what the client's generated classes serialize (names, casing, defaults)", () => {
  interface Message {
    fromJson(json: unknown): unknown;
    toJson(message: unknown, options: { useProtoFieldName: boolean; emitDefaultValues: boolean }): unknown;
  }
  const types: Record<string, Message> = {
    CreateArtifact: artifactPb.CreateArtifactRequest,
    FinalizeArtifact: artifactPb.FinalizeArtifactRequest,
    ListArtifacts: artifactPb.ListArtifactsRequest,
    GetSignedArtifactURL: artifactPb.GetSignedArtifactURLRequest,
  };
  const ours = stand.results.calls.filter((c) => c.service === 'ArtifactService' && c.method in types);
  expect(new Set(ours.map((c) => c.method))).toEqual(new Set(Object.keys(types)));
  for (const call of ours) {
    const type = types[call.method]!;
    const canonical = type.toJson(type.fromJson(call.body), {
      useProtoFieldName: true,
      emitDefaultValues: false,
    });
    expect({ method: call.method, body: call.body }).toEqual({ method: call.method, body: canonical });
  }
});
