/**
 * The REST client's fetch over node:http(s) (src/adapters/rest-fetch.ts) against real servers, each case
 * answered alike by undici's fetch, which it replaces when no proxy is named: what Octokit reads of a
 * response (status, url, headers, body parsed by its content type, a raw body stream), redirects (the token
 * never sent to another origin), a gzip body, a POST's body, and a call given up mid-body, through the same
 * client the phases use (getOctokit).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { fetch as undiciFetch } from 'undici';
import { nodeFetch } from '../../src/adapters/rest-fetch.js';
import { CallTimeoutError, DEFAULT_REST_POLICY, getOctokit } from '../../src/adapters/github.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
const saved = { ...process.env };
let api: Server;
let other: Server;
let apiUrl: string;
let otherUrl: string;
const seen: { server: string; method?: string; url?: string; headers: IncomingHttpHeaders; body: string }[] =
  [];
const held: ServerResponse[] = [];
/** Requests whose connection the client closed before the answer ended. */
const closedByClient: string[] = [];

function json(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(value));
}

function answer(url: string, res: ServerResponse): void {
  if (url === '/repos/o/moved') return void res.writeHead(302, { location: `${otherUrl}/blob/1` }).end();
  if (url === '/repos/o/here') return void res.writeHead(301, { location: '/repos/o/r' }).end();
  if (url === '/repos/o/post') return void res.writeHead(303, { location: '/repos/o/r' }).end();
  if (url === '/repos/o/gzip') {
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    return void res.end(gzipSync(JSON.stringify({ id: 3, name: 'zipped' })));
  }
  if (url === '/repos/o/text') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    return void res.end('line one\nline two\n');
  }
  if (url === '/repos/o/missing') return json(res, 404, { message: 'Not Found' });
  if (url === '/repos/o/empty') return void res.writeHead(204, { 'x-ratelimit-remaining': '41' }).end();
  if (url === '/repos/o/stalls') {
    // The head and half the body, then nothing: the call's time limit must end the download.
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"id": 4, "na');
    held.push(res);
    res.on('close', () => {
      if (!res.writableEnded) closedByClient.push(url);
    });
    return;
  }
  json(res, 200, { id: 1, name: url }, { 'x-ratelimit-remaining': '42', link: '<a>; rel="next"' });
}

function serve(name: string): Server {
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ server: name, method: req.method, url: req.url, headers: req.headers, body });
      answer(req.url ?? '', res);
    });
  });
}

const listen = (server: Server): Promise<string> =>
  new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );

beforeAll(async () => {
  for (const name of PROXY_VARIABLES) delete process.env[name];
  api = serve('api');
  other = serve('other');
  apiUrl = await listen(api);
  otherUrl = await listen(other);
});
afterAll(async () => {
  process.env = saved;
  for (const res of held) res.destroy();
  for (const server of [api, other]) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const FETCHES = {
  'node:http': nodeFetch(() => Promise.reject(new Error('no fallback expected'))),
  undici: undiciFetch as unknown as typeof fetch,
};

/** What one Octokit request answered through `f`, and what the servers saw of it. */
async function through(f: typeof fetch, route: string, options: Record<string, unknown> = {}) {
  seen.length = 0;
  const octokit = getOctokit('ghs_secret', { baseUrl: apiUrl, logger: new RecordingLogger() });
  const response = await octokit.request(route, {
    ...options,
    request: { fetch: f, ...(options.request ?? {}) },
  });
  return { response, seen: [...seen] };
}

/** The answer's parts both fetches must give alike (the port differs from run to run, not between them). */
function shape(got: Awaited<ReturnType<typeof through>>) {
  const { status, url, headers } = got.response;
  const data: unknown = got.response.data;
  const { date: _date, ...kept } = headers as Record<string, unknown>;
  return {
    status,
    url,
    data,
    headers: kept,
    seen: got.seen.map(({ server, method, url: path, headers: h, body }) => ({
      server,
      method,
      path,
      body,
      authorization: h.authorization,
      headers: Object.keys(h).sort(),
    })),
  };
}

describe.each(Object.keys(FETCHES))('the REST client over %s', (name) => {
  const f = FETCHES[name as keyof typeof FETCHES];
  it('reads a JSON answer, its status, url and headers as Octokit expects', async () => {
    const got = shape(await through(f, 'GET /repos/o/r'));
    expect(got).toMatchObject({
      status: 200,
      url: `${apiUrl}/repos/o/r`,
      data: { id: 1, name: '/repos/o/r' },
      headers: { 'x-ratelimit-remaining': '42', link: '<a>; rel="next"' },
    });
    expect(got).toEqual(shape(await through(FETCHES.undici, 'GET /repos/o/r')));
  });

  it('follows a redirect to another origin without the token, and reports the final url', async () => {
    const got = shape(await through(f, 'GET /repos/o/moved'));
    expect(got.url).toBe(`${otherUrl}/blob/1`);
    expect(got.seen.map((s) => [s.server, s.authorization])).toEqual([
      ['api', 'token ghs_secret'],
      ['other', undefined],
    ]);
    expect(got).toEqual(shape(await through(FETCHES.undici, 'GET /repos/o/moved')));
  });

  it('keeps the token on a redirect within the origin; a POST redirected by 303 becomes a GET', async () => {
    const here = shape(await through(f, 'GET /repos/o/here'));
    expect(here.seen.map((s) => s.authorization)).toEqual(['token ghs_secret', 'token ghs_secret']);
    const posted = shape(await through(f, 'POST /repos/o/post', { title: 'ü' }));
    expect(posted.seen.map((s) => [s.method, s.body])).toEqual([
      ['POST', '{"title":"ü"}'],
      ['GET', ''],
    ]);
    expect(posted).toEqual(shape(await through(FETCHES.undici, 'POST /repos/o/post', { title: 'ü' })));
  });

  it('decodes a gzip body, reads text, and gives a 204 no body', async () => {
    expect((await through(f, 'GET /repos/o/gzip')).response.data).toEqual({ id: 3, name: 'zipped' });
    expect((await through(f, 'GET /repos/o/text')).response.data).toBe('line one\nline two\n');
    const empty = shape(await through(f, 'GET /repos/o/empty'));
    expect(empty).toMatchObject({ status: 204, data: '', headers: { 'x-ratelimit-remaining': '41' } });
  });

  it("refuses a 404 with GitHub's message and status", async () => {
    await expect(through(f, 'GET /repos/o/missing')).rejects.toMatchObject({
      status: 404,
      message: 'Not Found',
    });
  });

  it('hands over the raw body as a web stream when asked not to parse it (a job log)', async () => {
    const got = await through(f, 'GET /repos/o/text', { request: { parseSuccessResponseBody: false } });
    const body = got.response.data as WebReadableStream<Uint8Array>;
    expect('getReader' in body).toBe(true);
    const chunks: Buffer[] = [];
    for await (const chunk of Readable.fromWeb(body)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toBe('line one\nline two\n');
  });
});

it('a call whose answer stops mid-body ends at its time limit and closes its connection', async () => {
  const octokit = getOctokit('ghs_secret', {
    baseUrl: apiUrl,
    logger: new RecordingLogger(),
    // Long enough that the server has the request and sent half the body before the limit, on a busy machine
    // too (at 300 ms the limit could end the call before the server's handler ran: nothing to see closed).
    policy: { ...DEFAULT_REST_POLICY, callTimeoutMs: 1500, msPerSecond: 1 },
  });
  closedByClient.length = 0;
  await expect(octokit.request('GET /repos/o/stalls')).rejects.toBeInstanceOf(CallTimeoutError);
  for (let i = 0; i < 250 && closedByClient.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
  expect(closedByClient).toEqual(['/repos/o/stalls']);
});

it('hands a body it does not take (a stream) to the fallback fetch, and takes a string itself', async () => {
  const asked: string[] = [];
  const fallback = ((input: string) => {
    asked.push(input);
    return Promise.resolve(new Response('{}'));
  }) as unknown as typeof fetch;
  const f = nodeFetch(fallback);
  const stream = Readable.toWeb(Readable.from([Buffer.from('{"a":1}')])) as unknown as ReadableStream;
  await f(`${apiUrl}/repos/o/streamed`, { method: 'POST', body: stream, duplex: 'half' });
  expect(asked).toEqual([`${apiUrl}/repos/o/streamed`]);
  seen.length = 0;
  const own = await f(`${apiUrl}/repos/o/r`, { method: 'POST', body: '{"a":1}' });
  expect(asked).toHaveLength(1);
  expect(await own.json()).toEqual({ id: 1, name: '/repos/o/r' });
  expect(seen.map((s) => [s.method, s.body, s.headers['content-length']])).toEqual([
    ['POST', '{"a":1}', '7'],
  ]);
});

/** A server answering with the number of calls it answered; `drop` says which calls it resets unanswered. */
async function resettingServer(
  drop: (nthOnConnection: number) => boolean,
): Promise<{ url: string; connections: Map<object, number>; stop: () => Promise<void> }> {
  const connections = new Map<object, number>();
  let answered = 0;
  const server = createServer((req, res) => {
    const nth = (connections.get(req.socket) ?? 0) + 1;
    connections.set(req.socket, nth);
    if (drop(nth)) return void req.socket.destroy();
    json(res, 200, { answered: ++answered });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

it('sends a call again when the connection kept alive from an earlier one is reset before any answer', async () => {
  // The connection's second request reset: a server whose keep-alive limit ran out as the request went
  // out (under load, the agent's own drop a second before that limit came late; a rehearsal saw it).
  const s = await resettingServer((nth) => nth === 2);
  try {
    const f = nodeFetch(undiciFetch as unknown as typeof fetch);
    expect(await (await f(`${s.url}/repos/o/one`)).json()).toEqual({ answered: 1 });
    const again = await f(`${s.url}/repos/o/two`, { method: 'POST', body: '{"a":1}' });
    expect(await again.json()).toEqual({ answered: 2 });
    // Sent on the kept connection, reset there, then sent on a new one.
    expect([...s.connections.values()]).toEqual([2, 1]);
  } finally {
    await s.stop();
  }
});

it('does not send a call again when a new connection is reset: only a kept one may have been closed idle', async () => {
  const s = await resettingServer(() => true);
  try {
    const f = nodeFetch(undiciFetch as unknown as typeof fetch);
    await expect(f(`${s.url}/repos/o/one`, { method: 'POST', body: '{}' })).rejects.toThrow(/socket hang up/);
    expect([...s.connections.values()]).toEqual([1]);
  } finally {
    await s.stop();
  }
});
