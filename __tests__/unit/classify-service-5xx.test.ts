/**
 * A service answering a server error in its client's own words (issue 68: "HTTP 5xx in a service client's own
 * words"). actions/github-script prints an Octokit request's failure with `console.error(err)` and fails the step
 * with `Unhandled error: ${err}` (src/main.ts handleError): the message is whatever the response's body said, so
 * only the printed `status: 5xx,` property says it was the server's (rule octokit-server-error). Octokit is run
 * here against a local server answering each status, its error printed as console.error prints it. containerd's
 * registry client, under `docker buildx`, says `unexpected status from GET request to <url>: 503 Service
 * Unavailable` (rule containerd-unexpected-status; its published lines). A 4xx is the request's own fault: never
 * retried.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { format } from 'node:util';
import { Octokit } from '@octokit/core';
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, failedRunLog, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';

type Answer = { status: number; type: string; body: string } | 'reset';

let server: Server;
let answer: Answer = 'reset';
beforeAll(async () => {
  server = createServer((_req, res) => {
    if (answer === 'reset') {
      res.socket?.destroy();
      return;
    }
    res.writeHead(answer.status, { 'content-type': answer.type });
    res.end(answer.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const JSON_TYPE = 'application/json; charset=utf-8';
const json = (status: number, message: string): Answer => ({
  status,
  type: JSON_TYPE,
  body: JSON.stringify({ message, documentation_url: 'https://docs.github.com/rest' }),
});

/** What github-script's step prints when its script's request failed: console.error(err), then setFailed. */
async function githubScriptOutput(reply: Answer): Promise<string[]> {
  answer = reply;
  const { port } = server.address() as AddressInfo;
  const octokit = new Octokit({ baseUrl: `http://127.0.0.1:${port}`, auth: 'token-not-real' });
  try {
    await octokit.request('GET /repos/{owner}/{repo}/releases/latest', { owner: 'o', repo: 'r' });
  } catch (err) {
    // console.error(err) writes util.format(err); core.setFailed's `::error::` the runner shows as `##[error]`.
    return [...format(err).split('\n'), `##[error]Unhandled error: ${String(err)}`];
  }
  throw new Error('the request did not fail');
}

const githubScriptLog = (output: string[]): string =>
  jobLog(actionsStep({ uses: 'actions/github-script@v7' }, output));

describe("GitHub's API failing under actions/github-script, in Octokit's words (rule octokit-server-error)", () => {
  test.each([
    ["a 500 with GitHub's JSON error", json(500, 'Server Error')],
    ['a 503 with a JSON message', json(503, 'Service Unavailable')],
    ['a 504 with an empty body', { status: 504, type: 'text/plain', body: '' }],
  ])('%s: network, retried, shown on the status Octokit printed', async (_name, reply) => {
    const output = await githubScriptOutput(reply);
    expect(output).toContainEqual(expect.stringMatching(/^ {2}status: 5\d\d,$/));
    const v = classify({ log: githubScriptLog(output) });
    expect(v.type).toBe('network');
    expect(v.rule).toBe('octokit-server-error');
    expect(v.evidence?.text).toMatch(/^status: 5\d\d,$/);
    expect(retriedOnPr(v)).toBe(true);
  });

  // Octokit calls a dropped connection a 500 and prints the fetch's cause under it: the cause decides, and the
  // line shown is the first that states it, Octokit's status.
  test('a connection the server closed: network, retried, decided by the socket that closed', async () => {
    const output = await githubScriptOutput('reset');
    expect(output).toContainEqual(expect.stringMatching(/^ {2}status: 500,$/));
    const v = classify({ log: githubScriptLog(output) });
    expect({ type: v.type, rule: v.rule }).toEqual({ type: 'network', rule: 'undici-socket-failed' });
    expect(v.evidence?.text).toBe('status: 500,');
    expect(retriedOnPr(v)).toBe(true);
  });

  test('a 502 HTML page is network too (its body names the status)', async () => {
    const html = { status: 502, type: 'text/html', body: '<html><h1>502 Bad Gateway</h1></html>\n' };
    const v = classify({ log: githubScriptLog(await githubScriptOutput(html)) });
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });

  test.each([
    [401, 'Bad credentials'],
    [403, 'Resource not accessible by integration'],
    [404, 'Not Found'],
    [422, 'Validation Failed'],
  ])("%i, the request's own fault, is not this and is not retried", async (status, message) => {
    const output = await githubScriptOutput(json(status, message));
    expect(output).toContainEqual(`  status: ${status},`);
    const v = classify({ log: githubScriptLog(output) });
    expect(v.rule).not.toBe('octokit-server-error');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a 500 a script printed and got past, then a compile error, is the compile error', async () => {
    const printed = (await githubScriptOutput(json(500, 'Server Error'))).slice(0, -1);
    const tsc = "src/a.ts(1,7): error TS2322: Type 'string' is not assignable to type 'number'.";
    const v = classify({
      log: failedRunLog('node scripts/notify.mjs || true; npx tsc -p .', [...printed, tsc], 2),
    });
    expect(v.type).toBe('build');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a 500 a script printed and got past, long before its own failure, is no network failure', async () => {
    // A sync script that logs a failed request and goes on: its status line is far from the step's end (block).
    const printed = (await githubScriptOutput(json(500, 'Server Error'))).slice(0, -1);
    const items = Array.from({ length: 70 }, (_, i) => `synced item ${i + 1} of 70`);
    const output = [...printed, ...items, 'Error: 3 of 70 items failed validation'];
    const v = classify({ log: failedRunLog('node scripts/sync-labels.mjs', output, 1) });
    expect(v.type).not.toBe('network');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("a status line with no Octokit error above it in the step is another client's: not this", () => {
    // A deploy script's own HTTP client printing its server's answer, ending the step as github-script would.
    const output = [
      'Deploying to https://staging.example.test',
      'Deploy failed: {',
      '  status: 500,',
      "  body: 'bad config'",
      '}',
    ];
    const v = classify({ log: failedRunLog('node scripts/deploy.mjs', output, 1) });
    expect(v.rule).not.toBe('octokit-server-error');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a failed test that logged a response object with a 500 stays a failed test', () => {
    const jest = [
      'FAIL src/api.test.ts',
      '  ● api › reports the server error',
      '    expect(received).toBe(expected)',
      '    Expected: "retry"',
      '    Received: "fail"',
      '  console.log',
      '    {',
      '      status: 500,',
      "      body: 'upstream failed'",
      '    }',
      'Tests:       1 failed, 12 passed, 13 total',
    ];
    const v = classify({ log: failedRunLog('npx jest', jest, 1) });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe("a registry answering 5xx or 429 in containerd's words under buildx (rule containerd-unexpected-status)", () => {
  const push =
    'ERROR: failed to solve: failed to push ghcr.io/acme/app:latest: unexpected status from PUT request to https://ghcr.io/v2/acme/app/blobs/uploads/4f1b?digest=sha256%3A8e2b: 502 Bad Gateway';
  const manifest =
    '##[error]buildx failed with: ERROR: failed to solve: failed to push ghcr.io/acme/app:latest: unexpected status from PUT request to https://ghcr.io/v2/acme/app/manifests/latest: 500 Internal Server Error';
  const blob =
    'failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/node/blobs/sha256:8e2b: 504 Gateway Timeout';

  test.each([
    ['docker buildx build --push -t ghcr.io/acme/app:latest .', push],
    ['docker buildx build --push -t ghcr.io/acme/app:latest .', manifest],
    ['docker buildx build .', blob],
  ])('%s: network, retried', (run, line) => {
    const v = classify({
      log: failedRunLog(run, ['#5 [internal] load metadata for docker.io/library/node:20', line], 1),
    });
    expect(v.type).toBe('network');
    expect(v.rule).toBe('containerd-unexpected-status');
    expect(retriedOnPr(v)).toBe(true);
  });

  test("refused credentials, a missing tag and a registry on the job's own machine are not this", () => {
    const rules = defaultRuleSet();
    for (const line of [
      'ERROR: failed to solve: failed to push ghcr.io/acme/app:latest: unexpected status from POST request to https://ghcr.io/v2/acme/app/blobs/uploads/: 403 Forbidden',
      'ERROR: failed to solve: failed to fetch oauth token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aacme%2Fapp%3Apush: 401 Unauthorized',
      'ERROR: failed to solve: unexpected status from HEAD request to https://registry-1.docker.io/v2/library/nodee/manifests/20: 404 Not Found',
      'ERROR: failed to solve: failed to push localhost:5000/app:ci: unexpected status from PUT request to http://localhost:5000/v2/app/manifests/ci: 500 Internal Server Error',
    ]) {
      expect([line, ruleFires(rules, 'containerd-unexpected-status', line)]).toEqual([line, false]);
      const v = classify({ log: failedRunLog('docker buildx build --push .', [line], 1) });
      expect([line, retriedOnPr(v)]).toEqual([line, false]);
    }
  });
});
