/**
 * The cases of classify-real-transients.test.ts: a client, what its server does, and the type a person would
 * label the failure it prints (transients retried, the deterministic look-alikes not).
 */
import { createHash } from 'node:crypto';
import type { FailureType } from '../../src/core/types.js';
import type { Handler } from './misbehaving-server.js';
import { dropConnection, resetMidResponse, stall, status, truncatedBody } from './misbehaving-server.js';
import type { ClientName } from './real-clients.js';

/** What the server does: a handler, or no server at all (`refused`: a closed port; `dns`: a name in .invalid). */
export type Misbehaviour = { name: string; handler: Handler } | { name: string };

const GARBAGE = Buffer.from('this is no archive, only a page the proxy sent\n'.repeat(20));

/** A registry that answers its metadata right and serves a package that is no archive. */
export function malformedPackage(client: ClientName, base: () => string): Handler {
  return (req, res) => {
    const url = req.url ?? '/';
    const json = (v: unknown): void => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(v));
    };
    if (client === 'npm' && url === '/left-pad')
      return json({
        name: 'left-pad',
        'dist-tags': { latest: '1.3.0' },
        versions: {
          '1.3.0': {
            name: 'left-pad',
            version: '1.3.0',
            dist: { tarball: `${base()}/left-pad/-/left-pad-1.3.0.tgz` },
          },
        },
      });
    if (client === 'cargo' && url === '/config.json') return json({ dl: `${base()}/dl` });
    if (client === 'cargo' && url === '/le/ft/leftpad') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const cksum = createHash('sha256').update(GARBAGE).digest('hex');
      return res.end(
        `${JSON.stringify({ name: 'leftpad', vers: '1.0.0', deps: [], cksum, features: {}, yanked: false })}\n`,
      );
    }
    if (client === 'go' && url.endsWith('/@v/v1.0.0.mod')) {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('module example.com/leftpad\n');
    }
    if (client === 'go' && url.endsWith('/@v/v1.0.0.info')) return json({ Version: 'v1.0.0' });
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': GARBAGE.length });
    res.end(GARBAGE);
  };
}

export const TRANSIENT_BEHAVIOURS: Misbehaviour[] = [
  { name: '500', handler: status(500, '<html><body>Internal Server Error</body></html>') },
  { name: '502', handler: status(502, '<html><body><h1>502 Bad Gateway</h1></body></html>') },
  { name: '503 no body', handler: status(503) },
  { name: '504', handler: status(504, '<html><body><h1>504 Gateway Time-out</h1></body></html>') },
  { name: 'reset mid-response', handler: resetMidResponse },
  { name: 'truncated body', handler: truncatedBody },
  { name: 'dropped unanswered', handler: dropConnection },
  { name: 'refused' },
  { name: 'dns' },
  { name: 'stall', handler: stall },
];

export const DETERMINISTIC_BEHAVIOURS: [Misbehaviour, FailureType][] = [
  [{ name: '404', handler: status(404, 'Not Found') }, 'dependency'],
  [{ name: '401', handler: status(401, 'Unauthorized') }, 'config'],
  [{ name: '403', handler: status(403, 'Forbidden') }, 'config'],
];
