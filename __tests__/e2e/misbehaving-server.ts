/**
 * A package registry, module proxy or git host that misbehaves, and the real clients run against it: a
 * `node:http` server per case on this machine, a client (npm, cargo, go, mvn, git, curl, wget, pip) run in a
 * temporary directory with its caches there, and what it printed (stdout and stderr as they arrived) with its
 * exit status. No real network: the server listens on this machine's own non-loopback IPv4 address (the
 * runner's eth0), so the client names a host that is not the job's own loopback, as a registry's is; a refused
 * connection is a port there with nothing listening, and a name that cannot resolve is in `.invalid` (RFC 6761:
 * never resolves, the resolver answers without asking anyone).
 *
 * On a machine with no network at all (no non-loopback IPv4 address) `outwardAddress` throws, and the battery
 * fails rather than skips: its cases name a host that is not the job's own, and loopback would be read as one.
 * Each client runs in its own process group, killed as a whole when the client exits or runs out of time.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** This machine's first non-internal IPv4 address: a host the classifier does not read as the job's own. */
export function outwardAddress(): string {
  for (const list of Object.values(os.networkInterfaces()))
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  throw new Error('no non-loopback IPv4 address on this machine: the registry cases need one (eth0)');
}

/** Answers every request with `status` (and `body`, or none). */
export const status =
  (code: number, body?: string): Handler =>
  (_req, res) => {
    res.writeHead(code, body === undefined ? { 'content-length': '0' } : { 'content-type': 'text/html' });
    res.end(body);
  };

/**
 * A gem server whose index works and whose gem downloads answer `code`: Bundler's compact index (`/versions`
 * and `/info/leftpad`, rubygems/compact_index's format: each gem's line in `/versions` carries its info file's
 * MD5) offers leftpad 0.1.0, so `bundle install` resolves, then fetches `/gems/leftpad-0.1.0.gem`.
 */
export function gemIndexThen(code: number): Handler {
  const info = `---\n0.1.0 |checksum:${'0'.repeat(64)}\n`;
  const versions = `created_at: 2024-01-01T00:00:00Z\n---\nleftpad 0.1.0 ${createHash('md5').update(info).digest('hex')}\n`;
  return (req, res) => {
    const body = req.url === '/versions' ? versions : req.url === '/info/leftpad' ? info : '';
    const answer = body ? 200 : req.url?.startsWith('/gems/') ? code : 404;
    res.writeHead(answer, {
      'content-type': 'text/plain',
      'content-length': String(Buffer.byteLength(body)),
    });
    res.end(body);
  };
}

/** Sends the headers and part of a body, then resets the connection (RST, not FIN). */
export const resetMidResponse: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': '100000' });
  res.write(Buffer.alloc(1000, 0x7b));
  setTimeout(() => res.socket?.resetAndDestroy(), 50);
};

/** Promises a Content-Length and closes the connection (FIN) after a tenth of it: a download cut short. */
export const truncatedBody: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': '100000' });
  res.write(Buffer.alloc(10000, 0x7b));
  setTimeout(() => res.socket?.destroySoon(), 50);
};

/** Closes each connection without an answer (FIN): a server or proxy dropping it (RemoteDisconnected in urllib3). */
export const dropConnection: Handler = (_req, res) => {
  res.socket?.destroy();
};

/** Accepts the request and never answers: the client's own timeout ends it. */
export const stall: Handler = () => undefined;

export interface Server {
  /** `http://<address>:<port>` (no trailing slash). */
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

/** A server on this machine's outward address, port from 0, answering each request with `handler`. */
export async function serve(handler: Handler, host = outwardAddress()): Promise<Server> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    host,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on `host` with nothing listening: bound, then closed. */
export async function closedPort(host = outwardAddress()): Promise<Server> {
  const s = await serve(status(200), host);
  await s.close();
  return { ...s, close: () => Promise.resolve() };
}

export interface Ran {
  lines: string[];
  exit: number;
  ms: number;
}

/** Runs `file args` in `cwd` with `env` over a clean environment (no proxy), stdout and stderr as they arrived. */
export function runClient(
  cwd: string,
  file: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs = 45_000,
): Promise<Ran> {
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !/proxy$/i.test(k) && !/^(?:npm_|GIT_|CARGO|GO|MAVEN|PIP_)/i.test(k)) base[k] = v;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    // Its own process group, so that what the client leaves running (git's git-remote-http) goes with it.
    const child = spawn(file, args, {
      cwd,
      env: { ...base, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    // Lines as the runner takes them: each stream read line by line on its own (actions/runner ProcessInvoker,
    // one reader per stream), so a line one stream has not ended (apt's `Reading package lists...` before its
    // `Done`) is not glued to the other's next line.
    const lines: string[] = [];
    const pending = { stdout: '', stderr: '' };
    const take = (stream: 'stdout' | 'stderr', text: string): void => {
      const all = pending[stream] + text;
      const end = all.lastIndexOf('\n');
      pending[stream] = all.slice(end + 1);
      if (end >= 0) lines.push(...all.slice(0, end).replace(/\r\n?/g, '\n').split('\n'));
    };
    child.stdout.on('data', (d: Buffer) => take('stdout', d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => take('stderr', d.toString('utf8')));
    const killGroup = (): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch (e) {
        // ESRCH: the group is gone already, nothing left to end.
        if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e;
      }
    };
    const timer = setTimeout(killGroup, timeoutMs);
    child.on('exit', killGroup);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal)
        return reject(new Error(`${file} ${args.join(' ')} killed by ${signal} after ${timeoutMs} ms`));
      for (const rest of [pending.stdout, pending.stderr])
        if (rest !== '') lines.push(...rest.replace(/\r\n?/g, '\n').split('\n'));
      resolve({ lines, exit: code ?? -1, ms: Date.now() - started });
    });
  });
}

/** Whether `file args` runs and exits 0. */
export function works(file: string, args: string[]): boolean {
  return spawnSync(file, args, { encoding: 'utf8', timeout: 30_000 }).status === 0;
}
