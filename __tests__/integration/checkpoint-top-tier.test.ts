/**
 * A save or restore leaves V8's TurboFan out while it runs (heap.ts withoutTopTier), and only then: the
 * process's later work (a `run/` step's command, the classification) gets the top tier back. Seen in a
 * process of its own through V8's `--trace-opt`, which prints each function's finished compilation.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { repoRoot } from '../../stand/services/paths.js';

const src = (file: string): string => pathToFileURL(path.join(repoRoot, 'src', file)).href;
const heap = src('checkpoint/adapters/heap.ts');

/** Makes `name` hot (a function of its own each time), long enough for V8 to finish its compilations. */
const HOT = `
  const hot = (name) => {
    const f = new Function(\`return function \${name}(n) {
      let s = 0; for (let i = 0; i < n; i++) s = (s + i * 7) % 1000003; return s;
    }\`)();
    return async () => {
      for (let round = 0; round < 20; round++) {
        for (let i = 0; i < 5000; i++) f(100);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
  };`;

/** The tiers V8 finished compiling each named function to, in a process running `body`. */
async function tiersIn(body: string): Promise<Map<string, string[]>> {
  const script = `const { withoutTopTier } = await import(${JSON.stringify(heap)});\n${HOT}\n${body}`;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--trace-opt', '--import', 'tsx', '--input-type=module', '--eval', script],
    { cwd: repoRoot, env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 64 << 20 },
  );
  const tiers = new Map<string, string[]>();
  for (const m of stdout.matchAll(/completed compiling \S+ <JSFunction (\w+) [^>]*> \(target (\w+)\)/g))
    tiers.set(m[1]!, [...(tiers.get(m[1]!) ?? []), m[2]!]);
  return tiers;
}

test('TurboFan is left out while a save or restore runs, nested ones too, and back once the last ends', async () => {
  const tiers = await tiersIn(`
    await withoutTopTier(async () => {
      await hot('insideOuter')();
      await withoutTopTier(() => hot('insideNested')());
      // the nested one has ended; the outer one still runs
      await hot('afterNested')();
    });
    await hot('afterAll')();`);
  for (const name of ['insideOuter', 'insideNested', 'afterNested']) {
    expect(tiers.get(name)).toContain('MAGLEV');
    expect(tiers.get(name)).not.toContain('TURBOFAN_JS');
  }
  expect(tiers.get('afterAll')).toContain('TURBOFAN_JS');
});

test('a failed save or restore turns TurboFan back on too', async () => {
  const tiers = await tiersIn(`
    await withoutTopTier(async () => {
      throw new Error('the store failed');
    }).catch(() => undefined);
    await hot('afterFailure')();`);
  expect(tiers.get('afterFailure')).toContain('TURBOFAN_JS');
});

test("a real save and restore run without TurboFan: the engine's per-file functions stay at Maglev", async () => {
  // 10,000 files: the per-file functions of the save and the restore get hot enough that a build without
  // withoutTopTier compiles a dozen of them with TurboFan (checked with each wrap removed in turn).
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--trace-opt',
      '--import',
      'tsx',
      '--input-type=module',
      '--eval',
      `
      import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
      import os from 'node:os';
      import path from 'node:path';
      const { DirStore, saveCheckpoint, restoreCheckpoint } = await import(${JSON.stringify(src('checkpoint/adapters/index.ts'))});
      const tmp = mkdtempSync(path.join(os.tmpdir(), 'top-tier-'));
      const ws = path.join(tmp, 'ws');
      for (let d = 0; d < 100; d++) {
        mkdirSync(path.join(ws, 'd' + d), { recursive: true });
        for (let f = 0; f < 100; f++) writeFileSync(path.join(ws, 'd' + d, 'f' + f + '.js'), 'x'.repeat(f));
      }
      const store = new DirStore(path.join(tmp, 'store'));
      const meta = { stage: 'build', job: 'tier', runId: '1', attempt: 1 };
      await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'cp', meta, compression: 'zstd' });
      await restoreCheckpoint({ store, checkpoint: 'cp', dest: path.join(tmp, 'back') });
      rmSync(tmp, { recursive: true, force: true });`,
    ],
    { cwd: repoRoot, env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 64 << 20 },
  );
  const compiled = [...stdout.matchAll(/completed compiling \S+ <JSFunction (\w+) [^>]*> \(target (\w+)\)/g)];
  // The engine's own per-file functions (what runs before the save, tsx's loader and the test's own file
  // writing, may go to TurboFan as always).
  const engine = new Set([
    ...[
      'walkTree',
      'walkEntry',
      'scanEntries',
      'plan',
      'storePlanned',
      'packEntry',
      'addFile',
      'packInPlace',
    ],
    ...['encodeHeader', 'writeUstar', 'writeOctal', 'changedIndices', 'archivesNeeded', 'fileTotals'],
    ...['decodeHeader', 'readNumber', 'stageEntries', 'StagedFile', 'sinkFor', 'placeStaged', 'finishModes'],
  ]);
  const tiers = compiled.filter(([, name]) => engine.has(name!)).map(([, name, tier]) => `${name} ${tier}`);
  // they did get hot enough to be optimized, and stayed at Maglev
  expect(tiers.length).toBeGreaterThan(0);
  expect(tiers.filter((t) => t.endsWith('TURBOFAN_JS'))).toEqual([]);
});
