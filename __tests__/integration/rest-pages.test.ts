/**
 * Every listing paged by a `link` header (src/adapters/rest-pages.ts) keeps to the API's origin, asks no page
 * twice and stops at its listing's most, through real Octokit (and the light client) against a local server:
 * each adapter that pages is walked through its own function. A second server stands for another origin and
 * counts what it received: a refused link must reach it with nothing, the token least of all.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pullRequestChange } from '../../src/adapters/changed-files.js';
import { readAttemptJobs } from '../../src/adapters/jobs-api.js';
import {
  CallAbandonedError,
  DEFAULT_REST_POLICY,
  getOctokit,
  type Octokit,
} from '../../src/adapters/github.js';
import { restClient, type RestClient } from '../../src/adapters/rest-light.js';
import { listAll, PageGuard, PageRefusedError } from '../../src/adapters/rest-pages.js';
import { readSticky } from '../../src/adapters/sticky-comment.js';
import { labelApplications } from '../../src/supervise/adapters/revert-pull-requests.js';
import { readAnnotations, readJobs } from '../../src/supervise/adapters/supervisor-github.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';
import type { JobGitHub } from '../../src/ports/job-github.js';
import { until } from '../until.js';

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
const TOKEN = 'ghs_pagetest';
const saved = { ...process.env };
let server: Server;
/** The API's origin; the API itself is under /api/v3, as on GHES. */
let origin: string;
let api: string;
let other: Server;
let otherUrl: string;
const otherSeen: IncomingHttpHeaders[] = [];
/** Each path asked of the API, in order. */
let asked: string[] = [];
const held: ServerResponse[] = [];
const closedByClient: string[] = [];

const json = (res: ServerResponse, body: unknown, headers: Record<string, string> = {}): void => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
};

/** One page's items of a listing, as GitHub shapes them for its route. */
function items(tail: string, page: number): unknown {
  const n = page;
  if (/^pulls\/\d+\/files/.test(tail))
    return [
      n === 2
        ? { filename: `src/file-${n}.ts`, status: 'renamed', previous_filename: 'lib/old-2.ts' }
        : { filename: `src/file-${n}.ts` },
    ];
  if (/^issues\/\d+\/comments/.test(tail))
    return [{ id: n, body: `comment ${n}`, created_at: '2026-01-01T00:00:00Z', html_url: 'x' }];
  if (/^issues\/\d+\/events/.test(tail))
    return [{ event: 'labeled', label: { name: `label-${n}` }, actor: { login: 'maintainer' } }];
  if (/^actions\/runs\/\d+\/attempts\/\d+\/jobs/.test(tail))
    return { total_count: 1000, jobs: [{ id: n, name: `job ${n}`, conclusion: 'success', steps: [] }] };
  if (/^check-runs\/\d+\/annotations/.test(tail))
    return [{ annotation_level: 'failure', message: `annotation ${n}` }];
  return [{ id: n }];
}

/**
 * The API's answers, by the repository's name: `three` pages by absolute links; `relative` by links that
 * name only a path (joined to the base URL, /api/v3 kept); `elsewhere` links to the other origin; `loop`
 * links to itself; `endless` never ends; `silent` never answers.
 */
function answer(path: string, res: ServerResponse): void {
  const rest = path.replace(/^\/api\/v3/, '');
  const [, , , name = '', ...parts] = rest.split(/[/?]/);
  const tail = parts.join('/');
  const page = Number(/[?&]page=(\d+)/.exec(rest)?.[1] ?? '1');
  const route = rest.replace(/\?.*/, '');
  if (/^pulls\/\d+$/.test(tail))
    return json(res, { number: 6, additions: 1, deletions: 1, changed_files: 3, labels: [] });
  if (/^commits\/\w+\/pulls/.test(tail)) return json(res, [{ number: 9 }]);
  if (/^collaborators\/\w+\/permission/.test(tail)) return json(res, { permission: 'admin' });
  if (name === 'silent') {
    held.push(res);
    res.on('close', () => {
      if (!res.writableEnded) closedByClient.push(path);
    });
    return;
  }
  const link = (href: string): Record<string, string> => ({ link: `<${href}>; rel="next"` });
  const next = `${api}${route}?per_page=100&page=${page + 1}`;
  if (name === 'three') return json(res, items(tail, page), page < 3 ? link(next) : {});
  if (name === 'full') {
    // 250 jobs: two full pages of 100 and one of 50, as GitHub pages them.
    const ids = Array.from({ length: page < 3 ? 100 : 50 }, (_, i) => (page - 1) * 100 + i + 1);
    const jobs = ids.map((id) => ({ id, name: `job ${id}`, status: 'completed', runner_name: 'r' }));
    return json(res, { total_count: 250, jobs }, page < 3 ? link(next) : {});
  }
  if (name === 'relative')
    return json(res, items(tail, page), page < 3 ? link(`${route}?per_page=100&page=${page + 1}`) : {});
  if (name === 'elsewhere') return json(res, items(tail, page), link(`${otherUrl}/steal?page=2`));
  if (name === 'loop') return json(res, items(tail, page), link(`${origin}${path}`));
  if (name === 'endless') return json(res, items(tail, page), link(next));
  return json(res, items(tail, page));
}

beforeAll(async () => {
  for (const name of PROXY_VARIABLES) delete process.env[name];
  server = createServer((req, res) => {
    asked.push(req.url ?? '');
    req.resume();
    req.on('end', () => answer(req.url ?? '', res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  api = `${origin}/api/v3`;
  other = createServer((req, res) => {
    otherSeen.push(req.headers);
    json(res, []);
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
beforeEach(() => {
  asked = [];
});

const FAST = { ...DEFAULT_REST_POLICY, msPerSecond: 20, callTimeoutMs: 2_000 };
const octokit = (): Octokit =>
  getOctokit(TOKEN, { baseUrl: api, policy: FAST, logger: new RecordingLogger() });
const light = (): Promise<RestClient> =>
  restClient(TOKEN, new RecordingLogger(), { baseUrl: api, policy: FAST });
const repo = (name: string) => ({ owner: 'o', repo: name });

/** The error a call ends with (undefined: it was answered). */
const failure = (call: Promise<unknown>): Promise<unknown> =>
  call.then(
    () => undefined,
    (e: unknown) => e,
  );

/**
 * Aborts `controller` once the API holds one more silent request than now (or after 10 s): an abort before the
 * request is sent opens no connection to close (a 200 ms timer raced making the client and sending, under load).
 */
function abortOnceHeld(controller: AbortController): void {
  const before = held.length;
  void until(() => held.length > before, 10_000).then(() => controller.abort());
}

/** What the other origin received: nothing, and so no token (shown whole if it did). */
function expectOtherOriginUntouched(): void {
  expect(otherSeen.map((h) => h.authorization ?? '(no authorization)')).toEqual([]);
}

describe.each([
  ['Octokit', () => Promise.resolve(octokit() as RestClient)],
  ['the light client', light],
])('listAll through %s', (_, make) => {
  const comments = async (name: string, maxPages = 10, signal?: AbortSignal) => {
    const client = await make();
    return listAll(
      client,
      client.rest.issues.listComments,
      { ...repo(name), issue_number: 5, per_page: 100 },
      { listing: `listing the comments of #5 in ${name}`, maxPages, ...(signal ? { signal } : {}) },
    );
  };

  it('reads a 3-page listing whole, in order, one request a page', async () => {
    expect((await comments('three')).map((c) => c.id)).toEqual([1, 2, 3]);
    expect(asked).toEqual([
      '/api/v3/repos/o/three/issues/5/comments?per_page=100',
      '/api/v3/repos/o/three/issues/5/comments?per_page=100&page=2',
      '/api/v3/repos/o/three/issues/5/comments?per_page=100&page=3',
    ]);
  });

  it("joins a relative link to the base URL, GHES's /api/v3 kept", async () => {
    expect((await comments('relative')).map((c) => c.id)).toEqual([1, 2, 3]);
    expect(asked.slice(1)).toEqual([
      '/api/v3/repos/o/relative/issues/5/comments?per_page=100&page=2',
      '/api/v3/repos/o/relative/issues/5/comments?per_page=100&page=3',
    ]);
  });

  it('refuses a link to another origin before asking it: nothing reaches it, no token', async () => {
    const error = await failure(comments('elsewhere'));
    expectOtherOriginUntouched();
    expect(error).toBeInstanceOf(PageRefusedError);
    expect((error as Error).message).toBe(
      `listing the comments of #5 in elsewhere: the next page is on another origin (${otherUrl}), ` +
        `not the API's (${origin}); it was not asked`,
    );
    expect((error as Error).message).not.toContain('steal');
    expect(asked).toHaveLength(1);
  });

  it('refuses a link back to a page asked already', async () => {
    const error = await failure(comments('loop'));
    expect(error).toMatchObject({ name: 'PageRefusedError', status: 502 });
    expect((error as Error).message).toContain('was asked already');
    expect(asked).toEqual(['/api/v3/repos/o/loop/issues/5/comments?per_page=100']);
  });

  it("stops at the listing's most pages by failing, not by ending short", async () => {
    const error = await failure(comments('endless', 4));
    expect((error as Error).message).toContain('is past 4 pages');
    expect(asked).toHaveLength(4);
  });

  it("keeps the caller's signal on every page: a listing abandoned closes its connection", async () => {
    const controller = new AbortController();
    abortOnceHeld(controller);
    const error = await failure(comments('silent', 10, controller.signal));
    expect(error).toBeInstanceOf(CallAbandonedError);
    await until(() => closedByClient.some((p) => p.includes('/silent/')), 2000);
    expect(closedByClient.filter((p) => p.includes('/silent/'))).toHaveLength(1);
  });
});

describe('each adapter that pages, through Octokit', () => {
  it("changed-files: a PR's files over 3 pages; a link elsewhere leaves them unknown, asking nothing there", async () => {
    const whole = await pullRequestChange(octokit(), repo('three'), 6);
    // A renamed file's old path too, as git (no renames) lists it; its lines are git's to count (review).
    expect(whole.files).toEqual(['src/file-1.ts', 'src/file-2.ts', 'lib/old-2.ts', 'src/file-3.ts']);
    expect(whole.notAsGit).toBe('1 renamed file(s): git counts their lines, the API does not');
    const refused = await pullRequestChange(octokit(), repo('elsewhere'), 6);
    expectOtherOriginUntouched();
    expect(refused.files).toBeUndefined();
    expect(refused.unknownBecause).toMatch(
      /^pull request #6 could not be read through the API \(502: listing the files of pull request #6: the next page is on another origin/,
    );
  });

  it("changed-files: at most 30 pages (the API's 3,000 files)", async () => {
    const change = await pullRequestChange(octokit(), repo('endless'), 6);
    expect(change.unknownBecause).toContain('is past 30 pages');
    expect(asked.filter((p) => p.includes('/files'))).toHaveLength(30);
  });

  it('sticky comment: the comments over 3 pages; a loop refused, asked once', async () => {
    const read = await readSticky(octokit(), repo('three'), 5);
    expect(read.comments.map((c) => c.id)).toEqual([1, 2, 3]);
    asked = [];
    const error = await failure(readSticky(octokit(), repo('loop'), 5));
    expect((error as Error).message).toBe(
      'listing the comments of #5: the next page was asked already: the link loops back; it was not asked',
    );
    expect(asked).toHaveLength(1);
    expect(await failure(readSticky(octokit(), repo('elsewhere'), 5))).toBeInstanceOf(PageRefusedError);
    expectOtherOriginUntouched();
  });

  it("supervisor: a run attempt's jobs over 3 pages; at most 10 pages, the first 10 kept, said to be part", async () => {
    const whole = await readJobs(octokit(), repo('three'), 7, 1);
    expect(whole.jobs.map((j) => j.id)).toEqual([1, 2, 3]);
    expect(whole.more).toBe(false);
    asked = [];
    // Past 10 pages the 11th is not asked, and the 10 read are kept, marked as not all of them.
    const first = await readJobs(octokit(), repo('endless'), 7, 1);
    expect(first.jobs.map((j) => j.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(first.more).toBe(true);
    expect(asked).toHaveLength(10);
    // Any other refusal still fails the listing: a link elsewhere is no page to count.
    expect(await failure(readJobs(octokit(), repo('elsewhere'), 7, 1))).toBeInstanceOf(PageRefusedError);
    expectOtherOriginUntouched();
    const looped = await failure(readJobs(octokit(), repo('loop'), 7, 1));
    expect((looped as Error).message).toContain('was asked already');
  });

  it("supervisor: a job's annotations, relative links joined; at most 3 pages; none sent elsewhere", async () => {
    const notes = await readAnnotations(octokit(), repo('relative'), 8);
    expect(notes.map((a) => a.message)).toEqual(['annotation 1', 'annotation 2', 'annotation 3']);
    asked = [];
    const error = await failure(readAnnotations(octokit(), repo('endless'), 8));
    expect((error as Error).message).toContain(
      'reading the annotations of job 8: the next page is past 3 pages',
    );
    expect(asked).toHaveLength(3);
    expect(await failure(readAnnotations(octokit(), repo('elsewhere'), 8))).toBeInstanceOf(PageRefusedError);
    expectOtherOriginUntouched();
  });

  it("supervisor: the kill switch's events over 3 pages; a link elsewhere fails it, sending nothing there", async () => {
    const found = await labelApplications(octokit(), repo('three'), 'a'.repeat(40), 'label-3');
    expect(found).toEqual({
      pr: 9,
      labels: [{ label: 'label-3', actor: 'maintainer', permission: 'admin' }],
    });
    const error = await failure(labelApplications(octokit(), repo('elsewhere'), 'a'.repeat(40), 'label-1'));
    expect((error as Error).message).toContain(
      'reading the events of #9: the next page is on another origin',
    );
    expectOtherOriginUntouched();
    asked = [];
    await expect(labelApplications(octokit(), repo('endless'), 'a'.repeat(40), 'x')).rejects.toThrow(
      'is past 30 pages',
    );
    expect(asked.filter((p) => p.includes('/events'))).toHaveLength(30);
  });
});

describe.each([
  ['Octokit', () => Promise.resolve(octokit() as RestClient)],
  ['the light client', light],
])("jobs-api: a run attempt's jobs through %s", (_, make) => {
  it('reads 250 jobs over 3 pages, by their links', async () => {
    const read = await readAttemptJobs(await make(), repo('full'), 7, 2);
    expect(read.ok && read.jobs.map((j) => j.id)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    expect(asked).toHaveLength(3);
  });

  it('fails the read on a link elsewhere, asking nothing there', async () => {
    const read = await readAttemptJobs(await make(), repo('elsewhere'), 7, 2);
    expectOtherOriginUntouched();
    expect(read).toEqual({
      ok: false,
      reason:
        'the jobs of run 7 attempt 2 could not be read (listing the jobs of run 7 attempt 2: the next page is ' +
        `on another origin (${otherUrl}), not the API's (${origin}); it was not asked)`,
    });
  });

  it("ends with its caller's signal, the page's connection closed", async () => {
    const controller = new AbortController();
    abortOnceHeld(controller);
    const before = closedByClient.length;
    const read = await readAttemptJobs(await make(), repo('silent'), 7, 2, controller.signal);
    // Abandoned by its caller, not ended by the call's own limit (2 s) with its socket open till then.
    expect(read).toMatchObject({ ok: false, reason: expect.stringContaining('was abandoned') });
    await until(() => closedByClient.length > before, 2000);
    expect(closedByClient.slice(before)).toEqual([
      expect.stringMatching(
        /^\/api\/v3\/repos\/o\/silent\/actions\/runs\/7\/attempts\/2\/jobs\?per_page=100/,
      ),
    ]);
  });
});

it.each([
  [
    "the run attempt's jobs",
    (p: JobGitHub) => p.attemptJobs(7, 3),
    /\/actions\/runs\/7\/attempts\/3\/jobs\?per_page=100/,
  ],
  ["the job's steps", (p: JobGitHub) => p.jobSteps(55), /\/actions\/jobs\/55$/],
])(
  "job ports: %s, given up by post's deadline, let go of the request then, not at the call's own limit",
  async (what, read, path) => {
    const { githubPort } = await import('../../src/adapters/job-ports.js');
    const { Deadline } = await import('../../src/adapters/deadline.js');
    // The call's own limit is far off: only the deadline's signal can end the held request within the test.
    const policy = { ...FAST, callTimeoutMs: 60_000 };
    const before = closedByClient.length;
    const heldBefore = held.length;
    const deadline = new Deadline(1500);
    const port = githubPort(TOKEN, repo('silent'), new RecordingLogger(), { deadline, baseUrl: api, policy });
    expect(await read(port)).toMatchObject({ ok: false, reason: expect.stringContaining(`reading ${what}`) });
    expect(deadline.abandoned).toEqual([`reading ${what}`]);
    // The request reached the server (else there is nothing to let go of), and its connection closes now.
    expect(held.length).toBeGreaterThan(heldBefore);
    await until(() => closedByClient.length > before, 3000);
    expect(closedByClient.slice(before)).toEqual([expect.stringMatching(path)]);
    // Nothing is left running for the process to wait on.
    await deadline.settled();
  },
);

describe('PageGuard', () => {
  const guard = () => new PageGuard('listing x', 'https://ghes.example/api/v3', 5);
  it('refuses what Octokit would read as a URI template: what it asked would not be what was checked', () => {
    for (const link of [
      '<https://ghes.example/api/v3/x{?page}>; rel="next"',
      '<https://evil.example:ab@ghes.example/api/v3/x>; rel="next"',
    ])
      expect(() => guard().next(link)).toThrow('is a URI template, not a URL');
  });
  it('takes a port-numbered origin and no next link alike', () => {
    const g = new PageGuard('listing x', 'http://127.0.0.1:8080/api/v3', 5);
    expect(g.next('<http://127.0.0.1:8080/api/v3/x?page=2>; rel="next"')).toBe(
      'http://127.0.0.1:8080/api/v3/x?page=2',
    );
    expect(g.next('<http://127.0.0.1:8080/api/v3/x?page=1>; rel="prev"')).toBeUndefined();
  });
});
