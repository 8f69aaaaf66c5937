/**
 * The REST client reads a successful answer's body itself (src/adapters/answer-body.ts): what a call gives
 * is what @actions/github's client gives for the same answer, JSON, text, binary or empty, and a JSON body
 * is parsed without Octokit's reviver unless it may hold an integer past 2^53.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createServer, type OutgoingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getOctokit } from '../../src/adapters/github.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';

/** Each route's answer: status, headers, body. */
const ANSWERS: Record<string, [number, OutgoingHttpHeaders, string]> = {
  json: [
    200,
    { 'content-type': 'application/json; charset=utf-8' },
    '{"id":1,"name":"r","tags":["a",{"b":null}]}',
  ],
  'big-id': [200, { 'content-type': 'application/json' }, '{"id":9007199254740993,"small":12}'],
  // Long runs of digits in strings (a commit id of zeros, a numeric string) are no numbers past 2^53.
  'digits-in-strings': [
    200,
    { 'content-type': 'application/json' },
    '{"sha":"0000000000000000000000000000000000000000","n":"12345678901234567890","id":5,"x":0.50000000000000000000}',
  ],
  // Such numbers wherever a value starts: an array's first and later items, after whitespace, negative.
  'big-in-array': [
    200,
    { 'content-type': 'application/json' },
    '[9007199254740993, 1,\n\t-9007199254740995, {"a" :\r 90071992547409930}]',
  ],
  'big-alone': [200, { 'content-type': 'application/json' }, ' 9007199254740993'],
  'not-json': [200, { 'content-type': 'application/json' }, 'upstream said no'],
  scim: [200, { 'content-type': 'application/scim+json' }, '{"schemas":["urn:x"]}'],
  text: [200, { 'content-type': 'text/plain' }, 'plain words'],
  'utf8-other': [200, { 'content-type': 'application/x-thing; charset="UTF-8"' }, 'thing ✓'],
  binary: [200, { 'content-type': 'application/octet-stream; charset=utf-8' }, '\u0001\u0002bytes'],
  'no-type': [200, {}, 'no type given'],
  empty: [204, {}, ''],
};

let server: Server;
let url: string;
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
const saved = { ...process.env };

beforeAll(async () => {
  for (const name of PROXY_VARIABLES) delete process.env[name];
  server = createServer((req, res) => {
    req.resume();
    const [status, headers, body] = ANSWERS[req.url?.split('/')[3] ?? ''] ?? [404, {}, ''];
    res.writeHead(status, headers);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  process.env = saved;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** `data` as a comparable value: an ArrayBuffer as its bytes. */
const comparable = (data: unknown): unknown => (data instanceof ArrayBuffer ? Buffer.from(data) : data);

it.each(Object.keys(ANSWERS))(
  "gives what @actions/github's client gives for an answer: %s",
  async (route) => {
    const github = await import('@actions/github');
    const theirs = await github.getOctokit('ghs_test', { baseUrl: url }).request(`GET /repos/o/${route}`);
    const ours = await getOctokit('ghs_test', { baseUrl: url, logger: new RecordingLogger() }).request(
      `GET /repos/o/${route}`,
    );
    expect(comparable(ours.data)).toEqual(comparable(theirs.data));
    expect(typeof ours.data).toBe(typeof theirs.data);
  },
);

it('keeps an integer past 2^53 as a BigInt', async () => {
  const octokit = getOctokit('ghs_test', { baseUrl: url, logger: new RecordingLogger() });
  const data: unknown = (await octokit.request('GET /repos/o/big-id')).data;
  expect(data).toEqual({ id: 9007199254740993n, small: 12 });
});

it('keeps integers past 2^53 as BigInts wherever a value starts', async () => {
  const octokit = getOctokit('ghs_test', { baseUrl: url, logger: new RecordingLogger() });
  expect((await octokit.request('GET /repos/o/big-in-array')).data).toEqual([
    9007199254740993n,
    1,
    -9007199254740995n,
    { a: 90071992547409930n },
  ]);
  expect((await octokit.request('GET /repos/o/big-alone')).data).toBe(9007199254740993n);
});

/** The `typeof` of the reviver each JSON.parse of a call to `route` was given. */
async function revivers(route: string): Promise<{ data: unknown; revivers: string[] }> {
  const octokit = getOctokit('ghs_test', { baseUrl: url, logger: new RecordingLogger() });
  const parse = JSON.parse;
  const seen: string[] = [];
  JSON.parse = ((text: string, reviver?: unknown) => {
    seen.push(typeof reviver);
    return parse(text, reviver as Parameters<typeof parse>[1]) as unknown;
  }) as typeof JSON.parse;
  try {
    return { data: (await octokit.request(`GET /repos/o/${route}`)).data, revivers: seen };
  } finally {
    JSON.parse = parse;
  }
}

it('parses a JSON answer without a reviver: JSON.parse alone, not a call back for every value', async () => {
  const got = await revivers('json');
  expect(got.data).toEqual({ id: 1, name: 'r', tags: ['a', { b: null }] });
  expect(got.revivers).toContain('undefined');
  expect(got.revivers).not.toContain('function');
});

it('parses without a reviver a body whose long runs of digits are in strings (a commit id of zeros)', async () => {
  const got = await revivers('digits-in-strings');
  expect(got.data).toEqual({
    sha: '0000000000000000000000000000000000000000',
    n: '12345678901234567890',
    id: 5,
    x: 0.5,
  });
  expect(got.revivers).toEqual(['undefined']);
});

it('gives the body as a stream to a caller that asks for it raw', async () => {
  const octokit = getOctokit('ghs_test', { baseUrl: url, logger: new RecordingLogger() });
  const data: unknown = (
    await octokit.request('GET /repos/o/json', {
      request: { parseSuccessResponseBody: false },
    })
  ).data;
  const chunks: Buffer[] = [];
  for await (const chunk of data as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk));
  expect(Buffer.concat(chunks).toString('utf8')).toBe(ANSWERS.json?.[2]);
});
