/**
 * A download piped into tar by a quiet client (`wget -qO- <url> | tar -xz`): wget -q prints nothing, whatever
 * the server answered, so only gzip's and tar's lines speak. GNU Wget, gzip and GNU tar, run here against local
 * servers. tar's own next line tells data that came and stopped (`Unexpected EOF in archive`: a cut download,
 * rule archive-truncated) from none at all (`Child returned status 1`, rule archive-empty-input); nothing tells a
 * release that is not there (404) from a server error (503): both read the same, a network guess retried once.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classify } from '../../src/core/classify/index.js';
import { decide } from '../../src/core/policy.js';
import type { Classification } from '../../src/core/types.js';
import { failedRunLog, retriedOnPr } from '../classify-logs.js';

let server: Server;
let port = 0;
let dir = '';
/** The first KiB of a real .tgz, served under a Content-Length it never reaches. */
let head = Buffer.alloc(0);

/** Runs `script` as the runner runs a step (`bash -eo pipefail`), without blocking the server in this process. */
function step(script: string): Promise<{ output: string[]; status: number }> {
  return new Promise((resolve) => {
    const args = ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script];
    execFile('/bin/bash', args, { cwd: dir, timeout: 20_000 }, (err, out, errOut) => {
      const status = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ output: `${out}${errOut}`.split('\n').filter((l) => l !== ''), status });
    });
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'quiet-download-'));
  // Random bytes do not compress: the archive's first KiB holds its first tar block and a little more.
  writeFileSync(join(dir, 'blob'), randomBytes(65_536));
  await step('tar -czf tool.tgz blob && rm blob');
  head = readFileSync(join(dir, 'tool.tgz')).subarray(0, 1024);
  server = createServer((req, res) => {
    req.resume();
    if (req.url?.endsWith('/cut.tgz')) {
      res.writeHead(200, { 'Content-Length': String(head.length * 64) });
      res.write(head, () => setTimeout(() => req.socket.destroy(), 20));
      return;
    }
    const status = req.url?.endsWith('/gone.tgz') ? 404 : 503;
    res.writeHead(status, { Connection: 'close' }).end(`${status}\n`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

/** The pipe as a workflow writes it, with the public host the loopback server stands for. */
const pipe = (file: string, quiet = true): string =>
  `wget ${quiet ? '-qO-' : '-O-'} --tries=1 https://github.com/acme/tool/releases/download/v1.2.3/${file} | tar -xz`;
const run = (file: string, quiet = true): Promise<{ output: string[]; status: number }> =>
  step(pipe(file, quiet).replace('https://github.com', `http://127.0.0.1:${port}`));

function attemptsAllowed(v: Classification): number {
  return decide({ type: v.type, lane: 'STANDARD', branchKind: 'pr', attempt: 1, confidence: v.confidence })
    .maxAttempts;
}

test('a 404 and a 503 leave the same lines: nothing arrived, a network guess retried once', async () => {
  const gone = await run('gone.tgz');
  const failing = await run('busy.tgz');
  expect(gone.output).toEqual([
    'gzip: stdin: unexpected end of file',
    'tar: Child returned status 1',
    'tar: Error is not recoverable: exiting now',
  ]);
  expect(failing).toEqual(gone);
  const v = classify({ log: failedRunLog(pipe('gone.tgz'), gone.output, gone.status) });
  expect(v).toMatchObject({ type: 'network', confidence: 'low', rule: 'archive-empty-input' });
  expect(retriedOnPr(v)).toBe(true);
  expect(attemptsAllowed(v)).toBe(2);
});

test("a body cut after a KiB is tar's unexpected EOF: a cut download, the lane's retries", async () => {
  const { output, status } = await run('cut.tgz');
  expect(output).toContain('tar: Unexpected EOF in archive');
  const v = classify({ log: failedRunLog(pipe('cut.tgz'), output, status) });
  expect(v).toMatchObject({ type: 'network', confidence: 'medium', rule: 'archive-truncated' });
  expect(attemptsAllowed(v)).toBeGreaterThan(2);
});

test('wget without -q names the 404: a pinned download not there, not retried', async () => {
  const { output, status } = await run('gone.tgz', false);
  expect(output.join('\n')).toMatch(/ERROR 404: Not Found\./);
  const v = classify({ log: failedRunLog(pipe('gone.tgz', false), output, status) });
  expect(v.type).toBe('dependency');
  expect(retriedOnPr(v)).toBe(false);
});
