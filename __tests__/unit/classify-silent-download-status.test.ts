/**
 * A downloader that failed without a word (`curl -s` without `-S`, `wget -q`): its status is all the log holds, and
 * curl's and wget's documented statuses for a network failure (curl's CURLcode: 6, 7, 18, 28, 52, 56...; wget(1): 4)
 * make the step a network failure, retried (evidence-pieces.ts DOWNLOAD_STATUS). curl and GNU Wget run here, as the
 * runner runs a step (`bash -e`), against a closed port and a local server that cuts its body short. Look-alikes:
 * curl's 22 (any status of 400 or more: a missing file reads the same as a failing server), the same status from
 * another command of a list, and a script's own status with no downloader in it. Each as the job log's step and as
 * run/'s own attempt (the command's output and status alone) reads it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog, failedScriptLog, retriedOnPr, runAttemptVerdict } from '../classify-logs.js';
import {
  loopbackClientEnv,
  misbehavingServer,
  type MisbehavingServer,
} from '../../stand/misbehaving-server.js';

let cut: MisbehavingServer;
let missing: Server;
let missingPort = 0;
let closedPort = 0;
let dir = '';

/** No proxy between the clients and the loopback servers: a runner's http_proxy would answer instead. */
const CLIENT_ENV = loopbackClientEnv();

/** Runs `script` as the runner runs a step with no `shell:` (`bash -e`), without blocking the servers here. */
function step(script: string, pipefail = false): Promise<{ output: string[]; status: number }> {
  return new Promise((resolve) => {
    const args = [
      '--noprofile',
      '--norc',
      pipefail ? '-eo' : '-e',
      ...(pipefail ? ['pipefail'] : []),
      '-c',
      script,
    ];
    execFile('/bin/bash', args, { cwd: dir, timeout: 20_000, env: CLIENT_ENV }, (err, out, errOut) => {
      const status = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ output: `${out}${errOut}`.split('\n').filter((l) => l !== ''), status });
    });
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'silent-download-'));
  cut = await misbehavingServer('truncated');
  missing = createServer((req, res) => {
    req.resume();
    res.writeHead(404, { Connection: 'close' }).end('Not Found\n');
  });
  await new Promise<void>((resolve) => missing.listen(0, '127.0.0.1', resolve));
  missingPort = (missing.address() as AddressInfo).port;
  // A port nothing listens on: taken, then given back.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});
afterAll(async () => {
  await cut.close();
  await new Promise<void>((resolve) => missing.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe('a quiet downloader that failed: its own status is a network failure, retried', () => {
  test.each([
    ['curl -s, a closed port (7)', () => `curl -sL -o tool.tgz http://127.0.0.1:${closedPort}/tool.tgz`, 7],
    ['curl -s, a body cut short (18)', () => `curl -sLo tool.tgz http://127.0.0.1:${cut.port}/tool.tgz`, 18],
    ['wget -q, a body cut short (4)', () => `wget -q --tries=1 http://127.0.0.1:${cut.port}/tool.tgz`, 4],
    ['wget -q, a closed port (4)', () => `wget -q --tries=1 -O tool.tgz http://127.0.0.1:${closedPort}/t`, 4],
  ])('%s', async (_name, run, code) => {
    const { output, status } = await step(run());
    expect(status).toBe(code);
    expect(output).toEqual([]);
    // The job log's step, and run/'s own attempt of the same command (its output and status, no runner lines).
    for (const v of [
      classify({ log: failedRunLog(run(), output, status) }),
      runAttemptVerdict(run(), output, status),
    ]) {
      expect(v.type).toBe('network');
      expect(v.rule).toBe(`exit:${code}@download`);
      expect(v.evidence?.text).toBe(`${run()}: exit ${code}`);
      expect(retriedOnPr(v)).toBe(true);
    }
  });

  test('a script that downloads, then unpacks: the download ended it (bash -e)', async () => {
    const script = [`curl -sLo tool.tgz http://127.0.0.1:${closedPort}/tool.tgz`, 'tar -xzf tool.tgz'];
    const { output, status } = await step(script.join('\n'));
    expect(status).toBe(7);
    const v = classify({ log: failedScriptLog(script, output, status) });
    expect(v.type).toBe('network');
    expect(v.rule).toBe('exit:7@download');
    expect(retriedOnPr(v)).toBe(true);
  });

  test('an installer fetched into bash under pipefail: the fetch failed, bash ran nothing', async () => {
    const run = `curl -s http://127.0.0.1:${closedPort}/install.sh | bash`;
    const { output, status } = await step(run, true);
    expect(status).toBe(7);
    const v = classify({ log: failedRunLog(run, output, status) });
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });
});

describe('look-alikes: not a network failure from the status', () => {
  test("curl -f's 22 for a file that is not there: any status of 400 or more reads the same", async () => {
    const run = `curl -fsL -o tool.tgz http://127.0.0.1:${missingPort}/v9.9.9/tool.tgz`;
    const { output, status } = await step(run);
    expect(status).toBe(22);
    for (const v of [
      classify({ log: failedRunLog(run, output, status) }),
      runAttemptVerdict(run, output, status),
    ]) {
      expect(v.rule).not.toMatch(/@download$/);
      expect(v.type).not.toBe('network');
      expect(retriedOnPr(v)).toBe(false);
    }
  });

  test("a list's other command returned the status: it may be that command's", async () => {
    // curl without -f saves the 404's page and exits 0; the command after it returns 7.
    const run = `curl -sLo notes.txt http://127.0.0.1:${missingPort}/notes.txt && bash -c 'exit 7'`;
    const { output, status } = await step(run);
    expect(status).toBe(7);
    for (const v of [
      classify({ log: failedRunLog(run, output, status) }),
      runAttemptVerdict(run, output, status),
    ]) {
      expect(v.type).not.toBe('network');
      expect(retriedOnPr(v)).toBe(false);
    }
  });

  test("a script's own status with no downloader in it", async () => {
    const run = "python3 -c 'import sys; sys.exit(7)'";
    const { output, status } = await step(run);
    expect(status).toBe(7);
    for (const v of [
      classify({ log: failedRunLog(run, output, status) }),
      runAttemptVerdict(run, output, status),
    ]) {
      expect(v.type).not.toBe('network');
      expect(retriedOnPr(v)).toBe(false);
    }
  });
});

describe("a pipe's reader ends it on its own status", () => {
  // jq 1.6 run here on a GitHub API error object (`{"message":"Not Found"}`) read as a list: its error and status 5,
  // curl's COULDNT_RESOLVE_PROXY. Written as the step printed it: curl (no -f) saved the 404's body and exited 0.
  const JQ_ERROR = 'jq: error (at <stdin>:1): Cannot index object with number';

  test.each([
    ['without pipefail (a step with no shell:)', 'shell: /usr/bin/bash -e {0}'],
    [
      'under pipefail (shell: bash): jq failed last',
      'shell: /usr/bin/bash --noprofile --norc -e -o pipefail {0}',
    ],
  ])("`curl -s … | jq …` ending 5 is jq's error, not curl's: %s", (_name, shell) => {
    const script = ["curl -s https://api.github.com/repos/acme/tool/tags | jq -r '.[0].name'"];
    const log = failedScriptLog(script, [JQ_ERROR], 5, shell);
    for (const v of [classify({ log }), runAttemptVerdict(script[0]!, [JQ_ERROR], 5)]) {
      expect(v.rule).not.toMatch(/@download$/);
      expect(v.type).not.toBe('network');
      expect(retriedOnPr(v)).toBe(false);
    }
  });

  test("a script reader given nothing ran nothing and exits 0: the status is still the download's", async () => {
    const run = `curl -s http://127.0.0.1:${closedPort}/setup.sh | bash -s -- --yes`;
    const { output, status } = await step(run, true);
    expect(status).toBe(7);
    const v = classify({
      log: failedScriptLog(
        [run],
        output,
        status,
        'shell: /usr/bin/bash --noprofile --norc -e -o pipefail {0}',
      ),
    });
    expect(v).toMatchObject({ type: 'network', rule: 'exit:7@download' });
    expect(retriedOnPr(v)).toBe(true);
  });
});
