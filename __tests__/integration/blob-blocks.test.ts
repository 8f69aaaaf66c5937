/**
 * Put Block and Put Block List (and Put Blob) spoken directly (blob-blocks.ts), against a local server that answers as
 * blob storage does: what is sent, what is retried (as the Azure client's default policy retried it), what
 * fails at once, how an upload (artifact-upload.ts) names a failed Put Blob, and a cancel that closes the
 * connection. The stand's Azurite runs the same calls for real in artifact-transfer.test.ts.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { BlockBlob } from '../../src/checkpoint/adapters/blob-blocks.js';
import { stageBlocks } from '../../src/checkpoint/adapters/artifact-upload.js';
import { UNGUARDED } from '../../src/checkpoint/adapters/store-guard.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

let server: Server;
let base: string;
let seen: Seen[];
/** How the server answers each request, in turn (the last one from then on). */
let answers: ((res: ServerResponse) => void)[];

const created = (res: ServerResponse): void => void res.writeHead(201).end();

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks) });
      const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
      answer(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/container/blob?sv=2024&sig=c2VjcmV0`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  seen = [];
  answers = [created];
});

test('a block and the block list are put on the signed URL, with their bytes, lengths and content type', async () => {
  const blob = new BlockBlob(base, UNGUARDED, 'test-agent');
  const body = Buffer.alloc(600 * 1024, 7);
  await blob.stage('YmxvY2stMDAwMDAw', body);
  await blob.commit(['YmxvY2stMDAwMDAw', 'YmxvY2stMDAwMDAx'], 'application/gzip');
  blob.close();
  const [put, list] = seen;
  expect(put).toMatchObject({ method: 'PUT' });
  expect(put!.url).toBe('/container/blob?sv=2024&sig=c2VjcmV0&comp=block&blockid=YmxvY2stMDAwMDAw');
  expect(put!.headers['content-length']).toBe(String(body.length));
  expect(put!.body.equals(body)).toBe(true);
  expect(list!.url).toBe('/container/blob?sv=2024&sig=c2VjcmV0&comp=blocklist');
  expect(list!.headers['x-ms-blob-content-type']).toBe('application/gzip');
  expect(list!.body.toString()).toBe(
    '<?xml version="1.0" encoding="utf-8"?><BlockList><Latest>YmxvY2stMDAwMDAw</Latest><Latest>YmxvY2stMDAwMDAx</Latest></BlockList>',
  );
});

test('bytes put whole (Put Blob) go to the signed URL itself, as a block blob with their content type', async () => {
  const blob = new BlockBlob(base, UNGUARDED, 'test-agent');
  const body = Buffer.from('{"plan":1}\n');
  await blob.putWhole(body, 'application/json');
  blob.close();
  expect(seen).toHaveLength(1);
  const [put] = seen;
  expect(put).toMatchObject({ method: 'PUT', url: '/container/blob?sv=2024&sig=c2VjcmV0' });
  expect(put!.headers['x-ms-blob-type']).toBe('BlockBlob');
  expect(put!.headers['x-ms-blob-content-type']).toBe('application/json');
  expect(put!.headers['content-length']).toBe(String(body.length));
  expect(put!.body.equals(body)).toBe(true);
});

test('a stream that ends before its first block is full goes up whole: one Put Blob, no block list', async () => {
  const chunks = [Buffer.from('tar '), Buffer.alloc(700, 3), Buffer.from(' end')];
  const body = Buffer.concat(chunks);
  const { size, sha256 } = await stageBlocks(base, Readable.from(chunks), {
    blockSize: 1024,
    concurrency: 2,
    contentType: 'application/zstd',
    g: UNGUARDED,
  });
  expect(seen).toHaveLength(1);
  const [put] = seen;
  expect(put).toMatchObject({ method: 'PUT', url: '/container/blob?sv=2024&sig=c2VjcmV0' });
  expect(put!.headers['x-ms-blob-type']).toBe('BlockBlob');
  expect(put!.headers['x-ms-blob-content-type']).toBe('application/zstd');
  expect(put!.body.equals(body)).toBe(true);
  expect({ size, sha256 }).toEqual({
    size: body.length,
    sha256: createHash('sha256').update(body).digest('hex'),
  });
});

test('a stream past one block still goes up in blocks, its partial last block staged, then the list', async () => {
  const body = Buffer.alloc(2 * 1024 + 5, 9);
  await stageBlocks(base, Readable.from([body.subarray(0, 1500), body.subarray(1500)]), {
    blockSize: 1024,
    concurrency: 1,
    contentType: 'application/zstd',
    g: UNGUARDED,
  });
  expect(seen.map((s) => s.url.replace(/^.*sig=c2VjcmV0/, ''))).toEqual([
    '&comp=block&blockid=YmxvY2stMDAwMDAw',
    '&comp=block&blockid=YmxvY2stMDAwMDAx',
    '&comp=block&blockid=YmxvY2stMDAwMDAy',
    '&comp=blocklist',
  ]);
  expect(Buffer.concat(seen.slice(0, 3).map((s) => s.body)).equals(body)).toBe(true);
});

test('a 503 is tried again (at once, the first time) and the block then goes in', async () => {
  answers = [(res) => void res.writeHead(503).end(), created];
  const blob = new BlockBlob(base, UNGUARDED, 'test-agent');
  await blob.stage('YmxvY2stMDAwMDAw', Buffer.from('bytes'));
  blob.close();
  expect(seen).toHaveLength(2);
  expect(seen.every((s) => s.body.toString() === 'bytes')).toBe(true);
});

test.each([
  [504, 'Gateway Time-out'],
  [408, 'Request Time-out'],
  [504, ''],
])(
  'a %i answered as "%s" (nginx\'s phrase, or none) is tried again, by its status',
  async (status, phrase) => {
    answers = [(res) => void res.writeHead(status, phrase).end(), created];
    const blob = new BlockBlob(base, UNGUARDED, 'test-agent');
    await blob.stage('YmxvY2stMDAwMDAw', Buffer.from('bytes'));
    blob.close();
    expect(seen).toHaveLength(2);
  },
);

test('an https URL to this plain-HTTP server (a TLS handshake refused, EPROTO) fails at once, without the pauses', async () => {
  const blob = new BlockBlob(base.replace(/^http:/, 'https:'), UNGUARDED, 'test-agent');
  const started = Date.now();
  const error = await blob
    .stage('YmxvY2stMDAwMDAw', Buffer.from('bytes'))
    .catch((e: unknown) => e as Error & { code?: string });
  blob.close();
  expect(error?.code).toBe('EPROTO');
  expect(error?.message).toMatch(/wrong version number/);
  // Retried, it would wait 4 s before its next try.
  expect(Date.now() - started).toBeLessThan(3000);
});

test('a refusal (403) fails at once with the status and error code, and without the signature', async () => {
  answers = [(res) => void res.writeHead(403, { 'x-ms-error-code': 'AuthenticationFailed' }).end('<Error/>')];
  const blob = new BlockBlob(base, UNGUARDED, 'test-agent');
  const error = await blob.stage('YmxvY2stMDAwMDAw', Buffer.from('bytes')).catch((e: unknown) => e as Error);
  blob.close();
  expect(seen).toHaveLength(1);
  expect(error?.message).toMatch(/403.*AuthenticationFailed/);
  expect(error?.message).not.toMatch(/c2VjcmV0|sig=/);
});

test('a refused Put Blob says which blob (without the signature) and why, as a refused block does', async () => {
  answers = [(res) => void res.writeHead(403, { 'x-ms-error-code': 'AuthenticationFailed' }).end('<Error/>')];
  const error = await stageBlocks(base, Buffer.from('{"plan":1}\n'), {
    blockSize: 1024,
    concurrency: 2,
    contentType: 'application/json',
    g: UNGUARDED,
  }).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(seen).toHaveLength(1);
  expect(error?.message).toMatch(
    /^putting http:\/\/127\.0\.0\.1:\d+\/container\/blob whole failed: .*403.*AuthenticationFailed/,
  );
  expect(error?.message).not.toMatch(/c2VjcmV0|sig=/);
});

test('a cancel stops a block that waits for its answer, and closes its connection', async () => {
  let hung: ServerResponse | undefined;
  answers = [(res) => void (hung = res)];
  const blob = new BlockBlob(base, UNGUARDED, 'test-agent');
  const staging = blob.stage('YmxvY2stMDAwMDAw', Buffer.from('bytes'));
  staging.catch(() => undefined);
  for (let i = 0; i < 100 && !hung; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(hung).toBeDefined();
  const closed = new Promise((resolve) => hung!.on('close', resolve));
  blob.cancel();
  await expect(staging).rejects.toThrow();
  await closed;
  expect(seen).toHaveLength(1);
});
