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

    // The primary key is not a prefix: no entry is exactly "ledger-main".
    const { value: noPrefixOnPrimary } = await quietly(() => cache.restoreCache([ledger], 'ledger-main'));
    expect(noPrefixOnPrimary).toBeUndefined();
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
});
