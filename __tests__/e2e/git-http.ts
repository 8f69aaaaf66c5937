/**
 * A git host on this machine for real-git-cases.ts: `git http-backend` (git's own smart-HTTP CGI,
 * Documentation/git-http-backend.txt) serving the bare repositories under a project, behind a `node:http` handler
 * (`misbehaving-server.ts` serve) that can redirect a path prefix, as a renamed repository's host does, or cut an
 * upload-pack answer short, as a proxy dropping the connection mid-clone does.
 */
import { spawn } from 'node:child_process';
import type { Handler } from './misbehaving-server.js';

export interface BackendOptions {
  /** Requests under this prefix are answered 301 to the same path without it. */
  redirect?: string;
  /** The pack an upload-pack POST answers is cut (RST) after this many bytes of its body. */
  cutPackAfter?: number;
}

/** A handler serving `root`'s repositories through `git http-backend`. */
export function httpBackend(root: string, options: BackendOptions = {}): Handler {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    if (options.redirect && url.pathname.startsWith(options.redirect)) {
      res.writeHead(301, { location: `/${url.pathname.slice(options.redirect.length)}${url.search}` });
      return res.end();
    }
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: root,
      PATH_INFO: decodeURIComponent(url.pathname),
      REQUEST_METHOD: req.method ?? 'GET',
      QUERY_STRING: url.search.replace(/^\?/, ''),
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
      HTTP_GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
      REMOTE_ADDR: '127.0.0.1',
    };
    const cgi = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
    req.pipe(cgi.stdin);
    const cut = options.cutPackAfter !== undefined && url.pathname.endsWith('/git-upload-pack');
    let head = Buffer.alloc(0);
    let sent = 0;
    let headerDone = false;
    let stopped = false;
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (stopped || res.destroyed) return;
      if (!headerDone) {
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) return;
        headerDone = true;
        const headers: Record<string, string> = {};
        let code = 200;
        for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
          const [name = '', ...value] = line.split(':');
          if (/^status$/i.test(name)) code = Number.parseInt(value.join(':').trim(), 10);
          else headers[name] = value.join(':').trim();
        }
        res.writeHead(code, headers);
        chunk = head.subarray(end + 4);
      }
      if (cut && sent + chunk.length > (options.cutPackAfter ?? 0)) {
        res.write(chunk.subarray(0, Math.max(0, (options.cutPackAfter ?? 0) - sent)));
        stopped = true;
        cgi.kill('SIGKILL');
        setTimeout(() => res.socket?.resetAndDestroy(), 20);
        return;
      }
      sent += chunk.length;
      res.write(chunk);
    });
    cgi.stdout.on('end', () => {
      if (!stopped && !res.destroyed) res.end();
    });
  };
}
