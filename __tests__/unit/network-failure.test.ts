/**
 * core/network-failure.ts: the one list of connection failures that may pass, and each caller's answer for
 * every code on it: the predicate itself, a ledger read (core/store-failure.ts), a blob upload's retry
 * (blob-blocks.ts, its real client against a local server, the first request failing with the code), and
 * the artifact protocol's Twirp client (artifact-protocol.ts), which gives up at once on the codes the
 * official client gives up on (`@actions/artifact`'s own NetworkError.isNetworkErrorCode) and tries the
 * others again, and whose failure a ledger read then reads as one that may pass.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { HttpClient } from '@actions/http-client';
import { NetworkError } from '@actions/artifact';
import {
  PASSING_NETWORK_CODES,
  isPassingNetworkCode,
  networkFailureMayPass,
} from '../../src/core/network-failure.js';
import { readFailureMayPass } from '../../src/core/store-failure.js';
import { BlockBlob } from '../../src/checkpoint/adapters/blob-blocks.js';
import { twirp } from '../../src/checkpoint/adapters/artifact-protocol.js';
import { UNGUARDED } from '../../src/checkpoint/adapters/store-guard.js';

/** As Node makes a socket's error: the code, and the syscall's words before it. */
const socket = (code: string): Error =>
  Object.assign(new Error(`read ${code}`), { code, errno: -1, syscall: 'read' });
/** Codes a connection's failure is not: a missing file (which the Azure client's list named), a lasting
 * DNS failure, a bad argument. */
const NOT_PASSING = ['ENOENT', 'EAI_FAIL', 'EACCES', 'ERR_INVALID_ARG_TYPE'];

let server: Server;
let url = '';
let requests = 0;
/** The server's answers to the next requests, in turn (201 after them). */
let statuses: number[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    requests++;
    req.resume();
    req.on('end', () => void res.writeHead(statuses.shift() ?? 201).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/c/blob?sig=x`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
afterEach(() => {
  jest.restoreAllMocks();
});

/** Puts one block with the first request failing with `error`: how many requests the client made. */
async function putFailingOnce(error: Error): Promise<{ tries: number; failed?: Error }> {
  const request = jest.spyOn(HttpClient.prototype, 'request').mockRejectedValueOnce(error);
  requests = 0;
  const blob = new BlockBlob(url, UNGUARDED, 'test-agent');
  const failed = await blob.stage('YmxvY2s=', Buffer.from('bytes')).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  blob.close();
  return { tries: request.mock.calls.length, ...(failed ? { failed } : {}) };
}

/** One Twirp call (one attempt) whose request fails with `error`: what it threw. */
async function twirpFailing(error: Error): Promise<Error> {
  jest.spyOn(HttpClient.prototype, 'post').mockRejectedValue(error);
  const saved = { url: process.env.ACTIONS_RESULTS_URL, token: process.env.ACTIONS_RUNTIME_TOKEN };
  process.env.ACTIONS_RESULTS_URL = 'http://127.0.0.1:9/';
  process.env.ACTIONS_RUNTIME_TOKEN = 'x.e30.y';
  try {
    return await twirp<unknown>('GetCacheEntryDownloadURL', {}, UNGUARDED, undefined, 1).then(
      () => new Error('answered'),
      (e: unknown) => e as Error,
    );
  } finally {
    for (const [name, value] of [
      ['ACTIONS_RESULTS_URL', saved.url],
      ['ACTIONS_RUNTIME_TOKEN', saved.token],
    ] as const)
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  }
}

describe.each(PASSING_NETWORK_CODES.map((code) => [code]))('%s: every caller answers "may pass"', (code) => {
  test('the predicate: by its code, by its words in a message, inside an AggregateError and as a cause', () => {
    expect(isPassingNetworkCode(code)).toBe(true);
    expect(networkFailureMayPass(socket(code))).toBe(true);
    expect(networkFailureMayPass(new Error(`connect ${code} 10.0.0.1:443`))).toBe(true);
    expect(networkFailureMayPass(new AggregateError([socket(code)], ''))).toBe(true);
    expect(networkFailureMayPass(new Error('upload failed', { cause: socket(code) }))).toBe(true);
  });

  test('a ledger read: may pass, by the code and by a message naming it', () => {
    expect(readFailureMayPass(socket(code))).toBe(true);
    expect(readFailureMayPass(new Error(`Downloading cache entry 'k' failed: read ${code}`))).toBe(true);
  });

  test('a blob upload: the block is tried again, and goes in', async () => {
    const { tries, failed } = await putFailingOnce(socket(code));
    expect(failed).toBeUndefined();
    expect(tries).toBe(2);
    expect(requests).toBe(1);
  });

  test('the Twirp client: given up at once where @actions/artifact gives up, else tried again; a ledger read of either may pass', async () => {
    const error = await twirpFailing(socket(code));
    expect(error.message).toMatch(
      NetworkError.isNetworkErrorCode(code)
        ? `Unable to make request: ${code}.`
        : `Failed to make request after 1 attempts: read ${code}`,
    );
    expect(readFailureMayPass(error)).toBe(true);
    expect(networkFailureMayPass(error)).toBe(true);
  });
});

test("the Twirp client gives up at once on exactly @actions/artifact's codes, each on the shared list", async () => {
  const givenUp: string[] = [];
  for (const code of [...PASSING_NETWORK_CODES, ...NOT_PASSING])
    if ((await twirpFailing(socket(code))).message.includes('Unable to make request')) givenUp.push(code);
  expect(givenUp.sort()).toEqual(
    [...PASSING_NETWORK_CODES, ...NOT_PASSING].filter((c) => NetworkError.isNetworkErrorCode(c)).sort(),
  );
  expect(givenUp.every((c) => isPassingNetworkCode(c))).toBe(true);
});

describe.each(NOT_PASSING.map((code) => [code]))('%s: no caller takes it for a passing failure', (code) => {
  test('the predicate and a ledger read', () => {
    expect(isPassingNetworkCode(code)).toBe(false);
    expect(networkFailureMayPass(socket(code))).toBe(false);
    expect(readFailureMayPass(socket(code))).toBe(false);
  });

  // ENOENT: the Azure client's policy (which blob-blocks.ts copied) retried it; over TCP it is no network error.
  test('a blob upload fails at once', async () => {
    const { tries, failed } = await putFailingOnce(socket(code));
    expect(failed?.message).toBe(`read ${code}`);
    expect(tries).toBe(1);
    expect(requests).toBe(0);
  });
});

test("Node's ERR_SOCKET_CONNECTION_TIMEOUT (every autoSelectFamily attempt timed out) may pass: retried, a ledger read unread", async () => {
  // As net.js makes it: no syscall, no code in its words.
  const timedOut = (): Error =>
    Object.assign(new Error('Socket connection timeout'), { code: 'ERR_SOCKET_CONNECTION_TIMEOUT' });
  expect(networkFailureMayPass(timedOut())).toBe(true);
  expect(readFailureMayPass(timedOut())).toBe(true);
  const { tries, failed } = await putFailingOnce(timedOut());
  expect(failed).toBeUndefined();
  expect(tries).toBe(2);
});

describe('a blob upload, beside the codes', () => {
  test("@actions/http-client's socket timeout is tried again (its message has no code)", async () => {
    const { tries, failed } = await putFailingOnce(new Error('Request timeout: /c/blob?sig=x'));
    expect(failed).toBeUndefined();
    expect(tries).toBe(2);
  });

  test('a TLS connection cut mid-way (EPROTO, "unexpected eof while reading") is still tried again', async () => {
    const cut = Object.assign(
      new Error(
        'read EPROTO 80DCA9A5617F0000:error:0A000126:SSL routines:ssl3_read_n:unexpected eof while reading:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:322:\n',
      ),
      { code: 'EPROTO', errno: -71, syscall: 'read' },
    );
    const { tries, failed } = await putFailingOnce(cut);
    expect(failed).toBeUndefined();
    expect(tries).toBe(2);
  });

  test.each([
    '0A00010B:SSL routines:ssl3_get_record:wrong version number',
    '0A000102:SSL routines:tls_early_post_process_client_hello:unsupported protocol',
    '0A000410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure',
  ])('a TLS handshake refused (EPROTO, %s) fails at once', async (words) => {
    const refused = Object.assign(
      new Error(`write EPROTO 80DCA9A5617F0000:error:${words}:../deps/openssl\n`),
      {
        code: 'EPROTO',
        errno: -71,
        syscall: 'write',
      },
    );
    const { tries, failed } = await putFailingOnce(refused);
    expect(failed).toBe(refused);
    expect(tries).toBe(1);
  });

  test.each([408, 504])(
    'an answer %i (Node\'s reason phrase: "Request Timeout", "Gateway Timeout") is tried again (by its status; the Azure policy went by its words)',
    async (status) => {
      statuses = [status];
      requests = 0;
      const blob = new BlockBlob(url, UNGUARDED, 'test-agent');
      await blob.stage('YmxvY2s=', Buffer.from('bytes'));
      blob.close();
      expect(requests).toBe(2);
    },
  );

  test('an answer 502 fails at once, as before', async () => {
    statuses = [502];
    requests = 0;
    const blob = new BlockBlob(url, UNGUARDED, 'test-agent');
    const failed = await blob.stage('YmxvY2s=', Buffer.from('bytes')).catch((e: unknown) => e as Error);
    blob.close();
    expect(failed?.message).toMatch(/^blob storage answered 502 Bad Gateway/);
    expect(requests).toBe(1);
  });
});
