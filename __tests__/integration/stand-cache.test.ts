import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cacheScopesFor, startStand, type CacheScope, type Stand } from '../../stand/services/stand.js';
import { quietly, setEnv } from './stand-helpers.js';

type CacheModule = typeof import('@actions/cache');

describe('cache through the real @actions/cache client (service v2), the Results service and Azurite', () => {
  let stand: Stand;
  let restoreEnv: () => void;
  let cache: CacheModule;
  let dir: string;
  let ledger: string;

  beforeAll(async () => {
    stand = await startStand();
    dir = await mkdtemp(path.join(os.tmpdir(), 'cache-'));
    ledger = path.join(dir, 'ledger');
    await mkdir(ledger);
    restoreEnv = setEnv({ ...stand.env, GITHUB_WORKSPACE: dir, RUNNER_TEMP: path.join(dir, 'tmp') });
    cache = await import('@actions/cache');
  });
  afterAll(async () => {
    restoreEnv();
    await stand.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('saves, restores by exact key and by restore-key prefix (newest wins), and misses on another version', async () => {
    await writeFile(path.join(ledger, 'history.json'), '{"run":1}');
    const { value: id1 } = await quietly(() => cache.saveCache([ledger], 'ledger-main-1'));
    expect(id1).toBeGreaterThan(0);
    await writeFile(path.join(ledger, 'history.json'), '{"run":2}');
    const { value: id2 } = await quietly(() => cache.saveCache([ledger], 'ledger-main-2'));
    expect(id2).toBeGreaterThan(id1);

    await rm(path.join(ledger, 'history.json'));
    const { value: exact } = await quietly(() => cache.restoreCache([ledger], 'ledger-main-1'));
    expect(exact).toBe('ledger-main-1');
    expect(await readFile(path.join(ledger, 'history.json'), 'utf8')).toBe('{"run":1}');

    const { value: byPrefix, output } = await quietly(() =>
      cache.restoreCache([ledger], 'ledger-main-3', ['ledger-other-', 'ledger-main-']),
    );
    expect(byPrefix).toBe('ledger-main-2');
    expect(output).toContain('Cache hit for restore-key: ledger-main-2');
    expect(await readFile(path.join(ledger, 'history.json'), 'utf8')).toBe('{"run":2}');

    // The primary key is a prefix too when nothing matches it exactly (docs, "Cache key matching": "If no
    // exact match is found, it will search for partial matches of the key"); it is no exact hit.
    const { value: prefixOfPrimary } = await quietly(() => cache.restoreCache([ledger], 'ledger-main'));
    expect(prefixOfPrimary).toBe('ledger-main-2');
    // Another path list is another cache version.
    const { value: otherVersion } = await quietly(() =>
      cache.restoreCache([ledger, path.join(dir, 'other')], 'ledger-main-1'),
    );
    expect(otherVersion).toBeUndefined();
  });

  it('refuses a second save of the same key with 409 (the client only logs it)', async () => {
    await writeFile(path.join(ledger, 'history.json'), '{"run":9}');
    const { value: first } = await quietly(() => cache.saveCache([ledger], 'immutable-key'));
    expect(first).toBeGreaterThan(0);
    const { value: second, output } = await quietly(() => cache.saveCache([ledger], 'immutable-key'));
    expect(second).toBe(-1);
    expect(output).toContain('Unable to reserve cache with key immutable-key');
    const creates = stand.results.calls.filter(
      (c) => c.method === 'CreateCacheEntry' && (c.body as { key?: string }).key === 'immutable-key',
    );
    expect(creates.map((c) => c.status)).toEqual([200, 409]);
  });

  it("scopes entries by ref as GitHub does: a PR's cache is invisible to a default-branch (workflow_run) job", async () => {
    const as = async <T>(scopes: CacheScope[], fn: () => Promise<T>): Promise<T> => {
      const restore = setEnv({ ACTIONS_RUNTIME_TOKEN: stand.newJobToken(1, 1, 1, scopes) });
      try {
        return (await quietly(fn)).value;
      } finally {
        restore();
      }
    };
    const prJob = cacheScopesFor('refs/pull/5/merge', 'main', 'main');
    const supervisor = cacheScopesFor('refs/heads/main', 'main');
    expect(prJob).toEqual([
      { Scope: 'refs/pull/5/merge', Permission: 3 },
      { Scope: 'refs/heads/main', Permission: 1 },
    ]);
    await writeFile(path.join(ledger, 'history.json'), '{"from":"pr"}');
    expect(await as(prJob, () => cache.saveCache([ledger], 'scoped-ledger-pr'))).toBeGreaterThan(0);
    expect(await as(prJob, () => cache.restoreCache([ledger], 'scoped-ledger-pr'))).toBe('scoped-ledger-pr');
    expect(await as(supervisor, () => cache.restoreCache([ledger], 'scoped-ledger-pr'))).toBeUndefined();
    // The default branch's entries are readable from the PR.
    await writeFile(path.join(ledger, 'history.json'), '{"from":"main"}');
    expect(await as(supervisor, () => cache.saveCache([ledger], 'scoped-ledger-main'))).toBeGreaterThan(0);
    expect(await as(prJob, () => cache.restoreCache([ledger], 'scoped-ledger-main'))).toBe(
      'scoped-ledger-main',
    );
    // The same key may exist once per scope.
    expect(await as(prJob, () => cache.saveCache([ledger], 'scoped-ledger-main'))).toBeGreaterThan(0);
  });

  it("finds an exact key in the run's own ref first, then the PR's base, then the default branch; never a sibling's", async () => {
    const as = async <T>(scopes: CacheScope[], fn: () => Promise<T>): Promise<T> => {
      const restore = setEnv({ ACTIONS_RUNTIME_TOKEN: stand.newJobToken(2, 2, 1, scopes) });
      try {
        return (await quietly(fn)).value;
      } finally {
        restore();
      }
    };
    const file = path.join(ledger, 'history.json');
    const saveAs = async (scopes: CacheScope[], text: string, key: string): Promise<void> => {
      await writeFile(file, text);
      expect(await as(scopes, () => cache.saveCache([ledger], key))).toBeGreaterThan(0);
    };
    const restoredAs = async (scopes: CacheScope[], key: string): Promise<string | undefined> => {
      await rm(file, { force: true });
      const hit = await as(scopes, () => cache.restoreCache([ledger], key));
      return hit === undefined ? undefined : readFile(file, 'utf8');
    };
    // feature-b's PR has the base feature-a; feature-c is a sibling of both.
    const main = cacheScopesFor('refs/heads/main', 'main');
    const featureA = cacheScopesFor('refs/heads/feature-a', 'main');
    const featureC = cacheScopesFor('refs/heads/feature-c', 'main');
    const prB = cacheScopesFor('refs/pull/7/merge', 'main', 'feature-a');
    expect(prB.map((s) => s.Scope)).toEqual(['refs/pull/7/merge', 'refs/heads/feature-a', 'refs/heads/main']);

    await saveAs(main, 'main', 'order-key');
    expect(await restoredAs(prB, 'order-key')).toBe('main');
    await saveAs(featureA, 'feature-a', 'order-key');
    expect(await restoredAs(prB, 'order-key')).toBe('feature-a');
    await saveAs(prB, 'pr', 'order-key');
    expect(await restoredAs(prB, 'order-key')).toBe('pr');
    // The default branch sees only its own; feature-a does not see its child PR's.
    expect(await restoredAs(main, 'order-key')).toBe('main');
    expect(await restoredAs(featureA, 'order-key')).toBe('feature-a');

    await saveAs(featureC, 'sibling', 'sibling-only-key');
    expect(await restoredAs(featureC, 'sibling-only-key')).toBe('sibling');
    expect(await restoredAs(prB, 'sibling-only-key')).toBeUndefined();
    expect(await restoredAs(featureA, 'sibling-only-key')).toBeUndefined();
  });
});

describe("the cache service's size limit: least recently used entries are evicted", () => {
  let stand: Stand;
  let restoreEnv: () => void;
  let cache: CacheModule;
  let dir: string;
  const LIMIT = 100_000;

  beforeAll(async () => {
    stand = await startStand({ cacheLimitBytes: LIMIT });
    dir = await mkdtemp(path.join(os.tmpdir(), 'cache-lru-'));
    restoreEnv = setEnv({ ...stand.env, GITHUB_WORKSPACE: dir, RUNNER_TEMP: path.join(dir, 'tmp') });
    cache = await import('@actions/cache');
  });
  afterAll(async () => {
    restoreEnv();
    await stand.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('saves the entry that passes the limit and evicts the least recently used others until it fits', async () => {
    const data = path.join(dir, 'data');
    await mkdir(data);
    // 40 kB of random bytes each: compression leaves them near 40 kB, two fit under 100 kB, three do not.
    const save = async (key: string): Promise<void> => {
      await writeFile(path.join(data, 'blob'), randomBytes(40_000));
      expect((await quietly(() => cache.saveCache([data], key))).value).toBeGreaterThan(0);
    };
    await save('lru-a');
    await save('lru-b');
    expect(stand.results.evictedCaches).toEqual([]);
    // A restore is a use: lru-a is now more recent than lru-b.
    expect((await quietly(() => cache.restoreCache([data], 'lru-a'))).value).toBe('lru-a');
    await save('lru-c');

    expect(stand.results.evictedCaches.map((c) => c.key)).toEqual(['lru-b']);
    expect(stand.results.caches.map((c) => c.key).sort()).toEqual(['lru-a', 'lru-c']);
    expect(stand.results.caches.reduce((sum, c) => sum + c.size, 0)).toBeLessThanOrEqual(LIMIT);
    expect((await quietly(() => cache.restoreCache([data], 'lru-b'))).value).toBeUndefined();
    expect((await quietly(() => cache.restoreCache([data], 'lru-a'))).value).toBe('lru-a');
  });
});
