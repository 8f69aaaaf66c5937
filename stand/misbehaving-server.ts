/**
 * A local HTTP server for tests that fails the way a registry or a service does on a bad day, so real clients
 * (curl, git, npm, pip, cargo, go, Maven, @actions/http-client) print their own words for it: a 5xx with a body,
 * 429 with Retry-After, a connection reset mid-response, a body shorter than its Content-Length, and a request
 * accepted and never answered. Every request gets the server's current `mode`, whatever its path (a client asks
 * several paths before it gives up); `requests` counts them, which shows a client's own retries.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Misbehaviour = '500' | '502' | '503' | '504' | '429' | 'reset' | 'truncated' | 'hang';

export interface MisbehavingServer {
  mode: Misbehaviour;
  readonly port: number;
  readonly requests: number;
  close(): Promise<void>;
}

const REASON: Record<string, string> = {
  '500': 'Internal Server Error',
  '502': 'Bad Gateway',
  '503': 'Service Unavailable',
  '504': 'Gateway Timeout',
  '429': 'Too Many Requests',
};

function misbehave(mode: Misbehaviour, req: IncomingMessage, res: ServerResponse): void {
  if (mode === 'hang') return; // accepted, never answered: the client's own time limit ends it
  if (mode === 'reset') {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': '65536' });
    res.write(Buffer.alloc(1024));
    // A TCP reset (RST), not a clean close: what a load balancer dropping the connection sends.
    setTimeout(() => req.socket.resetAndDestroy(), 20);
    return;
  }
  if (mode === 'truncated') {
    // Promises 64 KiB, sends 1 KiB, then ends the connection cleanly (no reset). HTML, so an index client
    // (pip) reads the page rather than skipping it for its type.
    res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': '65536' });
    res.write(Buffer.alloc(1024), () => setTimeout(() => req.socket.end(), 20));
    return;
  }
  const headers: Record<string, string> = { 'Content-Type': 'text/html', Connection: 'close' };
  if (mode === '429') headers['Retry-After'] = '1';
  res.writeHead(Number(mode), REASON[mode], headers);
  res.end(`<html><body><h1>${mode} ${REASON[mode]}</h1></body></html>\n`);
}

/** Starts the server on a free loopback port. */
export async function misbehavingServer(mode: Misbehaviour): Promise<MisbehavingServer> {
  const sockets = new Set<Socket>();
  let requests = 0;
  const state = { mode };
  const server: Server = createServer((req, res) => {
    requests += 1;
    req.resume();
    misbehave(state.mode, req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    get mode() {
      return state.mode;
    },
    set mode(m: Misbehaviour) {
      state.mode = m;
    },
    port: (server.address() as AddressInfo).port,
    get requests() {
      return requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * The environment for a client of a loopback server: no proxy between them (a developer's or runner's http_proxy
 * would answer instead).
 */
export function loopbackClientEnv(): NodeJS.ProcessEnv {
  return {
    ...Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !/^(?:https?|all|ftp)_proxy$/i.test(name)),
    ),
    no_proxy: '127.0.0.1',
    NO_PROXY: '127.0.0.1',
  };
}
