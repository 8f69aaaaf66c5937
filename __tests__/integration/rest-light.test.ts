/**
 * The light REST client of main and post (src/adapters/rest-light.ts, issue 67: a green job loads no Octokit)
 * holds the contract Octokit's plugins gave them (RestPolicy): each scenario runs through both clients, against
 * one server, and must end alike: the same request, the same refusal (status, GitHub's message and link, the
 * headers core/api-refusal reads), the same waits for a rate limit and the same retries of a 5xx, pages
 * followed by their `link`, a call ended by its time limit or its caller. Writes and GraphQL go through
 * Octokit, loaded at the first.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pullRequestChange } from '../../src/adapters/changed-files.js';
import { refusalOf } from '../../src/adapters/github-plain.js';
import {
  CallAbandonedError,
  CallTimeoutError,
  DEFAULT_REST_POLICY,
  getOctokit,
} from '../../src/adapters/github.js';
import { restClient, type RestClient } from '../../src/adapters/rest-light.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';
import { until } from '../until.js';

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
const saved = { ...process.env };
let server: Server;
let url: string;
/** Another origin (another port): a `link` naming it must not get the token. */
let other: Server;
let otherUrl: string;
const otherSeen: IncomingHttpHeaders[] = [];
const seen: { method: string; url: string; headers: IncomingHttpHeaders; body: string }[] = [];
const held: ServerResponse[] = [];
const closedByClient: string[] = [];
/** How many times each URL was asked. */
const asked = new Map<string, number>();

const json = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
};

/** The server's answers, by the repository's name (each client asks under its own owner: a count of its own). */
function answer(path: string, n: number, res: ServerResponse): void {
  const [, , , name, ...rest] = path.split(/[/?]/);
  const tail = rest.join('/');
  if (name === 'missing')
    return json(res, 404, {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/actions/workflow-jobs#get-a-job-for-a-workflow-run',
      status: '404',
    });
  if (name === 'forbidden')
    return json(
      res,
      403,
      {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      },
      { 'x-accepted-github-permissions': 'actions=read', 'x-ratelimit-remaining': '4000' },
    );
  if (name === 'flaky' && n <= 2) return json(res, 502, { message: 'Bad Gateway' });
  if (name === 'down') return json(res, 503, { message: 'Service Unavailable' });
  if (name === 'secondary' && n === 1)
    return json(res, 403, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '2' });
  if (name === 'primary' && n === 1)
    return json(
      res,
      403,
      { message: 'API rate limit exceeded' },
      { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) - 5) },
    );
  if (name === 'exhausted')
    return json(
      res,
      429,
      { message: 'API rate limit exceeded' },
      { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) },
    );
  if (name === 'silent') {
    held.push(res);
    res.on('close', () => {
      if (!res.writableEnded) closedByClient.push(path);
    });
    return;
  }
  if (name === 'noreset' && n === 1)
    return json(res, 403, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0' });
  if (name === 'empty') return json(res, 200, null);
  if (name === 'relative') {
    const base = path.replace(/\?.*/, '');
    const first = !/[?&]page=2/.test(path);
    return json(res, 200, [{ id: first ? 1 : 2 }], first ? { link: `<${base}?page=2>; rel="next"` } : {});
  }
  if (name === 'elsewhere')
    return json(res, 200, [{ id: 1 }], { link: `<${otherUrl}/steal?page=2>; rel="next"` });
  if (name === 'loop') return json(res, 200, [{ id: 1 }], { link: `<${url}${path}>; rel="next"` });
  if (name === 'endless') {
    const page = Number(/[?&]page=(\d+)/.exec(path)?.[1] ?? '1');
    const base = path.replace(/\?.*/, '');
    return json(res, 200, [{ id: page }], { link: `<${url}${base}?page=${page + 1}>; rel="next"` });
  }
  if (tail.startsWith('issues/5/comments')) {
    const page = Number(/[?&]page=(\d+)/.exec(path)?.[1] ?? '1');
    const base = path.replace(/\?.*/, '');
    const next: Record<string, string> =
      page < 3 ? { link: `<${url}${base}?per_page=2&page=${page + 1}>; rel="next"` } : {};
    return json(res, 200, [{ id: page * 10 + 1 }, { id: page * 10 + 2 }].slice(0, page < 3 ? 2 : 1), next);
  }
  if (tail.startsWith('issues/comments/'))
    return json(res, 200, { id: Number(rest.at(-1)), body: 'updated' });
  if (path === '/graphql') return json(res, 200, { data: { viewer: { login: 'the-app' } } });
  return json(res, 200, { id: 1, name, path });
}

beforeAll(async () => {
  for (const name of PROXY_VARIABLES) delete process.env[name];
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '';
      const n = (asked.get(path) ?? 0) + 1;
      asked.set(path, n);
      seen.push({
        method: req.method ?? '',
        url: path,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      answer(path, n, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  other = createServer((req, res) => {
    otherSeen.push(req.headers);
    json(res, 200, []);
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});
afterAll(async () => {
  process.env = saved;
  for (const res of held) res.destroy();
  server.closeAllConnections();
  other.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => other.close(resolve));
});

const FAST = { ...DEFAULT_REST_POLICY, msPerSecond: 20, callTimeoutMs: 2_000 };
type Make = (logger: RecordingLogger, policy?: typeof FAST) => Promise<RestClient>;
const clients: [string, Make][] = [
  [
    'Octokit',
    (logger, policy = FAST) => Promise.resolve(getOctokit('ghs_test', { baseUrl: url, policy, logger })),
  ],
  ['the light client', (logger, policy = FAST) => restClient('ghs_test', logger, { baseUrl: url, policy })],
];

/** The error a call ends with (undefined: it was answered). */
const failure = (call: Promise<unknown>): Promise<unknown> =>
  call.then(
    () => undefined,
    (e: unknown) => e,
  );

describe.each(clients)('%s', (owner, make) => {
  const repo = (name: string) => ({ owner, repo: name });
  const path = (name: string, tail = ''): string => `/repos/${encodeURIComponent(owner)}/${name}${tail}`;

  it('asks the route with the token, the query from the rest of the parameters, and reads the answer', async () => {
    const client = await make(new RecordingLogger());
    const { data, status } = await client.rest.actions.listJobsForWorkflowRunAttempt({
      ...repo('ok'),
      run_id: 7,
      attempt_number: 2,
      per_page: 100,
      page: 1,
    });
    expect(status).toBe(200);
    expect(data).toMatchObject({ name: 'ok' });
    const request = seen.at(-1)!;
    expect(request.url).toBe(`${path('ok')}/actions/runs/7/attempts/2/jobs?per_page=100&page=1`);
    expect(request.headers.authorization).toBe('token ghs_test');
    expect(request.headers.accept).toBe('application/vnd.github.v3+json');
  });

  it("refuses as Octokit words it: the status, GitHub's message and link, the headers", async () => {
    const client = await make(new RecordingLogger());
    const before = asked.get(path('missing', '/actions/jobs/9')) ?? 0;
    const missing = await failure(
      client.rest.actions.getJobForWorkflowRun({ ...repo('missing'), job_id: 9 }),
    );
    expect(refusalOf(missing)).toMatchObject({ status: 404, message: 'Not Found' });
    expect((missing as Error).message).toBe(
      'Not Found - https://docs.github.com/rest/actions/workflow-jobs#get-a-job-for-a-workflow-run',
    );
    // A 404 is not retried.
    expect(asked.get(path('missing', '/actions/jobs/9'))).toBe(before + 1);
    const forbidden = await failure(client.rest.pulls.get({ ...repo('forbidden'), pull_number: 3 }));
    expect(refusalOf(forbidden)).toMatchObject({
      status: 403,
      message: 'Resource not accessible by integration',
      headers: { 'x-accepted-github-permissions': 'actions=read' },
    });
  });

  it('retries a 5xx with growing pauses (1, 4 "seconds"), and gives up after the policy\'s retries', async () => {
    const client = await make(new RecordingLogger());
    const started = Date.now();
    const { data } = await client.rest.pulls.get({ ...repo('flaky'), pull_number: 1 });
    expect(data).toMatchObject({ name: 'flaky' });
    expect(asked.get(path('flaky', '/pulls/1'))).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual((1 + 4) * FAST.msPerSecond - 5);
    const down = await failure(client.rest.pulls.get({ ...repo('down'), pull_number: 1 }));
    expect(refusalOf(down)).toMatchObject({ status: 503, message: 'Service Unavailable' });
    expect(asked.get(path('down', '/pulls/1'))).toBe(1 + FAST.retries);
  });

  it('waits out a rate limit as GitHub asks, and gives up on one that resets past the longest wait', async () => {
    const logger = new RecordingLogger();
    const client = await make(logger);
    await client.rest.pulls.get({ ...repo('secondary'), pull_number: 1 });
    await client.rest.pulls.get({ ...repo('primary'), pull_number: 1 });
    expect(asked.get(path('secondary', '/pulls/1'))).toBe(2);
    expect(asked.get(path('primary', '/pulls/1'))).toBe(2);
    expect(logger.messages('info')).toEqual([
      "ci-recovery: GitHub's secondary rate limit on GET /repos/{owner}/{repo}/pulls/{pull_number}: waiting 2 s (retry 1 of 3)",
      "ci-recovery: GitHub's primary rate limit on GET /repos/{owner}/{repo}/pulls/{pull_number}: waiting 0 s (retry 1 of 3)",
    ]);
    const exhausted = await failure(
      client.rest.actions.getJobForWorkflowRun({ ...repo('exhausted'), job_id: 1 }),
    );
    expect(refusalOf(exhausted)).toMatchObject({ status: 429, message: 'API rate limit exceeded' });
    expect(logger.messages('warning')).toEqual([
      expect.stringMatching(
        /^ci-recovery: GitHub's primary rate limit on GET \/repos\/\{owner\}\/\{repo\}\/actions\/jobs\/\{job_id\}: giving up \(0 retries made, reset in 36\d\d s\)$/,
      ),
    ]);
  });

  it('follows the pages by their link, whole or one at a time', async () => {
    const client = await make(new RecordingLogger());
    const all = await client.paginate(client.rest.issues.listComments, {
      ...repo('paged'),
      issue_number: 5,
      per_page: 2,
    });
    expect(all.map((c) => c.id)).toEqual([11, 12, 21, 22, 31]);
    const pages: number[][] = [];
    for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
      ...repo('paged'),
      issue_number: 5,
      per_page: 2,
    }))
      pages.push(page.data.map((c) => c.id));
    expect(pages).toEqual([[11, 12], [21, 22], [31]]);
  });

  it('retries a primary rate limit that names no reset at once, as Octokit reads it (0 s)', async () => {
    const logger = new RecordingLogger();
    const client = await make(logger);
    await client.rest.pulls.get({ ...repo('noreset'), pull_number: 1 });
    expect(asked.get(path('noreset', '/pulls/1'))).toBe(2);
    expect(logger.messages('info')).toEqual([
      "ci-recovery: GitHub's primary rate limit on GET /repos/{owner}/{repo}/pulls/{pull_number}: waiting 0 s (retry 1 of 3)",
    ]);
  });

  it('reads a null page as no items', async () => {
    const client = await make(new RecordingLogger());
    const list = { ...repo('empty'), issue_number: 5, per_page: 100 };
    expect(await client.paginate(client.rest.issues.listComments, list)).toEqual([]);
  });

  it('joins a relative link to the base URL', async () => {
    const client = await make(new RecordingLogger());
    const all = await client.paginate(client.rest.issues.listComments, {
      ...repo('relative'),
      issue_number: 5,
    });
    expect(all.map((c) => c.id)).toEqual([1, 2]);
    expect(asked.get(path('relative', '/issues/5/comments?page=2'))).toBe(1);
  });

  it('ends a call GitHub never answers within its limit, and one its caller abandons, closing their connections', async () => {
    const client = await make(new RecordingLogger(), { ...FAST, callTimeoutMs: 300 });
    const timedOut = await failure(client.rest.pulls.get({ ...repo('silent'), pull_number: 1 }));
    expect(timedOut).toBeInstanceOf(CallTimeoutError);
    expect((timedOut as Error).message).toBe(
      'GitHub did not answer GET /repos/{owner}/{repo}/pulls/{pull_number} within 0 s',
    );
    const caller = new AbortController();
    const patient = await make(new RecordingLogger(), { ...FAST, callTimeoutMs: 30_000 });
    const call = failure(
      patient.rest.pulls.get({ ...repo('silent'), pull_number: 2, request: { signal: caller.signal } }),
    );
    // Abandoned once GitHub holds the request: an abort before it is sent opens no connection to close (a
    // timer started before the client was made fired first under load).
    const sent = path('silent', '/pulls/2');
    await until(() => asked.has(sent), 5000);
    caller.abort();
    const abandoned = await call;
    expect(abandoned).toBeInstanceOf(CallAbandonedError);
    const mine = (): string[] => closedByClient.filter((p) => p.startsWith(path('silent')));
    await until(() => mine().length >= 2, 2000);
    expect(mine().sort()).toEqual([path('silent', '/pulls/1'), path('silent', '/pulls/2')]);
  });

  it('writes and asks GraphQL', async () => {
    const client = await make(new RecordingLogger());
    const { data } = await client.rest.issues.updateComment({ ...repo('ok'), comment_id: 44, body: 'new' });
    expect(data).toMatchObject({ id: 44 });
    expect(seen.at(-1)).toMatchObject({ method: 'PATCH', url: path('ok', '/issues/comments/44') });
    expect(JSON.parse(seen.at(-1)!.body)).toEqual({ body: 'new' });
    const viewer = await client.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    expect(viewer.viewer.login).toBe('the-app');
  });
});

it("the light client's GETs reach the server as Octokit's do: the same path and query, token and accept", async () => {
  const requests: (typeof seen)[number][] = [];
  for (const [owner, make] of clients) {
    const client = await make(new RecordingLogger());
    await client.rest.pulls.listFiles({ owner: 'same', repo: 'r', pull_number: 4, per_page: 100, page: 2 });
    requests.push(seen.at(-1)!);
    expect(owner).toBeTruthy();
  }
  const [octokit, light] = requests;
  expect(light!.url).toBe(octokit!.url);
  for (const header of ['authorization', 'accept', 'accept-encoding'])
    expect(light!.headers[header]).toBe(octokit!.headers[header]);
});

describe("the light client follows a page's link only within the base URL's origin, once, and so far", () => {
  const make = (): Promise<RestClient> =>
    restClient('ghs_test', new RecordingLogger(), { baseUrl: url, policy: FAST });
  /** The pages a listing walks, up to `most`, and the error it ends with. */
  async function walk(name: string, most = 150): Promise<{ pages: number; error: unknown }> {
    const client = await make();
    let pages = 0;
    const error = await failure(
      (async () => {
        for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
          owner: 'light',
          repo: name,
          issue_number: 5,
        })) {
          expect(page.data).toEqual([expect.objectContaining({ id: expect.any(Number) })]);
          if (++pages >= most) break;
        }
      })(),
    );
    return { pages, error };
  }

  it('refuses a next page on another origin, sending it no token (a shortened list would look whole)', async () => {
    const { pages, error } = await walk('elsewhere');
    expect(otherSeen).toEqual([]);
    expect(pages).toBe(1);
    expect(error).toMatchObject({ name: 'PageRefusedError', status: 502 });
    expect((error as Error).message).toContain('another origin');
  });

  it('stops a link that loops back by failing, asking no page twice', async () => {
    const loop = await walk('loop');
    expect(loop.pages).toBe(1);
    expect(asked.get('/repos/light/loop/issues/5/comments')).toBe(1);
    expect(loop.error).toMatchObject({ name: 'PageRefusedError', status: 502 });
    expect((loop.error as Error).message).toContain('loops back');
  });

  it('stops a listing past 100 pages by failing', async () => {
    const endless = await walk('endless');
    expect(endless.pages).toBe(100);
    expect(endless.error).toMatchObject({ name: 'PageRefusedError', status: 502 });
    expect((endless.error as Error).message).toContain('100 pages');
  });

  it("leaves a PR's files unknown when their listing is refused so (no lane from a list cut short)", async () => {
    const change = await pullRequestChange(await make(), { owner: 'light', repo: 'elsewhere' }, 6);
    expect(change.files).toBeUndefined();
    expect(change.unknownBecause).toMatch(
      /^pull request #6 could not be read through the API \(502: .*another origin/,
    );
    expect(otherSeen).toEqual([]);
  });
});
