/** Counting the requests this process has sent, from node:http's own channel, on a real loopback server. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { requestsOut } from '../../src/adapters/requests-out.js';

/** Whether `p` has settled once every callback already due has run. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('requestsOut', () => {
  const held: http.ServerResponse[] = [];
  let received = 0;
  let arrived: () => void = () => undefined;
  const server = http.createServer((_req, res) => {
    // Held unanswered: what counts is that the request went out, not its answer.
    held.push(res);
    received++;
    arrived();
  });
  let port = 0;
  const agent = new http.Agent({ keepAlive: false });
  const get = (at = port): http.ClientRequest => {
    const req = http.get({ host: '127.0.0.1', port: at, agent });
    req.on('error', () => undefined); // a refused or ended request is counted, not reported
    return req;
  };
  const receivedAll = (n: number): Promise<void> =>
    new Promise((resolve) => {
      arrived = () => received >= n && resolve();
      arrived();
    });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    for (const res of held) res.end();
    agent.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  it('resolves once that many requests are sent, not before', async () => {
    const out = requestsOut(60_000);
    const requests = [get(), get()];
    await out(2);
    await receivedAll(2);
    const three = out(3);
    expect(await settled(three)).toBe(false);
    requests.push(get());
    await three;
    await receivedAll(3);
    for (const req of requests) req.destroy();
  });

  it('counts a request that could not be sent (a refused connection) once it ends', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const gone = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const out = requestsOut(60_000);
    get(gone);
    await out(1);
  });

  it('resolves after its cap when no request goes out', async () => {
    const out = requestsOut(30);
    const started = performance.now();
    await out(1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });
});
