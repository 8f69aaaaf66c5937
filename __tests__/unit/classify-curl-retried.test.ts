/**
 * Issue 68 item 1 (lead from last round): a download curl's `--retry` tried again and then completed is no cause of
 * what fails later in the step. curl prints each failed attempt's `curl: (18) ...` and then warns that it will try
 * again (src/tool_operate.c post_check_result, then retry_sleep's `Warning: Problem ... Will retry in`); a
 * completed attempt prints nothing more, so the warning after the error is the word that it was survived
 * (structure-markers.ts RETRY_MARKER), and an attempt that failed again prints its error after it. The output is
 * real curl's, against a local server that cuts its first answers short.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr } from '../classify-logs.js';

const run = promisify(execFile);
const BODY = 1000;

let dir = '';
let server: Server;
let base = '';
/** Answers cut short per path: how many of the first requests get 10 of the 1000 bytes they were promised. */
const cutFirst: Record<string, number> = { '/once.tgz': 1, '/always.tgz': 99 };
const seen: Record<string, number> = {};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ci-recovery-curl-'));
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    seen[url] = (seen[url] ?? 0) + 1;
    res.writeHead(200, { 'Content-Length': String(BODY) });
    if (seen[url] <= (cutFirst[url] ?? 0)) {
      res.write('x'.repeat(10));
      setTimeout(() => res.socket?.destroy(), 20);
    } else res.end('x'.repeat(BODY));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(dir, { recursive: true, force: true });
});

/** curl as a workflow runs it, without -s (which silences its warnings); its output as the job log holds it. */
async function curl(file: string): Promise<{ code: number; lines: string[] }> {
  const args = [
    '-fL',
    '--retry',
    '2',
    '--retry-all-errors',
    '--retry-delay',
    '1',
    '-o',
    path.join(dir, 'out'),
  ];
  try {
    const { stdout, stderr } = await run('curl', [...args, `${base}${file}`]);
    return { code: 0, lines: `${stdout}${stderr}`.split('\n').filter((l) => l !== '') };
  } catch (e) {
    const { code, stdout, stderr } = e as { code: number; stdout: string; stderr: string };
    return { code, lines: `${stdout}${stderr}`.split('\n').filter((l) => l !== '') };
  }
}

const compileError = [
  "/home/runner/work/app/app/src/main.cpp:12:5: error: 'foo' was not declared in this scope",
  'make[2]: *** [src/CMakeFiles/app.dir/build.make:76: src/CMakeFiles/app.dir/main.cpp.o] Error 1',
];

test('curl cut short once, then done after its own retry: the compile error after it decides, not retried', async () => {
  const got = await curl('/once.tgz');
  expect(got.code).toBe(0);
  expect(got.lines.some((l) => l.startsWith('curl: (18) '))).toBe(true);
  const v = classify({ log: failedRunLog('./ci/build.sh', [...got.lines, ...compileError]) });
  expect(v.type).toBe('build');
  expect(v.evidence?.text).toBe(compileError[0]);
  expect(retriedOnPr(v)).toBe(false);
}, 20_000);

test('curl cut short on every attempt: its last error after the warnings is the cause, retried', async () => {
  const got = await curl('/always.tgz');
  expect(got.code).toBe(18);
  const v = classify({ log: failedRunLog('./ci/build.sh', got.lines, 18) });
  expect(v.type).toBe('network');
  expect(v.evidence?.text).toMatch(/^curl: \(18\) /);
  expect(retriedOnPr(v)).toBe(true);
}, 20_000);
