/**
 * Right after a resume, `run/`'s save before the stage the restored checkpoint was taken before stands on
 * that checkpoint instead of storing a copy of it (an incremental of 0 entries that walks every file). Any
 * difference in what the save would record (another stage, roots, exclusions, completed stages, a full
 * save, no local copy of the restored manifest) saves as before.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  openStore,
  restoreCheckpoint,
  saveCheckpoint,
  type CheckpointStore,
} from '../../src/checkpoint/adapters/index.js';
import type { CheckpointMeta, SaveOptions } from '../../src/checkpoint/index.js';
import { readCachedManifest } from '../../src/checkpoint/adapters/local-manifest.js';
import { keepRestoredState, restoredStateOf } from '../../src/checkpoint/adapters/restored-state.js';

const before = (stage: string, completedStages: string[]): CheckpointMeta => ({
  stage,
  job: 'build',
  runId: '7',
  attempt: 1,
  completedStages,
});

let tmp: string;
let store: CheckpointStore;
let cache: string;
let resumed: string;
const RESUMED_ID = 'ci-recovery-ckpt-r7-build-a1-test-002';

beforeEach(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-reuse-'));
  const first = path.join(tmp, 'attempt1');
  for (const dir of ['node_modules/a', 'build']) mkdirSync(path.join(first, dir), { recursive: true });
  writeFileSync(path.join(first, 'node_modules/a/index.js'), 'module.exports = 1;\n');
  writeFileSync(path.join(first, 'build/out.js'), 'built\n');
  store = await openStore(`dir:${path.join(tmp, 'store')}`, { cwd: tmp });
  await saveCheckpoint({
    store,
    workspace: first,
    paths: ['node_modules', 'build'],
    id: RESUMED_ID,
    meta: before('test', ['install', 'build']),
  });
  // Attempt 2: main restores it into a fresh workspace and keeps its local copy (what a resume does).
  resumed = path.join(tmp, 'attempt2');
  mkdirSync(resumed);
  cache = path.join(tmp, 'manifests');
  await restoreCheckpoint({
    store,
    checkpoint: RESUMED_ID,
    dest: resumed,
    workspace: resumed,
    manifestCache: cache,
    journalDir: path.join(tmp, 'journals'),
  });
});

afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const objects = async (): Promise<string[]> => (await store.objects()).map((o) => o.name).sort();

function save(over: Partial<SaveOptions> = {}): ReturnType<typeof saveCheckpoint> {
  return saveCheckpoint({
    store,
    workspace: resumed,
    paths: ['node_modules', 'build'],
    id: 'ci-recovery-ckpt-r7-build-a2-test-001',
    meta: { ...before('test', ['install', 'build']), attempt: 2 },
    parent: RESUMED_ID,
    manifestCache: cache,
    reuse: RESUMED_ID,
    ...over,
  });
}

describe('a save right after a resume', () => {
  it('stands on the restored checkpoint of the same stage: nothing stored, its manifest returned', async () => {
    const stored = await objects();
    const r = await save();
    expect(r.reused).toBe(true);
    expect(r.manifest.id).toBe(RESUMED_ID);
    expect(r).toMatchObject({ files: 2, stored: 0, storedBytes: 0 });
    expect(await objects()).toEqual(stored);
  });

  // Options are made per test: the missing local copy is named inside the test's own temporary directory.
  it.each<[string, () => Partial<SaveOptions>]>([
    ['another stage', () => ({ meta: { ...before('deploy', ['install', 'build']), attempt: 2 } })],
    [
      'other completed stages',
      () => ({ meta: { ...before('test', ['install', 'build', 'lint']), attempt: 2 } }),
    ],
    ['other roots', () => ({ paths: ['build'] })],
    ['other exclusions', () => ({ exclude: ['build/*.map'] })],
    ['hidden files kept', () => ({ includeHidden: true })],
    ['a full save asked for', () => ({ full: true })],
    ['no local copy of the restored manifest', () => ({ manifestCache: path.join(tmp, 'none-here') })],
  ])('saves as before with %s', async (_why, over) => {
    const r = await save(over());
    expect(r.reused).toBeUndefined();
    expect(r.manifest.id).toBe('ci-recovery-ckpt-r7-build-a2-test-001');
    expect(await objects()).toContain('ci-recovery-ckpt-r7-build-a2-test-001.manifest.json');
  });

  it('without `reuse` it saves, as every save did', async () => {
    const r = await save({ reuse: undefined });
    expect(r.reused).toBeUndefined();
    expect(
      readdirSync(path.join(tmp, 'store')).some((n) => n.startsWith('ci-recovery-ckpt-r7-build-a2')),
    ).toBe(true);
  });
});

describe("with main's record of the restore", () => {
  /** What main's resume keeps once every entry is there (resume.ts keepRestoredRecord), then the local copy gone. */
  async function keepRecordOnly(): Promise<void> {
    const m = (await readCachedManifest(cache, RESUMED_ID, resumed))!;
    await keepRestoredState(cache, restoredStateOf(m, resumed)!);
    for (const name of readdirSync(cache))
      if (name.endsWith('.manifest.json')) rmSync(path.join(cache, name));
  }

  it('decides from the record, without the manifest: nothing stored, the restored id and its totals returned', async () => {
    await keepRecordOnly();
    const stored = await objects();
    const r = await save();
    expect(r).toMatchObject({ reused: true, files: 2, bytes: 26, stored: 0, storedBytes: 0 });
    expect(r.manifest).toMatchObject({
      id: RESUMED_ID,
      stage: 'test',
      completedStages: ['install', 'build'],
    });
    expect(await objects()).toEqual(stored);
  });

  it.each<[string, Partial<SaveOptions>]>([
    ['another stage', { meta: { ...before('deploy', ['install', 'build']), attempt: 2 } }],
    ['other completed stages', { meta: { ...before('test', ['install']), attempt: 2 } }],
    ['other roots', { paths: ['build'] }],
    ['other exclusions', { exclude: ['build/*.map'] }],
  ])('saves as before with %s', async (_why, over) => {
    await keepRecordOnly();
    const r = await save(over);
    expect(r.reused).toBeUndefined();
    expect(await objects()).toContain('ci-recovery-ckpt-r7-build-a2-test-001.manifest.json');
  });

  it('reads a record of another checkpoint or directory as no record', async () => {
    await keepRecordOnly();
    const elsewhere = path.join(tmp, 'elsewhere');
    mkdirSync(elsewhere);
    const r = await save({ workspace: elsewhere, paths: ['.'] });
    expect(r.reused).toBeUndefined();
  });
});
