/**
 * A tunnelling HTTP proxy for tests: whatever host a client asks to CONNECT to, it connects to `target` on
 * loopback, and records each tunnel's requested host in `tunnels`.
 */
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

export const portOf = (server: Server): number => (server.address() as AddressInfo).port;

export const listen = (server: Server): Promise<void> =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

export async function tunnellingProxy(target: Server, tunnels: string[]): Promise<Server> {
  const proxy = createServer((_req, res) => res.writeHead(501).end());
  proxy.on('connect', (req, socket, head) => {
    tunnels.push(req.url ?? '');
    const upstream = connect(portOf(target), '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await listen(proxy);
  return proxy;
}

/**
 * Sends the GitHub API's calls through `proxy`: the API at a host that is not loopback (loopback bypasses the
 * proxy), so only the proxy knows where it is. The caller restores `process.env` afterwards.
 */
export function apiThroughProxy(proxy: Server): void {
  process.env.GITHUB_API_URL = 'http://api.github.test';
  process.env.HTTP_PROXY = `http://127.0.0.1:${portOf(proxy)}`;
  delete process.env.NO_PROXY;
  delete process.env.no_proxy;
}

/** Closes the servers, their open connections first (a proxy's tunnels would hold `close` open). */
export async function closeServers(...servers: Server[]): Promise<void> {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
