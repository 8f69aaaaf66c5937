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

it('parses a JSON answer without a reviver: JSON.parse alone, not a call back for every value', async () => {
  const octokit = getOctokit('ghs_test', { baseUrl: url, logger: new RecordingLogger() });
  const parse = JSON.parse;
  const revivers: string[] = [];
  JSON.parse = ((text: string, reviver?: unknown) => {
    revivers.push(typeof reviver);
    return parse(text, reviver as Parameters<typeof parse>[1]) as unknown;
  }) as typeof JSON.parse;
  try {
    const data: unknown = (await octokit.request('GET /repos/o/json')).data;
    expect(data).toEqual({ id: 1, name: 'r', tags: ['a', { b: null }] });
  } finally {
    JSON.parse = parse;
  }
  expect(revivers).toContain('undefined');
  expect(revivers).not.toContain('function');
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
