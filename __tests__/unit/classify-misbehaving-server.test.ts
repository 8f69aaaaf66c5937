/**
 * Real clients against a local server that misbehaves on demand (stand/misbehaving-server.ts): curl and git,
 * run here, print their own words for a 503, a 429, a reset mid-answer and a body cut short, and the classifier
 * retries each as a transient; a 404 from the same clients is not retried. Loopback only, no real network; the
 * loopback address is replaced by a public host in the log (a rule reads the job's own machine as a service that
 * is not up, never a transient).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr } from '../classify-logs.js';
import {
  loopbackClientEnv,
  misbehavingServer,
  type Misbehaviour,
  type MisbehavingServer,
} from '../../stand/misbehaving-server.js';

let server: MisbehavingServer;
let dir = '';
beforeAll(async () => {
  server = await misbehavingServer('503');
  dir = mkdtempSync(join(tmpdir(), 'misbehaving-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * The clients' environment: no proxy between them and the loopback server (a developer's or runner's
 * http_proxy would answer instead), and no git configuration but the defaults (a user's url.insteadOf or
 * http.proxy would change what git does).
 */
const CLIENT_ENV: NodeJS.ProcessEnv = {
  ...loopbackClientEnv(),
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
};

/** Runs `file args` without blocking the event loop (the server answers in this process). */
function run(file: string, args: string[]): Promise<{ output: string[]; status: number }> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd: dir, timeout: 20_000, env: CLIENT_ENV }, (err, out, errOut) => {
      const status = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ output: `${out}${errOut}`.split('\n').filter((l) => l !== ''), status });
    });
  });
}

const publicHost = (lines: string[], port: number): string[] =>
  lines.map((l) => l.replaceAll(`http://127.0.0.1:${port}`, 'https://github.com'));

type Invocation = { file: string; args: string[] };
const CLIENTS: Record<'curl' | 'git', (url: string) => Invocation> = {
  curl: (url) => ({
    file: 'curl',
    // -q first: no ~/.curlrc of the user's.
    args: ['-q', '-fsSL', '--max-time', '10', '-o', '/dev/null', `${url}/releases/download/v1/x.tgz`],
  }),
  git: (url) => ({
    file: 'git',
    args: ['clone', '-q', `${url}/acme/app.git`, join(dir, `app-${Date.now()}`)],
  }),
};

describe.each(Object.keys(CLIENTS) as (keyof typeof CLIENTS)[])(
  '%s against the misbehaving server',
  (client) => {
    test.each<[Misbehaviour, RegExp]>([
      ['503', /returned error: 503/],
      ['429', /returned error: 429/],
      ['reset', /Connection reset by peer/],
      ['truncated', /transfer closed with \d+ bytes remaining to read/],
    ])('%s: the client says so, and the verdict is a retried network failure', async (mode, said) => {
      server.mode = mode;
      const { file, args } = CLIENTS[client](`http://127.0.0.1:${server.port}`);
      const { output, status } = await run(file, args);
      expect(status).not.toBe(0);
      expect(output.join('\n')).toMatch(said);
      const v = classify({
        log: failedRunLog(`${file} ${args.join(' ')}`, publicHost(output, server.port), status),
      });
      expect(v.type).toBe('network');
      expect(retriedOnPr(v)).toBe(true);
    });
  },
);

test("a loopback remote that resets git's connection is still an outage, retried (the stand's network stories)", async () => {
  server.mode = 'reset';
  const { file, args } = CLIENTS.git(`http://127.0.0.1:${server.port}`);
  const { output, status } = await run(file, args);
  expect(output.join('\n')).toMatch(
    /unable to access 'http:\/\/127\.0\.0\.1:\d+\/.*Connection reset by peer/,
  );
  const v = classify({ log: failedRunLog(`${file} ${args.join(' ')}`, output, status) });
  expect(v.type).toBe('network');
  expect(retriedOnPr(v)).toBe(true);
});

test('a 404 from the same clients is no transient', async () => {
  const missing = createServer((_req, res) => res.writeHead(404, { Connection: 'close' }).end('Not Found\n'));
  await new Promise<void>((resolve) => missing.listen(0, '127.0.0.1', resolve));
  const { port } = missing.address() as AddressInfo;
  try {
    for (const client of Object.keys(CLIENTS) as (keyof typeof CLIENTS)[]) {
      const { file, args } = CLIENTS[client](`http://127.0.0.1:${port}`);
      const { output, status } = await run(file, args);
      // curl: `curl: (22) The requested URL returned error: 404`; git: `fatal: repository '<url>' not found`.
      expect(output.join('\n')).toMatch(/returned error: 404|repository '[^']+' not found/);
      const v = classify({
        log: failedRunLog(`${file} ${args.join(' ')}`, publicHost(output, port), status),
      });
      expect(retriedOnPr(v)).toBe(false);
    }
  } finally {
    await new Promise<void>((resolve) => missing.close(() => resolve()));
  }
});
