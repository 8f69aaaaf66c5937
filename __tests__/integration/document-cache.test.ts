/**
 * Document saves whose text is still being made (post's test history, merged with what the branch saved
 * meanwhile) against the local stand: a text that rejects fails the save with its own reason, through the
 * service (github.com) and through the cache client (GHES), never as an unhandled rejection; a text that
 * takes longer than the stall limit is waited for outside the service's stall guard.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { readFailureMayPass } from '../../src/core/store-failure.js';
import { documentCache, type DocumentCache } from '../../src/adapters/document-cache.js';
import { readJobEnv } from '../../src/runner/adapters/job-env.js';
import { cacheScopesFor, startStand, type Stand } from '../../stand/services/stand.js';
import { quietly, setEnv } from './stand-helpers.js';

let stand: Stand;
let work: string;
let restoreEnv: () => void;

beforeAll(async () => {
  stand = await startStand();
  work = await mkdtemp(path.join(os.tmpdir(), 'document-cache-'));
  restoreEnv = setEnv(stand.jobEnv(1, 1, 1, cacheScopesFor('refs/heads/main', 'main')));
});
afterAll(async () => {
  restoreEnv?.();
  await stand?.stop();
  await rm(work, { recursive: true, force: true });
});

async function serviceDocuments(storeStallSeconds?: number): Promise<DocumentCache> {
  const env = readJobEnv();
  const cache = await documentCache(path.join(work, 'unused.json'), {
    runtime: env.runtime,
    ghes: false,
    ...(storeStallSeconds ? { storeStallSeconds } : {}),
  });
  if (!cache) throw new Error('the stand offers no cache service');
  return cache;
}

describe('document cache', () => {
  it('through the service, a text that rejects fails the save with its reason', async () => {
    const cache = await serviceDocuments();
    await expect(cache.save('doc-rejects', Promise.reject(new Error('the read failed')))).rejects.toThrow(
      'the read failed',
    );
  });

  it("through the cache client (GHES), a text that rejects fails the save with its reason, even where the file's folder cannot be made", async () => {
    // RUNNER_TEMP a plain file: the folder's mkdir fails, and the text rejects while it runs.
    const plain = path.join(work, 'plain-file');
    await writeFile(plain, '');
    const cache = await documentCache(path.join(plain, 'doc', 'history.json'), {
      runtime: { cacheUrl: 'http://127.0.0.1:9/', token: 'x' },
      ghes: true,
    });
    if (!cache) throw new Error('the cache client is not available');
    await expect(cache.save('doc-rejects', Promise.reject(new Error('the read failed')))).rejects.toThrow(
      'the read failed',
    );
  });

  it("through the service, a text still being made for longer than the stall limit is saved: waiting for it is not the service's silence", async () => {
    const cache = await serviceDocuments(0.5);
    const text = new Promise<string>((resolve) => setTimeout(() => resolve('{"slow":true}'), 1_500));
    await expect(cache.save('doc-slow-text', text)).resolves.toBeUndefined();
    expect(await cache.restore('doc-slow-text', [])).toEqual({ key: 'doc-slow-text', text: '{"slow":true}' });
  });

  it("through the cache client (GHES's v1), an entry found whose download fails is thrown, not 'none found'; none is none, a good one is read", async () => {
    // A v1 cache service: a lookup answers an entry (or 204), its archive is served, or its download fails.
    const folder = path.join(work, 'v1');
    const file = path.join(folder, 'doc', 'ledger.json');
    const archives = path.join(folder, 'archives');
    await mkdir(path.dirname(file), { recursive: true });
    await mkdir(archives, { recursive: true });
    // The good entry's archive, made by the client's own tar code (its paths relative to GITHUB_WORKSPACE).
    const internal = '../../node_modules/@actions/cache/lib/internal/';
    const tar = (await import(`${internal}tar.js`)) as {
      createTar(folder: string, paths: string[], method: string): Promise<void>;
    };
    const utils = (await import(`${internal}cacheUtils.js`)) as {
      getCompressionMethod(): Promise<string>;
      getCacheFileName(method: string): string;
    };
    const method = await utils.getCompressionMethod();
    await writeFile(file, '{"good":true}');
    const restoreWorkspace = setEnv({ GITHUB_WORKSPACE: folder });
    const seen: string[] = [];
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      seen.push(`${req.method} ${url.pathname}`);
      if (url.pathname.endsWith('/_apis/artifactcache/cache')) {
        const keys = url.searchParams.get('keys') ?? '';
        if (keys.startsWith('doc-none')) return void res.writeHead(204).end();
        const { port } = server.address() as AddressInfo;
        const which = ['good', 'corrupt', 'flaky'].find((w) => keys.startsWith(`doc-${w}`)) ?? 'broken';
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end(
          JSON.stringify({
            cacheKey: `doc-${which}-1`,
            archiveLocation: `http://127.0.0.1:${port}/blob/${which}`,
          }),
        );
      }
      if (url.pathname === '/blob/good')
        return void readFile(path.join(archives, utils.getCacheFileName(method))).then((b) =>
          res.writeHead(200, { 'content-length': b.length }).end(b),
        );
      // Cut short the first time (the socket dropped mid-body), whole the second.
      if (url.pathname === '/blob/flaky')
        return void readFile(path.join(archives, utils.getCacheFileName(method))).then((b) => {
          if (seen.filter((s) => s.endsWith('/blob/flaky')).length > 1)
            return void res.writeHead(200, { 'content-length': b.length }).end(b);
          res.writeHead(200, { 'content-length': b.length });
          res.write(b.subarray(0, 8), () => res.destroy());
        });
      // An archive that does not unpack: served whole, the client's tar fails on it.
      if (url.pathname === '/blob/corrupt')
        return void res.writeHead(200, { 'content-length': 14 }).end('not an archive');
      res.writeHead(404).end('gone');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const restore = setEnv({ ACTIONS_CACHE_URL: `http://127.0.0.1:${port}/`, ACTIONS_RUNTIME_TOKEN: 'x' });
    delete process.env.ACTIONS_CACHE_SERVICE_V2;
    try {
      await quietly(() => tar.createTar(archives, [path.relative(folder, file)], method));
      const cache = await documentCache(file, {
        runtime: { cacheUrl: `http://127.0.0.1:${port}/`, token: 'x' },
        ghes: true,
      });
      if (!cache) throw new Error('the cache client is not available');
      const { value, output } = await quietly(async () => ({
        none: await cache.restore('doc-none', ['doc-none']),
        broken: await cache.restore('doc-broken', ['doc-broken']).catch((e: unknown) => e as Error),
        good: await cache.restore('doc-good', ['doc-good']),
        corrupt: await cache.restore('doc-corrupt', ['doc-corrupt']).catch((e: unknown) => e as Error),
        flaky: await cache.restore('doc-flaky', ['doc-flaky']).catch((e: unknown) => e as Error),
      }));
      expect(value.none).toBeUndefined();
      // The client warned and answered "none"; the lookup before it had found the entry.
      expect(output).toMatch(/::warning::Failed to restore: /);
      expect(value.broken).toBeInstanceOf(Error);
      // No key in the message (anyone's with write access to the cache): the ledger store names it.
      expect((value.broken as Error).message).toBe(
        'the entry was found, but the cache client did not download it, twice (its warnings above say why)',
      );
      expect(value.good).toEqual({ key: 'doc-good-1', text: '{"good":true}' });
      expect((value.corrupt as Error).message).toBe((value.broken as Error).message);
      // A download that failed once (the client answers it as it does a corrupt archive) is tried again.
      expect(value.flaky).toEqual({ key: 'doc-flaky-1', text: '{"good":true}' });
      // Both failed twice: taken as lasting, the ledger store replaces such an entry (core/store-failure.ts).
      expect(readFailureMayPass(value.broken)).toBe(false);
      expect(readFailureMayPass(value.corrupt)).toBe(false);
      // One lookup for none; a lookup, then the restore's lookup and its download (twice where it
      // failed), for one found.
      expect(seen.filter((s) => s.endsWith('/blob/good'))).toHaveLength(1);
      expect(seen.filter((s) => s.endsWith('/blob/corrupt'))).toHaveLength(2);
      expect(seen.filter((s) => s.endsWith('/blob/broken'))).toHaveLength(2);
      expect(seen.filter((s) => s.endsWith('/blob/flaky'))).toHaveLength(2);
      expect(seen.filter((s) => s.endsWith('/cache'))).toHaveLength(12);
    } finally {
      restore();
      restoreWorkspace();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
