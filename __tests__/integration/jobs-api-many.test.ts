/**
 * A run attempt with more jobs than MAX_JOB_PAGES pages hold (several matrices of up to 256 each): the job
 * being looked for (GHES, where the job context gives no id) is on the first page, as GitHub lists them.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readAttemptJobs } from '../../src/adapters/jobs-api.js';
import { DEFAULT_REST_POLICY, getOctokit } from '../../src/adapters/github.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';

const TOTAL = 1200;
let server: Server;
let api = '';
const saved = { ...process.env };

beforeAll(async () => {
  for (const name of ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']) delete process.env[name];
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const page = Number(url.searchParams.get('page') ?? '1');
    const ids = Array.from({ length: 100 }, (_, i) => (page - 1) * 100 + i + 1).filter((id) => id <= TOTAL);
    const jobs = ids.map((id) => ({
      id,
      name: `job ${id}`,
      status: 'in_progress',
      runner_name: `runner-${id}`,
    }));
    const last = page * 100 >= TOTAL;
    const next = `${api}${url.pathname.replace(/^\/api\/v3/, '')}?per_page=100&page=${page + 1}`;
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      ...(last ? {} : { link: `<${next}>; rel="next"` }),
    });
    res.end(JSON.stringify({ total_count: TOTAL, jobs }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`;
});
afterAll(async () => {
  process.env = saved;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

it('a run attempt with 1,200 jobs still gives the jobs of its first ten pages, not a failed read', async () => {
  const policy = { ...DEFAULT_REST_POLICY, msPerSecond: 20, callTimeoutMs: 2_000 };
  const octokit = getOctokit('ghs_jobs', { baseUrl: api, policy, logger: new RecordingLogger() });
  const read = await readAttemptJobs(octokit, { owner: 'o', repo: 'r' }, 7, 1);
  expect(read.ok).toBe(true);
  expect(read.ok && read.jobs.find((j) => j.runnerName === 'runner-3')?.id).toBe(3);
});
