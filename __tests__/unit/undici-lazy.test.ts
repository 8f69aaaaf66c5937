/**
 * The bundle's stand-in for undici (src/adapters/undici-lazy.ts): the toolkit builds its `ProxyAgent` behind a
 * proxy and hands it to `fetch` as the dispatcher (@actions/github's proxy-aware fetch), so a fetch given the
 * stand-in must go through the proxy it names, with one real agent however many calls use it.
 */
import { createServer, type Server } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { ProxyAgent, fetch } from '../../src/adapters/undici-lazy.js';

function listen(server: Server | net.Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

const closing: (Server | net.Server)[] = [];
afterAll(async () => {
  await Promise.all(closing.map((s) => new Promise((r) => s.close(r))));
});

/** A target that answers every request with its path, and a CONNECT proxy that notes where it tunnels to. */
async function services(): Promise<{ target: string; proxy: string; tunnels: string[] }> {
  const target = createServer((req, res) => res.end(`hello ${req.url}`));
  const tunnels: string[] = [];
  const proxy = createServer((_req, res) => res.writeHead(405).end());
  proxy.on('connect', (req, client: net.Socket, head: Buffer) => {
    tunnels.push(req.url ?? '');
    const [host, port] = (req.url ?? '').split(':');
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  closing.push(target, proxy);
  const [t, p] = [await listen(target), await listen(proxy)];
  return { target: `http://127.0.0.1:${t}`, proxy: `http://127.0.0.1:${p}`, tunnels };
}

describe("the bundle's undici stand-in", () => {
  it('sends a fetch given its ProxyAgent through the proxy, with one real agent', async () => {
    const { target, proxy, tunnels } = await services();
    const agent = new ProxyAgent({ uri: proxy });
    const first = await fetch(`${target}/a`, { dispatcher: agent as never });
    expect(await first.text()).toBe('hello /a');
    const second = await fetch(`${target}/b`, { dispatcher: agent as never });
    expect(await second.text()).toBe('hello /b');
    expect(tunnels.length).toBeGreaterThan(0);
    expect(new Set(tunnels)).toEqual(new Set([new URL(target).host]));
    expect(agent.agent()).toBe(agent.agent());
    await (await agent.agent()).close();
  });

  it('fetches directly without a dispatcher', async () => {
    const { target, tunnels } = await services();
    const res = await fetch(`${target}/c`);
    expect(await res.text()).toBe('hello /c');
    expect(tunnels).toEqual([]);
  });
});
