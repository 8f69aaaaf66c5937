/**
 * Document saves whose text is still being made (post's test history, merged with what the branch saved
 * meanwhile) against the local stand: a text that rejects fails the save with its own reason, through the
 * service (github.com) and through the cache client (GHES), never as an unhandled rejection; a text that
 * takes longer than the stall limit is waited for outside the service's stall guard.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { documentCache, type DocumentCache } from '../../src/adapters/document-cache.js';
import { readJobEnv } from '../../src/runner/adapters/job-env.js';
import { cacheScopesFor, startStand, type Stand } from '../../stand/services/stand.js';
import { setEnv } from './stand-helpers.js';

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
});
