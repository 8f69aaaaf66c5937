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
